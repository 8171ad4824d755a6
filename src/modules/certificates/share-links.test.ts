// Sharing from a phone (issue 14): the QR code carries a short link a phone scans (the verify page with a share
// code), not the 1.8 KB token; the verifier fetches the presentation by the code and checks it like any token,
// independently; the holder withdraws a share and it ends at its time; identifiers are never ticked by default;
// the wallet tells two certificates of one type apart; the PDF has the QR code and the token.
import net from 'node:net';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo } from '../../demo/seed.js';
import { minutes } from '../../platform/clock.js';
import { signInBrowser, type Browser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { createVerifier } from './verifier.js';

let t: TestApp;
let base: string;
let holder: Browser;
let stranger: Browser;

beforeAll(async () => {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  base = `http://127.0.0.1:${port}`;
  t = await startTestApp({ now: '2026-03-02T02:00:00Z', env: { PUBLIC_URL: base, SIGNIN_RATE_LIMIT: '10000', SESSION_IDLE_MINUTES: '1440' } });
  await seedDemo(t.system);
  await t.tongban.http.listen({ host: '127.0.0.1', port });
  holder = await signInBrowser(t, DEMO_PEOPLE.wangfang.idNumber, DEMO_PASSWORD);
  stranger = await signInBrowser(t, DEMO_PEOPLE.lisi.idNumber, DEMO_PASSWORD);
});
afterAll(() => t.close());

interface Claim { name: string; value: unknown; sensitive: boolean }
interface Certificate { id: string; type: string; subjectName: string | null; claims: Claim[] }
interface Share { id: string; code: string; link: string; qrSvg: string; presentation: string }

const idCard = async () => ((await holder.request({ method: 'GET', url: '/api/v1/certificates?type=resident-id-card' })).json() as Certificate[])[0]!;
const share = async (id: string, claims = ['name']) => {
  const res = await holder.request({ method: 'POST', url: `/api/v1/certificates/${id}/shares`, payload: { claims, verifier: '示范银行', validMinutes: 30 } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Share;
};
const fetchShare = (code: string) => t.tongban.http.inject({ method: 'GET', url: `/api/v1/shares/${code}` });

describe('share links a phone can scan', () => {
  it('puts a short link in a small QR code, and the verifier fetches the token from it and checks it independently', async () => {
    const card = await idCard();
    const shared = await share(card.id, ['name', 'idNumber']);
    expect(shared.link).toBe(`${base}/verify#s=${shared.code}`);
    expect(shared.link.length).toBeLessThan(80);
    const qr = QRCode.create(shared.link, { errorCorrectionLevel: 'M' });
    expect(qr.version).toBeLessThanOrEqual(6);
    expect(qr.modules.size).toBeLessThanOrEqual(41);
    // What the QR code carried before: the token itself, far past what a phone camera reads off a screen.
    expect(QRCode.create(`${base}/verify#vp=${shared.presentation}`, { errorCorrectionLevel: 'L' }).modules.size).toBeGreaterThan(100);
    expect(shared.qrSvg).toContain(`viewBox="0 0 ${qr.modules.size + 4} ${qr.modules.size + 4}"`); // the SVG the wallet shows is this small code

    const fetched = await fetchShare(shared.code);
    expect(fetched.statusCode, fetched.body).toBe(200);
    expect(fetched.json()).toMatchObject({ presentation: shared.presentation, verifier: '示范银行' });
    expect((await fetchShare(shared.code.toLowerCase())).statusCode).toBe(200); // typed from paper in lower case
    // A verifier that knows nothing of Tongban but its address checks the fetched token over HTTP.
    const verdict = await createVerifier({ trustedIssuers: (iss) => iss.startsWith(`${base}/issuers/`), now: () => t.clock.now(), audience: '示范银行' })
      .verify(fetched.json().presentation);
    expect(verdict).toMatchObject({ valid: true, disclosed: { name: DEMO_PEOPLE.wangfang.name, idNumber: DEMO_PEOPLE.wangfang.idNumber } });
    const api = await t.tongban.http.inject({ method: 'POST', url: '/api/v1/verify', payload: { token: fetched.json().presentation } });
    expect(api.json()).toMatchObject({ valid: true, sharedWith: '示范银行' });

    expect((await fetchShare('ABCDEFGHJKMN')).statusCode).toBe(404);
    expect((await fetchShare('not-a-code')).statusCode).toBe(400);
  });

  it('lets the holder withdraw a share: the link fetches nothing and the verify API refuses the token; others cannot', async () => {
    const card = await idCard();
    const shared = await share(card.id);
    const revoke = (who: Browser) => who.request({ method: 'POST', url: `/api/v1/certificates/${card.id}/shares/${shared.id}/revoke` });
    expect((await revoke(stranger)).statusCode).toBe(404);
    expect((await fetchShare(shared.code)).statusCode).toBe(200);
    const withdrawn = await revoke(holder);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().revokedAt).toEqual(expect.any(String));
    const gone = await fetchShare(shared.code);
    expect(gone.statusCode).toBe(410);
    expect(gone.json().error).toMatchObject({ code: 'certificates.share_revoked' });
    const api = await t.tongban.http.inject({ method: 'POST', url: '/api/v1/verify', payload: { token: shared.presentation } });
    expect(api.json()).toMatchObject({ valid: false, reason: 'share_withdrawn' });
    const listed = (await holder.request({ method: 'GET', url: `/api/v1/certificates/${card.id}/shares` })).json() as { id: string; revokedAt: string | null }[];
    expect(listed.find((s) => s.id === shared.id)?.revokedAt).toEqual(expect.any(String));
  });

  it('ends a share at its time', async () => {
    const shared = await share((await idCard()).id);
    t.clock.advance(minutes(31));
    const gone = await fetchShare(shared.code);
    expect(gone.statusCode).toBe(410);
    expect(gone.json().error).toMatchObject({ code: 'certificates.share_expired' });
  });
});

describe('the wallet on a phone', () => {
  it('marks identifiers, birth dates and addresses sensitive (never ticked by default) and names whom each certificate is about', async () => {
    const wallet = (await holder.request({ method: 'GET', url: '/api/v1/certificates' })).json() as Certificate[];
    const card = wallet.find((c) => c.type === 'resident-id-card')!;
    expect(Object.fromEntries(card.claims.map((c) => [c.name, c.sensitive]))).toEqual({ name: false, idNumber: true, birthDate: true, issuedOn: false });
    const marriage = wallet.find((c) => c.type === 'marriage-certificate')!;
    expect(marriage.claims.filter((c) => c.sensitive).map((c) => c.name).sort()).toEqual(['holderIdNumber', 'spouseIdNumber']);
    for (const c of wallet) expect(c.subjectName, c.type).toBe(DEMO_PEOPLE.wangfang.name);
  });

  it('downloads a share as a PDF with its QR code and token', async () => {
    const card = await idCard();
    const shared = await share(card.id);
    const res = await holder.request({ method: 'GET', url: `/api/v1/certificates/${card.id}/shares/${shared.id}/pdf` });
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="resident-id-card-2026-03-02\.pdf"/);
    const bytes = res.rawPayload;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toContain('居民身份证');
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
    // The Chinese font is embedded (a subset), not assumed on the reader's phone or printer.
    const fonts = doc.context.enumerateIndirectObjects().filter(([, o]) => o instanceof PDFDict && o.has(PDFName.of('FontFile2')));
    expect(fonts.length).toBe(1);
    expect((await stranger.request({ method: 'GET', url: `/api/v1/certificates/${card.id}/shares/${shared.id}/pdf` })).statusCode).toBe(404);
  });
});
