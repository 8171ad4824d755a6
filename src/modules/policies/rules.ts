// A policy's eligibility rule: labelled FEEL conditions that must all hold (so the message to a person can say
// which ones they meet), and optionally a DMN decision table that decides eligibility and the benefit (an amount,
// a level). Checked at save time; evaluated one subject at a time by feelin.
import { date as feelDate, evaluate, unaryTest } from 'feelin';
import type { Bilingual } from '../../platform/errors.js';
import { readDecisionTable, DmnProblem, type DecisionTable } from './dmn.js';
import { checkFeel, type CheckedExpression, type Position } from './feel.js';
import { factNamed, type FactRecord, type FactType, type SubjectKind } from './facts.js';

export interface ConditionSource { label: Bilingual; feel: string }
export interface RuleSource {
  subject: SubjectKind;
  conditions: ConditionSource[];
  dmn?: string | null | undefined; // DMN 1.3 XML with one decision table
}

export interface CheckedRule {
  subject: SubjectKind;
  conditions: (ConditionSource & { checked: CheckedExpression })[];
  table: (DecisionTable & { checkedInputs: CheckedExpression[]; checkedCells: CheckedExpression[][] }) | null;
}

export interface RuleError { field: string; reason: Bilingual; position: Position | null }

/** Checks a rule. Problems name the field (JSON pointer into the rule), the position and the reason. */
export async function checkRule(rule: RuleSource, base = ''): Promise<{ rule: CheckedRule; errors: RuleError[] }> {
  const errors: RuleError[] = [];
  const conditions = rule.conditions.map((c, i) => {
    const checked = checkFeel(c.feel, rule.subject);
    for (const p of checked.problems) errors.push({ field: `${base}/conditions/${i}/feel`, reason: p.reason, position: p.position });
    return { ...c, checked };
  });
  let table: CheckedRule['table'] = null;
  if (rule.dmn) {
    try {
      const t = await readDecisionTable(rule.dmn);
      const checkedInputs = t.inputs.map((input) => {
        const checked = checkFeel(input.expression, rule.subject, { anyType: true });
        for (const p of checked.problems) errors.push({ field: `${base}/dmn`, reason: { zh: `输入“${input.label || input.expression}”：${p.reason.zh}`, en: `Input "${input.label || input.expression}": ${p.reason.en}` }, position: p.position });
        return checked;
      });
      const checkedCells = t.rules.map((r, ri) => r.inputEntries.map((cell, ci) => {
        const inputType = inputTypeOf(checkedInputs[ci]!, rule.subject);
        const checked = checkFeel(cell, rule.subject, { unary: { inputType } });
        for (const p of checked.problems) errors.push({ field: `${base}/dmn`, reason: { zh: `第 ${ri + 1} 条规则第 ${ci + 1} 列：${p.reason.zh}`, en: `Rule ${ri + 1}, column ${ci + 1}: ${p.reason.en}` }, position: p.position });
        return checked;
      }));
      for (const [ri, r] of t.rules.entries()) {
        for (const [oi, out] of r.outputEntries.entries()) {
          if (out && parseOutput(out) === undefined) errors.push({ field: `${base}/dmn`, position: null,
            reason: { zh: `第 ${ri + 1} 条规则的输出“${t.outputs[oi]!.name}”应为数值、字符串、true/false 或 null`, en: `Rule ${ri + 1}: output "${t.outputs[oi]!.name}" must be a number, a string, true/false or null` } });
        }
      }
      table = { ...t, checkedInputs, checkedCells };
    } catch (e) {
      if (!(e instanceof DmnProblem)) throw e;
      errors.push({ field: `${base}/dmn`, reason: e.reason, position: e.line ? { from: 0, to: 0, line: e.line, column: 1 } : null });
    }
  }
  if (rule.conditions.length === 0 && !rule.dmn) errors.push({ field: `${base}/conditions`, position: null, reason: { zh: '规则至少要有一个条件或一张决策表', en: 'A rule needs at least one condition or a decision table' } });
  return { rule: { subject: rule.subject, conditions, table }, errors };
}

