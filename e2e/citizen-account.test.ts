// A citizen's own pages, in a real browser: registering and raising the real-name level online, the policies that
// found them with the why (opting out of 免申即享 and back in), services prepared for them (无感智办) confirmed in
// one press, delegations (帮办代办) given, received and revoked, enterprise agents managed by the legal
// representative, and every link of their inbox messages opening a real page. Chinese and English, the elder mode
// once, a 360 px phone once, axe on every page. Setup that a citizen cannot do (a household record, a new
// enterprise, a policy published again) goes through the staff's APIs.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { syntheticCreditCode } from '../src/modules/identity/synthetic.js';
import { idCheckChar } from '../src/platform/identifiers.js';
import { SeededRandom } from '../src/platform/random.js';
import { DEMO_PASSWORD, expectAccessible, launch, newPage, pageErrors, shot, signIn } from './support.js';

const server = { url: inject('e2eServerUrl') };
const PASSWORD = 'citizen-pass-2026';
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Call = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A program's session (Bearer token) for the setup only a member of staff, or the citizen's own API, can do. */
async function apiAs(identifier: string, password = DEMO_PASSWORD): Promise<Call> {
  const res = await fetch(`${server.url}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ identifier, password }) });
  expect(res.status).toBe(200);
  const { token } = await res.json() as { token: string };
  return async (method, path, body) => {
    const r = await fetch(`${server.url}/api/v1${path}`, { method, headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await r.text();
    return { status: r.status, body: text ? JSON.parse(text) : null };
  };
}

const rng = new SeededRandom(Date.now() % 1_000_000);
/** A valid ID number of the demo city nobody holds yet. */
function newIdNumber(birth: string): string {
  const body = `339902${birth}${String(100 + Math.floor(rng.next() * 899))}`;
  return body + idCheckChar(body);
}

interface Person { name: string; idNumber: string }
/** Registers through the API (the browser registration is walked in the first test). */
async function registered(name: string, birth: string): Promise<Person> {
  const p = { name, idNumber: newIdNumber(birth) };
  const res = await fetch(`${server.url}/api/v1/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...p, password: PASSWORD }) });
  expect(res.status).toBe(202);
  return p;
}

/** The people whose inbox links the last test opens. */
const inboxOwners: { idNumber: string; password: string }[] = [];

async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await expect.poll(() => page.locator('main .loading').count()).toBe(0);
}

const nav = (page: Page, name: string | RegExp) => page.getByRole('navigation').getByRole('link', { name, exact: typeof name === 'string' });

