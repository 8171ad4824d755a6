// 电子证照 end to end: a completed case signs a certificate into the holder's wallet; the holder shows chosen
// claims to one verifier for a while; an independent verifier, with nothing but the published JWKS and status list
// fetched over real HTTP, accepts it and refuses every tampered, expired, revoked or misdirected variant.
import crypto from 'node:crypto';
import net from 'node:net';
import { digest, generateSalt } from '@sd-jwt/crypto-nodejs';
import { SDJwtVcInstance } from '@sd-jwt/sd-jwt-vc';
import { eq, sql } from 'drizzle-orm';
import { decodeJwt, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CITY, DEMO_PASSWORD, DEMO_PEOPLE, seedDemo, seedDemoCatalog } from '../../demo/seed.js';
import { minutes } from '../../platform/clock.js';
import { queryRows } from '../../platform/db.js';
import { activeSigningKey } from '../../platform/signing-keys.js';
import { expectFieldError } from '../../test/expect.js';
import { signInBrowser, type Browser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { findDepartment } from '../directory/index.js';
import { personIdByIdNumber } from '../identity/index.js';
import { certificates } from './schema.js';
import { issueCertificate } from './service.js';
import { STATUS_LIST_RATE_LIMIT } from './routes.js';
import { createVerifier, memoryCache, sdHashOf } from './verifier.js';

let t: TestApp;
let base: string;
let b: Record<'mother' | 'father' | 'wjw' | 'gaj' | 'mzj' | 'admin' | 'adminGaj', Browser>;

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
  t = await startTestApp({ now: '2026-03-02T02:00:00Z', env: { PUBLIC_URL: base, SIGNIN_RATE_LIMIT: '10000', SESSION_IDLE_MINUTES: '1440', SESSION_MAX_HOURS: '720' } });
  await seedDemo(t.system);
  await seedDemoCatalog(t.system);
  await t.tongban.http.listen({ host: '127.0.0.1', port });
  b = {
    mother: await signInBrowser(t, DEMO_PEOPLE.wangfang.idNumber, DEMO_PASSWORD), father: await signInBrowser(t, DEMO_PEOPLE.zhangsan.idNumber, DEMO_PASSWORD),
    wjw: await signInBrowser(t, 'reviewer.wjw', DEMO_PASSWORD), gaj: await signInBrowser(t, 'reviewer.gaj', DEMO_PASSWORD), admin: await signInBrowser(t, 'admin', DEMO_PASSWORD),
    mzj: await signInBrowser(t, 'reviewer.mzj', DEMO_PASSWORD), adminGaj: await signInBrowser(t, 'admin.gaj', DEMO_PASSWORD),
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
    const other = await activeSigningKey(t.system, '00000000-0000-4000-8000-000000000001', 'certificate');
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
    expect((await status(b.gaj, 'suspend')).statusCode).toBe(404); // not the issuing department: it learns nothing
    expect((await status(b.mother, 'suspend')).statusCode).toBe(403); // the holder sees it, and may not
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
    const { rotations } = (await b.admin.request({ method: 'POST', url: `/api/v1/admin/departments/${issuerId}/signing-keys/rotate` })).json() as { rotations: { purpose: string; retired: string; active: string }[] };
    const rotated = rotations.find((r) => r.purpose === 'certificate')!;
    expect(rotated.retired).not.toBe(rotated.active);
    const jwks = (await fetch(`${base}/issuers/${issuerId}/jwks.json`).then((r) => r.json())) as { keys: { kid: string }[] };
    expect(jwks.keys.map((k) => k.kid)).toEqual(expect.arrayContaining([rotated.retired, rotated.active]));
    expect(await independentVerifier().verify(presentation)).toMatchObject({ valid: true });
    const next = await birthCertificate();
    const credential = (await b.mother.request({ method: 'GET', url: `/api/v1/certificates/${next.id}/credential` })).body;
    expect(JSON.parse(Buffer.from(credential.split('.')[0]!, 'base64url').toString()).kid).toBe(rotated.active);
    expect((await b.wjw.request({ method: 'POST', url: `/api/v1/admin/departments/${issuerId}/signing-keys/rotate` })).statusCode).toBe(403);
  });

  it('withdraws a revoked key at once: what it signed fails verification online, new certificates get a new key', async () => {
    const { id } = await birthCertificate();
    const { presentation } = (await share(b.mother, id, { claims: ['childName'], verifier: '示范银行', validMinutes: 60 })).json();
    const issuerId = (await b.mother.request({ method: 'GET', url: `/api/v1/certificates/${id}` })).json().issuer.id;
    const kid = JSON.parse(Buffer.from(presentation.split('.')[0]!, 'base64url').toString()).kid as string;
    const online = independentVerifier({ cache: memoryCache() });
    const kept = memoryCache(); // what a verifier that then goes offline holds
    for (const verifier of [online, independentVerifier({ cache: kept })]) expect(await verifier.verify(presentation)).toMatchObject({ valid: true });
    const keys = (await b.admin.request({ method: 'GET', url: `/api/v1/admin/departments/${issuerId}/signing-keys` })).json() as { kid: string; state: string }[];
    expect(keys.find((k) => k.kid === kid)).toMatchObject({ state: 'active' });
    expect(JSON.stringify(keys)).not.toMatch(/"d"|private/i);

    const revoke = (who: Browser, key: string) => who.request({ method: 'POST', url: `/api/v1/admin/departments/${issuerId}/signing-keys/${key}/revoke`, payload: { reason: '私钥疑似泄露' } });
    expect((await revoke(b.wjw, kid)).statusCode).toBe(403); // the issuing department's own staff cannot
    const revoked = await revoke(b.admin, kid);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ kid, state: 'revoked', revokedAt: expect.any(String) });
    expect((await revoke(b.admin, kid)).statusCode).toBe(404); // once

    const jwks = (await fetch(`${base}/issuers/${issuerId}/jwks.json`).then((r) => r.json())) as { keys: { kid: string }[] };
    expect(jwks.keys.map((k) => k.kid)).not.toContain(kid);
    expect(await verifyOverHttp(presentation)).toMatchObject({ valid: false, reason: 'signature' });
    expect(await online.verify(presentation)).toMatchObject({ valid: false, reason: 'signature' }); // its cached metadata does not save it
    // Offline, a verifier has only what it cached before the revocation: it cannot know until it is online again.
    expect(await independentVerifier({ cache: kept, offline: true }).verify(presentation)).toMatchObject({ valid: true });

    const next = await birthCertificate();
    const credential = (await b.mother.request({ method: 'GET', url: `/api/v1/certificates/${next.id}/credential` })).body;
    expect(JSON.parse(Buffer.from(credential.split('.')[0]!, 'base64url').toString()).kid).not.toBe(kid);
    const [audit] = await queryRows<{ details: Record<string, unknown> }>(t.system.db, sql`SELECT details FROM audit_log WHERE action = 'signing_key.revoked' ORDER BY seq DESC LIMIT 1`);
    expect(audit!.details).toMatchObject({ kid, purpose: 'certificate', reason: '私钥疑似泄露' });
  });
});

