// 最多跑一次 / 减材料: a material a department already holds is never asked for again. A certificate from the
// applicant's wallet is attached once they confirm it; a record a registered data source holds is fetched with the
// case as purpose and shown to them. Each case keeps which materials came by hand and which were reused.
import { and, eq, sql } from 'drizzle-orm';
import { system } from '../../platform/actor.js';
import { regionPrefix } from '../../platform/identifiers.js';
import { recordAudit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { withActor, withTransaction } from '../../platform/context.js';
import { queryRows } from '../../platform/db.js';
import { AppError, invalidField, forbidden } from '../../platform/errors.js';
import { getItemVersion, paperWays, type ItemDefinition } from '../catalog/index.js';
import { materialCertificate, usableCertificates, type CertificateView } from '../certificates/index.js';
import { getExchangeAnswer, getSource, queryExchange, registerCasePurposeResolver, type ExchangeAnswer } from '../exchange/index.js';
import { realNameLevel } from '../identity/index.js';
import { canOnApplication, fetchSubject, isApplicantSide, MIN_FETCH_REAL_NAME_LEVEL, statisticsScope, type ApplicationFacts } from './policy.js';
import { applicationMaterials, applications, type ApplicationStatus } from './schema.js';
import { addTimeline, factsOf, loadReadable, recordCaseRead, type ApplicationRow } from './views.js';

type MaterialDefinition = ItemDefinition['materials'][number];
export type MaterialSource = 'upload' | 'certificate' | 'exchange' | 'paper'; // paper: taken at a window, scanned or original seen

export async function attachMaterial(ctx: Ctx, applicationId: string, m: { code: string; source: MaterialSource; fileId: string | null; reference: string | null }): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.insert(applicationMaterials).values({ applicationId, ...m, attachedAt: now })
    .onConflictDoUpdate({ target: [applicationMaterials.applicationId, applicationMaterials.code], set: { source: m.source, fileId: m.fileId, reference: m.reference, attachedAt: now } });
}

/** A certificate may stand for a material when the item accepts its type and it is the applicant's and valid. */
export async function checkReusedCertificate(ctx: Ctx, material: MaterialDefinition, certificateId: string, applicant: { personId: string; enterpriseId: string | null }, field: string): Promise<CertificateView> {
  if (!material.certificateTypes?.length) {
    throw invalidField(field, 'cases.certificate_not_accepted', { zh: `材料“${material.name.zh}”不能用电子证照代替`, en: `${material.name.en} cannot be given as a certificate` });
  }
  const usable = await usableCertificates(ctx, applicant, material.certificateTypes);
  const certificate = usable.find((c) => c.id === certificateId);
  if (!certificate) {
    throw invalidField(field, 'cases.certificate_unusable', { zh: `您的证照夹中没有可用于“${material.name.zh}”的有效证照`,
      en: `Your wallet holds no valid certificate of an accepted type for ${material.name.en}` });
  }
  return certificate;
}

export interface MaterialOption {
  code: string; name: { zh: string; en: string }; required: boolean; core: boolean;
  accepts: { upload: boolean; certificateTypes: string[]; exchangeSource: string | null; paper: ('scan' | 'original_seen')[] };
  attached: { source: MaterialSource; fileId: string | null; reference: string | null; attachedAt: Date } | null;
  /** Certificates in the applicant's wallet that would do (减材料): offered, attached only when confirmed. */
  reusable: { certificateId: string; type: string; typeName: { zh: string; en: string }; issuer: { zh: string; en: string }; issuedAt: Date }[];
}

