import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { BilingualSchema, errors, IdParams, IsoDateTime, Uuid } from '../../platform/http/schemas.js';
import { actingNeeds } from '../identity/index.js';
import * as notify from './service.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Language = Type.Union([Type.Literal('zh'), Type.Literal('en')], { description: 'language of e-mail and SMS copies (the inbox always has both)' });
const MessageSchema = Type.Object({
  id: Uuid, template: Type.String({ description: 'what the message is about, e.g. application.accepted' }), title: BilingualSchema, body: BilingualSchema,
  link: Nullable(Type.String({ description: 'a page of the portal the message is about' })), createdAt: IsoDateTime, readAt: Nullable(IsoDateTime),
});
const PreferencesSchema = Type.Object({
  email: Nullable(Type.String()), emailEnabled: Type.Boolean(), smsEnabled: Type.Boolean(), language: Language,
  phoneMasked: Nullable(Type.String({ description: 'the mobile number on record, where text messages go; change it in the profile' })),
  available: Type.Object({ email: Type.Boolean(), sms: Type.Boolean() }, { description: 'whether this platform sends e-mail / text messages at all' }),
});
const signedIn = { access: 'signed-in', acting: actingNeeds.self } as const; // one's own inbox, whoever one acts for
const tags = ['notify'];

export const notifyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/v1/inbox', {
    config: signedIn,
    schema: { tags, summary: '消息 My messages, newest first',
      querystring: Type.Object({
        unreadOnly: Type.Optional(Type.Boolean({ default: false })),
        before: Type.Optional(Type.String({ format: 'uuid', description: 'the id of the last message of the previous page' })),
        limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
      }, { additionalProperties: false }),
      response: { 200: Type.Array(MessageSchema), ...errors(400, 401) } },
  }, (req) => notify.listInbox(req.ctx, { unreadOnly: req.query.unreadOnly, before: req.query.before, limit: req.query.limit ?? 20 }));

  app.get('/api/v1/inbox/unread-count', {
    config: signedIn,
    schema: { tags, summary: '未读消息数 How many of my messages are unread', response: { 200: Type.Object({ unread: Type.Integer({ minimum: 0 }) }), ...errors(401) } },
  }, async (req) => ({ unread: await notify.unreadCount(req.ctx) }));

  app.post('/api/v1/inbox/:id/read', {
    config: signedIn,
    schema: { tags, summary: '标为已读 Mark one of my messages read', params: IdParams, response: { 200: MessageSchema, ...errors(400, 401, 403, 404) } },
  }, (req) => notify.markRead(req.ctx, req.params.id));

  app.get('/api/v1/me/notification-preferences', {
    config: signedIn,
    schema: { tags, summary: '通知设置 How I want to be told', response: { 200: PreferencesSchema, ...errors(401, 403) } },
  }, (req) => notify.getPreferences(req.ctx));

  app.put('/api/v1/me/notification-preferences', {
    config: signedIn,
    schema: { tags, summary: '修改通知设置 Change how I want to be told',
      body: Type.Object({
        email: Type.Optional(Nullable(Type.String({ maxLength: 254, description: 'null removes the address and turns e-mail off' }))),
        emailEnabled: Type.Optional(Type.Boolean()), smsEnabled: Type.Optional(Type.Boolean()), language: Type.Optional(Language),
      }, { additionalProperties: false, minProperties: 1 }),
      response: { 200: PreferencesSchema, ...errors(400, 401, 403, 422) } },
  }, (req) => notify.updatePreferences(req.ctx, req.body));
};
