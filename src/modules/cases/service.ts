// The applicant's side of a case (办件): drafts with prefill, submission (idempotent), bundles (一件事), withdrawal,
// answering a supplement request (补正), and reading one's cases with their timelines.
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { hasRole } from '../../platform/actor.js';
import { recordAudit, recordPersonalDataRead } from '../../platform/audit.js';
import { calendarFor, chinaDate, dueDate } from '../../platform/calendar.js';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { AppError, forbidden, ifNotFound, invalidField } from '../../platform/errors.js';
import { isWithinRegion } from '../../platform/identifiers.js';
import { validationError } from '../../platform/http/errors.js';
import { emit } from '../../platform/jobs.js';
import { formDataIssues, getItemVersion, getPublishedBundle, getPublishedItem, sensitivePointers, type BundleDefinition, type ItemDefinition, type PublishedEntry } from '../catalog/index.js';
import { checkAccept, getFileMeta } from '../files/index.js';
import { contactPhone, getEnterprise, getPerson } from '../identity/index.js';
import { attachMaterial, checkReusedCertificate, fetchMissingAtSubmission, takeDraftMaterials } from './once-only.js';
import { canOnApplication, canReadBundle, isApplicantSide } from './policy.js';
import { acceptApplication, departmentIn, resumeAfterSupplement } from './review.js';
import { scheduleOverdueCheck } from './timers.js';
import { applications, bundleApplications, type ApplicationStatus } from './schema.js';
import { applicationForm, bundleSharedData, checkFormShape, maskValue, openForm, sealForm, sensitiveIn, valueAt } from './sensitive.js';
import { addTimeline, applicationView, eventPayload, factsOfMany, loadReadable, plainFormData, recordCaseRead, timelineOf, type ApplicationRow, type ApplicationView } from './views.js';

/** A material handed in: an uploaded file, or a certificate from the applicant's wallet (reused, after they confirm it). */
export interface MaterialInput { code: string; fileId?: string | undefined; certificateId?: string | undefined }

interface Applicant {
  regionCode: string; // household region of the person, or the enterprise's: where the case is handled, if the item is there
  personId: string;
  enterpriseId: string | null;
  name: string;
  channel: 'online' | 'window' | 'agent';
  delegationId: string | null;
  prefill: Record<string, unknown>; // 'applicant.name' → value
}

/** What prefill may use about a person: their own record, read for this application. */
async function personFacts(ctx: Ctx, personId: string, purpose: string | undefined, reveal: boolean): Promise<{ name: string; regionCode: string; facts: Record<string, unknown> }> {
  const person = await getPerson(ctx, personId, { purpose, reveal });
  return { name: person.name, regionCode: person.householdRegionCode, facts: { 'applicant.name': person.name, 'applicant.idNumber': person.idNumber, 'applicant.birthDate': person.birthDate,
    'applicant.phone': (await contactPhone(ctx, personId)) ?? undefined } };
}

/** Who the application is for, and through which channel, from the actor. */
async function resolveApplicant(ctx: Ctx, forPersonId: string | undefined, citizenConfirmed: boolean | undefined): Promise<Applicant> {
  const actor = ctx.actor;
  if (forPersonId !== undefined) {
    // 线下兜底: a window clerk files for a walk-in, who confirms what was entered.
    if (!hasRole(actor, 'window_clerk')) throw forbidden();
    if (citizenConfirmed !== true) {
      throw invalidField('/citizenConfirmed', 'cases.confirmation_required', { zh: '窗口代为申请须经申请人当面确认', en: 'A window filing needs the applicant\'s confirmation' });
    }
    const { name, regionCode, facts } = await personFacts(ctx, forPersonId, '窗口受理申请 window filing', true);
    return { regionCode, personId: forPersonId, enterpriseId: null, name, channel: 'window', delegationId: null, prefill: facts };
  }
  const acting = actor.actingFor;
  if (acting?.kind === 'enterprise') {
    if (!acting.scopes.includes('applications.submit') || !actor.personId) throw forbidden();
    const enterprise = await getEnterprise(ctx, acting.enterpriseId);
    // The applicant is the enterprise; the form's applicant fields are the person filing for it (经办人).
    const { facts } = await personFacts(ctx, actor.personId, undefined, true);
    return { regionCode: enterprise.regionCode, personId: enterprise.legalRepresentativeId, enterpriseId: enterprise.id, name: enterprise.name, channel: acting.authorizationId ? 'agent' : 'online', delegationId: acting.authorizationId,
      prefill: { ...facts, 'enterprise.name': enterprise.name, 'enterprise.creditCode': enterprise.creditCode } };
  }
  if (acting?.kind === 'person') {
    if (!acting.scopes.includes('applications.submit')) throw forbidden();
    const { name, regionCode, facts } = await personFacts(ctx, acting.personId, `代办授权 delegation ${acting.delegationId}`, false);
    return { regionCode, personId: acting.personId, enterpriseId: null, name, channel: 'agent', delegationId: acting.delegationId, prefill: facts };
  }
  if (!actor.personId) throw forbidden();
  const { name, regionCode, facts } = await personFacts(ctx, actor.personId, undefined, true);
  return { regionCode, personId: actor.personId, enterpriseId: null, name, channel: 'online', delegationId: null, prefill: facts };
}

