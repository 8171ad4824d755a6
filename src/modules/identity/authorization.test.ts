// The identity routes, tried by each kind of caller over HTTP (rows in authorization.rows.ts).
import { DEMO_ENTERPRISE, DEMO_PASSWORD, DEMO_PEOPLE, seedDemo } from '../../demo/seed.js';
import { SeededRandom } from '../../platform/random.js';
import { makeCitizen, makeIdNumber, PASSWORD, signInBrowser } from '../../test/factories.js';
import { startTestApp } from '../../test/harness.js';
import { actingFor, demoCallers, describeMatrix, type Caller, type MatrixRow } from '../../test/matrix.js';
import { findDepartment } from '../directory/index.js';
import { createAccount, enterpriseIdByCreditCode, personIdByIdNumber, registerCitizen } from './index.js';
import { rows } from './authorization.rows.js';
import { syntheticCreditCode } from './synthetic.js';

interface Fixture {
  people: Record<keyof typeof DEMO_PEOPLE, string>;
  enterpriseId: string;
  police: string;
  civil: string;
  citizen: Caller;
  clerk: Caller;
  /** A fresh reviewer account, of the police (staff_of_mine) or of civil affairs (other_department). */
  staff(row: MatrixRow, unique: string): Promise<string>;
  /** A fresh person on record without an account, at real-name level 1 or registered at a window. */
  person(): Promise<string>;
}

const until = '2027-01-31T00:00:00Z';

