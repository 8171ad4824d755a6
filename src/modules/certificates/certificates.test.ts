// 电子证照 end to end: a completed case signs a certificate into the holder's wallet; the holder shows chosen
// claims to one verifier for a while; an independent verifier, with nothing but the published JWKS and status list
// fetched over real HTTP, accepts it and refuses every tampered, expired, revoked or misdirected variant.
import net from 'node:net';
import { digest, generateSalt } from '@sd-jwt/crypto-nodejs';
import { SDJwtVcInstance } from '@sd-jwt/sd-jwt-vc';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo, seedDemoCatalog } from '../../demo/seed.js';
import { days, minutes } from '../../platform/clock.js';
import { activeSigningKey } from '../../platform/signing-keys.js';
import { expectFieldError } from '../../test/expect.js';
import { signInBrowser, type Browser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { createVerifier, memoryCache } from './verifier.js';

let t: TestApp;
let base: string;
let b: Record<'mother' | 'father' | 'wjw' | 'gaj' | 'admin', Browser>;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  t = await startTestApp({ now: '2026-03-02T02:00:00Z', env: { PUBLIC_URL: base, SIGNIN_RATE_LIMIT: '10000' } });
  await seedDemo(t.system);
  await seedDemoCatalog(t.system);
  await t.tongban.http.listen({ host: '127.0.0.1', port });
  b = {
    mother: await signInBrowser(t, DEMO_PEOPLE.wangfang.idNumber, DEMO_PASSWORD), father: await signInBrowser(t, DEMO_PEOPLE.zhangsan.idNumber, DEMO_PASSWORD),
    wjw: await signInBrowser(t, 'reviewer.wjw', DEMO_PASSWORD), gaj: await signInBrowser(t, 'reviewer.gaj', DEMO_PASSWORD), admin: await signInBrowser(t, 'admin', DEMO_PASSWORD),
  };
});
afterAll(() => t.close());

const child = { name: '张小宝', sex: 'male', birthDate: '2026-03-01', birthTime: '08:30', birthPlace: '示范市妇幼保健院' };

/** The mother applies for the birth certificate, the hospital approves, the certificate lands in her wallet. */
async function birthCertificate(): Promise<{ id: string; applicationId: string }> {
  const app = (await b.mother.request({ method: 'POST', url: '/api/v1/applications', payload: { itemCode: 'birth-medical-certificate-issuance', formData: { child } } })).json();
  const tasks = (await b.wjw.request({ method: 'GET', url: '/api/v1/tasks' })).json() as { id: string; application: { id: string } }[];
  const task = tasks.find((x) => x.application.id === app.id)!;
  expect((await b.wjw.request({ method: 'POST', url: `/api/v1/tasks/${task.id}/decision`, payload: { decision: 'approve', reason: '核对无误' } })).statusCode).toBe(200);
  const wallet = (await b.mother.request({ method: 'GET', url: '/api/v1/certificates?type=birth-medical-certificate' })).json() as { id: string; applicationId: string }[];
  const certificate = wallet.find((c) => c.applicationId === app.id)!;
  return { id: certificate.id, applicationId: app.id };
}

const share = (who: Browser, id: string, payload: Record<string, unknown>) => who.request({ method: 'POST', url: `/api/v1/certificates/${id}/shares`, payload });

/** A verifier that knows nothing of Tongban but its address: everything else comes over HTTP. */
const independentVerifier = (extra: Partial<Parameters<typeof createVerifier>[0]> = {}) =>
  createVerifier({ trustedIssuers: (iss) => iss.startsWith(`${base}/issuers/`), now: () => t.clock.now(), ...extra });

