// Machine clients (接入系统): another department's system authenticates with credentials Tongban issued, through the
// OAuth 2.0 client-credentials grant (RFC 6749 §4.4), and calls the exchange with a short-lived bearer JWT. The secret
// is shown once and stored only as an argon2id hash; every request re-checks that the client is not revoked.
import { hash, verify } from '@node-rs/argon2';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { actorLabel, machineClientActor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { randomToken } from '../../platform/crypto.js';
import { conflict, forbidden, invalidField } from '../../platform/errors.js';
import type { Authentication } from '../../platform/http/server.js';
import { clientNotFound, clientTokenInvalid, invalidClient, requireDepartment } from './errors.js';
import { exchangeClients } from './schema.js';
import { canOnClient } from './policy.js';

/** Lifetime of an access token: short, so a revoked client is shut out soon even by a cached check. */
export const CLIENT_TOKEN_SECONDS = 600;
const AUDIENCE = 'tongban:exchange';
const ISSUER = 'tongban';

type ClientRow = typeof exchangeClients.$inferSelect;

export interface ClientView { id: string; clientId: string; departmentId: string; name: string; createdAt: string; createdBy: string; revokedAt: string | null }

const clientView = (c: ClientRow): ClientView => ({ id: c.id, clientId: c.id, departmentId: c.departmentId, name: c.name,
  createdAt: c.createdAt.toISOString(), createdBy: c.createdBy, revokedAt: c.revokedAt?.toISOString() ?? null });

let dummyHash: Promise<string> | null = null;

/** Issues credentials for a department's system. The secret is in this answer and nowhere else. */
export function issueClient(ctx: Ctx, input: { departmentId: string; name: string }): Promise<ClientView & { clientSecret: string }> {
  if (!canOnClient(ctx.actor, 'issue', { departmentId: input.departmentId })) throw forbidden();
  return withTransaction(ctx, async (tx) => {
    await requireDepartment(tx, input.departmentId, '/departmentId');
    const secret = randomToken(32);
    const [row] = await tx.db.insert(exchangeClients).values({ id: newId(), departmentId: input.departmentId, name: input.name.trim(),
      secretHash: await hash(secret), createdBy: actorLabel(tx.actor), createdAt: tx.clock.now() }).returning();
    await recordAudit(tx, { action: 'exchange.client_issued', subjectType: 'exchange_client', subjectId: row!.id, details: { departmentId: input.departmentId } });
    return { ...clientView(row!), clientSecret: secret };
  });
}

/** The machine clients the actor administers: an admin's department's, or every one for operators. */
export async function listClients(ctx: Ctx): Promise<ClientView[]> {
  const rows = await ctx.db.select().from(exchangeClients).orderBy(asc(exchangeClients.createdAt));
  return rows.filter((c) => canOnClient(ctx.actor, 'read', c)).map(clientView);
}

export function revokeClient(ctx: Ctx, id: string): Promise<ClientView> {
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db.select().from(exchangeClients).where(eq(exchangeClients.id, id)).for('update');
    if (!row || !canOnClient(tx.actor, 'read', row)) throw clientNotFound();
    if (!canOnClient(tx.actor, 'revoke', row)) throw forbidden();
    if (row.revokedAt) throw conflict('exchange.client_already_revoked', { zh: '该接入系统已注销', en: 'This client is revoked already' });
    const [updated] = await tx.db.update(exchangeClients).set({ revokedAt: tx.clock.now() }).where(eq(exchangeClients.id, id)).returning();
    await recordAudit(tx, { action: 'exchange.client_revoked', subjectType: 'exchange_client', subjectId: id });
    return clientView(updated!);
  });
}

/** The key that signs client tokens, derived from the master secret for this one purpose. */
const tokenKey = (ctx: Ctx) => Buffer.from(ctx.platform.keyring.mac('exchange.client-token', 'v1'), 'base64url');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TokenAnswer { access_token: string; token_type: 'Bearer'; expires_in: number; scope: string }

/** The client-credentials grant: a wrong id or secret, or a revoked client, gets the same refusal after the same work. */
export async function issueClientToken(ctx: Ctx, input: { grantType: string; clientId: string; clientSecret: string }): Promise<TokenAnswer> {
  if (input.grantType !== 'client_credentials') {
    throw invalidField('/grant_type', 'exchange.unsupported_grant_type', { zh: '仅支持 client_credentials 授权方式', en: 'Only the client_credentials grant is supported' }, 400);
  }
  const [row] = UUID.test(input.clientId) ? await ctx.db.select().from(exchangeClients).where(and(eq(exchangeClients.id, input.clientId), isNull(exchangeClients.revokedAt))) : [];
  const ok = await verify(row?.secretHash ?? (await (dummyHash ??= hash(randomToken()))), input.clientSecret).catch(() => false);
  if (!row || !ok) throw invalidClient();
  const now = Math.floor(ctx.clock.now().getTime() / 1000);
  const token = await new SignJWT({ dept: row.departmentId, scope: 'exchange' }).setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' })
    .setSubject(row.id).setIssuer(ISSUER).setAudience(AUDIENCE).setIssuedAt(now).setExpirationTime(now + CLIENT_TOKEN_SECONDS).setJti(newId())
    .sign(tokenKey(ctx));
  return { access_token: token, token_type: 'Bearer', expires_in: CLIENT_TOKEN_SECONDS, scope: 'exchange' };
}

const looksLikeJwt = (token: string) => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token);

/**
 * Authenticates a machine client's bearer JWT; null when the request carries none (sessions are the identity
 * module's). Session tokens are random base64url without dots, so the two never overlap.
 */
export async function authenticateClient(req: FastifyRequest, ctx: Ctx): Promise<Authentication | null> {
  const header = req.headers.authorization;
  if (!header?.startsWith('Bearer ')) return null;
  const token = header.slice(7).trim();
  if (!looksLikeJwt(token)) return null;
  const anonymousWith = { actor: ctx.actor, viaCookie: false, csrfValid: false, problem: clientTokenInvalid() };
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, tokenKey(ctx), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], typ: 'at+jwt',
      currentDate: ctx.clock.now() }));
  } catch (err) {
    // A bad, expired or forged token is the caller's problem; anything else (no key, a bug) is ours and is not hidden.
    if (err instanceof errors.JOSEError) return anonymousWith;
    throw err;
  }
  const clientId = payload.sub;
  if (!clientId || !UUID.test(clientId) || typeof payload.dept !== 'string') return anonymousWith;
  // Outside the try: a database that fails is a 500, not a caller treated as anonymous.
  const [row] = await ctx.db.select({ departmentId: exchangeClients.departmentId }).from(exchangeClients)
    .where(and(eq(exchangeClients.id, clientId), isNull(exchangeClients.revokedAt)));
  if (!row || row.departmentId !== payload.dept) return anonymousWith;
  return { actor: machineClientActor({ clientId, departmentId: row.departmentId }), viaCookie: false, csrfValid: false };
}
