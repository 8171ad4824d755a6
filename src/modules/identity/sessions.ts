// Sign-in, sessions and authentication of each request. A session token is random, stored only as its
// SHA-256, sent as an HttpOnly cookie (browsers) or a bearer token (programs). Cookie-authenticated writes
// carry a CSRF token derived from the session with a server key. Repeated wrong passwords lock (throttle.ts).
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Actor, ActingFor, Posting } from '../../platform/actor.js';
import { anonymous } from '../../platform/actor.js';
import type { Ctx } from '../../platform/context.js';
import { withTransaction } from '../../platform/context.js';
import { recordAudit } from '../../platform/audit.js';
import { randomToken, safeEqual, sha256 } from '../../platform/crypto.js';
import { isValidIdNumber, normalizeIdNumber } from '../../platform/identifiers.js';
import type { Authentication } from '../../platform/http/server.js';
import { hashPassword, verifyPassword } from './accounts.js';
import { accountLocked, invalidCredentials, notAuthorizedToAct, sessionExpired } from './errors.js';
import { findPersonRowByIdNumber } from './persons.js';
import { accounts, delegations, enterpriseAgents, enterprises, postings, sessions } from './schema.js';
import { countFailure, countSuccess, lockedUntil, throttleKeys } from './throttle.js';
import { agentScopes } from './policy.js';

const LEGAL_REPRESENTATIVE_SCOPES = agentScopes;

export const SESSION_COOKIE = 'tongban_session';
export const CSRF_COOKIE = 'tongban_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const ACTING_FOR_HEADER = 'x-acting-for';

// Verifying against this when the account does not exist keeps the answer time the same (no account probing).
let dummyHash: Promise<string> | null = null;

export interface SignInResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  accountId: string;
}

type AccountRow = typeof accounts.$inferSelect;

/** The identifier as counted and looked up: a normalised ID number, or a username in lower case. */
function normalizeIdentifier(identifier: string): { kind: 'id_number' | 'username'; value: string } {
  const id = normalizeIdNumber(identifier);
  return isValidIdNumber(id) ? { kind: 'id_number', value: id } : { kind: 'username', value: identifier.trim().toLowerCase() };
}

async function findAccountForSignIn(ctx: Ctx, identifier: { kind: 'id_number' | 'username'; value: string }): Promise<AccountRow | undefined> {
  if (identifier.kind === 'id_number') {
    const person = await findPersonRowByIdNumber(ctx, identifier.value);
    if (!person) return undefined;
    const [row] = await ctx.db.select().from(accounts).where(eq(accounts.personId, person.id)).for('update');
    return row;
  }
  const [row] = await ctx.db.select().from(accounts).where(eq(accounts.username, identifier.value)).for('update');
  return row;
}

export interface SignInInput {
  identifier: string;
  password: string;
  address: string; // the client address (behind a proxy, as TRUST_PROXY allows)
}

/**
 * Signs in. Every refusal looks the same whether or not the account exists: the same 401 body, an argon2 check
 * against a dummy hash for unknown or disabled accounts, and locks counted on the identifier, not the account
 * (throttle.ts says who gets locked and for how long).
 */
export async function signIn(ctx: Ctx, input: SignInInput): Promise<SignInResult> {
  const { sessionMaxHours } = ctx.platform.config;
  const identifier = normalizeIdentifier(input.identifier);
  // The outcome is committed before any refusal is thrown, so failed attempts count even though we answer 4xx.
  const outcome = await withTransaction(ctx, async (tx): Promise<{ ok: true; result: SignInResult } | { ok: false; error: Error }> => {
    const now = tx.clock.now();
    const keys = throttleKeys(tx, identifier.value, input.address);
    const locked = await lockedUntil(tx, keys);
    if (locked) return { ok: false, error: accountLocked(locked, now) };
    const found = await findAccountForSignIn(tx, identifier);
    const account = found?.status === 'active' ? found : undefined;
    const passwordOk = await verifyPassword(account?.passwordHash ?? await (dummyHash ??= hashPassword(randomToken())), input.password);
    if (!account || !passwordOk) {
      const lock = await countFailure(tx, keys);
      if (account) {
        await recordAudit(tx, { action: lock ? 'account.locked' : 'account.sign_in_failed', subjectType: 'account', subjectId: account.id,
          details: lock ? { lockedUntil: lock.toISOString() } : {} });
      }
      return { ok: false, error: lock ? accountLocked(lock, now) : invalidCredentials() };
    }
    const token = randomToken();
    const sessionId = sha256(token);
    const expiresAt = new Date(now.getTime() + sessionMaxHours * 3_600_000);
    await tx.db.insert(sessions).values({ id: sessionId, accountId: account.id, createdAt: now, lastSeenAt: now, expiresAt });
    await tx.db.update(accounts).set({ lastSignInAt: now }).where(eq(accounts.id, account.id));
    await countSuccess(tx, keys);
    await recordAudit(tx, { action: 'account.signed_in', subjectType: 'account', subjectId: account.id });
    return { ok: true, result: { token, csrfToken: csrfTokenFor(tx, sessionId), expiresAt, accountId: account.id } };
  });
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}

