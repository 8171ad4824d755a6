// Accounts, postings (roles in places), passwords (argon2id) and citizen self-registration.
import { hash, verify } from '@node-rs/argon2';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { departmentsWhere, isOperator, type Posting, type Role } from '../../platform/actor.js';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { recordAudit } from '../../platform/audit.js';
import { emit } from '../../platform/jobs.js';
import { conflict, forbidden, ifNotFound, invalidField } from '../../platform/errors.js';
import { getDepartment } from '../directory/index.js';
import { accountNotFound, checkIdNumber, checkPassword } from './errors.js';
import { findPersonRowByIdNumber, insertPerson, personView, type PersonView } from './persons.js';
import { canGrantPosting, canManageAccount } from './policy.js';
import { accounts, postings } from './schema.js';

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
async function resolvePosting(ctx: Ctx, p: PostingInput, i: number): Promise<Posting> {
  const field = `/postings/${i}`;
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

async function insertAccount(ctx: Ctx, input: { username: string | null; displayName: string; password: string; personId?: string | null }, ps: Posting[]): Promise<AccountView> {
  const [row] = await ctx.db.insert(accounts).values({
    id: newId(), username: input.username?.trim().toLowerCase() ?? null, displayName: input.displayName, personId: input.personId ?? null,
    passwordHash: await hashPassword(input.password), status: 'active', createdAt: ctx.clock.now(),
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

/** Citizen self-registration: real-name level 1 (self-declared; the ID number passed its checksum only). */
export function registerCitizen(ctx: Ctx, input: { name: string; idNumber: string; phone?: string; password: string }): Promise<{ account: AccountView; person: PersonView }> {
  const idNumber = checkIdNumber(input.idNumber, '/idNumber');
  checkPassword(input.password, '/password');
  return withTransaction(ctx, async (tx) => {
    let person = await findPersonRowByIdNumber(tx, idNumber);
    if (person) {
      // Known already (a walk-in, or registered by a source): the name must match what is on record.
      if (person.name !== input.name) throw conflict('identity.person_mismatch', { zh: '姓名与公民身份号码登记信息不一致', en: 'The name does not match the record of this ID number' }, '/name');
      const [existing] = await tx.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.personId, person.id));
      if (existing) throw conflict('identity.already_registered', { zh: '该公民身份号码已注册账号，请直接登录', en: 'This ID number already has an account; please sign in' }, '/idNumber');
    } else {
      person = await insertPerson(tx, { name: input.name, idNumber, phone: input.phone, realNameLevel: 1, realNameMethod: 'self_declared' }, '/idNumber');
    }
    const account = await insertAccount(tx, { username: null, displayName: input.name, password: input.password, personId: person.id },
      [{ role: 'citizen', departmentId: null, regionCode: null }]);
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
  return rows.map((r) => accountView(r, ps.get(r.id) ?? [])).filter((a) => operator || canManageAccount(ctx.actor, a));
}

/** Disables an account and ends its sessions. */
export function disableAccount(ctx: Ctx, id: string): Promise<AccountView> {
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db.select().from(accounts).where(eq(accounts.id, id)).for('update');
    const ps = (await loadPostings(tx, [id])).get(id) ?? [];
    if (!row || !canManageAccount(tx.actor, { postings: ps })) throw accountNotFound();
    const [updated] = await tx.db.update(accounts).set({ status: 'disabled' }).where(eq(accounts.id, id)).returning();
    await tx.db.execute(sql`UPDATE sessions SET ended_at = ${tx.clock.now().toISOString()} WHERE account_id = ${id} AND ended_at IS NULL`);
    await recordAudit(tx, { action: 'account.disabled', subjectType: 'account', subjectId: id });
    await emit(tx, 'account.disabled', { accountId: id });
    return accountView(updated!, ps);
  });
}

/** The roles an account holds, and where: for other modules deciding who may be given work. */
export async function accountPostings(ctx: Ctx, accountId: string): Promise<Posting[]> {
  return (await loadPostings(ctx, [accountId])).get(accountId) ?? [];
}
