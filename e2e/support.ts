// Browser tests against a real Tongban: the `tongban start` command in a child process on a free port with a
// fresh embedded database (the demo city seeded, the front ends built if they are not), and Debian's chromium
// driven by playwright-core. Screenshots go to test-results/screenshots/; axe-core checks accessibility.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHOTS = path.join(ROOT, 'test-results', 'screenshots');
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const DEMO_PASSWORD = 'demo-pass-2026';

/** Uncaught errors in any page: each test file expects none. */
export const pageErrors: string[] = [];

export interface Server { url: string; stop(): Promise<void>; output: string[] }

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    }).on('error', reject);
  });
}

/** `tongban start` on a free port with a data folder of its own, in demo mode; resolves once it listens. */
export async function startServer(env: Record<string, string> = {}): Promise<Server> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-e2e-'));
  const url = `http://localhost:${port}`;
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'bin', 'tongban.mjs'), 'start'], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TONGBAN_MODE: 'demo', HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: url, TONGBAN_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn', SIGNIN_RATE_LIMIT: '10000', JOB_POLL_MS: '100', DATABASE_URL: '', ...env },
  });
  const output: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (/is running at/.test(chunk.toString())) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => output.push(c.toString()));
    child.once('exit', (code) => reject(new Error(`tongban start exited with ${code}:\n${output.join('')}`)));
  });
  return {
    url, output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No chromium at ${CHROMIUM}: install Debian's chromium (.ci/run does) or set CHROME_PATH`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}

/** A fresh browser profile (its own cookies and storage). CSP is bypassed only so that axe can be injected. */
export async function newPage(browser: Browser, base: string, opts: { elder?: boolean; lang?: 'zh' | 'en' } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: base, bypassCSP: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  // A returning reader: the preferences in the browser's storage and in the cookies the server renders by.
  await context.addCookies([
    ...(opts.elder ? [{ name: 'tongban_elder', value: '1', url: base }] : []),
    ...(opts.lang ? [{ name: 'tongban_lang', value: opts.lang, url: base }] : []),
  ]);
  await context.addInitScript(([elder, lang]) => {
    if (elder) localStorage.setItem('tongban.elder', '1');
    if (lang) localStorage.setItem('tongban.lang', lang);
  }, [opts.elder ?? false, opts.lang ?? null] as const);
  const page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(`${page.url()}: ${err.message}`));
  return { context, page };
}

let shotNo = 0;
/** A numbered full-page screenshot, kept as a test artifact. */
export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  shotNo += 1;
  await page.screenshot({ path: path.join(SHOTS, `${String(shotNo).padStart(2, '0')}-${name}.png`), fullPage: true });
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation { id: string; impact: string; help: string; nodes: { target: string[] }[] }

/** axe-core on the page as it stands: the serious and critical violations of WCAG 2.1 A/AA. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe
      .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function expectAccessible(page: Page, what: string): Promise<void> {
  const found = await seriousViolations(page);
  expect(found.map((v) => `${what}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

/** Presses Tab until the focused element matches the selector: proves it is reachable by keyboard. */
export async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} was not reached with ${max} presses of Tab (focus is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))})`);
}

export async function signIn(page: Page, identifier: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(/身份证号码或工作人员账号|ID number or staff user name/).fill(identifier);
  await page.getByLabel(/^密码$|^Password$/).fill(password);
  await page.getByRole('button', { name: /^登录$|^Sign in$/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
}