// ---------- a verifier that cannot be fooled (issue 13, item 1) ----------

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const verifyOverHttp = async (token: string, extra: Record<string, unknown> = {}) =>
  (await t.tongban.http.inject({ method: 'POST', url: '/api/v1/verify', payload: { token, ...extra } })).json() as { valid: boolean; reason?: string; message?: { zh: string; en: string } };

/** The wallet's key for a certificate: what only the holder's wallet can sign with. */
async function holderJwk(id: string): Promise<crypto.JsonWebKey> {
  const [row] = await t.system.db.select().from(certificates).where(eq(certificates.id, id));
  return JSON.parse(t.tongban.platform.keyring.decrypt(row!.holderKeyEnc, 'certificates.holder_key_enc')) as crypto.JsonWebKey;
}

/** A key-binding JWT over `presented` (the SD-JWT up to its last `~`), as a holder (or a forger) would make it. */
function proof(presented: string, key: crypto.JsonWebKey | null, payload: Record<string, unknown>, header: Record<string, unknown> = { alg: 'ES256', typ: 'kb+jwt' }): string {
  const data = `${b64(header)}.${b64({ sd_hash: sdHashOf(presented), ...payload })}`;
  const signature = key ? crypto.sign('sha256', Buffer.from(data), { key: crypto.createPrivateKey({ key, format: 'jwk' }), dsaEncoding: 'ieee-p1363' }).toString('base64url') : '';
  return `${presented}${data}.${signature}`;
}

