import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from 'typebox';
import { BilingualSchema, errors, IdParams, IsoDateTime, Uuid } from '../../platform/http/schemas.js';
import * as matches from './matches.js';
import * as prepared from './prepared.js';
import * as instantApproval from './instant-approval.js';
import * as simulator from './simulator.js';
import * as service from './service.js';
import { factsOf } from './facts.js';
import { recordFacts } from './store.js';
import * as triggers from './triggers.js';
import { actingNeeds } from '../identity/index.js';
import { FactsSchema, ImpactPreviewSchema, InstantCheckSchema, MyFactsSchema, PolicySchema, PolicyVersionSchema, PublishResultSchema, RuleCheckSchema, SimulationSchema, TestRunSchema, TriggerSchema } from './answers.js';

const tags = ['policies'];
/** "My" policy data: a delegate needs the person's profile; an agent, the enterprise's record (its matches and facts). */
const admins = { roles: ['department_admin', 'platform_admin'] as const };
const Code = Type.Object({ code: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,62}$' }) });
const Subject = Type.Union([Type.Literal('person'), Type.Literal('enterprise')]);
const FactValue = Type.Union([Type.Number(), Type.String({ maxLength: 200 }), Type.Boolean(), Type.Null()]);
const Facts = Type.Record(Type.String({ maxLength: 60 }), FactValue);
const Rule = Type.Object({
  conditions: Type.Array(Type.Object({ label: BilingualSchema, feel: Type.String({ maxLength: 4000 }) }, { additionalProperties: false }), { maxItems: 30 }),
  dmn: Type.Optional(Type.Union([Type.String({ maxLength: 200_000 }), Type.Null()])),
}, { additionalProperties: false });
const TestCase = Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }), period: Type.Optional(Type.String({ format: 'date' })), input: Facts, output: Facts }, { additionalProperties: false });
const PolicyBody = Type.Object({
  name: BilingualSchema, summary: BilingualSchema, subject: Subject, departmentCode: Type.String({ minLength: 1, maxLength: 30 }),
  itemCode: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])), instantApproval: Type.Optional(Type.Boolean()), autoGrant: Type.Optional(Type.Boolean()),
  optOutDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 90 })), rule: Rule, tests: Type.Optional(Type.Array(TestCase, { maxItems: 200 })),
}, { additionalProperties: false });
const FactDefinitionSchema = Type.Object({
  name: Type.String(), type: Type.Union([Type.Literal('number'), Type.Literal('string'), Type.Literal('boolean'), Type.Literal('date')]), label: BilingualSchema,
  derived: Type.Boolean({ description: 'computed from a date on the evaluation day (an age); not entered' }), values: Type.Union([Type.Array(Type.String()), Type.Null()]),
});
const Action = Type.Union([
  Type.Object({ kind: Type.Literal('prepare_bundle'), bundleCode: Type.String({ maxLength: 100 }), recipient: Type.Union([Type.Literal('subject'), Type.Literal('applicant')]) }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('push_policies'), policyCodes: Type.Array(Type.String({ maxLength: 64 }), { minItems: 1, maxItems: 50 }) }, { additionalProperties: false }),
]);

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const MatchSchema = Type.Object({
  policyCode: Type.String(), name: BilingualSchema, summary: BilingualSchema, version: Type.Integer(),
  status: Type.Union([Type.Literal('matched'), Type.Literal('pending_grant'), Type.Literal('granted'), Type.Literal('opted_out')]),
  autoGrant: Type.Boolean({ description: '免申即享: granted without an application unless the person opts out' }), itemCode: Nullable(Type.String()),
  grantDueAt: Nullable(IsoDateTime), grantApplicationId: Nullable(Uuid), matchedAt: IsoDateTime, optedOutAt: Nullable(IsoDateTime),
  canOptOut: Type.Boolean(), canOptBackIn: Type.Boolean(),
  conditions: Type.Array(Type.Object({ label: BilingualSchema, holds: Nullable(Type.Boolean({ description: 'null: a fact it needs is not known' })) })),
  outcome: Nullable(Type.String({ description: 'the decision table row that applies, e.g. the amount' })),
});
const PreparedSchema = Type.Object({
  id: Uuid, bundleCode: Type.String(), title: BilingualSchema, reason: BilingualSchema,
  prefill: Type.Record(Type.String(), Type.Unknown(), { title: 'JsonObject', description: 'what we know, filled in for the application' }),
  status: Type.Union([Type.Literal('ready'), Type.Literal('confirmed'), Type.Literal('dismissed')]),
  applyPath: Type.String({ description: 'the portal page of the application' }),
  draftId: Nullable(Type.String({ format: 'uuid', description: 'on confirming: the server draft of the life event, started with what we know (the application page resumes it)' })), createdAt: IsoDateTime,
});

