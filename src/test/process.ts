// A real `tongban start` in a child process, for the crash and multi-node tests and the benchmarks: the same
// command an operator runs, on its own database, killed with SIGKILL when a test wants a crash.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { idCheckChar } from '../platform/identifiers.js';
import { TEST_SECRET_KEY } from './harness.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface TongbanProcess {
  child: ChildProcess;
  baseUrl: string;
  /** Milliseconds from spawn to the first answered request. */
  startMs: number;
  output: () => string;
  /** SIGTERM and wait for the exit (graceful). */
  stop(): Promise<void>;
  /** SIGKILL: no chance to finish anything. */
  kill(): Promise<void>;
}

/** A TCP port free right now (for a child that must be reachable before it says where it listens). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => {
  if (child.exitCode !== null || child.signalCode !== null) resolve();
  else child.once('exit', () => resolve());
});

/**
 * Starts `tongban start` with the given environment (DATABASE_URL for PostgreSQL; otherwise the embedded database
 * in TONGBAN_DATA_DIR) and waits until it answers GET /readyz.
 */
export async function startTongbanProcess(env: Record<string, string>, opts: { timeoutMs?: number; nodeArgs?: string[] } = {}): Promise<TongbanProcess> {
  const port = await freePort();
  const dataDir = env.TONGBAN_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-proc-'));
  const started = performance.now();
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), path.join(repoRoot, 'bin/tongban.mjs'), 'start'], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), TONGBAN_SECRET_KEY: TEST_SECRET_KEY, LOG_LEVEL: 'warn',
      TONGBAN_DATA_DIR: dataDir, ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const keep = (chunk: Buffer) => { out = (out + chunk.toString()).slice(-20_000); };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + (opts.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`tongban start exited with ${child.exitCode}:\n${out}`);
    if (performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`tongban start did not answer within ${opts.timeoutMs ?? 120_000} ms:\n${out}`);
    }
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  const startMs = performance.now() - started;
  return {
    child, baseUrl, startMs, output: () => out,
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
  };
}

/** A new, empty database on the server of `serverUrl`, named with `prefix`; drop() removes it. */
export async function createDatabase(serverUrl: string, prefix: string, name = `${prefix}_${crypto.randomBytes(5).toString('hex')}`): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(), name,
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** JSON over HTTP with a bearer token: what a program talking to Tongban does. */
export async function call(baseUrl: string, method: string, url: string, opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await fetch(`${baseUrl}${url}`, {
    method,
    headers: { ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}), ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}), ...opts.headers },
    body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

export const DEMO_PASSWORD = 'demo-pass-2026';

export async function signInOver(baseUrl: string, identifier: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await call(baseUrl, 'POST', '/api/v1/auth/sign-in', { body: { identifier, password } });
  if (res.status !== 200) throw new Error(`sign-in of ${identifier}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token as string;
}

export const CITIZEN_PASSWORD = 'load-test-pass-42';

/**
 * Registers `n` citizens through POST /api/v1/auth/register (born in the 1930s, in 东湖区: old enough for 高龄津贴, which is checked at filing) and signs each in.
 * The server's SIGNIN_RATE_LIMIT must allow it. `offset` keeps ID numbers of several batches apart; with phones,
 * each gets a mobile number (139…).
 */
export async function registerCitizensOver(baseUrl: string, n: number, offset = 0, concurrency = 4, withPhones = false): Promise<{ personId: string; idNumber: string; token: string }[]> {
  const out: { personId: string; idNumber: string; token: string }[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < n; i = next++) {
      const k = offset + i;
      const body = `339902193${k % 10}${String(1 + (Math.floor(k / 10) % 12)).padStart(2, '0')}${String(1 + (Math.floor(k / 120) % 28)).padStart(2, '0')}${String(Math.floor(k / 3360) % 1000).padStart(3, '0')}`;
      const idNumber = body + idCheckChar(body);
      const reg = await call(baseUrl, 'POST', '/api/v1/auth/register', { body: { name: `压测${k}`, idNumber, password: CITIZEN_PASSWORD, ...(withPhones ? { phone: `139${String(k).padStart(8, '0')}` } : {}) } });
      if (reg.status !== 202) throw new Error(`register ${idNumber}: ${reg.status} ${JSON.stringify(reg.body)}`);
      const token = await signInOver(baseUrl, idNumber, CITIZEN_PASSWORD); // the answer to registration names nobody: ask who we are
      const me = await call(baseUrl, 'GET', '/api/v1/me', { token });
      out.push({ personId: me.body.person.id, idNumber, token });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return out;
}

/** A real application a citizen can file with nothing to upload: 高龄津贴 (demo catalog), accepted at once. */
export const ALLOWANCE_APPLICATION = { itemCode: 'elderly-longevity-allowance', formData: { payment: { method: 'social-security-card' } } };
