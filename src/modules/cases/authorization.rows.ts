// The cases module's authorization matrix, as data: who (by relationship to the case) gets what answer from each
// route. Run over HTTP by authorization.test.ts. Callers: the applicant (`owner`, 张三), `other_citizen` (王芳),
// `delegate` (张三 acting for his mother 张秀英 with applications.submit and .read) and `delegate_without_scope`
// (someone she allowed profile.read only), `enterprise_agent` (李四 acting for the demo enterprise), `reviewer` of the
// department handling the case (公安局), `other_reviewer` (市场监管局), `clerk` (the city's window clerk),
// `department_admin` (公安局), `leader` (no case reads at all), `operator` (platform admin), `anonymous`.
// `on` names the case: the caller's relationship decides whose it is (see authorization.test.ts). A delegate without
// the scope a route names is refused at the edge (403 platform.acting_scope_missing), before any case is looked up.
import type { MatrixRow } from '../../test/matrix.js';

const r = (route: string, expects: Record<string, number>, on?: string): MatrixRow[] =>
  Object.entries(expects).map(([as, expect]) => ({ route, as, expect, ...(on ? { on } : {}) }));

export const rows: MatrixRow[] = [
  ...r('POST /api/v1/applications', { owner: 201, delegate: 201, enterprise_agent: 201, delegate_without_scope: 403, clerk: 403, reviewer: 403, leader: 403, operator: 403, anonymous: 401 }),
  ...r('GET /api/v1/applications', { owner: 200, delegate: 200, enterprise_agent: 200, delegate_without_scope: 403, reviewer: 403, leader: 403, operator: 403, anonymous: 401 }),
  ...r('POST /api/v1/applications/drafts', { owner: 201, delegate: 201, enterprise_agent: 201, delegate_without_scope: 403, leader: 403, reviewer: 403, anonymous: 401 }),
  ...r('PUT /api/v1/applications/:id/draft', { owner: 200, delegate: 200, enterprise_agent: 200, other_citizen: 404, delegate_without_scope: 403, clerk: 404, reviewer: 403, leader: 403, anonymous: 401 }, 'draft'),
  ...r('POST /api/v1/applications/:id/submit', { owner: 200, delegate: 200, other_citizen: 404, delegate_without_scope: 403, clerk: 404, leader: 403, anonymous: 401 }, 'draft'),
  ...r('GET /api/v1/applications/:id/materials', { owner: 200, delegate: 200, enterprise_agent: 200, reviewer: 200, department_admin: 200, clerk: 200,
    other_citizen: 404, delegate_without_scope: 403, other_reviewer: 404, leader: 404, operator: 404, anonymous: 401 }),
  // kin-allowance takes no certificate for the household register: the applicant's side gets past the gate to the 422.
  ...r('POST /api/v1/applications/:id/materials/:code/certificate', { owner: 422, delegate: 422, other_citizen: 404, delegate_without_scope: 403, clerk: 404, reviewer: 403, leader: 403, anonymous: 401 }, 'draft'),
  ...r('POST /api/v1/applications/:id/materials/:code/fetch', { owner: 200, delegate: 200, other_citizen: 404, delegate_without_scope: 403, reviewer: 403, leader: 403, anonymous: 401 }, 'draft'),
  // An enterprise's case: its registration comes; no person's records do (not the legal representative's, not the agent's).
  ...r('POST /api/v1/applications/:id/materials/:code/fetch', { enterprise_agent: 200 }, 'enterprise record'),
  ...r('POST /api/v1/applications/:id/materials/:code/fetch', { enterprise_agent: 403 }, 'person record for an enterprise'),
  ...r('GET /api/v1/applications/:id/materials/:code/fetched', { owner: 200, delegate: 200, reviewer: 200, clerk: 200, department_admin: 403,
    other_citizen: 404, delegate_without_scope: 403, other_reviewer: 404, leader: 404, operator: 404, anonymous: 401 }, 'fetched'),
  ...r('GET /api/v1/applications/:id/reuse', { owner: 200, enterprise_agent: 200, reviewer: 200, other_citizen: 404, other_reviewer: 404, leader: 404, anonymous: 401 }),
  ...r('GET /api/v1/statistics/reuse', { leader: 200, reviewer: 200, department_admin: 200, operator: 200, owner: 403, clerk: 403, anonymous: 401 }),
  ...r('GET /api/v1/applications/:id', { owner: 200, delegate: 200, enterprise_agent: 200, reviewer: 200, clerk: 200, department_admin: 200,
    other_citizen: 404, delegate_without_scope: 403, other_reviewer: 404, leader: 404, operator: 404, anonymous: 401 }),
  ...r('GET /api/v1/applications/:id', { enterprise_agent: 404 }, 'a person\'s case'),
  ...r('POST /api/v1/applications/:id/reveal', { reviewer: 200, clerk: 200, other_reviewer: 404, department_admin: 403, leader: 403, owner: 403, operator: 403, anonymous: 401 }),
  ...r('GET /api/v1/applications/:id/timeline', { owner: 200, delegate: 200, reviewer: 200, clerk: 200, other_citizen: 404, delegate_without_scope: 403, other_reviewer: 404, leader: 404, anonymous: 401 }),
  ...r('POST /api/v1/applications/:id/withdraw', { owner: 200, delegate: 200, enterprise_agent: 200, other_citizen: 404, delegate_without_scope: 403, clerk: 409, reviewer: 403, leader: 403, anonymous: 401 }),
  ...r('POST /api/v1/applications/:id/supplement', { owner: 200, delegate: 200, clerk: 200, other_citizen: 404, delegate_without_scope: 403, reviewer: 403, leader: 403, anonymous: 401 }, 'awaiting supplement'),
  ...r('POST /api/v1/applications/:id/deferred-materials', { owner: 409, other_citizen: 404, delegate_without_scope: 403, reviewer: 403, leader: 403, anonymous: 401 }),
  ...r('POST /api/v1/bundle-applications', { owner: 201, delegate: 201, delegate_without_scope: 403, reviewer: 403, leader: 403, anonymous: 401 }),
  ...r('GET /api/v1/bundle-applications/:id', { owner: 200, reviewer: 200, department_admin: 200, other_citizen: 404, other_reviewer: 404, leader: 404, operator: 404, anonymous: 401 }),
  // A life event's draft is the applicant's own (no staff), and the saving account's: a delegate's draft is theirs to finish.
  ...r('POST /api/v1/bundle-drafts', { owner: 201, delegate: 201, enterprise_agent: 422, delegate_without_scope: 403, clerk: 403, reviewer: 403, leader: 403, anonymous: 401 }),
  ...r('GET /api/v1/bundle-drafts', { owner: 200, delegate: 200, delegate_without_scope: 403, reviewer: 403, leader: 403, anonymous: 401 }),
  ...r('GET /api/v1/bundle-drafts/:id', { owner: 200, delegate: 200, other_citizen: 404, enterprise_agent: 404, clerk: 404, delegate_without_scope: 403, reviewer: 403, leader: 403, anonymous: 401 }),
  ...r('PUT /api/v1/bundle-drafts/:id', { owner: 200, delegate: 200, other_citizen: 404, clerk: 404, delegate_without_scope: 403, reviewer: 403, leader: 403, anonymous: 401 }),
  ...r('DELETE /api/v1/bundle-drafts/:id', { owner: 200, delegate: 200, other_citizen: 404, clerk: 404, delegate_without_scope: 403, reviewer: 403, leader: 403, anonymous: 401 }),
  ...r('GET /api/v1/statistics/cases', { leader: 200, operator: 200, reviewer: 403, owner: 403, anonymous: 401 }),
  ...r('POST /api/v1/applications/:id/accept', { clerk: 200, reviewer: 404, owner: 403, leader: 403, anonymous: 401 }, 'waiting for a clerk'),
  ...r('POST /api/v1/applications/:id/supplement-requests', { reviewer: 200, clerk: 409, other_reviewer: 404, owner: 403, leader: 403, anonymous: 401 }),
  ...r('GET /api/v1/tasks', { reviewer: 200, department_admin: 200, owner: 403, clerk: 403, leader: 403, anonymous: 401 }),
  ...r('POST /api/v1/tasks/:id/claim', { reviewer: 200, department_admin: 200, other_reviewer: 404, owner: 403, leader: 403, anonymous: 401 }),
  ...r('POST /api/v1/tasks/:id/transfer', { reviewer: 200, other_reviewer: 404, owner: 403, leader: 403, anonymous: 401 }),
  ...r('POST /api/v1/tasks/:id/assign', { department_admin: 200, reviewer: 403, owner: 403, leader: 403, anonymous: 401 }),
  ...r('POST /api/v1/tasks/:id/decision', { reviewer: 200, department_admin: 403, other_reviewer: 404, owner: 403, leader: 403, anonymous: 401 }),
];
