// Identity tables. Personal identifiers are stored encrypted, with a keyed blind index for exact lookup.
import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ts } from '../../platform/columns.js';

export const persons = pgTable('persons', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  idNumberEnc: text('id_number_enc').notNull(), // AES-256-GCM, column-bound
  idNumberIndex: text('id_number_index').notNull(), // HMAC blind index
  birthDate: date('birth_date', { mode: 'string' }).notNull(), // derived from the ID number; policies match on it
  sex: text('sex').$type<'male' | 'female'>().notNull(),
  householdRegionCode: text('household_region_code').notNull(), // 户籍地
  phoneEnc: text('phone_enc'),
  realNameLevel: integer('real_name_level').notNull(), // 1 self-declared, 2 checked against a source, 3 in person
  realNameMethod: text('real_name_method').notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
}, (t) => [
  uniqueIndex('persons_id_number_index_uq').on(t.idNumberIndex),
  index('persons_region_idx').on(t.householdRegionCode),
]);

export const enterprises = pgTable('enterprises', {
  id: uuid('id').primaryKey(),
  creditCode: text('credit_code').notNull(), // 统一社会信用代码: public by law, so stored plain
  name: text('name').notNull(),
  regionCode: text('region_code').notNull(),
  industryCode: text('industry_code'), // GB/T 4754
  legalRepresentativeId: uuid('legal_representative_id').notNull().references(() => persons.id),
  registeredOn: date('registered_on', { mode: 'string' }),
  createdAt: ts('created_at').notNull(),
}, (t) => [uniqueIndex('enterprises_credit_code_uq').on(t.creditCode), index('enterprises_region_idx').on(t.regionCode)]);

export const accounts = pgTable('accounts', {
  id: uuid('id').primaryKey(),
  username: text('username'), // staff and demo accounts; citizens sign in with their ID number
  personId: uuid('person_id').references(() => persons.id),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(), // argon2id
  status: text('status').$type<'active' | 'disabled'>().notNull(),
  failedSignIns: integer('failed_sign_ins').notNull().default(0),
  lockedUntil: ts('locked_until'),
  lastSignInAt: ts('last_sign_in_at'),
  createdAt: ts('created_at').notNull(),
}, (t) => [
  uniqueIndex('accounts_username_uq').on(sql`lower(${t.username})`),
  uniqueIndex('accounts_person_uq').on(t.personId),
]);

/** A role held by an account, scoped to a department and/or region where the role is staff. */
export const postings = pgTable('postings', {
  id: uuid('id').primaryKey(),
  accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
  role: text('role').notNull(),
  departmentId: uuid('department_id'), // owned by directory: checked through its service, not a foreign key
  regionCode: text('region_code'),
}, (t) => [
  index('postings_account_idx').on(t.accountId),
  uniqueIndex('postings_uq').on(t.accountId, t.role, sql`coalesce(${t.departmentId}::text, '')`, sql`coalesce(${t.regionCode}, '')`),
]);

export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(), // SHA-256 of the token: a leaked table gives no usable token
  accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
  createdAt: ts('created_at').notNull(),
  lastSeenAt: ts('last_seen_at').notNull(),
  expiresAt: ts('expires_at').notNull(),
  endedAt: ts('ended_at'),
}, (t) => [index('sessions_account_idx').on(t.accountId)]);

/** 企业经办人授权: an enterprise authorises a person to act for it. */
export const enterpriseAgents = pgTable('enterprise_agents', {
  id: uuid('id').primaryKey(),
  enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
  personId: uuid('person_id').notNull().references(() => persons.id),
  scopes: text('scopes').array().notNull(),
  validFrom: ts('valid_from').notNull(),
  validUntil: ts('valid_until').notNull(),
  grantedBy: uuid('granted_by').references(() => accounts.id),
  revokedAt: ts('revoked_at'),
  createdAt: ts('created_at').notNull(),
}, (t) => [index('enterprise_agents_person_idx').on(t.personId), index('enterprise_agents_enterprise_idx').on(t.enterpriseId)]);

/** 代办授权: a citizen authorises another person to act for them, within scopes, until a time. */
export const delegations = pgTable('delegations', {
  id: uuid('id').primaryKey(),
  principalId: uuid('principal_id').notNull().references(() => persons.id),
  agentId: uuid('agent_id').notNull().references(() => persons.id),
  scopes: text('scopes').array().notNull(),
  validFrom: ts('valid_from').notNull(),
  validUntil: ts('valid_until').notNull(),
  note: text('note'),
  revokedAt: ts('revoked_at'),
  createdAt: ts('created_at').notNull(),
}, (t) => [index('delegations_principal_idx').on(t.principalId), index('delegations_agent_idx').on(t.agentId)]);

/**
 * Failed sign-ins, counted per (identifier, client address) pair, per identifier and per client address (issue 13
 * item 9). Keys are MACs: neither an ID number nor an address is stored in clear. Unknown identifiers are counted
 * like known ones, so a lock says nothing about whether an account exists.
 */
export const signInThrottle = pgTable('sign_in_throttle', {
  key: text('key').primaryKey(), // mac('sign_in.<scope>', …)
  failures: integer('failures').notNull(),
  windowStartedAt: ts('window_started_at').notNull(), // failures older than the lockout window no longer count
  lockedUntil: ts('locked_until'),
  lastSuccessAt: ts('last_success_at'), // pair rows: the account signed in from this address (a known address)
}, (t) => [index('sign_in_throttle_window_idx').on(t.windowStartedAt)]);
