// 无感智办: event triggers as data. A trigger names an event type, a FEEL condition over the subject's facts and
// the event's fields (certificateType, itemCode, outcome), and an action: prepare a life-event bundle for the
// subject or for whoever applied, or push named policies to the subject. Admins edit them; no code changes.
import crypto from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { evaluate } from 'feelin';
import { recordAudit } from '../../platform/audit.js';
import { addCalendarDays, chinaDate } from '../../platform/calendar.js';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { queryRows } from '../../platform/db.js';
import { conflict, forbidden, ifNotFound, invalidField, notFound, type Bilingual } from '../../platform/errors.js';
import type { EventOf } from '../../platform/jobs.js';
import { queueJob } from './queue.js';
import { applicationForAutomaticCheck } from '../cases/index.js';
import { getPublishedBundle } from '../catalog/index.js';
import type { FactType, SubjectKind } from './facts.js';
import { checkFeel } from './feel.js';
import { pushPolicies } from './matches.js';
import { prepareBundle } from './prepared.js';
import { feelContext } from './rules.js';
import { policyTriggers, type TriggerAction } from './schema.js';
import { canOnTrigger } from './policy.js';
import { departmentStanding, ruleRejected } from './service.js';
import { factsOfSubject, syncEnterprises, syncPersons } from './store.js';

/** The events a trigger may listen to. `person.birthday` comes from the daily check below. */
export const TRIGGER_EVENTS = ['certificate.issued', 'application.completed', 'enterprise.registered', 'person.birthday'] as const;
export type TriggerEvent = (typeof TRIGGER_EVENTS)[number];

/** Fields of the event a condition may read, besides the subject's facts. */
const EVENT_FIELDS: Record<string, FactType> = { certificateType: 'string', itemCode: 'string', outcome: 'string' };

export const DAILY_JOB = 'policies.daily-check';

export interface TriggerInput {
  code: string;
  name: Bilingual;
  departmentCode: string; // the owning department's code
  eventType: TriggerEvent;
  subject: SubjectKind;
  condition: string;
  action: TriggerAction;
  enabled?: boolean | undefined;
}

type TriggerRow = typeof policyTriggers.$inferSelect;
const view = (t: TriggerRow) => ({ id: t.id, code: t.code, name: { zh: t.nameZh, en: t.nameEn }, departmentCode: t.departmentCode, eventType: t.eventType, subject: t.subject, condition: t.condition,
  action: t.action, enabled: t.enabled, updatedAt: t.updatedAt.toISOString() });

const triggerNotFound = () => notFound({ zh: '触发规则', en: 'trigger' });

export async function listTriggers(ctx: Ctx) {
  const standing = await departmentStanding(ctx);
  const rows = await ctx.db.select().from(policyTriggers).orderBy(asc(policyTriggers.code));
  return rows.filter((t) => canOnTrigger(ctx.actor, standing, 'read', t)).map(view);
}

/**
 * Creates or replaces a trigger; the condition is checked like a rule, the action's bundle must exist. Only the
 * owning department's admins (or operators) change a trigger, and only into one their department owns.
 */
export function saveTrigger(ctx: Ctx, input: TriggerInput) {
  return withTransaction(ctx, async (tx) => {
    const standing = await departmentStanding(tx);
    if (!canOnTrigger(tx.actor, standing, 'edit', { departmentCode: input.departmentCode })) throw forbidden();
    const [existing] = await tx.db.select().from(policyTriggers).where(eq(policyTriggers.code, input.code)).for('update');
    if (existing) {
      if (!canOnTrigger(tx.actor, standing, 'read', existing)) throw triggerNotFound();
      if (!canOnTrigger(tx.actor, standing, 'edit', existing)) throw forbidden();
    }
    if (!(TRIGGER_EVENTS as readonly string[]).includes(input.eventType)) throw invalidField('/eventType', 'policies.trigger_event', { zh: `不支持的事件类型，可用：${TRIGGER_EVENTS.join('、')}`, en: `Unsupported event type; use one of ${TRIGGER_EVENTS.join(', ')}` });
    const checked = checkFeel(input.condition, input.subject, { extra: EVENT_FIELDS });
    if (checked.problems.length) throw ruleRejected(checked.problems.map((p) => ({ field: '/condition', reason: p.reason, position: p.position })));
    if (input.action.kind === 'prepare_bundle') {
      await ifNotFound(getPublishedBundle(tx, input.action.bundleCode), () => {
        throw invalidField('/action/bundleCode', 'policies.bundle_unknown', { zh: '没有这个已发布的一件事', en: 'No published bundle has this code' });
      });
    }
    const now = tx.clock.now();
    const values = { nameZh: input.name.zh, nameEn: input.name.en, departmentCode: input.departmentCode, eventType: input.eventType, subject: input.subject,
      condition: input.condition, action: input.action, enabled: input.enabled ?? true, updatedAt: now };
    const [row] = existing
      ? await tx.db.update(policyTriggers).set(values).where(eq(policyTriggers.id, existing.id)).returning()
      : await tx.db.insert(policyTriggers).values({ id: newId(), code: input.code, ...values }).onConflictDoNothing().returning();
    if (!row) throw conflict('policies.trigger_code_taken', { zh: '该触发规则代码刚被占用，请重试', en: 'This trigger code was just taken; try again' }, '/code');
    if (input.eventType === 'person.birthday') await scheduleDailyCheck(tx, chinaDate(now));
    await recordAudit(tx, { action: 'policy_trigger.saved', subjectType: 'policy_trigger', subjectId: row!.id,
      details: { code: input.code, eventType: input.eventType, departmentCode: input.departmentCode } });
    return view(row!);
  });
}

