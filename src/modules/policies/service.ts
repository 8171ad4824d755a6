// Policies as data: drafts checked at save time, tests run before publishing, an impact preview, and publishing,
// which freezes a version, matches it against the population (政策找人) and queues the messages and grants.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { departmentsWhere } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit.js';
import { chinaDate } from '../../platform/calendar.js';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { AppError, conflict, forbidden, ifNotFound, invalidField, notFound, type Bilingual } from '../../platform/errors.js';
import { queueJob } from './queue.js';
import { getPublishedItem } from '../catalog/index.js';
import { getDepartment } from '../directory/index.js';
import { factsOf, type FactValue, type SubjectKind } from './facts.js';
import { matchPopulation, planMatch, type MatchPlan } from './match.js';
import { canOnPolicy, type DepartmentStanding, type PolicyAction, type PolicyFacts } from './policy.js';
import { checkRule, type CheckedRule, type RuleError, type RuleSource } from './rules.js';
import { policies, policyMatches, policyVersions, type PublishedSettings } from './schema.js';
import { runTestCases, type PolicyTestCase, type TestResult } from './testcases.js';

export const DELIVER_MATCHES_JOB = 'policies.deliver-matches';

export interface PolicyInput {
  code: string;
  name: Bilingual;
  summary: Bilingual;
  subject: SubjectKind;
  departmentCode: string;
  itemCode?: string | null | undefined;
  instantApproval?: boolean | undefined;
  autoGrant?: boolean | undefined;
  optOutDays?: number | undefined;
  rule: Omit<RuleSource, 'subject'>;
  tests?: PolicyTestCase[] | undefined;
}

type PolicyRow = typeof policies.$inferSelect;

export interface PolicyView {
  id: string; code: string; name: Bilingual; summary: Bilingual; subject: SubjectKind; departmentCode: string; itemCode: string | null;
  instantApproval: boolean; autoGrant: boolean; optOutDays: number; rule: RuleSource; tests: PolicyTestCase[];
  status: string; draftVersion: number; publishedVersion: number | null; updatedAt: string;
}

const view = (p: PolicyRow): PolicyView => ({
  id: p.id, code: p.code, name: { zh: p.nameZh, en: p.nameEn }, summary: { zh: p.summaryZh, en: p.summaryEn }, subject: p.subject, departmentCode: p.departmentCode,
  itemCode: p.itemCode, instantApproval: p.instantApproval, autoGrant: p.autoGrant, optOutDays: p.optOutDays, rule: p.rule, tests: p.tests, status: p.status,
  draftVersion: p.draftVersion, publishedVersion: p.publishedVersion, updatedAt: p.updatedAt.toISOString(),
});

/** The rule refused, with every problem: field, position (line, column) and reason in both languages. */
export function ruleRejected(errors: RuleError[]): AppError {
  const first = errors[0]!;
  const where = (e: RuleError, zh: boolean) => (e.position ? (zh ? `（第 ${e.position.line} 行第 ${e.position.column} 列）` : ` (line ${e.position.line}, column ${e.position.column})`) : '');
  return new AppError({ code: 'policies.rule_invalid', status: 422, field: first.field,
    message: { zh: `规则有误${where(first, true)}：${first.reason.zh}`, en: `The rule is wrong${where(first, false)}: ${first.reason.en}` },
    details: errors.map((e) => ({ field: e.field, code: 'policies.rule_invalid', message: { zh: `${e.reason.zh}${where(e, true)}`, en: `${e.reason.en}${where(e, false)}` } })) });
}

/** Checks a rule and its tests as they would be saved; throws the bilingual 422 naming the field. */
export async function checkPolicyRule(subject: SubjectKind, rule: Omit<RuleSource, 'subject'>, tests: PolicyTestCase[] = []): Promise<CheckedRule> {
  const { rule: checked, errors } = await checkRule({ ...rule, subject }, '/rule');
  const names = new Set(factsOf(subject).map((d) => d.name));
  tests.forEach((t, i) => {
    for (const name of Object.keys(t.input)) {
      if (!names.has(name)) errors.push({ field: `/tests/${i}/input/${name}`, position: null, reason: { zh: `测试用例“${t.name}”使用了未知事实“${name}”`, en: `Test "${t.name}" uses an unknown fact "${name}"` } });
    }
    if (!('eligible' in t.output) && Object.keys(t.output).length === 0) errors.push({ field: `/tests/${i}/output`, position: null, reason: { zh: '测试用例须写明预期结果', en: 'A test needs an expected output' } });
  });
  if (errors.length) throw ruleRejected(errors);
  return checked;
}

