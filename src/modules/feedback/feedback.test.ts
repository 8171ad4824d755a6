// 好差评 end to end: a case is decided, the applicant is told at each step and invited to rate; a bad rating
// opens a rectification for the department, whose reply reaches the rater; leaders see satisfaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../../demo/seed.js';
import { importTestCatalog } from '../../test/catalog-fixture.js';
import { makeCitizen, signInBrowser, type Browser, type TestCitizen } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let citizen: TestCitizen;
let b: Record<'citizen' | 'police' | 'civil' | 'hrss' | 'leader' | 'policeAdmin', Browser>;
const child = { name: '小红', birthDate: '2026-03-01' };

beforeAll(async () => {
  t = await startTestApp({ env: { SIGNIN_RATE_LIMIT: '10000' } });
  await seedDemo(t.system);
  await importTestCatalog(t);
  citizen = await makeCitizen(t, { name: '评价人' });
  b = {
    citizen: await signInBrowser(t, citizen.idNumber),
    police: await signInBrowser(t, 'reviewer.gaj', DEMO_PASSWORD), civil: await signInBrowser(t, 'reviewer.mzj', DEMO_PASSWORD),
    hrss: await signInBrowser(t, 'reviewer.rsj', DEMO_PASSWORD), leader: await signInBrowser(t, 'leader', DEMO_PASSWORD),
    policeAdmin: await signInBrowser(t, 'admin.gaj', DEMO_PASSWORD),
  };
});
afterAll(() => t.close());

/** Submits and walks the fixture item through both stages to approval. */
async function finishedCase(): Promise<string> {
  const app = (await b.citizen.request({ method: 'POST', url: '/api/v1/applications', payload: { itemCode: 'birth-registration', formData: { child } } })).json();
  for (const reviewer of [b.police, b.civil, b.police]) {
    const tasks = (await reviewer.request({ method: 'GET', url: '/api/v1/tasks' })).json() as { id: string; application: { id: string } }[];
    const task = tasks.find((x) => x.application.id === app.id)!;
    await reviewer.request({ method: 'POST', url: `/api/v1/tasks/${task.id}/decision`, payload: { decision: 'approve', reason: '符合条件' } });
  }
  return app.id;
}

const rate = (id: string, payload: Record<string, unknown>) => b.citizen.request({ method: 'POST', url: `/api/v1/applications/${id}/rating`, payload });

describe('the applicant is told, then rates', () => {
  it('an inbox message for every status change; the decision is one message, which invites the rating', async () => {
    const id = await finishedCase();
    await t.tongban.runner.runDue();
    const inbox = (await b.citizen.request({ method: 'GET', url: '/api/v1/inbox?limit=100' })).json() as { link: string; title: { zh: string } }[];
    const forCase = inbox.filter((m) => m.link === `/cases/${id}`).map((m) => m.title.zh);
    expect(forCase.sort()).toEqual(['申请已受理', '申请已提交', '申请已获批准'].sort());
    await t.tongban.runner.runDue(); // a second run delivers nothing twice
    expect(((await b.citizen.request({ method: 'GET', url: '/api/v1/inbox?limit=100' })).json() as unknown[]).length).toBe(inbox.length);
  });

  it('rates a finished case once; an unfinished case cannot be rated', async () => {
    const id = await finishedCase();
    const res = await rate(id, { level: 'very_satisfied', comment: '一次都没跑' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ level: 'very_satisfied', label: { zh: '非常满意' }, rectification: null });
    expect((await rate(id, { level: 'satisfied' })).json().error.code).toBe('feedback.already_rated');
    const open = (await b.citizen.request({ method: 'POST', url: '/api/v1/applications', payload: { itemCode: 'birth-registration', formData: { child } } })).json();
    expect((await rate(open.id, { level: 'satisfied' })).json().error.code).toBe('feedback.not_finished');
  });

  it('someone else cannot rate my case', async () => {
    const id = await finishedCase();
    const other = await signInBrowser(t, (await makeCitizen(t)).idNumber);
    expect((await other.request({ method: 'POST', url: `/api/v1/applications/${id}/rating`, payload: { level: 'very_dissatisfied', comment: '捣乱' } })).statusCode).toBe(404);
  });
});

