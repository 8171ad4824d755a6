// Queries (数据共享查询): a consuming department asks a source for one subject's record and states its purpose, a case
// or an item code. Without a live grant covering the purpose the query is refused; the grant names the legal basis
// (what a caller writes about the law is kept, and authorises nothing); a case purpose must be a live case of the
// consuming department whose applicant is the subject. Many subjects without cases in a short window (批量查询) are
// refused unless a grant allows batch use. Every answer is signed by the source department (compact JWS, verifiable
// with its published JWKS) and lands in the subject's access log, and so does every later read of it.
import { and, countDistinct, desc, eq, gte, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { departmentsWhere, isOperator } from '../../platform/actor.js';
import { recordAudit, recordPersonalDataRead } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { AppError, forbidden, invalidField, isAppError } from '../../platform/errors.js';
import { emit } from '../../platform/jobs.js';
import { signJws } from '../../platform/signing-keys.js';
import { enterpriseCreditCode, personIdNumber } from '../identity/index.js';
import { queryNotFound, refused } from './errors.js';
import { canOnQuery, type QueryFacts } from './policy.js';
import { matchingGrant, type QueryPurpose } from './grants.js';
import { exchangeQueries, exchangeSources, type QueryFlag } from './schema.js';
import { findRecord, loadSource, maskKey, type SourceRow } from './sources.js';

export type ExchangeSubject = { personId: string } | { enterpriseId: string };
/** A case, or an item code; `legalBasis` is the caller's own note, recorded, never what authorises the query. */
export type ExchangePurpose = { applicationId: string } | { itemCode: string; legalBasis?: string | undefined };

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
/**
 * Misuse review: this many distinct subjects from one consuming department within the window is flagged; and
 * queried without cases from one source (批量查询), the query that reaches it is refused unless a grant allows batch use.
 */
export const MANY_SUBJECTS = { subjects: 20, windowMinutes: 10 };
const ANSWER_COLUMN = 'exchange_queries.answer';

/** Refusals worth a supervisor's look: a consumer asked without the authority it needed. Kept even though refused. */
const RECORDED_REFUSALS = new Set(['exchange.no_grant', 'exchange.grant_expired', 'exchange.grant_revoked', 'exchange.grant_not_yet_valid',
  'exchange.purpose_not_granted', 'exchange.case_required', 'exchange.case_unknown', 'exchange.case_other_department', 'exchange.case_not_live',
  'exchange.subject_not_applicant', 'exchange.bulk_query_refused']);

interface Attempt {
  source?: SourceRow;
  subjectPersonId?: string | null;
  subjectEnterpriseId?: string | null;
  purpose?: QueryPurpose;
}

const isUuid = (s: unknown): s is string => typeof s === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

/**
 * Who asks: the consuming department (its staff, its machine clients, the platform), or the applicant of the case
 * named as the purpose; anyone else is refused, and an applicant only with a case (checked once the case is loaded).
 */
function consumerStanding(tx: Ctx, consumerDepartmentId: string): 'department' | 'applicant' {
  const facts: QueryFacts = { consumerDepartmentId, subjectPersonId: null, case: null };
  if (canOnQuery(tx.actor, 'ask_for_department', facts)) return 'department';
  if (tx.actor.kind === 'client') {
    throw refused('exchange.not_consumer', '/consumerDepartmentId', { zh: '接入系统只能以本部门名义查询', en: 'A machine client queries only for its own department' });
  }
  if (tx.actor.kind === 'account' && (tx.actor.personId || tx.actor.actingFor)) return 'applicant';
  throw forbidden();
}

function checkPurpose(purpose: ExchangePurpose | null | undefined): { applicationId: string } | { itemCode: string; statedLegalBasis: string | null } {
  if (!purpose || typeof purpose !== 'object') {
    throw refused('exchange.purpose_required', '/purpose', { zh: '查询必须说明用途：办件编号，或授权所列的事项编码（法无授权不可为）',
      en: 'A query must state its purpose: a case, or an item code its grant names' });
  }
  if ('applicationId' in purpose) {
    if (!isUuid(purpose.applicationId)) throw invalidField('/purpose/applicationId', 'exchange.application_id_invalid', { zh: '办件编号格式不正确', en: 'The case id is malformed' });
    return { applicationId: purpose.applicationId };
  }
  const itemCode = typeof purpose.itemCode === 'string' ? purpose.itemCode.trim() : '';
  const stated = typeof purpose.legalBasis === 'string' ? purpose.legalBasis.trim() : '';
  if (!itemCode) throw refused('exchange.purpose_required', '/purpose/itemCode', { zh: '请说明用途：办件编号或事项编码', en: 'State the purpose: a case or an item code' });
  return { itemCode, statedLegalBasis: stated || null };
}

/** What the subject reads in their access log: the purpose, and the legal basis of the grant that allowed it. */
const purposeText = (p: QueryPurpose, grantLegalBasis: string) => (p.kind === 'case'
  ? `办件 case ${p.applicationId} (${p.itemCode}); 依据 legal basis: ${grantLegalBasis}`
  : `事项 item ${p.itemCode}; 依据 legal basis: ${grantLegalBasis}`);

const subjectOf = sql`coalesce(${exchangeQueries.subjectPersonId}, ${exchangeQueries.subjectEnterpriseId})`;

/** Distinct subjects (counting this one) the consumer had answered within the window, under `scope`. */
async function subjectsInWindow(ctx: Ctx, consumerDepartmentId: string, attempt: Attempt, scope?: SQL): Promise<number> {
  const since = new Date(ctx.clock.now().getTime() - MANY_SUBJECTS.windowMinutes * 60_000);
  const [row] = await ctx.db.select({ n: countDistinct(subjectOf) }).from(exchangeQueries)
    .where(and(eq(exchangeQueries.consumerDepartmentId, consumerDepartmentId), eq(exchangeQueries.outcome, 'answered'), gte(exchangeQueries.at, since),
      sql`${subjectOf} IS DISTINCT FROM ${attempt.subjectPersonId ?? attempt.subjectEnterpriseId}`, scope));
  return (row?.n ?? 0) + 1;
}

/** Flagged for review: many subjects from one consumer, whatever the source or purpose. */
const manySubjects = async (ctx: Ctx, consumerDepartmentId: string, attempt: Attempt) =>
  (await subjectsInWindow(ctx, consumerDepartmentId, attempt)) >= MANY_SUBJECTS.subjects;

/**
 * 批量查询: many subjects from one source without cases. A case names its one applicant, checked live and the
 * consumer's own, so queries with cases are flagged when many but never counted as bulk.
 */
const isBulk = async (ctx: Ctx, consumerDepartmentId: string, sourceId: string, attempt: Attempt) =>
  (await subjectsInWindow(ctx, consumerDepartmentId, attempt, and(eq(exchangeQueries.sourceId, sourceId), isNull(exchangeQueries.applicationId)))) >= MANY_SUBJECTS.subjects;

const bulkRefused = (code: string) => refused('exchange.bulk_query_refused', '/subject', {
  zh: `本部门在 ${MANY_SUBJECTS.windowMinutes} 分钟内已不凭办件查询“${code}”中 ${MANY_SUBJECTS.subjects - 1} 个以上不同对象：批量查询须有允许批量使用的授权，本次查询已记录待监督检查`,
  en: `Your department has queried ${code} about ${MANY_SUBJECTS.subjects - 1}+ different subjects without cases within ${MANY_SUBJECTS.windowMinutes} minutes: batch use needs a grant that allows it; this attempt is recorded for review` });

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
  const standing = consumerStanding(tx, input.consumerDepartmentId);
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
    // An enterprise's case is about the enterprise: it is no purpose for anyone's personal records, its legal
    // representative's included (the case row names them as the person behind it).
    const isApplicant = 'personId' in (input.subject as object)
      ? found.applicantEnterpriseId === null && attempt.subjectPersonId === found.applicantPersonId
      : attempt.subjectEnterpriseId === found.applicantEnterpriseId;
    if (!isApplicant) {
      throw refused('exchange.subject_not_applicant', '/subject', { zh: '查询的主体不是该办件的申请人', en: 'The subject is not the applicant of the case' });
    }
    if (standing === 'applicant' && !canOnQuery(tx.actor, 'ask_as_applicant', { consumerDepartmentId: input.consumerDepartmentId, subjectPersonId: attempt.subjectPersonId ?? null, case: found })) throw forbidden();
    purpose = attempt.purpose;
  } else {
    purpose = { kind: 'item', ...purposeIn };
    attempt.purpose = purpose;
  }

  const matched = await matchingGrant(tx, source, input.consumerDepartmentId, purpose);
  let grant = matched.grant;
  let batchUse = false;
  // Concurrent queries of one consumer on one source count one after the other, so a burst cannot slip under the limit.
  if (purpose.kind === 'item') await tx.db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`exchange.bulk:${input.consumerDepartmentId}:${source.id}`}, 0))`);
  if (purpose.kind === 'item' && await isBulk(tx, input.consumerDepartmentId, source.id, attempt)) {
    if (!matched.batchGrant) throw bulkRefused(source.code);
    grant = matched.batchGrant;
    batchUse = true;
  }
  const data = await findRecord(tx, source, key);
  const flags: QueryFlag[] = [];
  if (purpose.kind === 'item') flags.push('no_case');
  if (await manySubjects(tx, input.consumerDepartmentId, attempt)) flags.push('many_subjects');
  // The grant's legal basis, and for batch use also the basis the grant gives for it; never the caller's words.
  const legalBasis = batchUse ? `${grant.legalBasis}；批量使用 batch use: ${grant.batchLegalBasis ?? ''}` : grant.legalBasis;

  const queryId = newId();
  const answeredAt = tx.clock.now();
  const signedAnswer = await signJws(tx, source.ownerDepartmentId, 'exchange_answer', {
    iss: `${tx.platform.config.publicUrl}/issuers/${source.ownerDepartmentId}` /* its JWKS (exchange-answer keys): GET /api/v1/exchange/sources/<code>/jwks */, source: source.code, queryId, consumer: `department:${input.consumerDepartmentId}`,
    subject: { kind: source.subjectKind, masked: maskKey(source.subjectKind, key) },
    purpose: purpose.kind === 'case' ? { applicationId: purpose.applicationId, itemCode: purpose.itemCode, legalBasis } : { itemCode: purpose.itemCode, legalBasis },
    found: data !== null, data, iat: Math.floor(answeredAt.getTime() / 1000),
  }, ANSWER_TYP);
  await tx.db.insert(exchangeQueries).values({
    id: queryId, sourceId: source.id, sourceCode: source.code, consumerDepartmentId: input.consumerDepartmentId,
    clientId: tx.actor.client?.clientId ?? null, accountId: tx.actor.accountId, subjectKind: source.subjectKind,
    subjectPersonId: attempt.subjectPersonId ?? null, subjectEnterpriseId: attempt.subjectEnterpriseId ?? null,
    applicationId: purpose.kind === 'case' ? purpose.applicationId : null, itemCode: purpose.itemCode, legalBasis,
    statedLegalBasis: purpose.kind === 'item' ? purpose.statedLegalBasis : null, grantId: grant.id, outcome: 'answered', refusal: null, found: data !== null, flags, at: answeredAt,
    answerEnc: tx.platform.keyring.encrypt(JSON.stringify({ data, signedAnswer }), ANSWER_COLUMN),
  });
  const context = { queryId, source: source.code, consumerDepartmentId: input.consumerDepartmentId, clientId: tx.actor.client?.clientId ?? null,
    applicationId: purpose.kind === 'case' ? purpose.applicationId : null, itemCode: purpose.itemCode, found: String(data !== null) };
  if (attempt.subjectPersonId) {
    await recordPersonalDataRead(tx, { personId: attempt.subjectPersonId, purpose: purposeText(purpose, legalBasis), fields: [`exchange:${source.code}`], context });
  } else {
    await recordAudit(tx, { action: 'exchange.enterprise_data_read', subjectType: 'enterprise', subjectId: attempt.subjectEnterpriseId!, purpose: purposeText(purpose, legalBasis),
      details: { fields: [`exchange:${source.code}`], context } });
  }
  await emit(tx, 'exchange.answered', { queryId, source: source.code, consumerDepartmentId: input.consumerDepartmentId,
    applicationId: purpose.kind === 'case' ? purpose.applicationId : null, found: data !== null, flags });
  return { queryId, source: source.code, found: data !== null, data, signedAnswer, answeredAt };
}

function refusalFlags(code: string, purpose: QueryPurpose | undefined): QueryFlag[] {
  if (code === 'exchange.case_not_live') return ['case_not_live'];
  if (code === 'exchange.bulk_query_refused') return ['no_case', 'many_subjects'];
  return purpose?.kind === 'item' ? ['no_case'] : [];
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
      itemCode: purpose?.itemCode ?? null, legalBasis: null, statedLegalBasis: purpose?.kind === 'item' ? purpose.statedLegalBasis : null,
      grantId: null, outcome: 'refused', refusal: e.code, found: null, answerEnc: null, at: tx.clock.now(), flags: refusalFlags(e.code, purpose),
    });
    await recordAudit(tx, { action: 'exchange.query_refused', subjectType: 'exchange_source', subjectId: source.id, details: { refusal: e.code, consumerDepartmentId: input.consumerDepartmentId } });
  });
}

/**
 * A stored answer: for the consuming department (its staff and clients), the applicant of the case, and the subject.
 * Reading it again is reading the subject's data again: it lands in their access log (or, for an enterprise, the
 * audit trail), unless the subject reads their own. The platform reading for another module (a case's fetched
 * material) leaves the logging to that module, which knows who asked.
 */
export async function getExchangeAnswer(ctx: Ctx, queryId: string): Promise<ExchangeAnswer> {
  if (!isUuid(queryId)) throw queryNotFound();
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db.select().from(exchangeQueries).where(and(eq(exchangeQueries.id, queryId), eq(exchangeQueries.outcome, 'answered')));
    if (!row) throw queryNotFound();
    const found = row.applicationId && casePurposeResolver ? await casePurposeResolver(tx, row.applicationId) : null;
    if (!canOnQuery(tx.actor, 'read_answer', { consumerDepartmentId: row.consumerDepartmentId, subjectPersonId: row.subjectPersonId, case: found })) throw queryNotFound();
    const stored = JSON.parse(tx.platform.keyring.decrypt(row.answerEnc!, ANSWER_COLUMN)) as { data: Record<string, unknown> | null; signedAnswer: string };
    const ownRecord = tx.actor.kind === 'account' && !tx.actor.actingFor && tx.actor.personId !== null && tx.actor.personId === row.subjectPersonId;
    if (tx.actor.kind !== 'system' && !ownRecord) {
      // The query id travels in the context, not in the words the subject reads.
      const purpose = `重新查看共享查询结果 re-reading an exchange answer; ${row.applicationId ? `办件 case ${row.applicationId}` : `事项 item ${row.itemCode}`} (${row.itemCode})`;
      const context = { queryId: row.id, source: row.sourceCode, consumerDepartmentId: row.consumerDepartmentId, clientId: tx.actor.client?.clientId ?? null,
        applicationId: row.applicationId, itemCode: row.itemCode, found: String(row.found) };
      if (row.subjectPersonId) await recordPersonalDataRead(tx, { personId: row.subjectPersonId, purpose, fields: [`exchange:${row.sourceCode}`], context });
      else if (row.subjectEnterpriseId) {
        await recordAudit(tx, { action: 'exchange.enterprise_data_read', subjectType: 'enterprise', subjectId: row.subjectEnterpriseId, purpose,
          details: { fields: [`exchange:${row.sourceCode}`], context } });
      }
    }
    return { queryId: row.id, source: row.sourceCode, found: row.found ?? false, data: stored.data, signedAnswer: stored.signedAnswer, answeredAt: row.at };
  });
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
  if (!canOnQuery(ctx.actor, 'review', { consumerDepartmentId: '', subjectPersonId: null, case: null })) throw forbidden();
  let scope;
  if (!isOperator(ctx.actor)) {
    const mine = departmentsWhere(ctx.actor, 'department_admin');
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
