// Rate limits that hold across nodes. @fastify/rate-limit keeps its counters in the process by default, so two
// nodes behind a load balancer would each allow the full limit. On PostgreSQL the counters live in one table
// (`rate_limit_counters`), counted with one upsert per request on the database's clock; no other server is
// needed. The embedded database has one process by definition, and keeps the in-memory store.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db.js';

type Callback = (err: Error | null, result?: { current: number; ttl: number }) => void;

interface RouteLimitOptions { routeInfo?: { method?: string | string[]; url?: string } }

// One in this many increments also sweeps windows that ended an hour ago or more: the table stays small.
const SWEEP_EVERY = 500;

/** A store class for @fastify/rate-limit's `store` option, bound to one database. */
export function postgresRateLimitStore(db: Db) {
  let calls = 0;
  return class PostgresRateLimitStore {
    constructor(_global?: unknown, private readonly namespace = 'global') {}

    incr(key: string, cb: Callback, timeWindow: number): void {
      const k = `${this.namespace}|${key}`;
      calls += 1;
      const sweep = calls % SWEEP_EVERY === 0;
      queryRows<{ hits: number; ttl: number }>(db, sql`
        INSERT INTO rate_limit_counters (key, hits, window_ends_at)
        VALUES (${k}, 1, now() + ${timeWindow} * interval '1 millisecond')
        ON CONFLICT (key) DO UPDATE SET
          hits = CASE WHEN rate_limit_counters.window_ends_at <= now() THEN 1 ELSE rate_limit_counters.hits + 1 END,
          window_ends_at = CASE WHEN rate_limit_counters.window_ends_at <= now() THEN EXCLUDED.window_ends_at ELSE rate_limit_counters.window_ends_at END
        RETURNING hits, greatest(0, ceil(extract(epoch FROM window_ends_at - now()) * 1000))::int AS ttl`)
        .then(async ([row]) => {
          if (sweep) await db.execute(sql`DELETE FROM rate_limit_counters WHERE window_ends_at < now() - interval '1 hour'`);
          cb(null, { current: row!.hits, ttl: row!.ttl });
        }, (err: Error) => cb(err));
    }

    read(key: string, cb: Callback): void {
      queryRows<{ hits: number; ttl: number }>(db, sql`
        SELECT hits, greatest(0, ceil(extract(epoch FROM window_ends_at - now()) * 1000))::int AS ttl
        FROM rate_limit_counters WHERE key = ${`${this.namespace}|${key}`} AND window_ends_at > now()`)
        .then(([row]) => cb(null, row ? { current: row.hits, ttl: row.ttl } : { current: 0, ttl: 0 }), (err: Error) => cb(err));
    }

    /** Each route with its own limit counts separately, as the in-memory store does. */
    child(options: object): PostgresRateLimitStore {
      // At run time the plugin passes the route's merged limit options, with the route under `routeInfo`.
      const route = (options as RouteLimitOptions).routeInfo;
      const method = route?.method;
      return new PostgresRateLimitStore(undefined, `${Array.isArray(method) ? method.join(',') : method ?? ''} ${route?.url ?? ''}`);
    }
  };
}
