// Enterprises (法人) and their agents (经办人). An enterprise is identified by its unified social credit code;
// its legal representative, or an agent holding `agents.manage`, authorises people to act for it.
import { and, asc, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { departmentsWhere, isOperator } from '../../platform/actor.js';
import { getDepartment } from '../directory/index.js';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { recordAudit } from '../../platform/audit.js';
import { emit } from '../../platform/jobs.js';
import { conflict, forbidden, invalidField } from '../../platform/errors.js';
import { checkCreditCode, regionLevelOf } from '../../platform/identifiers.js';
import { enterpriseNotFound, checkIdNumber, delegationNotFound, personNotFound } from './errors.js';
import { findPersonRowByIdNumber, getPersonRow } from './persons.js';
import { canOnEnterprise, type AgentScope } from './policy.js';
import { accounts, enterpriseAgents, enterprises, persons, postings } from './schema.js';
import { checkValidity, type GrantWindow } from './grants.js';

export interface EnterpriseView {
  id: string; creditCode: string; name: string; regionCode: string; industryCode: string | null; registeredOn: string | null;
  legalRepresentativeId: string;
}

export interface AgentView {
  id: string; enterpriseId: string; personId: string; personName: string; scopes: string[]; validFrom: string; validUntil: string;
  revokedAt: string | null; live: boolean;
}

type EnterpriseRow = typeof enterprises.$inferSelect;

const enterpriseView = (e: EnterpriseRow): EnterpriseView => ({
  id: e.id, creditCode: e.creditCode, name: e.name, regionCode: e.regionCode, industryCode: e.industryCode, registeredOn: e.registeredOn,
  legalRepresentativeId: e.legalRepresentativeId,
});

export interface NewEnterprise {
  creditCode: string; name: string; regionCode: string; industryCode?: string | undefined; registeredOn?: string | undefined; legalRepresentativeIdNumber: string;
}

/** Operators, and admins of a market-regulation department (which keeps the business register). */
async function mayRegisterEnterprises(ctx: Ctx): Promise<boolean> {
  if (isOperator(ctx.actor)) return true;
  for (const departmentId of departmentsWhere(ctx.actor, 'department_admin')) {
    if ((await getDepartment(ctx, departmentId)).kind === 'market_regulation') return true;
  }
  return false;
}

/** Registers an enterprise, mirroring the business register. */
export async function createEnterprise(ctx: Ctx, input: NewEnterprise): Promise<EnterpriseView> {
  if (!(await mayRegisterEnterprises(ctx))) throw forbidden();
  const creditCode = checkCreditCode(input.creditCode, '/creditCode', 'identity.credit_code_invalid');
  const repId = checkIdNumber(input.legalRepresentativeIdNumber, '/legalRepresentativeIdNumber');
  if (!regionLevelOf(input.regionCode)) throw invalidField('/regionCode', 'identity.region_invalid', { zh: '行政区划代码无效', en: 'The region code is invalid' });
  return withTransaction(ctx, async (tx) => {
    const rep = await findPersonRowByIdNumber(tx, repId);
    if (!rep) throw invalidField('/legalRepresentativeIdNumber', 'identity.person_unknown', { zh: '法定代表人尚未登记为自然人', en: 'The legal representative is not a registered person' });
    const [row] = await tx.db.insert(enterprises).values({
      id: newId(), creditCode, name: input.name, regionCode: input.regionCode, industryCode: input.industryCode ?? null,
      registeredOn: input.registeredOn ?? null, legalRepresentativeId: rep.id, createdAt: tx.clock.now(),
    }).onConflictDoNothing().returning();
    if (!row) throw conflict('identity.enterprise_exists', { zh: '该统一社会信用代码已登记', en: 'An enterprise with this credit code is registered' }, '/creditCode');
    await recordAudit(tx, { action: 'enterprise.registered', subjectType: 'enterprise', subjectId: row.id });
    await emit(tx, 'enterprise.registered', { enterpriseId: row.id });
    return enterpriseView(row);
  });
}

/** The agent scopes the actor holds for this enterprise: checked live when the X-Acting-For header was read. */
function actingScopes(ctx: Ctx, enterpriseId: string): string[] | null {
  const acting = ctx.actor.actingFor;
  return acting?.kind === 'enterprise' && acting.enterpriseId === enterpriseId ? acting.scopes : null;
}

async function loadEnterpriseFor(ctx: Ctx, id: string, action: 'read' | 'manage_agents'): Promise<EnterpriseRow> {
  const [row] = await ctx.db.select().from(enterprises).where(eq(enterprises.id, id));
  const scopes = actingScopes(ctx, id);
  if (!row || !canOnEnterprise(ctx.actor, 'read', row, scopes)) throw enterpriseNotFound();
  if (action !== 'read' && !canOnEnterprise(ctx.actor, action, row, scopes)) throw forbidden();
  return row;
}

export async function getEnterprise(ctx: Ctx, id: string): Promise<EnterpriseView> {
  return enterpriseView(await loadEnterpriseFor(ctx, id, 'read'));
}

/** Enterprises the signed-in person may act for: as legal representative, or as a live agent. */
export async function listMyEnterprises(ctx: Ctx): Promise<(EnterpriseView & { as: 'legal_representative' | 'agent'; scopes: string[] })[]> {
  const personId = ctx.actor.personId;
  if (!personId) return [];
  const now = ctx.clock.now();
  const own = await ctx.db.select().from(enterprises).where(eq(enterprises.legalRepresentativeId, personId)).orderBy(asc(enterprises.name));
  const grants = await ctx.db.select({ e: enterprises, scopes: enterpriseAgents.scopes, validFrom: enterpriseAgents.validFrom }).from(enterpriseAgents)
    .innerJoin(enterprises, eq(enterprises.id, enterpriseAgents.enterpriseId))
    .where(and(eq(enterpriseAgents.personId, personId), isNull(enterpriseAgents.revokedAt), gt(enterpriseAgents.validUntil, now)));
  return [
    ...own.map((e) => ({ ...enterpriseView(e), as: 'legal_representative' as const, scopes: ['enterprise.read', 'applications.submit', 'applications.read', 'agents.manage'] })),
    ...grants.filter((g) => g.validFrom <= now).map((g) => ({ ...enterpriseView(g.e), as: 'agent' as const, scopes: g.scopes })),
  ];
}

export interface AgentGrantInput extends GrantWindow {
  idNumber: string; name: string; scopes: AgentScope[];
}

export function authorizeAgent(ctx: Ctx, enterpriseId: string, input: AgentGrantInput): Promise<AgentView> {
  const idNumber = checkIdNumber(input.idNumber, '/idNumber');
  return withTransaction(ctx, async (tx) => {
    await loadEnterpriseFor(tx, enterpriseId, 'manage_agents');
    const { validFrom, validUntil } = checkValidity(tx, input);
    const person = await findPersonRowByIdNumber(tx, idNumber);
    if (!person || person.name !== input.name) throw invalidField('/idNumber', 'identity.agent_unknown', { zh: '未找到姓名与身份号码一致的已登记人员', en: 'No registered person matches this name and ID number' });
    const [row] = await tx.db.insert(enterpriseAgents).values({
      id: newId(), enterpriseId, personId: person.id, scopes: input.scopes, validFrom, validUntil, grantedBy: tx.actor.accountId, createdAt: tx.clock.now(),
    }).returning();
    await grantAgentRole(tx, person.id);
    await recordAudit(tx, { action: 'enterprise_agent.authorized', subjectType: 'enterprise', subjectId: enterpriseId, subjectPersonId: person.id,
      details: { agentId: row!.id, scopes: input.scopes, validUntil: validUntil.toISOString() } });
    await emit(tx, 'enterprise_agent.authorized', { enterpriseId, agentId: row!.id, personId: person.id });
    return agentView(tx, row!, person.name);
  });
}

/** The agent's account carries the enterprise-agent role from now on; what it may do still depends on live grants. */
async function grantAgentRole(ctx: Ctx, personId: string): Promise<void> {
  const [account] = await ctx.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.personId, personId));
  if (account) await ctx.db.insert(postings).values({ id: newId(), accountId: account.id, role: 'enterprise_agent', departmentId: null, regionCode: null }).onConflictDoNothing();
}

