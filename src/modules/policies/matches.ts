// 政策找人 and 免申即享: telling each subject a policy matches, granting after the opt-out period, the person's
// opt-out, their matches and facts, and the push of named policies for one subject (无感智办).
import { and, asc, eq, isNull } from 'drizzle-orm';
import { system } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit.js';
import { chinaDate } from '../../platform/calendar.js';
import type { Ctx } from '../../platform/context.js';
import { newId, withActor, withTransaction } from '../../platform/context.js';
import { forbidden, invalidField, notFound, type Bilingual } from '../../platform/errors.js';
import { scheduleJob } from '../../platform/jobs.js';
import { grantWithoutApplication } from '../cases/index.js';
import { enterpriseBasics, personBasics } from '../identity/index.js';
import { notify } from '../notify/index.js';
import { factsOf, type SubjectKind } from './facts.js';
import { canActForSubject, type SubjectAction } from './policy.js';
import { interpret, type Evaluation } from './rules.js';
import { policies, policyMatches, policyVersions } from './schema.js';
import { checkedRuleOf, DELIVER_MATCHES_JOB, publishedPolicies, type PublishedPolicy } from './service.js';
import { factsOfSubject } from './store.js';

export const GRANT_JOB = 'policies.grant';
/**
 * The page of a policy that found someone, with the why (the inbox message links here). It says whom the page is
 * read for: a match of an enterprise reaches its legal representative, who reads it acting for the enterprise; a
 * person's own match is read as themself, whomever the browser was acting for last.
 */
export const policyMatchLink = (code: string, kind: SubjectKind, subjectId: string) =>
  `/my-policies/${code}?for=${kind === 'enterprise' ? `enterprise:${subjectId}` : 'self'}`;
export const asSystem = (ctx: Ctx) => withActor(ctx, system);

export const conditionsMet = (e: Evaluation): Bilingual => ({
  zh: e.conditions.filter((c) => c.holds).map((c) => c.label.zh).join('；') + (e.table?.description ? `；${e.table.description}` : ''),
  en: e.conditions.filter((c) => c.holds).map((c) => c.label.en).join('; ') + (e.table?.description ? `; ${e.table.description}` : ''),
});

/** Who receives a subject's messages: the person, or an enterprise's legal representative. */
async function recipientOf(ctx: Ctx, kind: SubjectKind, id: string): Promise<{ personId: string; name: string; regionCode: string } | null> {
  if (kind === 'person') {
    const [p] = await personBasics(asSystem(ctx), { ids: [id] });
    return p ? { personId: p.id, name: p.name, regionCode: p.householdRegionCode } : null;
  }
  const [e] = await enterpriseBasics(asSystem(ctx), { ids: [id] });
  return e ? { personId: e.legalRepresentativeId, name: e.name, regionCode: e.regionCode } : null;
}

/** 政策找人: tells each match of a published version, in batches; auto-grant matches get their grant date. */
export async function deliverMatches(ctx: Ctx, payload: Record<string, unknown>): Promise<void> {
  const policyId = String(payload.policyId);
  const version = Number(payload.version);
  const [policy] = await publishedPolicies(ctx).then((ps) => ps.filter((p) => p.row.id === policyId && p.version === version));
  if (!policy) return; // withdrawn or superseded since
  const today = chinaDate(ctx.clock.now());
  const batch = await ctx.db.select().from(policyMatches)
    .where(and(eq(policyMatches.policyId, policyId), eq(policyMatches.version, version), isNull(policyMatches.notifiedAt))).orderBy(asc(policyMatches.id)).limit(500);
  for (const m of batch) {
    await tellMatch(ctx, policy, m, today);
  }
  if (batch.length === 500) await scheduleJob(ctx, { name: DELIVER_MATCHES_JOB, runAt: ctx.clock.now(), payload, dedupeKey: `${DELIVER_MATCHES_JOB}:${policyId}:${version}:${batch.at(-1)!.id}` });
}

