// The departments' side of a case: acceptance (受理), parallel review tasks per stage (并联审批), supplement
// requests that stop the clock (补正), decisions, and each reviewer's queue with its time-limit lights.
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { departmentsWhere } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit.js';
import { calendarFor, chinaDate, dueDate } from '../../platform/calendar.js';
import type { Ctx, TxState } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { AppError, forbidden, ifNotFound, invalidField, notFound } from '../../platform/errors.js';
import { isWithinRegion } from '../../platform/identifiers.js';
import { emit } from '../../platform/jobs.js';
import { getItemVersion, type ItemDefinition } from '../catalog/index.js';
import { issueForCase } from '../certificates/index.js';
import { findDepartment, getDepartment, type DepartmentView } from '../directory/index.js';
import { accountPostings } from '../identity/index.js';
import { canOnApplication, canOnTask, type TaskAction } from './policy.js';
import { applications, reviewTasks, supplementRequests, type TaskStatus } from './schema.js';
import { scheduleOverdueCheck } from './timers.js';
import { maskPersonName } from './sensitive.js';
import { addTimeline, applicationView, eventPayload, loadReadable, plainFormData, taskView, type ApplicationRow, type ApplicationView, type TaskView } from './views.js';

const taskNotFound = () => notFound({ zh: '审批任务', en: 'review task' });
const taskClosed = () => invalidField('', 'cases.task_closed', { zh: '该任务已办结', en: 'This task is closed' }, 409);
const taskClaimed = () => invalidField('', 'cases.task_claimed', { zh: '该任务已由他人认领', en: 'Someone else has claimed this task' }, 409);

// A submission looks up its handling department and then, accepting at once, its reviewing departments: often
// the same one. Within one transaction cases asks directory once per department (cases never changes them).
const departmentsSeen = new WeakMap<TxState, Map<string, Promise<DepartmentView | null>>>();

export function departmentIn(ctx: Ctx, regionCode: string, code: string): Promise<DepartmentView | null> {
  if (!ctx.tx) return findDepartment(ctx, regionCode, code);
  let seen = departmentsSeen.get(ctx.tx);
  if (!seen) departmentsSeen.set(ctx.tx, seen = new Map());
  const key = `${regionCode}/${code}`;
  let department = seen.get(key);
  if (!department) seen.set(key, department = findDepartment(ctx, regionCode, code));
  return department;
}

/** 受理: the case enters review and the first stage's tasks open, all at once. */
export async function acceptApplication(ctx: Ctx, row: ApplicationRow, def: ItemDefinition, how: 'instant' | 'window' | 'clerk'): Promise<ApplicationRow> {
  const now = ctx.clock.now();
  const [accepted] = await ctx.db.update(applications).set({ status: 'in_review', acceptedAt: now, currentStage: 0, updatedAt: now }).where(eq(applications.id, row.id)).returning();
  await addTimeline(ctx, row.id, { kind: 'accepted', actor: how === 'instant' ? '系统 System' : '窗口人员 Window clerk',
    message: { zh: how === 'instant' ? '材料齐全，系统即时受理' : '已受理', en: how === 'instant' ? 'Complete: accepted at once' : 'Accepted' } });
  await emit(ctx, 'application.accepted', eventPayload(accepted!, def));
  await openStage(ctx, accepted!, def, 0);
  return accepted!;
}

