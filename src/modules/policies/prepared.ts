// 无感智办: services prepared for a person after a life event, waiting for one press to confirm.
import { and, asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/context.js';
import { type Bilingual } from '../../platform/errors.js';
import { getPublishedBundle } from '../catalog/index.js';
import { notify } from '../notify/index.js';
import { preparedServices } from './schema.js';
import { subjectOfActor } from './matches.js';

export async function myPreparedServices(ctx: Ctx) {
  const subject = subjectOfActor(ctx);
  const rows = await ctx.db.select().from(preparedServices).where(and(eq(preparedServices.personId, subject.id), eq(preparedServices.status, 'ready'))).orderBy(asc(preparedServices.createdAt));
  return rows.map((r) => ({ id: r.id, bundleCode: r.bundleCode, title: { zh: r.titleZh, en: r.titleEn }, prefill: r.prefill, reason: r.reason, createdAt: r.createdAt.toISOString() }));
}

/** Prepares a bundle for a person (无感智办), with what we know filled in, and tells them. Idempotent per event. */
export async function prepareBundle(ctx: Ctx, input: { personId: string; triggerId: string; eventId: string; bundleCode: string; prefill: Record<string, unknown>; reason: Bilingual }): Promise<void> {
  const bundle = await getPublishedBundle(ctx, input.bundleCode);
  const name = bundle.definition.name;
  const [row] = await ctx.db.insert(preparedServices).values({ id: newId(), personId: input.personId, triggerId: input.triggerId, eventId: input.eventId, bundleCode: input.bundleCode,
    titleZh: name.zh, titleEn: name.en, prefill: input.prefill, reason: input.reason, status: 'ready', createdAt: ctx.clock.now() }).onConflictDoNothing().returning();
  if (!row) return;
  await notify(ctx, { personId: input.personId, template: 'policy.service_prepared', link: `/bundles/${input.bundleCode}?prepared=${row.id}`, dedupeKey: `prepared:${row.id}`,
    params: { serviceName: name, reason: input.reason } });
}
