// ctx: what every service function receives. The actor, the database handle (a transaction inside
// withTransaction), the clock, the request id, and the platform's shared services.
import crypto from 'node:crypto';
import type { Logger } from 'pino';
import type { Actor } from './actor.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Keyring } from './crypto.js';
import type { Database, Db } from './db.js';
import type { JobRegistry } from './jobs.js';
import { flushAudit, type PendingAudit } from './audit.js';
import { flushOutbox, type PendingOutbox } from './jobs.js';

/** Shared by every request of one running Tongban. */
export interface Platform {
  config: Config;
  database: Database;
  keyring: Keyring;
  clock: Clock;
  logger: Logger;
  jobs: JobRegistry;
}

export interface TxState {
  pendingAudit: PendingAudit[];
  pendingOutbox: PendingOutbox;
  /**
   * Writes a module gathered during the transaction, made in one statement just before commit (a case's timeline
   * entries): one round trip instead of one per entry. Keyed so that a module registers its flush once.
   */
  beforeCommit: Map<string, (tx: Ctx) => Promise<void>>;
}

export interface Ctx {
  platform: Platform;
  actor: Actor;
  db: Db;
  clock: Clock;
  requestId: string;
  tx: TxState | null; // set inside withTransaction
}

export function makeCtx(platform: Platform, actor: Actor, requestId: string = crypto.randomUUID()): Ctx {
  return { platform, actor, db: platform.database.db, clock: platform.clock, requestId, tx: null };
}

export const withActor = (ctx: Ctx, actor: Actor): Ctx => ({ ...ctx, actor });

/**
 * Runs fn in one database transaction. Audit entries and outbox events written through ctx commit with it
 * or not at all. Nested calls join the outer transaction.
 */
export async function withTransaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.tx) return fn(ctx);
  return ctx.platform.database.db.transaction(async (dbTx) => {
    const txCtx: Ctx = { ...ctx, db: dbTx as unknown as Db, tx: { pendingAudit: [], pendingOutbox: { events: [], jobs: [] }, beforeCommit: new Map() } };
    const result = await fn(txCtx);
    await flushBeforeCommit(txCtx);
    return result;
  });
}

/** Makes the writes gathered in the transaction: the modules' first, then the outbox, then the audit chain. */
async function flushBeforeCommit(tx: Ctx): Promise<void> {
  const state = tx.tx!;
  for (const [key, flush] of state.beforeCommit) {
    state.beforeCommit.delete(key);
    await flush(tx);
  }
  await flushOutbox(tx);
  await flushAudit(tx); // last, so the chain's lock is held only for the commit
}

export function newId(): string {
  return crypto.randomUUID();
}