async function openStage(ctx: Ctx, row: ApplicationRow, def: ItemDefinition, stage: number): Promise<void> {
  const now = ctx.clock.now();
  const cal = await calendarFor(ctx, row.regionCode);
  const tasks = def.workflow.stages[stage]!.tasks;
  for (const t of tasks) {
    const department = await departmentIn(ctx, row.regionCode, t.department);
    if (!department) throw new AppError({ code: 'cases.department_missing', status: 409, message: { zh: `审批部门 ${t.department} 尚未设立`, en: `Reviewing department ${t.department} does not exist` } });
    const [task] = await ctx.db.insert(reviewTasks).values({
      id: newId(), applicationId: row.id, stage, departmentId: department.id, departmentCode: t.department, regionCode: row.regionCode,
      nameZh: t.name.zh, nameEn: t.name.en, timeLimitDays: t.timeLimitDays, status: 'open', openedAt: now, dueOn: dueDate(cal, now, t.timeLimitDays),
    }).returning();
    await emit(ctx, 'task.opened', { taskId: task!.id, applicationId: row.id, departmentId: department.id, dueOn: task!.dueOn });
    await scheduleOverdueCheck(ctx, 'task', task!.id, task!.dueOn!);
  }
  if (row.currentStage !== stage) await ctx.db.update(applications).set({ currentStage: stage }).where(eq(applications.id, row.id));
  await addTimeline(ctx, row.id, { kind: 'stage_opened', actor: '系统 System',
    message: { zh: `进入审批：${def.workflow.stages[stage]!.name.zh}（${tasks.length} 个部门并联办理）`, en: `Review: ${def.workflow.stages[stage]!.name.en} (${tasks.length} department(s) in parallel)` } });
}

/** A clerk (or the owning department's reviewer) accepts a case that needed a person to check it. */
export function acceptByStaff(ctx: Ctx, id: string): Promise<ApplicationView> {
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadReadable(tx, id, true);
    if (!canOnApplication(tx.actor, 'accept', facts)) throw invalidField('', 'cases.cannot_accept', { zh: '该申请当前不能由您受理', en: 'You cannot accept this application now' }, 409);
    const def = (await getItemVersion(tx, row.itemVersionId)).definition;
    await recordAudit(tx, { action: 'application.accepted', subjectType: 'application', subjectId: id, subjectPersonId: row.applicantPersonId });
    return applicationView(tx, await acceptApplication(tx, row, def, 'clerk'));
  });
}

export interface SupplementItem { target: string; reason: string }

/** 补正: names exactly what is missing or wrong; the case's and its tasks' clocks stop until it is answered. */
export function requestSupplement(ctx: Ctx, id: string, items: SupplementItem[]): Promise<ApplicationView> {
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadReadable(tx, id, true);
    if (!canOnApplication(tx.actor, 'request_supplement', facts)) throw invalidField('', 'cases.cannot_request_supplement', { zh: '该申请当前不能由您要求补正', en: 'You cannot ask for a supplement on this application now' }, 409);
    const def = (await getItemVersion(tx, row.itemVersionId)).definition;
    const known = new Set([...def.materials.map((m) => `material:${m.code}`)]);
    items.forEach((it, i) => {
      if (!it.target.startsWith('/formData') && !known.has(it.target)) {
        throw invalidField(`/items/${i}/target`, 'cases.supplement_target_unknown', { zh: '补正对象须为表单字段（/formData/…）或本事项的材料（material:代码）', en: 'A target is a form field (/formData/…) or one of this item\'s materials (material:code)' });
      }
    });
    const now = tx.clock.now();
    const mine = departmentsWhere(tx.actor, 'reviewer');
    const [task] = await tx.db.select({ id: reviewTasks.id }).from(reviewTasks).where(and(eq(reviewTasks.applicationId, id), eq(reviewTasks.status, 'open'),
      mine.length ? inArray(reviewTasks.departmentId, mine) : sql`false`)).limit(1);
    await tx.db.insert(supplementRequests).values({ id: newId(), applicationId: id, taskId: task?.id ?? null, requestedBy: tx.actor.accountId!, requestedAt: now, items });
    const [updated] = await tx.db.update(applications).set({ status: 'supplement_requested', pausedSince: now, updatedAt: now }).where(eq(applications.id, id)).returning();
    await addTimeline(tx, id, { kind: 'supplement_requested', actor: '审批部门 Department',
      message: { zh: `需要补正：${items.map((i) => i.reason).join('；')}`, en: `Supplement needed: ${items.map((i) => i.reason).join('; ')}` }, details: { items } });
    await recordAudit(tx, { action: 'application.supplement_requested', subjectType: 'application', subjectId: id, subjectPersonId: row.applicantPersonId, details: { items: items.length } });
    await emit(tx, 'application.supplement_requested', { ...eventPayload(updated!, def), items });
    return applicationView(tx, updated!);
  });
}

