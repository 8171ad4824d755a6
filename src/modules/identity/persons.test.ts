// Persons: registration with a checked ID number, encryption at rest, masking, purpose-bound reads by staff
// that land in the person's own data-access log (法无授权不可为), and bad input that changes nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db.js';
import { findDepartment } from '../directory/index.js';
import { grantDelegation, revokeDelegation } from './index.js';
import type { DelegationScope } from './policy.js';
import { isDenial } from '../../test/matrix.js';
import { seedDemo } from '../../demo/seed.js';
import { makeCitizen, makeIdNumber, makeStaff, signInBrowser, PASSWORD, type Browser, type TestCitizen } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let citizen: TestCitizen;
let me: Browser;
let clerk: Browser;
let cityReviewer: Browser;
let farReviewer: Browser;

const count = (table: string) => t.count(table);

beforeAll(async () => {
  t = await startTestApp();
  await seedDemo(t.system);
  const gaj = (await findDepartment(t.system, '339900', 'gaj'))!;
  const sjj = (await findDepartment(t.system, '339900', 'sjj'))!;
  citizen = await makeCitizen(t, { name: '陈静' }); // household in 339902, inside the demo city
  await makeStaff(t, [{ role: 'window_clerk', departmentId: sjj.id }], 'clerk2');
  await makeStaff(t, [{ role: 'reviewer', departmentId: gaj.id }], 'reviewer2');
  const farAway = await t.tongban.http.inject({ method: 'GET', url: '/api/v1/departments?within=339903' });
  const xishan = (farAway.json() as { id: string; code: string }[]).find((d) => d.code === 'gaj')!;
  await makeStaff(t, [{ role: 'reviewer', departmentId: xishan.id }], 'reviewer3');
  [me, clerk, cityReviewer, farReviewer] = await Promise.all([
    signInBrowser(t, citizen.idNumber), signInBrowser(t, 'clerk2'), signInBrowser(t, 'reviewer2'), signInBrowser(t, 'reviewer3')]);
});
afterAll(() => t.close());

