// Grants (共享授权): a source department lets one consuming department read one source for stated purposes until a
// date. Without a live grant matching the purpose, every query is refused (法无授权不可为).
import { and, asc, desc, eq, inArray, or } from 'drizzle-orm';
import { actorLabel, departmentsWhere, isOperator } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { conflict, forbidden, invalidField } from '../../platform/errors.js';
import { grantNotFound, refused, requireDepartment } from './errors.js';
import { exchangeGrants, exchangeSources, type GrantPurposes } from './schema.js';
import { loadSource, mayAdminister, type SourceRow } from './sources.js';

type GrantRow = typeof exchangeGrants.$inferSelect;

export interface GrantView {
  id: string; source: string; consumerDepartmentId: string; purposes: GrantPurposes; legalBasis: string; validFrom: string; validUntil: string;
  grantedBy: string; createdAt: string; revokedAt: string | null; revokeReason: string | null; live: boolean;
}

const grantView = (g: GrantRow, source: string, now: Date): GrantView => ({
  id: g.id, source, consumerDepartmentId: g.consumerDepartmentId, purposes: g.purposes, legalBasis: g.legalBasis,
  validFrom: g.validFrom.toISOString(), validUntil: g.validUntil.toISOString(), grantedBy: g.grantedBy, createdAt: g.createdAt.toISOString(),
  revokedAt: g.revokedAt?.toISOString() ?? null, revokeReason: g.revokeReason, live: isLive(g, now),
});

const isLive = (g: GrantRow, now: Date) => !g.revokedAt && g.validFrom <= now && g.validUntil > now;

const ITEM_CODE = /^[a-z0-9][a-z0-9-]{1,63}$/;

export interface GrantInput {
  source: string; consumerDepartmentId: string; itemCodes?: string[] | undefined; anyPurpose?: boolean | undefined; legalBasis: string;
  validFrom?: string | undefined; validUntil: string;
}

/** Granted by an admin of the source's department, or an operator. */
export function createGrant(ctx: Ctx, input: GrantInput): Promise<GrantView> {
  return withTransaction(ctx, async (tx) => {
    const source = await loadSource(tx, input.source, { field: '/source', activeOnly: true });
    if (!mayAdminister(tx.actor, source.ownerDepartmentId)) throw forbidden();
    await requireDepartment(tx, input.consumerDepartmentId, '/consumerDepartmentId');
    const itemCodes = [...new Set(input.itemCodes ?? [])];
    const bad = itemCodes.findIndex((c) => !ITEM_CODE.test(c));
    if (bad >= 0) throw invalidField(`/itemCodes/${bad}`, 'exchange.item_code_invalid', { zh: '事项编码格式不正确', en: 'The item code is malformed' });
    if (itemCodes.length === 0 && !input.anyPurpose) {
      throw invalidField('/itemCodes', 'exchange.purposes_required', { zh: '请列出授权的事项，或授权凭法律依据的任何用途',
        en: 'List the items the grant is for, or grant any purpose that states its legal basis' });
    }
    if (!input.legalBasis.trim()) throw invalidField('/legalBasis', 'exchange.legal_basis_required', { zh: '请写明授权的法律依据', en: 'State the legal basis of the grant' });
    const now = tx.clock.now();
    const validFrom = input.validFrom ? new Date(input.validFrom) : now;
    const validUntil = new Date(input.validUntil);
    if (!(validUntil > validFrom) || validUntil <= now) {
      throw invalidField('/validUntil', 'exchange.grant_window_invalid', { zh: '授权截止时间须晚于开始时间和当前时间', en: 'The grant must end after it starts and after now' });
    }
    const [row] = await tx.db.insert(exchangeGrants).values({ id: newId(), sourceId: source.id, consumerDepartmentId: input.consumerDepartmentId,
      purposes: { itemCodes, anyPurpose: Boolean(input.anyPurpose) }, legalBasis: input.legalBasis.trim(), validFrom, validUntil,
      grantedBy: actorLabel(tx.actor), createdAt: now }).returning();
    await recordAudit(tx, { action: 'exchange.grant_created', subjectType: 'exchange_grant', subjectId: row!.id,
      details: { source: source.code, consumerDepartmentId: input.consumerDepartmentId, itemCodes, anyPurpose: Boolean(input.anyPurpose) } });
    return grantView(row!, source.code, now);
  });
}

