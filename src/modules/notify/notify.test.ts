// Notify: what happens in identity reaches the person concerned, in their inbox and, if they asked, by e-mail and
// SMS. A real SMTP server (smtp-server) and a real HTTP server standing in for the SMS gateway run in the test;
// jobs are driven by hand (runDue) and time by the manual clock.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq, sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../platform/context.js';
import { queryRows } from '../../platform/db.js';
import { minutes } from '../../platform/clock.js';
import { backoffMs } from '../../platform/jobs.js';
import { jobs } from '../../platform/schema.js';
import { SeededRandom } from '../../platform/random.js';
import { authorizeAgent, createEnterprise, grantDelegation, registerCitizen, revokeDelegation, syntheticCreditCode } from '../identity/index.js';
import { actorFor, makeCitizen, makeIdNumber, makeStaff, PASSWORD, signInBrowser, type Browser, type TestCitizen } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { MAX_DELIVERY_ATTEMPTS } from './channels.js';
import { notify, type InboxMessageView } from './index.js';
import { deliveries, inboxMessages } from './schema.js';

// ------------------------------------------------------------------ outside systems: a mail server and an SMS gateway

interface ReceivedMail { from: string; to: string[]; headers: Map<string, string>; subject: string; text: string }

/** Just enough MIME to read what nodemailer wrote: encoded-word headers, quoted-printable or base64 bodies. */
function decodeWords(value: string): string {
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_all, _charset: string, enc: string, data: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQp(data.replace(/_/g, ' ')));
}
function decodeQp(data: string): string {
  const bytes: number[] = [];
  const text = data.replace(/=\r?\n/g, '');
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}
function parseMail(raw: string, from: string, to: string[]): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  const body = raw.slice(split + 4);
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  const text = encoding === 'base64' ? Buffer.from(body, 'base64').toString('utf8') : encoding === 'quoted-printable' ? decodeQp(body) : body;
  return { from, to, headers, subject: decodeWords(headers.get('subject') ?? ''), text };
}

const mailbox = { received: [] as ReceivedMail[], refuseRecipients: false };
const smtp = new SMTPServer({
  disabledCommands: ['STARTTLS', 'AUTH'], authOptional: true, logger: false,
  onRcptTo(_address, _session, callback) {
    if (!mailbox.refuseRecipients) return callback();
    return callback(Object.assign(new Error('4.2.1 Mailbox busy, try again later'), { responseCode: 450 }));
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
      mailbox.received.push(parseMail(Buffer.concat(chunks).toString('utf8'), from, session.envelope.rcptTo.map((r) => r.address)));
      callback();
    });
  },
});

