// Audit head anchoring: a checkpoint signed with the platform key pins the chain's head, so a rewrite of chain and
// head made by someone with database rights (consistent in itself) is found; a checkpoint whose signature does not
// hold, or that another deployment signed, is refused; the job takes one on a schedule.
import crypto from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { CompactSign, calculateJwkThumbprint, type JWK } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rewriteAuditChain, tamperAuditLog, truncateAuditChain } from '../test/audit-tamper.js';
import { startTestApp, type TestApp } from '../test/harness.js';
import { GENESIS_HASH, recordAudit, verifyAuditChain, type AuditEntry } from './audit.js';
import { anchorOf, auditCheckpointJwks, CHECKPOINT_JOB, CHECKPOINT_TYP, latestAuditCheckpoint, parseCheckpointJwks, readAuditCheckpoint,
  scheduleAuditCheckpoint, takeAuditCheckpoint } from './audit-checkpoint.js';
import { minutes } from './clock.js';
import { withTransaction } from './context.js';
import { createKeyring } from './crypto.js';
import { queryRows } from './db.js';
import { auditCheckpointKeys, auditCheckpoints, auditLog, jobs } from './schema.js';

let t: TestApp;
const db = () => t.tongban.platform.database.db;

const entry = (n: number): AuditEntry => ({ action: 'test.thing_done', subjectType: 'thing', subjectId: `thing-${n}`, details: { n } });

async function recordEntries(from: number, to: number): Promise<void> {
  await withTransaction(t.system, async (tx) => {
    for (let n = from; n <= to; n++) await recordAudit(tx, entry(n));
  });
}

/** The verification `tongban audit verify --checkpoint` does: the signature first, then the chain against it. */
async function verifyAgainst(jws: string) {
  const claims = await readAuditCheckpoint(jws, await auditCheckpointJwks(t.system));
  return verifyAuditChain(db(), undefined, [anchorOf(claims)]);
}

/** The JWS with its payload replaced and the original signature kept. */
function withPayload(jws: string, change: (p: Record<string, unknown>) => Record<string, unknown>): string {
  const [header, payload, signature] = jws.split('.');
  const changed = change(JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>);
  return [header, Buffer.from(JSON.stringify(changed)).toString('base64url'), signature].join('.');
}

beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

describe('a checkpoint', () => {
  it('signs the head (row count, hash, time) with the platform key and stores exactly what it exports', async () => {
    await recordEntries(1, 4);
    const checkpoint = await takeAuditCheckpoint(t.system);
    const [head] = await db().select().from(auditLog).where(eq(auditLog.seq, 4));
    expect(checkpoint).toMatchObject({ seq: 4, rows: 4, headHash: head!.hash, at: t.clock.now().toISOString(), iss: t.config.publicUrl });

    const jwks = await auditCheckpointJwks(t.system);
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: checkpoint.kid, alg: 'EdDSA', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
    expect(await calculateJwkThumbprint(jwks.keys[0]!)).toBe(checkpoint.kid); // the kid is the JWK thumbprint
    // The JWKS goes through a file and back unchanged in meaning.
    expect(await readAuditCheckpoint(checkpoint.jws, parseCheckpointJwks(JSON.stringify(jwks))))
      .toEqual({ iss: t.config.publicUrl, seq: 4, rows: 4, headHash: head!.hash, at: checkpoint.at, kid: checkpoint.kid });

    const stored = await latestAuditCheckpoint(t.system);
    expect(stored).toMatchObject({ seq: 4, headHash: head!.hash, jws: checkpoint.jws });
    expect(await verifyAgainst(checkpoint.jws)).toEqual({ ok: true, rows: 4, headHash: head!.hash, anchors: 1 });
  });

  it('of an empty chain names the genesis hash, and the chain may grow after it', async () => {
    const checkpoint = await takeAuditCheckpoint(t.system);
    expect(checkpoint).toMatchObject({ seq: 0, rows: 0, headHash: GENESIS_HASH });
    await recordEntries(1, 2);
    expect(await verifyAgainst(checkpoint.jws)).toMatchObject({ ok: true, rows: 2, anchors: 1 });
  });

  it('still holds when rows were appended after it', async () => {
    await recordEntries(1, 3);
    const checkpoint = await takeAuditCheckpoint(t.system);
    await recordEntries(4, 6);
    expect(await verifyAgainst(checkpoint.jws)).toMatchObject({ ok: true, rows: 6, anchors: 1 });
  });

  it('is not signed over a head its own row contradicts', async () => {
    await recordEntries(1, 3);
    await tamperAuditLog(db(), [sql`UPDATE platform_meta SET value = jsonb_set(value, '{hash}', '"${sql.raw('f'.repeat(64))}"') WHERE key = 'audit.head'`]);
    await expect(takeAuditCheckpoint(t.system)).rejects.toMatchObject({ code: 'platform.audit_checkpoint_refused' });
    expect(await t.count('audit_checkpoints')).toBe(0);
  });

  it('keeps its private key encrypted under the master key: the database alone holds no usable key', async () => {
    await takeAuditCheckpoint(t.system);
    const [key] = await db().select().from(auditCheckpointKeys);
    expect(key!.privateJwkEnc).toMatch(/^v1\./);
    expect(key!.privateJwkEnc).not.toContain('"d"');
    const otherKeyring = createKeyring(crypto.randomBytes(32).toString('base64'));
    expect(() => otherKeyring.decrypt(key!.privateJwkEnc, 'audit_checkpoint_keys.private_jwk_enc')).toThrow();
  });
});

