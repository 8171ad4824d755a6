// A department admin edits and publishes a service item with the structured editor, no JSON typed: a time limit
// the server rejects (the error sits by the input and the summary links to it), a fee, a material's name, a task's
// time limit, a new form field moved up its section; the preview shows the form as applicants will see it; the
// published guide carries the changes. The raw JSON stays one tab away. axe checks the editor.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newPage, pageErrors, shot, signIn } from './support.js';

const ITEM = 'temporary-assistance'; // 临时救助申请 of mzj: in no life-event bundle, no other browser test reads it

const server = { url: inject('e2eServerUrl') };
let browser: Browser;
let admin: Page;

beforeAll(async () => {
  browser = await launch();
  admin = (await newPage(browser, server.url)).page;
});
afterAll(async () => {
  await browser?.close();
});

const legends = (group: Locator) => group.locator(':scope > fieldset > legend').allTextContents();

describe('the item editor, structured', () => {
  it('the admin opens the item from the department\'s list', async () => {
    await signIn(admin, 'admin.mzj');
    await admin.goto('/admin/items');
    await admin.getByRole('link', { name: '临时救助申请' }).click();
    await admin.getByRole('heading', { name: '编辑：临时救助申请' }).waitFor();
    expect(await admin.getByRole('tab', { name: '事项内容' }).getAttribute('aria-selected')).toBe('true');
    await shot(admin, 'item-editor');
  });

  it('a committed time limit longer than the statutory one is refused, with the error by the input', async () => {
    await admin.getByLabel('承诺时限（工作日）').fill('20');
    await admin.getByRole('button', { name: '保存草稿' }).click();
    const summary = admin.locator('.error-summary');
    await summary.getByText('承诺时限不能长于法定时限').waitFor();
    expect(await admin.locator('#edit-timeLimits-committedDays-error').textContent()).toContain('承诺时限不能长于法定时限');
    expect(await admin.getByLabel('承诺时限（工作日）').getAttribute('aria-invalid')).toBe('true');
    await shot(admin, 'item-editor-error');
    await summary.getByRole('link').first().click();
    await expect.poll(() => admin.evaluate(() => document.activeElement?.id)).toBe('edit-timeLimits-committedDays');
    await admin.keyboard.press('Control+A');
    await admin.keyboard.type('4');
  });

  it('edits a fee, a material, a task and the form without touching JSON', async () => {
    await admin.getByRole('button', { name: '添加收费项目' }).click();
    await admin.getByLabel('收费名称（中文）').fill('证明材料复印费');
    await admin.getByLabel('收费名称（英文）').fill('Copies of supporting documents');
    await admin.getByLabel('金额（元）').fill('2');

    await admin.getByLabel('材料名称（中文）').nth(2).fill('家庭经济状况核对授权书（签字）');
    await admin.getByLabel('任务时限（工作日）').first().fill('2');

    const hardship = admin.getByRole('group', { name: '栏目：困难情况（hardship）' });
    const add = hardship.getByRole('group', { name: '添加字段' });
    await add.getByLabel('字段代码').fill('contactTime');
    await add.getByLabel('字段名称（中文）').fill('方便联系的时间');
    await add.getByLabel('字段名称（英文）').fill('Best time to call');
    await add.getByLabel('字段类型').selectOption({ label: '文字' });
    await add.getByRole('button', { name: '添加字段' }).click();
    const added = hardship.getByRole('group', { name: '字段：方便联系的时间（contactTime）' });
    await added.getByLabel('必填').check();
    expect((await legends(hardship)).at(-1)).toBe('字段：方便联系的时间（contactTime）');
    await added.getByRole('button', { name: /^上移/ }).click();
    await expect.poll(async () => (await legends(hardship)).at(-2)).toBe('字段：方便联系的时间（contactTime）');

    // a code already in the section is refused where it is typed
    await add.getByLabel('字段代码').fill('description');
    await add.getByLabel('字段名称（中文）').fill('重复');
    await add.getByRole('button', { name: '添加字段' }).click();
    await add.getByText('已有代码为 description 的字段').waitFor();
    await add.getByLabel('字段代码').fill('');
    await add.getByLabel('字段名称（中文）').fill('');
  });

  it('previews the guide and the form, passes axe, and publishes', async () => {
    await admin.getByRole('button', { name: '预览' }).click();
    const preview = admin.locator('#preview');
    await preview.getByRole('heading', { name: '申请表预览' }).waitFor();
    await preview.getByText('证明材料复印费：2 元').waitFor();
    await preview.getByLabel('方便联系的时间').fill('工作日下午');
    await expectAccessible(admin, 'the item editor with its preview');
    await shot(admin, 'item-editor-preview');
    await admin.getByRole('button', { name: '发布' }).click();
    await admin.getByText(/^已发布第 \d+ 版。$/).waitFor();
    await shot(admin, 'item-editor-published');

    const { context, page } = await newPage(browser, server.url);
    await page.goto(`/guide/item/${ITEM}`);
    await page.getByText('证明材料复印费').waitFor();
    expect(await page.locator('main').textContent()).toContain('家庭经济状况核对授权书（签字）');
    await context.close();
  });

  it('the JSON tab holds the whole definition; broken JSON is refused on the way back', async () => {
    await admin.getByRole('tab', { name: '事项内容' }).focus();
    await admin.keyboard.press('ArrowRight'); // tabs move with the arrow keys
    await expect.poll(() => admin.getByRole('tab', { name: '高级（JSON）' }).getAttribute('aria-selected')).toBe('true');
    const json = admin.getByLabel('事项定义（JSON）');
    expect(await json.inputValue()).toContain('"contactTime"');
    await json.fill('{ "code": ');
    await admin.getByRole('tab', { name: '事项内容' }).click();
    await admin.locator('#json-error').getByText('事项定义不是有效的 JSON').waitFor();
    await expectAccessible(admin, 'the item editor, JSON tab');
    await shot(admin, 'item-editor-json');
    expect(pageErrors).toEqual([]);
  });
});
