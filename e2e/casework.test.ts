// Casework between a reviewer and an applicant, in a real browser: the reviewer of the housing fund centre asks
// for a supplement (补正) naming a form field and a material with what is wrong with each; the applicant finds it
// in My cases, corrects the field and uploads the material again, and the case goes back to review with its
// clock running again. The reviewer then transfers (移送/转办) the task to another department, whose reviewer finds
// it in their queue. The application itself is filed through the API: the apply flow is the journey test's.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makePng } from '../src/test/samples.js';
import { expectAccessible, launch, newPage, pageErrors, shot, signIn } from './support.js';

const APPLICANT = '339903199207080030'; // 李四, demo: no other browser test signs him in
const ITEM = 'housing-fund-withdrawal'; // 住房公积金提取, reviewed by gjj in one task

const server = { url: inject('e2eServerUrl') };
let browser: Browser;
let applicant: Page;
let reviewer: Page;
let caseId = '';
let caseNumber = '';

beforeAll(async () => {
  browser = await launch();
  applicant = (await newPage(browser, server.url)).page;
  reviewer = (await newPage(browser, server.url)).page;
});
afterAll(async () => {
  await browser?.close();
});

/** Calls the API from inside the page, as the page itself would: session cookie and CSRF token. */
async function callApi<T>(page: Page, path: string, body: unknown): Promise<T> {
  return page.evaluate(async ([p, b]) => {
    const csrf = decodeURIComponent(/(?:^|;\s*)tongban_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '');
    const res = await fetch(`/api/v1${p}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify(b) });
    const json = await res.json();
    if (!res.ok) throw new Error(`${p}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  }, [path, body] as const) as Promise<T>;
}

async function uploadPng(page: Page, name: string): Promise<string> {
  const base64 = makePng(40, 90, 160).toString('base64');
  return page.evaluate(async ([n, b64]) => {
    const csrf = decodeURIComponent(/(?:^|;\s*)tongban_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '');
    const form = new FormData();
    form.append('file', new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], n, { type: 'image/png' }));
    const res = await fetch('/api/v1/files', { method: 'POST', headers: { 'x-csrf-token': csrf }, body: form });
    const json = await res.json();
    if (!res.ok) throw new Error(`upload: ${res.status} ${JSON.stringify(json)}`);
    return json.id as string;
  }, [name, base64] as const);
}

/** Opens the case from the queue of whoever is signed in on the page. */
async function openFromQueue(page: Page): Promise<void> {
  await page.goto('/staff');
  const row = page.locator('tbody tr', { hasText: caseNumber });
  await row.waitFor();
  await row.getByRole('link', { name: caseNumber }).click();
  await page.getByRole('heading', { name: '办理', exact: true }).waitFor();
}

