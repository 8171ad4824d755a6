// Runs the cases module's authorization matrix (authorization.rows.ts) over HTTP. Each row files the case it acts
// on, so rows are independent: whose case it is follows from the caller (a delegate acts on the mother's case, the
// enterprise agent on the enterprise's, everyone else on 张三's), its state from the row's `on`.
import { findDepartment } from '../directory/index.js';
import { makeCitizen, signInBrowser, type Browser } from '../../test/factories.js';
import { actingFor, anonymousCaller, describeMatrix, type Caller, type MatrixRow, type RequestSpec } from '../../test/matrix.js';
import { rows } from './authorization.rows.js';
import { startCasesWorld, type CasesWorld } from './test-world.js';

interface Fixture { w: CasesWorld; filers: Record<Whose, Caller>; delegate: Caller; mzjId: string }
type Whose = 'zhangsan' | 'mother' | 'enterprise';

const whose = (row: MatrixRow): Whose => (row.as.startsWith('delegate') ? 'mother' : row.as === 'enterprise_agent' && row.on !== 'a person\'s case' ? 'enterprise' : 'zhangsan');
const itemOf = (who: Whose) => (who === 'enterprise' ? 'pharmacy-test' : 'kin-allowance');
const formOf = (who: Whose) => (who === 'enterprise' ? { shop: '示范大药房' } : { partner: { name: '王芳', idNumber: '339902199001010011' }, payment: { bankAccount: '6222020200112233445' } });

async function ok<T>(res: Promise<{ statusCode: number; body: string; json: () => unknown }>, what: string): Promise<T> {
  const r = await res;
  if (r.statusCode >= 300) throw new Error(`${what}: ${r.statusCode} ${r.body.slice(0, 300)}`);
  return r.json() as T;
}

interface Filed { id: string; number: string; tasks: { id: string; departmentId: string }[] }

const fileCase = (f: Fixture, who: Whose, itemCode = itemOf(who), formData: Record<string, unknown> = formOf(who)) =>
  ok<Filed>(f.filers[who].request({ method: 'POST', url: '/api/v1/applications', payload: { itemCode, formData } }), `filing for ${who}`);
const fileDraft = (f: Fixture, who: Whose) =>
  ok<Filed>(f.filers[who].request({ method: 'POST', url: '/api/v1/applications/drafts', payload: { itemCode: itemOf(who), formData: formOf(who) } }), `a draft for ${who}`);

/** A case of the row's subject in the state the row names. */
async function caseFor(f: Fixture, row: MatrixRow): Promise<Filed> {
  const who = whose(row);
  switch (row.on) {
    case 'draft': case 'enterprise record': case 'person record for an enterprise': return fileDraft(f, who);
    case 'fetched': {
      const draft = await fileDraft(f, who);
      await ok(f.filers[who].request({ method: 'POST', url: `/api/v1/applications/${draft.id}/materials/household-register/fetch` }), 'fetching');
      return ok<Filed>(f.filers[who].request({ method: 'POST', url: `/api/v1/applications/${draft.id}/submit`, payload: {} }), 'submitting');
    }
    case 'awaiting supplement': {
      const filed = await fileCase(f, who);
      await ok(f.w.browsers.police.request({ method: 'POST', url: `/api/v1/applications/${filed.id}/supplement-requests`,
        payload: { items: [{ target: '/formData/partner/name', reason: '请核对' }] } }), 'asking for a supplement');
      return filed;
    }
    case 'waiting for a clerk': return fileCase(f, who, 'newborn-insurance', { child: { name: '小宝', birthDate: '2026-02-01' } });
    default: return fileCase(f, who);
  }
}

const onCase = (path: string, payload?: (f: Fixture, row: MatrixRow) => RequestSpec['payload']) => async (f: Fixture, row: MatrixRow): Promise<RequestSpec> => {
  const c = await caseFor(f, row);
  return { url: `/api/v1/applications/${c.id}${path}`, ...(payload ? { payload: payload(f, row) } : {}) };
};

const onTask = (path: string, payload: (f: Fixture) => RequestSpec['payload']) => async (f: Fixture, row: MatrixRow): Promise<RequestSpec> => {
  const c = await caseFor(f, row);
  return { url: `/api/v1/tasks/${c.tasks[0]!.id}${path}`, payload: payload(f) };
};

/** A life event's draft: the delegate's own for delegate rows (a draft belongs to the account that saved it), 张三's otherwise. */
const onBundleDraft = (payload?: RequestSpec['payload']) => async (f: Fixture, row: MatrixRow): Promise<RequestSpec> => {
  const filer = row.as === 'delegate' ? f.delegate : row.as === 'delegate_without_scope' ? f.filers.mother : f.filers.zhangsan;
  const draft = await ok<{ id: string }>(filer.request({ method: 'POST', url: '/api/v1/bundle-drafts', payload: { bundleCode: 'newborn' } }), 'a bundle draft');
  return { url: `/api/v1/bundle-drafts/${draft.id}`, ...(payload ? { payload } : {}) };
};

const fetchCode = (row: MatrixRow) => (row.on === 'enterprise record' ? 'business-license' : row.on === 'person record for an enterprise' ? 'pharmacist' : 'household-register');

