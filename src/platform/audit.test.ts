// The audit trail (审计日志): entries commit with their transaction or not at all, seq has no gaps, the database
// refuses to change what was written, and when someone with enough rights changes it anyway (by switching the
// trigger off) verification names the row and what was done to it.
import { asc, sql, type SQL } from 'drizzle-orm';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness.js';
import type { Actor } from './actor.js';
import { auditHash, canonicalJson, GENESIS_HASH, listPersonalDataAccess, recordAudit, recordPersonalDataRead, verifyAuditChain, type AuditEntry } from './audit.js';
import { minutes } from './clock.js';
import { newId, withTransaction } from './context.js';
import { auditLog } from './schema.js';

let t: TestApp;
/** A fresh Tongban per test, for the describes that need a database (canonicalJson alone does not). */
function useTestApp(): void {
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());
}

const db = () => t.tongban.platform.database.db;

const entry = (n: number, overrides: Partial<AuditEntry> = {}): AuditEntry =>
  ({ action: 'test.thing_done', subjectType: 'thing', subjectId: `thing-${n}`, details: { n, note: `第${n}条` }, ...overrides });

/** Records the entries in one transaction. */
function recordAll(entries: AuditEntry[]): Promise<void> {
  return withTransaction(t.system, async (tx) => {
    for (const e of entries) await recordAudit(tx, e);
  });
}

const readChain = () => db().select().from(auditLog).orderBy(asc(auditLog.seq));

/** What someone who owns the table can do: switch the append-only trigger off, change rows, switch it back on. */
async function tamper(...statements: SQL[]): Promise<void> {
  await db().execute(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`);
  try {
    for (const s of statements) await db().execute(s);
  } finally {
    await db().execute(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`);
  }
}

/** The driver's error is wrapped by Drizzle; the database's own message is on the cause. */
async function refusal(query: SQL): Promise<string> {
  try {
    await db().execute(query);
  } catch (err) {
    const e = err as Error & { cause?: Error };
    return `${e.message} ${e.cause?.message ?? ''}`;
  }
  throw new Error('the database accepted the change');
}

// Arbitrary JSON objects with their keys (at every depth) put in another order by a seeded shuffle.
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function reorderKeys(value: Json, seed: number): Json {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v, i) => reorderKeys(v, seed + i));
  let s = seed >>> 0;
  const entries = Object.entries(value);
  for (let i = entries.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0; // LCG: a fixed, seeded permutation
    const j = s % (i + 1);
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  // fromEntries, not assignment: a generated "__proto__" key must stay an ordinary key.
  return Object.fromEntries(entries.map(([k, v], i) => [k, reorderKeys(v, s + i)]));
}

// Plain objects, as JSON.parse and request bodies make them (Drizzle cannot bind a null-prototype object).
const jsonObject = fc.dictionary(fc.string(), fc.jsonValue() as fc.Arbitrary<Json>, { noNullPrototype: true });

