// What the certificates module tells others: a certificate was issued, or its status changed (注销, 暂停, 恢复).
import { Type } from 'typebox';
import { EventId, EventPayload, Nullable, type PayloadsOf } from '../../platform/events.js';

/** Whom a certificate is about: a person or an enterprise. */
export const HolderSchema = Type.Union([
  Type.Object({ kind: Type.Literal('person'), personId: EventId }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('enterprise'), enterpriseId: EventId }, { additionalProperties: false }),
]);

const statusChanged = EventPayload({ certificateId: EventId, type: Type.String(), holder: HolderSchema, reason: Type.String() });

export const certificatesEvents = {
  /** `applicationId`: the case whose result it is (for a birth, the parent who applied holds it); `issuedAt`: ISO time. */
  'certificate.issued': EventPayload({ certificateId: EventId, type: Type.String(), holder: HolderSchema, issuerDepartmentId: EventId,
    applicationId: Nullable(EventId), issuedAt: Type.String() }),
  'certificate.revoked': statusChanged,
  'certificate.suspended': statusChanged,
  'certificate.reinstated': statusChanged,
};

export type CertificatesEvents = PayloadsOf<typeof certificatesEvents>;
declare module '../../platform/events.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface EventMap extends CertificatesEvents {}
}
