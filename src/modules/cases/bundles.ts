// 一件事一次办: a life-event bundle filed once, fanned out into one case per item with the shared facts mapped in.
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { ifNotFound, invalidField } from '../../platform/errors.js';
import { emit } from '../../platform/jobs.js';
import { formDataIssues, getPublishedBundle, getPublishedItem, sensitivePointers, type BundleDefinition, type ItemDefinition, type PublishedEntry } from '../catalog/index.js';
import { canOnApplication, canReadBundle } from './policy.js';
import { applications, bundleApplications } from './schema.js';
import { bundleSharedData, checkFormShape, sealForm } from './sensitive.js';
import { applicationView, factsOfMany, type ApplicationView } from './views.js';
import { resolveApplicant } from './applicant.js';
import { setPointer } from './prefill.js';
import { type MaterialInput } from './filing-checks.js';
import { consumeBundleDraft } from './bundle-drafts.js';
import { insertSubmitted, nextNumber, bundleSubmittedEarlier, duplicateSubmit } from './submit.js';

export interface BundleSubmitInput {
  bundleCode: string;
  sharedData: Record<string, unknown>;
  forms: Record<string, Record<string, unknown>>; // per item code: what is not shared
  materials?: Record<string, MaterialInput[]> | undefined;
  idempotencyKey?: string | undefined;
  /** the life event's server draft these answers were saved in: it goes with the submission */
  draftId?: string | undefined;
}

export interface BundleView { id: string; number: string; bundleCode: string; status: string; applications: ApplicationView[] }

/** Combined status of a bundle: approved when every item is; decided when every item is; waiting on the applicant if any item is. */
function combinedStatus(apps: ApplicationView[]): string {
  if (apps.every((a) => a.status === 'approved')) return 'approved';
  if (apps.every((a) => ['approved', 'rejected', 'withdrawn'].includes(a.status))) return 'partly_approved';
  if (apps.some((a) => a.status === 'supplement_requested')) return 'supplement_requested';
  return 'in_progress';
}

export function submitBundle(ctx: Ctx, input: BundleSubmitInput): Promise<{ bundle: BundleView; created: boolean }> {
  checkFormShape(input.sharedData, '/sharedData');
  checkFormShape(input.forms, '/forms');
  return withTransaction(ctx, async (tx) => {
    const earlier = await bundleSubmittedEarlier(tx, input.idempotencyKey);
    if (earlier) return { bundle: await getBundle(tx, earlier.id), created: false };
    const bundle = await ifNotFound(getPublishedBundle(tx, input.bundleCode), () => {
      throw invalidField('/bundleCode', 'cases.bundle_unknown', { zh: '没有这个一件事', en: 'No life event has this code' });
    });
    const applicant = await resolveApplicant(tx, undefined, undefined);
    const now = tx.clock.now();
    // The applicant's verified identity is never typed in: whatever was sent for it, the platform's value stands.
    const shared = { ...input.sharedData };
    for (const f of bundle.definition.sharedFields) if (f.prefill?.startsWith('applicant.') && applicant.prefill[f.prefill] !== undefined) shared[f.name] = applicant.prefill[f.prefill];
    checkSharedData(bundle.definition, shared);
    if (input.draftId) await consumeBundleDraft(tx, input.draftId, bundle.code);
    const items = new Map<string, PublishedEntry<ItemDefinition>>();
    for (const code of bundle.definition.items) items.set(code, await getPublishedItem(tx, code));
    const bundleId = newId();
    const sharedData = sealForm(tx.platform.keyring, bundleSharedData(bundleId), sensitiveSharedFields(bundle.definition, items), shared);
    const [b] = await tx.db.insert(bundleApplications).values({ id: bundleId, number: nextNumber(tx, 'YJS'), bundleCode: bundle.code, bundleVersionId: bundle.versionId,
      applicantPersonId: applicant.personId, filedByAccountId: tx.actor.accountId!, idempotencyKey: input.idempotencyKey ?? null, sharedData, createdAt: now })
      .onConflictDoNothing().returning();
    if (!b) { // a concurrent retry with the same key committed first
      const committed = await bundleSubmittedEarlier(tx, input.idempotencyKey);
      if (committed) return { bundle: await getBundle(tx, committed.id), created: false };
      throw duplicateSubmit();
    }
    for (const code of bundle.definition.items) {
      const formData = structuredClone(input.forms[code] ?? {});
      for (const p of bundle.definition.presets ?? []) if (p.item === code) setPointer(formData, p.pointer, p.value);
      for (const field of bundle.definition.sharedFields) {
        if (shared[field.name] === undefined) continue; // an optional fact left blank
        for (const m of field.mapsTo) if (m.item === code) setPointer(formData, m.pointer, shared[field.name]);
      }
      const item = items.get(code)!;
      await insertSubmitted(tx, item, applicant, { itemCode: code, formData, materials: input.materials?.[code], bundleApplicationId: b!.id }, `/forms/${code}`);
    }
    await emit(tx, 'bundle.submitted', { bundleApplicationId: b!.id, number: b!.number, personId: applicant.personId, bundleCode: bundle.code });
    return { bundle: await getBundle(tx, b!.id), created: true };
  });
}

