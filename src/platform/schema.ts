// Kernel tables: the audit trail, the transactional outbox, the job queue and a small key-value store.
import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ts } from './columns.js';

/** Append-only and hash-chained: each row's hash covers its content and the previous row's hash. */
export const auditLog = pgTable('audit_log', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(), // assigned under a lock: no gaps, so a deleted row shows
  at: ts('at').notNull(),
  actor: text('actor').notNull(), // 'account:<uuid>' | 'system' | 'anonymous'
  action: text('action').notNull(), // 'account.created', 'personal_data.read' …
  subjectType: text('subject_type').notNull(),
  subjectId: text('subject_id').notNull(),
  subjectPersonId: uuid('subject_person_id'), // whose personal data this touches: feeds their data-access log
  purpose: text('purpose'), // why personal data was read (法无授权不可为)
  details: jsonb('details').notNull().$type<Record<string, unknown>>(),
  requestId: text('request_id').notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
}, (t) => [index('audit_log_subject_person_idx').on(t.subjectPersonId, t.seq)]);

/** The outbox: every event, written in the transaction of the change it reports. */
export const events = pgTable('events', {
  id: uuid('id').primaryKey(),
  type: text('type').notNull(), // noun.past-verb
  payload: jsonb('payload').notNull().$type<Record<string, unknown>>(),
  occurredAt: ts('occurred_at').notNull(),
  requestId: text('request_id').notNull(),
}, (t) => [index('events_type_idx').on(t.type, t.occurredAt)]);

/** Work to do, now or at a time: event deliveries to subscribers and timers. Claimed with SKIP LOCKED. */
export const jobs = pgTable('jobs', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(), // the handler
  payload: jsonb('payload').notNull().$type<Record<string, unknown>>(),
  eventId: uuid('event_id'),
  dedupeKey: text('dedupe_key').unique(),
  runAt: ts('run_at').notNull(),
  attempts: integer('attempts').notNull().default(0),
  maxAttempts: integer('max_attempts').notNull().default(10),
  lockedBy: text('locked_by'),
  lockedUntil: ts('locked_until'),
  lastError: text('last_error'),
  completedAt: ts('completed_at'),
  failedAt: ts('failed_at'), // gave up after maxAttempts: visible to operators, never silently dropped
  createdAt: ts('created_at').notNull(),
}, (t) => [index('jobs_due_idx').on(t.runAt).where(sql`completed_at IS NULL AND failed_at IS NULL`)]);

export const platformMeta = pgTable('platform_meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

/**
 * Working-day calendar entries beyond the official national data shipped in code: a region's own days off or
 * extra working days, or a newly announced year. region_code '' means nationwide; a region's entry applies to
 * everything inside it (by GB/T 2260 prefix) and overrides the national one.
 */
export const calendarDays = pgTable('calendar_days', {
  regionCode: text('region_code').notNull(),
  day: date('day', { mode: 'string' }).notNull(),
  kind: text('kind').$type<'holiday' | 'workday'>().notNull(), // holiday: a day off; workday: a make-up working day (调休)
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  createdAt: ts('created_at').notNull(),
}, (t) => [primaryKey({ columns: [t.regionCode, t.day] })]);

/**
 * Signing keys of departments (and the platform), one per purpose: a department's certificates, its status lists
 * and its data-exchange answers are signed with three different keys, published in three different key sets, so
 * what is signed for one purpose never verifies as another. A rotated key stops signing but stays published, so
 * what it signed still verifies; a revoked (compromised) key leaves the published set. Keys made before purposes
 * existed are `legacy`: retired, and published in every set (they signed all three).
 */
export const signingKeys = pgTable('signing_keys', {
  kid: text('kid').primaryKey(), // the JWK thumbprint
  ownerId: uuid('owner_id').notNull(), // a department id
  purpose: text('purpose').notNull().default('legacy'), // see KeyPurpose in signing-keys.ts
  alg: text('alg').notNull(),
  publicJwk: jsonb('public_jwk').notNull().$type<Record<string, unknown>>(),
  privateJwkEnc: text('private_jwk_enc').notNull(), // AES-GCM with the keyring, bound to this column
  createdAt: ts('created_at').notNull(),
  retiredAt: ts('retired_at'),
  revokedAt: ts('revoked_at'),
}, (t) => [
  index('signing_keys_owner_idx').on(t.ownerId, t.createdAt),
  uniqueIndex('signing_keys_one_active_uq').on(t.ownerId, t.purpose).where(sql`retired_at IS NULL AND revoked_at IS NULL`),
]);

/**
 * Rate-limit counters shared by every node on one PostgreSQL (sign-in and registration attempts per client
 * address and route): a fixed window per key, counted by the database's clock so nodes agree.
 */
export const rateLimitCounters = pgTable('rate_limit_counters', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull(),
  windowEndsAt: ts('window_ends_at').notNull(),
}, (t) => [index('rate_limit_counters_window_idx').on(t.windowEndsAt)]);

/**
 * The platform's own key for audit checkpoints (Ed25519), apart from the departments' keys: it signs nothing but
 * the audit chain's head. The private half is encrypted with the master key (TONGBAN_SECRET_KEY), which never
 * lives in the database, so someone who can only write the database cannot sign a checkpoint.
 */
export const auditCheckpointKeys = pgTable('audit_checkpoint_keys', {
  kid: text('kid').primaryKey(), // the JWK thumbprint (RFC 7638)
  alg: text('alg').notNull(),
  publicJwk: jsonb('public_jwk').notNull().$type<Record<string, unknown>>(),
  privateJwkEnc: text('private_jwk_enc').notNull(), // AES-GCM with the keyring, bound to this column
  createdAt: ts('created_at').notNull(),
  retiredAt: ts('retired_at'),
}, () => [uniqueIndex('audit_checkpoint_keys_one_active_uq').on(sql`(true)`).where(sql`retired_at IS NULL`)]);

/**
 * Signed checkpoints of the audit chain's head, taken on a schedule and on demand. The copy here is a
 * convenience: the anchor is the exported file kept outside the database (`tongban audit checkpoint --out`).
 */
export const auditCheckpoints = pgTable('audit_checkpoints', {
  id: uuid('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(), // the head's seq: the chain had this many rows
  headHash: text('head_hash').notNull(),
  kid: text('kid').notNull(),
  jws: text('jws').notNull(), // compact JWS, exactly as exported
  at: ts('at').notNull(),
}, (t) => [index('audit_checkpoints_at_idx').on(t.at)]);
