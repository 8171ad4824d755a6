// Who may see and touch a case, beyond the happy path: identity fields stay verified, an agent's access ends
// with the authorisation, drafts are the citizen's own, staff reads are logged, claims and regions hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../../demo/seed.js';
import { findDepartment } from '../directory/index.js';
import { importTestCatalog } from '../../test/catalog-fixture.js';
import { makeCitizen, makeStaff, signInBrowser, type Browser, type TestCitizen } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let mother: TestCitizen;
let son: TestCitizen;
let b: Record<'mother' | 'son' | 'police' | 'civil', Browser>;
const child = { name: '小丽', birthDate: '2026-02-01' };

beforeAll(async () => {
  t = await startTestApp({ env: { SIGNIN_RATE_LIMIT: '10000' } });
  await seedDemo(t.system);
  await importTestCatalog(t);
  mother = await makeCitizen(t, { name: '周母' });
  son = await makeCitizen(t, { name: '周子' });
  b = { mother: await signInBrowser(t, mother.idNumber), son: await signInBrowser(t, son.idNumber),
    police: await signInBrowser(t, 'reviewer.gaj', DEMO_PASSWORD), civil: await signInBrowser(t, 'reviewer.mzj', DEMO_PASSWORD) };
});
afterAll(() => t.close());

const submit = (browser: Browser, payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  browser.request({ method: 'POST', url: '/api/v1/applications', payload, headers });
const taskOf = async (browser: Browser, applicationId: string) =>
  ((await browser.request({ method: 'GET', url: '/api/v1/tasks' })).json() as { id: string; application: { id: string } }[]).find((x) => x.application.id === applicationId);

describe('identity fields', () => {
  it('are the verified ones, whatever the form sent', async () => {
    const app = (await submit(b.mother, { itemCode: 'birth-registration', formData: { child, applicant: { name: '冒名顶替', idNumber: son.idNumber } } })).json();
    expect(app.formData.applicant).toEqual({ name: '周母', idNumber: mother.idNumber });
  });
});

describe('an agent', () => {
  it('loses the case when the delegation ends, though they filed it', async () => {
    const granted = (await b.mother.request({ method: 'POST', url: '/api/v1/delegations', payload: {
      agentIdNumber: son.idNumber, agentName: '周子', scopes: ['applications.submit', 'applications.read'], validUntil: '2026-12-31T00:00:00+08:00' } })).json();
    const filed = (await submit(b.son, { itemCode: 'birth-registration', formData: { child } }, { 'x-acting-for': `person:${mother.person.id}` })).json();
    expect(filed.channel).toBe('agent');
    await b.mother.request({ method: 'DELETE', url: `/api/v1/delegations/${granted.id}` });
    expect((await b.son.request({ method: 'GET', url: `/api/v1/applications/${filed.id}` })).statusCode).toBe(404);
  });
});

describe('staff', () => {
  it('do not see a citizen\'s draft', async () => {
    const draft = (await b.mother.request({ method: 'POST', url: '/api/v1/applications/drafts', payload: { itemCode: 'birth-registration' } })).json();
    expect((await b.police.request({ method: 'GET', url: `/api/v1/applications/${draft.id}` })).statusCode).toBe(404);
  });

  it('reading a case lands in the applicant\'s data-access log', async () => {
    const app = (await submit(b.mother, { itemCode: 'birth-registration', formData: { child } })).json();
    await b.police.request({ method: 'GET', url: `/api/v1/applications/${app.id}` });
    const log = (await b.mother.request({ method: 'GET', url: '/api/v1/me/data-access' })).json() as { purpose: string }[];
    expect(log[0]!.purpose).toContain(app.number);
  });

  it('a claimed task is decided by whoever claimed it', async () => {
    const app = (await submit(b.mother, { itemCode: 'birth-registration', formData: { child } })).json();
    const task = (await taskOf(b.police, app.id))!;
    const police = (await findDepartment(t.system, '339900', 'gaj'))!;
    await makeStaff(t, [{ role: 'reviewer', departmentId: police.id }], 'police.colleague');
    const colleague = await signInBrowser(t, 'police.colleague');
    await colleague.request({ method: 'POST', url: `/api/v1/tasks/${task.id}/claim` });
    expect((await b.police.request({ method: 'POST', url: `/api/v1/tasks/${task.id}/decision`, payload: { decision: 'approve', reason: '好' } })).json().error.code).toBe('cases.task_claimed');
  });

  it('cannot transfer a task out of the case\'s region', async () => {
    const app = (await submit(b.mother, { itemCode: 'birth-registration', formData: { child } })).json();
    const task = (await taskOf(b.civil, app.id))!;
    const ops = await makeStaff(t, [{ role: 'platform_admin' }], 'ops.transfer');
    const opsBrowser = await signInBrowser(t, ops.account.username!);
    await opsBrowser.request({ method: 'POST', url: '/api/v1/regions', payload: { code: '110000', nameZh: '北京市', nameEn: 'Beijing' } });
    // A valid credit code (check character K), so the department exists and only the region can refuse it.
    const created = await opsBrowser.request({ method: 'POST', url: '/api/v1/departments', payload: {
      code: 'mzj', nameZh: '北京市民政局', nameEn: 'Beijing Civil Affairs', kind: 'civil_affairs', regionCode: '110000', creditCode: '11110000000013614K' } });
    expect(created.statusCode).toBe(201);
    const far = created.json() as { id: string; regionCode: string };
    expect(far.regionCode).toBe('110000');
    const res = await b.civil.request({ method: 'POST', url: `/api/v1/tasks/${task.id}/transfer`, payload: { departmentId: far.id, reason: '转走' } });
    expect(res.json().error).toMatchObject({ code: 'cases.department_unknown', field: '/departmentId' });
    // The same request to a department of the case's own city goes through: the refusal above was the region's.
    const near = (await findDepartment(t.system, '339900', 'sjj'))!;
    const moved = await b.civil.request({ method: 'POST', url: `/api/v1/tasks/${task.id}/transfer`, payload: { departmentId: near.id, reason: '转本市' } });
    expect(moved.statusCode).toBe(200);
  });

  it('a department whose task is done cannot stop the clock of a later stage', async () => {
    const app = (await submit(b.mother, { itemCode: 'birth-registration', formData: { child } })).json();
    for (const browser of [b.police, b.civil]) {
      await browser.request({ method: 'POST', url: `/api/v1/tasks/${(await taskOf(browser, app.id))!.id}/decision`, payload: { decision: 'approve', reason: '好' } });
    }
    const res = await b.civil.request({ method: 'POST', url: `/api/v1/applications/${app.id}/supplement-requests`, payload: { items: [{ target: '/formData/child/name', reason: '再看看' }] } });
    expect(res.statusCode).toBe(409);
  });
});