/** The department codes the actor works in: as an admin, and as any staff with a department posting. */
export async function departmentStanding(ctx: Ctx): Promise<DepartmentStanding> {
  const codes = new Map<string, string>();
  const codesOf = async (ids: string[]) => {
    for (const id of ids) if (!codes.has(id)) codes.set(id, (await getDepartment(ctx, id)).code);
    return [...new Set(ids.map((id) => codes.get(id)!))];
  };
  return { adminOf: await codesOf(departmentsWhere(ctx.actor, 'department_admin')),
    staffOf: await codesOf(departmentsWhere(ctx.actor, 'department_admin', 'reviewer', 'window_clerk')) };
}

/** The department handling a service item, from its published catalog entry; null when no such item is published. */
async function itemDepartmentOf(ctx: Ctx, itemCode: string | null): Promise<string | null> {
  if (!itemCode) return null;
  return ifNotFound(getPublishedItem(ctx, itemCode).then((e) => (e.definition as { department: string }).department), () => null);
}

async function policyFacts(ctx: Ctx, p: { departmentCode: string; status: PolicyRow['status']; itemCode: string | null; instantApproval: boolean; autoGrant: boolean }): Promise<PolicyFacts> {
  const decidesItem = p.instantApproval || p.autoGrant;
  return { departmentCode: p.departmentCode, status: p.status, decidesItem, itemDepartmentCode: decidesItem ? await itemDepartmentOf(ctx, p.itemCode) : null };
}

const policyNotFound = () => notFound({ zh: '政策', en: 'policy' });

/** 秒批 or 免申即享 for an item another department handles (or no published item at all): refused, naming the field. */
const itemNotDepartments = (facts: PolicyFacts) => (facts.itemDepartmentCode === null
  ? invalidField('/itemCode', 'policies.item_unknown', { zh: '秒批或免申即享的政策须指定一个已发布的办理事项', en: 'Instant approval and auto-grant need a published service item' })
  : new AppError({ code: 'policies.item_other_department', status: 403, field: '/itemCode',
    message: { zh: `事项由${facts.itemDepartmentCode}办理：部门只能为本部门办理的事项设置秒批或免申即享`,
      en: `The item is handled by ${facts.itemDepartmentCode}: a department sets instant approval or auto-grant only for its own items` } }));

/**
 * Loads a policy and checks the action on it: one the actor may not read is "not found"; a readable one the
 * actor may not act on is 403.
 */
async function loadPolicyFor(ctx: Ctx, code: string, action: PolicyAction, opts: { forUpdate?: boolean } = {}): Promise<{ row: PolicyRow; standing: DepartmentStanding; facts: PolicyFacts }> {
  const q = ctx.db.select().from(policies).where(eq(policies.code, code));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  if (!row) throw policyNotFound();
  const standing = await departmentStanding(ctx);
  const facts = await policyFacts(ctx, row);
  if (!canOnPolicy(ctx.actor, standing, 'read', facts)) throw policyNotFound();
  if (!canOnPolicy(ctx.actor, standing, action, facts)) {
    if (action === 'publish' && !canOnPolicy(ctx.actor, standing, 'decide_item', facts)) throw itemNotDepartments(facts);
    throw forbidden();
  }
  return { row, standing, facts };
}

/** The published version's rule and tests: what the public reads, never the working draft. */
async function publishedView(ctx: Ctx, row: PolicyRow): Promise<PolicyView> {
  const [v] = await ctx.db.select().from(policyVersions).where(and(eq(policyVersions.policyId, row.id), eq(policyVersions.version, row.publishedVersion ?? -1)));
  if (!v) throw policyNotFound();
  return { ...view(row), rule: v.rule, tests: v.tests };
}

