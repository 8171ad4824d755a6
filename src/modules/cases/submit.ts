// Submission (提交): one filing becomes one case, once, however often the applicant retries.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit.js';
import { calendarFor, chinaDate, dueDate, dueDateProvisional } from '../../platform/calendar.js';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { AppError, ifNotFound, invalidField } from '../../platform/errors.js';
import { isWithinRegion } from '../../platform/identifiers.js';
import { emit } from '../../platform/jobs.js';
import { getPublishedItem, sensitivePointers, type ItemDefinition, type PublishedEntry } from '../catalog/index.js';
import { attachMaterial, fetchMissingAtSubmission } from './once-only.js';
import { acceptApplication, departmentIn } from './review.js';
import { scheduleOverdueCheck } from './timers.js';
import { applications, bundleApplications } from './schema.js';
import { applicationForm, checkFormShape, sealForm } from './sensitive.js';
import { addTimeline, applicationView, eventPayload, type ApplicationRow, type ApplicationView } from './views.js';
import { type Applicant, resolveApplicant } from './applicant.js';
import { prefillForm } from './prefill.js';
import { type MaterialInput, type AcceptanceRequest, checkForm, checkEligibility, checkMaterials, checkAcceptance } from './filing-checks.js';

export const duplicateSubmit = () => new AppError({ code: 'cases.duplicate_submit', status: 409,
  message: { zh: '该申请正在提交，请勿重复提交', en: 'This application is being submitted already' } });

/** The case an earlier submit with this idempotency key created, if any. */
async function submittedEarlier(ctx: Ctx, key: string | undefined): Promise<ApplicationRow | undefined> {
  if (!key) return undefined;
  const [row] = await ctx.db.select().from(applications).where(and(eq(applications.filedByAccountId, ctx.actor.accountId!), eq(applications.idempotencyKey, key)));
  return row;
}

export async function bundleSubmittedEarlier(ctx: Ctx, key: string | undefined) {
  if (!key) return undefined;
  const [row] = await ctx.db.select().from(bundleApplications).where(and(eq(bundleApplications.filedByAccountId, ctx.actor.accountId!), eq(bundleApplications.idempotencyKey, key)));
  return row;
}

export function publishedItemNamed(ctx: Ctx, code: string): Promise<PublishedEntry<ItemDefinition>> {
  return ifNotFound(getPublishedItem(ctx, code), () => {
    throw invalidField('/itemCode', 'cases.item_unknown', { zh: '没有这个已发布的事项', en: 'No published item has this code' });
  });
}

/**
 * Records materials on a case, uploaded, reused or taken on paper at the window (a scan keeps its file; an original
 * seen is recorded with the clerk who saw it); a material handed in again replaces the earlier one.
 */
export async function attachUploads(ctx: Ctx, applicationId: string, materials: MaterialInput[]): Promise<void> {
  for (const m of materials) {
    await attachMaterial(ctx, applicationId, m.certificateId !== undefined
      ? { code: m.code, source: 'certificate', fileId: null, reference: m.certificateId }
      : m.paper === 'original_seen' ? { code: m.code, source: 'paper', fileId: null, reference: `original_seen:${ctx.actor.accountId}` }
        : { code: m.code, source: m.paper === 'scan' ? 'paper' : 'upload', fileId: m.fileId!, reference: m.paper === 'scan' ? 'scan' : null });
  }
}

/** A new case number (prefix, China date, a sequence of at least six digits), drawn inside the insert that uses it. */
export function nextNumber(ctx: Ctx, prefix: string): SQL<string> {
  return sql<string>`(SELECT ${`${prefix}${chinaDate(ctx.clock.now()).replaceAll('-', '')}`} || lpad(n, greatest(6, length(n)), '0')
    FROM (SELECT nextval('application_number_seq')::text AS n) AS next)`;
}

export interface SubmitInput {
  itemCode: string;
  formData: Record<string, unknown>;
  materials?: MaterialInput[] | undefined;
  idempotencyKey?: string | undefined;
  forPersonId?: string | undefined; // window filing
  citizenConfirmed?: boolean | undefined;
  acceptance?: AcceptanceRequest | undefined;
}

/** Thrown inside a submission when a concurrent retry already created the case; caught where the answer is made. */
class AlreadySubmitted extends Error {
  constructor(readonly row: ApplicationRow) {
    super('already submitted');
  }
}

/**
 * Submits an application. A retried submit with the same idempotency key returns the first case and creates
 * nothing. Online items with instant acceptance, and window filings, are accepted at once.
 */
export async function submitApplication(ctx: Ctx, input: SubmitInput): Promise<{ application: ApplicationView; created: boolean }> {
  try {
    return await submitOnce(ctx, input);
  } catch (e) {
    if (!(e instanceof AlreadySubmitted)) throw e;
    return { application: await applicationView(ctx, e.row), created: false };
  }
}

