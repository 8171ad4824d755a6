// Grants (共享授权): a source department lets one consuming department read one source for stated purposes until a
// date, on a legal basis the grant names. Without a live grant matching the purpose, every query is refused (法无授权
// 不可为); a caller's own words about the law authorise nothing. Batch use (批量查询) needs a grant that allows it, on
// a legal basis of its own.
import { asc, desc, eq, and } from 'drizzle-orm';
import { actorLabel } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { conflict, forbidden, invalidField } from '../../platform/errors.js';
import { grantNotFound, refused, requireDepartment } from './errors.js';
import { exchangeGrants, exchangeSources, type GrantPurposes } from './schema.js';
import { canOnGrant, canOnSource } from './policy.js';
import { loadSource, type SourceRow } from './sources.js';

type GrantRow = typeof exchangeGrants.$inferSelect;

export interface GrantView {
  id: string; source: string; consumerDepartmentId: string; purposes: GrantPurposes; legalBasis: string; batch: boolean; batchLegalBasis: string | null;
  validFrom: string; validUntil: string; grantedBy: string; createdAt: string; revokedAt: string | null; revokeReason: string | null; live: boolean;
}

const grantView = (g: GrantRow, source: string, now: Date): GrantView => ({
  id: g.id, source, consumerDepartmentId: g.consumerDepartmentId, purposes: g.purposes, legalBasis: g.legalBasis, batch: g.batch, batchLegalBasis: g.batchLegalBasis,
  validFrom: g.validFrom.toISOString(), validUntil: g.validUntil.toISOString(), grantedBy: g.grantedBy, createdAt: g.createdAt.toISOString(),
  revokedAt: g.revokedAt?.toISOString() ?? null, revokeReason: g.revokeReason, live: isLive(g, now),
});

const isLive = (g: GrantRow, now: Date) => !g.revokedAt && g.validFrom <= now && g.validUntil > now;

const ITEM_CODE = /^[a-z0-9][a-z0-9-]{1,63}$/;

export interface GrantInput {
  source: string; consumerDepartmentId: string; itemCodes?: string[] | undefined; anyPurpose?: boolean | undefined; legalBasis: string;
  /** 批量查询: many subjects in a short window, on the legal basis given for it. */
  batch?: boolean | undefined; batchLegalBasis?: string | undefined;
  validFrom?: string | undefined; validUntil: string;
}

/** Granted by an admin of the source's department, or an operator. */
export function createGrant(ctx: Ctx, input: GrantInput): Promise<GrantView> {
  return withTransaction(ctx, async (tx) => {
    const source = await loadSource(tx, input.source, { field: '/source', activeOnly: true });
    if (!canOnSource(tx.actor, 'grant', source)) throw forbidden();
    await requireDepartment(tx, input.consumerDepartmentId, '/consumerDepartmentId');
    const itemCodes = [...new Set(input.itemCodes ?? [])];
    const bad = itemCodes.findIndex((c) => !ITEM_CODE.test(c));
    if (bad >= 0) throw invalidField(`/itemCodes/${bad}`, 'exchange.item_code_invalid', { zh: '事项编码格式不正确', en: 'The item code is malformed' });
    if (itemCodes.length === 0 && !input.anyPurpose) {
      throw invalidField('/itemCodes', 'exchange.purposes_required', { zh: '请列出授权的事项，或授权凭本部门任一在办办件查询',
        en: 'List the items the grant is for, or grant any live case of the consumer' });
    }
    if (!input.legalBasis.trim()) throw invalidField('/legalBasis', 'exchange.legal_basis_required', { zh: '请写明授权的法律依据', en: 'State the legal basis of the grant' });
    const batchLegalBasis = input.batch ? (input.batchLegalBasis ?? '').trim() : '';
    if (input.batch && !batchLegalBasis) {
      throw invalidField('/batchLegalBasis', 'exchange.batch_legal_basis_required', { zh: '允许批量查询须另行写明批量使用的法律依据',
        en: 'A grant for batch use must state the legal basis of batch use' });
    }
    if (!input.batch && input.batchLegalBasis !== undefined) {
      throw invalidField('/batchLegalBasis', 'exchange.batch_not_granted', { zh: '未允许批量查询时不应填写批量使用的法律依据', en: 'A batch legal basis belongs only to a grant for batch use' });
    }
    const now = tx.clock.now();
    const validFrom = input.validFrom ? new Date(input.validFrom) : now;
    const validUntil = new Date(input.validUntil);
    if (!(validUntil > validFrom) || validUntil <= now) {
      throw invalidField('/validUntil', 'exchange.grant_window_invalid', { zh: '授权截止时间须晚于开始时间和当前时间', en: 'The grant must end after it starts and after now' });
    }
    const [row] = await tx.db.insert(exchangeGrants).values({ id: newId(), sourceId: source.id, consumerDepartmentId: input.consumerDepartmentId,
      purposes: { itemCodes, anyPurpose: Boolean(input.anyPurpose) }, legalBasis: input.legalBasis.trim(), batch: Boolean(input.batch), batchLegalBasis: batchLegalBasis || null,
      validFrom, validUntil,
      grantedBy: actorLabel(tx.actor), createdAt: now }).returning();
    await recordAudit(tx, { action: 'exchange.grant_created', subjectType: 'exchange_grant', subjectId: row!.id,
      details: { source: source.code, consumerDepartmentId: input.consumerDepartmentId, itemCodes, anyPurpose: Boolean(input.anyPurpose), batch: Boolean(input.batch) } });
    return grantView(row!, source.code, now);
  });
}

