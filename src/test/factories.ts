// Small factories for tests: people, staff and signed-in HTTP clients with valid identifiers.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Actor, Posting, Role } from '../platform/actor.js';
import { idCheckChar } from '../platform/identifiers.js';
import { createAccount, recordRealNameCheck, registerCitizen, type AccountView, type PersonView } from '../modules/identity/index.js';
import type { TestApp } from './harness.js';

let serial = 0;

/** A valid ID number: region 339902 (东湖区), the given birth date, a fresh sequence number. */
export function makeIdNumber(birth = '19900101', region = '339902'): string {
  serial += 1;
  const body = `${region}${birth}${String(serial % 1000).padStart(3, '0')}`;
  return body + idCheckChar(body);
}

export const PASSWORD = 'correct-horse-42';

export interface TestCitizen {
  account: AccountView;
  person: PersonView;
  idNumber: string;
  actor: Actor;
}

/** A registered citizen: real-name level 1 (self-declared) unless `realNameLevel: 2` (checked against a registry). */
export async function makeCitizen(t: TestApp, overrides: { name?: string; idNumber?: string; birth?: string; realNameLevel?: 1 | 2 } = {}): Promise<TestCitizen> {
  const idNumber = overrides.idNumber ?? makeIdNumber(overrides.birth);
  const registered = await registerCitizen(t.system, { name: overrides.name ?? '测试群众', idNumber, password: PASSWORD });
  const person = overrides.realNameLevel === 2 ? await recordRealNameCheck(t.system, registered.person.id, { source: 'test-registry' }) : registered.person;
  return { account: registered.account, person, idNumber, actor: actorFor(registered.account, person.id) };
}

export function actorFor(account: AccountView, personId: string | null = account.personId): Actor {
  return { kind: 'account', accountId: account.id, personId, roles: [...new Set(account.postings.map((p) => p.role))], postings: account.postings,
    sessionId: null, actingFor: null };
}

export async function makeStaff(t: TestApp, postings: { role: Role; departmentId?: string | null; regionCode?: string | null }[], username?: string): Promise<{ account: AccountView; actor: Actor }> {
  serial += 1;
  const account = await createAccount(t.system, { username: username ?? `staff${serial}`, displayName: `工作人员${serial}`, password: PASSWORD, postings });
  return { account, actor: actorFor(account, null) };
}

export type Posted = Posting;

/** An HTTP client signed in through the real sign-in route, using the session cookie and CSRF header like a browser. */
export interface Browser {
  token: string;
  csrfToken: string;
  request(opts: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse>;
}

export async function signInBrowser(t: TestApp, identifier: string, password = PASSWORD): Promise<Browser> {
  const res = await t.tongban.http.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { identifier, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed for ${identifier}: ${res.statusCode} ${res.body}`);
  const body = res.json<{ token: string; csrfToken: string }>();
  return {
    ...body,
    request: ({ csrf = true, ...opts }) => t.tongban.http.inject({
      ...opts,
      cookies: { ...(opts.cookies ?? {}), tongban_session: body.token },
      headers: { ...(opts.headers ?? {}), ...(csrf ? { 'x-csrf-token': body.csrfToken } : {}) },
    }),
  };
}
