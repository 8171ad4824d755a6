// 帮办代办: a citizen authorises another person (a relative, a village helper) to act for them, within named
// scopes and until a set time. Either side can end it; it is checked afresh on every request.
import { and, desc, eq, isNull, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { recordAudit } from '../../platform/audit.js';
import { emit } from '../../platform/jobs.js';
import { forbidden, invalidField } from '../../platform/errors.js';
import { checkIdNumber, delegationNotFound } from './errors.js';
import { checkValidity, type GrantWindow } from './grants.js';
import { findPersonRowByIdNumber } from './persons.js';
import type { DelegationScope } from './policy.js';
import { delegations, persons } from './schema.js';

export interface DelegationView {
  id: string;
  principal: { personId: string; name: string };
  agent: { personId: string; name: string };
  scopes: string[];
  validFrom: string;
  validUntil: string;
  note: string | null;
  revokedAt: string | null;
  live: boolean;
}

export interface DelegationInput extends GrantWindow {
  agentIdNumber: string;
  agentName: string;
  scopes: DelegationScope[];
  note?: string | undefined;
}

const principal = alias(persons, 'principal');
const agent = alias(persons, 'agent');

function view(ctx: Ctx, d: typeof delegations.$inferSelect, principalName: string, agentName: string): DelegationView {
  const now = ctx.clock.now();
  return {
    id: d.id, principal: { personId: d.principalId, name: principalName }, agent: { personId: d.agentId, name: agentName }, scopes: d.scopes,
    validFrom: d.validFrom.toISOString(), validUntil: d.validUntil.toISOString(), note: d.note, revokedAt: d.revokedAt?.toISOString() ?? null,
    live: !d.revokedAt && d.validFrom <= now && d.validUntil > now,
  };
}

export function grantDelegation(ctx: Ctx, input: DelegationInput): Promise<DelegationView> {
  const principalId = ctx.actor.personId;
  if (!principalId || ctx.actor.actingFor) throw forbidden(); // only for oneself, never passed on by an agent
  const idNumber = checkIdNumber(input.agentIdNumber, '/agentIdNumber');
  return withTransaction(ctx, async (tx) => {
    const { validFrom, validUntil } = checkValidity(tx, input);
    const agentRow = await findPersonRowByIdNumber(tx, idNumber);
    if (!agentRow || agentRow.name !== input.agentName) {
      throw invalidField('/agentIdNumber', 'identity.agent_unknown', { zh: '未找到姓名与身份号码一致的已登记人员', en: 'No registered person matches this name and ID number' });
    }
    if (agentRow.id === principalId) throw invalidField('/agentIdNumber', 'identity.delegate_self', { zh: '不能授权给自己', en: 'You cannot authorise yourself' });
    const [row] = await tx.db.insert(delegations).values({
      id: newId(), principalId, agentId: agentRow.id, scopes: input.scopes, validFrom, validUntil, note: input.note ?? null, createdAt: tx.clock.now(),
    }).returning();
    await recordAudit(tx, { action: 'delegation.granted', subjectType: 'delegation', subjectId: row!.id, subjectPersonId: principalId,
      details: { agentPersonId: agentRow.id, scopes: input.scopes, validUntil: validUntil.toISOString() } });
    await emit(tx, 'delegation.granted', { delegationId: row!.id, principalId, agentId: agentRow.id });
    const [me] = await tx.db.select({ name: persons.name }).from(persons).where(eq(persons.id, principalId));
    return view(tx, row!, me!.name, agentRow.name);
  });
}

/** Delegations I gave and delegations I received. */
export async function listDelegations(ctx: Ctx): Promise<{ given: DelegationView[]; received: DelegationView[] }> {
  const personId = ctx.actor.personId;
  if (!personId) return { given: [], received: [] };
  const rows = await ctx.db.select({ d: delegations, principalName: principal.name, agentName: agent.name }).from(delegations)
    .innerJoin(principal, eq(principal.id, delegations.principalId)).innerJoin(agent, eq(agent.id, delegations.agentId))
    .where(or(eq(delegations.principalId, personId), eq(delegations.agentId, personId))).orderBy(desc(delegations.createdAt)).limit(500);
  const views = rows.map((r) => view(ctx, r.d, r.principalName, r.agentName));
  return { given: views.filter((v) => v.principal.personId === personId), received: views.filter((v) => v.agent.personId === personId) };
}

/** The principal revokes, or the agent declines. Anyone else: not found. */
export function revokeDelegation(ctx: Ctx, id: string): Promise<DelegationView> {
  const personId = ctx.actor.personId;
  if (!personId || ctx.actor.actingFor) return Promise.reject(delegationNotFound());
  return withTransaction(ctx, async (tx) => {
    const [found] = await tx.db.select({ d: delegations, principalName: principal.name, agentName: agent.name }).from(delegations)
      .innerJoin(principal, eq(principal.id, delegations.principalId)).innerJoin(agent, eq(agent.id, delegations.agentId))
      .where(and(eq(delegations.id, id), or(eq(delegations.principalId, personId), eq(delegations.agentId, personId)), isNull(delegations.revokedAt)))
      .for('update', { of: delegations });
    if (!found) throw delegationNotFound();
    const [row] = await tx.db.update(delegations).set({ revokedAt: tx.clock.now() }).where(eq(delegations.id, id)).returning();
    await recordAudit(tx, { action: 'delegation.revoked', subjectType: 'delegation', subjectId: id, subjectPersonId: found.d.principalId,
      details: { by: personId === found.d.principalId ? 'principal' : 'agent' } });
    await emit(tx, 'delegation.revoked', { delegationId: id });
    return view(tx, row!, found.principalName, found.agentName);
  });
}
