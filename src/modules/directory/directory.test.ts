// The directory through its HTTP API: operators register regions (GB/T 2260), departments (GB 32100 credit codes),
// service halls and windows; anyone may read them; a department's own admin may edit its contact details and
// nobody else's. Every accepted change is in the audit log; every refused one leaves the tables as they were.
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoCreditCode } from '../../demo/seed.js';
import { queryRows } from '../../platform/db.js';
import { makeCitizen, makeStaff, signInBrowser, type Browser } from '../../test/factories.js';
import { expectFieldError } from '../../test/expect.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { createDepartment, createRegion, type DepartmentInput, type DepartmentView } from './service.js';

let t: TestApp;
let admin: { id: string; browser: Browser }; // platform_admin (平台运维)

beforeEach(async () => {
  t = await startTestApp();
  const staff = await makeStaff(t, [{ role: 'platform_admin' }]);
  admin = { id: staff.account.id, browser: await signInBrowser(t, staff.account.username!) };
});
afterEach(() => t.close());

const anonymous = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.tongban.http.inject({ method, url, ...(payload ? { payload } : {}) });
const post = (browser: Browser, url: string, payload: object) => browser.request({ method: 'POST', url, payload });

const db = () => t.tongban.platform.database.db;
const countRows = (table: 'regions' | 'departments' | 'halls' | 'windows' | 'audit_log') => t.count(table);
const audited = (action: string) =>
  queryRows<{ actor: string; subject_id: string; details: Record<string, unknown> }>(db(),
    sql`SELECT actor, subject_id, details FROM audit_log WHERE action = ${action} ORDER BY seq`);

/** A credit code with its check character (position 18) replaced by another valid code character. */
const withWrongCheckChar = (code: string) => code.slice(0, 17) + (code[17] === '0' ? '1' : '0');

/** Regions for the department and hall scenarios, registered by the platform itself. */
async function registerRegions(...codes: string[]) {
  for (const code of codes) await createRegion(t.system, { code, nameZh: `地区${code}`, nameEn: `Region ${code}` });
}

let serial = 0;
const departmentInput = (regionCode: string, overrides: Partial<DepartmentInput> = {}): DepartmentInput => {
  serial += 1;
  return { code: 'gaj', kind: 'public_security', nameZh: `公安局${serial}`, nameEn: `Public Security Bureau ${serial}`, regionCode,
    creditCode: demoCreditCode(regionCode, serial), ...overrides };
};
const makeDepartment = (regionCode: string, overrides: Partial<DepartmentInput> = {}): Promise<DepartmentView> =>
  createDepartment(t.system, departmentInput(regionCode, overrides));


