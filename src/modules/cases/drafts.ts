// Drafts (草稿): an application saved before submission, prefilled, finished later from any device.
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { forbidden, invalidField } from '../../platform/errors.js';
import { getItemVersion, getPublishedItem, sensitivePointers } from '../catalog/index.js';
import { takeDraftMaterials } from './once-only.js';
import { canOnApplication } from './policy.js';
import { applications } from './schema.js';
import { applicationForm, checkFormShape, sealForm } from './sensitive.js';
import { applicationView, loadReadable, plainFormData, type ApplicationView } from './views.js';
import { resolveApplicant } from './applicant.js';
import { prefillForm } from './prefill.js';
import { type MaterialInput } from './filing-checks.js';
import { insertSubmitted, publishedItemNamed, handlingRegion, handlingDepartment } from './submit.js';

// ---------- drafts ----------

export async function createDraft(ctx: Ctx, input: { itemCode: string; formData?: Record<string, unknown> | undefined }): Promise<ApplicationView & { prefilled: { pointer: string; source: string }[] }> {
  if (input.formData) checkFormShape(input.formData, '/formData');
  return withTransaction(ctx, async (tx) => {
    const applicant = await resolveApplicant(tx, undefined, undefined);
    const item = await publishedItemNamed(tx, input.itemCode);
    const { formData, prefilled } = prefillForm(item.definition, applicant.prefill, input.formData);
    const regionCode = handlingRegion(item.definition, applicant.regionCode);
    const department = await handlingDepartment(tx, regionCode, item.definition.department);
    const now = tx.clock.now();
    const id = newId();
    const [row] = await tx.db.insert(applications).values({
      id, number: null, itemCode: item.code, itemVersionId: item.versionId, bundleApplicationId: null,
      applicantPersonId: applicant.personId, applicantEnterpriseId: applicant.enterpriseId, applicantName: applicant.name, filedByAccountId: tx.actor.accountId!,
      channel: applicant.channel, delegationId: applicant.delegationId, regionCode, departmentCode: item.definition.department, departmentId: department.id,
      status: 'draft', formData: sealForm(tx.platform.keyring, applicationForm(id), sensitivePointers(item.definition.form), formData),
      timeLimitDays: item.definition.timeLimits.committedDays, createdAt: now, updatedAt: now,
    }).returning();
    return { ...(await applicationView(tx, row!)), prefilled };
  });
}

export function saveDraft(ctx: Ctx, id: string, formData: Record<string, unknown>): Promise<ApplicationView> {
  checkFormShape(formData, '/formData');
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadReadable(tx, id, true);
    if (!canOnApplication(tx.actor, 'edit_draft', facts)) throw invalidField('', 'cases.not_a_draft', { zh: '已提交的申请不能再修改', en: 'A submitted application cannot be edited' }, 409);
    const { definition } = await getItemVersion(tx, row.itemVersionId);
    const sealed = sealForm(tx.platform.keyring, applicationForm(id), sensitivePointers(definition.form), formData);
    const [updated] = await tx.db.update(applications).set({ formData: sealed, updatedAt: tx.clock.now() }).where(eq(applications.id, id)).returning();
    return applicationView(tx, updated!);
  });
}

/** Submits a saved draft, under the item version published now. */
export function submitDraft(ctx: Ctx, id: string, materials: MaterialInput[] = []): Promise<ApplicationView> {
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadReadable(tx, id, true);
    if (row.status !== 'draft') return applicationView(tx, row); // submitted already: a retry returns the case
    if (!canOnApplication(tx.actor, 'edit_draft', facts)) throw forbidden();
    const applicant = await resolveApplicant(tx, undefined, undefined);
    if (applicant.personId !== row.applicantPersonId || applicant.enterpriseId !== row.applicantEnterpriseId) {
      throw invalidField('', 'cases.draft_other_applicant', { zh: '该草稿是为另一申请人保存的', en: 'This draft was saved for another applicant' }, 409);
    }
    const item = await getPublishedItem(tx, row.itemCode);
    // What the draft already holds (reused certificates, fetched records) goes with it, unless handed in again now.
    const held = (await takeDraftMaterials(tx, id)).filter((m) => !materials.some((g) => g.code === m.code));
    const carried = held.filter((m) => m.source !== 'exchange').map((m) => (m.source === 'certificate' ? { code: m.code, certificateId: m.reference! } : { code: m.code, fileId: m.fileId! }));
    await tx.db.delete(applications).where(eq(applications.id, id)); // the draft becomes the case, under the same id
    const submitted = await insertSubmitted(tx, item, applicant, { itemCode: row.itemCode, formData: plainFormData(tx, row), materials: [...materials, ...carried], bundleApplicationId: null, id,
      fetched: held.filter((m) => m.source === 'exchange') });
    return applicationView(tx, submitted);
  });
}
