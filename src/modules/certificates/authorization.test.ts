// Runs the certificates matrix (authorization.rows.ts) over HTTP against a whole demo Tongban.
import { and, eq, isNull } from 'drizzle-orm';
import { DEMO_CITY, DEMO_ENTERPRISE, DEMO_PASSWORD, DEMO_PEOPLE, seedDemo } from '../../demo/seed.js';
import { signInBrowser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { actingFor, anonymousCaller, demoCallers, describeMatrix } from '../../test/matrix.js';
import { findDepartment } from '../directory/index.js';
import { enterpriseIdByCreditCode, personIdByIdNumber } from '../identity/index.js';
import { rows } from './authorization.rows.js';
import { certificates } from './schema.js';
import { issueCertificate, rotateDepartmentKeys } from './service.js';

interface Fixture {
  t: TestApp;
  own: string; // 王芳's resident ID card, issued by the police
  enterprise: string; // 云帆科技's business licence
  police: string; // the issuing department
  civilAffairs: string; // another department, whose keys are not the police's
  statusList: string;
  holderId: string;
  presentation: string;
}

const UNKNOWN = '00000000-0000-4000-8000-00000000abcd';

describeMatrix<Fixture>({
  module: 'certificates',
  async setup() {
    const t = await startTestApp({ env: { SIGNIN_RATE_LIMIT: '10000' } });
    await seedDemo(t.system);
    const sign = (who: string) => signInBrowser(t, who, DEMO_PASSWORD);
    const holderId = (await personIdByIdNumber(t.system, DEMO_PEOPLE.wangfang.idNumber))!;
    const enterpriseId = (await enterpriseIdByCreditCode(t.system, DEMO_ENTERPRISE.creditCode))!;
    const police = (await findDepartment(t.system, DEMO_CITY, 'gaj'))!.id;
    const civilAffairs = (await findDepartment(t.system, DEMO_CITY, 'mzj'))!.id;
    // 王芳 lets her husband look at her certificates, and 李四 only follow her applications.
    const holder = await sign(DEMO_PEOPLE.wangfang.idNumber);
    for (const [agent, scopes] of [[DEMO_PEOPLE.zhangsan, ['certificates.read']], [DEMO_PEOPLE.lisi, ['applications.read']]] as const) {
      const res = await holder.request({ method: 'POST', url: '/api/v1/delegations', payload: { agentIdNumber: agent.idNumber, agentName: agent.name, scopes,
        validUntil: '2027-12-31T00:00:00Z' } });
      if (res.statusCode !== 201) throw new Error(`the fixture's delegation was refused: ${res.statusCode} ${res.body}`);
    }
    const demo = await demoCallers(t); // 张三, 李四, the police's and civil affairs' staff, clerk, leader, operator, the police's system
    const zhangsan = demo.citizen!;
    const lisi = demo.other_citizen!;
    const [own] = await t.system.db.select().from(certificates).where(and(eq(certificates.holderPersonId, holderId), isNull(certificates.holderEnterpriseId), eq(certificates.type, 'resident-id-card')));
    const [enterprise] = await t.system.db.select().from(certificates).where(eq(certificates.holderEnterpriseId, enterpriseId));
    const shared = (await holder.request({ method: 'POST', url: `/api/v1/certificates/${own!.id}/shares`, payload: { claims: ['name'], verifier: '示范银行', validMinutes: 60 } })).json<{ presentation: string }>();
    return {
      t,
      callers: {
        anonymous: anonymousCaller(t), holder, other_citizen: await sign(DEMO_PEOPLE.zhangxiuying.idNumber),
        delegate_with_scope: actingFor(zhangsan, `person:${holderId}`), delegate_without_scope: actingFor(lisi, `person:${holderId}`),
        enterprise_agent: actingFor(lisi, `enterprise:${enterpriseId}`),
        issuing_reviewer: demo.reviewer!, issuing_admin: demo.department_admin!,
        other_department_reviewer: demo.other_reviewer!, other_department_admin: demo.other_department_admin!,
        clerk: demo.clerk!, leader: demo.leader!, operator: demo.operator!, client: demo.client!,
      },
      fixture: { t, own: own!.id, enterprise: enterprise!.id, police, civilAffairs, statusList: own!.statusListId, holderId, presentation: shared.presentation },
    };
  },
  requests: {
    'GET /.well-known/jwt-vc-issuer/issuers/:id': (f, row) => ({ url: `/.well-known/jwt-vc-issuer/issuers/${row.on === 'unknown_issuer' ? UNKNOWN : f.police}` }),
    'GET /issuers/:id/jwks.json': (f) => ({ url: `/issuers/${f.police}/jwks.json` }),
    'GET /status-lists/:id': (f, row) => ({ url: `/status-lists/${row.on === 'unknown_list' ? UNKNOWN : f.statusList}` }),
    'GET /certificate-types/:code': () => ({ url: '/certificate-types/resident-id-card' }),
    'GET /api/v1/certificate-types': () => ({ url: '/api/v1/certificate-types' }),
    'POST /api/v1/verify': (f) => ({ url: '/api/v1/verify', payload: { token: f.presentation } }),
    'GET /api/v1/certificates': () => ({ url: '/api/v1/certificates' }),
    'GET /api/v1/certificates/:id': (f, row) => ({ url: `/api/v1/certificates/${row.on === 'enterprise' ? f.enterprise : f.own}` }),
    'GET /api/v1/certificates/:id/credential': (f, row) => ({ url: `/api/v1/certificates/${row.on === 'enterprise' ? f.enterprise : f.own}/credential` }),
    'POST /api/v1/certificates/:id/shares': (f, row) => ({ url: `/api/v1/certificates/${row.on === 'enterprise' ? f.enterprise : f.own}/shares`,
      payload: { claims: [row.on === 'enterprise' ? 'enterpriseName' : 'name'], verifier: '示范银行', validMinutes: 10 } }),
    'GET /api/v1/certificates/:id/shares': (f, row) => ({ url: `/api/v1/certificates/${row.on === 'enterprise' ? f.enterprise : f.own}/shares` }),
    // Each row suspends a fresh certificate of the holder's, so rows do not depend on each other.
    'POST /api/v1/certificates/:id/status': async (f) => {
      const fresh = await issueCertificate(f.t.system, { type: 'resident-id-card', holder: { kind: 'person', personId: f.holderId }, issuerDepartmentId: f.police,
        claims: { name: '王芳' } });
      return { url: `/api/v1/certificates/${fresh.id}/status`, payload: { action: 'suspend', reason: '核查' } };
    },
    'GET /api/v1/admin/departments/:id/signing-keys': (f, row) => ({ url: `/api/v1/admin/departments/${row.on === 'unknown_department' ? UNKNOWN : f.police}/signing-keys` }),
    // Each row revokes a fresh retired key (a rotation first), so the active keys the other rows sign with stay.
    'POST /api/v1/admin/departments/:id/signing-keys/:kid/revoke': async (f, row) => {
      const owner = row.on === 'other_departments_key' ? f.civilAffairs : f.police;
      const [rotation] = await rotateDepartmentKeys(f.t.system, owner, ['exchange_answer']);
      return { url: `/api/v1/admin/departments/${row.on === 'unknown_department' ? UNKNOWN : f.police}/signing-keys/${rotation!.retired ?? rotation!.active}/revoke`,
        payload: { reason: '密钥泄露演练' } };
    },
    'POST /api/v1/admin/departments/:id/signing-keys/rotate': (f, row) => ({ url: `/api/v1/admin/departments/${row.on === 'unknown_department' ? UNKNOWN : f.police}/signing-keys/rotate` }),
  },
  rows,
});
