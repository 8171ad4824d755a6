// Policies through the API on the demo city: rules refused at save time with position and reason, tests that
// block publishing, the impact preview, 政策找人 messages, 免申即享 with an opt-out, 秒批, triggers, the simulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo, seedDemoCatalog } from '../../demo/seed.js';
import { idCheckChar } from '../../platform/identifiers.js';
import { emit } from '../../platform/jobs.js';
import { makeCitizen, signInBrowser, type Browser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { DEMO_POLICIES_DIR } from '../../demo/seed-policies.js';
import { readPolicyFolder } from './load.js';
import { checkPolicyRule } from './service.js';
import { runTestCases } from './testcases.js';
import { factsOf } from './facts.js';
import { checkRetirementBirthdays } from './triggers.js';
import { NIGHTLY_REMATCH_JOB, rematchPublished } from './rematch.js';
import { jobs as jobsTable } from '../../platform/schema.js';
import { eq } from 'drizzle-orm';
import { policies } from './schema.js';

let t: TestApp;
let admin: Browser;
let mzj: Browser;
beforeAll(async () => {
  t = await startTestApp({ env: { SIGNIN_RATE_LIMIT: '10000' } });
  await seedDemo(t.system);
  await seedDemoCatalog(t.system);
  await t.tongban.runner.runDue();
  admin = await signInBrowser(t, 'admin', DEMO_PASSWORD);
  mzj = await signInBrowser(t, 'admin.mzj', DEMO_PASSWORD);
});
afterAll(() => t.close());

const inboxOf = async (b: Browser) => (await b.request({ method: 'GET', url: '/api/v1/inbox?limit=100' })).json() as { template: string; title: { zh: string }; body: { zh: string; en: string } }[];
const draft = (code: string, conditions: { feel: string }[], tests: unknown[] = [], more: Record<string, unknown> = {}) => ({
  method: 'PUT' as const, url: `/api/v1/policies/${code}`, payload: { name: { zh: '测试政策', en: 'Test policy' }, summary: { zh: '测试', en: 'Test' }, subject: 'person', departmentCode: 'mzj',
    rule: { conditions: conditions.map((c) => ({ label: { zh: '条件', en: 'Condition' }, ...c })) }, tests, ...more } });

describe('every demo policy', () => {
  it('passes its own OpenFisca-style tests', async () => {
    const { policies } = readPolicyFolder(DEMO_POLICIES_DIR);
    expect(policies.length).toBeGreaterThanOrEqual(15);
    for (const p of policies) {
      const rule = await checkPolicyRule(p.subject, p.rule, p.tests);
      const results = runTestCases(rule, p.tests ?? [], factsOf(p.subject).map((d) => d.name));
      expect(results.filter((r) => !r.passed), p.code).toEqual([]);
    }
  });
});

describe('rules are checked when saved', () => {
  it('an unknown fact is refused with the field, the position and the reason, in both languages', async () => {
    const res = await mzj.request(draft('bad-fact', [{ feel: 'age >= 80 and salary < 3000' }]));
    expect(res.statusCode).toBe(422);
    const body = res.json().error;
    expect(body).toMatchObject({ code: 'policies.rule_invalid', field: '/rule/conditions/0/feel' });
    expect(body.message.zh).toContain('第 1 行第 15 列');
    expect(body.message.zh).toContain('未知事实“salary”');
    expect(body.message.en).toContain('Unknown fact "salary"');
    expect((await admin.request({ method: 'GET', url: '/api/v1/policies/bad-fact' })).statusCode).toBe(404);
  });

  it('a rule that does not parse is refused with where it broke', async () => {
    const res = await mzj.request(draft('bad-syntax', [{ feel: 'age >= and householdRegion' }]));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message.zh).toMatch(/第 1 行第 \d+ 列语法错误/);
    const typed = await mzj.request(draft('bad-type', [{ feel: 'birthDate > 80' }]));
    expect(typed.json().error.message.en).toContain('compares a date with a number');
  });

  it('a department admin cannot save another department\'s policy', async () => {
    const res = await mzj.request({ ...draft('other-dept', [{ feel: 'age > 1' }]), payload: { ...draft('x', [{ feel: 'age > 1' }]).payload, departmentCode: 'rsj' } });
    expect(res.statusCode).toBe(403);
  });
});

