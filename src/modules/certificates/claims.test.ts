// A signed certificate carries exactly its subject's facts (issue 14, item 1). The newborn journey as the demo
// family lives it: 王芳 applies, the parents chose 随父落户, the household's head is 张三. The child's 居民户口簿
// names the child, with the 公民身份号码 the registration assigned, 张三 as head and 女 as the relation; every other
// certificate of the journey names its own subject; a required claim nobody can supply refuses the certificate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CATALOG_DIR, DEMO_PASSWORD, DEMO_PEOPLE, seedDemo, seedDemoCatalog } from '../../demo/seed.js';
import { idNumberFacts, isValidIdNumber } from '../../platform/identifiers.js';
import { signInBrowser, type Browser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { readCatalogFolder } from '../catalog/index.js';
import { findPersonByIdNumber } from '../identity/index.js';
import { claimGaps, newbornRelationToHead } from './claims.js';
import { certificateTypes } from './types.js';

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

interface Case { id: string; itemCode: string }
interface Certificate { id: string; type: string; applicationId: string | null; claims: { name: string; value: unknown }[] }

const claimsOf = (c: Certificate) => Object.fromEntries(c.claims.map((x) => [x.name, x.value]));

async function approve(department: string, applicationId: string) {
  const tasks = (await reviewers[department]!.request({ method: 'GET', url: '/api/v1/tasks' })).json() as { id: string; application: { id: string } }[];
  const task = tasks.find((x) => x.application.id === applicationId);
  expect(task, `${department} has a task for ${applicationId}`).toBeDefined();
  const res = await reviewers[department]!.request({ method: 'POST', url: `/api/v1/tasks/${task!.id}/decision`, payload: { decision: 'approve', reason: '核对无误' } });
  expect(res.statusCode, res.body).toBe(200);
}

async function walletFor(applicationId: string): Promise<Certificate[]> {
  return ((await mother.request({ method: 'GET', url: '/api/v1/certificates' })).json() as Certificate[]).filter((c) => c.applicationId === applicationId);
}

async function fileNewborn(child: { name: string; sex: 'male' | 'female'; birthDate: string }, registerWith: 'father' | 'mother', key: string): Promise<Case[]> {
  const wallet = (await mother.request({ method: 'GET', url: '/api/v1/certificates' })).json() as Certificate[];
  const mine = (type: string) => wallet.find((c) => c.type === type && c.applicationId === null)!.id;
  const res = await mother.request({ method: 'POST', url: '/api/v1/bundle-applications', payload: {
    bundleCode: 'newborn', idempotencyKey: key,
    sharedData: { childName: child.name, childSex: child.sex, childBirthDate: child.birthDate, birthPlace: '示范市妇幼保健院', birthTime: '06:12',
      relation: 'mother', registerWith, fatherName: DEMO_PEOPLE.zhangsan.name, fatherIdNumber: DEMO_PEOPLE.zhangsan.idNumber,
      residenceAddress: '示范市东湖区湖滨路 66 号', clinicName: '湖滨街道社区卫生服务中心', paymentMethod: 'online-tax-app', cardBank: 'icbc', cardDelivery: 'collect-at-bank' },
    forms: {},
    materials: {
      'birth-medical-certificate-issuance': [{ code: 'mother-id-card', certificateId: mine('resident-id-card') }],
      'vaccination-certificate': [{ code: 'guardian-id-card', certificateId: mine('resident-id-card') }],
      'birth-household-registration': [{ code: 'parent-household-register', certificateId: mine('household-register') }, { code: 'marriage-certificate', certificateId: mine('marriage-certificate') }],
    },
  } });
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { applications: Case[] }).applications;
}

