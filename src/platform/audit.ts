// The audit trail (审计日志): append-only and hash-chained. Every state change and every read of someone's
// personal data is appended in the same transaction as the change; `tongban audit verify` walks the chain and
// names the first row that was edited, deleted or moved, and, given signed checkpoints kept outside the database
// (audit-checkpoint.ts), a chain rewritten and re-hashed as a whole.
import { and, asc, desc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { actorLabel } from './actor.js';
import type { Ctx } from './context.js';
import { withTransaction } from './context.js';
import { sha256 } from './crypto.js';
import { queryRows, type Db } from './db.js';
import { auditLog, platformMeta } from './schema.js';

export interface AuditEntry {
  action: string; // 'account.created', 'personal_data.read' …
  subjectType: string;
  subjectId: string;
  subjectPersonId?: string | null; // set when the entry touches a person's data: it shows in their access log
  purpose?: string | null; // required for personal-data reads
  details?: Record<string, unknown>;
}

export interface PendingAudit extends AuditEntry {
  at: Date;
  actor: string;
  requestId: string;
}

export const GENESIS_HASH = '0'.repeat(64);
export const PERSONAL_DATA_ACTIONS = ['personal_data.read', 'personal_data.unmasked'] as const;

/** Queues an entry on the transaction; it is chained and written just before commit. */
export async function recordAudit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  const pending: PendingAudit = { ...entry, at: ctx.clock.now(), actor: actorLabel(ctx.actor), requestId: ctx.requestId };
  if (ctx.tx) {
    ctx.tx.pendingAudit.push(pending);
    return;
  }
  await withTransaction(ctx, async (tx) => {
    tx.tx?.pendingAudit.push(pending);
  });
}

/** Recording a read of someone's personal data (法无授权不可为): a purpose is mandatory. */
export function recordPersonalDataRead(ctx: Ctx, input: { personId: string; purpose: string; fields: string[]; action?: (typeof PERSONAL_DATA_ACTIONS)[number];
  /** Who read on whose behalf, for the subject to see (an exchange query: the consuming department, the source, the query id). */
  context?: Record<string, string | null> }) {
  return recordAudit(ctx, {
    action: input.action ?? 'personal_data.read',
    subjectType: 'person',
    subjectId: input.personId,
    subjectPersonId: input.personId,
    purpose: input.purpose,
    details: { fields: input.fields, ...(input.context ? { context: input.context } : {}) },
  });
}

/** Key order must not change the hash: jsonb stores keys in its own order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

interface Chained {
  seq: number;
  at: Date;
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  subjectPersonId: string | null;
  purpose: string | null;
  details: Record<string, unknown>;
  requestId: string;
  prevHash: string;
}

export function auditHash(row: Chained): string {
  return sha256(canonicalJson([row.seq, row.prevHash, row.at.toISOString(), row.actor, row.action, row.subjectType,
    row.subjectId, row.subjectPersonId, row.purpose, row.details, row.requestId]));
}

const HEAD_KEY = 'audit.head';

export async function flushAudit(ctx: Ctx): Promise<void> {
  const pending = ctx.tx?.pendingAudit ?? [];
  if (pending.length === 0) return;
  // The head row (created by the migration) is both the chain's anchor and its lock: one writer at a time
  // extends the chain, and the lock is held only from here to commit.
  const now = ctx.clock.now();
  const [head] = await queryRows<{ value: { seq: number; hash: string } }>(ctx.db,
    sql`SELECT value FROM platform_meta WHERE key = ${HEAD_KEY} FOR UPDATE`);
  let { seq, hash } = head!.value;
  const rows = pending.map((p) => {
    seq += 1;
    const row: Chained = { seq, at: p.at, actor: p.actor, action: p.action, subjectType: p.subjectType, subjectId: p.subjectId,
      subjectPersonId: p.subjectPersonId ?? null, purpose: p.purpose ?? null, details: p.details ?? {}, requestId: p.requestId, prevHash: hash };
    hash = auditHash(row);
    return { ...row, hash };
  });
  // The rows and the new head in one statement: one round trip less while the head's lock is held.
  const values = rows.map((r) => sql`(${r.seq}::bigint, ${r.at.toISOString()}::timestamptz, ${r.actor}, ${r.action}, ${r.subjectType}, ${r.subjectId},
    ${r.subjectPersonId}::uuid, ${r.purpose}, ${JSON.stringify(r.details)}::jsonb, ${r.requestId}, ${r.prevHash}, ${r.hash})`);
  await ctx.db.execute(sql`WITH appended AS (
      INSERT INTO audit_log (seq, at, actor, action, subject_type, subject_id, subject_person_id, purpose, details, request_id, prev_hash, hash)
      VALUES ${sql.join(values, sql`, `)})
    UPDATE platform_meta SET value = ${JSON.stringify({ seq, hash })}::jsonb, updated_at = ${now.toISOString()}::timestamptz WHERE key = ${HEAD_KEY}`);
  pending.length = 0;
}

export type AuditProblem = 'edited' | 'missing' | 'reordered' | 'truncated' | 'rewritten';

/** A head the chain must still contain: a signed checkpoint's row count and hash (audit-checkpoint.ts). */
export interface AuditAnchor {
  seq: number;
  hash: string;
  at: string; // when the checkpoint was signed, for the explanation
}