/** The clock resumes: the working days it stood still extend the case's and each open task's due date. */
export async function resumeAfterSupplement(ctx: Ctx, id: string): Promise<ApplicationRow> {
  const [row] = await ctx.db.select().from(applications).where(eq(applications.id, id));
  const now = ctx.clock.now();
  const cal = await calendarFor(ctx, row!.regionCode);
  const stood = row!.pausedSince ? cal.workingDaysBetween(chinaDate(row!.pausedSince), chinaDate(now)) : 0;
  const paused = row!.pausedWorkingDays + stood;
  const openTasks = await ctx.db.select().from(reviewTasks).where(and(eq(reviewTasks.applicationId, id), eq(reviewTasks.status, 'open')));
  for (const t of openTasks) {
    const taskDue = dueDate(cal, t.openedAt!, t.timeLimitDays, t.pausedWorkingDays + stood);
    await ctx.db.update(reviewTasks).set({ pausedWorkingDays: t.pausedWorkingDays + stood, dueOn: taskDue }).where(eq(reviewTasks.id, t.id));
    await scheduleOverdueCheck(ctx, 'task', t.id, taskDue, `resumed:${now.toISOString()}`);
  }
  await ctx.db.update(supplementRequests).set({ answeredAt: now }).where(and(eq(supplementRequests.applicationId, id), isNull(supplementRequests.answeredAt)));
  const [updated] = await ctx.db.update(applications).set({
    status: row!.acceptedAt ? 'in_review' : 'submitted', pausedSince: null, pausedWorkingDays: paused,
    dueOn: dueDate(cal, row!.submittedAt!, row!.timeLimitDays, paused), updatedAt: now,
  }).where(eq(applications.id, id)).returning();
  await scheduleOverdueCheck(ctx, 'application', id, updated!.dueOn!, `resumed:${now.toISOString()}`);
  await addTimeline(ctx, id, { kind: 'resumed', actor: '系统 System', message: { zh: `恢复计时，补正期间 ${stood} 个工作日不计入办理时限`, en: `The clock resumes; ${stood} working day(s) of the supplement do not count` } });
  return updated!;
}

// ---------- tasks ----------

/**
 * Locks the task's application, then the task: every change to a case takes the application's lock first, so
 * a decision, a withdrawal and a supplement never deadlock each other.
 */
async function loadTask(ctx: Ctx, taskId: string, action: TaskAction) {
  const [peek] = await ctx.db.select({ applicationId: reviewTasks.applicationId, departmentId: reviewTasks.departmentId, status: reviewTasks.status,
    assigneeAccountId: reviewTasks.assigneeAccountId }).from(reviewTasks).where(eq(reviewTasks.id, taskId));
  // A reviewer of another department learns nothing about the task.
  if (!peek || !canOnTask(ctx.actor, 'see', peek)) throw taskNotFound();
  const [app] = await ctx.db.select().from(applications).where(eq(applications.id, peek.applicationId)).for('update');
  const [task] = await ctx.db.select().from(reviewTasks).where(eq(reviewTasks.id, taskId)).for('update');
  if (!canOnTask(ctx.actor, action, task!)) throw forbidden();
  return { task: task!, app: app! };
}

export function claimTask(ctx: Ctx, taskId: string): Promise<TaskView> {
  return withTransaction(ctx, async (tx) => {
    const { task, app } = await loadTask(tx, taskId, 'claim');
    if (task.status !== 'open') throw taskClosed();
    if (task.assigneeAccountId && task.assigneeAccountId !== tx.actor.accountId) throw taskClaimed();
    const [claimed] = await tx.db.update(reviewTasks).set({ assigneeAccountId: tx.actor.accountId }).where(eq(reviewTasks.id, taskId)).returning();
    await addTimeline(tx, task.applicationId, { kind: 'task_claimed', actor: task.nameZh, message: { zh: `${task.nameZh}：审批人员已认领`, en: `${task.nameEn}: claimed by a reviewer` }, public: false });
    return taskView(await calendarFor(tx, task.regionCode), tx.clock.now(), claimed!, app.pausedSince);
  });
}