describe('the newborn journey signs the child\'s facts, not the mother\'s', () => {
  it('registers the child (随父落户) under the father as head, with the child\'s own ID number, and reuses it for the social security card', async () => {
    const child = { name: '张小满', sex: 'female' as const, birthDate: '2026-03-02' };
    const cases = await fileNewborn(child, 'father', 'claims-newborn-1');
    const caseOf = (item: string) => cases.find((c) => c.itemCode === item)!.id;

    await approve('gaj', caseOf('birth-household-registration'));
    const [register] = await walletFor(caseOf('birth-household-registration'));
    expect(register?.type).toBe('household-register');
    const claims = claimsOf(register!);
    const id = String(claims.idNumber);
    expect(id).not.toBe(DEMO_PEOPLE.wangfang.idNumber);
    expect(isValidIdNumber(id)).toBe(true);
    expect(idNumberFacts(id)).toEqual({ birthDate: child.birthDate, sex: 'female', regionCode: '339902' }); // 东湖区, the household's district
    expect(claims).toMatchObject({ name: child.name, birthDate: child.birthDate, householdHead: DEMO_PEOPLE.zhangsan.name, relationToHead: '女' });
    // The registry has the child now: the number is hers, and the same number is never given twice.
    const registered = await findPersonByIdNumber(t.system, { idNumber: id, purpose: 'test' });
    expect(registered).toMatchObject({ name: child.name, birthDate: child.birthDate, sex: 'female' });

    // The social security card is the child's: her name and her number, read from her 户口簿 (once only).
    await approve('rsj', caseOf('social-security-card-application'));
    const [card] = await walletFor(caseOf('social-security-card-application'));
    expect(claimsOf(card!)).toMatchObject({ name: child.name, idNumber: id });

    // The birth and vaccination certificates name the child, the mother and the father each with their own facts.
    await approve('wjw', caseOf('birth-medical-certificate-issuance'));
    const [birth] = await walletFor(caseOf('birth-medical-certificate-issuance'));
    expect(claimsOf(birth!)).toMatchObject({ childName: child.name, childSex: 'female', birthDate: child.birthDate,
      motherName: DEMO_PEOPLE.wangfang.name, motherIdNumber: DEMO_PEOPLE.wangfang.idNumber, fatherName: DEMO_PEOPLE.zhangsan.name, fatherIdNumber: DEMO_PEOPLE.zhangsan.idNumber });
    await approve('wjw', caseOf('vaccination-certificate'));
    const [vaccination] = await walletFor(caseOf('vaccination-certificate'));
    expect(claimsOf(vaccination!)).toMatchObject({ childName: child.name, childSex: 'female', birthDate: child.birthDate, guardianName: DEMO_PEOPLE.wangfang.name });

    // No certificate about the child carries the mother's ID number as anyone's but the mother's.
    for (const c of [register!, card!, birth!, vaccination!]) {
      for (const [name, value] of Object.entries(claimsOf(c))) if (value === DEMO_PEOPLE.wangfang.idNumber) expect(name).toBe('motherIdNumber');
    }
  });

  it('registers a boy 随母落户 in the same household: 张三 is still the head, the relation is 子, the number odd', async () => {
    const child = { name: '张小川', sex: 'male' as const, birthDate: '2026-03-02' };
    const cases = await fileNewborn(child, 'mother', 'claims-newborn-2');
    const registration = cases.find((c) => c.itemCode === 'birth-household-registration')!.id;
    await approve('gaj', registration);
    const claims = claimsOf((await walletFor(registration))[0]!);
    expect(claims).toMatchObject({ name: child.name, householdHead: DEMO_PEOPLE.zhangsan.name, relationToHead: '子' });
    expect(idNumberFacts(String(claims.idNumber)).sex).toBe('male');
  });

  it('refuses the certificate, saying which claim has no source, when the child has no ID number yet', async () => {
    const app = await mother.request({ method: 'POST', url: '/api/v1/applications', payload: { itemCode: 'social-security-card-application', formData: {
      child: { name: '张未登', sex: 'male', birthDate: '2026-02-20' }, guardian: { relation: 'mother', phone: '13800000004' }, delivery: { bank: 'icbc', method: 'collect-at-bank' } } } });
    expect(app.statusCode, app.body).toBe(201);
    await approve('rsj', app.json().id);
    expect(await walletFor(app.json().id)).toEqual([]); // signed nothing rather than the mother's number
    const timeline = (await reviewers.rsj!.request({ method: 'GET', url: `/api/v1/applications/${app.json().id}/timeline` })).json() as { kind: string; details?: { code?: string }; message: { zh: string } }[];
    const refused = timeline.find((e) => e.kind === 'certificate_not_issued');
    expect(refused?.details).toMatchObject({ code: 'certificates.claim_unsourced' });
    expect(refused?.message.zh).toContain('社会保障号码');
  });
});

describe('every certificate type reads one subject\'s facts', () => {
  it('never lets a claim fall back from one person to another, and names the relation to the head from the register\'s terms', () => {
    for (const type of certificateTypes().values()) {
      for (const claim of type.claims) {
        const people = new Set(claim.from.map((f) => (f.startsWith('applicant.') || f.startsWith('form:/applicant/') ? 'applicant' : f.startsWith('child.') || f.startsWith('form:/child/') ? 'child' : null)).filter(Boolean));
        expect(people.size, `${type.code}.${claim.name}`).toBeLessThanOrEqual(1);
        if (type.subject === 'child') expect(claim.from.some((f) => f.startsWith('applicant.') && /idNumber|birthDate/.test(f)), `${type.code}.${claim.name}`).toBe(false);
      }
    }
    expect([newbornRelationToHead('户主', 'female'), newbornRelationToHead('妻', 'male'), newbornRelationToHead('子', 'female'), newbornRelationToHead('女', 'male'), newbornRelationToHead('母', 'male')])
      .toEqual(['女', '子', '孙女', '外孙子', undefined]);
  });

  it('finds, in every shipped item with a result certificate, a source for each required claim the form cannot leave out', () => {
    const items = [...readCatalogFolder(DEMO_CATALOG_DIR).items.values()].map((e) => e.item);
    const gaps = items.filter((i) => i.workflow.resultCertificateType)
      .flatMap((i) => claimGaps(certificateTypes().get(i.workflow.resultCertificateType!)!, i).map((claim) => `${i.code}: ${claim}`));
    expect(gaps).toEqual([]);
    // What the check catches: the 户口簿 of an item whose form does not say with which parent the child registers.
    const registration = items.find((i) => i.code === 'birth-household-registration')!;
    const withoutRelation = structuredClone(registration.form) as { properties: { applicant: { required: string[] } } };
    withoutRelation.properties.applicant.required = ['name', 'idNumber'];
    expect(claimGaps(certificateTypes().get('household-register')!, { ...registration, form: withoutRelation })).toEqual(['householdHead', 'relationToHead']);
  });
});
