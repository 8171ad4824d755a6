// 容缺受理 and 告知承诺制 at acceptance; 转办 and 分派 of tasks; and the overdue timers that alert supervisors once.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../../demo/seed.js';
import { queryRows } from '../../platform/db.js';
import { events } from '../../platform/schema.js';
import { findDepartment } from '../directory/index.js';
import { storeFile } from '../files/index.js';
import { importTestCatalog } from '../../test/catalog-fixture.js';
import { makeCitizen, makeStaff, signInBrowser, type Browser, type TestCitizen } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { makePdf } from '../../test/samples.js';

let t: TestApp;
let citizen: TestCitizen;
let b: Record<'citizen' | 'market' | 'police' | 'civil' | 'policeAdmin', Browser>;
const child = { name: '小明', birthDate: '2026-02-01' };

async function signInAll() {
  b = {
    citizen: await signInBrowser(t, citizen.idNumber), market: await signInBrowser(t, 'reviewer.scjgj', DEMO_PASSWORD),
    police: await signInBrowser(t, 'reviewer.gaj', DEMO_PASSWORD), civil: await signInBrowser(t, 'reviewer.mzj', DEMO_PASSWORD),
    policeAdmin: await signInBrowser(t, 'admin.gaj', DEMO_PASSWORD),
  };
}

beforeAll(async () => {
  t = await startTestApp({ now: '2026-03-02T09:00:00+08:00', env: { SIGNIN_RATE_LIMIT: '10000' } });
  await seedDemo(t.system);
  await importTestCatalog(t);
  citizen = await makeCitizen(t, { name: '摊主' });
  await signInAll();
});
afterAll(() => t.close());

const pdf = async (text: string) => (await storeFile(t.ctxFor(citizen.actor), { bytes: makePdf(text), originalName: `${text}.pdf`, ownerPersonId: citizen.person.id })).id;
const submitStall = async (extra: Record<string, unknown>) => b.citizen.request({ method: 'POST', url: '/api/v1/applications',
  payload: { itemCode: 'food-stall-permit', formData: { stall: '夜市 12 号' }, ...extra } });
const taskOf = async (browser: Browser, applicationId: string) =>
  ((await browser.request({ method: 'GET', url: '/api/v1/tasks' })).json() as { id: string; application: { id: string } }[]).find((x) => x.application.id === applicationId);

describe('容缺受理', () => {
  it('accepts with a non-core material to follow, holds the approval until it arrives, and records the deadline', async () => {
    const floorPlan = await pdf('floor-plan');
    expect((await submitStall({ materials: [{ code: 'floor-plan', fileId: floorPlan }] })).json().error).toMatchObject({ code: 'cases.material_missing', field: '/materials' });
    const res = await submitStall({ materials: [{ code: 'floor-plan', fileId: floorPlan }], acceptance: { mode: 'tolerance', deferred: ['health-certificate'] } });
    expect(res.statusCode).toBe(201);
    const app = res.json();
    expect(app.status).toBe('in_review');
    const [row] = await queryRows<{ tolerance_due_on: string; deferred_materials: string[] }>(t.tongban.platform.database.db,
      sql`SELECT tolerance_due_on::text, deferred_materials FROM applications WHERE id = ${app.id}`);
    expect(row).toEqual({ tolerance_due_on: '2026-03-05', deferred_materials: ['health-certificate'] });
    const task = (await taskOf(b.market, app.id))!;
    const held = await b.market.request({ method: 'POST', url: `/api/v1/tasks/${task.id}/decision`, payload: { decision: 'approve', reason: '符合' } });
    expect(held.json().error.code).toBe('cases.deferred_outstanding');
    const supplied = await b.citizen.request({ method: 'POST', url: `/api/v1/applications/${app.id}/deferred-materials`,
      payload: { materials: [{ code: 'health-certificate', fileId: await pdf('health') }] } });
    expect(supplied.statusCode).toBe(200);
    const approved = await b.market.request({ method: 'POST', url: `/api/v1/tasks/${task.id}/decision`, payload: { decision: 'approve', reason: '符合' } });
    expect(approved.json().status).toBe('approved');
  });

  it('never defers a core material, nor a material that is not missing', async () => {
    const res = await submitStall({ acceptance: { mode: 'tolerance', deferred: ['health-certificate'] } });
    expect(res.json().error).toMatchObject({ code: 'cases.material_missing', message: { zh: expect.stringContaining('经营场所平面图') } });
    const notMissing = await submitStall({ materials: [{ code: 'floor-plan', fileId: await pdf('p') }, { code: 'health-certificate', fileId: await pdf('h') }],
      acceptance: { mode: 'tolerance', deferred: ['health-certificate'] } });
    expect(notMissing.json().error).toMatchObject({ code: 'cases.deferred_unknown', field: '/acceptance/deferred/0' });
  });

  it('tells the applicant and the department when the deferred material is late, once', async () => {
    const app = (await submitStall({ materials: [{ code: 'floor-plan', fileId: await pdf('late') }], acceptance: { mode: 'tolerance', deferred: ['health-certificate'] } })).json();
    t.clock.set('2026-03-06T08:00:00+08:00');
    await t.tongban.runner.runDue();
    await t.tongban.runner.runDue();
    const late = await t.tongban.platform.database.db.select().from(events)
      .where(and(eq(events.type, 'application.tolerance_overdue'), sql`${events.payload}->>'applicationId' = ${app.id}`));
    expect(late).toHaveLength(1);
    t.clock.set('2026-03-02T09:30:00+08:00');
    await signInAll();
  });
});

