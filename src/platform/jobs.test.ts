// The transactional outbox and the job runner: events exist only if their transaction commits, each subscriber
// gets each event once, failures back off and finally give up in plain sight, a handler's effects commit with
// its completion, a dead node's lease runs out before anyone else takes its job, and two runners never run the
// same job twice. The runner is driven by hand (runDue) and time by the manual clock: no sleeps, no polling.
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness.js';
import { recordAudit, verifyAuditChain } from './audit.js';
import { hours, minutes } from './clock.js';
import { withTransaction } from './context.js';
import { queryRows } from './db.js';
import { Type } from 'typebox';
import { EventPayload } from './events.js';
import { backoffMs, emit, JobRunner, scheduleJob, type EventEnvelope } from './jobs.js';
import type { Ctx } from './context.js';
import { jobs } from './schema.js';

// These tests' own events: declared at run time only, and emitted and subscribed through untyped aliases, so that
// they never enter the EventMap that production code is checked against.
const testEvents = {
  'thing.happened': EventPayload({ n: Type.Number() }), 'other.happened': EventPayload({}), 'test.effect_written': EventPayload({ n: Type.Number() }),
};
const emitTest = emit as unknown as (ctx: Ctx, type: string, payload: Record<string, unknown>) => Promise<string>;
const subscribeTest = (type: string, name: string, handle: (ctx: Ctx, e: EventEnvelope) => Promise<void>) =>
  (registry().subscribe as unknown as (type: string, name: string, handle: (ctx: Ctx, e: EventEnvelope) => Promise<void>) => void).call(registry(), type, name, handle);

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
  registry().declareEvents(testEvents);
});
afterEach(() => t.close());

const db = () => t.tongban.platform.database.db;
const registry = () => t.tongban.platform.jobs;

