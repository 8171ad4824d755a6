// FEEL (DMN 1.3) rules: parse with feelin's grammar, reject what does not parse or names an unknown fact (with
// the position and the reason), and turn the part of FEEL our SQL compiler understands into a small typed tree.
// Anything else still runs, through the interpreter; `compilable: false` says why it cannot be compiled.
import { parseExpression, parseUnaryTests } from 'feelin';
import type { SyntaxNode } from '@lezer/common';
import type { Bilingual } from '../../platform/errors.js';
import { factNamed, factsOf, type FactType, type SubjectKind } from './facts.js';

export interface Position { from: number; to: number; line: number; column: number }

export interface RuleProblem { reason: Bilingual; position: Position; code: 'syntax' | 'unknown_fact' | 'type' | 'literal' }

/** The compiled subset. Every node knows its FEEL type. */
export type Node =
  | { k: 'lit'; type: FactType | 'null'; value: number | string | boolean | null }
  | { k: 'fact'; type: FactType; name: string }
  | { k: 'input'; type: FactType | 'null' } // `?` in a decision table cell: the column's input value
  | { k: 'cmp'; type: 'boolean'; op: '=' | '!=' | '<' | '<=' | '>' | '>='; left: Node; right: Node }
  | { k: 'and' | 'or'; type: 'boolean'; items: Node[] }
  | { k: 'not'; type: 'boolean'; item: Node }
  | { k: 'arith'; type: 'number'; op: '+' | '-' | '*'; left: Node; right: Node }
  | { k: 'neg'; type: 'number'; item: Node }
  | { k: 'between'; type: 'boolean'; value: Node; low: Node; high: Node }
  | { k: 'interval'; type: 'boolean'; value: Node; low: Node; high: Node; lowOpen: boolean; highOpen: boolean }
  | { k: 'inlist'; type: 'boolean'; value: Node; items: Node[] } // x in (a, b): false, never null, when x is null
  | { k: 'startswith'; type: 'boolean'; value: Node; prefix: Node }
  | { k: 'truth'; type: 'boolean'; item: Node } // true stays true; false and null become false (table cells)
  | { k: 'any'; type: 'boolean' }; // `-` in a table cell

export interface CheckedExpression {
  source: string;
  problems: RuleProblem[];
  facts: string[]; // fact names the expression reads
  tree: Node | null; // null: outside the compiled subset
  notCompilable: Bilingual | null;
}

// Builtins a rule may call: FEEL's standard library names, so a call is not mistaken for an unknown fact.
const BUILTINS = new Set(['not', 'date', 'starts with', 'ends with', 'contains', 'string length', 'substring', 'upper case', 'lower case', 'count', 'min', 'max',
  'sum', 'mean', 'abs', 'floor', 'ceiling', 'decimal', 'number', 'string', 'list contains', 'is defined', 'years and months duration', 'duration', 'today',
  'date and time', 'time', 'modulo', 'round up', 'round down', 'round half up', 'matches', 'split', 'append', 'all', 'any', 'odd', 'even', 'sqrt', 'log', 'exp', 'now']);

export function positionOf(source: string, from: number, to = from): Position {
  const before = source.slice(0, from).split('\n');
  return { from, to, line: before.length, column: before.at(-1)!.length + 1 };
}

// Names besides facts that one check allows (a trigger's event fields); set per checkFeel call, which is synchronous.
let extraNames: Record<string, FactType> = {};

class Unsupported extends Error {
  constructor(readonly why: Bilingual) { super(why.en); }
}
class TypeProblem extends Error {
  constructor(readonly why: Bilingual, readonly from: number, readonly to: number, readonly code: RuleProblem['code'] = 'type') { super(why.en); }
}

const typeNames: Record<string, string> = { number: '数值', string: '字符串', boolean: '布尔值', date: '日期', null: '空值' };

