// What the benchmark parts share: the PostgreSQL server they measure on, pgbench, percentiles.
import { execFileSync, spawnSync } from 'node:child_process';

/** The server the PostgreSQL parts use; each part makes its own database named with "bench" on it. */
export const benchServerUrl = () => process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const envNumber = (name: string, fallback: number) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new Error(`${name} must be a whole number, not ${raw}`);
  return Number(raw);
};

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Times `fn` `runs` times after `warmup` untimed runs; milliseconds at p50/p95/p99. */
export async function timeRuns(runs: number, warmup: number, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < warmup; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { runs, p50Ms: round(percentile(times, 50), 2), p95Ms: round(percentile(times, 95), 2), p99Ms: round(percentile(times, 99), 2) };
}

const hasPgbench = () => spawnSync('pgbench', ['--version'], { stdio: 'ignore' }).status === 0;

/** pgbench, installed from Debian's packages if it is missing (the bench may do that on a fresh machine). */
export function ensurePgbench(): void {
  if (hasPgbench()) return;
  console.log('pgbench is missing: installing Debian\'s postgresql-contrib (it brings pgbench)…');
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const run = (args: string[]) => execFileSync(asRoot[0] ?? args[0]!, [...asRoot.slice(1), ...(asRoot.length ? args : args.slice(1))], { stdio: 'inherit' });
  run(['apt-get', 'update']);
  run(['apt-get', 'install', '-y', '--no-install-recommends', 'postgresql-contrib']);
  if (!hasPgbench()) throw new Error('pgbench is still missing after installing postgresql-contrib');
}

/** pgbench's TPC-B-like run: initialise at `scale`, then `clients` clients for `seconds`. */
export function runPgbench(url: string, clients: number, seconds: number, scale: number) {
  execFileSync('pgbench', ['-i', '-q', '-s', String(scale), url], { stdio: 'ignore' });
  const out = execFileSync('pgbench', ['-n', '-c', String(clients), '-j', String(Math.min(clients, 2)), '-T', String(seconds), url], { encoding: 'utf8' });
  const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1]);
  const latencyMs = Number(/latency average = ([\d.]+) ms/.exec(out)?.[1]);
  if (!Number.isFinite(tps)) throw new Error(`could not read pgbench's tps from:\n${out}`);
  return { tps: round(tps), latencyAverageMs: latencyMs, clients, seconds, scale };
}
