// Cases (办件): applications, their materials, the review tasks that run in parallel per stage, supplement
// requests (补正) and the timeline the applicant sees.
import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, jsonb, pgSequence, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ts } from '../../platform/columns.js';

export const applicationNumbers = pgSequence('application_number_seq', { startWith: 1 });

export type ApplicationStatus = 'draft' | 'submitted' | 'supplement_requested' | 'in_review' | 'approved' | 'rejected' | 'withdrawn';

export const applications = pgTable('applications', {
  id: uuid('id').primaryKey(),
  number: text('number'), // 办件编号, given at submission: 'TB20260302000123'
  itemCode: text('item_code').notNull(),
  itemVersionId: uuid('item_version_id').notNull(), // the catalog version it was submitted under, forever
  bundleApplicationId: uuid('bundle_application_id'),
  applicantPersonId: uuid('applicant_person_id').notNull(), // the person it is for (the principal when an agent files)
  applicantEnterpriseId: uuid('applicant_enterprise_id'), // set when filed for an enterprise
  applicantName: text('applicant_name').notNull(), // shown in staff queues; the person's or enterprise's name
  filedByAccountId: uuid('filed_by_account_id').notNull(),
  channel: text('channel').$type<'online' | 'window' | 'agent' | 'proactive'>().notNull(), // proactive: 免申即享, no application
  delegationId: uuid('delegation_id'), // 帮办代办 or 经办人 authorisation it was filed under
  regionCode: text('region_code').notNull(), // where it is handled
  departmentCode: text('department_code').notNull(), // the item's owning department …
  departmentId: uuid('department_id').notNull(), // … as found in the handling region
  status: text('status').$type<ApplicationStatus>().notNull(),
  formData: jsonb('form_data').notNull().$type<Record<string, unknown>>(),
  idempotencyKey: text('idempotency_key'),
  timeLimitDays: integer('time_limit_days').notNull(), // committed working days (承诺时限)
  submittedAt: ts('submitted_at'),
  acceptedAt: ts('accepted_at'),
  dueOn: date('due_on', { mode: 'string' }),
  pausedWorkingDays: integer('paused_working_days').notNull().default(0),
  pausedSince: ts('paused_since'),
  currentStage: integer('current_stage').notNull().default(0),
  // 容缺受理: accepted with non-core materials to follow by a deadline; 告知承诺制: accepted on a signed commitment.
  acceptanceMode: text('acceptance_mode').$type<'complete' | 'tolerance' | 'commitment'>().notNull().default('complete'),
  deferredMaterials: text('deferred_materials').array().notNull().default([]),
  toleranceDueOn: date('tolerance_due_on', { mode: 'string' }),
  commitmentSignedAt: ts('commitment_signed_at'),
  decidedAt: ts('decided_at'),
  decisionReason: text('decision_reason'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
}, (t) => [
  uniqueIndex('applications_number_uq').on(t.number),
  uniqueIndex('applications_idempotency_uq').on(t.filedByAccountId, t.idempotencyKey),
  index('applications_applicant_idx').on(t.applicantPersonId, t.createdAt),
  index('applications_bundle_idx').on(t.bundleApplicationId),
  index('applications_department_idx').on(t.departmentId, t.status),
  index('applications_enterprise_idx').on(t.applicantEnterpriseId, t.createdAt),
  // A leader's statistics: cases filed in a period, and those running now (a small part of all). Every column the
  // statistics read is in the index, so PostgreSQL answers from the index alone (index-only scans).
  index('applications_submitted_idx').on(t.submittedAt, t.regionCode, t.departmentId, t.status, t.decidedAt, t.dueOn),
  index('applications_running_idx').on(t.regionCode, t.departmentId, t.dueOn).where(sql`status IN ('submitted', 'in_review', 'supplement_requested')`),
]);

export const applicationMaterials = pgTable('application_materials', {
  applicationId: uuid('application_id').notNull().references(() => applications.id),
  code: text('code').notNull(),
  source: text('source').$type<'upload' | 'certificate' | 'exchange'>().notNull(), // supplied by hand, or reused (减材料)
  fileId: uuid('file_id'),
  reference: text('reference'), // a certificate id or an exchange answer id
  attachedAt: ts('attached_at').notNull(),
}, (t) => [primaryKey({ columns: [t.applicationId, t.code] }), index('application_materials_file_idx').on(t.fileId)]); // files: which cases hold a file

export type TaskStatus = 'waiting' | 'open' | 'approved' | 'rejected' | 'cancelled' | 'transferred';

/** One department's part of a stage. The stage's tasks run in parallel (并联审批). */
export const reviewTasks = pgTable('review_tasks', {
  id: uuid('id').primaryKey(),
  applicationId: uuid('application_id').notNull().references(() => applications.id),
  stage: integer('stage').notNull(),
  departmentId: uuid('department_id').notNull(),
  departmentCode: text('department_code').notNull(),
  regionCode: text('region_code').notNull(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  timeLimitDays: integer('time_limit_days').notNull(),
  status: text('status').$type<TaskStatus>().notNull(),
  assigneeAccountId: uuid('assignee_account_id'),
  openedAt: ts('opened_at'),
  dueOn: date('due_on', { mode: 'string' }),
  pausedWorkingDays: integer('paused_working_days').notNull().default(0),
  decidedAt: ts('decided_at'),
  decidedBy: uuid('decided_by'),
  reason: text('reason'),
}, (t) => [
  index('review_tasks_queue_idx').on(t.departmentId, t.status, t.dueOn),
  index('review_tasks_application_idx').on(t.applicationId, t.stage),
]);

/** 补正: what exactly is missing or wrong. The application's clock stands still until it is answered. */
export const supplementRequests = pgTable('supplement_requests', {
  id: uuid('id').primaryKey(),
  applicationId: uuid('application_id').notNull().references(() => applications.id),
  taskId: uuid('task_id'),
  requestedBy: uuid('requested_by').notNull(),
  requestedAt: ts('requested_at').notNull(),
  items: jsonb('items').notNull().$type<{ target: string; reason: string }[]>(),
  answeredAt: ts('answered_at'),
}, (t) => [index('supplement_requests_application_idx').on(t.applicationId)]);

export const timelineEntries = pgTable('timeline_entries', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  applicationId: uuid('application_id').notNull().references(() => applications.id),
  at: ts('at').notNull(),
  actor: text('actor').notNull(), // shown to the applicant: '申请人', '示范市公安局', '窗口人员'
  kind: text('kind').notNull(), // submitted, accepted, supplement_requested, task_approved …
  messageZh: text('message_zh').notNull(),
  messageEn: text('message_en').notNull(),
  details: jsonb('details').notNull().$type<Record<string, unknown>>(),
  public: boolean('public').notNull(), // internal notes stay with staff
}, (t) => [index('timeline_application_idx').on(t.applicationId, t.id)]);

/** 一件事: one submission fanned out into one application per item; its status is theirs combined. */
export const bundleApplications = pgTable('bundle_applications', {
  id: uuid('id').primaryKey(),
  number: text('number').notNull(),
  bundleCode: text('bundle_code').notNull(),
  bundleVersionId: uuid('bundle_version_id').notNull(),
  applicantPersonId: uuid('applicant_person_id').notNull(),
  filedByAccountId: uuid('filed_by_account_id').notNull(),
  idempotencyKey: text('idempotency_key'),
  sharedData: jsonb('shared_data').notNull().$type<Record<string, unknown>>(),
  createdAt: ts('created_at').notNull(),
}, (t) => [uniqueIndex('bundle_applications_idempotency_uq').on(t.filedByAccountId, t.idempotencyKey), uniqueIndex('bundle_applications_number_uq').on(t.number)]);

/**
 * 一件事草稿: a life event's answers saved before submission, so it can be finished later from any device (My
 * cases) and nothing stays in a shared computer's browser. The answers are one envelope, encrypted at rest and
 * bound to the row (they hold ID numbers and addresses). Deleted when the bundle is submitted or discarded.
 */
export const bundleDrafts = pgTable('bundle_drafts', {
  id: uuid('id').primaryKey(),
  bundleCode: text('bundle_code').notNull(),
  applicantPersonId: uuid('applicant_person_id').notNull(), // whom it is for (the principal when a delegate files)
  filedByAccountId: uuid('filed_by_account_id').notNull(),
  answers: text('answers').notNull(), // AES-256-GCM envelope of the answers' JSON
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
}, (t) => [
  uniqueIndex('bundle_drafts_one_per_event_uq').on(t.applicantPersonId, t.filedByAccountId, t.bundleCode),
  index('bundle_drafts_applicant_idx').on(t.applicantPersonId, t.updatedAt),
]);
