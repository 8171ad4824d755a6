// Personal data in cases (issue 13, items 4, 6 and 12): sensitive form fields are encrypted at rest and masked for
// staff, revealed only by a logged action; leaders read no cases; every read of someone's data lands in their
// data-access log; an enterprise's agent never fetches a person's records; absurdly deep form data is refused.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE } from '../../demo/seed.js';
import { createKeyring } from '../../platform/crypto.js';
import { queryRows } from '../../platform/db.js';
import { makeIdNumber, type Browser } from '../../test/factories.js';
import { TEST_SECRET_KEY } from '../../test/harness.js';
import { applicationForm, openForm, sealForm } from './sensitive.js';
import { startCasesWorld, type CasesWorld } from './test-world.js';

let w: CasesWorld;
beforeAll(async () => {
  w = await startCasesWorld();
});
afterAll(() => w?.t.close());

const PARTNER_ID = makeIdNumber('19910203');
const PHONE = '13912345678';
const BANK_ACCOUNT = '6222020200112233445';
const form = () => ({ partner: { name: '王芳', idNumber: PARTNER_ID, phone: PHONE }, payment: { bankAccount: BANK_ACCOUNT, bank: '示范银行' }, note: { text: '无' } });

async function fileAllowance(b: Browser = w.browsers.zhangsan, headers: Record<string, string> = {}) {
  const res = await b.request({ method: 'POST', url: '/api/v1/applications', payload: { itemCode: 'kin-allowance', formData: form() }, headers });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; number: string; formData: Record<string, Record<string, string>>; maskedFields: string[] };
}

type LogEntry = { action: string; purpose: string; fields: string[]; actor: string };
const accessLog = async (b: Browser) => (await b.request({ method: 'GET', url: '/api/v1/me/data-access?limit=200' })).json() as LogEntry[];

