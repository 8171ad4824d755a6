// kill -9 under load: citizens submit applications to a real `tongban start` on PostgreSQL while its job runner
// delivers events and fires time-limit timers; the process is killed with SIGKILL mid-way and started again.
// Every submission that got a success answer is there, whole (timeline, task, timers, audit, events); nothing is
// half-written; a retried submission with the same idempotency key gives the same case; every event is
// delivered and every due timer fires exactly once in effect.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWANCE_APPLICATION, call, registerCitizensOver, startTongbanProcess, type TongbanProcess } from '../test/process.js';
import { bringTimersDue, caseShapes, reliabilityDatabase, waitForJobs, type ReliabilityDb } from './support.js';

let db: ReliabilityDb;
let dataDir: string;
const env = () => ({ DATABASE_URL: db.url, TONGBAN_DATA_DIR: dataDir, TONGBAN_MODE: 'demo', SIGNIN_RATE_LIMIT: '10000', JOB_POLL_MS: '50' });

beforeAll(async () => {
  db = await reliabilityDatabase('tongban_test_crash');
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-crash-'));
});
afterAll(async () => {
  await db?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

interface Sent { key: string; token: string; outcome: 'acknowledged' | 'unknown'; id?: string; number?: string }

/** Workers submitting until stopped; each records the answer it got, or that it got none (the server died). */
function submitUnderLoad(server: TongbanProcess, tokens: string[], workers: number) {
  const sent: Sent[] = [];
  let stopped = false;
  let serial = 0;
  const run = async (w: number) => {
    while (!stopped) {
      const token = tokens[(serial + w) % tokens.length]!;
      const key = `crash-${w}-${String(serial++).padStart(6, '0')}`;
      try {
        const res = await call(server.baseUrl, 'POST', '/api/v1/applications', { token, body: { ...ALLOWANCE_APPLICATION, idempotencyKey: key } });
        if (res.status !== 201) throw new Error(`submit answered ${res.status}: ${JSON.stringify(res.body)}`);
        sent.push({ key, token, outcome: 'acknowledged', id: res.body.id, number: res.body.number });
      } catch (e) {
        if (e instanceof Error && e.message.startsWith('submit answered')) throw e;
        sent.push({ key, token, outcome: 'unknown' }); // no answer: the process died with the request in flight
        return;
      }
    }
  };
  const done = Promise.all(Array.from({ length: workers }, (_, w) => run(w)));
  return { sent, done, stop: () => { stopped = true; } };
}

describe('kill -9 under load', () => {
  it('loses no acknowledged submission, half-writes nothing, and delivers every event and due timer once', async () => {
    let server = await startTongbanProcess(env());
    const citizens = await registerCitizensOver(server.baseUrl, 12);
    const load = submitUnderLoad(server, citizens.map((c) => c.token), 6);
    // Let cases and their timers pile up, make the timers due (as if their day had come) so the runner is busy
    // firing them and delivering events, then pull the plug in the middle of it.
    while (load.sent.filter((s) => s.outcome === 'acknowledged').length < 60) await new Promise((r) => setTimeout(r, 20));
    await bringTimersDue(db);
    while (load.sent.filter((s) => s.outcome === 'acknowledged').length < 100) await new Promise((r) => setTimeout(r, 20));
    const deadPid = server.child.pid!;
    await server.kill();
    load.stop();
    await load.done;
    const acknowledged = load.sent.filter((s) => s.outcome === 'acknowledged');
    const inFlight = load.sent.filter((s) => s.outcome === 'unknown');
    expect(inFlight.length).toBeGreaterThan(0); // the kill did land mid-request

    server = await startTongbanProcess(env());
    try {
      // Jobs the dead node had claimed wait out its lease (5 minutes) before another node takes them; we do not
      // wait five minutes: their leases end now, as they would then.
      await db.query(`UPDATE jobs SET locked_until = now() WHERE locked_by LIKE $1 AND completed_at IS NULL`, [`%:${deadPid}:%`]);
      await bringTimersDue(db); // the timers of cases filed after the first move are due too
      await waitForJobs(db);

      // Every acknowledged submission is there, as answered.
      const shapes = await caseShapes(db);
      const byId = new Map(shapes.map((s) => [s.id, s]));
      for (const a of acknowledged) expect(byId.get(a.id!)?.number).toBe(a.number);

      // None is half-written: each case in the database, acknowledged or caught by the kill after commit, is whole.
      for (const s of shapes) {
        expect(s.status).toBe('in_review');
        // (material_* entries: what the once-only fetch at submission found or did not, for the reviewers)
        expect(s.timeline.filter((k) => !k.endsWith('overdue') && !k.startsWith('material_'))).toEqual(['submitted', 'accepted', 'stage_opened']);
        expect(s.tasks).toBe(1);
        expect(s.audits).toBe(1);
        expect(s.timers).toBe(2); // the case's time limit and its task's
        // Each due timer fired exactly once in effect: one overdue alert for the case and one for its task.
        expect(s.timeline.filter((k) => k === 'overdue')).toHaveLength(1);
        expect(s.timeline.filter((k) => k === 'task_overdue')).toHaveLength(1);
        // (exchange.answered: the once-only fetch at submission asked a data source, once per case like the rest)
        expect(s.events.filter((e) => e !== 'exchange.answered')).toEqual(['application.accepted', 'application.overdue', 'application.submitted', 'task.opened', 'task.overdue']);
        expect(s.events.filter((e) => e === 'exchange.answered').length).toBeLessThanOrEqual(1);
      }

      // A submission that got no answer is retried with its key: the case it made (if it committed) or a new one,
      // never two.
      for (const f of inFlight) {
        const retry = await call(server.baseUrl, 'POST', '/api/v1/applications', { token: f.token, body: { ...ALLOWANCE_APPLICATION, idempotencyKey: f.key } });
        expect([200, 201]).toContain(retry.status);
      }
      const [dupes] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM (SELECT 1 FROM applications GROUP BY filed_by_account_id, idempotency_key HAVING count(*) > 1) d`);
      expect(dupes!.n).toBe(0);
      await waitForJobs(db);

      // Every event reached every subscriber once: each delivery job completed, one inbox message per event.
      const [open] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM jobs WHERE event_id IS NOT NULL AND completed_at IS NULL`);
      expect(open!.n).toBe(0);
      const [deliveries] = await db.query<{ jobs: number; messages: number }>(`
        SELECT (SELECT count(*)::int FROM jobs WHERE name IN ('notify.on-application-submitted', 'notify.on-application-accepted')) AS jobs,
               (SELECT count(*)::int FROM inbox_messages WHERE template IN ('application.submitted', 'application.accepted')) AS messages`);
      expect(deliveries!.messages).toBe(deliveries!.jobs);
      const [cases] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM applications`);
      expect(deliveries!.jobs).toBe(2 * cases!.n);
    } finally {
      await server.stop();
    }
  });
});