describe('regions (行政区划)', () => {
  it('an operator registers a province, a city in it, a county and a 9-digit town, each one audited', async () => {
    const steps = [
      { code: '330000', nameZh: '浙江省', nameEn: 'Zhejiang Province', level: 'province', parentCode: null },
      { code: '339900', nameZh: '示范市', nameEn: 'Demo City', level: 'city', parentCode: '330000' },
      { code: '339902', nameZh: '东湖区', nameEn: 'Donghu District', level: 'county', parentCode: '339900' },
      { code: '339902001', nameZh: '湖滨街道', nameEn: 'Hubin Subdistrict', level: 'town', parentCode: '339902' },
    ];
    for (const { level, parentCode, ...body } of steps) {
      const res = await post(admin.browser, '/api/v1/regions', body);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toEqual({ code: body.code, name: { zh: body.nameZh, en: body.nameEn }, level, parentCode });
    }

    const town = await anonymous('GET', '/api/v1/regions/339902001'); // reading is public
    expect(town.json()).toMatchObject({ level: 'town', parentCode: '339902' });
    const inCity = await anonymous('GET', '/api/v1/regions?within=339900');
    expect(inCity.json().map((r: { code: string }) => r.code)).toEqual(['339900', '339902', '339902001']);
    const children = await anonymous('GET', '/api/v1/regions?parent=339900');
    expect(children.json().map((r: { code: string }) => r.code)).toEqual(['339902']);

    const entries = await audited('region.created');
    expect(entries.map((e) => e.subject_id)).toEqual(steps.map((s) => s.code));
    expect(entries.every((e) => e.actor === `account:${admin.id}`)).toBe(true);
    expect(entries.map((e) => e.details.level)).toEqual(['province', 'city', 'county', 'town']);
  });

  it.each([
    ['990000', 422, 'directory.region_code_invalid', 'no province has the prefix 99'],
    ['000000', 422, 'directory.region_code_invalid', 'no province has the prefix 00'],
    ['339900000', 422, 'directory.region_code_invalid', 'a town code never ends in 000'],
    ['339900001', 422, 'directory.region_code_invalid', 'a town sits under a county, not a city'],
    ['12345', 400, 'platform.invalid_request', 'five digits'],
    ['3399020011', 400, 'platform.invalid_request', 'ten digits'],
    ['33990A', 400, 'platform.invalid_request', 'a letter'],
  ])('refuses the region code %s (%i %s: %s), naming /code in Chinese and English', async (code, status, errorCode) => {
    await registerRegions('330000', '339900');
    const before = await countRows('regions');
    const res = await post(admin.browser, '/api/v1/regions', { code, nameZh: '某地', nameEn: 'Somewhere' });
    expectFieldError(res, status, errorCode, '/code');
    expect(await countRows('regions')).toBe(before);
  });

  it('a county whose city is not registered yet is refused with region_parent_missing', async () => {
    await registerRegions('330000');
    const res = await post(admin.browser, '/api/v1/regions', { code: '339902', nameZh: '东湖区', nameEn: 'Donghu District' });
    expectFieldError(res, 422, 'directory.region_parent_missing', '/code');
    expect(res.json().error.message.en).toContain('339900'); // says which parent to register first
    expect((await anonymous('GET', '/api/v1/regions/339902')).statusCode).toBe(404);
    expect(await audited('region.created')).toHaveLength(1); // only the province from the setup
  });

  it('two operators registering the same code at once: one gets 201, the other 409', async () => {
    await registerRegions('330000');
    const body = { code: '339900', nameZh: '示范市', nameEn: 'Demo City' };
    const results = await Promise.all([post(admin.browser, '/api/v1/regions', body), post(admin.browser, '/api/v1/regions', body)]);
    expect(results.map((r) => r.statusCode).sort(), results.map((r) => r.body).join('\n')).toEqual([201, 409]);
    expect(await audited('region.created')).toHaveLength(2);
  });

  it('registering the same code twice is a 409 and keeps the first name', async () => {
    await registerRegions('330000');
    const res = await post(admin.browser, '/api/v1/regions', { code: '330000', nameZh: '另一个省', nameEn: 'Another province' });
    expectFieldError(res, 409, 'directory.region_exists', '/code');
    expect((await anonymous('GET', '/api/v1/regions/330000')).json().name.zh).toBe('地区330000');
    expect(await countRows('regions')).toBe(1);
  });

  it('only operators register regions: a department admin gets 403, an anonymous caller 401', async () => {
    await registerRegions('330000', '339900');
    const department = await makeDepartment('339900');
    const depAdmin = await makeStaff(t, [{ role: 'department_admin', departmentId: department.id }]);
    const browser = await signInBrowser(t, depAdmin.account.username!);
    const body = { code: '339902', nameZh: '东湖区', nameEn: 'Donghu District' };
    expect((await post(browser, '/api/v1/regions', body)).json().error.code).toBe('platform.forbidden');
    expect((await anonymous('POST', '/api/v1/regions', body)).statusCode).toBe(401);
    expect(await countRows('regions')).toBe(2);
  });
});

