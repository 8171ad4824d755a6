// Small platform-wide facts kept in the database (what has been seeded, the audit head).
import { eq } from 'drizzle-orm';
import type { Ctx } from './context.js';
import { platformMeta } from './schema.js';

export async function getMeta<T>(ctx: Ctx, key: string): Promise<T | undefined> {
  const [row] = await ctx.db.select().from(platformMeta).where(eq(platformMeta.key, key));
  return row?.value as T | undefined;
}

export async function setMeta(ctx: Ctx, key: string, value: unknown): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.insert(platformMeta).values({ key, value, updatedAt: now }).onConflictDoUpdate({ target: platformMeta.key, set: { value, updatedAt: now } });
}
