// The demo people's certificates, as the departments would hold them already (存量证照), so the once-only path
// can be tried at once: 王芳 applies for the newborn and reuses her ID card, the household register and the
// marriage certificate instead of uploading them.
import type { Ctx } from '../platform/context.js';
import { issueCertificate, type Holder } from '../modules/certificates/index.js';
import { findDepartment } from '../modules/directory/index.js';

export interface DemoHolders {
  persons: Record<'zhangsan' | 'zhangxiuying' | 'lisi' | 'wangfang', { personId: string; name: string; idNumber: string; birthDate: string }>;
  enterprise: { enterpriseId: string; name: string; creditCode: string };
  cityCode: string;
}

export async function seedDemoCertificates(ctx: Ctx, h: DemoHolders): Promise<number> {
  const issuer = async (code: string) => (await findDepartment(ctx, h.cityCode, code))!.id;
  const issued: { type: string; department: string; holder: Holder; claims: Record<string, unknown> }[] = [];
  const person = (key: keyof DemoHolders['persons']): Holder => ({ kind: 'person', personId: h.persons[key].personId });
  const { zhangsan, wangfang, zhangxiuying } = h.persons;
  for (const [key, p] of Object.entries(h.persons) as [keyof DemoHolders['persons'], DemoHolders['persons'][keyof DemoHolders['persons']]][]) {
    issued.push({ type: 'resident-id-card', department: 'gaj', holder: person(key), claims: { name: p.name, idNumber: p.idNumber, birthDate: p.birthDate, issuedOn: '2020-05-12' } });
  }
  // 张三's household: himself (head), his wife and his mother.
  for (const [key, relation] of [['zhangsan', '户主'], ['wangfang', '妻'], ['zhangxiuying', '母']] as const) {
    const p = h.persons[key];
    issued.push({ type: 'household-register', department: 'gaj', holder: person(key),
      claims: { name: p.name, idNumber: p.idNumber, birthDate: p.birthDate, householdHead: zhangsan.name, relationToHead: relation, registeredOn: '2016-10-08' } });
  }
  for (const [key, self, spouse] of [['zhangsan', zhangsan, wangfang], ['wangfang', wangfang, zhangsan]] as const) {
    issued.push({ type: 'marriage-certificate', department: 'mzj', holder: person(key),
      claims: { holderName: self.name, holderIdNumber: self.idNumber, spouseName: spouse.name, spouseIdNumber: spouse.idNumber, registeredOn: '2016-10-01', certificateNumber: 'J339902-2016-004127' } });
  }
  for (const key of ['zhangsan', 'wangfang'] as const) {
    const p = h.persons[key];
    issued.push({ type: 'social-security-card', department: 'rsj', holder: person(key), claims: { name: p.name, idNumber: p.idNumber, cardNumber: `A${p.idNumber.slice(-8)}`, issuedOn: '2019-03-20' } });
  }
  issued.push({ type: 'real-estate-certificate', department: 'bdc', holder: person('zhangsan'), claims: { ownerName: zhangsan.name, ownerIdNumber: zhangsan.idNumber,
    address: '示范市东湖区湖滨路 66 号 3 幢 1502 室', unitNumber: '339902001001GB00012F00031502', areaSqm: 98.6, use: '住宅', certificateNumber: '浙（2018）示范市不动产权第 0012345 号' } });
  issued.push({ type: 'retirement-certificate', department: 'rsj', holder: person('zhangxiuying'), claims: { name: zhangxiuying.name, idNumber: zhangxiuying.idNumber,
    employer: '示范市第一纺织厂', retiredOn: '1998-06-01', retirementKind: '正常退休' } });
  issued.push({ type: 'business-license', department: 'scjgj', holder: { kind: 'enterprise', enterpriseId: h.enterprise.enterpriseId }, claims: {
    enterpriseName: h.enterprise.name, creditCode: h.enterprise.creditCode, legalRepresentative: zhangsan.name, address: '示范市东湖区科创路 8 号 2 幢 601 室',
    businessScope: '软件开发；信息技术咨询服务；数据处理服务', registeredOn: '2021-06-18' } });
  for (const c of issued) await issueCertificate(ctx, { type: c.type, holder: c.holder, issuerDepartmentId: await issuer(c.department), claims: c.claims });
  return issued.length;
}
