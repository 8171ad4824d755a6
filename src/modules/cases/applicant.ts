// Who an application is for and through which channel: the applicant resolved from the actor, with what prefill may use.
import { hasRole } from '../../platform/actor.js';
import type { Ctx } from '../../platform/context.js';
import { forbidden, invalidField } from '../../platform/errors.js';
import { contactPhone, getEnterprise, getPerson } from '../identity/index.js';

export interface Applicant {
  regionCode: string; // household region of the person, or the enterprise's: where the case is handled, if the item is there
  personId: string;
  enterpriseId: string | null;
  name: string;
  channel: 'online' | 'window' | 'agent';
  delegationId: string | null;
  prefill: Record<string, unknown>; // 'applicant.name' → value
}

/** What prefill may use about a person: their own record, read for this application. */
async function personFacts(ctx: Ctx, personId: string, purpose: string | undefined, reveal: boolean): Promise<{ name: string; regionCode: string; facts: Record<string, unknown> }> {
  const person = await getPerson(ctx, personId, { purpose, reveal });
  return { name: person.name, regionCode: person.householdRegionCode, facts: { 'applicant.name': person.name, 'applicant.idNumber': person.idNumber, 'applicant.birthDate': person.birthDate,
    'applicant.phone': (await contactPhone(ctx, personId)) ?? undefined } };
}

/** Who the application is for, and through which channel, from the actor. */
export async function resolveApplicant(ctx: Ctx, forPersonId: string | undefined, citizenConfirmed: boolean | undefined): Promise<Applicant> {
  const actor = ctx.actor;
  if (forPersonId !== undefined) {
    // 线下兜底: a window clerk files for a walk-in, who confirms what was entered.
    if (!hasRole(actor, 'window_clerk')) throw forbidden();
    if (citizenConfirmed !== true) {
      throw invalidField('/citizenConfirmed', 'cases.confirmation_required', { zh: '窗口代为申请须经申请人当面确认', en: 'A window filing needs the applicant\'s confirmation' });
    }
    const { name, regionCode, facts } = await personFacts(ctx, forPersonId, '窗口受理申请 window filing', true);
    return { regionCode, personId: forPersonId, enterpriseId: null, name, channel: 'window', delegationId: null, prefill: facts };
  }
  const acting = actor.actingFor;
  if (acting?.kind === 'enterprise') {
    if (!acting.scopes.includes('applications.submit') || !actor.personId) throw forbidden();
    const enterprise = await getEnterprise(ctx, acting.enterpriseId);
    // The applicant is the enterprise; the form's applicant fields are the person filing for it (经办人).
    const { facts } = await personFacts(ctx, actor.personId, undefined, true);
    return { regionCode: enterprise.regionCode, personId: enterprise.legalRepresentativeId, enterpriseId: enterprise.id, name: enterprise.name, channel: acting.authorizationId ? 'agent' : 'online', delegationId: acting.authorizationId,
      prefill: { ...facts, 'enterprise.name': enterprise.name, 'enterprise.creditCode': enterprise.creditCode } };
  }
  if (acting?.kind === 'person') {
    if (!acting.scopes.includes('applications.submit')) throw forbidden();
    const { name, regionCode, facts } = await personFacts(ctx, acting.personId, `代办授权 delegation ${acting.delegationId}`, false);
    return { regionCode, personId: acting.personId, enterpriseId: null, name, channel: 'agent', delegationId: acting.delegationId, prefill: facts };
  }
  if (!actor.personId) throw forbidden();
  const { name, regionCode, facts } = await personFacts(ctx, actor.personId, undefined, true);
  return { regionCode, personId: actor.personId, enterpriseId: null, name, channel: 'online', delegationId: null, prefill: facts };
}
