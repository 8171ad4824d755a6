// Audit head anchoring: a checkpoint is the chain's head (row count and hash) at a time, signed with the
// platform's checkpoint key. The hash chain alone shows edits made behind the platform's back, but someone with
// database rights can rewrite rows, recompute every hash after them and move the head along: the chain is then
// consistent again. A checkpoint kept outside the database (a WORM bucket, another party's mailbox) pins the head
// as it was; `tongban audit verify --checkpoint FILE` finds that the row at the checkpointed position no longer
// has the checkpointed hash.
//
// What each attacker can do:
// - with the database only (superuser included): rewrite the chain and its head, delete stored checkpoints, swap
//   the public key in the database. They cannot sign a checkpoint: the private key is stored encrypted under the
//   master key TONGBAN_SECRET_KEY, which lives outside the database. A rewrite of any row up to an exported
//   checkpoint is found; give `--public-key` (exported once with `tongban audit public-key`) so the verifier
//   does not take the key from the database either.
// - with the master key as well (the application host): they can sign new checkpoints for a rewritten chain, but
//   not change the ones already exported. Only rows after the last exported checkpoint are unprotected.
import crypto from 'node:crypto';
import { desc, isNull, sql } from 'drizzle-orm';
import { calculateJwkThumbprint, CompactSign, compactVerify, createLocalJWKSet, decodeProtectedHeader, type JWK } from 'jose';
import { GENESIS_HASH, type AuditAnchor } from './audit.js';
import type { Ctx, Platform } from './context.js';
import { newId } from './context.js';
import { queryRows } from './db.js';
import { AppError } from './errors.js';
import { scheduleJob } from './jobs.js';
import { auditCheckpointKeys, auditCheckpoints } from './schema.js';

export const CHECKPOINT_TYP = 'tongban-audit-checkpoint+jwt';
export const CHECKPOINT_ALG = 'EdDSA'; // Ed25519
export const CHECKPOINT_JOB = 'platform.audit-checkpoint';
const PRIVATE_COLUMN = 'audit_checkpoint_keys.private_jwk_enc';

/** What a checkpoint states: the chain had `rows` rows, the last (seq = rows) with hash `headHash`, at `at`. */
export interface CheckpointClaims {
  iss: string; // the deployment's public address
  seq: number;
  rows: number; // seq has no gaps, so the row count equals the head's seq; stated so a reader need not know that
  headHash: string;
  at: string; // ISO 8601
}

export interface AuditCheckpoint extends CheckpointClaims {
  kid: string;
  jws: string;
}

export interface CheckpointJwks { keys: (JWK & { kid: string; alg: string; use: 'sig' })[] }

const checkpointRefused = (en: string, zh: string) => new AppError({
  code: 'platform.audit_checkpoint_refused', status: 422, message: { zh: `审计检查点无效：${zh}`, en: `Audit checkpoint refused: ${en}` },
});

async function createKey(ctx: Ctx): Promise<void> {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  const publicJwk = publicKey.export({ format: 'jwk' }) as JWK;
  const kid = await calculateJwkThumbprint(publicJwk);
  await ctx.db.insert(auditCheckpointKeys).values({
    kid, alg: CHECKPOINT_ALG, publicJwk: { ...publicJwk, kid, alg: CHECKPOINT_ALG, use: 'sig' },
    privateJwkEnc: ctx.platform.keyring.encrypt(JSON.stringify(privateKey.export({ format: 'jwk' })), PRIVATE_COLUMN),
    createdAt: ctx.clock.now(),
  }).onConflictDoNothing(); // two first checkpoints at once: the unique index keeps one active key
}

const activeRow = async (ctx: Ctx) => (await ctx.db.select().from(auditCheckpointKeys).where(isNull(auditCheckpointKeys.retiredAt)))[0];

