// Two Tongban processes on one PostgreSQL, as behind a load balancer: they share the job queue (each time-limit
// timer and each notification, SMS included, happens once), a session made on one works on the other and ends
// on both, and the sign-in rate limit counts attempts on both nodes together.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWANCE_APPLICATION, call, registerCitizensOver, signInOver, startTongbanProcess, type TongbanProcess } from '../test/process.js';
import { bringTimersDue, reliabilityDatabase, waitForJobs, type ReliabilityDb } from './support.js';

const RATE_LIMIT = 40;
let db: ReliabilityDb;
let a: TongbanProcess;
let b: TongbanProcess;
let sms: http.Server;
const texts: { to: string; text: string }[] = [];
const dirs: string[] = [];

beforeAll(async () => {
  db = await reliabilityDatabase('tongban_test_nodes');
  // The SMS gateway: a real HTTP server that records what it is asked to send.
  sms = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      texts.push(JSON.parse(body) as { to: string; text: string });
      res.writeHead(200).end('{}');
    });
  });
  await new Promise<void>((r) => sms.listen(0, '127.0.0.1', r));
  const node = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-node-'));
    dirs.push(dir);
    return { DATABASE_URL: db.url, TONGBAN_DATA_DIR: dir, TONGBAN_MODE: 'demo', SIGNIN_RATE_LIMIT: String(RATE_LIMIT), JOB_POLL_MS: '30',
      SMS_WEBHOOK_URL: `http://127.0.0.1:${(sms.address() as AddressInfo).port}/sms` };
  };
  a = await startTongbanProcess(node()); // seeds the demo city
  b = await startTongbanProcess(node()); // finds it seeded
});
afterAll(async () => {
  await a?.stop();
  await b?.stop();
  sms?.close();
  await db?.close();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('two nodes on one PostgreSQL', () => {
  it('share the work: every time-limit timer and every notification happens once', async () => {
    const citizens = [...await registerCitizensOver(a.baseUrl, 4, 0, 2, true), ...await registerCitizensOver(b.baseUrl, 4, 100, 2, true)];
    for (const [i, c] of citizens.entries()) {
      expect((await call(i % 2 ? a.baseUrl : b.baseUrl, 'PUT', '/api/v1/me/notification-preferences', { token: c.token, body: { smsEnabled: true } })).status).toBe(200);
    }
    const sent = await Promise.all(Array.from({ length: 40 }, (_, i) => call(i % 2 ? a.baseUrl : b.baseUrl, 'POST', '/api/v1/applications',
      { token: citizens[i % citizens.length]!.token, body: { ...ALLOWANCE_APPLICATION, idempotencyKey: `nodes-${String(i).padStart(6, '0')}` } })));
    expect(sent.map((s) => s.status)).toEqual(Array(40).fill(201));
    await waitForJobs(db);
    const timers = await bringTimersDue(db);
    expect(timers).toBe(80); // one for each case, one for each case's task
    await waitForJobs(db);

    // Both nodes took part.
    const workers = await db.query<{ node: string; n: number }>(`SELECT split_part(locked_by, ':', 2) AS node, count(*)::int AS n FROM jobs WHERE completed_at IS NOT NULL GROUP BY 1`);
    expect(workers.map((w) => w.node).sort()).toEqual([String(a.child.pid), String(b.child.pid)].sort());

    // Each timer fired once: one overdue alert per case and per task, whichever node ran it.
    const [alerts] = await db.query<{ overdue: number; task_overdue: number; events: number }>(`
      SELECT count(*) FILTER (WHERE kind = 'overdue')::int AS overdue, count(*) FILTER (WHERE kind = 'task_overdue')::int AS task_overdue,
        (SELECT count(*)::int FROM events WHERE type IN ('application.overdue', 'task.overdue')) AS events FROM timeline_entries`);
    expect(alerts).toEqual({ overdue: 40, task_overdue: 40, events: 80 });

    // Each notification once: two inbox messages per case (submitted, accepted), and each SMS copy sent once.
    const [inbox] = await db.query<{ n: number; distinct_keys: number }>(`SELECT count(*)::int AS n, count(DISTINCT dedupe_key)::int AS distinct_keys FROM inbox_messages WHERE template LIKE 'application.%'`);
    expect(inbox).toEqual({ n: 80, distinct_keys: 80 });
    const [copies] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM notification_deliveries WHERE channel = 'sms'`);
    const sentTexts = texts.map((t) => `${t.to}|${t.text}`);
    expect(copies!.n).toBe(80);
    expect(sentTexts.length).toBe(copies!.n);
    expect(new Set(sentTexts).size).toBe(sentTexts.length);
  });

  it('a session made on one node works on the other, and signing out on either ends it on both', async () => {
    const token = await signInOver(a.baseUrl, 'reviewer.gaj');
    expect((await call(b.baseUrl, 'GET', '/api/v1/me', { token })).status).toBe(200);
    expect((await call(b.baseUrl, 'POST', '/api/v1/auth/sign-out', { token })).status).toBe(204);
    expect((await call(a.baseUrl, 'GET', '/api/v1/me', { token })).status).toBe(401);
  });

  it('counts sign-in attempts on both nodes against one limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 2 * RATE_LIMIT; i++) {
      statuses.push((await call(i % 2 ? a.baseUrl : b.baseUrl, 'POST', '/api/v1/auth/sign-in', { body: { identifier: 'nobody', password: 'wrong-password-1' } })).status);
    }
    // Earlier tests signed in from this address too: whatever remained of the limit is shared, not doubled.
    const first429 = statuses.indexOf(429);
    expect(first429).toBeGreaterThan(0);
    expect(first429).toBeLessThanOrEqual(RATE_LIMIT);
    expect(statuses.slice(first429).every((s) => s === 429)).toBe(true); // refused on both nodes from then on
  });
});
