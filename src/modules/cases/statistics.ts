// A leader's statistics of cases (办件统计): for a region and a period, how many were filed, how many decided and
// how many of those on time (限时办结率), and what is running now and overdue, per department. Counts only: no
// personal records. Served from indexes (applications_submitted_idx, applications_running_idx) so that a city
// with millions of cases answers quickly.
import { sql } from 'drizzle-orm';
import { addCalendarDays, chinaDate } from '../../platform/calendar.js';
import type { Ctx } from '../../platform/context.js';
import { queryRows } from '../../platform/db.js';
import { forbidden, invalidField } from '../../platform/errors.js';
import { regionPrefix } from '../../platform/identifiers.js';
import { getDepartment } from '../directory/index.js';
import { canSeeRegionFigures, statisticsScope } from './policy.js';

export interface DepartmentCaseStatistics {
  departmentId: string;
  departmentCode: string;
  departmentName: { zh: string; en: string }; // for people: a leader reads names, not identifiers
  submitted: number;
  decided: number;
  decidedOnTime: number;
  running: number;
  overdue: number;
}

export interface CaseStatistics {
  regionCode: string;
  from: string; // China dates, inclusive
  to: string;
  submitted: number;
  byStatus: Record<string, number>;
  decided: number;
  decidedOnTime: number;
  onTimeRate: number | null; // decided on or before the due date, of those decided; null when none was
  running: number; // now, whenever filed
  overdue: number; // running past the due date today
  byDepartment: DepartmentCaseStatistics[];
}

const DEFAULT_DAYS = 30;
const MAX_DAYS = 366 * 3;

export async function caseStatistics(ctx: Ctx, input: { region?: string | undefined; from?: string | undefined; to?: string | undefined }): Promise<CaseStatistics> {
  const scope = statisticsScope(ctx.actor, 'cases');
  const region = input.region ?? scope.regions[0];
  if (!region || !canSeeRegionFigures(scope, region)) throw forbidden();
  const today = chinaDate(ctx.clock.now());
  const to = input.to ?? today;
  const from = input.from ?? addCalendarDays(to, -(DEFAULT_DAYS - 1));
  if (from > to) throw invalidField('/from', 'cases.statistics_period', { zh: '起始日期不能晚于结束日期', en: 'The period starts after it ends' });
  if (addCalendarDays(from, MAX_DAYS) < to) throw invalidField('/from', 'cases.statistics_period_long', { zh: '统计区间最长三年', en: 'A period is at most three years long' });
  const prefix = `${regionPrefix(region)}%`;
  const start = `${from}T00:00:00+08:00`;
  const end = `${addCalendarDays(to, 1)}T00:00:00+08:00`;
  const [filed, running] = await Promise.all([
    queryRows<{ department_id: string; status: string; n: number; decided: number; on_time: number }>(ctx.db, sql`
      SELECT department_id, status, count(*)::int AS n,
        count(*) FILTER (WHERE decided_at IS NOT NULL AND status IN ('approved', 'rejected'))::int AS decided,
        count(*) FILTER (WHERE status IN ('approved', 'rejected') AND (decided_at AT TIME ZONE 'Asia/Shanghai')::date <= due_on)::int AS on_time
      FROM applications
      WHERE submitted_at >= ${start} AND submitted_at < ${end} AND region_code LIKE ${prefix}
      GROUP BY department_id, status`),
    queryRows<{ department_id: string; n: number; overdue: number }>(ctx.db, sql`
      SELECT department_id, count(*)::int AS n, count(*) FILTER (WHERE due_on < ${today})::int AS overdue
      FROM applications
      WHERE status IN ('submitted', 'in_review', 'supplement_requested') AND region_code LIKE ${prefix}
      GROUP BY department_id`),
  ]);
  const departments = new Map<string, DepartmentCaseStatistics>();
  const dept = (id: string) => {
    let d = departments.get(id);
    if (!d) departments.set(id, (d = { departmentId: id, departmentCode: '', departmentName: { zh: '', en: '' }, submitted: 0, decided: 0, decidedOnTime: 0, running: 0, overdue: 0 }));
    return d;
  };
  const byStatus: Record<string, number> = {};
  for (const r of filed) {
    const d = dept(r.department_id);
    d.submitted += r.n;
    d.decided += r.decided;
    d.decidedOnTime += r.on_time;
    byStatus[r.status] = (byStatus[r.status] ?? 0) + r.n;
  }
  for (const r of running) Object.assign(dept(r.department_id), { running: r.n, overdue: r.overdue });
  for (const d of departments.values()) {
    const found = await getDepartment(ctx, d.departmentId);
    Object.assign(d, { departmentCode: found.code, departmentName: found.name });
  }
  const list = [...departments.values()].sort((a, b) => b.submitted - a.submitted || a.departmentId.localeCompare(b.departmentId));
  const sum = (k: keyof Omit<DepartmentCaseStatistics, 'departmentId' | 'departmentCode' | 'departmentName'>) => list.reduce((s, d) => s + d[k], 0);
  const decided = sum('decided');
  return {
    regionCode: region, from, to, submitted: sum('submitted'), byStatus, decided, decidedOnTime: sum('decidedOnTime'),
    onTimeRate: decided ? Math.round((sum('decidedOnTime') / decided) * 10_000) / 10_000 : null,
    running: sum('running'), overdue: sum('overdue'), byDepartment: list,
  };
}
