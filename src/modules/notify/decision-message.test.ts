// One approval sends one message (issue 14): the decision is told once, with the invitation to rate, not as
// "approved", "completed" and "please rate" for the same moment. Counted in the applicant's inbox over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../../demo/seed.js';
import { importTestCatalog } from '../../test/catalog-fixture.js';
import { makeCitizen, signInBrowser, type Browser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let parent: Browser;
let reviewers: Browser[];

beforeAll(async () => {
  t = await startTestApp({ now: '2026-09-29T10:00:00+08:00', env: { SIGNIN_RATE_LIMIT: '10000' } });
  await seedDemo(t.system);
  await importTestCatalog(t);
  const citizen = await makeCitizen(t, { name: '陈母' });
  parent = await signInBrowser(t, citizen.idNumber);
  reviewers = [await signInBrowser(t, 'reviewer.gaj', DEMO_PASSWORD), await signInBrowser(t, 'reviewer.mzj', DEMO_PASSWORD)];
});
afterAll(() => t.close());

interface Message { id: string; template: string; link: string | null; body: { zh: string } }
const inboxAbout = async (id: string) => ((await parent.request({ method: 'GET', url: '/api/v1/inbox?limit=100' })).json() as Message[]).filter((m) => m.link === `/cases/${id}`);

/** Every open task of the case, decided by whichever reviewer has it in their queue, until none is left. */
async function decideAll(id: string, decision: 'approve' | 'reject') {
  for (let round = 0; round < 5; round += 1) {
    let decided = 0;
    for (const r of reviewers) {
      const tasks = (await r.request({ method: 'GET', url: '/api/v1/tasks' })).json() as { id: string; application: { id: string } }[];
      for (const task of tasks.filter((x) => x.application.id === id)) {
        expect((await r.request({ method: 'POST', url: `/api/v1/tasks/${task.id}/decision`, payload: { decision, reason: '符合条件，予以办理' } })).statusCode).toBe(200);
        decided += 1;
        if (decision === 'reject') return;
      }
    }
    if (!decided) return;
  }
}

describe('the decision message', () => {
  for (const decision of ['approve', 'reject'] as const) {
    it(`${decision}: one message, which invites a rating`, async () => {
      const filed = (await parent.request({ method: 'POST', url: '/api/v1/applications', payload: { itemCode: 'birth-registration', formData: { child: { name: '小明', birthDate: '2026-09-20' } } } })).json() as { id: string };
      await t.tongban.runner.runDue();
      const before = await inboxAbout(filed.id);
      await decideAll(filed.id, decision);
      await t.tongban.runner.runDue();
      const added = (await inboxAbout(filed.id)).filter((m) => !before.some((b) => b.id === m.id));
      expect(added.map((m) => m.template)).toHaveLength(1);
      expect(added[0]!.template).toBe(decision === 'approve' ? 'application.approved' : 'application.rejected');
      expect(added[0]!.body.zh).toContain('评价');
    });
  }
});