describe('registration', () => {
  const register = (payload: Record<string, unknown>) => t.tongban.http.inject({ method: 'POST', url: '/api/v1/auth/register', payload });

  it('registers a new ID number at real-name level 1: the person signs in and sees it masked', async () => {
    const idNumber = makeIdNumber('19850612');
    const res = await register({ name: '刘洋', idNumber, password: PASSWORD, phone: '13912345678' });
    expect(res.statusCode).toBe(202);
    expect(res.body).not.toContain(idNumber);
    const person = (await (await signInBrowser(t, idNumber)).request({ method: 'GET', url: '/api/v1/me' })).json().person;
    expect(person).toMatchObject({ name: '刘洋', idNumberMasked: `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`,
      birthDate: '1985-06-12', phoneMasked: '139****5678', realNameLevel: 1, realNameMethod: 'self_declared' });
  });

  it('refuses a wrong check character, naming the field in Chinese and English, and stores nothing', async () => {
    const valid = makeIdNumber();
    const wrong = valid.slice(0, 17) + (valid[17] === '1' ? '2' : '1');
    const before = await count('persons');
    const res = await register({ name: '刘洋', idNumber: wrong, password: PASSWORD });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'identity.id_number_invalid', field: '/idNumber',
      message: { zh: '公民身份号码校验位不正确', en: 'The ID number check character is wrong' } });
    expect(await count('persons')).toBe(before);
  });

  it('answers alike for a new, a taken, a mismatched and a walk-in\'s ID number, and never joins anyone to an existing person', async () => {
    const walkInId = makeIdNumber('19520303');
    const walkIn = (await clerk.request({ method: 'POST', url: '/api/v1/persons', payload: { name: '吴奶奶', idNumber: walkInId } })).json();
    const accountsBefore = await count('accounts');
    const answers = [
      await register({ name: '新来的', idNumber: makeIdNumber('19910101'), password: PASSWORD }), // new: registered
      await register({ name: '陈静', idNumber: citizen.idNumber, password: 'attacker-pass-1' }), // taken, right name
      await register({ name: '别人', idNumber: citizen.idNumber, password: 'attacker-pass-1' }), // taken, wrong name
      await register({ name: '吴奶奶', idNumber: walkInId, password: 'attacker-pass-1' }), // on record at real-name level 3, no account
      await register({ name: '猜错了', idNumber: walkInId, password: 'attacker-pass-1' }),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([202, 202, 202, 202, 202]);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(await count('accounts')).toBe(accountsBefore + 1); // only the new ID number got an account
    // The stranger holds nothing: neither the walk-in's record nor the account holder's.
    for (const id of [walkInId, citizen.idNumber]) {
      const res = await t.tongban.http.inject({ method: 'POST', url: '/api/v1/auth/sign-in', remoteAddress: '10.9.9.9', payload: { identifier: id, password: 'attacker-pass-1' } });
      expect(res.statusCode).toBe(401);
    }
    expect((await clerk.request({ method: 'GET', url: `/api/v1/persons/${walkIn.id}?purpose=${encodeURIComponent('窗口核验')}` })).json()).toMatchObject({ name: '吴奶奶', realNameLevel: 3 });
  });

  it('the owner of an ID number hears that someone tried to register with it', async () => {
    await register({ name: '冒名者', idNumber: citizen.idNumber, password: 'attacker-pass-2' });
    await t.tongban.runner.runDue();
    const inbox = (await me.request({ method: 'GET', url: '/api/v1/inbox' })).json() as { template: string }[];
    expect(inbox.map((m) => m.template)).toContain('account.registration_attempted');
  });

  it('a person on record opens their account at a window, and only there', async () => {
    const idNumber = makeIdNumber('19600606');
    const walkIn = (await clerk.request({ method: 'POST', url: '/api/v1/persons', payload: { name: '郑伯伯', idNumber } })).json();
    const open = (b: Browser) => b.request({ method: 'POST', url: `/api/v1/persons/${walkIn.id}/account`, payload: { password: 'his-own-pass-9', purpose: '窗口开通账号' } });
    expect((await open(cityReviewer)).statusCode).toBe(403);
    expect((await open(me)).statusCode).toBe(403);
    const opened = await open(clerk);
    expect(opened.statusCode).toBe(201);
    expect(opened.json().person).toMatchObject({ realNameLevel: 3 });
    expect((await open(clerk)).json().error.code).toBe('identity.already_registered');
    const own = await signInBrowser(t, idNumber, 'his-own-pass-9');
    expect((await own.request({ method: 'GET', url: '/api/v1/me' })).json().person.id).toBe(walkIn.id);
  });

  it('refuses a weak password', async () => {
    const res = await register({ name: '刘洋', idNumber: makeIdNumber(), password: 'password' });
    expect(res.json().error).toMatchObject({ code: 'identity.password_weak', field: '/password' });
  });
});

describe('encryption at rest', () => {
  it('keeps the ID number and phone encrypted in the table, found through the blind index only', async () => {
    const rows = await queryRows<Record<string, unknown>>(t.tongban.platform.database.db, sql`SELECT * FROM persons`);
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(citizen.idNumber);
    expect(dump).not.toContain('13912345678');
    const res = await clerk.request({ method: 'GET', url: `/api/v1/persons?idNumber=${citizen.idNumber}&purpose=窗口受理`, csrf: false });
    expect(res.json().id).toBe(citizen.person.id);
  });
});

