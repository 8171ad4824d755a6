// 办件 from submission to decision: idempotent submit, due dates on the official calendar, parallel review by
// several departments, 补正 stopping the clock, window and agent channels, bundles, and who may touch what.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo } from '../../demo/seed.js';
import { days } from '../../platform/clock.js';
import { queryRows } from '../../platform/db.js';
import { makeCitizen, signInBrowser, type Browser, type TestCitizen } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { importTestCatalog } from '../../test/catalog-fixture.js';
import { storeFile } from '../files/index.js';
import { makePdf, makePng } from '../../test/samples.js';

let t: TestApp;
let parent: TestCitizen;
let b: Record<'parent' | 'police' | 'civil' | 'insurance' | 'hrss' | 'clerk', Browser>;
const child = { name: '小明', birthDate: '2026-09-20' };

/** Moves the clock, and signs everyone in again (sessions time out over such jumps, as they should). */
async function jumpTo(when: string) {
  t.clock.set(when);
  b = {
    parent: await signInBrowser(t, parent.idNumber),
    police: await signInBrowser(t, 'reviewer.gaj', DEMO_PASSWORD), civil: await signInBrowser(t, 'reviewer.mzj', DEMO_PASSWORD),
    insurance: await signInBrowser(t, 'reviewer.ybj', DEMO_PASSWORD), hrss: await signInBrowser(t, 'reviewer.rsj', DEMO_PASSWORD),
    clerk: await signInBrowser(t, 'clerk', DEMO_PASSWORD),
  };
}

beforeAll(async () => {
  t = await startTestApp({ now: '2026-09-29T10:00:00+08:00', env: { SESSION_IDLE_MINUTES: '1440', SESSION_MAX_HOURS: '720', SIGNIN_RATE_LIMIT: '10000' } }); // a Tuesday before National Day
  await seedDemo(t.system);
  await importTestCatalog(t);
  parent = await makeCitizen(t, { name: '陈父' });
  await jumpTo('2026-09-29T10:00:00+08:00');
});
afterAll(() => t.close());

