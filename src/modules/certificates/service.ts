// Issuing electronic certificates (电子证照) as SD-JWT VCs, their status (revoke, suspend, reinstate) on the
// issuer's Token Status List, and the issuer's public face: metadata with JWKS, status lists, type metadata.
import crypto from 'node:crypto';
import { and, asc, eq, lt, ne, sql } from 'drizzle-orm';
import { digest, generateSalt } from '@sd-jwt/crypto-nodejs';
import { StatusList, createHeaderAndPayload } from '@sd-jwt/jwt-status-list';
import { SDJwtVcInstance } from '@sd-jwt/sd-jwt-vc';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { system } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit.js';
import { chinaDate } from '../../platform/calendar.js';
import type { Ctx } from '../../platform/context.js';
import { newId, withActor, withTransaction } from '../../platform/context.js';
import { AppError, forbidden, ifNotFound, invalidField, notFound } from '../../platform/errors.js';
import { emit } from '../../platform/jobs.js';
import { activeSigningKey, keyPurposes, listSigningKeys, publicJwks, revokeSigningKey, rotateSigningKey, type Jwks, type KeyPurpose, type Rotation, type SigningKeySummary } from '../../platform/signing-keys.js';
import { findDepartment, getDepartment } from '../directory/index.js';
import { claimsForCase } from './claims.js';
import { canOnCertificate, canOnSigningKeys } from './policy.js';
import { certificates, statusLists, type CertificateStatus } from './schema.js';
import { certificateTypes, type CertificateType } from './types.js';

const CREDENTIAL_COLUMN = 'certificates.credential_enc';
const HOLDER_KEY_COLUMN = 'certificates.holder_key_enc';
export const STATUS_LIST_CAPACITY = 1 << 17; // 131,072 certificates per list: 32 KB of 2-bit slots, a few hundred bytes compressed
const STATUS_BITS = 2;
const STATUS_VALUE: Record<CertificateStatus, number> = { valid: 0, revoked: 1, suspended: 2 };
const STATUS_LIST_TTL_SECONDS = 300;
const STATUS_LIST_LIFETIME_SECONDS = 86_400;
// A signed list is served until a status changes, the key rotates, or half its lifetime is gone.
const STATUS_LIST_RESIGN_MS = (STATUS_LIST_LIFETIME_SECONDS / 2) * 1000;

export type Holder = { kind: 'person'; personId: string } | { kind: 'enterprise'; enterpriseId: string };
export type CertificateRow = typeof certificates.$inferSelect;

export const issuerUrl = (ctx: Ctx, departmentId: string) => `${ctx.platform.config.publicUrl}/issuers/${departmentId}`;
export const statusListUrl = (ctx: Ctx, listId: string) => `${ctx.platform.config.publicUrl}/status-lists/${listId}`;
export const typeUrl = (ctx: Ctx, code: string) => `${ctx.platform.config.publicUrl}/certificate-types/${code}`;

export function certificateType(code: string): CertificateType {
  const type = certificateTypes().get(code);
  if (!type) throw invalidField('/type', 'certificates.type_unknown', { zh: `没有这种证照类型：${code}`, en: `No such certificate type: ${code}` });
  return type;
}

