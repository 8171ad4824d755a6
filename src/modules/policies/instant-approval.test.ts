// 秒批 through a real submission: 张三, whose facts say he has a baby under three, claims the childcare subsidy and
// is approved by the rule in seconds, the policy version named as the reason; someone the rule does not clear stays
// with the reviewers, who see which condition failed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo, seedDemoCatalog } from '../../demo/seed.js';
import { makeCitizen, makeIdNumber, signInBrowser, type Browser } from '../../test/factories.js';
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