describe('告知承诺制', () => {
  it('a signed commitment stands in for a non-core material; unsigned it is refused', async () => {
    const floorPlan = await pdf('floor-plan-2');
    const unsigned = await submitStall({ materials: [{ code: 'floor-plan', fileId: floorPlan }], acceptance: { mode: 'commitment', commitmentSigned: false } });
    expect(unsigned.json().error).toMatchObject({ code: 'cases.commitment_unsigned', field: '/acceptance/commitmentSigned' });
    const signed = await submitStall({ materials: [{ code: 'floor-plan', fileId: floorPlan }], acceptance: { mode: 'commitment', commitmentSigned: true } });
    expect(signed.statusCode).toBe(201);
    const timeline = (await b.citizen.request({ method: 'GET', url: `/api/v1/applications/${signed.json().id}/timeline` })).json() as { kind: string }[];
    expect(timeline.map((e) => e.kind)).toContain('commitment');
  });

  it('an item that does not allow it refuses it by field', async () => {
    const res = await b.citizen.request({ method: 'POST', url: '/api/v1/applications', payload: { itemCode: 'birth-registration', formData: { child }, acceptance: { mode: 'commitment', commitmentSigned: true } } });
    expect(res.json().error).toMatchObject({ code: 'cases.commitment_not_allowed', field: '/acceptance/mode' });
  });
});

