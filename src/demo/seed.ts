// The demo city (示范市): regions, departments, service halls, one account per role and a few citizens and an
// enterprise. Deterministic, and seeded once: a second run finds the marker and does nothing.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Actor } from '../platform/actor.js';
import { withActor, withTransaction, type Ctx } from '../platform/context.js';
import { creditCodeCheckChar, idCheckChar, orgCodeCheckChar } from '../platform/identifiers.js';
import { getMeta, setMeta } from '../platform/meta.js';
import * as catalog from '../modules/catalog/index.js';
import * as directory from '../modules/directory/index.js';
import * as identity from '../modules/identity/index.js';
import { seedDemoCertificates } from './certificates.js';
import { seedDemoExchange } from './exchange.js';
import { seedDemoPolicies } from './seed-policies.js';

export const DEMO_PASSWORD = 'demo-pass-2026';
export const DEMO_CITY = '339900';
export const DEMO_DISTRICTS = ['339902', '339903'] as const;
const SEEDED_KEY = 'demo.seeded';

const REGIONS: directory.RegionInput[] = [
  { code: '330000', nameZh: '浙江省', nameEn: 'Zhejiang Province' },
  { code: DEMO_CITY, nameZh: '示范市', nameEn: 'Demo City' },
  { code: '339902', nameZh: '东湖区', nameEn: 'Donghu District' },
  { code: '339903', nameZh: '西山区', nameEn: 'Xishan District' },
  { code: '339902001', nameZh: '湖滨街道', nameEn: 'Hubin Subdistrict' },
  { code: '339902002', nameZh: '东岸街道', nameEn: 'Dong\'an Subdistrict' },
  { code: '339903001', nameZh: '山前街道', nameEn: 'Shanqian Subdistrict' },
  { code: '339903101', nameZh: '西岭镇', nameEn: 'Xiling Town' },
];

interface DemoDepartment { code: string; kind: string; nameZh: string; nameEn: string; regionCode: string }

export const DEMO_DEPARTMENTS: DemoDepartment[] = [
  { code: 'gaj', kind: 'public_security', nameZh: '示范市公安局', nameEn: 'Demo City Public Security Bureau', regionCode: DEMO_CITY },
  { code: 'mzj', kind: 'civil_affairs', nameZh: '示范市民政局', nameEn: 'Demo City Civil Affairs Bureau', regionCode: DEMO_CITY },
  { code: 'rsj', kind: 'human_resources_social_security', nameZh: '示范市人力资源和社会保障局', nameEn: 'Demo City Human Resources and Social Security Bureau', regionCode: DEMO_CITY },
  { code: 'ybj', kind: 'medical_insurance', nameZh: '示范市医疗保障局', nameEn: 'Demo City Healthcare Security Bureau', regionCode: DEMO_CITY },
  { code: 'wjw', kind: 'health', nameZh: '示范市卫生健康委员会', nameEn: 'Demo City Health Commission', regionCode: DEMO_CITY },
  { code: 'scjgj', kind: 'market_regulation', nameZh: '示范市市场监督管理局', nameEn: 'Demo City Administration for Market Regulation', regionCode: DEMO_CITY },
  { code: 'swj', kind: 'taxation', nameZh: '国家税务总局示范市税务局', nameEn: 'Demo City Tax Service, STA', regionCode: DEMO_CITY },
  { code: 'zjj', kind: 'housing', nameZh: '示范市住房和城乡建设局', nameEn: 'Demo City Housing and Urban-Rural Development Bureau', regionCode: DEMO_CITY },
  { code: 'bdc', kind: 'real_estate_registration', nameZh: '示范市不动产登记中心', nameEn: 'Demo City Real Estate Registration Centre', regionCode: DEMO_CITY },
  { code: 'gjj', kind: 'housing_fund', nameZh: '示范市住房公积金管理中心', nameEn: 'Demo City Housing Provident Fund Centre', regionCode: DEMO_CITY },
  { code: 'sjj', kind: 'government_services', nameZh: '示范市政务服务和数据管理局', nameEn: 'Demo City Government Services and Data Administration', regionCode: DEMO_CITY },
  { code: 'gaj', kind: 'public_security', nameZh: '示范市公安局东湖分局', nameEn: 'Donghu Branch, Demo City Public Security Bureau', regionCode: '339902' },
  { code: 'mzj', kind: 'civil_affairs', nameZh: '东湖区民政局', nameEn: 'Donghu District Civil Affairs Bureau', regionCode: '339902' },
  { code: 'gaj', kind: 'public_security', nameZh: '示范市公安局西山分局', nameEn: 'Xishan Branch, Demo City Public Security Bureau', regionCode: '339903' },
  { code: 'mzj', kind: 'civil_affairs', nameZh: '西山区民政局', nameEn: 'Xishan District Civil Affairs Bureau', regionCode: '339903' },
];

