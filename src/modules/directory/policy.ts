// Who may change the directory. Pure predicates over the actor and the facts of the object.
import { departmentsWhere, isOperator, type Actor } from '../../platform/actor.js';

export const canManageDirectory = (actor: Actor) => isOperator(actor);

/** A department's own admin may edit its contact details; operators may edit any. */
export const canEditDepartment = (actor: Actor, department: { id: string }) =>
  canManageDirectory(actor) || departmentsWhere(actor, 'department_admin').includes(department.id);
