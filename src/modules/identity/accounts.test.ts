// Staff accounts: a department admin manages the staff of their own department and nobody else's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo } from '../../demo/seed.js';
import { SeededRandom } from '../../platform/random.js';
import { syntheticCreditCode } from './synthetic.js';
import { findDepartment } from '../directory/index.js';
import { PASSWORD, signInBrowser, type Browser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let policeAdmin: Browser;
let ops: Browser;
let police: string;
let civil: string;

beforeAll(async () => {
  t = await startTestApp();
  await seedDemo(t.system);
  police = (await findDepartment(t.system, '339900', 'gaj'))!.id;
  civil = (await findDepartment(t.system, '339900', 'mzj'))!.id;
  policeAdmin = await signInBrowser(t, 'admin.gaj', DEMO_PASSWORD);
  ops = await signInBrowser(t, 'admin', DEMO_PASSWORD);
});
afterAll(() => t.close());

const newStaff = (username: string, role: string, departmentId: string | null, regionCode: string | null = null) =>
  ({ username, displayName: username, password: PASSWORD, postings: [{ role, departmentId, regionCode }] });

describe('department admins', () => {
  it('create a reviewer in their own department, who can sign in at once', async () => {
    const res = await policeAdmin.request({ method: 'POST', url: '/api/v1/admin/accounts', payload: newStaff('police.reviewer2', 'reviewer', police) });
    expect(res.statusCode).toBe(201);
    expect(res.json().postings).toEqual([{ role: 'reviewer', departmentId: police, regionCode: '339900' }]);
    const me = (await (await signInBrowser(t, 'Police.Reviewer2')).request({ method: 'GET', url: '/api/v1/me' })).json();
    expect(me.abilities).toEqual(['review']);
  });

  it('may not create staff in another department, nor hand out operator or leader roles', async () => {
    for (const payload of [newStaff('x.civil', 'reviewer', civil), newStaff('x.ops', 'platform_admin', null), newStaff('x.leader', 'leader', null, '339900')]) {
      const res = await policeAdmin.request({ method: 'POST', url: '/api/v1/admin/accounts', payload });
      expect(res.statusCode, payload.username).toBe(403);
    }
    const names = ((await ops.request({ method: 'GET', url: '/api/v1/admin/accounts' })).json() as { username: string }[]).map((a) => a.username);
    expect(names).not.toContain('x.civil');
  });

  it('see only their department\'s accounts and cannot disable others', async () => {
    const all = (await ops.request({ method: 'GET', url: '/api/v1/admin/accounts' })).json() as { id: string; username: string }[];
    const civilReviewer = all.find((a) => a.username === 'reviewer.mzj')!;
    expect((await policeAdmin.request({ method: 'POST', url: `/api/v1/admin/accounts/${civilReviewer.id}/disable` })).statusCode).toBe(404);
    expect((await policeAdmin.request({ method: 'GET', url: `/api/v1/admin/accounts?departmentId=${civil}` })).json()).toEqual([]);
    const civilAdmin = await signInBrowser(t, 'admin.mzj', DEMO_PASSWORD);
    expect((await civilAdmin.request({ method: 'POST', url: `/api/v1/admin/accounts/${civilReviewer.id}/disable` })).json().status).toBe('disabled');
  });

  it('reset passwords of their own staff only: another department\'s, an operator\'s or a citizen\'s account is not found', async () => {
    const all = (await ops.request({ method: 'GET', url: '/api/v1/admin/accounts' })).json() as { id: string; username: string | null; personId: string | null }[];
    const id = (name: string) => all.find((a) => a.username === name)!.id;
    const citizenAccount = all.find((a) => a.personId !== null)!.id;
    const reset = (who: Browser, accountId: string) => who.request({ method: 'POST', url: `/api/v1/admin/accounts/${accountId}/password`, payload: { password: 'new-secret-2026' } });
    for (const target of [id('reviewer.mzj'), id('admin'), id('leader'), citizenAccount]) expect((await reset(policeAdmin, target)).statusCode).toBe(404);
    const reviewer = await signInBrowser(t, 'reviewer.gaj', DEMO_PASSWORD);
    expect((await reset(policeAdmin, id('reviewer.gaj'))).statusCode).toBe(200);
    expect((await reviewer.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401); // the old session ends
    await signInBrowser(t, 'reviewer.gaj', 'new-secret-2026');
  });

  it('add postings only inside their department, and only to their own staff', async () => {
    const all = (await ops.request({ method: 'GET', url: '/api/v1/admin/accounts' })).json() as { id: string; username: string | null }[];
    const id = (name: string) => all.find((a) => a.username === name)!.id;
    const add = (accountId: string, posting: Record<string, unknown>) => policeAdmin.request({ method: 'POST', url: `/api/v1/admin/accounts/${accountId}/postings`, payload: posting });
    expect((await add(id('reviewer.gaj'), { role: 'reviewer', departmentId: civil })).statusCode).toBe(403); // into another department
    expect((await add(id('reviewer.gaj'), { role: 'platform_admin' })).statusCode).toBe(403);
    expect((await add(id('reviewer.gaj'), { role: 'leader', regionCode: '339900' })).statusCode).toBe(403);
    expect((await add(id('reviewer.mzj'), { role: 'reviewer', departmentId: police })).statusCode).toBe(404); // someone else's staff
    const granted = await add(id('reviewer.gaj'), { role: 'window_clerk', departmentId: police });
    expect(granted.statusCode).toBe(200);
    expect(granted.json().postings.map((p: { role: string }) => p.role).sort()).toEqual(['reviewer', 'window_clerk']);
  });

  it('edit their own department\'s contact details, never another\'s', async () => {
    expect((await policeAdmin.request({ method: 'PATCH', url: `/api/v1/departments/${civil}`, payload: { phone: '0571-00000000' } })).statusCode).toBe(403);
    expect((await policeAdmin.request({ method: 'PATCH', url: `/api/v1/departments/${police}`, payload: { phone: '0571-11111111' } })).statusCode).toBe(200);
  });

  it('a taken username, a weak password and a staff role without a department are refused by field', async () => {
    const taken = await ops.request({ method: 'POST', url: '/api/v1/admin/accounts', payload: newStaff('ADMIN', 'reviewer', police) });
    expect(taken.json().error).toMatchObject({ code: 'identity.username_taken', field: '/username' });
    const weak = await ops.request({ method: 'POST', url: '/api/v1/admin/accounts', payload: { ...newStaff('weakling', 'reviewer', police), password: 'short' } });
    expect(weak.json().error.field).toBe('/password');
    const homeless = await ops.request({ method: 'POST', url: '/api/v1/admin/accounts', payload: newStaff('homeless', 'reviewer', null) });
    expect(homeless.json().error).toMatchObject({ code: 'identity.posting_department_required', field: '/postings/0/departmentId' });
  });
});

describe('registering enterprises', () => {
  it('is for operators and the market-regulation department, not for any department admin', async () => {
    const enterprise = (seed: number) => ({ creditCode: syntheticCreditCode(new SeededRandom(seed), '339903'), name: `示范测试有限公司${seed}`,
      regionCode: '339903', legalRepresentativeIdNumber: DEMO_PEOPLE.lisi.idNumber });
    expect((await policeAdmin.request({ method: 'POST', url: '/api/v1/enterprises', payload: enterprise(1) })).statusCode).toBe(403);
    const market = (await findDepartment(t.system, '339900', 'scjgj'))!.id;
    await ops.request({ method: 'POST', url: '/api/v1/admin/accounts', payload: newStaff('market.admin', 'department_admin', market) });
    const marketAdmin = await signInBrowser(t, 'market.admin');
    const res = await marketAdmin.request({ method: 'POST', url: '/api/v1/enterprises', payload: enterprise(2) });
    expect(res.statusCode).toBe(201);
    expect((await marketAdmin.request({ method: 'POST', url: '/api/v1/enterprises', payload: enterprise(2) })).json().error.code).toBe('identity.enterprise_exists');
  });
});
