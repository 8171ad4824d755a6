// Submitting applications end to end on PostgreSQL: many signed-in citizens file real applications through HTTP
// against a real `tongban start` (validation, case, timeline, tasks, timers, audit, outbox) while its job runner
// delivers the events. pgbench's TPC-B-like run on the same server with the same client count, in the same run,
// is the reference. Targets (DESIGN.md): at least 40% of pgbench's tps, p99 under 100 ms.
import fs from 'node:fs';
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

/** CPU seconds a process has used (user + system), from /proc. */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The whole machine's busy and idle CPU seconds, from /proc/stat: other work competing for the cores shows here. */
function machineCpu(): { busy: number; idle: number } {
  const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  return { busy: (f[0]! + f[1]! + f[2]! + f[5]! + f[6]! + f[7]!) / 100, idle: (f[3]! + f[4]!) / 100 };
}

async function databaseCounters(url: string, name: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT xact_commit::int AS commits, tup_inserted::int AS inserted, tup_updated::int AS updated FROM pg_stat_database WHERE datname = $1`, [name]);
    return rows[0] as { commits: number; inserted: number; updated: number };
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
    const pid = server.child.pid!;
    const [cpu0, machine0, stats0] = [cpuSeconds(pid), machineCpu(), await databaseCounters(db.url, db.name)];
    const r = await load(server.baseUrl, tokens, connections, seconds, 'bench');
    const outbox = await waitForOutbox(db.url, 120_000);
    // Everything one submission cost, its outbox deliveries included (the load's backlog is drained by now).
    const [cpu1, machine1, stats1] = [cpuSeconds(pid), machineCpu(), await databaseCounters(db.url, db.name)];
    const per = (x: number) => round(x / Math.max(1, r['2xx']), 2);
    const tps = round(r.requests.average);
    const errors = r.errors + r.timeouts + r.non2xx;
    return {
      connections, seconds, users, item: ALLOWANCE_APPLICATION.itemCode,
      submitted: r['2xx'], errors, non2xx: r.non2xx, timeouts: r.timeouts,
      throughputPerSecond: tps, latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
      outboxDrainedAfterLoadMs: outbox.drainedMs, outboxPending: outbox.pending,
      perSubmission: { tongbanCpuMs: per((cpu1 - cpu0) * 1000), commits: per(stats1.commits - stats0.commits), rowsInserted: per(stats1.inserted - stats0.inserted),
        rowsUpdated: per(stats1.updated - stats0.updated) },
      machineBusyShare: round((machine1.busy - machine0.busy) / Math.max(0.01, machine1.busy - machine0.busy + machine1.idle - machine0.idle), 2),
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
