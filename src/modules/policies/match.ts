// Population matching (政策找人的“找”): a rule against everyone at once. Compiled rules run as one SQL statement
// inside PostgreSQL; a rule with parts outside the subset runs its compiled conditions in SQL as a filter and
// interprets the rest record by record on what is left, streamed in pages; the result says which way it went.
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { queryRows } from '../../platform/db.js';
import type { Bilingual } from '../../platform/errors.js';
import { compileConditions, compileRule } from './compile.js';
import { factsFromRow, type SubjectKind } from './facts.js';
import { interpret, notCompilableReasons, type CheckedRule } from './rules.js';
import { factsTable, idColumn, selectColumns } from './store.js';

export type MatchMode = 'sql' | 'sql+interpreted' | 'interpreted';

export interface MatchPlan {
  mode: MatchMode;
  sql: string | null; // the WHERE clause run in the database (the whole rule, or the compiled part)
  interpreted: { where: string; reason: Bilingual }[]; // what runs record by record, and why
  note: Bilingual;
}

export function planMatch(rule: CheckedRule, today: string): MatchPlan {
  const opts = { kind: rule.subject, today };
  const whole = compileRule(rule, opts);
  if (whole !== null) return { mode: 'sql', sql: whole, interpreted: [], note: { zh: '规则整体编译为 SQL，在数据库内匹配', en: 'The whole rule was compiled to SQL and matched inside the database' } };
  const parts = compileConditions(rule, opts).filter((p): p is string => p !== null);
  const interpreted = notCompilableReasons(rule);
  return parts.length
    ? { mode: 'sql+interpreted', sql: `(${parts.join(' AND ')})`, interpreted,
      note: { zh: `部分条件超出可编译子集：先用 SQL 筛选，再对剩余记录逐条解释执行（${interpreted.length} 处）`, en: `Part of the rule is outside the compiled subset: SQL filters first, then ${interpreted.length} part(s) are interpreted record by record` } }
    : { mode: 'interpreted', sql: null, interpreted,
      note: { zh: '规则超出可编译子集，已对全部记录逐条解释执行', en: 'The rule is outside the compiled subset; every record was interpreted one by one' } };
}

/**
 * Matches the population, handing matched subject ids to `sink` in batches. With `countOnly` and a fully compiled
 * rule the database only counts. Returns how many matched.
 */
export async function matchPopulation(ctx: Ctx, rule: CheckedRule, today: string, sink?: (ids: string[]) => Promise<void>, pageSize = 5000): Promise<{ plan: MatchPlan; matched: number }> {
  const plan = planMatch(rule, today);
  const kind: SubjectKind = rule.subject;
  const table = factsTable(kind);
  const id = idColumn(kind);
  if (plan.mode === 'sql' && !sink) {
    const [row] = await queryRows<{ n: number }>(ctx.db, sql.raw(`SELECT count(*)::int AS n FROM ${table} f WHERE ${plan.sql}`));
    return { plan, matched: row!.n };
  }
  let matched = 0;
  let after: string | null = null;
  for (;;) {
    const keyset = after ? `f.${id} > '${after}'` : 'TRUE';
    const columns = plan.mode === 'sql' ? `f.${id} AS id` : selectColumns(kind);
    const rows: Record<string, unknown>[] = await queryRows<Record<string, unknown>>(ctx.db,
      sql.raw(`SELECT ${columns} FROM ${table} f WHERE ${keyset} AND ${plan.sql ?? 'TRUE'} ORDER BY f.${id} LIMIT ${pageSize}`));
    if (!rows.length) break;
    after = String(rows.at(-1)!.id);
    const ids = plan.mode === 'sql' ? rows.map((r) => String(r.id)) : rows.filter((r) => interpret(rule, factsFromRow(kind, r, today)).eligible).map((r) => String(r.id));
    matched += ids.length;
    if (sink && ids.length) await sink(ids);
    if (rows.length < pageSize) break;
  }
  return { plan, matched };
}