async function tellMatch(ctx: Ctx, policy: PublishedPolicy, m: typeof policyMatches.$inferSelect, today: string): Promise<void> {
  const facts = await factsOfSubject(ctx, policy.row.subject, m.subjectId);
  const recipient = await recipientOf(ctx, policy.row.subject, m.subjectId);
  if (!facts || !recipient) return;
  const evaluation = interpret(policy.rule, facts);
  const policyName = { zh: policy.row.nameZh, en: policy.row.nameEn };
  const conditions = conditionsMet(evaluation);
  void today;
  if (policy.row.autoGrant && m.status === 'pending_grant') {
    await notify(ctx, { personId: recipient.personId, template: 'policy.grant_pending', link: policyMatchLink(policy.row.code, policy.row.subject, m.subjectId), dedupeKey: `policy:${policy.row.id}:${policy.version}:${m.subjectId}`,
      params: { policyName, conditions, grantDate: (m.grantDueAt ?? ctx.clock.now()).toISOString() } });
    await scheduleJob(ctx, { name: GRANT_JOB, runAt: m.grantDueAt ?? ctx.clock.now(), payload: { matchId: m.id }, dedupeKey: `${GRANT_JOB}:${m.id}:${policy.version}` });
  } else if (m.status === 'matched') {
    const nextStep = policy.row.itemCode ? { zh: '您可以在线申请，材料已尽可能为您预填。', en: 'You can apply online; what we know is filled in for you.' }
      : { zh: '详情请查看政策说明。', en: 'See the policy for details.' };
    await notify(ctx, { personId: recipient.personId, template: 'policy.matched', link: policyMatchLink(policy.row.code, policy.row.subject, m.subjectId), dedupeKey: `policy:${policy.row.id}:${policy.version}:${m.subjectId}`,
      params: { policyName, conditions, nextStep } });
  }
  await ctx.db.update(policyMatches).set({ notifiedAt: ctx.clock.now() }).where(eq(policyMatches.id, m.id));
}

/** 免申即享: after the opt-out period, the case is created, unless the person opted out or no longer qualifies. */
export async function grant(ctx: Ctx, payload: Record<string, unknown>): Promise<void> {
  const [m] = await ctx.db.select().from(policyMatches).where(eq(policyMatches.id, String(payload.matchId))).for('update');
  if (!m || m.status !== 'pending_grant') return;
  const [policy] = (await publishedPolicies(ctx)).filter((p) => p.row.id === m.policyId);
  if (!policy || !policy.row.autoGrant || !policy.row.itemCode) return;
  const facts = await factsOfSubject(ctx, policy.row.subject, m.subjectId);
  const recipient = await recipientOf(ctx, policy.row.subject, m.subjectId);
  if (!facts || !recipient) return;
  const evaluation = interpret(policy.rule, facts);
  if (!evaluation.eligible) { await ctx.db.update(policyMatches).set({ status: 'matched' }).where(eq(policyMatches.id, m.id)); return; }
  const reason = `${policy.row.nameZh} ${policy.row.code} 第 ${policy.version} 版 / ${policy.row.nameEn} v${policy.version}`;
  const { applicationId } = await grantWithoutApplication(ctx, {
    itemCode: policy.row.itemCode, personId: recipient.personId, enterpriseId: policy.row.subject === 'enterprise' ? m.subjectId : null, applicantName: recipient.name,
    regionCode: recipient.regionCode, reason, grantKey: `policy:${policy.row.code}:${m.subjectId}`,
    details: { policy: policy.row.code, version: policy.version, outputs: evaluation.table?.outputs ?? {}, conditions: evaluation.conditions.map((c) => ({ feel: c.feel, holds: c.holds })) } });
  await ctx.db.update(policyMatches).set({ status: 'granted', grantApplicationId: applicationId }).where(eq(policyMatches.id, m.id));
}

