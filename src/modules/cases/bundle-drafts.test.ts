// A life event's server draft (issue 14, issue 15): "come back later from My cases" holds for life events too. The
// draft is prefilled with the father from the mother's marriage certificate (source shown), saved at every step,
// resumed from another device, encrypted at rest, the applicant's alone, and gone once the bundle is submitted.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo, seedDemoCatalog } from '../../demo/seed.js';
import { queryRows } from '../../platform/db.js';
import { signInBrowser, type Browser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

interface Draft { id: string; bundleCode: string; answers: { values: Record<string, Record<string, unknown>>; uploads: unknown[]; reuse: unknown[] }; prefilled: { field: string; source: { zh: string } }[] }

let t: TestApp;
let mother: Browser;

beforeAll(async () => {
  t = await startTestApp({ env: { SIGNIN_RATE_LIMIT: '10000' } });
  await seedDemo(t.system);
  await seedDemoCatalog(t.system);
  mother = await signInBrowser(t, DEMO_PEOPLE.wangfang.idNumber, DEMO_PASSWORD);
});
afterAll(() => t.close());

const shared = {
  childName: '张小满', childSex: 'female', childBirthDate: '2026-02-20', birthPlace: '示范市妇幼保健院', relation: 'mother', registerWith: 'father',
  residenceAddress: '示范市东湖区湖滨路 66 号 3 幢 1502 室', clinicName: '东湖街道社区卫生服务中心', paymentMethod: 'online-tax-app', cardBank: 'icbc', cardDelivery: 'collect-at-bank',
};

describe('life-event drafts', () => {
  let draft: Draft;

  it('starts prefilled with the father from the marriage certificate, and shows where that came from', async () => {
    const res = await mother.request({ method: 'POST', url: '/api/v1/bundle-drafts', payload: { bundleCode: 'newborn' } });
    expect(res.statusCode).toBe(201);
    draft = res.json();
    expect(draft.answers.values.shared).toEqual({ fatherName: DEMO_PEOPLE.zhangsan.name, fatherIdNumber: DEMO_PEOPLE.zhangsan.idNumber });
    expect(draft.prefilled.map((p) => p.field)).toEqual(['fatherName', 'fatherIdNumber']);
    expect(draft.prefilled[0]!.source.zh).toContain('结婚证');
    // starting again continues the same draft
    const again = await mother.request({ method: 'POST', url: '/api/v1/bundle-drafts', payload: { bundleCode: 'newborn' } });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(draft.id);
    // a father applying: his wife is not put in the father's fields
    const father = await signInBrowser(t, DEMO_PEOPLE.zhangsan.idNumber, DEMO_PASSWORD);
    const his = (await father.request({ method: 'POST', url: '/api/v1/bundle-drafts', payload: { bundleCode: 'newborn' } })).json() as Draft;
    expect(his.answers.values).toEqual({});
    expect(his.prefilled).toEqual([]);
    await father.request({ method: 'DELETE', url: `/api/v1/bundle-drafts/${his.id}` });
  });

  it('is saved on the server and resumed from another device; nobody else sees it; it is encrypted at rest', async () => {
    const answers = { values: { shared: { ...draft.answers.values.shared, ...shared } }, uploads: [], reuse: [] };
    expect((await mother.request({ method: 'PUT', url: `/api/v1/bundle-drafts/${draft.id}`, payload: { answers } })).statusCode).toBe(200);
    const elsewhere = await signInBrowser(t, DEMO_PEOPLE.wangfang.idNumber, DEMO_PASSWORD);
    const mine = (await elsewhere.request({ method: 'GET', url: '/api/v1/bundle-drafts' })).json() as Draft[];
    expect(mine.map((d) => d.id)).toEqual([draft.id]);
    expect(((await elsewhere.request({ method: 'GET', url: `/api/v1/bundle-drafts/${draft.id}` })).json() as Draft).answers).toEqual(answers);
    const stranger = await signInBrowser(t, DEMO_PEOPLE.lisi.idNumber, DEMO_PASSWORD);
    expect((await stranger.request({ method: 'GET', url: `/api/v1/bundle-drafts/${draft.id}` })).statusCode).toBe(404);
    expect((await stranger.request({ method: 'PUT', url: `/api/v1/bundle-drafts/${draft.id}`, payload: { answers } })).statusCode).toBe(404);
    const [row] = await queryRows<{ answers: string }>(t.system.db, sql`SELECT answers FROM bundle_drafts WHERE id = ${draft.id}`);
    expect(row!.answers).not.toContain('张小满');
    expect(row!.answers).not.toContain(DEMO_PEOPLE.zhangsan.idNumber);
  });

  it('goes with the submission, which carries the father, the preset insurance category and every shared fact', async () => {
    const res = await mother.request({ method: 'POST', url: '/api/v1/bundle-applications', payload: {
      bundleCode: 'newborn', draftId: draft.id, idempotencyKey: 'draft-bundle-0001',
      sharedData: { ...shared, fatherName: DEMO_PEOPLE.zhangsan.name, fatherIdNumber: DEMO_PEOPLE.zhangsan.idNumber }, forms: {} } });
    expect(res.statusCode, res.body).toBe(201);
    const bundle = res.json() as { number: string; applications: { itemCode: string; formData: Record<string, Record<string, unknown>> }[] };
    expect(bundle.number).toMatch(/^YJS/);
    // each case of the life event carries the life event's number, for the case pages
    const one = (await mother.request({ method: 'GET', url: `/api/v1/applications/${(bundle.applications[0] as unknown as { id: string }).id}` })).json() as { bundleNumber: string };
    expect(one.bundleNumber).toBe(bundle.number);
    const form = (code: string) => bundle.applications.find((a) => a.itemCode === code)!.formData;
    expect(form('birth-medical-certificate-issuance').father!.name).toBe(DEMO_PEOPLE.zhangsan.name);
    expect(form('resident-medical-insurance-enrollment').child!.category).toBe('newborn');
    expect(form('birth-household-registration').applicant).toMatchObject({ relation: 'mother', registerWith: 'father' });
    expect(form('vaccination-certificate').clinic!.clinicName).toBe(shared.clinicName);
    expect((await mother.request({ method: 'GET', url: `/api/v1/bundle-drafts/${draft.id}` })).statusCode).toBe(404);
    expect((await mother.request({ method: 'GET', url: '/api/v1/bundle-drafts' })).json()).toEqual([]);
  });
});
