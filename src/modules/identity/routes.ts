import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type, type TSchema } from 'typebox';
import { roles } from '../../platform/actor.js';
import type { Config } from '../../platform/config.js';
import type { Platform } from '../../platform/context.js';
import { BilingualSchema, errors, IdParams, IsoDateTime, ShortText, Uuid } from '../../platform/http/schemas.js';
import * as accounts from './accounts.js';
import * as delegations from './delegations.js';
import * as enterprises from './enterprises.js';
import * as me from './me.js';
import * as persons from './persons.js';
import * as realNameCheck from './real-name-check.js';
import { agentScopes, delegationScopes } from './policy.js';
import { CSRF_COOKIE, SESSION_COOKIE, signIn, signOut, type SignInResult } from './sessions.js';
import { actingNeeds } from './acting.js';

const Role = Type.Enum(roles);
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const PostingInputSchema = Type.Object({ role: Role, departmentId: Type.Optional(Nullable(Uuid)), regionCode: Type.Optional(Nullable(Type.String({ pattern: '^\\d{6}(\\d{3})?$' }))) }, { additionalProperties: false });
const PostingSchema = Type.Object({ role: Role, departmentId: Nullable(Uuid), regionCode: Nullable(Type.String()) });
const PersonSchema = Type.Object({
  id: Uuid, name: Type.String(), idNumberMasked: Type.String(), idNumber: Type.Optional(Type.String()), birthDate: Type.String(),
  sex: Type.Union([Type.Literal('male'), Type.Literal('female')]), householdRegionCode: Type.String(), phoneMasked: Nullable(Type.String()),
  realNameLevel: Type.Integer(), realNameMethod: Type.String(),
});
const AccountSchema = Type.Object({
  id: Uuid, username: Nullable(Type.String()), displayName: Type.String(), personId: Nullable(Uuid),
  status: Type.Union([Type.Literal('active'), Type.Literal('disabled')]), postings: Type.Array(PostingSchema), createdAt: Type.String(),
});
const RegistrationSchema = Type.Object({ status: Type.Literal('received'), message: Type.Object({ zh: Type.String(), en: Type.String() }) });
const REGISTRATION_RECEIVED = { status: 'received' as const, message: {
  zh: '注册申请已收到。此前未登记的身份号码现在即可用身份号码和密码登录；已在政务服务窗口等处登记过的，请登录，或携带身份证到窗口开通账号。',
  en: 'Registration received. If this ID number was not on record, sign in now with it and your password; if it was (for example at a '
    + 'service window), sign in, or open your account at a window with your ID card.',
} };
const SessionSchema = Type.Object({ accountId: Uuid, csrfToken: Type.String(), expiresAt: Type.String(), token: Type.String({ description: 'For programs (Authorization: Bearer). Browsers use the HttpOnly cookie.' }) });
const EnterpriseSchema = Type.Object({
  id: Uuid, creditCode: Type.String(), name: Type.String(), regionCode: Type.String(), industryCode: Nullable(Type.String()),
  registeredOn: Nullable(Type.String()), legalRepresentativeId: Uuid,
});
const AgentSchema = Type.Object({
  id: Uuid, enterpriseId: Uuid, personId: Uuid, personName: Type.String(), scopes: Type.Array(Type.String()), validFrom: Type.String(),
  validUntil: Type.String(), revokedAt: Nullable(Type.String()), live: Type.Boolean(),
});
const PartySchema = Type.Object({ personId: Uuid, name: Type.String() });
const DelegationSchema = Type.Object({
  id: Uuid, principal: PartySchema, agent: PartySchema, scopes: Type.Array(Type.String()), validFrom: Type.String(), validUntil: Type.String(),
  note: Nullable(Type.String()), revokedAt: Nullable(Type.String()), live: Type.Boolean(),
});
const OrNull = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const NamedSchema = Type.Object({ id: Type.String(), name: BilingualSchema });
const DataAccessSchema = Type.Object({
  seq: Type.Integer(), at: Type.String(), action: Type.String(),
  purpose: Nullable(Type.String({ description: '用途（办件以编号显示）Purpose, a case shown by its number' })),
  reader: Type.Object({ kind: Type.Union([Type.Literal('self'), Type.Literal('staff'), Type.Literal('client'), Type.Literal('system'), Type.Literal('unknown')]),
    name: BilingualSchema, department: OrNull(NamedSchema), label: Type.String({ description: '审计记录中的原始标识 The raw audit label' }) }),
  data: Type.Array(Type.Object({ field: Type.String(), name: BilingualSchema })),
  context: OrNull(Type.Object({ source: OrNull(NamedSchema), consumerDepartment: OrNull(NamedSchema), client: OrNull(NamedSchema),
    case: OrNull(Type.Object({ id: Type.String(), number: Nullable(Type.String({ description: '办件编号（草稿为 null）' })), name: BilingualSchema })), itemCode: Nullable(Type.String()), queryId: Nullable(Type.String()), found: OrNull(Type.Boolean()) },
  { description: '共享查询：代谁查阅、数据来源、使用部门 For exchange queries: on whose behalf, the source, the consuming department' })),
  actor: Type.String(), fields: Type.Array(Type.String()),
});
const ActingForSchema = Type.Union([
  Type.Object({ kind: Type.Literal('enterprise'), enterpriseId: Uuid, authorizationId: Nullable(Uuid), scopes: Type.Array(Type.String()) }, { description: '经办人 (authorizationId null: the legal representative)' }),
  Type.Object({ kind: Type.Literal('person'), personId: Uuid, delegationId: Uuid, scopes: Type.Array(Type.String()) }, { description: '帮办代办' }),
]);
const MeSchema = Type.Object({
  account: Type.Object({ id: Uuid, displayName: Type.String(), username: Nullable(Type.String()) }),
  person: Type.Union([PersonSchema, Type.Null()]), roles: Type.Array(Type.String()), postings: Type.Array(PostingSchema),
  actingFor: Type.Union([ActingForSchema, Type.Null()]),
  abilities: Type.Array(Type.Enum(['apply', 'act_for_enterprise', 'act_for_person', 'serve_walk_ins', 'review', 'manage_department', 'manage_platform', 'view_statistics', 'delegate']),
    { description: 'what the UI may offer; the server enforces the same rules' }),
  canActFor: Type.Object({
    enterprises: Type.Array(Type.Object({ id: Uuid, name: Type.String(), as: Type.String(), scopes: Type.Array(Type.String()) })),
    persons: Type.Array(Type.Object({ personId: Uuid, name: Type.String(), scopes: Type.Array(Type.String()), delegationId: Uuid })),
  }),
});
const IdentityStatisticsSchema = Type.Object({
  regionCode: Type.String(),
  persons: Type.Object({ total: Type.Integer(), byRealNameLevel: Type.Record(Type.String(), Type.Integer()) }),
  enterprises: Type.Integer(), staffAccounts: Type.Record(Type.String(), Type.Integer(), { description: 'accounts per role' }),
});
const IdNumber = Type.String({ minLength: 15, maxLength: 20, description: '公民身份号码 (GB 11643)' });
const Password = Type.String({ minLength: 1, maxLength: 128 });
const Purpose = Type.String({ minLength: 2, maxLength: 200, description: 'Why the data is read: a case number or a legal basis (法无授权不可为)' });
const Phone = Type.String({ pattern: '^1[3-9]\\d{9}$' });
const tags = ['identity'];
const staffReaders = { access: { roles: ['window_clerk', 'reviewer'] } } as const;