describe('转办 and 分派', () => {
  it('a task sent to the department it belongs to opens there with its full time limit; the stage still needs it', async () => {
    const app = (await b.citizen.request({ method: 'POST', url: '/api/v1/applications', payload: { itemCode: 'birth-registration', formData: { child } } })).json();
    const civilTask = (await taskOf(b.civil, app.id))!;
    const health = (await findDepartment(t.system, '339900', 'wjw'))!;
    const moved = (await b.civil.request({ method: 'POST', url: `/api/v1/tasks/${civilTask.id}/transfer`, payload: { departmentId: health.id, reason: '出生信息由卫健核对' } })).json();
    expect(moved.tasks.map((x: { departmentCode: string; status: string }) => `${x.departmentCode}:${x.status}`).sort()).toEqual(['gaj:open', 'mzj:transferred', 'wjw:open']);
    expect(await taskOf(b.civil, app.id)).toBeUndefined();
    const healthReviewer = await signInBrowser(t, 'reviewer.wjw', DEMO_PASSWORD);
    await b.police.request({ method: 'POST', url: `/api/v1/tasks/${(await taskOf(b.police, app.id))!.id}/decision`, payload: { decision: 'approve', reason: '符合' } });
    const afterHealth = (await healthReviewer.request({ method: 'POST', url: `/api/v1/tasks/${(await taskOf(healthReviewer, app.id))!.id}/decision`, payload: { decision: 'approve', reason: '已核对' } })).json();
    expect(afterHealth.tasks.some((x: { stage: number }) => x.stage === 1)).toBe(true); // the first stage closed
  });

  it('a department admin assigns a task to one of the department\'s reviewers, and no one else', async () => {
    const app = (await b.citizen.request({ method: 'POST', url: '/api/v1/applications', payload: { itemCode: 'birth-registration', formData: { child } } })).json();
    const task = (await taskOf(b.police, app.id))!;
    const police = (await findDepartment(t.system, '339900', 'gaj'))!;
    const colleague = await makeStaff(t, [{ role: 'reviewer', departmentId: police.id }]);
    const outsider = await makeStaff(t, [{ role: 'reviewer', departmentId: (await findDepartment(t.system, '339900', 'mzj'))!.id }]);
    expect((await b.policeAdmin.request({ method: 'POST', url: `/api/v1/tasks/${task.id}/assign`, payload: { accountId: outsider.account.id } })).json().error.field).toBe('/accountId');
    const assigned = (await b.policeAdmin.request({ method: 'POST', url: `/api/v1/tasks/${task.id}/assign`, payload: { accountId: colleague.account.id } })).json();
    expect(assigned.assigneeAccountId).toBe(colleague.account.id);
    expect((await b.police.request({ method: 'POST', url: `/api/v1/tasks/${task.id}/claim` })).json().error.code).toBe('cases.task_claimed');
  });
});

describe('overdue alerts (限时办结)', () => {
  it('fire once per due date, not while the clock is paused, and again for the new date after a 补正', async () => {
    t.clock.set('2026-03-09T09:00:00+08:00'); // Monday
    await signInAll();
    const app = (await b.citizen.request({ method: 'POST', url: '/api/v1/applications', payload: { itemCode: 'birth-registration', formData: { child } } })).json();
    const overdue = async () => (await t.tongban.platform.database.db.select().from(events)
      .where(and(eq(events.type, 'task.overdue'), sql`${events.payload}->>'applicationId' = ${app.id}`))).length;
    await b.police.request({ method: 'POST', url: `/api/v1/applications/${app.id}/supplement-requests`, payload: { items: [{ target: '/formData/child/name', reason: '请核对姓名' }] } });
    t.clock.set('2026-03-12T08:00:00+08:00'); // past both tasks' due date (11 March), but paused
    await t.tongban.runner.runDue();
    expect(await overdue()).toBe(0);
    await signInAll();
    await b.citizen.request({ method: 'POST', url: `/api/v1/applications/${app.id}/supplement`, payload: { note: '已核对' } }); // 3 working days stood still: due 16 March
    t.clock.set('2026-03-17T08:00:00+08:00');
    await t.tongban.runner.runDue();
    await t.tongban.runner.runDue();
    expect(await overdue()).toBe(2); // one per department, once
    // The timeline says supervisors were alerted: the departments' reviewers and admins have it in their inbox,
    // linked to the case in the workbench, once however often the runner runs.
    await t.tongban.runner.runDue();
    await signInAll();
    type Message = { template: string; link: string | null; title: { zh: string; en: string }; body: { zh: string; en: string } };
    const alerts = async (browser: Browser) => ((await browser.request({ method: 'GET', url: '/api/v1/inbox' })).json() as Message[])
      .filter((m) => m.template === 'staff.task_overdue' && m.link === `/staff/cases/${app.id}`);
    for (const browser of [b.police, b.civil, b.policeAdmin]) {
      const [alert, ...more] = await alerts(browser);
      expect(more).toHaveLength(0);
      expect(alert!.body.zh).toContain(app.number);
      expect(alert!.body.en).toContain('past its time limit');
    }
    expect(await alerts(b.market)).toHaveLength(0); // another department's reviewer
    expect(await alerts(b.citizen)).toHaveLength(0);
  });
});
