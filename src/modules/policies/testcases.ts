// Policy tests in the style of OpenFisca's YAML tests: a name, the day they are evaluated on (`period`), the
// facts (`input`) and what must come out (`output`: eligible, and any decision table output such as amount).
// They run with the test suite and from the admin API; a policy whose tests fail cannot be published.
import type { FactRecord, FactValue } from './facts.js';
import { interpret, type CheckedRule } from './rules.js';

export interface PolicyTestCase {
  name: string;
  period?: string | undefined; // YYYY-MM-DD, the evaluation day; derived facts given in input win
  input: Record<string, FactValue>;
  output: Record<string, FactValue>; // eligible: boolean, plus table outputs
}

export interface TestResult {
  name: string;
  passed: boolean;
  expected: Record<string, FactValue>;
  actual: Record<string, unknown>;
  failures: { key: string; expected: FactValue; actual: unknown }[];
}

/** Runs the cases against the rule by the interpreter. Facts a case does not give are null (unknown). */
export function runTestCases(rule: CheckedRule, cases: PolicyTestCase[], factNames: readonly string[]): TestResult[] {
  return cases.map((c) => {
    const facts: FactRecord = Object.fromEntries(factNames.map((n) => [n, null]));
    Object.assign(facts, c.input);
    const evaluation = interpret(rule, facts);
    const actual: Record<string, unknown> = { ...(evaluation.table?.outputs ?? {}), eligible: evaluation.eligible };
    const failures = Object.entries(c.output).filter(([k, v]) => !sameValue(actual[k] ?? null, v)).map(([k, v]) => ({ key: k, expected: v, actual: actual[k] ?? null }));
    return { name: c.name, passed: failures.length === 0, expected: c.output, actual, failures };
  });
}

const sameValue = (a: unknown, b: unknown) => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-9 : a === b);
