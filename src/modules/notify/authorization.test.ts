// The notify routes, tried by each kind of caller over HTTP (rows in authorization.rows.ts).
import { DEMO_PEOPLE, seedDemo } from '../../demo/seed.js';
import { startTestApp } from '../../test/harness.js';
import { actingFor, demoCallers, describeMatrix } from '../../test/matrix.js';
import { withTransaction, type Ctx } from '../../platform/context.js';
import { personIdByIdNumber } from '../identity/index.js';
import { notify } from './index.js';
import { rows } from './authorization.rows.js';

interface Fixture { system: Ctx; zhangsan: string; zhangxiuying: string; wangfang: string }

describeMatrix<Fixture>({
  module: 'notify',
  async setup() {
    const t = await startTestApp({ env: { SIGNIN_RATE_LIMIT: '10000' } });
    await seedDemo(t.system);
    const callers = await demoCallers(t);
    const id = async (p: { idNumber: string }) => (await personIdByIdNumber(t.system, p.idNumber))!;
    const fixture = { system: t.system, zhangsan: await id(DEMO_PEOPLE.zhangsan), zhangxiuying: await id(DEMO_PEOPLE.zhangxiuying), wangfang: await id(DEMO_PEOPLE.wangfang) };
    return { t, fixture, callers: { ...callers, delegate: actingFor(callers.citizen!, `person:${fixture.zhangxiuying}`) } };
  },
  requests: {
    'GET /api/v1/inbox': async (f, row) => {
      if (row.on !== 'other') return { url: '/api/v1/inbox' };
      const { messageId } = await withTransaction(f.system, (tx) => notify(tx, { personId: f.wangfang, template: 'account.welcome', params: { name: '王芳' } }));
      return { url: `/api/v1/inbox?before=${messageId}` };
    },
    'GET /api/v1/inbox/unread-count': () => ({ url: '/api/v1/inbox/unread-count' }),
    'POST /api/v1/inbox/:id/read': async (f, row, unique) => {
      const personId = row.on === 'own' ? f.zhangsan : row.on === 'principal' ? f.zhangxiuying : f.wangfang;
      const { messageId } = await withTransaction(f.system, (tx) => notify(tx, { personId, template: 'account.welcome', params: { name: unique } }));
      return { url: `/api/v1/inbox/${messageId}/read` };
    },
    'GET /api/v1/me/notification-preferences': () => ({ url: '/api/v1/me/notification-preferences' }),
    'PUT /api/v1/me/notification-preferences': () => ({ url: '/api/v1/me/notification-preferences', payload: { language: 'en' } }),
  },
  rows,
});
