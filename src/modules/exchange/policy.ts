// Who may do what in the data exchange (数据共享交换). Pure: the services load the facts (a source, a grant, a
// machine client, a stored answer), these decide; a failed read is reported as "not found".
// Departments here are departments by id: a source belongs to one body, a grant names one consuming body.
import { departmentsWhere, isOperator, staffRoles, type Actor } from '../../platform/actor.js';

/** Admins of the department, and operators. */
const administers = (actor: Actor, departmentId: string) => isOperator(actor) || departmentsWhere(actor, 'department_admin').includes(departmentId);
/** The department's own machine clients. */
const isClientOf = (actor: Actor, departmentId: string) => actor.kind === 'client' && actor.client?.departmentId === departmentId;
/** The department's staff and machine clients, and the platform itself. */
const speaksFor = (actor: Actor, departmentId: string) =>
  actor.kind === 'system' || isClientOf(actor, departmentId) || (actor.kind === 'account' && departmentsWhere(actor, ...staffRoles).includes(departmentId));

export interface SourceFacts { ownerDepartmentId: string }
export type SourceAction = 'read' | 'register' | 'update' | 'publish_record' | 'grant' | 'read_own_records';

export function canOnSource(actor: Actor, action: SourceAction, s: SourceFacts): boolean {
  switch (action) { // no default: a new action does not compile until someone decides who may do it
    // The catalogue (数据目录: what exists, who owns it, on what basis, the shape of a record) is no secret. Its routes
    // open it to staff and systems; a citizen's once-only fetch reads the source it names through cases.
    case 'read': return true;
    case 'register':
    case 'update':
    case 'grant':
      return administers(actor, s.ownerDepartmentId);
    // 前置库: the owning department's admins and its own systems keep its records.
    case 'publish_record': return administers(actor, s.ownerDepartmentId) || isClientOf(actor, s.ownerDepartmentId);
    // A department reads its own register for its own decisions (the police their household register when they
    // register a birth): no grant, since nothing crosses departments; the subject still sees the read in their log.
    case 'read_own_records': return speaksFor(actor, s.ownerDepartmentId);
  }
}

export interface GrantFacts { sourceOwnerDepartmentId: string; consumerDepartmentId: string }
export type GrantAction = 'read' | 'revoke';

export function canOnGrant(actor: Actor, action: GrantAction, g: GrantFacts): boolean {
  switch (action) {
    // The data owner and the consumer both know what was granted; only the owner takes it back.
    case 'read': return administers(actor, g.sourceOwnerDepartmentId) || administers(actor, g.consumerDepartmentId);
    case 'revoke': return administers(actor, g.sourceOwnerDepartmentId);
  }
}

export interface ClientFacts { departmentId: string }
export type ClientAction = 'read' | 'issue' | 'revoke';

export function canOnClient(actor: Actor, action: ClientAction, c: ClientFacts): boolean {
  switch (action) {
    case 'read':
    case 'issue':
    case 'revoke':
      return administers(actor, c.departmentId);
  }
}

/** A query about to be made, or a stored answer. */
export interface QueryFacts {
  consumerDepartmentId: string;
  subjectPersonId: string | null;
  /** The case named as the purpose, when there is one and it exists. */
  case: { applicantPersonId: string; applicantEnterpriseId: string | null } | null;
}
export type QueryAction = 'ask_for_department' | 'ask_as_applicant' | 'read_answer' | 'review';

/** The applicant of the case, or someone acting for them (the route's declared scope already checked). */
export function actsAsApplicant(actor: Actor, c: { applicantPersonId: string; applicantEnterpriseId: string | null }): boolean {
  const acting = actor.actingFor;
  if (!acting) return actor.personId === c.applicantPersonId && c.applicantEnterpriseId === null;
  if (acting.kind === 'enterprise') return acting.enterpriseId === c.applicantEnterpriseId;
  return acting.personId === c.applicantPersonId && c.applicantEnterpriseId === null;
}

export function canOnQuery(actor: Actor, action: QueryAction, q: QueryFacts): boolean {
  switch (action) {
    // 法无授权不可为: the consuming department's staff, its systems and the platform ask in its name; the grant and
    // the purpose are checked next, by the query itself.
    case 'ask_for_department': return speaksFor(actor, q.consumerDepartmentId);
    // The applicant asks for a record for their own case (the department still being the consumer).
    case 'ask_as_applicant': return actor.kind === 'account' && q.case !== null && actsAsApplicant(actor, q.case);
    case 'read_answer':
      return speaksFor(actor, q.consumerDepartmentId)
        || (actor.kind === 'account' && !actor.actingFor && actor.personId !== null && actor.personId === q.subjectPersonId)
        || canOnQuery(actor, 'ask_as_applicant', q);
    // 监督检查: operators see every query, a source's admins the queries of their sources (scoped by the service).
    case 'review': return isOperator(actor) || departmentsWhere(actor, 'department_admin').length > 0;
  }
}
