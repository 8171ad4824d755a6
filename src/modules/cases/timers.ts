// 限时办结 alerts: a persisted timer per due date. When it fires and the work is still open on that same due date
// (a 补正 pause moves the date, and a new timer is set for the new one), an overdue event tells supervisors.
// Timers are jobs in PostgreSQL: after a restart they still fire, once (their dedupe key is the due date).
import { and, eq, sql } from 'drizzle-orm';
import { addCalendarDays } from '../../platform/calendar.js';
import type { Ctx, Platform } from '../../platform/context.js';
import { emit, scheduleJob } from '../../platform/jobs.js';
import { applications, reviewTasks, timelineEntries } from './schema.js';
import { addTimeline, flushTimeline } from './views.js';
import { registerExchangePurposes } from './once-only.js';
import { registerDataAccessNamesOfCases } from './names.js';

export const OVERDUE_CHECK = 'cases.overdue-check';

type Kind = 'application' | 'task' | 'tolerance';

/**
 * Sets the timer for the first moment after `dueOn` (midnight, China time). `round` tells timers for the same
 * date apart: after a pause that added no working day, the date is unchanged but the timer must run again.
 */
export function scheduleOverdueCheck(ctx: Ctx, kind: Kind, id: string, dueOn: string, round = 'opened'): Promise<void> {
  return scheduleJob(ctx, { name: OVERDUE_CHECK, runAt: new Date(`${addCalendarDays(dueOn, 1)}T00:00:00+08:00`), payload: { kind, id, dueOn },
    dedupeKey: `overdue:${kind}:${id}:${dueOn}:${round}` });
}

/** One alert per piece of work and due date, however many timers ran: the timeline remembers it. */
async function alreadyAlerted(ctx: Ctx, applicationId: string, kind: string, subject: string, dueOn: string): Promise<boolean> {
  await flushTimeline(ctx);
  const rows = await ctx.db.select({ id: timelineEntries.id }).from(timelineEntries).where(and(eq(timelineEntries.applicationId, applicationId),
    eq(timelineEntries.kind, kind), sql`${timelineEntries.details}->>'subject' = ${subject}`, sql`${timelineEntries.details}->>'dueOn' = ${dueOn}`)).limit(1);
  return rows.length > 0;
}

const RUNNING = ['submitted', 'in_review', 'supplement_requested'];

async function checkOverdue(ctx: Ctx, payload: Record<string, unknown>): Promise<void> {
  const { kind, id, dueOn } = payload as { kind: Kind; id: string; dueOn: string };
  if (kind === 'task') {
    const [task] = await ctx.db.select().from(reviewTasks).where(eq(reviewTasks.id, id));
    const [app] = task ? await ctx.db.select().from(applications).where(eq(applications.id, task.applicationId)) : [];
    // Done, moved by a pause (a newer timer covers it), or paused right now (the clock stands still): no alert.
    if (!task || !app || task.status !== 'open' || !RUNNING.includes(app.status) || task.dueOn !== dueOn || app.pausedSince) return;
    if (await alreadyAlerted(ctx, app.id, 'task_overdue', id, dueOn)) return;
    await emit(ctx, 'task.overdue', { taskId: id, applicationId: app.id, number: app.number, departmentId: task.departmentId, dueOn });
    await addTimeline(ctx, app.id, { kind: 'task_overdue', actor: '系统 System', public: false, details: { subject: id, dueOn },
      message: { zh: `${task.nameZh} 已超过办理时限（${dueOn}），已提醒督办`, en: `${task.nameEn} is overdue (${dueOn}); supervisors alerted` } });
    return;
  }
  const [app] = await ctx.db.select().from(applications).where(eq(applications.id, id));
  if (!app) return;
  if (kind === 'application' && RUNNING.includes(app.status) && app.dueOn === dueOn && !app.pausedSince && !(await alreadyAlerted(ctx, id, 'overdue', id, dueOn))) {
    await emit(ctx, 'application.overdue', { applicationId: id, number: app.number, departmentId: app.departmentId, dueOn });
    await addTimeline(ctx, id, { kind: 'overdue', actor: '系统 System', public: false, details: { subject: id, dueOn },
      message: { zh: `办件已超过承诺办结时限（${dueOn}），已提醒督办`, en: `The case is past its committed time limit (${dueOn}); supervisors alerted` } });
  }
  if (kind === 'tolerance' && app.deferredMaterials.length > 0 && RUNNING.includes(app.status) && !(await alreadyAlerted(ctx, id, 'tolerance_overdue', id, dueOn))) {
    await emit(ctx, 'application.tolerance_overdue', { applicationId: id, number: app.number, personId: app.applicantPersonId, departmentId: app.departmentId,
      missing: app.deferredMaterials, dueOn });
    await addTimeline(ctx, id, { kind: 'tolerance_overdue', actor: '系统 System', details: { subject: id, dueOn },
      message: { zh: `容缺材料未在 ${dueOn} 前补交`, en: `Deferred materials were not handed in by ${dueOn}` } });
  }
}

export function registerCases(platform: Platform): void {
  platform.jobs.define(OVERDUE_CHECK, checkOverdue);
  registerExchangePurposes();
  registerDataAccessNamesOfCases();
}