describe('reading someone else\'s personal data', () => {
  it('a citizen reads their own record without stating a purpose, and it is not logged as access by others', async () => {
    const before = (await me.request({ method: 'GET', url: '/api/v1/me/data-access' })).json();
    const res = await me.request({ method: 'GET', url: `/api/v1/persons/${citizen.person.id}?reveal=true` });
    expect(res.json().idNumber).toBe(citizen.idNumber);
    expect((await me.request({ method: 'GET', url: '/api/v1/me/data-access' })).json()).toEqual(before);
  });

  it('staff must state a purpose', async () => {
    const res = await cityReviewer.request({ method: 'GET', url: `/api/v1/persons/${citizen.person.id}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'identity.purpose_required', message: { zh: expect.stringContaining('用途') } });
  });

  it('a reviewer of the person\'s city reads a masked record, and the person sees who, when and why', async () => {
    t.clock.set('2026-03-02T09:15:00+08:00'); // within the sessions' idle time
    const res = await cityReviewer.request({ method: 'GET', url: `/api/v1/persons/${citizen.person.id}?purpose=${encodeURIComponent('办件 SB-2026-000123 户籍核查')}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().idNumber).toBeUndefined();
    const log = (await me.request({ method: 'GET', url: '/api/v1/me/data-access' })).json();
    expect(log[0]).toMatchObject({ at: '2026-03-02T01:15:00.000Z', action: 'personal_data.read', purpose: '办件 SB-2026-000123 户籍核查',
      actor: expect.stringMatching(/^account:/) });
  });

  it('a reviewer of another district learns nothing: not found', async () => {
    const res = await farReviewer.request({ method: 'GET', url: `/api/v1/persons/${citizen.person.id}?purpose=curious` });
    expect(res.statusCode).toBe(404);
    expect((await farReviewer.request({ method: 'GET', url: `/api/v1/persons?idNumber=${citizen.idNumber}&purpose=curious` })).statusCode).toBe(404);
  });

  it('only a window clerk may see the full ID number, and the unmasking is logged separately', async () => {
    expect((await cityReviewer.request({ method: 'GET', url: `/api/v1/persons/${citizen.person.id}?purpose=check&reveal=true` })).statusCode).toBe(403);
    const res = await clerk.request({ method: 'GET', url: `/api/v1/persons/${citizen.person.id}?purpose=${encodeURIComponent('窗口核验身份证')}&reveal=true` });
    expect(res.json().idNumber).toBe(citizen.idNumber);
    const log = (await me.request({ method: 'GET', url: '/api/v1/me/data-access' })).json() as { action: string; purpose: string }[];
    expect(log.slice(0, 2).map((e) => e.action).sort()).toEqual(['personal_data.read', 'personal_data.unmasked']);
  });

  it('another citizen cannot read the record at all', async () => {
    const other = await makeCitizen(t);
    const browser = await signInBrowser(t, other.idNumber);
    expect((await browser.request({ method: 'GET', url: `/api/v1/persons/${citizen.person.id}?purpose=x1` })).statusCode).toBe(404);
  });

  it('a data-access log is only ever one\'s own', async () => {
    expect((await clerk.request({ method: 'GET', url: '/api/v1/me/data-access' })).statusCode).toBe(403);
  });
});

describe('a delegate reads the principal\'s profile only with profile.read (issue 13 item 7)', () => {
  it('applications.read is not enough; profile.read is', async () => {
    const principal = await makeCitizen(t, { name: '委托人' });
    const helper = await makeCitizen(t, { name: '帮办人' });
    const grant = (scopes: DelegationScope[]) => grantDelegation(t.ctxFor(principal.actor), { agentIdNumber: helper.idNumber, agentName: '帮办人', scopes, validUntil: '2026-12-31T00:00:00Z' });
    const browser = await signInBrowser(t, helper.idNumber);
    const read = () => browser.request({ method: 'GET', url: `/api/v1/persons/${principal.person.id}?purpose=${encodeURIComponent("代办")}`, headers: { 'x-acting-for': `person:${principal.person.id}` } });
    const narrow = await grant(['applications.read']);
    expect(isDenial((await read()).statusCode)).toBe(true);
    await revokeDelegation(t.ctxFor(principal.actor), narrow.id);
    await grant(['profile.read']);
    expect((await read()).json()).toMatchObject({ id: principal.person.id, name: '委托人' });
  });
});

describe('at the window', () => {
  it('a clerk registers a walk-in at real-name level 3 and raises a self-registered person to level 3', async () => {
    const idNumber = makeIdNumber('19550101');
    const walkIn = await clerk.request({ method: 'POST', url: '/api/v1/persons', payload: { name: '周大爷', idNumber } });
    expect(walkIn.statusCode).toBe(201);
    expect(walkIn.json()).toMatchObject({ realNameLevel: 3, realNameMethod: 'window' });
    const verified = await clerk.request({ method: 'POST', url: `/api/v1/persons/${citizen.person.id}/real-name-verification`, payload: { purpose: '窗口实名核验' } });
    expect(verified.json().realNameLevel).toBe(3);
    expect((await clerk.request({ method: 'POST', url: `/api/v1/persons/${citizen.person.id}/real-name-verification`, payload: { purpose: '窗口实名核验' } })).statusCode).toBe(409);
  });

  it('a reviewer may not register walk-ins', async () => {
    expect((await cityReviewer.request({ method: 'POST', url: '/api/v1/persons', payload: { name: '某人', idNumber: makeIdNumber() } })).statusCode).toBe(403);
  });
});

describe('bad input', () => {
  const post = (payload: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    clerk.request({ method: 'POST', url: '/api/v1/persons', payload, headers });

  it('each mistake gets a 4xx naming the problem, and nothing is stored', async () => {
    const before = await count('persons');
    const cases: [string, number, string, string?][] = [
      ['{"name": "张', 400, 'platform.malformed_json'],
      [JSON.stringify({ name: '张三', idNumber: makeIdNumber(), extra: 1 }), 400, 'platform.invalid_request', '/extra'],
      [JSON.stringify({ name: 42, idNumber: makeIdNumber() }), 400, 'platform.invalid_request', '/name'],
      [JSON.stringify({ name: '张三' }), 400, 'platform.invalid_request', '/idNumber'],
      [JSON.stringify({ name: '张三', idNumber: '110105194912310021' }), 422, 'identity.id_number_invalid', '/idNumber'],
      [JSON.stringify({ name: '张三', idNumber: makeIdNumber(), filler: 'x'.repeat(2_000_000) }), 413, 'platform.body_too_large'],
    ];
    for (const [payload, status, code, field] of cases) {
      const res = await post(payload);
      expect(res.statusCode, payload.slice(0, 60)).toBe(status);
      const error = res.json().error;
      expect(error.code).toBe(code);
      expect(error.message.zh.length).toBeGreaterThan(0);
      expect(error.message.en.length).toBeGreaterThan(0);
      if (field) expect(error.field).toBe(field);
    }
    expect((await post('name=x', { 'content-type': 'application/x-www-form-urlencoded' })).statusCode).toBe(415);
    expect(await count('persons')).toBe(before);
  });

  it('a malformed record id is a 400 naming the parameter, not a 500', async () => {
    const res = await clerk.request({ method: 'GET', url: '/api/v1/persons/not-a-uuid?purpose=x1' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('params:/id');
  });
});

describe('logs', () => {
  it('never contain an ID number, whether it came in a body, a query string or an error', async () => {
    const idNumber = makeIdNumber('19770707');
    await clerk.request({ method: 'POST', url: '/api/v1/persons', payload: { name: '日志测试', idNumber, phone: '13711112222' } });
    await clerk.request({ method: 'GET', url: `/api/v1/persons?idNumber=${idNumber}&purpose=check` });
    await clerk.request({ method: 'GET', url: `/api/v1/persons?idNumber=${idNumber.slice(0, 17)}0&purpose=check` });
    const logs = t.logs.join('');
    expect(logs).toContain('/api/v1/persons?idNumber=');
    expect(logs).not.toContain(idNumber);
    expect(logs).not.toContain(idNumber.slice(0, 17));
    expect(logs).not.toContain('13711112222');
  });
});
