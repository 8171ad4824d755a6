// A reviewer's task queue and a leader's statistics over 1,000,000 cases on PostgreSQL, through HTTP (inject,
// with authentication) on a Tongban whose database holds the demo city plus a million generated cases spread over
// two years (about 3% still running, each with its review task). Reports p50/p95/p99 and the plans PostgreSQL
// chose, so a missing index shows as a sequential scan.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { createTongban } from '../src/app.js';
import { system } from '../src/platform/actor.js';
import { loadConfig } from '../src/platform/config.js';
import { makeCtx } from '../src/platform/context.js';
import { queryRows, type Db } from '../src/platform/db.js';
import { seedDemo, seedDemoCatalog } from '../src/demo/seed.js';
import { TEST_SECRET_KEY } from '../src/test/harness.js';
import { createDatabase, DEMO_PASSWORD } from '../src/test/process.js';
import { benchServerUrl, envNumber, round, timeRuns } from './support.js';

/** A million cases in a few statements: generate_series, no round trip per row. */
async function generateCases(db: Db, n: number): Promise<void> {
  await db.execute(sql`CREATE TEMP TABLE bench_targets AS
    SELECT (row_number() OVER (ORDER BY e.code, d.id) - 1)::int AS i, e.code AS item_code, v.id AS version_id, d.id AS department_id,
      d.code AS department_code, d.region_code
    FROM catalog_entries e JOIN catalog_versions v ON v.entry_id = e.id AND v.version = e.published_version
    JOIN departments d ON d.code = e.department WHERE e.kind = 'item'`);
  const batch = 250_000;
  for (let from = 1; from <= n; from += batch) {
    const to = Math.min(n, from + batch - 1);
    // Filed evenly over two years; decided within 0–17 days (mostly in time); the last 20 days still running.
    await db.execute(sql`
      INSERT INTO applications (id, number, item_code, item_version_id, applicant_person_id, applicant_name, filed_by_account_id, channel, region_code,
        department_code, department_id, status, form_data, time_limit_days, submitted_at, accepted_at, due_on, decided_at, created_at, updated_at)
      SELECT gen_random_uuid(), 'BM' || lpad(g::text, 10, '0'), t.item_code, t.version_id, md5('p' || (g % 50000))::uuid, '压测申请人', md5('a' || (g % 50000))::uuid,
        'online', t.region_code, t.department_code, t.department_id,
        CASE WHEN s.at < now() - interval '20 days' THEN (CASE WHEN g % 10 = 0 THEN 'rejected' ELSE 'approved' END)
             WHEN g % 7 = 0 THEN 'supplement_requested' ELSE 'in_review' END,
        '{}'::jsonb, 10, s.at, s.at, (s.at AT TIME ZONE 'Asia/Shanghai')::date + 14,
        CASE WHEN s.at < now() - interval '20 days' THEN s.at + (g % 18) * interval '1 day' END, s.at, s.at
      FROM generate_series(${from}::int, ${to}::int) g
      CROSS JOIN LATERAL (SELECT now() - (g::float8 / ${n}) * interval '730 days' AS at) s
      JOIN bench_targets t ON t.i = g % (SELECT count(*) FROM bench_targets)`);
  }
  await db.execute(sql`
    INSERT INTO review_tasks (id, application_id, stage, department_id, department_code, region_code, name_zh, name_en, time_limit_days, status, opened_at, due_on, decided_at)
    SELECT gen_random_uuid(), a.id, 0, a.department_id, a.department_code, a.region_code, '审核', 'Review', 7,
      CASE a.status WHEN 'approved' THEN 'approved' WHEN 'rejected' THEN 'rejected' ELSE 'open' END, a.accepted_at, a.due_on - 7, a.decided_at
    FROM applications a WHERE a.number LIKE 'BM%'`);
  // What autovacuum does soon after a bulk load: statistics for the planner, and the visibility map that lets
  // the statistics be answered by index-only scans.
  await db.execute(sql`VACUUM (ANALYZE) applications`);
  await db.execute(sql`VACUUM (ANALYZE) review_tasks`);
}

