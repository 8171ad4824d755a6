// Copies of inbox messages by e-mail (SMTP, through nodemailer) and by SMS (a small HTTP adapter in front of
// whatever gateway a deployment contracts: we POST {to, text} as JSON). Each copy is a row in
// notification_deliveries worked off by the `notify.deliver` job.
//
// Why a failed attempt schedules the next one itself instead of throwing to the job runner: the runner rolls back
// a throwing handler's transaction, which would roll back the very row that says the attempt failed and why, and
// on embedded PGlite (one connection) nothing can be written beside the open transaction. So a failed send is
// recorded (attempts, last_error) and the next attempt is queued in the same commit, after the runner's own
// back-off (backoffMs); after MAX_DELIVERY_ATTEMPTS the delivery is 'failed'. Anything else that goes wrong (the
// database, a bug) still throws and gets the runner's retries.
import nodemailer from 'nodemailer';
import { eq } from 'drizzle-orm';
import type { Config } from '../../platform/config.js';
import type { Ctx } from '../../platform/context.js';
import { backoffMs, scheduleJob } from '../../platform/jobs.js';
import { contactPhone } from '../identity/index.js';
import { loadPreferences } from './contacts.js';
import { deliveries, inboxMessages } from './schema.js';
import type { Language } from './templates.js';

export type Channel = 'email' | 'sms';

export const DELIVER_JOB = 'notify.deliver'; // stable: queued jobs refer to it
export const MAX_DELIVERY_ATTEMPTS = 8; // back-off 1 s, 2 s … 64 s: about two minutes of trying in all

// The job runs inside a database transaction (on PGlite, the only connection): a slow gateway must not hold it long.
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };
const SMS_TIMEOUT_MS = 10_000;

interface MessageText {
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
}

const FOOTER = {
  zh: '请登录通办，在“消息”中查看详情。本邮件由系统自动发送，请勿直接回复。',
  en: 'Sign in to Tongban to see your messages. This e-mail was sent automatically; please do not reply to it.',
};

/** Subject in the person's language; the body in it first, then the other language below. */
export function composeEmail(m: MessageText, language: Language): { subject: string; text: string } {
  const title = { zh: m.titleZh, en: m.titleEn };
  const body = { zh: m.bodyZh, en: m.bodyEn };
  const other: Language = language === 'zh' ? 'en' : 'zh';
  const part = (l: Language) => `${title[l]}\n\n${body[l]}\n\n${FOOTER[l]}\n`;
  return { subject: title[language], text: `${part(language)}\n----------------------------------------\n\n${part(other)}` };
}

/** One language only: a text message is short. A Chinese SMS carries its sender's signature in 【】 (短信签名). */
export function composeSms(m: MessageText, language: Language): string {
  return language === 'zh' ? `【通办】${m.bodyZh}` : `[Tongban] ${m.bodyEn}`;
}

/** Sends one e-mail through SMTP_URL. Throws with the server's answer when it is refused. */
export async function sendEmail(config: Config, mail: { to: string; subject: string; text: string }): Promise<void> {
  if (!config.smtpUrl) throw new Error('SMTP_URL is not set');
  const transport = nodemailer.createTransport({ url: config.smtpUrl, ...SMTP_TIMEOUTS });
  try {
    await transport.sendMail({
      from: config.smtpFrom, to: mail.to, subject: mail.subject, text: mail.text,
      headers: { 'Auto-Submitted': 'auto-generated' }, // RFC 3834: out-of-office replies are not sent back
    });
  } finally {
    transport.close();
  }
}

/** POSTs {to, text} to SMS_WEBHOOK_URL. Anything but a 2xx answer, or no answer in time, is a failure. */
export async function sendSms(config: Config, sms: { to: string; text: string }): Promise<void> {
  if (!config.smsWebhookUrl) throw new Error('SMS_WEBHOOK_URL is not set');
  // fetch refuses URLs with credentials in them: they become a Basic authorisation header instead.
  const url = new URL(config.smsWebhookUrl);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (url.username || url.password) {
    headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
    url.username = '';
    url.password = '';
  }
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ to: sms.to, text: sms.text }),
    signal: AbortSignal.timeout(SMS_TIMEOUT_MS), redirect: 'error' });
  await res.body?.cancel(); // the answer's body is not used; free the connection
  if (!res.ok) throw new Error(`The SMS gateway answered HTTP ${res.status}`);
}

