// Bad input at volume: fast-check throws random bodies and path parameters at every write route the server
// registered (walked from its route table), each as a caller the route admits. The answer is always a 4xx with
// a stable code and a bilingual message (naming the field when the input is malformed), never a 5xx; and what a
// refused request leaves behind is nothing: every table's rows and checksum are as they were.
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo } from '../demo/seed.js';
import { queryRows } from '../platform/db.js';
import { isAllowed } from '../platform/http/access.js';
import type { Actor } from '../platform/actor.js';
import { importTestCatalog } from '../test/catalog-fixture.js';
import { startTestApp, type TestApp } from '../test/harness.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Tables a refused request may still touch by design: the shared rate-limit counters and the sign-in throttle
// (every attempt counts, a wrong password most of all).
const VOLATILE = new Set(['rate_limit_counters', 'sign_in_throttle']);

let t: TestApp;
const callers: { token: string | null; actor: Actor }[] = [];

beforeAll(async () => {
  t = await startTestApp({ env: { SIGNIN_RATE_LIMIT: '10000', SESSION_IDLE_MINUTES: '1440' } });
  await seedDemo(t.system);
  await importTestCatalog(t);
  const db = t.tongban.platform.database.db;
  const ids = async (query: ReturnType<typeof sql>) => (await queryRows<{ id: string }>(db, query)).map((r) => r.id);
  callers.push({ token: null, actor: { kind: 'anonymous' } as Actor });
  for (const identifier of [DEMO_PEOPLE.zhangsan.idNumber, 'clerk', 'reviewer.gaj', 'admin.gaj', 'leader', 'admin']) {
    const res = await t.tongban.http.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { identifier, password: DEMO_PASSWORD } });
    const token = res.json<{ token: string }>().token;
    const me = await t.tongban.http.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    const roles = (me.json<{ roles?: string[] }>().roles ?? []) as Actor['roles'];
    callers.push({ token, actor: { kind: 'account', roles } as Actor });
  }
  // A case in review with its tasks, filed by 张三: real objects for the routes' path parameters.
  const filed = await t.tongban.http.inject({ method: 'POST', url: '/api/v1/applications', headers: { authorization: `Bearer ${callers[1]!.token}` },
    payload: { itemCode: 'birth-registration', formData: { child: { name: '小明', birthDate: '2026-02-20' } } } });
  expect(filed.statusCode).toBe(201);
  known.push(...await ids(sql`SELECT id::text AS id FROM applications UNION ALL SELECT id::text FROM review_tasks
    UNION ALL (SELECT id::text FROM departments LIMIT 3) UNION ALL (SELECT id::text FROM delegations LIMIT 2) UNION ALL (SELECT id::text FROM enterprise_agents LIMIT 2)
    UNION ALL (SELECT id::text FROM halls LIMIT 1)`));
});
afterAll(() => t?.close());

let tableNames: string[] | null = null;

/**
 * Every table's row count and the sum of its rows' xmin (the id of the transaction that last wrote each row):
 * any insert, update or delete changes one of them. One query, no row text: cheap enough to take after every request.
 */
async function snapshot(): Promise<Record<string, string>> {
  const db = t.tongban.platform.database.db;
  tableNames ??= (await queryRows<{ name: string }>(db, sql`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`))
    .map((r) => r.name).filter((n) => !VOLATILE.has(n));
  const rows = await queryRows<{ name: string; n: number; sum: string | null }>(db, sql.join(tableNames.map((name) =>
    sql`SELECT ${name} AS name, count(*)::int AS n, sum(xmin::text::bigint)::text AS sum FROM ${sql.identifier(name)}`), sql` UNION ALL `));
  return Object.fromEntries(rows.map((r) => [r.name, `${r.n}:${r.sum ?? ''}`]));
}

type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; required?: string[]; items?: JsonSchema; enum?: unknown[]; const?: unknown;
  anyOf?: JsonSchema[]; oneOf?: JsonSchema[]; pattern?: string; format?: string; minLength?: number; maxLength?: number; minimum?: number; maximum?: number;
  minItems?: number; maxItems?: number; additionalProperties?: boolean | JsonSchema };

/**
 * Values that pass the route's JSON Schema (so the request reaches the service and its own checks), with
 * random content: patterns, formats, enums and bounds are honoured, nothing else is.
 */
function fitting(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return fc.anything({ maxDepth: 1 });
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return fc.oneof(...choices.map((c) => fitting(c, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.format === 'date') return fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
      if (schema.format === 'date-time') return fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter((x) => x.length >= (schema.minLength ?? 0) && x.length <= (schema.maxLength ?? 10_000));
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 200), unit: fc.constantFrom('a', '张', '1', ' ', '-', '通', 'Z', '/') });
    case 'integer': return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000 });
    case 'number': return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000, noNaN: true });
    case 'boolean': return fc.boolean();
    case 'null': return fc.constant(null);
    case 'array': return fc.array(fitting(schema.items, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, 3) });
    case 'object': {
      if (schema.properties) {
        return fc.record(Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, fitting(v, depth + 1)])), { requiredKeys: schema.required ?? [] });
      }
      const values = typeof schema.additionalProperties === 'object' ? fitting(schema.additionalProperties, depth + 1) : fc.anything({ maxDepth: 2 });
      return fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), values, { maxKeys: 4 });
    }
    default: return fc.anything({ maxDepth: 2 });
  }
}

