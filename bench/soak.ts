// Soak: minutes of mixed traffic (citizens submitting and reading their cases, catalog searches, a reviewer's
// queue) against a real `tongban start` on PostgreSQL, sampling the process's memory (RSS from /proc, V8 heap
// from /metrics). Memory is "flat" when, after the first quarter (warm-up), neither the heap's floor (the lowest
// sample of a quarter: what survives collections) nor the RSS keeps growing: the last quarter within 15% of the
// second.
import fs from 'node:fs';
import autocannon from 'autocannon';
import { ALLOWANCE_APPLICATION, call, createDatabase, registerCitizensOver, signInOver, startTongbanProcess } from '../src/test/process.js';
import { benchServerUrl, envNumber, round } from './support.js';

const MB = 1024 * 1024;

function rssOf(pid: number): number {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0) * 1024;
}

async function heapUsed(baseUrl: string): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  return Number(/^tongban_nodejs_heap_size_used_bytes (\d+(?:\.\d+)?)/m.exec(text)?.[1] ?? 0);
}

const floor = (xs: number[]) => (xs.length ? Math.min(...xs) : 0);

export async function runSoakBench() {
  const seconds = envNumber('SOAK_SECONDS', 180);
  const sampleEvery = envNumber('SOAK_SAMPLE_SECONDS', 2);
  const connections = envNumber('SOAK_CONNECTIONS', 4);
  const db = await createDatabase(benchServerUrl(), 'tongban_bench_soak', 'tongban_bench_soak');
  const server = await startTongbanProcess({ DATABASE_URL: db.url, TONGBAN_MODE: 'demo', SIGNIN_RATE_LIMIT: '10000' }, { timeoutMs: 300_000 });
  try {
    const citizens = await registerCitizensOver(server.baseUrl, 30);
    const reviewer = await signInOver(server.baseUrl, 'reviewer.mzj');
    let n = 0;
    const citizenToken = () => citizens[n++ % citizens.length]!.token;
    const auth = (token: string) => ({ authorization: `Bearer ${token}` });
    const queries = ['生孩子要办什么', '退休金怎么领', '身份证丢了', '老人补贴', '开公司'];
    const samples: { t: number; rssMb: number; heapMb: number }[] = [];
    const started = Date.now();
    const sampler = setInterval(() => {
      void heapUsed(server.baseUrl).then((heap) => samples.push({ t: Math.round((Date.now() - started) / 1000), rssMb: round(rssOf(server.child.pid!) / MB), heapMb: round(heap / MB) }));
    }, sampleEvery * 1000);
    const result = await autocannon({
      url: server.baseUrl, connections, duration: seconds,
      requests: [
        { method: 'POST', path: '/api/v1/applications', setupRequest: (req) => ({ ...req, headers: { 'content-type': 'application/json', ...auth(citizenToken()) },
          body: JSON.stringify({ ...ALLOWANCE_APPLICATION, idempotencyKey: `soak-${String(n).padStart(8, '0')}` }) }) },
        { method: 'GET', path: '/api/v1/applications?limit=20', setupRequest: (req) => ({ ...req, headers: auth(citizenToken()) }) },
        { method: 'GET', setupRequest: (req) => ({ ...req, path: `/api/v1/catalog/search?q=${encodeURIComponent(queries[n++ % queries.length]!)}` }) },
        { method: 'GET', path: '/api/v1/tasks?limit=50', setupRequest: (req) => ({ ...req, headers: auth(reviewer) }) },
        { method: 'GET', path: '/api/v1/me', setupRequest: (req) => ({ ...req, headers: auth(citizenToken()) }) },
      ],
    });
    clearInterval(sampler);
    const q = Math.floor(samples.length / 4);
    const quarter = (i: number, k: 'heapMb' | 'rssMb') => samples.slice(i * q, i === 3 ? undefined : (i + 1) * q).map((s) => s[k]);
    const growth = (k: 'heapMb' | 'rssMb') => (floor(quarter(1, k)) ? floor(quarter(3, k)) / floor(quarter(1, k)) - 1 : 0);
    const health = await call(server.baseUrl, 'GET', '/readyz');
    return {
      seconds, connections, requests: result.requests.total, perSecond: round(result.requests.average), non2xx: result.non2xx, errors: result.errors + result.timeouts,
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
      heapMb: { secondQuarterFloor: floor(quarter(1, 'heapMb')), lastQuarterFloor: floor(quarter(3, 'heapMb')), growth: round(growth('heapMb'), 3), max: Math.max(...samples.map((s) => s.heapMb)) },
      rssMb: { secondQuarterFloor: floor(quarter(1, 'rssMb')), lastQuarterFloor: floor(quarter(3, 'rssMb')), growth: round(growth('rssMb'), 3), max: Math.max(...samples.map((s) => s.rssMb)) },
      memoryFlat: growth('heapMb') < 0.15 && growth('rssMb') < 0.15, readyAfter: health.status === 200, samples,
    };
  } finally {
    await server.stop();
    await db.drop();
  }
}
