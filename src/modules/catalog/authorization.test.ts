// Runs the catalog matrix (authorization.rows.ts) over HTTP against a whole demo Tongban with its catalog.
import { DEMO_CITY, DEMO_PASSWORD, DEMO_PEOPLE, seedDemo, seedDemoCatalog } from '../../demo/seed.js';
import { signInBrowser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { anonymousCaller, bearerCaller, describeMatrix } from '../../test/matrix.js';
import { findDepartment } from '../directory/index.js';
import { issueClient, issueClientToken } from '../exchange/index.js';
import { rows } from './authorization.rows.js';
import type { ItemDefinition } from './definition.js';
import { getPublishedItem, saveItemDraft } from './service.js';

interface Fixture { t: TestApp; item: ItemDefinition }

const CODE = 'birth-household-registration'; // the police's (gaj)
const DRAFT_ONLY = 'police-draft-permit'; // saved by the police, never published

describeMatrix<Fixture>({
  module: 'catalog',
  async setup() {
    const t = await startTestApp({ env: { SIGNIN_RATE_LIMIT: '10000' } });
    await seedDemo(t.system);
    await seedDemoCatalog(t.system);
    const sign = (who: string) => signInBrowser(t, who, DEMO_PASSWORD);
    const item = (await getPublishedItem(t.system, CODE)).definition;
    await saveItemDraft(t.system, DRAFT_ONLY, { ...item, code: DRAFT_ONLY });
    const police = (await findDepartment(t.system, DEMO_CITY, 'gaj'))!.id;
    const client = await issueClient(t.system, { departmentId: police, name: '公安业务系统' });
    const token = await issueClientToken(t.system, { grantType: 'client_credentials', clientId: client.id, clientSecret: client.clientSecret });
    return {
      t,
      callers: {
        anonymous: anonymousCaller(t), citizen: await sign(DEMO_PEOPLE.wangfang.idNumber), same_department_reviewer: await sign('reviewer.gaj'),
        same_department_admin: await sign('admin.gaj'), other_department_admin: await sign('admin.mzj'), leader: await sign('leader'), operator: await sign('admin'),
        client: bearerCaller(t, token.access_token),
      },
      fixture: { t, item },
    };
  },
  requests: {
    'GET /api/v1/catalog/search': () => ({ url: `/api/v1/catalog/search?q=${encodeURIComponent('上户口')}` }),
    'GET /api/v1/catalog/items': () => ({ url: '/api/v1/catalog/items' }),
    'GET /api/v1/catalog/items/:code': (_f, row) => ({ url: `/api/v1/catalog/items/${row.on === 'draft_only' ? DRAFT_ONLY : CODE}` }),
    'GET /api/v1/catalog/bundles': () => ({ url: '/api/v1/catalog/bundles' }),
    'GET /api/v1/catalog/bundles/:code': () => ({ url: '/api/v1/catalog/bundles/newborn' }),
    'GET /api/v1/catalog/bundles/:code/guide': () => ({ url: '/api/v1/catalog/bundles/newborn/guide' }),
    'GET /api/v1/catalog/items/:code/versions': (_f, row) => ({ url: `/api/v1/catalog/items/${row.on === 'draft_only' ? DRAFT_ONLY : CODE}/versions` }),
    'PUT /api/v1/catalog/items/:code/draft': (f, row, unique) => {
      const summary = { zh: `说明 ${unique}`, en: `Summary ${unique}` };
      if (row.on === 'claimed_for_own_department') {
        return { url: `/api/v1/catalog/items/${CODE}/draft`, payload: { ...f.item, summary, department: 'mzj',
          workflow: { ...f.item.workflow, resultCertificateType: undefined, stages: [{ name: { zh: '审核', en: 'Review' }, tasks: [{ department: 'mzj', name: { zh: '审核', en: 'Review' }, timeLimitDays: 3 }] }] } } };
      }
      if (row.on === 'other_department_result') {
        return { url: `/api/v1/catalog/items/${CODE}/draft`, payload: { ...f.item, summary, workflow: { ...f.item.workflow, resultCertificateType: 'birth-medical-certificate' } } };
      }
      return { url: `/api/v1/catalog/items/${CODE}/draft`, payload: { ...f.item, summary } };
    },
    // Each row publishes a fresh draft (saved by the platform), so rows do not depend on each other.
    'POST /api/v1/catalog/items/:code/publish': async (f, row, unique) => {
      if (row.on === 'draft_only') return { url: `/api/v1/catalog/items/${DRAFT_ONLY}/publish` };
      await saveItemDraft(f.t.system, CODE, { ...f.item, summary: { zh: `说明 ${unique}`, en: `Summary ${unique}` } });
      return { url: `/api/v1/catalog/items/${CODE}/publish` };
    },
  },
  rows,
});
