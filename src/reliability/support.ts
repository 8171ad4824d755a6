// Shared by the crash and multi-node tests: a database of their own on TEST_DATABASE_URL, SQL straight into it
// (to check what survived, not through the code under test), and waiting for the job queue to run dry.
import pg from 'pg';
import { createDatabase } from '../test/process.js';

export async function reliabilityDatabase(prefix: string) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is required for the reliability tests');
  const db = await createDatabase(serverUrl, prefix);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  return {
    url: db.url,
    query: async <T = Record<string, unknown>>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as T[],
    async close() {
      await client.end();
      await db.drop();
    },
  };
}

export type ReliabilityDb = Awaited<ReturnType<typeof reliabilityDatabase>>;

/** Waits until no job is due and unfinished (every event delivered, every due timer run). */
export async function waitForJobs(db: ReliabilityDb, timeoutMs = 60_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM jobs WHERE completed_at IS NULL AND failed_at IS NULL AND run_at <= now()`);
    if (row!.n === 0) return;
    if (performance.now() > deadline) {
      const stuck = await db.query(`SELECT name, attempts, last_error, locked_by FROM jobs WHERE completed_at IS NULL AND failed_at IS NULL AND run_at <= now() LIMIT 5`);
      throw new Error(`${row!.n} jobs still due after ${timeoutMs} ms: ${JSON.stringify(stuck)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Time-limit timers whose day has come: moves every pending overdue check's run_at into the past. */
export async function bringTimersDue(db: ReliabilityDb): Promise<number> {
  const rows = await db.query(`UPDATE jobs SET run_at = now() - interval '1 second' WHERE name = 'cases.overdue-check' AND completed_at IS NULL AND failed_at IS NULL RETURNING id`);
  return rows.length;
}

/**
 * For each case: what a complete submission wrote, as counts. A case is whole when it has its timeline
 * (submitted, accepted, stage opened), its open review task, its audit entry and its events.
 */
export async function caseShapes(db: ReliabilityDb) {
  return db.query<{ id: string; number: string; status: string; timeline: string[]; tasks: number; audits: number; events: string[]; timers: number }>(`
    SELECT a.id, a.number, a.status,
      coalesce((SELECT array_agg(kind ORDER BY id) FROM timeline_entries t WHERE t.application_id = a.id), '{}') AS timeline,
      (SELECT count(*)::int FROM review_tasks r WHERE r.application_id = a.id) AS tasks,
      (SELECT count(*)::int FROM audit_log l WHERE l.subject_id = a.id::text AND l.action = 'application.submitted') AS audits,
      coalesce((SELECT array_agg(type ORDER BY type) FROM events e WHERE e.payload->>'applicationId' = a.id::text), '{}') AS events,
      (SELECT count(*)::int FROM jobs j WHERE j.name = 'cases.overdue-check' AND j.payload->>'id' IN (SELECT a.id::text UNION SELECT r.id::text FROM review_tasks r WHERE r.application_id = a.id)) AS timers
    FROM applications a ORDER BY a.number`);
}