export async function getPolicy(ctx: Ctx, code: string): Promise<PolicyView> {
  const { row, standing, facts } = await loadPolicyFor(ctx, code, 'read');
  return canOnPolicy(ctx.actor, standing, 'read_draft', facts) ? view(row) : publishedView(ctx, row);
}

/** Published policies for everyone; a department's staff also see its drafts, operators every draft. */
export async function listPolicies(ctx: Ctx, filter: { status?: string | undefined; subject?: SubjectKind | undefined }): Promise<PolicyView[]> {
  const standing = await departmentStanding(ctx);
  const rows = await ctx.db.select().from(policies).where(and(
    filter.status ? eq(policies.status, filter.status as PolicyRow['status']) : undefined,
    filter.subject ? eq(policies.subject, filter.subject) : undefined)).orderBy(asc(policies.code));
  const out: PolicyView[] = [];
  for (const row of rows) {
    // Only `status` matters for reading: the item is not looked up for a list.
    const facts: PolicyFacts = { departmentCode: row.departmentCode, status: row.status, decidesItem: false, itemDepartmentCode: null };
    if (!canOnPolicy(ctx.actor, standing, 'read', facts)) continue;
    out.push(canOnPolicy(ctx.actor, standing, 'read_draft', facts) ? view(row) : await publishedView(ctx, row));
  }
  return out;
}

/** Creates or replaces the draft of a policy. The rule is checked first: nothing wrong is ever stored. */
export function savePolicy(ctx: Ctx, input: PolicyInput): Promise<PolicyView> {
  return withTransaction(ctx, async (tx) => {
    const standing = await departmentStanding(tx);
    const proposed = await policyFacts(tx, { departmentCode: input.departmentCode, status: 'draft', itemCode: input.itemCode ?? null,
      instantApproval: input.instantApproval ?? false, autoGrant: input.autoGrant ?? false });
    if (!canOnPolicy(tx.actor, standing, 'edit', proposed)) throw forbidden();
    if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(input.code)) throw invalidField('/code', 'policies.code_invalid', { zh: '政策代码只能包含小写字母、数字和连字符', en: 'A policy code is lower-case letters, digits and hyphens' });
    if ((input.instantApproval || input.autoGrant) && !input.itemCode) {
      throw invalidField('/itemCode', 'policies.item_required', { zh: '秒批或免申即享的政策须指定办理事项', en: 'Instant approval and auto-grant need the service item' });
    }
    if (!canOnPolicy(tx.actor, standing, 'decide_item', proposed)) throw itemNotDepartments(proposed);
    await checkPolicyRule(input.subject, input.rule, input.tests ?? []);
    const now = tx.clock.now();
    const values = {
      nameZh: input.name.zh, nameEn: input.name.en, summaryZh: input.summary.zh, summaryEn: input.summary.en, subject: input.subject, departmentCode: input.departmentCode,
      itemCode: input.itemCode ?? null, instantApproval: input.instantApproval ?? false, autoGrant: input.autoGrant ?? false, optOutDays: input.optOutDays ?? 0,
      rule: { ...input.rule, subject: input.subject }, tests: input.tests ?? [], updatedAt: now,
    };
    const [existing] = await tx.db.select().from(policies).where(eq(policies.code, input.code)).for('update');
    let row: PolicyRow;
    if (existing) {
      // Another department's policy under the same code: not readable is "not found" no more than a 403 here, since
      // the code is taken either way; its draft stays unseen.
      const facts = await policyFacts(tx, existing);
      if (!canOnPolicy(tx.actor, standing, 'edit', facts)) {
        throw canOnPolicy(tx.actor, standing, 'read', facts) ? forbidden()
          : conflict('policies.code_taken', { zh: '该政策代码已被使用', en: 'This policy code is taken' }, '/code');
      }
      if (existing.subject !== input.subject) throw invalidField('/subject', 'policies.subject_fixed', { zh: '政策的适用对象不能更改', en: 'A policy\'s subject cannot change' });
      [row] = await tx.db.update(policies).set({ ...values, status: existing.status === 'withdrawn' ? 'draft' : existing.status }).where(eq(policies.id, existing.id)).returning() as [PolicyRow];
    } else {
      [row] = await tx.db.insert(policies).values({ id: newId(), code: input.code, ...values, status: 'draft', draftVersion: 1, publishedVersion: null, createdAt: now }).returning() as [PolicyRow];
    }
    await recordAudit(tx, { action: 'policy.saved', subjectType: 'policy', subjectId: row.id, details: { code: row.code, draftVersion: row.draftVersion } });
    return view(row);
  });
}

