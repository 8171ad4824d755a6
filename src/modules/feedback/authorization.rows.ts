// Who may call each feedback route (issue 13: the authorization matrix as data). Each rating row rates a fresh
// finished case of 张三 (citizen), decided by the police and civil affairs; each reply row answers a fresh bad
// rating, whose rectification belongs to the police (the item's department: reviewer, department_admin).
import type { MatrixRow } from '../../test/matrix.js';

const r = (route: string, as: string, expect: number, on?: string): MatrixRow => ({ route, as, expect, ...(on ? { on } : {}) });

export const rows: MatrixRow[] = [
  r('POST /api/v1/applications/:id/rating', 'anonymous', 401),
  r('POST /api/v1/applications/:id/rating', 'reviewer', 403), // staff rate nothing
  r('POST /api/v1/applications/:id/rating', 'client', 403),
  r('POST /api/v1/applications/:id/rating', 'other_citizen', 404), // not their case
  r('POST /api/v1/applications/:id/rating', 'delegate_without_scope', 403), // acting without applications.submit
  r('POST /api/v1/applications/:id/rating', 'citizen', 201), // the applicant

  r('GET /api/v1/applications/:id/rating', 'anonymous', 401),
  r('GET /api/v1/applications/:id/rating', 'other_citizen', 404),
  r('GET /api/v1/applications/:id/rating', 'other_department_admin', 200), // civil affairs worked a task of it (并联审批)
  r('GET /api/v1/applications/:id/rating', 'citizen', 200),
  r('GET /api/v1/applications/:id/rating', 'reviewer', 200), // the police worked the case

  r('GET /api/v1/rectifications', 'anonymous', 401),
  r('GET /api/v1/rectifications', 'citizen', 403),
  r('GET /api/v1/rectifications', 'leader', 403),
  r('GET /api/v1/rectifications', 'reviewer', 200),
  r('GET /api/v1/rectifications', 'department_admin', 200),

  r('POST /api/v1/rectifications/:id/reply', 'anonymous', 401),
  r('POST /api/v1/rectifications/:id/reply', 'citizen', 403),
  r('POST /api/v1/rectifications/:id/reply', 'other_reviewer', 404), // another department's rectification
  r('POST /api/v1/rectifications/:id/reply', 'other_department_admin', 404),
  r('POST /api/v1/rectifications/:id/reply', 'reviewer', 200),

  // The rater answers the department's reply (整改是否满意); nobody else may speak for them.
  r('POST /api/v1/applications/:id/rating/reply-answer', 'anonymous', 401),
  r('POST /api/v1/applications/:id/rating/reply-answer', 'reviewer', 403),
  r('POST /api/v1/applications/:id/rating/reply-answer', 'other_citizen', 404),
  r('POST /api/v1/applications/:id/rating/reply-answer', 'delegate_without_scope', 403),
  r('POST /api/v1/applications/:id/rating/reply-answer', 'citizen', 200),

  r('GET /api/v1/statistics/satisfaction', 'anonymous', 401),
  r('GET /api/v1/statistics/satisfaction', 'citizen', 403),
  r('GET /api/v1/statistics/satisfaction', 'reviewer', 403),
  r('GET /api/v1/statistics/satisfaction', 'leader', 200),
  r('GET /api/v1/statistics/satisfaction', 'department_admin', 200),
  r('GET /api/v1/statistics/satisfaction', 'operator', 200),
];