describe('electronic certificates', () => {
  it('signs the result of a completed case into the holder\'s wallet, every claim selectively disclosable', async () => {
    const { id, applicationId } = await birthCertificate();
    const view = (await b.mother.request({ method: 'GET', url: `/api/v1/certificates/${id}` })).json();
    expect(view).toMatchObject({ type: 'birth-medical-certificate', status: 'valid', typeName: { zh: '出生医学证明' }, issuer: { name: { zh: expect.stringContaining('卫生健康') } } });
    expect(Object.fromEntries(view.claims.map((c: { name: string; value: unknown }) => [c.name, c.value]))).toMatchObject({
      childName: '张小宝', birthDate: '2026-03-01', motherName: '王芳', motherIdNumber: DEMO_PEOPLE.wangfang.idNumber });
    const timeline = (await b.mother.request({ method: 'GET', url: `/api/v1/applications/${applicationId}/timeline` })).json() as { kind: string }[];
    expect(timeline.map((e) => e.kind)).toContain('certificate_issued');

    const credential = (await b.mother.request({ method: 'GET', url: `/api/v1/certificates/${id}/credential` })).body;
    const issuerJwt = decodeJwt(credential.split('~')[0]!);
    expect(issuerJwt).toMatchObject({ iss: expect.stringMatching(`^${base}/issuers/`), vct: `${base}/certificate-types/birth-medical-certificate`, status: { status_list: { uri: expect.stringMatching(`^${base}/status-lists/`) } } });
    expect(JSON.stringify(issuerJwt)).not.toContain('张小宝'); // only digests in the signed part: the claims travel as disclosures
    expect((await b.father.request({ method: 'GET', url: `/api/v1/certificates/${id}` })).statusCode).toBe(404);
  });

  it('lets an independent verifier accept a share over HTTP, then again offline from its cache', async () => {
    const { id } = await birthCertificate();
    const res = await share(b.mother, id, { claims: ['childName', 'birthDate'], verifier: '示范银行', validMinutes: 30 });
    expect(res.statusCode).toBe(201);
    const shared = res.json();
    expect(shared.link).toBe(`${base}/verify#vp=${shared.presentation}`);
    expect(shared.qrSvg).toMatch(/^<svg/);

    const cache = memoryCache();
    const online = await independentVerifier({ cache, audience: '示范银行' }).verify(shared.presentation);
    expect(online).toMatchObject({ valid: true, disclosed: { childName: '张小宝', birthDate: '2026-03-01' }, sharedWith: '示范银行', issuerName: { zh: expect.any(String) } });
    expect(Object.keys((online as { disclosed: object }).disclosed).sort()).toEqual(['birthDate', 'childName']);

    const offline = independentVerifier({ cache, offline: true, fetch: () => Promise.reject(new Error('no network')) });
    expect(await offline.verify(shared.presentation)).toMatchObject({ valid: true });
    expect(await independentVerifier({ offline: true }).verify(shared.presentation)).toMatchObject({ valid: false, reason: 'issuer_unknown' });
  });

  it('refuses every tampered, truncated, misdirected and forged variant, saying why', async () => {
    const { id } = await birthCertificate();
    const { presentation } = (await share(b.mother, id, { claims: ['childName'], verifier: '示范酒店', validMinutes: 10 })).json();
    const verifier = independentVerifier();
    const [jwt, ...rest] = presentation.split('~') as string[];
    const [header, payload, signature] = jwt!.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());

    const reasons = async (token: string) => ((await verifier.verify(token)) as { reason?: string }).reason;
    const reSigned = `${header}.${Buffer.from(JSON.stringify({ ...claims, iat: claims.iat - 1 })).toString('base64url')}.${signature}`;
    expect(await reasons([reSigned, ...rest].join('~'))).toBe('signature');
    const forgedDisclosure = Buffer.from(JSON.stringify([generateSalt(16), 'childName', '李鬼'])).toString('base64url');
    expect(await reasons([jwt, forgedDisclosure, rest.at(-1)].join('~'))).toBe('tampered');
    expect(await reasons(`${[jwt, ...rest.slice(0, -1)].join('~')}~`)).toBe('holder_binding'); // the holder's proof cut off
    expect(await reasons(presentation.slice(0, 40))).toBe('malformed');
    expect(await reasons('not a token at all')).toBe('malformed');
    expect(((await independentVerifier({ audience: '示范银行' }).verify(presentation)) as { reason: string }).reason).toBe('wrong_audience');
    expect(((await createVerifier({ trustedIssuers: () => false }).verify(presentation)) as { reason: string }).reason).toBe('issuer_unknown');

    // A credential made by someone holding another key, claiming to be the hospital.
    const other = await activeSigningKey(t.system, '00000000-0000-4000-8000-000000000001');
    const forger = new SDJwtVcInstance({ hasher: digest, saltGenerator: generateSalt, signer: other.sign, signAlg: 'ES256' });
    const forged = await forger.issue({ iss: claims.iss, vct: claims.vct, iat: claims.iat, childName: '李鬼' } as never, { _sd: ['childName'] } as never,
      { header: { kid: JSON.parse(Buffer.from(header!, 'base64url').toString()).kid } });
    expect(((await independentVerifier({ allowUnbound: true }).verify(forged)) as { reason: string }).reason).toBe('signature');

    t.clock.advance(minutes(11));
    expect(await reasons(presentation)).toBe('share_expired');
  });

  it('shows a revocation to every verifier at once, and suspension until reinstated', async () => {
    const { id } = await birthCertificate();
    const { presentation } = (await share(b.mother, id, { claims: ['childName'], verifier: '示范银行', validMinutes: 60 })).json();
    const cache = memoryCache();
    expect(await independentVerifier({ cache }).verify(presentation)).toMatchObject({ valid: true });

    const status = (who: Browser, action: string) => who.request({ method: 'POST', url: `/api/v1/certificates/${id}/status`, payload: { action, reason: '信息有误，重新签发' } });
    expect((await status(b.gaj, 'suspend')).statusCode).toBe(403); // not the issuing department
    expect((await status(b.wjw, 'suspend')).json()).toMatchObject({ status: 'suspended' });
    expect(await independentVerifier({ cache }).verify(presentation)).toMatchObject({ valid: false, reason: 'suspended' });
    expect((await status(b.wjw, 'reinstate')).json()).toMatchObject({ status: 'valid' });
    expect(await independentVerifier({ cache }).verify(presentation)).toMatchObject({ valid: true });
    expect((await status(b.wjw, 'revoke')).json()).toMatchObject({ status: 'revoked' });
    expect(await independentVerifier({ cache }).verify(presentation)).toMatchObject({ valid: false, reason: 'revoked' });
    expect((await status(b.wjw, 'reinstate')).statusCode).toBe(409); // revoked is for ever
    expect((await share(b.mother, id, { claims: ['childName'], verifier: '示范银行', validMinutes: 5 })).statusCode).toBe(409);
    expect((await b.mother.request({ method: 'GET', url: `/api/v1/certificates/${id}` })).json()).toMatchObject({ status: 'revoked' });
  });

  it('answers the public verify API with the reason in both languages and only the disclosed claims', async () => {
    const { id } = await birthCertificate();
    const { presentation } = (await share(b.mother, id, { claims: ['birthPlace'], verifier: '示范医院', validMinutes: 60 })).json();
    const verify = (token: string) => t.tongban.http.inject({ method: 'POST', url: '/api/v1/verify', payload: { token } });
    const ok = (await verify(presentation)).json();
    expect(ok).toMatchObject({ valid: true, type: 'birth-medical-certificate', typeName: { zh: '出生医学证明' }, disclosed: [{ name: 'birthPlace', label: { zh: '出生地点' }, value: '示范市妇幼保健院' }] });
    expect(JSON.stringify(ok)).not.toContain('王芳');
    const bad = (await verify(presentation.replace(/~[^~]+~/, '~'))).json();
    expect(bad).toMatchObject({ valid: false, reason: expect.any(String), message: { zh: expect.any(String), en: expect.any(String) } });
    expect((await t.tongban.http.inject({ method: 'POST', url: '/api/v1/verify', payload: { token: '' } })).statusCode).toBe(400);
    const asksMore = (await t.tongban.http.inject({ method: 'POST', url: '/api/v1/verify', payload: { token: presentation, requiredClaims: ['birthPlace', 'motherIdNumber'] } })).json();
    expect(asksMore).toMatchObject({ valid: false, reason: 'undisclosed', detail: expect.stringContaining('motherIdNumber') });
  });

  it('refuses shares of undisclosable claims, odd durations, and other people\'s certificates, storing nothing', async () => {
    const { id } = await birthCertificate();
    const before = await t.count('certificate_shares');
    expectFieldError(await share(b.mother, id, { claims: ['spouseName'], verifier: '银行', validMinutes: 5 }), 422, 'certificates.claim_absent', '/claims/0');
    expect((await share(b.mother, id, { claims: ['childName'], verifier: '银行', validMinutes: 0 })).statusCode).toBe(400);
    expect((await share(b.mother, id, { claims: ['childName'], verifier: '银行', validMinutes: 60 * 24 * 8 })).statusCode).toBe(400);
    expect((await share(b.father, id, { claims: ['childName'], verifier: '银行', validMinutes: 5 })).statusCode).toBe(404);
    expect(await t.count('certificate_shares')).toBe(before);
  });

  it('keeps certificates signed before a key rotation valid, and signs new ones with the new key', async () => {
    const { id } = await birthCertificate();
    const { presentation } = (await share(b.mother, id, { claims: ['childName'], verifier: '示范银行', validMinutes: 60 })).json();
    const issuerId = (await b.mother.request({ method: 'GET', url: `/api/v1/certificates/${id}` })).json().issuer.id;
    const rotated = (await b.admin.request({ method: 'POST', url: `/api/v1/admin/departments/${issuerId}/signing-keys/rotate` })).json();
    expect(rotated.retired).not.toBe(rotated.active);
    const jwks = (await fetch(`${base}/issuers/${issuerId}/jwks.json`).then((r) => r.json())) as { keys: { kid: string }[] };
    expect(jwks.keys.map((k) => k.kid)).toEqual(expect.arrayContaining([rotated.retired, rotated.active]));
    expect(await independentVerifier().verify(presentation)).toMatchObject({ valid: true });
    const next = await birthCertificate();
    const credential = (await b.mother.request({ method: 'GET', url: `/api/v1/certificates/${next.id}/credential` })).body;
    expect(JSON.parse(Buffer.from(credential.split('.')[0]!, 'base64url').toString()).kid).toBe(rotated.active);
    expect((await b.wjw.request({ method: 'POST', url: `/api/v1/admin/departments/${issuerId}/signing-keys/rotate` })).statusCode).toBe(403);
    t.clock.advance(days(1));
  });
});
