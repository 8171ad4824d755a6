// Data sources (数据目录) and their records (前置库). A department registers a source with a legal basis and the JSON
// Schema of one record; its admin or its machine client publishes records per subject. Subjects are found by a keyed
// blind index of their ID number or credit code; the record itself is encrypted at rest.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { and, asc, eq } from 'drizzle-orm';
import { actorLabel } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { AppError, conflict, forbidden, invalidField, type Bilingual } from '../../platform/errors.js';
import { validationError } from '../../platform/http/errors.js';
import { checkCreditCode, idNumberProblem, maskIdNumber, normalizeIdNumber } from '../../platform/identifiers.js';
import { requireDepartment, sourceNotFound, unknownSource } from './errors.js';
import { canOnSource } from './policy.js';
import { exchangeRecords, exchangeSources, type SubjectKind } from './schema.js';

export const SUBJECT_COLUMN = 'exchange_records.subject';
export const DATA_COLUMN = 'exchange_records.data';
const CODE = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;

export type SourceRow = typeof exchangeSources.$inferSelect;

export interface SourceView {
  id: string; code: string; ownerDepartmentId: string; name: Bilingual; subjectKind: SubjectKind; legalBasis: string;
  schema: Record<string, unknown>; status: 'active' | 'retired'; createdAt: string; updatedAt: string;
}

export const sourceView = (s: SourceRow): SourceView => ({
  id: s.id, code: s.code, ownerDepartmentId: s.ownerDepartmentId, name: { zh: s.nameZh, en: s.nameEn }, subjectKind: s.subjectKind,
  legalBasis: s.legalBasis, schema: s.recordSchema, status: s.status, createdAt: s.createdAt.toISOString(), updatedAt: s.updatedAt.toISOString(),
});

const recordAjv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(recordAjv);
const validators = new Map<string, ValidateFunction>();

function compileRecordSchema(schema: Record<string, unknown>, field: string): ValidateFunction {
  try {
    if (schema.type !== 'object') throw new Error('a record is an object: the schema needs "type": "object"');
    return recordAjv.compile(schema);
  } catch (e) {
    throw invalidField(field, 'exchange.schema_invalid', { zh: `记录格式（JSON Schema）无效：${(e as Error).message}`,
      en: `The record schema (JSON Schema) is invalid: ${(e as Error).message}` });
  }
}

function validatorFor(source: SourceRow): ValidateFunction {
  const key = `${source.id}@${source.updatedAt.toISOString()}`;
  let v = validators.get(key);
  if (!v) {
    v = compileRecordSchema(source.recordSchema, '/schema');
    validators.set(key, v);
  }
  return v;
}

export async function loadSource(ctx: Ctx, code: string, opts: { field?: string; activeOnly?: boolean } = {}): Promise<SourceRow> {
  const [row] = await ctx.db.select().from(exchangeSources).where(eq(exchangeSources.code, code));
  if (!row || (opts.activeOnly && row.status !== 'active')) {
    throw opts.field !== undefined ? unknownSource(opts.field, code) : sourceNotFound();
  }
  return row;
}

export interface SourceInput {
  code: string; ownerDepartmentId: string; name: Bilingual; subjectKind: SubjectKind; legalBasis: string; schema: Record<string, unknown>;
}

export function registerSource(ctx: Ctx, input: SourceInput): Promise<SourceView> {
  if (!canOnSource(ctx.actor, 'register', { ownerDepartmentId: input.ownerDepartmentId })) throw forbidden();
  if (!CODE.test(input.code)) {
    throw invalidField('/code', 'exchange.source_code_invalid', { zh: '数据源编码应为小写字母、数字和连字符，以点分隔，如 police.household-registration',
      en: 'A source code is lowercase words separated by dots, such as police.household-registration' });
  }
  compileRecordSchema(input.schema, '/schema');
  return withTransaction(ctx, async (tx) => {
    await requireDepartment(tx, input.ownerDepartmentId, '/ownerDepartmentId');
    const now = tx.clock.now();
    const [row] = await tx.db.insert(exchangeSources).values({ id: newId(), code: input.code, ownerDepartmentId: input.ownerDepartmentId,
      nameZh: input.name.zh, nameEn: input.name.en, subjectKind: input.subjectKind, legalBasis: input.legalBasis, recordSchema: input.schema,
      status: 'active', createdAt: now, updatedAt: now }).onConflictDoNothing().returning();
    if (!row) throw conflict('exchange.source_exists', { zh: '该数据源编码已登记', en: 'A source with this code is registered' }, '/code');
    await recordAudit(tx, { action: 'exchange.source_registered', subjectType: 'exchange_source', subjectId: row.id, details: { code: row.code } });
    return sourceView(row);
  });
}

export interface SourcePatch { name?: Bilingual | undefined; legalBasis?: string | undefined; schema?: Record<string, unknown> | undefined; status?: 'active' | 'retired' | undefined }

export function updateSource(ctx: Ctx, code: string, patch: SourcePatch): Promise<SourceView> {
  if (patch.schema) compileRecordSchema(patch.schema, '/schema');
  return withTransaction(ctx, async (tx) => {
    const source = await loadSource(tx, code);
    if (!canOnSource(tx.actor, 'read', source)) throw sourceNotFound();
    if (!canOnSource(tx.actor, 'update', source)) throw forbidden();
    const [row] = await tx.db.update(exchangeSources).set({
      ...(patch.name ? { nameZh: patch.name.zh, nameEn: patch.name.en } : {}),
      ...(patch.legalBasis ? { legalBasis: patch.legalBasis } : {}),
      ...(patch.schema ? { recordSchema: patch.schema } : {}),
      ...(patch.status ? { status: patch.status } : {}),
      updatedAt: tx.clock.now(),
    }).where(eq(exchangeSources.id, source.id)).returning();
    await recordAudit(tx, { action: 'exchange.source_updated', subjectType: 'exchange_source', subjectId: source.id, details: { fields: Object.keys(patch) } });
    return sourceView(row!);
  });
}

