// The facts store (事实库): one typed row per person and per enterprise. Identity-derived facts are copied through
// identity's exported functions when a person or enterprise registers (and by a full sync); other facts arrive
// through `recordFacts`, called by the data-exchange module, by events (a certificate issued) or by an admin.
import { sql } from 'drizzle-orm';
import { withActor, withTransaction, type Ctx } from '../../platform/context.js';
import { system } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit.js';
import { chinaDate } from '../../platform/calendar.js';
import { queryRows } from '../../platform/db.js';
import { forbidden, invalidField, notFound } from '../../platform/errors.js';
import { enterpriseBasics, personBasics } from '../identity/index.js';
import { canRecordFacts } from './policy.js';
import { factsFromRow, factsOf, recordableFacts, type FactRecord, type FactValue, type SubjectKind } from './facts.js';
import { enterpriseFacts, personFacts } from './schema.js';

export const factsTable = (kind: SubjectKind) => (kind === 'person' ? 'person_facts' : 'enterprise_facts');
export const idColumn = (kind: SubjectKind) => (kind === 'person' ? 'person_id' : 'enterprise_id');

/** Every stored column, dates as text so PGlite and node-postgres read them alike. */
export function selectColumns(kind: SubjectKind, alias = 'f'): string {
  const cols = new Set(factsOf(kind).map((d) => d.column));
  return [`${alias}.${idColumn(kind)} AS id`, ...[...cols].map((c) => {
    const def = factsOf(kind).find((d) => d.column === c)!;
    return def.type === 'date' || def.yearsSince ? `${alias}.${c}::text AS ${c}` : `${alias}.${c}`;
  })].join(', ');
}

const asSystem = (ctx: Ctx) => withActor(ctx, system);

/** Copies a person's identity facts (birth date, sex, household region) into the facts store. */
export async function syncPersons(ctx: Ctx, ids: string[]): Promise<number> {
  const found = await personBasics(asSystem(ctx), { ids });
  const now = ctx.clock.now();
  for (const p of found) {
    const sources = { birthDate: { source: 'identity', at: now.toISOString() }, sex: { source: 'identity', at: now.toISOString() }, householdRegion: { source: 'identity', at: now.toISOString() } };
    await ctx.db.insert(personFacts).values({ personId: p.id, birthDate: p.birthDate, sex: p.sex, householdRegion: p.householdRegionCode, sources, updatedAt: now })
      .onConflictDoUpdate({ target: personFacts.personId, set: { birthDate: p.birthDate, sex: p.sex, householdRegion: p.householdRegionCode, updatedAt: now,
        sources: sql`${personFacts.sources} || ${JSON.stringify(sources)}::jsonb` } });
  }
  return found.length;
}

export async function syncEnterprises(ctx: Ctx, ids: string[]): Promise<number> {
  const found = await enterpriseBasics(asSystem(ctx), { ids });
  const now = ctx.clock.now();
  for (const e of found) {
    const at = now.toISOString();
    const sources = { region: { source: 'identity', at }, industryCode: { source: 'identity', at }, registeredOn: { source: 'identity', at } };
    const values = { region: e.regionCode, industryCode: e.industryCode, registeredOn: e.registeredOn, legalRepresentativeId: e.legalRepresentativeId };
    await ctx.db.insert(enterpriseFacts).values({ enterpriseId: e.id, ...values, sources, updatedAt: now })
      .onConflictDoUpdate({ target: enterpriseFacts.enterpriseId, set: { ...values, updatedAt: now, sources: sql`${enterpriseFacts.sources} || ${JSON.stringify(sources)}::jsonb` } });
  }
  return found.length;
}

/** Copies every person and enterprise identity knows (a new deployment, or after an import). */
export async function syncAllFromIdentity(ctx: Ctx): Promise<{ persons: number; enterprises: number }> {
  let persons = 0;
  let enterprises = 0;
  for (let after: string | null = null; ;) {
    const page = await personBasics(asSystem(ctx), { after, limit: 1000 });
    if (!page.length) break;
    persons += await syncPersons(ctx, page.map((p) => p.id));
    after = page.at(-1)!.id;
  }
  for (let after: string | null = null; ;) {
    const page = await enterpriseBasics(asSystem(ctx), { after, limit: 1000 });
    if (!page.length) break;
    enterprises += await syncEnterprises(ctx, page.map((p) => p.id));
    after = page.at(-1)!.id;
  }
  return { persons, enterprises };
}

export interface RecordFactsInput {
  kind: SubjectKind;
  subjectId: string;
  facts: Record<string, FactValue>;
  source: string; // 'exchange:hrss.social-insurance', 'certificate:<id>', 'admin', 'seed'
}

