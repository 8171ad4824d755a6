// 好差评 and 差评整改: the applicant rates a finished case on the national five-level scale; a 不满意 or 非常不满意
// opens a rectification for the department with its own time limit, and the department's reply goes back to the
// rater. Satisfaction per department and item is for admins and leaders.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit.js';
import { calendarFor, chinaDate, dueDate, timeLight } from '../../platform/calendar.js';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { forbidden, invalidField, notFound } from '../../platform/errors.js';
import { regionPrefix } from '../../platform/identifiers.js';
import { emit } from '../../platform/jobs.js';
import { getCaseSummary } from '../cases/index.js';
import { canOnRating, canOnRectification, rectificationDepartments, satisfactionScope } from './policy.js';
import { ratings, rectifications } from './schema.js';

export const ratingLevels = {
  very_satisfied: { score: 5, zh: '非常满意', en: 'Very satisfied' },
  satisfied: { score: 4, zh: '满意', en: 'Satisfied' },
  neutral: { score: 3, zh: '基本满意', en: 'Neither satisfied nor dissatisfied' },
  dissatisfied: { score: 2, zh: '不满意', en: 'Dissatisfied' },
  very_dissatisfied: { score: 1, zh: '非常不满意', en: 'Very dissatisfied' },
} as const;
export type RatingLevel = keyof typeof ratingLevels;
const levelOf = (score: number) => (Object.keys(ratingLevels) as RatingLevel[]).find((k) => ratingLevels[k].score === score)!;

/** Working days a department has to answer a bad rating (差评整改). */
export const RECTIFICATION_DAYS = 5;

export interface RatingView {
  applicationId: string; level: RatingLevel; label: { zh: string; en: string }; comment: string | null; createdAt: string;
  rectification: { id: string; status: string; dueOn: string; reply: string | null; repliedAt: string | null;
    /** the rater's answer to the reply: satisfied or not (null until they answer), with what they said */
    raterSatisfied: boolean | null; raterComment: string | null; raterAnsweredAt: string | null } | null;
}

function view(r: typeof ratings.$inferSelect, rect: typeof rectifications.$inferSelect | undefined): RatingView {
  const level = levelOf(r.level);
  return { applicationId: r.applicationId, level, label: { zh: ratingLevels[level].zh, en: ratingLevels[level].en }, comment: r.comment, createdAt: r.createdAt.toISOString(),
    rectification: rect ? { id: rect.id, status: rect.status, dueOn: rect.dueOn, reply: rect.reply, repliedAt: rect.repliedAt?.toISOString() ?? null,
      raterSatisfied: rect.raterSatisfied, raterComment: rect.raterComment, raterAnsweredAt: rect.raterAnsweredAt?.toISOString() ?? null } : null };
}

export function rateApplication(ctx: Ctx, applicationId: string, input: { level: RatingLevel; comment?: string | undefined }): Promise<RatingView> {
  return withTransaction(ctx, async (tx) => {
    const summary = await getCaseSummary(tx, applicationId); // 404 unless the actor may read the case
    const finished = summary.status === 'approved' || summary.status === 'rejected';
    if (!canOnRating(tx.actor, 'rate', { caseReadable: true, byApplicant: summary.byApplicant })) throw forbidden();
    if (!finished) {
      throw invalidField('', 'feedback.not_finished', { zh: '办结后才能评价', en: 'A case can be rated once it is finished' }, 409);
    }
    const score = ratingLevels[input.level].score;
    if (score <= 2 && !input.comment?.trim()) {
      throw invalidField('/comment', 'feedback.comment_required', { zh: '差评请说明原因，便于部门整改', en: 'Please say what went wrong, so the department can put it right' });
    }
    const now = tx.clock.now();
    const [rating] = await tx.db.insert(ratings).values({ id: newId(), applicationId, personId: summary.applicantPersonId, departmentId: summary.departmentId,
      itemCode: summary.itemCode, regionCode: summary.regionCode, level: score, comment: input.comment?.trim() || null, createdAt: now }).onConflictDoNothing().returning();
    if (!rating) throw invalidField('', 'feedback.already_rated', { zh: '该办件已评价', en: 'This case has been rated already' }, 409);
    await recordAudit(tx, { action: 'rating.submitted', subjectType: 'application', subjectId: applicationId, subjectPersonId: summary.applicantPersonId, details: { level: score } });
    await emit(tx, 'rating.submitted', { applicationId, ratingId: rating.id, level: score, departmentId: summary.departmentId, itemCode: summary.itemCode });
    let rect: typeof rectifications.$inferSelect | undefined;
    if (score <= 2) {
      const cal = await calendarFor(tx, summary.regionCode);
      [rect] = await tx.db.insert(rectifications).values({ id: newId(), ratingId: rating.id, departmentId: summary.departmentId, openedAt: now,
        dueOn: dueDate(cal, now, RECTIFICATION_DAYS), status: 'open' }).returning();
      await emit(tx, 'rectification.opened', { rectificationId: rect!.id, applicationId, departmentId: summary.departmentId, dueOn: rect!.dueOn });
    }
    return view(rating, rect);
  });
}