function setPointer(target: Record<string, unknown>, pointer: string, value: unknown): void {
  const parts = pointer.split('/').slice(1);
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1)!] = value;
}

/**
 * Form data with the item's prefill bindings filled from what we already know: the applicant types nothing twice,
 * and cannot put someone else's name or ID number where the verified identity belongs.
 */
export function prefillForm(item: ItemDefinition, known: Record<string, unknown>, given: Record<string, unknown> = {}): { formData: Record<string, unknown>; prefilled: { pointer: string; source: string }[] } {
  const formData = structuredClone(given);
  const prefilled: { pointer: string; source: string }[] = [];
  for (const [pointer, source] of Object.entries((item.form['x-prefill'] ?? {}) as Record<string, string>)) {
    if (known[source] !== undefined) {
      setPointer(formData, pointer, known[source]);
      prefilled.push({ pointer, source });
    }
  }
  return { formData, prefilled };
}

function checkForm(entry: PublishedEntry<ItemDefinition>, formData: Record<string, unknown>, base = '/formData'): void {
  const issues = formDataIssues(entry.versionId, entry.definition.form, formData);
  if (issues.length === 0) return;
  const asFields = validationError(issues.map((i) => ({ ...i, instancePath: `${base}${i.instancePath}` })), 'body');
  throw new AppError({ code: 'cases.form_invalid', status: 422, field: asFields.field, details: asFields.details,
    message: { zh: `申请表填写有误：${asFields.details[0]?.field} ${asFields.details[0]?.message.zh}`, en: `The form has mistakes: ${asFields.details[0]?.field} ${asFields.details[0]?.message.en}` } });
}

/**
 * Uploaded materials: each names one of the item's uploadable materials and a file of the applicant's that meets
 * its rule; every required material that no certificate or data source can supply is there (最多跑一次: what a
 * department already holds is never asked for).
 */
async function checkMaterials(ctx: Ctx, item: ItemDefinition, materials: MaterialInput[], applicant: { personId: string; enterpriseId: string | null }, base = '/materials'): Promise<ItemDefinition['materials']> {
  // An enterprise's agent uploads as themself: their own files count for the enterprise they act for.
  const owners = [applicant.personId, ...(ctx.actor.actingFor?.kind === 'enterprise' && ctx.actor.personId ? [ctx.actor.personId] : [])];
  const seen = new Set<string>();
  for (const [i, m] of materials.entries()) {
    if (seen.has(m.code)) throw invalidField(`${base}/${i}/code`, 'cases.material_duplicate', { zh: `材料 ${m.code} 重复`, en: `Material ${m.code} is given twice` });
    seen.add(m.code);
    const definition = item.materials.find((d) => d.code === m.code);
    if (!definition) throw invalidField(`${base}/${i}/code`, 'cases.material_unknown', { zh: `本事项没有材料 ${m.code}`, en: `This item has no material ${m.code}` });
    if ((m.fileId === undefined) === (m.certificateId === undefined)) {
      throw invalidField(`${base}/${i}`, 'cases.material_one_source', { zh: '每项材料须上传文件或选用一本电子证照，二者选一', en: 'Give each material either an uploaded file or a certificate, not both or neither' });
    }
    if (m.certificateId !== undefined) {
      await checkReusedCertificate(ctx, definition, m.certificateId, applicant, `${base}/${i}/certificateId`);
      continue;
    }
    const rule = definition.upload;
    if (!rule) throw invalidField(`${base}/${i}/fileId`, 'cases.material_not_uploadable', { zh: `材料“${definition.name.zh}”由部门共享获取，无须上传`, en: `${definition.name.en} comes from the departments that hold it; it cannot be uploaded` });
    const meta = await getFileMeta(ctx, m.fileId!, { purpose: '受理申请材料 checking an application\'s materials' }).catch((e: unknown) => {
      if (e instanceof AppError && e.status < 500) throw invalidField(`${base}/${i}/fileId`, 'cases.file_unknown', { zh: '找不到该文件，请重新上传', en: 'The file was not found; please upload it again' });
      throw e;
    });
    if (!meta.ownerPersonId || !owners.includes(meta.ownerPersonId)) {
      throw invalidField(`${base}/${i}/fileId`, 'cases.file_not_applicants', { zh: '材料文件须为申请人本人的', en: 'A material must be the applicant\'s own file' });
    }
    const problem = checkAccept(meta, rule);
    if (problem) throw invalidField(`${base}/${i}/fileId`, problem.code, problem.message);
  }
  const given = new Set(materials.map((m) => m.code));
  return item.materials.filter((m) => m.required && m.upload && !m.certificateTypes?.length && !m.exchangeSource && !given.has(m.code));
}