/** Each material of the case's item: what is attached, and what the applicant could reuse instead of uploading. */
export async function materialOptions(ctx: Ctx, applicationId: string): Promise<MaterialOption[]> {
  const { row, facts } = await loadReadable(ctx, applicationId);
  const applicantSide = isApplicantSide(ctx.actor, facts, 'applications.read');
  const { definition } = await getItemVersion(ctx, row.itemVersionId);
  const attached = await ctx.db.select().from(applicationMaterials).where(eq(applicationMaterials.applicationId, applicationId));
  await recordCaseRead(ctx, row, facts, ['materials']);
  const applicant = { personId: row.applicantPersonId, enterpriseId: row.applicantEnterpriseId };
  const options: MaterialOption[] = [];
  for (const m of definition.materials) {
    const a = attached.find((x) => x.code === m.code);
    // Only the applicant's side sees their wallet; staff see what was attached.
    const reusable = applicantSide && m.certificateTypes?.length ? await usableCertificates(ctx, applicant, m.certificateTypes) : [];
    options.push({
      code: m.code, name: m.name, required: m.required, core: m.core ?? false,
      accepts: { upload: m.upload !== undefined, certificateTypes: m.certificateTypes ?? [], exchangeSource: m.exchangeSource ?? null, paper: paperWays(m) },
      attached: a ? { source: a.source, fileId: a.fileId, reference: a.reference, attachedAt: a.attachedAt } : null,
      reusable: reusable.map((c) => ({ certificateId: c.id, type: c.type, typeName: c.typeName, issuer: c.issuer.name, issuedAt: c.issuedAt })),
    });
  }
  return options;
}

/** A material of a case whose materials the applicant may still change: a draft, or a case awaiting 补正. */
async function materialToChange(ctx: Ctx, applicationId: string, code: string): Promise<{ row: ApplicationRow; facts: ApplicationFacts; material: MaterialDefinition }> {
  const { row, facts } = await loadReadable(ctx, applicationId, true);
  if (!isApplicantSide(ctx.actor, facts, 'applications.submit')) throw forbidden();
  if (!canOnApplication(ctx.actor, 'change_materials', facts)) {
    throw invalidField('', 'cases.materials_closed', { zh: '该申请当前不能更换材料', en: 'Materials of this application cannot be changed now' }, 409);
  }
  const { definition } = await getItemVersion(ctx, row.itemVersionId);
  const material = definition.materials.find((m) => m.code === code);
  if (!material) throw invalidField('/code', 'cases.material_unknown', { zh: `本事项没有材料 ${code}`, en: `This item has no material ${code}` }, 404);
  return { row, facts, material };
}

/** The applicant confirms: this certificate from my wallet stands for that material (a draft, or a case awaiting 补正). */
export function reuseCertificate(ctx: Ctx, applicationId: string, code: string, certificateId: string): Promise<MaterialOption[]> {
  return withTransaction(ctx, async (tx) => {
    const { row, material } = await materialToChange(tx, applicationId, code);
    const certificate = await checkReusedCertificate(tx, material, certificateId, { personId: row.applicantPersonId, enterpriseId: row.applicantEnterpriseId }, '/certificateId');
    await attachMaterial(tx, applicationId, { code, source: 'certificate', fileId: null, reference: certificate.id });
    await recordAudit(tx, { action: 'application.certificate_reused', subjectType: 'application', subjectId: applicationId, subjectPersonId: row.applicantPersonId,
      details: { material: code, certificate: certificate.id, type: certificate.type } });
    if (row.status !== 'draft') {
      await addTimeline(tx, applicationId, { kind: 'certificate_reused', actor: '申请人 Applicant', details: { material: code, certificateId: certificate.id },
        message: { zh: `已用电子证照“${certificate.typeName.zh}”提交材料“${material.name.zh}”`, en: `${material.name.en} given as the certificate ${certificate.typeName.en}` } });
    }
    return materialOptions(tx, applicationId);
  });
}

export interface ReuseFigures { byHand: number; reused: number; fromCertificates: number; fromExchange: number; rate: number | null }

const figures = (byHand: number, fromCertificates: number, fromExchange: number): ReuseFigures => {
  const reused = fromCertificates + fromExchange;
  return { byHand, reused, fromCertificates, fromExchange, rate: byHand + reused === 0 ? null : Math.round((reused / (byHand + reused)) * 1000) / 1000 };
};

