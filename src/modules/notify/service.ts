// Notify: one inbox per person (消息), with copies by e-mail and SMS for those who asked for them. Other modules
// call notify() in their own transaction, usually from an event handler: the message commits with the change
// that caused it, and a redelivered event (delivery is at least once) finds its message already there.
import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { recordAudit } from '../../platform/audit.js';
import { forbidden, type Bilingual } from '../../platform/errors.js';
import { contactPhone } from '../identity/index.js';
import { scheduleDelivery, type Channel } from './channels.js';
import { EMAIL_COLUMN, loadPreferences } from './contacts.js';
import { cursorUnknown, emailInvalid, emailMissing, messageNotFound, phoneMissing } from './errors.js';
import { deliveries, inboxMessages, notificationPreferences } from './schema.js';
import { canOnMessage, canOnPreferences, type PreferencesAction } from './policy.js';
import { renderTemplate, type Language, type TemplateName, type TemplateParams } from './templates.js';

export interface NotifyInput {
  personId: string;
  template: TemplateName;
  params: TemplateParams;
  link?: string | undefined; // a path inside the portal: '/cases/…'
  dedupeKey?: string | undefined; // the same key never makes a second message for the same person
}

export interface NotifyResult {
  messageId: string;
  created: boolean; // false: a message with this dedupe key was already there, and nothing was sent again
  channels: Channel[]; // the copies queued
}

/** Puts a message in the person's inbox and queues its e-mail and SMS copies, in the caller's transaction. */
export async function notify(ctx: Ctx, input: NotifyInput): Promise<NotifyResult> {
  // Both checks fail before anything is written: a missing param or a bad link is a bug in the caller.
  const rendered = renderTemplate(input.template, input.params);
  if (input.link !== undefined && !/^\/(?!\/)[^\s]*$/.test(input.link)) throw new Error(`notify: link must be a path inside the portal, got ${input.link}`);
  return withTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const [row] = await tx.db.insert(inboxMessages).values({
      id: newId(), recipientPersonId: input.personId, template: input.template, params: input.params,
      titleZh: rendered.title.zh, titleEn: rendered.title.en, bodyZh: rendered.body.zh, bodyEn: rendered.body.en,
      link: input.link ?? null, dedupeKey: input.dedupeKey ?? null, createdAt: now,
    }).onConflictDoNothing().returning({ id: inboxMessages.id });
    if (!row) {
      const [existing] = await tx.db.select({ id: inboxMessages.id }).from(inboxMessages)
        .where(and(eq(inboxMessages.recipientPersonId, input.personId), eq(inboxMessages.dedupeKey, input.dedupeKey ?? '')));
      if (!existing) throw new Error('notify: the message insert conflicted on something other than its dedupe key');
      return { messageId: existing.id, created: false, channels: [] };
    }
    const channels = await channelsFor(tx, input.personId);
    for (const channel of channels) {
      const deliveryId = newId();
      await tx.db.insert(deliveries).values({ id: deliveryId, messageId: row.id, channel, status: 'pending', attempts: 0, createdAt: now });
      await scheduleDelivery(tx, deliveryId, 1, now);
    }
    return { messageId: row.id, created: true, channels };
  });
}

/** E-mail when the person turned it on and gave an address and the platform has a mail server; SMS likewise. */
async function channelsFor(ctx: Ctx, personId: string): Promise<Channel[]> {
  const { config } = ctx.platform;
  const prefs = await loadPreferences(ctx, personId);
  const channels: Channel[] = [];
  if (config.smtpUrl && prefs.emailEnabled && prefs.email) channels.push('email');
  if (config.smsWebhookUrl && prefs.smsEnabled && (await contactPhone(ctx, personId))) channels.push('sms');
  return channels;
}

// ---------------------------------------------------------------------------------------------- the inbox

export interface InboxMessageView {
  id: string;
  template: string;
  title: Bilingual;
  body: Bilingual;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

type MessageRow = typeof inboxMessages.$inferSelect;

const messageView = (m: MessageRow): InboxMessageView => ({
  id: m.id, template: m.template, title: { zh: m.titleZh, en: m.titleEn }, body: { zh: m.bodyZh, en: m.bodyEn }, link: m.link,
  createdAt: m.createdAt.toISOString(), readAt: m.readAt?.toISOString() ?? null,
});

export interface InboxQuery {
  unreadOnly?: boolean | undefined;
  before?: string | undefined; // a message id: the page continues with older messages
  limit: number;
}

/** The signed-in person's own messages, newest first. Accounts without a person (staff) have an empty inbox. */
export async function listInbox(ctx: Ctx, query: InboxQuery): Promise<InboxMessageView[]> {
  const personId = ctx.actor.personId;
  if (!personId) return [];
  let older: SQL | undefined;
  if (query.before) {
    const [cursor] = await ctx.db.select({ createdAt: inboxMessages.createdAt, id: inboxMessages.id, recipientPersonId: inboxMessages.recipientPersonId })
      .from(inboxMessages).where(eq(inboxMessages.id, query.before));
    if (!cursor || !canOnMessage(ctx.actor, 'read', cursor)) throw cursorUnknown(); // someone else's message id is as unknown as a made-up one
    // Messages written in one transaction share a timestamp: the id breaks the tie so none is skipped or repeated.
    older = sql`(${inboxMessages.createdAt}, ${inboxMessages.id}) < (${cursor.createdAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`;
  }
  const rows = await ctx.db.select().from(inboxMessages)
    .where(and(eq(inboxMessages.recipientPersonId, personId), query.unreadOnly ? isNull(inboxMessages.readAt) : undefined, older))
    .orderBy(desc(inboxMessages.createdAt), desc(inboxMessages.id)).limit(query.limit);
  return rows.map(messageView);
}

export async function unreadCount(ctx: Ctx): Promise<number> {
  const personId = ctx.actor.personId;
  if (!personId) return 0;
  const [row] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(inboxMessages)
    .where(and(eq(inboxMessages.recipientPersonId, personId), isNull(inboxMessages.readAt)));
  return row?.n ?? 0;
}

/** Marks one of one's own messages read (again: no change). Anyone else's message id: not found. */
export function markRead(ctx: Ctx, id: string): Promise<InboxMessageView> {
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db.select().from(inboxMessages).where(eq(inboxMessages.id, id)).for('update');
    if (!row || !canOnMessage(tx.actor, 'read', row)) throw messageNotFound();
    if (!canOnMessage(tx.actor, 'mark_read', row)) throw forbidden();
    if (row.readAt) return messageView(row);
    const [updated] = await tx.db.update(inboxMessages).set({ readAt: tx.clock.now() }).where(eq(inboxMessages.id, id)).returning();
    return messageView(updated!);
  });
}