/** A government body's credit code: registration authority 1 (机构编制), class 1 (机关). */
export function demoCreditCode(regionCode: string, index: number): string {
  const org = `0${String(1000000 + index * 7919).slice(-7)}`;
  const body = `11${regionCode}${org}${orgCodeCheckChar(org)}`;
  return body + creditCodeCheckChar(body);
}

const idNumber = (body17: string) => body17 + idCheckChar(body17);

/** Demo people. Their ID numbers are synthetic but valid, in the demo districts. */
export const DEMO_PEOPLE = {
  zhangsan: { name: '张三', idNumber: idNumber('33990219880315001'), phone: '13800000001' },
  zhangxiuying: { name: '张秀英', idNumber: idNumber('33990219480520002'), phone: '13800000002' }, // 张三's mother, an elder
  lisi: { name: '李四', idNumber: idNumber('33990319920708003'), phone: '13800000003' },
  wangfang: { name: '王芳', idNumber: idNumber('33990219900612004'), phone: '13800000004' }, // 张三's wife: the newborn journey's mother
  // A mother whose hospital has just issued the baby's 出生医学证明: 无感智办 has prepared 新生儿出生一件事 for her.
  chenjing: { name: '陈静', idNumber: idNumber('33990319931108005'), phone: '13800000005' },
};

export const DEMO_ENTERPRISE = { name: '示范市云帆科技有限公司', creditCode: '', regionCode: '339902', industryCode: 'I65' };
DEMO_ENTERPRISE.creditCode = (() => {
  const org = 'MA2B3C4D';
  const body = `91339902${org}${orgCodeCheckChar(org)}`;
  return body + creditCodeCheckChar(body);
})();

/** Staff accounts: username, display name, role, department code (city level) or region. */
export const DEMO_STAFF: { username: string; displayName: string; role: 'window_clerk' | 'reviewer' | 'department_admin' | 'platform_admin' | 'leader'; department?: string; region?: string }[] = [
  { username: 'admin', displayName: '平台管理员', role: 'platform_admin' },
  { username: 'leader', displayName: '示范市领导', role: 'leader', region: DEMO_CITY },
  { username: 'clerk', displayName: '窗口人员 赵敏', role: 'window_clerk', department: 'sjj' },
  ...['gaj', 'mzj', 'rsj', 'ybj', 'wjw', 'scjgj', 'swj', 'zjj', 'bdc', 'gjj', 'sjj'].map((d) => ({
    username: `reviewer.${d}`, displayName: `审批人员（${d}）`, role: 'reviewer' as const, department: d })),
  { username: 'admin.gaj', displayName: '公安局部门管理员', role: 'department_admin', department: 'gaj' },
  { username: 'admin.mzj', displayName: '民政局部门管理员', role: 'department_admin', department: 'mzj' },
];

const actorOf = (accountId: string, personId: string): Actor => ({
  kind: 'account', accountId, personId, roles: ['citizen'], postings: [{ role: 'citizen', departmentId: null, regionCode: null }], sessionId: null, actingFor: null,
});

export async function isDemoSeeded(ctx: Ctx): Promise<boolean> {
  return (await getMeta(ctx, SEEDED_KEY)) !== undefined;
}

