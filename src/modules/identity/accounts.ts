// Accounts, postings (roles in places), passwords (argon2id) and citizen self-registration.
import { hash, verify } from '@node-rs/argon2';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { departmentsWhere, isOperator, type Posting, type Role } from '../../platform/actor.js';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { recordAudit, recordPersonalDataRead } from '../../platform/audit.js';
import { emit } from '../../platform/jobs.js';
import { conflict, forbidden, ifNotFound, invalidField } from '../../platform/errors.js';
import { getDepartment } from '../directory/index.js';
import { accountNotFound, checkIdNumber, checkPassword, personNotFound } from './errors.js';
import { findPersonRowByIdNumber, getPersonRow, insertPerson, personRow, personView, raiseRealNameLevel, type PersonView } from './persons.js';
import { canGrantPosting, canOnAccount, canOnPerson, type AccountAction } from './policy.js';
import { accounts, persons, postings } from './schema.js';

export const hashPassword = (password: string) => hash(password); // argon2id, m=19 MiB, t=2, p=1 (OWASP)
export const verifyPassword = (passwordHash: string, password: string) => verify(passwordHash, password).catch(() => false);

export interface PostingInput {
  role: Role;
  departmentId?: string | null | undefined;
  regionCode?: string | null | undefined;
}

export interface AccountView {
  id: string;
  username: string | null;
  displayName: string;
  personId: string | null;
  status: 'active' | 'disabled';
  postings: Posting[];
  createdAt: string;
}

type AccountRow = typeof accounts.$inferSelect;

const accountView = (row: AccountRow, ps: Posting[]): AccountView => ({
  id: row.id, username: row.username, displayName: row.displayName, personId: row.personId, status: row.status, postings: ps, createdAt: row.createdAt.toISOString(),
});

export async function loadPostings(ctx: Ctx, accountIds: string[]): Promise<Map<string, Posting[]>> {
  const map = new Map<string, Posting[]>(accountIds.map((id) => [id, []]));
  if (accountIds.length === 0) return map;
  const rows = await ctx.db.select().from(postings).where(inArray(postings.accountId, accountIds)).orderBy(asc(postings.role));
  for (const r of rows) map.get(r.accountId)?.push({ role: r.role as Role, departmentId: r.departmentId, regionCode: r.regionCode });
  return map;
}

const STAFF_NEEDS_DEPARTMENT: readonly Role[] = ['window_clerk', 'reviewer', 'department_admin'];

/** Staff postings take their region from their department; leaders name their region. */
async function resolvePosting(ctx: Ctx, p: PostingInput, i: number, base = '/postings'): Promise<Posting> {
  const field = base ? `${base}/${i}` : '';
  if (STAFF_NEEDS_DEPARTMENT.includes(p.role)) {
    if (!p.departmentId) throw invalidField(`${field}/departmentId`, 'identity.posting_department_required', { zh: '该角色须指定所属部门', en: 'This role needs a department' });
    const department = await ifNotFound(getDepartment(ctx, p.departmentId), () => {
      throw invalidField(`${field}/departmentId`, 'identity.posting_department_unknown', { zh: '部门不存在', en: 'No such department' });
    });
    return { role: p.role, departmentId: department.id, regionCode: department.regionCode };
  }
  if (p.role === 'leader' && !p.regionCode) {
    throw invalidField(`${field}/regionCode`, 'identity.posting_region_required', { zh: '领导角色须指定所辖行政区划', en: 'A leader needs a region' });
  }
  return { role: p.role, departmentId: null, regionCode: p.role === 'leader' ? p.regionCode! : null };
}

export interface NewAccount {
  username: string;
  displayName: string;
  password: string;
  postings: PostingInput[];
  personId?: string | null;
}

/** Creates a staff (or operator) account. Department admins create accounts only inside their department. */
export function createAccount(ctx: Ctx, input: NewAccount): Promise<AccountView> {
  checkPassword(input.password, '/password');
  return withTransaction(ctx, async (tx) => {
    const resolved: Posting[] = [];
    for (const [i, p] of input.postings.entries()) {
      const posting = await resolvePosting(tx, p, i);
      if (!canGrantPosting(tx.actor, posting)) throw forbidden();
      resolved.push(posting);
    }
    return insertAccount(tx, input, resolved);
  });
}

type AccountInsert = { username: string | null; displayName: string; personId?: string | null } & ({ password: string } | { passwordHash: string });