/** The daily check runs at 01:00 China time; scheduling it twice for a day is a no-op. */
async function scheduleDailyCheck(ctx: Ctx, day: string): Promise<void> {
  await queueJob(ctx, { name: DAILY_JOB, runAt: new Date(`${day}T01:00:00+08:00`), payload: { day }, dedupeKey: `${DAILY_JOB}:${day}` });
}

interface Subject { kind: SubjectKind; id: string; recipientPersonId: string | null; fields: Record<string, string | null> }

/** Who an event is about, and who applied for it (the parents, for a birth certificate). */
async function subjectOf(ctx: Ctx, event: EventOf<TriggerEvent>): Promise<Subject | null> {
  const none = { certificateType: null, itemCode: null, outcome: null };
  switch (event.type) {
    case 'certificate.issued': {
      const p = event.payload;
      const app = p.applicationId ? await applicationForAutomaticCheck(ctx, p.applicationId) : null;
      const fields = { certificateType: p.type, itemCode: app?.itemCode ?? null, outcome: null };
      return p.holder.kind === 'person' ? { kind: 'person', id: p.holder.personId, recipientPersonId: app?.personId ?? p.holder.personId, fields }
        : { kind: 'enterprise', id: p.holder.enterpriseId, recipientPersonId: app?.personId ?? null, fields };
    }
    case 'application.completed': {
      const p = event.payload;
      return { kind: 'person', id: p.personId, recipientPersonId: p.personId, fields: { certificateType: p.resultCertificateType, itemCode: p.itemCode, outcome: p.outcome } };
    }
    case 'enterprise.registered':
      return { kind: 'enterprise', id: event.payload.enterpriseId, recipientPersonId: null, fields: none };
    case 'person.birthday':
      return { kind: 'person', id: event.payload.personId, recipientPersonId: event.payload.personId, fields: none };
  }
}

/** Runs every enabled trigger of the event's type whose condition holds. Idempotent: actions dedupe on the event. */
export async function runTriggers(ctx: Ctx, event: EventOf<TriggerEvent>): Promise<void> {
  const triggers = await ctx.db.select().from(policyTriggers).where(and(eq(policyTriggers.eventType, event.type), eq(policyTriggers.enabled, true)));
  if (!triggers.length) return;
  const subject = await subjectOf(ctx, event);
  if (!subject) return;
  if (subject.kind === 'person') await syncPersons(ctx, [subject.id]); else await syncEnterprises(ctx, [subject.id]);
  const facts = (await factsOfSubject(ctx, subject.kind, subject.id)) ?? {};
  for (const t of triggers.filter((x) => x.subject === subject.kind)) {
    const holds = evaluate(t.condition, { ...feelContext(subject.kind, facts), ...subject.fields }).value === true;
    if (!holds) continue;
    const reason = { zh: `${t.nameZh}`, en: `${t.nameEn}` };
    if (t.action.kind === 'prepare_bundle') {
      const personId = t.action.recipient === 'applicant' ? subject.recipientPersonId : subject.kind === 'person' ? subject.id : subject.recipientPersonId;
      if (!personId) continue;
      await prepareBundle(ctx, { personId, triggerId: t.id, eventId: event.id, bundleCode: t.action.bundleCode, reason,
        prefill: { ...Object.fromEntries(Object.entries(subject.fields).filter(([, v]) => v !== null)), ...(event.type === 'certificate.issued' ? { certificateId: event.payload.certificateId, issuedAt: event.payload.issuedAt } : {}),
          subject: { kind: subject.kind, id: subject.id, birthDate: facts.birthDate ?? null, householdRegion: facts.householdRegion ?? null } } });
    } else {
      await pushPolicies(ctx, subject.kind, subject.id, t.action.policyCodes);
    }
  }
}

/** The daily check: persons whose birthday is today reach a new age; `person.birthday` triggers run for them. */
export async function checkRetirementBirthdays(ctx: Ctx, payload: Record<string, unknown>): Promise<void> {
  const day = String(payload.day ?? chinaDate(ctx.clock.now()));
  const triggers = await ctx.db.select({ id: policyTriggers.id }).from(policyTriggers).where(and(eq(policyTriggers.eventType, 'person.birthday'), eq(policyTriggers.enabled, true)));
  if (triggers.length) {
    // Born on 29 February: in a common year the birthday is 1 March, the day the age turns (fullYears and
    // PostgreSQL's age() agree), so a condition such as age >= 60 already holds when the trigger runs.
    const dates = birthdaysOn(day);
    const rows = await queryRows<{ person_id: string }>(ctx.db, sql`SELECT person_id FROM person_facts
      WHERE to_char(birth_date, 'MM-DD') IN (${sql.join(dates.map((d) => sql`${d}`), sql`, `)}) AND birth_date < ${day}::date`);
    for (const r of rows) {
      await runTriggers(ctx, { id: deterministicId(day, r.person_id), type: 'person.birthday', payload: { personId: r.person_id }, occurredAt: ctx.clock.now().toISOString() });
    }
  }
  await scheduleDailyCheck(ctx, addCalendarDays(day, 1));
}

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The birth dates (MM-DD) whose birthday is `day`: 1 March of a common year is also 29 February's. */
export function birthdaysOn(day: string): string[] {
  const md = day.slice(5);
  return md === '03-01' && !isLeapYear(Number(day.slice(0, 4))) ? ['03-01', '02-29'] : [md];
}

/** The same person's birthday on the same day is the same event, however often the check runs. */
function deterministicId(day: string, personId: string): string {
  const h = crypto.createHash('sha256').update(`person.birthday:${day}:${personId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
