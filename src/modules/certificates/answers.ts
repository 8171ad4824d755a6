// What the certificates routes answer, as schemas: the serializer writes only what is declared here, and the OpenAPI
// document shows it.
import { Type } from 'typebox';
import { BilingualSchema, JsonValue, JwksSchema, Nullable, Timestamp, Uuid } from '../../platform/http/schemas.js';

/** SD-JWT VC issuer metadata (draft-ietf-oauth-sd-jwt-vc §5). */
export const IssuerMetadataSchema = Type.Object({ issuer: Type.String({ format: 'uri' }), jwks: JwksSchema, status_list_jwks: JwksSchema, name: BilingualSchema });

const Display = (key: 'name' | 'label') => Type.Array(Type.Object({ locale: Type.String(), [key]: Type.String() }));
/** SD-JWT VC type metadata (draft-ietf-oauth-sd-jwt-vc §6). */
export const TypeMetadataSchema = Type.Object({
  vct: Type.String(), name: Type.String(), display: Display('name'),
  claims: Type.Array(Type.Object({ path: Type.Array(Type.String()), sd: Type.String(), display: Display('label') })),
});

export const CertificateTypeSummarySchema = Type.Object({
  code: Type.String(), name: BilingualSchema, validityYears: Nullable(Type.Integer()),
  claims: Type.Array(Type.Object({ name: Type.String(), label: BilingualSchema })),
});

const StatusSchema = Type.Union([Type.Literal('valid'), Type.Literal('revoked'), Type.Literal('suspended'), Type.Literal('expired')]);
export const CertificateSchema = Type.Object({
  id: Uuid, type: Type.String(), typeName: BilingualSchema, issuer: Type.Object({ id: Uuid, name: BilingualSchema }),
  holder: Type.Object({ kind: Type.Union([Type.Literal('person'), Type.Literal('enterprise')]), id: Uuid }),
  status: StatusSchema, statusName: BilingualSchema, issuedAt: Timestamp, expiresAt: Nullable(Timestamp), applicationId: Nullable(Uuid),
  subjectName: Nullable(Type.String({ description: 'whom it is about: the holder, or their child' })),
  claims: Type.Array(Type.Object({ name: Type.String(), label: BilingualSchema, value: JsonValue,
    sensitive: Type.Boolean({ description: 'an identifier, birth date or address: not ticked for a share by default' }) })),
});

export const ShareSchema = Type.Object({
  id: Uuid, certificateId: Uuid, claims: Type.Array(Type.String()), verifier: Type.String(), createdAt: Timestamp, expiresAt: Timestamp,
  revokedAt: Nullable(Timestamp),
  code: Nullable(Type.String({ description: 'the short code the link carries' })),
  presentation: Type.String({ description: 'the SD-JWT presentation with the holder\'s key-binding proof' }),
  link: Type.String({ description: 'the short link: the verify page, which fetches the presentation by the code' }),
  qrSvg: Type.String({ description: 'the QR code of the short link, as SVG' }),
});

/** What a short share link fetches. */
export const SharedPresentationSchema = Type.Object({ presentation: Type.String(), verifier: Type.String(), expiresAt: Timestamp });

export const StatusChangeSchema = Type.Object({ id: Uuid, status: StatusSchema, reason: Nullable(Type.String()), changedAt: Nullable(Timestamp) });

const Reason = Type.Enum(['malformed', 'not_a_certificate', 'type_unknown', 'issuer_unknown', 'status_unavailable', 'signature', 'tampered', 'expired',
  'not_yet_valid', 'revoked', 'suspended', 'holder_binding', 'nonce_invalid', 'share_expired', 'share_withdrawn', 'undisclosed', 'wrong_audience']);
/** 核验: valid with what the holder showed, or invalid with the reason in both languages. */
export const VerificationSchema = Type.Union([
  Type.Object({
    valid: Type.Literal(true), message: BilingualSchema, type: Type.String(), typeName: Nullable(BilingualSchema),
    issuer: Type.Object({ url: Type.String(), name: Nullable(BilingualSchema) }),
    disclosed: Type.Array(Type.Object({ name: Type.String(), label: BilingualSchema, value: JsonValue })),
    issuedAt: Nullable(Timestamp), expiresAt: Nullable(Timestamp), sharedWith: Nullable(Type.String()), shareExpiresAt: Nullable(Timestamp),
  }),
  Type.Object({ valid: Type.Literal(false), reason: Reason, message: BilingualSchema, detail: Type.Optional(Type.String({ description: 'with undisclosed: which claims' })) }),
]);
