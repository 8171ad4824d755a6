// `npm run bench [-- part…]`: runs the benchmark parts named (all by default), prints their figures and writes
// them as JSON under bench/results/. Parts arrive with their issues; each prints what it measured.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSearchBench } from './search.js';
import { runWebBench } from './web.js';
import { runPoliciesBench } from './policies.js';
import { runSoakBench } from './soak.js';
import { runStartBench } from './start.js';
import { runQueuesBench } from './queues.js';
import { runSubmitBench } from './submit.js';

// One line per part, each in its own file. `soak` runs only when named (it takes minutes).
const parts: Record<string, () => Promise<Record<string, unknown>> | Record<string, unknown>> = {
  search: () => runSearchBench(),
  web: () => runWebBench(),
  policies: () => runPoliciesBench(),
  submit: () => runSubmitBench(),
  queues: () => runQueuesBench(),
  start: () => runStartBench(),
  soak: () => runSoakBench(),
};
const onlyWhenNamed = new Set(['soak']);

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !parts[w]);
if (unknown.length) {
  console.error(`Unknown part(s): ${unknown.join(', ')}. Parts: ${Object.keys(parts).join(', ')}`);
  process.exit(2);
}
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
const file = path.join(dir, 'latest.json');
// Parts not run this time keep their last figures (each part records when it ran).
const results: Record<string, unknown> = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown> : {};
Object.assign(results, { at: new Date().toISOString(), node: process.version, cpus: os.cpus().length });
for (const name of wanted.length ? wanted : Object.keys(parts).filter((p) => !onlyWhenNamed.has(p))) {
  const figures = await parts[name]!();
  // The load average says how much else the machine was doing: figures from a busy machine are not comparable.
  results[name] = { ...figures, measuredAt: new Date().toISOString(), loadAverage1m: Math.round(os.loadavg()[0]! * 10) / 10 };
  console.log(`${name}:`, JSON.stringify(results[name]));
}
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
