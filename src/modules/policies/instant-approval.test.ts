// 秒批 through a real submission: 张三, whose facts say he has a baby under three, claims the childcare subsidy and
// is approved by the rule in seconds, the policy version named as the reason; someone the rule does not clear stays
// with the reviewers, who see which condition failed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo, seedDemoCatalog } from '../../demo/seed.js';
import { findDepartment } from '../directory/index.js';
import { makeCitizen, makeIdNumber, makeStaff, signInBrowser, type Browser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ now: '2026-03-10T02:00:00Z', env: { SIGNIN_RATE_LIMIT: '10000' } });
  await seedDemo(t.system);
  await seedDemoCatalog(t.system);
  await t.tongban.runner.runDue();
});
afterAll(() => t.close());

const claim = (who: Browser, key: string) => who.request({ method: 'POST', url: '/api/v1/applications', payload: {
  itemCode: 'childcare-subsidy-claim', idempotencyKey: key,
  formData: { child: { name: '张小宝', idNumber: makeIdNumber('20250601'), birthDate: '2025-06-01' }, guardian: { relation: 'father', bankAccount: '6222020200112233445', phone: '13900000009' } } } });

describe('秒批 at submission', () => {
  it('approves a claim the rule clears, naming the policy version, and leaves one it does not to the reviewers', async () => {
    const father = await signInBrowser(t, DEMO_PEOPLE.zhangsan.idNumber, DEMO_PASSWORD);
    const cleared = await claim(father, 'childcare-claim-1');
    expect(cleared.statusCode, cleared.body).toBe(201);
    await t.tongban.runner.runDue();
    const approved = (await father.request({ method: 'GET', url: `/api/v1/applications/${cleared.json().id}` })).json();
    expect(approved.status).toBe('approved');
    expect(approved.decisionReason).toMatch(/childcare-subsidy/);
    const checks = (await father.request({ method: 'GET', url: `/api/v1/applications/${cleared.json().id}/instant-checks` })).json();
    expect(JSON.stringify(checks)).toMatch(/"approved":true/);

    const stranger = await makeCitizen(t, { name: '没有孩子的人' });
    const other = await signInBrowser(t, stranger.idNumber);
    const notCleared = await claim(other, 'childcare-claim-2');
    expect(notCleared.statusCode, notCleared.body).toBe(201);
    await t.tongban.runner.runDue();
    const waiting = (await other.request({ method: 'GET', url: `/api/v1/applications/${notCleared.json().id}` })).json();
    expect(waiting.status).toBe('in_review');
    expect(JSON.stringify((await other.request({ method: 'GET', url: `/api/v1/applications/${notCleared.json().id}/instant-checks` })).json())).toMatch(/"approved":false/);
    // Someone else's case: as if it did not exist.
    expect((await other.request({ method: 'GET', url: `/api/v1/applications/${cleared.json().id}/instant-checks` })).statusCode).toBe(404);
  });
});

describe('a published policy decides by what was published', () => {
  it('keeps approving by the published version while a draft that turns 秒批 off waits unpublished', async () => {
    const health = (await findDepartment(t.system, '339900', 'wjw'))!;
    await makeStaff(t, [{ role: 'department_admin', departmentId: health.id }], 'admin.wjw.draft');
    const admin = await signInBrowser(t, 'admin.wjw.draft');
    const draft = await admin.request({ method: 'PUT', url: '/api/v1/policies/childcare-subsidy', payload: {
      name: { zh: '育儿补贴（修订草稿）', en: 'Childcare subsidy (draft revision)' }, summary: { zh: '草稿', en: 'Draft' }, subject: 'person', departmentCode: 'wjw',
      itemCode: 'childcare-subsidy-claim', instantApproval: false,
      rule: { conditions: [{ label: { zh: '有 3 周岁以下子女', en: 'Has a child under three' }, feel: 'youngestChildAge < 3' }] } } });
    expect(draft.statusCode, draft.body).toBe(200);

    const father = await signInBrowser(t, DEMO_PEOPLE.zhangsan.idNumber, DEMO_PASSWORD);
    const sent = await claim(father, 'childcare-claim-draft-pending');
    expect(sent.statusCode, sent.body).toBe(201);
    await t.tongban.runner.runDue();
    const app = (await father.request({ method: 'GET', url: `/api/v1/applications/${sent.json().id}` })).json();
    expect(app.status).toBe('approved'); // the draft's "no 秒批" has not been published
    const simulated = (await father.request({ method: 'POST', url: '/api/v1/policies/simulate', payload: { subject: 'person', facts: { youngestChildAge: 1 } } })).json();
    expect(JSON.stringify(simulated)).toContain('育儿补贴');
    expect(JSON.stringify(simulated)).not.toContain('修订草稿');
  });
});
