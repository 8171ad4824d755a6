// 实名核验 online (level 2): the name and number a person registered with, checked against the household register
// through the data exchange, at their own request; a disagreement sends them to a window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo, seedDemoCatalog } from '../../demo/seed.js';
import { publishRecord } from '../exchange/index.js';
import { makeIdNumber, PASSWORD, signInBrowser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { SIGNIN_RATE_LIMIT: '10000' } });
  await seedDemo(t.system);
  await seedDemoCatalog(t.system);
});
afterAll(() => t.close());

const household = (name: string) => ({ name, sex: 'male', ethnicity: '汉族', birthDate: '1995-01-01', householdNumber: '339902-000999', householdType: 'family',
  relationToHead: '户主', headOfHousehold: name, address: '示范市东湖区湖滨路 1 号', registeredOn: '2015-01-01' });

async function register(name: string, idNumber: string) {
  const res = await t.tongban.http.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { name, idNumber, password: PASSWORD } });
  expect(res.statusCode).toBe(202);
  return signInBrowser(t, idNumber);
}

describe('POST /api/v1/me/real-name-check', () => {
  it('raises a registered person to level 2 when the register agrees (names compared without spaces), once', async () => {
    const idNumber = makeIdNumber('19950101');
    await publishRecord(t.system, 'police.household-registration', { subject: { idNumber }, data: household('赵 六') });
    const b = await register('赵六', idNumber);
    expect((await b.request({ method: 'GET', url: '/api/v1/me' })).json().person.realNameLevel).toBe(1);
    const res = await b.request({ method: 'POST', url: '/api/v1/me/real-name-check' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ realNameLevel: 2, realNameMethod: 'source:police.household-registration' });
    expect(res.json().idNumber).toBeUndefined(); // masked, as on every profile
    expect((await b.request({ method: 'GET', url: '/api/v1/me' })).json().person.realNameLevel).toBe(2);
    const again = await b.request({ method: 'POST', url: '/api/v1/me/real-name-check' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('identity.already_checked');
  });

  it('leaves the level alone and points to a window when the register has another name or no record', async () => {
    const idNumber = makeIdNumber('19950102');
    await publishRecord(t.system, 'police.household-registration', { subject: { idNumber }, data: household('钱七') });
    for (const b of [await register('孙八', idNumber), await register('周九', makeIdNumber('19950103'))]) {
      const res = await b.request({ method: 'POST', url: '/api/v1/me/real-name-check' });
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'identity.registry_check_failed', message: { zh: expect.stringContaining('窗口'), en: expect.stringContaining('window') } });
      expect((await b.request({ method: 'GET', url: '/api/v1/me' })).json().person.realNameLevel).toBe(1);
    }
  });
});