const materialMissing = (base: string, m: ItemDefinition['materials'][number]) =>
  invalidField(base, 'cases.material_missing', { zh: `缺少必要材料：${m.name.zh}`, en: `A required material is missing: ${m.name.en}` });

export type AcceptanceRequest = { mode: 'tolerance'; deferred: string[] } | { mode: 'commitment'; commitmentSigned: boolean };

/**
 * What may still be missing at submission. Complete: nothing. 容缺受理: non-core materials named as deferred, to
 * follow by a deadline. 告知承诺制: non-core materials replaced by the applicant's signed commitment. Core
 * materials are never waived.
 */
function checkAcceptance(item: ItemDefinition, missing: ItemDefinition['materials'], request: AcceptanceRequest | undefined, base: string): { deferred: string[]; commitment: boolean } {
  const core = missing.find((m) => m.core || !request);
  if (core) throw materialMissing(`${base}/materials`, core);
  if (!request) return { deferred: [], commitment: false };
  if (request.mode === 'tolerance') {
    if (!item.workflow.allowTolerance) throw invalidField(`${base}/acceptance/mode`, 'cases.tolerance_not_allowed', { zh: '该事项不适用容缺受理', en: 'This item does not allow accepting with materials to follow' });
    request.deferred.forEach((code, i) => {
      if (!missing.some((m) => m.code === code)) throw invalidField(`${base}/acceptance/deferred/${i}`, 'cases.deferred_unknown', { zh: `${code} 不是尚缺的非核心材料`, en: `${code} is not a missing non-core material` });
    });
    const undeclared = missing.find((m) => !request.deferred.includes(m.code));
    if (undeclared) throw materialMissing(`${base}/materials`, undeclared);
    return { deferred: missing.map((m) => m.code), commitment: false };
  }
  if (!item.workflow.allowCommitment) throw invalidField(`${base}/acceptance/mode`, 'cases.commitment_not_allowed', { zh: '该事项不适用告知承诺制', en: 'This item does not accept a signed commitment' });
  if (request.commitmentSigned !== true) throw invalidField(`${base}/acceptance/commitmentSigned`, 'cases.commitment_unsigned', { zh: '请阅读并签署告知承诺书', en: 'Please read and sign the commitment' });
  return { deferred: [], commitment: true };
}

const duplicateSubmit = () => new AppError({ code: 'cases.duplicate_submit', status: 409,
  message: { zh: '该申请正在提交，请勿重复提交', en: 'This application is being submitted already' } });

/** The case an earlier submit with this idempotency key created, if any. */
async function submittedEarlier(ctx: Ctx, key: string | undefined): Promise<ApplicationRow | undefined> {
  if (!key) return undefined;
  const [row] = await ctx.db.select().from(applications).where(and(eq(applications.filedByAccountId, ctx.actor.accountId!), eq(applications.idempotencyKey, key)));
  return row;
}

async function bundleSubmittedEarlier(ctx: Ctx, key: string | undefined) {
  if (!key) return undefined;
  const [row] = await ctx.db.select().from(bundleApplications).where(and(eq(bundleApplications.filedByAccountId, ctx.actor.accountId!), eq(bundleApplications.idempotencyKey, key)));
  return row;
}

function publishedItemNamed(ctx: Ctx, code: string): Promise<PublishedEntry<ItemDefinition>> {
  return ifNotFound(getPublishedItem(ctx, code), () => {
    throw invalidField('/itemCode', 'cases.item_unknown', { zh: '没有这个已发布的事项', en: 'No published item has this code' });
  });
}

