// What the exchange routes answer, as schemas: the serializer writes only what is declared here (a client's secret
// leaves only in the answer that issues it), and the OpenAPI document shows it.
import { Type } from 'typebox';
import { BilingualSchema, JsonObject, Nullable, Timestamp, Uuid } from '../../platform/http/schemas.js';

export const SourceSchema = Type.Object({
  id: Uuid, code: Type.String(), ownerDepartmentId: Uuid, name: BilingualSchema, subjectKind: Type.Enum(['person', 'enterprise']), legalBasis: Type.String(),
  schema: Type.Record(Type.String(), Type.Unknown(), { title: 'JsonSchema', description: 'JSON Schema 2020-12 of the source\'s records' }),
  status: Type.Enum(['active', 'retired']), createdAt: Timestamp, updatedAt: Timestamp,
});

export const PublishedRecordSchema = Type.Object({ source: Type.String(), subjectMasked: Type.String(), publishedAt: Timestamp, replaced: Type.Boolean() });

export const GrantSchema = Type.Object({
  id: Uuid, source: Type.String(), consumerDepartmentId: Uuid,
  purposes: Type.Object({ itemCodes: Type.Array(Type.String()), anyPurpose: Type.Boolean() }),
  legalBasis: Type.String(), batch: Type.Boolean(), batchLegalBasis: Nullable(Type.String()), validFrom: Timestamp, validUntil: Timestamp, grantedBy: Type.String(),
  createdAt: Timestamp, revokedAt: Nullable(Timestamp), revokeReason: Nullable(Type.String()), live: Type.Boolean(),
});

const clientFields = {
  id: Uuid, clientId: Type.String(), departmentId: Uuid, name: Type.String(), createdAt: Timestamp, createdBy: Type.String(), revokedAt: Nullable(Timestamp),
};
export const ClientSchema = Type.Object(clientFields);
export const IssuedClientSchema = Type.Object({ ...clientFields, clientSecret: Type.String({ description: 'shown once, never again' }) });

export const ExchangeAnswerSchema = Type.Object({
  queryId: Uuid, source: Type.String(), found: Type.Boolean(), data: Nullable(JsonObject), signedAnswer: Type.String({ description: 'compact JWS by the source department' }),
  answeredAt: Timestamp,
});

export const ReviewedQuerySchema = Type.Object({
  id: Uuid, at: Timestamp, source: Type.String(), consumerDepartmentId: Uuid, clientId: Nullable(Type.String()), accountId: Nullable(Uuid),
  subjectKind: Type.String(), subjectPersonId: Nullable(Uuid), subjectEnterpriseId: Nullable(Uuid),
  purpose: Type.Object({ applicationId: Nullable(Uuid), itemCode: Nullable(Type.String()), legalBasis: Nullable(Type.String()) }),
  outcome: Type.Enum(['answered', 'refused']), refusal: Nullable(Type.String()), found: Nullable(Type.Boolean()),
  flags: Type.Array(Type.Enum(['case_not_live', 'no_case', 'many_subjects'])),
});

export const AccessLogEntrySchema = Type.Object({
  seq: Type.Integer(), at: Timestamp, action: Type.String(), reader: Type.String(), department: Type.String(), client: Type.String(), data: Type.String(),
  purpose: Type.String(), queryId: Type.String(),
});
