import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { BilingualSchema, errors, IdParams, IsoDateTime, JsonValue, ShortText, Uuid } from '../../platform/http/schemas.js';
import { actingNeeds } from '../identity/index.js';
import * as bundleDrafts from './bundle-drafts.js';
import * as onceOnly from './once-only.js';
import * as review from './review.js';
import * as cases from './service.js';
import { caseStatistics } from './statistics.js';
import { ExchangeAnswerSchema } from '../exchange/index.js';
import { ApplicationSchema, BundleSchema, CaseReuseSchema, CaseStatisticsSchema, DraftSchema, FetchedMaterialSchema, MaterialOptionSchema,
  QueueTaskSchema, ReuseStatisticsSchema, RevealedFieldSchema, TaskSchema, TimelineEntrySchema } from './answers.js';

const tags = ['cases'];
const ItemCode = Type.String({ pattern: '^[a-z][a-z0-9-]{0,79}$' });
const FormData = Type.Record(Type.String(), Type.Unknown(), { title: 'JsonObject', description: 'the item\'s form, checked against its JSON Schema' });
const Materials = Type.Array(Type.Object({
  code: Type.String({ maxLength: 80 }),
  fileId: Type.Optional(Uuid),
  certificateId: Type.Optional(Type.String({ format: 'uuid', description: 'a certificate from the applicant\'s wallet, reused instead of an upload (减材料)' })),
  paper: Type.Optional(Type.Union([Type.Literal('scan'), Type.Literal('original_seen')], { description: 'at a window: the walk-in\'s paper, scanned (with fileId) or its original seen by the clerk, as the material\'s rule allows' })),
}, { additionalProperties: false }), { maxItems: 50, description: 'each material: an uploaded file, a certificate from the wallet, or paper taken at a window' });
const IdempotencyKey = Type.String({ minLength: 8, maxLength: 100, description: 'a retried submit with the same key returns the first case' });
const applicantRoles = { roles: ['citizen', 'enterprise_agent', 'window_clerk'] } as const;
const applicants = { access: applicantRoles, acting: actingNeeds.applicationsSubmit } as const;
const applicantReaders = { access: applicantRoles, acting: actingNeeds.applicationsRead } as const;
const signedInReaders = { access: 'signed-in', acting: actingNeeds.applicationsRead } as const;
const reviewers = { access: { roles: ['reviewer', 'department_admin'] } } as const;
const Bi = Type.Object({ zh: Type.String(), en: Type.String() });
const Scope = Type.String({ pattern: '^[a-z][a-zA-Z0-9-]{0,79}$', description: '\'shared\' or an item code' });
const DraftAnswers = Type.Object({
  values: Type.Record(Scope, FormData),
  uploads: Type.Array(Type.Object({ scope: Scope, code: Type.String({ maxLength: 80 }), fileId: Uuid, name: Type.String({ maxLength: 255 }) }, { additionalProperties: false }), { maxItems: 100 }),
  reuse: Type.Array(Type.Object({ scope: Scope, code: Type.String({ maxLength: 80 }), certificateId: Uuid }, { additionalProperties: false }), { maxItems: 100 }),
}, { additionalProperties: false });
const BundleDraft = Type.Object({
  id: Uuid, bundleCode: Type.String(), bundleName: Bi, answers: DraftAnswers,
  prefilled: Type.Array(Type.Object({ field: Type.String(), source: Bi })), createdAt: IsoDateTime, updatedAt: IsoDateTime,
});