/** The plan PostgreSQL picks, reduced to its node types and index names. */
async function planOf(db: Db, query: ReturnType<typeof sql>): Promise<string[]> {
  const rows = await queryRows<{ 'QUERY PLAN': string }>(db, sql`EXPLAIN ${query}`);
  return rows.map((r) => r['QUERY PLAN'].trim()).filter((l) => /Scan|Sort|Limit|Aggregate|Join|Nested/.test(l)).map((l) => l.replace(/\s+\(cost.*$/, ''));
}

export async function runQueuesBench() {
  const cases = envNumber('BENCH_CASES', 1_000_000);
  const runs = envNumber('BENCH_RUNS', 200);
  const db = await createDatabase(benchServerUrl(), 'tongban_bench_queues', 'tongban_bench_queues');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-bench-'));
  const tongban = await createTongban({ config: loadConfig({ DATABASE_URL: db.url, TONGBAN_SECRET_KEY: TEST_SECRET_KEY, LOG_LEVEL: 'warn', TONGBAN_DATA_DIR: dataDir }) });
  try {
    const ctx = makeCtx(tongban.platform, system, 'bench');
    await seedDemo(ctx);
    await seedDemoCatalog(ctx);
    const generated = performance.now();
    await generateCases(tongban.platform.database.db, cases);
    const generateMs = Math.round(performance.now() - generated);

    const signIn = async (identifier: string) => (await tongban.http.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { identifier, password: DEMO_PASSWORD } })).json<{ token: string }>().token;
    const reviewer = await signIn('reviewer.mzj');
    const leader = await signIn('leader');
    const get = (token: string, url: string) => async () => {
      const res = await tongban.http.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
      return res.json();
    };
    const queue = get(reviewer, '/api/v1/tasks');
    const redQueue = get(reviewer, '/api/v1/tasks?light=red&limit=50');
    const stats30 = get(leader, '/api/v1/statistics/cases');
    const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
    const stats365 = get(leader, `/api/v1/statistics/cases?from=${yearAgo}`);
    const shown = (await queue()) as unknown[];
    const stats = (await stats30()) as { submitted: number; running: number; overdue: number; onTimeRate: number };

    const d = tongban.platform.database.db;
    const [dept] = await queryRows<{ department_id: string }>(d, sql`SELECT department_id FROM postings p JOIN accounts a ON a.id = p.account_id WHERE a.username = 'reviewer.mzj' AND p.role = 'reviewer'`);
    const plans = {
      queue: await planOf(d, sql`SELECT * FROM review_tasks t JOIN applications a ON a.id = t.application_id
        WHERE t.department_id IN (${dept!.department_id}) AND t.status = 'open' ORDER BY t.due_on, t.opened_at LIMIT 100`),
      statisticsFiled: await planOf(d, sql`SELECT department_id, status, count(*) FROM applications
        WHERE submitted_at >= now() - interval '30 days' AND submitted_at < now() AND region_code LIKE '3399%' GROUP BY department_id, status`),
      statisticsRunning: await planOf(d, sql`SELECT department_id, count(*) FROM applications
        WHERE status IN ('submitted', 'in_review', 'supplement_requested') AND region_code LIKE '3399%' GROUP BY department_id`),
    };
    const [{ n: total }] = (await queryRows<{ n: number }>(d, sql`SELECT count(*)::int AS n FROM applications`)) as [{ n: number }];
    return {
      cases: total, generateMs, runs,
      reviewerQueue: { ...(await timeRuns(runs, 20, queue)), rows: shown.length },
      reviewerQueueRedOnly: await timeRuns(runs, 20, redQueue),
      leaderStatistics30Days: { ...(await timeRuns(runs, 20, stats30)), submitted: stats.submitted, running: stats.running, overdue: stats.overdue, onTimeRate: stats.onTimeRate },
      leaderStatistics365Days: await timeRuns(Math.max(20, Math.round(runs / 4)), 5, stats365),
      plans, note: `${round(total / 1e6, 2)} M cases; requests through the HTTP stack with authentication (inject), on PostgreSQL`,
    };
  } finally {
    await tongban.close();
    await db.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
