// The compiler keeps FEEL's meaning: on random facts (nulls, dates, leap days included) and random rules of the
// compiled subset, the SQL PostgreSQL (or PGlite) runs says "match" for exactly the subjects feelin says so for.
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { compileRule } from './compile.js';
import { checkFeel } from './feel.js';
import { factsFromRow } from './facts.js';
import { checkRule, interpret, type RuleSource } from './rules.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(() => t.close());

const TODAY = '2026-03-02';
// Evaluation days around leap days too: ages of people born on 29 February are where compilers go wrong.
const todayArb = fc.constantFrom(TODAY, '2028-02-29', '2027-02-28', '2027-03-01', '2024-02-29');
const dateArb = fc.oneof(
  fc.date({ min: new Date('1920-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2024-02-29', '1946-03-02', '1946-03-01', '1946-03-03', '2023-03-02', '2000-02-29'),
);
const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null, freq: 4 });
const REGIONS = ['339902', '339903', '339902001', '110105', '3399', ''];

const factsArb = fc.record({
  birth_date: nullable(dateArb), sex: nullable(fc.constantFrom('male', 'female')), household_region: nullable(fc.constantFrom(...REGIONS)),
  family_size: nullable(fc.integer({ min: -2, max: 9 })), children_count: nullable(fc.integer({ min: 0, max: 4 })), youngest_child_birth_date: nullable(dateArb),
  income_per_capita: nullable(fc.integer({ min: 0, max: 20000 })), income_band: nullable(fc.constantFrom('low', 'middle', 'high', 'Low')),
  disability_grade: nullable(fc.integer({ min: 1, max: 4 })), employment_status: nullable(fc.constantFrom('employed', 'unemployed', 'retired')),
  medical_insured: nullable(fc.boolean()), pension_insured: nullable(fc.boolean()), pension_contribution_years: nullable(fc.integer({ min: 0, max: 45 })),
  receives_subsistence: nullable(fc.boolean()), graduation_date: nullable(dateArb),
});

// Random FEEL of the subset, by type.
const numLit = fc.oneof(fc.integer({ min: -5, max: 20000 }).map(String), fc.constantFrom('0.1', '0.2', '0.3', '2.5', '80', '60', '3'));
const numFact = fc.constantFrom('age', 'familySize', 'childrenCount', 'incomePerCapita', 'disabilityGrade', 'pensionContributionYears', 'youngestChildAge', 'yearsSinceGraduation');
const strFact = fc.constantFrom('sex', 'householdRegion', 'incomeBand', 'employmentStatus');
const strLit = fc.constantFrom('"male"', '"female"', '"339902"', '"3399"', '"low"', '"Low"', '"employed"', '""', '"it\'s"');
const boolFact = fc.constantFrom('medicalInsured', 'pensionInsured', 'receivesSubsistence');
const dateFact = fc.constantFrom('birthDate', 'youngestChildBirthDate', 'graduationDate');
const dateLit = dateArb.map((d) => `date("${d}")`);
const cmpOp = fc.constantFrom('=', '!=', '<', '<=', '>', '>=');

const { num } = fc.letrec<{ num: string }>((tie) => ({
  num: fc.oneof({ depthSize: 'small', withCrossShrink: true }, numFact, numLit, fc.tuple(tie('num'), fc.constantFrom('+', '-', '*'), tie('num')).map(([a, o, b]) => `(${a} ${o} ${b})`),
    tie('num').map((a) => `-(${a})`)),
}));

