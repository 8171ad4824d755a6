// The subject's own access log, for download (CSV or JSON): every read of their personal data with who read it, which
// data, for what purpose and when. Exchange queries name the consuming department, the machine client and the source.
import { listPersonalDataAccess } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';
import { getDepartment } from '../directory/index.js';
import { listSources } from './sources.js';

export interface AccessLogRow {
  seq: number; at: string; action: string; reader: string; department: string; client: string; data: string; purpose: string; queryId: string;
}

const PAGE = 500;
const MAX_ROWS = 20_000;

/** The signed-in person's whole access log, newest first, with department and source names resolved. */
export async function exportMyDataAccess(ctx: Ctx): Promise<AccessLogRow[]> {
  const personId = ctx.actor.personId;
  if (ctx.actor.kind !== 'account' || !personId || ctx.actor.actingFor) throw forbidden();
  const sourceNames = new Map((await listSources(ctx)).map((s) => [s.code, s.name]));
  const departments = new Map<string, string>();
  const departmentName = async (id: string | null | undefined) => {
    if (!id) return '';
    if (!departments.has(id)) departments.set(id, await getDepartment(ctx, id).then((d) => `${d.name.zh} ${d.name.en}`, () => id));
    return departments.get(id)!;
  };
  const out: AccessLogRow[] = [];
  let before: number | undefined;
  while (out.length < MAX_ROWS) {
    const page = await listPersonalDataAccess(ctx.db, personId, { ...(before ? { before } : {}), limit: PAGE });
    for (const e of page) {
      const c = e.context;
      const data = e.fields.map((f) => {
        const code = f.startsWith('exchange:') ? f.slice('exchange:'.length) : null;
        const name = code ? sourceNames.get(code) : undefined;
        return name ? `${name.zh} ${name.en} (${code})` : f;
      }).join('; ');
      out.push({ seq: e.seq, at: e.at.toISOString(), action: e.action, reader: e.actor, department: await departmentName(c?.consumerDepartmentId),
        client: c?.clientId ?? '', data, purpose: e.purpose ?? '', queryId: c?.queryId ?? '' });
    }
    if (page.length < PAGE) break;
    before = page[page.length - 1]!.seq;
  }
  return out;
}

const CSV_COLUMNS: [keyof AccessLogRow, string][] = [['seq', '序号 seq'], ['at', '时间 at'], ['action', '类型 action'], ['reader', '查阅者 reader'],
  ['department', '查阅部门 department'], ['client', '接入系统 client'], ['data', '数据 data'], ['purpose', '用途 purpose'], ['queryId', '查询编号 queryId']];

/** RFC 4180 CSV with a BOM (so spreadsheet programs read the Chinese correctly); cells that look like formulas are defused. */
export function accessLogCsv(rows: AccessLogRow[]): string {
  const cell = (v: string | number) => {
    let s = String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [CSV_COLUMNS.map(([, h]) => cell(h)).join(','), ...rows.map((r) => CSV_COLUMNS.map(([k]) => cell(r[k])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
