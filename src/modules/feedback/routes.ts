import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errors, IdParams, ShortText } from '../../platform/http/schemas.js';
import * as feedback from './service.js';
import { actingNeeds } from '../identity/index.js';

const tags = ['feedback'];
const Level = Type.Enum(Object.keys(feedback.ratingLevels) as feedback.RatingLevel[], { description: '非常满意 … 非常不满意' });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Light = Type.Union([Type.Literal('green'), Type.Literal('yellow'), Type.Literal('red')]);
const RatingSchema = Type.Object({
  applicationId: Type.String(), level: Level, label: Type.Object({ zh: Type.String(), en: Type.String() }), comment: Nullable(Type.String()), createdAt: Type.String(),
  rectification: Type.Union([Type.Object({ id: Type.String(), status: Type.String(), dueOn: Type.String(), reply: Nullable(Type.String()), repliedAt: Nullable(Type.String()),
    raterSatisfied: Type.Union([Type.Boolean(), Type.Null()]), raterComment: Nullable(Type.String()), raterAnsweredAt: Nullable(Type.String()) }), Type.Null()]),
});
const RectificationSchema = Type.Object({
  id: Type.String(), applicationId: Type.String(), itemCode: Type.String(), level: Level, comment: Nullable(Type.String()), openedAt: Type.String(),
  dueOn: Type.String(), status: Type.String(), reply: Nullable(Type.String()),
  raterSatisfied: Type.Union([Type.Boolean(), Type.Null()], { description: 'the rater\'s answer to the reply; null until they answer' }), raterComment: Nullable(Type.String()), light: Type.Union([Light, Type.Null()]),
});
const SatisfactionRowSchema = Type.Object({
  key: Type.String(), ratings: Type.Integer(), average: Type.Number(), satisfiedRate: Type.Number(),
  distribution: Type.Object(Object.fromEntries(Object.keys(feedback.ratingLevels).map((k) => [k, Type.Integer()]))),
});

export const feedbackRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/api/v1/applications/:id/rating', {
    config: { access: { roles: ['citizen', 'enterprise_agent'] }, acting: actingNeeds.applicationsSubmit },
    schema: { tags, summary: '好差评 Rate a finished case', params: IdParams,
      body: Type.Object({ level: Level, comment: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false }),
      response: { 201: RatingSchema, ...errors(400, 401, 403, 404, 409, 422) } },
  }, async (req, reply) => reply.code(201).send(await feedback.rateApplication(req.ctx, req.params.id, req.body)));

  app.get('/api/v1/applications/:id/rating', {
    config: { access: 'signed-in', acting: actingNeeds.applicationsRead },
    schema: { tags, params: IdParams, response: { 200: RatingSchema, ...errors(400, 401, 403, 404) } },
  }, (req) => feedback.getRating(req.ctx, req.params.id));

  app.post('/api/v1/applications/:id/rating/reply-answer', {
    config: { access: { roles: ['citizen', 'enterprise_agent'] }, acting: actingNeeds.applicationsSubmit },
    schema: { tags, summary: '整改满意度 Tell the department whether its reply to a bad rating satisfied you', params: IdParams,
      body: Type.Object({ satisfied: Type.Boolean(), comment: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false }),
      response: { 200: RatingSchema, ...errors(400, 401, 403, 404, 409, 422) } },
  }, (req) => feedback.answerRectificationReply(req.ctx, req.params.id, req.body));

  app.get('/api/v1/rectifications', {
    config: { access: { roles: ['department_admin', 'reviewer'] } },
    schema: { tags, summary: '差评整改 My department\'s bad ratings to answer', querystring: Type.Object({ status: Type.Optional(Type.Enum(['open', 'replied'])) }, { additionalProperties: false }),
      response: { 200: Type.Array(RectificationSchema), ...errors(400, 401, 403) } },
  }, (req) => feedback.rectificationQueue(req.ctx, req.query));

  app.post('/api/v1/rectifications/:id/reply', {
    config: { access: { roles: ['department_admin', 'reviewer'] } },
    schema: { tags, summary: '整改答复 Answer a bad rating (shown to the rater)', params: IdParams, body: Type.Object({ reply: ShortText(1000) }, { additionalProperties: false }),
      response: { 200: RatingSchema, ...errors(400, 401, 403, 404, 409) } },
  }, (req) => feedback.replyToRectification(req.ctx, req.params.id, req.body.reply));

  app.get('/api/v1/statistics/satisfaction', {
    config: { access: { roles: ['leader', 'platform_admin', 'department_admin'] } },
    schema: { tags, summary: '满意度 Satisfaction per department and item', querystring: Type.Object({ region: Type.Optional(Type.String({ pattern: '^\\d{6}$' })) }, { additionalProperties: false }),
      response: { 200: Type.Object({ byDepartment: Type.Array(SatisfactionRowSchema), byItem: Type.Array(SatisfactionRowSchema) }), ...errors(400, 401, 403) } },
  }, (req) => feedback.satisfaction(req.ctx, { regionCode: req.query.region }));
};
