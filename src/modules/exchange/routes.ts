import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { departmentsWhere, roles, staffRoles } from '../../platform/actor.js';
import type { Platform } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import { errors, IdParams, IsoDateTime, JwksSchema, ShortText, Uuid } from '../../platform/http/schemas.js';
import { publicJwks } from '../../platform/signing-keys.js';
import { actingNeeds } from '../identity/index.js';
import { invalidClient } from './errors.js';
import { accessLogCsv, exportMyDataAccess } from './access-log.js';
import { issueClient, issueClientToken, listClients, revokeClient } from './clients.js';
import { createGrant, listGrants, revokeGrant } from './grants.js';
import { getExchangeAnswer, queryExchange, reviewQueries } from './query.js';
import { AccessLogEntrySchema, ClientSchema, ExchangeAnswerSchema, GrantSchema, IssuedClientSchema, PublishedRecordSchema, ReviewedQuerySchema,
  SourceSchema } from './answers.js';
import { getSource, listSources, loadSource, publishRecord, registerSource, updateSource } from './sources.js';

const tags = ['exchange'];
const admins = { access: { roles: ['department_admin', 'platform_admin'] } } as const;
const readers = { access: { roles: [...staffRoles, 'platform_admin'], clients: true } } as const;
const Bilingual = Type.Object({ zh: ShortText(100), en: ShortText(200) }, { additionalProperties: false });
const CodeParams = Type.Object({ code: Type.String({ minLength: 3, maxLength: 100 }) });
const LegalBasis = ShortText(500);
const JsonObject = Type.Record(Type.String(), Type.Unknown());