/** Records materials on a case, uploaded or reused; a material handed in again replaces the earlier one. */
async function attachUploads(ctx: Ctx, applicationId: string, materials: MaterialInput[]): Promise<void> {
  for (const m of materials) {
    await attachMaterial(ctx, applicationId, m.certificateId !== undefined
      ? { code: m.code, source: 'certificate', fileId: null, reference: m.certificateId }
      : { code: m.code, source: 'upload', fileId: m.fileId!, reference: null });
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

async function insertSubmitted(ctx: Ctx, item: PublishedEntry<ItemDefinition>, applicant: Applicant,
  input: SubmitInput & { bundleApplicationId: string | null; id?: string; fetched?: { code: string; reference: string | null }[] }, base = ''): Promise<ApplicationRow> {
  const def = item.definition;
  if (!def.applicantTypes.includes(applicant.enterpriseId ? 'enterprise' : 'person')) {
    throw invalidField(`${base}/itemCode`, 'cases.applicant_type', { zh: '该事项不面向此类申请人', en: 'This item is not for this kind of applicant' });
  }
  if (!def.channels.includes(applicant.channel === 'window' ? 'window' : 'online')) {
    throw invalidField(`${base}/itemCode`, 'cases.channel_unavailable', { zh: '该事项不能通过此渠道申请', en: 'This item cannot be applied for through this channel' });
  }
  const formData = prefillForm(def, applicant.prefill, input.formData).formData;
  checkForm(item, formData, `${base}/formData`);
  const missing = await checkMaterials(ctx, def, input.materials ?? [], applicant, `${base}/materials`);
  const acceptance = checkAcceptance(def, missing, input.acceptance, base);
  const regionCode = handlingRegion(def, applicant.regionCode);
  const department = await handlingDepartment(ctx, regionCode, def.department);
  const now = ctx.clock.now();
  const cal = await calendarFor(ctx, regionCode);
  const id = input.id ?? newId();
  const [row] = await ctx.db.insert(applications).values({
    id, number: nextNumber(ctx, 'TB'), itemCode: def.code, itemVersionId: item.versionId, bundleApplicationId: input.bundleApplicationId,
    applicantPersonId: applicant.personId, applicantEnterpriseId: applicant.enterpriseId, applicantName: applicant.name,
    filedByAccountId: ctx.actor.accountId!, channel: applicant.channel, delegationId: applicant.delegationId, regionCode, departmentCode: def.department,
    departmentId: department.id, status: 'submitted', formData: sealForm(ctx.platform.keyring, applicationForm(id), sensitivePointers(def.form), formData),
    idempotencyKey: input.idempotencyKey ?? null, timeLimitDays: def.timeLimits.committedDays,
    submittedAt: now, dueOn: dueDate(cal, now, def.timeLimits.committedDays), createdAt: now, updatedAt: now,
    acceptanceMode: input.acceptance?.mode ?? 'complete', deferredMaterials: acceptance.deferred, commitmentSignedAt: acceptance.commitment ? now : null,
    toleranceDueOn: acceptance.deferred.length ? dueDate(cal, now, def.workflow.toleranceDays ?? 5) : null,
  }).onConflictDoNothing().returning();
  if (!row) {
    // The same idempotency key committed by a concurrent request a moment ago: that case is the answer.
    const earlier = await submittedEarlier(ctx, input.idempotencyKey);
    if (earlier) throw new AlreadySubmitted(earlier);
    throw duplicateSubmit();
  }
  await attachUploads(ctx, row.id, input.materials ?? []);
  for (const f of input.fetched ?? []) await attachMaterial(ctx, row.id, { code: f.code, source: 'exchange', fileId: null, reference: f.reference });
  await addTimeline(ctx, row.id, { kind: 'submitted', actor: applicant.channel === 'window' ? '窗口人员 Window clerk' : applicant.channel === 'agent' ? '代办人 Agent' : '申请人 Applicant',
    message: { zh: `提交申请（${{ online: '网上', window: '窗口', agent: '代办' }[applicant.channel]}），办件编号 ${row.number}`, en: `Submitted (${applicant.channel}); case number ${row.number}` },
    details: { channel: applicant.channel, ...(applicant.channel === 'window' ? { citizenConfirmed: true } : {}) } });
  await fetchMissingAtSubmission(ctx, row, def, new Set([...(input.materials ?? []), ...(input.fetched ?? [])].map((m) => m.code)));
  if (acceptance.deferred.length) {
    await addTimeline(ctx, row.id, { kind: 'tolerance', actor: '申请人 Applicant', details: { deferred: acceptance.deferred, dueOn: row.toleranceDueOn },
      message: { zh: `容缺受理：${acceptance.deferred.length} 项非核心材料须于 ${row.toleranceDueOn} 前补交`, en: `Accepted with ${acceptance.deferred.length} non-core material(s) to follow by ${row.toleranceDueOn}` } });
    await scheduleOverdueCheck(ctx, 'tolerance', row.id, row.toleranceDueOn!);
  }
  if (acceptance.commitment) {
    await addTimeline(ctx, row.id, { kind: 'commitment', actor: '申请人 Applicant', details: { waived: missing.map((m) => m.code) },
      message: { zh: '申请人已签署告知承诺书，相关材料以承诺代替', en: 'The applicant signed the commitment in place of the materials' } });
  }
  await scheduleOverdueCheck(ctx, 'application', row.id, row.dueOn!);
  await recordAudit(ctx, { action: 'application.submitted', subjectType: 'application', subjectId: row.id, subjectPersonId: applicant.personId,
    details: { number: row.number, item: def.code, version: item.version, channel: applicant.channel, acceptance: row.acceptanceMode } });
  await emit(ctx, 'application.submitted', eventPayload(row, def));
  if (applicant.channel === 'window' || def.workflow.acceptance === 'instant') {
    return acceptApplication(ctx, row, def, applicant.channel === 'window' ? 'window' : 'instant');
  }
  return row;
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

const applicantOf = (row: ApplicationRow) => ({ personId: row.applicantPersonId, enterpriseId: row.applicantEnterpriseId });

// ---------- drafts ----------

export async function createDraft(ctx: Ctx, input: { itemCode: string; formData?: Record<string, unknown> | undefined }): Promise<ApplicationView & { prefilled: { pointer: string; source: string }[] }> {
  if (input.formData) checkFormShape(input.formData, '/formData');
  return withTransaction(ctx, async (tx) => {
    const applicant = await resolveApplicant(tx, undefined, undefined);
    const item = await publishedItemNamed(tx, input.itemCode);
    const { formData, prefilled } = prefillForm(item.definition, applicant.prefill, input.formData);
    const regionCode = handlingRegion(item.definition, applicant.regionCode);
    const department = await handlingDepartment(tx, regionCode, item.definition.department);
    const now = tx.clock.now();
    const id = newId();
    const [row] = await tx.db.insert(applications).values({
      id, number: null, itemCode: item.code, itemVersionId: item.versionId, bundleApplicationId: null,
      applicantPersonId: applicant.personId, applicantEnterpriseId: applicant.enterpriseId, applicantName: applicant.name, filedByAccountId: tx.actor.accountId!,
      channel: applicant.channel, delegationId: applicant.delegationId, regionCode, departmentCode: item.definition.department, departmentId: department.id,
      status: 'draft', formData: sealForm(tx.platform.keyring, applicationForm(id), sensitivePointers(item.definition.form), formData),
      timeLimitDays: item.definition.timeLimits.committedDays, createdAt: now, updatedAt: now,
    }).returning();
    return { ...(await applicationView(tx, row!)), prefilled };
  });
}

export function saveDraft(ctx: Ctx, id: string, formData: Record<string, unknown>): Promise<ApplicationView> {
  checkFormShape(formData, '/formData');
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadReadable(tx, id, true);
    if (!canOnApplication(tx.actor, 'edit_draft', facts)) throw invalidField('', 'cases.not_a_draft', { zh: '已提交的申请不能再修改', en: 'A submitted application cannot be edited' }, 409);
    const { definition } = await getItemVersion(tx, row.itemVersionId);
    const sealed = sealForm(tx.platform.keyring, applicationForm(id), sensitivePointers(definition.form), formData);
    const [updated] = await tx.db.update(applications).set({ formData: sealed, updatedAt: tx.clock.now() }).where(eq(applications.id, id)).returning();
    return applicationView(tx, updated!);
  });
}

/** Submits a saved draft, under the item version published now. */
export function submitDraft(ctx: Ctx, id: string, materials: MaterialInput[] = []): Promise<ApplicationView> {
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadReadable(tx, id, true);
    if (row.status !== 'draft') return applicationView(tx, row); // submitted already: a retry returns the case
    if (!canOnApplication(tx.actor, 'edit_draft', facts)) throw forbidden();
    const applicant = await resolveApplicant(tx, undefined, undefined);
    if (applicant.personId !== row.applicantPersonId || applicant.enterpriseId !== row.applicantEnterpriseId) {
      throw invalidField('', 'cases.draft_other_applicant', { zh: '该草稿是为另一申请人保存的', en: 'This draft was saved for another applicant' }, 409);
    }
    const item = await getPublishedItem(tx, row.itemCode);
    // What the draft already holds (reused certificates, fetched records) goes with it, unless handed in again now.
    const held = (await takeDraftMaterials(tx, id)).filter((m) => !materials.some((g) => g.code === m.code));
    const carried = held.filter((m) => m.source !== 'exchange').map((m) => (m.source === 'certificate' ? { code: m.code, certificateId: m.reference! } : { code: m.code, fileId: m.fileId! }));
    await tx.db.delete(applications).where(eq(applications.id, id)); // the draft becomes the case, under the same id
    const submitted = await insertSubmitted(tx, item, applicant, { itemCode: row.itemCode, formData: plainFormData(tx, row), materials: [...materials, ...carried], bundleApplicationId: null, id,
      fetched: held.filter((m) => m.source === 'exchange') });
    return applicationView(tx, submitted);
  });
}

