// Who may do what with an application. Pure: the service loads the facts, these decide; a failed read is
// reported as "not found".
import { departmentsWhere, regionsWhere, type Actor } from '../../platform/actor.js';
import { isWithinRegion } from '../../platform/identifiers.js';
import type { ApplicationStatus } from './schema.js';

export interface ApplicationFacts {
  applicantPersonId: string;
  applicantEnterpriseId: string | null;
  filedByAccountId: string;
  regionCode: string;
  departmentId: string;
  status: ApplicationStatus;
  taskDepartmentIds: string[]; // departments with a task on it, at any stage
  openTaskDepartmentIds: string[]; // departments whose task is open now
  deferredMaterials: string[];
}

export type CaseAction = 'read' | 'edit_draft' | 'withdraw' | 'supplement' | 'supply_deferred' | 'accept' | 'request_supplement';

/** The applicant, or someone acting for them within a live authorisation that covers `scope`. */
export function isApplicantSide(actor: Actor, a: ApplicationFacts, scope: 'applications.read' | 'applications.submit'): boolean {
  const acting = actor.actingFor;
  if (!acting) return actor.personId === a.applicantPersonId && a.applicantEnterpriseId === null;
  if (acting.kind === 'person') return acting.personId === a.applicantPersonId && a.applicantEnterpriseId === null && acting.scopes.includes(scope);
  return acting.enterpriseId === a.applicantEnterpriseId && acting.scopes.includes(scope);
}

/** Staff whose work touches the case. A draft is the citizen's own until submitted: no staff see it. */
export const isStaffOf = (actor: Actor, a: ApplicationFacts) => a.status !== 'draft' && (
  departmentsWhere(actor, 'reviewer', 'department_admin').some((d) => d === a.departmentId || a.taskDepartmentIds.includes(d))
  || regionsWhere(actor, 'window_clerk', 'leader').some((r) => isWithinRegion(a.regionCode, r)));

const isClerkOf = (actor: Actor, a: ApplicationFacts) => regionsWhere(actor, 'window_clerk').some((r) => isWithinRegion(a.regionCode, r));

const OPEN: ApplicationStatus[] = ['submitted', 'supplement_requested', 'in_review'];

export function canOnApplication(actor: Actor, action: CaseAction, a: ApplicationFacts): boolean {
  switch (action) { // no default: a new action does not compile until someone decides who may do it
    // Whoever filed it has no standing of their own: an agent's access ends with the authorisation.
    case 'read': return isApplicantSide(actor, a, 'applications.read') || isStaffOf(actor, a);
    case 'edit_draft': return a.status === 'draft' && isApplicantSide(actor, a, 'applications.submit');
    case 'withdraw': return OPEN.includes(a.status) && isApplicantSide(actor, a, 'applications.submit');
    // At the window, a clerk of the region may take what the applicant brings in person.
    case 'supplement': return a.status === 'supplement_requested' && (isApplicantSide(actor, a, 'applications.submit') || isClerkOf(actor, a));
    case 'supply_deferred':
      return OPEN.includes(a.status) && a.deferredMaterials.length > 0 && (isApplicantSide(actor, a, 'applications.submit') || isClerkOf(actor, a));
    case 'accept':
      return a.status === 'submitted' && (regionsWhere(actor, 'window_clerk').some((r) => isWithinRegion(a.regionCode, r))
        || departmentsWhere(actor, 'reviewer').includes(a.departmentId));
    case 'request_supplement':
      return (a.status === 'submitted' && canOnApplication(actor, 'accept', a))
        || (a.status === 'in_review' && departmentsWhere(actor, 'reviewer').some((d) => a.openTaskDepartmentIds.includes(d)));
  }
}