export async function getRating(ctx: Ctx, applicationId: string): Promise<RatingView> {
  const summary = await getCaseSummary(ctx, applicationId); // 404 unless the actor may read the case
  if (!canOnRating(ctx.actor, 'read', { caseReadable: true, byApplicant: summary.byApplicant })) throw ratingNotFound();
  const [row] = await ctx.db.select({ r: ratings, rect: rectifications }).from(ratings).leftJoin(rectifications, eq(rectifications.ratingId, ratings.id))
    .where(eq(ratings.applicationId, applicationId));
  if (!row) throw ratingNotFound();
  return view(row.r, row.rect ?? undefined);
}

const ratingNotFound = () => notFound({ zh: '评价', en: 'rating' });
const rectificationNotFound = () => notFound({ zh: '整改任务', en: 'rectification' });

/** The department's rectification queue: bad ratings to answer, the most urgent first. */
export async function rectificationQueue(ctx: Ctx, filter: { status?: 'open' | 'replied' | undefined }) {
  const mine = rectificationDepartments(ctx.actor);
  if (mine.length === 0) return [];
  const rows = await ctx.db.select({ rect: rectifications, r: ratings }).from(rectifications).innerJoin(ratings, eq(ratings.id, rectifications.ratingId))
    .where(and(inArray(rectifications.departmentId, mine), eq(rectifications.status, filter.status ?? 'open'))).orderBy(asc(rectifications.dueOn)).limit(500);
  const today = chinaDate(ctx.clock.now());
  const out = [];
  for (const { rect, r } of rows) {
    const cal = await calendarFor(ctx, r.regionCode);
    out.push({ id: rect.id, applicationId: r.applicationId, itemCode: r.itemCode, level: levelOf(r.level), comment: r.comment, openedAt: rect.openedAt.toISOString(),
      dueOn: rect.dueOn, status: rect.status, reply: rect.reply, raterSatisfied: rect.raterSatisfied, raterComment: rect.raterComment,
      light: rect.status === 'open' ? timeLight(cal, { startedOn: chinaDate(rect.openedAt), dueOn: rect.dueOn, today }) : null });
  }
  return out;
}

export function replyToRectification(ctx: Ctx, id: string, reply: string): Promise<RatingView> {
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db.select({ rect: rectifications, r: ratings }).from(rectifications).innerJoin(ratings, eq(ratings.id, rectifications.ratingId))
      .where(eq(rectifications.id, id)).for('update', { of: rectifications });
    if (!row || !canOnRectification(tx.actor, 'read', row.rect)) throw rectificationNotFound();
    if (!canOnRectification(tx.actor, 'reply', row.rect)) throw forbidden();
    if (row.rect.status !== 'open') throw invalidField('', 'feedback.already_replied', { zh: '该整改已答复', en: 'This rectification has been answered' }, 409);
    const now = tx.clock.now();
    const [rect] = await tx.db.update(rectifications).set({ status: 'replied', reply, repliedBy: tx.actor.accountId, repliedAt: now }).where(eq(rectifications.id, id)).returning();
    await recordAudit(tx, { action: 'rectification.replied', subjectType: 'rectification', subjectId: id, subjectPersonId: row.r.personId });
    const { itemName } = await getCaseSummary(tx, row.r.applicationId);
    await emit(tx, 'rectification.replied', { rectificationId: id, applicationId: row.r.applicationId, personId: row.r.personId, itemName, reply });
    return view(row.r, rect);
  });
}