async function activeKey(ctx: Ctx): Promise<{ kid: string; privateKey: crypto.KeyObject }> {
  let row = await activeRow(ctx);
  if (!row) {
    await createKey(ctx);
    row = await activeRow(ctx);
  }
  const privateJwk = JSON.parse(ctx.platform.keyring.decrypt(row!.privateJwkEnc, PRIVATE_COLUMN)) as crypto.JsonWebKey;
  return { kid: row!.kid, privateKey: crypto.createPrivateKey({ key: privateJwk, format: 'jwk' }) };
}

/**
 * The public keys checkpoints verify against, as the database holds them; with `create`, the first key is made if
 * there is none yet (exporting the key before the first checkpoint). Keep a copy outside the database.
 */
export async function auditCheckpointJwks(ctx: Ctx, opts: { create?: boolean } = {}): Promise<CheckpointJwks> {
  if (opts.create && !(await activeRow(ctx))) await createKey(ctx);
  const rows = await ctx.db.select({ publicJwk: auditCheckpointKeys.publicJwk }).from(auditCheckpointKeys).orderBy(auditCheckpointKeys.createdAt);
  return { keys: rows.map((r) => r.publicJwk as CheckpointJwks['keys'][number]) };
}

/** Signs the chain's current head and stores the checkpoint. Call inside or outside a transaction. */
export async function takeAuditCheckpoint(ctx: Ctx): Promise<AuditCheckpoint> {
  // One statement: the head and its row as committed together (flushAudit writes both in one statement).
  const [head] = await queryRows<{ seq: number | string; hash: string; row_hash: string | null }>(ctx.db, sql`
    SELECT (m.value->>'seq')::bigint AS seq, m.value->>'hash' AS hash, a.hash AS row_hash
    FROM platform_meta m LEFT JOIN audit_log a ON a.seq = (m.value->>'seq')::bigint
    WHERE m.key = 'audit.head'`);
  const seq = Number(head!.seq);
  const expected = seq === 0 ? GENESIS_HASH : head!.row_hash;
  // Signing a head that its own row contradicts would anchor a chain already broken: `audit verify` first.
  if (head!.hash !== expected) {
    throw checkpointRefused(`the head says row ${seq} has hash ${head!.hash}, the row says ${expected ?? 'nothing (it is missing)'}; run tongban audit verify`,
      `链头记录的第 ${seq} 行与该行不符，请先运行 tongban audit verify`);
  }
  const at = ctx.clock.now();
  const claims: CheckpointClaims = { iss: ctx.platform.config.publicUrl, seq, rows: seq, headHash: head!.hash, at: at.toISOString() };
  const key = await activeKey(ctx);
  const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
    .setProtectedHeader({ alg: CHECKPOINT_ALG, kid: key.kid, typ: CHECKPOINT_TYP })
    .sign(key.privateKey);
  await ctx.db.insert(auditCheckpoints).values({ id: newId(), seq, headHash: claims.headHash, kid: key.kid, jws, at });
  return { ...claims, kid: key.kid, jws };
}

/** The newest stored checkpoint, if any. */
export async function latestAuditCheckpoint(ctx: Ctx): Promise<{ seq: number; headHash: string; jws: string; at: Date } | undefined> {
  const [row] = await ctx.db.select().from(auditCheckpoints).orderBy(desc(auditCheckpoints.at), desc(auditCheckpoints.seq)).limit(1);
  return row;
}

const isClaims = (p: Record<string, unknown>): p is CheckpointClaims & Record<string, unknown> =>
  typeof p.iss === 'string' && Number.isSafeInteger(p.seq) && (p.seq as number) >= 0 && p.rows === p.seq
  && typeof p.headHash === 'string' && /^[0-9a-f]{64}$/.test(p.headHash) && typeof p.at === 'string' && !Number.isNaN(Date.parse(p.at));

/**
 * Checks a checkpoint's signature against the given keys (a JWKS kept outside the database, or the deployment's
 * own) and answers what it states. A checkpoint of another deployment, with another key, is refused.
 */