describeMatrix<Fixture>({
  module: 'cases',
  async setup() {
    const w = await startCasesWorld();
    const b = w.browsers;
    const stranger = await makeCitizen(w.t, { name: '邻居' });
    await ok(b.mother.request({ method: 'POST', url: '/api/v1/delegations', payload: {
      agentIdNumber: stranger.idNumber, agentName: '邻居', scopes: ['profile.read'], validUntil: '2027-01-01T00:00:00+08:00' } }), 'delegating profile.read');
    const neighbour: Browser = await signInBrowser(w.t, stranger.idNumber);
    const asMother = (c: Caller) => actingFor(c, `person:${w.motherId}`);
    const asEnterprise = actingFor(b.lisi, `enterprise:${w.enterpriseId}`);
    const callers: Record<string, Caller> = {
      owner: b.zhangsan, other_citizen: b.wangfang, delegate: asMother(b.zhangsan), delegate_without_scope: asMother(neighbour), enterprise_agent: asEnterprise,
      reviewer: b.police, other_reviewer: b.market, clerk: b.clerk, department_admin: b.policeAdmin, leader: b.leader, operator: b.admin, anonymous: anonymousCaller(w.t),
    };
    const mzj = await findDepartment(w.t.system, '339900', 'mzj');
    return { t: w.t, callers, fixture: { w, filers: { zhangsan: b.zhangsan, mother: b.mother, enterprise: asEnterprise }, delegate: callers.delegate!, mzjId: mzj!.id } };
  },
  requests: {
    'POST /api/v1/applications': (_f, row) => ({ url: '/api/v1/applications', payload: { itemCode: itemOf(whose(row)), formData: formOf(whose(row)) } }),
    'GET /api/v1/applications': () => ({ url: '/api/v1/applications' }),
    'POST /api/v1/applications/drafts': (_f, row) => ({ url: '/api/v1/applications/drafts', payload: { itemCode: itemOf(whose(row)) } }),
    'PUT /api/v1/applications/:id/draft': onCase('/draft', (_f, row) => ({ formData: formOf(whose(row)) })),
    'POST /api/v1/applications/:id/submit': onCase('/submit', () => ({})),
    'GET /api/v1/applications/:id/materials': onCase('/materials'),
    'POST /api/v1/applications/:id/materials/:code/certificate': onCase('/materials/household-register/certificate', () => ({ certificateId: '00000000-0000-4000-8000-000000000001' })),
    'POST /api/v1/applications/:id/materials/:code/fetch': async (f, row) => ({ url: `${(await onCase('')(f, row)).url}/materials/${fetchCode(row)}/fetch` }),
    'GET /api/v1/applications/:id/materials/:code/fetched': onCase('/materials/household-register/fetched'),
    'GET /api/v1/applications/:id/reuse': onCase('/reuse'),
    'GET /api/v1/statistics/reuse': () => ({ url: '/api/v1/statistics/reuse' }),
    'GET /api/v1/applications/:id': onCase(''),
    'POST /api/v1/applications/:id/reveal': onCase('/reveal', () => ({ field: '/partner/idNumber' })),
    'GET /api/v1/applications/:id/timeline': onCase('/timeline'),
    'POST /api/v1/applications/:id/withdraw': onCase('/withdraw', () => ({ reason: '不办了' })),
    'POST /api/v1/applications/:id/supplement': onCase('/supplement', () => ({ note: '已核对' })),
    'POST /api/v1/applications/:id/deferred-materials': onCase('/deferred-materials', () => ({ materials: [{ code: 'household-register', fileId: '00000000-0000-4000-8000-000000000002' }] })),
    'POST /api/v1/bundle-applications': () => ({ url: '/api/v1/bundle-applications', payload: { bundleCode: 'newborn', sharedData: { childName: '小宝', childBirthDate: '2026-02-01' }, forms: {} } }),
    'GET /api/v1/bundle-applications/:id': async (f) => {
      const bundle = await ok<{ id: string }>(f.filers.zhangsan.request({ method: 'POST', url: '/api/v1/bundle-applications',
        payload: { bundleCode: 'newborn', sharedData: { childName: '小贝', childBirthDate: '2026-02-02' }, forms: {} } }), 'a bundle');
      return { url: `/api/v1/bundle-applications/${bundle.id}` };
    },
    'POST /api/v1/bundle-drafts': () => ({ url: '/api/v1/bundle-drafts', payload: { bundleCode: 'newborn' } }),
    'GET /api/v1/bundle-drafts': () => ({ url: '/api/v1/bundle-drafts' }),
    'GET /api/v1/bundle-drafts/:id': onBundleDraft(),
    'PUT /api/v1/bundle-drafts/:id': onBundleDraft({ answers: { values: { shared: { childName: '小宝' } }, uploads: [], reuse: [] } }),
    'DELETE /api/v1/bundle-drafts/:id': onBundleDraft(),
    'GET /api/v1/statistics/cases': () => ({ url: '/api/v1/statistics/cases?region=339900' }),
    'POST /api/v1/applications/:id/accept': onCase('/accept'),
    'POST /api/v1/applications/:id/supplement-requests': onCase('/supplement-requests', () => ({ items: [{ target: '/formData/partner/name', reason: '请核对' }] })),
    'GET /api/v1/tasks': () => ({ url: '/api/v1/tasks' }),
    'POST /api/v1/tasks/:id/claim': onTask('/claim', () => undefined),
    'POST /api/v1/tasks/:id/transfer': onTask('/transfer', (f) => ({ departmentId: f.mzjId, reason: '属民政职责' })),
    'POST /api/v1/tasks/:id/assign': onTask('/assign', () => ({ accountId: null })),
    'POST /api/v1/tasks/:id/decision': onTask('/decision', () => ({ decision: 'approve', reason: '材料齐全' })),
  },
  rows,
});
