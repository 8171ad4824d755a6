// Policies (政策): rules as code, their published versions, the facts they read, who matched, and the event
// triggers of 无感智办. The facts tables are this module's own copy of what rules may read, fed by identity's
// exported functions, by `recordFacts` and by events; nothing here reads another module's tables.
import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ts } from '../../platform/columns.js';
import type { Bilingual } from '../../platform/errors.js';
import type { RuleSource } from './rules.js';
import type { PolicyTestCase } from './testcases.js';
import type { Evaluation } from './rules.js';

/** Typed facts about a person (自然人). Identity-derived columns are copied from identity, the rest recorded. */
export const personFacts = pgTable('person_facts', {
  personId: uuid('person_id').primaryKey(),
  birthDate: date('birth_date', { mode: 'string' }),
  sex: text('sex'),
  householdRegion: text('household_region'),
  familySize: integer('family_size'),
  childrenCount: integer('children_count'),
  youngestChildBirthDate: date('youngest_child_birth_date', { mode: 'string' }),
  incomePerCapita: integer('income_per_capita'),
  incomeBand: text('income_band'),
  disabilityGrade: integer('disability_grade'),
  employmentStatus: text('employment_status'),
  medicalInsured: boolean('medical_insured'),
  pensionInsured: boolean('pension_insured'),
  pensionContributionYears: integer('pension_contribution_years'),
  receivesSubsistence: boolean('receives_subsistence'),
  graduationDate: date('graduation_date', { mode: 'string' }),
  sources: jsonb('sources').notNull().$type<Record<string, { source: string; at: string }>>(), // where each fact came from
  updatedAt: ts('updated_at').notNull(),
}, (t) => [index('person_facts_region_idx').on(t.householdRegion), index('person_facts_birth_md_idx').on(t.birthDate)]);

/** Typed facts about an enterprise (法人). */
export const enterpriseFacts = pgTable('enterprise_facts', {
  enterpriseId: uuid('enterprise_id').primaryKey(),
  legalRepresentativeId: uuid('legal_representative_id'), // who receives the enterprise's messages
  region: text('region'),
  industryCode: text('industry_code'),
  registeredOn: date('registered_on', { mode: 'string' }),
  enterpriseSize: text('enterprise_size'),
  taxCreditGrade: text('tax_credit_grade'),
  employees: integer('employees'),
  insuredEmployees: integer('insured_employees'),
  layoffRate: doublePrecision('layoff_rate'),
  highTech: boolean('high_tech'),
  annualRevenue: integer('annual_revenue'),
  rdExpenseRatio: doublePrecision('rd_expense_ratio'),
  startupLoan: boolean('startup_loan'),
  sources: jsonb('sources').notNull().$type<Record<string, { source: string; at: string }>>(),
  updatedAt: ts('updated_at').notNull(),
}, (t) => [index('enterprise_facts_region_idx').on(t.region)]);

export type PolicyStatus = 'draft' | 'published' | 'withdrawn';

/** A policy and its working draft. Published versions are frozen in policy_versions. */
export const policies = pgTable('policies', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  summaryZh: text('summary_zh').notNull(),
  summaryEn: text('summary_en').notNull(),
  subject: text('subject').$type<'person' | 'enterprise'>().notNull(),
  departmentCode: text('department_code').notNull(),
  itemCode: text('item_code'), // the service item: applied for (秒批) or granted (免申即享)
  instantApproval: boolean('instant_approval').notNull(), // 秒批: approve a submitted application when the rule passes
  autoGrant: boolean('auto_grant').notNull(), // 免申即享: grant every match without an application
  optOutDays: integer('opt_out_days').notNull(), // days a match has to opt out before the grant
  rule: jsonb('rule').notNull().$type<RuleSource>(),
  tests: jsonb('tests').notNull().$type<PolicyTestCase[]>(),
  status: text('status').$type<PolicyStatus>().notNull(),
  draftVersion: integer('draft_version').notNull(), // the version the draft will get when published
  publishedVersion: integer('published_version'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
}, (t) => [uniqueIndex('policies_code_uq').on(t.code), index('policies_item_idx').on(t.itemCode)]);

export const policyVersions = pgTable('policy_versions', {
  policyId: uuid('policy_id').notNull().references(() => policies.id),
  version: integer('version').notNull(),
  rule: jsonb('rule').notNull().$type<RuleSource>(),
  tests: jsonb('tests').notNull().$type<PolicyTestCase[]>(),
  publishedAt: ts('published_at').notNull(),
  publishedBy: uuid('published_by'),
  matchMode: text('match_mode').notNull(), // sql | sql+interpreted | interpreted
  matched: integer('matched').notNull(),
  // What the version decides besides its rule, frozen at publishing: a later draft changes none of it until published.
  settings: jsonb('settings').notNull().$type<PublishedSettings>(),
}, (t) => [primaryKey({ columns: [t.policyId, t.version] })]);