async function insertAccount(ctx: Ctx, input: AccountInsert, ps: Posting[]): Promise<AccountView> {
  const [row] = await ctx.db.insert(accounts).values({
    id: newId(), username: input.username?.trim().toLowerCase() ?? null, displayName: input.displayName, personId: input.personId ?? null,
    passwordHash: 'passwordHash' in input ? input.passwordHash : await hashPassword(input.password), status: 'active', createdAt: ctx.clock.now(),
  }).onConflictDoNothing().returning();
  if (!row) {
    throw input.username
      ? conflict('identity.username_taken', { zh: '用户名已被使用', en: 'This username is taken' }, '/username')
      : conflict('identity.already_registered', { zh: '该人员已注册账号', en: 'This person already has an account' });
  }
  if (ps.length) await ctx.db.insert(postings).values(ps.map((p) => ({ id: newId(), accountId: row.id, ...p })));
  await recordAudit(ctx, { action: 'account.created', subjectType: 'account', subjectId: row.id, subjectPersonId: row.personId,
    details: { postings: ps.map((p) => ({ role: p.role, departmentId: p.departmentId, regionCode: p.regionCode })) } });
  await emit(ctx, 'account.created', { accountId: row.id, roles: ps.map((p) => p.role) });
  return accountView(row, ps);
}

/**
 * A new person and their citizen account, for trusted callers (the demo seed, tests, bulk loads): real-name level 1,
 * self-declared (the ID number passed its checksum only). An ID number already on record is refused: an account is
 * never joined to an existing person here (see openAccountAtWindow).
 */
export function registerCitizen(ctx: Ctx, input: { name: string; idNumber: string; phone?: string | undefined; password: string }): Promise<{ account: AccountView; person: PersonView }> {
  const idNumber = checkIdNumber(input.idNumber, '/idNumber');
  checkPassword(input.password, '/password');
  return withTransaction(ctx, async (tx) => {
    const person = await insertPerson(tx, { name: input.name, idNumber, phone: input.phone, realNameLevel: 1, realNameMethod: 'self_declared' }, '/idNumber');
    const account = await insertAccount(tx, { username: null, displayName: input.name, password: input.password, personId: person.id },
      [{ role: 'citizen', departmentId: null, regionCode: null }]);
    return { account, person: personView(tx.platform.keyring, person) };
  });
}

/**
 * Online self-registration (实名注册, POST /api/v1/auth/register). The answer is the same whatever is on record, so
 * it tells nobody whether an ID number is registered or whether a name goes with it:
 * - an ID number nobody has: a new person (real-name level 1, self-declared) with a citizen account;
 * - an ID number already on record (an account holder, a walk-in a clerk registered, an enterprise's legal
 *   representative): nothing is created or changed, and no name is compared. The attempt is audited on that person and
 *   an account holder is told in their inbox. Such a person opens their account at a window, with their ID card.
 * Both paths hash the password once, so they take about as long.
 */
export function requestRegistration(ctx: Ctx, input: { name: string; idNumber: string; phone?: string | undefined; password: string }): Promise<void> {
  const idNumber = checkIdNumber(input.idNumber, '/idNumber');
  checkPassword(input.password, '/password');
  return withTransaction(ctx, async (tx) => {
    const passwordHash = await hashPassword(input.password);
    const [person] = await tx.db.insert(persons)
      .values(personRow(tx.platform.keyring, { name: input.name, idNumber, phone: input.phone, realNameLevel: 1, realNameMethod: 'self_declared' }, tx.clock.now()))
      .onConflictDoNothing().returning(); // a concurrent registration of the same number loses quietly, like any taken one
    if (!person) {
      const existing = await findPersonRowByIdNumber(tx, idNumber);
      if (!existing) throw new Error('registration: the person insert conflicted but no person has this ID number');
      await recordAudit(tx, { action: 'account.registration_refused', subjectType: 'person', subjectId: existing.id, subjectPersonId: existing.id,
        details: { reason: 'id_number_on_record' } });
      await emit(tx, 'person.registration_attempted', { personId: existing.id });
      return;
    }
    await recordAudit(tx, { action: 'person.registered', subjectType: 'person', subjectId: person.id, subjectPersonId: person.id, details: { method: 'self_declared' } });
    await emit(tx, 'person.registered', { personId: person.id });
    await insertAccount(tx, { username: null, displayName: input.name, passwordHash, personId: person.id }, [{ role: 'citizen', departmentId: null, regionCode: null }]);
  });
}

/**
 * 窗口开通账号: a person already on record (a walk-in, a legal representative, someone whose online registration
 * could not go ahead) opens their citizen account at a window. The clerk checks the ID card in person, so the
 * record is raised to real-name level 3; the password is typed by the citizen on the window's keypad.
 */
export function openAccountAtWindow(ctx: Ctx, personId: string, input: { password: string; purpose: string }): Promise<{ account: AccountView; person: PersonView }> {
  checkPassword(input.password, '/password');
  return withTransaction(ctx, async (tx) => {
    const row = await getPersonRow(tx, personId);
    if (!row || !canOnPerson(tx.actor, 'read', row)) throw personNotFound();
    if (!canOnPerson(tx.actor, 'open_account', row)) throw forbidden();
    const [existing] = await tx.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.personId, personId));
    if (existing) throw conflict('identity.already_registered', { zh: '该人员已开通账号，可直接登录', en: 'This person already has an account and can sign in' });
    const person = row.realNameLevel >= 3 ? row : await raiseRealNameLevel(tx, row, 3, 'window', input.purpose);
    const account = await insertAccount(tx, { username: null, displayName: person.name, password: input.password, personId },
      [{ role: 'citizen', departmentId: null, regionCode: null }]);
    await recordPersonalDataRead(tx, { personId, purpose: input.purpose, fields: ['name', 'idNumberMasked'] });
    return { account, person: personView(tx.platform.keyring, person) };
  });
}

