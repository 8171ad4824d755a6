// Policy matching: 1,000,000 persons with facts and 50 policies on the local PostgreSQL, in its own database
// (bench_policies). Measures, in one run, matching the whole population against all 50 policies with the compiled
// SQL, and record-by-record interpretation (feelin), which is timed on a sample of persons streamed from the same
// table and extrapolated to the population (said in the output). Target (DESIGN.md): seconds, and ≥ 50× faster.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../src/platform/db.js';
import { compileRule } from '../src/modules/policies/compile.js';
import { factsFromRow } from '../src/modules/policies/facts.js';
import { readPolicyFolder } from '../src/modules/policies/load.js';
import { checkRule, interpret, type CheckedRule } from '../src/modules/policies/rules.js';
import { selectColumns } from '../src/modules/policies/store.js';
import { DEMO_POLICIES_DIR } from '../src/demo/seed-policies.js';
import { SeededRandom } from '../src/platform/random.js';

const DB_NAME = 'bench_policies';
const TODAY = '2026-03-02';

/** 50 person policies: the demo ones that compile, and variants of them with other thresholds and regions. */
async function fiftyPolicies(): Promise<{ code: string; rule: CheckedRule }[]> {
  const demo = readPolicyFolder(DEMO_POLICIES_DIR).policies.filter((p) => p.subject === 'person');
  const out: { code: string; rule: CheckedRule }[] = [];
  for (const p of demo) {
    const { rule } = await checkRule({ ...p.rule, subject: 'person' });
    if (compileRule(rule, { kind: 'person', today: TODAY }) !== null) out.push({ code: p.code, rule });
  }
  const rng = new SeededRandom(7);
  const templates = [
    () => `age >= ${rng.int(60, 90)} and starts with(householdRegion, "${rng.pick(['3399', '339902', '339903'])}")`,
    () => `incomePerCapita < ${rng.int(800, 2500)} and familySize >= ${rng.int(1, 4)}`,
    () => `disabilityGrade <= ${rng.int(1, 4)} and (receivesSubsistence = true or incomeBand in ("below_subsistence", "low"))`,
    () => `youngestChildAge < ${rng.int(1, 6)} and childrenCount >= ${rng.int(1, 3)}`,
    () => `employmentStatus = "unemployed" and age between ${rng.int(16, 30)} and ${rng.int(45, 60)} and pensionInsured = true`,
    () => `(sex = "female" and age >= ${rng.int(50, 58)}) or (sex = "male" and age >= ${rng.int(58, 63)}) and pensionContributionYears >= 15`,
    () => `medicalInsured = false and incomeBand != "high"`,
    () => `yearsSinceGraduation < ${rng.int(1, 4)} and employmentStatus in ("self_employed", "flexible", "unemployed")`,
    () => `birthDate >= date("${rng.int(1990, 2005)}-01-01") and householdRegion in ("339902", "339903")`,
  ];
  for (let i = 0; out.length < 50; i++) {
    const feel = templates[i % templates.length]!();
    const { rule, errors } = await checkRule({ subject: 'person', conditions: [{ label: { zh: `条件 ${i}`, en: `condition ${i}` }, feel }] });
    if (errors.length) throw new Error(`bench policy ${feel}: ${errors[0]!.reason.en}`);
    out.push({ code: `variant-${i}`, rule });
  }
  return out;
}

