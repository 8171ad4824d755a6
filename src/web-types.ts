// The web app's types come from the API's OpenAPI document, not from a copy kept by hand: `npm run web:types` builds
// the routes in-process (a throwaway in-memory database, nothing listens) and writes web/src/api-types.ts with
// openapi-typescript. The file is checked in; src/web-types.test.ts fails when it no longer matches the routes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import pino from 'pino';
import { createTongban } from './app.js';
import { loadConfig } from './platform/config.js';
import { newSecretKey } from './platform/crypto.js';
import { openDatabase } from './platform/db.js';

export const WEB_TYPES_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/src/api-types.ts');

const HEADER = `// Generated from the API's OpenAPI document by \`npm run web:types\` (src/web-types.ts). Do not edit by hand:
// change the route's schema and run the script again. src/web-types.test.ts fails when this file is stale.
`;

/** The OpenAPI document of every route, from an app built in memory. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-web-types-'));
  const config = loadConfig({ TONGBAN_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const tongban = await createTongban({ config, database: await openDatabase({ kind: 'pglite' }), logger: pino({ level: 'silent' }), secretKey: newSecretKey(), web: false });
  try {
    return tongban.http.swagger() as unknown as Record<string, unknown>;
  } finally {
    await tongban.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The TypeScript the web app imports: `paths` by URL and method, each answer's shape by status. */
export async function webTypesSource(document?: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS((document ?? await openApiDocument()) as unknown as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return HEADER + astToString(ast);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  fs.writeFileSync(WEB_TYPES_FILE, await webTypesSource());
  console.log(`wrote ${path.relative(process.cwd(), WEB_TYPES_FILE)}`);
}
