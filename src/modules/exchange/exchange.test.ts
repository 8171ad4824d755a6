// 数据共享交换 end to end: the police publish household records, grant them for an item, and a reviewer fetches a
// citizen's record with his case as the purpose; the answer is signed by the police and verifies with their published
// keys; the citizen sees the read in his access log and downloads it. Queries without purpose or grant, for a closed
// case, about someone else, and with bad credentials are refused and leave nothing behind.
import { eq } from 'drizzle-orm';
import { compactVerify, createLocalJWKSet, decodeProtectedHeader, type JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CATALOG_DIR, DEMO_CITY, DEMO_ENTERPRISE, DEMO_PASSWORD, DEMO_PEOPLE, seedDemo, seedDemoCatalog } from '../../demo/seed.js';
import type { Ctx } from '../../platform/context.js';
import { importTestCatalog } from '../../test/catalog-fixture.js';
import { expectFieldError } from '../../test/expect.js';
import { makeCitizen, signInBrowser, type Browser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { applications } from '../cases/schema.js'; // tests only: the resolver the cases module registers in the product
import { readCatalogFolder } from '../catalog/index.js';
import { findDepartment } from '../directory/index.js';
import { enterpriseIdByCreditCode, personIdByIdNumber } from '../identity/index.js';
import { MANY_SUBJECTS, queryExchange, registerCasePurposeResolver } from './index.js';
import { exchangeClients, exchangeQueries, exchangeRecords } from './schema.js';

let t: TestApp;
let b: Record<'zhangsan' | 'lisi' | 'policeReviewer' | 'policeAdmin' | 'civilAdmin' | 'civilReviewer' | 'operator', Browser>;
const dept: Record<string, string> = {};
const person: Record<string, string> = {};
let enterpriseId: string;

const LIVE = ['draft', 'submitted', 'supplement_requested', 'in_review'];

/** What the cases module registers at startup: the case as a purpose, read from the real applications table. */
async function resolveCase(ctx: Ctx, applicationId: string) {
  const [row] = await ctx.db.select().from(applications).where(eq(applications.id, applicationId));
  return row ? { live: LIVE.includes(row.status), itemCode: row.itemCode, departmentId: row.departmentId, applicantPersonId: row.applicantPersonId,
    applicantEnterpriseId: row.applicantEnterpriseId } : null;
}

beforeAll(async () => {
  t = await startTestApp({ env: { SIGNIN_RATE_LIMIT: '10000', SESSION_IDLE_MINUTES: '1440' } });
  await seedDemo(t.system);
  await seedDemoCatalog(t.system); // with the demo sources, records and grants
  await importTestCatalog(t);
  registerCasePurposeResolver(resolveCase);
  for (const code of ['gaj', 'mzj', 'rsj', 'scjgj']) dept[code] = (await findDepartment(t.system, DEMO_CITY, code))!.id;
  for (const [key, p] of Object.entries(DEMO_PEOPLE)) person[key] = (await personIdByIdNumber(t.system, p.idNumber))!;
  enterpriseId = (await enterpriseIdByCreditCode(t.system, DEMO_ENTERPRISE.creditCode))!;
  b = {
    zhangsan: await signInBrowser(t, DEMO_PEOPLE.zhangsan.idNumber, DEMO_PASSWORD), lisi: await signInBrowser(t, DEMO_PEOPLE.lisi.idNumber, DEMO_PASSWORD),
    policeReviewer: await signInBrowser(t, 'reviewer.gaj', DEMO_PASSWORD), policeAdmin: await signInBrowser(t, 'admin.gaj', DEMO_PASSWORD),
    civilAdmin: await signInBrowser(t, 'admin.mzj', DEMO_PASSWORD), civilReviewer: await signInBrowser(t, 'reviewer.mzj', DEMO_PASSWORD),
    operator: await signInBrowser(t, 'admin', DEMO_PASSWORD),
  };
  // The police grant their own registry for the fixture item 出生登记 (birth-registration).
  const grant = await b.policeAdmin.request({ method: 'POST', url: '/api/v1/exchange/grants', payload: { source: 'police.household-registration',
    consumerDepartmentId: dept.gaj, itemCodes: ['birth-registration'], legalBasis: '中华人民共和国户口登记条例 第七条', validUntil: '2027-12-31T00:00:00Z' } });
  expect(grant.statusCode, grant.body).toBe(201);
});
afterAll(() => t.close());

type Bi = { zh: string; en: string };
interface DataAccess {
  purpose: string | null; reader: { kind: string; name: Bi; department: { id: string; name: Bi } | null; label: string }; data: { field: string; name: Bi }[];
  context: { queryId: string | null; source: { name: Bi } | null; consumerDepartment: { name: Bi } | null; client: { name: Bi } | null } | null;
}
/** What the page shows of an entry: names and the purpose, never the raw labels kept for the curious. */
const shown = (e: DataAccess) => JSON.stringify([e.purpose, e.reader.name, e.reader.department?.name, e.data.map((d) => d.name),
  e.context?.source?.name, e.context?.consumerDepartment?.name, e.context?.client?.name]);
const HIDDEN = /account:|client:|exchange:|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const query = (who: Browser, payload: Record<string, unknown>) => who.request({ method: 'POST', url: '/api/v1/exchange/queries', payload });
const answered = async () => (await t.count('exchange_queries')) - (await refusedCount());
const refusedCount = async () => (await t.tongban.platform.database.db.select().from(exchangeQueries).where(eq(exchangeQueries.outcome, 'refused'))).length;

async function birthRegistrationOf(who: Browser): Promise<string> {
  const res = await who.request({ method: 'POST', url: '/api/v1/applications', payload: { itemCode: 'birth-registration', formData: { child: { name: '张小明', birthDate: '2026-02-20' } } } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

async function verifyWithPublishedKeys(source: string, jws: string) {
  const jwks = (await t.tongban.http.inject({ method: 'GET', url: `/api/v1/exchange/sources/${source}/jwks` })).json<JSONWebKeySet>();
  const { payload } = await compactVerify(jws, createLocalJWKSet(jwks));
  return JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
}

describe('the catalogue of sources the demo city shares', () => {
  it('declares every source the demo catalog names, with its owner, legal basis and record schema', async () => {
    const sources = (await b.policeReviewer.request({ method: 'GET', url: '/api/v1/exchange/sources' })).json<{ code: string; ownerDepartmentId: string; legalBasis: string; schema: object }[]>();
    const named = new Set([...readCatalogFolder(DEMO_CATALOG_DIR).items.values()].flatMap(({ item }) => item.materials.map((m) => m.exchangeSource)).filter(Boolean));
    expect(named.size).toBeGreaterThanOrEqual(23);
    expect([...named].filter((code) => !sources.some((s) => s.code === code))).toEqual([]);
    const household = sources.find((s) => s.code === 'police.household-registration')!;
    expect(household.ownerDepartmentId).toBe(dept.gaj);
    expect(household.legalBasis).toContain('户口登记条例');
    expect(household.schema).toMatchObject({ type: 'object' });
  });

  it('grants each item department the sources its materials name, with the item code as the purpose', async () => {
    const grants = (await b.operator.request({ method: 'GET', url: '/api/v1/exchange/grants?source=civil-affairs.marriage-registration' })).json<{ consumerDepartmentId: string; purposes: { itemCodes: string[] }; live: boolean }[]>();
    expect(grants.some((g) => g.consumerDepartmentId === dept.gaj && g.purposes.itemCodes.includes('birth-household-registration') && g.live)).toBe(true);
  });
});

describe('a reviewer fetches a citizen\'s household record with his case as the purpose', () => {
  let applicationId: string;
  let queryId: string;

  it('answers with the police record, signed by the police and verifiable with their published keys', async () => {
    applicationId = await birthRegistrationOf(b.zhangsan);
    const res = await query(b.policeReviewer, { source: 'police.household-registration', subject: { personId: person.zhangsan }, purpose: { applicationId } });
    expect(res.statusCode, res.body).toBe(200);
    const answer = res.json<{ queryId: string; found: boolean; data: Record<string, unknown>; signedAnswer: string }>();
    queryId = answer.queryId;
    expect(answer).toMatchObject({ source: 'police.household-registration', found: true, data: { name: '张三', householdNumber: '339902-000123', relationToHead: '户主' } });
    expect(decodeProtectedHeader(answer.signedAnswer)).toMatchObject({ alg: 'ES256', typ: 'tongban-exchange-answer+jwt' });
    const signed = await verifyWithPublishedKeys('police.household-registration', answer.signedAnswer);
    expect(signed).toMatchObject({ source: 'police.household-registration', queryId, found: true, data: answer.data,
      purpose: { applicationId, itemCode: 'birth-registration' }, subject: { kind: 'person' } });
    expect(JSON.stringify(signed)).not.toContain(DEMO_PEOPLE.zhangsan.idNumber); // the subject travels masked
  });

  it('fails verification once a byte of the data is changed', async () => {
    const { signedAnswer } = (await b.policeReviewer.request({ method: 'GET', url: `/api/v1/exchange/queries/${queryId}` })).json<{ signedAnswer: string }>();
    const [h, p, s] = signedAnswer.split('.');
    const forged = JSON.parse(Buffer.from(p!, 'base64url').toString()) as { data: { relationToHead: string } };
    forged.data.relationToHead = '妻';
    await expect(verifyWithPublishedKeys('police.household-registration', `${h}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${s}`)).rejects.toThrow();
  });

  it('shows the read in 张三\'s access log: which department, which data, which case, when', async () => {
    const log = (await b.zhangsan.request({ method: 'GET', url: '/api/v1/me/data-access' })).json<{ purpose: string; fields: string[]; actor: string }[]>();
    const entry = log.find((e) => e.fields.includes('exchange:police.household-registration'))!;
    expect(entry.purpose).toMatch(/办件 case TB\d+/); // the case by its number, not its id
    expect(entry.purpose).not.toContain(applicationId);
    const csv = await b.zhangsan.request({ method: 'GET', url: '/api/v1/me/data-access/export?format=csv' });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="data-access-\d{4}-\d{2}-\d{2}\.csv"/);
    const line = csv.body.split('\r\n').find((l) => l.includes(queryId))!;
    expect(line).toContain('示范市公安局');
    expect(line).toContain('户籍信息 Household registration (police.household-registration)');
    const json = (await b.zhangsan.request({ method: 'GET', url: '/api/v1/me/data-access/export?format=json' })).json<{ queryId: string; department: string; purpose: string }[]>();
    expect(json.find((r) => r.queryId === queryId)).toMatchObject({ department: expect.stringContaining('公安局'), purpose: expect.stringContaining(applicationId) });
    // 李四's log has none of it.
    expect((await b.lisi.request({ method: 'GET', url: '/api/v1/me/data-access/export?format=json' })).json<unknown[]>().some((r) => JSON.stringify(r).includes(queryId))).toBe(false);
  });

  it('names who read, which data and which case in words 张三 understands, the raw labels kept aside', async () => {
    const log = (await b.zhangsan.request({ method: 'GET', url: '/api/v1/me/data-access' })).json<DataAccess[]>();
    const entry = log.find((e) => e.context?.queryId === queryId && e.purpose?.startsWith('办件'))!;
    const { number } = (await b.zhangsan.request({ method: 'GET', url: `/api/v1/applications/${applicationId}` })).json<{ number: string }>();
    expect(entry.reader).toMatchObject({ kind: 'staff', name: { zh: '审批人员（gaj）' }, department: { id: dept.gaj, name: { zh: '示范市公安局' } } });
    expect(entry.reader.label).toMatch(/^account:/);
    expect(entry.data).toEqual([{ field: 'exchange:police.household-registration', name: { zh: '户籍信息', en: 'Household registration' } }]);
    expect(entry.purpose).toContain(number);
    expect(entry.context).toMatchObject({ source: { id: 'police.household-registration', name: { zh: '户籍信息' } }, consumerDepartment: { name: { zh: '示范市公安局' } },
      client: null, case: { id: applicationId, number }, itemCode: 'birth-registration', found: true });
    // The re-read (signature check above) is named the same way and carries no id in its words.
    expect(log.filter((e) => e.context?.queryId === queryId).length).toBeGreaterThan(1);
    for (const e of log) expect(shown(e)).not.toMatch(HIDDEN);
  });

  it('lets the applicant and the consuming department read the answer again, and nobody else', async () => {
    expect((await b.zhangsan.request({ method: 'GET', url: `/api/v1/exchange/queries/${queryId}` })).statusCode).toBe(200);
    expect((await b.policeReviewer.request({ method: 'GET', url: `/api/v1/exchange/queries/${queryId}` })).statusCode).toBe(200);
    expect((await b.lisi.request({ method: 'GET', url: `/api/v1/exchange/queries/${queryId}` })).statusCode).toBe(404);
    expect((await b.civilReviewer.request({ method: 'GET', url: `/api/v1/exchange/queries/${queryId}` })).statusCode).toBe(404);
  });

  it('fetches for the department when the applicant herself asks through her case, and for nobody else\'s case', async () => {
    const citizenCtx = async (who: Browser) => {
      const me = (await who.request({ method: 'GET', url: '/api/v1/me' })).json<{ account: { id: string }; person: { id: string } }>();
      return t.ctxFor({ kind: 'account', accountId: me.account.id, personId: me.person.id, roles: ['citizen'], postings: [{ role: 'citizen', departmentId: null, regionCode: null }],
        sessionId: null, actingFor: null });
    };
    const id = await birthRegistrationOf(b.zhangsan);
    const ask = async (who: Browser, personId: string) => queryExchange(await citizenCtx(who), { source: 'police.household-registration', subject: { personId },
      consumerDepartmentId: dept.gaj!, purpose: { applicationId: id } });
    expect(await ask(b.zhangsan, person.zhangsan!)).toMatchObject({ found: true, data: { name: '张三' } });
    await expect(ask(b.lisi, person.zhangsan!)).rejects.toMatchObject({ code: 'platform.forbidden' });
    await expect(ask(b.lisi, person.lisi!)).rejects.toMatchObject({ code: 'exchange.subject_not_applicant' });
    await expect(queryExchange(await citizenCtx(b.zhangsan), { source: 'police.household-registration', subject: { personId: person.zhangsan! }, consumerDepartmentId: dept.gaj!,
      purpose: { itemCode: 'birth-registration', legalBasis: '户口登记条例' } })).rejects.toMatchObject({ code: 'platform.forbidden' });
  });

  it('answers "not found" (still signed, still logged) when the source holds no record of the subject', async () => {
    const newcomer = await makeCitizen(t, { name: '新市民' });
    const signIn = await signInBrowser(t, newcomer.idNumber);
    const id = await birthRegistrationOf(signIn);
    const res = await query(b.policeReviewer, { source: 'police.household-registration', subject: { personId: newcomer.person.id }, purpose: { applicationId: id } });
    expect(res.json()).toMatchObject({ found: false, data: null });
    expect((await verifyWithPublishedKeys('police.household-registration', res.json<{ signedAnswer: string }>().signedAnswer)).found).toBe(false);
    const log = (await signIn.request({ method: 'GET', url: '/api/v1/me/data-access' })).json<{ fields: string[] }[]>();
    expect(log.some((e) => e.fields.includes('exchange:police.household-registration'))).toBe(true);
  });
});

describe('法无授权不可为: queries the law does not authorise are refused and leave nothing behind', () => {
  let applicationId: string;
  beforeAll(async () => {
    applicationId = await birthRegistrationOf(b.zhangsan);
  });

  async function refusedWith(payload: Record<string, unknown>, status: number, code: string, field: string, who = b.policeReviewer) {
    const before = { answered: await answered(), reads: (await b.zhangsan.request({ method: 'GET', url: '/api/v1/me/data-access' })).json<unknown[]>().length };
    expectFieldError(await query(who, payload), status, code, field);
    expect(await answered()).toBe(before.answered);
    expect((await b.zhangsan.request({ method: 'GET', url: '/api/v1/me/data-access' })).json<unknown[]>().length).toBe(before.reads);
  }
  const household = { source: 'police.household-registration', subject: { personId: '' } };
  beforeAll(() => {
    household.subject.personId = person.zhangsan!;
  });

  it('without a purpose', () => refusedWith({ ...household }, 403, 'exchange.purpose_required', '/purpose'));
  it('by an item code with a legal basis the caller wrote but no grant names (the caller\'s words authorise nothing)', () =>
    refusedWith({ ...household, purpose: { itemCode: 'temporary-assistance', legalBasis: '社会救助暂行办法 第十一条' } }, 403, 'exchange.purpose_not_granted', '/purpose'));
  it('from a source nobody registered', () => refusedWith({ ...household, source: 'police.secret-files', purpose: { applicationId } }, 422, 'exchange.source_unknown', '/source'));
  it('from a source the department holds no grant for', () =>
    refusedWith({ source: 'medical-insurance.settlements', subject: { personId: person.zhangsan }, purpose: { applicationId } }, 403, 'exchange.no_grant', '/source'));
  it('for an item the grant does not cover', () =>
    refusedWith({ ...household, purpose: { itemCode: 'minimum-living-allowance', legalBasis: '社会救助暂行办法' } }, 403, 'exchange.purpose_not_granted', '/purpose'));
  it('about someone who is not the applicant of the case', () =>
    refusedWith({ ...household, subject: { personId: person.wangfang }, purpose: { applicationId } }, 403, 'exchange.subject_not_applicant', '/subject'));
  it('for a case another department handles', async () => {
    await b.policeAdmin.request({ method: 'POST', url: '/api/v1/exchange/grants', payload: { source: 'police.household-registration', consumerDepartmentId: dept.mzj,
      itemCodes: ['birth-registration'], legalBasis: '民政核查', validUntil: '2027-12-31T00:00:00Z' } });
    await refusedWith({ ...household, purpose: { applicationId }, consumerDepartmentId: dept.mzj }, 403, 'exchange.case_other_department', '/purpose/applicationId', b.civilReviewer);
  });
  it('in the name of a department the caller does not work for', async () => {
    const res = await query(b.civilReviewer, { ...household, purpose: { applicationId }, consumerDepartmentId: dept.gaj });
    expect(res.json()).toMatchObject({ error: { code: 'platform.forbidden' } });
  });
  it('for a case that is closed, and the supervisor sees the attempt', async () => {
    const closed = await birthRegistrationOf(b.zhangsan);
    expect((await b.zhangsan.request({ method: 'POST', url: `/api/v1/applications/${closed}/withdraw`, payload: { reason: '不办了' } })).statusCode).toBe(200);
    await refusedWith({ ...household, purpose: { applicationId: closed } }, 403, 'exchange.case_not_live', '/purpose/applicationId');
    const flagged = (await b.operator.request({ method: 'GET', url: '/api/v1/exchange/review?flag=case_not_live' })).json<{ purpose: { applicationId: string }; outcome: string; refusal: string }[]>();
    expect(flagged.find((f) => f.purpose.applicationId === closed)).toMatchObject({ outcome: 'refused', refusal: 'exchange.case_not_live' });
  });
  it('once the grant has expired, and once it is revoked', async () => {
    const grant = (await b.policeAdmin.request({ method: 'POST', url: '/api/v1/exchange/grants', payload: { source: 'police.household-registration',
      consumerDepartmentId: dept.rsj, itemCodes: ['basic-pension-claim'], legalBasis: '社会保险法', validUntil: new Date(t.clock.now().getTime() + 60_000).toISOString() } })).json<{ id: string }>();
    // The pension office's own system asks, as the platform would for it.
    const ask = () => queryExchange(t.system, { source: 'police.household-registration', subject: { personId: person.zhangxiuying! }, consumerDepartmentId: dept.rsj!,
      purpose: { itemCode: 'basic-pension-claim', legalBasis: '社会保险法 第十六条' } });
    expect((await ask()).found).toBe(true);
    t.clock.advance(2 * 60_000);
    await expect(ask()).rejects.toMatchObject({ code: 'exchange.grant_expired', status: 403 });
    const renewed = (await b.policeAdmin.request({ method: 'POST', url: '/api/v1/exchange/grants', payload: { source: 'police.household-registration',
      consumerDepartmentId: dept.rsj, itemCodes: ['basic-pension-claim'], legalBasis: '社会保险法', validUntil: '2027-12-31T00:00:00Z' } })).json<{ id: string }>();
    expect((await ask()).found).toBe(true);
    const revoked = await b.policeAdmin.request({ method: 'POST', url: `/api/v1/exchange/grants/${renewed.id}/revoke`, payload: { reason: '核查发现超范围使用' } });
    expect(revoked.json()).toMatchObject({ live: false, revokeReason: '核查发现超范围使用' });
    await expect(ask()).rejects.toMatchObject({ code: 'exchange.grant_revoked', status: 403 });
    expect(grant.id).toBeTruthy();
  });
  it('a grant is revoked only by the source department (or an operator)', async () => {
    const [g] = (await b.policeAdmin.request({ method: 'GET', url: '/api/v1/exchange/grants?source=police.household-registration' })).json<{ id: string }[]>();
    expect((await b.civilAdmin.request({ method: 'POST', url: `/api/v1/exchange/grants/${g!.id}/revoke`, payload: { reason: '越权' } })).statusCode).toBe(404);
  });
});

describe('the source department publishes records, checked against the schema', () => {
  const url = '/api/v1/exchange/sources/police.household-registration/records';
  const record = { name: '李四', sex: 'male', ethnicity: '汉族', birthDate: '1992-07-08', householdNumber: '339903-000456', householdType: 'family',
    relationToHead: '户主', headOfHousehold: '李四', address: '示范市西山区山前街道山前路 100 号', registeredOn: '2026-03-01' };

  it('replaces a subject\'s record, and the next answer carries it', async () => {
    const res = await b.policeAdmin.request({ method: 'PUT', url, payload: { subject: { idNumber: DEMO_PEOPLE.lisi.idNumber }, data: record } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ replaced: true, subjectMasked: expect.stringMatching(/^339903\*+\d{3}[\dX]$/) });
  });

  it('refuses a record that does not fit the schema, naming the field, and keeps the old one', async () => {
    const before = await t.count('exchange_records');
    expectFieldError(await b.policeAdmin.request({ method: 'PUT', url, payload: { subject: { idNumber: DEMO_PEOPLE.lisi.idNumber }, data: { ...record, householdNumber: 'H-1' } } }),
      422, 'exchange.record_invalid', '/data/householdNumber');
    expectFieldError(await b.policeAdmin.request({ method: 'PUT', url, payload: { subject: { idNumber: DEMO_PEOPLE.lisi.idNumber }, data: { ...record, sex: undefined } } }),
      422, 'exchange.record_invalid', '/data/sex');
    expectFieldError(await b.policeAdmin.request({ method: 'PUT', url, payload: { subject: { creditCode: DEMO_ENTERPRISE.creditCode }, data: record } }),
      422, 'exchange.subject_kind_mismatch', '/subject/idNumber');
    expectFieldError(await b.policeAdmin.request({ method: 'PUT', url, payload: { subject: { idNumber: '339902199001011234' }, data: record } }),
      422, 'exchange.id_number_invalid', '/subject/idNumber');
    expect(await t.count('exchange_records')).toBe(before);
  });

  it('lets only the owning department publish', async () => {
    expect((await b.civilAdmin.request({ method: 'PUT', url, payload: { subject: { idNumber: DEMO_PEOPLE.lisi.idNumber }, data: record } })).statusCode).toBe(403);
    expect((await b.policeReviewer.request({ method: 'PUT', url, payload: { subject: { idNumber: DEMO_PEOPLE.lisi.idNumber }, data: record } })).statusCode).toBe(403);
  });

  it('keeps records encrypted at rest, found only through the blind index', async () => {
    const rows = await t.tongban.platform.database.db.select().from(exchangeRecords);
    expect(JSON.stringify(rows)).not.toContain('湖滨路');
    expect(JSON.stringify(rows)).not.toContain(DEMO_PEOPLE.zhangsan.idNumber);
  });
});

describe('a department registers its own sources', () => {
  const source = { code: 'civil-affairs.adoption-registration', name: { zh: '收养登记信息', en: 'Adoption registration' }, subjectKind: 'person', legalBasis: '中华人民共和国民法典 第一千一百零五条',
    schema: { type: 'object', required: ['registeredOn'], properties: { registeredOn: { type: 'string', format: 'date' } } } };

  it('its admin registers one; another department\'s admin may not; a bad code, a bad schema and a taken code are refused', async () => {
    expect((await b.policeAdmin.request({ method: 'POST', url: '/api/v1/exchange/sources', payload: { ...source, ownerDepartmentId: dept.mzj } })).statusCode).toBe(403);
    expectFieldError(await b.civilAdmin.request({ method: 'POST', url: '/api/v1/exchange/sources', payload: { ...source, code: 'Adoption', ownerDepartmentId: dept.mzj } }),
      422, 'exchange.source_code_invalid', '/code');
    expectFieldError(await b.civilAdmin.request({ method: 'POST', url: '/api/v1/exchange/sources', payload: { ...source, schema: { type: 'object', properties: { a: { type: 'nonsense' } } }, ownerDepartmentId: dept.mzj } }),
      422, 'exchange.schema_invalid', '/schema');
    const res = await b.civilAdmin.request({ method: 'POST', url: '/api/v1/exchange/sources', payload: { ...source, ownerDepartmentId: dept.mzj } });
    expect(res.statusCode, res.body).toBe(201);
    expectFieldError(await b.civilAdmin.request({ method: 'POST', url: '/api/v1/exchange/sources', payload: { ...source, ownerDepartmentId: dept.mzj } }),
      409, 'exchange.source_exists', '/code');
  });
});

describe('another department\'s system calls with client credentials', () => {
  let client: { clientId: string; clientSecret: string };
  const token = (form: Record<string, string>) => t.tongban.http.inject({ method: 'POST', url: '/api/v1/exchange/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(form).toString() });
  const asClient = (accessToken: string, opts: { method: 'GET' | 'POST' | 'PUT'; url: string; payload?: object }) =>
    t.tongban.http.inject({ ...opts, headers: { authorization: `Bearer ${accessToken}` } });

  beforeAll(async () => {
    const res = await b.civilAdmin.request({ method: 'POST', url: '/api/v1/exchange/clients', payload: { departmentId: dept.mzj, name: '民政业务系统' } });
    expect(res.statusCode, res.body).toBe(201);
    client = res.json();
    // The police let civil affairs read households for any of its live cases (its 低保 queries rest on the demo grant).
    await b.policeAdmin.request({ method: 'POST', url: '/api/v1/exchange/grants', payload: { source: 'police.household-registration', consumerDepartmentId: dept.mzj,
      anyPurpose: true, legalBasis: '社会救助暂行办法 第十一条', validUntil: '2027-12-31T00:00:00Z' } });
  });

  it('shows the secret once and stores only its hash', async () => {
    const listed = (await b.civilAdmin.request({ method: 'GET', url: '/api/v1/exchange/clients' })).json<object[]>();
    expect(JSON.stringify(listed)).not.toContain(client.clientSecret);
    const rows = await t.tongban.platform.database.db.select().from(exchangeClients);
    expect(rows[0]!.secretHash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a wrong secret, an unknown client and another grant type, the same way', async () => {
    expectFieldError(await token({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: 'wrong' }), 401, 'exchange.invalid_client', '/client_secret');
    expectFieldError(await token({ grant_type: 'client_credentials', client_id: 'nobody', client_secret: 'wrong' }), 401, 'exchange.invalid_client', '/client_secret');
    expectFieldError(await token({ grant_type: 'password', client_id: client.clientId, client_secret: client.clientSecret }), 400, 'exchange.unsupported_grant_type', '/grant_type');
  });

  it('exchanges its credentials for a short-lived token (form post or HTTP Basic) and queries for an item its grant names', async () => {
    const basic = await t.tongban.http.inject({ method: 'POST', url: '/api/v1/exchange/token', payload: { grant_type: 'client_credentials' },
      headers: { authorization: `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}` } });
    expect(basic.statusCode, basic.body).toBe(200);
    const res = await token({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const { access_token, expires_in } = res.json<{ access_token: string; expires_in: number }>();
    expect(expires_in).toBe(600);
    const answer = await asClient(access_token, { method: 'POST', url: '/api/v1/exchange/queries', payload: { source: 'police.household-registration',
      subject: { personId: person.zhangxiuying }, purpose: { itemCode: 'minimum-living-allowance', legalBasis: '社会救助暂行办法 第十一条' } } });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toMatchObject({ found: true, data: { name: '张秀英', relationToHead: '户主' } });
    // Her log names the client and the department it served.
    const mother = await signInBrowser(t, DEMO_PEOPLE.zhangxiuying.idNumber, DEMO_PASSWORD);
    const [row] = (await mother.request({ method: 'GET', url: '/api/v1/me/data-access/export?format=json' })).json<{ client: string; department: string; reader: string }[]>();
    expect(row).toMatchObject({ client: client.clientId, reader: `client:${client.clientId}`, department: expect.stringContaining('民政局') });
    const [named] = (await mother.request({ method: 'GET', url: '/api/v1/me/data-access' })).json<DataAccess[]>();
    expect(named!.reader).toMatchObject({ kind: 'client', name: { zh: '民政业务系统' }, department: { id: dept.mzj, name: { zh: '示范市民政局' } }, label: `client:${client.clientId}` });
    expect(named!.context).toMatchObject({ client: { id: client.clientId, name: { zh: '民政业务系统' } }, case: null, source: { name: { zh: '户籍信息' } } });
    expect(shown(named!)).not.toMatch(HIDDEN);
    // The query names no case: the supervisor sees it.
    const flagged = (await b.operator.request({ method: 'GET', url: '/api/v1/exchange/review?flag=no_case' })).json<{ id: string }[]>();
    expect(flagged.some((f) => f.id === answer.json<{ queryId: string }>().queryId)).toBe(true);
  });

  it('reaches only the routes opened to clients, and only for its own department', async () => {
    const { access_token } = (await token({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret })).json<{ access_token: string }>();
    expect((await asClient(access_token, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(403);
    expect((await asClient(access_token, { method: 'GET', url: '/api/v1/exchange/grants' })).statusCode).toBe(403);
    expectFieldError(await asClient(access_token, { method: 'POST', url: '/api/v1/exchange/queries', payload: { source: 'police.household-registration',
      subject: { personId: person.lisi }, consumerDepartmentId: dept.gaj, purpose: { itemCode: 'x', legalBasis: 'y' } } }), 403, 'exchange.not_consumer', '/consumerDepartmentId');
    // It publishes its own department's records.
    const published = await asClient(access_token, { method: 'PUT', url: '/api/v1/exchange/sources/civil-affairs.marriage-registration/records',
      payload: { subject: { idNumber: DEMO_PEOPLE.lisi.idNumber }, data: { maritalStatus: 'married', spouseName: '赵敏', registeredOn: '2026-02-14' } } });
    expect(published.statusCode, published.body).toBe(200);
    expect((await asClient(access_token, { method: 'PUT', url: '/api/v1/exchange/sources/police.household-registration/records',
      payload: { subject: { idNumber: DEMO_PEOPLE.lisi.idNumber }, data: {} } })).statusCode).toBe(403);
  });

  it('is shut out once revoked, token and all; a forged token never gets in', async () => {
    const { access_token } = (await token({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret })).json<{ access_token: string }>();
    const [h, p] = access_token.split('.');
    const forged = `${h}.${p}.${Buffer.from('not the signature').toString('base64url')}`;
    expect((await asClient(forged, { method: 'GET', url: '/api/v1/exchange/sources' })).json()).toMatchObject({ error: { code: 'exchange.client_token_invalid' } });
    expect((await b.civilAdmin.request({ method: 'POST', url: `/api/v1/exchange/clients/${client.clientId}/revoke` })).statusCode).toBe(200);
    expect((await asClient(access_token, { method: 'GET', url: '/api/v1/exchange/sources' })).json()).toMatchObject({ error: { code: 'exchange.client_token_invalid' } });
    expectFieldError(await token({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret }), 401, 'exchange.invalid_client', '/client_secret');
  });

  it('expires after ten minutes', async () => {
    const again = (await b.civilAdmin.request({ method: 'POST', url: '/api/v1/exchange/clients', payload: { departmentId: dept.mzj, name: '民政业务系统（新）' } })).json<{ clientId: string; clientSecret: string }>();
    const { access_token } = (await token({ grant_type: 'client_credentials', client_id: again.clientId, client_secret: again.clientSecret })).json<{ access_token: string }>();
    expect((await asClient(access_token, { method: 'GET', url: '/api/v1/exchange/sources' })).statusCode).toBe(200);
    t.clock.advance(11 * 60_000);
    expect((await asClient(access_token, { method: 'GET', url: '/api/v1/exchange/sources' })).statusCode).toBe(401);
  });
});

describe('enterprise records and the supervisor\'s review', () => {
  it('market regulation\'s business register answers for the demo enterprise', async () => {
    const answer = await queryExchange(t.system, { source: 'market.business-registration', subject: { enterpriseId }, consumerDepartmentId: dept.scjgj!,
      purpose: { itemCode: 'business-license-change-registration', legalBasis: '市场主体登记管理条例' } });
    expect(answer.data).toMatchObject({ name: DEMO_ENTERPRISE.name, legalRepresentative: '张三' });
    expect((await verifyWithPublishedKeys('market.business-registration', answer.signedAnswer)).subject).toEqual({ kind: 'enterprise', masked: DEMO_ENTERPRISE.creditCode });
  });

  it(`refuses one department reading ${MANY_SUBJECTS.subjects} different people without cases within ${MANY_SUBJECTS.windowMinutes} minutes, and shows the attempt to the supervisor`, async () => {
    const people = await Promise.all(Array.from({ length: MANY_SUBJECTS.subjects }, (_, i) => makeCitizen(t, { name: `被查询人${i}` })));
    const ask = (p: { person: { id: string } }) => query(b.civilReviewer, { source: 'police.household-registration', subject: { personId: p.person.id },
      purpose: { itemCode: 'minimum-living-allowance', legalBasis: '社会救助暂行办法 第十一条' } });
    for (const p of people.slice(0, -1)) expect((await ask(p)).statusCode).toBe(200);
    const last = people.at(-1)!;
    const before = await answered();
    const logBefore = await t.count('audit_log');
    expectFieldError(await ask(last), 403, 'exchange.bulk_query_refused', '/subject');
    expect(await answered()).toBe(before);
    const flagged = (await b.operator.request({ method: 'GET', url: `/api/v1/exchange/review?flag=many_subjects&consumerDepartmentId=${dept.mzj}` }))
      .json<{ id: string; outcome: string; refusal: string; subjectPersonId: string; flags: string[] }[]>();
    expect(flagged).toEqual([expect.objectContaining({ outcome: 'refused', refusal: 'exchange.bulk_query_refused', subjectPersonId: last.person.id, flags: ['no_case', 'many_subjects'] })]);
    expect(await t.count('audit_log')).toBeGreaterThan(logBefore); // the refusal is in the audit trail too
    // The police, owners of the source, see the same; civil affairs, the reader, has no source of its own in the finding.
    expect((await b.policeAdmin.request({ method: 'GET', url: '/api/v1/exchange/review?flag=many_subjects' })).json<unknown[]>()).toHaveLength(1);
    expect((await b.policeReviewer.request({ method: 'GET', url: '/api/v1/exchange/review' })).statusCode).toBe(403);

    // Batch use needs a grant that allows it, with a legal basis of its own; then the same query is answered under it.
    const batch = { source: 'police.household-registration', consumerDepartmentId: dept.mzj, itemCodes: ['minimum-living-allowance'], legalBasis: '社会救助暂行办法 第十一条',
      validUntil: '2027-12-31T00:00:00Z', batch: true };
    expectFieldError(await b.policeAdmin.request({ method: 'POST', url: '/api/v1/exchange/grants', payload: batch }), 422, 'exchange.batch_legal_basis_required', '/batchLegalBasis');
    expect((await b.civilAdmin.request({ method: 'POST', url: '/api/v1/exchange/grants', payload: { ...batch, batchLegalBasis: '自己授权自己' } })).statusCode).toBe(403);
    const granted = await b.policeAdmin.request({ method: 'POST', url: '/api/v1/exchange/grants', payload: { ...batch, batchLegalBasis: '示范市低保年度复核工作方案（批量核对）' } });
    expect(granted.statusCode, granted.body).toBe(201);
    expect(granted.json()).toMatchObject({ batch: true, batchLegalBasis: '示范市低保年度复核工作方案（批量核对）' });
    const res = await ask(last);
    expect(res.statusCode, res.body).toBe(200);
    const signed = await verifyWithPublishedKeys('police.household-registration', res.json<{ signedAnswer: string }>().signedAnswer);
    expect((signed.purpose as { legalBasis: string }).legalBasis).toContain('批量核对');
  });

  it('a query by item code rests on the grant\'s legal basis; the caller\'s words are kept apart and authorise nothing', async () => {
    const res = await query(b.civilReviewer, { source: 'police.household-registration', subject: { personId: person.zhangxiuying },
      purpose: { itemCode: 'minimum-living-allowance', legalBasis: '我说可以就可以' } });
    expect(res.statusCode, res.body).toBe(200);
    const { queryId, signedAnswer } = res.json<{ queryId: string; signedAnswer: string }>();
    const signed = await verifyWithPublishedKeys('police.household-registration', signedAnswer);
    expect(JSON.stringify(signed)).not.toContain('我说可以就可以');
    const [row] = await t.tongban.platform.database.db.select().from(exchangeQueries).where(eq(exchangeQueries.id, queryId));
    expect(row).toMatchObject({ statedLegalBasis: '我说可以就可以' });
    expect(row!.legalBasis).not.toContain('我说可以就可以');
    expect((signed.purpose as { legalBasis: string }).legalBasis).toBe(row!.legalBasis);
    // A grant for any case of civil affairs (made above) does not stand for a query without one.
    expectFieldError(await query(b.civilReviewer, { source: 'police.household-registration', subject: { personId: person.zhangxiuying },
      purpose: { itemCode: 'civil-affairs-adhoc-check', legalBasis: '社会救助暂行办法 第十一条' } }), 403, 'exchange.case_required', '/purpose');
  });

  it('a stored answer read again lands in the subject\'s access log, each time; the subject reading their own does not', async () => {
    const mother = await signInBrowser(t, DEMO_PEOPLE.zhangxiuying.idNumber, DEMO_PASSWORD);
    const res = await query(b.civilReviewer, { source: 'police.household-registration', subject: { personId: person.zhangxiuying }, purpose: { itemCode: 'minimum-living-allowance' } });
    expect(res.statusCode, res.body).toBe(200);
    const { queryId } = res.json<{ queryId: string }>();
    const entries = async () => (await mother.request({ method: 'GET', url: '/api/v1/me/data-access/export?format=json' })).json<{ queryId: string; reader: string; purpose: string }[]>()
      .filter((e) => e.queryId === queryId);
    expect(await entries()).toHaveLength(1);
    expect((await b.civilReviewer.request({ method: 'GET', url: `/api/v1/exchange/queries/${queryId}` })).statusCode).toBe(200);
    expect((await b.civilAdmin.request({ method: 'GET', url: `/api/v1/exchange/queries/${queryId}` })).statusCode).toBe(200);
    const after = await entries();
    expect(after).toHaveLength(3);
    expect(after.filter((e) => e.purpose.includes('re-reading'))).toHaveLength(2);
    expect((await mother.request({ method: 'GET', url: `/api/v1/exchange/queries/${queryId}` })).statusCode).toBe(200);
    expect(await entries()).toHaveLength(3);
    expect((await b.policeReviewer.request({ method: 'GET', url: `/api/v1/exchange/queries/${queryId}` })).statusCode).toBe(404);
  });

  it('counts a burst of concurrent queries one after the other: no more than the limit gets through', async () => {
    t.clock.advance((MANY_SUBJECTS.windowMinutes + 1) * 60_000); // a fresh window
    const people = await Promise.all(Array.from({ length: MANY_SUBJECTS.subjects + 5 }, (_, i) => makeCitizen(t, { name: `并发被查询人${i}` })));
    const results = await Promise.allSettled(people.map((p) => queryExchange(t.system, { source: 'police.household-registration', subject: { personId: p.person.id },
      consumerDepartmentId: dept.mzj!, purpose: { itemCode: 'temporary-assistance' } })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(MANY_SUBJECTS.subjects - 1);
    const refusals = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refusals.map((r) => (r.reason as { code: string }).code)).toEqual(Array(6).fill('exchange.bulk_query_refused'));
  });
});
