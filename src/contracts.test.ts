// Every answer a route gives is a contract: its success answer is a TypeBox schema (no Any, no Unknown, no object
// of unknown shape), serialised through that schema so a field not in it never leaves the server, and shown in the
// OpenAPI document. Adding an untyped route fails here.
import fs from 'node:fs';
import { Registry } from 'prom-client';
import { Type } from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous } from './platform/actor.js';
import type { RouteDeclaration } from './platform/http/access.js';
import { FREE_FORM_TITLES, Nullable, Timestamp } from './platform/http/schemas.js';
import { buildHttp } from './platform/http/server.js';
import { startTestApp, type TestApp } from './test/harness.js';
import { WEB_TYPES_FILE, webTypesSource } from './web-types.js';

// Not JSON answers of the API: the web app's pages and assets, the API docs viewer and document, Prometheus text.
const NOT_JSON = (route: string) => /^GET \/(\*|assets\/\*|api\/docs.*|api\/openapi\.json|metrics)?$/.test(route);

type Schema = Record<string, unknown>;
const COMBINERS = ['anyOf', 'oneOf', 'allOf'] as const;
const TYPING = ['type', 'const', 'enum', '$ref', 'not', ...COMBINERS];

/** Where a schema leaves an answer untyped: Any/Unknown (`{}`), or an object with no properties and no value schema. */
export function untypedParts(schema: unknown, at = '', top = true): string[] {
  if (schema === null || typeof schema !== 'object') return [`${at || '/'}: not a schema`];
  const s = schema as Schema;
  if (typeof s.title === 'string' && FREE_FORM_TITLES.includes(s.title)) return top ? [`${at || '/'}: free-form ${s.title} as the whole answer`] : [];
  if (!TYPING.some((k) => k in s)) return [`${at || '/'}: untyped (Any or Unknown)`];
  const found: string[] = [];
  for (const k of COMBINERS) {
    const branches = s[k] as unknown[] | undefined;
    branches?.forEach((b, i) => found.push(...untypedParts(b, `${at}/${k}/${i}`, top)));
  }
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if (types.includes('object')) {
    const props = (s.properties ?? {}) as Record<string, unknown>;
    const patterns = (s.patternProperties ?? {}) as Record<string, unknown>;
    const extra = typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;
    if (Object.keys(props).length === 0 && Object.keys(patterns).length === 0 && !extra && s.additionalProperties !== false) found.push(`${at || '/'}: object of unknown shape`);
    for (const [k, v] of Object.entries(props)) found.push(...untypedParts(v, `${at}/${k}`, false));
    for (const v of Object.values(patterns)) found.push(...untypedParts(v, `${at}/*`, false));
    if (extra) found.push(...untypedParts(extra, `${at}/*`, false));
  }
  if (types.includes('array')) {
    if (s.items === undefined && s.prefixItems === undefined) found.push(`${at || '/'}: array of unknown items`);
    if (s.items !== undefined) found.push(...untypedParts(s.items, `${at}/items`, false));
    (s.prefixItems as unknown[] | undefined)?.forEach((p, i) => found.push(...untypedParts(p, `${at}/${i}`, false)));
  }
  return found;
}

/** The route's success answers (2xx and 304), each checked; none declared is itself a finding. */
function successProblems(r: RouteDeclaration): string[] {
  const success = Object.entries(r.response ?? {}).filter(([status]) => /^(2\d\d|2XX|304)$/.test(status));
  if (success.length === 0) return ['no success answer declared'];
  // A TypeBox schema carries symbols and functions; what the serializer and OpenAPI see is its JSON. An answer in
  // several media types (CSV or JSON) declares a schema per type under `content`.
  return success.flatMap(([status, schema]) => {
    const json = JSON.parse(JSON.stringify(schema)) as { content?: Record<string, { schema: unknown }> };
    const perType = json.content ? Object.entries(json.content).map(([type, c]) => [`${status} ${type}`, c.schema] as const) : [[status, json] as const];
    return perType.flatMap(([where, s]) => untypedParts(s).map((p) => `${where} ${p}`));
  });
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ web: true });
});
afterAll(() => t.close());