/** Approve or reject one department's task. A rejection ends the case; the last approval of a stage moves it on. */
export function decideTask(ctx: Ctx, taskId: string, input: { decision: 'approve' | 'reject'; reason: string }): Promise<ApplicationView> {
  return withTransaction(ctx, async (tx) => {
    const { task, app } = await loadTask(tx, taskId, 'decide');
    if (task.assigneeAccountId && task.assigneeAccountId !== tx.actor.accountId) throw taskClaimed();
    if (input.decision === 'approve' && app.deferredMaterials.length > 0) {
      // 容缺受理: review may go on, but nothing is approved before the deferred materials are in.
      throw invalidField('', 'cases.deferred_outstanding', { zh: `容缺材料尚未补交：${app.deferredMaterials.join('、')}`, en: `Deferred materials are still missing: ${app.deferredMaterials.join(', ')}` }, 409);
    }
    if (task.status !== 'open' || app.status !== 'in_review') {
      throw app.status === 'supplement_requested'
        ? invalidField('', 'cases.awaiting_supplement', { zh: '正在等待申请人补正，暂不能决定', en: 'Waiting for the applicant\'s supplement: no decision yet' }, 409)
        : taskClosed();
    }
    if (input.decision === 'reject' && input.reason.trim().length < 2) {
      throw invalidField('/reason', 'cases.reason_required', { zh: '不予批准须说明理由', en: 'A rejection needs a reason' });
    }
    const now = tx.clock.now();
    await tx.db.update(reviewTasks).set({ status: input.decision === 'approve' ? 'approved' : 'rejected', decidedAt: now, decidedBy: tx.actor.accountId, reason: input.reason, assigneeAccountId: task.assigneeAccountId ?? tx.actor.accountId })
      .where(eq(reviewTasks.id, taskId));
    await addTimeline(tx, app.id, { kind: input.decision === 'approve' ? 'task_approved' : 'task_rejected', actor: task.nameZh,
      message: input.decision === 'approve' ? { zh: `${task.nameZh}：审核通过`, en: `${task.nameEn}: approved` } : { zh: `${task.nameZh}：不予通过。理由：${input.reason}`, en: `${task.nameEn}: rejected. Reason: ${input.reason}` } });
    await recordAudit(tx, { action: `task.${input.decision === 'approve' ? 'approved' : 'rejected'}`, subjectType: 'review_task', subjectId: taskId, subjectPersonId: app.applicantPersonId });
    const def = (await getItemVersion(tx, app.itemVersionId)).definition;
    if (input.decision === 'reject') return applicationView(tx, await finish(tx, app, def, 'rejected', input.reason));
    const stageTasks = await tx.db.select({ status: reviewTasks.status }).from(reviewTasks).where(and(eq(reviewTasks.applicationId, app.id), eq(reviewTasks.stage, task.stage)));
    // The stage waits for its other departments (a transferred task counts through the one it became).
    if (stageTasks.some((t) => t.status !== 'approved' && t.status !== 'transferred')) return applicationView(tx, app);
    if (task.stage + 1 < def.workflow.stages.length) {
      await openStage(tx, app, def, task.stage + 1);
      return applicationView(tx, (await tx.db.select().from(applications).where(eq(applications.id, app.id)))[0]!);
    }
    return applicationView(tx, await finish(tx, app, def, 'approved', input.reason));
  });
}

export async function finish(ctx: Ctx, app: ApplicationRow, def: ItemDefinition, outcome: 'approved' | 'rejected', reason: string): Promise<ApplicationRow> {
  const now = ctx.clock.now();
  await ctx.db.update(reviewTasks).set({ status: 'cancelled' as TaskStatus }).where(and(eq(reviewTasks.applicationId, app.id), eq(reviewTasks.status, 'open')));
  const [done] = await ctx.db.update(applications).set({ status: outcome, decidedAt: now, decisionReason: reason, updatedAt: now }).where(eq(applications.id, app.id)).returning();
  await addTimeline(ctx, app.id, { kind: outcome, actor: '审批部门 Department',
    message: outcome === 'approved' ? { zh: '办结：准予批准', en: 'Completed: approved' } : { zh: `办结：不予批准。理由：${reason}`, en: `Completed: rejected. Reason: ${reason}` } });
  const certificateId = outcome === 'approved' && def.workflow.resultCertificateType ? await issueResult(ctx, done!, def) : null;
  if (outcome === 'approved') await emit(ctx, 'application.approved', eventPayload(done!, def));
  else await emit(ctx, 'application.rejected', eventPayload(done!, def));
  await emit(ctx, 'application.completed', { ...eventPayload(done!, def), outcome, resultCertificateType: certificateId ? def.workflow.resultCertificateType ?? null : null, resultCertificateId: certificateId });
  return done!;
}