describe('a verifier that cannot be fooled', () => {
  /** A fresh certificate of the mother's, shared with 示范银行 for 30 minutes; the share's parts for re-signing. */
  async function shared() {
    const { id } = await birthCertificate();
    const made = (await share(b.mother, id, { claims: ['childName'], verifier: '示范银行', validMinutes: 30 })).json() as { id: string; presentation: string };
    const presented = made.presentation.slice(0, made.presentation.lastIndexOf('~') + 1);
    const kb = decodeJwt(made.presentation.slice(made.presentation.lastIndexOf('~') + 1));
    return { id, share: made, presented, kb, key: await holderJwk(id) };
  }

  it('refuses a holder proof that is unsigned (alg none), of another typ, without a nonce, or over other disclosures', async () => {
    const { presented, kb, key, share: made } = await shared();
    const library = independentVerifier();
    const cases: [string, string, string][] = [
      [proof(presented, null, kb, { alg: 'none', typ: 'kb+jwt' }), 'holder_binding', 'alg none'],
      [proof(presented, key, kb, { alg: 'ES256', typ: 'JWT' }), 'holder_binding', 'typ JWT'],
      [proof(presented, crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }), kb), 'holder_binding', 'another key'],
      [proof(presented, key, { ...kb, nonce: '' }), 'nonce_invalid', 'empty nonce'],
      [proof(presented, key, { ...kb, nonce: undefined }), 'nonce_invalid', 'no nonce'],
      [proof(presented, key, { ...kb, sd_hash: sdHashOf(`${presented}x~`) }), 'tampered', 'wrong sd_hash'],
    ];
    for (const [token, reason, what] of cases) {
      expect(((await library.verify(token)) as { reason?: string }).reason, `library: ${what}`).toBe(reason);
      const answer = await verifyOverHttp(token);
      expect(answer, `HTTP: ${what}`).toMatchObject({ valid: false, reason, message: { zh: expect.stringMatching(/[\u4e00-\u9fff]/), en: expect.any(String) } });
    }
    expect(await verifyOverHttp(made.presentation)).toMatchObject({ valid: true, sharedWith: '示范银行' }); // the genuine share still holds
  });

  it('checks the nonce against what the verifier gave or the issuer recorded, and the verifier against the recorded one', async () => {
    const { presented, kb, key, share: made } = await shared();
    expect(await independentVerifier({ nonce: made.id }).verify(made.presentation)).toMatchObject({ valid: true });
    expect(await independentVerifier({ nonce: 'another-request' }).verify(made.presentation)).toMatchObject({ valid: false, reason: 'nonce_invalid' });
    // Re-signed by the holder's own key, but with a nonce the issuer never recorded, or for another verifier.
    expect(await verifyOverHttp(proof(presented, key, { ...kb, nonce: crypto.randomUUID() }))).toMatchObject({ valid: false, reason: 'nonce_invalid' });
    expect(await verifyOverHttp(proof(presented, key, { ...kb, aud: '示范酒店' }))).toMatchObject({ valid: false, reason: 'wrong_audience' });
    expect(await verifyOverHttp(made.presentation, { audience: '示范酒店' })).toMatchObject({ valid: false, reason: 'wrong_audience' });
    // A nonce recorded for a share of another certificate does not count for this one.
    const other = await shared();
    expect(await verifyOverHttp(proof(presented, key, { ...kb, nonce: other.share.id }))).toMatchObject({ valid: false, reason: 'nonce_invalid' });
    // A proof dated before the share was made is not the share's proof.
    expect(await verifyOverHttp(proof(presented, key, { ...kb, iat: (kb.iat as number) - 3600 }))).toMatchObject({ valid: false, reason: 'holder_binding' });
  });

  it('keeps an expired share expired whatever its proof claims', async () => {
    const { presented, kb, key, share: made } = await shared();
    t.clock.advance(minutes(31));
    const stretched = proof(presented, key, { ...kb, exp: (kb.exp as number) + 86_400 });
    expect(await verifyOverHttp(made.presentation)).toMatchObject({ valid: false, reason: 'share_expired' });
    expect(await verifyOverHttp(stretched)).toMatchObject({ valid: false, reason: 'share_expired' });
    expect(await verifyOverHttp(proof(presented, key, { ...kb, iat: (kb.iat as number) + 31 * 60, exp: (kb.exp as number) + 86_400 }))).toMatchObject({ valid: false, reason: 'share_expired' });
  });

  it('answers a bare credential from the wallet download "not shown by the holder", with or without a forged proof', async () => {
    const { id } = await birthCertificate();
    const credential = (await b.mother.request({ method: 'GET', url: `/api/v1/certificates/${id}/credential` })).body;
    expect(credential.endsWith('~')).toBe(true);
    const answer = await verifyOverHttp(credential);
    expect(answer).toMatchObject({ valid: false, reason: 'holder_binding', message: { en: expect.stringContaining('Not shown by the holder') } });
    expect(await independentVerifier().verify(credential)).toMatchObject({ valid: false, reason: 'holder_binding' });
    const forged = proof(credential, crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }),
      { iat: Math.floor(t.clock.now().getTime() / 1000), aud: '示范银行', nonce: crypto.randomUUID() });
    expect(await verifyOverHttp(forged)).toMatchObject({ valid: false, reason: 'holder_binding' });
  });

  it('never takes a status list or an exchange answer of the same department for a certificate', async () => {
    const { id } = await birthCertificate();
    const credential = (await b.mother.request({ method: 'GET', url: `/api/v1/certificates/${id}/credential` })).body;
    const statusUri = (decodeJwt(credential.split('~')[0]!) as { status: { status_list: { uri: string } } }).status.status_list.uri;
    const statusList = await (await fetch(statusUri)).text();
    expect(JSON.parse(Buffer.from(statusList.split('.')[0]!, 'base64url').toString())).toMatchObject({ typ: 'statuslist+jwt' });

    // A real exchange answer: the police ask civil affairs for the mother's marriage record, for 出生登记, under the demo grant.
    const wangfang = (await personIdByIdNumber(t.system, DEMO_PEOPLE.wangfang.idNumber))!;
    const gaj = (await findDepartment(t.system, DEMO_CITY, 'gaj'))!;
    const res = await b.gaj.request({ method: 'POST', url: '/api/v1/exchange/queries', payload: { source: 'civil-affairs.marriage-registration', consumerDepartmentId: gaj.id,
      subject: { personId: wangfang }, purpose: { itemCode: 'birth-household-registration', legalBasis: '《出生登记（户口登记）》办事指南所列材料由数据共享提供（中华人民共和国户口登记条例）' } } });
    expect(res.statusCode, res.body).toBe(200);
    const tokens = [statusList, res.json<{ signedAnswer: string }>().signedAnswer];
    expect(tokens).toHaveLength(2);
    for (const token of tokens) {
      for (const presented of [token, `${token}~`]) {
        const library = (await independentVerifier({ allowUnbound: true }).verify(presented)) as { valid: boolean; reason?: string };
        expect(library.valid).toBe(false);
        expect(['malformed', 'not_a_certificate']).toContain(library.reason);
        expect((await verifyOverHttp(presented)).valid).toBe(false);
      }
      expect(await verifyOverHttp(`${token}~`)).toMatchObject({ reason: 'not_a_certificate', message: { zh: expect.stringContaining('不是电子证照') } });
    }
  });

  it('signs certificates, status lists and exchange answers with different keys, each published in its own set', async () => {
    const { id } = await birthCertificate();
    const issuerId = (await b.mother.request({ method: 'GET', url: `/api/v1/certificates/${id}` })).json().issuer.id as string;
    const metadata = (await (await fetch(`${base}/.well-known/jwt-vc-issuer/issuers/${issuerId}`)).json()) as { jwks: { keys: JWK[] }; status_list_jwks: { keys: JWK[] } };
    const certificateKids = metadata.jwks.keys.map((k) => k.kid);
    const statusKids = metadata.status_list_jwks.keys.map((k) => k.kid);
    expect(certificateKids.filter((kid) => statusKids.includes(kid))).toEqual([]);
    // A credential with the certificate typ but signed with the department's status-list key: not the certificate key.
    const statusKey = await activeSigningKey(t.system, issuerId, 'status_list');
    expect(statusKids).toContain(statusKey.kid);
    const credential = (await b.mother.request({ method: 'GET', url: `/api/v1/certificates/${id}/credential` })).body;
    const claims = decodeJwt(credential.split('~')[0]!);
    const forger = new SDJwtVcInstance({ hasher: digest, saltGenerator: generateSalt, signer: statusKey.sign, signAlg: 'ES256' });
    const forged = await forger.issue({ ...claims, childName: '李鬼' } as never, { _sd: ['childName'] } as never, { header: { kid: statusKey.kid, typ: 'dc+sd-jwt' } });
    expect(await independentVerifier({ allowUnbound: true }).verify(forged)).toMatchObject({ valid: false, reason: 'signature' });
  });

  it('accepts only the certificate types of the catalog: a vct it does not know is refused', async () => {
    const { id } = await birthCertificate();
    const issuerId = (await b.mother.request({ method: 'GET', url: `/api/v1/certificates/${id}` })).json().issuer.id as string;
    const key = await activeSigningKey(t.system, issuerId, 'certificate');
    const credential = (await b.mother.request({ method: 'GET', url: `/api/v1/certificates/${id}/credential` })).body;
    const claims = decodeJwt(credential.split('~')[0]!);
    const signer = new SDJwtVcInstance({ hasher: digest, saltGenerator: generateSalt, signer: key.sign, signAlg: 'ES256' });
    const odd = await signer.issue({ ...claims, vct: `${base}/certificate-types/lottery-ticket`, childName: '张小宝' } as never, { _sd: ['childName'] } as never, { header: { kid: key.kid, typ: 'dc+sd-jwt' } });
    expect(await verifyOverHttp(odd)).toMatchObject({ valid: false, reason: 'type_unknown' });
    const known = (vct: string) => vct === `${base}/certificate-types/birth-medical-certificate`;
    expect(await independentVerifier({ allowUnbound: true, knownTypes: known }).verify(odd)).toMatchObject({ valid: false, reason: 'type_unknown' });
  });
});

