// The certificates module's authorization matrix (DESIGN.md, "Authorization has one shape"): who may do what to a
// certificate, by their relationship to it. The holder is 王芳 (her resident ID card, issued by the police, 公安局);
// the enterprise's certificate is 云帆科技's business licence. Run over HTTP by authorization.test.ts.
import type { MatrixRow } from '../../test/matrix.js';

const everyone = ['anonymous', 'holder', 'other_citizen', 'issuing_reviewer', 'leader', 'client'] as const;

export const rows: MatrixRow[] = [
  // The issuers' public face and the public verify API: anyone, signed in or not.
  ...everyone.map((as) => ({ route: 'GET /.well-known/jwt-vc-issuer/issuers/:id', as, expect: 200 })),
  { route: 'GET /.well-known/jwt-vc-issuer/issuers/:id', as: 'anonymous', on: 'unknown_issuer', expect: 404 },
  ...everyone.map((as) => ({ route: 'GET /issuers/:id/jwks.json', as, expect: 200 })),
  ...everyone.map((as) => ({ route: 'GET /status-lists/:id', as, expect: 200 })),
  { route: 'GET /status-lists/:id', as: 'anonymous', on: 'unknown_list', expect: 404 },
  ...everyone.map((as) => ({ route: 'GET /certificate-types/:code', as, expect: 200 })),
  ...everyone.map((as) => ({ route: 'GET /api/v1/certificate-types', as, expect: 200 })),
  ...everyone.map((as) => ({ route: 'POST /api/v1/verify', as, expect: 200 })),

  // The wallet: the holder, a delegate allowed to look (certificates.read), the enterprise's agent for its own.
  { route: 'GET /api/v1/certificates', as: 'holder', expect: 200 },
  { route: 'GET /api/v1/certificates', as: 'delegate_with_scope', expect: 200 },
  { route: 'GET /api/v1/certificates', as: 'delegate_without_scope', expect: 403 },
  { route: 'GET /api/v1/certificates', as: 'enterprise_agent', expect: 200 },
  { route: 'GET /api/v1/certificates', as: 'anonymous', expect: 401 },
  { route: 'GET /api/v1/certificates', as: 'client', expect: 403 },

  { route: 'GET /api/v1/certificates/:id', as: 'holder', on: 'own', expect: 200 },
  { route: 'GET /api/v1/certificates/:id', as: 'delegate_with_scope', on: 'own', expect: 200 },
  { route: 'GET /api/v1/certificates/:id', as: 'delegate_without_scope', on: 'own', expect: 403 }, // the route names the scope it needs (config.acting)
  { route: 'GET /api/v1/certificates/:id', as: 'other_citizen', on: 'own', expect: 404 },
  { route: 'GET /api/v1/certificates/:id', as: 'issuing_reviewer', on: 'own', expect: 404 }, // the issuer's staff never open a wallet
  { route: 'GET /api/v1/certificates/:id', as: 'leader', on: 'own', expect: 404 },
  { route: 'GET /api/v1/certificates/:id', as: 'operator', on: 'own', expect: 404 },
  { route: 'GET /api/v1/certificates/:id', as: 'enterprise_agent', on: 'enterprise', expect: 200 },
  { route: 'GET /api/v1/certificates/:id', as: 'enterprise_agent', on: 'own', expect: 404 }, // acting for the enterprise: not the person's
  { route: 'GET /api/v1/certificates/:id', as: 'holder', on: 'enterprise', expect: 404 },
  { route: 'GET /api/v1/certificates/:id', as: 'anonymous', on: 'own', expect: 401 },
  { route: 'GET /api/v1/certificates/:id', as: 'client', on: 'own', expect: 403 },

  // Downloading the credential and sharing it are the holder's acts: a delegate may look, not show.
  { route: 'GET /api/v1/certificates/:id/credential', as: 'holder', on: 'own', expect: 200 },
  { route: 'GET /api/v1/certificates/:id/credential', as: 'delegate_with_scope', on: 'own', expect: 403 },
  { route: 'GET /api/v1/certificates/:id/credential', as: 'delegate_without_scope', on: 'own', expect: 403 }, // the route names the scope it needs (config.acting)
  { route: 'GET /api/v1/certificates/:id/credential', as: 'other_citizen', on: 'own', expect: 404 },
  { route: 'GET /api/v1/certificates/:id/credential', as: 'issuing_reviewer', on: 'own', expect: 404 },
  { route: 'GET /api/v1/certificates/:id/credential', as: 'enterprise_agent', on: 'enterprise', expect: 200 },
  { route: 'GET /api/v1/certificates/:id/credential', as: 'anonymous', on: 'own', expect: 401 },

  { route: 'POST /api/v1/certificates/:id/shares', as: 'holder', on: 'own', expect: 201 },
  { route: 'POST /api/v1/certificates/:id/shares', as: 'delegate_with_scope', on: 'own', expect: 403 },
  { route: 'POST /api/v1/certificates/:id/shares', as: 'delegate_without_scope', on: 'own', expect: 403 }, // the route names the scope it needs (config.acting)
  { route: 'POST /api/v1/certificates/:id/shares', as: 'other_citizen', on: 'own', expect: 404 },
  { route: 'POST /api/v1/certificates/:id/shares', as: 'issuing_reviewer', on: 'own', expect: 404 },
  { route: 'POST /api/v1/certificates/:id/shares', as: 'enterprise_agent', on: 'enterprise', expect: 201 },
  { route: 'POST /api/v1/certificates/:id/shares', as: 'enterprise_agent', on: 'own', expect: 404 },
  { route: 'POST /api/v1/certificates/:id/shares', as: 'anonymous', on: 'own', expect: 401 },
  { route: 'POST /api/v1/certificates/:id/shares', as: 'client', on: 'own', expect: 403 },

  { route: 'GET /api/v1/certificates/:id/shares', as: 'holder', on: 'own', expect: 200 },
  { route: 'GET /api/v1/certificates/:id/shares', as: 'delegate_with_scope', on: 'own', expect: 403 }, // a share carries a usable proof
  { route: 'GET /api/v1/certificates/:id/shares', as: 'other_citizen', on: 'own', expect: 404 },
  { route: 'GET /api/v1/certificates/:id/shares', as: 'enterprise_agent', on: 'enterprise', expect: 200 },
  { route: 'GET /api/v1/certificates/:id/shares', as: 'anonymous', on: 'own', expect: 401 },

  // Status: the issuing department's reviewers and admins, and operators. Others of other departments learn nothing.
  { route: 'POST /api/v1/certificates/:id/status', as: 'issuing_reviewer', on: 'own', expect: 200 },
  { route: 'POST /api/v1/certificates/:id/status', as: 'issuing_admin', on: 'own', expect: 200 },
  { route: 'POST /api/v1/certificates/:id/status', as: 'operator', on: 'own', expect: 200 },
  { route: 'POST /api/v1/certificates/:id/status', as: 'other_department_reviewer', on: 'own', expect: 404 },
  { route: 'POST /api/v1/certificates/:id/status', as: 'other_department_admin', on: 'own', expect: 404 },
  { route: 'POST /api/v1/certificates/:id/status', as: 'holder', on: 'own', expect: 403 }, // route: staff only
  { route: 'POST /api/v1/certificates/:id/status', as: 'leader', on: 'own', expect: 403 },
  { route: 'POST /api/v1/certificates/:id/status', as: 'clerk', on: 'own', expect: 403 },
  { route: 'POST /api/v1/certificates/:id/status', as: 'anonymous', on: 'own', expect: 401 },
  { route: 'POST /api/v1/certificates/:id/status', as: 'client', on: 'own', expect: 403 },

  // Keys: operators only; a department cannot list, swap or withdraw the key that vouches for it.
  { route: 'GET /api/v1/admin/departments/:id/signing-keys', as: 'operator', expect: 200 },
  { route: 'GET /api/v1/admin/departments/:id/signing-keys', as: 'operator', on: 'unknown_department', expect: 404 },
  { route: 'GET /api/v1/admin/departments/:id/signing-keys', as: 'issuing_admin', expect: 403 },
  { route: 'GET /api/v1/admin/departments/:id/signing-keys', as: 'leader', expect: 403 },
  { route: 'GET /api/v1/admin/departments/:id/signing-keys', as: 'holder', expect: 403 },
  { route: 'GET /api/v1/admin/departments/:id/signing-keys', as: 'anonymous', expect: 401 },
  { route: 'GET /api/v1/admin/departments/:id/signing-keys', as: 'client', expect: 403 },
  { route: 'POST /api/v1/admin/departments/:id/signing-keys/:kid/revoke', as: 'operator', expect: 200 },
  { route: 'POST /api/v1/admin/departments/:id/signing-keys/:kid/revoke', as: 'operator', on: 'unknown_department', expect: 404 },
  { route: 'POST /api/v1/admin/departments/:id/signing-keys/:kid/revoke', as: 'operator', on: 'other_departments_key', expect: 404 },
  { route: 'POST /api/v1/admin/departments/:id/signing-keys/:kid/revoke', as: 'issuing_admin', expect: 403 },
  { route: 'POST /api/v1/admin/departments/:id/signing-keys/:kid/revoke', as: 'issuing_reviewer', expect: 403 },
  { route: 'POST /api/v1/admin/departments/:id/signing-keys/:kid/revoke', as: 'holder', expect: 403 },
  { route: 'POST /api/v1/admin/departments/:id/signing-keys/:kid/revoke', as: 'anonymous', expect: 401 },
  { route: 'POST /api/v1/admin/departments/:id/signing-keys/:kid/revoke', as: 'client', expect: 403 },
  // Key rotation: operators only; a department cannot swap the key that vouches for it.
  { route: 'POST /api/v1/admin/departments/:id/signing-keys/rotate', as: 'operator', expect: 200 },
  { route: 'POST /api/v1/admin/departments/:id/signing-keys/rotate', as: 'operator', on: 'unknown_department', expect: 404 },
  { route: 'POST /api/v1/admin/departments/:id/signing-keys/rotate', as: 'issuing_admin', expect: 403 },
  { route: 'POST /api/v1/admin/departments/:id/signing-keys/rotate', as: 'issuing_reviewer', expect: 403 },
  { route: 'POST /api/v1/admin/departments/:id/signing-keys/rotate', as: 'holder', expect: 403 },
  { route: 'POST /api/v1/admin/departments/:id/signing-keys/rotate', as: 'anonymous', expect: 401 },
  { route: 'POST /api/v1/admin/departments/:id/signing-keys/rotate', as: 'client', expect: 403 },
];