/** The person (or an agent of the enterprise) opts out of an auto-grant before it happens. */
export function optOut(ctx: Ctx, policyCode: string): Promise<{ status: 'opted_out' }> {
  return withTransaction(ctx, async (tx) => {
    const subjectId = subjectOfActor(tx, 'opt_out');
    const [row] = await tx.db.select({ m: policyMatches }).from(policyMatches).innerJoin(policies, eq(policies.id, policyMatches.policyId))
      .where(and(eq(policies.code, policyCode), eq(policyMatches.subjectId, subjectId.id))).for('update', { of: policyMatches });
    if (!row) throw notFound({ zh: '政策匹配记录', en: 'policy match' });
    if (row.m.status !== 'pending_grant') throw invalidField('', 'policies.cannot_opt_out', { zh: row.m.status === 'granted' ? '已办理，不能退出；如需终止请联系主管部门' : '该政策不需要退出', en: row.m.status === 'granted' ? 'Already granted; contact the department to stop it' : 'There is nothing to opt out of' }, 409);
    await tx.db.update(policyMatches).set({ status: 'opted_out', optedOutAt: tx.clock.now() }).where(eq(policyMatches.id, row.m.id));
    await recordAudit(tx, { action: 'policy.opted_out', subjectType: 'policy_match', subjectId: row.m.id, ...(subjectId.kind === 'person' ? { subjectPersonId: subjectId.id } : {}) });
    return { status: 'opted_out' as const };
  });
}

/**
 * 免申即享: a person who opted out changes their mind. The match waits for its grant again: on the original date
 * if it is still ahead, otherwise at once; the grant checks the facts again, as it always does.
 */
export function optBackIn(ctx: Ctx, policyCode: string): Promise<{ status: 'pending_grant'; grantDueAt: string }> {
  return withTransaction(ctx, async (tx) => {
    const subject = subjectOfActor(tx, 'opt_out');
    const [row] = await tx.db.select({ m: policyMatches, p: policies }).from(policyMatches).innerJoin(policies, eq(policies.id, policyMatches.policyId))
      .where(and(eq(policies.code, policyCode), eq(policyMatches.subjectId, subject.id))).for('update', { of: policyMatches });
    if (!row) throw notFound({ zh: '政策匹配记录', en: 'policy match' });
    if (row.m.status !== 'opted_out') {
      throw invalidField('', 'policies.cannot_opt_in', { zh: '您没有退出该政策，无需重新加入', en: 'You have not opted out of this policy' }, 409);
    }
    if (row.p.status !== 'published' || row.p.publishedVersion !== row.m.version) {
      throw invalidField('', 'policies.policy_changed', { zh: '该政策已调整或停止执行，不能按原条件重新加入；如符合新政策，系统会另行通知您', en: 'The policy has changed or been withdrawn since; if the new version applies to you, you will be told' }, 409);
    }
    const now = tx.clock.now();
    const due = row.m.grantDueAt && row.m.grantDueAt > now ? row.m.grantDueAt : now;
    await tx.db.update(policyMatches).set({ status: 'pending_grant', optedOutAt: null, grantDueAt: due }).where(eq(policyMatches.id, row.m.id));
    await recordAudit(tx, { action: 'policy.opted_back_in', subjectType: 'policy_match', subjectId: row.m.id, ...(subject.kind === 'person' ? { subjectPersonId: subject.id } : {}) });
    // A grant job that ran while opted out did nothing; this one is new (keyed by the moment of opting back in).
    await scheduleJob(tx, { name: GRANT_JOB, runAt: due, payload: { matchId: row.m.id }, dedupeKey: `${GRANT_JOB}:${row.m.id}:${row.m.version}:in:${now.getTime()}` });
    return { status: 'pending_grant' as const, grantDueAt: due.toISOString() };
  });
}