/** Checks an expression (or, with `unary`, a decision table cell) for a kind of subject. */
export function checkFeel(source: string, kind: SubjectKind, opts: { unary?: { inputType: FactType | 'null' }; anyType?: boolean; extra?: Record<string, FactType> } = {}): CheckedExpression {
  const problems: RuleProblem[] = [];
  const facts = new Set<string>();
  if (source.includes('\u0000')) {
    return { source, problems: [{ code: 'syntax', reason: { zh: '规则含有非法字符', en: 'The rule contains a NUL character' }, position: positionOf(source, source.indexOf('\u0000')) }], facts: [], tree: null, notCompilable: null };
  }
  const context = Object.fromEntries([...factsOf(kind).map((d) => d.name), ...Object.keys(opts.extra ?? {})].map((n) => [n, null]));
  extraNames = opts.extra ?? {};
  const tree = opts.unary ? parseUnaryTests(source, { ...context, '?': null }, undefined) : parseExpression(source, context, undefined);
  tree.iterate({
    enter: (n) => {
      if (n.type.isError) {
        const near = source.slice(n.from, n.from + 12) || (n.from >= source.length ? '（结尾）end of rule' : '');
        problems.push({ code: 'syntax', position: positionOf(source, n.from, Math.max(n.to, n.from)),
          reason: { zh: `第 ${positionOf(source, n.from).line} 行第 ${positionOf(source, n.from).column} 列语法错误，附近：${near}`, en: `Syntax error at line ${positionOf(source, n.from).line}, column ${positionOf(source, n.from).column}, near: ${near}` } });
        return false;
      }
      if (n.name === 'VariableName') {
        const name = source.slice(n.from, n.to);
        const parent = n.node.parent;
        const isCallee = parent?.name === 'FunctionInvocation' && parent.firstChild?.from === n.from;
        if (isCallee) {
          if (!BUILTINS.has(name)) problems.push({ code: 'unknown_fact', position: positionOf(source, n.from, n.to), reason: { zh: `未知函数“${name}”`, en: `Unknown function "${name}"` } });
        } else if (name !== '?' && !factNamed(kind, name) && !(name in extraNames)) {
          problems.push({ code: 'unknown_fact', position: positionOf(source, n.from, n.to),
            reason: { zh: `未知事实“${name}”：${kind === 'person' ? '个人' : '企业'}规则可用的事实为 ${factsOf(kind).map((d) => d.name).join('、')}`,
              en: `Unknown fact "${name}": ${kind} rules may read ${factsOf(kind).map((d) => d.name).join(', ')}` } });
        } else if (name !== '?') facts.add(name);
        return false;
      }
      return undefined;
    },
  });
  if (source.trim() === '' && !opts.unary) problems.push({ code: 'syntax', position: positionOf(source, 0), reason: { zh: '规则不能为空', en: 'The rule is empty' } });
  if (problems.length) return { source, problems, facts: [...facts], tree: null, notCompilable: null };
  let node: Node | null = null;
  let notCompilable: Bilingual | null = null;
  try {
    const root = tree.topNode;
    node = opts.unary ? unaryTests(source, kind, root, opts.unary.inputType) : toNode(source, kind, root.firstChild!);
    if (!opts.unary && !opts.anyType && node.type !== 'boolean' && node.type !== 'null') {
      throw new TypeProblem({ zh: `规则的结果应为布尔值（真/假），而不是${typeNames[node.type]}`, en: `A rule must give true or false, not a ${node.type}` }, 0, source.length);
    }
  } catch (e) {
    if (e instanceof Unsupported) notCompilable = e.why;
    else if (e instanceof TypeProblem) problems.push({ code: e.code, reason: e.why, position: positionOf(source, e.from, e.to) });
    else throw e;
    node = null;
  }
  return { source, problems, facts: [...facts], tree: node, notCompilable };
}

const kids = (n: SyntaxNode): SyntaxNode[] => {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
};
const text = (src: string, n: SyntaxNode) => src.slice(n.from, n.to);
const unsupported = (src: string, n: SyntaxNode) =>
  new Unsupported({ zh: `“${text(src, n).slice(0, 40)}”不在可编译为 SQL 的子集内，将逐条解释执行`, en: `"${text(src, n).slice(0, 40)}" is outside the subset compiled to SQL; it is interpreted record by record` });

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isRealDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