const apiRoutes = () => {
  const seen = new Map<string, RouteDeclaration>();
  for (const r of t.tongban.routes) if (r.method !== 'HEAD' && !NOT_JSON(`${r.method} ${r.url}`)) seen.set(`${r.method} ${r.url}`, r);
  return seen;
};

describe('the answers of every route', () => {
  it('are declared as TypeBox schemas with a known shape', () => {
    const routes = apiRoutes();
    const problems = [...routes].flatMap(([route, r]) => successProblems(r).map((p) => `${route}: ${p}`));
    const untyped = new Set(problems.map((p) => p.slice(0, p.indexOf(': '))));
    console.log(`typed routes: ${routes.size - untyped.size} of ${routes.size}`);
    expect(routes.size).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('are shown with their shape in the OpenAPI document', async () => {
    const doc = (await t.tongban.http.inject('/api/openapi.json')).json() as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>> };
    const missing: string[] = [];
    for (const [route, r] of apiRoutes()) {
      if (r.hidden) continue;
      const path = r.url.replace(/:(\w+)/g, '{$1}');
      const op = doc.paths[path]?.[r.method.toLowerCase()];
      if (!op) { missing.push(`${route}: not in the document`); continue; }
      const answers = Object.entries(op.responses).filter(([status]) => /^2\d\d$/.test(status));
      if (answers.length === 0) missing.push(`${route}: no success answer in the document`);
      for (const [status, answer] of answers) {
        if (status === '204') continue;
        const schemas = Object.values(answer.content ?? {}).map((c) => c.schema);
        if (schemas.length === 0) missing.push(`${route} ${status}: no content`);
        for (const s of schemas) missing.push(...untypedParts(s).map((p) => `${route} ${status}: ${p}`));
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('an answer serialised through its schema', () => {
  it('never carries a field the schema does not declare, and writes dates as ISO 8601', async () => {
    // The same HTTP plumbing as every module's routes, with one route whose service hands back more than it should.
    const routes: RouteDeclaration[] = [];
    const app = await buildHttp(t.tongban.platform, { authenticate: async () => ({ actor: anonymous, viaCookie: false, csrfValid: false }), routes, metrics: new Registry() });
    app.get('/probe', { config: { access: 'public' }, schema: { response: { 200: Type.Object({ id: Type.String(), at: Timestamp, nested: Type.Object({ shown: Type.String() }), gone: Nullable(Timestamp) }) } } },
      async () => ({ id: 'a', at: new Date('2026-03-02T01:00:00Z'), passwordHash: 'secret', nested: { shown: 'yes', internal: 'no' }, gone: null }));
    await app.ready();
    try {
      const res = await app.inject('/probe');
      expect(res.json()).toEqual({ id: 'a', at: '2026-03-02T01:00:00.000Z', nested: { shown: 'yes' }, gone: null });
      expect(res.body).not.toContain('secret');
    } finally {
      await app.close();
    }
  });
});

describe('the web app\'s types', () => {
  it('are generated from the OpenAPI document and checked in up to date (npm run web:types)', async () => {
    const document = (await t.tongban.http.inject('/api/openapi.json')).json() as Record<string, unknown>;
    expect(fs.readFileSync(WEB_TYPES_FILE, 'utf8'), 'web/src/api-types.ts is stale: run npm run web:types').toBe(await webTypesSource(document));
  });
});

describe('the contract check itself', () => {
  it('finds Any, Unknown, shapeless objects and arrays, and free-form JSON as a whole answer', () => {
    expect(untypedParts({})).toEqual(['/: untyped (Any or Unknown)']);
    expect(untypedParts({ type: 'array', items: {} })).toEqual(['/items: untyped (Any or Unknown)']);
    expect(untypedParts({ type: 'object', properties: { a: { type: 'string' }, b: { type: 'object' } } })).toEqual(['/b: object of unknown shape']);
    expect(untypedParts({ anyOf: [{ type: 'null' }, {}] })).toEqual(['/anyOf/1: untyped (Any or Unknown)']);
    expect(untypedParts({ type: 'object', patternProperties: { '^.*$': {} }, title: 'JsonObject' })).toEqual(['/: free-form JsonObject as the whole answer']);
    expect(untypedParts({ type: 'object', properties: { formData: { type: 'object', patternProperties: { '^.*$': {} }, title: 'JsonObject' } } })).toEqual([]);
  });
});
