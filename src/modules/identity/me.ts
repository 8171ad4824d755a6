// What the signed-in account sees about itself: profile, roles, what it may do, and who read its data.
import { eq, sql } from 'drizzle-orm';
import { hasRole, regionsWhere, type Posting } from '../../platform/actor.js';
import type { Ctx } from '../../platform/context.js';
import { listPersonalDataAccess } from '../../platform/audit.js';
import { nameDataAccess, type DataAccessView } from './data-access-names.js';
import { forbidden } from '../../platform/errors.js';
import { regionPrefix } from '../../platform/identifiers.js';
import { countEnterprises, listMyEnterprises } from './enterprises.js';
import { listDelegations } from './delegations.js';
import { getPersonRow, personView, countPersonsByLevel, type PersonView } from './persons.js';
import { canSeeRegionStatistics } from './policy.js';
import { accounts, postings } from './schema.js';

/** Abilities, for the UI to show only what the account may do; the same rules are enforced on the server. */
export type Ability = 'apply' | 'act_for_enterprise' | 'act_for_person' | 'serve_walk_ins' | 'review' | 'manage_department'
  | 'manage_platform' | 'view_statistics' | 'delegate';

export interface MeView {
  account: { id: string; displayName: string; username: string | null };
  person: PersonView | null;
  roles: string[];
  postings: Posting[];
  actingFor: Ctx['actor']['actingFor'];
  abilities: Ability[];
  canActFor: { enterprises: { id: string; name: string; as: string; scopes: string[] }[]; persons: { personId: string; name: string; scopes: string[]; delegationId: string }[] };
}

export async function getMe(ctx: Ctx): Promise<MeView> {
  const a = ctx.actor;
  const [account] = await ctx.db.select().from(accounts).where(eq(accounts.id, a.accountId!));
  const personRow = a.personId ? await getPersonRow(ctx, a.personId) : undefined;
  const enterprises = await listMyEnterprises(ctx);
  const { received } = await listDelegations(ctx);
  const abilities: Ability[] = [];
  if (a.personId) abilities.push('apply', 'delegate');
  if (enterprises.length) abilities.push('act_for_enterprise');
  if (received.some((d) => d.live)) abilities.push('act_for_person');
  if (hasRole(a, 'window_clerk')) abilities.push('serve_walk_ins');
  if (hasRole(a, 'reviewer')) abilities.push('review');
  if (hasRole(a, 'department_admin')) abilities.push('manage_department');
  if (hasRole(a, 'platform_admin')) abilities.push('manage_platform');
  if (hasRole(a, 'leader', 'platform_admin')) abilities.push('view_statistics');
  return {
    account: { id: account!.id, displayName: account!.displayName, username: account!.username },
    person: personRow ? personView(ctx.platform.keyring, personRow) : null,
    roles: a.roles, postings: a.postings, actingFor: a.actingFor, abilities,
    canActFor: {
      enterprises: enterprises.map((e) => ({ id: e.id, name: e.name, as: e.as, scopes: e.scopes })),
      persons: received.filter((d) => d.live).map((d) => ({ personId: d.principal.personId, name: d.principal.name, scopes: d.scopes, delegationId: d.id })),
    },
  };
}

/** Who read my personal data, when and why (newest first). Only ever one's own log. */
export async function listMyDataAccess(ctx: Ctx, opts: { before?: number | undefined; limit?: number | undefined }): Promise<DataAccessView[]> {
  if (!ctx.actor.personId || ctx.actor.actingFor) throw forbidden();
  const page = await listPersonalDataAccess(ctx.db, ctx.actor.personId, { ...(opts.before ? { before: opts.before } : {}), limit: opts.limit ?? 50 });
  return nameDataAccess(ctx, ctx.actor.personId, page);
}

export interface IdentityStatistics {
  regionCode: string;
  persons: { total: number; byRealNameLevel: Record<string, number> };
  enterprises: number;
  staffAccounts: Record<string, number>;
}

/** Aggregates for a region: no personal data, only counts. Leaders see their own region (and below). */
export async function identityStatistics(ctx: Ctx, regionCode?: string): Promise<IdentityStatistics> {
  const region = regionCode ?? regionsWhere(ctx.actor, 'leader')[0];
  if (!region || !canSeeRegionStatistics(ctx.actor, region)) throw forbidden();
  const prefix = regionPrefix(region);
  const byLevel = await countPersonsByLevel(ctx, prefix);
  const staff = await ctx.db.select({ role: postings.role, n: sql<number>`count(*)::int` }).from(postings)
    .where(sql`${postings.regionCode} LIKE ${`${prefix}%`}`).groupBy(postings.role);
  return {
    regionCode: region,
    persons: { total: Object.values(byLevel).reduce((s, n) => s + n, 0), byRealNameLevel: byLevel },
    enterprises: await countEnterprises(ctx, prefix),
    staffAccounts: Object.fromEntries(staff.map((r) => [r.role, r.n])),
  };
}