function submitOnce(ctx: Ctx, input: SubmitInput): Promise<{ application: ApplicationView; created: boolean }> {
  checkFormShape(input.formData, '/formData');
  return withTransaction(ctx, async (tx) => {
    const earlier = await submittedEarlier(tx, input.idempotencyKey);
    if (earlier) return { application: await applicationView(tx, earlier), created: false };
    const applicant = await resolveApplicant(tx, input.forPersonId, input.citizenConfirmed);
    const item = await publishedItemNamed(tx, input.itemCode);
    const row = await insertSubmitted(tx, item, applicant, { ...input, bundleApplicationId: null });
    return { application: await applicationView(tx, row), created: true };
  });
}

type FilingInput = SubmitInput & { bundleApplicationId: string | null; id?: string; fetched?: { code: string; reference: string | null }[] };

/**
 * Files one case: checks the filing, inserts the case with its due dates, records what came with it, and accepts it
 * at once when the item or the window says so. Each step is its own function below.
 */
export async function insertSubmitted(ctx: Ctx, item: PublishedEntry<ItemDefinition>, applicant: Applicant, input: FilingInput, base = ''): Promise<ApplicationRow> {
  const def = item.definition;
  const filing = await checkFiling(ctx, item, applicant, input, base);
  const row = await insertCase(ctx, item, applicant, input, filing);
  await recordMaterials(ctx, row, input);
  await recordSubmission(ctx, row, item, applicant, input, filing);
  if (applicant.channel === 'window' || def.workflow.acceptance === 'instant') {
    return acceptApplication(ctx, row, def, applicant.channel === 'window' ? 'window' : 'instant');
  }
  return row;
}

interface CheckedFiling { formData: Record<string, unknown>; missing: ItemDefinition['materials']; acceptance: { deferred: string[]; commitment: boolean } }

/** Who may file it and how, the form with its prefill, the materials, and what may still be missing. */
async function checkFiling(ctx: Ctx, item: PublishedEntry<ItemDefinition>, applicant: Applicant, input: FilingInput, base: string): Promise<CheckedFiling> {
  const def = item.definition;
  if (!def.applicantTypes.includes(applicant.enterpriseId ? 'enterprise' : 'person')) {
    throw invalidField(`${base}/itemCode`, 'cases.applicant_type', { zh: '该事项不面向此类申请人', en: 'This item is not for this kind of applicant' });
  }
  if (!def.channels.includes(applicant.channel === 'window' ? 'window' : 'online')) {
    throw invalidField(`${base}/itemCode`, 'cases.channel_unavailable', { zh: '该事项不能通过此渠道申请', en: 'This item cannot be applied for through this channel' });
  }
  const formData = checkForm(item, prefillForm(def, applicant.prefill, input.formData).formData, `${base}/formData`);
  checkEligibility(ctx, def, formData, `${base}/formData`);
  const missing = await checkMaterials(ctx, def, input.materials ?? [], { ...applicant, channel: applicant.channel }, `${base}/materials`);
  return { formData, missing, acceptance: checkAcceptance(def, missing, input.acceptance, base) };
}

/** The case row, numbered and with its due dates on the handling region's calendar; a concurrent retry's case instead. */
async function insertCase(ctx: Ctx, item: PublishedEntry<ItemDefinition>, applicant: Applicant, input: FilingInput, filing: CheckedFiling): Promise<ApplicationRow> {
  const def = item.definition;
  const regionCode = handlingRegion(def, applicant.regionCode);
  const department = await handlingDepartment(ctx, regionCode, def.department);
  const now = ctx.clock.now();
  const cal = await calendarFor(ctx, regionCode);
  const id = input.id ?? newId();
  const { acceptance } = filing;
  const [row] = await ctx.db.insert(applications).values({
    id, number: nextNumber(ctx, 'TB'), itemCode: def.code, itemVersionId: item.versionId, bundleApplicationId: input.bundleApplicationId,
    applicantPersonId: applicant.personId, applicantEnterpriseId: applicant.enterpriseId, applicantName: applicant.name,
    filedByAccountId: ctx.actor.accountId!, channel: applicant.channel, delegationId: applicant.delegationId, regionCode, departmentCode: def.department,
    departmentId: department.id, status: 'submitted', formData: sealForm(ctx.platform.keyring, applicationForm(id), sensitivePointers(def.form), filing.formData),
    idempotencyKey: input.idempotencyKey ?? null, timeLimitDays: def.timeLimits.committedDays,
    submittedAt: now, dueOn: dueDate(cal, now, def.timeLimits.committedDays), createdAt: now, updatedAt: now,
    acceptanceMode: input.acceptance?.mode ?? 'complete', deferredMaterials: acceptance.deferred, commitmentSignedAt: acceptance.commitment ? now : null,
    toleranceDueOn: acceptance.deferred.length ? dueDate(cal, now, def.workflow.toleranceDays ?? 5) : null,
  }).onConflictDoNothing().returning();
  if (row) return row;
  // The same idempotency key committed by a concurrent request a moment ago: that case is the answer.
  const earlier = await submittedEarlier(ctx, input.idempotencyKey);
  if (earlier) throw new AlreadySubmitted(earlier);
  throw duplicateSubmit();
}