/** Whose policy data "me" means: oneself, or whoever the actor acts for within the scope the action needs. */
export function subjectOfActor(ctx: Ctx, action: SubjectAction = 'read_own'): { kind: SubjectKind; id: string } {
  if (!canActForSubject(ctx.actor, action)) throw forbidden();
  const acting = ctx.actor.actingFor;
  if (acting?.kind === 'enterprise') return { kind: 'enterprise', id: acting.enterpriseId };
  if (acting?.kind === 'person') return { kind: 'person', id: acting.personId };
  if (!ctx.actor.personId) throw forbidden();
  return { kind: 'person', id: ctx.actor.personId };
}

/**
 * The policies that found me (or the enterprise I act for), with their status and the why: each condition of the
 * version that found me, and whether my facts as they stand meet it (true, false, or null when a fact is unknown).
 */
export async function myMatches(ctx: Ctx) {
  const subject = subjectOfActor(ctx);
  // Named as the version that found them was published, not as a draft may read now.
  const rows = await ctx.db.select({ m: policyMatches, p: policies, v: policyVersions }).from(policyMatches).innerJoin(policies, eq(policies.id, policyMatches.policyId))
    .innerJoin(policyVersions, and(eq(policyVersions.policyId, policyMatches.policyId), eq(policyVersions.version, policyMatches.version)))
    .where(eq(policyMatches.subjectId, subject.id)).orderBy(asc(policies.code));
  const facts = await factsOfSubject(ctx, subject.kind, subject.id);
  return Promise.all(rows.map(async ({ m, p, v }) => {
    const evaluation = facts ? interpret(await checkedRuleOf(v.rule), facts) : null;
    return {
      policyCode: p.code, name: { zh: v.settings.nameZh, en: v.settings.nameEn }, summary: { zh: v.settings.summaryZh, en: v.settings.summaryEn },
      version: m.version, status: m.status, autoGrant: v.settings.autoGrant, itemCode: v.settings.itemCode,
      grantDueAt: m.grantDueAt?.toISOString() ?? null, grantApplicationId: m.grantApplicationId, matchedAt: m.matchedAt.toISOString(),
      optedOutAt: m.optedOutAt?.toISOString() ?? null,
      // Back in only while the policy still stands as it did: a withdrawn or superseded version grants nothing.
      canOptBackIn: m.status === 'opted_out' && p.status === 'published' && p.publishedVersion === m.version,
      canOptOut: m.status === 'pending_grant',
      conditions: (evaluation?.conditions ?? []).map((c) => ({ label: c.label, holds: c.holds })),
      outcome: evaluation?.table?.description ?? null,
    };
  }));
}

/** My facts as rules see them, with where each came from. */
export async function myFacts(ctx: Ctx) {
  const subject = subjectOfActor(ctx);
  const facts = await factsOfSubject(ctx, subject.kind, subject.id);
  return { subject: subject.kind, facts: facts ?? null, definitions: factsOf(subject.kind).map((d) => ({ name: d.name, type: d.type, label: d.label, values: d.values ? [...d.values] : null })) };
}


/** 无感智办 push: evaluates the named policies for one subject and tells them about each that applies. */
export async function pushPolicies(ctx: Ctx, kind: SubjectKind, subjectId: string, codes: string[]): Promise<string[]> {
  const facts = await factsOfSubject(ctx, kind, subjectId);
  if (!facts) return [];
  const pushed: string[] = [];
  for (const p of await publishedPolicies(ctx, { subject: kind, codes })) {
    if (!interpret(p.rule, facts).eligible) continue;
    const now = ctx.clock.now();
    const [m] = await ctx.db.insert(policyMatches).values({ id: newId(), policyId: p.row.id, version: p.version, subjectKind: kind, subjectId, status: p.row.autoGrant ? 'pending_grant' : 'matched',
      matchedAt: now, grantDueAt: p.row.autoGrant ? new Date(now.getTime() + p.row.optOutDays * 86_400_000) : null }).onConflictDoNothing().returning();
    if (!m) continue;
    await tellMatch(ctx, p, m, chinaDate(now));
    pushed.push(p.row.code);
  }
  return pushed;
}