export const exchangeRoutes: FastifyPluginAsyncTypebox<{ platform: Platform }> = async (app, { platform: { config } }) => {
  // OAuth 2.0 token requests are form-encoded (RFC 6749 §4.4.2); only in this plugin's routes.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  app.get('/api/v1/exchange/sources', { config: readers,
    schema: { tags, summary: '数据目录 The data sources departments share', response: { 200: Type.Array(SourceSchema), ...errors(401, 403) } },
  }, (req) => listSources(req.ctx));

  app.post('/api/v1/exchange/sources', { config: admins,
    schema: { tags, summary: '登记数据源 Register a data source (an admin of the owning department)',
      body: Type.Object({ code: Type.String({ maxLength: 100 }), ownerDepartmentId: Uuid, name: Bilingual, subjectKind: Type.Enum(['person', 'enterprise']),
        legalBasis: LegalBasis, schema: JsonObject }, { additionalProperties: false }),
      response: { 201: SourceSchema, ...errors(400, 401, 403, 409, 422) } },
  }, async (req, reply) => reply.code(201).send(await registerSource(req.ctx, req.body)));

  app.get('/api/v1/exchange/sources/:code', { config: readers,
    schema: { tags, params: CodeParams, response: { 200: SourceSchema, ...errors(401, 403, 404) } },
  }, (req) => getSource(req.ctx, req.params.code));

  app.patch('/api/v1/exchange/sources/:code', { config: admins,
    schema: { tags, summary: '修改数据源 Update a data source', params: CodeParams,
      body: Type.Object({ name: Type.Optional(Bilingual), legalBasis: Type.Optional(LegalBasis), schema: Type.Optional(JsonObject),
        status: Type.Optional(Type.Enum(['active', 'retired'])) }, { additionalProperties: false }),
      response: { 200: SourceSchema, ...errors(400, 401, 403, 404, 422) } },
  }, (req) => updateSource(req.ctx, req.params.code, req.body));

  app.get('/api/v1/exchange/sources/:code/jwks', { config: { access: 'public' },
    schema: { tags, summary: '数据源签名公钥 The JWKS that verifies the source department\'s signed answers', params: CodeParams,
      response: { 200: JwksSchema, ...errors(404) } },
  }, async (req) => publicJwks(req.ctx, (await loadSource(req.ctx, req.params.code)).ownerDepartmentId, 'exchange_answer'));

  app.put('/api/v1/exchange/sources/:code/records', { config: { access: { roles: ['department_admin', 'platform_admin'], clients: true } },
    schema: { tags, summary: '发布记录（前置库） Publish the record of one subject', params: CodeParams,
      body: Type.Object({
        subject: Type.Union([Type.Object({ idNumber: Type.String({ maxLength: 20 }) }, { additionalProperties: false }),
          Type.Object({ creditCode: Type.String({ maxLength: 20 }) }, { additionalProperties: false })]),
        data: JsonObject }, { additionalProperties: false }),
      response: { 200: PublishedRecordSchema, ...errors(400, 401, 403, 404, 422) } },
  }, (req) => publishRecord(req.ctx, req.params.code, req.body));

  app.get('/api/v1/exchange/grants', { config: admins,
    schema: { tags, summary: '共享授权 Grants of my department\'s sources and to my department', querystring: Type.Object({ source: Type.Optional(Type.String()) }, { additionalProperties: false }),
      response: { 200: Type.Array(GrantSchema), ...errors(401, 403) } },
  }, (req) => listGrants(req.ctx, req.query));

  app.post('/api/v1/exchange/grants', { config: admins,
    schema: { tags, summary: '授权共享 Grant a consuming department a source for stated purposes',
      body: Type.Object({ source: Type.String({ maxLength: 100 }), consumerDepartmentId: Uuid, itemCodes: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 200 })),
        anyPurpose: Type.Optional(Type.Boolean({ description: 'any live case of the consumer (never a query without a case)' })), legalBasis: LegalBasis,
        batch: Type.Optional(Type.Boolean({ description: '批量查询: many subjects without cases in a short window' })), batchLegalBasis: Type.Optional(LegalBasis),
        validFrom: Type.Optional(IsoDateTime), validUntil: IsoDateTime }, { additionalProperties: false }),
      response: { 201: GrantSchema, ...errors(400, 401, 403, 404, 422) } },
  }, async (req, reply) => reply.code(201).send(await createGrant(req.ctx, req.body)));

  app.post('/api/v1/exchange/grants/:id/revoke', { config: admins,
    schema: { tags, summary: '撤销授权 Revoke a grant', params: IdParams, body: Type.Object({ reason: ShortText(500) }, { additionalProperties: false }),
      response: { 200: GrantSchema, ...errors(400, 401, 403, 404, 409) } },
  }, (req) => revokeGrant(req.ctx, req.params.id, req.body.reason));

  app.get('/api/v1/exchange/clients', { config: admins,
    schema: { tags, summary: '接入系统 Machine clients of my department', response: { 200: Type.Array(ClientSchema), ...errors(401, 403) } },
  }, (req) => listClients(req.ctx));

  app.post('/api/v1/exchange/clients', { config: admins,
    schema: { tags, summary: '签发接入凭据 Issue client credentials (the secret is shown once)',
      body: Type.Object({ departmentId: Uuid, name: ShortText(100) }, { additionalProperties: false }), response: { 201: IssuedClientSchema, ...errors(400, 401, 403, 422) } },
  }, async (req, reply) => reply.code(201).send(await issueClient(req.ctx, req.body)));

  app.post('/api/v1/exchange/clients/:id/revoke', { config: admins,
    schema: { tags, summary: '注销接入系统 Revoke a machine client', params: IdParams, response: { 200: ClientSchema, ...errors(400, 401, 403, 404, 409) } },
  }, (req) => revokeClient(req.ctx, req.params.id));

  app.post('/api/v1/exchange/token', { config: { access: 'public', rateLimit: { max: config.signInRateLimitPerMinute, timeWindow: '1 minute' } },
    schema: { tags, summary: '接入令牌 OAuth 2.0 client credentials: a short-lived bearer token (form or JSON; client_secret_basic or _post)',
      body: Type.Object({ grant_type: Type.String({ maxLength: 50 }), client_id: Type.Optional(Type.String({ maxLength: 100 })),
        client_secret: Type.Optional(Type.String({ maxLength: 200 })), scope: Type.Optional(Type.String({ maxLength: 100 })) }),
      response: { 200: Type.Object({ access_token: Type.String(), token_type: Type.Literal('Bearer'), expires_in: Type.Integer(), scope: Type.String() }), ...errors(400, 401, 429) } },
  }, async (req, reply) => {
    let clientId = req.body.client_id ?? '';
    let clientSecret = req.body.client_secret ?? '';
    const basic = req.headers.authorization;
    if (basic?.startsWith('Basic ')) {
      // RFC 6749 §2.3.1: id and secret are form-urlencoded, then joined by a colon. Anything else is a client
      // that failed to authenticate (401), not our failure.
      const decoded = Buffer.from(basic.slice(6).trim(), 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon <= 0) throw invalidClient();
      try {
        clientId = decodeURIComponent(decoded.slice(0, colon).replaceAll('+', ' '));
        clientSecret = decodeURIComponent(decoded.slice(colon + 1).replaceAll('+', ' '));
      } catch {
        throw invalidClient();
      }
    }
    void reply.header('cache-control', 'no-store');
    return issueClientToken(req.ctx, { grantType: req.body.grant_type, clientId, clientSecret });
  });

  app.post('/api/v1/exchange/queries', { config: { access: { roles: ['window_clerk', 'reviewer', 'department_admin'], clients: true } },
    schema: { tags, summary: '共享查询 Ask a source for a subject\'s record, stating the purpose: a case, or an item code the grant names (法无授权不可为)',
      body: Type.Object({
        source: Type.String({ maxLength: 100 }),
        subject: Type.Object({ personId: Type.Optional(Uuid), enterpriseId: Type.Optional(Uuid) }, { additionalProperties: false }),
        purpose: Type.Optional(Type.Object({ applicationId: Type.Optional(Uuid), itemCode: Type.Optional(Type.String({ maxLength: 64 })),
          legalBasis: Type.Optional(Type.String({ maxLength: 500, description: 'the caller\'s note, recorded; the grant\'s legal basis is what authorises' })) }, { additionalProperties: false })),
        consumerDepartmentId: Type.Optional(Uuid),
      }, { additionalProperties: false }),
      response: { 200: ExchangeAnswerSchema, ...errors(400, 401, 403, 404, 422) } },
  }, async (req) => {
    const actor = req.ctx.actor;
    const own = actor.client ? [actor.client.departmentId] : [...new Set(departmentsWhere(actor, ...staffRoles))];
    const consumerDepartmentId = req.body.consumerDepartmentId ?? (own.length === 1 ? own[0]! : undefined);
    if (!consumerDepartmentId) {
      throw invalidField('/consumerDepartmentId', 'exchange.consumer_required', { zh: '请说明以哪个部门的名义查询', en: 'Say which department the query is for' });
    }
    const purpose = req.body.purpose;
    return queryExchange(req.ctx, { source: req.body.source, subject: req.body.subject as { personId: string }, consumerDepartmentId,
      purpose: purpose === undefined ? undefined : purpose.applicationId !== undefined ? { applicationId: purpose.applicationId }
        : { itemCode: purpose.itemCode ?? '', legalBasis: purpose.legalBasis } });
  });

  app.get('/api/v1/exchange/queries/:id', { config: { access: { roles, clients: true }, acting: actingNeeds.applicationsRead },
    schema: { tags, summary: '查询结果 A stored answer (the consuming department, the applicant of the case, the subject)', params: IdParams,
      response: { 200: ExchangeAnswerSchema, ...errors(400, 401, 403, 404) } },
  }, (req) => getExchangeAnswer(req.ctx, req.params.id));

  app.get('/api/v1/exchange/review', { config: admins,
    schema: { tags, summary: '监督检查 Queries flagged as possible misuse',
      querystring: Type.Object({ flag: Type.Optional(Type.Enum(['case_not_live', 'no_case', 'many_subjects'])), consumerDepartmentId: Type.Optional(Uuid),
        since: Type.Optional(IsoDateTime), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })) }, { additionalProperties: false }),
      response: { 200: Type.Array(ReviewedQuerySchema), ...errors(400, 401, 403) } },
  }, (req) => reviewQueries(req.ctx, req.query));

  app.get('/api/v1/me/data-access/export', { config: { access: 'signed-in' },
    schema: { tags, summary: '导出我的数据访问记录 Download who read my personal data (CSV or JSON)',
      querystring: Type.Object({ format: Type.Optional(Type.Enum(['csv', 'json'])) }, { additionalProperties: false }),
      response: { 200: { description: 'the log as CSV (default) or JSON, as a download', content: {
        'text/csv': { schema: Type.String() }, 'application/json': { schema: Type.Array(AccessLogEntrySchema) } } }, ...errors(400, 401, 403) } },
  }, async (req, reply) => {
    const rows = await exportMyDataAccess(req.ctx);
    const stamp = req.ctx.clock.now().toISOString().slice(0, 10);
    if (req.query.format === 'json') {
      return reply.header('content-disposition', `attachment; filename="data-access-${stamp}.json"`).type('application/json; charset=utf-8').send(JSON.stringify(rows, null, 2));
    }
    return reply.header('content-disposition', `attachment; filename="data-access-${stamp}.csv"`).type('text/csv; charset=utf-8').send(accessLogCsv(rows));
  });
};