async function countRows(table: 'events' | 'jobs' | 'audit_log' | 'job_effects'): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db(), sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`);
  return row!.n;
}

async function jobNamed(name: string) {
  const rows = await db().select().from(jobs).where(eq(jobs.name, name));
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

/** A table a handler can write to, to show its effects commit (or not) with the job. */
async function makeEffectsTable(): Promise<void> {
  await db().execute(sql`CREATE TABLE job_effects (job text NOT NULL, n integer NOT NULL)`);
}

describe('declared events', () => {
  it('an undeclared event cannot be emitted or subscribed to, and a payload must match its schema', async () => {
    await expect(emitTest(t.system, 'thing.undeclared', {})).rejects.toThrow('Event thing.undeclared is not declared');
    expect(() => subscribeTest('thing.undeclared', 'test.undeclared', async () => undefined)).toThrow('which no module declares');
    await expect(emitTest(t.system, 'thing.happened', { n: 'seven' })).rejects.toThrow(/thing.happened: payload does not match.*\/n/);
    await expect(emitTest(t.system, 'thing.happened', {})).rejects.toThrow('payload does not match');
    await expect(emitTest(t.system, 'thing.happened', { n: 1, extra: true })).rejects.toThrow('payload does not match'); // an undeclared key
    expect(await countRows('events')).toBe(0);
  });

  it('a real payload is checked too: a person registered without an id is refused before anything is written', async () => {
    const emitAny = emit as unknown as (ctx: Ctx, type: string, payload: unknown) => Promise<string>;
    await expect(emitAny(t.system, 'person.registered', { personId: undefined })).rejects.toThrow('person.registered: payload does not match');
    await expect(emitAny(t.system, 'person.registered', { personId: 42 })).rejects.toThrow('payload does not match');
    expect(await countRows('events')).toBe(0);
  });
});

describe('the outbox', () => {
  it('an event emitted in a transaction that then fails never happened: no event, no delivery job', async () => {
    subscribeTest('thing.happened', 'test.on-thing', async () => undefined);
    await expect(withTransaction(t.system, async (tx) => {
      await emitTest(tx, 'thing.happened', { n: 1 });
      throw new Error('the change failed after the event was written');
    })).rejects.toThrow('the change failed');
    expect(await countRows('events')).toBe(0);
    expect(await countRows('jobs')).toBe(0);
    expect(await t.tongban.runner.runDue()).toBe(0);
  });

  it('a committed event is delivered to each subscriber exactly once, however often the runner runs', async () => {
    const seen: Record<string, EventEnvelope[]> = { first: [], second: [] };
    subscribeTest('thing.happened', 'test.first', async (_ctx, e) => { seen.first!.push(e); });
    subscribeTest('thing.happened', 'test.second', async (_ctx, e) => { seen.second!.push(e); });
    subscribeTest('other.happened', 'test.other', async () => { throw new Error('not this event'); });

    const occurredAt = t.clock.now().toISOString();
    const id = await withTransaction(t.system, (tx) => emitTest(tx, 'thing.happened', { n: 7 }));
    expect(await countRows('events')).toBe(1);
    expect(await countRows('jobs')).toBe(2); // one delivery per subscriber of this type, none for the other

    expect(await t.tongban.runner.runDue()).toBe(2);
    expect(await t.tongban.runner.runDue()).toBe(0);
    t.clock.advance(hours(24));
    expect(await t.tongban.runner.runDue()).toBe(0);

    const envelope: EventEnvelope = { id, type: 'thing.happened', payload: { n: 7 }, occurredAt };
    expect(seen).toEqual({ first: [envelope], second: [envelope] });
    const rows = await db().select().from(jobs);
    expect(rows.every((r) => r.completedAt !== null && r.attempts === 1 && r.eventId === id)).toBe(true);
  });
});

describe('retries', () => {
  it('a failing handler is retried only after its back-off, and after maxAttempts it is marked failed and left alone', async () => {
    let calls = 0;
    registry().define('test.flaky', async () => {
      calls += 1;
      throw new Error(`gateway down (attempt ${calls})`);
    }, { maxAttempts: 3 });
    await scheduleJob(t.system, { name: 'test.flaky', runAt: t.clock.now(), payload: {} });

    expect(await t.tongban.runner.runDue()).toBe(1);
    expect(calls).toBe(1);
    const afterFirst = await jobNamed('test.flaky');
    expect(afterFirst).toMatchObject({ attempts: 1, lastError: 'gateway down (attempt 1)', failedAt: null, completedAt: null, lockedUntil: null });

    t.clock.advance(backoffMs(1) - 1);
    expect(await t.tongban.runner.runDue()).toBe(0);
    expect(calls).toBe(1);
    t.clock.advance(1);
    expect(await t.tongban.runner.runDue()).toBe(1);
    expect(calls).toBe(2);

    // The back-off doubles: 2 s after the second failure.
    t.clock.advance(backoffMs(2) - 1);
    expect(await t.tongban.runner.runDue()).toBe(0);
    t.clock.advance(1);
    expect(await t.tongban.runner.runDue()).toBe(1);
    expect(calls).toBe(3);

    const given = await jobNamed('test.flaky');
    expect(given.failedAt).toEqual(t.clock.now());
    expect(given.lastError).toBe('gateway down (attempt 3)');
    expect(given.attempts).toBe(3);
    expect(given.completedAt).toBeNull();

    t.clock.advance(hours(48));
    expect(await t.tongban.runner.runDue()).toBe(0);
    expect(calls).toBe(3);
    expect(t.logs.some((line) => line.includes('job failed') && line.includes('"giveUp":true'))).toBe(true);
  });
});

describe('a handler and its completion commit together', () => {
  it('when the handler writes and then throws, its writes are rolled back; when it succeeds they commit once', async () => {
    await makeEffectsTable();
    let calls = 0;
    registry().define('test.writes', async (ctx, payload) => {
      calls += 1;
      await ctx.db.execute(sql`INSERT INTO job_effects (job, n) VALUES ('test.writes', ${payload.n as number})`);
      await recordAudit(ctx, { action: 'test.effect_written', subjectType: 'test', subjectId: String(payload.n) });
      await emitTest(ctx, 'test.effect_written', { n: payload.n as number });
      if (calls === 1) throw new Error('failed after writing');
    });
    await scheduleJob(t.system, { name: 'test.writes', runAt: t.clock.now(), payload: { n: 5 } });

    expect(await t.tongban.runner.runDue()).toBe(1);
    expect(calls).toBe(1);
    expect(await countRows('job_effects')).toBe(0);
    expect(await countRows('audit_log')).toBe(0);
    expect(await countRows('events')).toBe(0);
    expect(await jobNamed('test.writes')).toMatchObject({ completedAt: null, lastError: 'failed after writing' });

    t.clock.advance(backoffMs(1));
    expect(await t.tongban.runner.runDue()).toBe(1);
    expect(calls).toBe(2);
    expect(await queryRows(db(), sql`SELECT job, n FROM job_effects`)).toEqual([{ job: 'test.writes', n: 5 }]);
    expect(await countRows('audit_log')).toBe(1);
    expect(await countRows('events')).toBe(1);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true, rows: 1 });
    expect((await jobNamed('test.writes')).completedAt).toEqual(t.clock.now());

    expect(await t.tongban.runner.runDue()).toBe(0);
    expect(await countRows('job_effects')).toBe(1);
  });
});

describe('leases', () => {
  it('a job claimed by a node that then died waits for its lease to run out, then runs exactly once', async () => {
    let calls = 0;
    registry().define('test.leased', async () => { calls += 1; });
    await scheduleJob(t.system, { name: 'test.leased', runAt: t.clock.now(), payload: {} });
    const leaseEnds = new Date(t.clock.now().getTime() + minutes(5));
    // What a runner's claim leaves behind when its node dies before the handler finishes.
    await db().execute(sql`UPDATE jobs SET locked_by = 'dead-node', locked_until = ${leaseEnds.toISOString()}, attempts = attempts + 1`);

    const other = new JobRunner(t.tongban.platform, t.tongban.platform.logger);
    expect(await t.tongban.runner.runDue()).toBe(0);
    t.clock.advance(minutes(5) - 1);
    expect(await other.runDue()).toBe(0);
    expect(await t.tongban.runner.runDue()).toBe(0);
    expect(calls).toBe(0);

    t.clock.advance(1);
    const ran = await Promise.all([other.runDue(), t.tongban.runner.runDue()]);
    expect(ran[0] + ran[1]).toBe(1);
    expect(calls).toBe(1);
    expect(await jobNamed('test.leased')).toMatchObject({ attempts: 2, completedAt: t.clock.now(), failedAt: null });

    t.clock.advance(hours(1));
    expect(await other.runDue()).toBe(0);
    expect(await t.tongban.runner.runDue()).toBe(0);
    expect(calls).toBe(1);
  });
});

describe('draining', () => {
  it('one runDue runs every due job, however many batches that takes', async () => {
    let calls = 0;
    registry().define('test.many', async () => { calls += 1; });
    await withTransaction(t.system, async (tx) => {
      for (let n = 0; n < 45; n++) await scheduleJob(tx, { name: 'test.many', runAt: t.clock.now(), payload: { n } });
    });
    expect(await t.tongban.runner.runDue()).toBe(45); // three batches of the default 20
    expect(calls).toBe(45);
  });
});

describe('two runners at once', () => {
  it('run each of 30 jobs exactly once between them', async () => {
    await makeEffectsTable();
    const N = 30;
    const runs = new Map<number, number>();
    registry().define('test.counted', async (ctx, payload) => {
      const n = payload.n as number;
      runs.set(n, (runs.get(n) ?? 0) + 1);
      // A database round trip inside the handler lets the other runner claim in between.
      await ctx.db.execute(sql`INSERT INTO job_effects (job, n) VALUES ('test.counted', ${n})`);
    });
    await withTransaction(t.system, async (tx) => {
      for (let n = 0; n < N; n++) await scheduleJob(tx, { name: 'test.counted', runAt: t.clock.now(), payload: { n } });
    });

    const a = t.tongban.runner;
    const b = new JobRunner(t.tongban.platform, t.tongban.platform.logger);
    // Small batches so the two runners' claims interleave many times.
    const [ranA, ranB] = await Promise.all([a.runDue(3), b.runDue(3)]);
    expect(ranA + ranB).toBe(N);

    expect([...runs.keys()].sort((x, y) => x - y)).toEqual([...Array(N).keys()]);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
    const perJob = await queryRows<{ n: number; runs: number }>(db(), sql`SELECT n, count(*)::int AS runs FROM job_effects GROUP BY n`);
    expect(perJob).toHaveLength(N);
    expect(perJob.every((r) => r.runs === 1)).toBe(true);
    const rows = await db().select().from(jobs);
    expect(rows.every((r) => r.completedAt !== null && r.attempts === 1)).toBe(true);

    expect(await Promise.all([a.runDue(3), b.runDue(3)])).toEqual([0, 0]);
  });
});

describe('timers', () => {
  it('scheduling the same timer twice with one dedupe key makes one job', async () => {
    let calls = 0;
    registry().define('test.reminder', async () => { calls += 1; });
    const runAt = t.clock.now();
    await scheduleJob(t.system, { name: 'test.reminder', runAt, payload: { v: 1 }, dedupeKey: 'reminder:app-1' });
    await scheduleJob(t.system, { name: 'test.reminder', runAt, payload: { v: 2 }, dedupeKey: 'reminder:app-1' });
    expect((await jobNamed('test.reminder')).payload).toEqual({ v: 1 }); // the first one stands
    expect(await t.tongban.runner.runDue()).toBe(1);
    expect(calls).toBe(1);

    // Even after it ran, the key still holds.
    await scheduleJob(t.system, { name: 'test.reminder', runAt, payload: { v: 3 }, dedupeKey: 'reminder:app-1' });
    expect(await countRows('jobs')).toBe(1);
    expect(await t.tongban.runner.runDue()).toBe(0);
  });

  it('a timer does not run before its time and runs once the clock reaches it', async () => {
    const fired: unknown[] = [];
    registry().define('test.deadline', async (_ctx, payload) => { fired.push(payload); });
    await scheduleJob(t.system, { name: 'test.deadline', runAt: new Date(t.clock.now().getTime() + hours(2)), payload: { applicationId: 'a-1' } });

    expect(await t.tongban.runner.runDue()).toBe(0);
    t.clock.advance(hours(2) - 1);
    expect(await t.tongban.runner.runDue()).toBe(0);
    expect(fired).toEqual([]);

    t.clock.advance(1);
    expect(await t.tongban.runner.runDue()).toBe(1);
    expect(fired).toEqual([{ applicationId: 'a-1' }]);
    t.clock.advance(hours(2));
    expect(await t.tongban.runner.runDue()).toBe(0);
  });

  it('refuses to schedule a job nobody handles', async () => {
    await expect(scheduleJob(t.system, { name: 'test.nobody', runAt: t.clock.now(), payload: {} })).rejects.toThrow('No job handler named test.nobody');
  });
});
