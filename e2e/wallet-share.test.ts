// Sharing a certificate from a phone (issue 14), at 360 px in the normal and the elder-friendly mode: the wallet
// names whom each certificate is about; the ID number is not ticked by default; the QR code carries a short link a
// phone camera reads (the verify page fetches the token from it); the share downloads as a PDF; the holder withdraws
// it and the link no longer verifies. Nothing overflows the phone's width.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, expectAccessible, launch, newPage, pageErrors, shot, signIn } from './support.js';

const server = { url: inject('e2eServerUrl') };
const WANGFANG = '339902199006120044'; // the demo mother (src/demo/seed.ts)
const PHONE = { width: 360, height: 740 };
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The page is no wider than the phone: nothing to scroll sideways. */
async function expectFits(page: Page, what: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${what} is ${width} px wide on a ${PHONE.width} px phone`).toBeLessThanOrEqual(PHONE.width);
}

describe.each([{ mode: 'normal', elder: false }, { mode: 'elder', elder: true }])('sharing from a phone in $mode mode', ({ mode, elder }) => {
  it('shares the ID card by a small QR code, downloads the PDF, and withdraws the share', async () => {
    const { context, page } = await newPage(browser, server.url, { elder });
    await page.setViewportSize(PHONE);
    await signIn(page, WANGFANG, DEMO_PASSWORD);
    await page.goto('/wallet');
    await page.getByRole('link', { name: /居民身份证/ }).first().waitFor();
    // One entry per certificate, each saying whom it is about.
    // (Her wallet may also hold her baby's certificates, which name the baby, when the newborn journey ran first.)
    const idCard = page.locator('.card.certificate').filter({ has: page.getByRole('link', { name: /居民身份证/ }) }).first();
    expect(await idCard.locator('.certificate-subject').innerText()).toContain('王芳');
    await expectFits(page, 'the wallet');
    await shot(page, `certs-wallet-${mode}-360`);

    await page.getByRole('link', { name: /居民身份证/ }).first().click();
    await page.getByRole('heading', { name: '出示给他人' }).waitFor();
    // Only what a verifier usually needs is ticked: the name, never the ID number or the date of birth.
    expect(await page.getByRole('checkbox', { name: /^姓名/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /公民身份号码/ }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: /出生日期/ }).isChecked()).toBe(false);
    await page.getByLabel('出示给谁').fill('示范银行东湖支行');
    await page.getByRole('button', { name: '生成二维码和链接' }).click();
    const qr = page.locator('img.qr');
    await qr.waitFor();
    const link = await page.locator('#share-link').inputValue();
    expect(link).toMatch(/\/verify#s=[2-9A-Z]{12}$/);
    // The QR code's SVG has at most 41 modules (version 6) plus its margin: a phone reads it off a screen.
    const viewBox = await qr.evaluate((img) => decodeURIComponent((img as HTMLImageElement).src).match(/viewBox="0 0 (\d+) \d+"/)?.[1]);
    expect(Number(viewBox)).toBeLessThanOrEqual(41 + 4);
    await expectFits(page, 'the shared certificate');
    await expectAccessible(page, `the shared certificate (${mode})`);
    await shot(page, `certs-wallet-shared-${mode}-360`);

    // The PDF: a file a person can print or send.
    const pdfHref = await page.locator('#share-pdf').getAttribute('href');
    const pdf = await page.request.get(pdfHref!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // The verifier scans it on their own phone: not signed in.
    const verifier = await newPage(browser, server.url, { elder });
    await verifier.page.setViewportSize(PHONE);
    await verifier.page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    await verifier.page.getByRole('heading', { name: /^(有效|无效)$/ }).waitFor({ timeout: 60_000 });
    expect(await verifier.page.locator('.verdict').innerText()).toMatch(/^有效/);
    expect(await verifier.page.locator('.verdict').innerText()).not.toContain(WANGFANG); // the number was not shown
    await expectFits(verifier.page, 'the verifier page');
    await shot(verifier.page, `certs-verifier-${mode}-360`);

    // The holder withdraws it; the same link now answers that it was withdrawn.
    await page.getByRole('button', { name: '撤回给示范银行东湖支行的出示' }).first().click();
    await page.getByRole('button', { name: '撤回给示范银行东湖支行的出示' }).first().waitFor({ state: 'detached' });
    await verifier.page.goto('/');
    await verifier.page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    await verifier.page.getByRole('alert').filter({ hasText: '持证人已撤回该出示码' }).waitFor();
    await shot(verifier.page, `certs-verifier-withdrawn-${mode}-360`);
    await verifier.context.close();
    await context.close();
  });
});

describe('the browser pages', () => {
  it('raised no error', () => {
    expect(pageErrors).toEqual([]);
  });
});
