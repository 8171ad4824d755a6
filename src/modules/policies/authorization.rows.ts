// The policies module's authorization matrix, as data (run by authorization.test.ts over HTTP).
// Callers, by their relationship to the object: `citizen` (张秀英, who has matches; the applicant of `own_case` is
// `applicant`, 张三), `other_citizen` (李四), `delegate` (张三 acting for 张秀英 with profile and application scopes),
// `delegate_without_scope` (李四 acting for 王芳 with certificates.read only), `enterprise_agent` (李四 for 云帆科技),
// `same_department_admin` / `same_department_reviewer` (民政局 mzj, whose policies these are), `other_department_admin`
// / `other_department_reviewer` (公安局 gaj), `item_department_reviewer` (卫健委 wjw, whose item the case is),
// `leader`, `operator` (platform admin), `client` (a machine client of mzj), `anonymous`.
// Objects: `published` (最低生活保障, mzj), `draft` (a fresh mzj draft), `other_department_item` (a gaj policy
// bound by 秒批 to civil affairs' item), `own_trigger` (a mzj trigger), `unowned_trigger` (from before owners).
import type { MatrixRow } from '../../test/matrix.js';

export const rows: MatrixRow[] = [
  // Published policies are public; drafts are the department's.
  { route: 'GET /api/v1/policies', as: 'anonymous', expect: 200 },
  { route: 'GET /api/v1/policies', as: 'citizen', expect: 200 },
  { route: 'GET /api/v1/policies', as: 'other_department_admin', expect: 200 },
  { route: 'GET /api/v1/policies/:code', as: 'anonymous', on: 'published', expect: 200 },
  { route: 'GET /api/v1/policies/:code', as: 'anonymous', on: 'draft', expect: 404 },
  { route: 'GET /api/v1/policies/:code', as: 'citizen', on: 'draft', expect: 404 },
  { route: 'GET /api/v1/policies/:code', as: 'delegate', on: 'draft', expect: 404 },
  { route: 'GET /api/v1/policies/:code', as: 'client', on: 'draft', expect: 404 },
  { route: 'GET /api/v1/policies/:code', as: 'leader', on: 'draft', expect: 404 },
  { route: 'GET /api/v1/policies/:code', as: 'other_department_admin', on: 'draft', expect: 404 },
  { route: 'GET /api/v1/policies/:code', as: 'other_department_reviewer', on: 'draft', expect: 404 },
  { route: 'GET /api/v1/policies/:code', as: 'same_department_reviewer', on: 'draft', expect: 200 },
  { route: 'GET /api/v1/policies/:code', as: 'same_department_admin', on: 'draft', expect: 200 },
  { route: 'GET /api/v1/policies/:code', as: 'operator', on: 'draft', expect: 200 },

  { route: 'PUT /api/v1/policies/:code', as: 'same_department_admin', on: 'draft', expect: 200 },
  { route: 'PUT /api/v1/policies/:code', as: 'operator', on: 'draft', expect: 200 },
  { route: 'PUT /api/v1/policies/:code', as: 'other_department_admin', on: 'draft', expect: 403 },
  { route: 'PUT /api/v1/policies/:code', as: 'other_department_admin', on: 'published', expect: 403 },
  { route: 'PUT /api/v1/policies/:code', as: 'other_department_admin', on: 'other_department_item', expect: 403 },
  { route: 'PUT /api/v1/policies/:code', as: 'same_department_reviewer', on: 'draft', expect: 403 },
  { route: 'PUT /api/v1/policies/:code', as: 'citizen', on: 'draft', expect: 403 },
  { route: 'PUT /api/v1/policies/:code', as: 'client', on: 'draft', expect: 403 },
  { route: 'PUT /api/v1/policies/:code', as: 'anonymous', on: 'draft', expect: 401 },

  { route: 'GET /api/v1/policy-facts', as: 'same_department_admin', expect: 200 },
  { route: 'GET /api/v1/policy-facts', as: 'citizen', expect: 200 }, // the simulator is for everyone signed in
  { route: 'GET /api/v1/policy-facts', as: 'anonymous', expect: 401 },
  { route: 'POST /api/v1/policies/check-rule', as: 'same_department_admin', expect: 200 },
  { route: 'POST /api/v1/policies/check-rule', as: 'same_department_reviewer', expect: 403 },
  { route: 'POST /api/v1/policies/check-rule', as: 'citizen', expect: 403 },
  { route: 'POST /api/v1/policies/check-rule', as: 'anonymous', expect: 401 },

  { route: 'POST /api/v1/policies/:code/tests/run', as: 'same_department_admin', on: 'draft', expect: 200 },
  { route: 'POST /api/v1/policies/:code/tests/run', as: 'operator', on: 'draft', expect: 200 },
  { route: 'POST /api/v1/policies/:code/tests/run', as: 'other_department_admin', on: 'draft', expect: 404 },
  { route: 'POST /api/v1/policies/:code/tests/run', as: 'other_department_admin', on: 'published', expect: 403 },
  { route: 'POST /api/v1/policies/:code/tests/run', as: 'same_department_reviewer', on: 'draft', expect: 403 },
  { route: 'POST /api/v1/policies/:code/tests/run', as: 'anonymous', on: 'draft', expect: 401 },

  { route: 'GET /api/v1/policies/:code/preview', as: 'same_department_admin', on: 'draft', expect: 200 },
  { route: 'GET /api/v1/policies/:code/preview', as: 'other_department_admin', on: 'draft', expect: 404 },
  { route: 'GET /api/v1/policies/:code/preview', as: 'other_department_admin', on: 'published', expect: 403 },
  { route: 'GET /api/v1/policies/:code/preview', as: 'citizen', on: 'published', expect: 403 },
  { route: 'GET /api/v1/policies/:code/preview', as: 'anonymous', on: 'draft', expect: 401 },

  { route: 'POST /api/v1/policies/:code/publish', as: 'same_department_admin', on: 'draft', expect: 200 },
  { route: 'POST /api/v1/policies/:code/publish', as: 'operator', on: 'draft', expect: 200 },
  { route: 'POST /api/v1/policies/:code/publish', as: 'other_department_admin', on: 'draft', expect: 404 },
  { route: 'POST /api/v1/policies/:code/publish', as: 'other_department_admin', on: 'published', expect: 403 },
  { route: 'POST /api/v1/policies/:code/publish', as: 'other_department_admin', on: 'other_department_item', expect: 403 },
  { route: 'POST /api/v1/policies/:code/publish', as: 'operator', on: 'other_department_item', expect: 403 },
  { route: 'POST /api/v1/policies/:code/publish', as: 'same_department_reviewer', on: 'draft', expect: 403 },
  { route: 'POST /api/v1/policies/:code/publish', as: 'anonymous', on: 'draft', expect: 401 },

  { route: 'POST /api/v1/policies/:code/withdraw', as: 'same_department_admin', on: 'draft', expect: 200 },
  { route: 'POST /api/v1/policies/:code/withdraw', as: 'other_department_admin', on: 'draft', expect: 404 },
  { route: 'POST /api/v1/policies/:code/withdraw', as: 'other_department_admin', on: 'published', expect: 403 },
  { route: 'POST /api/v1/policies/:code/withdraw', as: 'citizen', on: 'published', expect: 403 },
  { route: 'POST /api/v1/policies/:code/withdraw', as: 'anonymous', on: 'published', expect: 401 },

  { route: 'GET /api/v1/policies/:code/versions', as: 'same_department_admin', on: 'published', expect: 200 },
  { route: 'GET /api/v1/policies/:code/versions', as: 'other_department_admin', on: 'published', expect: 403 },
  { route: 'GET /api/v1/policies/:code/versions', as: 'other_department_admin', on: 'draft', expect: 404 },
  { route: 'GET /api/v1/policies/:code/versions', as: 'same_department_reviewer', on: 'published', expect: 403 },
  { route: 'GET /api/v1/policies/:code/versions', as: 'anonymous', on: 'published', expect: 401 },

  // The simulator reads published policies only, and a signed-in person's own facts.
  { route: 'POST /api/v1/policies/simulate', as: 'citizen', expect: 200 },
  { route: 'POST /api/v1/policies/simulate', as: 'same_department_reviewer', expect: 200 },
  { route: 'POST /api/v1/policies/simulate', as: 'delegate_without_scope', expect: 403 },
  { route: 'POST /api/v1/policies/simulate', as: 'anonymous', expect: 401 },
  { route: 'POST /api/v1/policies/simulate', as: 'client', expect: 403 },

  // "Me": the signed-in person's (or the acted-for subject's) own matches, facts and prepared services.
  { route: 'GET /api/v1/me/policy-matches', as: 'citizen', expect: 200 },
  { route: 'GET /api/v1/me/policy-matches', as: 'delegate', expect: 200 },
  { route: 'GET /api/v1/me/policy-matches', as: 'delegate_without_scope', expect: 403 },
  { route: 'GET /api/v1/me/policy-matches', as: 'enterprise_agent', expect: 200 },
  { route: 'GET /api/v1/me/policy-matches', as: 'same_department_admin', expect: 403 },
  { route: 'GET /api/v1/me/policy-matches', as: 'client', expect: 403 },
  { route: 'GET /api/v1/me/policy-matches', as: 'anonymous', expect: 401 },
  { route: 'POST /api/v1/me/policy-matches/:code/opt-out', as: 'elder', on: 'pending_grant', expect: 200 },
  { route: 'POST /api/v1/me/policy-matches/:code/opt-out', as: 'other_citizen', on: 'pending_grant', expect: 404 },
  { route: 'POST /api/v1/me/policy-matches/:code/opt-out', as: 'delegate_without_scope', on: 'pending_grant', expect: 403 },
  { route: 'POST /api/v1/me/policy-matches/:code/opt-out', as: 'delegate', on: 'pending_grant', expect: 404 }, // 张秀英 has no pending grant
  { route: 'POST /api/v1/me/policy-matches/:code/opt-out', as: 'same_department_admin', on: 'pending_grant', expect: 403 },
  { route: 'POST /api/v1/me/policy-matches/:code/opt-out', as: 'anonymous', on: 'pending_grant', expect: 401 },
  // Opting back in: the elder's 高龄津贴 match, opted out first (the request builder sees to it).
  { route: 'POST /api/v1/me/policy-matches/:code/opt-in', as: 'elder', on: 'opted_out', expect: 200 },
  { route: 'POST /api/v1/me/policy-matches/:code/opt-in', as: 'other_citizen', on: 'opted_out', expect: 404 },
  { route: 'POST /api/v1/me/policy-matches/:code/opt-in', as: 'delegate_without_scope', on: 'opted_out', expect: 403 },
  { route: 'POST /api/v1/me/policy-matches/:code/opt-in', as: 'delegate', on: 'opted_out', expect: 404 }, // 张秀英 has no such match
  { route: 'POST /api/v1/me/policy-matches/:code/opt-in', as: 'same_department_admin', on: 'opted_out', expect: 403 },
  { route: 'POST /api/v1/me/policy-matches/:code/opt-in', as: 'anonymous', on: 'opted_out', expect: 401 },
  { route: 'GET /api/v1/me/facts', as: 'citizen', expect: 200 },
  { route: 'GET /api/v1/me/facts', as: 'delegate', expect: 200 },
  { route: 'GET /api/v1/me/facts', as: 'delegate_without_scope', expect: 403 },
  { route: 'GET /api/v1/me/facts', as: 'enterprise_agent', expect: 200 },
  { route: 'GET /api/v1/me/facts', as: 'same_department_reviewer', expect: 403 },
  { route: 'GET /api/v1/me/facts', as: 'anonymous', expect: 401 },
  { route: 'GET /api/v1/me/prepared-services', as: 'citizen', expect: 200 },
  { route: 'GET /api/v1/me/prepared-services', as: 'delegate', expect: 200 },
  { route: 'GET /api/v1/me/prepared-services', as: 'delegate_without_scope', expect: 403 },
  { route: 'GET /api/v1/me/prepared-services', as: 'operator', expect: 403 },
  { route: 'GET /api/v1/me/prepared-services', as: 'anonymous', expect: 401 },
  // A service prepared for 张秀英 (a fresh one per row): she, or her son with applications.submit, decides it.
  { route: 'POST /api/v1/me/prepared-services/:id/confirm', as: 'citizen', expect: 200 },
  { route: 'POST /api/v1/me/prepared-services/:id/confirm', as: 'delegate', expect: 200 },
  { route: 'POST /api/v1/me/prepared-services/:id/confirm', as: 'other_citizen', expect: 404 },
  { route: 'POST /api/v1/me/prepared-services/:id/confirm', as: 'delegate_without_scope', expect: 403 },
  { route: 'POST /api/v1/me/prepared-services/:id/confirm', as: 'enterprise_agent', expect: 404 },
  { route: 'POST /api/v1/me/prepared-services/:id/confirm', as: 'operator', expect: 403 },
  { route: 'POST /api/v1/me/prepared-services/:id/confirm', as: 'anonymous', expect: 401 },
  { route: 'POST /api/v1/me/prepared-services/:id/dismiss', as: 'citizen', expect: 200 },
  { route: 'POST /api/v1/me/prepared-services/:id/dismiss', as: 'other_citizen', expect: 404 },
  { route: 'POST /api/v1/me/prepared-services/:id/dismiss', as: 'delegate_without_scope', expect: 403 },
  { route: 'POST /api/v1/me/prepared-services/:id/dismiss', as: 'same_department_reviewer', expect: 403 },
  { route: 'POST /api/v1/me/prepared-services/:id/dismiss', as: 'anonymous', expect: 401 },

  // 秒批 checks of a case: whoever may read the case.
  { route: 'GET /api/v1/applications/:id/instant-checks', as: 'applicant', on: 'own_case', expect: 200 },
  { route: 'GET /api/v1/applications/:id/instant-checks', as: 'item_department_reviewer', on: 'own_case', expect: 200 },
  { route: 'GET /api/v1/applications/:id/instant-checks', as: 'other_citizen', on: 'own_case', expect: 404 },
  { route: 'GET /api/v1/applications/:id/instant-checks', as: 'other_department_reviewer', on: 'own_case', expect: 404 },
  { route: 'GET /api/v1/applications/:id/instant-checks', as: 'client', on: 'own_case', expect: 403 },
  { route: 'GET /api/v1/applications/:id/instant-checks', as: 'anonymous', on: 'own_case', expect: 401 },

  // Facts are recorded by the platform's operators (and by exchange and events inside the server).
  { route: 'PUT /api/v1/facts/:subject/:id', as: 'operator', expect: 200 },
  { route: 'PUT /api/v1/facts/:subject/:id', as: 'same_department_admin', expect: 403 },
  { route: 'PUT /api/v1/facts/:subject/:id', as: 'citizen', expect: 403 },
  { route: 'PUT /api/v1/facts/:subject/:id', as: 'client', expect: 403 },
  { route: 'PUT /api/v1/facts/:subject/:id', as: 'anonymous', expect: 401 },

  // 无感智办 triggers: seen by every department's admins, changed only by the owner's admins and operators.
  { route: 'GET /api/v1/policy-triggers', as: 'same_department_admin', expect: 200 },
  { route: 'GET /api/v1/policy-triggers', as: 'operator', expect: 200 },
  { route: 'GET /api/v1/policy-triggers', as: 'same_department_reviewer', expect: 403 },
  { route: 'GET /api/v1/policy-triggers', as: 'citizen', expect: 403 },
  { route: 'GET /api/v1/policy-triggers', as: 'anonymous', expect: 401 },
  { route: 'PUT /api/v1/policy-triggers/:code', as: 'same_department_admin', on: 'own_trigger', expect: 200 },
  { route: 'PUT /api/v1/policy-triggers/:code', as: 'operator', on: 'own_trigger', expect: 200 },
  { route: 'PUT /api/v1/policy-triggers/:code', as: 'other_department_admin', on: 'own_trigger', expect: 403 },
  { route: 'PUT /api/v1/policy-triggers/:code', as: 'same_department_admin', on: 'unowned_trigger', expect: 403 },
  { route: 'PUT /api/v1/policy-triggers/:code', as: 'operator', on: 'unowned_trigger', expect: 200 },
  { route: 'PUT /api/v1/policy-triggers/:code', as: 'same_department_reviewer', on: 'own_trigger', expect: 403 },
  { route: 'PUT /api/v1/policy-triggers/:code', as: 'client', on: 'own_trigger', expect: 403 },
  { route: 'PUT /api/v1/policy-triggers/:code', as: 'anonymous', on: 'own_trigger', expect: 401 },
];