describe('departments', () => {
  beforeEach(() => registerRegions('330000', '339900', '339902', '330100'));

  it('a credit code with a wrong check character is refused at /creditCode and nothing is written', async () => {
    const departmentsBefore = await countRows('departments');
    const auditBefore = await countRows('audit_log');
    const body = departmentInput('339900');
    const res = await post(admin.browser, '/api/v1/departments', { ...body, creditCode: withWrongCheckChar(body.creditCode) });
    expectFieldError(res, 422, 'directory.credit_code_invalid', '/creditCode');
    expect(res.json().error.message.en).toMatch(/check character/);
    expect(await countRows('departments')).toBe(departmentsBefore);
    expect(await countRows('audit_log')).toBe(auditBefore);
  });

  it('an operator creates a department with a valid credit code; it is audited and anyone can read it', async () => {
    const body = { ...departmentInput('339900'), phone: '0571-88000001', address: '示范市市民大道 1 号' };
    const res = await post(admin.browser, '/api/v1/departments', body);
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ code: 'gaj', kind: 'public_security', regionCode: '339900', creditCode: body.creditCode,
      name: { zh: body.nameZh, en: body.nameEn }, phone: '0571-88000001', address: '示范市市民大道 1 号' });

    expect((await anonymous('GET', `/api/v1/departments/${created.id}`)).json()).toEqual(created);
    const [entry] = await audited('department.created');
    expect(entry).toMatchObject({ actor: `account:${admin.id}`, subject_id: created.id, details: { code: 'gaj', regionCode: '339900' } });
  });

  it('lists are public and `within` keeps the departments whose region code starts with the region prefix', async () => {
    const city = await makeDepartment('339900');
    const district = await makeDepartment('339902');
    const otherCity = await makeDepartment('330100', { code: 'mzj', kind: 'civil_affairs' });
    const ids = async (query: string) => {
      const res = await anonymous('GET', `/api/v1/departments${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().map((d: { id: string }) => d.id);
    };
    expect(await ids('')).toHaveLength(3);
    expect(await ids('?within=339900')).toEqual([city.id, district.id]); // the city and the district inside it
    expect(await ids('?within=339902')).toEqual([district.id]);
    expect(await ids('?within=330000')).toEqual([otherCity.id, city.id, district.id]); // ordered by region code
    expect(await ids('?within=330100')).toEqual([otherCity.id]);
    expect(await ids('?kind=civil_affairs')).toEqual([otherCity.id]);
    expect((await anonymous('GET', '/api/v1/departments?within=3399')).statusCode).toBe(400);
  });

  it('a second department with the same credit code, or the same code in the same region, is a 409', async () => {
    const first = await makeDepartment('339900');
    const sameCredit = await post(admin.browser, '/api/v1/departments', departmentInput('339902', { creditCode: first.creditCode }));
    expectFieldError(sameCredit, 409, 'directory.department_exists', '/creditCode');
    const sameCode = await post(admin.browser, '/api/v1/departments', departmentInput('339900', { code: first.code }));
    expectFieldError(sameCode, 409, 'directory.department_exists', '/code');
    const sameCodeElsewhere = await post(admin.browser, '/api/v1/departments', departmentInput('339902', { code: first.code }));
    expect(sameCodeElsewhere.statusCode).toBe(201); // the code is unique within a region only
    expect(await countRows('departments')).toBe(2);
  });

  it('two operators creating the same department at once: one gets 201, the other 409 (never a 500)', async () => {
    const body = departmentInput('339900');
    for (let round = 0; round < 3; round++) {
      const same = round === 0 ? body : departmentInput('339900', { code: `d${round}` });
      const results = await Promise.all([post(admin.browser, '/api/v1/departments', same), post(admin.browser, '/api/v1/departments', same)]);
      expect(results.map((r) => r.statusCode).sort(), results.map((r) => r.body).join('\n')).toEqual([201, 409]);
      expect(results.find((r) => r.statusCode === 409)!.json().error.code).toBe('directory.department_exists');
    }
    expect(await countRows('departments')).toBe(3);
    expect(await audited('department.created')).toHaveLength(3);
  });

  it('a department in a region that is not registered is refused at /regionCode', async () => {
    const res = await post(admin.browser, '/api/v1/departments', departmentInput('339903'));
    expectFieldError(res, 422, 'directory.region_unknown', '/regionCode');
    expect(await countRows('departments')).toBe(0);
  });

  it('a department admin may change their own department\'s phone; another department\'s is refused and unchanged', async () => {
    const own = await makeDepartment('339900', { phone: '0571-88000001' });
    const other = await makeDepartment('339902', { phone: '0571-88000002' });
    const depAdmin = await makeStaff(t, [{ role: 'department_admin', departmentId: own.id }]);
    const browser = await signInBrowser(t, depAdmin.account.username!);

    const res = await browser.request({ method: 'PATCH', url: `/api/v1/departments/${own.id}`, payload: { phone: '0571-87654321' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ ...own, phone: '0571-87654321' });
    const [entry] = await audited('department.updated');
    expect(entry).toMatchObject({ actor: `account:${depAdmin.account.id}`, subject_id: own.id, details: { fields: ['phone'] } });

    // Another department is public, so there is nothing to hide: a plain refusal (the house rule for readable objects).
    const refused = await browser.request({ method: 'PATCH', url: `/api/v1/departments/${other.id}`, payload: { phone: '0571-00000000' } });
    expect(refused.statusCode).toBe(403);
    const missing = await browser.request({ method: 'PATCH', url: '/api/v1/departments/00000000-0000-4000-8000-000000000000', payload: { phone: '0571-00000000' } });
    expect(missing.statusCode).toBe(404);
    expect((await anonymous('GET', `/api/v1/departments/${other.id}`)).json().phone).toBe('0571-88000002');
    expect(await audited('department.updated')).toHaveLength(1);
  });

  it('an operator may edit any department, and clear its phone', async () => {
    const department = await makeDepartment('339902', { phone: '0571-88000002' });
    const res = await admin.browser.request({ method: 'PATCH', url: `/api/v1/departments/${department.id}`, payload: { phone: null, nameEn: 'Renamed Bureau' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ phone: null, name: { zh: department.name.zh, en: 'Renamed Bureau' } });
  });

  it('only operators create departments: a citizen gets 403, a department admin 403, an anonymous caller 401', async () => {
    const own = await makeDepartment('339900');
    const citizen = await makeCitizen(t);
    const citizenBrowser = await signInBrowser(t, citizen.idNumber);
    const depAdmin = await makeStaff(t, [{ role: 'department_admin', departmentId: own.id }]);
    const depAdminBrowser = await signInBrowser(t, depAdmin.account.username!);
    const before = await countRows('departments');

    const byCitizen = await post(citizenBrowser, '/api/v1/departments', departmentInput('339900', { code: 'mzj' }));
    expect(byCitizen.statusCode).toBe(403);
    expect(byCitizen.json().error.code).toBe('platform.forbidden');
    expect((await post(depAdminBrowser, '/api/v1/departments', departmentInput('339900', { code: 'mzj' }))).statusCode).toBe(403);
    const byAnonymous = await anonymous('POST', '/api/v1/departments', departmentInput('339900', { code: 'mzj' }));
    expect(byAnonymous.statusCode).toBe(401);
    expect(byAnonymous.json().error.code).toBe('platform.unauthenticated');
    const patchByCitizen = await citizenBrowser.request({ method: 'PATCH', url: `/api/v1/departments/${own.id}`, payload: { phone: '110' } });
    expect(patchByCitizen.statusCode).toBe(403);
    expect(await countRows('departments')).toBe(before);
  });
});

describe('service halls (政务服务大厅) and windows', () => {
  const hallBody = { nameZh: '示范市民中心', nameEn: 'Demo City Citizen Service Centre', regionCode: '339900',
    address: '示范市东湖区市民大道 1 号', openingHours: '工作日 9:00–17:00 Working days 9:00–17:00' };
  let gaj: DepartmentView;
  let mzj: DepartmentView;
  beforeEach(async () => {
    await registerRegions('330000', '339900', '339902');
    gaj = await makeDepartment('339900');
    mzj = await makeDepartment('339900', { code: 'mzj', kind: 'civil_affairs' });
  });

  const createHall = async (body: object = hallBody) => {
    const res = await post(admin.browser, '/api/v1/halls', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string };
  };

  it('an operator opens a hall with windows, a comprehensive one (综合窗口) serving two departments; the public can list them', async () => {
    const hall = await createHall();
    const a02 = await post(admin.browser, `/api/v1/halls/${hall.id}/windows`, { number: 'A02', nameZh: '户政业务窗口', nameEn: 'Household registration', departmentIds: [gaj.id] });
    const a01 = await post(admin.browser, `/api/v1/halls/${hall.id}/windows`, { number: 'A01', nameZh: '综合受理窗口', nameEn: 'General reception', departmentIds: [gaj.id, mzj.id] });
    expect([a01.statusCode, a02.statusCode]).toEqual([201, 201]);
    expect(a01.json()).toMatchObject({ hallId: hall.id, number: 'A01', departmentIds: [gaj.id, mzj.id] });

    const halls = await anonymous('GET', '/api/v1/halls?within=330000');
    expect(halls.json()).toEqual([{ id: hall.id, name: { zh: hallBody.nameZh, en: hallBody.nameEn }, regionCode: '339900', address: hallBody.address, openingHours: hallBody.openingHours,
      hours: { opens: '09:00', closes: '17:00' } }]);
    expect((await anonymous('GET', '/api/v1/halls?within=339902')).json()).toEqual([]);
    const windows = await anonymous('GET', `/api/v1/halls/${hall.id}/windows`);
    expect(windows.json().map((w: { number: string }) => w.number)).toEqual(['A01', 'A02']);

    expect((await audited('hall.created')).map((e) => e.subject_id)).toEqual([hall.id]);
    expect((await audited('window.created')).map((e) => e.details.number)).toEqual(['A02', 'A01']);
  });

  it('a window naming a department that does not exist is refused at that entry of departmentIds', async () => {
    const hall = await createHall();
    const unknown = '00000000-0000-4000-8000-000000000000';
    const first = await post(admin.browser, `/api/v1/halls/${hall.id}/windows`, { number: 'A01', nameZh: '窗口', nameEn: 'Window', departmentIds: [unknown] });
    expectFieldError(first, 422, 'directory.department_unknown', '/departmentIds/0');
    const second = await post(admin.browser, `/api/v1/halls/${hall.id}/windows`, { number: 'A01', nameZh: '窗口', nameEn: 'Window', departmentIds: [gaj.id, unknown] });
    expectFieldError(second, 422, 'directory.department_unknown', '/departmentIds/1');
    expect(await countRows('windows')).toBe(0);
  });

  it('a second window with the same number in the same hall is a 409; another hall may reuse the number', async () => {
    const hall = await createHall();
    const other = await createHall({ ...hallBody, nameZh: '东湖区政务服务中心', regionCode: '339902' });
    const window = { number: 'A01', nameZh: '综合受理窗口', nameEn: 'General reception', departmentIds: [gaj.id] };
    expect((await post(admin.browser, `/api/v1/halls/${hall.id}/windows`, window)).statusCode).toBe(201);
    const again = await post(admin.browser, `/api/v1/halls/${hall.id}/windows`, { ...window, nameZh: '另一个窗口' });
    expectFieldError(again, 409, 'directory.window_exists', '/number');
    expect((await post(admin.browser, `/api/v1/halls/${other.id}/windows`, window)).statusCode).toBe(201);
    expect(await countRows('windows')).toBe(2);
    expect(await audited('window.created')).toHaveLength(2);
  });

  it('a window in a hall that does not exist is a 404, and a hall in an unregistered region a 422', async () => {
    const res = await post(admin.browser, '/api/v1/halls/00000000-0000-4000-8000-000000000000/windows',
      { number: 'A01', nameZh: '窗口', nameEn: 'Window', departmentIds: [gaj.id] });
    expect(res.statusCode).toBe(404);
    expectFieldError(await post(admin.browser, '/api/v1/halls', { ...hallBody, regionCode: '339903' }), 422, 'directory.region_unknown', '/regionCode');
    expect(await countRows('halls')).toBe(0);
  });
});

describe('request bodies', () => {
  it('a field the API does not know is refused with 400 naming it, and nothing is written', async () => {
    await registerRegions('330000', '339900');
    const department = await makeDepartment('339900');
    const before = { regions: await countRows('regions'), departments: await countRows('departments'), halls: await countRows('halls') };
    const cases = [
      { method: 'POST' as const, url: '/api/v1/regions', payload: { code: '339902', nameZh: '东湖区', nameEn: 'Donghu District', extra: 1 } },
      { method: 'POST' as const, url: '/api/v1/departments', payload: { ...departmentInput('339900', { code: 'mzj' }), extra: 'x' } },
      { method: 'PATCH' as const, url: `/api/v1/departments/${department.id}`, payload: { phone: '0571-1', extra: true } },
      { method: 'POST' as const, url: '/api/v1/halls', payload: { nameZh: '大厅', nameEn: 'Hall', regionCode: '339900', address: '某路 1 号', openingHours: '9:00–17:00', extra: null } },
    ];
    for (const c of cases) {
      const res = await admin.browser.request(c);
      expectFieldError(res, 400, 'platform.invalid_request', '/extra');
      expect(res.json().error.details[0].code).toBe('platform.invalid_additional_properties');
    }
    // Fields the client may not set are refused the same way, not silently dropped.
    const withId = await admin.browser.request({ method: 'PATCH', url: `/api/v1/departments/${department.id}`, payload: { creditCode: department.creditCode } });
    expectFieldError(withId, 400, 'platform.invalid_request', '/creditCode');
    expect({ regions: await countRows('regions'), departments: await countRows('departments'), halls: await countRows('halls') }).toEqual(before);
    expect((await anonymous('GET', `/api/v1/departments/${department.id}`)).json()).toEqual(department);
  });

  it('an empty PATCH is a 400, not a silent update', async () => {
    await registerRegions('330000', '339900');
    const department = await makeDepartment('339900');
    const res = await admin.browser.request({ method: 'PATCH', url: `/api/v1/departments/${department.id}`, payload: {} });
    expect(res.statusCode).toBe(400);
    expect(await audited('department.updated')).toEqual([]);
  });
});
