// The policies module's authorization matrix over HTTP, on the demo city (rows in authorization.rows.ts).
import { DEMO_CITY, DEMO_ENTERPRISE, DEMO_PASSWORD, DEMO_PEOPLE, seedDemo, seedDemoCatalog } from '../../demo/seed.js';
import { newId } from '../../platform/context.js';
import { makeCitizen, makeIdNumber, signInBrowser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { actingFor, anonymousCaller, bearerCaller, describeMatrix, type Caller, type MatrixRow } from '../../test/matrix.js';
import { findDepartment } from '../directory/index.js';
import { issueClient, issueClientToken } from '../exchange/index.js';
import { enterpriseIdByCreditCode, personIdByIdNumber } from '../identity/index.js';
import { rows } from './authorization.rows.js';
import { eq } from 'drizzle-orm';
import { policies, policyMatches, policyTriggers, preparedServices } from './schema.js';
import { publishPolicy, savePolicy } from './service.js';
import { saveTrigger } from './triggers.js';

interface Fixture { t: TestApp; zhangxiuying: string; elder: string; caseId: string }

const condition = { label: { zh: '年满六十周岁', en: 'Aged 60 or over' }, feel: 'age >= 60' };
const policyBody = (departmentCode: string, more: Record<string, unknown> = {}) => ({ name: { zh: '矩阵测试政策', en: 'Matrix policy' }, summary: { zh: '测试', en: 'Test' },
  subject: 'person' as const, departmentCode, rule: { conditions: [condition] }, tests: [{ name: '六十岁符合', input: { age: 60 }, output: { eligible: true } }], ...more });
const triggerBody = (departmentCode: string) => ({ name: { zh: '矩阵触发', en: 'Matrix trigger' }, departmentCode, eventType: 'person.birthday' as const, subject: 'person' as const,
  condition: 'age = 80', action: { kind: 'push_policies' as const, policyCodes: ['elderly-longevity-allowance'] } });

/** A fresh draft of civil affairs (mzj). */
async function mzjDraft(f: Fixture, unique: string): Promise<string> {
  const code = `mx-${unique}`;
  await savePolicy(f.t.system, { code, ...policyBody('mzj') });
  return code;
}

/** A police (gaj) 秒批 draft bound to civil affairs' item, stored as if from before the rule that forbids it. */
async function crossDepartmentDraft(f: Fixture, unique: string): Promise<string> {
  const code = `mx-${unique}`;
  const now = f.t.clock.now();
  await f.t.tongban.platform.database.db.insert(policies).values({ id: newId(), code, nameZh: '跨部门秒批', nameEn: 'Cross-department', summaryZh: '旧', summaryEn: 'Old',
    subject: 'person', departmentCode: 'gaj', itemCode: 'minimum-living-allowance', instantApproval: true, autoGrant: false, optOutDays: 0,
    rule: { subject: 'person', conditions: [condition] }, tests: [], status: 'draft', draftVersion: 1, publishedVersion: null, createdAt: now, updatedAt: now });
  return code;
}

/** The policy a row acts on: the published 最低生活保障, a fresh mzj draft, or a cross-department 秒批 draft. */
async function policyOn(f: Fixture, row: MatrixRow, unique: string): Promise<string> {
  if (row.on === 'published') return 'minimum-living-allowance';
  if (row.on === 'other_department_item') return crossDepartmentDraft(f, unique);
  return mzjDraft(f, unique);
}

async function triggerOn(f: Fixture, row: MatrixRow, unique: string): Promise<string> {
  const code = `mx-${unique}`;
  if (row.on === 'unowned_trigger') {
    const { departmentCode: _owner, name, ...rest } = triggerBody('mzj');
    await f.t.tongban.platform.database.db.insert(policyTriggers).values({ id: newId(), code, nameZh: name.zh, nameEn: name.en, departmentCode: null, ...rest, enabled: true,
      updatedAt: f.t.clock.now() });
  } else {
    await saveTrigger(f.t.system, { code, ...triggerBody('mzj') });
  }
  return code;
}

/** A service prepared for 张秀英 by the newborn trigger, as after an event of its own. */
async function preparedFor(f: Fixture): Promise<string> {
  const { db } = f.t.tongban.platform.database;
  const [trigger] = await db.select().from(policyTriggers).where(eq(policyTriggers.code, 'newborn-bundle'));
  const id = newId();
  await db.insert(preparedServices).values({ id, personId: f.zhangxiuying, triggerId: trigger!.id, eventId: newId(), bundleCode: 'newborn', titleZh: '新生儿出生一件事',
    titleEn: 'Newborn', prefill: {}, reason: { zh: '测试', en: 'Test' }, status: 'ready', createdAt: f.t.clock.now() });
  return id;
}

describeMatrix<Fixture>({
  module: 'policies',
  async setup() {
    const t = await startTestApp({ env: { SIGNIN_RATE_LIMIT: '10000', SESSION_IDLE_MINUTES: '1440' } });
    await seedDemo(t.system);
    await seedDemoCatalog(t.system);
    await t.tongban.runner.runDue();
    const sign = (who: string) => signInBrowser(t, who, DEMO_PASSWORD);
    const [zhangxiuying, wangfang] = [await personIdByIdNumber(t.system, DEMO_PEOPLE.zhangxiuying.idNumber), await personIdByIdNumber(t.system, DEMO_PEOPLE.wangfang.idNumber)];
    const enterpriseId = await enterpriseIdByCreditCode(t.system, DEMO_ENTERPRISE.creditCode);
    const zhangsan = await sign(DEMO_PEOPLE.zhangsan.idNumber);
    const lisi = await sign(DEMO_PEOPLE.lisi.idNumber);
    // 王芳 lets 李四 see her certificates only: nothing of her policy data.
    const delegated = await (await sign(DEMO_PEOPLE.wangfang.idNumber)).request({ method: 'POST', url: '/api/v1/delegations', payload: {
      agentIdNumber: DEMO_PEOPLE.lisi.idNumber, agentName: DEMO_PEOPLE.lisi.name, scopes: ['certificates.read'], validUntil: '2027-01-01T00:00:00Z', note: '只看证照' } });
    if (delegated.statusCode !== 201) throw new Error(`delegation: ${delegated.body}`);
    // An elder registered after the seed, found by 高龄津贴 (免申即享) when it is published again: a grant pending.
    const elder = await makeCitizen(t, { name: '高龄老人', birth: '19350101' });
    await t.tongban.runner.runDue();
    await publishPolicy(t.system, 'elderly-longevity-allowance');
    // 张三's childcare claim (卫健委's item), checked by 秒批 at submission.
    const claim = await zhangsan.request({ method: 'POST', url: '/api/v1/applications', payload: { itemCode: 'childcare-subsidy-claim', idempotencyKey: 'matrix-claim',
      formData: { child: { name: '张小宝', idNumber: makeIdNumber('20250601'), birthDate: '2025-06-01' }, guardian: { relation: 'father', bankAccount: '6222020200112233445', phone: '13900000009' } } } });
    if (claim.statusCode !== 201) throw new Error(`claim: ${claim.body}`);
    await t.tongban.runner.runDue();
    const mzjId = (await findDepartment(t.system, DEMO_CITY, 'mzj'))!.id;
    const client = await issueClient(t.system, { departmentId: mzjId, name: '民政业务系统' });
    const { access_token } = await issueClientToken(t.system, { grantType: 'client_credentials', clientId: client.clientId, clientSecret: client.clientSecret });
    const callers: Record<string, Caller> = {
      anonymous: anonymousCaller(t),
      citizen: await sign(DEMO_PEOPLE.zhangxiuying.idNumber),
      applicant: zhangsan,
      other_citizen: lisi,
      elder: await signInBrowser(t, elder.idNumber),
      delegate: actingFor(zhangsan, `person:${zhangxiuying}`),
      delegate_without_scope: actingFor(lisi, `person:${wangfang}`),
      enterprise_agent: actingFor(lisi, `enterprise:${enterpriseId}`),
      same_department_admin: await sign('admin.mzj'),
      same_department_reviewer: await sign('reviewer.mzj'),
      other_department_admin: await sign('admin.gaj'),
      other_department_reviewer: await sign('reviewer.gaj'),
      item_department_reviewer: await sign('reviewer.wjw'),
      leader: await sign('leader'),
      operator: await sign('admin'),
      client: bearerCaller(t, access_token),
    };
    return { t, callers, fixture: { t, zhangxiuying: zhangxiuying!, elder: elder.person.id, caseId: claim.json<{ id: string }>().id } };
  },
  requests: {
    'GET /api/v1/policies': () => ({ url: '/api/v1/policies' }),
    'GET /api/v1/policies/:code': async (f, row, u) => ({ url: `/api/v1/policies/${await policyOn(f, row, u)}` }),
    'PUT /api/v1/policies/:code': async (f, row, u) => {
      if (row.on === 'other_department_item') return { url: `/api/v1/policies/mx-${u}`, payload: policyBody('gaj', { itemCode: 'minimum-living-allowance', instantApproval: true }) };
      const code = await policyOn(f, row, u);
      return { url: `/api/v1/policies/${code}`, payload: row.on === 'published' ? policyBody('gaj', { itemCode: 'minimum-living-allowance' }) : policyBody('mzj') };
    },
    'GET /api/v1/policy-facts': () => ({ url: '/api/v1/policy-facts?subject=enterprise' }),
    'POST /api/v1/policies/check-rule': () => ({ url: '/api/v1/policies/check-rule', payload: { subject: 'person', rule: { conditions: [condition] } } }),
    'POST /api/v1/policies/:code/tests/run': async (f, row, u) => ({ url: `/api/v1/policies/${await policyOn(f, row, u)}/tests/run` }),
    'GET /api/v1/policies/:code/preview': async (f, row, u) => ({ url: `/api/v1/policies/${await policyOn(f, row, u)}/preview` }),
    'POST /api/v1/policies/:code/publish': async (f, row, u) => ({ url: `/api/v1/policies/${await policyOn(f, row, u)}/publish` }),
    'POST /api/v1/policies/:code/withdraw': async (f, row, u) => ({ url: `/api/v1/policies/${await policyOn(f, row, u)}/withdraw` }),
    'GET /api/v1/policies/:code/versions': async (f, row, u) => ({ url: `/api/v1/policies/${await policyOn(f, row, u)}/versions` }),
    'POST /api/v1/policies/simulate': () => ({ url: '/api/v1/policies/simulate', payload: { subject: 'person', facts: { birthDate: '1935-01-01' } } }),
    'GET /api/v1/me/policy-matches': () => ({ url: '/api/v1/me/policy-matches' }),
    'POST /api/v1/me/policy-matches/:code/opt-out': () => ({ url: '/api/v1/me/policy-matches/elderly-longevity-allowance/opt-out' }),
    'POST /api/v1/me/policy-matches/:code/opt-in': async (f) => {
      await f.t.tongban.platform.database.db.update(policyMatches).set({ status: 'opted_out', optedOutAt: f.t.clock.now() }).where(eq(policyMatches.subjectId, f.elder));
      return { url: '/api/v1/me/policy-matches/elderly-longevity-allowance/opt-in' };
    },
    'GET /api/v1/me/facts': () => ({ url: '/api/v1/me/facts' }),
    'GET /api/v1/me/prepared-services': () => ({ url: '/api/v1/me/prepared-services' }),
    'POST /api/v1/me/prepared-services/:id/confirm': async (f) => ({ url: `/api/v1/me/prepared-services/${await preparedFor(f)}/confirm` }),
    'POST /api/v1/me/prepared-services/:id/dismiss': async (f) => ({ url: `/api/v1/me/prepared-services/${await preparedFor(f)}/dismiss` }),
    'GET /api/v1/applications/:id/instant-checks': (f) => ({ url: `/api/v1/applications/${f.caseId}/instant-checks` }),
    'PUT /api/v1/facts/:subject/:id': (f) => ({ url: `/api/v1/facts/person/${f.zhangxiuying}`, payload: { facts: { familySize: 1 }, source: 'matrix' } }),
    'GET /api/v1/policy-triggers': () => ({ url: '/api/v1/policy-triggers' }),
    'PUT /api/v1/policy-triggers/:code': async (f, row, u) => ({ url: `/api/v1/policy-triggers/${await triggerOn(f, row, u)}`, payload: triggerBody('mzj') }),
  },
  rows,
});