describeMatrix<Fixture>({
  module: 'identity',
  async setup() {
    const t = await startTestApp({ env: { SIGNIN_RATE_LIMIT: '10000' } });
    await seedDemo(t.system);
    const callers = await demoCallers(t);
    const people = Object.fromEntries(await Promise.all(Object.entries(DEMO_PEOPLE).map(async ([k, p]) => [k, (await personIdByIdNumber(t.system, p.idNumber))!]))) as Fixture['people'];
    const enterpriseId = (await enterpriseIdByCreditCode(t.system, DEMO_ENTERPRISE.creditCode))!;
    // 王芳 lets 李四 look at her certificates only: he holds no profile.read for her.
    const wangfang = await signInBrowser(t, DEMO_PEOPLE.wangfang.idNumber, DEMO_PASSWORD);
    await wangfang.request({ method: 'POST', url: '/api/v1/delegations', payload: { agentIdNumber: DEMO_PEOPLE.lisi.idNumber, agentName: DEMO_PEOPLE.lisi.name, scopes: ['certificates.read'], validUntil: until } });
    const police = (await findDepartment(t.system, '339900', 'gaj'))!.id;
    const civil = (await findDepartment(t.system, '339900', 'mzj'))!.id;
    const fixture: Fixture = {
      people, enterpriseId, police, civil, citizen: callers.citizen!, clerk: callers.clerk!,
      staff: async (row, unique) => (await createAccount(t.system, { username: `s${unique}`, displayName: unique, password: PASSWORD,
        postings: [{ role: 'reviewer', departmentId: row.on === 'other_department' ? civil : police }] })).id,
      person: async () => (await registerCitizen(t.system, { name: '路人', idNumber: makeIdNumber('19700101'), password: PASSWORD })).person.id,
    };
    return {
      t, fixture,
      callers: {
        ...callers,
        delegate: actingFor(callers.citizen!, `person:${people.zhangxiuying}`),
        delegate_without_scope: actingFor(callers.other_citizen!, `person:${people.wangfang}`),
        agent: actingFor(callers.other_citizen!, `enterprise:${enterpriseId}`),
        level1_citizen: await signInBrowser(t, (await makeCitizen(t, { name: '新注册' })).idNumber),
        fresh_citizen: { request: async (opts) => (await signInBrowser(t, DEMO_PEOPLE.wangfang.idNumber, DEMO_PASSWORD)).request(opts) },
      },
    };
  },
  requests: {
    'POST /api/v1/auth/sign-in': (_f, row) => ({ url: '/api/v1/auth/sign-in', payload: {
      identifier: row.on === 'unknown_account' ? makeIdNumber('19600101') : DEMO_PEOPLE.wangfang.idNumber,
      password: row.on === 'right_password' ? DEMO_PASSWORD : 'not-the-password-1' } }),
    'POST /api/v1/auth/sign-out': () => ({ url: '/api/v1/auth/sign-out' }),
    'POST /api/v1/auth/register': (_f, row) => ({ url: '/api/v1/auth/register', payload: {
      name: '注册人', idNumber: row.on === 'taken_id_number' ? DEMO_PEOPLE.zhangsan.idNumber : makeIdNumber('19990101'), password: PASSWORD } }),
    'GET /api/v1/me': () => ({ url: '/api/v1/me' }),
    'POST /api/v1/me/real-name-check': () => ({ url: '/api/v1/me/real-name-check' }),
    'GET /api/v1/me/data-access': () => ({ url: '/api/v1/me/data-access' }),
    'GET /api/v1/me/enterprises': () => ({ url: '/api/v1/me/enterprises' }),
    'GET /api/v1/persons': () => ({ url: `/api/v1/persons?idNumber=${DEMO_PEOPLE.zhangsan.idNumber}&purpose=${encodeURIComponent('窗口受理')}` }),
    'GET /api/v1/persons/:id': (f, row) => ({
      url: `/api/v1/persons/${row.on === 'principal' ? (row.as === 'delegate' ? f.people.zhangxiuying : f.people.wangfang) : f.people.zhangsan}?purpose=${encodeURIComponent('核验')}` }),
    'POST /api/v1/persons': () => ({ url: '/api/v1/persons', payload: { name: '来访者', idNumber: makeIdNumber('19580808') } }),
    'POST /api/v1/persons/:id/real-name-verification': async (f, row) => ({
      url: `/api/v1/persons/${row.on === 'own' ? f.people.zhangsan : await f.person()}/real-name-verification`, payload: { purpose: '窗口实名核验' } }),
    'POST /api/v1/persons/:id/account': async (f) => {
      const walkIn = await f.clerk.request({ method: 'POST', url: '/api/v1/persons', payload: { name: '窗口开户', idNumber: makeIdNumber('19570707') } });
      return { url: `/api/v1/persons/${walkIn.json<{ id: string }>().id}/account`, payload: { password: 'keypad-pass-77', purpose: '窗口开通账号' } };
    },
    'POST /api/v1/enterprises': (_f, _row, unique) => ({ url: '/api/v1/enterprises', payload: {
      creditCode: syntheticCreditCode(new SeededRandom([...unique].reduce((h, c) => h * 31 + c.charCodeAt(0), 7) % 1_000_000), '339902'),
      name: `矩阵测试公司${unique}`, regionCode: '339902', legalRepresentativeIdNumber: DEMO_PEOPLE.wangfang.idNumber } }),
    'GET /api/v1/enterprises/:id': (f) => ({ url: `/api/v1/enterprises/${f.enterpriseId}` }),
    'GET /api/v1/enterprises/:id/agents': (f) => ({ url: `/api/v1/enterprises/${f.enterpriseId}/agents` }),
    'POST /api/v1/enterprises/:id/agents': (f) => ({ url: `/api/v1/enterprises/${f.enterpriseId}/agents`, payload: {
      idNumber: DEMO_PEOPLE.wangfang.idNumber, name: DEMO_PEOPLE.wangfang.name, scopes: ['enterprise.read'], validUntil: until } }),
    'DELETE /api/v1/enterprises/:id/agents/:agentId': async (f) => {
      const granted = await f.citizen.request({ method: 'POST', url: `/api/v1/enterprises/${f.enterpriseId}/agents`, payload: {
        idNumber: DEMO_PEOPLE.wangfang.idNumber, name: DEMO_PEOPLE.wangfang.name, scopes: ['enterprise.read'], validUntil: until } });
      return { url: `/api/v1/enterprises/${f.enterpriseId}/agents/${granted.json<{ id: string }>().id}` };
    },
    'GET /api/v1/delegations': () => ({ url: '/api/v1/delegations' }),
    'POST /api/v1/delegations': () => ({ url: '/api/v1/delegations', payload: {
      agentIdNumber: DEMO_PEOPLE.wangfang.idNumber, agentName: DEMO_PEOPLE.wangfang.name, scopes: ['applications.read'], validUntil: until } }),
    'DELETE /api/v1/delegations/:id': async (f) => {
      const granted = await f.citizen.request({ method: 'POST', url: '/api/v1/delegations', payload: {
        agentIdNumber: DEMO_PEOPLE.wangfang.idNumber, agentName: DEMO_PEOPLE.wangfang.name, scopes: ['applications.read'], validUntil: until } });
      return { url: `/api/v1/delegations/${granted.json<{ id: string }>().id}` };
    },
    'GET /api/v1/admin/accounts': () => ({ url: '/api/v1/admin/accounts' }),
    'POST /api/v1/admin/accounts': (f, row, unique) => ({ url: '/api/v1/admin/accounts', payload: { username: `n${unique}`, displayName: unique, password: PASSWORD,
      postings: [{ role: 'reviewer', departmentId: row.on === 'other_department' ? f.civil : f.police }] } }),
    'POST /api/v1/admin/accounts/:id/disable': async (f, row, unique) => ({ url: `/api/v1/admin/accounts/${await f.staff(row, unique)}/disable` }),
    'POST /api/v1/admin/accounts/:id/password': async (f, row, unique) => ({ url: `/api/v1/admin/accounts/${await f.staff(row, unique)}/password`,
      payload: { password: 'reset-pass-2026' } }),
    'POST /api/v1/admin/accounts/:id/postings': async (f, row, unique) => ({ url: `/api/v1/admin/accounts/${await f.staff(row, unique)}/postings`,
      payload: { role: 'window_clerk', departmentId: row.on === 'posting_in_other_department' ? f.civil : f.police } }),
    'GET /api/v1/statistics/identity': () => ({ url: '/api/v1/statistics/identity?region=339900' }),
  },
  rows,
});