/** Half the bodies fit the route's schema (random content); the rest are anything at all, or its fields with wrong values. */
function bodyFor(schema: JsonSchema | undefined) {
  const names = Object.keys(schema?.properties ?? {});
  const wrong = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.uuid(), fc.array(fc.anything(), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), fc.anything(), { maxKeys: 3 }), fc.constantFrom('', '2026-13-45', 'approve', '339900', 'id-card-renewal', '<script>'));
  const misshaped = names.length ? fc.record(Object.fromEntries(names.map((n) => [n, wrong])), { requiredKeys: [] }) : fc.constant({});
  return fc.oneof({ arbitrary: fitting(schema), weight: 3 }, { arbitrary: misshaped, weight: 2 }, { arbitrary: fc.anything(), weight: 1 });
}

const changedTables = (a: Record<string, string>, b: Record<string, string>) => Object.keys({ ...a, ...b }).filter((k) => a[k] !== b[k]);

// Ids of real objects (a case, its tasks, the demo city's records) reach the services' own checks; random ones
// their not-found paths; anything else the parameter validation.
const known: string[] = [];
const paramValue = (name: string) => fc.oneof(
  { arbitrary: fc.constantFrom(...known), weight: 4 },
  { arbitrary: name === 'code' ? fc.constantFrom('birth-registration', 'residence-permit', 'newborn', 'nothing-here') : name === 'day' ? fitting({ type: 'string', format: 'date' }) as fc.Arbitrary<string> : fc.uuid(), weight: 3 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 1 });

describe('fuzzing every write route', () => {
  it('answers random input with a 4xx naming what is wrong, never a 5xx, and refused requests change nothing', async () => {
    const doc = t.tongban.http.swagger() as { paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>> };
    // Signing out ends the caller's session: it goes last, so every other route meets a live one.
    const routes = t.tongban.routes.filter((r) => WRITES.has(r.method) && r.url.startsWith('/api/'))
      .sort((a, b) => Number(a.url === '/api/v1/auth/sign-out') - Number(b.url === '/api/v1/auth/sign-out'));
    expect(routes.length).toBeGreaterThan(25);
    let before = await snapshot();
    const tally: Record<string, Record<number, number>> = {};
    for (const route of routes) {
      const caller = callers.find((c) => isAllowed(route.access, c.actor) === 'ok') ?? callers[0]!;
      const openApiPath = route.url.replace(/:(\w+)/g, '{$1}');
      const schema = doc.paths[openApiPath]?.[route.method.toLowerCase()]?.requestBody?.content?.['application/json']?.schema;
      const paramNames = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
      const statuses: Record<number, number> = {};
      await fc.assert(fc.asyncProperty(fc.tuple(...paramNames.map(paramValue)), bodyFor(schema), async (params, body) => {
        const previous = before;
        let i = 0;
        const url = route.url.replace(/:(\w+)/g, () => encodeURIComponent(params[i++] ?? 'x'));
        const res = await t.tongban.http.inject({ method: route.method as 'POST', url, payload: JSON.stringify(body) ?? 'null',
          headers: { 'content-type': 'application/json', ...(caller.token ? { authorization: `Bearer ${caller.token}` } : {}) } });
        const where = `${route.method} ${route.url} ${JSON.stringify(body)?.slice(0, 300)} → ${res.statusCode} ${res.body.slice(0, 300)}`;
        expect(res.statusCode, where).toBeLessThan(500);
        statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
        before = await snapshot();
        if (res.statusCode < 300) return; // random input that happens to be valid: it may store what it asked for
        expect(res.statusCode, where).toBeGreaterThanOrEqual(400);
        expect(changedTables(previous, before), `${where}: a refused request changed the database`).toEqual([]);
        const error = res.json<{ error: { code: string; message: { zh: string; en: string }; field?: string | null } }>().error;
        expect(error.code, where).toMatch(/^[a-z_]+\.[a-z_]+$/);
        expect(error.message.zh && error.message.en, where).toBeTruthy();
        if (res.statusCode === 400 || res.statusCode === 422) expect(typeof error.field, where).toBe('string');
      }), { numRuns: RUNS, seed: 20261123 });
      tally[`${route.method} ${route.url}`] = statuses;
    }
    if (process.env.FUZZ_VERBOSE) console.log(JSON.stringify(tally, null, 1));
  });
});
