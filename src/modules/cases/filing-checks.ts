// What a filing must pass before it becomes a case: the form, the materials and the way of acceptance.
import type { Ctx } from '../../platform/context.js';
import { AppError, invalidField } from '../../platform/errors.js';
import { chinaDate, eligibilityProblems, formatProblem, normalizeFormValues } from '../../platform/form-values.js';
import { validationError } from '../../platform/http/errors.js';
import { formDataIssues, paperWays, type ItemDefinition, type PublishedEntry } from '../catalog/index.js';
import { checkAccept, getFileMeta } from '../files/index.js';
import { checkReusedCertificate } from './once-only.js';

/**
 * A material handed in: an uploaded file, or a certificate from the applicant's wallet (reused, after they confirm
 * it); at a window, the paper the walk-in brought (`paper`): scanned into `fileId`, or its original seen by the clerk.
 */
export interface MaterialInput { code: string; fileId?: string | undefined; certificateId?: string | undefined; paper?: 'scan' | 'original_seen' | undefined }

/**
 * The form's answers as they will be kept (dates in ISO form however they were written, identifiers in capitals),
 * or a 422 naming every field that is wrong; an identifier's message says what is wrong with it (the check
 * character, the date of birth inside it).
 */
export function checkForm(entry: PublishedEntry<ItemDefinition>, formData: Record<string, unknown>, base = '/formData'): Record<string, unknown> {
  const normalized = normalizeFormValues(entry.definition.form, formData) as Record<string, unknown>;
  const issues = formDataIssues(entry.versionId, entry.definition.form, normalized);
  if (issues.length === 0) return normalized;
  const asFields = validationError(issues.map((i) => ({ ...i, instancePath: `${base}${i.instancePath}` })), 'body');
  for (const [n, issue] of issues.entries()) {
    const value = valueAtPointer(normalized, issue.instancePath);
    const better = issue.keyword === 'format' && typeof value === 'string' ? formatProblem(String(issue.params.format), value) : null;
    const detail = asFields.details.find((d) => d.field === `${base}${issues[n]!.instancePath}`);
    if (better && detail) detail.message = better;
  }
  throw new AppError({ code: 'cases.form_invalid', status: 422, field: asFields.field, details: asFields.details,
    message: { zh: `申请表填写有误：${asFields.details[0]?.field} ${asFields.details[0]?.message.zh}`, en: `The form has mistakes: ${asFields.details[0]?.field} ${asFields.details[0]?.message.en}` } });
}

