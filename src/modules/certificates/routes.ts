import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errors, IdParams, JwksSchema, ShortText, Uuid } from '../../platform/http/schemas.js';
import { actingNeeds } from '../identity/index.js';
import { keyPurposes } from '../../platform/signing-keys.js';
import { changeStatus, issuerMetadata, listDepartmentKeys, revokeDepartmentKey, rotateDepartmentKeys, statusListJwt, typeMetadata } from './service.js';
import { certificateTypes } from './types.js';
import { downloadCredential, fetchShare, getWalletCertificate, listShares, listWallet, MAX_SHARE_MINUTES, revokeShare, shareCertificate, SHARE_CODE_PATTERN, sharePdfFile } from './wallet.js';
import { verifyToken } from './verify.js';
import { CertificateSchema, CertificateTypeSummarySchema, IssuerMetadataSchema, ShareSchema, SharedPresentationSchema, StatusChangeSchema, TypeMetadataSchema,
  VerificationSchema } from './answers.js';

const tags = ['certificates'];
/** Status-list fetches per client address and minute: a verifier that honours the ETag needs a handful. */
export const STATUS_LIST_RATE_LIMIT = 300;
const Purpose = Type.Enum(keyPurposes);
const Timestamp = Type.String({ format: 'date-time' });
const SigningKeySchema = Type.Object({
  kid: Type.String(), purpose: Type.Enum([...keyPurposes, 'legacy'] as const), alg: Type.String(), createdAt: Timestamp,
  retiredAt: Type.Union([Timestamp, Type.Null()]), revokedAt: Type.Union([Timestamp, Type.Null()]),
  state: Type.Union([Type.Literal('active'), Type.Literal('retired'), Type.Literal('revoked')]),
});
const CodeParams = Type.Object({ code: Type.String({ pattern: '^[a-z][a-z0-9-]{1,63}$' }) });
const ShareParams = Type.Object({ id: IdParams.properties.id, shareId: IdParams.properties.id });