const { bool } = fc.letrec<{ bool: string }>((tie) => ({
  bool: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    fc.tuple(num, cmpOp, num).map(([a, o, b]) => `${a} ${o} ${b}`),
    fc.tuple(strFact, cmpOp, strLit).map(([a, o, b]) => `${a} ${o} ${b}`),
    fc.tuple(dateFact, cmpOp, fc.oneof(dateLit, dateFact)).map(([a, o, b]) => `${a} ${o} ${b}`),
    fc.tuple(fc.oneof(numFact, strFact, dateFact, boolFact), fc.constantFrom('=', '!=')).map(([a, o]) => `${a} ${o} null`),
    fc.tuple(boolFact, fc.constantFrom('=', '!='), fc.constantFrom('true', 'false')).map(([a, o, b]) => `${a} ${o} ${b}`),
    boolFact, fc.constantFrom('true', 'false', 'null'),
    fc.tuple(numFact, numLit, numLit).map(([a, l, h]) => `${a} between ${l} and ${h}`),
    fc.tuple(numFact, numLit, numLit, fc.constantFrom('[', '(', ']'), fc.constantFrom(']', ')', '[')).map(([a, l, h, o, c]) => `(${a} in ${o}${l}..${h}${c})`),
    fc.tuple(dateFact, dateLit, dateLit).map(([a, l, h]) => `(${a} in [${l}..${h}])`),
    fc.tuple(strFact, fc.array(strLit, { minLength: 1, maxLength: 3 })).map(([a, xs]) => `(${a} in (${xs.join(', ')}))`),
    fc.tuple(numFact, fc.array(numLit, { minLength: 2, maxLength: 3 })).map(([a, xs]) => `(${a} in (${xs.join(', ')}))`),
    fc.tuple(fc.constantFrom('householdRegion', 'incomeBand'), strLit).map(([a, p]) => `starts with(${a}, ${p})`),
    fc.tuple(tie('bool'), fc.constantFrom('and', 'or'), tie('bool')).map(([a, o, b]) => `(${a}) ${o} (${b})`),
    tie('bool').map((a) => `not(${a})`),
  ),
}));

// Decision table cells for a numeric, a string and a date input.
const numCell = fc.oneof(fc.constant('-'), numLit.map((n) => `< ${n}`), numLit.map((n) => `>= ${n}`), fc.tuple(numLit, numLit).map(([a, b]) => `[${a}..${b}]`),
  fc.array(numLit, { minLength: 1, maxLength: 2 }).map((xs) => xs.join(', ')), numLit.map((n) => `not(${n})`), fc.constant('null'), fc.constant('not(null)'));
const strCell = fc.oneof(fc.constant('-'), fc.array(strLit, { minLength: 1, maxLength: 2 }).map((xs) => xs.join(',')), strLit.map((s) => `not(${s})`), fc.constant('null'));
const dateCell = fc.oneof(fc.constant('-'), dateLit.map((d) => `<= ${d}`), dateLit.map((d) => `> ${d}`), fc.tuple(dateLit, dateLit).map(([a, b]) => `[${a}..${b}]`));

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const tableArb = fc.tuple(numFact, strFact, dateFact, fc.array(fc.tuple(numCell, strCell, dateCell, fc.boolean()), { minLength: 1, maxLength: 4 }), fc.boolean()).map(([n, s, d, rules, withEligible]) => `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="http://tongban.example/dmn">
  <decision id="t" name="t"><decisionTable id="dt" hitPolicy="FIRST">
    <input id="i1" label="n"><inputExpression id="e1" typeRef="number"><text>${n}</text></inputExpression></input>
    <input id="i2" label="s"><inputExpression id="e2" typeRef="string"><text>${s}</text></inputExpression></input>
    <input id="i3" label="d"><inputExpression id="e3" typeRef="date"><text>${d}</text></inputExpression></input>
    ${withEligible ? '<output id="o1" name="eligible" typeRef="boolean"/>' : '<output id="o1" name="level" typeRef="number"/>'}
    ${rules.map(([a, b, c, e], i) => `<rule id="r${i}"><inputEntry id="a${i}"><text>${esc(a)}</text></inputEntry><inputEntry id="b${i}"><text>${esc(b)}</text></inputEntry><inputEntry id="c${i}"><text>${esc(c)}</text></inputEntry><outputEntry id="oe${i}"><text>${withEligible ? String(e) : String(i)}</text></outputEntry></rule>`).join('\n    ')}
  </decisionTable></decision>
</definitions>`);

