// 新生儿出生一件事 in a real browser: the mother signs in and applies once, by keyboard alone (search, guide, one
// section per page, prefilled fields shown with their source, an upload with progress, check your answers);
// the reviewers of every department on the case approve it from their workbench queues; she follows the case,
// rates one part 不满意, and the department finds it in its rectification queue. When the certificates API is
// there, she finds the birth certificate in her wallet, shares it, and the verifier page accepts the share.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makePng } from '../src/test/samples.js';
import { expectAccessible, launch, newPage, pageErrors, shot, signIn, tabTo } from './support.js';

const MOTHER = '339902199006120044'; // 王芳, demo
const REVIEWERS = ['reviewer.wjw', 'reviewer.gaj', 'reviewer.ybj', 'reviewer.swj', 'reviewer.rsj'];

const server = { url: inject('e2eServerUrl') };
let browser: Browser;
let mother: Page;
let caseNumber = '';

beforeAll(async () => {
  browser = await launch();
  mother = (await newPage(browser, server.url)).page;
});
afterAll(async () => {
  await browser?.close();
});

const press = (page: Page, key: string) => page.keyboard.press(key);
const type = (page: Page, text: string) => page.keyboard.type(text);
const heading = (page: Page) => page.locator('main h1').first();

/** On a wizard page: fill every field this test knows by keyboard, then "save and continue". */
async function fillStep(page: Page, answers: Record<string, string | { radio: number } | { select: number }>): Promise<void> {
  for (const [id, answer] of Object.entries(answers)) {
    if (!(await page.locator(`#${id}`).count())) continue;
    if (typeof answer === 'string') {
      await tabTo(page, `#${id}`);
      await type(page, answer);
    } else if ('radio' in answer) {
      await tabTo(page, `input[type=radio][name="${id}"]`);
      for (let i = 0; i < answer.radio; i++) await press(page, 'ArrowDown');
      await press(page, 'Space');
    } else {
      await tabTo(page, `#${id}`);
      for (let i = 0; i < answer.select; i++) await press(page, 'ArrowDown'); // a focused, closed <select> steps through its options
    }
  }
  await tabTo(page, 'form button[type=submit]');
  await press(page, 'Enter');
}