/** Materials handed in, or carried from a draft with the records fetched for it. */
async function recordMaterials(ctx: Ctx, row: ApplicationRow, input: FilingInput): Promise<void> {
  await attachUploads(ctx, row.id, input.materials ?? []);
  for (const f of input.fetched ?? []) await attachMaterial(ctx, row.id, { code: f.code, source: 'exchange', fileId: null, reference: f.reference });
}

/**
 * The timeline, what the departments hold fetched for it (once-only), the overdue checks, the audit record and the
 * event that tell everyone a case was filed.
 */
async function recordSubmission(ctx: Ctx, row: ApplicationRow, item: PublishedEntry<ItemDefinition>, applicant: Applicant, input: FilingInput, filing: CheckedFiling): Promise<void> {
  const def = item.definition;
  const { acceptance } = filing;
  await addTimeline(ctx, row.id, { kind: 'submitted', actor: applicant.channel === 'window' ? '窗口人员 Window clerk' : applicant.channel === 'agent' ? '代办人 Agent' : '申请人 Applicant',
    message: { zh: `提交申请（${{ online: '网上', window: '窗口', agent: '代办' }[applicant.channel]}），办件编号 ${row.number}`, en: `Submitted (${applicant.channel}); case number ${row.number}` },
    details: { channel: applicant.channel, ...(applicant.channel === 'window' ? { citizenConfirmed: true } : {}) } });
  await fetchMissingAtSubmission(ctx, row, def, new Set([...(input.materials ?? []), ...(input.fetched ?? [])].map((m) => m.code)));
  if (acceptance.deferred.length) {
    // The tolerance due date is counted on the same calendar: say so when a year it crosses has no official data.
    const { calendarProvisional, calendarNote } = dueDateProvisional(await calendarFor(ctx, row.regionCode), chinaDate(row.submittedAt!), row.toleranceDueOn!);
    const noteZh = calendarNote ? `（${calendarNote.zh.replace(/。$/, '')}）` : '';
    const noteEn = calendarNote ? ` (${calendarNote.en.replace(/\.$/, '')})` : '';
    await addTimeline(ctx, row.id, { kind: 'tolerance', actor: '申请人 Applicant', details: { deferred: acceptance.deferred, dueOn: row.toleranceDueOn, calendarProvisional },
      message: { zh: `容缺受理：${acceptance.deferred.length} 项非核心材料须于 ${row.toleranceDueOn} 前补交${noteZh}`, en: `Accepted with ${acceptance.deferred.length} non-core material(s) to follow by ${row.toleranceDueOn}${noteEn}` } });
    await scheduleOverdueCheck(ctx, 'tolerance', row.id, row.toleranceDueOn!);
  }
  if (acceptance.commitment) {
    await addTimeline(ctx, row.id, { kind: 'commitment', actor: '申请人 Applicant', details: { waived: filing.missing.map((m) => m.code) },
      message: { zh: '申请人已签署告知承诺书，相关材料以承诺代替', en: 'The applicant signed the commitment in place of the materials' } });
  }
  await scheduleOverdueCheck(ctx, 'application', row.id, row.dueOn!);
  await recordAudit(ctx, { action: 'application.submitted', subjectType: 'application', subjectId: row.id, subjectPersonId: applicant.personId,
    details: { number: row.number, item: def.code, version: item.version, channel: applicant.channel, acceptance: row.acceptanceMode } });
  await emit(ctx, 'application.submitted', eventPayload(row, def));
}
/** The implementing region that covers the applicant (跨域通办: otherwise the item's first region takes it). */
export function handlingRegion(def: ItemDefinition, applicantRegion: string): string {
  return def.regions.find((r) => isWithinRegion(applicantRegion, r)) ?? def.regions[0]!;
}

export async function handlingDepartment(ctx: Ctx, regionCode: string, code: string) {
  const department = await departmentIn(ctx, regionCode, code);
  if (!department) throw new AppError({ code: 'cases.department_missing', status: 409, message: { zh: '承办部门尚未设立', en: 'The department handling this item does not exist' } });
  return department;
}
