// Signing in and staying signed in: argon2id passwords, lockout, rate limits, session expiry, CSRF, bearer tokens.
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { minutes } from '../../platform/clock.js';
import { queryRows } from '../../platform/db.js';
import { makeCitizen, makeIdNumber, makeStaff, PASSWORD, signInBrowser, type TestCitizen } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let citizen: TestCitizen;
const signIn = (identifier: string, password: string) =>
  t.tongban.http.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { identifier, password } });

beforeEach(async () => {
  t = await startTestApp({ env: { SIGNIN_RATE_LIMIT: '1000' } });
  citizen = await makeCitizen(t, { name: '王小明' });
});
afterEach(() => t.close());

describe('sign-in', () => {
  it('a citizen signs in with their ID number (lower-case x too) and gets an HttpOnly session cookie', async () => {
    const res = await signIn(citizen.idNumber.toLowerCase(), PASSWORD);
    expect(res.statusCode).toBe(200);
    const session = res.cookies.find((c) => c.name === 'tongban_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(res.cookies.find((c) => c.name === 'tongban_csrf')?.httpOnly).toBeFalsy();
  });

  it('stores passwords as argon2id hashes and sessions only as a hash of the token', async () => {
    const token = (await signIn(citizen.idNumber, PASSWORD)).json().token as string;
    const db = t.tongban.platform.database.db;
    const [account] = await queryRows<{ password_hash: string }>(db, sql`SELECT password_hash FROM accounts WHERE id = ${citizen.account.id}`);
    expect(account!.password_hash).toMatch(/^\$argon2id\$/);
    const stored = await queryRows<{ id: string }>(db, sql`SELECT id FROM sessions`);
    expect(stored.map((s) => s.id)).not.toContain(token);
  });

  it('a wrong password and an unknown account get the same answer', async () => {
    const wrong = await signIn(citizen.idNumber, 'not-the-password-1');
    const unknown = await signIn('nobody-here', 'not-the-password-1');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('identity.invalid_credentials');
  });

  it('locks the account after five wrong passwords in a row, and unlocks it after the lockout', async () => {
    for (let i = 0; i < 4; i++) expect((await signIn(citizen.idNumber, `wrong-password-${i}`)).statusCode).toBe(401);
    const fifth = await signIn(citizen.idNumber, 'wrong-password-5');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe('identity.account_locked');
    expect(Number(fifth.headers['retry-after'])).toBe(15 * 60);
    expect((await signIn(citizen.idNumber, PASSWORD)).statusCode).toBe(423); // even the right password waits
    t.clock.advance(minutes(15) + 1000);
    expect((await signIn(citizen.idNumber, PASSWORD)).statusCode).toBe(200);
  });

  it('a successful sign-in resets the count of wrong passwords', async () => {
    for (let i = 0; i < 4; i++) await signIn(citizen.idNumber, `wrong-password-${i}`);
    expect((await signIn(citizen.idNumber, PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await signIn(citizen.idNumber, `wrong-password-${i}`)).statusCode).toBe(401);
  });

  it('a disabled account cannot sign in and its sessions end', async () => {
    const staff = await makeStaff(t, [{ role: 'platform_admin' }], 'opsadmin');
    const reviewer = await makeStaff(t, [{ role: 'platform_admin' }], 'leaving');
    const leaving = await signInBrowser(t, 'leaving');
    const ops = await signInBrowser(t, 'opsadmin');
    expect(staff.account.username).toBe('opsadmin');
    expect((await ops.request({ method: 'POST', url: `/api/v1/admin/accounts/${reviewer.account.id}/disable` })).statusCode).toBe(200);
    expect((await leaving.request({ method: 'GET', url: '/api/v1/me' })).json().error.code).toBe('identity.session_expired');
    expect((await signIn('leaving', PASSWORD)).statusCode).toBe(401);
  });
});

describe('lockout that cannot be used to probe accounts or lock an owner out (issue 13 item 9)', () => {
  const from = (address: string, identifier: string, password: string) =>
    t.tongban.http.inject({ method: 'POST', url: '/api/v1/auth/sign-in', remoteAddress: address, payload: { identifier, password } });
  const strip = (body: { error: Record<string, unknown> }) => ({ ...body, error: { ...body.error, requestId: undefined } });

  it('an unknown account is locked after the same five tries with the same answer, so a lock reveals nothing', async () => {
    const stranger = makeIdNumber('19700101');
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 6; i++) {
      known.push((await from('10.1.0.1', citizen.idNumber, `wrong-password-${i}`)).statusCode);
      unknown.push((await from('10.1.0.1', stranger, `wrong-password-${i}`)).statusCode);
    }
    expect(known).toEqual([401, 401, 401, 401, 423, 423]);
    expect(unknown).toEqual(known);
    const [a, b] = [await from('10.1.0.1', citizen.idNumber, 'x-wrong-1'), await from('10.1.0.1', stranger, 'x-wrong-1')];
    expect(strip(a.json())).toEqual(strip(b.json()));
    expect(a.headers['retry-after']).toBe(b.headers['retry-after']);
  });

  it('a guesser locks only their own address: the owner signs in from elsewhere meanwhile', async () => {
    for (let i = 0; i < 5; i++) await from('10.2.0.1', citizen.idNumber, `wrong-password-${i}`);
    expect((await from('10.2.0.1', citizen.idNumber, PASSWORD)).statusCode).toBe(423);
    expect((await from('10.2.0.2', citizen.idNumber, PASSWORD)).statusCode).toBe(200);
  });

  it('an address that tries many accounts is locked for all of them (password spraying)', async () => {
    for (let i = 0; i < 20; i++) await from('10.3.0.1', makeIdNumber('19800101'), 'Spring2026x');
    expect((await from('10.3.0.1', citizen.idNumber, PASSWORD)).statusCode).toBe(423);
    expect((await from('10.3.0.9', citizen.idNumber, PASSWORD)).statusCode).toBe(200);
  });

  it('guessing from many addresses locks the account for new addresses only, never where the owner signed in before, and never for good', async () => {
    expect((await from('10.4.0.100', citizen.idNumber, PASSWORD)).statusCode).toBe(200); // the owner's usual place
    for (let a = 0; a < 5; a++) for (let i = 0; i < 4; i++) await from(`10.4.1.${a}`, citizen.idNumber, `wrong-password-${a}-${i}`);
    expect((await from('10.4.2.1', citizen.idNumber, PASSWORD)).statusCode).toBe(423); // a new place waits
    expect((await from('10.4.0.100', citizen.idNumber, PASSWORD)).statusCode).toBe(200); // the owner does not
    for (let a = 0; a < 5; a++) for (let i = 0; i < 4; i++) await from(`10.4.3.${a}`, citizen.idNumber, `wrong-password-${a}-${i}`);
    t.clock.advance(minutes(15) + 1000);
    expect((await from('10.4.2.1', citizen.idNumber, PASSWORD)).statusCode).toBe(200); // the lock ends by itself
  });

  it('stores neither the identifier nor the address in clear', async () => {
    for (let i = 0; i < 2; i++) await from('10.5.0.1', citizen.idNumber, `wrong-password-${i}`);
    const dump = JSON.stringify(await queryRows(t.tongban.platform.database.db, sql`SELECT * FROM sign_in_throttle`));
    expect(dump).not.toContain(citizen.idNumber);
    expect(dump).not.toContain('10.5.0.1');
  });
});

describe('sign-in rate limit', () => {
  it('refuses a client address that tries too often, with a bilingual 429', async () => {
    const limited = await startTestApp({ env: { SIGNIN_RATE_LIMIT: '3' } });
    try {
      const attempt = () => limited.tongban.http.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { identifier: 'someone', password: 'whatever-123' } });
      for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
      const refused = await attempt();
      expect(refused.statusCode).toBe(429);
      expect(refused.json().error).toMatchObject({ code: 'platform.rate_limited', message: { zh: expect.stringContaining('频繁') } });
    } finally {
      await limited.close();
    }
  });
});

