// After submission, the applicant's side: withdrawal, answering a supplement request (补正), handing in deferred materials.
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { withTransaction } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import { emit } from '../../platform/jobs.js';
import { getItemVersion, sensitivePointers } from '../catalog/index.js';
import { canOnApplication } from './policy.js';
import { resumeAfterSupplement } from './review.js';
import { applications } from './schema.js';
import { applicationForm, checkFormShape, maskValue, sealForm, sensitiveIn, valueAt } from './sensitive.js';
import { type ApplicationRow, addTimeline, applicationView, eventPayload, loadReadable, plainFormData, type ApplicationView } from './views.js';
import { setPointer } from './prefill.js';
import { type MaterialInput, checkForm, checkMaterials } from './filing-checks.js';
import { attachUploads } from './submit.js';

const applicantOf = (row: ApplicationRow) => ({ personId: row.applicantPersonId, enterpriseId: row.applicantEnterpriseId });

export function withdrawApplication(ctx: Ctx, id: string, reason: string): Promise<ApplicationView> {
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadReadable(tx, id, true);
    if (!canOnApplication(tx.actor, 'withdraw', facts)) throw invalidField('', 'cases.cannot_withdraw', { zh: '该申请当前不能撤回', en: 'This application cannot be withdrawn now' }, 409);
    const now = tx.clock.now();
    const [updated] = await tx.db.update(applications).set({ status: 'withdrawn', decidedAt: now, decisionReason: reason, updatedAt: now }).where(eq(applications.id, id)).returning();
    await tx.db.execute(sql`UPDATE review_tasks SET status = 'cancelled' WHERE application_id = ${id} AND status IN ('open', 'waiting')`);
    await addTimeline(tx, id, { kind: 'withdrawn', actor: '申请人 Applicant', message: { zh: `申请人撤回申请：${reason}`, en: `Withdrawn by the applicant: ${reason}` } });
    await recordAudit(tx, { action: 'application.withdrawn', subjectType: 'application', subjectId: id, subjectPersonId: row.applicantPersonId });
    const def = (await getItemVersion(tx, row.itemVersionId)).definition;
    await emit(tx, 'application.withdrawn', eventPayload(updated!, def));
    return applicationView(tx, updated!);
  });
}

/** The applicant answers a supplement request: corrected form data and/or new materials. The clock resumes. */
export function answerSupplement(ctx: Ctx, id: string, input: { formData?: Record<string, unknown> | undefined; materials?: MaterialInput[] | undefined; note?: string | undefined }): Promise<ApplicationView> {
  if (input.formData) checkFormShape(input.formData, '/formData');
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadReadable(tx, id, true);
    if (!canOnApplication(tx.actor, 'supplement', facts)) throw invalidField('', 'cases.no_supplement_requested', { zh: '该申请没有待补正的内容', en: 'Nothing is waiting to be supplemented' }, 409);
    const item = await getItemVersion(tx, row.itemVersionId);
    // The identity fields stay as verified at submission; the rest is the applicant's correction.
    const stored = plainFormData(tx, row);
    const formData = structuredClone(input.formData ?? stored);
    for (const pointer of Object.keys((item.definition.form['x-prefill'] ?? {}) as Record<string, string>)) {
      const verified = valueAt(stored, pointer);
      if (verified !== undefined) setPointer(formData, pointer, verified);
    }
    // A clerk answering at the window saw sensitive values masked: one sent back masked keeps what is stored.
    if (!canOnApplication(tx.actor, 'see_full_values', facts)) {
      for (const pointer of sensitiveIn(sensitivePointers(item.definition.form), formData)) {
        const before = valueAt(stored, pointer);
        if (before !== undefined && valueAt(formData, pointer) === maskValue(before)) setPointer(formData, pointer, before);
      }
    }
    const checked = checkForm(item, formData);
    await checkMaterials(tx, item.definition, input.materials ?? [], applicantOf(row), '/materials');
    await attachUploads(tx, id, input.materials ?? []);
    await tx.db.update(applications).set({ formData: sealForm(tx.platform.keyring, applicationForm(id), sensitivePointers(item.definition.form), checked), updatedAt: tx.clock.now() })
      .where(eq(applications.id, id));
    await addTimeline(tx, id, { kind: 'supplemented', actor: '申请人 Applicant', message: { zh: `已补正材料${input.note ? `：${input.note}` : ''}`, en: `Supplement provided${input.note ? `: ${input.note}` : ''}` } });
    const resumed = await resumeAfterSupplement(tx, id);
    await emit(tx, 'application.supplemented', eventPayload(resumed, item.definition));
    return applicationView(tx, resumed);
  });
}

/** 容缺受理: hands in materials that were deferred at acceptance. The decision waits for them. */
export function supplyDeferredMaterials(ctx: Ctx, id: string, materials: MaterialInput[]): Promise<ApplicationView> {
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadReadable(tx, id, true);
    if (!canOnApplication(tx.actor, 'supply_deferred', facts)) throw invalidField('', 'cases.nothing_deferred', { zh: '该申请没有待补交的容缺材料', en: 'Nothing is waiting to be handed in for this application' }, 409);
    materials.forEach((m, i) => {
      if (!row.deferredMaterials.includes(m.code)) throw invalidField(`/materials/${i}/code`, 'cases.not_deferred', { zh: `${m.code} 不是待补交的材料`, en: `${m.code} is not waiting to be handed in` });
    });
    const item = await getItemVersion(tx, row.itemVersionId);
    await checkMaterials(tx, item.definition, materials, applicantOf(row), '/materials');
    await attachUploads(tx, id, materials);
    const now = tx.clock.now();
    const remaining = row.deferredMaterials.filter((c) => !materials.some((m) => m.code === c));
    const [updated] = await tx.db.update(applications).set({ deferredMaterials: remaining, updatedAt: now }).where(eq(applications.id, id)).returning();
    await addTimeline(tx, id, { kind: 'deferred_supplied', actor: '申请人 Applicant',
      message: { zh: `已补交容缺材料${remaining.length ? `，尚缺 ${remaining.length} 项` : '，材料已齐全'}`, en: `Deferred material handed in${remaining.length ? `; ${remaining.length} still to come` : '; nothing is missing now'}` } });
    return applicationView(tx, updated!);
  });
}