// ---------- 一件事 ----------

export interface BundleSubmitInput {
  bundleCode: string;
  sharedData: Record<string, unknown>;
  forms: Record<string, Record<string, unknown>>; // per item code: what is not shared
  materials?: Record<string, MaterialInput[]> | undefined;
  idempotencyKey?: string | undefined;
}

export interface BundleView { id: string; number: string; bundleCode: string; status: string; applications: ApplicationView[] }

/** Combined status of a bundle: approved when every item is; decided when every item is; waiting on the applicant if any item is. */
function combinedStatus(apps: ApplicationView[]): string {
  if (apps.every((a) => a.status === 'approved')) return 'approved';
  if (apps.every((a) => ['approved', 'rejected', 'withdrawn'].includes(a.status))) return 'partly_approved';
  if (apps.some((a) => a.status === 'supplement_requested')) return 'supplement_requested';
  return 'in_progress';
}

export function submitBundle(ctx: Ctx, input: BundleSubmitInput): Promise<{ bundle: BundleView; created: boolean }> {
  checkFormShape(input.sharedData, '/sharedData');
  checkFormShape(input.forms, '/forms');
  return withTransaction(ctx, async (tx) => {
    const earlier = await bundleSubmittedEarlier(tx, input.idempotencyKey);
    if (earlier) return { bundle: await getBundle(tx, earlier.id), created: false };
    const bundle = await ifNotFound(getPublishedBundle(tx, input.bundleCode), () => {
      throw invalidField('/bundleCode', 'cases.bundle_unknown', { zh: '没有这个一件事', en: 'No life event has this code' });
    });
    const applicant = await resolveApplicant(tx, undefined, undefined);
    const now = tx.clock.now();
    checkSharedData(bundle.definition, input.sharedData);
    const items = new Map<string, PublishedEntry<ItemDefinition>>();
    for (const code of bundle.definition.items) items.set(code, await getPublishedItem(tx, code));
    const bundleId = newId();
    const sharedData = sealForm(tx.platform.keyring, bundleSharedData(bundleId), sensitiveSharedFields(bundle.definition, items), input.sharedData);
    const [b] = await tx.db.insert(bundleApplications).values({ id: bundleId, number: nextNumber(tx, 'YJS'), bundleCode: bundle.code, bundleVersionId: bundle.versionId,
      applicantPersonId: applicant.personId, filedByAccountId: tx.actor.accountId!, idempotencyKey: input.idempotencyKey ?? null, sharedData, createdAt: now })
      .onConflictDoNothing().returning();
    if (!b) { // a concurrent retry with the same key committed first
      const committed = await bundleSubmittedEarlier(tx, input.idempotencyKey);
      if (committed) return { bundle: await getBundle(tx, committed.id), created: false };
      throw duplicateSubmit();
    }
    for (const code of bundle.definition.items) {
      const formData = structuredClone(input.forms[code] ?? {});
      for (const field of bundle.definition.sharedFields) for (const m of field.mapsTo) if (m.item === code) setPointer(formData, m.pointer, input.sharedData[field.name]);
      const item = items.get(code)!;
      await insertSubmitted(tx, item, applicant, { itemCode: code, formData, materials: input.materials?.[code], bundleApplicationId: b!.id }, `/forms/${code}`);
    }
    await emit(tx, 'bundle.submitted', { bundleApplicationId: b!.id, number: b!.number, personId: applicant.personId, bundleCode: bundle.code });
    return { bundle: await getBundle(tx, b!.id), created: true };
  });
}

