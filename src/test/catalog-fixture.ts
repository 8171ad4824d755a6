// A small catalog for scenario tests: two departments reviewing in parallel, a second stage, an item a clerk must
// accept, and a life-event bundle with shared fields.
import { importCatalog, type BundleDefinition, type ItemDefinition } from '../modules/catalog/index.js';
import type { TestApp } from './harness.js';

const bi = (zh: string, en = zh) => ({ zh, en });
const form = { type: 'object', required: ['child', 'applicant'], 'x-prefill': { '/applicant/name': 'applicant.name', '/applicant/idNumber': 'applicant.idNumber' },
  properties: { applicant: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, idNumber: { type: 'string' } } },
    child: { type: 'object', required: ['name', 'birthDate'], properties: { name: { type: 'string', minLength: 1 }, birthDate: { type: 'string', format: 'date' } } } } };

const base = (code: string, o: Partial<ItemDefinition>): ItemDefinition => ({
  code, name: bi(code), summary: bi('说明'), type: 'administrative_confirmation', department: 'gaj', regions: ['339900'], legalBasis: [{ title: '户口登记条例' }],
  timeLimits: { statutoryDays: 20, committedDays: 3 }, fees: [], channels: ['online', 'window'], applicantTypes: ['person'], materials: [], form,
  workflow: { acceptance: 'instant', stages: [{ name: bi('审核'), tasks: [{ department: 'gaj', name: bi('公安审核', 'Police review'), timeLimitDays: 2 }] }] }, ...o,
});
// Two departments review in parallel (并联审批), then a second stage.
export const registration = base('birth-registration', { name: bi('出生登记', 'Birth registration'), workflow: { acceptance: 'instant', stages: [
  { name: bi('并联审核', 'Parallel review'), tasks: [
    { department: 'gaj', name: bi('公安户籍审核', 'Police review'), timeLimitDays: 2 },
    { department: 'mzj', name: bi('民政核查', 'Civil affairs check'), timeLimitDays: 2 }] },
  { name: bi('制证', 'Issue'), tasks: [{ department: 'gaj', name: bi('户口簿签发', 'Issue the register'), timeLimitDays: 1 }] }] } });
export const insurance = base('newborn-insurance', { name: bi('新生儿医保参保', 'Newborn health insurance'), department: 'ybj',
  workflow: { acceptance: 'clerk', stages: [{ name: bi('审核'), tasks: [{ department: 'ybj', name: bi('医保审核', 'Insurance review'), timeLimitDays: 2 }] }] } });
export const newborn: BundleDefinition = { code: 'newborn', name: bi('新生儿出生一件事'), summary: bi('一次办'), items: ['birth-registration', 'newborn-insurance'], regions: ['339900'],
  sharedFields: [{ name: 'childName', label: bi('新生儿姓名', 'Child name'), schema: { type: 'string' },
    mapsTo: [{ item: 'birth-registration', pointer: '/child/name' }, { item: 'newborn-insurance', pointer: '/child/name' }] },
  { name: 'childBirthDate', label: bi('出生日期', 'Birth date'), schema: { type: 'string' },
    mapsTo: [{ item: 'birth-registration', pointer: '/child/birthDate' }, { item: 'newborn-insurance', pointer: '/child/birthDate' }] }] };

// A material only the applicant has: it must be uploaded, as a PDF.
export const permit = base('residence-permit', { name: bi('居住证申领', 'Residence permit'), form: { type: 'object', properties: { address: { type: 'string' } } },
  materials: [{ code: 'tenancy-contract', name: bi('房屋租赁合同', 'Tenancy contract'), required: true, upload: { accept: ['application/pdf'], maxBytes: 1_048_576 } }] });

// 容缺受理 and 告知承诺制: the floor plan is core; the health certificate may follow or be promised.
const pdfUpload = { accept: ['application/pdf' as const], maxBytes: 1_048_576 };
export const stall = base('food-stall-permit', { name: bi('食品摊贩登记', 'Food stall registration'), department: 'scjgj', form: { type: 'object', properties: { stall: { type: 'string' } } },
  materials: [
    { code: 'floor-plan', name: bi('经营场所平面图', 'Floor plan'), required: true, core: true, upload: pdfUpload },
    { code: 'health-certificate', name: bi('从业人员健康证明', 'Health certificate'), required: true, core: false, upload: pdfUpload }],
  workflow: { acceptance: 'instant', allowTolerance: true, toleranceDays: 3, allowCommitment: true,
    stages: [{ name: bi('审核'), tasks: [{ department: 'scjgj', name: bi('市场监管审核', 'Market regulation review'), timeLimitDays: 2 }] }] } });

/** Imports the fixture catalog (the demo city must be seeded: it names its departments). */
export async function importTestCatalog(t: TestApp): Promise<void> {
  await importCatalog(t.system, { items: new Map([[registration.code, { file: 'registration', item: registration }], [insurance.code, { file: 'insurance', item: insurance }],
    [permit.code, { file: 'permit', item: permit }], [stall.code, { file: 'stall', item: stall }]]),
    bundles: [{ file: 'newborn', bundle: newborn }], synonyms: {} });
}