export const casesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/api/v1/applications', {
    config: applicants,
    schema: { tags, summary: '提交申请 Submit an application (online, by an agent, or at a window for a walk-in)', body: Type.Object({
      itemCode: ItemCode, formData: FormData, materials: Type.Optional(Materials), idempotencyKey: Type.Optional(IdempotencyKey),
      forPersonId: Type.Optional(Uuid), citizenConfirmed: Type.Optional(Type.Boolean()),
      acceptance: Type.Optional(Type.Union([
        Type.Object({ mode: Type.Literal('tolerance'), deferred: Type.Array(Type.String({ maxLength: 80 }), { minItems: 1, maxItems: 20 }) }, { additionalProperties: false, description: '容缺受理' }),
        Type.Object({ mode: Type.Literal('commitment'), commitmentSigned: Type.Boolean() }, { additionalProperties: false, description: '告知承诺制' }),
      ])),
    }, { additionalProperties: false }), response: { 200: ApplicationSchema, 201: ApplicationSchema, ...errors(400, 401, 403, 404, 409, 422) } },
  }, async (req, reply) => {
    const { application, created } = await cases.submitApplication(req.ctx, req.body);
    return reply.code(created ? 201 : 200).send(application);
  });

  app.get('/api/v1/applications', {
    config: applicantReaders,
    schema: { tags, summary: '我的办件 My applications', querystring: Type.Object({
      status: Type.Optional(Type.Enum(['draft', 'submitted', 'supplement_requested', 'in_review', 'approved', 'rejected', 'withdrawn'])),
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })) }, { additionalProperties: false }), response: { 200: Type.Array(ApplicationSchema), ...errors(400, 401, 403) } },
  }, (req) => cases.listMyApplications(req.ctx, req.query));

  app.post('/api/v1/applications/drafts', {
    config: applicants,
    schema: { tags, summary: '开始申请（预填） Start a draft, prefilled from what we know', body: Type.Object({ itemCode: ItemCode, formData: Type.Optional(FormData) }, { additionalProperties: false }),
      response: { 201: DraftSchema, ...errors(400, 401, 403, 422) } },
  }, async (req, reply) => reply.code(201).send(await cases.createDraft(req.ctx, req.body)));

  app.put('/api/v1/applications/:id/draft', {
    config: applicants,
    schema: { tags, summary: '保存草稿 Save and come back later', params: IdParams, body: Type.Object({ formData: FormData }, { additionalProperties: false }), response: { 200: ApplicationSchema, ...errors(400, 401, 404, 409) } },
  }, (req) => cases.saveDraft(req.ctx, req.params.id, req.body.formData));

  app.post('/api/v1/applications/:id/submit', {
    config: applicants,
    schema: { tags, summary: '提交草稿 Submit a draft (a retry returns the case)', params: IdParams, body: Type.Object({ materials: Type.Optional(Materials) }, { additionalProperties: false }),
      response: { 200: ApplicationSchema, ...errors(400, 401, 403, 404, 409, 422) } },
  }, (req) => cases.submitDraft(req.ctx, req.params.id, req.body.materials));

  app.get('/api/v1/applications/:id/materials', {
    config: signedInReaders,
    schema: { tags, summary: '材料清单 Materials: attached, and certificates in my wallet that would do', params: IdParams, response: { 200: Type.Array(MaterialOptionSchema), ...errors(400, 401, 404) } },
  }, (req) => onceOnly.materialOptions(req.ctx, req.params.id));

  app.post('/api/v1/applications/:id/materials/:code/certificate', {
    config: applicants,
    schema: { tags, summary: '证照复用 Confirm a certificate from my wallet for a material (draft or 补正)',
      params: Type.Object({ id: Uuid, code: Type.String({ pattern: '^[a-z][a-z0-9-]{0,79}$' }) }),
      body: Type.Object({ certificateId: Uuid }, { additionalProperties: false }), response: { 200: Type.Array(MaterialOptionSchema), ...errors(400, 401, 403, 404, 409, 422) } },
  }, (req) => onceOnly.reuseCertificate(req.ctx, req.params.id, req.params.code, req.body.certificateId));

  app.post('/api/v1/applications/:id/materials/:code/fetch', {
    config: applicants,
    schema: { tags, summary: '数据共享 Fetch a material from the department that holds it, with this case as purpose (draft or 补正)',
      params: Type.Object({ id: Uuid, code: Type.String({ pattern: '^[a-z][a-z0-9-]{0,79}$' }) }), response: { 200: FetchedMaterialSchema, ...errors(400, 401, 403, 404, 409, 422) } },
  }, (req) => onceOnly.fetchMaterial(req.ctx, req.params.id, req.params.code));

  app.get('/api/v1/applications/:id/materials/:code/fetched', {
    config: signedInReaders,
    schema: { tags, summary: 'What a data source answered for a material, with the source department\'s signature',
      params: Type.Object({ id: Uuid, code: Type.String({ pattern: '^[a-z][a-z0-9-]{0,79}$' }) }), response: { 200: ExchangeAnswerSchema, ...errors(400, 401, 404) } },
  }, (req) => onceOnly.fetchedMaterial(req.ctx, req.params.id, req.params.code));

  app.get('/api/v1/applications/:id/materials/:code/certificate', {
    config: signedInReaders,
    schema: { tags, summary: 'The certificate reused for a material, as the case\'s reader sees it (its claims and current status)',
      params: Type.Object({ id: Uuid, code: Type.String({ pattern: '^[a-z][a-z0-9-]{0,79}$' }) }),
      response: { 200: Type.Object({ id: Type.String(), type: Type.String(), typeName: BilingualSchema, status: Type.String(), statusName: BilingualSchema,
        issuer: Type.Object({ id: Type.String(), name: BilingualSchema }), subjectName: Type.Union([Type.String(), Type.Null()]),
        issuedAt: Type.Unsafe<Date>({ type: 'string', format: 'date-time' }), expiresAt: Type.Union([Type.Unsafe<Date>({ type: 'string', format: 'date-time' }), Type.Null()]),
        claims: Type.Array(Type.Object({ name: Type.String(), label: BilingualSchema, value: JsonValue })) }), ...errors(400, 401, 403, 404) } },
  }, (req) => onceOnly.reusedCertificate(req.ctx, req.params.id, req.params.code));

  app.get('/api/v1/applications/:id/reuse', {
    config: signedInReaders,
    schema: { tags, summary: '减材料 Which materials came by hand and which were reused', params: IdParams, response: { 200: CaseReuseSchema, ...errors(400, 401, 404) } },
  }, (req) => onceOnly.caseReuse(req.ctx, req.params.id));

  app.get('/api/v1/statistics/reuse', {
    config: { access: { roles: ['leader', 'department_admin', 'reviewer', 'platform_admin'] } },
    schema: { tags, summary: '减材料 Reuse rate per item and overall', querystring: Type.Object({ itemCode: Type.Optional(ItemCode) }, { additionalProperties: false }),
      response: { 200: ReuseStatisticsSchema, ...errors(400, 401, 403) } },
  }, (req) => onceOnly.reuseStatistics(req.ctx, { itemCode: req.query.itemCode }));

  app.get('/api/v1/applications/:id', {
    config: signedInReaders,
    schema: { tags, params: IdParams, response: { 200: ApplicationSchema, ...errors(400, 401, 404) } },
  }, (req) => cases.getApplication(req.ctx, req.params.id));

  app.post('/api/v1/applications/:id/reveal', {
    config: { access: { roles: ['reviewer', 'window_clerk'] } },
    schema: { tags, summary: '查看完整信息 Show one sensitive field in the clear (logged in the applicant\'s data-access log)', params: IdParams,
      body: Type.Object({ field: Type.String({ minLength: 2, maxLength: 200, pattern: '^(/[^/]+)+$', description: 'JSON pointer into formData, from maskedFields' }) }, { additionalProperties: false }),
      response: { 200: RevealedFieldSchema, ...errors(400, 401, 403, 404, 422) } },
  }, (req) => cases.revealField(req.ctx, req.params.id, req.body.field));

  app.get('/api/v1/applications/:id/timeline', {
    config: signedInReaders,
    schema: { tags, summary: '办件进度 Who did what, when and why', params: IdParams, response: { 200: Type.Array(TimelineEntrySchema), ...errors(400, 401, 404) } },
  }, (req) => cases.getTimeline(req.ctx, req.params.id));

  app.post('/api/v1/applications/:id/withdraw', {
    config: applicants,
    schema: { tags, params: IdParams, body: Type.Object({ reason: ShortText(200) }, { additionalProperties: false }), response: { 200: ApplicationSchema, ...errors(400, 401, 404, 409) } },
  }, (req) => cases.withdrawApplication(req.ctx, req.params.id, req.body.reason));

  app.post('/api/v1/applications/:id/supplement', {
    config: applicants,
    schema: { tags, summary: '提交补正 Answer a supplement request', params: IdParams, body: Type.Object({
      formData: Type.Optional(FormData), materials: Type.Optional(Materials), note: Type.Optional(ShortText(500)) }, { additionalProperties: false }),
    response: { 200: ApplicationSchema, ...errors(400, 401, 404, 409, 422) } },
  }, (req) => cases.answerSupplement(req.ctx, req.params.id, req.body));

  app.post('/api/v1/applications/:id/deferred-materials', {
    config: applicants,
    schema: { tags, summary: '补交容缺材料 Hand in materials deferred at acceptance', params: IdParams,
      body: Type.Object({ materials: Type.Array(Materials.items, { minItems: 1, maxItems: 20 }) }, { additionalProperties: false }),
      response: { 200: ApplicationSchema, ...errors(400, 401, 403, 404, 422) } },
  }, (req) => cases.supplyDeferredMaterials(req.ctx, req.params.id, req.body.materials));

  app.post('/api/v1/bundle-applications', {
    config: applicants,
    schema: { tags, summary: '一件事一次办 Apply for a life event at once', body: Type.Object({
      bundleCode: ItemCode, sharedData: Type.Record(Type.String(), Type.Unknown()), forms: Type.Record(Type.String(), FormData),
      materials: Type.Optional(Type.Record(Type.String(), Materials)), idempotencyKey: Type.Optional(IdempotencyKey),
      draftId: Type.Optional(Type.String({ format: 'uuid', description: 'the life event\'s server draft: deleted with the submission' })),
    }, { additionalProperties: false }), response: { 200: BundleSchema, 201: BundleSchema, ...errors(400, 401, 403, 404, 409, 422) } },
  }, async (req, reply) => {
    const { bundle, created } = await cases.submitBundle(req.ctx, req.body);
    return reply.code(created ? 201 : 200).send(bundle);
  });

  // ---- 一件事草稿: a life event saved on the server, finished later from any device ----
  app.post('/api/v1/bundle-drafts', {
    config: applicants,
    schema: { tags, summary: '开始或继续一件事草稿 Start a life event\'s draft, or get the one already saved', body: Type.Object({ bundleCode: ItemCode }, { additionalProperties: false }),
      response: { 200: BundleDraft, 201: BundleDraft, ...errors(400, 401, 403, 422) } },
  }, async (req, reply) => {
    const { draft, created } = await bundleDrafts.startBundleDraft(req.ctx, req.body.bundleCode);
    return reply.code(created ? 201 : 200).send(draft);
  });

  app.get('/api/v1/bundle-drafts', {
    config: applicantReaders,
    schema: { tags, summary: '我的一件事草稿 My life-event drafts', response: { 200: Type.Array(BundleDraft), ...errors(401, 403) } },
  }, (req) => bundleDrafts.listBundleDrafts(req.ctx));

  app.get('/api/v1/bundle-drafts/:id', {
    config: applicantReaders,
    schema: { tags, params: IdParams, response: { 200: BundleDraft, ...errors(400, 401, 403, 404) } },
  }, (req) => bundleDrafts.getBundleDraft(req.ctx, req.params.id));

  app.put('/api/v1/bundle-drafts/:id', {
    config: applicants,
    schema: { tags, summary: '保存一件事草稿 Save a life event\'s answers', params: IdParams, body: Type.Object({ answers: DraftAnswers }, { additionalProperties: false }),
      response: { 200: BundleDraft, ...errors(400, 401, 403, 404, 422) } },
  }, (req) => bundleDrafts.saveBundleDraft(req.ctx, req.params.id, req.body.answers));

  app.delete('/api/v1/bundle-drafts/:id', {
    config: applicants,
    schema: { tags, summary: '删除一件事草稿 Discard a life event\'s draft', params: IdParams,
      response: { 200: Type.Object({ id: Uuid, discarded: Type.Literal(true) }), ...errors(400, 401, 403, 404) } },
  }, (req) => bundleDrafts.discardBundleDraft(req.ctx, req.params.id));

  app.get('/api/v1/bundle-applications/:id', {
    config: signedInReaders,
    schema: { tags, params: IdParams, response: { 200: BundleSchema, ...errors(400, 401, 404) } },
  }, (req) => cases.getBundle(req.ctx, req.params.id));

  app.get('/api/v1/statistics/cases', {
    config: { access: { roles: ['leader', 'platform_admin'] } },
    schema: { tags, summary: '办件统计 Cases filed, decided on time, running and overdue, per department', querystring: Type.Object({
      region: Type.Optional(Type.String({ pattern: '^\\d{6}(\\d{3})?$' })), from: Type.Optional(Type.String({ format: 'date' })), to: Type.Optional(Type.String({ format: 'date' })) },
    { additionalProperties: false }), response: { 200: CaseStatisticsSchema, ...errors(400, 401, 403, 422) } },
  }, (req) => caseStatistics(req.ctx, req.query));

  // ---- staff ----
  app.post('/api/v1/applications/:id/accept', {
    config: { access: { roles: ['window_clerk', 'reviewer'] } },
    schema: { tags, summary: '受理 Accept', params: IdParams, response: { 200: ApplicationSchema, ...errors(400, 401, 404, 409) } },
  }, (req) => review.acceptByStaff(req.ctx, req.params.id));

  app.post('/api/v1/applications/:id/supplement-requests', {
    config: { access: { roles: ['window_clerk', 'reviewer'] } },
    schema: { tags, summary: '要求补正 Ask for exactly what is missing (the clock stops)', params: IdParams, body: Type.Object({
      items: Type.Array(Type.Object({ target: Type.String({ minLength: 1, maxLength: 200, description: '/formData/… or material:<code>' }), reason: ShortText(300) }, { additionalProperties: false }), { minItems: 1, maxItems: 30 }),
    }, { additionalProperties: false }), response: { 200: ApplicationSchema, ...errors(400, 401, 404, 409, 422) } },
  }, (req) => review.requestSupplement(req.ctx, req.params.id, req.body.items));

  app.get('/api/v1/tasks', {
    config: reviewers,
    schema: { tags, summary: '待办任务 My department\'s queue, most urgent first', querystring: Type.Object({
      status: Type.Optional(Type.Enum(['open', 'closed'])), light: Type.Optional(Type.Enum(['green', 'yellow', 'red'])), mine: Type.Optional(Type.Boolean()),
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })) }, { additionalProperties: false }), response: { 200: Type.Array(QueueTaskSchema), ...errors(400, 401, 403) } },
  }, (req) => review.taskQueue(req.ctx, req.query));

  app.post('/api/v1/tasks/:id/claim', {
    config: reviewers,
    schema: { tags, params: IdParams, response: { 200: TaskSchema, ...errors(400, 401, 404, 409) } },
  }, (req) => review.claimTask(req.ctx, req.params.id));

  app.post('/api/v1/tasks/:id/transfer', {
    config: reviewers,
    schema: { tags, summary: '转办 Send the task to the department it belongs to', params: IdParams, body: Type.Object({ departmentId: Uuid, reason: ShortText(300) }, { additionalProperties: false }),
      response: { 200: ApplicationSchema, ...errors(400, 401, 404, 409, 422) } },
  }, (req) => review.transferTask(req.ctx, req.params.id, req.body));

  app.post('/api/v1/tasks/:id/assign', {
    config: { access: { roles: ['department_admin'] } },
    schema: { tags, summary: '分派 Give the task to a reviewer of the department (null: back to the pool)', params: IdParams,
      body: Type.Object({ accountId: Type.Union([Uuid, Type.Null()]) }, { additionalProperties: false }), response: { 200: TaskSchema, ...errors(400, 401, 403, 404, 409, 422) } },
  }, (req) => review.assignTask(req.ctx, req.params.id, req.body.accountId));

  app.post('/api/v1/tasks/:id/decision', {
    config: { access: { roles: ['reviewer'] } },
    schema: { tags, summary: '审批决定 Approve or reject this department\'s part', params: IdParams, body: Type.Object({
      decision: Type.Enum(['approve', 'reject']), reason: Type.String({ maxLength: 500 }) }, { additionalProperties: false }), response: { 200: ApplicationSchema, ...errors(400, 401, 403, 404, 409, 422) } },
  }, (req) => review.decideTask(req.ctx, req.params.id, req.body));
};