/**
 * The result as an electronic certificate in the applicant's wallet, signed in the decision's transaction. Where
 * nobody can sign it here (no issuing department set up), the decision stands and staff see why no certificate came.
 */
async function issueResult(ctx: Ctx, app: ApplicationRow, def: ItemDefinition): Promise<string | null> {
  const type = def.workflow.resultCertificateType!;
  try {
    const certificate = await issueForCase(ctx, { type, applicationId: app.id, applicationNumber: app.number, regionCode: app.regionCode,
      applicantPersonId: app.applicantPersonId, applicantEnterpriseId: app.applicantEnterpriseId, formData: plainFormData(ctx, app), decidingDepartment: def.department });
    await addTimeline(ctx, app.id, { kind: 'certificate_issued', actor: '审批部门 Department', details: { certificateId: certificate.id, type },
      message: { zh: '电子证照已签发，已存入您的证照夹', en: 'The electronic certificate is issued and in your wallet' } });
    return certificate.id;
  } catch (e) {
    if (!(e instanceof AppError) || e.status >= 500) throw e;
    await addTimeline(ctx, app.id, { kind: 'certificate_not_issued', actor: '系统 System', public: false, details: { type, code: e.code },
      message: { zh: `未能签发电子证照：${e.bilingual.zh}`, en: `No electronic certificate issued: ${e.bilingual.en}` } });
    return null;
  }
}

/** 转办: the task belongs to another department. It closes here and opens there, with its full time limit. */
export function transferTask(ctx: Ctx, taskId: string, input: { departmentId: string; reason: string }): Promise<ApplicationView> {
  return withTransaction(ctx, async (tx) => {
    const { task, app } = await loadTask(tx, taskId, 'transfer');
    if (task.status !== 'open' || app.status !== 'in_review') throw invalidField('', 'cases.task_closed', { zh: '该任务当前不能转办', en: 'This task cannot be transferred now' }, 409);
    if (input.departmentId === task.departmentId) throw invalidField('/departmentId', 'cases.transfer_same', { zh: '不能转办给本部门', en: 'A task cannot be transferred to its own department' });
    const target = await ifNotFound(getDepartment(tx, input.departmentId), () => null);
    // Within the case's own region: a transfer never hands someone's case to another city's staff.
    if (!target || !isWithinRegion(target.regionCode, task.regionCode)) {
      throw invalidField('/departmentId', 'cases.department_unknown', { zh: '本地区没有该部门', en: 'No such department in this case\'s region' });
    }
    const now = tx.clock.now();
    const cal = await calendarFor(tx, task.regionCode);
    await tx.db.update(reviewTasks).set({ status: 'transferred', decidedAt: now, decidedBy: tx.actor.accountId, reason: input.reason }).where(eq(reviewTasks.id, taskId));
    const [moved] = await tx.db.insert(reviewTasks).values({ ...task, id: newId(), departmentId: target.id, departmentCode: target.code, status: 'open', assigneeAccountId: null,
      openedAt: now, dueOn: dueDate(cal, now, task.timeLimitDays), pausedWorkingDays: 0, decidedAt: null, decidedBy: null, reason: null }).returning();
    await scheduleOverdueCheck(tx, 'task', moved!.id, moved!.dueOn!);
    await addTimeline(tx, task.applicationId, { kind: 'task_transferred', actor: task.nameZh,
      message: { zh: `${task.nameZh}：转办至${target.name.zh}。理由：${input.reason}`, en: `${task.nameEn}: transferred to ${target.name.en}. Reason: ${input.reason}` } });
    await recordAudit(tx, { action: 'task.transferred', subjectType: 'review_task', subjectId: taskId, details: { to: target.id, newTask: moved!.id } });
    await emit(tx, 'task.opened', { taskId: moved!.id, applicationId: task.applicationId, departmentId: target.id, dueOn: moved!.dueOn });
    return applicationView(tx, (await tx.db.select().from(applications).where(eq(applications.id, task.applicationId)))[0]!);
  });
}

