// The cases an actor may read: one case, its timeline, a sensitive field revealed, my cases, and a summary for other
// modules. The applicant's actions live beside it (drafts, submit, bundles, after-submission) and are re-exported here.
import { and, desc, eq, sql } from 'drizzle-orm';
import { recordAudit, recordPersonalDataRead } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { withTransaction } from '../../platform/context.js';
import { forbidden, invalidField } from '../../platform/errors.js';
import { getItemVersion, sensitivePointers } from '../catalog/index.js';
import { canOnApplication, isApplicantSide } from './policy.js';
import { applications, type ApplicationStatus } from './schema.js';
import { applicationForm, openForm, sensitiveIn, valueAt } from './sensitive.js';
import { applicationView, factsOfMany, loadReadable, recordCaseRead, timelineOf, type ApplicationView } from './views.js';

/** One case. Staff see sensitive fields masked; their read lands in the applicant's data-access log (applicationView). */
export async function getApplication(ctx: Ctx, id: string): Promise<ApplicationView> {
  const { row } = await loadReadable(ctx, id);
  return applicationView(ctx, row);
}

export async function getTimeline(ctx: Ctx, id: string) {
  const { row, facts } = await loadReadable(ctx, id);
  await recordCaseRead(ctx, row, facts, ['timeline']);
  // internal notes are for staff, not for a staff member helping their mother
  return timelineOf(ctx, id, canOnApplication(ctx.actor, 'read_internal_timeline', facts));
}

/**
 * 查看完整信息: one sensitive field of a case in the clear, for the reviewers working it or the region's window
 * clerk. Recorded in the audit trail and in the applicant's data-access log.
 */
export function revealField(ctx: Ctx, id: string, field: string): Promise<{ field: string; value: unknown }> {
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadReadable(tx, id);
    if (!canOnApplication(tx.actor, 'reveal', facts)) throw forbidden();
    const { data, sealed } = openForm(tx.platform.keyring, applicationForm(id), row.formData);
    const { definition } = await getItemVersion(tx, row.itemVersionId);
    const sensitive = new Set([...sensitiveIn(sensitivePointers(definition.form), data), ...sealed]);
    if (!sensitive.has(field)) {
      throw invalidField('/field', 'cases.field_not_sensitive', { zh: '该字段不是需要查看完整信息的敏感字段', en: 'This is not a sensitive field of the case' });
    }
    const purpose = `办件 ${row.number ?? row.id} 审查 case review`;
    await recordAudit(tx, { action: 'application.field_revealed', subjectType: 'application', subjectId: id, subjectPersonId: row.applicantPersonId, purpose, details: { field } });
    await recordPersonalDataRead(tx, { personId: row.applicantPersonId, purpose, fields: [`formData${field}`], action: 'personal_data.unmasked' });
    return { field, value: valueAt(data, field) };
  });
}

/** My cases: as the applicant, or for whoever I act for. Newest first. */
export async function listMyApplications(ctx: Ctx, filter: { status?: ApplicationStatus | undefined; limit?: number | undefined }): Promise<ApplicationView[]> {
  const acting = ctx.actor.actingFor;
  const whose = acting?.kind === 'enterprise' ? eq(applications.applicantEnterpriseId, acting.enterpriseId)
    : acting?.kind === 'person' ? and(eq(applications.applicantPersonId, acting.personId), sql`${applications.applicantEnterpriseId} IS NULL`)
      : ctx.actor.personId ? and(eq(applications.applicantPersonId, ctx.actor.personId), sql`${applications.applicantEnterpriseId} IS NULL`) : undefined;
  if (!whose) return [];
  if (acting && !acting.scopes.includes('applications.read')) throw forbidden();
  const rows = await ctx.db.select().from(applications).where(and(whose, filter.status ? eq(applications.status, filter.status) : undefined))
    .orderBy(desc(applications.createdAt)).limit(filter.limit ?? 50);
  const facts = await factsOfMany(ctx, rows);
  return Promise.all(rows.filter((_, i) => canOnApplication(ctx.actor, 'read', facts[i]!)).map((r) => applicationView(ctx, r)));
}

export interface CaseSummary {
  id: string; number: string | null; itemCode: string; itemName: { zh: string; en: string }; status: ApplicationStatus; applicantPersonId: string;
  departmentId: string; regionCode: string; decidedAt: Date | null;
  /** Whether the actor is the applicant (or acts for them with `applications.submit`). */
  byApplicant: boolean;
}

/** What other modules (ratings) need to know about a case the actor may read. */
export async function getCaseSummary(ctx: Ctx, id: string): Promise<CaseSummary> {
  const { row, facts } = await loadReadable(ctx, id);
  const { definition } = await getItemVersion(ctx, row.itemVersionId);
  return { id: row.id, number: row.number, itemCode: row.itemCode, itemName: definition.name, status: row.status, applicantPersonId: row.applicantPersonId,
    departmentId: row.departmentId, regionCode: row.regionCode, decidedAt: row.decidedAt, byApplicant: isApplicantSide(ctx.actor, facts, 'applications.submit') };
}

export { submitApplication, nextNumber, handlingRegion, handlingDepartment } from './submit.js';
export type { SubmitInput } from './submit.js';
export type { MaterialInput, AcceptanceRequest } from './filing-checks.js';
export { prefillForm } from './prefill.js';
export { createDraft, saveDraft, submitDraft } from './drafts.js';
export { submitBundle, getBundle } from './bundles.js';
export type { BundleSubmitInput, BundleView } from './bundles.js';
export { withdrawApplication, answerSupplement, supplyDeferredMaterials } from './after-submission.js';