describe('sensitive form fields', () => {
  it('are stored encrypted: the row holds no ID number, phone or bank account in the clear', async () => {
    const app = await fileAllowance();
    const [row] = await queryRows<{ f: string }>(w.t.system.db, sql`SELECT form_data::text AS f FROM applications WHERE id = ${app.id}`);
    for (const secret of [DEMO_PEOPLE.zhangsan.idNumber, PARTNER_ID, PHONE, BANK_ACCOUNT]) expect(row!.f).not.toContain(secret);
    expect(row!.f).toContain('示范银行'); // what is not sensitive stays searchable by the database
  });

  it('show in full to the applicant and masked to the reviewer, who is told which fields are masked', async () => {
    const app = await fileAllowance();
    expect(app.formData.partner).toEqual({ name: '王芳', idNumber: PARTNER_ID, phone: PHONE });
    expect(app.maskedFields).toEqual([]);
    const seen = (await w.browsers.police.request({ method: 'GET', url: `/api/v1/applications/${app.id}` })).json();
    expect(seen.formData.partner).toEqual({ name: '王芳', idNumber: `${PARTNER_ID.slice(0, 6)}********${PARTNER_ID.slice(-4)}`, phone: '139****5678' });
    expect(seen.formData.payment).toEqual({ bankAccount: `${'*'.repeat(BANK_ACCOUNT.length - 4)}${BANK_ACCOUNT.slice(-4)}`, bank: '示范银行' });
    expect(seen.maskedFields).toEqual(['/applicant/idNumber', '/partner/idNumber', '/partner/phone', '/payment/bankAccount']);
    expect(JSON.stringify(seen)).not.toContain(PARTNER_ID);
  });

  it('a reviewer working the case reveals one field: it lands in the audit trail and the applicant\'s data-access log', async () => {
    const app = await fileAllowance();
    const res = await w.browsers.police.request({ method: 'POST', url: `/api/v1/applications/${app.id}/reveal`, payload: { field: '/partner/idNumber' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ field: '/partner/idNumber', value: PARTNER_ID });
    const unmasked = (await accessLog(w.browsers.zhangsan)).find((e) => e.action === 'personal_data.unmasked');
    expect(unmasked).toMatchObject({ fields: ['formData/partner/idNumber'], purpose: expect.stringContaining(app.number) });
    const audit = await queryRows<{ n: number }>(w.t.system.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'application.field_revealed' AND subject_id = ${app.id}`);
    expect(audit[0]!.n).toBe(1);
  });

  it('the region\'s window clerk may reveal; another department\'s reviewer, a department admin and a leader may not', async () => {
    const app = await fileAllowance();
    const reveal = (b: Browser) => b.request({ method: 'POST', url: `/api/v1/applications/${app.id}/reveal`, payload: { field: '/payment/bankAccount' } });
    expect((await reveal(w.browsers.clerk)).json()).toEqual({ field: '/payment/bankAccount', value: BANK_ACCOUNT });
    expect((await reveal(w.browsers.civil)).statusCode).toBe(404);
    expect((await reveal(w.browsers.policeAdmin)).statusCode).toBe(403);
    expect((await reveal(w.browsers.leader)).statusCode).toBe(403);
    const plain = await w.browsers.police.request({ method: 'POST', url: `/api/v1/applications/${app.id}/reveal`, payload: { field: '/payment/bank' } });
    expect(plain.json().error).toMatchObject({ code: 'cases.field_not_sensitive', field: '/field' });
    // The case tells each reader whether they may reveal, so the workbench shows the button only to them (issue 14).
    const canReveal = async (b: Browser) => ((await b.request({ method: 'GET', url: `/api/v1/applications/${app.id}` })).json() as { canReveal: boolean }).canReveal;
    expect([await canReveal(w.browsers.police), await canReveal(w.browsers.clerk), await canReveal(w.browsers.policeAdmin), await canReveal(w.browsers.zhangsan)])
      .toEqual([true, true, false, false]);
  });

  it('a sealed value copied into another case, or to another field, does not open', () => {
    const keyring = createKeyring(TEST_SECRET_KEY);
    const sealed = sealForm(keyring, applicationForm('a'), ['/partner/idNumber', '/other'], { partner: { idNumber: PARTNER_ID } });
    expect(openForm(keyring, applicationForm('a'), sealed).data).toEqual({ partner: { idNumber: PARTNER_ID } });
    expect(() => openForm(keyring, applicationForm('b'), sealed)).toThrow();
    expect(() => openForm(keyring, applicationForm('a'), { other: (sealed.partner as Record<string, unknown>).idNumber })).toThrow();
  });

  it('the son, acting for his mother with applications.read, sees her values; his read is in her data-access log', async () => {
    const acting = { 'x-acting-for': `person:${w.motherId}` };
    const app = await fileAllowance(w.browsers.zhangsan, acting);
    const seen = (await w.browsers.zhangsan.request({ method: 'GET', url: `/api/v1/applications/${app.id}`, headers: acting })).json();
    expect(seen.formData.partner.idNumber).toBe(PARTNER_ID);
    expect(seen.maskedFields).toEqual([]);
    expect((await accessLog(w.browsers.mother)).some((e) => e.purpose.includes('delegation') && e.purpose.includes(app.number))).toBe(true);
  });

  it('a clerk answering a 补正 at the window with the masked form keeps the stored values', async () => {
    const app = await fileAllowance();
    await w.browsers.police.request({ method: 'POST', url: `/api/v1/applications/${app.id}/supplement-requests`, payload: { items: [{ target: '/formData/note', reason: '请补充说明' }] } });
    const seen = (await w.browsers.clerk.request({ method: 'GET', url: `/api/v1/applications/${app.id}` })).json();
    const answered = await w.browsers.clerk.request({ method: 'POST', url: `/api/v1/applications/${app.id}/supplement`,
      payload: { formData: { ...seen.formData, note: { text: '已补充' } } } });
    expect(answered.statusCode, answered.body).toBe(200);
    const mine = (await w.browsers.zhangsan.request({ method: 'GET', url: `/api/v1/applications/${app.id}` })).json();
    expect(mine.formData).toMatchObject({ partner: { idNumber: PARTNER_ID, phone: PHONE }, payment: { bankAccount: BANK_ACCOUNT }, note: { text: '已补充' } });
  });

  it('a form field carrying the reserved key of sealed values is refused', async () => {
    const res = await w.browsers.zhangsan.request({ method: 'POST', url: '/api/v1/applications', payload: { itemCode: 'kin-allowance', formData: { note: { x: { $sealed: 'v1.AAAA' } } } } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('cases.form_reserved_key');
  });
});

describe('leaders', () => {
  it('read no case, nor its timeline, materials, reuse, instant checks or a bundle; their statistics still answer', async () => {
    const app = await fileAllowance();
    for (const url of [`/api/v1/applications/${app.id}`, `/api/v1/applications/${app.id}/timeline`, `/api/v1/applications/${app.id}/materials`,
      `/api/v1/applications/${app.id}/reuse`, `/api/v1/applications/${app.id}/instant-checks`]) {
      expect((await w.browsers.leader.request({ method: 'GET', url })).statusCode, url).toBe(404);
    }
    const bundle = (await w.browsers.wangfang.request({ method: 'POST', url: '/api/v1/bundle-applications', payload: {
      bundleCode: 'newborn', sharedData: { childName: '小宝', childBirthDate: '2026-02-01' }, forms: {} } })).json();
    expect((await w.browsers.leader.request({ method: 'GET', url: `/api/v1/bundle-applications/${bundle.id}` })).statusCode).toBe(404);
    expect((await w.browsers.leader.request({ method: 'GET', url: '/api/v1/statistics/cases' })).statusCode).toBe(200);
  });
});

describe('every read of a person\'s data lands in their data-access log', () => {
  it('a life-event bundle read by staff', async () => {
    const bundle = (await w.browsers.wangfang.request({ method: 'POST', url: '/api/v1/bundle-applications', payload: {
      bundleCode: 'newborn', sharedData: { childName: '小贝', childBirthDate: '2026-02-02' }, forms: {} } })).json();
    const before = (await accessLog(w.browsers.wangfang)).length;
    const seen = await w.browsers.police.request({ method: 'GET', url: `/api/v1/bundle-applications/${bundle.id}` });
    expect(seen.statusCode).toBe(200);
    const log = await accessLog(w.browsers.wangfang);
    expect(log.length).toBeGreaterThan(before);
    expect(log[0]!.purpose).toContain(seen.json().applications[0].number);
  });

  it('a fetched record read by a reviewer; a department admin may not read it', async () => {
    const draft = (await w.browsers.zhangsan.request({ method: 'POST', url: '/api/v1/applications/drafts', payload: { itemCode: 'kin-allowance', formData: form() } })).json();
    expect((await w.browsers.zhangsan.request({ method: 'POST', url: `/api/v1/applications/${draft.id}/materials/household-register/fetch` })).statusCode).toBe(200);
    expect((await w.browsers.zhangsan.request({ method: 'POST', url: `/api/v1/applications/${draft.id}/submit`, payload: {} })).statusCode).toBe(200);
    const before = (await accessLog(w.browsers.zhangsan)).length;
    const url = `/api/v1/applications/${draft.id}/materials/household-register/fetched`;
    expect((await w.browsers.police.request({ method: 'GET', url })).statusCode).toBe(200);
    const log = await accessLog(w.browsers.zhangsan);
    expect(log.length).toBe(before + 1);
    expect(log[0]).toMatchObject({ fields: ['exchange:police.household-registration'], purpose: expect.stringContaining('case review') });
    expect((await w.browsers.policeAdmin.request({ method: 'GET', url })).statusCode).toBe(403);
  });

  it('the queue shows a person\'s name masked, so scanning it logs nothing', async () => {
    const app = await fileAllowance();
    const before = (await accessLog(w.browsers.zhangsan)).length;
    const queue = (await w.browsers.police.request({ method: 'GET', url: '/api/v1/tasks?limit=500' })).json() as { application: { id: string; applicantName: string } }[];
    expect(queue.find((x) => x.application.id === app.id)?.application.applicantName).toBe('张*');
    expect((await accessLog(w.browsers.zhangsan)).length).toBe(before);
  });
});

describe('once-only fetches for an enterprise', () => {
  it('an agent\'s fetch never returns the legal representative\'s personal records, only the enterprise\'s', async () => {
    const acting = { 'x-acting-for': `enterprise:${w.enterpriseId}` };
    const draft = await w.browsers.lisi.request({ method: 'POST', url: '/api/v1/applications/drafts', payload: { itemCode: 'pharmacy-test' }, headers: acting });
    expect(draft.statusCode, draft.body).toBe(201);
    const id = draft.json().id as string;
    const personal = await w.browsers.lisi.request({ method: 'POST', url: `/api/v1/applications/${id}/materials/pharmacist/fetch`, headers: acting });
    expect(personal.statusCode, personal.body).toBe(403);
    expect(personal.json().error.code).toBe('cases.source_for_persons');
    expect(personal.body).not.toContain('M33990200123'); // 张三's social security card number
    expect((await accessLog(w.browsers.zhangsan)).some((e) => e.fields.includes('exchange:hrss.social-insurance'))).toBe(false);
    const business = await w.browsers.lisi.request({ method: 'POST', url: `/api/v1/applications/${id}/materials/business-license/fetch`, headers: acting });
    expect(business.statusCode, business.body).toBe(200);
    expect(business.json()).toMatchObject({ source: 'market.business-registration' });
  });

  it('is no purpose for a department asking the exchange directly for the legal representative\'s records', async () => {
    const acting = { 'x-acting-for': `enterprise:${w.enterpriseId}` };
    const draft = (await w.browsers.lisi.request({ method: 'POST', url: '/api/v1/applications/drafts', payload: { itemCode: 'pharmacy-test' }, headers: acting })).json();
    const legalRepresentative = (await w.browsers.zhangsan.request({ method: 'GET', url: '/api/v1/me' })).json().person.id as string;
    const res = await w.browsers.market.request({ method: 'POST', url: '/api/v1/exchange/queries', payload: {
      source: 'hrss.social-insurance', subject: { personId: legalRepresentative }, purpose: { applicationId: draft.id } } });
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().error.code).toBe('exchange.subject_not_applicant');
    expect(res.body).not.toContain('M33990200123');
  });
});

describe('form data nested too deep', () => {
  const deep = (levels: number) => `${'{"a":'.repeat(levels)}{}${'}'.repeat(levels)}`;
  const send = (method: 'POST' | 'PUT', url: string, body: string) =>
    w.browsers.zhangsan.request({ method, url, payload: body, headers: { 'content-type': 'application/json' } });
  const routes = async (levels: number) => {
    const draft = (await w.browsers.zhangsan.request({ method: 'POST', url: '/api/v1/applications/drafts', payload: { itemCode: 'kin-allowance' } })).json();
    return [
      ['POST', '/api/v1/applications', `{"itemCode":"kin-allowance","formData":{"note":${deep(levels)}}}`],
      ['POST', '/api/v1/applications/drafts', `{"itemCode":"kin-allowance","formData":{"note":${deep(levels)}}}`],
      ['PUT', `/api/v1/applications/${draft.id}/draft`, `{"formData":{"note":${deep(levels)}}}`],
      ['POST', '/api/v1/bundle-applications', `{"bundleCode":"newborn","sharedData":{},"forms":{"birth-registration":${deep(levels)}}}`],
    ] as const;
  };

  it('thousands of levels deep is refused at the edge with a named error, not a 500', async () => {
    for (const [method, url, body] of await routes(5000)) {
      const res = await send(method, url, body);
      expect(res.statusCode, `${method} ${url}: ${res.body.slice(0, 200)}`).toBe(400);
      expect(res.json().error.code).toBe('platform.body_too_deep');
    }
  });

  it('deeper than any form is refused by the form check, naming the field', async () => {
    for (const [method, url, body] of await routes(40)) {
      const res = await send(method, url, body);
      expect(res.statusCode, `${method} ${url}: ${res.body.slice(0, 200)}`).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'cases.form_too_deep', field: expect.stringMatching(/^\/(formData|forms)/) });
    }
  });
});