export function revokeGrant(ctx: Ctx, id: string, reason: string): Promise<GrantView> {
  return withTransaction(ctx, async (tx) => {
    const [found] = await tx.db.select({ g: exchangeGrants, s: exchangeSources }).from(exchangeGrants)
      .innerJoin(exchangeSources, eq(exchangeSources.id, exchangeGrants.sourceId)).where(eq(exchangeGrants.id, id)).for('update', { of: exchangeGrants });
    const facts = found && { sourceOwnerDepartmentId: found.s.ownerDepartmentId, consumerDepartmentId: found.g.consumerDepartmentId };
    if (!facts || !canOnGrant(tx.actor, 'read', facts)) throw grantNotFound();
    if (!canOnGrant(tx.actor, 'revoke', facts)) throw forbidden();
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
  const rows = await ctx.db.select({ g: exchangeGrants, code: exchangeSources.code, owner: exchangeSources.ownerDepartmentId }).from(exchangeGrants)
    .innerJoin(exchangeSources, eq(exchangeSources.id, exchangeGrants.sourceId))
    .where(filter.source ? eq(exchangeSources.code, filter.source) : undefined)
    .orderBy(asc(exchangeSources.code), desc(exchangeGrants.createdAt));
  const now = ctx.clock.now();
  return rows.filter((r) => canOnGrant(ctx.actor, 'read', { sourceOwnerDepartmentId: r.owner, consumerDepartmentId: r.g.consumerDepartmentId }))
    .slice(0, 1000).map((r) => grantView(r.g, r.code, now));
}

/** A case (checked live, of the consumer, about its applicant), or an item code alone; the caller's own words kept apart. */
export type QueryPurpose = { kind: 'case'; applicationId: string; itemCode: string } | { kind: 'item'; itemCode: string; statedLegalBasis: string | null };

/** A case is covered by a grant for its item or for any case; a query without a case only by a grant naming its item. */
const covers = (g: GrantRow, purpose: QueryPurpose) => g.purposes.itemCodes.includes(purpose.itemCode) || (purpose.kind === 'case' && g.purposes.anyPurpose);

/**
 * The live grant that covers this consumer, source and purpose (with, when there is one, a live covering grant
 * that allows batch use), or a refusal saying precisely why not: no grant at all, grants for other purposes, a
 * grant for cases only, an expired grant, a revoked grant.
 */
export async function matchingGrant(ctx: Ctx, source: SourceRow, consumerDepartmentId: string, purpose: QueryPurpose): Promise<{ grant: GrantRow; batchGrant: GrantRow | null }> {
  const grants = await ctx.db.select().from(exchangeGrants)
    .where(and(eq(exchangeGrants.sourceId, source.id), eq(exchangeGrants.consumerDepartmentId, consumerDepartmentId)))
    .orderBy(desc(exchangeGrants.createdAt));
  const now = ctx.clock.now();
  const live = grants.filter((g) => isLive(g, now) && covers(g, purpose));
  if (live.length) return { grant: live[0]!, batchGrant: live.find((g) => g.batch) ?? null };
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
  if (purpose.kind === 'item' && grants.some((g) => isLive(g, now) && g.purposes.anyPurpose)) {
    throw refused('exchange.case_required', '/purpose', { zh: `本部门查询${name}的授权只允许凭本部门在办的办件查询，请提供办件编号`,
      en: `Your department's grant for ${source.code} covers queries for its live cases only: give the case` });
  }
  if (grants.length > 0) {
    throw refused('exchange.purpose_not_granted', '/purpose', { zh: `本部门查询${name}的授权不包括事项“${purpose.itemCode}”`,
      en: `Your department's grant for ${source.code} does not cover the item ${purpose.itemCode}` });
  }
  throw refused('exchange.no_grant', '/source', { zh: `本部门未获得查询${name}的授权（法无授权不可为）`,
    en: `Your department holds no grant for ${source.code}: no grant, no query` });
}
