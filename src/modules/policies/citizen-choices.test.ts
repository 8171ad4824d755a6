// What a citizen decides on their policy pages: the why of a match (each condition against their facts), opting
// out of 免申即享 and back in (granted then), and 无感智办's one press: confirm or dismiss a prepared service.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo, seedDemoCatalog } from '../../demo/seed.js';
import { idCheckChar } from '../../platform/identifiers.js';
import { emit } from '../../platform/jobs.js';
import { issueCertificate } from '../certificates/index.js';
import { findDepartment } from '../directory/index.js';
import { personIdByIdNumber } from '../identity/index.js';
import { makeCitizen, signInBrowser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { SIGNIN_RATE_LIMIT: '10000' } });
  await seedDemo(t.system);
  await seedDemoCatalog(t.system);
  await t.tongban.runner.runDue();
});
afterAll(() => t.close());

interface Match { policyCode: string; status: string; canOptOut: boolean; canOptBackIn: boolean; conditions: { label: { zh: string }; holds: boolean | null }[]; outcome: string | null }
const LONGEVITY = 'elderly-longevity-allowance';

describe('免申即享: opting out and back in', () => {
  it('shows why a policy found me, lets me opt out and back in, and grants after opting back in', async () => {
    const elder = await makeCitizen(t, { name: '高龄丙', birth: '19350505' });
    await t.tongban.runner.runDue();
    const mzj = await signInBrowser(t, 'admin.mzj', DEMO_PASSWORD);
    expect((await mzj.request({ method: 'POST', url: `/api/v1/policies/${LONGEVITY}/publish` })).statusCode).toBe(200);
    await t.tongban.runner.runDue();
    const b = await signInBrowser(t, elder.idNumber);
    const mine = async () => ((await b.request({ method: 'GET', url: '/api/v1/me/policy-matches' })).json() as Match[]).find((m) => m.policyCode === LONGEVITY)!;
    const before = await mine();
    expect(before).toMatchObject({ status: 'pending_grant', canOptOut: true, canOptBackIn: false });
    expect(before.conditions.length).toBeGreaterThan(0);
    expect(before.conditions.every((c) => c.holds === true)).toBe(true); // every condition met, each with its label
    expect(before.conditions[0]!.label.zh).not.toBe('');
    // Opting in while in is refused with a reason.
    const notOut = await b.request({ method: 'POST', url: `/api/v1/me/policy-matches/${LONGEVITY}/opt-in` });
    expect(notOut.statusCode).toBe(409);
    expect(notOut.json().error.code).toBe('policies.cannot_opt_in');
    expect((await b.request({ method: 'POST', url: `/api/v1/me/policy-matches/${LONGEVITY}/opt-out` })).json()).toEqual({ status: 'opted_out' });
    expect(await mine()).toMatchObject({ status: 'opted_out', canOptOut: false, canOptBackIn: true });
    // The grant date passes while opted out: nothing is granted.
    t.clock.set('2026-03-20T09:00:00+08:00');
    await t.tongban.runner.runDue();
    const b1 = await signInBrowser(t, elder.idNumber); // a new session after the days that passed
    expect((await b1.request({ method: 'GET', url: '/api/v1/applications' })).json()).toEqual([]);
    // Back in after the date: granted at once.
    const back = await b1.request({ method: 'POST', url: `/api/v1/me/policy-matches/${LONGEVITY}/opt-in` });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toEqual({ status: 'pending_grant', grantDueAt: '2026-03-20T01:00:00.000Z' });
    await t.tongban.runner.runDue();
    const b2 = await signInBrowser(t, elder.idNumber);
    expect((await b2.request({ method: 'GET', url: '/api/v1/applications' })).json()).toEqual([expect.objectContaining({ itemCode: LONGEVITY, channel: 'proactive' })]);
    expect(((await b2.request({ method: 'GET', url: '/api/v1/me/policy-matches' })).json() as Match[]).find((m) => m.policyCode === LONGEVITY)).toMatchObject({ status: 'granted', canOptBackIn: false });
    // Its message links to the page that says why.
    const inbox = (await b2.request({ method: 'GET', url: '/api/v1/inbox?limit=100' })).json() as { template: string; link: string | null }[];
    expect(inbox.find((m) => m.template === 'policy.grant_pending')!.link).toBe(`/my-policies/${LONGEVITY}?for=self`);
    t.clock.set('2026-03-02T09:00:00+08:00');
  });
});

