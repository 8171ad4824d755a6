// Directory services: regions, departments, service halls and windows. Reading is public (a government's
// organisation is public information); changes are for platform operators, and a department's own admin may
// edit its contact details.
import { and, asc, eq, like, or } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { recordAudit } from '../../platform/audit.js';
import { emit } from '../../platform/jobs.js';
import { conflict, forbidden, ifNotFound, invalidField, notFound } from '../../platform/errors.js';
import { checkCreditCode, parentRegionCode, regionLevelOf, regionPrefix, type RegionLevel } from '../../platform/identifiers.js';
import { canManageDirectory, canOnDepartment } from './policy.js';
import { departments, halls, regions, windows } from './schema.js';

export interface RegionView { code: string; name: { zh: string; en: string }; level: RegionLevel; parentCode: string | null }
export interface DepartmentView {
  id: string; code: string; name: { zh: string; en: string }; kind: string; regionCode: string; creditCode: string;
  phone: string | null; address: string | null;
}
export interface HallView { id: string; name: { zh: string; en: string }; regionCode: string; address: string; openingHours: string; hours: { opens: string; closes: string } }
export interface WindowView { id: string; hallId: string; number: string; name: { zh: string; en: string }; departmentIds: string[] }

const regionView = (r: typeof regions.$inferSelect): RegionView => ({ code: r.code, name: { zh: r.nameZh, en: r.nameEn }, level: r.level, parentCode: r.parentCode });
const departmentView = (d: typeof departments.$inferSelect): DepartmentView => ({
  id: d.id, code: d.code, name: { zh: d.nameZh, en: d.nameEn }, kind: d.kind, regionCode: d.regionCode, creditCode: d.creditCode, phone: d.phone, address: d.address,
});
const hallView = (h: typeof halls.$inferSelect): HallView => ({ id: h.id, name: { zh: h.nameZh, en: h.nameEn }, regionCode: h.regionCode, address: h.address, openingHours: h.openingHours,
  hours: { opens: h.opensAt, closes: h.closesAt } });
const windowView = (w: typeof windows.$inferSelect): WindowView => ({ id: w.id, hallId: w.hallId, number: w.number, name: { zh: w.nameZh, en: w.nameEn }, departmentIds: w.departmentIds });

const regionNotFound = () => notFound({ zh: '行政区划', en: 'region' });
const departmentNotFound = () => notFound({ zh: '部门', en: 'department' });

// ---------- regions ----------

export interface RegionInput { code: string; nameZh: string; nameEn: string }

export function createRegion(ctx: Ctx, input: RegionInput): Promise<RegionView> {
  if (!canManageDirectory(ctx.actor)) throw forbidden();
  const level = regionLevelOf(input.code);
  if (!level) {
    throw invalidField('/code', 'directory.region_code_invalid',
      { zh: '行政区划代码不符合 GB/T 2260（6 位）或乡镇代码（9 位）的规则', en: 'The region code does not follow GB/T 2260 (6 digits) or the 9-digit town code' });
  }
  const parentCode = parentRegionCode(input.code);
  return withTransaction(ctx, async (tx) => {
    if (parentCode && !(await tx.db.select({ code: regions.code }).from(regions).where(eq(regions.code, parentCode))).length) {
      throw invalidField('/code', 'directory.region_parent_missing',
        { zh: `上级行政区划 ${parentCode} 尚未登记`, en: `The parent region ${parentCode} is not registered yet` });
    }
    const [row] = await tx.db.insert(regions).values({ code: input.code, nameZh: input.nameZh, nameEn: input.nameEn, level, parentCode, createdAt: tx.clock.now() })
      .onConflictDoNothing().returning();
    if (!row) throw conflict('directory.region_exists', { zh: '该行政区划代码已登记', en: 'This region code is already registered' }, '/code');
    await recordAudit(tx, { action: 'region.created', subjectType: 'region', subjectId: row.code, details: { level } });
    await emit(tx, 'region.created', { code: row.code });
    return regionView(row);
  });
}