/** 减材料 on one case: which materials came by hand, which were reused. */
export async function caseReuse(ctx: Ctx, applicationId: string): Promise<ReuseFigures & { materials: { code: string; source: MaterialSource }[] }> {
  await loadReadable(ctx, applicationId);
  const rows = await ctx.db.select({ code: applicationMaterials.code, source: applicationMaterials.source }).from(applicationMaterials).where(eq(applicationMaterials.applicationId, applicationId));
  const count = (s: MaterialSource) => rows.filter((r) => r.source === s).length;
  return { ...figures(count('upload') + count('paper'), count('certificate'), count('exchange')), materials: rows };
}

/**
 * 减材料 across submitted cases, per item and overall: leaders for their regions, department staff for their
 * departments, operators for all.
 */
export async function reuseStatistics(ctx: Ctx, filter: { itemCode?: string | undefined }): Promise<{ overall: ReuseFigures & { cases: number }; items: (ReuseFigures & { itemCode: string; cases: number })[] }> {
  const { all, regions, departments } = statisticsScope(ctx.actor, 'reuse');
  if (!all && regions.length === 0 && departments.length === 0) throw forbidden();
  const scope = all ? sql`TRUE`
    : sql`(${regions.length ? sql.join(regions.map((r) => sql`a.region_code LIKE ${`${regionPrefix(r)}%`}`), sql` OR `) : sql`FALSE`}
      OR ${departments.length ? sql`a.department_id IN (${sql.join(departments.map((d) => sql`${d}`), sql`, `)})` : sql`FALSE`})`;
  const rows = await queryRows<{ item_code: string; cases: number; upload: number; certificate: number; exchange: number }>(ctx.db, sql`
    SELECT a.item_code, count(DISTINCT a.id)::int AS cases,
      count(*) FILTER (WHERE m.source IN ('upload', 'paper'))::int AS upload,
      count(*) FILTER (WHERE m.source = 'certificate')::int AS certificate,
      count(*) FILTER (WHERE m.source = 'exchange')::int AS exchange
    FROM applications a JOIN application_materials m ON m.application_id = a.id
    WHERE a.status <> 'draft' AND ${scope} ${filter.itemCode ? sql`AND a.item_code = ${filter.itemCode}` : sql``}
    GROUP BY a.item_code ORDER BY a.item_code`);
  const items = rows.map((r) => ({ itemCode: r.item_code, cases: r.cases, ...figures(r.upload, r.certificate, r.exchange) }));
  const sum = (k: 'upload' | 'certificate' | 'exchange') => rows.reduce((n, r) => n + r[k], 0);
  return { overall: { cases: rows.reduce((n, r) => n + r.cases, 0), ...figures(sum('upload'), sum('certificate'), sum('exchange')) }, items };
}

/** Reused materials of a draft, carried over when it is submitted (the draft row makes way for the case). */
export function takeDraftMaterials(ctx: Ctx, applicationId: string) {
  return ctx.db.delete(applicationMaterials).where(eq(applicationMaterials.applicationId, applicationId)).returning();
}

// ---------- data exchange: what a department's registry already holds ----------

const LIVE: ApplicationStatus[] = ['draft', 'submitted', 'supplement_requested', 'in_review'];

/** Tells the exchange module what a case named as a purpose is: live or not, whose, handled by whom. */
export function registerExchangePurposes(): void {
  registerCasePurposeResolver(async (ctx, applicationId) => {
    const [row] = await ctx.db.select().from(applications).where(eq(applications.id, applicationId));
    return row ? { live: LIVE.includes(row.status), itemCode: row.itemCode, departmentId: row.departmentId, applicantPersonId: row.applicantPersonId,
      applicantEnterpriseId: row.applicantEnterpriseId } : null;
  });
}

/**
 * Asks the material's data source for the applicant's record, with the case as purpose, on behalf of the
 * department handling the case (the platform asks; the grant must be that department's). Attached when found.
 */
