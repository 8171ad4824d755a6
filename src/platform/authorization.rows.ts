// The platform's own routes in the authorization matrix (src/test/matrix.ts): health, metrics, the API
// document and the working-day calendar. Operators alone change the calendar.
import type { MatrixRow } from '../test/matrix.js';

export const rows: MatrixRow[] = [
  { route: 'GET /healthz', as: 'anonymous', expect: 200 },
  { route: 'GET /readyz', as: 'anonymous', expect: 200 },
  { route: 'GET /metrics', as: 'anonymous', expect: 200 }, // demo mode without METRICS_TOKEN; app.test.ts closes it in production
  { route: 'GET /api/openapi.json', as: 'anonymous', expect: 200 },
  { route: 'GET /api/v1/calendar', as: 'anonymous', expect: 200 },
  { route: 'GET /api/v1/calendar', as: 'citizen', expect: 200 },
  { route: 'PUT /api/v1/calendar/days/:day', as: 'anonymous', expect: 401 },
  { route: 'PUT /api/v1/calendar/days/:day', as: 'citizen', expect: 403 },
  { route: 'PUT /api/v1/calendar/days/:day', as: 'department_admin', expect: 403 },
  { route: 'PUT /api/v1/calendar/days/:day', as: 'leader', expect: 403 },
  { route: 'PUT /api/v1/calendar/days/:day', as: 'client', expect: 403 },
  { route: 'PUT /api/v1/calendar/days/:day', as: 'operator', expect: 200 },
  { route: 'DELETE /api/v1/calendar/days/:day', as: 'anonymous', expect: 401 },
  { route: 'DELETE /api/v1/calendar/days/:day', as: 'reviewer', expect: 403 },
  { route: 'DELETE /api/v1/calendar/days/:day', as: 'department_admin', expect: 403 },
  { route: 'DELETE /api/v1/calendar/days/:day', as: 'operator', expect: 204 },
];