export const csrfTokenFor = (ctx: Ctx, sessionId: string) => ctx.platform.keyring.mac('csrf', sessionId);

export function signOut(ctx: Ctx): Promise<void> {
  const sessionId = ctx.actor.sessionId;
  if (!sessionId) return Promise.resolve();
  return withTransaction(ctx, async (tx) => {
    await tx.db.update(sessions).set({ endedAt: tx.clock.now() }).where(eq(sessions.id, sessionId));
    await recordAudit(tx, { action: 'account.signed_out', subjectType: 'account', subjectId: tx.actor.accountId! });
  });
}

function tokenFrom(req: FastifyRequest): { token: string; viaCookie: boolean } | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return { token: header.slice(7).trim(), viaCookie: false };
  const cookie = req.cookies[SESSION_COOKIE];
  return cookie ? { token: cookie, viaCookie: true } : null;
}

const ACTING_FOR = /^(enterprise|person):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** Checks, at this moment, the authorisation behind an X-Acting-For header. */
async function resolveActingFor(ctx: Ctx, personId: string | null, header: string): Promise<ActingFor> {
  const match = ACTING_FOR.exec(header.trim());
  if (!match || !personId) throw notAuthorizedToAct();
  const now = ctx.clock.now();
  const [, kind, targetId] = match as unknown as [string, string, string];
  if (kind.toLowerCase() === 'enterprise') {
    // The legal representative acts for the enterprise by law, without a grant.
    const [own] = await ctx.db.select({ id: enterprises.id }).from(enterprises).where(and(eq(enterprises.id, targetId), eq(enterprises.legalRepresentativeId, personId)));
    if (own) return { kind: 'enterprise', enterpriseId: targetId, authorizationId: null, scopes: [...LEGAL_REPRESENTATIVE_SCOPES] };
    const [grant] = await ctx.db.select().from(enterpriseAgents).where(and(eq(enterpriseAgents.enterpriseId, targetId), eq(enterpriseAgents.personId, personId),
      isNull(enterpriseAgents.revokedAt), gt(enterpriseAgents.validUntil, now))).limit(1);
    if (!grant || grant.validFrom > now) throw notAuthorizedToAct();
    return { kind: 'enterprise', enterpriseId: targetId, authorizationId: grant.id, scopes: grant.scopes };
  }
  const [grant] = await ctx.db.select().from(delegations).where(and(eq(delegations.principalId, targetId), eq(delegations.agentId, personId),
    isNull(delegations.revokedAt), gt(delegations.validUntil, now))).limit(1);
  if (!grant || grant.validFrom > now) throw notAuthorizedToAct();
  return { kind: 'person', personId: targetId, delegationId: grant.id, scopes: grant.scopes };
}

/**
 * Who is calling. An absent token means anonymous; an expired or ended one is remembered, so a route that
 * needs sign-in can say "session expired" rather than "sign in".
 */
export async function authenticate(req: FastifyRequest, ctx: Ctx): Promise<Authentication> {
  const presented = tokenFrom(req);
  if (!presented) return { actor: anonymous, viaCookie: false, csrfValid: false };
  const sessionId = sha256(presented.token);
  const now = ctx.clock.now();
  // The account's postings come with the session in one round trip: every signed-in request pays for this.
  const [row] = await ctx.db.select({ session: sessions, account: accounts, postings: sql<Posting[]>`coalesce((
      SELECT json_agg(json_build_object('role', p.role, 'departmentId', p.department_id, 'regionCode', p.region_code) ORDER BY p.role)
      FROM ${postings} p WHERE p.account_id = ${accounts.id}), '[]'::json)` }).from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId)).where(eq(sessions.id, sessionId));
  const { sessionIdleMinutes } = ctx.platform.config;
  const live = row && !row.session.endedAt && row.session.expiresAt > now && row.account.status === 'active'
    && now.getTime() - row.session.lastSeenAt.getTime() < sessionIdleMinutes * 60_000;
  if (!live) return { actor: anonymous, viaCookie: presented.viaCookie, csrfValid: false, problem: sessionExpired() };
  if (now.getTime() - row.session.lastSeenAt.getTime() > 60_000) {
    // Sliding idle timeout, written at most once a minute per session to keep reads cheap.
    await ctx.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId));
  }
  let actor: Actor = {
    kind: 'account', accountId: row.account.id, personId: row.account.personId, roles: [...new Set(row.postings.map((p) => p.role))],
    postings: row.postings, sessionId, actingFor: null,
  };
  const actingHeader = req.headers[ACTING_FOR_HEADER];
  if (typeof actingHeader === 'string' && actingHeader.length > 0) {
    actor = { ...actor, actingFor: await resolveActingFor(ctx, actor.personId, actingHeader) };
  }
  const csrfHeader = req.headers[CSRF_HEADER];
  const csrfValid = typeof csrfHeader === 'string' && safeEqual(csrfHeader, csrfTokenFor(ctx, sessionId));
  return { actor, viaCookie: presented.viaCookie, csrfValid };
}
