// 新生儿出生一件事 in at most 8 steps, no question asked twice (issue 14): the mother walks the life event in a real
// browser: one page per fact (the baby, the parents, vaccination, insurance and the card), the father taken from
// her marriage certificate with its source shown, the insurance category given (never asked), the father's ID
// card never offered her own card, the check page readable on a phone. The answers are a server draft (issue 15):
// she picks it up in another browser, signing out leaves nothing in this one, and My cases lists it to continue.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newPage, shot, signIn } from './support.js';

const MOTHER = '339902199006120044'; // 王芳, demo: married to 张三
const FATHER_NAME = '张三';

const server = { url: inject('e2eServerUrl') };
let browser: Browser;
let mother: Page;

beforeAll(async () => {
  browser = await launch();
  mother = (await newPage(browser, server.url)).page;
});
afterAll(async () => {
  await browser?.close();
});

const heading = (page: Page) => page.locator('main h1').first();
/** The questions on the page: each field's label and each choice's legend (not the options), as the reader sees them. */
const questions = (page: Page) => page.locator('main form label:not(.radio):not(.checkbox), main form legend').evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/（选填）|\(optional\)/g, '').trim()));

async function answer(page: Page, fields: Record<string, string | { check: string } | { select: string }>) {
  for (const [id, value] of Object.entries(fields)) {
    if (typeof value === 'string') await page.fill(`#${id}`, value);
    else if ('check' in value) await page.check(`#${value.check}`);
    else await page.selectOption(`#${id}`, value.select);
  }
}

const continueTo = async (page: Page, next: RegExp) => {
  await page.locator('form button[type=submit]').click();
  await page.waitForURL(next);
};

describe('新生儿出生一件事: every fact asked once, in at most 8 steps', () => {
  it('walks the life event: sections, prefilled father with its source, materials, check page', async () => {
    await signIn(mother, MOTHER);
    await mother.goto('/apply/bundle/newborn/0');
    await expect.poll(() => heading(mother).textContent()).toBe('宝宝的信息');
    const total = Number(/共 (\d+) 步/.exec((await mother.getByText(/第 1 步，共 \d+ 步/).textContent())!)![1]);
    expect(total).toBeLessThanOrEqual(8);

    const asked: string[] = [];
    const pages: string[] = [];
    const onStep = async (n: number, title: string, fields: Parameters<typeof answer>[1], next: RegExp) => {
      await mother.getByText(`第 ${n} 步，共 ${total} 步`).waitFor();
      await expect.poll(() => heading(mother).textContent()).toBe(title);
      pages.push(title);
      asked.push(...await questions(mother));
      await answer(mother, fields);
      await shot(mother, `newborn-after-step-${n}`);
      await continueTo(mother, next);
    };

    await onStep(1, '宝宝的信息', { 'f-shared-childName': '张小满', 'f-shared-childSex-1': { check: 'f-shared-childSex-1' }, 'f-shared-childBirthDate': '2026-11-28',
      'f-shared-birthTime': '08:30', 'f-shared-birthPlace': '示范市妇幼保健院', 'f-shared-weightGrams': '3250' }, /\/newborn\/1$/);

    // the parents: the father comes from her marriage certificate, with its source; she only confirms
    await mother.getByText(`第 2 步，共 ${total} 步`).waitFor();
    expect(await mother.inputValue('#f-shared-fatherName')).toBe(FATHER_NAME);
    expect(await mother.inputValue('#f-shared-fatherIdNumber')).toMatch(/^\d{17}[\dX]$/);
    expect(await mother.locator('main .notice').textContent()).toContain('结婚证');
    await onStep(2, '父母信息', { r: { check: 'f-shared-relation' }, w: { check: 'f-shared-registerWith' } }, /\/newborn\/2$/);
    await onStep(3, '预防接种', { 'f-shared-residenceAddress': '示范市东湖区湖滨路 66 号 3 幢 1502 室', 'f-shared-clinicName': '东湖街道社区卫生服务中心' }, /\/newborn\/3$/);
    await onStep(4, '医保缴费与社保卡', { p: { check: 'f-shared-paymentMethod' }, 'f-shared-cardBank': { select: 'icbc' }, d: { check: 'f-shared-cardDelivery-1' } }, /\/materials$/);

    // no question appears twice, and none of the identity pages of old is asked at all
    expect(asked.filter((q, i) => asked.indexOf(q) !== i)).toEqual([]);
    expect(asked.some((q) => q.includes('参保人员类别'))).toBe(false);
    expect(asked.filter((q) => q === '姓名')).toEqual([]);

    // materials: the father's ID card is never answered with the mother's own card from her wallet
    await expect.poll(() => heading(mother).textContent()).toBe('申请材料');
    pages.push('申请材料');
    expect(await mother.locator('#reuse-scope-father-id-card, [id^="reuse-"][id$="-father-id-card"]').count()).toBe(0);
    await expectAccessible(mother, 'newborn materials');
    await shot(mother, 'newborn-after-materials');
    await continueTo(mother, /\/check$/);

    // check your answers: the applicant once, the preset category shown, everything readable on a phone
    await expect.poll(() => heading(mother).textContent()).toBe('提交前请核对您的信息');
    pages.push('check');
    expect(pages.length).toBeLessThanOrEqual(8);
    expect(pages.length).toBe(total);
    const main = (await mother.locator('main').textContent())!;
    expect(main).toContain('张小满');
    expect(main).toContain(FATHER_NAME);
    expect(main).toContain('参保人员类别');
    await expectAccessible(mother, 'newborn check page');
    await shot(mother, 'newborn-after-check');
    await mother.setViewportSize({ width: 360, height: 780 });
    expect(await mother.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shot(mother, 'newborn-after-check-phone');
    await mother.setViewportSize({ width: 1280, height: 900 });
  });

  it('the answers are a server draft: another browser picks them up; sign-out leaves nothing in this one; My cases lists it', async () => {
    const { page: elsewhere } = await newPage(browser, server.url);
    await signIn(elsewhere, MOTHER);
    await elsewhere.goto('/cases');
    await elsewhere.getByRole('heading', { name: '未提交的一件事' }).waitFor();
    await shot(elsewhere, 'newborn-after-my-cases-draft');
    await elsewhere.getByRole('link', { name: /继续填写：新生儿出生一件事/ }).click();
    await expect.poll(() => heading(elsewhere).textContent()).toBe('宝宝的信息');
    expect(await elsewhere.inputValue('#f-shared-childName')).toBe('张小满');

    // this browser: nothing of hers is kept after she signs out
    expect(await mother.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tongban.bundle.')))).toEqual([]);
    await mother.evaluate(() => localStorage.setItem('tongban.uploads.left-over', '[]')); // as an older version left it
    await mother.goto('/');
    await mother.getByRole('button', { name: '退出' }).click();
    await mother.locator('header a[href="/sign-in"]').waitFor(); // signed out
    await expect.poll(() => mother.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tongban.bundle.') || k.startsWith('tongban.uploads.')))).toEqual([]);

    // she discards the draft from My cases (the journey test starts its own)
    await elsewhere.goto('/cases');
    await elsewhere.getByRole('button', { name: /删除草稿/ }).click();
    await expect.poll(() => elsewhere.getByRole('heading', { name: '未提交的一件事' }).count()).toBe(0);
  });
});