async function recreateDatabase(serverUrl: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB_NAME}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${DB_NAME}`;
  return url.toString();
}

export async function runPoliciesBench(opts: { persons?: number; sample?: number } = {}) {
  const persons = opts.persons ?? Number(process.env.BENCH_POLICY_PERSONS ?? 1_000_000);
  const sample = opts.sample ?? Number(process.env.BENCH_POLICY_SAMPLE ?? 1_000);
  const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = await openDatabase({ kind: 'postgres', url: await recreateDatabase(serverUrl), poolSize: 2 });
  try {
    await database.migrate();
    const db = database.db;
    const genStart = performance.now();
    // Deterministic synthetic facts: a realistic spread of ages, regions, incomes; about 15% of each fact unknown (null).
    await db.execute(sql`SELECT setseed(0.42)`);
    await db.execute(sql.raw(`
      INSERT INTO person_facts (person_id, birth_date, sex, household_region, family_size, children_count, youngest_child_birth_date, income_per_capita, income_band,
        disability_grade, employment_status, medical_insured, pension_insured, pension_contribution_years, receives_subsistence, graduation_date, sources, updated_at)
      SELECT md5('p' || i)::uuid,
        DATE '1925-01-01' + (random() * 36500)::int,
        CASE WHEN random() < 0.5 THEN 'male' ELSE 'female' END,
        (ARRAY['339902', '339903', '339902001', '339903101', '110105', '330106'])[1 + (random() * 5)::int],
        CASE WHEN random() < 0.15 THEN NULL ELSE 1 + (random() * 5)::int END,
        CASE WHEN random() < 0.15 THEN NULL ELSE (random() * 3)::int END,
        CASE WHEN random() < 0.6 THEN NULL ELSE DATE '2015-01-01' + (random() * 4100)::int END,
        CASE WHEN random() < 0.15 THEN NULL ELSE (300 + random() * 12000)::int END,
        CASE WHEN random() < 0.15 THEN NULL ELSE (ARRAY['below_subsistence', 'low', 'lower_middle', 'middle', 'high'])[1 + (random() * 4)::int] END,
        CASE WHEN random() < 0.93 THEN NULL ELSE 1 + (random() * 3)::int END,
        CASE WHEN random() < 0.15 THEN NULL ELSE (ARRAY['employed', 'self_employed', 'flexible', 'unemployed', 'retired', 'student', 'none'])[1 + (random() * 6)::int] END,
        CASE WHEN random() < 0.15 THEN NULL ELSE random() < 0.9 END,
        CASE WHEN random() < 0.15 THEN NULL ELSE random() < 0.8 END,
        CASE WHEN random() < 0.15 THEN NULL ELSE (random() * 40)::int END,
        CASE WHEN random() < 0.15 THEN NULL ELSE random() < 0.05 END,
        CASE WHEN random() < 0.7 THEN NULL ELSE DATE '2005-06-30' + (random() * 7500)::int END,
        '{}'::jsonb, now()
      FROM generate_series(1, ${persons}) AS i`));
    await db.execute(sql`VACUUM ANALYZE person_facts`);
    const generateMs = performance.now() - genStart;
    const policies = await fiftyPolicies();
    const wheres = policies.map((p) => compileRule(p.rule, { kind: 'person', today: TODAY })!);

    // Compiled SQL: every policy over the whole population, one statement each (what publishing runs).
    await queryRows(db, sql.raw(`SELECT count(*) FROM person_facts`)); // warm the cache once, as a running server would be
    const sqlStart = performance.now();
    const sqlCounts: number[] = [];
    for (const where of wheres) {
      const [row] = await queryRows<{ n: number }>(db, sql.raw(`SELECT count(*)::int AS n FROM person_facts f WHERE ${where}`));
      sqlCounts.push(row!.n);
    }
    const sqlMs = performance.now() - sqlStart;
    // The same 50 in one scan (how a nightly re-match of all policies would run).
    const onePassStart = performance.now();
    await queryRows(db, sql.raw(`SELECT ${wheres.map((w, i) => `count(*) FILTER (WHERE ${w}) AS p${i}`).join(', ')} FROM person_facts f`));
    const onePassMs = performance.now() - onePassStart;

    // Interpretation: the sample streamed from the same table in pages, every policy interpreted per record by feelin.
    const interpStart = performance.now();
    let interpMatches = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    let done = 0;
    const sampleIds: string[] = [];
    const sampleMatchesPerPolicy = policies.map(() => 0);
    while (done < sample) {
      const rows = await queryRows<Record<string, unknown>>(db, sql.raw(`SELECT ${selectColumns('person')} FROM person_facts f WHERE f.person_id > '${after}'::uuid ORDER BY f.person_id LIMIT ${Math.min(1000, sample - done)}`));
      if (!rows.length) break;
      for (const r of rows) {
        const facts = factsFromRow('person', r, TODAY);
        policies.forEach((p, i) => { if (interpret(p.rule, facts).eligible) { interpMatches += 1; sampleMatchesPerPolicy[i]! += 1; } });
        sampleIds.push(String(r.id));
      }
      after = String(rows.at(-1)!.id);
      done += rows.length;
    }
    const interpSampleMs = performance.now() - interpStart;
    const interpExtrapolatedMs = interpSampleMs * (persons / done);

    // Agreement on the sample: the compiled SQL finds the same matches as the interpreter.
    const idList = sampleIds.map((id) => `'${id}'`).join(',');
    let disagreements = 0;
    for (const [i, where] of wheres.entries()) {
      const [row] = await queryRows<{ n: number }>(db, sql.raw(`SELECT count(*)::int AS n FROM person_facts f WHERE f.person_id IN (${idList}) AND ${where}`));
      if (row!.n !== sampleMatchesPerPolicy[i]) disagreements += 1;
    }
    const round = (ms: number) => Math.round(ms);
    return {
      persons, policies: policies.length, database: DB_NAME, generateMs: round(generateMs),
      compiledSqlMs: round(sqlMs), compiledSqlOnePassMs: round(onePassMs), matchesFound: sqlCounts.reduce((a, b) => a + b, 0),
      interpretedSampledPersons: done, interpretedSampleMs: round(interpSampleMs), interpretedMatchesInSample: interpMatches,
      interpretedExtrapolatedMs: round(interpExtrapolatedMs),
      note: `interpretation measured on ${done} persons × ${policies.length} policies (streamed from the same table) and extrapolated linearly to ${persons}`,
      ratio: Math.round((interpExtrapolatedMs / sqlMs) * 10) / 10, ratioOnePass: Math.round((interpExtrapolatedMs / onePassMs) * 10) / 10,
      policiesWhereSqlAndInterpreterDisagreeOnSample: disagreements, targetRatio: 50,
    };
  } finally {
    await database.close();
  }
}
