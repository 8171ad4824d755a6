// Adding a route without saying who may call it, as rows of its module's authorization matrix, fails here.
// Each module keeps its rows as data in `authorization.rows.ts` beside its `authorization.test.ts`, which runs
// them over HTTP; this test only checks that together they cover every registered route.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test/harness.js';
import { isDenial, type MatrixRow } from './test/matrix.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Every `authorization.rows.ts` under src/modules/* and src/platform. */
async function allRows(): Promise<{ file: string; rows: readonly MatrixRow[] }[]> {
  const files = [
    ...fs.readdirSync(path.join(here, 'modules')).map((m) => path.join(here, 'modules', m, 'authorization.rows.ts')),
    path.join(here, 'platform', 'authorization.rows.ts'),
  ].filter((f) => fs.existsSync(f));
  return Promise.all(files.map(async (file) => ({ file: path.relative(here, file), rows: ((await import(file)) as { rows: readonly MatrixRow[] }).rows })));
}

// The web app's pages and assets, and the API docs viewer the swagger plugin registers: public by nature.
const NOT_IN_MATRIX = (route: string) => /^GET \/(\*|assets\/\*|api\/docs.*)?$/.test(route) || route.startsWith('HEAD ');

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ web: true });
});
afterAll(() => t.close());

describe('the authorization matrices', () => {
  it('cover every registered route', async () => {
    const covered = new Set((await allRows()).flatMap((m) => m.rows.map((r) => r.route)));
    const missing = [...new Set(t.tongban.routes.map((r) => `${r.method} ${r.url}`))].filter((r) => !NOT_IN_MATRIX(r) && !covered.has(r));
    expect(missing, 'routes with no row in any authorization.rows.ts').toEqual([]);
  });

  it('name only routes that exist', async () => {
    const registered = new Set(t.tongban.routes.map((r) => `${r.method} ${r.url}`));
    const stale = (await allRows()).flatMap((m) => m.rows.filter((r) => !registered.has(r.route)).map((r) => `${m.file}: ${r.route}`));
    expect(stale).toEqual([]);
  });

  it('try every guarded route with someone who must be refused', async () => {
    const rows = (await allRows()).flatMap((m) => m.rows);
    const guarded = t.tongban.routes.filter((r) => r.access !== 'public' && !NOT_IN_MATRIX(`${r.method} ${r.url}`)).map((r) => `${r.method} ${r.url}`);
    const untried = guarded.filter((route) => !rows.some((r) => r.route === route && isDenial(r.expect)));
    expect(untried, 'guarded routes whose rows never expect a refusal').toEqual([]);
  });
});
