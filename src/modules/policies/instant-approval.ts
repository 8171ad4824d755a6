// 秒批: on every submission, the item's instant-approval policy run on the applicant's facts; approved when it holds.
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { EventOf } from '../../platform/jobs.js';
import { applicationForAutomaticCheck, approveAutomatically, getCaseSummary } from '../cases/index.js';
import { interpret } from './rules.js';
import { instantDecisions, policies } from './schema.js';
import { publishedPolicies } from './service.js';
import { factsOfSubject, syncEnterprises, syncPersons } from './store.js';

/** On every submission: if the item has an instant-approval policy and the applicant's facts pass it, approve. */
export async function onApplicationSubmitted(ctx: Ctx, event: EventOf<'application.submitted'>): Promise<void> {
  const { itemCode } = event.payload;
  const candidates = (await publishedPolicies(ctx, { itemCode })).filter((p) => p.row.instantApproval);
  if (!candidates.length) return;
  const app = await applicationForAutomaticCheck(ctx, event.payload.applicationId);
  if (!app || (app.status !== 'submitted' && app.status !== 'in_review')) return;
  for (const policy of candidates) {
    const kind = policy.row.subject;
    const subjectId = kind === 'enterprise' ? app.enterpriseId : app.personId;
    if (!subjectId) continue;
    if (kind === 'person') await syncPersons(ctx, [subjectId]); else await syncEnterprises(ctx, [subjectId]);
    const facts = await factsOfSubject(ctx, kind, subjectId);
    const evaluation = interpret(policy.rule, facts ?? {});
    await ctx.db.insert(instantDecisions).values({ applicationId: app.id, policyId: policy.row.id, version: policy.version, approved: evaluation.eligible,
      explanation: { conditions: evaluation.conditions, table: evaluation.table }, decidedAt: ctx.clock.now() }).onConflictDoNothing();
    if (evaluation.eligible) {
      await approveAutomatically(ctx, app.id, { reason: `政策 ${policy.row.code} 第 ${policy.version} 版 / policy ${policy.row.code} v${policy.version}`,
        details: { policy: policy.row.code, version: policy.version, conditions: evaluation.conditions.map((c) => ({ feel: c.feel, holds: c.holds })), outputs: evaluation.table?.outputs ?? {} } });
      return;
    }
  }
  // Not every condition is met: the case stays with the reviewers, who see the check in instant_decisions.
}

/** What the automatic checks said about a case: for whoever may read the case (its applicant, its reviewers). */
export async function instantChecksOf(ctx: Ctx, applicationId: string) {
  await getCaseSummary(ctx, applicationId); // not readable: 404, as for the case itself
  const rows = await ctx.db.select({ d: instantDecisions, p: policies }).from(instantDecisions).innerJoin(policies, eq(policies.id, instantDecisions.policyId))
    .where(eq(instantDecisions.applicationId, applicationId));
  return rows.map(({ d, p }) => ({ policyCode: p.code, version: d.version, approved: d.approved, explanation: d.explanation, decidedAt: d.decidedAt.toISOString() }));
}