export const policiesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/v1/policies', {
    config: { access: 'public' },
    schema: { tags, summary: '政策 Published policies (staff also see drafts)', querystring: Type.Object({ status: Type.Optional(Type.Enum(['draft', 'published', 'withdrawn'])), subject: Type.Optional(Subject) }, { additionalProperties: false }),
      response: { 200: Type.Array(PolicySchema), ...errors(400) } },
  }, (req) => service.listPolicies(req.ctx, req.query));

  app.get('/api/v1/policies/:code', {
    config: { access: 'public' }, schema: { tags, params: Code, response: { 200: PolicySchema, ...errors(400, 403, 404) } },
  }, (req) => service.getPolicy(req.ctx, req.params.code));

  app.put('/api/v1/policies/:code', {
    config: { access: admins },
    schema: { tags, summary: '保存政策草稿 Save a policy draft (the rule is checked: position and reason on error)', params: Code, body: PolicyBody, response: { 200: PolicySchema, ...errors(400, 401, 403, 422) } },
  }, (req) => service.savePolicy(req.ctx, { ...req.body, code: req.params.code }));

  // What a rule may name: the editor's fact list and the simulator's form. Names and labels only, no one's data.
  app.get('/api/v1/policy-facts', {
    config: { access: 'signed-in' },
    schema: { tags, summary: '可用事实 The facts a rule may name, by subject', querystring: Type.Object({ subject: Subject }, { additionalProperties: false }),
      response: { 200: Type.Array(FactDefinitionSchema), ...errors(400, 401) } },
  }, (req) => factsOf(req.query.subject).map((d) => ({ name: d.name, type: d.type, label: d.label, derived: d.yearsSince === true, values: d.values ? [...d.values] : null })));

  app.post('/api/v1/policies/check-rule', {
    config: { access: admins },
    schema: { tags, summary: '校验规则 Check a rule without saving it', body: Type.Object({ subject: Subject, rule: Rule }, { additionalProperties: false }), response: { 200: RuleCheckSchema, ...errors(400, 401, 403, 422) } },
  }, async (req) => {
    const checked = await service.checkPolicyRule(req.body.subject, req.body.rule);
    return { ok: true as const, plan: service.planMatch(checked, new Date(req.ctx.clock.now()).toISOString().slice(0, 10)) };
  });

  app.post('/api/v1/policies/:code/tests/run', {
    config: { access: admins }, schema: { tags, summary: '运行测试用例 Run the policy\'s tests', params: Code, response: { 200: TestRunSchema, ...errors(401, 403, 404, 422) } },
  }, (req) => service.runPolicyTests(req.ctx, req.params.code));

  app.get('/api/v1/policies/:code/preview', {
    config: { access: admins }, schema: { tags, summary: '影响预览 Impact preview: N persons, M enterprises', params: Code, response: { 200: ImpactPreviewSchema, ...errors(401, 403, 404, 422) } },
  }, (req) => service.previewPolicy(req.ctx, req.params.code));

  app.post('/api/v1/policies/:code/publish', {
    config: { access: admins }, schema: { tags, summary: '发布 Publish (refused while a test fails); matches and tells the population', params: Code, response: { 200: PublishResultSchema, ...errors(401, 403, 404, 409, 422) } },
  }, (req) => service.publishPolicy(req.ctx, req.params.code));

  app.post('/api/v1/policies/:code/withdraw', {
    config: { access: admins }, schema: { tags, params: Code, response: { 200: PolicySchema, ...errors(401, 403, 404) } },
  }, (req) => service.withdrawPolicy(req.ctx, req.params.code));

  app.get('/api/v1/policies/:code/versions', {
    config: { access: admins }, schema: { tags, params: Code, response: { 200: Type.Array(PolicyVersionSchema), ...errors(401, 403, 404) } },
  }, (req) => service.listVersions(req.ctx, req.params.code));

  app.post('/api/v1/policies/simulate', {
    config: { access: 'signed-in', acting: actingNeeds.subjectRead },
    schema: { tags, summary: '政策模拟器 Which policies would apply to these facts, and why', body: Type.Object({ subject: Subject, facts: Facts, useMine: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
      response: { 200: SimulationSchema, ...errors(400, 401, 403, 422) } },
  }, (req) => simulator.simulate(req.ctx, req.body));

  app.get('/api/v1/me/policy-matches', {
    config: { access: { roles: ['citizen', 'enterprise_agent'] }, acting: actingNeeds.subjectRead },
    schema: { tags, summary: '政策找人 Policies that found me, and why (each condition against my facts as they stand)', response: { 200: Type.Array(MatchSchema), ...errors(401, 403) } },
  }, (req) => matches.myMatches(req.ctx));

  app.post('/api/v1/me/policy-matches/:code/opt-out', {
    config: { access: { roles: ['citizen', 'enterprise_agent'] }, acting: actingNeeds.applicationsSubmit },
    schema: { tags, summary: '免申即享 Opt out before the grant', params: Code, response: { 200: Type.Object({ status: Type.Literal('opted_out') }), ...errors(401, 403, 404, 409) } },
  }, (req) => matches.optOut(req.ctx, req.params.code));

  app.post('/api/v1/me/policy-matches/:code/opt-in', {
    config: { access: { roles: ['citizen', 'enterprise_agent'] }, acting: actingNeeds.applicationsSubmit },
    schema: { tags, summary: '免申即享 Opt back in after opting out (granted on the original date, or at once when it has passed)', params: Code,
      response: { 200: Type.Object({ status: Type.Literal('pending_grant'), grantDueAt: IsoDateTime }), ...errors(401, 403, 404, 409) } },
  }, (req) => matches.optBackIn(req.ctx, req.params.code));

  app.get('/api/v1/me/facts', {
    config: { access: { roles: ['citizen', 'enterprise_agent'] }, acting: actingNeeds.subjectRead }, schema: { tags, summary: 'The facts policies read about me, and where they came from', response: { 200: MyFactsSchema, ...errors(401, 403) } },
  }, (req) => matches.myFacts(req.ctx));

  app.get('/api/v1/me/prepared-services', {
    config: { access: { roles: ['citizen', 'enterprise_agent'] }, acting: actingNeeds.subjectRead },
    schema: { tags, summary: '无感智办 Services prepared for me (waiting, or confirmed and not yet applied for)', response: { 200: Type.Array(PreparedSchema), ...errors(401, 403) } },
  }, (req) => prepared.myPreparedServices(req.ctx));

  app.post('/api/v1/me/prepared-services/:id/confirm', {
    config: { access: { roles: ['citizen'] }, acting: actingNeeds.applicationsSubmit },
    schema: { tags, summary: '无感智办 Confirm a prepared service in one press (then its application opens, with what we know filled in)', params: IdParams,
      response: { 200: PreparedSchema, ...errors(400, 401, 403, 404, 409) } },
  }, (req) => prepared.decidePreparedService(req.ctx, req.params.id, 'confirmed'));

  app.post('/api/v1/me/prepared-services/:id/dismiss', {
    config: { access: { roles: ['citizen'] }, acting: actingNeeds.applicationsSubmit },
    schema: { tags, summary: '无感智办 Say a prepared service is not needed', params: IdParams, response: { 200: PreparedSchema, ...errors(400, 401, 403, 404, 409) } },
  }, (req) => prepared.decidePreparedService(req.ctx, req.params.id, 'dismissed'));

  app.get('/api/v1/applications/:id/instant-checks', {
    config: { access: 'signed-in', acting: actingNeeds.applicationsRead }, schema: { tags, summary: '秒批 What the automatic checks said (the applicant and the case\'s staff)', params: Type.Object({ id: Uuid }), response: { 200: Type.Array(InstantCheckSchema), ...errors(401, 403, 404) } },
  }, (req) => instantApproval.instantChecksOf(req.ctx, req.params.id));

  app.put('/api/v1/facts/:subject/:id', {
    config: { access: { roles: ['platform_admin'] } },
    schema: { tags, summary: '记录事实 Record facts about a person or an enterprise', params: Type.Object({ subject: Subject, id: Uuid }),
      body: Type.Object({ facts: Facts, source: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false }), response: { 200: FactsSchema, ...errors(400, 401, 403, 404, 422) } },
  }, (req) => recordFacts(req.ctx, { kind: req.params.subject, subjectId: req.params.id, facts: req.body.facts, source: req.body.source }));

  app.get('/api/v1/policy-triggers', {
    config: { access: admins }, schema: { tags, summary: '无感智办 Event triggers', response: { 200: Type.Array(TriggerSchema), ...errors(401, 403) } },
  }, (req) => triggers.listTriggers(req.ctx));

  app.put('/api/v1/policy-triggers/:code', {
    config: { access: admins },
    schema: { tags, summary: 'Save an event trigger (event type + condition + action), owned by a department', params: Code,
      body: Type.Object({ name: BilingualSchema, departmentCode: Type.String({ minLength: 1, maxLength: 30 }), eventType: Type.Enum([...triggers.TRIGGER_EVENTS]), subject: Subject, condition: Type.String({ minLength: 1, maxLength: 2000 }), action: Action,
        enabled: Type.Optional(Type.Boolean()) }, { additionalProperties: false }), response: { 200: TriggerSchema, ...errors(400, 401, 403, 422) } },
  }, (req) => triggers.saveTrigger(req.ctx, { ...req.body, code: req.params.code }));
};
