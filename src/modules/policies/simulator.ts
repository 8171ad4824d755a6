// The simulator: which published policies a set of facts (or my own) would meet, and why.
import { chinaDate } from '../../platform/calendar.js';
import type { Ctx } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import { factNamed, factsOf, fullYears, type FactRecord, type FactValue, type SubjectKind } from './facts.js';
import { interpret } from './rules.js';
import { publishedPolicies } from './service.js';
import { factsOfSubject } from './store.js';
import { subjectOfActor } from './matches.js';

export interface SimulationInput { subject: SubjectKind; facts: Record<string, FactValue>; useMine?: boolean | undefined }

/**
 * 政策模拟器: which published policies apply to these facts, and why (each condition, the table row). Given
 * `useMine`, the signed-in person's stored facts are the starting point and the given ones override them.
 */
export async function simulate(ctx: Ctx, input: SimulationInput) {
  const base: FactRecord = Object.fromEntries(factsOf(input.subject).map((d) => [d.name, null]));
  if (input.useMine) {
    const mine = subjectOfActor(ctx);
    if (mine.kind !== input.subject) throw invalidField('/subject', 'policies.subject_mismatch', { zh: '所选对象与当前身份不符', en: 'The subject does not match who you are acting as' });
    Object.assign(base, (await factsOfSubject(ctx, mine.kind, mine.id)) ?? {});
  }
  for (const [name, value] of Object.entries(input.facts)) {
    const def = factNamed(input.subject, name);
    if (!def) throw invalidField(`/facts/${name}`, 'policies.fact_unknown', { zh: `未知事实“${name}”`, en: `Unknown fact "${name}"` });
    if (value !== null && (def.type === 'date' ? typeof value !== 'string' : typeof value !== def.type)) {
      throw invalidField(`/facts/${name}`, 'policies.fact_type', { zh: `事实“${def.label.zh}”的类型应为${def.type}`, en: `Fact "${def.label.en}" must be a ${def.type}` });
    }
    base[name] = value;
    if (def.type === 'date' && typeof value === 'string') {
      const derived = factsOf(input.subject).find((d) => d.yearsSince && d.column === def.column);
      if (derived && !(derived.name in input.facts)) base[derived.name] = fullYears(value, chinaDate(ctx.clock.now()));
    }
  }
  const results = (await publishedPolicies(ctx, { subject: input.subject })).map((p) => {
    const e = interpret(p.rule, base);
    return { policyCode: p.row.code, version: p.version, name: { zh: p.row.nameZh, en: p.row.nameEn }, eligible: e.eligible,
      conditions: e.conditions, table: e.table, unknownFacts: [...new Set(p.rule.conditions.flatMap((c) => c.checked.facts))].filter((f) => base[f] === null) };
  });
  return { asOf: chinaDate(ctx.clock.now()), applies: results.filter((r) => r.eligible), doesNotApply: results.filter((r) => !r.eligible) };
}
