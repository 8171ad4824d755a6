// The feedback routes, tried by each kind of caller over HTTP (rows in authorization.rows.ts).
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo } from '../../demo/seed.js';
import { importTestCatalog } from '../../test/catalog-fixture.js';
import { signInBrowser } from '../../test/factories.js';
import { startTestApp } from '../../test/harness.js';
import { actingFor, demoCallers, describeMatrix, type Caller } from '../../test/matrix.js';
import { personIdByIdNumber } from '../identity/index.js';
import { rows } from './authorization.rows.js';

interface Fixture {
  citizen: Caller;
  police: Caller;
  /** A case of 张三's, decided by the police, civil affairs and the police again. */
  finishedCase(): Promise<string>;
}

describeMatrix<Fixture>({
  module: 'feedback',
  async setup() {
    const t = await startTestApp({ env: { SIGNIN_RATE_LIMIT: '10000' } });
    await seedDemo(t.system);
    await importTestCatalog(t);
    const callers = await demoCallers(t);
    const [citizen, police, civil] = [callers.citizen!, callers.reviewer!, callers.other_reviewer!];
    const finishedCase = async () => {
      const app = (await citizen.request({ method: 'POST', url: '/api/v1/applications', payload: { itemCode: 'birth-registration',
        formData: { child: { name: '小红', birthDate: '2026-03-01' } } } })).json<{ id: string }>();
      for (const reviewer of [police, civil, police]) {
        const tasks = (await reviewer.request({ method: 'GET', url: '/api/v1/tasks' })).json<{ id: string; application: { id: string } }[]>();
        const task = tasks.find((x) => x.application.id === app.id)!;
        await reviewer.request({ method: 'POST', url: `/api/v1/tasks/${task.id}/decision`, payload: { decision: 'approve', reason: '符合条件' } });
      }
      return app.id;
    };
    const her = await signInBrowser(t, DEMO_PEOPLE.wangfang.idNumber, DEMO_PASSWORD);
    await her.request({ method: 'POST', url: '/api/v1/delegations', payload: { agentIdNumber: DEMO_PEOPLE.lisi.idNumber, agentName: DEMO_PEOPLE.lisi.name,
      scopes: ['certificates.read'], validUntil: '2027-01-31T00:00:00Z' } });
    const wangfang = (await personIdByIdNumber(t.system, DEMO_PEOPLE.wangfang.idNumber))!;
    return { t, fixture: { citizen, police, finishedCase },
      callers: { ...callers, delegate_without_scope: actingFor(callers.other_citizen!, `person:${wangfang}`) } };
  },
  requests: {
    'POST /api/v1/applications/:id/rating': async (f) => ({ url: `/api/v1/applications/${await f.finishedCase()}/rating`, payload: { level: 'satisfied' } }),
    'GET /api/v1/applications/:id/rating': async (f) => {
      const id = await f.finishedCase();
      await f.citizen.request({ method: 'POST', url: `/api/v1/applications/${id}/rating`, payload: { level: 'very_satisfied' } });
      return { url: `/api/v1/applications/${id}/rating` };
    },
    'GET /api/v1/rectifications': () => ({ url: '/api/v1/rectifications' }),
    'POST /api/v1/rectifications/:id/reply': async (f) => {
      const id = await f.finishedCase();
      const rated = await f.citizen.request({ method: 'POST', url: `/api/v1/applications/${id}/rating`, payload: { level: 'dissatisfied', comment: '等了太久' } });
      return { url: `/api/v1/rectifications/${rated.json<{ rectification: { id: string } }>().rectification.id}/reply`, payload: { reply: '已整改，缩短了办理时间' } };
    },
    'POST /api/v1/applications/:id/rating/reply-answer': async (f) => {
      const id = await f.finishedCase();
      const rated = await f.citizen.request({ method: 'POST', url: `/api/v1/applications/${id}/rating`, payload: { level: 'dissatisfied', comment: '等了太久' } });
      await f.police.request({ method: 'POST', url: `/api/v1/rectifications/${rated.json<{ rectification: { id: string } }>().rectification.id}/reply`, payload: { reply: '已整改' } });
      return { url: `/api/v1/applications/${id}/rating/reply-answer`, payload: { satisfied: true } };
    },
    'GET /api/v1/statistics/satisfaction': () => ({ url: '/api/v1/statistics/satisfaction' }),
  },
  rows,
});