const submit = (browser: Browser, payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  browser.request({ method: 'POST', url: '/api/v1/applications', payload, headers });
const queue = async (browser: Browser) => (await browser.request({ method: 'GET', url: '/api/v1/tasks' })).json() as { id: string; application: { id: string }; timeLimit: { light: string } }[];
const taskOf = async (browser: Browser, applicationId: string) => (await queue(browser)).find((x) => x.application.id === applicationId)!;
const decide = (browser: Browser, taskId: string, decision = 'approve', reason = '符合条件') =>
  browser.request({ method: 'POST', url: `/api/v1/tasks/${taskId}/decision`, payload: { decision, reason } });

describe('submitting', () => {
  it('a retried submit with the same idempotency key returns the first case and creates nothing', async () => {
    const payload = { itemCode: 'birth-registration', formData: { child }, idempotencyKey: 'retry-me-0001' };
    const first = await submit(b.parent, payload);
    expect(first.statusCode).toBe(201);
    const again = await submit(b.parent, payload);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    const [{ n }] = await queryRows<{ n: number }>(t.tongban.platform.database.db, sql`SELECT count(*)::int AS n FROM applications WHERE idempotency_key = 'retry-me-0001'`) as [{ n: number }];
    expect(n).toBe(1);
    expect(first.json().number).toMatch(/^TB20260929\d{6}$/);
  });

  it('prefills what we know, accepts at once, and counts the due date in working days across National Day', async () => {
    const res = (await submit(b.parent, { itemCode: 'birth-registration', formData: { child } })).json();
    expect(res.formData.applicant).toEqual({ name: '陈父', idNumber: parent.idNumber });
    expect(res.status).toBe('in_review');
    expect(res.dueOn).toBe('2026-10-09'); // 30 Sep, then 8 and 9 Oct: 1–7 Oct are the holiday
    expect(res.tasks.map((x: { departmentCode: string; status: string }) => `${x.departmentCode}:${x.status}`).sort()).toEqual(['gaj:open', 'mzj:open']);
    expect(res.timeLimit.light).toBe('green');
  });

  it('refuses a form that breaks the item\'s schema, naming the field, and stores nothing', async () => {
    const res = await submit(b.parent, { itemCode: 'birth-registration', formData: { child: { name: '', birthDate: 'yesterday' } } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('cases.form_invalid');
    expect(res.json().error.details.map((d: { field: string }) => d.field).sort()).toEqual(['/formData/child/birthDate', '/formData/child/name']);
  });

  it('refuses an unknown item by field', async () => {
    expect((await submit(b.parent, { itemCode: 'no-such-item', formData: {} })).json().error).toMatchObject({ code: 'cases.item_unknown', field: '/itemCode' });
  });
});

describe('materials', () => {
  it('a material only the applicant has must be uploaded, be theirs, and meet its rule', async () => {
    const submitPermit = (materials: unknown[]) => submit(b.parent, { itemCode: 'residence-permit', formData: { address: '东湖区湖滨路 1 号' }, materials });
    expect((await submitPermit([])).json().error).toMatchObject({ code: 'cases.material_missing', field: '/materials' });
    const png = await storeFile(t.ctxFor(parent.actor), { bytes: makePng(0, 0, 0), originalName: 'contract.png', ownerPersonId: parent.person.id });
    expect((await submitPermit([{ code: 'tenancy-contract', fileId: png.id }])).json().error).toMatchObject({ code: 'files.type_not_accepted', field: '/materials/0/fileId' });
    const someoneElse = await makeCitizen(t);
    const theirs = await storeFile(t.ctxFor(someoneElse.actor), { bytes: makePdf('not yours'), originalName: 'x.pdf', ownerPersonId: someoneElse.person.id });
    expect((await submitPermit([{ code: 'tenancy-contract', fileId: theirs.id }])).json().error.code).toBe('cases.file_unknown'); // not even visible to them
    const pdf = await storeFile(t.ctxFor(parent.actor), { bytes: makePdf('租赁合同'), originalName: '租赁合同.pdf', ownerPersonId: parent.person.id });
    const res = await submitPermit([{ code: 'tenancy-contract', fileId: pdf.id }]);
    expect(res.statusCode).toBe(201);
    expect(res.json().materials).toEqual([{ code: 'tenancy-contract', source: 'upload', fileId: pdf.id }]);
  });
});

describe('parallel review (并联审批)', () => {
  it('both departments work at once; the case moves on only when both approve, then completes', async () => {
    const app = (await submit(b.parent, { itemCode: 'birth-registration', formData: { child } })).json();
    const policeTask = await taskOf(b.police, app.id);
    const civilTask = await taskOf(b.civil, app.id);
    expect(policeTask && civilTask).toBeTruthy();
    expect((await decide(b.police, policeTask.id)).json().status).toBe('in_review');
    const afterBoth = (await decide(b.civil, civilTask.id)).json();
    expect(afterBoth.tasks.filter((x: { stage: number }) => x.stage === 1)).toHaveLength(1); // the second stage opened
    const issueTask = (await queue(b.police)).find((x) => x.application.id === app.id)!;
    const done = (await decide(b.police, issueTask.id)).json();
    expect(done.status).toBe('approved');
    const timeline = (await b.parent.request({ method: 'GET', url: `/api/v1/applications/${app.id}/timeline` })).json() as { kind: string }[];
    expect(timeline.map((e) => e.kind)).toEqual(['submitted', 'accepted', 'stage_opened', 'task_approved', 'task_approved', 'stage_opened', 'task_approved', 'approved']);
    const events = await queryRows<{ type: string }>(t.tongban.platform.database.db, sql`SELECT type FROM events WHERE payload->>'applicationId' = ${app.id} ORDER BY occurred_at`);
    expect(events.map((e) => e.type)).toContain('application.completed');
  });

  it('one rejection ends the case with the reason, and cancels the other department\'s task', async () => {
    const app = (await submit(b.parent, { itemCode: 'birth-registration', formData: { child } })).json();
    const res = (await decide(b.civil, (await taskOf(b.civil, app.id)).id, 'reject', '出生信息与医院记录不符')).json();
    expect(res).toMatchObject({ status: 'rejected', decisionReason: '出生信息与医院记录不符' });
    expect(res.tasks.find((x: { departmentCode: string }) => x.departmentCode === 'gaj').status).toBe('cancelled');
  });

  it('a reviewer of another department cannot see or decide the task', async () => {
    const app = (await submit(b.parent, { itemCode: 'birth-registration', formData: { child } })).json();
    const policeTask = await taskOf(b.police, app.id);
    expect(await taskOf(b.hrss, app.id)).toBeUndefined();
    expect((await decide(b.hrss, policeTask.id)).statusCode).toBe(404);
    expect((await b.hrss.request({ method: 'GET', url: `/api/v1/applications/${app.id}` })).statusCode).toBe(404);
    const stranger = await signInBrowser(t, (await makeCitizen(t)).idNumber);
    expect((await stranger.request({ method: 'GET', url: `/api/v1/applications/${app.id}` })).statusCode).toBe(404);
  });
});

describe('补正 stops the clock', () => {
  it('pauses while the applicant supplies what is missing, and extends the due dates by the days it stood still', async () => {
    await jumpTo('2026-10-12T09:00:00+08:00'); // Monday
    const app = (await submit(b.parent, { itemCode: 'birth-registration', formData: { child } })).json();
    expect(app.dueOn).toBe('2026-10-15');
    const asked = await b.police.request({ method: 'POST', url: `/api/v1/applications/${app.id}/supplement-requests`,
      payload: { items: [{ target: '/formData/child/name', reason: '姓名与出生医学证明不一致' }] } });
    expect(asked.json()).toMatchObject({ status: 'supplement_requested', timeLimit: { paused: true }, openSupplementRequest: { items: [{ target: '/formData/child/name' }] } });
    expect((await decide(b.police, (await taskOf(b.police, app.id)).id)).json().error.code).toBe('cases.awaiting_supplement');
    await jumpTo('2026-10-15T09:00:00+08:00'); // three working days later
    const answered = (await b.parent.request({ method: 'POST', url: `/api/v1/applications/${app.id}/supplement`,
      payload: { formData: { ...app.formData, child: { ...child, name: '陈小明' } }, note: '已更正姓名' } })).json();
    expect(answered).toMatchObject({ status: 'in_review', pausedWorkingDays: 3, dueOn: '2026-10-20', openSupplementRequest: null });
    expect(answered.formData.child.name).toBe('陈小明');
    expect(answered.tasks.every((x: { dueOn: string }) => x.dueOn === '2026-10-19')).toBe(true); // 2 days from 12 Oct, plus 3
  });

  it('across Spring Festival: the holiday and the make-up Saturdays are counted as the official calendar says', async () => {
    await jumpTo('2026-02-12T10:00:00+08:00'); // Thursday before the holiday (15–23 Feb; 14 and 28 Feb are working Saturdays)
    const app = (await submit(b.parent, { itemCode: 'birth-registration', formData: { child } })).json();
    expect(app.dueOn).toBe('2026-02-24'); // 13 Feb, Saturday 14 Feb, then 24 Feb
    await b.police.request({ method: 'POST', url: `/api/v1/applications/${app.id}/supplement-requests`, payload: { items: [{ target: '/formData/child/name', reason: '请核对' }] } });
    await jumpTo('2026-02-25T10:00:00+08:00');
    const answered = (await b.parent.request({ method: 'POST', url: `/api/v1/applications/${app.id}/supplement`, payload: { note: '已核对' } })).json();
    expect(answered).toMatchObject({ pausedWorkingDays: 4, dueOn: '2026-02-28' }); // 13, 14, 24, 25 Feb stood still; due on the make-up Saturday
  });

  it('an unknown supplement target is refused by field', async () => {
    const app = (await submit(b.parent, { itemCode: 'birth-registration', formData: { child } })).json();
    const res = await b.police.request({ method: 'POST', url: `/api/v1/applications/${app.id}/supplement-requests`, payload: { items: [{ target: 'material:nothing', reason: '缺' }] } });
    expect(res.json().error).toMatchObject({ code: 'cases.supplement_target_unknown', field: '/items/0/target' });
  });
});

describe('time-limit lights', () => {
  it('turn yellow near the due date and red after it, in the reviewer\'s queue', async () => {
    await jumpTo('2026-11-02T09:00:00+08:00'); // Monday
    const app = (await submit(b.parent, { itemCode: 'birth-registration', formData: { child } })).json();
    expect((await taskOf(b.police, app.id)).timeLimit.light).toBe('green');
    await jumpTo('2026-11-04T09:00:00+08:00');
    expect((await taskOf(b.police, app.id)).timeLimit.light).toBe('yellow');
    await jumpTo(new Date(t.clock.now().getTime() + days(1)).toISOString());
    expect((await taskOf(b.police, app.id)).timeLimit.light).toBe('red');
    const red = (await b.police.request({ method: 'GET', url: '/api/v1/tasks?light=red' })).json() as { application: { id: string } }[];
    expect(red.map((x) => x.application.id)).toContain(app.id);
  });
});

describe('channels', () => {
  it('a clerk files for a walk-in only with the citizen\'s confirmation, recorded as the window channel', async () => {
    const walkIn = await makeCitizen(t, { name: '窗口群众' });
    const without = await submit(b.clerk, { itemCode: 'birth-registration', formData: { child }, forPersonId: walkIn.person.id });
    expect(without.json().error).toMatchObject({ code: 'cases.confirmation_required', field: '/citizenConfirmed' });
    const filed = (await submit(b.clerk, { itemCode: 'birth-registration', formData: { child }, forPersonId: walkIn.person.id, citizenConfirmed: true })).json();
    expect(filed).toMatchObject({ channel: 'window', status: 'in_review', applicant: { personId: walkIn.person.id, name: '窗口群众' } });
    const theirs = await signInBrowser(t, walkIn.idNumber);
    expect((await theirs.request({ method: 'GET', url: '/api/v1/applications' })).json().map((a: { id: string }) => a.id)).toContain(filed.id);
  });

  it('a son files for his mother within her delegation; she sees it as hers', async () => {
    const son = await signInBrowser(t, DEMO_PEOPLE.zhangsan.idNumber, DEMO_PASSWORD);
    const me = (await son.request({ method: 'GET', url: '/api/v1/me' })).json();
    const mother = me.canActFor.persons[0];
    const filed = (await submit(son, { itemCode: 'birth-registration', formData: { child } }, { 'x-acting-for': `person:${mother.personId}` })).json();
    expect(filed).toMatchObject({ channel: 'agent', applicant: { personId: mother.personId, name: '张秀英' } });
    const herself = await signInBrowser(t, DEMO_PEOPLE.zhangxiuying.idNumber, DEMO_PASSWORD);
    expect((await herself.request({ method: 'GET', url: `/api/v1/applications/${filed.id}` })).statusCode).toBe(200);
  });

  it('a clerk accepts a case that needs a person to check it', async () => {
    const app = (await submit(b.parent, { itemCode: 'newborn-insurance', formData: { child } })).json();
    expect(app.status).toBe('submitted');
    expect((await b.parent.request({ method: 'POST', url: `/api/v1/applications/${app.id}/accept` })).statusCode).toBe(403);
    const accepted = (await b.clerk.request({ method: 'POST', url: `/api/v1/applications/${app.id}/accept` })).json();
    expect(accepted).toMatchObject({ status: 'in_review', tasks: [expect.objectContaining({ departmentCode: 'ybj', status: 'open' })] });
  });
});

describe('drafts and withdrawal', () => {
  it('saves a prefilled draft, resumes it, and submits it under the same id', async () => {
    const draft = (await b.parent.request({ method: 'POST', url: '/api/v1/applications/drafts', payload: { itemCode: 'birth-registration' } })).json();
    expect(draft).toMatchObject({ status: 'draft', number: null, prefilled: expect.arrayContaining([{ pointer: '/applicant/name', source: 'applicant.name' }]) });
    await b.parent.request({ method: 'PUT', url: `/api/v1/applications/${draft.id}/draft`, payload: { formData: { ...draft.formData, child } } });
    const submitted = (await b.parent.request({ method: 'POST', url: `/api/v1/applications/${draft.id}/submit`, payload: {} })).json();
    expect(submitted).toMatchObject({ id: draft.id, status: 'in_review', formData: { child } });
    expect((await b.parent.request({ method: 'PUT', url: `/api/v1/applications/${draft.id}/draft`, payload: { formData: {} } })).json().error.code).toBe('cases.not_a_draft');
  });

  it('withdrawing cancels the open tasks; a decided case cannot be withdrawn', async () => {
    const app = (await submit(b.parent, { itemCode: 'birth-registration', formData: { child } })).json();
    const res = (await b.parent.request({ method: 'POST', url: `/api/v1/applications/${app.id}/withdraw`, payload: { reason: '已到窗口办理' } })).json();
    expect(res.status).toBe('withdrawn');
    expect(res.tasks.every((x: { status: string }) => x.status === 'cancelled')).toBe(true);
    expect((await b.parent.request({ method: 'POST', url: `/api/v1/applications/${app.id}/withdraw`, payload: { reason: '再撤' } })).statusCode).toBe(409);
  });
});

describe('一件事一次办', () => {
  it('one submission fans out into one case per item, with shared fields entered once', async () => {
    const res = await b.parent.request({ method: 'POST', url: '/api/v1/bundle-applications', payload: {
      bundleCode: 'newborn', sharedData: { childName: '陈一一', childBirthDate: '2026-11-01' }, forms: {}, idempotencyKey: 'bundle-key-001' } });
    expect(res.statusCode).toBe(201);
    const bundle = res.json();
    expect(bundle.number).toMatch(/^YJS\d{14}$/);
    expect(bundle.applications.map((a: { itemCode: string; formData: { child: unknown } }) => [a.itemCode, a.formData.child])).toEqual([
      ['birth-registration', { name: '陈一一', birthDate: '2026-11-01' }], ['newborn-insurance', { name: '陈一一', birthDate: '2026-11-01' }]]);
    expect(bundle.status).toBe('in_progress');
    const again = await b.parent.request({ method: 'POST', url: '/api/v1/bundle-applications', payload: {
      bundleCode: 'newborn', sharedData: { childName: '陈一一', childBirthDate: '2026-11-01' }, forms: {}, idempotencyKey: 'bundle-key-001' } });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(bundle.id);
  });

  it('a missing shared field is named, and nothing is stored', async () => {
    const res = await b.parent.request({ method: 'POST', url: '/api/v1/bundle-applications', payload: { bundleCode: 'newborn', sharedData: { childName: '某' }, forms: {} } });
    expect(res.json().error).toMatchObject({ code: 'cases.shared_field_missing', field: '/sharedData/childBirthDate' });
  });
});