// ---------- the status list: signed once per change, ETag, rate limit (issue 13, item 12) ----------

describe('the status list endpoint', () => {
  it('signs once per change, answers 304 to a verifier that has it, and signs again after a change or a key rotation', async () => {
    const { id } = await birthCertificate();
    const credential = (await b.mother.request({ method: 'GET', url: `/api/v1/certificates/${id}/credential` })).body;
    const url = new URL((decodeJwt(credential.split('~')[0]!) as { status: { status_list: { uri: string } } }).status.status_list.uri).pathname;
    const get = (etag?: string) => t.tongban.http.inject({ method: 'GET', url, headers: etag ? { 'if-none-match': etag } : {} });
    const first = await get();
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toMatch(/max-age=\d+/);
    const etag = String(first.headers.etag);
    t.clock.advance(minutes(5));
    const second = await get();
    expect(second.body).toBe(first.body); // not signed again: the same token, the same iat
    expect(second.headers.etag).toBe(etag);
    const notModified = await get(etag);
    expect(notModified.statusCode).toBe(304);
    expect(notModified.body).toBe('');

    expect((await b.wjw.request({ method: 'POST', url: `/api/v1/certificates/${id}/status`, payload: { action: 'suspend', reason: '核查中' } })).statusCode).toBe(200);
    const changed = await get(etag);
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    const issuerId = (await b.mother.request({ method: 'GET', url: `/api/v1/certificates/${id}` })).json().issuer.id as string;
    expect((await b.admin.request({ method: 'POST', url: `/api/v1/admin/departments/${issuerId}/signing-keys/rotate` })).statusCode).toBe(200);
    const rotated = await get(String(changed.headers.etag));
    expect(rotated.statusCode).toBe(200);
    const { status_list_jwks: jwks } = (await (await fetch(`${base}/.well-known/jwt-vc-issuer/issuers/${issuerId}`)).json()) as { status_list_jwks: { keys: { kid: string }[] } };
    expect(JSON.parse(Buffer.from(rotated.body.split('.')[0]!, 'base64url').toString()).kid).toBe(jwks.keys.at(-1)!.kid);
    expect((await b.wjw.request({ method: 'POST', url: `/api/v1/certificates/${id}/status`, payload: { action: 'reinstate', reason: '核查无误' } })).statusCode).toBe(200);
  });

  it('limits how often one address fetches it', async () => {
    const { id } = await birthCertificate();
    const credential = (await b.mother.request({ method: 'GET', url: `/api/v1/certificates/${id}/credential` })).body;
    const url = new URL((decodeJwt(credential.split('~')[0]!) as { status: { status_list: { uri: string } } }).status.status_list.uri).pathname;
    const from = { 'x-forwarded-for': '203.0.113.9' };
    const etag = String((await t.tongban.http.inject({ method: 'GET', url, remoteAddress: '203.0.113.9', headers: from })).headers.etag);
    let last = 0;
    for (let i = 0; i < STATUS_LIST_RATE_LIMIT; i += 1) last = (await t.tongban.http.inject({ method: 'GET', url, remoteAddress: '203.0.113.9', headers: { ...from, 'if-none-match': etag } })).statusCode;
    expect(last).toBe(429);
    expect((await t.tongban.http.inject({ method: 'GET', url, remoteAddress: '198.51.100.7' })).statusCode).toBe(200); // another address is not held back
  });
});