describe('registering and the real-name level', () => {
  it('registers in the browser, then raises the level to 2 online against the household register', async () => {
    const person = { name: '陈新民', idNumber: newIdNumber('19860214') };
    const admin = await apiAs('admin');
    const record = await admin('PUT', '/exchange/sources/police.household-registration/records', { subject: { idNumber: person.idNumber }, data: {
      name: person.name, sex: 'male', ethnicity: '汉族', birthDate: '1986-02-14', householdNumber: '339902-000777', householdType: 'family', relationToHead: '户主',
      headOfHousehold: person.name, address: '示范市东湖区湖滨路 20 号', registeredOn: '2010-05-01' } });
    expect(record.status).toBe(200);

    const { context, page } = await newPage(browser, server.url);
    await page.goto('/sign-in');
    await page.getByRole('link', { name: '注册账号' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('注册账号');
    // Nothing filled in: the GOV.UK error summary, each error linked to its field.
    await page.getByRole('button', { name: '注册' }).click();
    await expect.poll(() => page.locator('.error-summary li').count()).toBe(3);
    await expectAccessible(page, 'register with errors');
    await shot(page, 'citizen-register-errors');
    await page.getByLabel('姓名', { exact: true }).fill(person.name);
    await page.getByLabel('公民身份号码').fill(person.idNumber);
    await page.getByLabel('设置密码').fill(PASSWORD);
    await page.getByLabel('再次输入密码').fill(PASSWORD);
    await page.getByRole('button', { name: '注册' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('注册申请已收到');
    await shot(page, 'citizen-registered');

    await signIn(page, person.idNumber, PASSWORD);
    await nav(page, '我的账户').click();
    await settled(page);
    await expect.poll(() => page.locator('.summary-list').textContent()).toContain('一级（本人填报）');
    await expectAccessible(page, 'account at level 1');
    await shot(page, 'citizen-account-level1');
    await page.getByRole('button', { name: '在线核验身份' }).click();
    await page.getByRole('heading', { name: '核验通过' }).waitFor();
    await expect.poll(() => page.locator('.summary-list').textContent()).toContain('二级（已与户籍登记核对）');
    await expect.poll(() => page.getByRole('button', { name: '在线核验身份' }).count()).toBe(0);
    await expectAccessible(page, 'account at level 2');
    await shot(page, 'citizen-account-level2');
    inboxOwners.push({ idNumber: person.idNumber, password: PASSWORD });
    await context.close();
  });

  it('sends a person the register does not know to a window, level unchanged', async () => {
    const person = await registered('无记录', '19870315');
    const { context, page } = await newPage(browser, server.url);
    await signIn(page, person.idNumber, PASSWORD);
    await page.goto('/account');
    await settled(page);
    await page.getByRole('button', { name: '在线核验身份' }).click();
    await page.getByRole('heading', { name: '未能在线核验' }).waitFor();
    expect(await page.locator('[role=alert]').textContent()).toContain('窗口');
    expect(await page.locator('.summary-list').textContent()).toContain('一级（本人填报）');
    await expectAccessible(page, 'account, check refused');
    await context.close();
  });
});

describe('政策找人 and 免申即享, in the elder mode', () => {
  it('shows why a policy found an elder, and lets them opt out and back in', async () => {
    const elder = await registered('高龄测试', '19400310');
    const mzj = await apiAs('admin.mzj');
    const mine = await apiAs(elder.idNumber, PASSWORD);
    // Policies know a new registrant once the registration's event has been handled (a job): on the shared, busy
    // test server that can take a moment, and a publication before it would not find them (the nightly run would).
    await expect.poll(async () => (await mine('GET', '/me/facts')).body.facts, { timeout: 20_000 }).not.toBeNull();
    // Published again, 高龄津贴 finds everyone of 80 and over, the new registrant too.
    expect((await mzj('POST', '/policies/elderly-longevity-allowance/publish')).status).toBe(200);
    await expect.poll(async () => (await mine('GET', '/me/policy-matches')).body.map((m: { policyCode: string }) => m.policyCode), { timeout: 20_000 })
      .toContain('elderly-longevity-allowance');
    const policyName = (await mine('GET', '/me/policy-matches')).body.find((m: { policyCode: string }) => m.policyCode === 'elderly-longevity-allowance').name.zh as string;

    const { context, page } = await newPage(browser, server.url, { elder: true });
    await signIn(page, elder.idNumber, PASSWORD);
    await nav(page, '政策与服务').click();
    await settled(page);
    await expectAccessible(page, 'my policies (elder)');
    await shot(page, 'citizen-policies-elder');
    await page.getByRole('link', { name: policyName }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe(policyName);
    const why = page.locator('ul.why li');
    expect(await why.count()).toBeGreaterThan(0);
    expect(await why.allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^符合 .+/)]));
    await expectAccessible(page, 'a policy and why (elder)');
    await shot(page, 'citizen-policy-why-elder');
    await page.getByRole('button', { name: '退出，不享受这项政策' }).click();
    await page.getByText('您已退出这项政策。').waitFor();
    await page.locator('.summary-list').getByText('已退出').waitFor();
    await shot(page, 'citizen-policy-opted-out-elder');
    await page.getByRole('button', { name: '重新加入，享受这项政策' }).click();
    await page.getByText('您已重新加入，将按期为您自动办理。').waitFor();
    await page.locator('.summary-list').getByText('即将自动享受').waitFor();
    expect((await mine('GET', '/me/policy-matches')).body.find((m: { policyCode: string }) => m.policyCode === 'elderly-longevity-allowance').status).toBe('pending_grant');
    await expectAccessible(page, 'a policy after opting back in (elder)');
    await shot(page, 'citizen-policy-opted-in-elder');
    inboxOwners.push({ idNumber: elder.idNumber, password: PASSWORD });
    await context.close();
  });
});

describe('无感智办 on a phone, in English', () => {
  it('陈静 confirms the newborn bundle prepared for her in one press', async () => {
    const chenjing = '339903199311080057';
    inboxOwners.push({ idNumber: chenjing, password: DEMO_PASSWORD });
    const { context, page } = await newPage(browser, server.url, { lang: 'en' });
    await page.setViewportSize({ width: 360, height: 780 });
    await signIn(page, chenjing);
    await page.goto('/my-policies');
    await settled(page);
    await page.getByRole('link', { name: 'See the services prepared for me' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Services prepared for me');
    await settled(page);
    const card = page.locator('li.card').filter({ hasText: /newborn|birth/i });
    await card.first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page, 'services prepared (360 px, en)');
    await shot(page, 'citizen-services-phone-en');
    await card.first().getByRole('button', { name: /^Confirm and apply/ }).click();
    await page.waitForURL(/\/apply\/bundle\/newborn/);
    // The application opens with what the 出生医学证明 says already filled in, and says where it came from: she only
    // adds what is hers to say.
    await expect.poll(() => page.locator('main h1').textContent()).toBe('About the baby');
    await expect.poll(() => page.inputValue('#f-shared-childName')).toBe('刘心怡');
    expect(await page.inputValue('#f-shared-childBirthDate')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.inputValue('#f-shared-birthPlace')).toBe('示范市妇幼保健院');
    expect(await page.locator('main .notice').textContent()).toContain('Medical certificate of birth');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page, 'the prepared newborn application, prefilled (360 px, en)');
    await shot(page, 'citizen-prepared-newborn-prefilled-en');
    await page.goto('/my-services');
    await settled(page);
    await page.locator('li.card').filter({ hasText: 'Confirmed' }).getByRole('link', { name: /Continue the application/ }).waitFor();
    await context.close();
  });
});

describe('帮办代办', () => {
  it('gives a delegation with scope and expiry, the agent sees it, and it is revoked', async () => {
    const principal = await registered('委托人甲', '19550601');
    const agent = await registered('受托人乙', '19800702');
    inboxOwners.push({ idNumber: agent.idNumber, password: PASSWORD });
    const { context, page } = await newPage(browser, server.url);
    await signIn(page, principal.idNumber, PASSWORD);
    await nav(page, '授权代办').click();
    await settled(page);
    await page.getByRole('button', { name: '授权', exact: true }).click();
    await expect.poll(() => page.locator('.error-summary li').count()).toBe(4);
    await expectAccessible(page, 'delegations with errors');
    await page.getByLabel('被授权人姓名').fill(agent.name);
    await page.getByLabel('被授权人公民身份号码').fill(agent.idNumber);
    await page.getByLabel('查看办件').check();
    await page.getByLabel('代为申请、补正、撤回和评价').check();
    await page.getByLabel('授权到哪天为止').fill('2027年6月30日'); // the way people write dates
    await page.getByRole('button', { name: '授权', exact: true }).click();
    await page.getByText(`已授权 ${agent.name}。`).waitFor();
    const given = page.locator('section', { has: page.getByRole('heading', { name: '我授权的人' }) }).locator('li.card');
    await expect.poll(() => given.textContent()).toContain('有效');
    expect(await given.textContent()).toContain('2027');
    await expectAccessible(page, 'delegations given');
    await shot(page, 'citizen-delegations-given');

    const other = await newPage(browser, server.url);
    await signIn(other.page, agent.idNumber, PASSWORD);
    await other.page.goto('/delegations');
    await settled(other.page);
    const received = other.page.locator('section', { has: other.page.getByRole('heading', { name: '授权我代办的人' }) }).locator('li.card');
    await expect.poll(() => received.textContent()).toContain(principal.name);
    // The header's switcher offers to act for the principal.
    expect(await other.page.locator('.acting-for select option').allTextContents()).toContain(principal.name);
    await shot(other.page, 'citizen-delegations-received');
    await other.context.close();

    await given.getByRole('button', { name: /撤销授权/ }).click();
    await page.getByText('授权已结束。').waitFor();
    await expect.poll(() => given.textContent()).toContain('已撤销');
    await shot(page, 'citizen-delegations-revoked');
    await context.close();
  });
});

describe('企业经办人', () => {
  it('the legal representative authorises an agent and revokes the authorisation', async () => {
    const rep = await registered('法人代表丙', '19750808');
    const agent = await registered('经办人丁', '19900909');
    inboxOwners.push({ idNumber: agent.idNumber, password: PASSWORD });
    const admin = await apiAs('admin');
    const name = `示范测试商贸有限公司${rep.idNumber.slice(-4)}`;
    const created = await admin('POST', '/enterprises', { creditCode: syntheticCreditCode(rng, '339902'), name, regionCode: '339902', legalRepresentativeIdNumber: rep.idNumber });
    expect(created.status).toBe(201);

    const { context, page } = await newPage(browser, server.url);
    await signIn(page, rep.idNumber, PASSWORD);
    await nav(page, '我的企业').click();
    await settled(page);
    await expectAccessible(page, 'my enterprises');
    await page.getByRole('link', { name: `管理经办人 ${name}` }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('企业经办人');
    await settled(page);
    await page.getByLabel('被授权人姓名').fill(agent.name);
    await page.getByLabel('被授权人公民身份号码').fill(agent.idNumber);
    await page.getByLabel('查看企业信息').check();
    await page.getByLabel('代为申请、补正、撤回和评价').check();
    await page.getByLabel('授权到哪天为止').fill('2027-12-31');
    await page.getByRole('button', { name: '授权', exact: true }).click();
    await page.getByText(`已授权 ${agent.name} 为经办人。`).waitFor();
    const card = page.locator('li.card').filter({ hasText: agent.name });
    await expect.poll(() => card.textContent()).toContain('有效');
    await expectAccessible(page, 'enterprise agents');
    await shot(page, 'citizen-enterprise-agents');

    const other = await newPage(browser, server.url);
    await signIn(other.page, agent.idNumber, PASSWORD);
    await nav(other.page, '我的企业').click();
    await settled(other.page);
    await expect.poll(() => other.page.locator('li.card').filter({ hasText: name }).textContent()).toContain('经办人');
    await other.context.close();

    await card.getByRole('button', { name: /撤销授权/ }).click();
    await page.getByText(`已撤销 ${agent.name} 的授权。`).waitFor();
    await expect.poll(() => card.textContent()).toContain('已撤销');
    await context.close();
  });
});

describe('inbox messages link to what they are about', () => {
  it('every link in the inboxes of demo people and of the people above opens a real page', async () => {
    const people = [{ idNumber: '339902198803150014', password: DEMO_PASSWORD }, { idNumber: '339903199207080030', password: DEMO_PASSWORD }, ...inboxOwners];
    const opened = new Set<string>();
    for (const [i, who] of people.entries()) {
      const inbox = (await (await apiAs(who.idNumber, who.password))('GET', '/inbox?limit=100')).body as { template: string; link: string | null }[];
      const links = [...new Map(inbox.filter((m) => m.link).map((m) => [m.link!, m.template])).entries()];
      if (!links.length) continue;
      const { context, page } = await newPage(browser, server.url);
      await signIn(page, who.idNumber, who.password);
      if (i === 0) {
        // Once through the inbox itself: open a message, follow its link.
        await page.goto('/inbox');
        await settled(page);
        const first = page.locator('ul.messages li').filter({ has: page.locator('a', { hasText: '查看详情' }) }).first(); // inside a closed <details>
        await first.locator('summary').click();
        await first.getByRole('link', { name: /查看详情/ }).click();
        await settled(page);
        expect(new URL(page.url()).pathname).not.toBe('/inbox');
        await shot(page, 'citizen-inbox-link-followed');
      }
      for (const [link, template] of links) {
        await page.goto(link);
        await settled(page);
        const h1 = (await page.locator('main h1').first().textContent()) ?? '';
        expect(h1, `${template} → ${link}`).not.toMatch(/找不到|没有这项|not found|no record/i);
        expect(await page.locator('main [role=alert]').count(), `${template} → ${link}`).toBe(0);
        opened.add(template);
      }
      await context.close();
    }
    // The kinds this file's people are certain to have (others depend on what other files did first).
    expect([...opened]).toEqual(expect.arrayContaining(['delegation.granted', 'enterprise_agent.authorized', 'policy.grant_pending', 'policy.service_prepared']));
  });
});

afterAll(() => {
  expect(pageErrors).toEqual([]);
});