/** A free slot on the issuer's current status list, at random (herd privacy: the index says nothing about order). */
async function allocateStatusSlot(ctx: Ctx, departmentId: string): Promise<{ listId: string; index: number }> {
  await ctx.db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`status-list:${departmentId}`}))`);
  let [list] = await ctx.db.select().from(statusLists)
    .where(and(eq(statusLists.issuerDepartmentId, departmentId), lt(statusLists.used, sql`${statusLists.capacity} * 3 / 4`)))
    .orderBy(asc(statusLists.createdAt)).limit(1);
  if (!list) {
    [list] = await ctx.db.insert(statusLists).values({ id: newId(), issuerDepartmentId: departmentId, capacity: STATUS_LIST_CAPACITY, createdAt: ctx.clock.now() }).returning();
  }
  // At most three quarters full, so a random probe finds a free slot in a few tries without reading the whole list.
  let index: number;
  do index = crypto.randomInt(list!.capacity);
  while ((await ctx.db.select({ i: certificates.statusIndex }).from(certificates).where(and(eq(certificates.statusListId, list!.id), eq(certificates.statusIndex, index))).limit(1)).length);
  await ctx.db.update(statusLists).set({ used: sql`${statusLists.used} + 1` }).where(eq(statusLists.id, list!.id));
  return { listId: list!.id, index };
}

export interface IssueInput {
  type: string;
  holder: Holder;
  issuerDepartmentId: string;
  claims: Record<string, unknown>;
  applicationId?: string | null;
}

/**
 * Signs a certificate for its holder with the issuing department's key: every claim selectively disclosable,
 * bound to a holder key kept in the wallet, pointing to its slot on the issuer's status list.
 */
export function issueCertificate(ctx: Ctx, input: IssueInput): Promise<CertificateRow> {
  return withTransaction(ctx, async (tx) => {
    const type = certificateType(input.type);
    // The type's issuer signs it, nobody else: another department's key never vouches for this type's content.
    const issuer = await getDepartment(tx, input.issuerDepartmentId);
    if (issuer.code !== type.issuer) throw issuerMismatch(type, issuer.code);
    if (input.applicationId) {
      const [earlier] = await tx.db.select().from(certificates).where(and(eq(certificates.applicationId, input.applicationId), eq(certificates.type, type.code)));
      if (earlier) return earlier; // the completion event came again: one certificate per case
    }
    const unknownClaim = Object.keys(input.claims).find((k) => !type.claims.some((c) => c.name === k));
    if (unknownClaim) throw invalidField(`/claims/${unknownClaim}`, 'certificates.claim_unknown', { zh: `${type.name.zh}没有这一项：${unknownClaim}`, en: `A ${type.name.en} has no claim ${unknownClaim}` });
    const now = tx.clock.now();
    const expiresAt = type.validityYears ? new Date(Date.UTC(now.getUTCFullYear() + type.validityYears, now.getUTCMonth(), now.getUTCDate())) : null;
    const slot = await allocateStatusSlot(tx, input.issuerDepartmentId);
    const issuerKey = await activeSigningKey(tx, input.issuerDepartmentId, 'certificate');
    await activeSigningKey(tx, input.issuerDepartmentId, 'status_list'); // published with the first certificate, before any list is fetched
    const holderKeys = await generateKeyPair('ES256', { extractable: true });
    const holderPublic = await exportJWK(holderKeys.publicKey);
    const sdjwt = new SDJwtVcInstance({ hasher: digest, saltGenerator: generateSalt, signer: issuerKey.sign, signAlg: issuerKey.alg });
    const credential = await sdjwt.issue({
      iss: issuerUrl(tx, input.issuerDepartmentId), vct: typeUrl(tx, type.code), iat: Math.floor(now.getTime() / 1000),
      ...(expiresAt ? { exp: Math.floor(expiresAt.getTime() / 1000) } : {}),
      cnf: { jwk: holderPublic }, status: { status_list: { idx: slot.index, uri: statusListUrl(tx, slot.listId) } },
      ...input.claims,
    }, { _sd: Object.keys(input.claims) } as never, { header: { kid: issuerKey.kid, typ: 'dc+sd-jwt' } });
    const keyring = tx.platform.keyring;
    const [row] = await tx.db.insert(certificates).values({
      id: newId(), type: type.code, issuerDepartmentId: input.issuerDepartmentId,
      holderPersonId: input.holder.kind === 'person' ? input.holder.personId : null, holderEnterpriseId: input.holder.kind === 'enterprise' ? input.holder.enterpriseId : null,
      applicationId: input.applicationId ?? null, credentialEnc: keyring.encrypt(credential, CREDENTIAL_COLUMN),
      holderKeyEnc: keyring.encrypt(JSON.stringify(await exportJWK(holderKeys.privateKey)), HOLDER_KEY_COLUMN),
      statusListId: slot.listId, statusIndex: slot.index, status: 'valid', issuedAt: now, expiresAt,
    }).returning();
    const holderPersonId = input.holder.kind === 'person' ? input.holder.personId : null;
    await recordAudit(tx, { action: 'certificate.issued', subjectType: 'certificate', subjectId: row!.id, subjectPersonId: holderPersonId,
      details: { type: type.code, issuer: input.issuerDepartmentId, application: input.applicationId ?? null, kid: issuerKey.kid } });
    await emit(tx, 'certificate.issued', { certificateId: row!.id, type: type.code, holder: input.holder, issuerDepartmentId: input.issuerDepartmentId,
      applicationId: input.applicationId ?? null, issuedAt: now.toISOString() });
    return row!;
  });
}

/** What a completed case hands over for its result certificate. */
export interface CaseResult {
  type: string;
  applicationId: string;
  applicationNumber: string | null;
  regionCode: string;
  applicantPersonId: string;
  applicantEnterpriseId: string | null;
  formData: Record<string, unknown>;
  /** The code of the department that decided: the item's owning department. */
  decidingDepartment: string;
}

const issuerMismatch = (type: CertificateType, department: string) => new AppError({ code: 'certificates.issuer_mismatch', status: 409,
  message: { zh: `${type.name.zh}只能由其签发部门（${type.issuer}）签发，${department} 不能签发`, en: `Only its issuing department (${type.issuer}) issues a ${type.name.en}, not ${department}` } });

/**
 * The result certificate of an approved case, signed by the type's issuing department in the case's region (or
 * the nearest one above it). Holder facts are read as the platform, for this purpose, and logged.
 */
export async function issueForCase(ctx: Ctx, result: CaseResult): Promise<CertificateRow> {
  const type = certificateType(result.type);
  // A department's decision yields only its own types: an item naming another department's type (however it got
  // into the catalog) never makes that department's key sign content it did not decide.
  if (result.decidingDepartment !== type.issuer) throw issuerMismatch(type, result.decidingDepartment);
  const [earlier] = await ctx.db.select().from(certificates).where(and(eq(certificates.applicationId, result.applicationId), eq(certificates.type, type.code)));
  if (earlier) return earlier; // the decision was handled already: its subject is not registered twice
  const issuer = await issuingDepartment(ctx, result.regionCode, type);
  const platform = withActor(ctx, system);
  const purpose = `签发电子证照 issuing ${type.code} for case ${result.applicationNumber ?? result.applicationId}`;
  const holder: Holder = result.applicantEnterpriseId ? { kind: 'enterprise', enterpriseId: result.applicantEnterpriseId } : { kind: 'person', personId: result.applicantPersonId };
  const claims = await claimsForCase(platform, { type, issuer: { id: issuer.id, code: issuer.code }, applicant: holder, form: result.formData,
    applicationNumber: result.applicationNumber, issuedOn: chinaDate(ctx.clock.now()), purpose });
  return issueCertificate(ctx, { type: type.code, holder, issuerDepartmentId: issuer.id, claims, applicationId: result.applicationId });
}

/** The type's issuer in the region, or in the nearest region above it (a district case, a city-level issuer). */
async function issuingDepartment(ctx: Ctx, regionCode: string, type: CertificateType) {
  for (let code = regionCode; code.length >= 2; code = code.endsWith('0000') ? '' : code.endsWith('00') ? `${code.slice(0, 2)}0000` : `${code.slice(0, 4)}00`) {
    const department = await findDepartment(ctx, code, type.issuer);
    if (department) return department;
    if (code.endsWith('0000')) break;
  }
  throw new AppError({ code: 'certificates.issuer_missing', status: 409, message: { zh: `尚未设立${type.name.zh}的签发部门`, en: `No department issues ${type.name.en} here` } });
}

// ---------- status: revoke, suspend, reinstate ----------

const certificateNotFound = () => notFound({ zh: '证照', en: 'certificate' });

const transitions: Record<'revoke' | 'suspend' | 'reinstate', { from: CertificateStatus[]; to: CertificateStatus }> = {
  revoke: { from: ['valid', 'suspended'], to: 'revoked' }, // revoked is for ever
  suspend: { from: ['valid'], to: 'suspended' },
  reinstate: { from: ['suspended'], to: 'valid' },
};

export function changeStatus(ctx: Ctx, id: string, action: keyof typeof transitions, reason: string): Promise<CertificateRow> {
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db.select().from(certificates).where(eq(certificates.id, id)).for('update');
    if (!row) throw certificateNotFound();
    // Staff of another department learn nothing of it; its holder, who sees it, is told no.
    if (!canOnCertificate(tx.actor, 'change_status', row)) throw canOnCertificate(tx.actor, 'read', row) ? forbidden() : certificateNotFound();
    const { from, to } = transitions[action];
    if (!from.includes(row.status)) {
      throw new AppError({ code: 'certificates.status_conflict', status: 409, field: '/action',
        message: { zh: `证照当前状态为“${statusNames[row.status].zh}”，不能${actionNames[action].zh}`, en: `The certificate is ${statusNames[row.status].en}; it cannot be ${actionNames[action].en}` } });
    }
    const [updated] = await tx.db.update(certificates).set({ status: to, statusReason: reason, statusChangedAt: tx.clock.now() }).where(eq(certificates.id, id)).returning();
    await tx.db.update(statusLists).set({ revision: sql`${statusLists.revision} + 1` }).where(eq(statusLists.id, row.statusListId)); // re-signed on next fetch
    const event = statusEvents[action];
    await recordAudit(tx, { action: event, subjectType: 'certificate', subjectId: id,
      subjectPersonId: row.holderPersonId, details: { from: row.status, to, reason } });
    const holder: Holder = row.holderEnterpriseId ? { kind: 'enterprise', enterpriseId: row.holderEnterpriseId } : { kind: 'person', personId: row.holderPersonId! };
    const payload = { certificateId: id, type: row.type, holder, reason };
    // Each name written out, so the declared-events test finds every event emitted.
    if (action === 'revoke') await emit(tx, 'certificate.revoked', payload);
    else if (action === 'suspend') await emit(tx, 'certificate.suspended', payload);
    else await emit(tx, 'certificate.reinstated', payload);
    return updated!;
  });
}

export const statusNames: Record<CertificateStatus, { zh: string; en: string }> = {
  valid: { zh: '有效', en: 'valid' }, revoked: { zh: '已注销', en: 'revoked' }, suspended: { zh: '已暂停', en: 'suspended' },
};
const statusEvents = { revoke: 'certificate.revoked', suspend: 'certificate.suspended', reinstate: 'certificate.reinstated' } as const;
const actionNames = { revoke: { zh: '注销', en: 'revoked' }, suspend: { zh: '暂停', en: 'suspended' }, reinstate: { zh: '恢复', en: 'reinstated' } };

/** A department's signing keys, every purpose, newest first: what an operator sees before rotating or revoking. */
export async function listDepartmentKeys(ctx: Ctx, departmentId: string): Promise<SigningKeySummary[]> {
  if (!canOnSigningKeys(ctx.actor, 'list')) throw forbidden();
  await getDepartment(ctx, departmentId);
  return listSigningKeys(ctx, departmentId);
}

/** An operator rotates a department's signing keys (every purpose unless named); what the old keys signed stays valid. */
export async function rotateDepartmentKeys(ctx: Ctx, departmentId: string, purposes: readonly KeyPurpose[] = keyPurposes): Promise<Rotation[]> {
  if (!canOnSigningKeys(ctx.actor, 'rotate')) throw forbidden();
  await getDepartment(ctx, departmentId);
  return rotateSigningKey(ctx, departmentId, purposes);
}

/**
 * An operator revokes a department's key (a compromised key: 密钥泄露). The key leaves the published JWKS at once,
 * so every certificate it signed fails verification (`signature`: the issuer does not publish the key) at our
 * verify API and at any verifier that refetches the issuer metadata; an offline verifier holding an older copy
 * of the metadata still accepts them until it refreshes. Holders must be issued new certificates; the next
 * signature for the purpose makes a new key. Status lists and exchange answers are signed fresh when fetched.
 */
export async function revokeDepartmentKey(ctx: Ctx, departmentId: string, kid: string, reason: string): Promise<SigningKeySummary> {
  if (!canOnSigningKeys(ctx.actor, 'revoke')) throw forbidden();
  await getDepartment(ctx, departmentId);
  await revokeSigningKey(ctx, departmentId, kid, reason);
  return (await listSigningKeys(ctx, departmentId)).find((k) => k.kid === kid)!;
}

// ---------- the issuer's public face ----------

/**
 * SD-JWT VC issuer metadata: who the issuer is and the keys that sign its certificates (`jwks`). The keys that sign
 * its status lists are another set (`status_list_jwks`, our own member): neither kind of token verifies as the other.
 */
export async function issuerMetadata(ctx: Ctx, departmentId: string): Promise<{ issuer: string; jwks: Jwks; status_list_jwks: Jwks; name: { zh: string; en: string } }> {
  const department = await ifNotFound(getDepartment(ctx, departmentId), () => {
    throw notFound({ zh: '签发机构', en: 'issuer' });
  });
  return { issuer: issuerUrl(ctx, departmentId), jwks: await publicJwks(ctx, departmentId, 'certificate'),
    status_list_jwks: await publicJwks(ctx, departmentId, 'status_list'), name: department.name };
}

export interface SignedStatusList { jwt: string; etag: string }

/**
 * The status list as a signed JWT (IETF Token Status List), signed once per change: the token signed for the
 * list's current revision with the current key is kept on the list's row (shared by every node) and served until
 * a status changes, the status-list key rotates, or half its lifetime has passed.
 */
export async function statusListJwt(ctx: Ctx, listId: string): Promise<SignedStatusList> {
  const [list] = await ctx.db.select().from(statusLists).where(eq(statusLists.id, listId));
  if (!list) throw notFound({ zh: '状态列表', en: 'status list' });
  const key = await activeSigningKey(ctx, list.issuerDepartmentId, 'status_list');
  const now = ctx.clock.now();
  const age = list.signedAt ? now.getTime() - list.signedAt.getTime() : Infinity;
  if (list.signedJwt && list.signedRevision === list.revision && list.signedKid === key.kid && age >= 0 && age < STATUS_LIST_RESIGN_MS) {
    return { jwt: list.signedJwt, etag: etagOf(list.signedJwt) };
  }
  // Read after the list's row: a change committed in between raises the revision, so the store below keeps nothing.
  const slots = new Array<number>(list.capacity).fill(0);
  const changed = await ctx.db.select({ index: certificates.statusIndex, status: certificates.status }).from(certificates)
    .where(and(eq(certificates.statusListId, listId), ne(certificates.status, 'valid')));
  for (const c of changed) slots[c.index] = STATUS_VALUE[c.status];
  const iat = Math.floor(now.getTime() / 1000);
  const { header, payload } = createHeaderAndPayload(new StatusList(slots, STATUS_BITS),
    { iss: issuerUrl(ctx, list.issuerDepartmentId), sub: statusListUrl(ctx, listId), iat, exp: iat + STATUS_LIST_LIFETIME_SECONDS, ttl: STATUS_LIST_TTL_SECONDS },
    { alg: key.alg, typ: 'statuslist+jwt', kid: key.kid });
  const jwt = await new SignJWT(payload as never).setProtectedHeader(header).sign(key.privateKey);
  await ctx.db.update(statusLists).set({ signedJwt: jwt, signedRevision: list.revision, signedKid: key.kid, signedAt: now })
    .where(and(eq(statusLists.id, listId), eq(statusLists.revision, list.revision)));
  return { jwt, etag: etagOf(jwt) };
}

const etagOf = (jwt: string) => `"${crypto.createHash('sha256').update(jwt).digest('base64url').slice(0, 32)}"`;

/** SD-JWT VC type metadata: the type's name and its claims' labels, so a verifier can show them. */
export function typeMetadata(ctx: Ctx, code: string) {
  const type = certificateTypes().get(code);
  if (!type) throw notFound({ zh: '证照类型', en: 'certificate type' });
  return {
    vct: typeUrl(ctx, code), name: type.name.zh,
    display: [{ locale: 'zh-CN', name: type.name.zh }, { locale: 'en', name: type.name.en }],
    claims: type.claims.map((c) => ({ path: [c.name], sd: 'always', display: [{ locale: 'zh-CN', label: c.label.zh }, { locale: 'en', label: c.label.en }] })),
  };
}

export const decryptCredential = (ctx: Ctx, row: CertificateRow) => ctx.platform.keyring.decrypt(row.credentialEnc, CREDENTIAL_COLUMN);
export const holderKey = (ctx: Ctx, row: CertificateRow) => JSON.parse(ctx.platform.keyring.decrypt(row.holderKeyEnc, HOLDER_KEY_COLUMN)) as crypto.JsonWebKey;
