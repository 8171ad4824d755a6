// `npm run bench -- web`: the citizen portal's weight and Lighthouse (mobile) scores. Initial JavaScript is what
// a page loads before any route's own chunk (the entry script, its module preloads and the chunks boot.ts fetches
// after the first paint), gzipped (budget 170 KB).
// Lighthouse runs against a real server (`tongban start`, fresh demo data) with Debian's chromium.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ensureWebBuilt } from '../src/web-build.js';
import { WEB_DIST } from '../src/platform/http/web.js';
import { CHROMIUM, startServer } from '../e2e/support.js';

const BUDGET_KB = 170;
const gz = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(WEB_DIST, file)), { level: 9 }).length;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export function bundleFigures(): Record<string, unknown> {
  const html = fs.readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
  // The entry, its static imports, and the chunks boot.ts fetches right after the first paint.
  const bootChunks = JSON.parse(/<script type="application\/json" id="tongban-boot-chunks">([^<]*)<\/script>/.exec(html)?.[1] ?? '[]') as string[];
  const initialJs = [...[...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]!),
    ...bootChunks.map((c) => c.slice(1))];
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+\.css)"/g)].map((m) => m[1]!);
  const all = fs.readdirSync(path.join(WEB_DIST, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  const initialKb = kb(initialJs.reduce((n, f) => n + gz(f), 0));
  const staff = all.filter((f) => /\/(Workbench|Window|Admin|StaffNav)-/.test(f));
  return {
    initialJsGzipKb: initialKb, budgetKb: BUDGET_KB, withinBudget: initialKb <= BUDGET_KB,
    initialFiles: Object.fromEntries(initialJs.map((f) => [path.basename(f), kb(gz(f))])),
    cssGzipKb: kb(css.reduce((n, f) => n + gz(f), 0)),
    allJsGzipKb: kb(all.reduce((n, f) => n + gz(f), 0)),
    staffChunksGzipKb: kb(staff.reduce((n, f) => n + gz(f), 0)),
  };
}

async function lighthouseFigures(): Promise<Record<string, unknown>> {
  if (!fs.existsSync(CHROMIUM)) return { skipped: `no chromium at ${CHROMIUM}` };
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
  const server = await startServer();
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const out: Record<string, unknown> = {};
  try {
    // As a visitor who is not signed in (the app is fetched at the first press), and the same pages with the app
    // fetched right after the first paint, as for a signed-in person (a CSRF cookie is what the page looks for).
    const withApp = { Cookie: 'tongban_csrf=lighthouse' };
    const pages = [['home', '/', {}], ['bundleGuide', '/guide/bundle/newborn', {}], ['itemGuide', '/guide/item/id-card-renewal', {}],
      ['homeWithApp', '/', withApp], ['bundleGuideWithApp', '/guide/bundle/newborn', withApp]] as const;
    for (const [name, page, extraHeaders] of pages) {
      const result = await lighthouse(`${server.url}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'], extraHeaders });
      const lhr = result!.lhr;
      out[name] = {
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        fcpMs: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? 0),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
        tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
        cls: lhr.audits['cumulative-layout-shift']?.numericValue,
        formFactor: lhr.configSettings.formFactor,
      };
    }
  } finally {
    chrome.kill();
    await server.stop();
  }
  return out;
}

export async function runWebBench(): Promise<Record<string, unknown>> {
  await ensureWebBuilt();
  return { bundle: bundleFigures(), lighthouse: await lighthouseFigures(), targets: { initialJsGzipKb: BUDGET_KB, performance: 90, accessibility: 95 } };
}
