// What other modules need to tell people about identity events (notify): who granted what to whom, until when.
// Event payloads carry ids only; these read the facts at the time the message is written. System use only:
// no object checks here, so nothing returned may reach a route unfiltered.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Role } from '../../platform/actor.js';
import type { Ctx } from '../../platform/context.js';
import { accounts, delegations, enterpriseAgents, enterprises, persons, postings } from './schema.js';

export interface DelegationNotice {
  delegationId: string;
  principalId: string;
  principalName: string;
  agentId: string;
  agentName: string;
  scopes: string[];
  validUntil: Date;
  revokedAt: Date | null;
}

const principal = alias(persons, 'principal');
const agent = alias(persons, 'agent');

export async function delegationNotice(ctx: Ctx, delegationId: string): Promise<DelegationNotice | undefined> {
  const [row] = await ctx.db.select({ d: delegations, principalName: principal.name, agentName: agent.name }).from(delegations)
    .innerJoin(principal, eq(principal.id, delegations.principalId)).innerJoin(agent, eq(agent.id, delegations.agentId))
    .where(eq(delegations.id, delegationId));
  if (!row) return undefined;
  return { delegationId, principalId: row.d.principalId, principalName: row.principalName, agentId: row.d.agentId, agentName: row.agentName,
    scopes: row.d.scopes, validUntil: row.d.validUntil, revokedAt: row.d.revokedAt };
}

export interface AgentAuthorizationNotice {
  agentId: string; // the authorisation (enterprise_agents row)
  personId: string;
  enterpriseId: string;
  enterpriseName: string;
  scopes: string[];
  validUntil: Date;
}

export async function agentAuthorizationNotice(ctx: Ctx, agentId: string): Promise<AgentAuthorizationNotice | undefined> {
  const [row] = await ctx.db.select({ a: enterpriseAgents, enterpriseName: enterprises.name }).from(enterpriseAgents)
    .innerJoin(enterprises, eq(enterprises.id, enterpriseAgents.enterpriseId)).where(eq(enterpriseAgents.id, agentId));
  if (!row) return undefined;
  return { agentId, personId: row.a.personId, enterpriseId: row.a.enterpriseId, enterpriseName: row.enterpriseName, scopes: row.a.scopes,
    validUntil: row.a.validUntil };
}

/** The person behind an account (null for staff accounts, which belong to no person) and its display name. */
export async function accountHolder(ctx: Ctx, accountId: string): Promise<{ personId: string | null; displayName: string } | undefined> {
  const [row] = await ctx.db.select({ personId: accounts.personId, displayName: accounts.displayName }).from(accounts).where(eq(accounts.id, accountId));
  return row;
}

/**
 * The active accounts posted to a department in one of the roles, for messages to its staff (an overdue case
 * goes to its reviewers and admins). Ids only: the message goes to each account's own inbox.
 */
export async function departmentStaffAccounts(ctx: Ctx, departmentId: string, roles: readonly Role[]): Promise<string[]> {
  const rows = await ctx.db.selectDistinct({ id: accounts.id }).from(postings).innerJoin(accounts, eq(accounts.id, postings.accountId))
    .where(and(eq(postings.departmentId, departmentId), inArray(postings.role, [...roles]), eq(accounts.status, 'active'))).orderBy(asc(accounts.id));
  return rows.map((r) => r.id);
}
