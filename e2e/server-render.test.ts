// Home, search results and service guides arrive rendered by the server: a phone on a slow network reads them
// before any script has run, and they work with no script at all (数字鸿沟: old phones, locked-down browsers).
// When the script does run it takes over the page as it stands instead of drawing it again.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, newPage, pageErrors, shot } from './support.js';

const server = { url: inject('e2eServerUrl') };
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('pages rendered by the server', () => {
  it('show a search for replacement patterns ($\' $` $&) as typed, the page whole around it', async () => {
    for (const q of ["$'", '$`', '$&', "a$'b$`c"]) {
      const res = await fetch(`${server.url}/search?q=${encodeURIComponent(q)}`);
      const html = await res.text();
      expect(res.status, q).toBe(200);
      expect(html.match(/<div id="root">/g), q).toHaveLength(1); // a pattern would splice the template in again
      expect(html.match(/<\/html>/g), q).toHaveLength(1);
      expect(html.match(/<title>/g), q).toHaveLength(1);
      expect(html.match(/<script type="application\/json" id="tongban-state">/g), q).toHaveLength(1);
    }
  });

  it('can be read and used with JavaScript switched off: search from home, then read the guide', async () => {
    const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false, locale: 'zh-CN', viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { name: '一网通办，一次办好' }).waitFor();
    expect(await page.getByRole('link', { name: '新生儿出生一件事' }).count()).toBe(1);
    await shot(page, 'no-script-home');
    await page.getByLabel('您想办什么事？').fill('生孩子要办什么');
    await page.getByRole('button', { name: '搜索' }).click();
    await page.waitForURL((u) => u.pathname === '/search');
    expect(new URL(page.url()).searchParams.get('q')).toBe('生孩子要办什么');
    await page.getByRole('link', { name: '新生儿出生一件事' }).first().click();
    await page.getByRole('heading', { name: '新生儿出生一件事' }).waitFor();
    expect(await page.getByRole('heading', { name: '申请材料' }).count()).toBe(1);
    expect(await page.title()).toBe('新生儿出生一件事 · 通办');
    await shot(page, 'no-script-guide');
    await context.close();
  });

  it('are taken over by the script as they stand: the same elements, no warning, and they respond', async () => {
    const { context, page } = await newPage(browser, server.url);
    const warnings: string[] = [];
    page.on('console', (m) => (m.type() === 'warning' || m.type() === 'error') && warnings.push(`${page.url()}: ${m.text()}`));
    // Keep the heading the server sent, before any script runs, to compare with the one on screen afterwards.
    await context.addInitScript(() => document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as unknown as { serverHeading: Element | null }).serverHeading = document.querySelector('main h1');
    }));
    for (const path of ['/', '/guide/item/id-card-renewal', '/guide/bundle/newborn', '/search?q=%E8%BA%AB%E4%BB%BD%E8%AF%81']) {
      await page.goto(path);
      const toggle = page.getByRole('button', { name: '长辈模式' });
      await toggle.click(); // answers only once the script has taken over
      await page.getByRole('button', { name: '退出长辈模式' }).click();
      await page.getByRole('button', { name: '长辈模式' }).waitFor();
      expect(await page.evaluate(() => document.querySelector('main h1') === (window as unknown as { serverHeading: Element | null }).serverHeading), path).toBe(true);
    }
    expect(warnings).toEqual([]);
    await context.close();
  });

  it('cost a visitor who only reads no app script; the first press fetches it and still counts', async () => {
    const { context, page } = await newPage(browser, server.url);
    const appScripts = () => page.evaluate(() => performance.getEntriesByType('resource').filter((r) => /\/assets\/main-[\w-]+\.js$/.test(r.name)).length);
    await page.goto('/guide/bundle/newborn');
    await page.waitForLoadState('networkidle');
    expect(await appScripts()).toBe(0);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Having a baby: one application for everything' }).waitFor();
    expect(await appScripts()).toBe(1);
    await context.close();
  });

  it('follow the reader\'s language and elder mode, kept in cookies, and come compressed', async () => {
    const res = await fetch(`${server.url}/`, { headers: { cookie: 'tongban_lang=en; tongban_elder=1', 'accept-encoding': 'br' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    const html = await res.text();
    expect(html).toContain('<html lang="en" class="elder">');
    expect(html).toContain('Government services, done once, online');
    expect(html).toContain('<script type="application/json" id="tongban-state">');
    const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const asset = await fetch(`${server.url}${script}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(asset.headers.get('content-encoding')).toBe('br');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const other = await fetch(`${server.url}/wallet`);
    expect(await other.text()).toContain('<div id="root"></div>'); // a signed-in page is drawn by the browser alone
  });

  it('raised no error in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
