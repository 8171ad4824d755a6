// Notify tables: each person's inbox, their contact preferences, and the deliveries by e-mail and SMS.
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ts } from '../../platform/columns.js';

export const inboxMessages = pgTable('inbox_messages', {
  id: uuid('id').primaryKey(),
  recipientPersonId: uuid('recipient_person_id').notNull(),
  template: text('template').notNull(), // 'application.submitted' …: the message is rendered from it at creation
  params: jsonb('params').notNull().$type<Record<string, unknown>>(),
  titleZh: text('title_zh').notNull(),
  titleEn: text('title_en').notNull(),
  bodyZh: text('body_zh').notNull(),
  bodyEn: text('body_en').notNull(),
  link: text('link'), // a path inside the portal, '/cases/…'
  dedupeKey: text('dedupe_key'), // the same event never makes two messages for one person (at-least-once delivery)
  createdAt: ts('created_at').notNull(),
  readAt: ts('read_at'),
}, (t) => [
  index('inbox_recipient_idx').on(t.recipientPersonId, t.createdAt),
  uniqueIndex('inbox_dedupe_uq').on(t.recipientPersonId, t.dedupeKey),
]);

export const notificationPreferences = pgTable('notification_preferences', {
  personId: uuid('person_id').primaryKey(),
  emailEnc: text('email_enc'), // AES-256-GCM like every contact detail
  emailEnabled: boolean('email_enabled').notNull().default(false),
  smsEnabled: boolean('sms_enabled').notNull().default(false),
  language: text('language').$type<'zh' | 'en'>().notNull().default('zh'),
  updatedAt: ts('updated_at').notNull(),
});

export const deliveries = pgTable('notification_deliveries', {
  id: uuid('id').primaryKey(),
  messageId: uuid('message_id').notNull().references(() => inboxMessages.id),
  channel: text('channel').$type<'email' | 'sms'>().notNull(),
  status: text('status').$type<'pending' | 'sent' | 'failed'>().notNull(),
  attempts: integer('attempts').notNull().default(0),
  lastError: text('last_error'),
  createdAt: ts('created_at').notNull(),
  sentAt: ts('sent_at'),
}, (t) => [index('deliveries_message_idx').on(t.messageId)]);
