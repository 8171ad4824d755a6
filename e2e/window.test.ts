// The window (线下兜底) with an appointment, in a real browser: a citizen books a time at the city hall's window
// online, arrives and checks in for a ticket from the booking; the clerk, who lands on the window page, calls it,
// finds the person (what the window knows of them is prefilled), finds the item by pinyin initials, records the
// paper the person brought (a scanned file and an original seen, per the item's rules), the person confirms (again,
// after the item changed), and the case is filed with no material missing.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, buildCalendar, chinaDate } from '../src/platform/calendar.js';
import { makePng } from '../src/test/samples.js';
import { expectAccessible, launch, newPage, pageErrors, shot, signIn, startServer, type Server } from './support.js';

const CITIZEN = { idNumber: '', name: '王芳' };
const ITEM = 'temporary-assistance'; // 临时救助申请: hardship proof scanned, authorisation seen or scanned

/**
 * The next working day in the demo city (after today, its days off and 调休 as the calendar has them): the server's
 * clock starts there at 09:40, so a slot that day can be booked and checked in for. Ahead of the real date, because
 * the browser keeps a session cookie only until its (server-clock) expiry.
 */
function nextWorkingDay(): string {
  const cal = buildCalendar('339900');
  let day = addCalendarDays(chinaDate(new Date()), 1);
  while (!cal.isWorkingDay(day)) day = addCalendarDays(day, 1);
  return day;
}
const DAY = nextWorkingDay();

let server: Server;
let browser: Browser;
let citizen: Page;
let clerk: Page;

beforeAll(async () => {
  server = await startServer({ DEMO_CLOCK_START: `${DAY}T09:40:00+08:00` });
  const { DEMO_PEOPLE } = await import('../src/demo/seed.js');
  CITIZEN.idNumber = DEMO_PEOPLE.wangfang.idNumber;
  browser = await launch();
  citizen = (await newPage(browser, server.url)).page;
  clerk = (await newPage(browser, server.url)).page;
}, 480_000); // a second server of our own (its clock set), seeded while other browser tests share the cores
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the window files a booked walk-in with paper materials', () => {
  it('the citizen books a time at the window from the guide', async () => {
    await signIn(citizen, CITIZEN.idNumber);
    await citizen.goto(`/guide/item/${ITEM}`);
    await citizen.getByRole('link', { name: '预约到大厅窗口办理' }).click();
    await citizen.getByRole('radio', { name: /示范市民中心/ }).check();
    await citizen.getByRole('radio', { name: new RegExp(DAY) }).check();
    await citizen.getByRole('radio', { name: /^10:00–10:30 · A01/ }).check();
    await expectAccessible(citizen, 'booking');
    await shot(citizen, 'after-appointment-booking');
    await citizen.getByRole('button', { name: '确认预约' }).click();
    await expect.poll(() => citizen.getByRole('status').textContent()).toContain('预约成功');
  });

  it('on arrival the booking becomes a queue ticket', async () => {
    await citizen.goto('/appointments');
    await citizen.getByRole('button', { name: '我已到达，签到取号' }).click();
    await expect.poll(() => citizen.locator('.panel-confirm').textContent()).toContain('Y001');
    await expectAccessible(citizen, 'my bookings');
    await shot(citizen, 'after-appointment-ticket');
  });

  it('the clerk lands on the window, calls the ticket, and files with the paper materials', async () => {
    await signIn(clerk, 'clerk');
    await clerk.waitForURL((u) => u.pathname === '/staff/window');
    await expect.poll(() => clerk.locator('.window-queue').textContent()).toContain('Y001');
    await shot(clerk, 'after-window-landing-queue');
    await clerk.getByRole('button', { name: '叫下一个号' }).click();
    await expect.poll(() => clerk.locator('.current-ticket').textContent()).toContain('Y001');

    await clerk.getByLabel('身份证号码').fill(CITIZEN.idNumber);
    await clerk.getByRole('button', { name: '查找', exact: true }).click();
    // The called ticket's item is chosen; what the window knows of the person is prefilled, with where it came from.
    await expect.poll(() => clerk.locator('#item-code').inputValue()).toBe(ITEM);
    const prefilled = clerk.locator('.field.prefilled');
    await expect.poll(() => prefilled.first().textContent()).toContain(CITIZEN.name);
    expect(await prefilled.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(CITIZEN.idNumber)]));

    // Confirmation belongs to one item: changing the item asks again. Items are found by pinyin initials too.
    await clerk.locator('#confirmed').check();
    await clerk.getByLabel('查找事项').fill('sfz');
    const options = (await clerk.locator('#item-code option').allTextContents()).slice(1).filter((o) => o !== '临时救助申请'); // the chosen one stays listed
    expect(options.length).toBeGreaterThan(0);
    expect(options.filter((o) => !o.includes('身份证'))).toEqual([]);
    await clerk.locator('#item-code').selectOption('id-card-renewal');
    await clerk.getByLabel('查找事项').fill('lsjz'); // 临时救助
    await clerk.locator('#item-code').selectOption(ITEM);
    expect(await clerk.locator('#confirmed').isChecked()).toBe(false);

    await clerk.locator('#f-window-applicant-phone').fill('13800000004');
    await clerk.locator('#f-window-hardship-kind').check();
    await clerk.locator('#f-window-hardship-description').fill('家中突发火灾，生活用品全部损毁');
    await clerk.locator('#f-window-hardship-urgent').check();
    await clerk.locator('#paper-hardship-proof').setInputFiles({ name: '火灾证明.png', mimeType: 'image/png', buffer: makePng(200, 40, 40) });
    await expect.poll(() => clerk.locator('.uploaded').textContent()).toContain('火灾证明.png');
    await clerk.locator('#paper-check-authorisation-original_seen').check();
    await clerk.locator('#paper-check-authorisation').check();
    await clerk.locator('#confirmed').check();
    await expectAccessible(clerk, 'window filing');
    await shot(clerk, 'after-window-paper-materials');
    await clerk.getByRole('button', { name: '提交收件' }).click();

    await expect.poll(() => clerk.locator('.panel-confirm').textContent()).toMatch(/已收件\s*TB\d+/);
    expect(await clerk.locator('body').textContent()).not.toContain('缺少必要材料');
    await shot(clerk, 'after-window-filed');
    expect(pageErrors).toEqual([]);
  });

  it('the case holds the paper: a scan on file and the original seen by the clerk', async () => {
    await clerk.getByRole('link', { name: '查看办件' }).click();
    await clerk.waitForURL(/\/staff\/cases\//);
    const id = clerk.url().split('/').at(-1)!;
    const materials = await clerk.evaluate(async (caseId) => (await fetch(`/api/v1/applications/${caseId}`)).json(), id) as { materials: { code: string; source: string; fileId: string | null }[] };
    expect(materials.materials).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: 'hardship-proof', source: 'paper', fileId: expect.any(String) }),
      expect.objectContaining({ code: 'check-authorisation', source: 'paper', fileId: null }),
    ]));
  });
});