async function agree(rule: RuleSource, rows: Record<string, unknown>[], today = TODAY): Promise<void> {
  const { rule: checked, errors } = await checkRule(rule);
  expect(errors).toEqual([]);
  const where = compileRule(checked, { kind: 'person', today });
  expect(where, JSON.stringify(rule.conditions)).not.toBeNull();
  await t.system.db.execute(sql`DELETE FROM person_facts`);
  const ids = rows.map((_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  for (const [i, r] of rows.entries()) {
    await t.system.db.execute(sql`INSERT INTO person_facts (person_id, birth_date, sex, household_region, family_size, children_count, youngest_child_birth_date, income_per_capita,
      income_band, disability_grade, employment_status, medical_insured, pension_insured, pension_contribution_years, receives_subsistence, graduation_date, sources, updated_at)
      VALUES (${ids[i]}, ${r.birth_date}, ${r.sex}, ${r.household_region}, ${r.family_size}, ${r.children_count}, ${r.youngest_child_birth_date}, ${r.income_per_capita},
      ${r.income_band}, ${r.disability_grade}, ${r.employment_status}, ${r.medical_insured}, ${r.pension_insured}, ${r.pension_contribution_years}, ${r.receives_subsistence}, ${r.graduation_date}, '{}', now())`);
  }
  const matched = new Set((await queryRows<{ person_id: string }>(t.system.db, sql.raw(`SELECT person_id FROM person_facts f WHERE ${where}`))).map((r) => r.person_id));
  for (const [i, r] of rows.entries()) {
    const interpreted = interpret(checked, factsFromRow('person', r, today)).eligible;
    expect(matched.has(ids[i]!), `${JSON.stringify(rule)}\nfacts ${JSON.stringify(r)}\nSQL ${where}`).toBe(interpreted);
  }
}

describe('compiled SQL agrees with the interpreter', () => {
  it('on random FEEL conditions of the subset and random facts, nulls and dates included', async () => {
    await fc.assert(fc.asyncProperty(fc.array(bool, { minLength: 1, maxLength: 2 }), fc.array(factsArb, { minLength: 6, maxLength: 12 }),
      todayArb, (conds, rows, today) => agree({ subject: 'person', conditions: conds.map((feel) => ({ label: { zh: '条件', en: 'condition' }, feel })) }, rows, today)), { numRuns: 150 });
  });

  it('on random DMN decision tables (FIRST hit, with and without an eligible output)', async () => {
    await fc.assert(fc.asyncProperty(tableArb, fc.array(factsArb, { minLength: 6, maxLength: 12 }),
      todayArb, (dmn, rows, today) => agree({ subject: 'person', conditions: [], dmn }, rows, today)), { numRuns: 80 });
  });

  it('the cases that once disagreed', async () => {
    const rows = [{ birth_date: '2024-02-29' }, { birth_date: null }, { birth_date: '1946-03-02', household_region: '339902' }, { family_size: 2, income_band: null }];
    const full = (r: Record<string, unknown>) => ({ ...Object.fromEntries(['birth_date', 'sex', 'household_region', 'family_size', 'children_count', 'youngest_child_birth_date', 'income_per_capita', 'income_band',
      'disability_grade', 'employment_status', 'medical_insured', 'pension_insured', 'pension_contribution_years', 'receives_subsistence', 'graduation_date'].map((k) => [k, null])), ...r });
    for (const feel of ['age >= 80', 'age = 2', '2 != age', 'age < 1.5', 'familySize = 2', 'familySize != 2', '0.1 + 0.2 = 0.3', 'incomeBand in ("low")', 'not(incomeBand = null)', 'age = 2', 'familySize * 3 > 5 or familySize = null']) {
      for (const today of ['2026-03-02', '2028-02-29', '2025-02-28', '2025-03-01']) await agree({ subject: 'person', conditions: [{ label: { zh: 'x', en: 'x' }, feel }] }, rows.map(full), today);
    }
  });
});

describe('the subset and what falls outside it', () => {
  it('compiles the subset and names what it cannot compile', () => {
    expect(checkFeel('age >= 80 and starts with(householdRegion, "3399")', 'person').tree).not.toBeNull();
    const outside = checkFeel('string length(householdRegion) = 6', 'person');
    expect(outside.problems).toEqual([]);
    expect(outside.tree).toBeNull();
    expect(outside.notCompilable?.zh).toContain('逐条解释执行');
  });
});
