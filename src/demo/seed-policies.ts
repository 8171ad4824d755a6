// The demo city's policies (policies/*.yaml), triggers, and facts for the demo people and enterprise so that
// policies find someone: 张秀英 (低保, 二级残疾, 77), 张三 (a baby under one), 李四 (graduated 2025, self-employed),
// 示范市云帆科技 (a small high-tech firm).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ctx } from '../platform/context.js';
import * as certificates from '../modules/certificates/index.js';
import * as directory from '../modules/directory/index.js';
import * as identity from '../modules/identity/index.js';
import { idCheckChar } from '../platform/identifiers.js';
import * as policies from '../modules/policies/index.js';
import { withActor } from '../platform/context.js';
import { system } from '../platform/actor.js';
import { getMeta, setMeta } from '../platform/meta.js';

const SEEDED_KEY = 'demo.policies_seeded';

/**
 * 陈静's baby was born in the city's hospital, which issued the 出生医学证明 (to her, the applicant): once the
 * triggers are in place, so that 无感智办 prepares 新生儿出生一件事 for her as it would for any mother.
 */
async function issueDemoBirthCertificate(sys: Ctx, people: Record<string, { idNumber: string; name?: string }>): Promise<void> {
  const mother = people.chenjing;
  if (!mother) return;
  const personId = await identity.personIdByIdNumber(sys, mother.idNumber);
  const hospital = await directory.findDepartment(sys, '339900', 'wjw');
  if (!personId || !hospital) return;
  const born = new Date(sys.clock.now().getTime() - 7 * 86_400_000).toISOString().slice(0, 10); // a week ago
  const father = { name: '刘洋', idNumber: `33990319920315007${idCheckChar('33990319920315007')}` };
  await certificates.issueCertificate(sys, { type: 'birth-medical-certificate', holder: { kind: 'person', personId }, issuerDepartmentId: hospital.id, claims: {
    childName: '刘心怡', childSex: 'female', birthDate: born, birthTime: '08:42', birthPlace: '示范市妇幼保健院', motherName: mother.name ?? '陈静',
    motherIdNumber: mother.idNumber, fatherName: father.name, fatherIdNumber: father.idNumber, certificateNumber: 'Q339900-2026-004512' } });
}

export const DEMO_POLICIES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../policies');

const PERSON_FACTS: Record<string, Record<string, policies.FactValue>> = {
  zhangsan: { familySize: 3, childrenCount: 1, youngestChildBirthDate: '2025-06-01', incomePerCapita: 6000, incomeBand: 'middle', employmentStatus: 'employed',
    medicalInsured: true, pensionInsured: true, pensionContributionYears: 15, receivesSubsistence: false },
  zhangxiuying: { familySize: 1, childrenCount: 1, incomePerCapita: 900, incomeBand: 'below_subsistence', employmentStatus: 'retired', disabilityGrade: 2,
    medicalInsured: true, pensionInsured: false, receivesSubsistence: true },
  lisi: { familySize: 1, childrenCount: 0, incomePerCapita: 3500, incomeBand: 'lower_middle', employmentStatus: 'self_employed', graduationDate: '2025-06-30',
    medicalInsured: false, pensionInsured: true, pensionContributionYears: 1, receivesSubsistence: false },
};

/** Copies identity facts, records the demo facts, imports and publishes the demo policies and triggers. */
export async function seedDemoPolicies(ctx: Ctx, people: Record<string, { idNumber: string }>): Promise<void> {
  const sys = withActor(ctx, system);
  if (await getMeta(sys, SEEDED_KEY)) return; // once: publishing again would make new versions and message everyone again
  await policies.syncAllFromIdentity(sys);
  const persons = await identity.personBasics(sys, { limit: 100_000 });
  for (const [key, facts] of Object.entries(PERSON_FACTS)) {
    const birth = people[key]!.idNumber.slice(6, 14);
    const person = persons.find((p) => p.birthDate.replaceAll('-', '') === birth && p.householdRegionCode === people[key]!.idNumber.slice(0, 6));
    if (person) await policies.recordFacts(sys, { kind: 'person', subjectId: person.id, facts, source: 'seed' });
  }
  const enterprise = (await identity.enterpriseBasics(sys, { limit: 100_000 })).find((e) => e.name.includes('云帆科技'));
  if (enterprise) {
    await policies.recordFacts(sys, { kind: 'enterprise', subjectId: enterprise.id, source: 'seed', facts: {
      enterpriseSize: 'small', taxCreditGrade: 'A', employees: 25, insuredEmployees: 25, layoffRate: 0, highTech: true, annualRevenue: 1800, rdExpenseRatio: 8, startupLoan: false } });
  }
  await policies.importPolicies(sys, policies.readPolicyFolder(DEMO_POLICIES_DIR), { publish: true });
  await issueDemoBirthCertificate(sys, people);
  await setMeta(sys, SEEDED_KEY, { at: sys.clock.now().toISOString() });
}