/** Every source, for the module's own use (names in a subject's access log): no caller's check here. */
export async function allSources(ctx: Ctx): Promise<SourceRow[]> {
  return ctx.db.select().from(exchangeSources).orderBy(asc(exchangeSources.code));
}

/** The catalogue of sources: what exists, who owns it, on what legal basis, and the shape of a record. */
export async function listSources(ctx: Ctx): Promise<SourceView[]> {
  return (await allSources(ctx)).filter((s) => canOnSource(ctx.actor, 'read', s)).map(sourceView);
}

export async function getSource(ctx: Ctx, code: string): Promise<SourceView> {
  const source = await loadSource(ctx, code);
  if (!canOnSource(ctx.actor, 'read', source)) throw sourceNotFound();
  return sourceView(source);
}

export type SubjectKey = { idNumber: string } | { creditCode: string };

/** Normalises the subject's identifier and checks it fits the source: an ID number for persons, a credit code for enterprises. */
export function subjectKeyOf(kind: SubjectKind, subject: SubjectKey, field: string): string {
  if (kind === 'person') {
    if (!('idNumber' in subject)) {
      throw invalidField(`${field}/idNumber`, 'exchange.subject_kind_mismatch', { zh: '该数据源的主体是自然人，请提供公民身份号码', en: 'This source is about persons: give an ID number' });
    }
    const id = normalizeIdNumber(subject.idNumber);
    if (idNumberProblem(id)) throw invalidField(`${field}/idNumber`, 'exchange.id_number_invalid', { zh: '公民身份号码无效', en: 'The ID number is invalid' });
    return id;
  }
  if (!('creditCode' in subject)) {
    throw invalidField(`${field}/creditCode`, 'exchange.subject_kind_mismatch', { zh: '该数据源的主体是企业，请提供统一社会信用代码', en: 'This source is about enterprises: give a credit code' });
  }
  return checkCreditCode(subject.creditCode, `${field}/creditCode`, 'exchange.credit_code_invalid');
}

function recordInvalid(errors: ErrorObject[]): AppError {
  const summary = validationError(errors.map((e) => ({ ...e, instancePath: `/data${e.instancePath}` })) as never, 'body');
  const first = summary.details[0];
  return new AppError({ code: 'exchange.record_invalid', status: 422, details: summary.details, ...(first ? { field: first.field } : {}),
    message: first ? { zh: `记录不符合数据源的格式：${first.field} ${first.message.zh}`, en: `The record does not fit the source's schema: ${first.field}: ${first.message.en}` }
      : { zh: '记录不符合数据源的格式', en: 'The record does not fit the source\'s schema' } });
}

export interface PublishedRecord { source: string; subjectMasked: string; publishedAt: string; replaced: boolean }

/** Publishes (or replaces) the record of one subject. Checked against the source's schema before anything is stored. */
export function publishRecord(ctx: Ctx, code: string, input: { subject: SubjectKey; data: Record<string, unknown> }): Promise<PublishedRecord> {
  return withTransaction(ctx, async (tx) => {
    const source = await loadSource(tx, code, { activeOnly: true });
    if (!canOnSource(tx.actor, 'read', source)) throw sourceNotFound();
    if (!canOnSource(tx.actor, 'publish_record', source)) throw forbidden();
    const key = subjectKeyOf(source.subjectKind, input.subject, '/subject');
    const validate = validatorFor(source);
    if (!validate(input.data)) throw recordInvalid(validate.errors ?? []);
    const { keyring } = tx.platform;
    const index = keyring.blindIndex(key, SUBJECT_COLUMN);
    const now = tx.clock.now();
    const [existing] = await tx.db.select({ id: exchangeRecords.id }).from(exchangeRecords)
      .where(and(eq(exchangeRecords.sourceId, source.id), eq(exchangeRecords.subjectIndex, index))).for('update');
    const values = { subjectEnc: keyring.encrypt(key, SUBJECT_COLUMN), dataEnc: keyring.encrypt(JSON.stringify(input.data), DATA_COLUMN),
      publishedBy: actorLabel(tx.actor), publishedAt: now };
    if (existing) await tx.db.update(exchangeRecords).set(values).where(eq(exchangeRecords.id, existing.id));
    else await tx.db.insert(exchangeRecords).values({ id: newId(), sourceId: source.id, subjectIndex: index, ...values });
    await recordAudit(tx, { action: 'exchange.record_published', subjectType: 'exchange_source', subjectId: source.id, details: { replaced: Boolean(existing) } });
    return { source: source.code, subjectMasked: maskKey(source.subjectKind, key), publishedAt: now.toISOString(), replaced: Boolean(existing) };
  });
}

export const maskKey = (kind: SubjectKind, key: string) => (kind === 'person' ? maskIdNumber(key) : key);

/** The record of a subject in a source, decrypted; null when the source holds none. */
export async function findRecord(ctx: Ctx, source: SourceRow, key: string): Promise<Record<string, unknown> | null> {
  const { keyring } = ctx.platform;
  const [row] = await ctx.db.select({ dataEnc: exchangeRecords.dataEnc }).from(exchangeRecords)
    .where(and(eq(exchangeRecords.sourceId, source.id), eq(exchangeRecords.subjectIndex, keyring.blindIndex(key, SUBJECT_COLUMN))));
  return row ? (JSON.parse(keyring.decrypt(row.dataEnc, DATA_COLUMN)) as Record<string, unknown>) : null;
}