function inputTypeOf(checked: CheckedExpression, kind: SubjectKind): FactType | 'null' {
  if (checked.tree) return checked.tree.type === 'null' ? 'null' : checked.tree.type;
  const single = factNamed(kind, checked.source.trim());
  return single?.type ?? 'null';
}

/** Output cells are literals: numbers, strings, booleans, null. */
export function parseOutput(text: string): number | string | boolean | null | undefined {
  const t = text.trim();
  if (t === '' || t === 'null') return null;
  if (t === 'true' || t === 'false') return t === 'true';
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (/^"([^"\\]|\\.)*"$/.test(t)) return JSON.parse(t) as string;
  return undefined;
}

// ---------------------------------------------------------------------------------------------- interpretation

/** Facts as feelin wants them: dates as FEEL dates. */
export function feelContext(kind: SubjectKind, facts: FactRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(facts)) {
    out[name] = typeof value === 'string' && factNamed(kind, name)?.type === 'date' ? feelDate(value) : value;
  }
  return out;
}

export interface ConditionOutcome { label: Bilingual; feel: string; holds: boolean | null }
export interface TableOutcome { ruleId: string | null; description: string | null; outputs: Record<string, unknown> }
export interface Evaluation { eligible: boolean; conditions: ConditionOutcome[]; table: TableOutcome | null }

const asBool = (v: unknown): boolean | null => (v === true ? true : v === false ? false : null);

/** One subject's facts against the rule, by the interpreter. */
export function interpret(rule: CheckedRule, facts: FactRecord): Evaluation {
  const context = feelContext(rule.subject, facts);
  const conditions = rule.conditions.map((c) => ({ label: c.label, feel: c.feel, holds: asBool(evaluate(c.feel, context).value) }));
  let table: TableOutcome | null = null;
  let tableOk = true;
  if (rule.table) {
    table = decide(rule.table, context);
    const eligibleOutput = rule.table.outputs.findIndex((o) => o.name === 'eligible');
    tableOk = table.ruleId !== null && (eligibleOutput < 0 || table.outputs.eligible === true);
  }
  return { eligible: tableOk && conditions.every((c) => c.holds === true), conditions, table };
}

/** The first rule whose every cell passes (FIRST; UNIQUE and ANY tables are expected not to overlap). */
export function decide(t: DecisionTable, context: Record<string, unknown>): TableOutcome {
  const values = t.inputs.map((i) => evaluate(i.expression, context).value);
  for (const r of t.rules) {
    const hit = r.inputEntries.every((cell, i) => cell === '-' || unaryTest(cell, { ...context, '?': values[i] ?? null }).value === true);
    if (hit) return { ruleId: r.id, description: r.description || null, outputs: Object.fromEntries(t.outputs.map((o, i) => [o.name, parseOutput(r.outputEntries[i] ?? '') ?? null])) };
  }
  return { ruleId: null, description: null, outputs: {} };
}

/** Why the rule cannot be compiled to SQL as a whole, or null when it can. */
export function notCompilableReasons(rule: CheckedRule): { where: string; reason: Bilingual }[] {
  const out: { where: string; reason: Bilingual }[] = [];
  rule.conditions.forEach((c, i) => { if (!c.checked.tree) out.push({ where: `/conditions/${i}`, reason: c.checked.notCompilable ?? { zh: '无法编译', en: 'Not compilable' } }); });
  if (rule.table) {
    rule.table.checkedInputs.forEach((c, i) => { if (!c.tree) out.push({ where: `/dmn/inputs/${i}`, reason: c.notCompilable ?? { zh: '无法编译', en: 'Not compilable' } }); });
    rule.table.checkedCells.forEach((row, ri) => row.forEach((c, ci) => { if (!c.tree) out.push({ where: `/dmn/rules/${ri}/${ci}`, reason: c.notCompilable ?? { zh: '无法编译', en: 'Not compilable' } }); }));
  }
  return out;
}
