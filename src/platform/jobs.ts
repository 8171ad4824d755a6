// Jobs and timers on PostgreSQL: rows in `jobs`, claimed with FOR UPDATE SKIP LOCKED so any number of nodes
// share the work and each job runs on one of them at a time. A handler's database effects and the job's
// completion commit together, so a job that succeeded is never run again; one that failed is retried with
// exponential back-off; a node that dies mid-job loses its lease and another node takes the job over.
import os from 'node:os';
import { and, eq, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { system } from './actor.js';
import type { Clock } from './clock.js';
import { makeCtx, newId, withTransaction, type Ctx, type Platform } from './context.js';
import { queryRows } from './db.js';
import { EventCatalog, type EventEnvelope, type EventMap, type EventName, type EventOf, type EventSchemas } from './events.js';
import { events, jobs } from './schema.js';

export type { EventEnvelope, EventMap, EventName, EventOf } from './events.js';

export type JobHandler = (ctx: Ctx, payload: Record<string, unknown>) => Promise<void>;

/** Handles one of the events `K`; its payload has the declared type of the event it was given. */
export type EventHandler<K extends EventName = EventName> = (ctx: Ctx, event: EventOf<K>) => Promise<void>;

interface HandlerEntry {
  handle: JobHandler;
  maxAttempts: number;
}

const LEASE_MS = 5 * 60_000;

export function backoffMs(attempts: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempts - 1), 3_600_000); // 1 s, 2 s, 4 s … at most an hour
}

/** Which handlers exist and which events they listen to. One per running Tongban. */
export class JobRegistry {
  private readonly handlers = new Map<string, HandlerEntry>();
  private readonly subscribers = new Map<string, string[]>(); // event type -> handler names
  /** The declared events and their compiled payload schemas. */
  readonly events = new EventCatalog();

  /** Declares a module's events (its events.ts); emitting or subscribing to an undeclared event throws. */
  declareEvents(schemas: EventSchemas): void {
    this.events.declare(schemas);
  }

  define(name: string, handle: JobHandler, opts: { maxAttempts?: number } = {}): void {
    if (this.handlers.has(name)) throw new Error(`Job handler ${name} is defined twice`);
    this.handlers.set(name, { handle, maxAttempts: opts.maxAttempts ?? 10 });
  }

  /** `name` must stay stable: queued deliveries refer to it. Handlers must be idempotent (at-least-once). */
  subscribe<K extends EventName>(eventType: K, name: string, handle: EventHandler<K>, opts: { maxAttempts?: number } = {}): void {
    if (!this.events.has(eventType)) throw new Error(`${name} subscribes to ${eventType}, which no module declares`);
    // The payload was checked against the event's schema when it was emitted, and went through JSON since.
    this.define(name, (ctx, payload) => handle(ctx, payload as unknown as EventOf<K>), opts);
    this.subscribers.set(eventType, [...(this.subscribers.get(eventType) ?? []), name]);
  }

  subscribersOf(eventType: string): string[] {
    return this.subscribers.get(eventType) ?? [];
  }

  get(name: string): HandlerEntry | undefined {
    return this.handlers.get(name);
  }

  names(): string[] {
    return [...this.handlers.keys()];
  }
}

type EventRow = typeof events.$inferInsert;
type JobRow = typeof jobs.$inferInsert;

/** Outbox rows written through a transaction's ctx; they are inserted just before it commits. */
export interface PendingOutbox {
  events: EventRow[];
  jobs: JobRow[];
}

/**
 * Writes an event to the outbox in the caller's transaction, with one delivery job per subscriber.
 * If the transaction rolls back, the event never happened. The rows are gathered and inserted just before the
 * commit (two statements however many events the transaction emits); nothing in a transaction reads them back.
 */
export async function emit<K extends EventName>(ctx: Ctx, type: K, payload: EventMap[K]): Promise<string> {
  if (!ctx.tx) return withTransaction(ctx, (tx) => emit(tx, type, payload));
  // A payload the types let through (a cast, a spread of a wider object) is still refused here, before it is stored.
  ctx.platform.jobs.events.check(type, payload);
  const id = newId();
  const occurredAt = ctx.clock.now();
  const pending = ctx.tx.pendingOutbox;
  pending.events.push({ id, type, payload: payload as Record<string, unknown>, occurredAt, requestId: ctx.requestId });
  const envelope: EventEnvelope = { id, type, payload, occurredAt: occurredAt.toISOString() };
  for (const name of ctx.platform.jobs.subscribersOf(type)) {
    pending.jobs.push({
      id: newId(), name, payload: envelope as unknown as Record<string, unknown>, eventId: id,
      dedupeKey: `${name}:${id}`, runAt: occurredAt, maxAttempts: ctx.platform.jobs.get(name)?.maxAttempts ?? 10, createdAt: occurredAt,
    });
  }
  return id;
}

