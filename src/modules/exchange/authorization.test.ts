// The exchange module's authorization matrix over HTTP, on the demo city (rows in authorization.rows.ts).
import { DEMO_CITY, DEMO_ENTERPRISE, DEMO_PASSWORD, DEMO_PEOPLE, seedDemo, seedDemoCatalog } from '../../demo/seed.js';
import { makeStaff, signInBrowser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { actingFor, anonymousCaller, bearerCaller, describeMatrix, type Caller } from '../../test/matrix.js';
import { findDepartment } from '../directory/index.js';
import { enterpriseIdByCreditCode, personIdByIdNumber } from '../identity/index.js';
import { rows } from './authorization.rows.js';
import { issueClient, issueClientToken } from './clients.js';
import { createGrant } from './grants.js';
import { queryExchange } from './query.js';
import { registerSource } from './sources.js';

interface Fixture {
  t: TestApp;
  dept: { gaj: string; mzj: string };
  zhangxiuying: string;
  consumerClient: { clientId: string; clientSecret: string };
}

const HOUSEHOLD = 'police.household-registration';
const validUntil = '2027-12-31T00:00:00Z';
const household = { name: '李四', sex: 'male', ethnicity: '汉族', birthDate: '1992-07-08', householdNumber: '339903-000456', householdType: 'family',
  relationToHead: '户主', headOfHousehold: '李四', address: '示范市西山区山前街道山前路 100 号', registeredOn: '2026-03-01' };

/** A fresh police source, so rows that change one change their own. */
async function policeSource(f: Fixture, unique: string): Promise<string> {
  const code = `police.${unique}`;
  await registerSource(f.t.system, { code, ownerDepartmentId: f.dept.gaj, name: { zh: '矩阵数据源', en: 'Matrix source' }, subjectKind: 'person',
    legalBasis: '中华人民共和国户口登记条例', schema: { type: 'object' } });
  return code;
}

const grantBody = (f: Fixture, batch: boolean) => ({ source: HOUSEHOLD, consumerDepartmentId: f.dept.mzj, itemCodes: ['temporary-assistance'], legalBasis: '社会救助暂行办法 第十一条',
  validUntil, ...(batch ? { batch: true, batchLegalBasis: '示范市临时救助年度复核方案（批量核对）' } : {}) });

describeMatrix<Fixture>({
  module: 'exchange',
  async setup() {
    const t = await startTestApp({ env: { SIGNIN_RATE_LIMIT: '10000', SESSION_IDLE_MINUTES: '1440' } });
    await seedDemo(t.system);
    await seedDemoCatalog(t.system); // with the demo sources, records and grants (mzj reads households for 最低生活保障)
    await t.tongban.runner.runDue();
    const sign = (who: string) => signInBrowser(t, who, DEMO_PASSWORD);
    const departmentId = async (code: string) => (await findDepartment(t.system, DEMO_CITY, code))!.id;
    const dept = { gaj: await departmentId('gaj'), mzj: await departmentId('mzj') };
    const zhangxiuying = (await personIdByIdNumber(t.system, DEMO_PEOPLE.zhangxiuying.idNumber))!;
    const enterpriseId = await enterpriseIdByCreditCode(t.system, DEMO_ENTERPRISE.creditCode);
    await makeStaff(t, [{ role: 'department_admin', departmentId: await departmentId('rsj'), regionCode: null }], 'admin.rsj.matrix');
    const tokenOf = async (client: { clientId: string; clientSecret: string }) =>
      (await issueClientToken(t.system, { grantType: 'client_credentials', clientId: client.clientId, clientSecret: client.clientSecret })).access_token;
    const sourceClient = await issueClient(t.system, { departmentId: dept.gaj, name: '公安人口系统' });
    const consumerClient = await issueClient(t.system, { departmentId: dept.mzj, name: '民政业务系统' });
    const zhangsan = await sign(DEMO_PEOPLE.zhangsan.idNumber);
    const lisi = await sign(DEMO_PEOPLE.lisi.idNumber);
    const callers: Record<string, Caller> = {
      anonymous: anonymousCaller(t),
      subject: await sign(DEMO_PEOPLE.zhangxiuying.idNumber),
      other_citizen: lisi,
      delegate: actingFor(zhangsan, `person:${zhangxiuying}`),
      enterprise_agent: actingFor(lisi, `enterprise:${enterpriseId}`),
      source_admin: await sign('admin.gaj'),
      source_reviewer: await sign('reviewer.gaj'),
      consumer_admin: await sign('admin.mzj'),
      consumer_reviewer: await sign('reviewer.mzj'),
      unrelated_admin: await signInBrowser(t, 'admin.rsj.matrix'),
      source_client: bearerCaller(t, await tokenOf(sourceClient)),
      consumer_client: bearerCaller(t, await tokenOf(consumerClient)),
      leader: await sign('leader'),
      operator: await sign('admin'),
    };
    return { t, callers, fixture: { t, dept, zhangxiuying, consumerClient } };
  },
  requests: {
    'GET /api/v1/exchange/sources': () => ({ url: '/api/v1/exchange/sources' }),
    'GET /api/v1/exchange/sources/:code': (_f, row) => ({ url: `/api/v1/exchange/sources/${row.on === 'unknown' ? 'police.no-such-source' : HOUSEHOLD}` }),
    'GET /api/v1/exchange/sources/:code/jwks': () => ({ url: `/api/v1/exchange/sources/${HOUSEHOLD}/jwks` }),
    'POST /api/v1/exchange/sources': (f, _row, u) => ({ url: '/api/v1/exchange/sources', payload: { code: `police.${u}`, ownerDepartmentId: f.dept.gaj,
      name: { zh: '矩阵数据源', en: 'Matrix source' }, subjectKind: 'person', legalBasis: '中华人民共和国户口登记条例', schema: { type: 'object' } } }),
    'PATCH /api/v1/exchange/sources/:code': async (f, _row, u) => ({ url: `/api/v1/exchange/sources/${await policeSource(f, u)}`,
      payload: { name: { zh: '矩阵数据源（改）', en: 'Matrix source (changed)' } } }),
    'PUT /api/v1/exchange/sources/:code/records': () => ({ url: `/api/v1/exchange/sources/${HOUSEHOLD}/records`,
      payload: { subject: { idNumber: DEMO_PEOPLE.lisi.idNumber }, data: household } }),
    'GET /api/v1/exchange/grants': () => ({ url: '/api/v1/exchange/grants' }),
    'POST /api/v1/exchange/grants': (f, row) => ({ url: '/api/v1/exchange/grants', payload: grantBody(f, row.on === 'batch') }),
    'POST /api/v1/exchange/grants/:id/revoke': async (f) => ({ url: `/api/v1/exchange/grants/${(await createGrant(f.t.system, grantBody(f, false))).id}/revoke`,
      payload: { reason: '矩阵测试' } }),
    'GET /api/v1/exchange/clients': () => ({ url: '/api/v1/exchange/clients' }),
    'POST /api/v1/exchange/clients': (f) => ({ url: '/api/v1/exchange/clients', payload: { departmentId: f.dept.gaj, name: '公安新系统' } }),
    'POST /api/v1/exchange/clients/:id/revoke': async (f) => ({ url: `/api/v1/exchange/clients/${(await issueClient(f.t.system, { departmentId: f.dept.gaj, name: '待注销' })).clientId}/revoke` }),
    'POST /api/v1/exchange/token': (f, row) => ({ url: '/api/v1/exchange/token', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ grant_type: 'client_credentials', client_id: f.consumerClient.clientId,
        client_secret: row.on === 'wrong_secret' ? 'not-the-secret' : f.consumerClient.clientSecret }).toString() }),
    'POST /api/v1/exchange/queries': (f, row) => ({ url: '/api/v1/exchange/queries', payload: { source: HOUSEHOLD, subject: { personId: f.zhangxiuying },
      purpose: { itemCode: 'minimum-living-allowance' }, ...(row.on === 'other_department' ? { consumerDepartmentId: f.dept.gaj } : {}) } }),
    'GET /api/v1/exchange/queries/:id': async (f) => {
      const answer = await queryExchange(f.t.system, { source: HOUSEHOLD, subject: { personId: f.zhangxiuying }, consumerDepartmentId: f.dept.mzj,
        purpose: { itemCode: 'minimum-living-allowance' } });
      return { url: `/api/v1/exchange/queries/${answer.queryId}` };
    },
    'GET /api/v1/exchange/review': () => ({ url: '/api/v1/exchange/review' }),
    'GET /api/v1/me/data-access/export': () => ({ url: '/api/v1/me/data-access/export?format=json' }),
  },
  rows,
});
