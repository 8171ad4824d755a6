// Who may do what with an application, its tasks, its bundle and the statistics. Pure: the service loads the
// facts, these decide; a failed read is reported as "not found". Leaders read no cases at all: they see
// aggregate statistics only (issue 13).
import { departmentsWhere, isOperator, regionsWhere, type Actor } from '../../platform/actor.js';
import { isWithinRegion } from '../../platform/identifiers.js';
import type { ApplicationStatus, TaskStatus } from './schema.js';

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

export type CaseAction =
  | 'read' // the case, its materials list, its public timeline, its reuse figures
  | 'see_full_values' // sensitive form fields unmasked in every answer
  | 'reveal' // one sensitive field unmasked on request, logged
  | 'read_internal_timeline' // staff notes on the timeline
  | 'read_fetched' // a record a data source answered for a material
  | 'edit_draft' | 'change_materials' | 'withdraw' | 'supplement' | 'supply_deferred' | 'accept' | 'request_supplement';

/** The applicant, or someone acting for them within a live authorisation that covers `scope`. */
export function isApplicantSide(actor: Actor, a: ApplicationFacts, scope: 'applications.read' | 'applications.submit'): boolean {
  const acting = actor.actingFor;
  if (!acting) return actor.personId === a.applicantPersonId && a.applicantEnterpriseId === null;
  if (acting.kind === 'person') return acting.personId === a.applicantPersonId && a.applicantEnterpriseId === null && acting.scopes.includes(scope);
  return acting.enterpriseId === a.applicantEnterpriseId && acting.scopes.includes(scope);
}

/** The applicant themself, signed in as who they are (not a delegate, not an agent): their reads need no log entry. */
export const isApplicantInPerson = (actor: Actor, a: ApplicationFacts) =>
  !actor.actingFor && actor.personId === a.applicantPersonId && a.applicantEnterpriseId === null;

/** Staff, never acting for anyone: a staff member helping their mother is a delegate, not staff. */
const asStaff = (actor: Actor) => actor.kind === 'account' && !actor.actingFor;

/** Reviewers of the handling department or of a department with a task on the case: they work it. */
const isReviewerOf = (actor: Actor, a: ApplicationFacts) => asStaff(actor)
  && departmentsWhere(actor, 'reviewer').some((d) => d === a.departmentId || a.taskDepartmentIds.includes(d));

const isClerkOf = (actor: Actor, a: ApplicationFacts) => asStaff(actor) && regionsWhere(actor, 'window_clerk').some((r) => isWithinRegion(a.regionCode, r));

/** Staff whose work touches the case. A draft is the citizen's own until submitted: no staff see it. Leaders are not staff of cases. */
export const isStaffOf = (actor: Actor, a: ApplicationFacts) => a.status !== 'draft' && asStaff(actor) && (
  departmentsWhere(actor, 'reviewer', 'department_admin').some((d) => d === a.departmentId || a.taskDepartmentIds.includes(d))
  || isClerkOf(actor, a));

const OPEN: ApplicationStatus[] = ['submitted', 'supplement_requested', 'in_review'];

export function canOnApplication(actor: Actor, action: CaseAction, a: ApplicationFacts): boolean {
  switch (action) { // no default: a new action does not compile until someone decides who may do it
    // Whoever filed it has no standing of their own: an agent's access ends with the authorisation.
    case 'read': return isApplicantSide(actor, a, 'applications.read') || isStaffOf(actor, a);
    case 'see_full_values': return isApplicantSide(actor, a, 'applications.read');
    // The reviewers working the case check a value against a record; the region's window clerk against the person in front of them.
    case 'reveal': return a.status !== 'draft' && (isReviewerOf(actor, a) || isClerkOf(actor, a));
    case 'read_internal_timeline': return isStaffOf(actor, a);
    // A registry record is for the applicant and for whoever checks it: not for department admins, who assign work.
    case 'read_fetched': return isApplicantSide(actor, a, 'applications.read') || (a.status !== 'draft' && (isReviewerOf(actor, a) || isClerkOf(actor, a)));
    case 'edit_draft': return a.status === 'draft' && isApplicantSide(actor, a, 'applications.submit');
    // Reusing a certificate or fetching a record: the applicant's side, while a draft or awaiting 补正.
    case 'change_materials': return (a.status === 'draft' || a.status === 'supplement_requested') && isApplicantSide(actor, a, 'applications.submit');
    case 'withdraw': return OPEN.includes(a.status) && isApplicantSide(actor, a, 'applications.submit');
    // At the window, a clerk of the region may take what the applicant brings in person.
    case 'supplement': return a.status === 'supplement_requested' && (isApplicantSide(actor, a, 'applications.submit') || isClerkOf(actor, a));
    case 'supply_deferred':
      return OPEN.includes(a.status) && a.deferredMaterials.length > 0 && (isApplicantSide(actor, a, 'applications.submit') || isClerkOf(actor, a));
    case 'accept':
      return a.status === 'submitted' && (isClerkOf(actor, a) || (asStaff(actor) && departmentsWhere(actor, 'reviewer').includes(a.departmentId)));
    case 'request_supplement':
      return (a.status === 'submitted' && canOnApplication(actor, 'accept', a))
        || (a.status === 'in_review' && asStaff(actor) && departmentsWhere(actor, 'reviewer').some((d) => a.openTaskDepartmentIds.includes(d)));
  }
}