async function fetchForCase(ctx: Ctx, row: ApplicationRow, facts: ApplicationFacts, material: MaterialDefinition): Promise<ExchangeAnswer> {
  const source = await getSource(ctx, material.exchangeSource!);
  const allowed = fetchSubject(facts, source.subjectKind);
  if (!allowed && source.subjectKind === 'enterprise') {
    throw invalidField('/code', 'cases.source_for_enterprises', { zh: `“${source.name.zh}”只登记企业信息，个人申请无法调取`, en: `${source.name.en} holds enterprises only` });
  }
  if (!allowed) {
    // An enterprise's case never fetches a person's records: not its legal representative's, not its agent's.
    throw invalidField('/code', 'cases.source_for_persons', { zh: `“${source.name.zh}”登记的是个人信息，企业申请不调取任何个人的记录，请上传该材料`,
      en: `${source.name.en} holds persons' records: an enterprise's application fetches no person's records; upload this material instead` }, 403);
  }
  // Whose identity the fetch rests on: the person whose records come back, or for an enterprise the person acting
  // for it (a clerk filing at the window has checked the walk-in's card already).
  const vouching = allowed.kind === 'person' ? allowed.personId : ctx.actor.personId;
  if (vouching !== null && ((await realNameLevel(ctx, vouching)) ?? 0) < MIN_FETCH_REAL_NAME_LEVEL) throw realNameLevelTooLow();
  const subject = allowed.kind === 'enterprise' ? { enterpriseId: allowed.enterpriseId } : { personId: allowed.personId };
  const answer = await queryExchange(withActor(ctx, system), { source: source.code, subject, purpose: { applicationId: row.id }, consumerDepartmentId: row.departmentId });
  if (answer.found) await attachMaterial(ctx, row.id, { code: material.code, source: 'exchange', fileId: null, reference: answer.queryId });
  return answer;
}

const realNameLevelTooLow = () => new AppError({ code: 'cases.real_name_level_required', status: 403, field: '/code',
  message: { zh: `调取部门登记的数据需要实名认证等级不低于 ${MIN_FETCH_REAL_NAME_LEVEL} 级（经公安人口库核验或到窗口核验），请先完成实名核验或上传该材料`,
    en: `Fetching registry data needs real-name level ${MIN_FETCH_REAL_NAME_LEVEL} or above (checked against the population registry or at a window); verify your identity first, or upload this material` } });

/**
 * The applicant asks for a material to be fetched from the department that holds it, and sees what came back
 * before submitting (a draft, or a case awaiting 补正). Nothing found: they upload it instead.
 */
export function fetchMaterial(ctx: Ctx, applicationId: string, code: string): Promise<{ found: boolean; data: Record<string, unknown> | null; source: string; queryId: string; signedAnswer: string; materials: MaterialOption[] }> {
  return withTransaction(ctx, async (tx) => {
    const { row, facts, material } = await materialToChange(tx, applicationId, code);
    if (!material.exchangeSource) {
      throw invalidField('/code', 'cases.material_not_shared', { zh: `材料“${material.name.zh}”不能通过数据共享获取`, en: `${material.name.en} cannot be fetched from a data source` });
    }
    const answer = await fetchForCase(tx, row, facts, material);
    if (answer.found && row.status !== 'draft') {
      await addTimeline(tx, applicationId, { kind: 'material_fetched', actor: '申请人 Applicant', details: { material: code, source: answer.source, queryId: answer.queryId },
        message: { zh: `材料“${material.name.zh}”已通过数据共享获取`, en: `${material.name.en} fetched from the department that holds it` } });
    }
    return { found: answer.found, data: answer.data, source: answer.source, queryId: answer.queryId, signedAnswer: answer.signedAnswer, materials: await materialOptions(tx, applicationId) };
  });
}

/**
 * At submission: every required material a data source holds and the applicant did not give is fetched, the case
 * being the purpose. What cannot be had (no grant, no record) stays for the reviewers, noted for them. `given`: the
 * codes of the materials the case holds, all attached in this transaction (the caller knows them without a read).
 */