export async function scheduleDelivery(ctx: Ctx, deliveryId: string, attempt: number, runAt: Date): Promise<void> {
  await scheduleJob(ctx, { name: DELIVER_JOB, runAt, payload: { deliveryId, attempt }, dedupeKey: `${DELIVER_JOB}:${deliveryId}:${attempt}` });
}

type Prepared = { send: () => Promise<void>; secrets: string[] } | { refused: string };

/** The address is read when sending, so turning a channel off also stops copies already queued. */
async function prepare(ctx: Ctx, channel: Channel, personId: string, m: MessageText): Promise<Prepared> {
  const { config } = ctx.platform;
  const prefs = await loadPreferences(ctx, personId);
  if (channel === 'email') {
    if (!config.smtpUrl) return { refused: 'SMTP_URL is not set' };
    if (!prefs.emailEnabled || !prefs.email) return { refused: 'The recipient turned e-mail off before it was sent' };
    const to = prefs.email;
    return { send: () => sendEmail(config, { to, ...composeEmail(m, prefs.language) }), secrets: [to] };
  }
  if (!config.smsWebhookUrl) return { refused: 'SMS_WEBHOOK_URL is not set' };
  const phone = prefs.smsEnabled ? await contactPhone(ctx, personId) : null;
  if (!phone) return { refused: 'The recipient turned text messages off, or has no mobile number, before it was sent' };
  return { send: () => sendSms(config, { to: phone, text: composeSms(m, prefs.language) }), secrets: [phone] };
}

/** Error text safe to store and log: the gateway's answer, without the recipient's address or number in it. */
function describeFailure(err: unknown, secrets: string[]): string {
  const e = err as Error & { cause?: unknown };
  let text = e instanceof Error ? e.message : String(err);
  if (e instanceof Error && e.cause instanceof Error && !text.includes(e.cause.message)) text += `: ${e.cause.message}`;
  for (const s of secrets) text = text.split(s).join('[recipient]');
  return text.slice(0, 1000);
}

/** The `notify.deliver` job: one attempt at one delivery. Sent or given-up deliveries are left alone. */
export async function deliver(ctx: Ctx, payload: Record<string, unknown>): Promise<void> {
  const deliveryId = String(payload.deliveryId);
  const [found] = await ctx.db.select({ d: deliveries, m: inboxMessages }).from(deliveries)
    .innerJoin(inboxMessages, eq(inboxMessages.id, deliveries.messageId))
    .where(eq(deliveries.id, deliveryId)).for('update', { of: deliveries });
  if (!found || found.d.status !== 'pending') return;
  const attempt = found.d.attempts + 1;
  // Copies by e-mail and SMS exist only for a person's messages (staff messages are inbox-only).
  if (!found.m.recipientPersonId) throw new Error(`delivery ${found.d.id}: its message has no person to send to`);
  const prepared = await prepare(ctx, found.d.channel, found.m.recipientPersonId, found.m);
  let failure: { error: string; final: boolean } | null = null;
  if ('refused' in prepared) {
    failure = { error: prepared.refused, final: true }; // trying again would not change the answer
  } else {
    try {
      await prepared.send();
    } catch (err) {
      failure = { error: describeFailure(err, prepared.secrets), final: attempt >= MAX_DELIVERY_ATTEMPTS };
    }
  }
  const now = ctx.clock.now();
  if (!failure) {
    await ctx.db.update(deliveries).set({ status: 'sent', attempts: attempt, sentAt: now, lastError: null }).where(eq(deliveries.id, deliveryId));
    return;
  }
  await ctx.db.update(deliveries).set({ status: failure.final ? 'failed' : 'pending', attempts: attempt, lastError: failure.error })
    .where(eq(deliveries.id, deliveryId));
  if (!failure.final) await scheduleDelivery(ctx, deliveryId, attempt + 1, new Date(now.getTime() + backoffMs(attempt)));
  ctx.platform.logger.warn({ deliveryId, channel: found.d.channel, attempt, giveUp: failure.final, err: failure.error }, 'notification delivery failed');
}
