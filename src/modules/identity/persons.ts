// Persons (自然人): the people behind accounts, applications and certificates. The ID number is encrypted
// at rest, looked up through a keyed blind index, and leaves the service masked unless the task needs it.
import { eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { recordAudit, recordPersonalDataRead } from '../../platform/audit.js';
import { emit } from '../../platform/jobs.js';
import { conflict, forbidden, invalidField } from '../../platform/errors.js';
import { idCheckChar, idNumberFacts, maskIdNumber } from '../../platform/identifiers.js';
import type { Keyring } from '../../platform/crypto.js';
import { checkIdNumber, personNotFound, purposeRequired } from './errors.js';
import { canOnPerson, needsPurpose } from './policy.js';
import { persons } from './schema.js';

export const ID_COLUMN = 'persons.id_number';
const PHONE_COLUMN = 'persons.phone';

export type RealNameLevel = 1 | 2 | 3;

export interface PersonView {
  id: string;
  name: string;
  idNumberMasked: string;
  idNumber?: string; // only when the viewer's task needs it, and then audited
  birthDate: string;
  sex: 'male' | 'female';
  householdRegionCode: string;
  phoneMasked: string | null;
  realNameLevel: number;
  realNameMethod: string;
}

type PersonRow = typeof persons.$inferSelect;

const maskPhone = (p: string) => (p.length >= 7 ? `${p.slice(0, 3)}****${p.slice(-4)}` : '****');

export function personView(keyring: Keyring, row: PersonRow, reveal = false): PersonView {
  const idNumber = keyring.decrypt(row.idNumberEnc, ID_COLUMN);
  const phone = row.phoneEnc ? keyring.decrypt(row.phoneEnc, PHONE_COLUMN) : null;
  return {
    id: row.id, name: row.name, idNumberMasked: maskIdNumber(idNumber), ...(reveal ? { idNumber } : {}),
    birthDate: row.birthDate, sex: row.sex, householdRegionCode: row.householdRegionCode,
    phoneMasked: phone ? maskPhone(phone) : null, realNameLevel: row.realNameLevel, realNameMethod: row.realNameMethod,
  };
}

export interface NewPerson {
  name: string;
  idNumber: string; // already checked and normalised
  phone?: string | undefined;
  realNameLevel: RealNameLevel;
  realNameMethod: string; // 'self_declared' | 'window' | 'source:<name>' | 'seed'
}

/** The row to insert for a new person: encryption and blind index in one place. */
export function personRow(keyring: Keyring, p: NewPerson, now: Date): typeof persons.$inferInsert {
  const facts = idNumberFacts(p.idNumber);
  return {
    id: newId(), name: p.name, idNumberEnc: keyring.encrypt(p.idNumber, ID_COLUMN), idNumberIndex: keyring.blindIndex(p.idNumber, ID_COLUMN),
    birthDate: facts.birthDate, sex: facts.sex, householdRegionCode: facts.regionCode,
    phoneEnc: p.phone ? keyring.encrypt(p.phone, PHONE_COLUMN) : null,
    realNameLevel: p.realNameLevel, realNameMethod: p.realNameMethod, createdAt: now, updatedAt: now,
  };
}

export async function findPersonRowByIdNumber(ctx: Ctx, idNumber: string): Promise<PersonRow | undefined> {
  const [row] = await ctx.db.select().from(persons).where(eq(persons.idNumberIndex, ctx.platform.keyring.blindIndex(idNumber, ID_COLUMN)));
  return row;
}

export async function getPersonRow(ctx: Ctx, id: string): Promise<PersonRow | undefined> {
  const [row] = await ctx.db.select().from(persons).where(eq(persons.id, id));
  return row;
}

/** Inserts a person, or fails on the ID number's field if one with that number exists. */
export async function insertPerson(ctx: Ctx, p: NewPerson, field: string): Promise<PersonRow> {
  const [row] = await ctx.db.insert(persons).values(personRow(ctx.platform.keyring, p, ctx.clock.now())).onConflictDoNothing().returning();
  if (!row) throw conflict('identity.person_exists', { zh: '该公民身份号码已登记', en: 'A person with this ID number is already registered' }, field);
  await recordAudit(ctx, { action: 'person.registered', subjectType: 'person', subjectId: row.id, subjectPersonId: row.id, details: { method: p.realNameMethod } });
  await emit(ctx, 'person.registered', { personId: row.id });
  return row;
}

export interface PersonReadOptions {
  purpose?: string | undefined;
  reveal?: boolean | undefined;
}

/** Reads a person for the actor, checking the object, recording the purpose in the person's access log. */
export function getPerson(ctx: Ctx, id: string, opts: PersonReadOptions): Promise<PersonView> {
  return withTransaction(ctx, async (tx) => {
    const row = await getPersonRow(tx, id);
    if (!row || !canOnPerson(tx.actor, 'read', row)) throw personNotFound();
    return readPerson(tx, row, opts);
  });
}

async function readPerson(ctx: Ctx, row: PersonRow, opts: PersonReadOptions): Promise<PersonView> {
  const reveal = opts.reveal === true;
  if (reveal && !canOnPerson(ctx.actor, 'reveal_id_number', row)) throw forbidden();
  if (needsPurpose(ctx.actor, row.id)) {
    if (!opts.purpose) throw purposeRequired();
    await recordPersonalDataRead(ctx, { personId: row.id, purpose: opts.purpose, fields: ['name', 'idNumberMasked', 'birthDate', 'householdRegionCode'] });
    if (reveal) await recordPersonalDataRead(ctx, { personId: row.id, purpose: opts.purpose, fields: ['idNumber'], action: 'personal_data.unmasked' });
  }
  return personView(ctx.platform.keyring, row, reveal);
}

/** Staff look a person up by ID number (a walk-in at the window). */
export function findPersonByIdNumber(ctx: Ctx, input: { idNumber: string; purpose?: string | undefined; reveal?: boolean | undefined }): Promise<PersonView> {
  const idNumber = checkIdNumber(input.idNumber, 'query:/idNumber');
  return withTransaction(ctx, async (tx) => {
    const row = await findPersonRowByIdNumber(tx, idNumber);
    if (!row || !canOnPerson(tx.actor, 'read', row)) throw personNotFound();
    return readPerson(tx, row, input);
  });
}

/** A window clerk registers a walk-in who showed their ID card: real-name level 3 (in person). */
export function registerWalkInPerson(ctx: Ctx, input: { name: string; idNumber: string; phone?: string }): Promise<PersonView> {
  if (!ctx.actor.roles.includes('window_clerk')) throw forbidden();
  const idNumber = checkIdNumber(input.idNumber, '/idNumber');
  return withTransaction(ctx, async (tx) => {
    const row = await insertPerson(tx, { name: input.name, idNumber, phone: input.phone, realNameLevel: 3, realNameMethod: 'window' }, '/idNumber');
    return personView(tx.platform.keyring, row);
  });
}

export interface Newborn { name: string; sex: 'male' | 'female'; birthDate: string; addressCode: string }

/**
 * 出生登记: the household register enters a newborn and assigns their 公民身份号码 (GB 11643): the address code of
 * the household, the birth date, a sequence number not given yet (odd for boys, even for girls), the check
 * character. Only the platform does this, for the police's decided case; the register vouches for the record
 * (real-name level 2). Within the caller's transaction, so a registration and its certificate stand or fall together.
 */
export async function registerNewborn(ctx: Ctx, input: Newborn & { purpose: string }): Promise<{ personId: string; idNumber: string }> {
  if (!canOnPerson(ctx.actor, 'register_newborn', { id: '', householdRegionCode: input.addressCode })) throw forbidden();
  if (!/^\d{6}$/.test(input.addressCode) || !/^\d{4}-\d{2}-\d{2}$/.test(input.birthDate)) {
    throw invalidField('/birthDate', 'identity.newborn_invalid', { zh: '出生日期或户籍地址码无效', en: 'The birth date or the address code is invalid' });
  }
  const prefix = `${input.addressCode}${input.birthDate.replaceAll('-', '')}`;
  for (let seq = input.sex === 'male' ? 1 : 2; seq <= 999; seq += 2) {
    const body = `${prefix}${String(seq).padStart(3, '0')}`;
    const idNumber = `${body}${idCheckChar(body)}`;
    if (await findPersonRowByIdNumber(ctx, idNumber)) continue;
    const row = await insertPerson(ctx, { name: input.name, idNumber, realNameLevel: 2, realNameMethod: 'source:household-registration' }, '/idNumber');
    await recordAudit(ctx, { action: 'person.newborn_registered', subjectType: 'person', subjectId: row.id, subjectPersonId: row.id, purpose: input.purpose });
    return { personId: row.id, idNumber };
  }
  throw conflict('identity.id_numbers_exhausted', { zh: '该地区当日出生人员的公民身份号码顺序码已用完', en: 'No sequence numbers are left for that region and birth date' }, '/birthDate');
}

/** Raises a person's real-name level (never lowers it), audited with the method and the purpose. */
export async function raiseRealNameLevel(ctx: Ctx, row: PersonRow, level: RealNameLevel, method: string, purpose: string): Promise<PersonRow> {
  if (row.realNameLevel >= level) return row;
  const [updated] = await ctx.db.update(persons).set({ realNameLevel: level, realNameMethod: method, updatedAt: ctx.clock.now() })
    .where(eq(persons.id, row.id)).returning();
  await recordAudit(ctx, { action: 'person.real_name_verified', subjectType: 'person', subjectId: row.id, subjectPersonId: row.id,
    purpose, details: { from: row.realNameLevel, to: level, method } });
  await emit(ctx, 'person.real_name_verified', { personId: row.id, level });
  return updated!;
}

/** Raising the real-name level after an in-person check at a window (实名核验). Never lowers it. */
export function verifyRealName(ctx: Ctx, personId: string, input: { purpose: string }): Promise<PersonView> {
  return withTransaction(ctx, async (tx) => {
    const row = await getPersonRow(tx, personId);
    if (!row || !canOnPerson(tx.actor, 'read', row)) throw personNotFound();
    if (!canOnPerson(tx.actor, 'verify_in_person', row)) throw forbidden();
    if (row.realNameLevel >= 3) throw invalidField('', 'identity.already_verified', { zh: '该人员已完成最高级别实名核验', en: 'This person is already verified at the highest level' }, 409);
    return personView(tx.platform.keyring, await raiseRealNameLevel(tx, row, 3, 'window', input.purpose));
  });
}

/**
 * Level 2: the name and ID number were found to agree in a registry the platform trusts (公安人口库 through an
 * identity-check service; in the demo, the demo household register). Only the platform itself records this.
 */
export function recordRealNameCheck(ctx: Ctx, personId: string, input: { source: string }): Promise<PersonView> {
  return withTransaction(ctx, async (tx) => {
    const row = await getPersonRow(tx, personId);
    if (!row || !canOnPerson(tx.actor, 'record_registry_check', row)) throw personNotFound();
    return personView(tx.platform.keyring, await raiseRealNameLevel(tx, row, 2, `source:${input.source}`, `实名核验 ${input.source}`));
  });
}

/**
 * How sure the platform is that the person is who they say (1 self-declared, 2 checked against a registry, 3 in
 * person), or null for no such person. For other modules deciding what a person may have fetched for them: once-only
 * fetches of registry data need level 2 (issue 13 item 5).
 */
export async function realNameLevel(ctx: Ctx, personId: string): Promise<RealNameLevel | null> {
  const [row] = await ctx.db.select({ level: persons.realNameLevel }).from(persons).where(eq(persons.id, personId));
  return row ? (row.level as RealNameLevel) : null;
}

/** A person's record as shown on a profile page: reading it for someone needs the delegation's profile.read. */
export function getPersonProfile(ctx: Ctx, id: string, opts: PersonReadOptions): Promise<PersonView> {
  return withTransaction(ctx, async (tx) => {
    const row = await getPersonRow(tx, id);
    if (!row || !canOnPerson(tx.actor, 'read_profile', row)) throw personNotFound();
    return readPerson(tx, row, opts);
  });
}

export async function countPersonsByLevel(ctx: Ctx, regionPrefix: string): Promise<Record<string, number>> {
  const rows = await ctx.db.select({ level: persons.realNameLevel, n: sql<number>`count(*)::int` }).from(persons)
    .where(sql`${persons.householdRegionCode} LIKE ${`${regionPrefix}%`}`).groupBy(persons.realNameLevel);
  return Object.fromEntries(rows.map((r) => [String(r.level), r.n]));
}