/** Runs the draft's tests (OpenFisca-style) by the interpreter. */
export async function runPolicyTests(ctx: Ctx, code: string): Promise<{ passed: boolean; results: TestResult[] }> {
  const { row } = await loadPolicyFor(ctx, code, 'run_tests');
  const checked = await checkPolicyRule(row.subject, row.rule, row.tests);
  const results = runTestCases(checked, row.tests, factsOf(row.subject).map((d) => d.name));
  return { passed: results.every((r) => r.passed), results };
}

export interface ImpactPreview { persons: number; enterprises: number; plan: MatchPlan; asOf: string }

/** Impact preview: how many persons and enterprises the draft would match today, and how it would be matched. */
export async function previewPolicy(ctx: Ctx, code: string): Promise<ImpactPreview> {
  const { row } = await loadPolicyFor(ctx, code, 'preview');
  const checked = await checkPolicyRule(row.subject, row.rule, row.tests);
  const today = chinaDate(ctx.clock.now());
  const { plan, matched } = await matchPopulation(ctx, checked, today);
  return { persons: row.subject === 'person' ? matched : 0, enterprises: row.subject === 'enterprise' ? matched : 0, plan, asOf: today };
}

export interface PublishResult { code: string; version: number; matched: number; plan: MatchPlan; tests: TestResult[] }

/**
 * Publishes the draft as a new version: refuses while a test fails; then matches the population, records each
 * match and queues the messages (and, for auto-grant, the grants after the opt-out period) in the same transaction.
 */
export function publishPolicy(ctx: Ctx, code: string): Promise<PublishResult> {
  return withTransaction(ctx, async (tx) => {
    const { row } = await loadPolicyFor(tx, code, 'publish', { forUpdate: true });
    const checked = await checkPolicyRule(row.subject, row.rule, row.tests);
    const tests = runTestCases(checked, row.tests, factsOf(row.subject).map((d) => d.name));
    const failed = tests.filter((t) => !t.passed);
    if (failed.length) {
      throw new AppError({ code: 'policies.tests_failed', status: 409, field: '/tests',
        message: { zh: `有 ${failed.length} 个测试用例未通过，不能发布：${failed.map((f) => f.name).join('、')}`, en: `${failed.length} test(s) failed; the policy cannot be published: ${failed.map((f) => f.name).join(', ')}` },
        details: failed.map((f) => ({ field: `/tests/${row.tests.findIndex((t) => t.name === f.name)}`, code: 'policies.test_failed',
          message: { zh: `“${f.name}”：${f.failures.map((x) => `${x.key} 预期 ${JSON.stringify(x.expected)}，实际 ${JSON.stringify(x.actual)}`).join('；')}`,
            en: `"${f.name}": ${f.failures.map((x) => `${x.key} expected ${JSON.stringify(x.expected)}, got ${JSON.stringify(x.actual)}`).join('; ')}` } })) });
    }
    const now = tx.clock.now();
    const today = chinaDate(now);
    const version = row.draftVersion;
    const grantDueAt = row.autoGrant ? new Date(now.getTime() + row.optOutDays * 86_400_000) : null;
    const { plan, matched } = await matchPopulation(tx, checked, today, async (ids) => {
      await tx.db.insert(policyMatches).values(ids.map((subjectId) => ({
        id: newId(), policyId: row.id, version, subjectKind: row.subject, subjectId, status: row.autoGrant ? 'pending_grant' as const : 'matched' as const, matchedAt: now, grantDueAt,
      }))).onConflictDoUpdate({ target: [policyMatches.policyId, policyMatches.subjectId], set: { version, matchedAt: now, notifiedAt: null } });
    });
    const settings: PublishedSettings = { nameZh: row.nameZh, nameEn: row.nameEn, summaryZh: row.summaryZh, summaryEn: row.summaryEn, subject: row.subject,
      itemCode: row.itemCode, instantApproval: row.instantApproval, autoGrant: row.autoGrant, optOutDays: row.optOutDays };
    await tx.db.insert(policyVersions).values({ policyId: row.id, version, rule: row.rule, tests: row.tests, settings, publishedAt: now, publishedBy: tx.actor.accountId, matchMode: plan.mode, matched });
    await tx.db.update(policies).set({ status: 'published', publishedVersion: version, draftVersion: version + 1, updatedAt: now }).where(eq(policies.id, row.id));
    await queueJob(tx, { name: DELIVER_MATCHES_JOB, runAt: now, payload: { policyId: row.id, version }, dedupeKey: `${DELIVER_MATCHES_JOB}:${row.id}:${version}` });
    await recordAudit(tx, { action: 'policy.published', subjectType: 'policy', subjectId: row.id, details: { code, version, matched, mode: plan.mode } });
    return { code, version, matched, plan, tests };
  });
}