/** Seeds the demo city once. Returns false when it was already there. */
export async function seedDemo(ctx: Ctx): Promise<boolean> {
  return withTransaction(ctx, async (tx) => {
    if (await isDemoSeeded(tx)) return false;
    for (const region of REGIONS) await directory.createRegion(tx, region);
    const departmentIds = new Map<string, string>();
    for (const [i, d] of DEMO_DEPARTMENTS.entries()) {
      const created = await directory.createDepartment(tx, { ...d, creditCode: demoCreditCode(d.regionCode, i + 1), phone: `0571-${String(88000000 + i)}`, address: `${d.nameZh}办公楼` });
      if (d.regionCode === DEMO_CITY) departmentIds.set(d.code, created.id);
    }
    const cityHall = await directory.createHall(tx, { nameZh: '示范市民中心', nameEn: 'Demo City Citizen Service Centre', regionCode: DEMO_CITY,
      address: '示范市东湖区市民大道 1 号', openingHours: '工作日 9:00–17:00（周六上午 9:00–12:00） Working days 9:00–17:00, Saturday 9:00–12:00' });
    await directory.createWindow(tx, cityHall.id, { number: 'A01', nameZh: '综合受理窗口', nameEn: 'General reception', departmentIds: [...departmentIds.values()] });
    await directory.createWindow(tx, cityHall.id, { number: 'A02', nameZh: '户政业务窗口', nameEn: 'Household registration', departmentIds: [departmentIds.get('gaj')!] });
    await directory.createWindow(tx, cityHall.id, { number: 'B01', nameZh: '企业开办专窗', nameEn: 'Starting a business',
      departmentIds: ['scjgj', 'swj', 'rsj', 'gjj'].map((c) => departmentIds.get(c)!) });
    const districtHall = await directory.createHall(tx, { nameZh: '东湖区政务服务中心', nameEn: 'Donghu District Government Service Centre', regionCode: '339902',
      address: '示范市东湖区湖滨路 88 号', openingHours: '工作日 9:00–17:00 Working days 9:00–17:00' });
    await directory.createWindow(tx, districtHall.id, { number: '01', nameZh: '综合窗口', nameEn: 'General window', departmentIds: [...departmentIds.values()] });

    for (const s of DEMO_STAFF) {
      await identity.createAccount(tx, { username: s.username, displayName: s.displayName, password: DEMO_PASSWORD,
        postings: [{ role: s.role, departmentId: s.department ? departmentIds.get(s.department)! : null, regionCode: s.region ?? null }] });
    }
    const citizens = new Map<string, Actor>();
    const persons: Record<string, { personId: string; name: string; idNumber: string; birthDate: string }> = {};
    for (const [username, p] of Object.entries(DEMO_PEOPLE)) {
      const { account, person } = await identity.registerCitizen(tx, { ...p, password: DEMO_PASSWORD });
      // Checked against the demo household register: real-name level 2, enough for once-only fetches (README).
      await identity.recordRealNameCheck(tx, person.id, { source: 'demo-household-register' });
      citizens.set(username, actorOf(account.id, person.id));
      persons[username] = { personId: person.id, name: p.name, idNumber: p.idNumber, birthDate: person.birthDate };
    }
    const zhangsan = citizens.get('zhangsan')!;
    await identity.createEnterprise(tx, { ...DEMO_ENTERPRISE, registeredOn: '2021-06-18', legalRepresentativeIdNumber: DEMO_PEOPLE.zhangsan.idNumber });
    const [enterprise] = await identity.listMyEnterprises(withActor(tx, zhangsan));
    const validUntil = new Date(tx.clock.now().getTime() + 365 * 86_400_000).toISOString();
    await identity.authorizeAgent(withActor(tx, { ...zhangsan, actingFor: null }), enterprise!.id, {
      idNumber: DEMO_PEOPLE.lisi.idNumber, name: DEMO_PEOPLE.lisi.name, scopes: ['enterprise.read', 'applications.submit', 'applications.read'], validUntil });
    await identity.grantDelegation(withActor(tx, citizens.get('zhangxiuying')!), {
      agentIdNumber: DEMO_PEOPLE.zhangsan.idNumber, agentName: DEMO_PEOPLE.zhangsan.name, scopes: ['profile.read', 'applications.submit', 'applications.read'],
      validUntil, note: '母亲委托儿子代办 A mother authorises her son' });
    await seedDemoCertificates(tx, { persons: persons as Parameters<typeof seedDemoCertificates>[1]['persons'], cityCode: DEMO_CITY,
      enterprise: { enterpriseId: enterprise!.id, name: DEMO_ENTERPRISE.name, creditCode: DEMO_ENTERPRISE.creditCode } });
    await setMeta(tx, SEEDED_KEY, { at: tx.clock.now().toISOString() });
    return true;
  });
}

/** The demo catalog shipped in catalog/: items, life-event bundles and synonyms. */
export const DEMO_CATALOG_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../catalog');

/** Imports (or updates) the demo catalog; an unchanged catalog adds no version. Needs the demo departments. */
export async function seedDemoCatalog(ctx: Ctx): Promise<catalog.ImportResult> {
  const imported = await catalog.importCatalog(ctx, catalog.readCatalogFolder(DEMO_CATALOG_DIR));
  await seedDemoExchange(ctx); // the data sources the catalog names, demo records, and the grants its items need
  await seedDemoPolicies(ctx, DEMO_PEOPLE); // policies name catalog items and bundles
  return imported;
}