function agentView(ctx: Ctx, a: typeof enterpriseAgents.$inferSelect, personName: string): AgentView {
  const now = ctx.clock.now();
  return { id: a.id, enterpriseId: a.enterpriseId, personId: a.personId, personName, scopes: a.scopes, validFrom: a.validFrom.toISOString(),
    validUntil: a.validUntil.toISOString(), revokedAt: a.revokedAt?.toISOString() ?? null, live: !a.revokedAt && a.validFrom <= now && a.validUntil > now };
}

export async function listAgents(ctx: Ctx, enterpriseId: string): Promise<AgentView[]> {
  await loadEnterpriseFor(ctx, enterpriseId, 'manage_agents');
  const rows = await ctx.db.select({ a: enterpriseAgents, name: persons.name }).from(enterpriseAgents)
    .innerJoin(persons, eq(persons.id, enterpriseAgents.personId)).where(eq(enterpriseAgents.enterpriseId, enterpriseId)).orderBy(desc(enterpriseAgents.createdAt));
  return rows.map((r) => agentView(ctx, r.a, r.name));
}

export function revokeAgent(ctx: Ctx, enterpriseId: string, agentId: string): Promise<AgentView> {
  return withTransaction(ctx, async (tx) => {
    await loadEnterpriseFor(tx, enterpriseId, 'manage_agents');
    const [row] = await tx.db.update(enterpriseAgents).set({ revokedAt: tx.clock.now() })
      .where(and(eq(enterpriseAgents.id, agentId), eq(enterpriseAgents.enterpriseId, enterpriseId), isNull(enterpriseAgents.revokedAt))).returning();
    if (!row) throw delegationNotFound();
    const person = await getPersonRow(tx, row.personId);
    if (!person) throw personNotFound();
    await recordAudit(tx, { action: 'enterprise_agent.revoked', subjectType: 'enterprise', subjectId: enterpriseId, subjectPersonId: row.personId, details: { agentId } });
    await emit(tx, 'enterprise_agent.revoked', { enterpriseId, agentId, personId: row.personId });
    return agentView(tx, row, person.name);
  });
}

export async function countEnterprises(ctx: Ctx, regionPrefix: string): Promise<number> {
  const [row] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(enterprises).where(sql`${enterprises.regionCode} LIKE ${`${regionPrefix}%`}`);
  return row?.n ?? 0;
}
