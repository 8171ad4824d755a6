// Who may read and change the directory. Pure predicates over the actor and the facts of the object: the service
// loads the row, these decide. A government's organisation is public information, so reading is open to all.
import { departmentsWhere, isOperator, type Actor } from '../../platform/actor.js';

/** Regions, halls and windows, and creating departments: platform operators only. */
export const canManageDirectory = (actor: Actor) => isOperator(actor);

export interface DepartmentFacts {
  id: string;
}

export type DepartmentAction = 'read' | 'edit_contact_details';

/**
 * A department's own admin may edit its names and contact details (issue 13 item 10: only their own); operators
 * may edit any. Everyone reads every department.
 */
export function canOnDepartment(actor: Actor, action: DepartmentAction, department: DepartmentFacts): boolean {
  switch (action) {
    case 'read':
      return true;
    case 'edit_contact_details':
      return canManageDirectory(actor) || departmentsWhere(actor, 'department_admin').includes(department.id);
  }
}