/** A department admin gives a task to one of the department's reviewers (or takes it back to the pool). */
export function assignTask(ctx: Ctx, taskId: string, accountId: string | null): Promise<TaskView> {
  return withTransaction(ctx, async (tx) => {
    const { task, app } = await loadTask(tx, taskId, 'assign');
    if (task.status !== 'open') throw taskClosed();
    if (accountId && !(await accountPostings(tx, accountId)).some((p) => p.role === 'reviewer' && p.departmentId === task.departmentId)) {
      throw invalidField('/accountId', 'cases.assignee_not_reviewer', { zh: '只能分派给本部门的审批人员', en: 'Tasks go to reviewers of the same department' });
    }
    const [assigned] = await tx.db.update(reviewTasks).set({ assigneeAccountId: accountId }).where(eq(reviewTasks.id, taskId)).returning();
    await addTimeline(tx, task.applicationId, { kind: 'task_assigned', actor: task.nameZh, public: false,
      message: { zh: `${task.nameZh}：${accountId ? '已分派' : '已退回任务池'}`, en: `${task.nameEn}: ${accountId ? 'assigned' : 'returned to the pool'}` }, details: { accountId } });
    await recordAudit(tx, { action: 'task.assigned', subjectType: 'review_task', subjectId: taskId, details: { accountId } });
    return taskView(await calendarFor(tx, task.regionCode), tx.clock.now(), assigned!, app.pausedSince);
  });
}

export interface QueueFilter { status?: 'open' | 'closed' | undefined; light?: 'green' | 'yellow' | 'red' | undefined; mine?: boolean | undefined; limit?: number | undefined }

/**
 * A reviewer's queue: the open tasks of my departments, the most urgent first, with their lights. A person's name
 * shows masked (王*, 张*英), so scanning the queue reads no one's personal data and logs nothing; opening a case
 * shows the name and lands in the applicant's data-access log.
 */
export async function taskQueue(ctx: Ctx, filter: QueueFilter): Promise<(TaskView & { application: { id: string; number: string | null; itemCode: string; applicantName: string; status: string } })[]> {
  const mine = departmentsWhere(ctx.actor, 'reviewer', 'department_admin');
  if (mine.length === 0) return [];
  const rows = await ctx.db.select({ task: reviewTasks, app: applications }).from(reviewTasks).innerJoin(applications, eq(applications.id, reviewTasks.applicationId))
    .where(and(inArray(reviewTasks.departmentId, mine), filter.status === 'closed' ? inArray(reviewTasks.status, ['approved', 'rejected']) : eq(reviewTasks.status, 'open'),
      filter.mine ? eq(reviewTasks.assigneeAccountId, ctx.actor.accountId!) : undefined))
    .orderBy(...(filter.status === 'closed' ? [desc(reviewTasks.decidedAt)] : [asc(reviewTasks.dueOn), asc(reviewTasks.openedAt)]))
    // Lights come from the calendar, not SQL: with a light filter, look further and cut after filtering.
    .limit(filter.light ? 5000 : Math.min(filter.limit ?? 100, 500));
  const now = ctx.clock.now();
  const out = [];
  for (const { task, app } of rows) {
    if (!canOnTask(ctx.actor, 'see', task)) continue;
    const view = taskView(await calendarFor(ctx, task.regionCode), now, task, app.pausedSince);
    if (filter.light && view.timeLimit.light !== filter.light) continue;
    out.push({ ...view, application: { id: app.id, number: app.number, itemCode: app.itemCode, applicantName: app.applicantEnterpriseId ? app.applicantName : maskPersonName(app.applicantName), status: app.status } });
    if (out.length === Math.min(filter.limit ?? 100, 500)) break;
  }
  return out;
}