/** Records facts about a subject. Unknown or mistyped facts are refused with the field named; nothing is half-written. */
export function recordFacts(ctx: Ctx, input: RecordFactsInput): Promise<FactRecord> {
  if (!canRecordFacts(ctx.actor)) throw forbidden();
  const allowed = recordableFacts(input.kind);
  const values: Record<string, FactValue> = {};
  for (const [name, value] of Object.entries(input.facts)) {
    const def = allowed.find((d) => d.name === name);
    const field = `/facts/${name}`;
    if (!def) throw invalidField(field, 'policies.fact_unknown', { zh: `不能记录事实“${name}”：可记录的事实为 ${allowed.map((d) => d.name).join('、')}`, en: `Fact "${name}" cannot be recorded; recordable facts: ${allowed.map((d) => d.name).join(', ')}` });
    if (value !== null) {
      const ok = def.type === 'number' ? typeof value === 'number' && Number.isFinite(value) : def.type === 'boolean' ? typeof value === 'boolean'
        : def.type === 'date' ? typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) : typeof value === 'string';
      if (!ok) throw invalidField(field, 'policies.fact_type', { zh: `事实“${def.label.zh}”应为${{ number: '数值', boolean: '布尔值', date: '日期（YYYY-MM-DD）', string: '字符串' }[def.type]}`, en: `Fact "${def.label.en}" must be a ${def.type}` });
      if (def.values && !def.values.includes(value as string)) throw invalidField(field, 'policies.fact_value', { zh: `事实“${def.label.zh}”的取值应为 ${def.values.join('、')}`, en: `Fact "${def.label.en}" must be one of ${def.values.join(', ')}` });
    }
    values[def.column] = value;
  }
  return withTransaction(ctx, async (tx) => {
    const table = factsTable(input.kind);
    const id = idColumn(input.kind);
    const [exists] = await queryRows<{ id: string }>(tx.db, sql`SELECT ${sql.raw(id)} AS id FROM ${sql.raw(table)} WHERE ${sql.raw(id)} = ${input.subjectId}`);
    if (!exists) {
      const synced = input.kind === 'person' ? await syncPersons(tx, [input.subjectId]) : await syncEnterprises(tx, [input.subjectId]);
      if (!synced) throw notFound(input.kind === 'person' ? { zh: '人员', en: 'person' } : { zh: '企业', en: 'enterprise' });
    }
    const at = tx.clock.now();
    const sources = Object.fromEntries(Object.keys(input.facts).map((n) => [n, { source: input.source, at: at.toISOString() }]));
    const sets = Object.entries(values).map(([col, v]) => sql`${sql.raw(col)} = ${v}`);
    await tx.db.execute(sql`UPDATE ${sql.raw(table)} SET ${sql.join([...sets, sql`sources = sources || ${JSON.stringify(sources)}::jsonb`, sql`updated_at = ${at.toISOString()}`], sql`, `)}
      WHERE ${sql.raw(id)} = ${input.subjectId}`);
    await recordAudit(tx, { action: 'facts.recorded', subjectType: input.kind, subjectId: input.subjectId, ...(input.kind === 'person' ? { subjectPersonId: input.subjectId } : {}),
      details: { facts: Object.keys(input.facts), source: input.source } });
    return (await factsOfSubject(tx, input.kind, input.subjectId))!;
  });
}

/** A subject's facts by FEEL name, derived ones computed for today; undefined when the store has no row. */
export async function factsOfSubject(ctx: Ctx, kind: SubjectKind, id: string): Promise<FactRecord | undefined> {
  const [row] = await queryRows<Record<string, unknown>>(ctx.db, sql.raw(`SELECT ${selectColumns(kind)} FROM ${factsTable(kind)} f WHERE f.${idColumn(kind)} = '${id.replace(/[^0-9a-f-]/gi, '')}'`));
  return row ? factsFromRow(kind, row, chinaDate(ctx.clock.now())) : undefined;
}

/**
 * Withdraws every fact a source gave (a revoked certificate's): each goes back to unknown (NULL) and its source
 * entry is removed, on whichever subject holds it. Unknown, not a guess at the value before: a rule reading it
 * then fails rather than matching on what is no longer vouched for. Idempotent; answers the subjects touched.
 */
export async function withdrawFactsFrom(ctx: Ctx, source: string): Promise<{ kind: SubjectKind; id: string; facts: string[] }[]> {
  const touched: { kind: SubjectKind; id: string; facts: string[] }[] = [];
  for (const kind of ['person', 'enterprise'] as const) {
    const table = factsTable(kind);
    const id = idColumn(kind);
    const rows = await queryRows<{ id: string; names: string[] }>(ctx.db, sql`SELECT ${sql.raw(id)} AS id, array_agg(e.key) AS names
      FROM ${sql.raw(table)} f, jsonb_each(f.sources) e WHERE e.value->>'source' = ${source} GROUP BY ${sql.raw(id)}`);
    const columns = new Map(factsOf(kind).filter((d) => d.source === 'recorded').map((d) => [d.name, d.column]));
    for (const row of rows) {
      const names = row.names.filter((n) => columns.has(n));
      const sets = names.map((n) => sql`${sql.raw(columns.get(n)!)} = NULL`);
      await ctx.db.execute(sql`UPDATE ${sql.raw(table)} SET ${sql.join([...sets, sql`sources = sources - ARRAY[${sql.join(row.names.map((n) => sql`${n}`), sql`, `)}]::text[]`, sql`updated_at = ${ctx.clock.now().toISOString()}`], sql`, `)}
        WHERE ${sql.raw(id)} = ${row.id}`);
      await recordAudit(ctx, { action: 'facts.withdrawn', subjectType: kind, subjectId: row.id, ...(kind === 'person' ? { subjectPersonId: row.id } : {}),
        details: { facts: row.names, source } });
      touched.push({ kind, id: row.id, facts: row.names });
    }
  }
  return touched;
}
