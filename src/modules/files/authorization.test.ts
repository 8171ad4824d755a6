// The files routes, tried by each kind of caller over HTTP (rows in authorization.rows.ts).
import { DEMO_ENTERPRISE, DEMO_PASSWORD, DEMO_PEOPLE, seedDemo } from '../../demo/seed.js';
import { system } from '../../platform/actor.js';
import { importTestCatalog } from '../../test/catalog-fixture.js';
import { signInBrowser } from '../../test/factories.js';
import { startTestApp } from '../../test/harness.js';
import { actingFor, demoCallers, describeMatrix } from '../../test/matrix.js';
import { makePdf } from '../../test/samples.js';
import { enterpriseIdByCreditCode, personIdByIdNumber } from '../identity/index.js';
import { storeFile } from './index.js';
import { rows } from './authorization.rows.js';

interface Fixture { files: Record<'on_case' | 'loose' | 'principal', string> }

/** One PDF as multipart/form-data in the field "file", the way a browser sends it. */
async function multipartPdf(name: string): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(makePdf(name))], { type: 'application/pdf' }), `${name}.pdf`);
  const request = new Request('http://tongban.test/api/v1/files', { method: 'POST', body: form });
  return { payload: Buffer.from(await request.arrayBuffer()), headers: { 'content-type': request.headers.get('content-type')! } };
}

describeMatrix<Fixture>({
  module: 'files',
  async setup() {
    const t = await startTestApp({ env: { SIGNIN_RATE_LIMIT: '10000' } });
    await seedDemo(t.system);
    await importTestCatalog(t);
    const callers = await demoCallers(t);
    const id = async (p: { idNumber: string }) => (await personIdByIdNumber(t.system, p.idNumber))!;
    const [zhangsan, mother, wangfang] = [await id(DEMO_PEOPLE.zhangsan), await id(DEMO_PEOPLE.zhangxiuying), await id(DEMO_PEOPLE.wangfang)];
    const file = async (owner: string, text: string) => (await storeFile(t.ctxFor(system), { bytes: makePdf(text), originalName: `${text}.pdf`, ownerPersonId: owner })).id;
    const files = { on_case: await file(zhangsan, '租赁合同'), loose: await file(zhangsan, '草稿'), principal: await file(mother, '母亲的材料') };
    const filed = await callers.citizen!.request({ method: 'POST', url: '/api/v1/applications', payload: { itemCode: 'residence-permit',
      formData: { address: '东湖区湖滨路 1 号' }, materials: [{ code: 'tenancy-contract', fileId: files.on_case }] } });
    if (filed.statusCode !== 201) throw new Error(`files matrix: the case was not filed: ${filed.body}`);
    // 王芳 lets 李四 look at her certificates only.
    const her = await signInBrowser(t, DEMO_PEOPLE.wangfang.idNumber, DEMO_PASSWORD);
    await her.request({ method: 'POST', url: '/api/v1/delegations', payload: { agentIdNumber: DEMO_PEOPLE.lisi.idNumber, agentName: DEMO_PEOPLE.lisi.name,
      scopes: ['certificates.read'], validUntil: '2027-01-31T00:00:00Z' } });
    const enterpriseId = (await enterpriseIdByCreditCode(t.system, DEMO_ENTERPRISE.creditCode))!;
    return { t, fixture: { files }, callers: { ...callers,
      delegate: actingFor(callers.citizen!, `person:${mother}`),
      delegate_without_scope: actingFor(callers.other_citizen!, `person:${wangfang}`),
      agent: actingFor(callers.other_citizen!, `enterprise:${enterpriseId}`) } };
  },
  requests: {
    'POST /api/v1/files': async (_f, _row, unique) => ({ url: '/api/v1/files', ...(await multipartPdf(unique)) }),
    'GET /api/v1/files/:id': (f, row) => ({ url: `/api/v1/files/${f.files[row.on as keyof Fixture['files']]}?purpose=${encodeURIComponent('材料审查')}` }),
    'GET /api/v1/files/:id/content': (f, row) => ({ url: `/api/v1/files/${f.files[row.on as keyof Fixture['files']]}/content?purpose=${encodeURIComponent('材料审查')}` }),
  },
  rows,
});