/** A shared field is sensitive when its own schema says so or when it lands on a sensitive field of an item's form. */
function sensitiveSharedFields(bundle: BundleDefinition, items: Map<string, PublishedEntry<ItemDefinition>>): string[] {
  return bundle.sharedFields.filter((f) => sensitivePointers({ properties: { [f.name]: f.schema } }).length > 0 || f.mapsTo.some((m) => {
    const patterns = sensitivePointers(items.get(m.item)?.definition.form ?? {});
    return patterns.some((p) => p === m.pointer || new RegExp(`^${p.replaceAll('*', '[^/]+')}$`).test(m.pointer) || m.pointer.startsWith(`${p}/`));
  })).map((f) => `/${f.name}`);
}

/** Every shared field is there, in the shape its schema asks for, and nothing else is. */
function checkSharedData(bundle: BundleDefinition, data: Record<string, unknown>): void {
  for (const field of bundle.sharedFields) {
    if (data[field.name] === undefined) {
      if (field.required === false) continue;
      throw invalidField(`/sharedData/${field.name}`, 'cases.shared_field_missing', { zh: `请填写：${field.label.zh}`, en: `Please fill in: ${field.label.en}` });
    }
    if (formDataIssues(`shared:${bundle.code}:${field.name}:${JSON.stringify(field.schema)}`, field.schema, data[field.name]).length) {
      throw invalidField(`/sharedData/${field.name}`, 'cases.shared_field_invalid', { zh: `${field.label.zh}填写有误`, en: `${field.label.en} is not valid` });
    }
  }
  const unknown = Object.keys(data).find((k) => !bundle.sharedFields.some((f) => f.name === k));
  if (unknown) throw invalidField(`/sharedData/${unknown}`, 'cases.shared_field_unknown', { zh: '本一件事没有这个共享字段', en: 'This life event has no such shared field' });
}

const bundleNotFound = () => invalidField('', 'cases.bundle_not_found', { zh: '一件事申请不存在', en: 'No such life-event application' }, 404);

/**
 * A life-event bundle with the cases the actor may read: staff see only their part. Each case shown to staff lands
 * in the applicant's data-access log, as reading it alone would.
 */
export async function getBundle(ctx: Ctx, id: string): Promise<BundleView> {
  const [b] = await ctx.db.select().from(bundleApplications).where(eq(bundleApplications.id, id));
  if (!b) throw bundleNotFound();
  const children = await ctx.db.select().from(applications).where(eq(applications.bundleApplicationId, id)).orderBy(applications.itemCode);
  const facts = await factsOfMany(ctx, children);
  if (!canReadBundle(ctx.actor, facts)) throw bundleNotFound();
  const apps: ApplicationView[] = [];
  for (const [i, c] of children.entries()) {
    if (canOnApplication(ctx.actor, 'read', facts[i]!)) apps.push(await applicationView(ctx, c));
  }
  return { id: b.id, number: b.number, bundleCode: b.bundleCode, status: combinedStatus(apps), applications: apps };
}