// ---------- certificate types belong to their issuer (issue 13, item 2) ----------

/** A new published version of an item whose result is `type`, written straight into the tables (as a bad import or a hand edit might). */
async function plantResult(code: string, type: string) {
  await t.tongban.platform.database.db.execute(sql`
    WITH old AS (UPDATE catalog_versions SET status = 'superseded'
      WHERE entry_id = (SELECT id FROM catalog_entries WHERE code = ${code} AND kind = 'item') AND status = 'published' RETURNING *)
    INSERT INTO catalog_versions (id, entry_id, version, status, definition, content_hash, created_by, created_at, published_at)
    SELECT gen_random_uuid(), entry_id, version + 1, 'published', jsonb_set(definition, '{workflow,resultCertificateType}', to_jsonb(${type}::text)),
      'planted-' || version, 'test', now(), now() FROM old`);
  await t.tongban.platform.database.db.execute(sql`UPDATE catalog_entries SET published_version = published_version + 1 WHERE code = ${code} AND kind = 'item'`);
}

describe('certificate types belong to their issuer', () => {
  it('refuses to sign a type with another department\'s key', async () => {
    const gaj = (await findDepartment(t.system, DEMO_CITY, 'gaj'))!;
    const mother = (await personIdByIdNumber(t.system, DEMO_PEOPLE.wangfang.idNumber))!;
    const before = await t.count('certificates');
    await expect(issueCertificate(t.system, { type: 'birth-medical-certificate', holder: { kind: 'person', personId: mother }, issuerDepartmentId: gaj.id, claims: { childName: '李鬼' } }))
      .rejects.toMatchObject({ code: 'certificates.issuer_mismatch', status: 409 });
    expect(await t.count('certificates')).toBe(before);
  });

  it('issues no certificate when a decided item names another department\'s type, even if the item got into the catalog', async () => {
    // What no editor can save any more: the health commission's 出生医学证明 item naming the police's 户口簿 as its result.
    await plantResult('birth-medical-certificate-issuance', 'household-register');
    const wallet = async () => (await b.mother.request({ method: 'GET', url: '/api/v1/certificates' })).json() as unknown[];
    const held = (await wallet()).length;
    const app = await b.mother.request({ method: 'POST', url: '/api/v1/applications', payload: { itemCode: 'birth-medical-certificate-issuance', formData: { child } } });
    expect(app.statusCode, app.body).toBe(201);
    const tasks = (await b.wjw.request({ method: 'GET', url: '/api/v1/tasks' })).json() as { id: string; application: { id: string } }[];
    const task = tasks.find((x) => x.application.id === app.json().id);
    expect(task).toBeDefined();
    expect((await b.wjw.request({ method: 'POST', url: `/api/v1/tasks/${task!.id}/decision`, payload: { decision: 'approve', reason: '核对无误' } })).statusCode).toBe(200);
    expect(await wallet()).toHaveLength(held); // the police's key signed nothing the hospital decided
    await plantResult('birth-medical-certificate-issuance', 'birth-medical-certificate');
    const timeline = (await b.wjw.request({ method: 'GET', url: `/api/v1/applications/${app.json().id}/timeline` })).json() as { kind: string; details?: { code?: string } }[];
    expect(timeline.find((e) => e.kind === 'certificate_not_issued')?.details).toMatchObject({ code: 'certificates.issuer_mismatch' });
  });
});