export async function listAccounts(ctx: Ctx, filter: { departmentId?: string | undefined }): Promise<AccountView[]> {
  const operator = isOperator(ctx.actor);
  const mine = departmentsWhere(ctx.actor, 'department_admin');
  if (!operator && mine.length === 0) throw forbidden();
  // Operators see everyone (or one department); a department admin only their own departments' staff.
  const scope = operator ? (filter.departmentId ? [filter.departmentId] : null) : mine.filter((d) => !filter.departmentId || d === filter.departmentId);
  if (scope?.length === 0) return [];
  const ids = scope && (await ctx.db.selectDistinct({ id: postings.accountId }).from(postings).where(inArray(postings.departmentId, scope))).map((r) => r.id);
  if (ids?.length === 0) return [];
  const rows = await ctx.db.select().from(accounts).where(ids ? inArray(accounts.id, ids) : undefined).orderBy(asc(accounts.createdAt)).limit(1000);
  const ps = await loadPostings(ctx, rows.map((r) => r.id));
  return rows.map((r) => accountView(r, ps.get(r.id) ?? [])).filter((a) => canOnAccount(ctx.actor, 'read', a));
}

/** Loads an account for a change, locked; "not found" unless the actor may see it, 403 unless they may do this. */
async function loadForChange(ctx: Ctx, id: string, action: AccountAction): Promise<{ row: AccountRow; ps: Posting[] }> {
  const [row] = await ctx.db.select().from(accounts).where(eq(accounts.id, id)).for('update');
  const ps = row ? (await loadPostings(ctx, [id])).get(id) ?? [] : [];
  if (!row || !canOnAccount(ctx.actor, 'read', { postings: ps })) throw accountNotFound();
  if (!canOnAccount(ctx.actor, action, { postings: ps })) throw forbidden();
  return { row, ps };
}

const endSessions = (ctx: Ctx, accountId: string) =>
  ctx.db.execute(sql`UPDATE sessions SET ended_at = ${ctx.clock.now().toISOString()} WHERE account_id = ${accountId} AND ended_at IS NULL`);

/** Disables an account and ends its sessions. */
export function disableAccount(ctx: Ctx, id: string): Promise<AccountView> {
  return withTransaction(ctx, async (tx) => {
    const { ps } = await loadForChange(tx, id, 'disable');
    const [updated] = await tx.db.update(accounts).set({ status: 'disabled' }).where(eq(accounts.id, id)).returning();
    await endSessions(tx, id);
    await recordAudit(tx, { action: 'account.disabled', subjectType: 'account', subjectId: id });
    await emit(tx, 'account.disabled', { accountId: id });
    return accountView(updated!, ps);
  });
}

/** Sets a new password for a staff member who lost theirs (handed over in person); their sessions end. */
export function resetPassword(ctx: Ctx, id: string, input: { password: string }): Promise<AccountView> {
  checkPassword(input.password, '/password');
  return withTransaction(ctx, async (tx) => {
    const { ps } = await loadForChange(tx, id, 'reset_password');
    const [updated] = await tx.db.update(accounts).set({ passwordHash: await hashPassword(input.password) }).where(eq(accounts.id, id)).returning();
    await endSessions(tx, id);
    await recordAudit(tx, { action: 'account.password_reset', subjectType: 'account', subjectId: id });
    return accountView(updated!, ps);
  });
}

/** Gives an account one more posting (a role in a department or region), within what the actor may hand out. */
export function addPosting(ctx: Ctx, id: string, input: PostingInput): Promise<AccountView> {
  return withTransaction(ctx, async (tx) => {
    const { row, ps } = await loadForChange(tx, id, 'add_posting');
    const posting = await resolvePosting(tx, input, 0, '');
    if (!canGrantPosting(tx.actor, posting)) throw forbidden();
    await tx.db.insert(postings).values({ id: newId(), accountId: id, ...posting }).onConflictDoNothing();
    await recordAudit(tx, { action: 'account.posting_added', subjectType: 'account', subjectId: id,
      details: { role: posting.role, departmentId: posting.departmentId, regionCode: posting.regionCode } });
    const all = (await loadPostings(tx, [id])).get(id) ?? [];
    return accountView(row, all.length ? all : ps);
  });
}

/** The roles an account holds, and where: for other modules deciding who may be given work. */
export async function accountPostings(ctx: Ctx, accountId: string): Promise<Posting[]> {
  return (await loadPostings(ctx, [accountId])).get(accountId) ?? [];
}
