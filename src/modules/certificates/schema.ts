// Electronic certificates (电子证照): what was issued to whom, its place on the issuer's status list, and the
// shares the holder made. The credential itself is kept encrypted: it carries personal data.
import { index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ts } from '../../platform/columns.js';

export type CertificateStatus = 'valid' | 'revoked' | 'suspended';

/** An issuer's Token Status List: 2 bits per certificate (0 valid, 1 revoked, 2 suspended). */
export const statusLists = pgTable('certificate_status_lists', {
  id: uuid('id').primaryKey(),
  issuerDepartmentId: uuid('issuer_department_id').notNull(),
  capacity: integer('capacity').notNull(),
  used: integer('used').notNull().default(0),
  createdAt: ts('created_at').notNull(),
  // Signed once per change (IETF Token Status List): `revision` counts status changes on the list; the token
  // signed at `signed_revision` with key `signed_kid` is served until the next change, key rotation or half its life.
  revision: integer('revision').notNull().default(0),
  signedJwt: text('signed_jwt'),
  signedRevision: integer('signed_revision'),
  signedKid: text('signed_kid'),
  signedAt: ts('signed_at'),
}, (t) => [index('certificate_status_lists_issuer_idx').on(t.issuerDepartmentId, t.createdAt)]);

export const certificates = pgTable('certificates', {
  id: uuid('id').primaryKey(),
  type: text('type').notNull(),
  issuerDepartmentId: uuid('issuer_department_id').notNull(),
  holderPersonId: uuid('holder_person_id'),
  holderEnterpriseId: uuid('holder_enterprise_id'),
  applicationId: uuid('application_id'), // the case whose result it is; null for certificates registered from records
  credentialEnc: text('credential_enc').notNull(), // the SD-JWT VC with every disclosure
  holderKeyEnc: text('holder_key_enc').notNull(), // the wallet's key for this certificate (key binding of shares)
  statusListId: uuid('status_list_id').notNull(),
  statusIndex: integer('status_index').notNull(),
  status: text('status').$type<CertificateStatus>().notNull(),
  statusReason: text('status_reason'),
  statusChangedAt: ts('status_changed_at'),
  issuedAt: ts('issued_at').notNull(),
  expiresAt: ts('expires_at'),
}, (t) => [
  uniqueIndex('certificates_status_slot_uq').on(t.statusListId, t.statusIndex),
  uniqueIndex('certificates_application_uq').on(t.applicationId, t.type), // one result certificate per case, however often the event comes
  index('certificates_person_idx').on(t.holderPersonId, t.type),
  index('certificates_enterprise_idx').on(t.holderEnterpriseId, t.type),
]);

/** A holder's disclosure to one verifier for a while (亮证): which claims, to whom, until when. */
export const certificateShares = pgTable('certificate_shares', {
  id: uuid('id').primaryKey(),
  certificateId: uuid('certificate_id').notNull().references(() => certificates.id),
  claims: text('claims').array().notNull(),
  verifier: text('verifier').notNull(),
  presentationEnc: text('presentation_enc').notNull(),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at').notNull(),
  expiresAt: ts('expires_at').notNull(),
  // The short code of the share's link (/verify#s=…), small enough for a QR code a phone scans: looked up by a
  // keyed blind index, kept encrypted so the holder's list can show the link again. Null for shares made before.
  codeIndex: text('code_index'),
  codeEnc: text('code_enc'),
  revokedAt: ts('revoked_at'), // the holder withdrew it: the link fetches nothing, the verify API refuses it
}, (t) => [index('certificate_shares_certificate_idx').on(t.certificateId, t.createdAt), uniqueIndex('certificate_shares_code_uq').on(t.codeIndex)]);
