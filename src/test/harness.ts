// Test harness: a whole Tongban on a fresh database (in-memory PGlite, or a new database on the PostgreSQL
// server in TEST_DATABASE_URL when the suite runs as the `postgres` project), with a manual clock and the logs
// captured. Each call gets its own database; close() drops it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createTongban, type Tongban } from '../app.js';
import type { Actor } from '../platform/actor.js';
import { system } from '../platform/actor.js';
import { ManualClock } from '../platform/clock.js';
import { loadConfig, type Config } from '../platform/config.js';
import { makeCtx, withActor, type Ctx } from '../platform/context.js';
import { openDatabase, queryRows, type Database } from '../platform/db.js';
import { createLogger } from '../platform/logger.js';

export const TEST_SECRET_KEY = Buffer.alloc(32, 7).toString('base64');

export interface TestApp {
  tongban: Tongban;
  clock: ManualClock;
  logs: string[];
  config: Config;
  /** A ctx acting as the platform itself (seeding, jobs). */
  system: Ctx;
  ctxFor(actor: Actor): Ctx;
  /** Rows in a table, to show that a refused request stored nothing. */
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

export const usesPostgres = () => process.env.TONGBAN_TEST_DB === 'postgres';

// Starting PGlite from a migrated copy is several times faster than initdb plus migrations for every test.
let pgliteTemplate: Promise<Blob> | null = null;

function migratedTemplate(): Promise<Blob> {
  pgliteTemplate ??= (async () => {
    const db = await openDatabase({ kind: 'pglite' });
    await db.migrate();
    const blob = await db.dumpDataDir!();
    await db.close();
    return blob;
  })();
  return pgliteTemplate;
}

async function freshDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (!usesPostgres()) return { database: await openDatabase({ kind: 'pglite', loadDataDir: await migratedTemplate() }), drop: async () => undefined };
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is required for the postgres test project');
  const name = `tongban_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5 });
  return {
    database,
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function startTestApp(opts: { now?: string; env?: Record<string, string>; web?: boolean } = {}): Promise<TestApp> {
  const clock = new ManualClock(opts.now ?? '2026-03-02T09:00:00+08:00'); // a Monday
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-test-')); // uploaded files and the like
  const config = loadConfig({ LOG_LEVEL: 'info', TONGBAN_SECRET_KEY: TEST_SECRET_KEY, TONGBAN_DATA_DIR: dataDir, ...opts.env });
  const logs: string[] = [];
  const logger = createLogger(config.logLevel, { write: (line: string) => logs.push(line) });
  const { database, drop } = await freshDatabase();
  const tongban = await createTongban({ config, database, clock, logger, web: opts.web ?? false });
  const base = makeCtx(tongban.platform, system, 'test');
  return {
    tongban, clock, logs, config, system: base,
    ctxFor: (actor) => withActor(makeCtx(tongban.platform, system, `test-${crypto.randomUUID()}`), actor),
    count: async (table) => (await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`))[0]!.n,
    close: async () => {
      await tongban.close();
      await drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
