// Who may do what with a policy (政策) or an event trigger (无感智办). Pure: the service loads the facts and the
// department codes the actor works in, these decide; a failed read is reported as "not found".
// Policies and triggers belong to a department by its code (as catalog items do), so the admin of 民政局 in any
// region manages the policies of `mzj`.
import { isOperator, type Actor } from '../../platform/actor.js';
import type { PolicyStatus } from './schema.js';

/** The departments (by code) the actor works in: as an admin, and as any staff posted there. */
export interface DepartmentStanding {
  adminOf: string[];
  staffOf: string[]; // department_admin, reviewer, window_clerk
}

export interface PolicyFacts {
  departmentCode: string;
  status: PolicyStatus;
  /** 秒批 or 免申即享: the policy decides cases of its item by itself. */
  decidesItem: boolean;
  /** The department handling the policy's item (the published catalog entry), when it names one that exists. */
  itemDepartmentCode: string | null;
}

export type PolicyAction = 'read' | 'read_draft' | 'edit' | 'run_tests' | 'preview' | 'publish' | 'withdraw' | 'list_versions' | 'decide_item';

const manages = (actor: Actor, s: DepartmentStanding, departmentCode: string) => isOperator(actor) || s.adminOf.includes(departmentCode);
const isStaffOf = (actor: Actor, s: DepartmentStanding, departmentCode: string) => isOperator(actor) || s.staffOf.includes(departmentCode);

export function canOnPolicy(actor: Actor, s: DepartmentStanding, action: PolicyAction, p: PolicyFacts): boolean {
  switch (action) { // no default: a new action does not compile until someone decides who may do it
    // The published version is public; the working draft (and a policy never published, or withdrawn) is the
    // department's business: to anyone else it does not exist.
    case 'read': return p.status === 'published' || isStaffOf(actor, s, p.departmentCode);
    case 'read_draft': return isStaffOf(actor, s, p.departmentCode);
    case 'edit':
    case 'run_tests':
    case 'preview':
    case 'withdraw':
    case 'list_versions':
      return manages(actor, s, p.departmentCode);
    case 'publish': return manages(actor, s, p.departmentCode) && canOnPolicy(actor, s, 'decide_item', p);
    // 秒批 and 免申即享 decide cases of the item: only for an item the policy's own department handles. Not even an
    // operator binds one department's rule to another department's decisions.
    case 'decide_item': return !p.decidesItem || (p.itemDepartmentCode !== null && p.itemDepartmentCode === p.departmentCode);
  }
}

export interface TriggerFacts {
  departmentCode: string | null; // null: a trigger from before triggers had owners, left to operators
}

export type TriggerOperation = 'read' | 'edit';

export function canOnTrigger(actor: Actor, s: DepartmentStanding, action: TriggerOperation, t: TriggerFacts): boolean {
  switch (action) {
    // Triggers are configuration, not personal data: every department's admins see them all, to avoid doubles.
    case 'read': return isOperator(actor) || s.adminOf.length > 0;
    case 'edit': return isOperator(actor) || (t.departmentCode !== null && s.adminOf.includes(t.departmentCode));
  }
}

/**
 * Acting on "my" policy data (matches, facts, prepared services, the simulator with my facts) for someone else:
 * a delegate (帮办代办) reads with `profile.read` and opts out with `applications.submit`; an enterprise's agent
 * (经办人) reads with `enterprise.read` and opts out (or back in, or confirms a prepared service) with
 * `applications.submit`. Oneself: always.
 */
export type SubjectAction = 'read_own' | 'opt_out';

export function canActForSubject(actor: Actor, action: SubjectAction): boolean {
  const acting = actor.actingFor;
  if (!acting) return actor.personId !== null;
  switch (action) {
    case 'read_own': return acting.scopes.includes(acting.kind === 'person' ? 'profile.read' : 'enterprise.read');
    case 'opt_out': return acting.scopes.includes('applications.submit');
  }
}

/** Facts are recorded by the platform (events, the data exchange, seeding) and its operators: nobody else. */
export const canRecordFacts = (actor: Actor) => isOperator(actor);