describe('recording', () => {
  useTestApp();

  it('entries appear in the order recorded, with contiguous seq, each chained to the one before', async () => {
    await recordAll([entry(1), entry(2), entry(3)]);
    t.clock.advance(minutes(1));
    await recordAll([entry(4), entry(5, { subjectPersonId: newId(), purpose: '审核申请' })]);

    const rows = await readChain();
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(rows.map((r) => r.subjectId)).toEqual(['thing-1', 'thing-2', 'thing-3', 'thing-4', 'thing-5']);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    expect(rows.every((r) => r.actor === 'system' && r.requestId === 'test')).toBe(true);
    expect(await verifyAuditChain(db())).toEqual({ ok: true, rows: 5, headHash: rows[4]!.hash, anchors: 0 });
  });

  it('entries of a rolled-back transaction are never written and leave no gap in seq', async () => {
    await recordAll([entry(1), entry(2)]);
    await expect(withTransaction(t.system, async (tx) => {
      await recordAudit(tx, entry(98));
      await recordAudit(tx, entry(99));
      throw new Error('the change itself failed');
    })).rejects.toThrow('the change itself failed');
    await recordAll([entry(3)]);

    const rows = await readChain();
    expect(rows.map((r) => [r.seq, r.subjectId])).toEqual([[1, 'thing-1'], [2, 'thing-2'], [3, 'thing-3']]);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true, rows: 3 });
  });

  it('any JSON details survive the jsonb round trip: the chain still verifies', async () => {
    await fc.assert(fc.asyncProperty(jsonObject, async (details) => {
      await recordAll([entry(0, { details })]);
    }), { numRuns: 40 });
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true, rows: 40 });
  });

  it('an entry recorded outside a transaction gets one of its own', async () => {
    await recordAudit(t.system, entry(1));
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true, rows: 1 });
  });

  it('concurrent transactions extend one chain without gaps or forks', async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) => recordAll([entry(i * 2), entry(i * 2 + 1)])));
    const rows = await readChain();
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    // Each transaction's two entries stay next to each other.
    for (let i = 0; i < 20; i += 2) expect(Number(rows[i + 1]!.subjectId.slice(6))).toBe(Number(rows[i]!.subjectId.slice(6)) + 1);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true, rows: 20 });
  });
});

describe('append-only', () => {
  useTestApp();

  it('the database refuses UPDATE, DELETE and TRUNCATE on audit_log', async () => {
    await recordAll([entry(1), entry(2)]);
    expect(await refusal(sql`UPDATE audit_log SET details = '{"n": 1, "note": "改过"}' WHERE seq = 1`)).toContain('audit_log is append-only (UPDATE refused)');
    expect(await refusal(sql`DELETE FROM audit_log WHERE seq = 2`)).toContain('audit_log is append-only (DELETE refused)');
    expect(await refusal(sql`TRUNCATE audit_log`)).toContain('audit_log is append-only (TRUNCATE refused)');
    expect((await readChain()).map((r) => r.details)).toEqual([{ n: 1, note: '第1条' }, { n: 2, note: '第2条' }]);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true, rows: 2 });
  });
});

describe('tampering with the trigger switched off is detected', () => {
  useTestApp();
  beforeEach(async () => {
    await recordAll([entry(1), entry(2)]);
    await recordAll([entry(3)]);
    await recordAll([entry(4), entry(5)]);
  });

  it('an edited row: "edited" at that seq', async () => {
    await tamper(sql`UPDATE audit_log SET details = '{"n": 3, "note": "改过"}' WHERE seq = 3`);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: false, rows: 2, seq: 3, problem: 'edited' });
  });

  it('an edited row whose own hash was recomputed: the next row no longer follows it', async () => {
    const [row] = (await readChain()).filter((r) => r.seq === 3);
    const forged = { ...row!, actor: 'account:00000000-0000-4000-8000-000000000000' };
    await tamper(sql`UPDATE audit_log SET actor = ${forged.actor}, hash = ${auditHash(forged)} WHERE seq = 3`);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: false, rows: 3, seq: 4, problem: 'reordered' });
  });

  it('a deleted middle row: "missing" at that seq', async () => {
    await tamper(sql`DELETE FROM audit_log WHERE seq = 3`);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: false, rows: 2, seq: 3, problem: 'missing' });
  });

  it('two rows swapped: a failure at the first swapped position', async () => {
    await tamper(
      sql`UPDATE audit_log SET seq = -1 WHERE seq = 2`,
      sql`UPDATE audit_log SET seq = 2 WHERE seq = 4`,
      sql`UPDATE audit_log SET seq = 4 WHERE seq = -1`,
    );
    expect((await readChain()).map((r) => r.subjectId)).toEqual(['thing-1', 'thing-4', 'thing-3', 'thing-2', 'thing-5']);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: false, rows: 1, seq: 2, problem: 'reordered' });
  });

  it('two rows\' contents swapped in place, seq kept: a failure at the first swapped position', async () => {
    await tamper(sql`
      UPDATE audit_log a SET subject_id = b.subject_id, details = b.details
      FROM audit_log b WHERE (a.seq, b.seq) IN ((2, 4), (4, 2))`);
    expect((await readChain()).map((r) => r.subjectId)).toEqual(['thing-1', 'thing-4', 'thing-3', 'thing-2', 'thing-5']);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: false, rows: 1, seq: 2, problem: 'edited' });
  });

  it('the last row deleted: "truncated" where the chain now ends', async () => {
    await tamper(sql`DELETE FROM audit_log WHERE seq = 5`);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: false, rows: 4, seq: 5, problem: 'truncated' });
  });

  it('verification reads in batches and still finds the row', async () => {
    await tamper(sql`DELETE FROM audit_log WHERE seq = 4`);
    expect(await verifyAuditChain(db(), 2)).toMatchObject({ ok: false, rows: 3, seq: 4, problem: 'missing' });
  });
});

