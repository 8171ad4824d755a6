// Who may call each identity route, by relationship to the object (issue 13: the authorization matrix as data).
// Callers (authorization.test.ts): the demo city's usual ones (src/test/matrix.ts demoCallers), plus
// - delegate: 张三 acting for his mother 张秀英 (profile.read, applications.submit, applications.read);
// - delegate_without_scope: 李四 acting for 王芳, who gave him certificates.read only;
// - agent: 李四 acting for 示范市云帆科技有限公司 (enterprise.read, applications.submit, applications.read; no agents.manage);
// - fresh_citizen: 王芳 signing in anew for the request (sign-out ends only that session).
// `on` names the object: 'own' (the caller's own record), 'principal' (the person a delegate acts for), 'staff_of_mine'
// (a fresh reviewer of the police, whose admin is department_admin), 'other_department' (a posting or account elsewhere).
import type { MatrixRow } from '../../test/matrix.js';

const r = (route: string, as: string, expect: number, on?: string): MatrixRow => ({ route, as, expect, ...(on ? { on } : {}) });

export const rows: MatrixRow[] = [
  r('POST /api/v1/auth/sign-in', 'anonymous', 200, 'right_password'),
  r('POST /api/v1/auth/sign-in', 'anonymous', 401, 'wrong_password'),
  r('POST /api/v1/auth/sign-in', 'anonymous', 401, 'unknown_account'),

  r('POST /api/v1/auth/sign-out', 'anonymous', 401),
  r('POST /api/v1/auth/sign-out', 'fresh_citizen', 204),

  // Registration answers alike for a new and a taken ID number (issue 13 item 5).
  r('POST /api/v1/auth/register', 'anonymous', 202, 'new_id_number'),
  r('POST /api/v1/auth/register', 'anonymous', 202, 'taken_id_number'),

  r('GET /api/v1/me', 'anonymous', 401),
  r('GET /api/v1/me', 'client', 403),
  r('GET /api/v1/me', 'citizen', 200),
  r('GET /api/v1/me', 'delegate', 200),
  r('GET /api/v1/me', 'reviewer', 200),

  // Online real-name check (level 2): only one's own record; this world has no household register, so a level-1
  // person hears "not on record: go to a window" (the register's answer is tested in real-name-check.test.ts).
  r('POST /api/v1/me/real-name-check', 'anonymous', 401),
  r('POST /api/v1/me/real-name-check', 'client', 403),
  r('POST /api/v1/me/real-name-check', 'clerk', 403), // staff accounts belong to no person
  r('POST /api/v1/me/real-name-check', 'delegate', 403), // never for the principal
  r('POST /api/v1/me/real-name-check', 'citizen', 409), // 张三 is at level 2 already
  r('POST /api/v1/me/real-name-check', 'level1_citizen', 422),

  r('GET /api/v1/me/data-access', 'anonymous', 401),
  r('GET /api/v1/me/data-access', 'citizen', 200),
  r('GET /api/v1/me/data-access', 'delegate', 403), // never the principal's log
  r('GET /api/v1/me/data-access', 'clerk', 403), // staff accounts belong to no person

  r('GET /api/v1/me/enterprises', 'anonymous', 401),
  r('GET /api/v1/me/enterprises', 'citizen', 200),

  r('GET /api/v1/persons', 'anonymous', 401),
  r('GET /api/v1/persons', 'citizen', 403),
  r('GET /api/v1/persons', 'leader', 403),
  r('GET /api/v1/persons', 'operator', 403),
  r('GET /api/v1/persons', 'client', 403),
  r('GET /api/v1/persons', 'clerk', 200),
  r('GET /api/v1/persons', 'reviewer', 200), // a person of the reviewer's region, with a purpose

  r('GET /api/v1/persons/:id', 'anonymous', 401),
  r('GET /api/v1/persons/:id', 'citizen', 200, 'own'),
  r('GET /api/v1/persons/:id', 'other_citizen', 404),
  r('GET /api/v1/persons/:id', 'delegate', 200, 'principal'),
  r('GET /api/v1/persons/:id', 'delegate_without_scope', 403, 'principal'), // profile.read is needed (item 7)
  r('GET /api/v1/persons/:id', 'agent', 403), // acting for an enterprise reads no person's profile
  r('GET /api/v1/persons/:id', 'clerk', 200),
  r('GET /api/v1/persons/:id', 'reviewer', 200),
  r('GET /api/v1/persons/:id', 'leader', 404), // leaders read no personal records
  r('GET /api/v1/persons/:id', 'operator', 404),
  r('GET /api/v1/persons/:id', 'department_admin', 404),

  r('POST /api/v1/persons', 'anonymous', 401),
  r('POST /api/v1/persons', 'citizen', 403),
  r('POST /api/v1/persons', 'reviewer', 403),
  r('POST /api/v1/persons', 'clerk', 201),

  r('POST /api/v1/persons/:id/real-name-verification', 'anonymous', 401),
  r('POST /api/v1/persons/:id/real-name-verification', 'citizen', 403, 'own'),
  r('POST /api/v1/persons/:id/real-name-verification', 'reviewer', 403),
  r('POST /api/v1/persons/:id/real-name-verification', 'clerk', 200),

  r('POST /api/v1/persons/:id/account', 'anonymous', 401),
  r('POST /api/v1/persons/:id/account', 'citizen', 403),
  r('POST /api/v1/persons/:id/account', 'reviewer', 403),
  r('POST /api/v1/persons/:id/account', 'operator', 403),
  r('POST /api/v1/persons/:id/account', 'clerk', 201),

  r('POST /api/v1/enterprises', 'anonymous', 401),
  r('POST /api/v1/enterprises', 'citizen', 403),
  r('POST /api/v1/enterprises', 'department_admin', 403), // the police keep no business register
  r('POST /api/v1/enterprises', 'operator', 201),

  r('GET /api/v1/enterprises/:id', 'anonymous', 401),
  r('GET /api/v1/enterprises/:id', 'citizen', 200, 'own'), // 张三 is its legal representative
  r('GET /api/v1/enterprises/:id', 'agent', 200),
  r('GET /api/v1/enterprises/:id', 'other_citizen', 404), // 李四 not acting for it
  r('GET /api/v1/enterprises/:id', 'delegate', 403), // acting for a person reads no enterprise
  r('GET /api/v1/enterprises/:id', 'reviewer', 200),
  r('GET /api/v1/enterprises/:id', 'client', 403),

  r('GET /api/v1/enterprises/:id/agents', 'anonymous', 401),
  r('GET /api/v1/enterprises/:id/agents', 'citizen', 200, 'own'),
  r('GET /api/v1/enterprises/:id/agents', 'agent', 403), // no agents.manage
  r('GET /api/v1/enterprises/:id/agents', 'other_citizen', 404),
  r('GET /api/v1/enterprises/:id/agents', 'reviewer', 403), // may read the enterprise, not manage it

  r('POST /api/v1/enterprises/:id/agents', 'anonymous', 401),
  r('POST /api/v1/enterprises/:id/agents', 'citizen', 201, 'own'),
  r('POST /api/v1/enterprises/:id/agents', 'agent', 403),
  r('POST /api/v1/enterprises/:id/agents', 'other_citizen', 404),

  r('DELETE /api/v1/enterprises/:id/agents/:agentId', 'anonymous', 401),
  r('DELETE /api/v1/enterprises/:id/agents/:agentId', 'agent', 403),
  r('DELETE /api/v1/enterprises/:id/agents/:agentId', 'other_citizen', 404),
  r('DELETE /api/v1/enterprises/:id/agents/:agentId', 'citizen', 200, 'own'),

  r('GET /api/v1/delegations', 'anonymous', 401),
  r('GET /api/v1/delegations', 'citizen', 200),
  r('GET /api/v1/delegations', 'delegate', 200), // one's own, whoever one acts for

  r('POST /api/v1/delegations', 'anonymous', 401),
  r('POST /api/v1/delegations', 'clerk', 403),
  r('POST /api/v1/delegations', 'delegate', 403), // a helper cannot pass the authorisation on
  r('POST /api/v1/delegations', 'citizen', 201),

  r('DELETE /api/v1/delegations/:id', 'anonymous', 401),
  r('DELETE /api/v1/delegations/:id', 'other_citizen', 404),
  r('DELETE /api/v1/delegations/:id', 'delegate', 403),
  r('DELETE /api/v1/delegations/:id', 'citizen', 200, 'own'),

  r('GET /api/v1/admin/accounts', 'anonymous', 401),
  r('GET /api/v1/admin/accounts', 'citizen', 403),
  r('GET /api/v1/admin/accounts', 'leader', 403),
  r('GET /api/v1/admin/accounts', 'reviewer', 403),
  r('GET /api/v1/admin/accounts', 'department_admin', 200),
  r('GET /api/v1/admin/accounts', 'operator', 200),

  r('POST /api/v1/admin/accounts', 'anonymous', 401),
  r('POST /api/v1/admin/accounts', 'reviewer', 403),
  r('POST /api/v1/admin/accounts', 'department_admin', 403, 'other_department'),
  r('POST /api/v1/admin/accounts', 'department_admin', 201, 'staff_of_mine'),
  r('POST /api/v1/admin/accounts', 'operator', 201, 'other_department'),

  r('POST /api/v1/admin/accounts/:id/disable', 'anonymous', 401),
  r('POST /api/v1/admin/accounts/:id/disable', 'reviewer', 403),
  r('POST /api/v1/admin/accounts/:id/disable', 'other_department_admin', 404, 'staff_of_mine'),
  r('POST /api/v1/admin/accounts/:id/disable', 'department_admin', 404, 'other_department'),
  r('POST /api/v1/admin/accounts/:id/disable', 'department_admin', 200, 'staff_of_mine'),
  r('POST /api/v1/admin/accounts/:id/disable', 'operator', 200, 'other_department'),

  r('POST /api/v1/admin/accounts/:id/password', 'anonymous', 401),
  r('POST /api/v1/admin/accounts/:id/password', 'citizen', 403),
  r('POST /api/v1/admin/accounts/:id/password', 'other_department_admin', 404, 'staff_of_mine'),
  r('POST /api/v1/admin/accounts/:id/password', 'department_admin', 404, 'other_department'),
  r('POST /api/v1/admin/accounts/:id/password', 'department_admin', 200, 'staff_of_mine'),
  r('POST /api/v1/admin/accounts/:id/password', 'operator', 200, 'other_department'),

  r('POST /api/v1/admin/accounts/:id/postings', 'anonymous', 401),
  r('POST /api/v1/admin/accounts/:id/postings', 'leader', 403),
  r('POST /api/v1/admin/accounts/:id/postings', 'other_department_admin', 404, 'staff_of_mine'),
  r('POST /api/v1/admin/accounts/:id/postings', 'department_admin', 403, 'posting_in_other_department'),
  r('POST /api/v1/admin/accounts/:id/postings', 'department_admin', 200, 'staff_of_mine'),

  r('GET /api/v1/statistics/identity', 'anonymous', 401),
  r('GET /api/v1/statistics/identity', 'citizen', 403),
  r('GET /api/v1/statistics/identity', 'department_admin', 403),
  r('GET /api/v1/statistics/identity', 'leader', 200),
  r('GET /api/v1/statistics/identity', 'operator', 200),
];
