// Who may call each files route (issue 13: the authorization matrix as data). Objects (`on`):
// - 'on_case': 张三's material on his residence-permit case, which the police (reviewer, department_admin) handle
//   in the city (clerk: the city's window);
// - 'loose': 张三's upload that no case holds (staff have no business with it, item 8);
// - 'principal': a file of 张秀英, for whom 张三 acts (delegate) with applications.read.
import type { MatrixRow } from '../../test/matrix.js';

const r = (route: string, as: string, expect: number, on?: string): MatrixRow => ({ route, as, expect, ...(on ? { on } : {}) });

const reads = (route: string): MatrixRow[] => [
  r(route, 'anonymous', 401, 'on_case'),
  r(route, 'client', 403, 'on_case'),
  r(route, 'citizen', 200, 'on_case'), // the owner
  r(route, 'citizen', 200, 'loose'),
  r(route, 'other_citizen', 404, 'on_case'),
  r(route, 'delegate', 200, 'principal'),
  r(route, 'delegate_without_scope', 403, 'principal'), // certificates.read covers no materials
  r(route, 'agent', 404, 'on_case'), // acting for the enterprise, not for 张三
  r(route, 'reviewer', 200, 'on_case'),
  r(route, 'reviewer', 404, 'loose'),
  r(route, 'other_reviewer', 404, 'on_case'), // civil affairs work on no case holding it
  r(route, 'clerk', 200, 'on_case'),
  r(route, 'clerk', 404, 'loose'),
  r(route, 'department_admin', 404, 'on_case'), // admins do not read applicants' materials
  r(route, 'leader', 404, 'on_case'),
  r(route, 'operator', 404, 'on_case'),
];

export const rows: MatrixRow[] = [
  r('POST /api/v1/files', 'anonymous', 401),
  r('POST /api/v1/files', 'client', 403),
  r('POST /api/v1/files', 'citizen', 201),
  r('POST /api/v1/files', 'delegate', 201), // for the principal, with applications.submit
  r('POST /api/v1/files', 'delegate_without_scope', 403),
  r('POST /api/v1/files', 'agent', 201), // an agent's own file, for the enterprise's case
  ...reads('GET /api/v1/files/:id'),
  ...reads('GET /api/v1/files/:id/content'),
];