function setSessionCookies(reply: FastifyReply, config: Config, session: SignInResult) {
  const common = { path: '/', sameSite: 'lax' as const, secure: config.cookieSecure, expires: session.expiresAt };
  void reply.setCookie(SESSION_COOKIE, session.token, { ...common, httpOnly: true });
  void reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false }); // the page reads it into X-CSRF-Token
}

export const identityRoutes: FastifyPluginAsyncTypebox<{ platform: Platform }> = async (app, { platform: { config } }) => {
  const signInLimit = { max: config.signInRateLimitPerMinute, timeWindow: '1 minute' };

  app.post('/api/v1/auth/sign-in', {
    config: { access: 'public', rateLimit: signInLimit },
    schema: { tags, summary: '登录 Sign in with a username or ID number', body: Type.Object({ identifier: Type.String({ minLength: 1, maxLength: 100 }), password: Password }, { additionalProperties: false }),
      response: { 200: SessionSchema, ...errors(400, 401, 423, 429) } },
  }, async (req, reply) => {
    const session = await signIn(req.ctx, { ...req.body, address: req.ip });
    setSessionCookies(reply, config, session);
    return { accountId: session.accountId, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString(), token: session.token };
  });

  app.post('/api/v1/auth/sign-out', {
    config: { access: 'signed-in', acting: actingNeeds.self },
    schema: { tags, response: { 204: Type.Null(), ...errors(401, 403) } },
  }, async (req, reply) => {
    await signOut(req.ctx);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
    return reply.code(204).send(null);
  });

  app.post('/api/v1/auth/register', {
    config: { access: 'public', rateLimit: signInLimit },
    schema: { tags, summary: '实名注册 Register as a citizen (real-name level 1)',
      description: 'Answers 202 with the same body whether or not the ID number is already on record, so it reveals nothing about who is '
        + 'registered. A new ID number can sign in at once; a person already on record (for example registered at a window) opens '
        + 'their account at a window with their ID card.',
      body: Type.Object({ name: ShortText(50), idNumber: IdNumber, phone: Type.Optional(Phone), password: Password }, { additionalProperties: false }),
      response: { 202: RegistrationSchema, ...errors(400, 422, 429) } },
  }, async (req, reply) => {
    await accounts.requestRegistration(req.ctx, req.body);
    return reply.code(202).send(REGISTRATION_RECEIVED);
  });

  app.get('/api/v1/me', {
    config: { access: 'signed-in', acting: actingNeeds.self },
    schema: { tags, summary: '我的信息与权限 Who am I, what may I do', response: { 200: MeSchema, ...errors(401) } },
  }, (req) => me.getMe(req.ctx));

  app.post('/api/v1/me/real-name-check', {
    config: { access: { roles: ['citizen'] }, rateLimit: signInLimit },
    schema: { tags, summary: '在线实名核验 Raise my real-name level to 2: my registered name and ID number checked against the household register',
      description: 'Only one\'s own record, with the name registered (no other name can be tried). 422 when the register does not agree: '
        + 'verify in person at a window (level 3) instead.',
      response: { 200: PersonSchema, ...errors(401, 403, 409, 422, 429, 503) } },
  }, (req) => realNameCheck.checkMyRealName(req.ctx));

  app.get('/api/v1/me/data-access', {
    config: { access: 'signed-in' },
    schema: { tags, summary: '谁查阅了我的数据 Who read my personal data', querystring: Type.Object({ before: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })) }, { additionalProperties: false }),
      response: { 200: Type.Array(DataAccessSchema), ...errors(400, 401, 403) } },
  }, async (req) => (await me.listMyDataAccess(req.ctx, req.query)).map((e) => ({ ...e, at: e.at.toISOString() })));

  app.get('/api/v1/me/enterprises', {
    config: { access: 'signed-in', acting: actingNeeds.self },
    schema: { tags, response: { 200: Type.Array(Type.Intersect([EnterpriseSchema, Type.Object({ as: Type.String(), scopes: Type.Array(Type.String()) })])), ...errors(401) } },
  }, (req) => enterprises.listMyEnterprises(req.ctx));

  // ---- persons ----
  app.get('/api/v1/persons', {
    config: staffReaders,
    schema: { tags, summary: '按身份号码查找人员 Find a person by ID number (purpose recorded)', querystring: Type.Object({ idNumber: IdNumber, purpose: Type.Optional(Purpose), reveal: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
      response: { 200: PersonSchema, ...errors(400, 401, 403, 404, 422) } },
  }, (req) => persons.findPersonByIdNumber(req.ctx, req.query));

  app.get('/api/v1/persons/:id', {
    config: { access: 'signed-in', acting: actingNeeds.profileRead },
    schema: { tags, params: IdParams, querystring: Type.Object({ purpose: Type.Optional(Purpose), reveal: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
      response: { 200: PersonSchema, ...errors(400, 401, 403, 404) } },
  }, (req) => persons.getPersonProfile(req.ctx, req.params.id, req.query));

  app.post('/api/v1/persons', {
    config: { access: { roles: ['window_clerk'] } },
    schema: { tags, summary: '窗口登记自然人 Register a walk-in (real-name level 3)', body: Type.Object({ name: ShortText(50), idNumber: IdNumber, phone: Type.Optional(Phone) }, { additionalProperties: false }),
      response: { 201: PersonSchema, ...errors(400, 401, 403, 409, 422) } },
  }, async (req, reply) => reply.code(201).send(await persons.registerWalkInPerson(req.ctx, req.body)));

  app.post('/api/v1/persons/:id/real-name-verification', {
    config: { access: { roles: ['window_clerk'] } },
    schema: { tags, summary: '窗口实名核验 In-person identity check', params: IdParams, body: Type.Object({ purpose: Purpose }, { additionalProperties: false }),
      response: { 200: PersonSchema, ...errors(400, 401, 403, 404, 409) } },
  }, (req) => persons.verifyRealName(req.ctx, req.params.id, req.body));

  app.post('/api/v1/persons/:id/account', {
    config: { access: { roles: ['window_clerk'] } },
    schema: { tags, summary: '窗口开通账号 Open the citizen account of a person on record, in person (real-name level 3)', params: IdParams,
      body: Type.Object({ password: Password, purpose: Purpose }, { additionalProperties: false }),
      response: { 201: Type.Object({ account: AccountSchema, person: PersonSchema }), ...errors(400, 401, 403, 404, 409, 422) } },
  }, async (req, reply) => reply.code(201).send(await accounts.openAccountAtWindow(req.ctx, req.params.id, req.body)));

  // ---- enterprises and agents ----
  app.post('/api/v1/enterprises', {
    config: { access: { roles: ['platform_admin', 'department_admin'] } },
    schema: { tags, body: Type.Object({
      creditCode: Type.String({ minLength: 18, maxLength: 18 }), name: ShortText(100), regionCode: Type.String({ pattern: '^\\d{6}(\\d{3})?$' }),
      industryCode: Type.Optional(Type.String({ pattern: '^[A-T](\\d{2,4})?$', description: 'GB/T 4754' })), registeredOn: Type.Optional(Type.String({ format: 'date' })),
      legalRepresentativeIdNumber: IdNumber,
    }, { additionalProperties: false }), response: { 201: EnterpriseSchema, ...errors(400, 401, 403, 409, 422) } },
  }, async (req, reply) => reply.code(201).send(await enterprises.createEnterprise(req.ctx, req.body)));

  app.get('/api/v1/enterprises/:id', {
    config: { access: 'signed-in', acting: actingNeeds.enterpriseRead },
    schema: { tags, params: IdParams, response: { 200: EnterpriseSchema, ...errors(400, 401, 404) } },
  }, (req) => enterprises.getEnterprise(req.ctx, req.params.id));

  app.get('/api/v1/enterprises/:id/agents', {
    config: { access: 'signed-in', acting: actingNeeds.agentsManage },
    schema: { tags, params: IdParams, response: { 200: Type.Array(AgentSchema), ...errors(400, 401, 403, 404) } },
  }, (req) => enterprises.listAgents(req.ctx, req.params.id));

  app.post('/api/v1/enterprises/:id/agents', {
    config: { access: 'signed-in', acting: actingNeeds.agentsManage },
    schema: { tags, summary: '授权经办人 Authorise an agent', params: IdParams, body: Type.Object({
      idNumber: IdNumber, name: ShortText(50), scopes: Type.Array(Type.Enum(agentScopes), { minItems: 1, uniqueItems: true }),
      validFrom: Type.Optional(IsoDateTime), validUntil: IsoDateTime,
    }, { additionalProperties: false }), response: { 201: AgentSchema, ...errors(400, 401, 403, 404, 422) } },
  }, async (req, reply) => reply.code(201).send(await enterprises.authorizeAgent(req.ctx, req.params.id, req.body)));

  app.delete('/api/v1/enterprises/:id/agents/:agentId', {
    config: { access: 'signed-in', acting: actingNeeds.agentsManage },
    schema: { tags, params: Type.Object({ id: Uuid, agentId: Uuid }), response: { 200: AgentSchema, ...errors(400, 401, 403, 404) } },
  }, (req) => enterprises.revokeAgent(req.ctx, req.params.id, req.params.agentId));

  // ---- delegations (帮办代办) ----
  app.get('/api/v1/delegations', {
    config: { access: 'signed-in', acting: actingNeeds.self },
    schema: { tags, response: { 200: Type.Object({ given: Type.Array(DelegationSchema), received: Type.Array(DelegationSchema) }), ...errors(401) } },
  }, (req) => delegations.listDelegations(req.ctx));

  app.post('/api/v1/delegations', {
    config: { access: { roles: ['citizen'] } },
    schema: { tags, summary: '授权他人代办 Authorise someone to act for me', body: Type.Object({
      agentIdNumber: IdNumber, agentName: ShortText(50), scopes: Type.Array(Type.Enum(delegationScopes), { minItems: 1, uniqueItems: true }),
      validFrom: Type.Optional(IsoDateTime), validUntil: IsoDateTime, note: Type.Optional(ShortText(200)),
    }, { additionalProperties: false }), response: { 201: DelegationSchema, ...errors(400, 401, 403, 422) } },
  }, async (req, reply) => reply.code(201).send(await delegations.grantDelegation(req.ctx, req.body)));

  app.delete('/api/v1/delegations/:id', {
    config: { access: 'signed-in' },
    schema: { tags, params: IdParams, response: { 200: DelegationSchema, ...errors(400, 401, 404) } },
  }, (req) => delegations.revokeDelegation(req.ctx, req.params.id));

  // ---- staff accounts ----
  app.get('/api/v1/admin/accounts', {
    config: { access: { roles: ['platform_admin', 'department_admin'] } },
    schema: { tags, querystring: Type.Object({ departmentId: Type.Optional(Uuid) }, { additionalProperties: false }), response: { 200: Type.Array(AccountSchema), ...errors(400, 401, 403) } },
  }, (req) => accounts.listAccounts(req.ctx, req.query));

  app.post('/api/v1/admin/accounts', {
    config: { access: { roles: ['platform_admin', 'department_admin'] } },
    schema: { tags, summary: '创建工作人员账号 Create a staff account', body: Type.Object({
      username: Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9._-]{2,39}$' }), displayName: ShortText(50), password: Password,
      postings: Type.Array(PostingInputSchema, { minItems: 1, maxItems: 20 }),
    }, { additionalProperties: false }), response: { 201: AccountSchema, ...errors(400, 401, 403, 409, 422) } },
  }, async (req, reply) => reply.code(201).send(await accounts.createAccount(req.ctx, req.body)));

  app.post('/api/v1/admin/accounts/:id/disable', {
    config: { access: { roles: ['platform_admin', 'department_admin'] } },
    schema: { tags, params: IdParams, response: { 200: AccountSchema, ...errors(400, 401, 403, 404) } },
  }, (req) => accounts.disableAccount(req.ctx, req.params.id));

  app.post('/api/v1/admin/accounts/:id/password', {
    config: { access: { roles: ['platform_admin', 'department_admin'] } },
    schema: { tags, summary: '重置工作人员密码 Set a new password for a staff member (their sessions end)', params: IdParams,
      body: Type.Object({ password: Password }, { additionalProperties: false }), response: { 200: AccountSchema, ...errors(400, 401, 403, 404, 422) } },
  }, (req) => accounts.resetPassword(req.ctx, req.params.id, req.body));

  app.post('/api/v1/admin/accounts/:id/postings', {
    config: { access: { roles: ['platform_admin', 'department_admin'] } },
    schema: { tags, summary: '增加岗位 Give an account another role in a department or region', params: IdParams, body: PostingInputSchema,
      response: { 200: AccountSchema, ...errors(400, 401, 403, 404, 422) } },
  }, (req) => accounts.addPosting(req.ctx, req.params.id, req.body));

  app.get('/api/v1/statistics/identity', {
    config: { access: { roles: ['leader', 'platform_admin'] } },
    schema: { tags, summary: '辖区人员与企业统计 Counts for a region', querystring: Type.Object({ region: Type.Optional(Type.String({ pattern: '^\\d{6}(\\d{3})?$' })) }, { additionalProperties: false }),
      response: { 200: IdentityStatisticsSchema, ...errors(400, 401, 403) } },
  }, (req) => me.identityStatistics(req.ctx, req.query.region));
};
