// Who may call each appointments route (the authorization matrix as data). Free slots are public; bookings are
// their holder's (a stranger is told "not found"), and the window's clerk may read and check in a booking made for
// their window; queues and tickets are for the clerks of the window; waiting times for leaders and operators.
import type { MatrixRow } from '../../test/matrix.js';

const r = (route: string, as: string, expect: number, on?: string): MatrixRow => ({ route, as, expect, ...(on ? { on } : {}) });

export const rows: MatrixRow[] = [
  r('GET /api/v1/halls/:id/slots', 'anonymous', 200),
  r('GET /api/v1/halls/:id/slots', 'citizen', 200),

  r('POST /api/v1/appointments', 'anonymous', 401),
  r('POST /api/v1/appointments', 'client', 403),
  r('POST /api/v1/appointments', 'clerk', 403), // staff book nothing for themselves here
  r('POST /api/v1/appointments', 'citizen', 201),

  r('GET /api/v1/appointments', 'anonymous', 401),
  r('GET /api/v1/appointments', 'clerk', 403),
  r('GET /api/v1/appointments', 'citizen', 200),

  r('GET /api/v1/appointments/:id', 'anonymous', 401),
  r('GET /api/v1/appointments/:id', 'other_citizen', 404),
  r('GET /api/v1/appointments/:id', 'reviewer', 403),
  r('GET /api/v1/appointments/:id', 'citizen', 200),
  r('GET /api/v1/appointments/:id', 'clerk', 200), // a clerk of the booked window

  r('PUT /api/v1/appointments/:id', 'anonymous', 401),
  r('PUT /api/v1/appointments/:id', 'other_citizen', 404),
  r('PUT /api/v1/appointments/:id', 'clerk', 403),
  r('PUT /api/v1/appointments/:id', 'citizen', 200),

  r('POST /api/v1/appointments/:id/cancel', 'anonymous', 401),
  r('POST /api/v1/appointments/:id/cancel', 'other_citizen', 404),
  r('POST /api/v1/appointments/:id/cancel', 'clerk', 403),
  r('POST /api/v1/appointments/:id/cancel', 'citizen', 200),

  r('POST /api/v1/appointments/:id/check-in', 'anonymous', 401),
  r('POST /api/v1/appointments/:id/check-in', 'other_citizen', 404),
  r('POST /api/v1/appointments/:id/check-in', 'reviewer', 403),
  r('POST /api/v1/appointments/:id/check-in', 'clerk', 201), // at the window, for the booked person
  r('POST /api/v1/appointments/:id/check-in', 'citizen', 201),

  r('POST /api/v1/halls/:id/tickets', 'anonymous', 401),
  r('POST /api/v1/halls/:id/tickets', 'citizen', 403),
  r('POST /api/v1/halls/:id/tickets', 'reviewer', 403),
  r('POST /api/v1/halls/:id/tickets', 'clerk', 201),

  r('GET /api/v1/windows/:id/queue', 'anonymous', 401),
  r('GET /api/v1/windows/:id/queue', 'citizen', 403),
  r('GET /api/v1/windows/:id/queue', 'reviewer', 403),
  r('GET /api/v1/windows/:id/queue', 'clerk', 403, 'other_window'), // 户政 window: not the clerk's department
  r('GET /api/v1/windows/:id/queue', 'clerk', 200),

  r('POST /api/v1/windows/:id/call-next', 'anonymous', 401),
  r('POST /api/v1/windows/:id/call-next', 'citizen', 403),
  r('POST /api/v1/windows/:id/call-next', 'clerk', 403, 'other_window'),
  r('POST /api/v1/windows/:id/call-next', 'clerk', 200),

  r('POST /api/v1/tickets/:id/finish', 'anonymous', 401),
  r('POST /api/v1/tickets/:id/finish', 'citizen', 403),
  r('POST /api/v1/tickets/:id/finish', 'reviewer', 403),
  r('POST /api/v1/tickets/:id/finish', 'clerk', 200),

  r('GET /api/v1/statistics/queue', 'anonymous', 401),
  r('GET /api/v1/statistics/queue', 'citizen', 403),
  r('GET /api/v1/statistics/queue', 'clerk', 403),
  r('GET /api/v1/statistics/queue', 'reviewer', 403),
  r('GET /api/v1/statistics/queue', 'leader', 200),
  r('GET /api/v1/statistics/queue', 'operator', 200),
];
