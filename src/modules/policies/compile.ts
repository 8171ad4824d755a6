// Our FEEL-to-SQL compiler (规则编译): the checked subset becomes one SQL boolean over the facts table, so
// population matching runs inside PostgreSQL (and PGlite) in one scan. It keeps FEEL's meaning exactly:
// - three-valued and/or/not and comparisons, as SQL's; `=` and `!=` treat null as a value (FEEL: null = null);
// - numbers are IEEE doubles on both sides (feelin computes in JS numbers), so literals are float8;
// - strings compare by code point (COLLATE "C"), as JavaScript does;
// - `x in (a, b)` is false, not null, for a null x; a decision table cell is true or false, never null;
// - an age is full years from the stored date to the evaluation day (date_part of age()).
// Literals are inlined only after checking: numbers are finite, dates are real YYYY-MM-DD, strings are quoted
// with '' (standard_conforming_strings is on in every supported PostgreSQL) and have no NUL.
import type { Node } from './feel.js';
import { factNamed, type SubjectKind } from './facts.js';
import type { CheckedRule } from './rules.js';
import { parseOutput } from './rules.js';

export interface CompileOptions {
  kind: SubjectKind;
  today: string; // YYYY-MM-DD, the evaluation day
  alias?: string; // of the facts table, 'f' by default
}

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;

function assertDate(s: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) throw new Error(`compile: not a date: ${s}`);
  return s;
}

function literal(node: Extract<Node, { k: 'lit' }>): string {
  if (node.value === null) return 'NULL';
  switch (node.type) {
    case 'number': {
      if (typeof node.value !== 'number' || !Number.isFinite(node.value)) throw new Error('compile: bad number');
      return `'${String(node.value)}'::float8`;
    }
    case 'string': return `${quote(String(node.value))}::text`;
    case 'boolean': return node.value ? 'TRUE' : 'FALSE';
    case 'date': return `DATE ${quote(assertDate(String(node.value)))}`;
    default: return 'NULL';
  }
}

/** SQL for one node; `input` is the SQL of `?` inside a decision table cell. */
export function compileNode(node: Node, opts: CompileOptions, input = 'NULL'): string {
  const a = opts.alias ?? 'f';
  const c = (n: Node) => compileNode(n, opts, input);
  switch (node.k) {
    case 'lit': return literal(node);
    case 'input': return input;
    case 'fact': {
      const def = factNamed(opts.kind, node.name);
      if (!def) throw new Error(`compile: unknown fact ${node.name}`);
      const column = `${a}.${def.column}`;
      if (def.yearsSince) return `date_part('year', age(DATE ${quote(assertDate(opts.today))}, ${column}))`;
      return def.type === 'number' ? `${column}::float8` : column;
    }
    case 'cmp': {
      const fast = fastComparison(node, opts);
      if (fast) return fast;
      const strings = node.left.type === 'string' || node.right.type === 'string';
      const l = c(node.left) + (strings && node.op !== '=' && node.op !== '!=' ? ' COLLATE "C"' : '');
      const r = c(node.right) + (strings && node.op !== '=' && node.op !== '!=' ? ' COLLATE "C"' : '');
      if (node.op === '=') return `(${l} IS NOT DISTINCT FROM ${r})`;
      if (node.op === '!=') return `(${l} IS DISTINCT FROM ${r})`;
      return `(${l} ${node.op} ${r})`;
    }
    case 'and': case 'or': return `(${node.items.map(c).join(node.k === 'and' ? ' AND ' : ' OR ')})`;
    case 'not': return `(NOT ${c(node.item)})`;
    case 'arith': return `(${c(node.left)} ${node.op} ${c(node.right)})`;
    case 'neg': return `(- ${c(node.item)})`;
    // feelin orders a descending range's bounds (`5 between 10 and 1` is true, as is `5 in [10..1]`).
    case 'between': {
      const coll = node.value.type === 'string' ? ' COLLATE "C"' : '';
      return `(${c(node.value)}${coll} BETWEEN SYMMETRIC ${c(node.low)}${coll} AND ${c(node.high)}${coll})`;
    }
    case 'interval': {
      const descending = node.low.k === 'lit' && node.high.k === 'lit' && (node.low.value as number | string) > (node.high.value as number | string);
      const [low, high, lowOpen, highOpen] = descending ? [node.high, node.low, node.highOpen, node.lowOpen] : [node.low, node.high, node.lowOpen, node.highOpen];
      const v = c(node.value);
      const coll = node.value.type === 'string' ? ' COLLATE "C"' : '';
      return `(${v}${coll} ${lowOpen ? '>' : '>='} ${c(low)}${coll} AND ${v}${coll} ${highOpen ? '<' : '<='} ${c(high)}${coll})`;
    }
    case 'inlist': return `COALESCE(${c(node.value)} IN (${node.items.map(c).join(', ')}), FALSE)`;
    case 'startswith': return `starts_with(${c(node.value)}, ${c(node.prefix)})`;
    case 'truth': return `COALESCE(${c(node.item)}, FALSE)`;
    case 'any': return 'TRUE';
  }
}

