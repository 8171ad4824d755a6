// The authorization matrix (DESIGN.md, "Authorization has one shape"): per module, rows of data saying who
// (a caller the module's fixture names, by their relationship to the object) may do what (a route) and the
// status they get. `describeMatrix` runs every row over real HTTP against a whole Tongban; the coverage test
// (src/authorization-coverage.test.ts) fails when a registered route has no row in any module's matrix.
import crypto from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PEOPLE } from '../demo/seed.js';
import { findDepartment } from '../modules/directory/index.js';
import { issueClient, issueClientToken } from '../modules/exchange/index.js';
import { signInBrowser } from './factories.js';
import type { TestApp } from './harness.js';

/** Someone who sends requests: a signed-in browser, a delegate, a machine client, or nobody at all. */
export interface Caller {
  request(opts: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse>;
}

/**
 * One cell of the matrix. `route` is the route exactly as registered ('GET /api/v1/applications/:id');
 * `as` names a caller of the fixture ('owner', 'other_citizen', 'same_department_reviewer', 'delegate_without_scope',
 * 'anonymous', 'client' …); `on` optionally names the object or its state when a route is tried on several
 * ('own', 'other_department', 'draft' …); `expect` is the status the caller must get.
 */
export interface MatrixRow {
  route: string;
  as: string;
  on?: string;
  expect: number;
}

/** What a request builder gets: the fixture, the row, and a fresh unique suffix for names and idempotency keys. */
export type RequestBuilder<F> = (fixture: F, row: MatrixRow, unique: string) => Promise<RequestSpec> | RequestSpec;

export interface RequestSpec {
  url: string;
  payload?: InjectOptions['payload'];
  headers?: Record<string, string>;
}

export interface MatrixSpec<F> {
  /** The module's name, for the report. */
  module: string;
  /** A whole Tongban, the callers, and the objects the rows act on. */
  setup(): Promise<{ t: TestApp; callers: Record<string, Caller>; fixture: F }>;
  /** How to call each route of `rows` (keyed by `route`); builders may create a fresh object for each row. */
  requests: Record<string, RequestBuilder<F>>;
  rows: readonly MatrixRow[];
}

/** The anonymous caller: no session, no token. */
export const anonymousCaller = (t: TestApp): Caller => ({
  request: ({ csrf: _csrf, ...opts }) => t.tongban.http.inject(opts),
});

/** A bearer-token caller (machine clients, or programs with a session token). */
export const bearerCaller = (t: TestApp, token: string): Caller => ({
  request: ({ csrf: _csrf, ...opts }) => t.tongban.http.inject({ ...opts, headers: { ...(opts.headers ?? {}), authorization: `Bearer ${token}` } }),
});

/** The same caller acting for someone else (`X-Acting-For: person:<id>` or `enterprise:<id>`). */
export const actingFor = (caller: Caller, who: string): Caller => ({
  request: (opts) => caller.request({ ...opts, headers: { ...(opts.headers ?? {}), 'x-acting-for': who } }),
});

export const rowLabel = (row: MatrixRow) => `${row.as} ${row.route}${row.on ? ` on ${row.on}` : ''} → ${row.expect}`;

/** Runs each row, in order, as one test; a row whose route has no request builder fails. */
export function describeMatrix<F>(spec: MatrixSpec<F>): void {
  describe(`authorization matrix: ${spec.module}`, () => {
    let t: TestApp;
    let callers: Record<string, Caller>;
    let fixture: F;
    let serial = 0;
    const runId = crypto.randomUUID().slice(0, 8); // unique across files sharing one PostgreSQL server
    beforeAll(async () => {
      ({ t, callers, fixture } = await spec.setup());
    });
    afterAll(() => t?.close());

    for (const row of spec.rows) {
      it(rowLabel(row), async () => {
        const build = spec.requests[row.route];
        expect(build, `no request builder for ${row.route}`).toBeDefined();
        const caller = callers[row.as];
        expect(caller, `no caller named ${row.as}`).toBeDefined();
        serial += 1;
        const { url, payload, headers } = await build!(fixture, row, `m${serial}-${runId}`);
        const method = row.route.slice(0, row.route.indexOf(' ')) as InjectOptions['method'];
        const res = await caller!.request({ method, url, ...(payload === undefined ? {} : { payload }), ...(headers ? { headers } : {}) });
        expect(res.statusCode, `${rowLabel(row)}: ${res.body.slice(0, 300)}`).toBe(row.expect);
      });
    }
  });
}

/** The statuses that mean "no": unauthenticated, forbidden, or not found (an object one may not see). */
export const isDenial = (status: number) => status === 401 || status === 403 || status === 404;

/**
 * The demo city's people, signed in (the demo seed must have run): the usual callers of a matrix. A module adds
 * the relationships its objects need (an owner, a delegate without a scope …) beside these.
 */
export async function demoCallers(t: TestApp): Promise<Record<string, Caller>> {
  const police = await findDepartment(t.system, '339900', 'gaj');
  const client = await issueClient(t.system, { departmentId: police!.id, name: '公安业务系统' });
  const { access_token: token } = await issueClientToken(t.system, { grantType: 'client_credentials', clientId: client.clientId, clientSecret: client.clientSecret });
  const signIn = (who: string) => signInBrowser(t, who, DEMO_PASSWORD);
  return {
    anonymous: anonymousCaller(t),
    citizen: await signIn(DEMO_PEOPLE.zhangsan.idNumber),
    other_citizen: await signIn(DEMO_PEOPLE.lisi.idNumber),
    clerk: await signIn('clerk'),
    reviewer: await signIn('reviewer.gaj'),
    other_reviewer: await signIn('reviewer.mzj'),
    department_admin: await signIn('admin.gaj'),
    other_department_admin: await signIn('admin.mzj'),
    leader: await signIn('leader'),
    operator: await signIn('admin'),
    client: bearerCaller(t, token),
  };
}