/** A policy's name, subject, item and what it does with a match (秒批, 免申即享), as one version published them. */
export interface PublishedSettings {
  nameZh: string; nameEn: string; summaryZh: string; summaryEn: string; subject: 'person' | 'enterprise';
  itemCode: string | null; instantApproval: boolean; autoGrant: boolean; optOutDays: number;
}

export type MatchStatus = 'matched' | 'pending_grant' | 'granted' | 'opted_out';

/** 政策找人: who a published version found. One row per policy and subject; a later version updates it. */
export const policyMatches = pgTable('policy_matches', {
  id: uuid('id').primaryKey(),
  policyId: uuid('policy_id').notNull().references(() => policies.id),
  version: integer('version').notNull(),
  subjectKind: text('subject_kind').$type<'person' | 'enterprise'>().notNull(),
  subjectId: uuid('subject_id').notNull(),
  status: text('status').$type<MatchStatus>().notNull(),
  matchedAt: ts('matched_at').notNull(),
  notifiedAt: ts('notified_at'),
  grantDueAt: ts('grant_due_at'),
  grantApplicationId: uuid('grant_application_id'),
  optedOutAt: ts('opted_out_at'),
}, (t) => [uniqueIndex('policy_matches_uq').on(t.policyId, t.subjectId), index('policy_matches_subject_idx').on(t.subjectId),
  index('policy_matches_pending_idx').on(t.policyId, t.version, t.notifiedAt)]);

/** 秒批: each automatic check of a submitted application, passed or not, with the rule version as the reason. */
export const instantDecisions = pgTable('instant_decisions', {
  applicationId: uuid('application_id').notNull(),
  policyId: uuid('policy_id').notNull().references(() => policies.id),
  version: integer('version').notNull(),
  approved: boolean('approved').notNull(),
  explanation: jsonb('explanation').notNull().$type<Pick<Evaluation, 'conditions' | 'table'>>(),
  decidedAt: ts('decided_at').notNull(),
}, (t) => [primaryKey({ columns: [t.applicationId, t.policyId] })]);

export type TriggerAction =
  | { kind: 'prepare_bundle'; bundleCode: string; recipient: 'subject' | 'applicant' }
  | { kind: 'push_policies'; policyCodes: string[] };

/** 无感智办: when an event of this type happens and the condition holds, do the action. Data, edited by admins. */
export const policyTriggers = pgTable('policy_triggers', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  // The owning department (a department code, like a policy's): only its admins and operators change the trigger.
  // Null only for triggers from before departments owned them: those are left to operators.
  departmentCode: text('department_code'),
  eventType: text('event_type').notNull(),
  subject: text('subject').$type<'person' | 'enterprise'>().notNull(),
  condition: text('condition').notNull(), // FEEL over the subject's facts and the event's fields (event.type …)
  action: jsonb('action').notNull().$type<TriggerAction>(),
  enabled: boolean('enabled').notNull(),
  updatedAt: ts('updated_at').notNull(),
}, (t) => [uniqueIndex('policy_triggers_code_uq').on(t.code), index('policy_triggers_event_idx').on(t.eventType)]);

/** ready: waiting for the person; confirmed: they pressed "办理" and were taken to the application; dismissed: not wanted. */
export type PreparedStatus = 'ready' | 'confirmed' | 'dismissed';

/** A service prepared for someone by a trigger (a bundle with what we know filled in), waiting for them. */
export const preparedServices = pgTable('prepared_services', {
  id: uuid('id').primaryKey(),
  personId: uuid('person_id').notNull(),
  triggerId: uuid('trigger_id').notNull().references(() => policyTriggers.id),
  eventId: uuid('event_id').notNull(),
  bundleCode: text('bundle_code').notNull(),
  titleZh: text('title_zh').notNull(),
  titleEn: text('title_en').notNull(),
  prefill: jsonb('prefill').notNull().$type<Record<string, unknown>>(),
  reason: jsonb('reason').notNull().$type<Bilingual>(),
  status: text('status').$type<PreparedStatus>().notNull(),
  createdAt: ts('created_at').notNull(),
}, (t) => [uniqueIndex('prepared_services_uq').on(t.triggerId, t.eventId, t.personId), index('prepared_services_person_idx').on(t.personId)]);
