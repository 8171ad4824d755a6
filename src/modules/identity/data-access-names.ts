// The data-access log in words a citizen understands (谁查阅了我的数据): who read (a staff member and their department,
// another department's system, the platform, oneself), which data (a source's name, not its code) and for which case
// (its number, not its id). Sources, machine clients and cases belong to other modules, which identity may not import:
// they register a resolver at start (as the exchange registers the real-name register).
import { inArray } from 'drizzle-orm';
import type { DataAccessEntry } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import type { Bilingual } from '../../platform/errors.js';
import { getDepartment } from '../directory/index.js';
import { accounts, postings } from './schema.js';

export type NameKind = 'source' | 'client' | 'case';
/** Names for ids of one kind; ids it does not know are left out. A client's name comes with its department's id, a case with its number (code; null for a draft). */
export interface ResolvedName { name: Bilingual; departmentId?: string | null; code?: string | null }
export type NameResolver = (ctx: Ctx, ids: string[]) => Promise<Map<string, ResolvedName>>;

const resolvers = new Map<NameKind, NameResolver>();
export function registerDataAccessNames(kind: NameKind, resolver: NameResolver): void {
  resolvers.set(kind, resolver);
}

export interface Named { id: string; name: Bilingual }
export interface DataAccessReader {
  kind: 'self' | 'staff' | 'client' | 'system' | 'unknown';
  name: Bilingual;
  department: Named | null;
  label: string; // the raw audit label (account:…, client:…), for the curious
}
export interface DataAccessView {
  seq: number; at: Date; action: string; purpose: string | null;
  reader: DataAccessReader;
  data: { field: string; name: Bilingual }[];
  context: { source: Named | null; consumerDepartment: Named | null; client: Named | null; case: { id: string; number: string | null; name: Bilingual } | null;
    itemCode: string | null; queryId: string | null; found: boolean | null } | null;
  actor: string; fields: string[];
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const SYSTEM: Bilingual = { zh: '系统', en: 'System' };
const YOU: Bilingual = { zh: '您本人', en: 'You' };
const UNKNOWN_CASE: Bilingual = { zh: '办件', en: 'a case' };
const UNKNOWN: Bilingual = { zh: '未知查阅者', en: 'Unknown reader' };
// Personal-data fields read inside the identity module itself.
const FIELD_NAMES: Record<string, Bilingual> = {
  name: { zh: '姓名', en: 'Name' }, idNumber: { zh: '身份证号码', en: 'ID number' }, idNumberMasked: { zh: '身份证号码（部分隐藏）', en: 'ID number (masked)' },
  birthDate: { zh: '出生日期', en: 'Date of birth' }, householdRegionCode: { zh: '户籍地', en: 'Household registration' },
  phone: { zh: '手机号码', en: 'Phone number' },
};

async function resolve(ctx: Ctx, kind: NameKind, ids: Set<string>) {
  const r = resolvers.get(kind);
  return r && ids.size ? r(ctx, [...ids]) : new Map<string, ResolvedName>();
}

/** Resolves one page of a person's log; raw labels and codes stay beside the names. */
export async function nameDataAccess(ctx: Ctx, personId: string, entries: DataAccessEntry[]): Promise<DataAccessView[]> {
  const accountIds = new Set<string>(); const clientIds = new Set<string>(); const sources = new Set<string>(); const cases = new Set<string>();
  for (const e of entries) {
    if (e.actor.startsWith('account:')) accountIds.add(e.actor.slice(8));
    if (e.actor.startsWith('client:')) clientIds.add(e.actor.slice(7));
    if (e.context?.clientId) clientIds.add(e.context.clientId);
    for (const f of e.fields) if (f.startsWith('exchange:')) sources.add(f.slice(9));
    if (e.context?.source) sources.add(e.context.source);
    if (e.context?.applicationId) cases.add(e.context.applicationId);
    for (const m of e.purpose?.match(UUID) ?? []) cases.add(m.toLowerCase());
  }
  const accountRows = accountIds.size ? await ctx.db.select().from(accounts).where(inArray(accounts.id, [...accountIds])) : [];
  const postingRows = accountIds.size ? await ctx.db.select().from(postings).where(inArray(postings.accountId, [...accountIds])) : [];
  const [sourceNames, clientNames, caseNames] = await Promise.all([resolve(ctx, 'source', sources), resolve(ctx, 'client', clientIds), resolve(ctx, 'case', cases)]);
  const departments = new Map<string, Named | null>();
  const department = async (id: string | null | undefined): Promise<Named | null> => {
    if (!id) return null;
    if (!departments.has(id)) departments.set(id, await getDepartment(ctx, id).then((d) => ({ id, name: d.name }), () => null));
    return departments.get(id)!;
  };
  const out: DataAccessView[] = [];
  for (const e of entries) {
    const c = e.context;
    let reader: DataAccessReader;
    if (e.actor.startsWith('account:')) {
      const id = e.actor.slice(8);
      const account = accountRows.find((a) => a.id === id);
      const posting = postingRows.find((p) => p.accountId === id && p.departmentId);
      if (account?.personId === personId) reader = { kind: 'self', name: YOU, department: null, label: e.actor };
      else reader = { kind: account ? 'staff' : 'unknown', name: account ? { zh: account.displayName, en: account.displayName } : UNKNOWN,
        department: await department(c?.consumerDepartmentId ?? posting?.departmentId), label: e.actor };
    } else if (e.actor.startsWith('client:')) {
      const client = clientNames.get(e.actor.slice(7));
      reader = { kind: 'client', name: client?.name ?? UNKNOWN, department: await department(c?.consumerDepartmentId ?? client?.departmentId), label: e.actor };
    } else if (e.actor === 'system') reader = { kind: 'system', name: SYSTEM, department: null, label: e.actor };
    else reader = { kind: 'unknown', name: UNKNOWN, department: null, label: e.actor };
    const data = e.fields.map((field) => {
      const code = field.startsWith('exchange:') ? field.slice(9) : null;
      return { field, name: (code ? sourceNames.get(code)?.name : FIELD_NAMES[field.replace(/^formData\//, '')]) ?? { zh: field, en: field } };
    });
    // A case id in the purpose is shown as the case number (办件编号).
    const purpose = e.purpose?.replace(UUID, (m) => { const n = caseNames.get(m.toLowerCase())?.name; return !n ? m : n.zh === n.en ? n.zh : `${n.zh} ${n.en}`; }) ?? null;
    const theCase = c?.applicationId ? caseNames.get(c.applicationId) : undefined;
    out.push({ seq: e.seq, at: e.at, action: e.action, purpose, reader, data, actor: e.actor, fields: e.fields,
      context: c ? {
        source: c.source ? { id: c.source, name: sourceNames.get(c.source)?.name ?? { zh: c.source, en: c.source } } : null,
        consumerDepartment: await department(c.consumerDepartmentId),
        client: c.clientId ? { id: c.clientId, name: clientNames.get(c.clientId)?.name ?? UNKNOWN } : null,
        case: c.applicationId ? { id: c.applicationId, number: theCase?.code ?? null, name: theCase?.name ?? UNKNOWN_CASE } : null,
        itemCode: c.itemCode ?? null, queryId: c.queryId ?? null, found: c.found === 'true' ? true : c.found === 'false' ? false : null,
      } : null });
  }
  return out;
}
