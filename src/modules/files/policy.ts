// Who may do what with a file. Pure predicates: the service loads the facts, these decide, and a failing read
// is answered "not found" so nobody learns that a file they may not see exists.
import { actorLabel, hasRole, staffRoles, type Actor } from '../../platform/actor.js';

export interface FileFacts {
  ownerPersonId: string | null;
  uploadedBy: string; // actor label
  /**
   * A submitted case holding the file that the actor works on as staff (the cases module's own rule), or null.
   * Loaded only for staff: owners and helpers need no case.
   */
  staffCase: { applicationId: string; number: string | null } | null;
}

export type FileAction = 'read' | 'upload';

// Delegation scopes (identity's delegationScopes) under which a helper (帮办代办) handles someone's materials.
const delegateUploadScopes: readonly string[] = ['applications.submit'];
const delegateReadScopes: readonly string[] = ['applications.submit', 'applications.read'];

/** Staff who read applicants' materials in their work: always with a purpose, recorded in the owner's log. */
export const staffReaderRoles = ['window_clerk', 'reviewer'] as const;

/** Whether the actor may read staff-side: a clerk or reviewer working on a case that holds the file. */
export const mayReadAsStaff = (actor: Actor) => actor.kind === 'account' && actor.actingFor === null && hasRole(actor, ...staffReaderRoles);

/**
 * How the actor may read a file, or null (answered 404).
 * - owner: the person whose material it is, themself (not while acting for someone else), or for an ownerless
 *   staff document, the account that uploaded it;
 * - delegate: someone acting for the owner under a live delegation that covers applications;
 * - staff: a window clerk or reviewer through a case their department works on (issue 13 item 8), or the clerk
 *   who scanned the paper at the window for a walk-in; always with a purpose;
 * - system: the platform itself (jobs, the command line).
 */
export type ReadAccess = 'owner' | 'delegate' | 'staff' | 'system' | null;

export function readAccess(actor: Actor, file: FileFacts): ReadAccess {
  if (actor.kind === 'system') return 'system';
  if (actor.kind !== 'account') return null;
  const acting = actor.actingFor;
  if (file.ownerPersonId !== null) {
    if (acting?.kind === 'person') {
      if (acting.personId === file.ownerPersonId && acting.scopes.some((s) => delegateReadScopes.includes(s))) return 'delegate';
    } else if (actor.personId === file.ownerPersonId) {
      return 'owner';
    }
  } else if (file.uploadedBy === actorLabel(actor)) {
    return 'owner';
  }
  return mayReadAsStaff(actor) && (file.staffCase !== null || file.uploadedBy === actorLabel(actor)) ? 'staff' : null;
}

/**
 * Whose material the actor may upload: their own; the person they act for (with the submit scope); any person's
 * at the window (a clerk scanning a walk-in's papers, 帮办代办); an ownerless staff document if they are staff.
 */
export function canUploadFor(actor: Actor, ownerPersonId: string | null): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'account') return false;
  if (ownerPersonId === null) return hasRole(actor, ...staffRoles);
  const acting = actor.actingFor;
  if (acting?.kind === 'person') return acting.personId === ownerPersonId && acting.scopes.some((s) => delegateUploadScopes.includes(s));
  return actor.personId === ownerPersonId || hasRole(actor, 'window_clerk');
}

/** The one entry point, in the house style: every action decided here. */
export function canOnFile(actor: Actor, action: FileAction, file: FileFacts): boolean {
  switch (action) {
    case 'read':
      return readAccess(actor, file) !== null;
    case 'upload':
      return canUploadFor(actor, file.ownerPersonId);
  }
}
