// What leaves the cases module: applications with their time-limit lights, tasks, and the timeline.
import type { ApplicationEventPayload } from './events.js';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { recordPersonalDataRead } from '../../platform/audit.js';
import { calendarFor, chinaDate, dueDateProvisional, remainingWorkingDays, timeLight, type TimeLight, type WorkingCalendar } from '../../platform/calendar.js';
import type { Ctx, TxState } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { getItemVersion, sensitivePointers } from '../catalog/index.js';
import { canOnApplication, isApplicantInPerson, type ApplicationFacts } from './policy.js';
import { applicationMaterials, applications, bundleApplications, reviewTasks, supplementRequests, timelineEntries } from './schema.js';
import { applicationForm, maskForm, openForm, sensitiveIn } from './sensitive.js';

export type ApplicationRow = typeof applications.$inferSelect;
export type TaskRow = typeof reviewTasks.$inferSelect;

export interface TimeLimitState {
  light: TimeLight | null; remainingWorkingDays: number | null; paused: boolean;
  /** the due date was counted through a year without official days off (its holidays counted as working days) */
  calendarProvisional: boolean; calendarNote: { zh: string; en: string } | null;
}

export interface TaskView {
  id: string; applicationId: string; stage: number; departmentId: string; departmentCode: string; name: { zh: string; en: string };
  status: string; assigneeAccountId: string | null; openedAt: string | null; dueOn: string | null; decidedAt: string | null; reason: string | null;
  timeLimit: TimeLimitState;
}

export interface ApplicationView {
  id: string; number: string | null; itemCode: string; itemVersionId: string; bundleApplicationId: string | null;
  /** 一件事编号 (YJS…) of the life event the case belongs to: the number the family was given */
  bundleNumber: string | null;
  applicant: { personId: string; enterpriseId: string | null; name: string };
  channel: string; status: string; formData: Record<string, unknown>; regionCode: string; departmentCode: string;
  /** Sensitive fields shown masked (staff): JSON pointers into formData, each revealable by an explicit, logged action. */
  maskedFields: string[];
  /** whether this reader may reveal a masked field (查看完整信息): the reviewers working the case and the region's window clerks */
  canReveal: boolean;
  submittedAt: string | null; acceptedAt: string | null; decidedAt: string | null; decisionReason: string | null;
  dueOn: string | null; timeLimitDays: number; pausedWorkingDays: number; timeLimit: TimeLimitState;
  materials: { code: string; source: string; fileId: string | null }[];
  tasks: TaskView[];
  openSupplementRequest: { id: string; requestedAt: string; items: { target: string; reason: string }[] } | null;
}

export const applicationNotFound = () => notFound({ zh: '办件', en: 'application' });

/** The light of a time limit: frozen on the day a pause (补正) began. */
export function timeLimitOf(cal: WorkingCalendar, now: Date, f: { startedAt: Date | null; dueOn: string | null; pausedWorkingDays: number; pausedSince: Date | null; running: boolean }): TimeLimitState {
  // Said even once decided: the date shown was counted that way.
  const provisional = f.startedAt && f.dueOn ? dueDateProvisional(cal, chinaDate(f.startedAt), f.dueOn) : { calendarProvisional: false, calendarNote: null };
  if (!f.startedAt || !f.dueOn || !f.running) return { light: null, remainingWorkingDays: null, paused: false, ...provisional };
  const today = chinaDate(f.pausedSince ?? now);
  return { ...provisional,
    light: timeLight(cal, { startedOn: chinaDate(f.startedAt), dueOn: f.dueOn, today, pausedWorkingDays: f.pausedWorkingDays }),
    remainingWorkingDays: remainingWorkingDays(cal, { dueOn: f.dueOn, today }),
    paused: f.pausedSince !== null,
  };
}

export function taskView(cal: WorkingCalendar, now: Date, t: TaskRow, pausedSince: Date | null): TaskView {
  return {
    id: t.id, applicationId: t.applicationId, stage: t.stage, departmentId: t.departmentId, departmentCode: t.departmentCode, name: { zh: t.nameZh, en: t.nameEn },
    status: t.status, assigneeAccountId: t.assigneeAccountId, openedAt: t.openedAt?.toISOString() ?? null, dueOn: t.dueOn, decidedAt: t.decidedAt?.toISOString() ?? null,
    reason: t.reason,
    timeLimit: timeLimitOf(cal, now, { startedAt: t.openedAt, dueOn: t.dueOn, pausedWorkingDays: t.pausedWorkingDays, pausedSince, running: t.status === 'open' }),
  };
}

