// The exchange module's authorization matrix, as data (run by authorization.test.ts over HTTP).
// Callers, by their relationship to the object: `source_admin` / `source_reviewer` (公安局 gaj, owner of the household
// registry police.household-registration), `consumer_admin` / `consumer_reviewer` (民政局 mzj, which holds the
// demo grant for 最低生活保障), `unrelated_admin` (人社局 rsj, neither owner nor consumer), `source_client` /
// `consumer_client` (machine clients of gaj and mzj), `subject` (张秀英, whom the queries are about),
// `other_citizen` (李四), `delegate` (张三 acting for 张秀英), `enterprise_agent` (李四 for 云帆科技), `leader`,
// `operator` (platform admin), `anonymous`.
import type { MatrixRow } from '../../test/matrix.js';

export const rows: MatrixRow[] = [
  // The catalogue of sources: staff and systems.
  { route: 'GET /api/v1/exchange/sources', as: 'consumer_reviewer', expect: 200 },
  { route: 'GET /api/v1/exchange/sources', as: 'consumer_client', expect: 200 },
  { route: 'GET /api/v1/exchange/sources', as: 'leader', expect: 200 },
  { route: 'GET /api/v1/exchange/sources', as: 'subject', expect: 403 },
  { route: 'GET /api/v1/exchange/sources', as: 'anonymous', expect: 401 },
  { route: 'GET /api/v1/exchange/sources/:code', as: 'consumer_reviewer', expect: 200 },
  { route: 'GET /api/v1/exchange/sources/:code', as: 'consumer_reviewer', on: 'unknown', expect: 404 },
  { route: 'GET /api/v1/exchange/sources/:code', as: 'subject', expect: 403 },
  { route: 'GET /api/v1/exchange/sources/:code', as: 'anonymous', expect: 401 },
  { route: 'GET /api/v1/exchange/sources/:code/jwks', as: 'anonymous', expect: 200 },

  // A department registers and changes its own sources only.
  { route: 'POST /api/v1/exchange/sources', as: 'source_admin', on: 'own_department', expect: 201 },
  { route: 'POST /api/v1/exchange/sources', as: 'operator', on: 'own_department', expect: 201 },
  { route: 'POST /api/v1/exchange/sources', as: 'consumer_admin', on: 'own_department', expect: 403 },
  { route: 'POST /api/v1/exchange/sources', as: 'source_reviewer', on: 'own_department', expect: 403 },
  { route: 'POST /api/v1/exchange/sources', as: 'source_client', on: 'own_department', expect: 403 },
  { route: 'POST /api/v1/exchange/sources', as: 'anonymous', on: 'own_department', expect: 401 },
  { route: 'PATCH /api/v1/exchange/sources/:code', as: 'source_admin', expect: 200 },
  { route: 'PATCH /api/v1/exchange/sources/:code', as: 'operator', expect: 200 },
  { route: 'PATCH /api/v1/exchange/sources/:code', as: 'consumer_admin', expect: 403 },
  { route: 'PATCH /api/v1/exchange/sources/:code', as: 'source_reviewer', expect: 403 },
  { route: 'PATCH /api/v1/exchange/sources/:code', as: 'source_client', expect: 403 },
  { route: 'PATCH /api/v1/exchange/sources/:code', as: 'anonymous', expect: 401 },

  // 前置库: the owner's admins and the owner's own systems publish records.
  { route: 'PUT /api/v1/exchange/sources/:code/records', as: 'source_admin', expect: 200 },
  { route: 'PUT /api/v1/exchange/sources/:code/records', as: 'source_client', expect: 200 },
  { route: 'PUT /api/v1/exchange/sources/:code/records', as: 'consumer_client', expect: 403 },
  { route: 'PUT /api/v1/exchange/sources/:code/records', as: 'consumer_admin', expect: 403 },
  { route: 'PUT /api/v1/exchange/sources/:code/records', as: 'source_reviewer', expect: 403 },
  { route: 'PUT /api/v1/exchange/sources/:code/records', as: 'subject', expect: 403 },
  { route: 'PUT /api/v1/exchange/sources/:code/records', as: 'anonymous', expect: 401 },

  // Grants: made and revoked by the source's department; seen by it and by the consumer.
  { route: 'GET /api/v1/exchange/grants', as: 'source_admin', expect: 200 },
  { route: 'GET /api/v1/exchange/grants', as: 'consumer_admin', expect: 200 },
  { route: 'GET /api/v1/exchange/grants', as: 'source_reviewer', expect: 403 },
  { route: 'GET /api/v1/exchange/grants', as: 'consumer_client', expect: 403 },
  { route: 'GET /api/v1/exchange/grants', as: 'anonymous', expect: 401 },
  { route: 'POST /api/v1/exchange/grants', as: 'source_admin', expect: 201 },
  { route: 'POST /api/v1/exchange/grants', as: 'source_admin', on: 'batch', expect: 201 },
  { route: 'POST /api/v1/exchange/grants', as: 'operator', expect: 201 },
  { route: 'POST /api/v1/exchange/grants', as: 'consumer_admin', expect: 403 },
  { route: 'POST /api/v1/exchange/grants', as: 'consumer_admin', on: 'batch', expect: 403 },
  { route: 'POST /api/v1/exchange/grants', as: 'source_reviewer', expect: 403 },
  { route: 'POST /api/v1/exchange/grants', as: 'source_client', expect: 403 },
  { route: 'POST /api/v1/exchange/grants', as: 'anonymous', expect: 401 },
  { route: 'POST /api/v1/exchange/grants/:id/revoke', as: 'source_admin', expect: 200 },
  { route: 'POST /api/v1/exchange/grants/:id/revoke', as: 'operator', expect: 200 },
  { route: 'POST /api/v1/exchange/grants/:id/revoke', as: 'consumer_admin', expect: 403 },
  { route: 'POST /api/v1/exchange/grants/:id/revoke', as: 'unrelated_admin', expect: 404 },
  { route: 'POST /api/v1/exchange/grants/:id/revoke', as: 'source_reviewer', expect: 403 },
  { route: 'POST /api/v1/exchange/grants/:id/revoke', as: 'anonymous', expect: 401 },

  // Machine clients: a department's admins issue and revoke its own.
  { route: 'GET /api/v1/exchange/clients', as: 'source_admin', expect: 200 },
  { route: 'GET /api/v1/exchange/clients', as: 'source_reviewer', expect: 403 },
  { route: 'GET /api/v1/exchange/clients', as: 'source_client', expect: 403 },
  { route: 'GET /api/v1/exchange/clients', as: 'anonymous', expect: 401 },
  { route: 'POST /api/v1/exchange/clients', as: 'source_admin', on: 'own_department', expect: 201 },
  { route: 'POST /api/v1/exchange/clients', as: 'operator', on: 'own_department', expect: 201 },
  { route: 'POST /api/v1/exchange/clients', as: 'consumer_admin', on: 'own_department', expect: 403 },
  { route: 'POST /api/v1/exchange/clients', as: 'source_reviewer', on: 'own_department', expect: 403 },
  { route: 'POST /api/v1/exchange/clients', as: 'source_client', on: 'own_department', expect: 403 },
  { route: 'POST /api/v1/exchange/clients', as: 'anonymous', on: 'own_department', expect: 401 },
  { route: 'POST /api/v1/exchange/clients/:id/revoke', as: 'source_admin', expect: 200 },
  { route: 'POST /api/v1/exchange/clients/:id/revoke', as: 'operator', expect: 200 },
  { route: 'POST /api/v1/exchange/clients/:id/revoke', as: 'consumer_admin', expect: 404 },
  { route: 'POST /api/v1/exchange/clients/:id/revoke', as: 'source_reviewer', expect: 403 },
  { route: 'POST /api/v1/exchange/clients/:id/revoke', as: 'source_client', expect: 403 },
  { route: 'POST /api/v1/exchange/clients/:id/revoke', as: 'anonymous', expect: 401 },

  // The token endpoint is public: the credentials decide.
  { route: 'POST /api/v1/exchange/token', as: 'anonymous', on: 'valid_credentials', expect: 200 },
  { route: 'POST /api/v1/exchange/token', as: 'anonymous', on: 'wrong_secret', expect: 401 },

  // Queries: the consuming department's staff and systems, for a purpose its grant covers.
  { route: 'POST /api/v1/exchange/queries', as: 'consumer_reviewer', expect: 200 },
  { route: 'POST /api/v1/exchange/queries', as: 'consumer_admin', expect: 200 },
  { route: 'POST /api/v1/exchange/queries', as: 'consumer_client', expect: 200 },
  { route: 'POST /api/v1/exchange/queries', as: 'source_reviewer', expect: 403 },
  { route: 'POST /api/v1/exchange/queries', as: 'source_client', expect: 403 },
  { route: 'POST /api/v1/exchange/queries', as: 'consumer_reviewer', on: 'other_department', expect: 403 },
  { route: 'POST /api/v1/exchange/queries', as: 'consumer_client', on: 'other_department', expect: 403 },
  { route: 'POST /api/v1/exchange/queries', as: 'subject', expect: 403 },
  { route: 'POST /api/v1/exchange/queries', as: 'delegate', expect: 403 },
  { route: 'POST /api/v1/exchange/queries', as: 'operator', expect: 403 },
  { route: 'POST /api/v1/exchange/queries', as: 'leader', expect: 403 },
  { route: 'POST /api/v1/exchange/queries', as: 'anonymous', expect: 401 },

  // A stored answer: the consuming department, the subject; nobody else learns it exists.
  { route: 'GET /api/v1/exchange/queries/:id', as: 'consumer_reviewer', expect: 200 },
  { route: 'GET /api/v1/exchange/queries/:id', as: 'consumer_client', expect: 200 },
  { route: 'GET /api/v1/exchange/queries/:id', as: 'subject', expect: 200 },
  { route: 'GET /api/v1/exchange/queries/:id', as: 'other_citizen', expect: 404 },
  { route: 'GET /api/v1/exchange/queries/:id', as: 'delegate', expect: 404 }, // no case of hers: her helper is not the subject
  { route: 'GET /api/v1/exchange/queries/:id', as: 'enterprise_agent', expect: 404 },
  { route: 'GET /api/v1/exchange/queries/:id', as: 'source_reviewer', expect: 404 },
  { route: 'GET /api/v1/exchange/queries/:id', as: 'source_client', expect: 404 },
  { route: 'GET /api/v1/exchange/queries/:id', as: 'unrelated_admin', expect: 404 },
  { route: 'GET /api/v1/exchange/queries/:id', as: 'operator', expect: 404 },
  { route: 'GET /api/v1/exchange/queries/:id', as: 'leader', expect: 404 },
  { route: 'GET /api/v1/exchange/queries/:id', as: 'anonymous', expect: 401 },

  // 监督检查: operators, and the admins of sources (for their sources).
  { route: 'GET /api/v1/exchange/review', as: 'source_admin', expect: 200 },
  { route: 'GET /api/v1/exchange/review', as: 'operator', expect: 200 },
  { route: 'GET /api/v1/exchange/review', as: 'source_reviewer', expect: 403 },
  { route: 'GET /api/v1/exchange/review', as: 'subject', expect: 403 },
  { route: 'GET /api/v1/exchange/review', as: 'source_client', expect: 403 },
  { route: 'GET /api/v1/exchange/review', as: 'anonymous', expect: 401 },

  // The subject's own access log, for themselves only.
  { route: 'GET /api/v1/me/data-access/export', as: 'subject', expect: 200 },
  { route: 'GET /api/v1/me/data-access/export', as: 'delegate', expect: 403 },
  { route: 'GET /api/v1/me/data-access/export', as: 'enterprise_agent', expect: 403 },
  { route: 'GET /api/v1/me/data-access/export', as: 'consumer_client', expect: 403 },
  { route: 'GET /api/v1/me/data-access/export', as: 'anonymous', expect: 401 },
];