describe('无感智办: one press', () => {
  it('the demo mother 陈静 finds 新生儿出生一件事 prepared after her baby\'s birth certificate', async () => {
    const b = await signInBrowser(t, DEMO_PEOPLE.chenjing.idNumber, DEMO_PASSWORD);
    const list = (await b.request({ method: 'GET', url: '/api/v1/me/prepared-services' })).json() as { bundleCode: string; status: string }[];
    expect(list).toEqual([expect.objectContaining({ bundleCode: 'newborn', status: 'ready' })]);
  });

  it('confirming starts her 新生儿出生一件事 draft with the baby\'s details from the 出生医学证明, each with its source; pressing twice gives the same draft', async () => {
    const b = await signInBrowser(t, DEMO_PEOPLE.chenjing.idNumber, DEMO_PASSWORD);
    const [newborn] = (await b.request({ method: 'GET', url: '/api/v1/me/prepared-services' })).json() as { id: string; draftId: string | null }[];
    expect(newborn!.draftId).toBeNull(); // nothing started before she confirms
    const first = await b.request({ method: 'POST', url: `/api/v1/me/prepared-services/${newborn!.id}/confirm` });
    expect(first.statusCode).toBe(200);
    const { draftId } = first.json() as { draftId: string };
    expect(draftId).toMatch(/^[0-9a-f-]{36}$/);
    const draft = (await b.request({ method: 'GET', url: `/api/v1/bundle-drafts/${draftId}` })).json() as
      { bundleCode: string; answers: { values: { shared?: Record<string, unknown> } }; prefilled: { field: string; source: { zh: string; en: string } }[] };
    expect(draft.bundleCode).toBe('newborn');
    const born = new Date(t.clock.now().getTime() - 7 * 86_400_000).toISOString().slice(0, 10);
    expect(draft.answers.values.shared).toMatchObject({ childName: '刘心怡', childSex: 'female', childBirthDate: born, birthTime: '08:42', birthPlace: '示范市妇幼保健院' });
    // What only she knows stays for her to answer.
    expect(draft.answers.values.shared).not.toHaveProperty('bankAccount');
    const sourceOf = (field: string) => draft.prefilled.find((p) => p.field === field)?.source.zh;
    for (const field of ['childName', 'childSex', 'childBirthDate', 'birthPlace']) expect(sourceOf(field)).toMatch(/^出生医学证明（/);
    // Pressing again, and the application page starting its draft, both give the same one.
    expect((await b.request({ method: 'POST', url: `/api/v1/me/prepared-services/${newborn!.id}/confirm` })).json()).toMatchObject({ status: 'confirmed', draftId });
    const started = await b.request({ method: 'POST', url: '/api/v1/bundle-drafts', payload: { bundleCode: 'newborn' } });
    expect(started.statusCode).toBe(200);
    expect(started.json()).toMatchObject({ id: draftId });
  });

  it('a mother holding a marriage certificate too: the father keeps that source, the baby comes from the birth certificate', async () => {
    const personId = (await personIdByIdNumber(t.system, DEMO_PEOPLE.wangfang.idNumber))!;
    const hospital = (await findDepartment(t.system, '339900', 'wjw'))!;
    await issueCertificate(t.system, { type: 'birth-medical-certificate', holder: { kind: 'person', personId }, issuerDepartmentId: hospital.id, claims: {
      childName: '张小满', childSex: 'male', birthDate: '2026-02-27', birthPlace: '示范市人民医院', motherName: DEMO_PEOPLE.wangfang.name, motherIdNumber: DEMO_PEOPLE.wangfang.idNumber,
      fatherName: DEMO_PEOPLE.zhangsan.name, fatherIdNumber: DEMO_PEOPLE.zhangsan.idNumber, certificateNumber: 'Q339900-2026-000777' } });
    await t.tongban.runner.runDue();
    const b = await signInBrowser(t, DEMO_PEOPLE.wangfang.idNumber, DEMO_PASSWORD);
    const newborn = ((await b.request({ method: 'GET', url: '/api/v1/me/prepared-services' })).json() as { id: string; bundleCode: string }[]).find((p) => p.bundleCode === 'newborn')!;
    const { draftId } = (await b.request({ method: 'POST', url: `/api/v1/me/prepared-services/${newborn.id}/confirm` })).json() as { draftId: string };
    const draft = (await b.request({ method: 'GET', url: `/api/v1/bundle-drafts/${draftId}` })).json() as
      { answers: { values: { shared: Record<string, unknown> } }; prefilled: { field: string; source: { zh: string } }[] };
    expect(draft.answers.values.shared).toMatchObject({ childName: '张小满', childSex: 'male', childBirthDate: '2026-02-27', birthPlace: '示范市人民医院', fatherName: DEMO_PEOPLE.zhangsan.name });
    const sourceOf = (field: string) => draft.prefilled.filter((p) => p.field === field).map((p) => p.source.zh);
    expect(sourceOf('fatherName')).toEqual([expect.stringMatching(/^结婚证/)]); // once, from where it was first known
    expect(sourceOf('childName')).toEqual([expect.stringMatching(/^出生医学证明/)]);
  });

  it('confirms a prepared service (pressing twice is the same), dismisses another, and refuses deciding it again', async () => {
    const parent = await makeCitizen(t, { name: '新妈妈', idNumber: `33990219920404992${idCheckChar('33990219920404992')}` });
    await t.tongban.runner.runDue();
    await emit(t.system, 'certificate.issued', { certificateId: '5f1a2b3c-0000-4000-8000-0000000000a1', type: 'birth-medical-certificate',
      holder: { kind: 'person', personId: parent.person.id }, issuerDepartmentId: '00000000-0000-4000-8000-000000000002', applicationId: null, issuedAt: '2026-03-02T09:00:00+08:00' });
    await t.tongban.runner.runDue();
    const b = await signInBrowser(t, parent.idNumber);
    const list = (await b.request({ method: 'GET', url: '/api/v1/me/prepared-services' })).json() as { id: string; bundleCode: string; status: string; applyPath: string }[];
    const newborn = list.find((p) => p.bundleCode === 'newborn')!;
    expect(newborn).toMatchObject({ status: 'ready', applyPath: '/apply/bundle/newborn' });
    const inbox = (await b.request({ method: 'GET', url: '/api/v1/inbox?limit=100' })).json() as { template: string; link: string | null }[];
    expect(inbox.find((m) => m.template === 'policy.service_prepared')!.link).toBe(`/my-services?for=self#prepared-${newborn.id}`);
    const other = await signInBrowser(t, (await makeCitizen(t)).idNumber);
    expect((await other.request({ method: 'POST', url: `/api/v1/me/prepared-services/${newborn.id}/confirm` })).statusCode).toBe(404);
    const confirmed = await b.request({ method: 'POST', url: `/api/v1/me/prepared-services/${newborn.id}/confirm` });
    expect(confirmed.json()).toMatchObject({ id: newborn.id, status: 'confirmed' });
    // The event named a certificate she does not hold: nothing is taken from it, she answers herself.
    const empty = (await b.request({ method: 'GET', url: `/api/v1/bundle-drafts/${confirmed.json().draftId}` })).json() as { answers: { values: Record<string, unknown> }; prefilled: unknown[] };
    expect(empty.prefilled).toEqual([]);
    expect(empty.answers.values).toEqual({});
    expect((await b.request({ method: 'POST', url: `/api/v1/me/prepared-services/${newborn.id}/confirm` })).json()).toMatchObject({ status: 'confirmed' });
    const dismiss = await b.request({ method: 'POST', url: `/api/v1/me/prepared-services/${newborn.id}/dismiss` });
    expect(dismiss.statusCode).toBe(409);
    expect(dismiss.json().error.code).toBe('policies.prepared_decided');
    // Still listed, to come back to its application.
    expect(((await b.request({ method: 'GET', url: '/api/v1/me/prepared-services' })).json() as { id: string; status: string }[]).find((p) => p.id === newborn.id))
      .toMatchObject({ status: 'confirmed' });
  });
});
