// Queues this module's jobs. Run from the command line (`tongban seed` publishes the demo policies), the platform
// has no job handlers registered: the job row is written all the same, and the next server to start runs it.
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/context.js';
import { scheduleJob } from '../../platform/jobs.js';
import { jobs } from '../../platform/schema.js';

export async function queueJob(ctx: Ctx, input: { name: string; runAt: Date; payload: Record<string, unknown>; dedupeKey: string }): Promise<void> {
  if (ctx.platform.jobs.get(input.name)) {
    await scheduleJob(ctx, input);
    return;
  }
  await ctx.db.insert(jobs).values({ id: newId(), name: input.name, payload: input.payload, runAt: input.runAt, dedupeKey: input.dedupeKey, maxAttempts: 10, createdAt: ctx.clock.now() })
    .onConflictDoNothing({ target: jobs.dedupeKey });
}
