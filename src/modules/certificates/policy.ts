// Who may do what with an electronic certificate. Pure: the service loads the facts, these decide; a failed read
// is reported as "not found".
import { departmentsWhere, isOperator, type Actor } from '../../platform/actor.js';

export interface CertificateFacts {
  holderPersonId: string | null;
  holderEnterpriseId: string | null; // set: the enterprise holds it (its legal representative's person id is not the holder)
  issuerDepartmentId: string;
}

export type CertificateAction = 'read' | 'download' | 'share' | 'change_status';

/** The person holding a personal certificate, themself (not someone acting for them). */
const isPersonalHolder = (actor: Actor, c: CertificateFacts) =>
  actor.actingFor === null && c.holderEnterpriseId === null && c.holderPersonId !== null && actor.personId === c.holderPersonId;

/** Someone helping the holder (帮办代办) within a live delegation that lets them see certificates. */
const isDelegateWhoMayLook = (actor: Actor, c: CertificateFacts) =>
  actor.actingFor?.kind === 'person' && c.holderEnterpriseId === null && actor.actingFor.personId === c.holderPersonId
  && actor.actingFor.scopes.includes('certificates.read');

/** The enterprise's legal representative or an agent (经办人) authorised to see the enterprise's records. */
const isEnterpriseSide = (actor: Actor, c: CertificateFacts) =>
  actor.actingFor?.kind === 'enterprise' && c.holderEnterpriseId !== null && actor.actingFor.enterpriseId === c.holderEnterpriseId
  && (actor.actingFor.authorizationId === null || actor.actingFor.scopes.includes('enterprise.read'));

/** Reviewers and admins of the department that issued it. */
const isIssuingStaff = (actor: Actor, c: CertificateFacts) => departmentsWhere(actor, 'reviewer', 'department_admin').includes(c.issuerDepartmentId);

export function canOnCertificate(actor: Actor, action: CertificateAction, c: CertificateFacts): boolean {
  switch (action) { // no default: a new action does not compile until someone decides who may do it
    // Seeing it in a wallet. The issuer's staff change a certificate's status by its id; they never open a wallet.
    case 'read': return isPersonalHolder(actor, c) || isDelegateWhoMayLook(actor, c) || isEnterpriseSide(actor, c);
    // A copy that leaves Tongban, and a share that shows it to a third party, are the holder's acts: a delegate may
    // look, not show (the holder key never leaves the wallet, so a downloaded copy alone verifies as "not shown").
    case 'download':
    case 'share': return isPersonalHolder(actor, c) || isEnterpriseSide(actor, c);
    case 'change_status': return isIssuingStaff(actor, c) || isOperator(actor);
  }
}

/** Where the actor's wallet is: their own, the enterprise they act for, or the person they help. */
export function walletHolder(actor: Actor): { personId: string } | { enterpriseId: string } | null {
  const acting = actor.actingFor;
  if (acting?.kind === 'enterprise') return { enterpriseId: acting.enterpriseId };
  if (acting?.kind === 'person') return { personId: acting.personId };
  return actor.personId ? { personId: actor.personId } : null;
}

export type SigningKeyAction = 'list' | 'rotate' | 'revoke';

/**
 * A department's signing keys are the platform's to list, rotate and revoke: a department cannot swap or withdraw
 * the key that vouches for it (revoking invalidates every certificate the key signed).
 */
export function canOnSigningKeys(actor: Actor, action: SigningKeyAction): boolean {
  switch (action) {
    case 'list': return isOperator(actor);
    case 'rotate': return isOperator(actor);
    case 'revoke': return isOperator(actor);
  }
}