/** A shared field is sensitive when its own schema says so or when it lands on a sensitive field of an item's form. */
function sensitiveSharedFields(bundle: BundleDefinition, items: Map<string, PublishedEntry<ItemDefinition>>): string[] {
  return bundle.sharedFields.filter((f) => sensitivePointers({ properties: { [f.name]: f.schema } }).length > 0 || f.mapsTo.some((m) => {
    const patterns = sensitivePointers(items.get(m.item)?.definition.form ?? {});
    return patterns.some((p) => p === m.pointer || new RegExp(`^${p.replaceAll('*', '[^/]+')}$`).test(m.pointer) || m.pointer.startsWith(`${p}/`));
  })).map((f) => `/${f.name}`);
}

/** Every shared field is there, in the shape its schema asks for, and nothing else is. */
function checkSharedData(bundle: BundleDefinition, data: Record<string, unknown>): void {
  for (const field of bundle.sharedFields) {
    if (data[field.name] === undefined) {
      throw invalidField(`/sharedData/${field.name}`, 'cases.shared_field_missing', { zh: `请填写：${field.label.zh}`, en: `Please fill in: ${field.label.en}` });
    }
    if (formDataIssues(`shared:${bundle.code}:${field.name}:${JSON.stringify(field.schema)}`, field.schema, data[field.name]).length) {
      throw invalidField(`/sharedData/${field.name}`, 'cases.shared_field_invalid', { zh: `${field.label.zh}填写有误`, en: `${field.label.en} is not valid` });
    }
  }
  const unknown = Object.keys(data).find((k) => !bundle.sharedFields.some((f) => f.name === k));
  if (unknown) throw invalidField(`/sharedData/${unknown}`, 'cases.shared_field_unknown', { zh: '本一件事没有这个共享字段', en: 'This life event has no such shared field' });
}

const bundleNotFound = () => invalidField('', 'cases.bundle_not_found', { zh: '一件事申请不存在', en: 'No such life-event application' }, 404);

/**
 * A life-event bundle with the cases the actor may read: staff see only their part. Each case shown to staff lands
 * in the applicant's data-access log, as reading it alone would.
 */
export async function getBundle(ctx: Ctx, id: string): Promise<BundleView> {
  const [b] = await ctx.db.select().from(bundleApplications).where(eq(bundleApplications.id, id));
  if (!b) throw bundleNotFound();
  const children = await ctx.db.select().from(applications).where(eq(applications.bundleApplicationId, id)).orderBy(applications.itemCode);
  const facts = await factsOfMany(ctx, children);
  if (!canReadBundle(ctx.actor, facts)) throw bundleNotFound();
  const apps: ApplicationView[] = [];
  for (const [i, c] of children.entries()) {
    if (canOnApplication(ctx.actor, 'read', facts[i]!)) apps.push(await applicationView(ctx, c));
  }
  return { id: b.id, number: b.number, bundleCode: b.bundleCode, status: combinedStatus(apps), applications: apps };
}

