// 数据共享交换: sources a department registers, the records it publishes per subject (前置库), grants to consuming
// departments per purpose, machine clients of other departments' systems, and every query with its signed answer.
import { boolean, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ts } from '../../platform/columns.js';

export type SubjectKind = 'person' | 'enterprise';

export const exchangeSources = pgTable('exchange_sources', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull(), // police.household-registration
  ownerDepartmentId: uuid('owner_department_id').notNull(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  subjectKind: text('subject_kind').$type<SubjectKind>().notNull(),
  legalBasis: text('legal_basis').notNull(),
  recordSchema: jsonb('record_schema').$type<Record<string, unknown>>().notNull(), // JSON Schema of one record
  status: text('status').$type<'active' | 'retired'>().notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
}, (t) => [uniqueIndex('exchange_sources_code_uq').on(t.code)]);

export const exchangeRecords = pgTable('exchange_records', {
  id: uuid('id').primaryKey(),
  sourceId: uuid('source_id').notNull().references(() => exchangeSources.id),
  subjectIndex: text('subject_index').notNull(), // HMAC blind index of the ID number or credit code
  subjectEnc: text('subject_enc').notNull(), // the ID number or credit code, AES-GCM
  dataEnc: text('data_enc').notNull(), // the record, AES-GCM, bound to this column
  publishedBy: text('published_by').notNull(), // actor label
  publishedAt: ts('published_at').notNull(),
}, (t) => [uniqueIndex('exchange_records_subject_uq').on(t.sourceId, t.subjectIndex)]);

export interface GrantPurposes {
  itemCodes: string[]; // 事项编码: queries for these items (a live case of the item, or the item code itself), under the grant's legal basis
  anyPurpose: boolean; // a live case of the consumer for any item; never a query without a case
}

export const exchangeGrants = pgTable('exchange_grants', {
  id: uuid('id').primaryKey(),
  sourceId: uuid('source_id').notNull().references(() => exchangeSources.id),
  consumerDepartmentId: uuid('consumer_department_id').notNull(),
  purposes: jsonb('purposes').$type<GrantPurposes>().notNull(),
  legalBasis: text('legal_basis').notNull(), // why the consumer may have the data: the basis every query under the grant rests on
  // 批量查询: many subjects in a short window. Refused unless the grant allows it, on a legal basis of its own.
  batch: boolean('batch').notNull().default(false),
  batchLegalBasis: text('batch_legal_basis'),
  validFrom: ts('valid_from').notNull(),
  validUntil: ts('valid_until').notNull(),
  grantedBy: text('granted_by').notNull(),
  createdAt: ts('created_at').notNull(),
  revokedAt: ts('revoked_at'),
  revokedBy: text('revoked_by'),
  revokeReason: text('revoke_reason'),
}, (t) => [index('exchange_grants_lookup_idx').on(t.sourceId, t.consumerDepartmentId)]);

export const exchangeClients = pgTable('exchange_clients', {
  id: uuid('id').primaryKey(), // the client_id
  departmentId: uuid('department_id').notNull(),
  name: text('name').notNull(),
  secretHash: text('secret_hash').notNull(), // argon2id
  createdBy: text('created_by').notNull(),
  createdAt: ts('created_at').notNull(),
  revokedAt: ts('revoked_at'),
}, (t) => [index('exchange_clients_department_idx').on(t.departmentId)]);

export type QueryFlag = 'case_not_live' | 'no_case' | 'many_subjects';

export const exchangeQueries = pgTable('exchange_queries', {
  id: uuid('id').primaryKey(),
  sourceId: uuid('source_id').notNull().references(() => exchangeSources.id),
  sourceCode: text('source_code').notNull(),
  consumerDepartmentId: uuid('consumer_department_id').notNull(),
  clientId: uuid('client_id'), // a machine client, or
  accountId: uuid('account_id'), // a signed-in account (staff, or the applicant fetching for their own case)
  subjectKind: text('subject_kind').$type<SubjectKind>().notNull(),
  subjectPersonId: uuid('subject_person_id'),
  subjectEnterpriseId: uuid('subject_enterprise_id'),
  applicationId: uuid('application_id'),
  itemCode: text('item_code'),
  legalBasis: text('legal_basis'), // the grant's: what authorised the answer
  statedLegalBasis: text('stated_legal_basis'), // what the caller wrote, kept for the supervisor; it authorises nothing
  grantId: uuid('grant_id'),
  outcome: text('outcome').$type<'answered' | 'refused'>().notNull(),
  refusal: text('refusal'), // the error code of a refused attempt
  found: boolean('found'),
  answerEnc: text('answer_enc'), // { data, signedAnswer }, AES-GCM
  flags: jsonb('flags').$type<QueryFlag[]>().notNull(),
  at: ts('at').notNull(),
}, (t) => [
  index('exchange_queries_consumer_idx').on(t.consumerDepartmentId, t.at),
  index('exchange_queries_person_idx').on(t.subjectPersonId, t.at),
  index('exchange_queries_application_idx').on(t.applicationId),
]);
