// A small world for the cases module's authorization and personal-data tests: the demo city and its accounts, the
// fixture catalog, and two items made for these tests: a person's item with sensitive fields and a record a
// data source holds, and an enterprise's item whose materials come from an enterprise source and a person source.
import { DEMO_ENTERPRISE, DEMO_PASSWORD, DEMO_PEOPLE, seedDemo } from '../../demo/seed.js';
import { seedDemoExchange } from '../../demo/exchange.js';
import { importCatalog, type ItemDefinition } from '../catalog/index.js';
import { insurance, newborn, permit, registration, stall } from '../../test/catalog-fixture.js';
import { signInBrowser, type Browser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

const bi = (zh: string, en = zh) => ({ zh, en });
const review = (department: string) => ({ acceptance: 'instant' as const, stages: [{ name: bi('审核'), tasks: [{ department, name: bi('审核', 'Review'), timeLimitDays: 5 }] }] });

/** A person's item: their ID number (prefilled), a partner's ID number, a phone and a bank account marked x-sensitive. */
export const allowance: ItemDefinition = {
  code: 'kin-allowance', name: bi('亲属补贴', 'Kin allowance'), summary: bi('说明'), type: 'administrative_payment', department: 'gaj', regions: ['339900'],
  legalBasis: [{ title: '示范条例' }], timeLimits: { statutoryDays: 20, committedDays: 10 }, fees: [], channels: ['online', 'window'], applicantTypes: ['person'],
  materials: [{ code: 'household-register', name: bi('户口簿', 'Household register'), required: false, exchangeSource: 'police.household-registration' },
    { code: 'id-card', name: bi('居民身份证', 'ID card'), required: false, certificateTypes: ['resident-id-card'] }],
  form: { type: 'object', required: ['applicant'], 'x-prefill': { '/applicant/name': 'applicant.name', '/applicant/idNumber': 'applicant.idNumber' },
    properties: {
      applicant: { type: 'object', properties: { name: { type: 'string' }, idNumber: { type: 'string', pattern: '^\\d{17}[\\dX]$' } } },
      partner: { type: 'object', properties: { name: { type: 'string' }, idNumber: { type: 'string' }, phone: { type: 'string', 'x-sensitive': true } } },
      payment: { type: 'object', properties: { bankAccount: { type: 'string', 'x-sensitive': true }, bank: { type: 'string' } } },
      note: { type: 'object', additionalProperties: true },
    } },
  workflow: review('gaj'),
};

/** An enterprise's item: the business registration (an enterprise source) and a pharmacist's social insurance (a person source). */
export const pharmacy: ItemDefinition = {
  code: 'pharmacy-test', name: bi('药店测试', 'Pharmacy test'), summary: bi('说明'), type: 'administrative_license', department: 'scjgj', regions: ['339900'],
  legalBasis: [{ title: '药品管理法' }], timeLimits: { statutoryDays: 20, committedDays: 10 }, fees: [], channels: ['online'], applicantTypes: ['enterprise'],
  materials: [
    { code: 'business-license', name: bi('营业执照', 'Business licence'), required: false, exchangeSource: 'market.business-registration' },
    { code: 'pharmacist', name: bi('药师社保', 'Pharmacist\'s social insurance'), required: false, exchangeSource: 'hrss.social-insurance',
      upload: { accept: ['application/pdf'], maxBytes: 1_048_576 } }],
  form: { type: 'object', properties: { shop: { type: 'string' } } },
  workflow: review('scjgj'),
};

export interface CasesWorld {
  t: TestApp;
  browsers: Record<'zhangsan' | 'mother' | 'lisi' | 'wangfang' | 'police' | 'civil' | 'market' | 'clerk' | 'leader' | 'admin' | 'policeAdmin', Browser>;
  motherId: string; // 张秀英, who delegated to her son 张三
  enterpriseId: string; // 张三 is its legal representative, 李四 its agent
}

export async function startCasesWorld(): Promise<CasesWorld> {
  const t = await startTestApp({ env: { SIGNIN_RATE_LIMIT: '10000' } });
  await seedDemo(t.system);
  await importCatalog(t.system, { items: new Map([registration, insurance, permit, stall, allowance, pharmacy].map((item) => [item.code, { file: item.code, item }])),
    bundles: [{ file: 'newborn', bundle: newborn }], synonyms: {} });
  await seedDemoExchange(t.system);
  const as = (who: string) => signInBrowser(t, who, DEMO_PASSWORD);
  const browsers = {
    zhangsan: await as(DEMO_PEOPLE.zhangsan.idNumber), mother: await as(DEMO_PEOPLE.zhangxiuying.idNumber), lisi: await as(DEMO_PEOPLE.lisi.idNumber),
    wangfang: await as(DEMO_PEOPLE.wangfang.idNumber),
    police: await as('reviewer.gaj'), civil: await as('reviewer.mzj'), market: await as('reviewer.scjgj'), clerk: await as('clerk'),
    leader: await as('leader'), admin: await as('admin'), policeAdmin: await as('admin.gaj'),
  };
  const me = (await browsers.mother.request({ method: 'GET', url: '/api/v1/me' })).json() as { person: { id: string } };
  const enterprises = (await browsers.zhangsan.request({ method: 'GET', url: '/api/v1/me/enterprises' })).json() as { id: string; creditCode: string }[];
  const enterprise = enterprises.find((e) => e.creditCode === DEMO_ENTERPRISE.creditCode);
  if (!enterprise) throw new Error(`the demo enterprise is missing: ${JSON.stringify(enterprises)}`);
  return { t, browsers, motherId: me.person.id, enterpriseId: enterprise.id };
}