export const certificatesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // ---------- the issuers' public face: what any verifier fetches (offline verifiers cache it) ----------
  app.get('/.well-known/jwt-vc-issuer/issuers/:id', {
    config: { access: 'public' },
    schema: { tags, summary: 'SD-JWT VC issuer metadata with the JWKS of a department', params: IdParams, response: { 200: IssuerMetadataSchema, ...errors(400, 404) } },
  }, async (req, reply) => reply.header('cache-control', 'public, max-age=300').send(await issuerMetadata(req.ctx, req.params.id)));

  app.get('/issuers/:id/jwks.json', {
    config: { access: 'public' },
    schema: { tags, summary: 'JWKS of an issuing department (current and retired keys)', params: IdParams, response: { 200: JwksSchema, ...errors(400, 404) } },
  }, async (req, reply) => reply.header('cache-control', 'public, max-age=300').send((await issuerMetadata(req.ctx, req.params.id)).jwks));

  // Every verifier fetches this on every check (revocation must show at once): the token is signed once per change
  // and answered 304 to a verifier that has it, and the limit per address holds across nodes.
  app.get('/status-lists/:id', {
    config: { access: 'public', rateLimit: { max: STATUS_LIST_RATE_LIMIT, timeWindow: '1 minute' } },
    schema: { tags, summary: 'Token Status List (signed JWT) of an issuer (ETag: If-None-Match answers 304)', params: IdParams,
      response: { 200: Type.String(), 304: Type.Null({ description: 'not changed since the ETag the verifier has' }), ...errors(400, 404, 429) } },
  }, async (req, reply) => {
    const { jwt, etag } = await statusListJwt(req.ctx, req.params.id);
    reply.header('etag', etag).header('cache-control', 'public, max-age=60, must-revalidate');
    const known = req.headers['if-none-match'];
    if (known !== undefined && known.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return reply.code(304).send(null);
    return reply.type('application/statuslist+jwt').send(jwt);
  });

  app.get('/certificate-types/:code', {
    config: { access: 'public' },
    schema: { tags, summary: 'SD-JWT VC type metadata: the type\'s name and claim labels', params: CodeParams, response: { 200: TypeMetadataSchema, ...errors(400, 404) } },
  }, async (req) => typeMetadata(req.ctx, req.params.code));

  app.get('/api/v1/certificate-types', {
    config: { access: 'public' },
    schema: { tags, summary: '电子证照目录 Certificate types and their claims', response: { 200: Type.Array(CertificateTypeSummarySchema) } },
  }, async () => [...certificateTypes().values()].map((t) => ({ code: t.code, name: t.name, validityYears: t.validityYears ?? null,
    claims: t.claims.map((c) => ({ name: c.name, label: c.label })) })));

  app.post('/api/v1/verify', {
    config: { access: 'public', rateLimit: { max: 120, timeWindow: '1 minute' } },
    schema: { tags, summary: '核验 Verify a certificate or a share (from a QR code or pasted)',
      body: Type.Object({
        token: Type.String({ minLength: 1, maxLength: 20_000 }),
        audience: Type.Optional(ShortText(200)),
        requiredClaims: Type.Optional(Type.Array(Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9]{0,39}$' }), { maxItems: 40, description: 'claims this verifier needs to see' })),
      }, { additionalProperties: false }),
      response: { 200: VerificationSchema, ...errors(400, 429) } },
  }, (req) => verifyToken(req.ctx, req.body.token, { audience: req.body.audience, requiredClaims: req.body.requiredClaims }));

  // ---------- the wallet ----------
  app.get('/api/v1/certificates', {
    config: { access: 'signed-in', acting: actingNeeds.certificatesRead },
    schema: { tags, summary: '我的证照 My certificates (or the enterprise\'s I act for)', querystring: Type.Object({ type: Type.Optional(CodeParams.properties.code) }, { additionalProperties: false }),
      response: { 200: Type.Array(CertificateSchema), ...errors(400, 401) } },
  }, (req) => listWallet(req.ctx, { type: req.query.type }));

  app.get('/api/v1/certificates/:id', {
    config: { access: 'signed-in', acting: actingNeeds.certificatesRead },
    schema: { tags, params: IdParams, response: { 200: CertificateSchema, ...errors(400, 401, 404) } },
  }, (req) => getWalletCertificate(req.ctx, req.params.id));

  app.get('/api/v1/certificates/:id/credential', {
    config: { access: 'signed-in', acting: actingNeeds.certificatesShow },
    schema: { tags, summary: 'Download the certificate as an SD-JWT VC', params: IdParams, response: { 200: Type.String(), ...errors(400, 401, 404) } },
  }, async (req, reply) => reply.type('application/dc+sd-jwt').header('content-disposition', `attachment; filename="certificate-${req.params.id}.sd-jwt"`)
    .send(await downloadCredential(req.ctx, req.params.id)));

  app.post('/api/v1/certificates/:id/shares', {
    config: { access: 'signed-in', acting: actingNeeds.certificatesShow },
    schema: { tags, summary: '亮证 Share chosen claims with one verifier for a while (QR code and link)', params: IdParams,
      body: Type.Object({
        claims: Type.Array(Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9]{0,39}$' }), { minItems: 1, maxItems: 40, uniqueItems: true }),
        verifier: ShortText(200),
        validMinutes: Type.Integer({ minimum: 1, maximum: MAX_SHARE_MINUTES }),
      }, { additionalProperties: false }),
      response: { 201: ShareSchema, ...errors(400, 401, 403, 404, 409, 422) } },
  }, async (req, reply) => reply.code(201).send(await shareCertificate(req.ctx, req.params.id, req.body)));

  app.get('/api/v1/certificates/:id/shares', {
    config: { access: 'signed-in', acting: actingNeeds.certificatesRead },
    schema: { tags, summary: 'My shares of a certificate', params: IdParams, response: { 200: Type.Array(ShareSchema), ...errors(400, 401, 404) } },
  }, (req) => listShares(req.ctx, req.params.id));

  app.post('/api/v1/certificates/:id/shares/:shareId/revoke', {
    config: { access: 'signed-in', acting: actingNeeds.certificatesShow },
    schema: { tags, summary: '撤回 Withdraw a share: its link fetches nothing more and the verify API refuses it', params: ShareParams,
      response: { 200: ShareSchema, ...errors(400, 401, 403, 404) } },
  }, (req) => revokeShare(req.ctx, req.params.id, req.params.shareId));

  app.get('/api/v1/certificates/:id/shares/:shareId/pdf', {
    config: { access: 'signed-in', acting: actingNeeds.certificatesShow },
    schema: { tags, summary: 'A share as a PDF: its QR code, what it shows, and the token', params: ShareParams,
      response: { 200: Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary', description: 'application/pdf' }), ...errors(400, 401, 403, 404, 503) } },
  }, async (req, reply) => {
    const { pdf, filename } = await sharePdfFile(req.ctx, req.params.id, req.params.shareId);
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="${filename}"`).send(Buffer.from(pdf));
  });

  // What a short link fetches: the verifier's page asks with the code from the QR code (public, rate-limited).
  app.get('/api/v1/shares/:code', {
    config: { access: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } },
    schema: { tags, summary: 'The presentation behind a short share link (for the verify page and any verifier)',
      params: Type.Object({ code: Type.String({ pattern: SHARE_CODE_PATTERN.replace('^[', '^[a-z') }) }),
      response: { 200: SharedPresentationSchema, ...errors(400, 404, 410, 429) } },
  }, async (req, reply) => reply.header('cache-control', 'no-store').send(await fetchShare(req.ctx, req.params.code)));

  // ---------- the issuer's staff ----------
  app.post('/api/v1/certificates/:id/status', {
    config: { access: { roles: ['reviewer', 'department_admin', 'platform_admin'] } },
    schema: { tags, summary: '注销 / 暂停 / 恢复 Revoke, suspend or reinstate (issuing department)', params: IdParams,
      body: Type.Object({ action: Type.Enum(['revoke', 'suspend', 'reinstate']), reason: ShortText(500) }, { additionalProperties: false }),
      response: { 200: StatusChangeSchema, ...errors(400, 401, 403, 404, 409) } },
  }, async (req) => {
    const row = await changeStatus(req.ctx, req.params.id, req.body.action, req.body.reason);
    return { id: row.id, status: row.status, reason: row.statusReason, changedAt: row.statusChangedAt };
  });

  app.get('/api/v1/admin/departments/:id/signing-keys', {
    config: { access: { roles: ['platform_admin'] } },
    schema: { tags, summary: '签名密钥 A department\'s signing keys, every purpose, newest first (public facts only)', params: IdParams,
      response: { 200: Type.Array(SigningKeySchema), ...errors(400, 401, 403, 404) } },
  }, (req) => listDepartmentKeys(req.ctx, req.params.id));

  app.post('/api/v1/admin/departments/:id/signing-keys/rotate', {
    config: { access: { roles: ['platform_admin'] } },
    schema: { tags, summary: '轮换密钥 Rotate a department\'s signing keys, one per purpose (what the old keys signed stays valid)', params: IdParams,
      response: { 200: Type.Object({ rotations: Type.Array(Type.Object({ purpose: Purpose, retired: Type.Union([Type.String(), Type.Null()]), active: Type.String() })) }),
        ...errors(400, 401, 403, 404) } },
  }, async (req) => ({ rotations: await rotateDepartmentKeys(req.ctx, req.params.id) }));

  app.post('/api/v1/admin/departments/:id/signing-keys/:kid/revoke', {
    config: { access: { roles: ['platform_admin'] } },
    schema: { tags, summary: '吊销密钥 Revoke a compromised key: it leaves the published keys and every certificate it signed fails verification',
      params: Type.Object({ id: Uuid, kid: Type.String({ pattern: '^[A-Za-z0-9_-]{20,100}$' }) }),
      body: Type.Object({ reason: ShortText(500) }, { additionalProperties: false }),
      response: { 200: SigningKeySchema, ...errors(400, 401, 403, 404) } },
  }, (req) => revokeDepartmentKey(req.ctx, req.params.id, req.params.kid, req.body.reason));
};