describe('verifying against a checkpoint', () => {
  beforeEach(async () => {
    await recordEntries(1, 3);
    await recordEntries(4, 5);
  });

  it('a rewrite of rows, every hash after them and the head passes the chain check alone, and fails against the checkpoint', async () => {
    const checkpoint = await takeAuditCheckpoint(t.system);
    await recordEntries(6, 7); // rows after the checkpoint are rewritten too
    await rewriteAuditChain(db(), 2, { actor: 'account:00000000-0000-4000-8000-000000000000', details: { n: 2, note: 'forged' } });

    expect(await verifyAuditChain(db())).toMatchObject({ ok: true, rows: 7 });
    const result = await verifyAgainst(checkpoint.jws);
    expect(result).toMatchObject({ ok: false, seq: 5, problem: 'rewritten' });
    expect(result.ok === false && result.explanation).toContain(`the checkpoint of ${checkpoint.at} signed ${checkpoint.headHash}`);
  });

  it('rows deleted and the head moved back below the checkpoint: truncated', async () => {
    const checkpoint = await takeAuditCheckpoint(t.system);
    await truncateAuditChain(db(), 3);

    expect(await verifyAuditChain(db())).toMatchObject({ ok: true, rows: 3 });
    const result = await verifyAgainst(checkpoint.jws);
    expect(result).toMatchObject({ ok: false, rows: 3, seq: 4, problem: 'truncated' });
    expect(result.ok === false && result.explanation).toContain('signed 5 rows');
  });

  it('a rewrite after the checkpoint only is not what the checkpoint protects: it still verifies', async () => {
    const checkpoint = await takeAuditCheckpoint(t.system);
    await recordEntries(6, 7);
    await rewriteAuditChain(db(), 7, { details: { n: 7, note: 'forged' } });
    expect(await verifyAgainst(checkpoint.jws)).toMatchObject({ ok: true, rows: 7 });
  });

  it('a checkpoint taken after a rewrite vouches for it; an older one, checked alongside, still finds it', async () => {
    const jwks = await auditCheckpointJwks(t.system, { create: true });
    const older = await takeAuditCheckpoint(t.system);
    await rewriteAuditChain(db(), 3, { details: { n: 3, note: 'forged' } });
    t.clock.advance(minutes(60));
    const newer = await takeAuditCheckpoint(t.system); // the platform signs the head it finds
    const anchors = [];
    for (const c of [newer, older]) anchors.push(anchorOf(await readAuditCheckpoint(c.jws, jwks)));
    expect(await verifyAuditChain(db(), undefined, anchors.slice(0, 1))).toMatchObject({ ok: true, anchors: 1 });
    expect(await verifyAuditChain(db(), undefined, anchors)).toMatchObject({ ok: false, seq: 5, problem: 'rewritten' });
  });

  it('a checkpoint whose content was changed and its signature kept is refused', async () => {
    const checkpoint = await takeAuditCheckpoint(t.system);
    await rewriteAuditChain(db(), 2, { details: { n: 2, note: 'forged' } });
    const [head] = await db().select().from(auditLog).orderBy(asc(auditLog.seq)).where(eq(auditLog.seq, 5));
    const forged = withPayload(checkpoint.jws, (p) => ({ ...p, headHash: head!.hash }));
    await expect(verifyAgainst(forged)).rejects.toMatchObject({ code: 'platform.audit_checkpoint_refused', message: expect.stringContaining('signature does not hold') });
  });

  it('a checkpoint signed with another key under this deployment\'s kid is refused', async () => {
    const { kid } = await takeAuditCheckpoint(t.system);
    await rewriteAuditChain(db(), 2, { details: { n: 2, note: 'forged' } });
    const [head] = await db().select().from(auditLog).where(eq(auditLog.seq, 5));
    const attackerKey = crypto.generateKeyPairSync('ed25519').privateKey;
    const forged = await new CompactSign(new TextEncoder().encode(JSON.stringify({ iss: t.config.publicUrl, seq: 5, rows: 5, headHash: head!.hash, at: t.clock.now().toISOString() })))
      .setProtectedHeader({ alg: 'EdDSA', kid, typ: CHECKPOINT_TYP }).sign(attackerKey);
    await expect(verifyAgainst(forged)).rejects.toMatchObject({ code: 'platform.audit_checkpoint_refused', message: expect.stringContaining('signature does not hold') });
  });

  it('a checkpoint of another deployment (another key) is refused', async () => {
    const other = await startTestApp({ env: { TONGBAN_SECRET_KEY: crypto.randomBytes(32).toString('base64') } });
    try {
      await recordAudit(other.system, entry(99));
      const foreign = await takeAuditCheckpoint(other.system);
      await expect(verifyAgainst(foreign.jws)).rejects.toMatchObject({ code: 'platform.audit_checkpoint_refused', message: expect.stringContaining('another deployment') });
      // Given that deployment's own keys instead, the signature holds but this chain does not match it.
      const claims = await readAuditCheckpoint(foreign.jws, await auditCheckpointJwks(other.system));
      expect(await verifyAuditChain(db(), undefined, [anchorOf(claims)])).toMatchObject({ ok: false, seq: 1, problem: 'rewritten' });
    } finally {
      await other.close();
    }
  });

  it('a database-only attacker who swaps in their own public key cannot pass a forged checkpoint when the key is pinned outside', async () => {
    const pinned = parseCheckpointJwks(JSON.stringify(await auditCheckpointJwks(t.system, { create: true }))); // exported once, kept outside
    await rewriteAuditChain(db(), 2, { details: { n: 2, note: 'forged' } });
    const [head] = await db().select().from(auditLog).where(eq(auditLog.seq, 5));
    const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
    const publicJwk = publicKey.export({ format: 'jwk' }) as JWK;
    const kid = await calculateJwkThumbprint(publicJwk);
    await db().update(auditCheckpointKeys).set({ retiredAt: t.clock.now() });
    await db().insert(auditCheckpointKeys).values({ kid, alg: 'EdDSA', publicJwk: { ...publicJwk, kid, alg: 'EdDSA', use: 'sig' }, privateJwkEnc: 'v1.unusable', createdAt: t.clock.now() });
    const forged = await new CompactSign(new TextEncoder().encode(JSON.stringify({ iss: t.config.publicUrl, seq: 5, rows: 5, headHash: head!.hash, at: t.clock.now().toISOString() })))
      .setProtectedHeader({ alg: 'EdDSA', kid, typ: CHECKPOINT_TYP }).sign(privateKey);

    await expect(readAuditCheckpoint(forged, pinned)).rejects.toMatchObject({ code: 'platform.audit_checkpoint_refused', message: expect.stringContaining('another deployment') });
  });

  it('anything but a checkpoint JWS is refused: another typ, alg none, not a JWS', async () => {
    const checkpoint = await takeAuditCheckpoint(t.system);
    const jwks = await auditCheckpointJwks(t.system);
    const [, payload] = checkpoint.jws.split('.');
    const header = (h: object) => Buffer.from(JSON.stringify(h)).toString('base64url');
    await expect(readAuditCheckpoint(`${header({ alg: 'none', kid: checkpoint.kid, typ: CHECKPOINT_TYP })}.${payload}.`, jwks)).rejects.toMatchObject({ message: expect.stringContaining('alg is none') });
    await expect(readAuditCheckpoint(`${header({ alg: 'EdDSA', kid: checkpoint.kid, typ: 'dc+sd-jwt' })}.${payload}.x`, jwks)).rejects.toMatchObject({ message: expect.stringContaining('typ is dc+sd-jwt') });
    await expect(readAuditCheckpoint('not a checkpoint', jwks)).rejects.toMatchObject({ message: expect.stringContaining('not a compact JWS') });
  });
});

