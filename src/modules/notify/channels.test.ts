// The channels on their own: configuration that names what is wrong, the SMS adapter's request, and e-mails
// that put the reader's language first.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../platform/config.js';
import { composeEmail, composeSms, sendSms } from './channels.js';

describe('configuration', () => {
  it('has no e-mail or SMS unless configured, and a default sender', () => {
    expect(loadConfig({})).toMatchObject({ smtpUrl: undefined, smsWebhookUrl: undefined, smtpFrom: 'Tongban <noreply@tongban.localhost>' });
    expect(loadConfig({ SMTP_URL: 'smtps://mailer:s3cret@mail.gov.example:465', SMTP_FROM: '东湖区政务服务中心 <noreply@dh.gov.example>',
      SMS_WEBHOOK_URL: 'https://sms-adapter.internal/send' })).toMatchObject({
      smtpUrl: 'smtps://mailer:s3cret@mail.gov.example:465', smtpFrom: '东湖区政务服务中心 <noreply@dh.gov.example>', smsWebhookUrl: 'https://sms-adapter.internal/send' });
  });

  it.each([
    ['SMTP_URL', 'http://mailer:s3cret@mail.gov.example', true],
    ['SMS_WEBHOOK_URL', 'ftp://user:s3cret@sms.example/', true],
    ['SMTP_FROM', 'nobody at all', false],
  ])('refuses a wrong %s, naming it and hiding secrets', (name, value, secret) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(`Invalid configuration: ${name}`);
    if (secret) expect((error as Error).message).not.toContain('s3cret');
  });
});

describe('composing', () => {
  const m = { titleZh: '申请已受理', titleEn: 'Application accepted', bodyZh: '中文正文', bodyEn: 'English body' };

  it('an e-mail has its subject in the reader\'s language, and that language first', () => {
    const en = composeEmail(m, 'en');
    expect(en.subject).toBe('Application accepted');
    expect(en.text.indexOf('English body')).toBeLessThan(en.text.indexOf('中文正文'));
    const zh = composeEmail(m, 'zh');
    expect(zh.subject).toBe('申请已受理');
    expect(zh.text.indexOf('中文正文')).toBeLessThan(zh.text.indexOf('English body'));
  });

  it('a text message is one language, signed', () => {
    expect(composeSms(m, 'zh')).toBe('【通办】中文正文');
    expect(composeSms(m, 'en')).toBe('[Tongban] English body');
  });
});

describe('the SMS adapter', () => {
  const seen: { authorization: string | undefined; url: string | undefined; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c.toString('utf8'); });
    req.on('end', () => {
      seen.push({ authorization: req.headers.authorization, url: req.url, body });
      res.writeHead(req.url === '/broken' ? 502 : 202).end();
    });
  });
  let base = '';
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => {
    base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    resolve();
  })));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('turns credentials in the URL into Basic authorisation, and takes any 2xx as sent', async () => {
    const config = loadConfig({ SMS_WEBHOOK_URL: `http://tongban:pa%20ss@${base}/send?channel=gov` });
    await sendSms(config, { to: '13912345678', text: '【通办】测试' });
    expect(seen.at(-1)).toEqual({ authorization: `Basic ${Buffer.from('tongban:pa ss').toString('base64')}`, url: '/send?channel=gov',
      body: JSON.stringify({ to: '13912345678', text: '【通办】测试' }) });
  });

  it('takes anything else as a failure', async () => {
    await expect(sendSms(loadConfig({ SMS_WEBHOOK_URL: `http://${base}/broken` }), { to: '13912345678', text: 'x' }))
      .rejects.toThrow('The SMS gateway answered HTTP 502');
  });
});