export type AuditVerification =
  | { ok: true; rows: number; headHash: string; anchors: number }
  | { ok: false; rows: number; seq: number; problem: AuditProblem; explanation: string };

/**
 * Walks the whole chain in order and stops at the first broken link. With anchors (signed checkpoints kept
 * outside the database), the row at each anchored position must still have the anchored hash: a chain rewritten
 * and re-hashed with its head by someone with database rights is consistent in itself, but not with them.
 */
export async function verifyAuditChain(db: Db, batchSize = 5000, anchors: AuditAnchor[] = []): Promise<AuditVerification> {
  const anchored = new Map(anchors.filter((a) => a.seq > 0).map((a) => [a.seq, a]));
  const genesisAnchor = anchors.find((a) => a.seq === 0 && a.hash !== GENESIS_HASH);
  if (genesisAnchor) {
    return { ok: false, rows: 0, seq: 0, problem: 'rewritten', explanation: `the checkpoint of ${genesisAnchor.at} names an empty chain with a hash that is not the genesis hash` };
  }
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const batch = await db.select().from(auditLog).where(gt(auditLog.seq, expectedSeq - 1)).orderBy(asc(auditLog.seq)).limit(batchSize);
    for (const row of batch) {
      if (row.seq !== expectedSeq) {
        return { ok: false, rows: checked, seq: expectedSeq, problem: 'missing',
          explanation: `row ${expectedSeq} is missing (the next row is ${row.seq}): rows were deleted` };
      }
      if (row.prevHash !== prevHash) {
        return { ok: false, rows: checked, seq: row.seq, problem: 'reordered',
          explanation: `row ${row.seq} does not follow row ${row.seq - 1}: rows were moved, replaced or deleted` };
      }
      if (auditHash(row) !== row.hash) {
        return { ok: false, rows: checked, seq: row.seq, problem: 'edited', explanation: `row ${row.seq} was changed after it was written` };
      }
      const anchor = anchored.get(row.seq);
      if (anchor && anchor.hash !== row.hash) {
        // The hash covers every row before it: one of rows 1..seq differs from what was signed.
        return { ok: false, rows: checked, seq: row.seq, problem: 'rewritten',
          explanation: `row ${row.seq} has hash ${row.hash} but the checkpoint of ${anchor.at} signed ${anchor.hash}: `
            + `rows up to ${row.seq} were rewritten and re-hashed after the checkpoint` };
      }
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (batch.length < batchSize) break;
  }
  const [head] = await db.select().from(platformMeta).where(eq(platformMeta.key, HEAD_KEY));
  const stated = head?.value as { seq: number; hash: string } | undefined;
  if (stated && (stated.seq !== checked || stated.hash !== prevHash)) {
    return { ok: false, rows: checked, seq: checked + 1, problem: 'truncated',
      explanation: `the chain ends at row ${checked} but its head says row ${stated.seq}: the last rows were deleted or replaced` };
  }
  const beyond = anchors.filter((a) => a.seq > checked).sort((a, b) => a.seq - b.seq)[0];
  if (beyond) {
    return { ok: false, rows: checked, seq: checked + 1, problem: 'truncated',
      explanation: `the chain ends at row ${checked} but the checkpoint of ${beyond.at} signed ${beyond.seq} rows: rows were deleted and the head moved back` };
  }
  return { ok: true, rows: checked, headHash: prevHash, anchors: anchors.length };
}

export interface DataAccessEntry {
  seq: number;
  at: Date;
  actor: string;
  action: string;
  purpose: string | null;
  fields: string[];
  context?: Record<string, string | null>; // who read on whose behalf, when the reader recorded it (exchange queries)
}

/** A person's data-access log: who read their personal data, when, for what purpose (newest first). */
export async function listPersonalDataAccess(db: Db, personId: string, opts: { before?: number; limit: number }): Promise<DataAccessEntry[]> {
  const rows = await db.select().from(auditLog)
    .where(and(eq(auditLog.subjectPersonId, personId), inArray(auditLog.action, [...PERSONAL_DATA_ACTIONS]),
      opts.before ? lt(auditLog.seq, opts.before) : undefined))
    .orderBy(desc(auditLog.seq)).limit(opts.limit);
  return rows.map((r) => ({ seq: r.seq, at: r.at, actor: r.actor, action: r.action, purpose: r.purpose,
    fields: Array.isArray(r.details.fields) ? (r.details.fields as string[]) : [],
    ...(typeof r.details.context === 'object' && r.details.context !== null ? { context: r.details.context as Record<string, string | null> } : {}) }));
}