export function revokeGrant(ctx: Ctx, id: string, reason: string): Promise<GrantView> {
  return withTransaction(ctx, async (tx) => {
    const [found] = await tx.db.select({ g: exchangeGrants, s: exchangeSources }).from(exchangeGrants)
      .innerJoin(exchangeSources, eq(exchangeSources.id, exchangeGrants.sourceId)).where(eq(exchangeGrants.id, id)).for('update', { of: exchangeGrants });
    if (!found || !mayAdminister(tx.actor, found.s.ownerDepartmentId)) throw grantNotFound();
    if (found.g.revokedAt) throw conflict('exchange.grant_already_revoked', { zh: '该授权已撤销', en: 'This grant is revoked already' });
    const now = tx.clock.now();
    const [row] = await tx.db.update(exchangeGrants).set({ revokedAt: now, revokedBy: actorLabel(tx.actor), revokeReason: reason })
      .where(eq(exchangeGrants.id, id)).returning();
    await recordAudit(tx, { action: 'exchange.grant_revoked', subjectType: 'exchange_grant', subjectId: id, details: { reason } });
    return grantView(row!, found.s.code, now);
  });
}

/** Operators see every grant; a department admin sees the grants of its sources and the grants it received. */
export async function listGrants(ctx: Ctx, filter: { source?: string | undefined }): Promise<GrantView[]> {
  const mine = departmentsWhere(ctx.actor, 'department_admin');
  if (!isOperator(ctx.actor) && mine.length === 0) return [];
  const scope = isOperator(ctx.actor) ? undefined
    : or(inArray(exchangeSources.ownerDepartmentId, mine), inArray(exchangeGrants.consumerDepartmentId, mine));
  const rows = await ctx.db.select({ g: exchangeGrants, code: exchangeSources.code }).from(exchangeGrants)
    .innerJoin(exchangeSources, eq(exchangeSources.id, exchangeGrants.sourceId))
    .where(and(scope, filter.source ? eq(exchangeSources.code, filter.source) : undefined))
    .orderBy(asc(exchangeSources.code), desc(exchangeGrants.createdAt)).limit(1000);
  const now = ctx.clock.now();
  return rows.map((r) => grantView(r.g, r.code, now));
}

export type QueryPurpose = { kind: 'case'; applicationId: string; itemCode: string } | { kind: 'item'; itemCode: string; legalBasis: string };

const covers = (g: GrantRow, purpose: QueryPurpose) => g.purposes.anyPurpose || g.purposes.itemCodes.includes(purpose.itemCode);

/**
 * The live grant that covers this consumer, source and purpose, or a refusal saying precisely why not: no grant at
 * all, grants for other purposes, an expired grant, a revoked grant.
 */
export async function matchingGrant(ctx: Ctx, source: SourceRow, consumerDepartmentId: string, purpose: QueryPurpose): Promise<GrantRow> {
  const grants = await ctx.db.select().from(exchangeGrants)
    .where(and(eq(exchangeGrants.sourceId, source.id), eq(exchangeGrants.consumerDepartmentId, consumerDepartmentId)))
    .orderBy(desc(exchangeGrants.createdAt));
  const now = ctx.clock.now();
  const live = grants.find((g) => isLive(g, now) && covers(g, purpose));
  if (live) return live;
  const forPurpose = grants.filter((g) => covers(g, purpose));
  const name = `“${source.nameZh}”`;
  if (forPurpose.some((g) => g.revokedAt)) {
    throw refused('exchange.grant_revoked', '/source', { zh: `本部门查询${name}的授权已被撤销`, en: `Your department's grant for ${source.code} was revoked` });
  }
  if (forPurpose.some((g) => g.validUntil <= now)) {
    throw refused('exchange.grant_expired', '/source', { zh: `本部门查询${name}的授权已过期`, en: `Your department's grant for ${source.code} has expired` });
  }
  if (forPurpose.length > 0) {
    throw refused('exchange.grant_not_yet_valid', '/source', { zh: `本部门查询${name}的授权尚未生效`, en: `Your department's grant for ${source.code} is not valid yet` });
  }
  if (grants.length > 0) {
    throw refused('exchange.purpose_not_granted', '/purpose', { zh: `本部门查询${name}的授权不包括事项“${purpose.itemCode}”`,
      en: `Your department's grant for ${source.code} does not cover the item ${purpose.itemCode}` });
  }
  throw refused('exchange.no_grant', '/source', { zh: `本部门未获得查询${name}的授权（法无授权不可为）`,
    en: `Your department holds no grant for ${source.code}: no grant, no query` });
}