const FLIP = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '=': '=', '!=': '!=' } as const;

/** The latest birth date (or other start date) at which full years on `today` reach k: (year − k, same day; 29 Feb → 28 Feb). */
function cutoff(today: string, k: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const year = y - k;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A fact compared with a number literal, written so PostgreSQL reads the column as it is: an age becomes a date
 * comparison (`age >= 80` ⟺ `birth_date <= today − 80 years`, age being whole years), an integer column is
 * compared without a cast. Same meaning, nulls included; null (not handled) for anything else.
 */
function fastComparison(node: Extract<Node, { k: 'cmp' }>, opts: CompileOptions): string | null {
  let { left, right } = node;
  let op: keyof typeof FLIP = node.op;
  if (left.k === 'lit' && right.k === 'fact') { [left, right] = [right, left]; op = FLIP[op]; }
  if (left.k !== 'fact' || right.k !== 'lit' || right.type !== 'number' || typeof right.value !== 'number' || !Number.isFinite(right.value)) return null;
  const def = factNamed(opts.kind, left.name);
  if (!def || def.type !== 'number') return null;
  const column = `${opts.alias ?? 'f'}.${def.column}`;
  const x = right.value;
  if (!def.yearsSince) {
    if (!Number.isInteger(x) || Math.abs(x) > 2 ** 31) return null;
    if (op === '=') return `COALESCE(${column} = ${x}, FALSE)`;
    if (op === '!=') return `COALESCE(${column} <> ${x}, TRUE)`;
    return `(${column} ${op} ${x})`;
  }
  if (Math.abs(x) > 1000) return null;
  // Whole years: age >= k, for the integer k that keeps the meaning.
  const atLeast = (k: number) => `(${column} <= DATE '${cutoff(opts.today, k)}')`;
  const below = (k: number) => `(${column} > DATE '${cutoff(opts.today, k)}')`;
  switch (op) {
    case '>=': return atLeast(Math.ceil(x));
    case '>': return atLeast(Math.floor(x) + 1);
    case '<': return below(Math.ceil(x));
    case '<=': return below(Math.floor(x) + 1);
    case '=': return Number.isInteger(x) ? `COALESCE(${atLeast(x)} AND ${below(x + 1)}, FALSE)` : 'FALSE';
    case '!=': return Number.isInteger(x) ? `COALESCE(NOT (${atLeast(x)} AND ${below(x + 1)}), TRUE)` : 'TRUE';
  }
}

/** The whole rule as one SQL boolean (true: the subject matches), or null when part of it is outside the subset. */
export function compileRule(rule: CheckedRule, opts: CompileOptions): string | null {
  const parts = compileConditions(rule, opts);
  if (parts.some((p) => p === null)) return null;
  if (rule.table) {
    const t = compileTable(rule, opts);
    if (t === null) return null;
    parts.push(t);
  }
  return parts.length ? `(${parts.join(' AND ')})` : 'TRUE';
}

/** Each condition's SQL, null where a condition is outside the subset. */
export function compileConditions(rule: CheckedRule, opts: CompileOptions): (string | null)[] {
  return rule.conditions.map((cond) => (cond.checked.tree ? compileNode(cond.checked.tree, opts) : null));
}

/** A decision table: the first rule whose cells all pass decides; `eligible` (if the table has it) must be true. */
export function compileTable(rule: CheckedRule, opts: CompileOptions): string | null {
  const t = rule.table!;
  if (t.checkedInputs.some((i) => !i.tree) || t.checkedCells.some((row) => row.some((cell) => !cell.tree))) return null;
  const inputs = t.checkedInputs.map((i) => compileNode(i.tree!, opts));
  const hits = t.checkedCells.map((row) => {
    const cells = row.map((cell, i) => compileNode(cell.tree!, opts, inputs[i]!)).filter((s) => s !== 'TRUE');
    return cells.length ? cells.join(' AND ') : 'TRUE';
  });
  if (hits.length === 0) return 'FALSE';
  const eligible = t.outputs.findIndex((o) => o.name === 'eligible');
  if (eligible < 0) return `(${hits.map((h) => `(${h})`).join(' OR ')})`;
  const branches = t.rules.map((r, i) => {
    const v = parseOutput(r.outputEntries[eligible] ?? '');
    return `WHEN ${hits[i]} THEN ${v === true ? 'TRUE' : 'FALSE'}`;
  });
  return `(CASE ${branches.join(' ')} ELSE FALSE END)`;
}