const factsWith = (a: ApplicationRow, tasks: { departmentId: string; status: string }[]): ApplicationFacts => ({
  applicantPersonId: a.applicantPersonId, applicantEnterpriseId: a.applicantEnterpriseId, filedByAccountId: a.filedByAccountId, regionCode: a.regionCode,
  departmentId: a.departmentId, status: a.status, deferredMaterials: a.deferredMaterials, taskDepartmentIds: [...new Set(tasks.map((t) => t.departmentId))],
  openTaskDepartmentIds: [...new Set(tasks.filter((t) => t.status === 'open').map((t) => t.departmentId))] });

export async function factsOf(ctx: Ctx, a: ApplicationRow): Promise<ApplicationFacts> {
  const tasks = await ctx.db.select({ departmentId: reviewTasks.departmentId, status: reviewTasks.status }).from(reviewTasks).where(eq(reviewTasks.applicationId, a.id));
  return factsWith(a, tasks);
}

/** The facts of many cases at once (lists), with one query for their tasks. */
export async function factsOfMany(ctx: Ctx, rows: ApplicationRow[]): Promise<ApplicationFacts[]> {
  const tasks = rows.length ? await ctx.db.select({ applicationId: reviewTasks.applicationId, departmentId: reviewTasks.departmentId, status: reviewTasks.status })
    .from(reviewTasks).where(inArray(reviewTasks.applicationId, rows.map((r) => r.id))) : [];
  return rows.map((r) => factsWith(r, tasks.filter((t) => t.applicationId === r.id)));
}

/**
 * A read of the applicant's personal data by anyone but the applicant themself (staff, a delegate) lands in the
 * applicant's data-access log. An enterprise reading its own case through its agent reads no person's data.
 */
export async function recordCaseRead(ctx: Ctx, a: ApplicationRow, facts: ApplicationFacts, fields: string[]): Promise<void> {
  const actor = ctx.actor;
  if (actor.kind !== 'account' || isApplicantInPerson(actor, facts)) return;
  const acting = actor.actingFor;
  if (acting?.kind === 'enterprise' && acting.enterpriseId === a.applicantEnterpriseId) return;
  const which = a.number ?? a.id;
  const purpose = acting?.kind === 'person' ? `代办授权 delegation ${acting.delegationId}: 办件 ${which}` : `办件 ${which} 审查 case review`;
  await recordPersonalDataRead(ctx, { personId: a.applicantPersonId, purpose, fields });
}

/** The case's form data in the clear, for the platform's own use (a certificate's claims, a supplement's checks). */
export const plainFormData = (ctx: Ctx, a: ApplicationRow) => openForm(ctx.platform.keyring, applicationForm(a.id), a.formData).data;

