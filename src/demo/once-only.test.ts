// 新生儿出生一件事, once only (最多跑一次): 王芳 applies for her baby without handing in a single paper the city
// already holds. Her ID card, household register and marriage certificate come from her wallet after she confirms
// them; the birth record and the household registration (户籍) are fetched from the hospital and the police with
// the case as purpose. Each case reports its reuse rate, and each fetch shows in her data-access log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordRealNameCheck } from '../modules/identity/index.js';
import { makeCitizen, signInBrowser, type Browser } from '../test/factories.js';
import { startTestApp, type TestApp } from '../test/harness.js';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo, seedDemoCatalog } from './seed.js';

let t: TestApp;
let mother: Browser;
const reviewers: Record<string, Browser> = {};

beforeAll(async () => {
  t = await startTestApp({ now: '2026-03-03T01:30:00Z', env: { SIGNIN_RATE_LIMIT: '10000' } });
  await seedDemo(t.system);
  await seedDemoCatalog(t.system);
  mother = await signInBrowser(t, DEMO_PEOPLE.wangfang.idNumber, DEMO_PASSWORD);
  for (const d of ['wjw', 'gaj', 'ybj', 'rsj']) reviewers[d] = await signInBrowser(t, `reviewer.${d}`, DEMO_PASSWORD);
});
afterAll(() => t.close());

interface Certificate { id: string; type: string }
interface Case { id: string; itemCode: string; status: string; materials: { code: string; source: string }[] }

