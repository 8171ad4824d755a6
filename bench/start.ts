// Cold start of `tongban start` on the embedded database (PGlite), from spawning the process to the first
// answered request (GET /readyz): on an empty data folder (create the database, migrate, seed the demo city and
// its catalog) and again on the folder that start left behind (an ordinary restart).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTongbanProcess } from '../src/test/process.js';
import { envNumber, round } from './support.js';

export async function runStartBench() {
  const restarts = envNumber('BENCH_RESTARTS', 3);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-bench-start-'));
  try {
    const first = await startTongbanProcess({ TONGBAN_DATA_DIR: dataDir, TONGBAN_MODE: 'demo' }, { timeoutMs: 300_000 });
    await first.stop();
    const again: number[] = [];
    for (let i = 0; i < restarts; i++) {
      const p = await startTongbanProcess({ TONGBAN_DATA_DIR: dataDir, TONGBAN_MODE: 'demo' }, { timeoutMs: 300_000 });
      again.push(p.startMs);
      await p.stop();
    }
    again.sort((a, b) => a - b);
    return { database: 'pglite', firstStartMs: Math.round(first.startMs), restartMs: again.map(Math.round), restartMedianMs: round(again[Math.floor(again.length / 2)]!, 0) };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