/** Withdraws a published policy: no more matches, 秒批 or grants under it. */
export function withdrawPolicy(ctx: Ctx, code: string): Promise<PolicyView> {
  return withTransaction(ctx, async (tx) => {
    const { row } = await loadPolicyFor(tx, code, 'withdraw', { forUpdate: true });
    const [updated] = await tx.db.update(policies).set({ status: 'withdrawn', updatedAt: tx.clock.now() }).where(eq(policies.id, row.id)).returning();
    await recordAudit(tx, { action: 'policy.withdrawn', subjectType: 'policy', subjectId: row.id, details: { code } });
    return view(updated!);
  });
}

export async function listVersions(ctx: Ctx, code: string) {
  const { row } = await loadPolicyFor(ctx, code, 'list_versions');
  const rows = await ctx.db.select().from(policyVersions).where(eq(policyVersions.policyId, row.id)).orderBy(desc(policyVersions.version));
  return rows.map((v) => ({ version: v.version, publishedAt: v.publishedAt.toISOString(), matchMode: v.matchMode, matched: v.matched }));
}

/** A published policy with its frozen rule, checked, for evaluation. */
export interface PublishedPolicy { row: PolicyRow; version: number; rule: CheckedRule }

// Checking a rule parses its DMN XML and every FEEL expression: most of the CPU an event handler spends on it
// (each submission's instant-approval check reads its item's policies). The checked rule depends on nothing but
// the rule's source, so it is remembered by that text, which stays right whatever another node publishes.
const checkedRules = new Map<string, Promise<CheckedRule>>();
const CHECKED_RULES_KEPT = 500;

export function checkedRuleOf(source: RuleSource): Promise<CheckedRule> {
  const key = JSON.stringify(source);
  let checked = checkedRules.get(key);
  if (!checked) {
    if (checkedRules.size >= CHECKED_RULES_KEPT) checkedRules.clear();
    checked = checkRule(source).then((r) => r.rule);
    checkedRules.set(key, checked);
    checked.catch(() => checkedRules.delete(key)); // a failure is not remembered
  }
  return checked;
}

export async function publishedPolicies(ctx: Ctx, filter: { subject?: SubjectKind; itemCode?: string; codes?: string[] } = {}): Promise<PublishedPolicy[]> {
  // The published version's settings, not the row's: the row holds the draft, which decides nothing until published.
  const rows = await ctx.db.select({ p: policies, v: policyVersions }).from(policies)
    .innerJoin(policyVersions, and(eq(policyVersions.policyId, policies.id), eq(policyVersions.version, policies.publishedVersion)))
    .where(and(eq(policies.status, 'published'), filter.subject ? sql`${policyVersions.settings}->>'subject' = ${filter.subject}` : undefined,
      filter.itemCode ? sql`${policyVersions.settings}->>'itemCode' = ${filter.itemCode}` : undefined))
    .orderBy(asc(policies.code));
  const out: PublishedPolicy[] = [];
  for (const r of rows) {
    if (filter.codes && !filter.codes.includes(r.p.code)) continue;
    out.push({ row: { ...r.p, ...r.v.settings }, version: r.v.version, rule: await checkedRuleOf(r.v.rule) });
  }
  return out;
}

export { planMatch };
export type { FactValue };
