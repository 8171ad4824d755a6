// Who may call each notify route (issue 13: the authorization matrix as data). A message is its recipient's alone:
// `on: 'own'` is a message to the caller; 'principal' one to the person a delegate acts for (张秀英, for 张三);
// 'other' one to somebody else. Acting for someone, one still has one's own inbox (acting: 'self').
import type { MatrixRow } from '../../test/matrix.js';

const r = (route: string, as: string, expect: number, on?: string): MatrixRow => ({ route, as, expect, ...(on ? { on } : {}) });

export const rows: MatrixRow[] = [
  r('GET /api/v1/inbox', 'anonymous', 401),
  r('GET /api/v1/inbox', 'client', 403),
  r('GET /api/v1/inbox', 'citizen', 200),
  r('GET /api/v1/inbox', 'delegate', 200),
  r('GET /api/v1/inbox', 'reviewer', 200), // empty: staff accounts belong to no person
  r('GET /api/v1/inbox', 'other_citizen', 400, 'other'), // a cursor from someone else's inbox is as unknown as a made-up one

  r('GET /api/v1/inbox/unread-count', 'anonymous', 401),
  r('GET /api/v1/inbox/unread-count', 'citizen', 200),

  r('POST /api/v1/inbox/:id/read', 'anonymous', 401),
  r('POST /api/v1/inbox/:id/read', 'citizen', 200, 'own'),
  r('POST /api/v1/inbox/:id/read', 'other_citizen', 404, 'other'),
  r('POST /api/v1/inbox/:id/read', 'delegate', 404, 'principal'), // no scope covers another person's messages
  r('POST /api/v1/inbox/:id/read', 'clerk', 404, 'other'),
  r('POST /api/v1/inbox/:id/read', 'operator', 404, 'other'),

  r('GET /api/v1/me/notification-preferences', 'anonymous', 401),
  r('GET /api/v1/me/notification-preferences', 'citizen', 200),
  r('GET /api/v1/me/notification-preferences', 'clerk', 403),

  r('PUT /api/v1/me/notification-preferences', 'anonymous', 401),
  r('PUT /api/v1/me/notification-preferences', 'citizen', 200),
  r('PUT /api/v1/me/notification-preferences', 'reviewer', 403),
  r('PUT /api/v1/me/notification-preferences', 'client', 403),
];
