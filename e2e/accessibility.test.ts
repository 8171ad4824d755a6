// axe-core on every main page, in the normal and the elder-friendly mode: no serious or critical WCAG 2.1 A/AA
// violation. The elder mode's toggle is on every page, gives at least 18 px body text and persists.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newPage, pageErrors, shot, signIn } from './support.js';

const server = { url: inject('e2eServerUrl') };
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Visits each page, waits until its heading is there and nothing is loading, and runs axe. */
async function audit(page: Page, paths: string[], mode: string): Promise<void> {
  for (const path of paths) {
    await page.goto(path);
    await page.locator('main h1').first().waitFor();
    await expect.poll(() => page.locator('.loading').count()).toBe(0);
    await expectAccessible(page, `${path} (${mode})`);
  }
}

const PUBLIC = ['/', '/search?q=%E8%BA%AB%E4%BB%BD%E8%AF%81%E5%88%B0%E6%9C%9F', '/guide/item/id-card-renewal', '/guide/bundle/newborn', '/verify', '/sign-in', '/no-such-page'];
const CITIZEN = ['/cases', '/inbox', '/data-access', '/apply/item/birth-household-registration'];
const STAFF = ['/staff', '/staff/rectifications'];
const CLERK = ['/staff/window'];
const ADMIN = ['/admin/items', '/admin/items/birth-household-registration'];

describe.each([{ mode: 'normal', elder: false }, { mode: 'elder', elder: true }])('every main page in $mode mode', ({ mode, elder }) => {
  it('public pages: home, search, guides, verifier, sign-in, not found', async () => {
    const { context, page } = await newPage(browser, server.url, { elder });
    await audit(page, PUBLIC, mode);
    await page.goto('/');
    await page.locator('main h1').waitFor();
    await shot(page, `a11y-home-${mode}`);
    await context.close();
  });

  it('a citizen\'s pages: cases, inbox, data access, the first page of an application', async () => {
    const { context, page } = await newPage(browser, server.url, { elder });
    await signIn(page, '339902198803150014');
    await audit(page, CITIZEN, mode);
    await page.waitForURL(/\/apply\/item\/birth-household-registration\/.+\/0$/);
    await shot(page, `a11y-apply-${mode}`);
    await context.close();
  });

  it('the workbench: queue, rectifications, window filing, the item editor', async () => {
    for (const [who, paths] of [['reviewer.gaj', STAFF], ['clerk', CLERK], ['admin.gaj', ADMIN]] as const) {
      const { context, page } = await newPage(browser, server.url, { elder });
      await signIn(page, who);
      await audit(page, [...paths], mode);
      await context.close();
    }
  });
});

describe('the elder-friendly mode', () => {
  it('is one press away on every page, enlarges the text to at least 18 px, hides the extras, and persists', async () => {
    const { context, page } = await newPage(browser, server.url);
    await page.goto('/guide/bundle/newborn');
    await page.locator('main h1').waitFor();
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(await size()).toBeLessThan(18);
    const toggle = page.getByRole('button', { name: '长辈模式' });
    await toggle.click();
    await expect.poll(size).toBeGreaterThanOrEqual(18);
    expect(await page.getByRole('button', { name: '退出长辈模式' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.not-elder').first().isVisible()).toBe(false);
    await page.reload();
    await page.locator('main h1').waitFor();
    expect(await size()).toBeGreaterThanOrEqual(18);
    await shot(page, 'elder-guide');
    const target = await page.getByRole('button', { name: '退出长辈模式' }).boundingBox();
    expect(target!.height).toBeGreaterThanOrEqual(48);
    await context.close();
  });

  it('the English version is complete on the pages a citizen starts from', async () => {
    const { context, page } = await newPage(browser, server.url, { lang: 'en' });
    await page.goto('/');
    await page.getByRole('heading', { name: 'Government services, done once, online' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '一网通办，一次办好' }).waitFor();
    await context.close();
  });

  it('raised no error in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