// ---------- after submission ----------

export function withdrawApplication(ctx: Ctx, id: string, reason: string): Promise<ApplicationView> {
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadReadable(tx, id, true);
    if (!canOnApplication(tx.actor, 'withdraw', facts)) throw invalidField('', 'cases.cannot_withdraw', { zh: '该申请当前不能撤回', en: 'This application cannot be withdrawn now' }, 409);
    const now = tx.clock.now();
    const [updated] = await tx.db.update(applications).set({ status: 'withdrawn', decidedAt: now, decisionReason: reason, updatedAt: now }).where(eq(applications.id, id)).returning();
    await tx.db.execute(sql`UPDATE review_tasks SET status = 'cancelled' WHERE application_id = ${id} AND status IN ('open', 'waiting')`);
    await addTimeline(tx, id, { kind: 'withdrawn', actor: '申请人 Applicant', message: { zh: `申请人撤回申请：${reason}`, en: `Withdrawn by the applicant: ${reason}` } });
    await recordAudit(tx, { action: 'application.withdrawn', subjectType: 'application', subjectId: id, subjectPersonId: row.applicantPersonId });
    const def = (await getItemVersion(tx, row.itemVersionId)).definition;
    await emit(tx, 'application.withdrawn', eventPayload(updated!, def));
    return applicationView(tx, updated!);
  });
}

/** The applicant answers a supplement request: corrected form data and/or new materials. The clock resumes. */
export function answerSupplement(ctx: Ctx, id: string, input: { formData?: Record<string, unknown> | undefined; materials?: MaterialInput[] | undefined; note?: string | undefined }): Promise<ApplicationView> {
  if (input.formData) checkFormShape(input.formData, '/formData');
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadReadable(tx, id, true);
    if (!canOnApplication(tx.actor, 'supplement', facts)) throw invalidField('', 'cases.no_supplement_requested', { zh: '该申请没有待补正的内容', en: 'Nothing is waiting to be supplemented' }, 409);
    const item = await getItemVersion(tx, row.itemVersionId);
    // The identity fields stay as verified at submission; the rest is the applicant's correction.
    const stored = plainFormData(tx, row);
    const formData = structuredClone(input.formData ?? stored);
    for (const pointer of Object.keys((item.definition.form['x-prefill'] ?? {}) as Record<string, string>)) {
      const verified = valueAt(stored, pointer);
      if (verified !== undefined) setPointer(formData, pointer, verified);
    }
    // A clerk answering at the window saw sensitive values masked: one sent back masked keeps what is stored.
    if (!canOnApplication(tx.actor, 'see_full_values', facts)) {
      for (const pointer of sensitiveIn(sensitivePointers(item.definition.form), formData)) {
        const before = valueAt(stored, pointer);
        if (before !== undefined && valueAt(formData, pointer) === maskValue(before)) setPointer(formData, pointer, before);
      }
    }
    checkForm(item, formData);
    await checkMaterials(tx, item.definition, input.materials ?? [], applicantOf(row), '/materials');
    await attachUploads(tx, id, input.materials ?? []);
    await tx.db.update(applications).set({ formData: sealForm(tx.platform.keyring, applicationForm(id), sensitivePointers(item.definition.form), formData), updatedAt: tx.clock.now() })
      .where(eq(applications.id, id));
    await addTimeline(tx, id, { kind: 'supplemented', actor: '申请人 Applicant', message: { zh: `已补正材料${input.note ? `：${input.note}` : ''}`, en: `Supplement provided${input.note ? `: ${input.note}` : ''}` } });
    const resumed = await resumeAfterSupplement(tx, id);
    await emit(tx, 'application.supplemented', eventPayload(resumed, item.definition));
    return applicationView(tx, resumed);
  });
}

/** 容缺受理: hands in materials that were deferred at acceptance. The decision waits for them. */
export function supplyDeferredMaterials(ctx: Ctx, id: string, materials: MaterialInput[]): Promise<ApplicationView> {
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadReadable(tx, id, true);
    if (!canOnApplication(tx.actor, 'supply_deferred', facts)) throw invalidField('', 'cases.nothing_deferred', { zh: '该申请没有待补交的容缺材料', en: 'Nothing is waiting to be handed in for this application' }, 409);
    materials.forEach((m, i) => {
      if (!row.deferredMaterials.includes(m.code)) throw invalidField(`/materials/${i}/code`, 'cases.not_deferred', { zh: `${m.code} 不是待补交的材料`, en: `${m.code} is not waiting to be handed in` });
    });
    const item = await getItemVersion(tx, row.itemVersionId);
    await checkMaterials(tx, item.definition, materials, applicantOf(row), '/materials');
    await attachUploads(tx, id, materials);
    const now = tx.clock.now();
    const remaining = row.deferredMaterials.filter((c) => !materials.some((m) => m.code === c));
    const [updated] = await tx.db.update(applications).set({ deferredMaterials: remaining, updatedAt: now }).where(eq(applications.id, id)).returning();
    await addTimeline(tx, id, { kind: 'deferred_supplied', actor: '申请人 Applicant',
      message: { zh: `已补交容缺材料${remaining.length ? `，尚缺 ${remaining.length} 项` : '，材料已齐全'}`, en: `Deferred material handed in${remaining.length ? `; ${remaining.length} still to come` : '; nothing is missing now'}` } });
    return applicationView(tx, updated!);
  });
}

