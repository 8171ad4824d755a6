// The composed server: deny by default on every route, health and metrics, the OpenAPI document, and the demo
// city where each demo role signs in and sees only what that role may see.
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo } from './demo/seed.js';
import { installAccessControl, type RouteDeclaration } from './platform/http/access.js';
import { MAX_BODY_DEPTH, nestingDepth } from './platform/http/server.js';
import { agentScopes, delegationScopes } from './modules/identity/policy.js';
import { startTestApp, type TestApp } from './test/harness.js';
import { signInBrowser, type Browser } from './test/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedDemo(t.system);
});
afterAll(() => t.close());

describe('access control: deny by default', () => {
  it('every registered route declares who may call it', () => {
    expect(t.tongban.routes.length).toBeGreaterThan(30);
    const undeclared = t.tongban.routes.filter((r) => r.access === undefined).map((r) => `${r.method} ${r.url}`);
    expect(undeclared).toEqual([]);
  });

  it('every scope a route asks of delegates and agents is one a person or an enterprise can grant', () => {
    const known: Record<'person' | 'enterprise', readonly string[]> = { person: delegationScopes, enterprise: agentScopes };
    const named = t.tongban.routes.flatMap(({ method, url, acting }) => (acting === undefined || acting === 'self' ? [] : (['person', 'enterprise'] as const)
      .filter((kind) => acting[kind] !== undefined && !known[kind].includes(acting[kind]!)).map((kind) => `${method} ${url}: ${kind} ${acting[kind]}`)));
    expect(named).toEqual([]);
  });

  it('a route registered without a declaration is refused at start-up', () => {
    const app = Fastify();
    const routes: RouteDeclaration[] = [];
    installAccessControl(app, routes);
    expect(() => app.get('/api/v1/forgotten', async () => 'secret')).toThrow(/declares no access/);
    expect(routes.map((r) => r.url)).toContain('/api/v1/forgotten');
  });

  it('every non-public route refuses an anonymous caller with 401', async () => {
    const guarded = t.tongban.routes.filter((r) => r.access !== 'public' && r.method !== 'HEAD');
    expect(guarded.length).toBeGreaterThan(15);
    for (const r of guarded) {
      const url = r.url.replace(/:(\w+)/g, (_m, name: string) => (name === 'code' ? '339900' : '00000000-0000-4000-8000-000000000000'));
      const res = await t.tongban.http.inject({ method: r.method as 'GET', url, ...(r.method === 'GET' || r.method === 'DELETE' ? {} : { payload: {} }) });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
      expect(res.json().error.code).toBe('platform.unauthenticated');
    }
  });
});

