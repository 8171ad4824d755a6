// Decisions no person makes: 秒批 (a submitted application approved at once because the item's published rule
// passes, the rule's version recorded as the reason) and 免申即享 (a benefit case created and approved for someone
// who never applied, because a policy found them). The policies module decides; cases records and tells.
import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit.js';
import { calendarFor, dueDate } from '../../platform/calendar.js';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { getItemVersion, getPublishedItem } from '../catalog/index.js';
import { finish } from './review.js';
import { applications, reviewTasks } from './schema.js';
import { handlingDepartment, handlingRegion, nextNumber } from './service.js';
import { addTimeline } from './views.js';

/** Files no one: the account recorded on cases the platform opened by itself. */
export const PLATFORM_ACCOUNT_ID = '00000000-0000-0000-0000-000000000000';

export interface AutomaticCheckFacts { id: string; status: string; itemCode: string; personId: string; enterpriseId: string | null; channel: string }

/** What an automatic check needs about a case. For the platform's own jobs. */
export async function applicationForAutomaticCheck(ctx: Ctx, id: string): Promise<AutomaticCheckFacts | null> {
  const [row] = await ctx.db.select().from(applications).where(eq(applications.id, id));
  return row ? { id: row.id, status: row.status, itemCode: row.itemCode, personId: row.applicantPersonId, enterpriseId: row.applicantEnterpriseId, channel: row.channel } : null;
}

/**
 * 秒批: approves a case still waiting for acceptance or in review, closing its open tasks with the reason.
 * Returns false, changing nothing, when someone decided (or the applicant withdrew) first.
 */
export function approveAutomatically(ctx: Ctx, id: string, input: { reason: string; details: Record<string, unknown> }): Promise<boolean> {
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db.select().from(applications).where(eq(applications.id, id)).for('update');
    if (!row || (row.status !== 'submitted' && row.status !== 'in_review')) return false;
    const def = (await getItemVersion(tx, row.itemVersionId)).definition;
    const now = tx.clock.now();
    if (row.status === 'submitted') await tx.db.update(applications).set({ acceptedAt: now }).where(eq(applications.id, id));
    await tx.db.update(reviewTasks).set({ status: 'approved', decidedAt: now, reason: input.reason })
      .where(and(eq(reviewTasks.applicationId, id), inArray(reviewTasks.status, ['open', 'waiting'])));
    await addTimeline(tx, id, { kind: 'instant_approval', actor: '系统 System', details: input.details,
      message: { zh: `秒批：符合政策规则，系统自动批准（${input.reason}）`, en: `Instant approval: the policy rule passed (${input.reason})` } });
    await recordAudit(tx, { action: 'application.instant_approved', subjectType: 'application', subjectId: id, subjectPersonId: row.applicantPersonId, details: input.details });
    await finish(tx, row, def, 'approved', input.reason);
    return true;
  });
}

export interface GrantInput {
  itemCode: string;
  personId: string; // the beneficiary, or an enterprise's legal representative
  enterpriseId: string | null;
  applicantName: string;
  regionCode: string; // the beneficiary's household region (or the enterprise's)
  reason: string; // the policy and its version
  grantKey: string; // one grant per key, however often it is asked for
  details: Record<string, unknown>;
}

/** 免申即享: creates the approved case for a beneficiary who did not apply. Idempotent on `grantKey`. */
export function grantWithoutApplication(ctx: Ctx, input: GrantInput): Promise<{ applicationId: string; created: boolean }> {
  return withTransaction(ctx, async (tx) => {
    const [earlier] = await tx.db.select({ id: applications.id }).from(applications)
      .where(and(eq(applications.filedByAccountId, PLATFORM_ACCOUNT_ID), eq(applications.idempotencyKey, input.grantKey)));
    if (earlier) return { applicationId: earlier.id, created: false };
    const item = await getPublishedItem(tx, input.itemCode);
    const def = item.definition;
    const regionCode = handlingRegion(def, input.regionCode);
    const department = await handlingDepartment(tx, regionCode, def.department);
    const now = tx.clock.now();
    const cal = await calendarFor(tx, regionCode);
    const [row] = await tx.db.insert(applications).values({
      id: newId(), number: nextNumber(tx, 'TB'), itemCode: def.code, itemVersionId: item.versionId, bundleApplicationId: null,
      applicantPersonId: input.personId, applicantEnterpriseId: input.enterpriseId, applicantName: input.applicantName, filedByAccountId: PLATFORM_ACCOUNT_ID,
      channel: 'proactive', delegationId: null, regionCode, departmentCode: def.department, departmentId: department.id, status: 'in_review', formData: {},
      idempotencyKey: input.grantKey, timeLimitDays: def.timeLimits.committedDays, submittedAt: now, acceptedAt: now, dueOn: dueDate(cal, now, def.timeLimits.committedDays),
      createdAt: now, updatedAt: now,
    }).returning();
    await addTimeline(tx, row!.id, { kind: 'proactive_grant', actor: '系统 System', details: input.details,
      message: { zh: `免申即享：无需申请，依据政策自动办理（${input.reason}）`, en: `Granted without application under a policy (${input.reason})` } });
    await recordAudit(tx, { action: 'application.granted_proactively', subjectType: 'application', subjectId: row!.id, subjectPersonId: input.personId, details: input.details });
    await finish(tx, row!, def, 'approved', input.reason);
    return { applicationId: row!.id, created: true };
  });
}