describe('补正 and 转办 in the browser', () => {
  it('李四 has an application in review', async () => {
    await signIn(applicant, APPLICANT);
    const bankCard = await uploadPng(applicant, 'bank-card.png');
    const app = await callApi<{ id: string; number: string; status: string }>(applicant, '/applications', {
      itemCode: ITEM, materials: [{ code: 'bank-card', fileId: bankCard }],
      formData: {
        applicant: { name: '李四', idNumber: APPLICANT, phone: '13800000003' },
        withdrawal: { reason: 'rent', amountYuan: 6000, monthlyRentYuan: 1500, bankAccount: '6222020000000001', bank: '示范银行' },
      },
    });
    expect(app.status).toBe('in_review');
    caseId = app.id;
    caseNumber = app.number;
  });

  it('the reviewer asks for a supplement, naming a form field and a material and what is wrong with each', async () => {
    await signIn(reviewer, 'reviewer.gjj');
    await openFromQueue(reviewer);
    // no decision is preselected (issue 14): confirming without a choice is refused, naming what is missing
    expect(await reviewer.locator('input[name="action"]:checked').count()).toBe(0);
    await reviewer.getByRole('button', { name: '确认' }).click();
    await reviewer.locator('.error-summary').getByText('请选择处理方式').waitFor();
    // every row of the form says whose value it is: no two rows share a label
    const labels = await reviewer.locator('.summary-list.compact dt').allTextContents();
    expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
    await shot(reviewer, 'workbench-after-no-preselected-decision');
    await reviewer.getByLabel('要求补正').check();
    // nothing ticked: the error summary says so and links to the first choice
    await reviewer.getByRole('button', { name: '确认' }).click();
    await reviewer.locator('.error-summary').getByText('请至少勾选一项需补正的内容').waitFor();
    await reviewer.getByLabel('收款银行账号', { exact: true }).check();
    await reviewer.getByLabel('本人一类银行账户', { exact: true }).check();
    await reviewer.getByLabel('收款银行账号：问题说明').fill('账号少一位，请核对');
    await reviewer.getByRole('button', { name: '确认' }).click();
    // a ticked field without a reason is named
    await reviewer.locator('.error-summary').getByText('请写明“本人一类银行账户”的问题').waitFor();
    await reviewer.getByLabel('本人一类银行账户：问题说明').fill('银行卡照片不清晰，请重新拍摄上传');
    await expectAccessible(reviewer, 'workbench, a supplement request');
    await shot(reviewer, 'supplement-requested-by-reviewer');
    await reviewer.getByRole('button', { name: '确认' }).click();
    await reviewer.getByText('已要求补正，计时暂停。').waitFor();
  });

  it('李四 sees it in My cases, corrects the field, uploads the card again, and the case goes back to review', async () => {
    await applicant.goto('/cases');
    const row = applicant.locator('tbody tr', { hasText: caseNumber });
    await row.getByText('待补正').waitFor();
    await shot(applicant, 'supplement-my-cases');
    await row.getByRole('link', { name: '公积金提取' }).click();
    await applicant.getByRole('heading', { name: '需要您补正' }).waitFor();
    await applicant.getByText('收款银行账号需更正：账号少一位，请核对').waitFor();

    // a wrong correction is caught next to the field, before anything is sent
    const account = applicant.getByLabel('收款银行账号', { exact: true });
    await account.fill('62220200');
    await applicant.getByRole('button', { name: '提交补正' }).click();
    await applicant.locator('.error-summary').waitFor();
    await expect.poll(() => applicant.locator('.error-summary li').count()).toBe(2); // the account's format, the missing upload
    await expectAccessible(applicant, 'my case, the supplement form with errors');
    await shot(applicant, 'supplement-errors');

    await account.fill('62220200000000017');
    const chooser = applicant.waitForEvent('filechooser');
    await applicant.getByLabel(/^重新上传本人一类银行账户/).click();
    await (await chooser).setFiles({ name: 'bank-card-clear.png', mimeType: 'image/png', buffer: makePng(20, 60, 200) });
    await applicant.getByText('已上传：bank-card-clear.png').waitFor();
    await applicant.getByLabel('补充说明（选填）').fill('已重新拍摄银行卡并更正账号');
    await shot(applicant, 'supplement-answered');
    await applicant.getByRole('button', { name: '提交补正' }).click();
    await applicant.getByText('补正已提交，计时恢复。').waitFor();
    await applicant.reload();
    await applicant.locator('main').getByText('审批中').first().waitFor();
    expect(await applicant.getByRole('heading', { name: '需要您补正' }).count()).toBe(0);
    expect(await applicant.locator('.timeline').textContent()).toContain('已补正材料：已重新拍摄银行卡并更正账号');
    await shot(applicant, 'supplement-back-in-review');
  });

  it('the reviewer sees the corrected account and transfers the task to another department, whose reviewer finds it in their queue', async () => {
    await openFromQueue(reviewer);
    // The account is a sensitive field: masked until the reviewer reveals it, which the applicant's data-access log records.
    const account = reviewer.locator('.summary-list.compact > div', { hasText: '收款银行账号' });
    expect(await account.textContent()).not.toContain('62220200000000017');
    await account.getByRole('button', { name: '显示完整信息' }).click();
    await account.getByText('62220200000000017').waitFor();
    await reviewer.getByLabel('转办其他部门').check();
    await reviewer.getByLabel('转办到').selectOption({ label: '示范市住房和城乡建设局' });
    await reviewer.getByLabel('理由').fill('租房提取涉及租赁备案核验，由住建局办理');
    await shot(reviewer, 'transfer-chosen');
    await reviewer.getByRole('button', { name: '确认' }).click();
    await reviewer.getByText('已转办。').waitFor();
    await reviewer.goto('/staff');
    await reviewer.locator('tbody tr').or(reviewer.getByText('当前没有任务。')).first().waitFor();
    expect(await reviewer.locator('tbody tr', { hasText: caseNumber }).count()).toBe(0); // gone from gjj's queue

    const { context, page } = await newPage(browser, server.url);
    await signIn(page, 'reviewer.zjj');
    await openFromQueue(page);
    // the timeline loads beside the case (both reads are logged for the applicant): wait for it
    await page.locator('.timeline').getByText('转办至示范市住房和城乡建设局。理由：租房提取涉及租赁备案核验，由住建局办理').waitFor();
    await shot(page, 'transfer-arrived');
    await context.close();
  });

  it('the applicant follows the transfer on the case page, and no page raised an error', async () => {
    await applicant.goto(`/cases/${caseId}`);
    await applicant.getByText(/转办至示范市住房和城乡建设局/).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