function stringLiteral(src: string, n: SyntaxNode): string {
  return JSON.parse(text(src, n).replace(/\\'/g, "'")) as string; // FEEL string escapes are JSON's
}

function toNode(src: string, kind: SubjectKind, n: SyntaxNode, input?: FactType | 'null'): Node {
  switch (n.name) {
    case 'Expression': case 'PositiveUnaryTest': case 'SimplePositiveUnaryTest':
      if (kids(n).length === 1) return toNode(src, kind, n.firstChild!, input);
      throw unsupported(src, n);
    case 'ParenthesizedExpression': return toNode(src, kind, kids(n).find((c) => c.name !== '(' && c.name !== ')')!, input);
    case 'NumericLiteral': {
      const value = Number(text(src, n));
      if (!Number.isFinite(value)) throw new TypeProblem({ zh: '数值超出范围', en: 'The number is out of range' }, n.from, n.to, 'literal');
      return { k: 'lit', type: 'number', value };
    }
    case 'StringLiteral': return { k: 'lit', type: 'string', value: stringLiteral(src, n) };
    case 'BooleanLiteral': return { k: 'lit', type: 'boolean', value: text(src, n) === 'true' };
    case 'null': case 'NullLiteral': return { k: 'lit', type: 'null', value: null };
    case 'DateTimeLiteral': {
      const [ctor, , params] = kids(n);
      const args = params ? kids(params).filter((c) => c.name !== ',') : [];
      if (ctor?.name !== 'DateTimeConstructor' || text(src, ctor) !== 'date' || args.length !== 1 || args[0]!.name !== 'StringLiteral') throw unsupported(src, n);
      const value = stringLiteral(src, args[0]!);
      if (!isRealDate(value)) throw new TypeProblem({ zh: `“${value}”不是有效日期（应为 YYYY-MM-DD）`, en: `"${value}" is not a valid date (YYYY-MM-DD)` }, n.from, n.to, 'literal');
      return { k: 'lit', type: 'date', value };
    }
    case 'VariableName': {
      const name = text(src, n);
      if (name === '?') return { k: 'input', type: input ?? 'null' };
      if (name in extraNames) throw unsupported(src, n);
      const def = factNamed(kind, name)!;
      return { k: 'fact', type: def.type, name };
    }
    case 'Comparison': return comparison(src, kind, n, input);
    case 'Conjunction': case 'Disjunction': {
      const [a, , b] = kids(n);
      const items = [toNode(src, kind, a!, input), toNode(src, kind, b!, input)];
      for (const [i, item] of items.entries()) expectType(item, 'boolean', [a!, b!][i]!, n.name === 'Conjunction' ? 'and' : 'or');
      return { k: n.name === 'Conjunction' ? 'and' : 'or', type: 'boolean', items };
    }
    case 'ArithmeticExpression': {
      const parts = kids(n);
      if (parts.length === 2 && text(src, parts[0]!) === '-') {
        const item = toNode(src, kind, parts[1]!, input);
        expectType(item, 'number', parts[1]!, '-');
        return { k: 'neg', type: 'number', item };
      }
      const [a, op, b] = parts;
      const o = text(src, op!);
      if (o !== '+' && o !== '-' && o !== '*') throw unsupported(src, n); // division and powers: rounding differs between engines
      const left = toNode(src, kind, a!, input);
      const right = toNode(src, kind, b!, input);
      expectType(left, 'number', a!, o);
      expectType(right, 'number', b!, o);
      return { k: 'arith', type: 'number', op: o, left, right };
    }
    case 'FunctionInvocation': {
      const [callee, , params] = kids(n);
      const name = text(src, callee!);
      const args = params && params.name === 'PositionalParameters' ? kids(params).filter((c) => c.name !== ',') : [];
      if (name === 'not' && args.length === 1) {
        const item = toNode(src, kind, args[0]!, input);
        expectType(item, 'boolean', args[0]!, 'not');
        return { k: 'not', type: 'boolean', item };
      }
      if (name === 'starts with' && args.length === 2) {
        const value = toNode(src, kind, args[0]!, input);
        const prefix = toNode(src, kind, args[1]!, input);
        expectType(value, 'string', args[0]!, 'starts with');
        if (prefix.k !== 'lit' || prefix.type !== 'string') throw unsupported(src, n);
        return { k: 'startswith', type: 'boolean', value, prefix };
      }
      throw unsupported(src, n);
    }
    default:
      throw unsupported(src, n);
  }
}

function expectType(node: Node, want: FactType, at: SyntaxNode, op: string): void {
  if (node.type === want || node.type === 'null') return;
  throw new TypeProblem({ zh: `“${op}”需要${typeNames[want]}，这里是${typeNames[node.type]}`, en: `"${op}" needs a ${want} here, not a ${node.type}` }, at.from, at.to);
}

function sameType(a: Node, b: Node, at: SyntaxNode, src: string): void {
  if (a.type === 'null' || b.type === 'null' || a.type === b.type) return;
  throw new TypeProblem({ zh: `“${text(src, at).slice(0, 40)}”比较了${typeNames[a.type]}和${typeNames[b.type]}`, en: `"${text(src, at).slice(0, 40)}" compares a ${a.type} with a ${b.type}` }, at.from, at.to);
}

function comparison(src: string, kind: SubjectKind, n: SyntaxNode, input?: FactType | 'null'): Node {
  const parts = kids(n);
  const opNode = parts[1]!;
  if (opNode.name === 'CompareOp') {
    const left = toNode(src, kind, parts[0]!, input);
    const right = toNode(src, kind, parts[2]!, input);
    sameType(left, right, n, src);
    const op = text(src, opNode) as '=' | '!=' | '<' | '<=' | '>' | '>=';
    if (op !== '=' && op !== '!=' && (left.type === 'boolean' || right.type === 'boolean')) throw new TypeProblem({ zh: '布尔值不能比较大小', en: 'Booleans have no order' }, n.from, n.to);
    return { k: 'cmp', type: 'boolean', op, left, right };
  }
  if (opNode.name === 'between') {
    const [v, , lo, , hi] = parts;
    const value = toNode(src, kind, v!, input);
    const low = toNode(src, kind, lo!, input);
    const high = toNode(src, kind, hi!, input);
    sameType(value, low, n, src);
    sameType(value, high, n, src);
    return { k: 'between', type: 'boolean', value, low, high };
  }
  if (opNode.name === 'in') {
    const value = toNode(src, kind, parts[0]!, input);
    const rest = parts.slice(2).filter((c) => c.name !== '(' && c.name !== ')');
    if (rest.length !== 1) throw unsupported(src, n);
    return inTest(src, kind, n, value, rest[0]!, input);
  }
  throw unsupported(src, n);
}

/** `x in [a..b]` and `x in (a, b, c)`: literal bounds and members only. */
function inTest(src: string, kind: SubjectKind, n: SyntaxNode, value: Node, test: SyntaxNode, input?: FactType | 'null'): Node {
  let t = test;
  while ((t.name === 'PositiveUnaryTest' || t.name === 'SimplePositiveUnaryTest') && kids(t).length === 1) t = t.firstChild!;
  if (t.name === 'Interval') return interval(src, kind, n, value, t, input);
  if (t.name === 'PositiveUnaryTests' || t.name === 'ParenthesizedExpression') {
    const members = kids(t).filter((c) => !['(', ')', ','].includes(c.name)).map((c) => {
      let m = c;
      while ((m.name === 'PositiveUnaryTest' || m.name === 'SimplePositiveUnaryTest') && kids(m).length === 1) m = m.firstChild!;
      const node = toNode(src, kind, m, input);
      if (node.k !== 'lit') throw unsupported(src, c);
      sameType(value, node, n, src);
      return node;
    });
    if (members.length === 0) throw unsupported(src, t);
    return { k: 'inlist', type: 'boolean', value, items: members };
  }
  throw unsupported(src, n);
}

function interval(src: string, kind: SubjectKind, n: SyntaxNode, value: Node, t: SyntaxNode, input?: FactType | 'null'): Node {
  const parts = kids(t);
  const open = text(src, parts[0]!);
  const close = text(src, parts.at(-1)!);
  const bounds = parts.filter((c) => !['[', ']', '(', ')', '..'].includes(c.name) && c.name !== '⚠');
  if (bounds.length !== 2) throw unsupported(src, t);
  const low = toNode(src, kind, bounds[0]!, input);
  const high = toNode(src, kind, bounds[1]!, input);
  if (low.k !== 'lit' || high.k !== 'lit' || low.value === null || high.value === null) throw unsupported(src, t);
  sameType(value, low, n, src);
  sameType(value, high, n, src);
  return { k: 'interval', type: 'boolean', value, low, high, lowOpen: open !== '[', highOpen: close !== ']' };
}

/** A decision table cell: `-`, a list of tests (any may pass), or `not(…)` of them. Each test is two-valued. */
function unaryTests(src: string, kind: SubjectKind, root: SyntaxNode, inputType: FactType | 'null'): Node {
  const parts = kids(root);
  if (parts.length === 0 || parts[0]!.name === 'Wildcard') return { k: 'any', type: 'boolean' };
  const input: Node = { k: 'input', type: inputType };
  const testsOf = (list: SyntaxNode): Node => ({ k: 'or', type: 'boolean',
    items: kids(list).filter((c) => c.name !== ',').map((c) => ({ k: 'truth', type: 'boolean', item: simpleTest(src, kind, c, input, inputType) })) });
  const list = parts.find((c) => c.name === 'PositiveUnaryTests');
  if (!list) throw unsupported(src, root);
  if (parts[0]!.name === 'not') return { k: 'not', type: 'boolean', item: testsOf(list) };
  if (parts.length === 1) return testsOf(list);
  throw unsupported(src, root);
}

/** One test against `?`; two-valued: a null comparison counts as not passing. */
function simpleTest(src: string, kind: SubjectKind, n: SyntaxNode, input: Node, inputType: FactType | 'null'): Node {
  let t = n;
  while ((t.name === 'PositiveUnaryTest' || t.name === 'SimplePositiveUnaryTest') && kids(t).length === 1) t = t.firstChild!;
  const parts = kids(t);
  if (t.name === 'Interval') return interval(src, kind, t, input, t, inputType);
  if (parts[0]?.name === 'CompareOp' || ['<', '<=', '>', '>='].includes(parts[0] ? text(src, parts[0]) : '')) {
    const op = text(src, parts[0]!) as '<' | '<=' | '>' | '>=';
    const right = toNode(src, kind, parts[1]!, inputType);
    if (right.k !== 'lit' || right.value === null) throw unsupported(src, t);
    sameType(input, right, t, src);
    return { k: 'cmp', type: 'boolean', op, left: input, right };
  }
  const value = toNode(src, kind, t, inputType);
  if (value.k !== 'lit') throw unsupported(src, t);
  sameType(input, value, t, src);
  return { k: 'cmp', type: 'boolean', op: '=', left: input, right: value };
}