describe('sessions', () => {
  it('ends a session after 30 idle minutes, saying it expired', async () => {
    const browser = await signInBrowser(t, citizen.idNumber);
    t.clock.advance(minutes(29));
    expect((await browser.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200); // activity slides the window
    t.clock.advance(minutes(29));
    expect((await browser.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
    t.clock.advance(minutes(31));
    const expired = await browser.request({ method: 'GET', url: '/api/v1/me' });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('identity.session_expired');
  });

  it('ends a session 12 hours after sign-in however active it is', async () => {
    const browser = await signInBrowser(t, citizen.idNumber);
    for (let i = 0; i < 24; i++) {
      t.clock.advance(minutes(29));
      await browser.request({ method: 'GET', url: '/api/v1/me' });
    }
    t.clock.advance(minutes(29));
    expect((await browser.request({ method: 'GET', url: '/api/v1/me' })).json().error.code).toBe('identity.session_expired');
  });

  it('an expired session still reaches public pages as an anonymous visitor', async () => {
    const browser = await signInBrowser(t, citizen.idNumber);
    t.clock.advance(minutes(60));
    expect((await browser.request({ method: 'GET', url: '/api/v1/regions' })).statusCode).toBe(200);
  });

  it('signing out ends the session', async () => {
    const browser = await signInBrowser(t, citizen.idNumber);
    expect((await browser.request({ method: 'POST', url: '/api/v1/auth/sign-out' })).statusCode).toBe(204);
    expect((await browser.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
  });
});

describe('CSRF protection of cookie-authenticated writes', () => {
  const delegation = () => ({ agentIdNumber: citizen.idNumber, agentName: '王小明', scopes: ['profile.read'], validUntil: '2026-12-31T00:00:00Z' });

  it('refuses a write with the session cookie but no CSRF token, and stores nothing', async () => {
    const other = await makeCitizen(t);
    const browser = await signInBrowser(t, other.idNumber);
    const res = await browser.request({ method: 'POST', url: '/api/v1/delegations', payload: delegation(), csrf: false });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('platform.csrf_rejected');
    const [{ n }] = await queryRows<{ n: number }>(t.tongban.platform.database.db, sql`SELECT count(*)::int AS n FROM delegations`) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('refuses a forged CSRF token and one taken from another session', async () => {
    const other = await makeCitizen(t);
    const browser = await signInBrowser(t, other.idNumber);
    const stranger = await signInBrowser(t, citizen.idNumber);
    for (const token of ['forged-token', stranger.csrfToken]) {
      const res = await browser.request({ method: 'POST', url: '/api/v1/delegations', payload: delegation(), csrf: false, headers: { 'x-csrf-token': token } });
      expect(res.statusCode).toBe(403);
    }
    expect((await browser.request({ method: 'POST', url: '/api/v1/delegations', payload: delegation() })).statusCode).toBe(201);
  });

  it('a program using a bearer token needs no CSRF token (no ambient credentials)', async () => {
    const other = await makeCitizen(t);
    const { token } = await signInBrowser(t, other.idNumber);
    const res = await t.tongban.http.inject({ method: 'POST', url: '/api/v1/delegations', headers: { authorization: `Bearer ${token}` }, payload: delegation() });
    expect(res.statusCode).toBe(201);
  });
});
