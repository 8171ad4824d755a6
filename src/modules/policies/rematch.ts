// Facts change after a policy is published (a birth, a retirement, a certificate revoked): the nightly re-match
// runs every published policy over the population again, so people who came to qualify are found and told.
// Idempotent: a subject matched before keeps their match (and any opt-out or grant); only new matches are added,
// and the day's run is one job whatever happens (its dedupe key is the day).
import { addCalendarDays, chinaDate } from '../../platform/calendar.js';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/context.js';
import { recordAudit } from '../../platform/audit.js';
import { matchPopulation } from './match.js';
import { queueJob } from './queue.js';
import { policyMatches } from './schema.js';
import { DELIVER_MATCHES_JOB, publishedPolicies } from './service.js';

export const NIGHTLY_REMATCH_JOB = 'policies.nightly-rematch';

/** At 02:00 China time on `day`; setting it twice for a day is a no-op. */
export async function scheduleNightlyRematch(ctx: Ctx, day: string): Promise<void> {
  await queueJob(ctx, { name: NIGHTLY_REMATCH_JOB, runAt: new Date(`${day}T02:00:00+08:00`), payload: { day }, dedupeKey: `${NIGHTLY_REMATCH_JOB}:${day}` });
}

export async function rematchPublished(ctx: Ctx, payload: Record<string, unknown>): Promise<void> {
  const now = ctx.clock.now();
  const day = typeof payload.day === 'string' ? payload.day : chinaDate(now);
  const added: Record<string, number> = {};
  for (const policy of await publishedPolicies(ctx)) {
    const { row, version } = policy;
    const grantDueAt = row.autoGrant ? new Date(now.getTime() + row.optOutDays * 86_400_000) : null;
    let count = 0;
    await matchPopulation(ctx, policy.rule, chinaDate(now), async (ids) => {
      const inserted = await ctx.db.insert(policyMatches).values(ids.map((subjectId) => ({
        id: newId(), policyId: row.id, version, subjectKind: row.subject, subjectId, status: row.autoGrant ? 'pending_grant' as const : 'matched' as const, matchedAt: now, grantDueAt,
      }))).onConflictDoNothing({ target: [policyMatches.policyId, policyMatches.subjectId] }).returning({ id: policyMatches.id });
      count += inserted.length;
    });
    if (count === 0) continue;
    added[row.code] = count;
    // The new matches are this version's, not yet told: the usual delivery tells them.
    await queueJob(ctx, { name: DELIVER_MATCHES_JOB, runAt: now, payload: { policyId: row.id, version }, dedupeKey: `${DELIVER_MATCHES_JOB}:${row.id}:${version}:rematch:${day}` });
  }
  if (Object.keys(added).length) await recordAudit(ctx, { action: 'policy.rematched', subjectType: 'policy', subjectId: day, details: { day, added } });
  await scheduleNightlyRematch(ctx, addCalendarDays(day, 1));
}