describe('差评整改', () => {
  it('a bad rating needs a reason, opens a rectification for the department, and the reply reaches the rater', async () => {
    const id = await finishedCase();
    expect((await rate(id, { level: 'dissatisfied' })).json().error).toMatchObject({ code: 'feedback.comment_required', field: '/comment' });
    const rated = (await rate(id, { level: 'dissatisfied', comment: '窗口让我跑了两趟' })).json();
    expect(rated.rectification).toMatchObject({ status: 'open', dueOn: '2026-03-09' }); // five working days from Monday 2 March
    const queue = (await b.policeAdmin.request({ method: 'GET', url: '/api/v1/rectifications' })).json() as { id: string; applicationId: string; light: string }[];
    const item = queue.find((r) => r.applicationId === id)!;
    expect(item.light).toBe('green');
    await t.tongban.runner.runDue(); // the department's admins are told (the police handled it), once
    const told = (await b.policeAdmin.request({ method: 'GET', url: '/api/v1/inbox?limit=100' })).json() as { title: { zh: string }; link: string }[];
    expect(told.filter((m) => m.title.zh === '收到差评，请整改')).toEqual([expect.objectContaining({ link: '/staff/rectifications' })]);
    expect(((await b.hrss.request({ method: 'GET', url: '/api/v1/inbox?limit=100' })).json() as { title: { zh: string } }[]).map((m) => m.title.zh)).not.toContain('收到差评，请整改');
    expect(((await b.hrss.request({ method: 'GET', url: '/api/v1/rectifications' })).json() as { applicationId: string }[]).map((r) => r.applicationId)).not.toContain(id);
    expect((await b.hrss.request({ method: 'POST', url: `/api/v1/rectifications/${item.id}/reply`, payload: { reply: '不是我们' } })).statusCode).toBe(404);
    const replied = (await b.policeAdmin.request({ method: 'POST', url: `/api/v1/rectifications/${item.id}/reply`, payload: { reply: '已推行一窗通办，材料可一次提交' } })).json();
    expect(replied.rectification).toMatchObject({ status: 'replied', reply: '已推行一窗通办，材料可一次提交' });
    expect((await b.citizen.request({ method: 'GET', url: `/api/v1/applications/${id}/rating` })).json().rectification.reply).toBe('已推行一窗通办，材料可一次提交');
    await t.tongban.runner.runDue();
    const inbox = (await b.citizen.request({ method: 'GET', url: '/api/v1/inbox?limit=100' })).json() as { title: { zh: string } }[];
    expect(inbox.map((m) => m.title.zh)).toContain('您的评价已有整改答复');
  });

  it('the rater answers the reply (satisfied or not, with why), once, and the department sees the answer', async () => {
    const id = await finishedCase();
    const answer = (payload: Record<string, unknown>) => b.citizen.request({ method: 'POST', url: `/api/v1/applications/${id}/rating/reply-answer`, payload });
    const rated = (await rate(id, { level: 'very_dissatisfied', comment: '材料交了三次' })).json();
    expect((await answer({ satisfied: true })).json().error.code).toBe('feedback.no_reply_yet');
    await b.policeAdmin.request({ method: 'POST', url: `/api/v1/rectifications/${rated.rectification.id}/reply`, payload: { reply: '已改为一次告知' } });
    expect((await answer({ satisfied: false })).json().error).toMatchObject({ code: 'feedback.unsatisfied_reason_required', field: '/comment' });
    const other = await signInBrowser(t, (await makeCitizen(t)).idNumber);
    expect((await other.request({ method: 'POST', url: `/api/v1/applications/${id}/rating/reply-answer`, payload: { satisfied: true } })).statusCode).toBe(404);
    const res = await answer({ satisfied: false, comment: '仍需跑两次' });
    expect(res.statusCode).toBe(200);
    expect(res.json().rectification).toMatchObject({ raterSatisfied: false, raterComment: '仍需跑两次' });
    expect((await answer({ satisfied: true })).json().error.code).toBe('feedback.reply_already_answered');
    const queue = (await b.policeAdmin.request({ method: 'GET', url: '/api/v1/rectifications?status=replied' })).json() as { applicationId: string; raterSatisfied: boolean | null; raterComment: string | null }[];
    expect(queue.find((r) => r.applicationId === id)).toMatchObject({ raterSatisfied: false, raterComment: '仍需跑两次' });
  });
});

describe('satisfaction', () => {
  it('leaders see satisfaction of their city by department and item; citizens do not', async () => {
    const stats = (await b.leader.request({ method: 'GET', url: '/api/v1/statistics/satisfaction' })).json();
    const item = stats.byItem.find((r: { key: string }) => r.key === 'birth-registration');
    expect(item).toMatchObject({ ratings: 3, distribution: { very_satisfied: 1, dissatisfied: 1, very_dissatisfied: 1 }, satisfiedRate: 0.333, average: 2.67 });
    expect((await b.leader.request({ method: 'GET', url: '/api/v1/statistics/satisfaction?region=110000' })).statusCode).toBe(403);
    expect((await b.citizen.request({ method: 'GET', url: '/api/v1/statistics/satisfaction' })).statusCode).toBe(403);
  });
});
