// The admin console in the browser. The demo department admin of civil affairs (admin.mzj), in Chinese, writes a
// policy whose FEEL the server checks as it is typed (a mistake shows under the input before any save), adds a
// test case, runs the tests, previews who it reaches, publishes and withdraws it; tries the simulator; registers a
// data source, grants it to the police and revokes the grant, issues a machine client (the secret shown once) and
// revokes it, reads the flagged queries; creates a staff account, resets its password, gives it another role and
// disables it. The platform operator (admin), in English, adds a region, a department, a hall and a window, and
// rotates a department's signing keys and revokes one. One page in elder mode; axe on every screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { creditCodeCheckChar } from '../src/platform/identifiers.js';
import { expectAccessible, launch, newPage, pageErrors, shot, signIn } from './support.js';

const server = { url: inject('e2eServerUrl') };
let browser: Browser;
let admin: Page;
let operator: Page;

beforeAll(async () => {
  browser = await launch();
  admin = (await newPage(browser, server.url, { lang: 'zh' })).page;
  operator = (await newPage(browser, server.url, { lang: 'en' })).page;
});
afterAll(async () => {
  await browser?.close();
});

const POLICY = 'e2e-centenarian-care'; // matches no one in the demo city: publishing it tells nobody anything

describe('a department admin (民政局, in Chinese)', () => {
  it('reaches the console from the staff navigation and sees only a department admin\'s sections', async () => {
    await signIn(admin, 'admin.mzj');
    await admin.goto('/staff');
    await admin.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name: '管理控制台' }).click();
    await admin.getByRole('heading', { level: 1, name: '管理控制台' }).waitFor();
    const sections = admin.getByRole('navigation', { name: '管理控制台栏目' });
    expect(await sections.getByRole('link').allTextContents()).toEqual(['概览', '政策规则', '政策模拟器', '数据共享', '工作人员账号']);
    await expectAccessible(admin, 'admin console home');
    await shot(admin, 'admin-console-home');
  });

  it('writes a policy: a FEEL mistake is shown under the input as it is typed, before any save', async () => {
    await admin.goto('/admin/policies');
    await admin.getByRole('heading', { level: 1, name: '政策规则' }).waitFor();
    await admin.getByLabel('政策代码').fill(POLICY);
    await admin.getByRole('button', { name: '开始编写' }).click();
    await admin.getByRole('heading', { level: 1, name: '新建政策' }).waitFor();
    await admin.getByLabel('政策名称（中文）').fill('百岁老人关爱金');
    await admin.getByLabel('政策名称（英文）').fill('Care allowance for centenarians');
    await admin.getByLabel('政策简介（中文）').fill('年满 120 周岁的本市户籍老人每月发放关爱金。');
    await admin.getByLabel('政策简介（英文）').fill('A monthly allowance for residents aged 120 or more.');
    await admin.getByLabel('条件说明（中文）').fill('年满 120 周岁');
    await admin.getByLabel('条件说明（英文）').fill('Aged 120 or more');
    const feel = admin.getByLabel('FEEL 表达式');
    await feel.fill('age >= ');
    const status = admin.locator('.rule-check');
    await status.getByText(/规则有 \d+ 处问题/).waitFor();
    expect(await feel.getAttribute('aria-invalid')).toBe('true');
    expect(await admin.locator('#edit-rule-conditions-0-feel-live').textContent()).toMatch(/\S/);
    expect(await admin.locator('.error-summary').count()).toBe(0); // typing does not throw the summary at the reader
    await shot(admin, 'admin-policy-feel-error');
    await feel.fill('agee >= 120');
    await admin.locator('#edit-rule-conditions-0-feel-live').getByText(/agee/).waitFor(); // an unknown name is named
    await feel.fill('age >= 120');
    await status.getByText(/^规则正确/).waitFor();
    expect(await feel.getAttribute('aria-invalid')).toBe('false');
    await expectAccessible(admin, 'policy editor');
    await shot(admin, 'admin-policy-feel-ok');
  });

  it('a test case whose facts are not JSON is named in the summary; fixed, the tests run and pass', async () => {
    await admin.getByRole('button', { name: '增加用例' }).click();
    await admin.getByLabel('用例名称').fill('一百二十岁可领');
    await admin.getByLabel('输入事实（JSON）').fill('{age: 120}');
    await admin.getByRole('button', { name: '保存草稿' }).click();
    const summary = admin.locator('.error-summary');
    await summary.getByText('用例“一百二十岁可领”的事实不是有效的 JSON 对象').waitFor();
    await summary.getByRole('link').first().click();
    await expect.poll(() => admin.evaluate(() => document.activeElement?.id)).toBe('edit-tests-0-input');
    await admin.getByLabel('输入事实（JSON）').fill('{"age": 120}');
    await admin.getByRole('button', { name: '运行测试' }).click();
    await admin.getByRole('status').getByText('1 个用例全部通过').waitFor();
    await admin.getByText('通过', { exact: true }).waitFor();
    await shot(admin, 'admin-policy-tests');
  });

  it('previews the impact, publishes, and withdraws', async () => {
    await admin.getByRole('button', { name: '预览影响范围' }).click();
    await admin.getByRole('heading', { name: '影响范围预览' }).waitFor();
    expect(await admin.locator('.impact-count').textContent()).toMatch(/将找到 0 人/);
    await admin.getByRole('button', { name: '发布', exact: true }).click();
    await admin.getByRole('status').getByText(/已发布第 1 版/).waitFor();
    await shot(admin, 'admin-policy-published');
    await admin.getByRole('button', { name: '撤回' }).click();
    await admin.getByRole('status').getByText('政策已撤回，不再匹配新的对象').waitFor();
    await admin.goto('/admin/policies');
    await admin.getByRole('row').filter({ hasText: POLICY }).getByText('已撤回').waitFor();
  });

  it('simulates, in elder mode: which published policies apply to an 85-year-old, condition by condition', async () => {
    const { context, page } = await newPage(browser, server.url, { elder: true, lang: 'zh' });
    await signIn(page, 'admin.mzj');
    await page.goto('/admin/simulator');
    await page.getByRole('heading', { level: 1, name: '政策模拟器' }).waitFor();
    await page.getByLabel('出生日期', { exact: true }).fill('1940-03-01');
    await page.getByLabel('户籍地行政区划代码').fill('339902');
    await page.getByRole('button', { name: '模拟' }).click();
    const applies = page.getByRole('heading', { name: /^适用的政策（[1-9]\d*）$/ });
    await applies.waitFor();
    expect(await page.getByText('成立', { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(18);
    await expectAccessible(page, 'policy simulator (elder mode)');
    await shot(page, 'admin-simulator-elder');
    await context.close();
  });

  it('registers a data source, grants it to the police, revokes the grant', async () => {
    await admin.goto('/admin/exchange');
    await admin.getByRole('heading', { level: 1, name: '数据共享' }).waitFor();
    await admin.getByText('登记数据源').click();
    await admin.locator('#edit-source-code').fill('mzj.e2e-elderly-care');
    await admin.getByLabel('数据源名称（中文）').fill('高龄津贴发放记录');
    await admin.getByLabel('数据源名称（英文）').fill('Old-age allowance payments');
    await admin.locator('#edit-source-legalBasis').fill('《浙江省老年人权益保障条例》第二十条');
    await admin.getByRole('button', { name: '登记', exact: true }).click();
    await admin.getByRole('status').getByText('数据源 mzj.e2e-elderly-care 已登记').waitFor();
    await admin.getByRole('cell', { name: 'mzj.e2e-elderly-care' }).first().waitFor();

    await admin.getByText('新增授权').click();
    await admin.locator('#edit-grant-source').selectOption('mzj.e2e-elderly-care');
    await admin.getByLabel('使用部门').selectOption({ label: '示范市公安局 (gaj, 339900)' });
    await admin.getByLabel('授权的事项代码').fill('temporary-assistance');
    await admin.locator('#edit-grant-legalBasis').fill('《社会救助暂行办法》第五十九条');
    await admin.getByLabel('有效期至').fill('2027-12-31');
    await admin.getByRole('button', { name: '授权', exact: true }).click();
    await admin.getByRole('status').getByText('授权已生效').waitFor();
    await shot(admin, 'admin-exchange-granted');
    await admin.getByRole('button', { name: '撤销：示范市公安局 · mzj.e2e-elderly-care' }).click();
    await admin.getByRole('button', { name: '确认撤销' }).click();
    const summary = admin.locator('.error-summary');
    await summary.waitFor(); // no reason given: refused, and the summary names the input
    await admin.getByLabel('撤销原因').fill('演练结束');
    await admin.getByRole('button', { name: '确认撤销' }).click();
    await admin.getByRole('status').getByText('授权已撤销').waitFor();
    await expectAccessible(admin, 'data sharing');
  });

  it('issues a machine client whose secret is shown once, then revokes it; reads the flagged queries', async () => {
    await admin.getByLabel('系统名称').fill('民政业务系统（演练）');
    await admin.getByRole('button', { name: '签发', exact: true }).click();
    await admin.getByText('密钥只显示这一次').waitFor();
    expect((await admin.locator('code.secret').textContent())!.length).toBeGreaterThan(20);
    await shot(admin, 'admin-exchange-client-secret');
    await admin.getByRole('button', { name: '注销：民政业务系统（演练）' }).click();
    await admin.getByRole('status').getByText('接入系统已注销，其令牌随即失效').waitFor();
    await admin.getByRole('heading', { name: '可疑查询' }).waitFor();
    await admin.getByText('没有被标记的查询。').or(admin.getByRole('table', { name: '可疑查询' })).first().waitFor();
  });

  it('creates a staff account of the department, resets its password, gives it another role, disables it', async () => {
    await admin.goto('/admin/accounts');
    await admin.getByRole('heading', { level: 1, name: '工作人员账号' }).waitFor();
    await admin.getByLabel('登录名').fill('e2e.mzj.reviewer');
    await admin.getByLabel('姓名').fill('赵演练');
    await admin.getByLabel('初始密码').fill('short');
    await admin.getByRole('button', { name: '创建账号' }).click();
    await admin.locator('.error-summary').getByText(/密码至少 10 位/).waitFor();
    await admin.getByLabel('初始密码').fill('Drill2026pass');
    await admin.getByRole('button', { name: '创建账号' }).click();
    await admin.getByRole('status').getByText('已为 赵演练 创建账号').waitFor();
    const row = admin.getByRole('row').filter({ hasText: 'e2e.mzj.reviewer' });
    await row.getByText('审批人员 · 示范市民政局').waitFor();
    await admin.getByRole('button', { name: '重置密码：赵演练' }).click();
    await admin.getByLabel('新密码').fill('Drill2026again');
    await admin.getByRole('button', { name: '设置密码' }).click();
    await admin.getByRole('status').getByText('已为 赵演练 设置新密码，其登录会话已全部结束').waitFor();
    await admin.getByRole('button', { name: '增加岗位：赵演练' }).click();
    await admin.getByRole('heading', { name: '为 赵演练 增加岗位' }).waitFor();
    await admin.locator('#edit-posting-role').selectOption({ label: '窗口人员' });
    await admin.locator('form').getByRole('button', { name: '增加岗位', exact: true }).click();
    await admin.getByRole('status').getByText('已为 赵演练 增加岗位').waitFor();
    await row.getByText(/窗口人员 · 示范市民政局/).waitFor();
    await admin.getByRole('button', { name: '停用：赵演练' }).click();
    await row.getByText('已停用').waitFor();
    await expectAccessible(admin, 'staff accounts');
    await shot(admin, 'admin-accounts');
  });
});

describe('the platform operator (in English)', () => {
  it('opens the console from the site navigation', async () => {
    await signIn(operator, 'admin');
    // The operator applies for nothing: the header offers no citizen pages (My cases, Certificates…).
    const links = await operator.getByRole('navigation', { name: 'Main navigation' }).getByRole('link').allTextContents();
    expect(links.filter((l) => /^My (applications|certificates|account)$|^Who read my data$/.test(l.trim()))).toEqual([]);
    await operator.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Admin console' }).click();
    await operator.getByRole('heading', { level: 1, name: 'Admin console' }).waitFor();
    expect(await operator.getByRole('navigation', { name: 'Admin console sections' }).getByRole('link').allTextContents())
      .toEqual(['Overview', 'Policy rules', 'Policy simulator', 'Data sharing', 'Staff accounts', 'Regions, departments and halls', 'Signing keys']);
    await expectAccessible(operator, 'admin console home (operator)');
  });

  it('adds a region, a department, a hall and a window', async () => {
    await operator.goto('/admin/directory');
    await operator.getByRole('heading', { level: 1, name: 'Regions, departments and halls' }).waitFor();
    await operator.locator('#edit-region-code').fill('339904');
    await operator.locator('#edit-region-nameZh').fill('南湖区');
    await operator.locator('#edit-region-nameEn').fill('Nanhu District');
    await operator.getByRole('button', { name: 'Add', exact: true }).first().click();
    await operator.getByRole('status').getByText('Region added').waitFor();
    await operator.getByRole('cell', { name: 'Nanhu District' }).waitFor();

    const body = '11339904E2E000001'; // 机关 (1) 1, region 339904, an organisation code: 17 characters before the check
    const check = creditCodeCheckChar(body);
    await operator.locator('#edit-department-code').fill('nhmzj');
    await operator.locator('#edit-department-nameZh').fill('南湖区民政局');
    await operator.locator('#edit-department-nameEn').fill('Nanhu District Civil Affairs Bureau');
    await operator.locator('#edit-department-kind').fill('civil_affairs');
    await operator.locator('#edit-department-regionCode').fill('339904');
    await operator.locator('#edit-department-creditCode').fill(body + (check === '0' ? '1' : '0')); // a wrong check character first
    await operator.getByRole('button', { name: 'Add', exact: true }).nth(1).click();
    await operator.locator('.error-summary').waitFor();
    await shot(operator, 'operator-department-error');
    await operator.locator('#edit-department-creditCode').fill(body + check);
    await operator.getByRole('button', { name: 'Add', exact: true }).nth(1).click();
    await operator.getByRole('status').getByText('Department added').waitFor();
    await operator.getByRole('cell', { name: 'nhmzj' }).waitFor();

    await operator.locator('#edit-hall-nameZh').fill('南湖区政务服务中心');
    await operator.locator('#edit-hall-nameEn').fill('Nanhu District Service Centre');
    await operator.locator('#edit-hall-regionCode').fill('339904');
    await operator.locator('#edit-hall-address').fill('南湖路 1 号');
    await operator.locator('#edit-hall-openingHours').fill('工作日 9:00–17:00');
    await operator.getByRole('button', { name: 'Add', exact: true }).nth(2).click();
    await operator.getByRole('status').getByText('Hall added').waitFor();

    await operator.getByLabel('Hall', { exact: true }).selectOption({ label: 'Nanhu District Service Centre' });
    await operator.locator('#edit-window-number').fill('A01');
    await operator.locator('#edit-window-nameZh').fill('综合受理窗口');
    await operator.locator('#edit-window-nameEn').fill('General window');
    await operator.getByLabel(/Nanhu District Civil Affairs Bureau \(nhmzj, 339904\)/).check();
    await operator.getByRole('button', { name: 'Add', exact: true }).nth(3).click();
    await operator.getByRole('status').getByText('Window added').waitFor();
    await operator.getByRole('cell', { name: 'General window' }).waitFor();
    await expectAccessible(operator, 'directory');
    await shot(operator, 'operator-directory');
  });

  it('rotates a department\'s signing keys and revokes a retired one, with a reason', async () => {
    await operator.goto('/admin/keys');
    await operator.getByRole('heading', { level: 1, name: 'Signing keys' }).waitFor();
    await operator.getByLabel('Department').selectOption({ label: 'Nanhu District Civil Affairs Bureau (nhmzj, 339904)' });
    await operator.getByText('The department has not signed anything yet').waitFor();
    const rotate = operator.getByRole('button', { name: 'Rotate all keys' });
    await rotate.click();
    await operator.getByRole('status').getByText('3 keys rotated').waitFor();
    await rotate.click(); // the first keys retire, still published
    await operator.getByRole('row').filter({ hasText: 'Rotated (still published)' }).first().waitFor();
    expect(await operator.getByRole('row').filter({ hasText: 'In use' }).count()).toBe(3);
    const retired = operator.getByRole('row').filter({ hasText: 'Certificate status lists' }).filter({ hasText: 'Rotated (still published)' });
    await retired.getByRole('button', { name: /^Revoke: / }).click();
    await operator.getByText('Revoke only a compromised key').waitFor();
    await operator.getByRole('button', { name: 'Revoke the key' }).click();
    await operator.locator('.error-summary').waitFor(); // a revocation needs its reason
    await operator.getByLabel('Why it is revoked').fill('Backup medium lost');
    await operator.getByRole('button', { name: 'Revoke the key' }).click();
    await operator.getByRole('status').getByText(/^Key \S+ revoked$/).waitFor();
    await operator.getByRole('row').filter({ hasText: 'Certificate status lists' }).filter({ hasText: 'Revoked' }).waitFor();
    await expectAccessible(operator, 'signing keys');
    await shot(operator, 'operator-signing-keys');
  });

  it('sees every department\'s staff accounts, readable on a 360 px screen', async () => {
    await operator.setViewportSize({ width: 360, height: 780 });
    await operator.goto('/admin/accounts');
    await operator.getByRole('heading', { level: 1, name: 'Staff accounts' }).waitFor();
    await operator.getByRole('cell', { name: 'e2e.mzj.reviewer' }).waitFor();
    // Nothing of the console reaches past the screen's edge; wide tables scroll inside their own box.
    const beyond = await operator.evaluate(() => [...document.querySelectorAll('main *')]
      .filter((el) => !el.closest('.table-scroll') && el.getBoundingClientRect().right > window.innerWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${String(el.className)}`));
    expect(beyond).toEqual([]);
    await expectAccessible(operator, 'staff accounts (operator, 360 px)');
    await shot(operator, 'operator-accounts-360');
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