/** A timer: run handler `name` at `runAt`. With a dedupe key, scheduling the same timer twice is a no-op. */
export async function scheduleJob(ctx: Ctx, input: { name: string; runAt: Date; payload: Record<string, unknown>; dedupeKey?: string }): Promise<void> {
  const entry = ctx.platform.jobs.get(input.name);
  if (!entry) throw new Error(`No job handler named ${input.name}`);
  const row: JobRow = {
    id: newId(), name: input.name, payload: input.payload, runAt: input.runAt, dedupeKey: input.dedupeKey ?? null,
    maxAttempts: entry.maxAttempts, createdAt: ctx.clock.now(),
  };
  if (ctx.tx) ctx.tx.pendingOutbox.jobs.push(row);
  else await insertJobs(ctx, [row]);
}

/** A row whose dedupe key is taken already is skipped: the timer was set before. */
function insertJobs(ctx: Ctx, rows: JobRow[]) {
  return ctx.db.insert(jobs).values(rows).onConflictDoNothing({ target: jobs.dedupeKey });
}

/** Inserts the transaction's outbox rows; withTransaction calls it before the commit. */
export async function flushOutbox(ctx: Ctx): Promise<void> {
  const pending = ctx.tx?.pendingOutbox;
  if (!pending) return;
  const eventRows = pending.events.splice(0);
  const jobRows = pending.jobs.splice(0);
  if (eventRows.length > 0) await ctx.db.insert(events).values(eventRows);
  if (jobRows.length > 0) {
    // Two timers with one key in one statement: the first wins, as it would have one statement at a time.
    const seen = new Set<string>();
    await insertJobs(ctx, jobRows.filter((r) => !r.dedupeKey || (!seen.has(r.dedupeKey) && seen.add(r.dedupeKey))));
  }
}

interface Claimed {
  id: string;
  name: string;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
}

/** Polls for due jobs and runs them. Start one per node; stop it before closing the database. */
export class JobRunner {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = true;
  readonly nodeId = `${os.hostname()}:${process.pid}:${newId().slice(0, 8)}`;

  constructor(private readonly platform: Platform, private readonly logger: Logger, private readonly clock: Clock = platform.clock) {}

  start(pollMs: number): void {
    this.stopped = false;
    const tick = () => {
      this.running = this.runDue().catch((err: unknown) => this.logger.error({ err }, 'job poll failed')).finally(() => {
        if (!this.stopped) this.timer = setTimeout(tick, pollMs);
      });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Claims and runs every job due now, in batches. Returns how many ran (succeeded or failed). */
  async runDue(batchSize = 20): Promise<number> {
    // Only a drain the poller started ends early on stop(); a runner never started (tests, one-off runs) is
    // "stopped" from the outset and must still drain every batch.
    const polling = !this.stopped;
    let total = 0;
    for (;;) {
      const claimed = await this.claim(batchSize);
      for (const job of claimed) await this.runOne(job);
      total += claimed.length;
      if (claimed.length < batchSize || (polling && this.stopped)) return total;
    }
  }

  private async claim(limit: number): Promise<Claimed[]> {
    const names = this.platform.jobs.names();
    if (names.length === 0) return [];
    const now = this.clock.now();
    const leaseUntil = new Date(now.getTime() + LEASE_MS);
    return queryRows<Claimed>(this.platform.database.db, sql`
      UPDATE jobs SET locked_by = ${this.nodeId}, locked_until = ${leaseUntil.toISOString()}, attempts = attempts + 1
      WHERE id IN (
        SELECT id FROM jobs
        WHERE completed_at IS NULL AND failed_at IS NULL AND run_at <= ${now.toISOString()}
          AND (locked_until IS NULL OR locked_until <= ${now.toISOString()})
          AND name IN (${sql.join(names.map((n) => sql`${n}`), sql`, `)})
        ORDER BY run_at, id LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING id, name, payload, attempts, max_attempts`);
  }

  private async runOne(job: Claimed): Promise<void> {
    const entry = this.platform.jobs.get(job.name);
    if (!entry) return;
    const ctx = makeCtx(this.platform, system, `job:${job.id}`);
    try {
      await withTransaction(ctx, async (tx) => {
        await entry.handle(tx, job.payload);
        // Completion commits with the handler's effects: a job whose effects committed is never repeated.
        await tx.db.update(jobs).set({ completedAt: tx.clock.now(), lockedUntil: null, lastError: null })
          .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, this.nodeId)));
      });
    } catch (err) {
      const now = this.clock.now();
      const giveUp = job.attempts >= job.max_attempts;
      const message = err instanceof Error ? err.message : String(err);
      this.logger.warn({ job: job.name, jobId: job.id, attempts: job.attempts, giveUp, err: message }, 'job failed');
      await this.platform.database.db.update(jobs).set({
        lockedUntil: null, lastError: message.slice(0, 2000),
        ...(giveUp ? { failedAt: now } : { runAt: new Date(now.getTime() + backoffMs(job.attempts)) }),
      }).where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, this.nodeId)));
    }
  }
}
