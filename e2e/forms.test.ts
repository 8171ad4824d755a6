// Every published item's form, as a citizen sees it: no choice shows a raw code (expired, collect …), in Chinese or
// in English; dates are taken as people write them; a condition the answers do not meet is said before sending;
// services can be browsed by theme and department; guides state conditions, halls and phone; an unknown guide is a
// 404 page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newPage, shot } from './support.js';

const server = { url: inject('e2eServerUrl') };
let browser: Browser;

const PASSWORD = 'forms-e2e-pass-2026';
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idNumber = (body17: string) => body17 + '10X98765432'[[...body17].reduce((s, d, i) => s + Number(d) * WEIGHTS[i]!, 0) % 11]!;

/** A citizen of our own (no other browser test signs them in), registered through the API. */
async function registerCitizen(name: string, body17: string): Promise<string> {
  const id = idNumber(body17);
  const res = await fetch(`${server.url}/api/v1/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, idNumber: id, phone: `139${body17.slice(-8)}`, password: PASSWORD }) });
  expect(res.status).toBe(202);
  return id;
}

async function signInAs(page: Page, id: string) {
  await page.goto('/sign-in');
  await page.getByLabel(/身份证号码或工作人员账号|ID number or staff user name/).fill(id);
  await page.getByLabel(/^密码$|^Password$/).fill(PASSWORD);
  await page.getByRole('button', { name: /^登录$|^Sign in$/ }).click();
  await page.waitForURL((u) => u.pathname !== '/sign-in');
}

interface Schema { type?: string; properties?: Record<string, Schema>; enum?: unknown[]; items?: Schema; 'x-sections'?: { key: string }[]; 'x-prefill'?: Record<string, string> }
interface Item { code: string; applicantTypes: string[]; definition?: { form: Schema } }

/** The number of form pages the wizard shows: one per section with at least one field the person fills in. */
function stepCount(form: Schema): number {
  const prefill = new Set(Object.keys(form['x-prefill'] ?? {}));
  const leaves = (s: Schema, at: string): string[] => (s.type === 'object' || (s.properties && !s.enum)
    ? Object.entries(s.properties ?? {}).flatMap(([k, c]) => leaves(c, `${at}/${k}`)) : [at]);
  const keys = [...(form['x-sections'] ?? []).map((s) => s.key), ...Object.keys(form.properties ?? {}).filter((k) => !(form['x-sections'] ?? []).some((s) => s.key === k))];
  return keys.filter((k) => form.properties?.[k] && leaves(form.properties[k]!, `/${k}`).some((p) => !prefill.has(p))).length;
}

/** Every choice's code in a form. */
function codesOf(s: Schema, out = new Set<string>()): Set<string> {
  s.enum?.forEach((v) => out.add(String(v)));
  Object.values(s.properties ?? {}).forEach((c) => codesOf(c, out));
  if (s.items) codesOf(s.items, out);
  return out;
}

const RAW = /^[a-z0-9-_.]+$/;

/** Goes on through the wizard's pages (those filled in for the person need no answer) until `field` is on the page. */
async function continueUntil(page: Page, field: ReturnType<Page['getByLabel']>) {
  for (let i = 0; i < 4 && !(await field.first().isVisible()); i++) {
    const at = page.url();
    await page.getByRole('button', { name: /继续|Continue/ }).click();
    await page.waitForURL((u) => u.href !== at);
    await page.locator('main h1').first().waitFor();
  }
}

/** The text of every choice on the page: radios, checkboxes and the options of selects (not the "please choose"). */
const choiceTexts = (page: Page) => page.evaluate(() => [
  ...[...document.querySelectorAll('main label.radio span, main .checkboxes label span')].map((e) => e.textContent?.trim() ?? ''),
  ...[...document.querySelectorAll('main select option')].filter((o) => (o as HTMLOptionElement).value !== '').map((o) => o.textContent?.trim() ?? ''),
]);

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('service forms', () => {
  it('show every choice of every published item with a label, never its code, in both languages', { timeout: 600_000 }, async () => {
    const citizen = await registerCitizen('表单巡检', '33990219850101771');
    const items = await (await fetch(`${server.url}/api/v1/catalog/items`)).json() as Item[];
    expect(items.length).toBeGreaterThanOrEqual(51);
    for (const lang of ['zh', 'en'] as const) {
      const { context, page } = await newPage(browser, server.url, { lang });
      await signInAs(page, citizen);
      const raw: string[] = [];
      let choices = 0;
      for (const item of items) {
        const { definition } = await (await fetch(`${server.url}/api/v1/catalog/items/${item.code}`)).json() as { definition: { form: Schema } };
        const codes = codesOf(definition.form);
        await page.goto(`/apply/item/${item.code}`);
        await page.waitForURL((u) => /\/apply\/item\/[\w-]+\/[\w-]+\/0$/.test(u.pathname), { timeout: 20_000 });
        const base = new URL(page.url()).pathname.replace(/\/0$/, '');
        for (let step = 0; step < stepCount(definition.form); step++) {
          if (step > 0) await page.goto(`${base}/${step}`);
          await page.locator('main h1').first().waitFor();
          await page.locator('main .field').first().waitFor();
          for (const text of await choiceTexts(page)) {
            choices += 1;
            if (codes.has(text) || RAW.test(text)) raw.push(`${item.code} step ${step}: "${text}"`);
          }
        }
        if (item.code === 'food-business-license') await shot(page, `forms-choices-labelled-${lang}`);
      }
      expect(raw, `raw codes shown (${lang})`).toEqual([]);
      expect(choices).toBeGreaterThan(250); // the walk saw the choices: a form that rendered none would pass for the wrong reason
      await context.close();
    }
  });

  it('takes a date written 2026年11月28日 and says plainly when a date is not real', async () => {
    const citizen = await registerCitizen('日期测试', '33990219870303772');
    const { context, page } = await newPage(browser, server.url);
    await signInAs(page, citizen);
    await page.goto('/apply/item/id-card-loss-replacement');
    await page.waitForURL((u) => /\/0$/.test(u.pathname));
    const date = page.getByLabel(/丢失日期/);
    await continueUntil(page, date);
    await date.fill('2026年2月30日');
    await page.getByRole('button', { name: /继续|Continue/ }).click();
    await expect.poll(() => page.locator('.error-summary').textContent()).toContain('请填写有效日期');
    await shot(page, 'forms-date-not-real');
    await date.fill('2026年11月28日');
    await page.getByLabel(/窗口领取/).check();
    await page.getByRole('button', { name: /继续|Continue/ }).click();
    await page.waitForURL((u) => !/\/0$/.test(u.pathname));
    await context.close();
  });

  it('asks for the postal address when 邮寄 is chosen, and not otherwise', async () => {
    const citizen = await registerCitizen('邮寄测试', '33990219880404773');
    const { context, page } = await newPage(browser, server.url);
    await signInAs(page, citizen);
    await page.goto('/apply/item/id-card-renewal');
    await page.waitForURL((u) => /\/0$/.test(u.pathname));
    await continueUntil(page, page.getByLabel('有效期满'));
    await page.getByLabel('有效期满').check();
    await page.getByLabel('邮寄', { exact: true }).check();
    await page.getByRole('button', { name: /继续|Continue/ }).click();
    await expect.poll(() => page.locator('.error-summary').textContent()).toContain('邮寄地址');
    await shot(page, 'forms-post-needs-address');
    await expectAccessible(page, 'form with the address error');
    await context.close();
  });
});

describe('browsing and guides', () => {
  it('browses by theme for people and businesses, and by department', async () => {
    const { context, page } = await newPage(browser, server.url);
    await page.goto('/');
    await page.getByRole('heading', { name: '按主题浏览办事服务' }).waitFor();
    await page.getByRole('link', { name: '生育收养' }).click();
    await page.getByRole('heading', { level: 1, name: '生育收养' }).waitFor();
    await expect.poll(() => page.locator('main .results li').count()).toBeGreaterThanOrEqual(5);
    expect(await page.getByRole('link', { name: '新生儿入户' }).count() + await page.locator('main .results a[href="/guide/item/birth-household-registration"]').count()).toBeGreaterThan(0);
    await shot(page, 'forms-browse-topic');
    await expectAccessible(page, 'browse by theme');
    await page.getByRole('link', { name: '企业开办与变更' }).click();
    await page.locator('main .results a[href="/guide/item/enterprise-establishment-registration"]').waitFor();
    const department = page.locator('#browse-department ~ ul a').first();
    const name = (await department.textContent())!.trim();
    expect(name).not.toMatch(RAW);
    await department.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await expect.poll(() => page.locator('main .results li').count()).toBeGreaterThan(0);
    await shot(page, 'forms-browse-department');
    await context.close();
  });

  it('shows a guide\'s conditions, its halls and its consultation phone; in English too', async () => {
    const { context, page } = await newPage(browser, server.url);
    await page.goto('/guide/item/elderly-longevity-allowance');
    await page.getByRole('heading', { name: '申请条件' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('年满 80 周岁');
    expect(await page.locator('main').textContent()).toMatch(/地址：.+/);
    expect(await page.locator('main').textContent()).toMatch(/咨询电话：.*\d{3,4}-?\d{7,8}/);
    await shot(page, 'forms-guide-conditions');
    await expectAccessible(page, 'guide with conditions');
    await context.close();
    const en = await newPage(browser, server.url, { lang: 'en' });
    await en.page.goto('/search?q=%E9%AB%98%E9%BE%84%E6%B4%A5%E8%B4%B4'); // 高龄津贴
    await en.page.locator('main .results li').first().waitFor();
    const summary = await en.page.locator('main .results li p').first().textContent();
    expect(summary).not.toMatch(/[\u4e00-\u9fff]/); // an English summary for an English reader
    await shot(en.page, 'forms-search-english-summary');
    await en.context.close();
  });

  it('answers a guide for an unknown item with a 404 page, without script too', async () => {
    const res = await fetch(`${server.url}/guide/item/no-such-item`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toMatch(/正在加载|Loading…/);
    const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false, locale: 'zh-CN' });
    const page = await context.newPage();
    const answer = await page.goto('/guide/item/no-such-item');
    expect(answer?.status()).toBe(404);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shot(page, 'forms-guide-404-no-script');
    await context.close();
  });
});