describe('canonicalJson', () => {
  it('does not depend on key order, at any depth', () => {
    fc.assert(fc.property(jsonObject, fc.nat(), (obj, seed) => {
      const shuffled = reorderKeys(obj, seed);
      return canonicalJson(shuffled) === canonicalJson(obj);
    }));
  });

  it('is JSON that reads back as the same value', () => {
    fc.assert(fc.property(jsonObject, (obj) => {
      expect(JSON.parse(canonicalJson(obj))).toEqual(JSON.parse(JSON.stringify(obj)));
    }));
  });

  it('leaves out undefined properties, as jsonb does', () => {
    expect(canonicalJson({ b: 1, a: undefined, c: [undefined, 2] })).toBe('{"b":1,"c":[null,2]}');
  });
});

describe('a person\'s data-access log', () => {
  useTestApp();

  const clerk: Actor = { kind: 'account', accountId: '11111111-1111-4111-8111-111111111111', personId: null, roles: ['window_clerk'],
    postings: [], sessionId: null, actingFor: null };

  it('lists only personal_data.* entries about that person, newest first', async () => {
    const person = newId();
    const someoneElse = newId();
    const asClerk = t.ctxFor(clerk);
    await recordAudit(t.system, { action: 'person.registered', subjectType: 'person', subjectId: person, subjectPersonId: person });
    t.clock.advance(minutes(1));
    await recordPersonalDataRead(asClerk, { personId: person, purpose: '受理申请', fields: ['name', 'idNumber'] });
    t.clock.advance(minutes(1));
    await recordPersonalDataRead(asClerk, { personId: someoneElse, purpose: '受理申请', fields: ['name'] });
    await recordAudit(t.system, entry(9, { subjectPersonId: someoneElse }));
    t.clock.advance(minutes(1));
    const unmaskedAt = t.clock.now();
    await recordPersonalDataRead(asClerk, { personId: person, purpose: '核验身份', fields: ['idNumber'], action: 'personal_data.unmasked' });

    const log = await listPersonalDataAccess(db(), person, { limit: 10 });
    expect(log.map(({ seq: _seq, ...rest }) => rest)).toEqual([
      { at: unmaskedAt, actor: `account:${clerk.accountId}`, action: 'personal_data.unmasked', purpose: '核验身份', fields: ['idNumber'] },
      { at: new Date(unmaskedAt.getTime() - minutes(2)), actor: `account:${clerk.accountId}`, action: 'personal_data.read', purpose: '受理申请', fields: ['name', 'idNumber'] },
    ]);
    expect(log[0]!.seq).toBeGreaterThan(log[1]!.seq);

    // Paging: newest first, then what came before.
    const [newest] = await listPersonalDataAccess(db(), person, { limit: 1 });
    expect(newest!.action).toBe('personal_data.unmasked');
    const older = await listPersonalDataAccess(db(), person, { limit: 10, before: newest!.seq });
    expect(older.map((e) => e.action)).toEqual(['personal_data.read']);

    expect((await listPersonalDataAccess(db(), someoneElse, { limit: 10 })).map((e) => e.fields)).toEqual([['name']]);
    expect(await listPersonalDataAccess(db(), newId(), { limit: 10 })).toEqual([]);
  });
});