describe('新生儿出生一件事 in the browser', () => {
  it('the mother finds the life event by a colloquial search and reads its guide', async () => {
    await mother.goto('/');
    await expect.poll(() => heading(mother).textContent()).toContain('一网通办');
    await shot(mother, 'home');
    await tabTo(mother, '#q');
    await type(mother, '生孩子要办什么');
    await press(mother, 'Enter');
    await mother.waitForURL(/\/search/);
    await mother.getByRole('link', { name: '新生儿出生一件事' }).waitFor();
    await shot(mother, 'search');
    await tabTo(mother, 'a[href="/guide/bundle/newborn"]');
    await press(mother, 'Enter');
    await expect.poll(() => heading(mother).textContent()).toBe('新生儿出生一件事');
    await mother.getByRole('table').waitFor();
    await shot(mother, 'guide');
  });

  it('signs in and applies once by keyboard alone: shared fields, each item\'s sections, an upload, check your answers', async () => {
    await tabTo(mother, 'a[href="/apply/bundle/newborn"]');
    await press(mother, 'Enter');
    await mother.getByText('申请前请先登录').waitFor();
    await tabTo(mother, 'main a[href^="/sign-in"]');
    await press(mother, 'Enter');
    await mother.waitForURL(/\/sign-in/);
    await tabTo(mother, '#identifier');
    await type(mother, MOTHER);
    await tabTo(mother, '#password');
    await type(mother, 'demo-pass-2026');
    await press(mother, 'Enter');
    await mother.waitForURL(/\/apply\/bundle\/newborn/);

    // the error summary: continuing with nothing filled names each field and links to it
    await expect.poll(() => heading(mother).textContent()).toBe('宝宝的信息');
    await tabTo(mother, 'form button[type=submit]');
    await press(mother, 'Enter');
    await mother.locator('.error-summary').waitFor();
    await expect.poll(() => mother.locator('.error-summary li').count()).toBe(4);
    await expect.poll(() => mother.evaluate(() => document.activeElement?.className)).toContain('error-summary');
    await shot(mother, 'apply-error-summary');
    await tabTo(mother, '.error-summary a');
    await press(mother, 'Enter');
    await expect.poll(() => mother.evaluate(() => document.activeElement?.id)).toBe('f-shared-childName');

    await type(mother, '张小宝');
    await fillStep(mother, { 'f-shared-childSex': { radio: 1 }, 'f-shared-childBirthDate': '2026-11-20', 'f-shared-birthPlace': '示范市妇幼保健院' });

    // the pages that follow, one section each; prefilled fields are shown with where they came from
    const seen: string[] = [];
    for (let guard = 0; guard < 20 && !mother.url().endsWith('/materials'); guard++) {
      await expect.poll(() => mother.url()).toMatch(/\/apply\/bundle\/newborn\/(\d+|materials)$/);
      if (mother.url().endsWith('/materials')) break;
      const n = Number(/\/(\d+)$/.exec(mother.url())![1]);
      await mother.getByText(`第 ${n + 1} 步，`).waitFor(); // the step's page has rendered
      const title = (await heading(mother).textContent())!;
      seen.push(title);
      if (await mother.locator('.prefilled').count()) {
        expect(await mother.locator('.prefilled .hint').first().textContent({ timeout: 15_000 })).toContain('已自动填写，来源');
        if (seen.length <= 3) await shot(mother, `apply-prefilled-${seen.length}`);
      }
      const before = mother.url();
      if (process.env.E2E_DEBUG) console.log(new Date().toISOString(), title, before);
      await fillStep(mother, {
        // one page per fact (issue 14): the relation asked once, for every item that needs it
        'f-shared-relation': { radio: 0 },
        'f-shared-registerWith': { radio: 0 },
        'f-shared-residenceAddress': '示范市幸福路 8 号',
        'f-shared-clinicName': '幸福社区卫生服务中心',
        'f-shared-paymentMethod': { radio: 0 },
        'f-shared-cardBank': { select: 1 },
        'f-shared-cardDelivery': { radio: 1 },
      });
      await expect.poll(() => mother.url(), { message: `${title}: did not move on`, timeout: 30_000 }).not.toBe(before);
    }
    expect(seen).toEqual(['父母信息', '预防接种', '医保缴费与社保卡']); // then materials and the check page

    // materials: what can be fetched is listed, not asked for; the optional photo is uploaded with progress
    await expect.poll(() => heading(mother).textContent()).toBe('申请材料');
    expect(await mother.locator('#reuse-title').count()).toBe(1);
    // certificate reuse: she confirms each certificate from her wallet that the items accept, by keyboard
    const reuse = await mother.locator('input[id^="reuse-"]').evaluateAll((els) => els.map((e) => e.id));
    expect(reuse.length).toBeGreaterThanOrEqual(1);
    for (const id of reuse) {
      await tabTo(mother, `#${id}`);
      await press(mother, 'Space');
    }
    const chooser = mother.waitForEvent('filechooser');
    await tabTo(mother, 'input[type=file]');
    await press(mother, 'Space');
    await (await chooser).setFiles({ name: 'photo.png', mimeType: 'image/png', buffer: makePng(200, 180, 160) });
    await mother.getByText('已上传：photo.png').waitFor();
    await shot(mother, 'apply-materials');
    await tabTo(mother, 'form button[type=submit]');
    await press(mother, 'Enter');

    // check your answers, the declaration, submit
    await expect.poll(() => heading(mother).textContent()).toBe('提交前请核对您的信息');
    expect(await mother.locator('.summary-list').first().textContent()).toContain('张小宝');
    expect(await mother.locator('main').textContent()).toContain('复用电子证照');
    await shot(mother, 'apply-check-answers');
    await tabTo(mother, '#declaration');
    await press(mother, 'Space');
    await tabTo(mother, 'main button.button:not([disabled])');
    await press(mother, 'Enter');
    await mother.getByText('申请已提交').waitFor();
    caseNumber = (await mother.locator('.panel-confirm strong').textContent())!;
    expect(caseNumber).toMatch(/^YJS\d{14}$/);
    await shot(mother, 'apply-done');
  });

  it('the reviewers of each department approve their part from the workbench', async () => {
    const reviewers: Page[] = [];
    for (const username of REVIEWERS) {
      const { page } = await newPage(browser, server.url);
      await signIn(page, username);
      await page.waitForURL(/\/staff/);
      reviewers.push(page);
    }
    let approved = 0;
    for (let round = 0; round < 3; round++) { // a stage opens when the one before it is approved
      let decided = 0;
      for (const page of reviewers) {
        for (;;) {
          await page.goto('/staff');
          await page.locator('tbody tr').or(page.getByText('当前没有任务。')).first().waitFor(); // the queue has loaded
          if (approved === 0) await shot(page, 'workbench-queue');
          const row = page.locator('tbody tr', { hasText: '王*' }).first(); // the queue shows names masked
          if (!(await row.count())) break;
          await row.locator('a').first().click();
          await page.getByRole('heading', { name: '办理', exact: true }).waitFor();
          expect(await page.locator('.summary-list.compact').textContent()).not.toContain(MOTHER); // ID numbers masked
          if (approved === 0) await shot(page, 'workbench-case');
          await page.getByLabel('同意').check();
          await page.getByLabel('理由').fill('材料齐全，符合条件');
          await page.getByRole('button', { name: '确认' }).click();
          await page.getByText('已同意。').waitFor();
          approved += 1;
          decided += 1;
        }
      }
      if (decided === 0) break;
    }
    await Promise.all(reviewers.map((p) => p.context().close()));
    expect(approved).toBe(6); // five items; medical insurance is reviewed by two departments
  });

  it('the mother sees every case approved, with its timeline, and a 不满意 reaches the department\'s rectification queue', async () => {
    await mother.goto('/cases');
    await mother.locator('tbody tr').first().waitFor();
    await expect.poll(() => mother.locator('tbody tr', { hasText: '已办结（准予）' }).count()).toBe(5);
    await shot(mother, 'my-cases');
    await mother.getByRole('link', { name: '预防接种证办理' }).click();
    await mother.getByRole('heading', { name: '办件记录' }).waitFor();
    await mother.getByRole('heading', { name: '评价本次服务' }).waitFor();
    await mother.getByLabel('不满意', { exact: true }).check();
    await mother.getByLabel('意见和建议（选填）').fill('接种门诊预约电话一直打不通');
    await mother.getByRole('button', { name: '提交评价' }).click();
    await mother.getByText('您的评价：不满意').waitFor();
    await shot(mother, 'case-rated');

    const { context, page } = await newPage(browser, server.url);
    await signIn(page, 'reviewer.wjw');
    await page.goto('/staff/rectifications');
    await page.getByText('接种门诊预约电话一直打不通').waitFor();
    await shot(page, 'rectification-queue');
    await page.getByLabel('整改答复').fill('已开通线上预约，并增加值守人员');
    await page.getByRole('button', { name: '提交答复' }).click();
    await page.getByText('没有差评整改任务。').waitFor();
    await context.close();
  });

  it('the birth certificate is in her wallet; she shares it and the verifier page accepts the share', async () => {
    await mother.goto('/wallet');
    await mother.getByRole('link', { name: '出生医学证明' }).click();
    await mother.getByRole('heading', { name: '出示给他人' }).waitFor();
    await shot(mother, 'wallet-certificate');
    await mother.getByLabel('出示给谁').fill('示范市第一人民医院');
    await mother.getByRole('button', { name: '生成二维码和链接' }).click();
    await mother.locator('img.qr').waitFor();
    const link = await mother.locator('#share-link').inputValue();
    expect(link).toContain('/verify#vp=');
    await shot(mother, 'wallet-shared');

    const { context, page } = await newPage(browser, server.url); // the verifier: not signed in
    await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    // Either answer ends the wait; a refusal then fails with the reason the page gave, not a bare timeout.
    await page.getByRole('heading', { name: /^(有效|无效)$/ }).waitFor({ timeout: 60_000 });
    expect(await page.locator('.verdict').innerText()).toMatch(/^有效/);
    expect(page.url()).not.toContain('#vp='); // the token does not stay in the address bar
    await shot(page, 'verifier-valid');
    await page.getByLabel('令牌或链接').fill('not-a-token');
    await page.getByRole('button', { name: '核验' }).click();
    await page.getByRole('heading', { name: '无效' }).waitFor();
    await context.close();
  });

  it('raised no error in any page, and the pages it saw pass axe', async () => {
    await mother.goto('/cases');
    await mother.locator('tbody tr').first().waitFor();
    await expectAccessible(mother, 'my cases');
    expect(pageErrors).toEqual([]);
  });
});
