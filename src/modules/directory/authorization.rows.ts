// Who may call each directory route (issue 13: the authorization matrix as data). Reading the organisation of a
// government is public; changing it is for operators, and a department's own admin edits only its own contact
// details (`on: 'own'` is the police, whose admin is department_admin; 'other_department' is civil affairs).
import type { MatrixRow } from '../../test/matrix.js';

const r = (route: string, as: string, expect: number, on?: string): MatrixRow => ({ route, as, expect, ...(on ? { on } : {}) });

export const rows: MatrixRow[] = [
  r('GET /api/v1/regions', 'anonymous', 200),
  r('GET /api/v1/regions/:code', 'anonymous', 200),
  r('GET /api/v1/departments', 'anonymous', 200),
  r('GET /api/v1/departments/:id', 'anonymous', 200),
  r('GET /api/v1/halls', 'anonymous', 200),
  r('GET /api/v1/halls/:id/windows', 'anonymous', 200),

  r('POST /api/v1/regions', 'anonymous', 401),
  r('POST /api/v1/regions', 'citizen', 403),
  r('POST /api/v1/regions', 'department_admin', 403),
  r('POST /api/v1/regions', 'leader', 403),
  r('POST /api/v1/regions', 'client', 403),
  r('POST /api/v1/regions', 'operator', 201),

  r('POST /api/v1/departments', 'anonymous', 401),
  r('POST /api/v1/departments', 'department_admin', 403),
  r('POST /api/v1/departments', 'reviewer', 403),
  r('POST /api/v1/departments', 'operator', 201),

  r('PATCH /api/v1/departments/:id', 'anonymous', 401),
  r('PATCH /api/v1/departments/:id', 'citizen', 403),
  r('PATCH /api/v1/departments/:id', 'reviewer', 403, 'own'), // staff, but not its admin
  r('PATCH /api/v1/departments/:id', 'other_department_admin', 403, 'own'),
  r('PATCH /api/v1/departments/:id', 'department_admin', 403, 'other_department'),
  r('PATCH /api/v1/departments/:id', 'department_admin', 200, 'own'),
  r('PATCH /api/v1/departments/:id', 'operator', 200, 'other_department'),

  r('POST /api/v1/halls', 'anonymous', 401),
  r('POST /api/v1/halls', 'department_admin', 403),
  r('POST /api/v1/halls', 'operator', 201),

  r('POST /api/v1/halls/:id/windows', 'anonymous', 401),
  r('POST /api/v1/halls/:id/windows', 'clerk', 403),
  r('POST /api/v1/halls/:id/windows', 'department_admin', 403),
  r('POST /api/v1/halls/:id/windows', 'operator', 201),
];