export async function listRegions(ctx: Ctx, filter: { parentCode?: string; level?: RegionLevel; within?: string }): Promise<RegionView[]> {
  const rows = await ctx.db.select().from(regions).where(and(
    filter.parentCode ? eq(regions.parentCode, filter.parentCode) : undefined,
    filter.level ? eq(regions.level, filter.level) : undefined,
    filter.within ? like(regions.code, `${regionPrefix(filter.within)}%`) : undefined,
  )).orderBy(asc(regions.code)).limit(5000);
  return rows.map(regionView);
}

export async function getRegion(ctx: Ctx, code: string): Promise<RegionView> {
  const [row] = await ctx.db.select().from(regions).where(eq(regions.code, code));
  if (!row) throw regionNotFound();
  return regionView(row);
}

// ---------- departments ----------

export interface DepartmentInput {
  code: string; nameZh: string; nameEn: string; kind: string; regionCode: string; creditCode: string; phone?: string; address?: string;
}

export function createDepartment(ctx: Ctx, input: DepartmentInput): Promise<DepartmentView> {
  if (!canManageDirectory(ctx.actor)) throw forbidden();
  const creditCode = checkCreditCode(input.creditCode, '/creditCode', 'directory.credit_code_invalid');
  return withTransaction(ctx, async (tx) => {
    if (!(await tx.db.select({ code: regions.code }).from(regions).where(eq(regions.code, input.regionCode))).length) {
      throw invalidField('/regionCode', 'directory.region_unknown', { zh: '行政区划不存在', en: 'No such region' });
    }
    const refuseClash = async () => {
      const clash = await tx.db.select({ id: departments.id, creditCode: departments.creditCode }).from(departments)
        .where(or(eq(departments.creditCode, creditCode), and(eq(departments.regionCode, input.regionCode), eq(departments.code, input.code))));
      if (clash.length) {
        const byCredit = clash.some((c) => c.creditCode === creditCode);
        throw conflict('directory.department_exists', byCredit
          ? { zh: '已有部门使用该统一社会信用代码', en: 'A department with this credit code exists' }
          : { zh: '该地区已有相同代码的部门', en: 'A department with this code exists in the region' }, byCredit ? '/creditCode' : '/code');
      }
    };
    await refuseClash();
    const now = tx.clock.now();
    // A concurrent create can commit between the check and the insert: the unique indexes decide, and the loser
    // looks again (a new statement sees the winner's row) to say which field clashed, instead of a 500.
    const [row] = await tx.db.insert(departments).values({ id: newId(), ...input, creditCode, phone: input.phone ?? null, address: input.address ?? null, createdAt: now, updatedAt: now })
      .onConflictDoNothing().returning();
    if (!row) {
      await refuseClash();
      throw conflict('directory.department_exists', { zh: '该部门已存在', en: 'This department exists' });
    }
    await recordAudit(tx, { action: 'department.created', subjectType: 'department', subjectId: row.id, details: { code: row.code, regionCode: row.regionCode } });
    await emit(tx, 'department.created', { departmentId: row.id });
    return departmentView(row);
  });
}

export interface DepartmentPatch { nameZh?: string; nameEn?: string; phone?: string | null; address?: string | null }

export function updateDepartment(ctx: Ctx, id: string, patch: DepartmentPatch): Promise<DepartmentView> {
  return withTransaction(ctx, async (tx) => {
    const [current] = await tx.db.select().from(departments).where(eq(departments.id, id)).for('update');
    if (!current || !canOnDepartment(tx.actor, 'read', current)) throw departmentNotFound();
    if (!canOnDepartment(tx.actor, 'edit_contact_details', current)) throw forbidden(); // departments are public: no secret to keep
    const [row] = await tx.db.update(departments).set({ ...patch, updatedAt: tx.clock.now() }).where(eq(departments.id, id)).returning();
    await recordAudit(tx, { action: 'department.updated', subjectType: 'department', subjectId: id, details: { fields: Object.keys(patch) } });
    await emit(tx, 'department.updated', { departmentId: id });
    return departmentView(row!);
  });
}

export async function listDepartments(ctx: Ctx, filter: { within?: string; kind?: string }): Promise<DepartmentView[]> {
  const rows = await ctx.db.select().from(departments).where(and(
    filter.within ? like(departments.regionCode, `${regionPrefix(filter.within)}%`) : undefined,
    filter.kind ? eq(departments.kind, filter.kind) : undefined,
  )).orderBy(asc(departments.regionCode), asc(departments.code)).limit(5000);
  return rows.map(departmentView);
}

