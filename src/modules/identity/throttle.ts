// Sign-in throttling (issue 13 item 9). Wrong passwords are counted three ways, each in a window as long as the
// lockout (SIGNIN_LOCKOUT_MINUTES):
// - per (identifier, client address): SIGNIN_MAX_FAILURES in the window lock that pair: the guesser at that
//   address waits, the owner elsewhere does not notice;
// - per client address, over all identifiers: ADDRESS_FACTOR × as many lock the address (password spraying);
// - per identifier, over all addresses: ACCOUNT_FACTOR × as many lock the identifier (guessing from many
//   addresses), except from an address the account has signed in from before (KNOWN_ADDRESS_DAYS): nobody can lock
//   an owner out of the places they sign in from, and every lock ends by itself when its window ends.
// The identifier is counted whether or not an account has it, so a lock says nothing about who is registered.
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { queryRows } from '../../platform/db.js';

export const ADDRESS_FACTOR = 4;
export const ACCOUNT_FACTOR = 4;
export const KNOWN_ADDRESS_DAYS = 90;

export interface ThrottleKeys {
  pair: string;
  address: string;
  account: string;
}

/** MAC keys for one attempt: neither the identifier nor the address is stored in clear. */
export function throttleKeys(ctx: Ctx, identifier: string, address: string): ThrottleKeys {
  const { keyring } = ctx.platform;
  return {
    pair: keyring.mac('sign_in.pair', `${identifier}\u0000${address}`),
    address: keyring.mac('sign_in.address', address),
    account: keyring.mac('sign_in.account', identifier),
  };
}

interface ThrottleRow { key: string; locked_until: Date | null; last_success_at: Date | null }

/** The end of the lock this attempt runs into, or null when it may go ahead. Locks the rows until commit. */
export async function lockedUntil(ctx: Ctx, keys: ThrottleKeys): Promise<Date | null> {
  const now = ctx.clock.now();
  const rows = await queryRows<ThrottleRow>(ctx.db, sql`SELECT key, locked_until, last_success_at FROM sign_in_throttle
    WHERE key IN (${keys.pair}, ${keys.address}, ${keys.account}) ORDER BY key FOR UPDATE`);
  const row = (key: string) => rows.find((r) => r.key === key);
  const lastSuccess = row(keys.pair)?.last_success_at;
  const knownAddress = lastSuccess != null && new Date(lastSuccess).getTime() > now.getTime() - KNOWN_ADDRESS_DAYS * 86_400_000;
  const locks = [row(keys.pair)?.locked_until, row(keys.address)?.locked_until, knownAddress ? null : row(keys.account)?.locked_until]
    .map((d) => (d ? new Date(d) : null)).filter((d): d is Date => d !== null && d > now);
  return locks.length ? new Date(Math.max(...locks.map((d) => d.getTime()))) : null;
}

/** Counts one failure in each scope; returns when the pair is now locked until (the fifth wrong password locks). */
export async function countFailure(ctx: Ctx, keys: ThrottleKeys): Promise<Date | null> {
  const { signInMaxFailures, signInLockoutMinutes } = ctx.platform.config;
  const now = ctx.clock.now();
  const windowMs = signInLockoutMinutes * 60_000;
  const bump = async (key: string, max: number): Promise<Date | null> => {
    const nowIso = now.toISOString();
    const windowStart = new Date(now.getTime() - windowMs).toISOString();
    const lockEnd = new Date(now.getTime() + windowMs).toISOString();
    const [row] = await queryRows<{ locked_until: Date | null }>(ctx.db, sql`
      INSERT INTO sign_in_throttle AS t (key, failures, window_started_at, locked_until)
      VALUES (${key}, 1, ${nowIso}::timestamptz, ${max <= 1 ? lockEnd : null}::timestamptz)
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN t.window_started_at <= ${windowStart}::timestamptz THEN 1 ELSE t.failures + 1 END,
        window_started_at = CASE WHEN t.window_started_at <= ${windowStart}::timestamptz THEN ${nowIso}::timestamptz ELSE t.window_started_at END,
        locked_until = CASE WHEN (CASE WHEN t.window_started_at <= ${windowStart}::timestamptz THEN 1 ELSE t.failures + 1 END) >= ${max}
          THEN ${lockEnd}::timestamptz ELSE t.locked_until END
      RETURNING locked_until`);
    const until = row?.locked_until ? new Date(row.locked_until) : null;
    return until && until > now ? until : null;
  };
  const pair = await bump(keys.pair, signInMaxFailures);
  await bump(keys.address, signInMaxFailures * ADDRESS_FACTOR);
  await bump(keys.account, signInMaxFailures * ACCOUNT_FACTOR);
  return pair;
}

/** A right password: the pair and the identifier start afresh, and the address becomes a known one. */
export async function countSuccess(ctx: Ctx, keys: ThrottleKeys): Promise<void> {
  const nowIso = ctx.clock.now().toISOString();
  await ctx.db.execute(sql`INSERT INTO sign_in_throttle (key, failures, window_started_at, locked_until, last_success_at)
    VALUES (${keys.pair}, 0, ${nowIso}::timestamptz, NULL, ${nowIso}::timestamptz)
    ON CONFLICT (key) DO UPDATE SET failures = 0, locked_until = NULL, last_success_at = EXCLUDED.last_success_at`);
  await ctx.db.execute(sql`UPDATE sign_in_throttle SET failures = 0, locked_until = NULL WHERE key = ${keys.account}`);
}