describe('新生儿出生一件事 once only', () => {
  it('reuses the mother\'s certificates, fetches what departments hold, reports the reuse rate and logs every fetch', async () => {
    const wallet = (await mother.request({ method: 'GET', url: '/api/v1/certificates' })).json() as Certificate[];
    const mine = (type: string) => wallet.find((c) => c.type === type)!.id;
    // Each fact asked once, as the life event's shared fields (the father's details come from her marriage certificate).
    const shared = { childName: '张小满', childSex: 'female', childBirthDate: '2026-03-02', birthPlace: '示范市妇幼保健院', relation: 'mother', registerWith: 'mother',
      residenceAddress: '示范市东湖区湖滨路 66 号', clinicName: '湖滨街道社区卫生服务中心', paymentMethod: 'online-tax-app', cardBank: 'icbc', cardDelivery: 'collect-at-bank' };
    const res = await mother.request({ method: 'POST', url: '/api/v1/bundle-applications', payload: {
      bundleCode: 'newborn', sharedData: shared, idempotencyKey: 'newborn-once-only-1',
      forms: {
        'birth-medical-certificate-issuance': { child: { birthTime: '06:12', weightGrams: 3300 } },
        'vaccination-certificate': { guardian: { relation: 'mother' }, clinic: { residenceAddress: '示范市东湖区湖滨路 66 号', clinicName: '湖滨街道社区卫生服务中心' } },
        'birth-household-registration': { applicant: { relation: 'mother', registerWith: 'mother' } },
        'resident-medical-insurance-enrollment': { payment: { method: 'online-tax-app' } },
        'social-security-card-application': { delivery: { bank: 'icbc', method: 'collect-at-bank' } },
      },
      materials: { // the mother confirms these certificates from her wallet: nothing uploaded
        'birth-medical-certificate-issuance': [{ code: 'mother-id-card', certificateId: mine('resident-id-card') }],
        'vaccination-certificate': [{ code: 'guardian-id-card', certificateId: mine('resident-id-card') }],
        'birth-household-registration': [{ code: 'parent-household-register', certificateId: mine('household-register') }, { code: 'marriage-certificate', certificateId: mine('marriage-certificate') }],
      },
    } });
    expect(res.statusCode, res.body).toBe(201);
    const cases = (res.json() as { applications: Case[] }).applications;
    const sourceOf = (item: string, code: string) => cases.find((c) => c.itemCode === item)!.materials.find((m) => m.code === code)?.source;
    expect(sourceOf('birth-medical-certificate-issuance', 'mother-id-card')).toBe('certificate');
    expect(sourceOf('birth-medical-certificate-issuance', 'delivery-record')).toBe('exchange'); // from the hospital's birth records
    expect(sourceOf('birth-household-registration', 'marriage-certificate')).toBe('certificate');
    expect(sourceOf('birth-household-registration', 'birth-medical-certificate')).toBe('exchange');
    expect(sourceOf('resident-medical-insurance-enrollment', 'household-register')).toBe('exchange'); // 户籍, from the police
    expect(sourceOf('social-security-card-application', 'holder-identity')).toBe('exchange');
    expect(cases.flatMap((c) => c.materials).some((m) => m.source === 'upload')).toBe(false);

    // What the police answered, signed by them, as the mother sees it.
    const insurance = cases.find((c) => c.itemCode === 'resident-medical-insurance-enrollment')!;
    const fetched = (await mother.request({ method: 'GET', url: `/api/v1/applications/${insurance.id}/materials/household-register/fetched` })).json();
    expect(fetched).toMatchObject({ source: 'police.household-registration', found: true, signedAnswer: expect.stringMatching(/^ey/) });

    // 减材料: every material of every case was reused.
    for (const c of cases) expect((await mother.request({ method: 'GET', url: `/api/v1/applications/${c.id}/reuse` })).json()).toMatchObject({ byHand: 0, rate: 1 });
    const leader = await signInBrowser(t, 'leader', DEMO_PASSWORD);
    const stats = (await leader.request({ method: 'GET', url: '/api/v1/statistics/reuse' })).json();
    expect(stats.overall).toMatchObject({ cases: 5, byHand: 0, rate: 1 });
    expect(stats.items.map((i: { itemCode: string }) => i.itemCode)).toContain('birth-household-registration');

    // Every fetch is in her data-access log: who, which data, for which case.
    const log = (await mother.request({ method: 'GET', url: '/api/v1/me/data-access?limit=200' })).json() as { purpose: string; fields: string[] }[];
    const fetches = log.filter((e) => e.fields.some((f) => f.startsWith('exchange:')));
    expect(fetches.map((e) => e.fields[0]).sort()).toEqual(expect.arrayContaining(['exchange:health.birth-certificates', 'exchange:police.household-registration']));
    for (const e of fetches) expect(e.purpose).toMatch(/case/);

    // The hospital approves; the birth certificate lands in her wallet.
    const birth = cases.find((c) => c.itemCode === 'birth-medical-certificate-issuance')!;
    const tasks = (await reviewers.wjw!.request({ method: 'GET', url: '/api/v1/tasks' })).json() as { id: string; application: { id: string } }[];
    const task = tasks.find((x) => x.application.id === birth.id)!;
    expect((await reviewers.wjw!.request({ method: 'POST', url: `/api/v1/tasks/${task.id}/decision`, payload: { decision: 'approve', reason: '核对无误' } })).statusCode).toBe(200);
    const after = (await mother.request({ method: 'GET', url: '/api/v1/certificates?type=birth-medical-certificate' })).json() as { claims: { name: string; value: unknown }[] }[];
    expect(after[0]!.claims.find((c) => c.name === 'childName')?.value).toBe('张小满');
  });

  it('lets the applicant fetch a material into a draft and see it before submitting, and reuse a certificate after confirming', async () => {
    const draft = (await mother.request({ method: 'POST', url: '/api/v1/applications/drafts', payload: { itemCode: 'resident-medical-insurance-enrollment',
      formData: { child: { name: '张小满', sex: 'female', birthDate: '2026-03-02' }, payment: { method: 'online-tax-app' } } } })).json();
    const options = (await mother.request({ method: 'GET', url: `/api/v1/applications/${draft.id}/materials` })).json() as { code: string; reusable: { certificateId: string; type: string }[] }[];
    const householdOptions = options.find((o) => o.code === 'household-register')!;
    expect(householdOptions.reusable.map((r) => r.type)).toEqual(['household-register']);

    const fetched = await mother.request({ method: 'POST', url: `/api/v1/applications/${draft.id}/materials/household-register/fetch` });
    expect(fetched.statusCode, fetched.body).toBe(200);
    expect(fetched.json()).toMatchObject({ found: true, source: 'police.household-registration', data: expect.any(Object) });
    const reused = await mother.request({ method: 'POST', url: `/api/v1/applications/${draft.id}/materials/guardian-id-card/certificate`,
      payload: { certificateId: (await mother.request({ method: 'GET', url: '/api/v1/certificates?type=resident-id-card' })).json()[0].id } });
    expect(reused.statusCode, reused.body).toBe(200);

    const submitted = (await mother.request({ method: 'POST', url: `/api/v1/applications/${draft.id}/submit`, payload: {} })).json() as Case;
    expect(submitted.materials.map((m) => `${m.code}:${m.source}`).sort()).toEqual(['guardian-id-card:certificate', 'household-register:exchange']);
  });

  it('refuses another person\'s certificate, a certificate of the wrong type, and a fetch for a material no source holds', async () => {
    const father = await signInBrowser(t, DEMO_PEOPLE.zhangsan.idNumber, DEMO_PASSWORD);
    const hisIdCard = (await father.request({ method: 'GET', url: '/api/v1/certificates?type=resident-id-card' })).json()[0].id;
    const marriage = (await mother.request({ method: 'GET', url: '/api/v1/certificates?type=marriage-certificate' })).json()[0].id;
    const draft = (await mother.request({ method: 'POST', url: '/api/v1/applications/drafts', payload: { itemCode: 'birth-medical-certificate-issuance', formData: {} } })).json();
    const reuse = (code: string, certificateId: string) => mother.request({ method: 'POST', url: `/api/v1/applications/${draft.id}/materials/${code}/certificate`, payload: { certificateId } });
    expect((await reuse('mother-id-card', hisIdCard)).json().error).toMatchObject({ code: 'cases.certificate_unusable', field: '/certificateId' });
    expect((await reuse('mother-id-card', marriage)).json().error).toMatchObject({ code: 'cases.certificate_unusable' });
    expect((await mother.request({ method: 'POST', url: `/api/v1/applications/${draft.id}/materials/no-such/fetch` })).statusCode).toBe(404);
    expect((await father.request({ method: 'POST', url: `/api/v1/applications/${draft.id}/materials/delivery-record/fetch` })).statusCode).toBe(404);
    expect((await mother.request({ method: 'GET', url: `/api/v1/applications/${draft.id}/materials` })).json()
      .every((m: { attached: unknown }) => m.attached === null)).toBe(true);
  });
});

describe('registry data needs a verified identity (real-name level 2)', () => {
  it('is refused to someone who only declared an ID number, and given once the registry has vouched for them', async () => {
    const newcomer = await makeCitizen(t, { name: '赵新来' }); // self-registered: level 1
    const browser = await signInBrowser(t, newcomer.idNumber);
    const draft = (await browser.request({ method: 'POST', url: '/api/v1/applications/drafts', payload: { itemCode: 'resident-medical-insurance-enrollment' } })).json();
    const fetch = () => browser.request({ method: 'POST', url: `/api/v1/applications/${draft.id}/materials/household-register/fetch` });
    const refused = await fetch();
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'cases.real_name_level_required', field: '/code' });
    await recordRealNameCheck(t.system, newcomer.person.id, { source: 'test-registry' });
    const given = await fetch();
    expect(given.statusCode, given.body).toBe(200);
    expect(given.json()).toMatchObject({ source: 'police.household-registration' });
  });
});
