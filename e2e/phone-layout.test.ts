// On a phone (issue 14): My cases and the data-access log become cards below a width, so nothing runs off the
// side (it was 608 px wide, 756 px in elder mode) and status and time limit are not squeezed into one-character
// columns. Checked at 360 px, in normal and elder mode: the document is no wider than the screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newPage, shot, signIn } from './support.js';

const CITIZEN = '339902198803150014'; // 张三, demo: his household's data is read by departments, and he files cases

const server = { url: inject('e2eServerUrl') };
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
  // A life-event draft (My cases lists it) and a registry record fetched for a draft of his (his data-access log
  // has a row with the source and the case as its reason): made through the API, as the browser would.
  const { page } = await newPage(browser, server.url);
  await signIn(page, CITIZEN);
  const statuses = await page.evaluate(async () => {
    const csrf = /(?:^|;\s*)tongban_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
    const post = (url: string, body: unknown) => fetch(`/api/v1${url}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify(body) });
    const bundle = await post('/bundle-drafts', { bundleCode: 'newborn' });
    const draft = await post('/applications/drafts', { itemCode: 'birth-household-registration' });
    const { id } = await draft.json() as { id: string };
    const fetched = await post(`/applications/${id}/materials/parent-household-register/fetch`, {});
    return [bundle.status, draft.status, fetched.status];
  });
  expect(statuses).toEqual([expect.any(Number), 201, 200]);
  await page.context().close();
});
afterAll(async () => {
  await browser?.close();
});

const width = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('at 360 px', () => {
  for (const elder of [false, true]) {
    const mode = elder ? 'elder' : 'normal';
    it(`My cases and the data-access log fit the screen (${mode} mode)`, async () => {
      const { page, context } = await newPage(browser, server.url, { elder });
      await signIn(page, CITIZEN);
      await page.setViewportSize({ width: 360, height: 780 });

      await page.goto('/data-access');
      await page.locator('main h1').waitFor();
      await page.locator('main table, main p').first().waitFor();
      await expect.poll(() => width(page)).toBeLessThanOrEqual(360);
      await expect.poll(() => page.locator('main table tbody tr').count()).toBeGreaterThan(0);
      {
        // each cell says which column it is: a card, not a squeezed table
        expect(await page.locator('main table tbody tr').first().locator('td').first().evaluate((td) => getComputedStyle(td).display)).toBe('block');
      }
      {
        // who read and which data in words (issue 14): no account:/exchange: labels or ids outside the folded raw label
        const row = page.locator('main table tbody tr').first();
        const shown = await row.evaluate((tr) => { const c = tr.cloneNode(true) as HTMLElement; c.querySelectorAll('details').forEach((d) => d.remove()); return c.textContent ?? ''; });
        expect(shown, shown).not.toMatch(/account:|client:|exchange:|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
        expect(shown).toContain('户籍');
      }
      await expectAccessible(page, `data-access at 360 px (${mode})`);
      await shot(page, `phone-after-data-access-${mode}`);

      await page.goto('/cases');
      await page.locator('main h1').waitFor();
      await page.getByRole('heading', { name: '未提交的一件事' }).waitFor();
      await expect.poll(() => width(page)).toBeLessThanOrEqual(360);
      for (const row of await page.locator('main table tbody tr').all()) {
        // status and time limit are each on their own line, at least a few characters wide
        for (const td of await row.locator('td').all()) {
          if (await td.isVisible()) expect((await td.boundingBox())!.width).toBeGreaterThan(200);
        }
      }
      await expectAccessible(page, `My cases at 360 px (${mode})`);
      await shot(page, `phone-after-my-cases-${mode}`);
      await context.close();
    });
  }
});