/** One case. Staff see sensitive fields masked; their read lands in the applicant's data-access log (applicationView). */
export async function getApplication(ctx: Ctx, id: string): Promise<ApplicationView> {
  const { row } = await loadReadable(ctx, id);
  return applicationView(ctx, row);
}

export async function getTimeline(ctx: Ctx, id: string) {
  const { row, facts } = await loadReadable(ctx, id);
  await recordCaseRead(ctx, row, facts, ['timeline']);
  // internal notes are for staff, not for a staff member helping their mother
  return timelineOf(ctx, id, canOnApplication(ctx.actor, 'read_internal_timeline', facts));
}

/**
 * 查看完整信息: one sensitive field of a case in the clear, for the reviewers working it or the region's window
 * clerk. Recorded in the audit trail and in the applicant's data-access log.
 */
export function revealField(ctx: Ctx, id: string, field: string): Promise<{ field: string; value: unknown }> {
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadReadable(tx, id);
    if (!canOnApplication(tx.actor, 'reveal', facts)) throw forbidden();
    const { data, sealed } = openForm(tx.platform.keyring, applicationForm(id), row.formData);
    const { definition } = await getItemVersion(tx, row.itemVersionId);
    const sensitive = new Set([...sensitiveIn(sensitivePointers(definition.form), data), ...sealed]);
    if (!sensitive.has(field)) {
      throw invalidField('/field', 'cases.field_not_sensitive', { zh: '该字段不是需要查看完整信息的敏感字段', en: 'This is not a sensitive field of the case' });
    }
    const purpose = `办件 ${row.number ?? row.id} 审查 case review`;
    await recordAudit(tx, { action: 'application.field_revealed', subjectType: 'application', subjectId: id, subjectPersonId: row.applicantPersonId, purpose, details: { field } });
    await recordPersonalDataRead(tx, { personId: row.applicantPersonId, purpose, fields: [`formData${field}`], action: 'personal_data.unmasked' });
    return { field, value: valueAt(data, field) };
  });
}

/** My cases: as the applicant, or for whoever I act for. Newest first. */
export async function listMyApplications(ctx: Ctx, filter: { status?: ApplicationStatus | undefined; limit?: number | undefined }): Promise<ApplicationView[]> {
  const acting = ctx.actor.actingFor;
  const whose = acting?.kind === 'enterprise' ? eq(applications.applicantEnterpriseId, acting.enterpriseId)
    : acting?.kind === 'person' ? and(eq(applications.applicantPersonId, acting.personId), sql`${applications.applicantEnterpriseId} IS NULL`)
      : ctx.actor.personId ? and(eq(applications.applicantPersonId, ctx.actor.personId), sql`${applications.applicantEnterpriseId} IS NULL`) : undefined;
  if (!whose) return [];
  if (acting && !acting.scopes.includes('applications.read')) throw forbidden();
  const rows = await ctx.db.select().from(applications).where(and(whose, filter.status ? eq(applications.status, filter.status) : undefined))
    .orderBy(desc(applications.createdAt)).limit(filter.limit ?? 50);
  const facts = await factsOfMany(ctx, rows);
  return Promise.all(rows.filter((_, i) => canOnApplication(ctx.actor, 'read', facts[i]!)).map((r) => applicationView(ctx, r)));
}

export interface CaseSummary {
  id: string; number: string | null; itemCode: string; itemName: { zh: string; en: string }; status: ApplicationStatus; applicantPersonId: string;
  departmentId: string; regionCode: string; decidedAt: Date | null;
  /** Whether the actor is the applicant (or acts for them with `applications.submit`). */
  byApplicant: boolean;
}

/** What other modules (ratings) need to know about a case the actor may read. */
export async function getCaseSummary(ctx: Ctx, id: string): Promise<CaseSummary> {
  const { row, facts } = await loadReadable(ctx, id);
  const { definition } = await getItemVersion(ctx, row.itemVersionId);
  return { id: row.id, number: row.number, itemCode: row.itemCode, itemName: definition.name, status: row.status, applicantPersonId: row.applicantPersonId,
    departmentId: row.departmentId, regionCode: row.regionCode, decidedAt: row.decidedAt, byApplicant: isApplicantSide(ctx.actor, facts, 'applications.submit') };
}