const gateway = { received: [] as { contentType: string | undefined; body: unknown }[], status: 200 };
const smsGateway = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => { body += c.toString('utf8'); });
  req.on('end', () => {
    gateway.received.push({ contentType: req.headers['content-type'], body: JSON.parse(body) });
    res.writeHead(gateway.status, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
});

const listenOn = (server: { listen(port: number, host: string, cb: () => void): unknown }, address: () => AddressInfo) =>
  new Promise<number>((resolve) => { server.listen(0, '127.0.0.1', () => resolve(address().port)); });

// ------------------------------------------------------------------ the town

let t: TestApp;
let mother: TestCitizen; // 林秀兰 delegates to her son
let son: TestCitizen; // 林强 has a phone on record and asks for e-mail and SMS
let stranger: TestCitizen;
let b: { mother: Browser; son: Browser; stranger: Browser };
const SON_PHONE = '13912345678';
const SON_EMAIL = 'lin.qiang@example.cn';

const db = () => t.tongban.platform.database.db;
const runDue = () => t.tongban.runner.runDue();
const count = (table: string) => t.count(table);
const inboxOf = async (browser: Browser, query = '') => {
  const res = await browser.request({ method: 'GET', url: `/api/v1/inbox${query}` });
  expect(res.statusCode).toBe(200);
  return res.json<InboxMessageView[]>();
};
const deliveriesOf = (messageId: string) => db().select().from(deliveries).where(eq(deliveries.messageId, messageId));
const deliveryOf = async (messageId: string, channel: 'email' | 'sms') =>
  (await db().select().from(deliveries).where(and(eq(deliveries.messageId, messageId), eq(deliveries.channel, channel))))[0]!;

beforeAll(async () => {
  const [smtpPort, smsPort] = await Promise.all([
    listenOn(smtp, () => smtp.server.address() as AddressInfo), listenOn(smsGateway, () => smsGateway.address() as AddressInfo)]);
  t = await startTestApp({ env: {
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, SMS_WEBHOOK_URL: `http://127.0.0.1:${smsPort}/sms`,
    SESSION_IDLE_MINUTES: '1440', SESSION_MAX_HOURS: '720', // the clock moves through retries
  } });
  mother = await makeCitizen(t, { name: '林秀兰', birth: '19460302' });
  const idNumber = makeIdNumber('19750811');
  const registered = await registerCitizen(t.system, { name: '林强', idNumber, phone: SON_PHONE, password: PASSWORD });
  son = { ...registered, idNumber, actor: actorFor(registered.account, registered.person.id) };
  stranger = await makeCitizen(t, { name: '路人甲' });
  await runDue(); // the welcome messages
  b = { mother: await signInBrowser(t, mother.idNumber), son: await signInBrowser(t, son.idNumber), stranger: await signInBrowser(t, stranger.idNumber) };
});
afterAll(async () => {
  await t?.close();
  await new Promise((resolve) => smtp.close(() => resolve(undefined)));
  await new Promise((resolve) => smsGateway.close(resolve));
});

describe('the inbox', () => {
  it('a new citizen finds a welcome, in Chinese and English, and nothing was sent anywhere else', async () => {
    const inbox = await inboxOf(b.son);
    expect(inbox).toEqual([expect.objectContaining({ template: 'account.welcome', readAt: null,
      title: { zh: '欢迎使用通办', en: 'Welcome to Tongban' }, body: { zh: expect.stringContaining('林强，您好'), en: expect.stringContaining('Hello 林强') } })]);
    expect((await b.son.request({ method: 'GET', url: '/api/v1/inbox/unread-count' })).json()).toEqual({ unread: 1 });
    expect(mailbox.received).toEqual([]);
    expect(gateway.received).toEqual([]);
  });

  it('staff accounts belong to no person: no welcome, an empty inbox, no preferences to set', async () => {
    const before = await count('inbox_messages');
    const { account } = await makeStaff(t, [{ role: 'platform_admin' }], 'notifyops');
    await runDue();
    expect(await count('inbox_messages')).toBe(before);
    const staff = await signInBrowser(t, account.username!);
    expect(await inboxOf(staff)).toEqual([]);
    expect((await staff.request({ method: 'GET', url: '/api/v1/me/notification-preferences' })).statusCode).toBe(403);
  });

  it('is for signed-in people only', async () => {
    expect((await t.tongban.http.inject({ method: 'GET', url: '/api/v1/inbox' })).statusCode).toBe(401);
  });
});

describe('preferences', () => {
  const put = (browser: Browser, payload: Record<string, unknown>) =>
    browser.request({ method: 'PUT', url: '/api/v1/me/notification-preferences', payload });

  it('start as inbox only, in Chinese, and show where text messages would go', async () => {
    const res = await b.son.request({ method: 'GET', url: '/api/v1/me/notification-preferences' });
    expect(res.json()).toEqual({ email: null, emailEnabled: false, smsEnabled: false, language: 'zh', phoneMasked: '139****5678',
      available: { email: true, sms: true } });
  });

  it('the son turns on e-mail and SMS; the address is stored encrypted and the change is audited without it', async () => {
    const res = await put(b.son, { email: `  ${SON_EMAIL.replace('example.cn', 'EXAMPLE.cn')} `, emailEnabled: true, smsEnabled: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ email: SON_EMAIL, emailEnabled: true, smsEnabled: true, language: 'zh' });
    const stored = JSON.stringify(await queryRows(db(), sql`SELECT * FROM notification_preferences`));
    expect(stored).not.toContain('lin.qiang');
    const audit = await queryRows<{ action: string; details: unknown }>(db(),
      sql`SELECT action, details FROM audit_log WHERE action = 'notification_preferences.updated' AND subject_id = ${son.person.id}`);
    expect(audit).toEqual([{ action: 'notification_preferences.updated',
      details: { changed: ['email', 'emailEnabled', 'smsEnabled'], emailEnabled: true, smsEnabled: true, language: 'zh' } }]);
    expect(JSON.stringify(audit)).not.toContain('lin.qiang');
  });

  it('each mistake names its field in Chinese and English, and changes nothing', async () => {
    const before = { prefs: await count('notification_preferences'), audit: await count('audit_log') };
    const cases: [Browser, Record<string, unknown>, number, string, string][] = [
      [b.stranger, { email: 'not-an-address', language: 'en' }, 422, 'notify.email_invalid', '/email'],
      [b.stranger, { email: 'a@b', emailEnabled: true }, 422, 'notify.email_invalid', '/email'],
      [b.stranger, { emailEnabled: true, language: 'en' }, 422, 'notify.email_missing', '/emailEnabled'],
      [b.stranger, { smsEnabled: true }, 422, 'notify.phone_missing', '/smsEnabled'], // no phone on record
      [b.son, { email: null, emailEnabled: true }, 422, 'notify.email_missing', '/emailEnabled'],
      [b.son, { language: 'fr' }, 400, 'platform.invalid_request', '/language'],
      [b.son, { emailEnabled: 'yes' }, 400, 'platform.invalid_request', '/emailEnabled'],
      [b.son, { phone: '13800000000' }, 400, 'platform.invalid_request', '/phone'],
      [b.son, {}, 400, 'platform.invalid_request', ''],
    ];
    for (const [browser, payload, status, code, field] of cases) {
      const res = await put(browser, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      const error = res.json().error;
      expect(error).toMatchObject({ code, field });
      expect(error.message.zh.length).toBeGreaterThan(0);
      expect(error.message.en.length).toBeGreaterThan(0);
    }
    expect(await count('notification_preferences')).toBe(before.prefs);
    expect(await count('audit_log')).toBe(before.audit);
    expect((await b.stranger.request({ method: 'GET', url: '/api/v1/me/notification-preferences' })).json()).toMatchObject({ email: null, language: 'zh' });
    expect((await b.son.request({ method: 'GET', url: '/api/v1/me/notification-preferences' })).json()).toMatchObject({ email: SON_EMAIL, emailEnabled: true });
  });

  it('removing the address turns e-mail off', async () => {
    const res = await put(b.mother, { email: 'xiulan@example.cn', emailEnabled: true });
    expect(res.json()).toMatchObject({ email: 'xiulan@example.cn', emailEnabled: true, phoneMasked: null });
    expect((await put(b.mother, { email: null })).json()).toMatchObject({ email: null, emailEnabled: false });
  });
});

describe('a delegation (帮办代办) reaches the agent', () => {
  let messageId: string;
  let delegationId: string;

  it('granting puts a bilingual message in the agent\'s inbox, in the same run as the event', async () => {
    t.clock.advance(minutes(5)); // newest first: later than the welcome
    ({ id: delegationId } = await grantDelegation(t.ctxFor(mother.actor), { agentIdNumber: son.idNumber, agentName: '林强', scopes: ['applications.submit'],
      validUntil: '2026-04-01T00:30:00+08:00' })); // just after midnight in Beijing: still 1 April, not 31 March
    expect(await inboxOf(b.son)).toHaveLength(1); // the message follows the event, not the request
    await runDue();
    const [message] = await inboxOf(b.son);
    expect(message).toMatchObject({ template: 'delegation.granted', link: '/delegations', readAt: null,
      title: { zh: '您获得了一项代办授权', en: 'You may now act for 林秀兰' },
      body: { zh: '林秀兰 授权您代其办理政务服务事项，有效期至 2026年4月1日。授权范围可在“代办授权”中查看，您也可以在那里谢绝。',
        en: '林秀兰 has authorised you to act for them until 1 April 2026. See what you may do under Delegations, where you can also decline.' } });
    messageId = message!.id;
    expect((await deliveriesOf(messageId)).map((d) => [d.channel, d.status]).sort()).toEqual([['email', 'pending'], ['sms', 'pending']]);
    expect(mailbox.received).toEqual([]);
  });

  it('the next run sends the e-mail, Chinese first with English below, to the agent\'s address', async () => {
    await runDue();
    expect(mailbox.received).toHaveLength(1);
    const mail = mailbox.received[0]!;
    expect(mail.to).toEqual([SON_EMAIL]);
    expect(mail.from).toBe('noreply@tongban.localhost');
    expect(mail.subject).toBe('您获得了一项代办授权');
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    const zh = mail.text.indexOf('林秀兰 授权您代其办理政务服务事项');
    const en = mail.text.indexOf('林秀兰 has authorised you to act for them until 1 April 2026');
    expect(zh).toBeGreaterThanOrEqual(0);
    expect(en).toBeGreaterThan(zh);
    expect(await deliveryOf(messageId, 'email')).toMatchObject({ status: 'sent', attempts: 1, lastError: null, sentAt: t.clock.now() });
  });

  it('and the SMS gateway receives {to, text} with the agent\'s phone, as JSON', async () => {
    expect(gateway.received).toEqual([{ contentType: 'application/json',
      body: { to: SON_PHONE, text: '【通办】林秀兰 授权您代其办理政务服务事项，有效期至 2026年4月1日。授权范围可在“代办授权”中查看，您也可以在那里谢绝。' } }]);
    expect(await deliveryOf(messageId, 'sms')).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('the same event delivered again makes no second message and sends nothing again', async () => {
    const [job] = await db().select().from(jobs).where(eq(jobs.name, 'notify.on-delegation-granted'));
    const handler = t.tongban.platform.jobs.get(job!.name)!;
    const before = { messages: await count('inbox_messages'), deliveries: await count('notification_deliveries'), jobs: await count('jobs') };
    await withTransaction(t.system, (tx) => handler.handle(tx, job!.payload)); // as the outbox would, at least once
    await withTransaction(t.system, (tx) => handler.handle(tx, job!.payload));
    expect(await runDue()).toBe(0);
    expect({ messages: await count('inbox_messages'), deliveries: await count('notification_deliveries'), jobs: await count('jobs') }).toEqual(before);
    expect(mailbox.received).toHaveLength(1);
    expect(gateway.received).toHaveLength(1);
  });

  it('after he switches to English, the end of the delegation reaches him in English first', async () => {
    await b.son.request({ method: 'PUT', url: '/api/v1/me/notification-preferences', payload: { language: 'en' } });
    t.clock.advance(minutes(5));
    await revokeDelegation(t.ctxFor(mother.actor), delegationId);
    await runDue();
    await runDue();
    const mail = mailbox.received.at(-1)!;
    expect(mail.subject).toBe('An authorisation has ended');
    expect(mail.text.indexOf('Your authorisation to act for 林秀兰 has ended')).toBeLessThan(mail.text.indexOf('您代 林秀兰 办事的授权已终止'));
    expect(gateway.received.at(-1)!.body).toEqual({ to: SON_PHONE, text: '[Tongban] Your authorisation to act for 林秀兰 has ended; you can no longer act on their behalf.' });
    expect((await inboxOf(b.son))[0]).toMatchObject({ template: 'delegation.revoked', title: { zh: '代办授权已终止', en: 'An authorisation has ended' } });
  });
});

describe('an enterprise agent (经办人) is told', () => {
  it('which enterprise authorised them, until when', async () => {
    t.clock.advance(minutes(5));
    const enterprise = await createEnterprise(t.system, { creditCode: syntheticCreditCode(new SeededRandom(11), '339902'), name: '示范林氏贸易有限公司',
      regionCode: '339902', legalRepresentativeIdNumber: mother.idNumber });
    await authorizeAgent(t.ctxFor(mother.actor), enterprise.id, { idNumber: stranger.idNumber, name: '路人甲', scopes: ['applications.submit'],
      validUntil: '2026-12-31T18:00:00+08:00' });
    await runDue();
    expect((await inboxOf(b.stranger))[0]).toMatchObject({ template: 'enterprise_agent.authorized', link: '/enterprises',
      title: { zh: '您已成为企业经办人', en: 'You are now an agent of 示范林氏贸易有限公司' },
      body: { zh: '示范林氏贸易有限公司 授权您作为经办人代表企业办理政务服务事项，有效期至 2026年12月31日。' } });
  });
});

describe('when a channel fails', () => {
  it('a mail server that refuses is retried with back-off, and finally the delivery is failed with the server\'s answer', async () => {
    mailbox.refuseRecipients = true;
    const mailsBefore = mailbox.received.length;
    const { messageId } = await notify(t.system, { personId: son.person.id, template: 'application.submitted',
      params: { itemName: { zh: '个体工商户登记', en: 'Sole trader registration' }, applicationNo: 'SB-2026-000042' }, link: '/cases/42' });
    await runDue(); // first attempt of both copies: the SMS goes, the e-mail is refused
    expect(await deliveryOf(messageId, 'sms')).toMatchObject({ status: 'sent' });
    let email = await deliveryOf(messageId, 'email');
    expect(email).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringContaining('450') });
    expect(email.lastError).not.toContain(SON_EMAIL);
    for (let attempt = 2; attempt <= MAX_DELIVERY_ATTEMPTS; attempt += 1) {
      t.clock.advance(backoffMs(attempt - 1) - 1);
      expect(await runDue(), `attempt ${attempt} waits for its back-off`).toBe(0);
      t.clock.advance(1);
      expect(await runDue()).toBe(1);
      email = await deliveryOf(messageId, 'email');
      expect(email).toMatchObject({ attempts: attempt, status: attempt < MAX_DELIVERY_ATTEMPTS ? 'pending' : 'failed' });
    }
    expect(email.lastError).toMatch(/450.*Mailbox busy/);
    t.clock.advance(backoffMs(MAX_DELIVERY_ATTEMPTS) * 10);
    expect(await runDue()).toBe(0); // given up: nothing more is tried
    expect(mailbox.received).toHaveLength(mailsBefore);
    const logs = t.logs.join('');
    expect(logs).toContain('notification delivery failed');
    expect(logs).not.toContain(SON_EMAIL);
    expect(logs).not.toContain(SON_PHONE);
    mailbox.refuseRecipients = false;
  });

  it('an SMS gateway answering 503 is tried again, and the next success clears the error', async () => {
    await b.son.request({ method: 'PUT', url: '/api/v1/me/notification-preferences', payload: { emailEnabled: false, language: 'zh' } });
    gateway.status = 503;
    const { messageId, channels } = await notify(t.system, { personId: son.person.id, template: 'application.accepted',
      params: { itemName: { zh: '个体工商户登记', en: 'Sole trader registration' }, applicationNo: 'SB-2026-000042', dueDate: '2026-03-10' } });
    expect(channels).toEqual(['sms']);
    await runDue();
    expect(await deliveryOf(messageId, 'sms')).toMatchObject({ status: 'pending', attempts: 1, lastError: 'The SMS gateway answered HTTP 503' });
    gateway.status = 200;
    t.clock.advance(backoffMs(1));
    expect(await runDue()).toBe(1);
    expect(await deliveryOf(messageId, 'sms')).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    expect(gateway.received.at(-1)!.body).toEqual({ to: SON_PHONE,
      text: '【通办】您申请的“个体工商户登记”（办件编号 SB-2026-000042）已受理，承诺于 2026年3月10日 前办结。' });
  });

  it('a copy queued before the person turned the channel off is not sent', async () => {
    const { messageId } = await notify(t.system, { personId: son.person.id, template: 'application.approved',
      params: { itemName: '个体工商户登记', applicationNo: 'SB-2026-000042' } });
    await b.son.request({ method: 'PUT', url: '/api/v1/me/notification-preferences', payload: { smsEnabled: false } });
    const sent = gateway.received.length;
    await runDue();
    expect(await deliveryOf(messageId, 'sms')).toMatchObject({ status: 'failed', attempts: 1, lastError: expect.stringContaining('turned text messages off') });
    expect(gateway.received).toHaveLength(sent);
  });
});

describe('whose messages', () => {
  it('nobody can read or mark another person\'s message: it does not exist for them', async () => {
    const [sons] = await inboxOf(b.son);
    expect((await inboxOf(b.stranger)).map((m) => m.id)).not.toContain(sons!.id);
    const res = await b.stranger.request({ method: 'POST', url: `/api/v1/inbox/${sons!.id}/read` });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('platform.not_found');
    expect((await b.stranger.request({ method: 'GET', url: `/api/v1/inbox?before=${sons!.id}` })).json().error).toMatchObject({ field: 'query:/before' });
    expect((await inboxOf(b.son))[0]!.readAt).toBeNull();
    expect((await b.son.request({ method: 'POST', url: '/api/v1/inbox/00000000-0000-4000-8000-000000000000/read' })).statusCode).toBe(404);
    expect((await b.son.request({ method: 'POST', url: '/api/v1/inbox/not-a-uuid/read' })).json().error.field).toBe('params:/id');
  });

  it('the owner marks a message read, once; the unread count and filter follow', async () => {
    const unread = (await b.son.request({ method: 'GET', url: '/api/v1/inbox/unread-count' })).json().unread as number;
    const [newest] = await inboxOf(b.son);
    const res = await b.son.request({ method: 'POST', url: `/api/v1/inbox/${newest!.id}/read` });
    expect(res.json()).toMatchObject({ id: newest!.id, readAt: t.clock.now().toISOString() });
    t.clock.advance(60_000);
    expect((await b.son.request({ method: 'POST', url: `/api/v1/inbox/${newest!.id}/read` })).json().readAt).toBe(res.json().readAt);
    expect((await b.son.request({ method: 'GET', url: '/api/v1/inbox/unread-count' })).json()).toEqual({ unread: unread - 1 });
    expect((await inboxOf(b.son, '?unreadOnly=true')).map((m) => m.id)).not.toContain(newest!.id);
  });

  it('pages through older messages without skipping or repeating one', async () => {
    const all = await inboxOf(b.son, '?limit=100');
    expect(all.length).toBeGreaterThan(3);
    const seen: string[] = [];
    let before = '';
    for (;;) {
      const page = await inboxOf(b.son, `?limit=2${before ? `&before=${before}` : ''}`);
      if (page.length === 0) break;
      seen.push(...page.map((m) => m.id));
      before = page.at(-1)!.id;
    }
    expect(seen).toEqual(all.map((m) => m.id));
  });
});

describe('refusals leave nothing behind', () => {
  it('a template param left out is a programming error: it throws and nothing is written', async () => {
    const before = { messages: await count('inbox_messages'), jobs: await count('jobs') };
    await expect(notify(t.system, { personId: son.person.id, template: 'application.rejected', params: { itemName: 'x', applicationNo: 'y' } }))
      .rejects.toThrow('application.rejected needs the param {reason}');
    await expect(notify(t.system, { personId: son.person.id, template: 'application.approved', params: { itemName: 'x', applicationNo: 'y' }, link: 'https://evil.example' }))
      .rejects.toThrow('link must be a path');
    expect({ messages: await count('inbox_messages'), jobs: await count('jobs') }).toEqual(before);
  });

  it('a message written in a transaction that then fails never arrives, nor do its copies', async () => {
    await b.son.request({ method: 'PUT', url: '/api/v1/me/notification-preferences', payload: { emailEnabled: true } });
    const before = { messages: await count('inbox_messages'), deliveries: await count('notification_deliveries'), jobs: await count('jobs') };
    await expect(withTransaction(t.system, async (tx) => {
      const { channels } = await notify(tx, { personId: son.person.id, template: 'application.completed', params: { itemName: 'x', applicationNo: 'y' } });
      expect(channels).toEqual(['email']);
      throw new Error('the decision failed to save');
    })).rejects.toThrow('the decision failed to save');
    expect({ messages: await count('inbox_messages'), deliveries: await count('notification_deliveries'), jobs: await count('jobs') }).toEqual(before);
    expect(await db().select().from(inboxMessages).where(eq(inboxMessages.template, 'application.completed'))).toEqual([]);
  });
});
