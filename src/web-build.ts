// Builds the web front ends when web/dist is missing or older than its sources, so `npm start` serves them with
// no extra step. The sources' hash is kept next to the build; an unchanged tree is not rebuilt.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { WEB_DIST, WEB_ROOT, WEB_SERVER_DIST } from './platform/http/web.js';

const STAMP = path.join(WEB_DIST, '.source-hash');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'dist' || e.name === 'node_modules' ? [] : sourceFiles(full);
    return [full];
  }).sort();
}

// Server files the web app imports as they are (one reading of dates and identifiers for both sides).
const SHARED_WITH_WEB = ['platform/form-values.ts', 'platform/identifiers.ts', 'platform/errors.ts', 'modules/catalog/enums.ts'].map((f) => path.join(WEB_ROOT, '..', 'src', f));

/** A hash of everything the build reads: web/ (but its output), the server files it imports, and the installed dependency versions. */
export function webSourceHash(): string {
  const hash = crypto.createHash('sha256');
  for (const file of [...sourceFiles(WEB_ROOT), ...SHARED_WITH_WEB]) hash.update(path.relative(WEB_ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  const lock = path.join(WEB_ROOT, '..', 'package-lock.json');
  if (fs.existsSync(lock)) hash.update(fs.readFileSync(lock));
  return hash.digest('hex');
}

export function webBuildIsCurrent(): boolean {
  return fs.existsSync(path.join(WEB_DIST, 'index.html')) && fs.existsSync(path.join(WEB_SERVER_DIST, 'entry-server.js')) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8').trim() === webSourceHash();
}

/** Builds web/dist unless it is current. Returns whether it built. */
export async function ensureWebBuilt(log: (line: string) => void = () => undefined): Promise<boolean> {
  if (webBuildIsCurrent()) return false;
  log('正在构建前端 Building the web front ends…');
  const hash = webSourceHash();
  const { build } = await import('vite');
  // A production build whatever NODE_ENV the caller runs under (vitest sets "test", which would give React's
  // development build).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const common = { root: WEB_ROOT, configFile: path.join(WEB_ROOT, 'vite.config.ts'), mode: 'production', logLevel: 'warn' } as const;
    await build(common);
    // The server's render of the first pages: the same components as a library for Node, beside the browser's.
    await build({ ...common, build: { ssr: 'src/entry-server.tsx', outDir: path.relative(WEB_ROOT, WEB_SERVER_DIST), emptyOutDir: false } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  fs.writeFileSync(STAMP, `${hash}\n`);
  return true;
}