/**
 * The rater answers the department's reply: satisfied with the rectification or not (the reply asked them). Once:
 * the department sees the answer in its queue; a "not satisfied" says why, so the department knows what is left.
 */
export function answerRectificationReply(ctx: Ctx, applicationId: string, input: { satisfied: boolean; comment?: string | undefined }): Promise<RatingView> {
  return withTransaction(ctx, async (tx) => {
    const summary = await getCaseSummary(tx, applicationId); // 404 unless the actor may read the case
    if (!canOnRating(tx.actor, 'answer_reply', { caseReadable: true, byApplicant: summary.byApplicant })) throw forbidden();
    const [row] = await tx.db.select({ r: ratings, rect: rectifications }).from(ratings).innerJoin(rectifications, eq(rectifications.ratingId, ratings.id))
      .where(eq(ratings.applicationId, applicationId)).for('update', { of: rectifications });
    if (!row || row.rect.status !== 'replied') {
      throw invalidField('', 'feedback.no_reply_yet', { zh: '部门尚未作出整改答复', en: 'The department has not replied yet' }, 409);
    }
    if (row.rect.raterAnsweredAt) throw invalidField('', 'feedback.reply_already_answered', { zh: '您已对整改答复作出评价', en: 'You have already answered this reply' }, 409);
    const comment = input.comment?.trim() || null;
    if (!input.satisfied && !comment) {
      throw invalidField('/comment', 'feedback.unsatisfied_reason_required', { zh: '请说明哪里仍不满意，便于部门继续整改', en: 'Please say what is still wrong, so the department can put it right' });
    }
    const now = tx.clock.now();
    const [rect] = await tx.db.update(rectifications).set({ raterSatisfied: input.satisfied, raterComment: comment, raterAnsweredAt: now })
      .where(eq(rectifications.id, row.rect.id)).returning();
    await recordAudit(tx, { action: 'rectification.answered', subjectType: 'rectification', subjectId: row.rect.id, subjectPersonId: row.r.personId, details: { satisfied: input.satisfied } });
    await emit(tx, 'rectification.answered', { rectificationId: row.rect.id, applicationId, departmentId: row.rect.departmentId, satisfied: input.satisfied });
    return view(row.r, rect);
  });
}

export interface SatisfactionRow { key: string; ratings: number; average: number; satisfiedRate: number; distribution: Record<RatingLevel, number> }

/** Satisfaction per department and per item, for leaders of a region, operators, and a department's own admins. */
export async function satisfaction(ctx: Ctx, filter: { regionCode?: string | undefined }): Promise<{ byDepartment: SatisfactionRow[]; byItem: SatisfactionRow[] }> {
  // The scope is always explicit: a region the actor may see, or the actor's own departments; never nothing.
  const allowed = satisfactionScope(ctx.actor, filter.regionCode);
  if (!allowed) throw forbidden();
  const scope = allowed.kind === 'all' ? undefined
    : allowed.kind === 'region' ? sql`${ratings.regionCode} LIKE ${`${regionPrefix(allowed.regionCode)}%`}` : inArray(ratings.departmentId, allowed.departmentIds);
  const group = async (column: typeof ratings.departmentId | typeof ratings.itemCode) => {
    const rows = await ctx.db.select({ key: column, level: ratings.level, n: sql<number>`count(*)::int` }).from(ratings).where(scope).groupBy(column, ratings.level);
    const byKey = new Map<string, SatisfactionRow>();
    for (const r of rows) {
      const row = byKey.get(r.key) ?? { key: r.key, ratings: 0, average: 0, satisfiedRate: 0, distribution: { very_satisfied: 0, satisfied: 0, neutral: 0, dissatisfied: 0, very_dissatisfied: 0 } };
      row.distribution[levelOf(r.level)] += r.n;
      row.ratings += r.n;
      row.average += r.level * r.n;
      byKey.set(r.key, row);
    }
    return [...byKey.values()].map((row) => ({ ...row, average: Math.round((row.average / row.ratings) * 100) / 100,
      satisfiedRate: Math.round(((row.distribution.very_satisfied + row.distribution.satisfied) / row.ratings) * 1000) / 1000 }));
  };
  return { byDepartment: await group(ratings.departmentId), byItem: await group(ratings.itemCode) };
}