export async function fetchMissingAtSubmission(ctx: Ctx, row: ApplicationRow, definition: ItemDefinition, given: ReadonlySet<string>): Promise<void> {
  const wanted = definition.materials.filter((m) => m.required && m.exchangeSource && !given.has(m.code));
  if (wanted.length === 0) return;
  const facts = await factsOf(ctx, row);
  for (const material of wanted) {
    try {
      const answer = await fetchForCase(ctx, row, facts, material);
      await addTimeline(ctx, row.id, answer.found
        ? { kind: 'material_fetched', actor: '系统 System', details: { material: material.code, source: answer.source, queryId: answer.queryId },
          message: { zh: `材料“${material.name.zh}”已通过数据共享获取，无须提交`, en: `${material.name.en} fetched from the department that holds it: nothing to hand in` } }
        : { kind: 'material_not_found', actor: '系统 System', public: false, details: { material: material.code, source: answer.source, queryId: answer.queryId },
          message: { zh: `数据共享未查到“${material.name.zh}”，请审核时核实`, en: `No record of ${material.name.en} at the source: check it in review` } });
    } catch (e) {
      if (!(e instanceof AppError) || e.status >= 500) throw e;
      await addTimeline(ctx, row.id, { kind: 'material_not_fetched', actor: '系统 System', public: false, details: { material: material.code, code: e.code },
        message: { zh: `未能通过数据共享获取“${material.name.zh}”：${e.bilingual.zh}`, en: `${material.name.en} could not be fetched: ${e.bilingual.en}` } });
    }
  }
}

/**
 * A fetched record attached to a case, for its applicant's side or the staff checking it (reviewers working the
 * case, the region's window clerk). Anyone else's read lands in the applicant's data-access log.
 */
/**
 * The certificate the applicant reused for a material (减材料), for whoever may see what was fetched for the case:
 * the reviewer opens it as they would the paper. The read is in the holder's access log with the case as purpose.
 */
export async function reusedCertificate(ctx: Ctx, applicationId: string, code: string): Promise<CertificateView> {
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadReadable(tx, applicationId);
    if (!canOnApplication(tx.actor, 'read_fetched', facts)) throw forbidden();
    const [m] = await tx.db.select().from(applicationMaterials).where(and(eq(applicationMaterials.applicationId, applicationId), eq(applicationMaterials.code, code)));
    if (!m || m.source !== 'certificate' || !m.reference) throw invalidField('/code', 'cases.material_not_certificate', { zh: '该材料不是复用的电子证照', en: 'This material is not a reused certificate' }, 404);
    const certificate = await materialCertificate(tx, m.reference);
    if (row.applicantEnterpriseId === null) await recordCaseRead(tx, row, facts, [`certificate:${certificate.type}`]);
    return certificate;
  });
}

export async function fetchedMaterial(ctx: Ctx, applicationId: string, code: string): Promise<ExchangeAnswer> {
  const { row, facts } = await loadReadable(ctx, applicationId);
  if (!canOnApplication(ctx.actor, 'read_fetched', facts)) throw forbidden();
  const [m] = await ctx.db.select().from(applicationMaterials).where(and(eq(applicationMaterials.applicationId, applicationId), eq(applicationMaterials.code, code)));
  if (!m || m.source !== 'exchange' || !m.reference) throw invalidField('/code', 'cases.material_not_fetched', { zh: '该材料不是通过数据共享获取的', en: 'This material was not fetched from a data source' }, 404);
  const answer = await getExchangeAnswer(withActor(ctx, system), m.reference);
  if (row.applicantEnterpriseId === null) await recordCaseRead(ctx, row, facts, [`exchange:${answer.source}`]);
  else if (!isApplicantSide(ctx.actor, facts, 'applications.read')) {
    await recordAudit(ctx, { action: 'application.enterprise_record_read', subjectType: 'enterprise', subjectId: row.applicantEnterpriseId,
      purpose: `办件 ${row.number ?? row.id} 审查 case review`, details: { fields: [`exchange:${answer.source}`], queryId: answer.queryId } });
  }
  return answer;
}