describe('operations endpoints', () => {
  it('answers health, readiness and Prometheus metrics', async () => {
    expect((await t.tongban.http.inject('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await t.tongban.http.inject('/readyz')).json()).toMatchObject({ status: 'ready' });
    const metrics = await t.tongban.http.inject('/metrics');
    expect(metrics.headers['content-type']).toContain('text/plain');
    expect(metrics.body).toContain('tongban_http_request_duration_seconds');
  });

  it('keeps /metrics closed in production until METRICS_TOKEN is set', async () => {
    const production = await startTestApp({ env: { TONGBAN_MODE: 'production' } });
    try {
      const res = await production.tongban.http.inject('/metrics');
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('platform.metrics_token_required');
      expect(res.body).not.toContain('tongban_http_request_duration_seconds');
    } finally {
      await production.close();
    }
  });

  it('closes /metrics to callers without the token when METRICS_TOKEN is set', async () => {
    const guarded = await startTestApp({ env: { METRICS_TOKEN: 'scrape-me' } });
    try {
      expect((await guarded.tongban.http.inject('/metrics')).statusCode).toBe(401);
      expect((await guarded.tongban.http.inject({ url: '/metrics', headers: { authorization: 'Bearer scrape-me' } })).statusCode).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('publishes an OpenAPI 3.1 document generated from the route schemas', async () => {
    const doc = (await t.tongban.http.inject('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/sign-in', '/api/v1/departments', '/api/v1/delegations']));
    expect(doc.paths['/api/v1/auth/sign-in'].post.requestBody.content['application/json'].schema.required).toEqual(['identifier', 'password']);
    expect((await t.tongban.http.inject('/api/docs/')).statusCode).toBe(200);
  });

  it('serves a bilingual landing page', async () => {
    const home = await t.tongban.http.inject('/');
    expect(home.body).toContain('通办');
    expect(home.body).toContain('/api/docs');
  });

  it('answers an unknown path with a bilingual 404', async () => {
    const res = await t.tongban.http.inject('/api/v1/nowhere');
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'platform.route_not_found', message: { zh: expect.any(String), en: expect.any(String) } });
  });
});

describe('demo city: each role sees what it may', () => {
  const get = async (username: string, url: string) => (await signInBrowser(t, username, DEMO_PASSWORD)).request({ method: 'GET', url });

  it('seeds once: a second run changes nothing', async () => {
    expect(await seedDemo(t.system)).toBe(false);
  });

  it('signs in every demo role', async () => {
    const expected: Record<string, string[]> = {
      admin: ['platform_admin'], leader: ['leader'], clerk: ['window_clerk'], 'reviewer.gaj': ['reviewer'], 'admin.gaj': ['department_admin'],
      [DEMO_PEOPLE.zhangsan.idNumber]: ['citizen'], [DEMO_PEOPLE.lisi.idNumber]: ['citizen', 'enterprise_agent'],
    };
    for (const [identifier, roles] of Object.entries(expected)) {
      const me = (await get(identifier, '/api/v1/me')).json();
      expect(me.roles.sort(), identifier).toEqual([...roles].sort());
    }
  });

  it('a citizen sees their own profile, masked, and is refused staff and operator routes', async () => {
    const me = (await get(DEMO_PEOPLE.zhangsan.idNumber, '/api/v1/me')).json();
    expect(me.person.idNumberMasked).toBe(`${DEMO_PEOPLE.zhangsan.idNumber.slice(0, 6)}********${DEMO_PEOPLE.zhangsan.idNumber.slice(-4)}`);
    expect(JSON.stringify(me)).not.toContain(DEMO_PEOPLE.zhangsan.idNumber);
    expect(me.canActFor.enterprises).toEqual([expect.objectContaining({ name: '示范市云帆科技有限公司', as: 'legal_representative' })]);
    expect(me.canActFor.persons).toEqual([expect.objectContaining({ name: '张秀英' })]);
    for (const url of ['/api/v1/admin/accounts', '/api/v1/statistics/identity', `/api/v1/persons?idNumber=${DEMO_PEOPLE.lisi.idNumber}&purpose=x1`]) {
      expect((await get(DEMO_PEOPLE.zhangsan.idNumber, url)).statusCode, url).toBe(403);
    }
  });

  it('a leader sees the counts of their city and no personal records', async () => {
    const stats = (await get('leader', '/api/v1/statistics/identity')).json();
    expect(stats).toMatchObject({ regionCode: '339900', persons: { total: Object.keys(DEMO_PEOPLE).length }, enterprises: 1 });
    expect(stats.staffAccounts.reviewer).toBe(11);
    expect((await get('leader', '/api/v1/statistics/identity?region=110000')).statusCode).toBe(403);
    expect((await get('leader', '/api/v1/admin/accounts')).statusCode).toBe(403);
  });

  it('a department admin lists only the accounts of their department', async () => {
    const accounts = (await get('admin.gaj', '/api/v1/admin/accounts')).json() as { username: string }[];
    expect(accounts.map((a) => a.username).sort()).toEqual(['admin.gaj', 'reviewer.gaj']);
    const all = (await get('admin', '/api/v1/admin/accounts')).json() as unknown[];
    expect(all.length).toBeGreaterThan(15);
  });
});

describe('acting for someone else: the scope each route names is the one the authorisation must hold', () => {
  // 张秀英 authorised her son 张三 for profile.read, applications.submit and applications.read, not certificates.read.
  let send: (method: 'GET' | 'POST', url: string, payload?: object) => ReturnType<Browser['request']>;
  beforeAll(async () => {
    send = await asSonForMother();
  });
  const asSonForMother = async () => {
    const son = await signInBrowser(t, DEMO_PEOPLE.zhangsan.idNumber, DEMO_PASSWORD);
    const mother = (await (await signInBrowser(t, DEMO_PEOPLE.zhangxiuying.idNumber, DEMO_PASSWORD)).request({ method: 'GET', url: '/api/v1/me' })).json();
    const headers = { 'x-acting-for': `person:${mother.person.id}` };
    return (method: 'GET' | 'POST', url: string, payload?: object) => son.request({ method, url, headers, ...(payload ? { payload } : {}) });
  };

  it('lets him do what she granted', async () => {
    for (const url of ['/api/v1/applications', '/api/v1/me/policy-matches', '/api/v1/me', '/api/v1/inbox']) {
      expect((await send('GET', url)).statusCode, url).toBe(200);
    }
  });

  it('refuses what she did not grant, naming the scope, before any service runs', async () => {
    const wallet = await send('GET', '/api/v1/certificates');
    expect(wallet.statusCode).toBe(403);
    expect(wallet.json().error).toMatchObject({ code: 'platform.acting_scope_missing', message: { zh: expect.stringContaining('certificates.read'), en: expect.stringContaining('certificates.read') } });
  });

  it('refuses what nobody may do for another: her data-access log, new delegations in her name', async () => {
    expect((await send('GET', '/api/v1/me/data-access')).json().error.code).toBe('platform.acting_scope_missing');
    expect((await send('GET', '/api/v1/me/data-access/export?format=json')).statusCode).toBe(403);
    expect((await send('POST', '/api/v1/delegations', { agentIdNumber: DEMO_PEOPLE.lisi.idNumber, agentName: '李四', scopes: ['profile.read'], validUntil: '2026-12-31T00:00:00+08:00' })).statusCode).toBe(403);
  });
});

describe('odd input answers 4xx, never 500', () => {
  it('a malformed Basic header at the token endpoint is a client that failed to authenticate', async () => {
    for (const header of ['Basic %%%', `Basic ${Buffer.from('no-colon-here').toString('base64')}`, `Basic ${Buffer.from('%E0%A4%A:%zz').toString('base64')}`, 'Basic ']) {
      const res = await t.tongban.http.inject({ method: 'POST', url: '/api/v1/exchange/token', headers: { authorization: header }, payload: { grant_type: 'client_credentials' } });
      expect(res.statusCode, header).toBe(401);
      expect(res.json().error.code, header).toBe('exchange.invalid_client');
    }
  });

  it('a data-access cursor beyond what the database can hold names the parameter', async () => {
    const citizen = await signInBrowser(t, DEMO_PEOPLE.wangfang.idNumber, DEMO_PASSWORD);
    const res = await citizen.request({ method: 'GET', url: '/api/v1/me/data-access?before=9999999999999999999' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('querystring:/before');
  });
});

describe('bodies nested too deeply', () => {
  it('are refused before any schema or service walks them, on every JSON route', async () => {
    const citizen = await signInBrowser(t, DEMO_PEOPLE.wangfang.idNumber, DEMO_PASSWORD);
    for (const levels of [65, 5_000, 80_000]) { // the last near the body size limit
      const deep = `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
      for (const url of ['/api/v1/applications', '/api/v1/applications/drafts', '/api/v1/policies/simulate']) {
        const payload = url.endsWith('simulate') ? `{"subject":"person","facts":${deep}}` : `{"itemCode":"id-card-renewal","formData":${deep}}`;
        const res = await citizen.request({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload });
        expect(res.statusCode, `${url} ${levels}`).toBe(400);
        expect(['platform.body_too_deep', 'platform.invalid_json'], `${url} ${levels}: ${res.body.slice(0, 200)}`).toContain(res.json().error.code);
      }
    }
  });

  it('are let through at any depth a form needs', () => {
    expect(nestingDepth({ a: [{ b: { c: [1, 2, { d: null }] } }] }, MAX_BODY_DEPTH)).toBe(6);
    expect(nestingDepth('text', MAX_BODY_DEPTH)).toBe(0);
  });
});
