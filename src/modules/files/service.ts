// Uploaded materials: stored once per content, checked by what they are, read only by their owner, someone
// acting for the owner, or staff working on a case that holds it, with a purpose that lands in the owner's
// data-access log (法无授权不可为).
import type { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { actorLabel } from '../../platform/actor.js';
import { recordAudit, recordPersonalDataRead } from '../../platform/audit.js';
import { newId, withTransaction, type Ctx } from '../../platform/context.js';
import { fileNotFound, ownerNotAllowed, purposeRequired } from './errors.js';
import { canOnFile, mayReadAsStaff, readAccess, type ReadAccess } from './policy.js';
import { staffCaseHoldingFile } from '../cases/index.js';
import { files } from './schema.js';
import { ingest, openVerified } from './store.js';

export interface FileMeta {
  id: string;
  sha256: string;
  size: number;
  mediaType: string; // detected from the content
  originalName: string;
  ownerPersonId: string | null;
  createdAt: string;
}

export type FileSource = { bytes: Uint8Array } | { stream: AsyncIterable<Uint8Array | string> };

export type StoreFileInput = FileSource & {
  originalName: string;
  declaredType?: string | null | undefined; // what the client said it is; checked against the content
  ownerPersonId: string | null; // whose material it is; null for a staff document
};

export interface ReadOptions {
  purpose?: string | undefined; // required of staff (法无授权不可为)
}

type FileRow = typeof files.$inferSelect;

const toMeta = (row: FileRow): FileMeta => ({
  id: row.id, sha256: row.sha256, size: row.size, mediaType: row.mediaType, originalName: row.originalName,
  ownerPersonId: row.ownerPersonId, createdAt: row.createdAt.toISOString(),
});

const MAX_NAME = 200;

/** The name as shown back to people: no folders (some browsers send C:\fakepath\…), no control characters. */
export function cleanName(raw: string): string {
  const base = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const printable = Array.from(base).filter((c) => c.codePointAt(0)! >= 0x20 && c !== '\u007f' && c !== '\u2028' && c !== '\u2029');
  return printable.slice(0, MAX_NAME).join('').trim() || 'file';
}

async function* once(bytes: Uint8Array) {
  yield bytes;
}

/**
 * Checks and stores one uploaded file for its owner. Refusals (empty, too large, not PDF/JPEG/PNG, type declared
 * wrongly) leave nothing on disk or in the table. The bytes are on disk before the row commits, so a row never
 * points at missing bytes; a crash in between leaves only unreferenced bytes.
 */
export async function storeFile(ctx: Ctx, input: StoreFileInput): Promise<FileMeta> {
  if (!canOnFile(ctx.actor, 'upload', { ownerPersonId: input.ownerPersonId, uploadedBy: actorLabel(ctx.actor), staffCase: null })) throw ownerNotAllowed();
  const { config } = ctx.platform;
  const blob = await ingest(config.dataDir, 'bytes' in input ? once(input.bytes) : input.stream,
    { maxBytes: config.fileMaxBytes, declaredType: input.declaredType, tempName: newId() });
  return withTransaction(ctx, async (tx) => {
    const id = newId();
    const [row] = await tx.db.insert(files).values({
      id, sha256: blob.sha256, size: blob.size, mediaType: blob.mediaType, originalName: cleanName(input.originalName),
      ownerPersonId: input.ownerPersonId, uploadedBy: actorLabel(tx.actor),
      createdAt: tx.clock.now(),
    }).returning();
    // No file name in the trail: it is append-only, and names often carry personal data (张三身份证.jpg).
    await recordAudit(tx, { action: 'file.uploaded', subjectType: 'file', subjectId: id, subjectPersonId: input.ownerPersonId,
      details: { sha256: blob.sha256, size: blob.size, mediaType: blob.mediaType } });
    return toMeta(row!);
  });
}

/** Loads a file the actor may read, or says "not found"; staff must state a purpose and hold a case that has the file. */
async function readable(ctx: Ctx, id: string, opts: ReadOptions): Promise<{ row: FileRow; access: Exclude<ReadAccess, null>; purpose: string | null }> {
  const [row] = await ctx.db.select().from(files).where(eq(files.id, id));
  if (!row) throw fileNotFound();
  const ownSide = readAccess(ctx.actor, { ...row, staffCase: null });
  // Only staff need the case, and only when they are not the owner's side already: one query, asked of cases/index.ts.
  const staffCase = ownSide === null && mayReadAsStaff(ctx.actor) ? await staffCaseHoldingFile(ctx, row.id) : null;
  const access = ownSide ?? readAccess(ctx.actor, { ...row, staffCase });
  if (!access) throw fileNotFound();
  const stated = opts.purpose?.trim() || null;
  if (access === 'staff' && !stated) throw purposeRequired();
  // The owner's log names the case the file was read through, whatever the purpose typed.
  const purpose = stated && staffCase && access === 'staff' ? `${stated}（办件 ${staffCase.number ?? staffCase.applicationId}）` : stated;
  return { row, access, purpose };
}

/**
 * Writes who read what into the trail. Staff and the platform give their purpose; a helper's purpose is the
 * delegation they act under, so the owner sees their helper opened the file. Owners reading their own files,
 * and helpers listing them, leave no entry.
 */
async function recordRead(ctx: Ctx, row: FileRow, access: Exclude<ReadAccess, null>, purpose: string | null, what: 'meta' | 'content'): Promise<void> {
  let stated: string;
  switch (access) {
    case 'owner':
      return;
    case 'delegate': {
      const acting = ctx.actor.actingFor;
      if (what === 'meta' || acting?.kind !== 'person') return;
      stated = `代办授权 ${acting.delegationId}`;
      break;
    }
    case 'staff':
    case 'system':
      if (!purpose) return; // staff without one were refused before this
      stated = purpose;
      break;
  }
  const field = `files/${row.id}${what === 'content' ? '/content' : ''}`;
  if (row.ownerPersonId) {
    await recordPersonalDataRead(ctx, { personId: row.ownerPersonId, purpose: stated, fields: [field] });
  } else {
    await recordAudit(ctx, { action: 'file.read', subjectType: 'file', subjectId: row.id, purpose: stated, details: { fields: [field] } });
  }
}

export async function getFileMeta(ctx: Ctx, id: string, opts: ReadOptions = {}): Promise<FileMeta> {
  const { row, access, purpose } = await readable(ctx, id, opts);
  await recordRead(ctx, row, access, purpose, 'meta');
  return toMeta(row);
}

/**
 * The file's bytes, after checking they still hash to what was stored: a file changed on disk is an error
 * (files.integrity_failed), never served. The read is recorded before the stream is handed out. The caller
 * must read the stream to its end or destroy it: it holds the file open until then.
 */
export async function readFile(ctx: Ctx, id: string, opts: ReadOptions = {}): Promise<{ meta: FileMeta; stream: Readable }> {
  const { row, access, purpose } = await readable(ctx, id, opts);
  const stream = await openVerified(ctx.platform.config.dataDir, row.sha256, row.size);
  try {
    await recordRead(ctx, row, access, purpose, 'content');
  } catch (err) {
    stream.destroy();
    throw err;
  }
  return { meta: toMeta(row), stream };
}
