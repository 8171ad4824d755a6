// What a filing is checked for before it becomes a case, over HTTP with the shipped catalog: identifiers with their
// check characters, an address when the result is to be posted (邮寄), dates as people write them, and the item's
// eligibility conditions (申请条件) with the reason shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo, seedDemoCatalog } from '../../demo/seed.js';
import { idCheckChar } from '../../platform/identifiers.js';
import { makeCitizen, makeIdNumber, signInBrowser, type Browser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let citizen: Browser;

beforeAll(async () => {
  t = await startTestApp({ now: '2026-12-05T10:00:00+08:00', env: { SIGNIN_RATE_LIMIT: '10000' } });
  await seedDemo(t.system);
  await seedDemoCatalog(t.system);
  const person = await makeCitizen(t, { name: '林晓', birth: '19900101' });
  citizen = await signInBrowser(t, person.idNumber);
});
afterAll(() => t.close());

const submit = async (b: Browser, itemCode: string, formData: Record<string, unknown>) => {
  const res = await b.request({ method: 'POST', url: '/api/v1/applications', payload: { itemCode, formData } });
  // An error answers { error: { code, field, message, details } }; a case answers the case.
  return { statusCode: res.statusCode, json: <T>() => { const body = res.json<Record<string, unknown>>(); return (body.error ?? body) as T; } };
};

interface ErrorBody { code: string; field?: string; message: { zh: string; en: string }; details?: { field: string; message: { zh: string; en: string } }[] }
const fieldsOf = (body: ErrorBody) => (body.details ?? []).map((d) => d.field);

/** A valid ID number with its last character changed to a wrong one. */
function wrongCheck(id: string): string {
  const right = idCheckChar(id.slice(0, 17));
  return id.slice(0, 17) + (right === '1' ? '2' : '1');
}

const marriage = (partnerId: string) => ({
  applicant: { maritalStatus: 'never-married', phone: '13800138000' },
  partner: { name: '周伟', idNumber: partnerId, maritalStatus: 'never-married' },
  appointment: { registry: '示范市婚姻登记处', date: '2026年12月18日' },
});

describe('identifiers are checked with their check character', () => {
  it('refuses a partner\'s ID number whose check character is wrong, naming the field and the reason', async () => {
    const good = makeIdNumber('19920315');
    const res = await submit(citizen, 'marriage-registration', marriage(wrongCheck(good)));
    expect(res.statusCode).toBe(422);
    const body = res.json<ErrorBody>();
    expect(body.code).toBe('cases.form_invalid');
    const detail = body.details!.find((d) => d.field === '/formData/partner/idNumber');
    expect(detail?.message.zh).toContain('校验位');
    expect(detail?.message.en).toContain('check character');
  });

  it('does not refuse the same number with the right check character', async () => {
    const res = await submit(citizen, 'marriage-registration', marriage(makeIdNumber('19920315')));
    expect(fieldsOf(res.json<ErrorBody>())).not.toContain('/formData/partner/idNumber');
  });

  it('takes a lowercase x as the check character X', async () => {
    let id = makeIdNumber('19920315');
    while (!id.endsWith('X')) id = makeIdNumber('19920315');
    const res = await submit(citizen, 'marriage-registration', marriage(id.toLowerCase()));
    expect(fieldsOf(res.json<ErrorBody>())).not.toContain('/formData/partner/idNumber');
  });
});

describe('delivery by post (邮寄) needs an address', () => {
  it('refuses 邮寄 without a postal address, naming the address field', async () => {
    const res = await submit(citizen, 'id-card-renewal', { renewal: { reason: 'expired', delivery: 'post' } });
    expect(res.statusCode).toBe(422);
    expect(fieldsOf(res.json<ErrorBody>())).toContain('/formData/renewal/postalAddress');
  });

  it('does not ask for an address when the card is collected', async () => {
    const res = await submit(citizen, 'id-card-renewal', { renewal: { reason: 'expired', delivery: 'collect' } });
    expect(fieldsOf(res.json<ErrorBody>())).not.toContain('/formData/renewal/postalAddress');
  });
});

describe('dates as people write them', () => {
  for (const written of ['2026年11月28日', '2026/11/28', '2026.11.28', '2026-11-28']) {
    it(`accepts ${written} and keeps it as 2026-11-28`, async () => {
      const res = await submit(citizen, 'id-card-loss-replacement', { loss: { lostOn: written, delivery: 'collect' } });
      const body = res.json<ErrorBody & { id?: string }>();
      expect(fieldsOf(body)).not.toContain('/formData/loss/lostOn');
      if (res.statusCode === 201) {
        const view = (await citizen.request({ method: 'GET', url: `/api/v1/applications/${body.id!}` })).json<{ formData: { loss: { lostOn: string } } }>();
        expect(view.formData.loss.lostOn).toBe('2026-11-28');
      }
    });
  }

  it('refuses a date that does not exist', async () => {
    const res = await submit(citizen, 'id-card-loss-replacement', { loss: { lostOn: '2026年2月30日', delivery: 'collect' } });
    expect(res.statusCode).toBe(422);
    expect(fieldsOf(res.json<ErrorBody>())).toContain('/formData/loss/lostOn');
  });
});

describe('eligibility conditions (申请条件) are checked at filing', () => {
  it('refuses 高龄津贴 for a citizen of 78, with the condition as the reason', async () => {
    const elder = await makeCitizen(t, { name: '王奶奶', birth: '19480601' }); // 78 on 5 December 2026
    const b = await signInBrowser(t, elder.idNumber);
    const res = await submit(b, 'elderly-longevity-allowance', { payment: { method: 'social-security-card' } });
    expect(res.statusCode).toBe(422);
    const body = res.json<ErrorBody>();
    expect(body.code).toBe('cases.not_eligible');
    expect(body.field).toBe('/formData/elder/birthDate');
    expect(body.message.zh).toContain('年满 80 周岁');
    expect(body.message.en).toContain('80');
  });

  it('files 高龄津贴 for a citizen who turned 80 today', async () => {
    const elder = await makeCitizen(t, { name: '王爷爷', birth: '19461205' });
    const b = await signInBrowser(t, elder.idNumber);
    const res = await submit(b, 'elderly-longevity-allowance', { payment: { method: 'social-security-card' } });
    expect(res.json<ErrorBody>().code).not.toBe('cases.not_eligible');
    expect(res.statusCode).toBe(201);
  });

  it('refuses an age condition read from an ID number (the partner under the legal age)', async () => {
    const res = await submit(citizen, 'marriage-registration', marriage(makeIdNumber('20100101')));
    expect(res.statusCode).toBe(422);
    expect(res.json<ErrorBody>()).toMatchObject({ code: 'cases.not_eligible', field: '/formData/partner/idNumber' });
  });
});
