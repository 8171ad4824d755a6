// Issue 15 in the browser: on a server whose clock stands at 31 December 2026, a case's due date falls in 2027,
// whose official public holidays are not shipped. The applicant's case page and the reviewer's workbench show the
// due date marked 预计 with the note that the year's holidays are not published yet, in both languages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePng } from '../src/test/samples.js';
import { expectAccessible, launch, newPage, pageErrors, shot, signIn, startServer, type Server } from './support.js';

const APPLICANT = '339903199207080030'; // 李四 (this test has a server of its own)
const NOTE_ZH = '2027 年法定节假日尚未公布，办结日期按周末推算，可能提前';
let server: Server;
let browser: Browser;
let caseId = '';
let caseNumber = '';

beforeAll(async () => {
  server = await startServer({ DEMO_CLOCK_START: '2026-12-31T10:00:00+08:00' });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function post<T>(page: Page, path: string, body: unknown): Promise<T> {
  return page.evaluate(async ([p, b]) => {
    const csrf = decodeURIComponent(/(?:^|;\s*)tongban_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '');
    const res = await fetch(`/api/v1${p}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify(b) });
    const json = await res.json();
    if (!res.ok) throw new Error(`${p}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  }, [path, body] as const) as Promise<T>;
}

async function uploadPng(page: Page): Promise<string> {
  const base64 = makePng(40, 90, 160).toString('base64');
  return page.evaluate(async (b64) => {
    const csrf = decodeURIComponent(/(?:^|;\s*)tongban_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '');
    const form = new FormData();
    form.append('file', new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'bank-card.png', { type: 'image/png' }));
    const res = await fetch('/api/v1/files', { method: 'POST', headers: { 'x-csrf-token': csrf }, body: form });
    return (await res.json()).id as string;
  }, base64);
}

describe('a due date in a year without official holidays', () => {
  it('the applicant sees it marked provisional, with the note, in Chinese and English', async () => {
    const { page } = await newPage(browser, server.url);
    await signIn(page, APPLICANT);
    const bankCard = await uploadPng(page);
    const app = await post<{ id: string; number: string; dueOn: string; timeLimit: { calendarProvisional: boolean } }>(page, '/applications', {
      itemCode: 'housing-fund-withdrawal', materials: [{ code: 'bank-card', fileId: bankCard }],
      formData: { applicant: { name: '李四', idNumber: APPLICANT, phone: '13800000003' },
        withdrawal: { reason: 'rent', amountYuan: 6000, monthlyRentYuan: 1500, bankAccount: '6222020000000001', bank: '示范银行' } },
    });
    expect(app.dueOn, app.dueOn).toMatch(/^2027-/);
    expect(app.timeLimit.calendarProvisional).toBe(true);
    caseId = app.id;
    caseNumber = app.number;

    await page.goto(`/cases/${caseId}`);
    await page.getByText(`办结期限：${app.dueOn}`).waitFor();
    await page.getByText(NOTE_ZH).waitFor();
    await expectAccessible(page, 'case page with a provisional due date');
    await shot(page, 'duedate-case-provisional-zh');

    const en = (await newPage(browser, server.url, { lang: 'en' })).page;
    await signIn(en, APPLICANT);
    await en.goto(`/cases/${caseId}`);
    await en.getByText(`Due by ${app.dueOn}`).first().waitFor();
    await en.getByText(/public holidays for 2027 are not published yet/).waitFor();
    await shot(en, 'duedate-case-provisional-en');
  });

  it('the reviewer sees it in the queue and on the case in the workbench', async () => {
    const { page } = await newPage(browser, server.url);
    await signIn(page, 'reviewer.gjj');
    await page.goto('/staff');
    const row = page.locator('tbody tr', { hasText: caseNumber });
    await row.getByText('预计').waitFor();
    await row.getByText(NOTE_ZH).waitFor();
    await shot(page, 'duedate-queue-provisional');
    await row.getByRole('link', { name: caseNumber }).click();
    await page.getByText(NOTE_ZH).first().waitFor();
    await expectAccessible(page, 'workbench case with a provisional due date');
    await shot(page, 'duedate-workbench-provisional');
    expect(pageErrors).toEqual([]);
  });
});
