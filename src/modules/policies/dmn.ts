// DMN 1.3 decision tables from .dmn XML, as common modelers (Camunda, bpmn.io, Trisotech) write them, read with
// dmn-moddle. We keep what evaluation needs: the hit policy, the input expressions, the output names and, per
// rule, its input entries (unary tests) and output entries (FEEL expressions, literals in practice).
import { DmnModdle, type ModdleElement } from 'dmn-moddle';
import type { Bilingual } from '../../platform/errors.js';

export type HitPolicy = 'UNIQUE' | 'FIRST' | 'ANY' | 'PRIORITY';

export interface DecisionTable {
  decisionId: string;
  name: string;
  hitPolicy: HitPolicy;
  inputs: { label: string; expression: string }[];
  outputs: { name: string; label: string }[];
  rules: { id: string; description: string; inputEntries: string[]; outputEntries: string[] }[];
}

export class DmnProblem extends Error {
  constructor(readonly reason: Bilingual, readonly line: number | null = null) { super(reason.en); }
}

const textOf = (e: unknown): string => ((e as { text?: string } | undefined)?.text ?? '').trim();
const list = (e: ModdleElement, key: string): ModdleElement[] => (e[key] as ModdleElement[] | undefined) ?? [];

/** Reads the first decision table of a DMN document (or the decision with `decisionId`). */
export async function readDecisionTable(xml: string, decisionId?: string): Promise<DecisionTable> {
  let root: ModdleElement;
  try {
    const parsed = await new DmnModdle().fromXML(xml, 'dmn:Definitions');
    root = parsed.rootElement;
    const fatal = parsed.warnings.find((w) => /unparsable|unknown type|missing namespace/i.test(w.message));
    if (fatal) throw new DmnProblem({ zh: `DMN 文件无法读取：${fatal.message}`, en: `The DMN file cannot be read: ${fatal.message}` }, fatal.line ?? null);
  } catch (e) {
    if (e instanceof DmnProblem) throw e;
    const message = e instanceof Error ? e.message : String(e);
    const line = /line: ?(\d+)/i.exec(message);
    throw new DmnProblem({ zh: `DMN 文件不是有效的 XML：${message.split('\n')[0]}`, en: `The DMN file is not valid XML: ${message.split('\n')[0]}` }, line ? Number(line[1]) : null);
  }
  const decisions = list(root, 'drgElement').filter((d) => d.$type === 'dmn:Decision');
  const decision = decisionId ? decisions.find((d) => d.id === decisionId) : decisions.find((d) => (d.decisionLogic as ModdleElement | undefined)?.$type === 'dmn:DecisionTable');
  if (!decision) throw new DmnProblem({ zh: decisionId ? `DMN 文件中没有决策“${decisionId}”` : 'DMN 文件中没有决策表', en: decisionId ? `The DMN file has no decision "${decisionId}"` : 'The DMN file has no decision table' });
  const table = decision.decisionLogic as ModdleElement | undefined;
  if (table?.$type !== 'dmn:DecisionTable') throw new DmnProblem({ zh: `决策“${decision.id}”不是决策表`, en: `Decision "${decision.id}" is not a decision table` });
  const hitPolicy = String(table.hitPolicy ?? 'UNIQUE') as HitPolicy;
  if (!['UNIQUE', 'FIRST', 'ANY', 'PRIORITY'].includes(hitPolicy)) {
    throw new DmnProblem({ zh: `不支持的命中策略 ${hitPolicy}（支持 UNIQUE、FIRST、ANY、PRIORITY）`, en: `Hit policy ${hitPolicy} is not supported (UNIQUE, FIRST, ANY, PRIORITY are)` });
  }
  const inputs = list(table, 'input').map((i) => ({ label: String(i.label ?? ''), expression: textOf(i.inputExpression) }));
  const outputs = list(table, 'output').map((o) => ({ name: String(o.name ?? ''), label: String(o.label ?? o.name ?? '') }));
  const rules = list(table, 'rule').map((r, i) => ({
    id: r.id ?? `rule-${i + 1}`, description: textOf({ text: (r.description as string | undefined) ?? '' }),
    inputEntries: list(r, 'inputEntry').map((e) => textOf(e) || '-'), outputEntries: list(r, 'outputEntry').map((e) => textOf(e)),
  }));
  for (const [i, r] of rules.entries()) {
    if (r.inputEntries.length !== inputs.length || r.outputEntries.length !== outputs.length) {
      throw new DmnProblem({ zh: `决策表第 ${i + 1} 条规则的单元格数与表头不符`, en: `Rule ${i + 1} of the decision table has the wrong number of cells` });
    }
  }
  if (inputs.some((x) => !x.expression)) throw new DmnProblem({ zh: '决策表的每个输入都须有输入表达式', en: 'Every input of the decision table needs an input expression' });
  return { decisionId: decision.id!, name: String(decision.name ?? decision.id), hitPolicy, inputs, outputs, rules };
}
