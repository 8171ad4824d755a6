// The platform's routes, tried by each kind of caller over HTTP (rows in authorization.rows.ts).
import { seedDemo } from '../demo/seed.js';
import { startTestApp } from '../test/harness.js';
import { demoCallers, describeMatrix } from '../test/matrix.js';
import { rows } from './authorization.rows.js';

const holidays = ['2026-06-01', '2026-06-02', '2026-06-03', '2026-06-04', '2026-06-05'];

describeMatrix({
  module: 'platform',
  async setup() {
    const t = await startTestApp({ env: { SIGNIN_RATE_LIMIT: '10000' } });
    await seedDemo(t.system);
    const callers = await demoCallers(t);
    return { t, callers, fixture: { next: 0, operator: callers.operator! } };
  },
  requests: {
    'GET /healthz': () => ({ url: '/healthz' }),
    'GET /readyz': () => ({ url: '/readyz' }),
    'GET /metrics': () => ({ url: '/metrics' }),
    'GET /api/openapi.json': () => ({ url: '/api/openapi.json' }),
    'GET /api/v1/calendar': () => ({ url: '/api/v1/calendar?year=2026' }),
    // Each write names a fresh day, so a refused row and an allowed one never depend on each other.
    'PUT /api/v1/calendar/days/:day': (f) => ({ url: `/api/v1/calendar/days/${holidays[f.next++ % holidays.length]}`,
      payload: { regionCode: '339900', kind: 'holiday', nameZh: '示范日', nameEn: 'Demo day' } }),
    // Every row tries to remove a day that is there: the operator enters it first.
    'DELETE /api/v1/calendar/days/:day': async (f) => {
      const day = holidays[f.next++ % holidays.length]!;
      await f.operator.request({ method: 'PUT', url: `/api/v1/calendar/days/${day}`, payload: { regionCode: '339900', kind: 'holiday', nameZh: '示范日', nameEn: 'Demo day' } });
      return { url: `/api/v1/calendar/days/${day}?region=339900` };
    },
  },
  rows,
});
