// Kernel tables: the audit trail, the transactional outbox, the job queue and a small key-value store.
import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
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
 * Rate-limit counters shared by every node on one PostgreSQL (sign-in and registration attempts per client
 * address and route): a fixed window per key, counted by the database's clock so nodes agree.
 */
export const rateLimitCounters = pgTable('rate_limit_counters', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull(),
  windowEndsAt: ts('window_ends_at').notNull(),
}, (t) => [index('rate_limit_counters_window_idx').on(t.windowEndsAt)]);