/** Loads an application the actor may read (404 otherwise), optionally locking it for a change. */
export async function loadReadable(ctx: Ctx, id: string, lock = false): Promise<{ row: ApplicationRow; facts: ApplicationFacts }> {
  const query = ctx.db.select().from(applications).where(eq(applications.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw applicationNotFound();
  const facts = await factsOf(ctx, row);
  if (!canOnApplication(ctx.actor, 'read', facts)) throw applicationNotFound();
  return { row, facts };
}

const RUNNING = ['submitted', 'supplement_requested', 'in_review'];

export async function applicationView(ctx: Ctx, a: ApplicationRow): Promise<ApplicationView> {
  const cal = await calendarFor(ctx, a.regionCode);
  const now = ctx.clock.now();
  const [materials, tasks, [open], [bundle]] = await Promise.all([
    ctx.db.select().from(applicationMaterials).where(eq(applicationMaterials.applicationId, a.id)).orderBy(asc(applicationMaterials.code)),
    ctx.db.select().from(reviewTasks).where(eq(reviewTasks.applicationId, a.id)).orderBy(asc(reviewTasks.stage), asc(reviewTasks.departmentCode)),
    ctx.db.select().from(supplementRequests).where(and(eq(supplementRequests.applicationId, a.id), isNull(supplementRequests.answeredAt))).limit(1),
    a.bundleApplicationId ? ctx.db.select({ number: bundleApplications.number }).from(bundleApplications).where(eq(bundleApplications.id, a.bundleApplicationId)) : Promise.resolve([]),
  ]);
  const facts = factsWith(a, tasks);
  // The applicant's side sees their own values; everyone else sees sensitive fields masked, and reads are logged.
  const { data: plain, sealed } = openForm(ctx.platform.keyring, applicationForm(a.id), a.formData);
  let formData = plain;
  let maskedFields: string[] = [];
  if (ctx.actor.kind !== 'system' && !canOnApplication(ctx.actor, 'see_full_values', facts)) {
    const patterns = sensitivePointers((await getItemVersion(ctx, a.itemVersionId)).definition.form);
    maskedFields = [...new Set([...sensitiveIn(patterns, plain), ...sealed])].sort();
    formData = maskForm(plain, maskedFields);
  }
  await recordCaseRead(ctx, a, facts, ['applicant.name', 'formData', 'materials']);
  return {
    id: a.id, number: a.number, itemCode: a.itemCode, itemVersionId: a.itemVersionId, bundleApplicationId: a.bundleApplicationId, bundleNumber: bundle?.number ?? null,
    applicant: { personId: a.applicantPersonId, enterpriseId: a.applicantEnterpriseId, name: a.applicantName },
    channel: a.channel, status: a.status, formData, maskedFields, canReveal: maskedFields.length > 0 && canOnApplication(ctx.actor, 'reveal', facts), regionCode: a.regionCode, departmentCode: a.departmentCode,
    submittedAt: a.submittedAt?.toISOString() ?? null, acceptedAt: a.acceptedAt?.toISOString() ?? null, decidedAt: a.decidedAt?.toISOString() ?? null,
    decisionReason: a.decisionReason, dueOn: a.dueOn, timeLimitDays: a.timeLimitDays, pausedWorkingDays: a.pausedWorkingDays,
    timeLimit: timeLimitOf(cal, now, { startedAt: a.submittedAt, dueOn: a.dueOn, pausedWorkingDays: a.pausedWorkingDays, pausedSince: a.pausedSince, running: RUNNING.includes(a.status) }),
    materials: materials.map((m) => ({ code: m.code, source: m.source, fileId: m.fileId })),
    tasks: tasks.map((t) => taskView(cal, now, t, a.pausedSince)),
    openSupplementRequest: open ? { id: open.id, requestedAt: open.requestedAt.toISOString(), items: open.items } : null,
  };
}

export interface TimelineInput { kind: string; actor: string; message: { zh: string; en: string }; details?: Record<string, unknown>; public?: boolean }

type TimelineRow = typeof timelineEntries.$inferInsert;

const TIMELINE_FLUSH = 'cases.timeline';
const pendingTimeline = new WeakMap<TxState, TimelineRow[]>();

/**
 * Adds an entry to a case's timeline. Inside a transaction the entries are gathered and inserted in one statement
 * before the commit, in the order they were added (a submission writes three or four).
 */
export async function addTimeline(ctx: Ctx, applicationId: string, e: TimelineInput): Promise<void> {
  const row: TimelineRow = { applicationId, at: ctx.clock.now(), actor: e.actor, kind: e.kind, messageZh: e.message.zh, messageEn: e.message.en,
    details: e.details ?? {}, public: e.public ?? true };
  if (!ctx.tx) {
    await ctx.db.insert(timelineEntries).values(row);
    return;
  }
  const rows = pendingTimeline.get(ctx.tx);
  if (rows) {
    rows.push(row);
    return;
  }
  pendingTimeline.set(ctx.tx, [row]);
  ctx.tx.beforeCommit.set(TIMELINE_FLUSH, flushTimeline);
}

/** Inserts the timeline entries the transaction gathered; reading a timeline first calls it, so it sees its own. */
export async function flushTimeline(ctx: Ctx): Promise<void> {
  if (!ctx.tx) return;
  const rows = pendingTimeline.get(ctx.tx);
  if (!rows) return;
  pendingTimeline.delete(ctx.tx);
  ctx.tx.beforeCommit.delete(TIMELINE_FLUSH);
  await ctx.db.insert(timelineEntries).values(rows);
}

export async function timelineOf(ctx: Ctx, applicationId: string, includeInternal: boolean) {
  await flushTimeline(ctx);
  const rows = await ctx.db.select().from(timelineEntries).where(eq(timelineEntries.applicationId, applicationId)).orderBy(asc(timelineEntries.id));
  return rows.filter((r) => includeInternal || r.public).map((r) => ({ at: r.at.toISOString(), actor: r.actor, kind: r.kind, message: { zh: r.messageZh, en: r.messageEn },
    details: r.details, public: r.public }));
}

/** What every application event carries, so subscribers (notify, operations) need not read the case back. */
export function eventPayload(row: ApplicationRow, def: { code: string; name: { zh: string; en: string } }): ApplicationEventPayload {
  return { applicationId: row.id, number: row.number, personId: row.applicantPersonId, itemCode: def.code, itemName: def.name, departmentId: row.departmentId,
    status: row.status, dueOn: row.dueOn, reason: row.decisionReason };
}