describe('the scheduled checkpoint', () => {
  const pending = () => queryRows<{ run_at: Date }>(db(), sql`SELECT run_at FROM jobs WHERE name = ${CHECKPOINT_JOB} AND completed_at IS NULL ORDER BY run_at`);

  it('runs on the hour by default and sets the next one; asking twice for the same slot sets one timer', async () => {
    await recordEntries(1, 2);
    await scheduleAuditCheckpoint(t.system);
    await scheduleAuditCheckpoint(t.system); // a second node starting
    expect((await pending()).map((j) => new Date(j.run_at).toISOString())).toEqual(['2026-03-02T02:00:00.000Z']); // 10:00 China time

    t.clock.advance(minutes(59));
    expect(await t.tongban.runner.runDue()).toBe(0);
    t.clock.advance(minutes(1));
    expect(await t.tongban.runner.runDue()).toBe(1);
    expect(await db().select({ seq: auditCheckpoints.seq, at: auditCheckpoints.at }).from(auditCheckpoints))
      .toEqual([{ seq: 2, at: new Date('2026-03-02T02:00:00.000Z') }]);
    expect((await pending()).map((j) => new Date(j.run_at).toISOString())).toEqual(['2026-03-02T03:00:00.000Z']);

    await recordEntries(3, 3);
    t.clock.advance(minutes(60));
    expect(await t.tongban.runner.runDue()).toBe(1);
    expect((await latestAuditCheckpoint(t.system))?.seq).toBe(3);
    expect(await db().select().from(jobs).where(eq(jobs.name, CHECKPOINT_JOB))).toHaveLength(3);
  });

  it('is set when the server starts listening', async () => {
    const served = await startTestApp({ env: { PORT: '0' } });
    try {
      await served.tongban.listen();
      const rows = await queryRows<{ run_at: Date }>(served.tongban.platform.database.db, sql`SELECT run_at FROM jobs WHERE name = ${CHECKPOINT_JOB}`);
      expect(rows.map((j) => new Date(j.run_at).toISOString())).toEqual(['2026-03-02T02:00:00.000Z']);
    } finally {
      await served.close();
    }
  });

  it('follows AUDIT_CHECKPOINT_MINUTES', async () => {
    const quarter = await startTestApp({ env: { AUDIT_CHECKPOINT_MINUTES: '15' } });
    try {
      quarter.clock.advance(minutes(7));
      await scheduleAuditCheckpoint(quarter.system);
      const rows = await queryRows<{ run_at: Date }>(quarter.tongban.platform.database.db, sql`SELECT run_at FROM jobs WHERE name = ${CHECKPOINT_JOB}`);
      expect(rows.map((j) => new Date(j.run_at).toISOString())).toEqual(['2026-03-02T01:15:00.000Z']);
    } finally {
      await quarter.close();
    }
  });
});