// ---------------------------------------------------------------------------------------------- preferences

export interface PreferencesView {
  email: string | null; // one's own address, shown in full
  emailEnabled: boolean;
  smsEnabled: boolean;
  language: Language;
  phoneMasked: string | null; // where text messages go: the mobile number on the person's record
  available: { email: boolean; sms: boolean }; // whether this platform sends e-mail / SMS at all
}

export interface PreferencesInput {
  email?: string | null | undefined; // null removes the address (and so turns e-mail off)
  emailEnabled?: boolean | undefined;
  smsEnabled?: boolean | undefined;
  language?: Language | undefined;
}

const maskPhone = (p: string) => (p.length >= 7 ? `${p.slice(0, 3)}****${p.slice(-4)}` : '****');

function ownPersonId(ctx: Ctx, action: PreferencesAction): string {
  const personId = ctx.actor.personId;
  if (!canOnPreferences(ctx.actor, action, personId)) throw forbidden(); // staff accounts belong to no person and receive no messages
  return personId!;
}

async function preferencesView(ctx: Ctx, personId: string, prefs: { email: string | null; emailEnabled: boolean; smsEnabled: boolean; language: Language }): Promise<PreferencesView> {
  const phone = await contactPhone(ctx, personId);
  const { config } = ctx.platform;
  return { email: prefs.email, emailEnabled: prefs.emailEnabled, smsEnabled: prefs.smsEnabled, language: prefs.language,
    phoneMasked: phone ? maskPhone(phone) : null, available: { email: Boolean(config.smtpUrl), sms: Boolean(config.smsWebhookUrl) } };
}

export async function getPreferences(ctx: Ctx): Promise<PreferencesView> {
  const personId = ownPersonId(ctx, 'read');
  return preferencesView(ctx, personId, await loadPreferences(ctx, personId));
}

// Practical, not RFC 5321 in full: one @, a dot-atom local part, a domain of letter-digit-hyphen labels (Unicode
// letters allowed: nodemailer sends internationalised domains as punycode).
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/** The address normalised (trimmed, domain in lower case), or a field error naming '/email'. */
export function checkEmail(raw: string): string {
  const email = raw.trim();
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).split('.');
  const valid = at > 0 && email.length <= 254 && local.length <= 64 && LOCAL.test(local) && labels.length >= 2
    && labels.every((l) => LABEL.test(l)) && !/^\d+$/.test(labels.at(-1)!);
  if (!valid) throw emailInvalid();
  return `${local}@${email.slice(at + 1).toLowerCase()}`;
}

/** Changes one's own preferences. Every check runs before anything is written; the change is audited. */
export function updatePreferences(ctx: Ctx, input: PreferencesInput): Promise<PreferencesView> {
  const personId = ownPersonId(ctx, 'update');
  const email = typeof input.email === 'string' ? checkEmail(input.email) : input.email;
  return withTransaction(ctx, async (tx) => {
    const current = await loadPreferences(tx, personId, { forUpdate: true });
    const next = {
      email: email === undefined ? current.email : email,
      // Removing the address turns e-mail off, unless the same request asks to keep it on (refused below).
      emailEnabled: input.emailEnabled ?? (email === null ? false : current.emailEnabled),
      smsEnabled: input.smsEnabled ?? current.smsEnabled,
      language: input.language ?? current.language,
    };
    if (next.emailEnabled && !next.email) throw emailMissing();
    if (input.smsEnabled && !(await contactPhone(tx, personId))) throw phoneMissing();
    const changed = (['email', 'emailEnabled', 'smsEnabled', 'language'] as const).filter((k) => next[k] !== current[k]);
    if (changed.length > 0) {
      const values = {
        emailEnc: next.email ? tx.platform.keyring.encrypt(next.email, EMAIL_COLUMN) : null,
        emailEnabled: next.emailEnabled, smsEnabled: next.smsEnabled, language: next.language, updatedAt: tx.clock.now(),
      };
      await tx.db.insert(notificationPreferences).values({ personId, ...values })
        .onConflictDoUpdate({ target: notificationPreferences.personId, set: values });
      // The address itself stays out of the audit trail, which is not encrypted: only which settings changed.
      await recordAudit(tx, { action: 'notification_preferences.updated', subjectType: 'person', subjectId: personId, subjectPersonId: personId,
        details: { changed, emailEnabled: next.emailEnabled, smsEnabled: next.smsEnabled, language: next.language } });
    }
    return preferencesView(tx, personId, next);
  });
}