export async function getDepartment(ctx: Ctx, id: string): Promise<DepartmentView> {
  const [row] = await ctx.db.select().from(departments).where(eq(departments.id, id));
  if (!row) throw departmentNotFound();
  return departmentView(row);
}

export async function findDepartment(ctx: Ctx, regionCode: string, code: string): Promise<DepartmentView | null> {
  const [row] = await ctx.db.select().from(departments).where(and(eq(departments.regionCode, regionCode), eq(departments.code, code)));
  return row ? departmentView(row) : null;
}

// ---------- halls and windows ----------

export interface HallInput { nameZh: string; nameEn: string; regionCode: string; address: string; openingHours: string; opens?: string | undefined; closes?: string | undefined }

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export function createHall(ctx: Ctx, input: HallInput): Promise<HallView> {
  if (!canManageDirectory(ctx.actor)) throw forbidden();
  return withTransaction(ctx, async (tx) => {
    await ifNotFound(getRegion(tx, input.regionCode), () => {
      throw invalidField('/regionCode', 'directory.region_unknown', { zh: '行政区划不存在', en: 'No such region' });
    });
    const { opens = '09:00', closes = '17:00', ...rest } = input;
    if (minutesOf(closes) <= minutesOf(opens)) {
      throw invalidField('/closes', 'directory.hours_invalid', { zh: '闭厅时间须晚于开厅时间', en: 'The closing time must be after the opening time' });
    }
    const [row] = await tx.db.insert(halls).values({ id: newId(), ...rest, opensAt: opens, closesAt: closes, createdAt: tx.clock.now() }).returning();
    await recordAudit(tx, { action: 'hall.created', subjectType: 'hall', subjectId: row!.id, details: { regionCode: input.regionCode } });
    return hallView(row!);
  });
}

export async function listHalls(ctx: Ctx, filter: { within?: string }): Promise<HallView[]> {
  const rows = await ctx.db.select().from(halls)
    .where(filter.within ? like(halls.regionCode, `${regionPrefix(filter.within)}%`) : undefined).orderBy(asc(halls.regionCode), asc(halls.nameZh));
  return rows.map(hallView);
}

export async function getHall(ctx: Ctx, id: string): Promise<HallView> {
  const [row] = await ctx.db.select().from(halls).where(eq(halls.id, id));
  if (!row) throw notFound({ zh: '政务服务大厅', en: 'service hall' });
  return hallView(row);
}

export interface WindowInput { number: string; nameZh: string; nameEn: string; departmentIds: string[] }

export function createWindow(ctx: Ctx, hallId: string, input: WindowInput): Promise<WindowView> {
  if (!canManageDirectory(ctx.actor)) throw forbidden();
  return withTransaction(ctx, async (tx) => {
    const [hall] = await tx.db.select({ id: halls.id }).from(halls).where(eq(halls.id, hallId));
    if (!hall) throw notFound({ zh: '政务服务大厅', en: 'service hall' });
    for (const [i, departmentId] of input.departmentIds.entries()) {
      const [dep] = await tx.db.select({ id: departments.id }).from(departments).where(eq(departments.id, departmentId));
      if (!dep) throw invalidField(`/departmentIds/${i}`, 'directory.department_unknown', { zh: '部门不存在', en: 'No such department' });
    }
    const [row] = await tx.db.insert(windows).values({ id: newId(), hallId, ...input, createdAt: tx.clock.now() }).onConflictDoNothing().returning();
    if (!row) throw conflict('directory.window_exists', { zh: '该大厅已有同号窗口', en: 'This hall already has a window with that number' }, '/number');
    await recordAudit(tx, { action: 'window.created', subjectType: 'window', subjectId: row.id, details: { hallId, number: row.number } });
    return windowView(row);
  });
}

export async function listWindows(ctx: Ctx, hallId: string): Promise<WindowView[]> {
  const rows = await ctx.db.select().from(windows).where(eq(windows.hallId, hallId)).orderBy(asc(windows.number));
  return rows.map(windowView);
}

export async function getWindow(ctx: Ctx, id: string): Promise<WindowView> {
  const [row] = await ctx.db.select().from(windows).where(eq(windows.id, id));
  if (!row) throw notFound({ zh: '窗口', en: 'window' });
  return windowView(row);
}
