// Who may do what with identity records. Pure predicates: the service loads the facts, these decide, and a
// failing read is reported as "not found" so nobody learns that a record they may not see exists.
import { departmentsWhere, hasRole, isOperator, regionsWhere, type Actor, type Role } from '../../platform/actor.js';
import { isWithinRegion } from '../../platform/identifiers.js';

/** What a citizen may let another person do for them (帮办代办). */
export const delegationScopes = ['profile.read', 'applications.submit', 'applications.read', 'certificates.read'] as const;
export type DelegationScope = (typeof delegationScopes)[number];

/** What an enterprise may let an agent (经办人) do for it. */
export const agentScopes = ['enterprise.read', 'applications.submit', 'applications.read', 'agents.manage'] as const;
export type AgentScope = (typeof agentScopes)[number];

export interface PersonFacts {
  id: string;
  householdRegionCode: string;
}

export type PersonAction = 'read' | 'read_profile' | 'reveal_id_number' | 'verify_in_person' | 'record_registry_check' | 'request_registry_check' | 'open_account';

/**
 * Reading a person's record. Everyone but the person themself needs a purpose, recorded in their access log.
 * Window clerks serve walk-ins from anywhere (跨域通办); reviewers only people of their own region.
 * - read: any use of the record, including filing an application for the person (a delegate with
 *   `applications.submit` uses their identity on the form, logged with the delegation as purpose);
 * - read_profile: the record itself, as a profile (GET /persons/:id): a delegate needs `profile.read`;
 * - verify_in_person: 实名核验 at a window, real-name level 3: a window clerk with the ID card in front of them;
 * - record_registry_check: level 2, the name and number found in a registry: the platform itself, never a person;
 * - request_registry_check: asking for that check of one's own record online (the platform does the check);
 * - open_account: 窗口开通账号, a citizen account for a person on record, at a window.
 */
export function canOnPerson(actor: Actor, action: PersonAction, person: PersonFacts): boolean {
  const self = isSelf(actor, person.id);
  const delegateWith = (...scopes: DelegationScope[]) =>
    actor.actingFor?.kind === 'person' && actor.actingFor.personId === person.id && actor.actingFor.scopes.some((s) => scopes.includes(s as DelegationScope));
  const staff = hasRole(actor, 'window_clerk') || regionsWhere(actor, 'reviewer').some((r) => isWithinRegion(person.householdRegionCode, r));
  switch (action) {
    case 'read':
      // The platform itself (signing a certificate, a job) reads what its task needs; the purpose is still logged.
      return actor.kind === 'system' || self || delegateWith('profile.read', 'applications.submit') || staff;
    case 'read_profile':
      return actor.kind === 'system' || self || delegateWith('profile.read') || staff;
    case 'reveal_id_number': // checking a walk-in's identity against their card needs the full number
      return actor.kind === 'system' || self || hasRole(actor, 'window_clerk');
    case 'verify_in_person':
      return hasRole(actor, 'window_clerk');
    case 'record_registry_check':
      return actor.kind === 'system';
    case 'request_registry_check':
      return self;
    case 'open_account':
      return hasRole(actor, 'window_clerk');
  }
}

/** One's own record; acting for an enterprise one is still oneself (the 经办人), acting for a person one is not. */
const isSelf = (actor: Actor, personId: string) => actor.personId === personId && actor.actingFor?.kind !== 'person';

export const needsPurpose = (actor: Actor, personId: string) => !isSelf(actor, personId);

export interface AccountFacts {
  postings: { role: string; departmentId: string | null }[];
}

export type AccountAction = 'read' | 'disable' | 'reset_password' | 'add_posting';

/**
 * Platform operators manage every account; a department admin only accounts whose every posting is in a department
 * they administer (not a citizen's account, not staff shared with another department, not an operator or leader).
 * Failing `read` is "not found": another department's staff are not even listed.
 */
export function canOnAccount(actor: Actor, action: AccountAction, target: AccountFacts): boolean {
  const mine = departmentsWhere(actor, 'department_admin');
  const manages = isOperator(actor)
    || (target.postings.length > 0 && target.postings.every((p) => p.departmentId !== null && mine.includes(p.departmentId)));
  switch (action) {
    case 'read':
    case 'disable':
    case 'reset_password':
    case 'add_posting': // the posting itself is checked by canGrantPosting
      return manages;
  }
}

/** Roles a department admin may hand out, inside their department. */
export const departmentGrantableRoles: readonly Role[] = ['window_clerk', 'reviewer', 'department_admin'];

export function canGrantPosting(actor: Actor, posting: { role: Role; departmentId: string | null }): boolean {
  if (isOperator(actor)) return true;
  return departmentGrantableRoles.includes(posting.role) && posting.departmentId !== null
    && departmentsWhere(actor, 'department_admin').includes(posting.departmentId);
}

export interface EnterpriseFacts {
  id: string;
  legalRepresentativeId: string;
  regionCode: string;
}

export type EnterpriseAction = 'read' | 'manage_agents';

export function canOnEnterprise(actor: Actor, action: EnterpriseAction, e: EnterpriseFacts, agentScopesHeld: readonly string[] | null): boolean {
  const isLegalRep = actor.personId === e.legalRepresentativeId && actor.actingFor === null;
  switch (action) {
    case 'read':
      return isLegalRep || agentScopesHeld !== null || hasRole(actor, 'platform_admin')
        || regionsWhere(actor, 'window_clerk', 'reviewer', 'department_admin', 'leader').some((r) => isWithinRegion(e.regionCode, r));
    case 'manage_agents':
      return isLegalRep || (agentScopesHeld?.includes('agents.manage') ?? false);
  }
}

/** Statistics of a region: leaders of that region and operators. */
export const canSeeRegionStatistics = (actor: Actor, regionCode: string) =>
  hasRole(actor, 'platform_admin') || regionsWhere(actor, 'leader').some((r) => isWithinRegion(regionCode, r));
