// Queries (数据共享查询): a consuming department asks a source for one subject's record and states its purpose, a case
// or an item code with its legal basis. Without a live grant covering the purpose the query is refused; a case
// purpose must be a live case of the consuming department whose applicant is the subject. Every answer is signed
// by the source department (compact JWS, verifiable with its published JWKS) and lands in the subject's access log.
import { and, countDistinct, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import { departmentsWhere, isOperator, staffRoles, type Actor } from '../../platform/actor.js';
import { recordAudit, recordPersonalDataRead } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { AppError, forbidden, invalidField, isAppError } from '../../platform/errors.js';
import { emit } from '../../platform/jobs.js';
import { signJws } from '../../platform/signing-keys.js';
import { enterpriseCreditCode, personIdNumber } from '../identity/index.js';
import { queryNotFound, refused } from './errors.js';
import { matchingGrant, type QueryPurpose } from './grants.js';
import { exchangeQueries, exchangeSources, type QueryFlag } from './schema.js';
import { findRecord, loadSource, maskKey, type SourceRow } from './sources.js';

export type ExchangeSubject = { personId: string } | { enterpriseId: string };
export type ExchangePurpose = { applicationId: string } | { itemCode: string; legalBasis: string };

export interface ExchangeQueryInput {
  source: string;
  subject: ExchangeSubject;
  purpose: ExchangePurpose | null | undefined;
  consumerDepartmentId: string;
}

export interface ExchangeAnswer {
  queryId: string;
  source: string;
  found: boolean;
  data: Record<string, unknown> | null;
  signedAnswer: string; // compact JWS by the source department
  answeredAt: Date;
}

/** What exchange needs to know about a case named as a purpose; the cases module supplies it. */
export interface CasePurpose { live: boolean; itemCode: string; departmentId: string; applicantPersonId: string; applicantEnterpriseId: string | null }
export type CasePurposeResolver = (ctx: Ctx, applicationId: string) => Promise<CasePurpose | null>;

let casePurposeResolver: CasePurposeResolver | null = null;

/** The cases module registers how to look up a case at startup, so exchange never depends on cases. */
export function registerCasePurposeResolver(fn: CasePurposeResolver): void {
  casePurposeResolver = fn;
}

/** The JWS `typ` of a signed answer. */
export const ANSWER_TYP = 'tongban-exchange-answer+jwt';
/** Misuse review: this many distinct subjects from one consuming department within the window is flagged. */
export const MANY_SUBJECTS = { subjects: 20, windowMinutes: 10 };
const ANSWER_COLUMN = 'exchange_queries.answer';

/** Refusals worth a supervisor's look: a consumer asked without the authority it needed. Kept even though refused. */
const RECORDED_REFUSALS = new Set(['exchange.no_grant', 'exchange.grant_expired', 'exchange.grant_revoked', 'exchange.grant_not_yet_valid',
  'exchange.purpose_not_granted', 'exchange.case_unknown', 'exchange.case_other_department', 'exchange.case_not_live', 'exchange.subject_not_applicant']);

interface Attempt {
  source?: SourceRow;
  subjectPersonId?: string | null;
  subjectEnterpriseId?: string | null;
  purpose?: QueryPurpose;
}

const isUuid = (s: unknown): s is string => typeof s === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

/** Who speaks for the consuming department: its staff, its machine clients, the platform; or the applicant of the case. */
function consumerStanding(actor: Actor, consumerDepartmentId: string): 'department' | 'applicant' {
  if (actor.kind === 'system') return 'department';
  if (actor.kind === 'client') {
    if (actor.client?.departmentId === consumerDepartmentId) return 'department';
    throw refused('exchange.not_consumer', '/consumerDepartmentId', { zh: '接入系统只能以本部门名义查询', en: 'A machine client queries only for its own department' });
  }
  if (actor.kind === 'account' && departmentsWhere(actor, ...staffRoles).includes(consumerDepartmentId)) return 'department';
  if (actor.kind === 'account' && actor.personId) return 'applicant';
  throw forbidden();
}

function checkPurpose(purpose: ExchangePurpose | null | undefined): { applicationId: string } | { itemCode: string; legalBasis: string } {
  if (!purpose || typeof purpose !== 'object') {
    throw refused('exchange.purpose_required', '/purpose', { zh: '查询必须说明用途：办件编号，或事项编码及法律依据（法无授权不可为）',
      en: 'A query must state its purpose: a case, or an item code with its legal basis' });
  }
  if ('applicationId' in purpose) {
    if (!isUuid(purpose.applicationId)) throw invalidField('/purpose/applicationId', 'exchange.application_id_invalid', { zh: '办件编号格式不正确', en: 'The case id is malformed' });
    return { applicationId: purpose.applicationId };
  }
  const itemCode = typeof purpose.itemCode === 'string' ? purpose.itemCode.trim() : '';
  const legalBasis = typeof purpose.legalBasis === 'string' ? purpose.legalBasis.trim() : '';
  if (!itemCode) throw refused('exchange.purpose_required', '/purpose/itemCode', { zh: '请说明用途：办件编号或事项编码', en: 'State the purpose: a case or an item code' });
  if (!legalBasis) {
    throw refused('exchange.legal_basis_required', '/purpose/legalBasis', { zh: '按事项查询时必须写明法律依据', en: 'A query for an item must state its legal basis' });
  }
  return { itemCode, legalBasis };
}

const purposeText = (p: QueryPurpose) => (p.kind === 'case' ? `办件 case ${p.applicationId} (${p.itemCode})` : `事项 item ${p.itemCode}; 依据 legal basis: ${p.legalBasis}`);

async function manySubjects(ctx: Ctx, consumerDepartmentId: string, attempt: Attempt): Promise<boolean> {
  const since = new Date(ctx.clock.now().getTime() - MANY_SUBJECTS.windowMinutes * 60_000);
  const subject = sql`coalesce(${exchangeQueries.subjectPersonId}, ${exchangeQueries.subjectEnterpriseId})`;
  const [row] = await ctx.db.select({ n: countDistinct(subject) }).from(exchangeQueries)
    .where(and(eq(exchangeQueries.consumerDepartmentId, consumerDepartmentId), eq(exchangeQueries.outcome, 'answered'), gte(exchangeQueries.at, since),
      sql`${subject} IS DISTINCT FROM ${attempt.subjectPersonId ?? attempt.subjectEnterpriseId}`));
  return (row?.n ?? 0) + 1 >= MANY_SUBJECTS.subjects;
}

/**
 * Asks a source for a subject's record, for a stated purpose. Refused (403, nothing recorded as answered) without a
 * purpose, without a live grant covering it, or when a case purpose does not fit.
 */
export async function queryExchange(ctx: Ctx, input: ExchangeQueryInput): Promise<ExchangeAnswer> {
  const attempt: Attempt = {};
  try {
    return await withTransaction(ctx, (tx) => answer(tx, input, attempt));
  } catch (e) {
    // A refused attempt is kept for the supervisor, in its own transaction: only when we own the transaction.
    if (isAppError(e) && RECORDED_REFUSALS.has(e.code) && attempt.source && !ctx.tx) await recordRefusal(ctx, input, attempt, e);
    throw e;
  }
}

async function answer(tx: Ctx, input: ExchangeQueryInput, attempt: Attempt): Promise<ExchangeAnswer> {
  const purposeIn = checkPurpose(input.purpose);
  if (!isUuid(input.consumerDepartmentId)) {
    throw invalidField('/consumerDepartmentId', 'exchange.department_unknown', { zh: '查询部门编号格式不正确', en: 'The consuming department id is malformed' });
  }
  const standing = consumerStanding(tx.actor, input.consumerDepartmentId);
  if (standing === 'applicant' && !('applicationId' in purposeIn)) throw forbidden();
  const source = await loadSource(tx, input.source, { field: '/source', activeOnly: true });

  // The subject, and the identifier the source knows them by.
  let key: string | null;
  const subject = input.subject as Partial<Record<'personId' | 'enterpriseId', unknown>> | null;
  if (source.subjectKind === 'person') {
    if (!isUuid(subject?.personId)) {
      throw invalidField('/subject/personId', 'exchange.subject_kind_mismatch', { zh: '该数据源的主体是自然人，请提供人员编号', en: 'This source is about persons: give a personId' });
    }
    key = await personIdNumber(tx, subject.personId);
    attempt.subjectPersonId = subject.personId;
  } else {
    if (!isUuid(subject?.enterpriseId)) {
      throw invalidField('/subject/enterpriseId', 'exchange.subject_kind_mismatch', { zh: '该数据源的主体是企业，请提供企业编号', en: 'This source is about enterprises: give an enterpriseId' });
    }
    key = await enterpriseCreditCode(tx, subject.enterpriseId);
    attempt.subjectEnterpriseId = subject.enterpriseId;
  }
  if (!key) {
    const field = source.subjectKind === 'person' ? '/subject/personId' : '/subject/enterpriseId';
    throw invalidField(field, 'exchange.subject_unknown', { zh: '查询的主体不存在', en: 'No such subject' });
  }
  attempt.source = source;

  // The purpose: a case must be live, of the consuming department, with the subject as its applicant.
  let purpose: QueryPurpose;
  if ('applicationId' in purposeIn) {
    if (!casePurposeResolver) {
      throw new AppError({ code: 'exchange.case_purposes_unavailable', status: 503,
        message: { zh: '暂时无法核验办件用途，请稍后再试', en: 'Case purposes cannot be checked right now; try again later' } });
    }
    const field = '/purpose/applicationId';
    const found = await casePurposeResolver(tx, purposeIn.applicationId);
    if (!found) throw refused('exchange.case_unknown', field, { zh: '用途所指的办件不存在', en: 'The case given as the purpose does not exist' });
    attempt.purpose = { kind: 'case', applicationId: purposeIn.applicationId, itemCode: found.itemCode };
    if (found.departmentId !== input.consumerDepartmentId) {
      throw refused('exchange.case_other_department', field, { zh: '用途所指的办件不由查询部门办理', en: 'The case given as the purpose is not handled by the consuming department' });
    }
    if (!found.live) throw refused('exchange.case_not_live', field, { zh: '用途所指的办件已办结或已撤回，不能再据此查询', en: 'The case given as the purpose is closed or withdrawn' });
    const isApplicant = 'personId' in (input.subject as object) ? attempt.subjectPersonId === found.applicantPersonId
      : attempt.subjectEnterpriseId === found.applicantEnterpriseId;
    if (!isApplicant) {
      throw refused('exchange.subject_not_applicant', '/subject', { zh: '查询的主体不是该办件的申请人', en: 'The subject is not the applicant of the case' });
    }
    if (standing === 'applicant' && !actsAsApplicant(tx.actor, found)) throw forbidden();
    purpose = attempt.purpose;
  } else {
    purpose = { kind: 'item', ...purposeIn };
    attempt.purpose = purpose;
  }

  const grant = await matchingGrant(tx, source, input.consumerDepartmentId, purpose);
  const data = await findRecord(tx, source, key);
  const flags: QueryFlag[] = [];
  if (purpose.kind === 'item') flags.push('no_case');
  if (await manySubjects(tx, input.consumerDepartmentId, attempt)) flags.push('many_subjects');

  const queryId = newId();
  const answeredAt = tx.clock.now();
  const signedAnswer = await signJws(tx, source.ownerDepartmentId, 'exchange_answer', {
    iss: `${tx.platform.config.publicUrl}/issuers/${source.ownerDepartmentId}` /* its JWKS (exchange-answer keys): GET /api/v1/exchange/sources/<code>/jwks */, source: source.code, queryId, consumer: `department:${input.consumerDepartmentId}`,
    subject: { kind: source.subjectKind, masked: maskKey(source.subjectKind, key) },
    purpose: purpose.kind === 'case' ? { applicationId: purpose.applicationId, itemCode: purpose.itemCode } : { itemCode: purpose.itemCode, legalBasis: purpose.legalBasis },
    found: data !== null, data, iat: Math.floor(answeredAt.getTime() / 1000),
  }, ANSWER_TYP);
  await tx.db.insert(exchangeQueries).values({
    id: queryId, sourceId: source.id, sourceCode: source.code, consumerDepartmentId: input.consumerDepartmentId,
    clientId: tx.actor.client?.clientId ?? null, accountId: tx.actor.accountId, subjectKind: source.subjectKind,
    subjectPersonId: attempt.subjectPersonId ?? null, subjectEnterpriseId: attempt.subjectEnterpriseId ?? null,
    applicationId: purpose.kind === 'case' ? purpose.applicationId : null, itemCode: purpose.itemCode, legalBasis: purpose.kind === 'item' ? purpose.legalBasis : null,
    grantId: grant.id, outcome: 'answered', refusal: null, found: data !== null, flags, at: answeredAt,
    answerEnc: tx.platform.keyring.encrypt(JSON.stringify({ data, signedAnswer }), ANSWER_COLUMN),
  });
  const context = { queryId, source: source.code, consumerDepartmentId: input.consumerDepartmentId, clientId: tx.actor.client?.clientId ?? null,
    applicationId: purpose.kind === 'case' ? purpose.applicationId : null, itemCode: purpose.itemCode, found: String(data !== null) };
  if (attempt.subjectPersonId) {
    await recordPersonalDataRead(tx, { personId: attempt.subjectPersonId, purpose: purposeText(purpose), fields: [`exchange:${source.code}`], context });
  } else {
    await recordAudit(tx, { action: 'exchange.enterprise_data_read', subjectType: 'enterprise', subjectId: attempt.subjectEnterpriseId!, purpose: purposeText(purpose),
      details: { fields: [`exchange:${source.code}`], context } });
  }
  await emit(tx, 'exchange.answered', { queryId, source: source.code, consumerDepartmentId: input.consumerDepartmentId,
    applicationId: purpose.kind === 'case' ? purpose.applicationId : null, found: data !== null, flags });
  return { queryId, source: source.code, found: data !== null, data, signedAnswer, answeredAt };
}

function actsAsApplicant(actor: Actor, c: CasePurpose): boolean {
  const acting = actor.actingFor;
  if (!acting) return actor.personId === c.applicantPersonId && c.applicantEnterpriseId === null;
  if (acting.kind === 'enterprise') return acting.enterpriseId === c.applicantEnterpriseId;
  return acting.personId === c.applicantPersonId && c.applicantEnterpriseId === null;
}

async function recordRefusal(ctx: Ctx, input: ExchangeQueryInput, attempt: Attempt, e: AppError): Promise<void> {
  const source = attempt.source!;
  const purpose = attempt.purpose;
  await withTransaction(ctx, async (tx) => {
    await tx.db.insert(exchangeQueries).values({
      id: newId(), sourceId: source.id, sourceCode: source.code, consumerDepartmentId: input.consumerDepartmentId,
      clientId: tx.actor.client?.clientId ?? null, accountId: tx.actor.accountId, subjectKind: source.subjectKind,
      subjectPersonId: attempt.subjectPersonId ?? null, subjectEnterpriseId: attempt.subjectEnterpriseId ?? null,
      applicationId: purpose?.kind === 'case' ? purpose.applicationId : ('applicationId' in (input.purpose ?? {}) ? (input.purpose as { applicationId: string }).applicationId : null),
      itemCode: purpose?.itemCode ?? null, legalBasis: purpose?.kind === 'item' ? purpose.legalBasis : null,
      grantId: null, outcome: 'refused', refusal: e.code, found: null, answerEnc: null, at: tx.clock.now(),
      flags: e.code === 'exchange.case_not_live' ? ['case_not_live'] : purpose?.kind === 'item' ? ['no_case'] : [],
    });
    await recordAudit(tx, { action: 'exchange.query_refused', subjectType: 'exchange_source', subjectId: source.id, details: { refusal: e.code, consumerDepartmentId: input.consumerDepartmentId } });
  });
}

/** A stored answer: for the consuming department (its staff and clients), the applicant of the case, and the subject. */
export async function getExchangeAnswer(ctx: Ctx, queryId: string): Promise<ExchangeAnswer> {
  if (!isUuid(queryId)) throw queryNotFound();
  const [row] = await ctx.db.select().from(exchangeQueries).where(and(eq(exchangeQueries.id, queryId), eq(exchangeQueries.outcome, 'answered')));
  if (!row || !(await mayReadAnswer(ctx, row))) throw queryNotFound();
  const stored = JSON.parse(ctx.platform.keyring.decrypt(row.answerEnc!, ANSWER_COLUMN)) as { data: Record<string, unknown> | null; signedAnswer: string };
  return { queryId: row.id, source: row.sourceCode, found: row.found ?? false, data: stored.data, signedAnswer: stored.signedAnswer, answeredAt: row.at };
}

async function mayReadAnswer(ctx: Ctx, row: typeof exchangeQueries.$inferSelect): Promise<boolean> {
  const a = ctx.actor;
  if (a.kind === 'system') return true;
  if (a.kind === 'client') return a.client?.departmentId === row.consumerDepartmentId;
  if (a.kind !== 'account') return false;
  if (departmentsWhere(a, ...staffRoles).includes(row.consumerDepartmentId)) return true;
  if (!a.actingFor && a.personId && a.personId === row.subjectPersonId) return true;
  if (row.applicationId && casePurposeResolver) {
    const c = await casePurposeResolver(ctx, row.applicationId);
    return c !== null && actsAsApplicant(a, c);
  }
  return false;
}

export interface ReviewedQuery {
  id: string; at: string; source: string; consumerDepartmentId: string; clientId: string | null; accountId: string | null;
  subjectKind: string; subjectPersonId: string | null; subjectEnterpriseId: string | null;
  purpose: { applicationId: string | null; itemCode: string | null; legalBasis: string | null };
  outcome: 'answered' | 'refused'; refusal: string | null; found: boolean | null; flags: QueryFlag[];
}

/**
 * 监督检查: queries flagged as possible misuse, newest first. Operators see all; a department admin sees the queries
 * made of the sources its department owns (the data owner watches who reads its data).
 */
export async function reviewQueries(ctx: Ctx, filter: { flag?: QueryFlag | undefined; consumerDepartmentId?: string | undefined; since?: string | undefined; limit?: number | undefined }): Promise<ReviewedQuery[]> {
  let scope;
  if (!isOperator(ctx.actor)) {
    const mine = departmentsWhere(ctx.actor, 'department_admin');
    if (mine.length === 0) throw forbidden();
    scope = inArray(exchangeQueries.sourceId, ctx.db.select({ id: exchangeSources.id }).from(exchangeSources).where(inArray(exchangeSources.ownerDepartmentId, mine)));
  }
  const rows = await ctx.db.select().from(exchangeQueries).where(and(scope,
    filter.flag ? sql`${exchangeQueries.flags} @> ${JSON.stringify([filter.flag])}::jsonb` : sql`jsonb_array_length(${exchangeQueries.flags}) > 0`,
    filter.consumerDepartmentId ? eq(exchangeQueries.consumerDepartmentId, filter.consumerDepartmentId) : undefined,
    filter.since ? gte(exchangeQueries.at, new Date(filter.since)) : undefined))
    .orderBy(desc(exchangeQueries.at)).limit(filter.limit ?? 200);
  return rows.map((r) => ({ id: r.id, at: r.at.toISOString(), source: r.sourceCode, consumerDepartmentId: r.consumerDepartmentId, clientId: r.clientId,
    accountId: r.accountId, subjectKind: r.subjectKind, subjectPersonId: r.subjectPersonId, subjectEnterpriseId: r.subjectEnterpriseId,
    purpose: { applicationId: r.applicationId, itemCode: r.itemCode, legalBasis: r.legalBasis }, outcome: r.outcome, refusal: r.refusal, found: r.found, flags: r.flags }));
}
