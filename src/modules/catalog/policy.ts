// Who may do what with a catalog entry (a service item or a life-event bundle). Pure: the service loads the facts
// (the entry's owning department and regions, and which departments the actor administers), these decide; a failed
// read is reported as "not found". Published versions are public; this is about drafts, editing and publishing.
import { isOperator, type Actor } from '../../platform/actor.js';
import { isWithinRegion } from '../../platform/identifiers.js';

export interface CatalogEntryFacts {
  kind: 'item' | 'bundle';
  department: string | null; // the owning department's code (items); bundles span departments and have none
  regions: readonly string[]; // where the entry (its latest version) is implemented
}

/** A department the actor administers (部门管理员): its code and its region. */
export interface AdministeredDepartment { code: string; regionCode: string }

export type CatalogAction = 'read_drafts' | 'edit' | 'publish';

/**
 * An admin of the owning department, in a region that holds every region the entry is implemented in: a county's
 * admin cannot change what other counties implement, nor one department another's items.
 */
const isOwningAdmin = (e: CatalogEntryFacts, administered: readonly AdministeredDepartment[]) =>
  e.kind === 'item' && e.department !== null && e.regions.length > 0
  && administered.some((d) => d.code === e.department && e.regions.every((r) => isWithinRegion(r, d.regionCode)));

export function canOnCatalogEntry(actor: Actor, action: CatalogAction, e: CatalogEntryFacts, administered: readonly AdministeredDepartment[]): boolean {
  switch (action) { // no default: a new action does not compile until someone decides who may do it
    // Drafts and superseded versions are the owning department's working papers. Bundles span departments: the
    // platform's operators edit them.
    case 'read_drafts':
    case 'edit':
    case 'publish': return isOperator(actor) || isOwningAdmin(e, administered);
  }
}
