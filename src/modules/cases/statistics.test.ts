// 办件统计: a leader sees how many cases were filed, decided on time, running and overdue in the city, per
// department, and nobody else's region; counts only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../../demo/seed.js';
import { days } from '../../platform/clock.js';
import { makeCitizen, signInBrowser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { importTestCatalog } from '../../test/catalog-fixture.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ now: '2026-03-02T10:00:00+08:00', env: { SESSION_IDLE_MINUTES: '1440', SESSION_MAX_HOURS: '720' } });
  await seedDemo(t.system);
  await importTestCatalog(t);
});
afterAll(() => t.close());

describe('case statistics for a leader', () => {
  it('counts filed, decided on time, running and overdue cases of the period, per department', async () => {
    const citizen = await makeCitizen(t);
    const applicant = await signInBrowser(t, citizen.idNumber);
    for (const name of ['甲', '乙']) {
      const sent = await applicant.request({ method: 'POST', url: '/api/v1/applications', payload: { itemCode: 'birth-registration', formData: { child: { name, birthDate: '2026-02-20' } } } });
      expect(sent.statusCode).toBe(201);
    }
    t.clock.advance(days(10)); // past every due date: both cases are running and overdue
    const leader = await signInBrowser(t, 'leader', DEMO_PASSWORD);
    const res = await leader.request({ method: 'GET', url: '/api/v1/statistics/cases' });
    expect(res.statusCode).toBe(200);
    const stats = res.json();
    expect(stats).toMatchObject({ regionCode: '339900', from: '2026-02-11', to: '2026-03-12', submitted: 2, byStatus: { in_review: 2 }, decided: 0, onTimeRate: null, running: 2, overdue: 2 });
    expect(stats.byDepartment).toHaveLength(1);
    // For people: the department by name, not by its identifier.
    expect(stats.byDepartment[0].departmentName.zh).toMatch(/^示范市.+(局|中心)$/);
    expect(stats.byDepartment[0].departmentName.en).toMatch(/[A-Za-z]/);
    expect(JSON.stringify(stats)).not.toContain('甲'); // counts, no personal records

    const before = await leader.request({ method: 'GET', url: '/api/v1/statistics/cases?from=2026-01-01&to=2026-02-28' });
    expect(before.json()).toMatchObject({ submitted: 0, running: 2 });
  });

  it('refuses a citizen, another region, and a period that ends before it starts', async () => {
    const citizen = await signInBrowser(t, (await makeCitizen(t)).idNumber);
    expect((await citizen.request({ method: 'GET', url: '/api/v1/statistics/cases' })).statusCode).toBe(403);
    const leader = await signInBrowser(t, 'leader', DEMO_PASSWORD);
    expect((await leader.request({ method: 'GET', url: '/api/v1/statistics/cases?region=110101' })).statusCode).toBe(403);
    const backwards = await leader.request({ method: 'GET', url: '/api/v1/statistics/cases?from=2026-03-01&to=2026-02-01' });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().error.field).toBe('/from');
  });
});
