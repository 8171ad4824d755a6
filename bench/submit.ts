// Submitting applications end to end on PostgreSQL: many signed-in citizens file real applications through HTTP
// against a real `tongban start` (validation, case, timeline, tasks, timers, audit, outbox) while its job runner
// delivers the events. pgbench's TPC-B-like run on the same server with the same client count, in the same run,
// is the reference. Targets (DESIGN.md): at least 40% of pgbench's tps, p99 under 100 ms.
import autocannon from 'autocannon';
import pg from 'pg';
import { ALLOWANCE_APPLICATION, createDatabase, registerCitizensOver, startTongbanProcess } from '../src/test/process.js';
import { benchServerUrl, ensurePgbench, envNumber, round, runPgbench } from './support.js';

function load(baseUrl: string, tokens: string[], connections: number, seconds: number, tag: string) {
  let n = 0;
  return autocannon({
    url: baseUrl, connections, duration: seconds,
    requests: [{
      method: 'POST', path: '/api/v1/applications',
      setupRequest: (req) => {
        n += 1;
        return { ...req, headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[n % tokens.length]}` },
          body: JSON.stringify({ ...ALLOWANCE_APPLICATION, idempotencyKey: `${tag}-${String(n).padStart(8, "0")}` }) };
      },
    }],
  });
}

async function waitForOutbox(url: string, timeoutMs: number): Promise<{ drainedMs: number | null; pending: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  try {
    for (;;) {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM jobs WHERE completed_at IS NULL AND failed_at IS NULL AND run_at <= now()`);
      const pending = rows[0].n as number;
      if (pending === 0) return { drainedMs: Math.round(performance.now() - started), pending };
      if (performance.now() - started > timeoutMs) return { drainedMs: null, pending };
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await client.end();
  }
}

export async function runSubmitBench() {
  const connections = envNumber('BENCH_CONNECTIONS', 10);
  const seconds = envNumber('BENCH_SECONDS', 20);
  const users = envNumber('BENCH_USERS', 200);
  const serverUrl = benchServerUrl();

  ensurePgbench();
  const refDb = await createDatabase(serverUrl, 'tongban_bench_pgbench', 'tongban_bench_pgbench');
  let reference;
  try {
    reference = runPgbench(refDb.url, connections, seconds, Math.max(10, connections));
  } finally {
    await refDb.drop();
  }

  const db = await createDatabase(serverUrl, 'tongban_bench_submit', 'tongban_bench_submit');
  const server = await startTongbanProcess({ DATABASE_URL: db.url, TONGBAN_MODE: 'demo', SIGNIN_RATE_LIMIT: '10000' }, { timeoutMs: 300_000 });
  try {
    const citizens = await registerCitizensOver(server.baseUrl, users);
    const tokens = citizens.map((c) => c.token);
    await load(server.baseUrl, tokens, connections, 3, 'warmup');
    await waitForOutbox(db.url, 60_000);
    const r = await load(server.baseUrl, tokens, connections, seconds, 'bench');
    const outbox = await waitForOutbox(db.url, 120_000);
    const tps = round(r.requests.average);
    const errors = r.errors + r.timeouts + r.non2xx;
    return {
      connections, seconds, users, item: ALLOWANCE_APPLICATION.itemCode,
      submitted: r['2xx'], errors, non2xx: r.non2xx, timeouts: r.timeouts,
      throughputPerSecond: tps, latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
      outboxDrainedAfterLoadMs: outbox.drainedMs, outboxPending: outbox.pending,
      pgbench: reference,
      ratioToPgbench: round(tps / reference.tps, 3),
      target: { ratioToPgbench: 0.4, p99Ms: 100 },
      met: { ratio: tps / reference.tps >= 0.4, p99: r.latency.p99 < 100, noErrors: errors === 0 },
    };
  } finally {
    await server.stop();
    await db.drop();
  }
}