/** What a once-only fetch may ask a data source about, for this case: the applicant's own records, never anyone else's. */
export type FetchSubject = { kind: 'person'; personId: string } | { kind: 'enterprise'; enterpriseId: string };

/**
 * The subject a material's data source may be asked about for this case, or null. An enterprise's case fetches the
 * enterprise's records only: never its legal representative's or its agent's personal records. A person's case
 * fetches that person's records. Who may ask (the applicant's side, a delegate within scope) is `change_materials`.
 */
export function fetchSubject(a: ApplicationFacts, sourceKind: 'person' | 'enterprise'): FetchSubject | null {
  if (a.applicantEnterpriseId !== null) return sourceKind === 'enterprise' ? { kind: 'enterprise', enterpriseId: a.applicantEnterpriseId } : null;
  return sourceKind === 'person' ? { kind: 'person', personId: a.applicantPersonId } : null;
}

/** Registry data (一次办 fetches) needs a real-name level of at least 2: a self-declared account may hold someone else's ID number. */
export const MIN_FETCH_REAL_NAME_LEVEL = 2;

export interface TaskFacts {
  departmentId: string;
  status: TaskStatus;
  assigneeAccountId: string | null;
}

export type TaskAction = 'see' | 'claim' | 'decide' | 'transfer' | 'assign';

/**
 * Who may act on a department's review task. The task's state (open, claimed by someone else, the case awaiting
 * 补正) is checked by the service after this, each with its own named error.
 */
export function canOnTask(actor: Actor, action: TaskAction, t: TaskFacts): boolean {
  if (!asStaff(actor)) return false;
  const reviewer = departmentsWhere(actor, 'reviewer').includes(t.departmentId);
  const admin = departmentsWhere(actor, 'department_admin').includes(t.departmentId);
  switch (action) {
    case 'see': return reviewer || admin;
    case 'claim': return reviewer || admin;
    case 'transfer': return reviewer || admin;
    case 'decide': return reviewer;
    case 'assign': return admin;
  }
}

/** A life-event bundle is readable where one of its cases is; each reader sees only the cases they may read. */
export const canReadBundle = (actor: Actor, children: ApplicationFacts[]) => children.some((c) => canOnApplication(actor, 'read', c));

export type StatisticsKind = 'cases' | 'reuse';

/** Whose figures an actor may see: aggregate counts only, never a case. */
export interface StatisticsScope { all: boolean; regions: string[]; departments: string[] }

export function statisticsScope(actor: Actor, kind: StatisticsKind): StatisticsScope {
  const all = isOperator(actor);
  switch (kind) {
    case 'cases': return { all, regions: regionsWhere(actor, 'leader'), departments: [] };
    case 'reuse': return { all, regions: regionsWhere(actor, 'leader'), departments: departmentsWhere(actor, 'department_admin', 'reviewer') };
  }
}

export const canSeeRegionFigures = (scope: StatisticsScope, regionCode: string) => scope.all || scope.regions.some((r) => isWithinRegion(regionCode, r));

/** A life event's draft: whom it is for and who saved it. */
export interface BundleDraftFacts { applicantPersonId: string; filedByAccountId: string }

export type BundleDraftAction = 'read' | 'edit' | 'discard';

/**
 * A life event's draft is the applicant's own, like an item's draft: no staff see it. The applicant, or a delegate
 * acting for them within a live authorisation (read: applications.read; changing it: applications.submit), and only
 * the account that saved it: a draft a delegate started is not handed to the principal half-done, nor the reverse.
 */
export function canOnBundleDraft(actor: Actor, action: BundleDraftAction, d: BundleDraftFacts): boolean {
  const acting = actor.actingFor;
  const mine = actor.accountId === d.filedByAccountId;
  const side = (scope: 'applications.read' | 'applications.submit') => mine && (acting
    ? acting.kind === 'person' && acting.personId === d.applicantPersonId && acting.scopes.includes(scope)
    : actor.personId === d.applicantPersonId);
  switch (action) {
    case 'read': return side('applications.read');
    case 'edit': return side('applications.submit');
    case 'discard': return side('applications.submit');
  }
}