function valueAtPointer(data: unknown, pointer: string): unknown {
  let cur = data;
  for (const part of pointer.split('/').slice(1)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return cur;
}

/**
 * 申请条件: the item's conditions that have a rule, checked on the day of filing (in China), so that nobody is filed
 * for what they cannot have (高龄津贴 at 78) and learns it weeks later from a reviewer. The reason is the condition
 * as the guide states it.
 */
export function checkEligibility(ctx: Ctx, item: ItemDefinition, formData: Record<string, unknown>, base = '/formData'): void {
  const [problem] = eligibilityProblems(item.eligibility, formData, chinaDate(ctx.clock.now()));
  if (!problem) return;
  throw invalidField(`${base}${problem.pointer}`, 'cases.not_eligible',
    { zh: `不符合申请条件：${problem.condition.zh}`, en: `Not eligible: ${problem.condition.en}` });
}

/**
 * Uploaded materials: each names one of the item's uploadable materials and a file of the applicant's that meets
 * its rule; every required material that no certificate or data source can supply is there (最多跑一次: what a
 * department already holds is never asked for).
 */
export async function checkMaterials(ctx: Ctx, item: ItemDefinition, materials: MaterialInput[], applicant: { personId: string; enterpriseId: string | null; channel?: string }, base = '/materials'): Promise<ItemDefinition['materials']> {
  // An enterprise's agent uploads as themself: their own files count for the enterprise they act for.
  const owners = [applicant.personId, ...(ctx.actor.actingFor?.kind === 'enterprise' && ctx.actor.personId ? [ctx.actor.personId] : [])];
  const seen = new Set<string>();
  for (const [i, m] of materials.entries()) {
    if (seen.has(m.code)) throw invalidField(`${base}/${i}/code`, 'cases.material_duplicate', { zh: `材料 ${m.code} 重复`, en: `Material ${m.code} is given twice` });
    seen.add(m.code);
    const definition = item.materials.find((d) => d.code === m.code);
    if (!definition) throw invalidField(`${base}/${i}/code`, 'cases.material_unknown', { zh: `本事项没有材料 ${m.code}`, en: `This item has no material ${m.code}` });
    if (m.paper !== undefined) {
      checkPaper(definition, m, applicant.channel === 'window', `${base}/${i}`);
      if (m.paper === 'original_seen') continue; // nothing to store: the clerk's record is the material
    } else if ((m.fileId === undefined) === (m.certificateId === undefined)) {
      throw invalidField(`${base}/${i}`, 'cases.material_one_source', { zh: '每项材料须上传文件或选用一本电子证照，二者选一', en: 'Give each material either an uploaded file or a certificate, not both or neither' });
    }
    if (m.certificateId !== undefined) {
      await checkReusedCertificate(ctx, definition, m.certificateId, applicant, `${base}/${i}/certificateId`);
      continue;
    }
    const rule = definition.upload;
    if (!rule && m.paper !== 'scan') throw invalidField(`${base}/${i}/fileId`, 'cases.material_not_uploadable', { zh: `材料“${definition.name.zh}”由部门共享获取，无须上传`, en: `${definition.name.en} comes from the departments that hold it; it cannot be uploaded` });
    const meta = await getFileMeta(ctx, m.fileId!, { purpose: '受理申请材料 checking an application\'s materials' }).catch((e: unknown) => {
      if (e instanceof AppError && e.status < 500) throw invalidField(`${base}/${i}/fileId`, 'cases.file_unknown', { zh: '找不到该文件，请重新上传', en: 'The file was not found; please upload it again' });
      throw e;
    });
    if (!meta.ownerPersonId || !owners.includes(meta.ownerPersonId)) {
      throw invalidField(`${base}/${i}/fileId`, 'cases.file_not_applicants', { zh: '材料文件须为申请人本人的', en: 'A material must be the applicant\'s own file' });
    }
    const problem = checkAccept(meta, rule!);
    if (problem) throw invalidField(`${base}/${i}/fileId`, problem.code, problem.message);
  }
  const given = new Set(materials.map((m) => m.code));
  return item.materials.filter((m) => m.required && m.upload && !m.certificateTypes?.length && !m.exchangeSource && !given.has(m.code));
}

/**
 * Paper at the window (线下收件), by the material's rule: a scan where scans are taken (checked below like an
 * upload), the original seen by the clerk where that is enough. Only a clerk filing for a walk-in records paper.
 */
function checkPaper(definition: ItemDefinition['materials'][number], m: MaterialInput, atWindow: boolean, at: string): void {
  if (!atWindow) {
    throw invalidField(`${at}/paper`, 'cases.paper_window_only', { zh: '纸质材料只能由窗口人员当面收取', en: 'Paper materials are taken by a clerk at a window only' });
  }
  const ways = paperWays(definition);
  if (!ways.includes(m.paper!)) {
    throw invalidField(`${at}/paper`, 'cases.paper_not_accepted', m.paper === 'scan'
      ? { zh: `材料“${definition.name.zh}”核验原件即可，不收扫描件`, en: `${definition.name.en}: the original is checked; no scan is taken` }
      : { zh: `材料“${definition.name.zh}”须扫描或拍照留存，不能只核验原件`, en: `${definition.name.en} must be scanned or photographed; seeing the original is not enough` });
  }
  if (m.certificateId !== undefined || (m.paper === 'scan') !== (m.fileId !== undefined)) {
    throw invalidField(`${at}/fileId`, 'cases.paper_scan_file', m.paper === 'scan'
      ? { zh: '扫描件须附上扫描或拍照的文件', en: 'A scan needs the scanned or photographed file' }
      : { zh: '核验原件无须附文件', en: 'An original seen needs no file' });
  }
}

const materialMissing = (base: string, m: ItemDefinition['materials'][number]) =>
  invalidField(base, 'cases.material_missing', { zh: `缺少必要材料：${m.name.zh}`, en: `A required material is missing: ${m.name.en}` });

export type AcceptanceRequest = { mode: 'tolerance'; deferred: string[] } | { mode: 'commitment'; commitmentSigned: boolean };

/**
 * What may still be missing at submission. Complete: nothing. 容缺受理: non-core materials named as deferred, to
 * follow by a deadline. 告知承诺制: non-core materials replaced by the applicant's signed commitment. Core
 * materials are never waived.
 */
export function checkAcceptance(item: ItemDefinition, missing: ItemDefinition['materials'], request: AcceptanceRequest | undefined, base: string): { deferred: string[]; commitment: boolean } {
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
