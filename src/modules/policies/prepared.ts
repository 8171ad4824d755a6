// 无感智办: services prepared for a person after a life event, waiting for one press to confirm.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { invalidField, notFound, type Bilingual } from '../../platform/errors.js';
import { startBundleDraft } from '../cases/index.js';
import { getPublishedBundle } from '../catalog/index.js';
import { notify } from '../notify/index.js';
import { preparedServices, type PreparedStatus } from './schema.js';
import { subjectOfActor } from './matches.js';

/** The page of the portal where a prepared service is shown and confirmed (the inbox message links here), read as oneself. */
export const preparedServiceLink = (id: string) => `/my-services?for=self#prepared-${id}`;
/** Where confirming takes the person: the life event's application, with what we know filled in. */
const applyPath = (bundleCode: string) => `/apply/bundle/${encodeURIComponent(bundleCode)}`;

type PreparedRow = typeof preparedServices.$inferSelect;
const view = (r: PreparedRow, draftId: string | null = null) => ({ id: r.id, bundleCode: r.bundleCode, title: { zh: r.titleZh, en: r.titleEn }, prefill: r.prefill, reason: r.reason,
  status: r.status, applyPath: applyPath(r.bundleCode), draftId, createdAt: r.createdAt.toISOString() });

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * The person's server draft of the bundle, started with what the prepared service knows (the certificate whose issue
 * prepared it: the baby's name, sex, birth date and place from the 出生医学证明, each marked with its source), or the
 * one already saved: pressing twice, or after starting it by hand, gives the same draft. The life event's page
 * resumes it (one draft per applicant, filer and life event).
 */
async function draftFor(ctx: Ctx, row: PreparedRow): Promise<string> {
  const { draft } = await startBundleDraft(ctx, row.bundleCode, { certificateId: text(row.prefill.certificateId), certificateType: text(row.prefill.certificateType) });
  return draft.id;
}

/** Those still waiting for the person, and those confirmed (to come back to the application). */
export async function myPreparedServices(ctx: Ctx) {
  const subject = subjectOfActor(ctx);
  const rows = await ctx.db.select().from(preparedServices)
    .where(and(eq(preparedServices.personId, subject.id), inArray(preparedServices.status, ['ready', 'confirmed']))).orderBy(asc(preparedServices.createdAt));
  return rows.map((r) => view(r));
}

/**
 * One press: "办理" confirms the prepared service (the person is taken to its application), "不需要" dismisses it.
 * Only a service still waiting can be decided; only the person it was prepared for (or their delegate who may file
 * for them) decides; another's is "not found".
 */
export function decidePreparedService(ctx: Ctx, id: string, decision: Exclude<PreparedStatus, 'ready'>) {
  return withTransaction(ctx, async (tx) => {
    const subject = subjectOfActor(tx, 'opt_out');
    const [row] = await tx.db.select().from(preparedServices).where(eq(preparedServices.id, id)).for('update');
    if (!row || subject.kind !== 'person' || row.personId !== subject.id) throw notFound({ zh: '为您准备的服务', en: 'prepared service' });
    if (row.status === decision) return view(row, decision === 'confirmed' ? await draftFor(tx, row) : null); // pressed twice: the same answer
    if (row.status !== 'ready') {
      throw invalidField('', 'policies.prepared_decided', { zh: row.status === 'confirmed' ? '您已确认办理该服务' : '您已表示不需要该服务',
        en: row.status === 'confirmed' ? 'You have already confirmed this service' : 'You have already said you do not need this service' }, 409);
    }
    const [updated] = await tx.db.update(preparedServices).set({ status: decision }).where(eq(preparedServices.id, id)).returning();
    await recordAudit(tx, { action: `policy.prepared_service_${decision}`, subjectType: 'prepared_service', subjectId: id, subjectPersonId: row.personId });
    return view(updated!, decision === 'confirmed' ? await draftFor(tx, row) : null);
  });
}

/** Prepares a bundle for a person (无感智办), with what we know filled in, and tells them. Idempotent per event. */
export async function prepareBundle(ctx: Ctx, input: { personId: string; triggerId: string; eventId: string; bundleCode: string; prefill: Record<string, unknown>; reason: Bilingual }): Promise<void> {
  const bundle = await getPublishedBundle(ctx, input.bundleCode);
  const name = bundle.definition.name;
  const [row] = await ctx.db.insert(preparedServices).values({ id: newId(), personId: input.personId, triggerId: input.triggerId, eventId: input.eventId, bundleCode: input.bundleCode,
    titleZh: name.zh, titleEn: name.en, prefill: input.prefill, reason: input.reason, status: 'ready', createdAt: ctx.clock.now() }).onConflictDoNothing().returning();
  if (!row) return;
  await notify(ctx, { personId: input.personId, template: 'policy.service_prepared', link: preparedServiceLink(row.id), dedupeKey: `prepared:${row.id}`,
    params: { serviceName: name, reason: input.reason } });
}