describe('tests, preview and publishing', () => {
  it('publishing is refused while a test fails, and allowed once it passes', async () => {
    const failing = await mzj.request(draft('elder-80', [{ feel: 'age >= 80' }], [{ name: '七十九岁不可领', input: { age: 79 }, output: { eligible: true } }]));
    expect(failing.statusCode).toBe(200);
    const run = (await mzj.request({ method: 'POST', url: '/api/v1/policies/elder-80/tests/run' })).json();
    expect(run).toMatchObject({ passed: false, results: [{ name: '七十九岁不可领', failures: [{ key: 'eligible', expected: true, actual: false }] }] });
    const refused = await mzj.request({ method: 'POST', url: '/api/v1/policies/elder-80/publish' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('policies.tests_failed');
    await mzj.request(draft('elder-80', [{ feel: 'age >= 80' }], [{ name: '七十九岁不可领', input: { age: 79 }, output: { eligible: false } }]));
    expect((await mzj.request({ method: 'POST', url: '/api/v1/policies/elder-80/publish' })).statusCode).toBe(200);
  });

  it('the impact preview counts persons and enterprises and says how it matched', async () => {
    const pre = (await mzj.request({ method: 'GET', url: '/api/v1/policies/minimum-living-allowance/preview' })).json();
    expect(pre).toMatchObject({ persons: 1, enterprises: 0, plan: { mode: 'sql' } });
    expect(pre.plan.sql).toContain('income_per_capita');
    const fallback = (await mzj.request({ method: 'GET', url: '/api/v1/policies/temporary-assistance/preview' })).json();
    expect(fallback).toMatchObject({ persons: 1, plan: { mode: 'sql+interpreted' } });
    expect(fallback.plan.note.zh).toContain('逐条解释执行');
    const rsj = await signInBrowser(t, 'admin', DEMO_PASSWORD);
    expect((await rsj.request({ method: 'GET', url: '/api/v1/policies/job-stabilization-refund/preview' })).json()).toMatchObject({ persons: 0, enterprises: 1 });
  });
});

describe('政策找人', () => {
  it('the demo elder was told which conditions she meets', async () => {
    const zxy = await signInBrowser(t, DEMO_PEOPLE.zhangxiuying.idNumber, DEMO_PASSWORD);
    const inbox = await inboxOf(zxy);
    const titles = inbox.filter((m) => m.template === 'policy.matched').map((m) => m.title.zh);
    expect(titles).toEqual(expect.arrayContaining(['您可能符合“最低生活保障”', '您可能符合“残疾人两项补贴”', '您可能符合“老年人优待（免费乘坐公交）”']));
    const dibao = inbox.find((m) => m.title.zh === '您可能符合“最低生活保障”')!;
    expect(dibao.body.zh).toContain('家庭月人均收入低于 1100 元；本市户籍');
    const matches = (await zxy.request({ method: 'GET', url: '/api/v1/me/policy-matches' })).json() as { policyCode: string }[];
    expect(matches.map((m) => m.policyCode)).toContain('disability-two-subsidies');
  });
});

describe('免申即享', () => {
  it('grants the benefit case to every match after the opt-out period, except to who opted out', async () => {
    const a = await makeCitizen(t, { name: '高龄甲', birth: '19400101' });
    const b = await makeCitizen(t, { name: '高龄乙', birth: '19350301' });
    await t.tongban.runner.runDue(); // person.registered → facts
    const published = (await mzj.request({ method: 'POST', url: '/api/v1/policies/elderly-longevity-allowance/publish' })).json();
    expect(published).toMatchObject({ version: 2, plan: { mode: 'sql' } });
    expect(published.matched).toBeGreaterThanOrEqual(2);
    await t.tongban.runner.runDue();
    const ba = await signInBrowser(t, a.idNumber);
    const bb = await signInBrowser(t, b.idNumber);
    expect((await inboxOf(ba)).map((m) => m.template)).toContain('policy.grant_pending');
    expect((await bb.request({ method: 'POST', url: '/api/v1/me/policy-matches/elderly-longevity-allowance/opt-out' })).json()).toEqual({ status: 'opted_out' });
    t.clock.set('2026-03-10T09:00:00+08:00');
    await t.tongban.runner.runDue();
    const ba2 = await signInBrowser(t, a.idNumber);
    const bb2 = await signInBrowser(t, b.idNumber);
    const mineA = (await ba2.request({ method: 'GET', url: '/api/v1/applications' })).json() as { itemCode: string; channel: string; status: string }[];
    expect(mineA).toEqual(expect.arrayContaining([expect.objectContaining({ itemCode: 'elderly-longevity-allowance', channel: 'proactive', status: 'approved' })]));
    expect((await bb2.request({ method: 'GET', url: '/api/v1/applications' })).json()).toEqual([]);
    expect((await ba2.request({ method: 'GET', url: '/api/v1/me/policy-matches' })).json()).toEqual(expect.arrayContaining([expect.objectContaining({ policyCode: 'elderly-longevity-allowance', status: 'granted' })]));
    // A certificate issued on a case of hers feeds her facts (here a birth certificate, to show the wiring).
    const caseId = (mineA as unknown as { id: string; itemCode: string }[]).find((x) => x.itemCode === 'elderly-longevity-allowance')!.id;
    const child = await makeCitizen(t, { name: '孙辈', birth: '20260305' });
    await emit(t.system, 'certificate.issued', { certificateId: '5f1a2b3c-0000-4000-8000-000000000009', type: 'birth-medical-certificate',
      holder: { kind: 'person', personId: child.person.id }, issuerDepartmentId: '00000000-0000-4000-8000-000000000002', applicationId: caseId, issuedAt: '2026-03-10T10:00:00+08:00' });
    await t.tongban.runner.runDue();
    expect((await ba2.request({ method: 'GET', url: '/api/v1/me/facts' })).json().facts).toMatchObject({ childrenCount: 1, youngestChildBirthDate: '2026-03-10', youngestChildAge: 0 });
    // The certificate revoked: what it vouched for is withdrawn (unknown again), and the audit trail says so.
    await emit(t.system, 'certificate.revoked', { certificateId: '5f1a2b3c-0000-4000-8000-000000000009', type: 'birth-medical-certificate',
      holder: { kind: 'person', personId: child.person.id }, reason: '签发错误' });
    await t.tongban.runner.runDue();
    const after = (await ba2.request({ method: 'GET', url: '/api/v1/me/facts' })).json().facts;
    expect(after).toMatchObject({ childrenCount: null, youngestChildBirthDate: null });
    expect(after.birthDate).toBeTruthy(); // what identity gave stays
    t.clock.set('2026-03-02T09:00:00+08:00');
  });
});

describe('the simulator', () => {
  it('shows which policies would apply to hypothetical facts, and why', async () => {
    const citizen = await signInBrowser(t, (await makeCitizen(t)).idNumber);
    const res = (await citizen.request({ method: 'POST', url: '/api/v1/policies/simulate', payload: { subject: 'person', facts: { birthDate: '1935-01-01', householdRegion: '339902' } } })).json();
    const elderly = res.applies.find((p: { policyCode: string }) => p.policyCode === 'elderly-longevity-allowance');
    expect(elderly).toMatchObject({ eligible: true, table: { outputs: { amount: 300 }, description: '90–99 周岁每月 300 元' } });
    const dibao = res.doesNotApply.find((p: { policyCode: string }) => p.policyCode === 'minimum-living-allowance');
    expect(dibao.unknownFacts).toEqual(['incomePerCapita']);
    const bad = await citizen.request({ method: 'POST', url: '/api/v1/policies/simulate', payload: { subject: 'person', facts: { salary: 1 } } });
    expect(bad.json().error).toMatchObject({ code: 'policies.fact_unknown', field: '/facts/salary' });
  });
});

describe('无感智办', () => {
  it('a birth certificate issued prepares the newborn bundle; a 60th birthday prepares retirement', async () => {
    const parent = await makeCitizen(t, { name: '新爸爸', idNumber: `33990219660303991${idCheckChar('33990219660303991')}` }); // 991: odd, a man
    await t.tongban.runner.runDue();
    await emit(t.system, 'certificate.issued', { certificateId: '5f1a2b3c-0000-4000-8000-000000000001', type: 'birth-medical-certificate',
      holder: { kind: 'person', personId: parent.person.id }, issuerDepartmentId: '00000000-0000-4000-8000-000000000002', applicationId: null, issuedAt: '2026-03-02T09:00:00+08:00' });
    await t.tongban.runner.runDue();
    const b = await signInBrowser(t, parent.idNumber);
    const prepared = (await b.request({ method: 'GET', url: '/api/v1/me/prepared-services' })).json() as { bundleCode: string; prefill: Record<string, unknown> }[];
    expect(prepared.map((p) => p.bundleCode)).toContain('newborn');
    expect(prepared.find((p) => p.bundleCode === 'newborn')!.prefill).toMatchObject({ certificateType: 'birth-medical-certificate' });
    // Born 3 March 1966: the daily check on his 60th birthday prepares 退休一件事.
    t.clock.set('2026-03-03T02:00:00+08:00');
    await checkRetirementBirthdays(t.system, { day: '2026-03-03' }); // the daily job's body (the scheduled run may have passed this day already)
    await t.tongban.runner.runDue();
    const b2 = await signInBrowser(t, parent.idNumber);
    expect(((await b2.request({ method: 'GET', url: '/api/v1/me/prepared-services' })).json() as { bundleCode: string }[]).map((p) => p.bundleCode)).toContain('retirement');
    expect((await inboxOf(b2)).map((m) => m.template)).toContain('policy.service_prepared');
    t.clock.set('2026-03-02T09:00:00+08:00');
  });

  it('admins edit triggers as data; a bad condition is refused', async () => {
    const admin = await signInBrowser(t, 'admin', DEMO_PASSWORD);
    const list = (await admin.request({ method: 'GET', url: '/api/v1/policy-triggers' })).json() as { code: string }[];
    expect(list.map((x) => x.code)).toEqual(['new-enterprise-subsidies', 'newborn-bundle', 'retirement-bundle']);
    const bad = await admin.request({ method: 'PUT', url: '/api/v1/policy-triggers/x-bad', payload: { name: { zh: '坏', en: 'bad' }, departmentCode: 'wjw', eventType: 'certificate.issued', subject: 'person',
      condition: 'certificateType = ', action: { kind: 'prepare_bundle', bundleCode: 'newborn', recipient: 'subject' } } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.field).toBe('/condition');
  });
});

describe('policies across departments (issue 13, item 3)', () => {
  const childcare = { name: { zh: '跨部门秒批', en: 'Cross-department instant approval' }, summary: { zh: '测试', en: 'Test' }, subject: 'person',
    rule: { conditions: [{ label: { zh: '条件', en: 'Condition' }, feel: 'age >= 0' }] }, tests: [] };

  it('a department may not set 秒批 or 免申即享 on an item another department handles; nothing is stored', async () => {
    const gaj = await signInBrowser(t, 'admin.gaj', DEMO_PASSWORD);
    const instant = await gaj.request({ method: 'PUT', url: '/api/v1/policies/gaj-instant-dibao',
      payload: { ...childcare, departmentCode: 'gaj', itemCode: 'minimum-living-allowance', instantApproval: true } });
    expect(instant.statusCode, instant.body).toBe(403);
    expect(instant.json().error).toMatchObject({ code: 'policies.item_other_department', field: '/itemCode' });
    const grant = await gaj.request({ method: 'PUT', url: '/api/v1/policies/gaj-grant-dibao',
      payload: { ...childcare, departmentCode: 'gaj', itemCode: 'minimum-living-allowance', autoGrant: true } });
    expect(grant.json().error.code).toBe('policies.item_other_department');
    // Not even an operator binds civil affairs' item to the police's rule.
    const operator = await admin.request({ method: 'PUT', url: '/api/v1/policies/gaj-instant-dibao',
      payload: { ...childcare, departmentCode: 'gaj', itemCode: 'minimum-living-allowance', instantApproval: true } });
    expect(operator.json().error.code).toBe('policies.item_other_department');
    expect((await admin.request({ method: 'GET', url: '/api/v1/policies/gaj-instant-dibao' })).statusCode).toBe(404);
    // An item nobody publishes cannot be decided automatically either; a plain policy may still point to any item.
    expect((await gaj.request({ method: 'PUT', url: '/api/v1/policies/gaj-instant-nothing', payload: { ...childcare, departmentCode: 'gaj', itemCode: 'no-such-item', instantApproval: true } })).json().error)
      .toMatchObject({ code: 'policies.item_unknown', field: '/itemCode' });
    expect((await gaj.request({ method: 'PUT', url: '/api/v1/policies/gaj-points-to-dibao', payload: { ...childcare, departmentCode: 'gaj', itemCode: 'minimum-living-allowance' } })).statusCode).toBe(200);
    // Civil affairs itself may.
    expect((await mzj.request({ method: 'PUT', url: '/api/v1/policies/mzj-instant-dibao',
      payload: { ...childcare, departmentCode: 'mzj', itemCode: 'minimum-living-allowance', instantApproval: true } })).statusCode).toBe(200);
  });

  it('a 秒批 draft for another department\'s item, stored before the rule existed, cannot be published', async () => {
    const now = t.clock.now();
    await t.tongban.platform.database.db.insert(policies).values({ id: '7d1f0c1e-0000-4000-8000-000000000013', code: 'gaj-legacy-instant', nameZh: '旧秒批', nameEn: 'Legacy', summaryZh: '旧', summaryEn: 'Old',
      subject: 'person', departmentCode: 'gaj', itemCode: 'minimum-living-allowance', instantApproval: true, autoGrant: false, optOutDays: 0,
      rule: { subject: 'person', conditions: [{ label: { zh: '条件', en: 'Condition' }, feel: 'age >= 0' }] }, tests: [], status: 'draft', draftVersion: 1, publishedVersion: null, createdAt: now, updatedAt: now });
    const gaj = await signInBrowser(t, 'admin.gaj', DEMO_PASSWORD);
    const res = await gaj.request({ method: 'POST', url: '/api/v1/policies/gaj-legacy-instant/publish' });
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().error.code).toBe('policies.item_other_department');
    expect((await admin.request({ method: 'GET', url: '/api/v1/policies/gaj-legacy-instant' })).json().status).toBe('draft');
  });

  it('a draft is seen by its department\'s staff and operators only: not by citizens, not by other departments', async () => {
    expect((await mzj.request(draft('mzj-secret-draft', [{ feel: 'age >= 90' }]))).statusCode).toBe(200);
    const citizen = await signInBrowser(t, (await makeCitizen(t)).idNumber);
    const gaj = await signInBrowser(t, 'admin.gaj', DEMO_PASSWORD);
    const gajReviewer = await signInBrowser(t, 'reviewer.gaj', DEMO_PASSWORD);
    const mzjReviewer = await signInBrowser(t, 'reviewer.mzj', DEMO_PASSWORD);
    const url = '/api/v1/policies/mzj-secret-draft';
    for (const outsider of [citizen, gaj, gajReviewer]) {
      expect((await outsider.request({ method: 'GET', url })).statusCode).toBe(404);
      const listed = (await outsider.request({ method: 'GET', url: '/api/v1/policies?status=draft' })).json() as { code: string }[];
      expect(listed.map((p) => p.code)).not.toContain('mzj-secret-draft');
    }
    expect((await t.tongban.http.inject({ method: 'GET', url })).statusCode).toBe(404);
    for (const path of ['tests/run', 'publish', 'withdraw']) expect((await gaj.request({ method: 'POST', url: `${url}/${path}` })).statusCode).toBe(404);
    for (const path of ['preview', 'versions']) expect((await gaj.request({ method: 'GET', url: `${url}/${path}` })).statusCode).toBe(404);
    expect((await mzjReviewer.request({ method: 'GET', url })).statusCode).toBe(200);
    expect((await admin.request({ method: 'GET', url })).statusCode).toBe(200);
    // The simulator knows published policies only.
    const simulated = (await citizen.request({ method: 'POST', url: '/api/v1/policies/simulate', payload: { subject: 'person', facts: { birthDate: '1930-01-01' } } })).json();
    expect(JSON.stringify(simulated)).not.toContain('mzj-secret-draft');
  });

  it('the public reads a published policy as published, never its working draft', async () => {
    const before = (await t.tongban.http.inject({ method: 'GET', url: '/api/v1/policies/minimum-living-allowance' })).json();
    const draftRule = { conditions: [{ label: { zh: '草拟中的新条件', en: 'A condition being drafted' }, feel: 'incomePerCapita < 1300' }] };
    const saved = await mzj.request({ method: 'PUT', url: '/api/v1/policies/minimum-living-allowance', payload: { name: before.name, summary: before.summary, subject: 'person',
      departmentCode: 'mzj', itemCode: 'minimum-living-allowance', rule: draftRule, tests: [] } });
    expect(saved.statusCode, saved.body).toBe(200);
    const publicView = (await t.tongban.http.inject({ method: 'GET', url: '/api/v1/policies/minimum-living-allowance' })).json();
    expect(JSON.stringify(publicView)).not.toContain('1300');
    expect(publicView.rule).toEqual(before.rule);
    const listed = ((await t.tongban.http.inject({ method: 'GET', url: '/api/v1/policies' })).json() as { code: string; rule: unknown }[]).find((p) => p.code === 'minimum-living-allowance');
    expect(JSON.stringify(listed)).not.toContain('1300');
    expect(JSON.stringify((await mzj.request({ method: 'GET', url: '/api/v1/policies/minimum-living-allowance' })).json())).toContain('1300');
  });
});

describe('无感智办 triggers belong to a department (issue 13, items 3 and 10)', () => {
  const trigger = { name: { zh: '民政触发', en: 'Civil affairs trigger' }, eventType: 'person.birthday', subject: 'person', condition: 'age = 80',
    action: { kind: 'push_policies', policyCodes: ['elderly-longevity-allowance'] } };

  it('only the owning department\'s admins (and operators) create or change a trigger', async () => {
    const gaj = await signInBrowser(t, 'admin.gaj', DEMO_PASSWORD);
    const created = await mzj.request({ method: 'PUT', url: '/api/v1/policy-triggers/mzj-eighty', payload: { ...trigger, departmentCode: 'mzj' } });
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json()).toMatchObject({ departmentCode: 'mzj' });
    // The police may neither change it nor take it over, nor create one in civil affairs' name.
    expect((await gaj.request({ method: 'PUT', url: '/api/v1/policy-triggers/mzj-eighty', payload: { ...trigger, departmentCode: 'mzj', condition: 'age = 18' } })).statusCode).toBe(403);
    expect((await gaj.request({ method: 'PUT', url: '/api/v1/policy-triggers/mzj-eighty', payload: { ...trigger, departmentCode: 'gaj' } })).statusCode).toBe(403);
    expect((await gaj.request({ method: 'PUT', url: '/api/v1/policy-triggers/gaj-as-mzj', payload: { ...trigger, departmentCode: 'mzj' } })).statusCode).toBe(403);
    // The demo triggers have their owners.
    expect((await mzj.request({ method: 'PUT', url: '/api/v1/policy-triggers/newborn-bundle', payload: { ...trigger, departmentCode: 'mzj' } })).statusCode).toBe(403);
    const list = (await gaj.request({ method: 'GET', url: '/api/v1/policy-triggers' })).json() as { code: string; departmentCode: string; condition: string }[];
    expect(list.find((x) => x.code === 'mzj-eighty')).toMatchObject({ departmentCode: 'mzj', condition: 'age = 80' });
    expect(list.find((x) => x.code === 'newborn-bundle')).toMatchObject({ departmentCode: 'wjw' });
    expect((await admin.request({ method: 'PUT', url: '/api/v1/policy-triggers/mzj-eighty', payload: { ...trigger, departmentCode: 'mzj', enabled: false } })).statusCode).toBe(200);
  });
});

describe('nightly re-matching', () => {
  it('finds who came to qualify since publication, once however often it runs, and sets the next night', async () => {
    const late = await makeCitizen(t, { name: '高龄丙', birth: '19300601' });
    await t.tongban.runner.runDue(); // person.registered → facts; no match yet: the policy was published before he was known
    const bl = await signInBrowser(t, late.idNumber);
    const matchesOf = async () => ((await bl.request({ method: 'GET', url: '/api/v1/me/policy-matches' })).json() as { policyCode: string }[]).map((m) => m.policyCode);
    expect(await matchesOf()).not.toContain('elderly-longevity-allowance');
    const day = t.clock.now().toISOString().slice(0, 10);
    await rematchPublished(t.system, { day });
    await rematchPublished(t.system, { day }); // idempotent
    await t.tongban.runner.runDue();
    const found = await matchesOf();
    expect(found.filter((c) => c === 'elderly-longevity-allowance')).toHaveLength(1);
    expect((await inboxOf(bl)).filter((m) => m.template === 'policy.grant_pending')).toHaveLength(1);
    const next = await t.tongban.platform.database.db.select().from(jobsTable).where(eq(jobsTable.name, NIGHTLY_REMATCH_JOB));
    expect(next.map((j) => j.dedupeKey)).toContain(`${NIGHTLY_REMATCH_JOB}:${new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)}`);
  });
});
