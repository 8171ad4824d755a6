// Issue 15: a due date counted through a year whose official public holidays are not known yet says so, on the
// application and on its tasks, instead of silently treating that year's Spring Festival as working days.
// The shipped data covers 2025 and 2026 (calendar-data.generated.ts); 2027 has none unless an operator enters it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../../demo/seed.js';
import { NATIONAL_YEARS } from '../../platform/calendar-data.js';
import { storeFile } from '../files/index.js';
import { makePdf } from '../../test/samples.js';
import { makeCitizen, makeStaff, signInBrowser, type Browser, type TestCitizen } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { importTestCatalog } from '../../test/catalog-fixture.js';

let t: TestApp;
let parent: TestCitizen;
const child = { name: '小明', birthDate: '2026-12-20' };
type TimeLimit = { calendarProvisional: boolean; calendarNote: { zh: string; en: string } | null };
type App = { id: string; dueOn: string; timeLimit: TimeLimit; tasks: { dueOn: string; timeLimit: TimeLimit }[] };

beforeAll(async () => {
  t = await startTestApp({ now: '2026-12-04T10:00:00+08:00', env: { SESSION_IDLE_MINUTES: '1440', SESSION_MAX_HOURS: '720', SIGNIN_RATE_LIMIT: '10000' } });
  await seedDemo(t.system);
  await importTestCatalog(t);
  parent = await makeCitizen(t, { name: '陈父' });
});
afterAll(() => t.close());

const submitBirth = async (browser: Browser) => {
  const res = await browser.request({ method: 'POST', url: '/api/v1/applications', payload: { itemCode: 'birth-registration', formData: { child } } });
  expect(res.statusCode).toBe(201);
  return res.json() as App;
};

describe('due dates in a year without official holidays', () => {
  it('the years assumed here are the ones shipped', () => {
    expect(NATIONAL_YEARS).toContain(2026);
    expect(NATIONAL_YEARS).not.toContain(2027); // if 2027 ships, move this test's clock to the end of the last year
  });

  it('a due date inside a known year is not provisional', async () => {
    t.clock.set('2026-12-04T10:00:00+08:00'); // Friday; 3 working days → Wednesday 9 December
    const app = await submitBirth(await signInBrowser(t, parent.idNumber));
    expect(app.dueOn).toBe('2026-12-09');
    expect(app.timeLimit).toMatchObject({ calendarProvisional: false, calendarNote: null });
    expect(app.tasks.every((x) => !x.timeLimit.calendarProvisional)).toBe(true);
  });

  it('the 容缺 deadline for a material to follow says so in the timeline when it falls in 2027', async () => {
    t.clock.set('2026-12-30T10:00:00+08:00'); // 3 working days: 31 Dec, 1 Jan 2027 (counted: no data), 4 Jan
    const applicant = await signInBrowser(t, parent.idNumber);
    const floorPlan = (await storeFile(t.ctxFor(parent.actor), { bytes: makePdf('floor-plan'), originalName: 'floor-plan.pdf', ownerPersonId: parent.person.id })).id;
    const res = await applicant.request({ method: 'POST', url: '/api/v1/applications', payload: { itemCode: 'food-stall-permit', formData: { stall: '夜市 12 号' },
      materials: [{ code: 'floor-plan', fileId: floorPlan }], acceptance: { mode: 'tolerance', deferred: ['health-certificate'] } } });
    expect(res.statusCode).toBe(201);
    const timeline = (await applicant.request({ method: 'GET', url: `/api/v1/applications/${res.json().id}/timeline` })).json() as { kind: string; message: { zh: string; en: string } }[];
    const tolerance = timeline.find((e) => e.kind === 'tolerance')!;
    expect(tolerance.message.zh).toContain('须于 2027-01-04 前补交（2027 年法定节假日尚未公布，办结日期按周末推算，可能提前）');
    expect(tolerance.message.en).toMatch(/by 2027-01-04 \(The official public holidays for 2027 are not published yet/);
  });

  it('a due date counted into 2027 says so on the application, its tasks and the workbench, until 2027 is entered', async () => {
    t.clock.set('2026-12-30T10:00:00+08:00'); // Wednesday: 31 Dec, then Friday 1 Jan 2027 (counted: no data), Monday 4 Jan
    const applicant = await signInBrowser(t, parent.idNumber);
    const app = await submitBirth(applicant);
    expect(app.dueOn).toBe('2027-01-04');
    expect(app.timeLimit.calendarProvisional).toBe(true);
    expect(app.timeLimit.calendarNote!.zh).toContain('2027 年法定节假日尚未公布，办结日期按周末推算，可能提前');
    expect(app.timeLimit.calendarNote!.en).toMatch(/2027.*not published/);
    expect(app.tasks.length).toBeGreaterThan(0);
    for (const task of app.tasks) expect(task.timeLimit).toMatchObject({ calendarProvisional: true, calendarNote: app.timeLimit.calendarNote });

    // The applicant's read and the reviewer's queue carry it too.
    expect(((await applicant.request({ method: 'GET', url: `/api/v1/applications/${app.id}` })).json() as App).timeLimit.calendarProvisional).toBe(true);
    const police = await signInBrowser(t, 'reviewer.gaj', DEMO_PASSWORD);
    const queue = (await police.request({ method: 'GET', url: '/api/v1/tasks' })).json() as { application: { id: string }; timeLimit: TimeLimit }[];
    expect(queue.find((x) => x.application.id === app.id)!.timeLimit.calendarProvisional).toBe(true);

    // An operator enters 2027's New Year's Day (region '' = nationwide): the year counts as known from then on.
    const staff = await makeStaff(t, [{ role: 'platform_admin' }]);
    const admin = await signInBrowser(t, staff.account.username!);
    const put = await admin.request({ method: 'PUT', url: '/api/v1/calendar/days/2027-01-01',
      payload: { regionCode: '', kind: 'holiday', nameZh: '元旦', nameEn: "New Year's Day" } });
    expect(put.statusCode).toBe(200);
    const after = (await applicant.request({ method: 'GET', url: `/api/v1/applications/${app.id}` })).json() as App;
    expect(after.timeLimit).toMatchObject({ calendarProvisional: false, calendarNote: null });
  });
});
