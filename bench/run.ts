// `npm run bench [-- part…]`: runs the benchmark parts named (all by default), prints their figures and writes
// them as JSON under bench/results/. Parts arrive with their issues; each prints what it measured.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSearchBench } from './search.js';
import { runWebBench } from './web.js';

const parts: Record<string, () => Promise<Record<string, unknown>> | Record<string, unknown>> = {
  search: () => runSearchBench(),
  web: () => runWebBench(),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !parts[w]);
if (unknown.length) {
  console.error(`Unknown part(s): ${unknown.join(', ')}. Parts: ${Object.keys(parts).join(', ')}`);
  process.exit(2);
}
const results: Record<string, unknown> = { at: new Date().toISOString(), node: process.version };
for (const name of wanted.length ? wanted : Object.keys(parts)) {
  const figures = await parts[name]!();
  results[name] = figures;
  console.log(`${name}:`, JSON.stringify(figures));
}
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