export async function readAuditCheckpoint(jws: string, jwks: CheckpointJwks): Promise<CheckpointClaims & { kid: string }> {
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(jws.trim());
  } catch {
    throw checkpointRefused('not a compact JWS', '不是 JWS 格式');
  }
  if (header.typ !== CHECKPOINT_TYP) throw checkpointRefused(`typ is ${String(header.typ)}, not ${CHECKPOINT_TYP}`, '类型不是审计检查点');
  if (header.alg !== CHECKPOINT_ALG) throw checkpointRefused(`alg is ${String(header.alg)}, not ${CHECKPOINT_ALG}`, '签名算法不符');
  const kid = header.kid;
  if (typeof kid !== 'string' || !jwks.keys.some((k) => k.kid === kid)) {
    throw checkpointRefused(`signed with key ${String(kid)}, which is not among the keys given (a checkpoint of another deployment?)`,
      '签名密钥不在给定的公钥中（是否来自其他部署？）');
  }
  let payload: Record<string, unknown>;
  try {
    const verified = await compactVerify(jws.trim(), createLocalJWKSet(jwks as { keys: JWK[] }), { algorithms: [CHECKPOINT_ALG] });
    payload = JSON.parse(new TextDecoder().decode(verified.payload)) as Record<string, unknown>;
  } catch {
    throw checkpointRefused(`the signature does not hold for key ${kid}`, '签名验证失败');
  }
  if (!isClaims(payload)) throw checkpointRefused('the signed content is not a checkpoint', '签名内容不是检查点');
  return { iss: payload.iss, seq: payload.seq, rows: payload.rows, headHash: payload.headHash, at: payload.at, kid };
}

/** A JWKS or a single JWK, as read from a file; private parts are dropped. */
export function parseCheckpointJwks(text: string): CheckpointJwks {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw checkpointRefused('the public key file is not JSON (a JWKS or a JWK)', '公钥文件不是 JSON');
  }
  const list = (parsed as { keys?: unknown }).keys ?? [parsed];
  if (!Array.isArray(list) || list.length === 0) throw checkpointRefused('the public key file holds no keys', '公钥文件中没有密钥');
  return {
    keys: list.map((k: unknown) => {
      const { kty, crv, x, kid, alg } = k as Record<string, unknown>;
      if (kty !== 'OKP' || crv !== 'Ed25519' || typeof x !== 'string' || typeof kid !== 'string') {
        throw checkpointRefused('a key in the public key file is not an Ed25519 JWK with a kid', '公钥文件中有非 Ed25519 的密钥');
      }
      return { kty, crv, x, kid, alg: typeof alg === 'string' ? alg : CHECKPOINT_ALG, use: 'sig' as const };
    }),
  };
}

/** The anchor `verifyAuditChain` checks the chain against. */
export const anchorOf = (c: CheckpointClaims): AuditAnchor => ({ seq: c.seq, hash: c.headHash, at: c.at });

// ------------------------------------------------------------------------------------------------- schedule

/** The next checkpoint time after `now` on the interval's grid, so every node proposes the same one. */
function nextSlot(now: Date, minutes: number): Date {
  const step = minutes * 60_000;
  return new Date((Math.floor(now.getTime() / step) + 1) * step);
}

/** Sets the timer for the next scheduled checkpoint (once, however many nodes ask: the dedupe key is the slot). */
export function scheduleAuditCheckpoint(ctx: Ctx): Promise<void> {
  const runAt = nextSlot(ctx.clock.now(), ctx.platform.config.auditCheckpointMinutes);
  return scheduleJob(ctx, { name: CHECKPOINT_JOB, runAt, payload: { slot: runAt.toISOString() }, dedupeKey: `${CHECKPOINT_JOB}:${runAt.toISOString()}` });
}

async function runScheduledCheckpoint(ctx: Ctx): Promise<void> {
  await takeAuditCheckpoint(ctx);
  await scheduleAuditCheckpoint(ctx); // commits with the checkpoint and the job's completion
}

export function registerAuditCheckpoints(platform: Platform): void {
  platform.jobs.define(CHECKPOINT_JOB, runScheduledCheckpoint);
}
