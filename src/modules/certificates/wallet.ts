// The holder's wallet (我的证照): list, view, download, and share chosen claims with one verifier for a while
// (亮证). A share is an SD-JWT presentation with a key-binding proof naming the verifier and the end of the share,
// so it works offline and cannot be stretched. It travels as a link whose fragment carries the token, and as a QR code.
import crypto from 'node:crypto';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { digest } from '@sd-jwt/crypto-nodejs';
import { SDJwtVcInstance } from '@sd-jwt/sd-jwt-vc';
import QRCode from 'qrcode';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { AppError, forbidden, invalidField, notFound } from '../../platform/errors.js';
import { getDepartment } from '../directory/index.js';
import { canOnCertificate, walletHolder, type CertificateAction } from './policy.js';
import { sharePdf } from './pdf.js';
import { certificateShares, certificates } from './schema.js';
import { certificateType, decryptCredential, holderKey, statusNames, type CertificateRow } from './service.js';
import type { CertificateType } from './types.js';

/** `sensitive`: an identifier, a date of birth or an address: never ticked for a share unless the holder chooses it. */
export interface ClaimView { name: string; label: { zh: string; en: string }; value: unknown; sensitive: boolean }

export interface CertificateView {
  id: string; type: string; typeName: { zh: string; en: string };
  issuer: { id: string; name: { zh: string; en: string } };
  holder: { kind: 'person' | 'enterprise'; id: string };
  status: 'valid' | 'revoked' | 'suspended' | 'expired'; statusName: { zh: string; en: string };
  issuedAt: Date; expiresAt: Date | null; applicationId: string | null;
  /** Whom it is about (the holder, or their child): two certificates of one type in a wallet are told apart by it. */
  subjectName: string | null;
  claims: ClaimView[];
}

export interface ShareView {
  id: string; certificateId: string; claims: string[]; verifier: string; createdAt: Date; expiresAt: Date; revokedAt: Date | null;
  /** The short code the link carries; null for shares made before short links. */
  code: string | null;
  presentation: string; link: string; qrSvg: string;
}

const hasher = new SDJwtVcInstance({ hasher: digest });

/** The wallet the actor opens (their own, the enterprise they act for, the person they help), as a filter. */
function ownedBy(actor: Actor) {
  const holder = walletHolder(actor);
  if (!holder) return undefined;
  return 'enterpriseId' in holder ? eq(certificates.holderEnterpriseId, holder.enterpriseId)
    : and(eq(certificates.holderPersonId, holder.personId), isNull(certificates.holderEnterpriseId));
}

const certificateNotFound = () => notFound({ zh: '证照', en: 'certificate' });

/**
 * A certificate in the actor's wallet that they may `action`; one they may not see reads as not found, one they
 * see but may not act on is forbidden.
 */
export async function walletCertificate(ctx: Ctx, id: string, action: CertificateAction = 'read'): Promise<CertificateRow> {
  const whose = ownedBy(ctx.actor);
  if (!whose) throw certificateNotFound();
  const [row] = await ctx.db.select().from(certificates).where(and(eq(certificates.id, id), whose));
  if (!row || !canOnCertificate(ctx.actor, 'read', row)) throw certificateNotFound();
  if (!canOnCertificate(ctx.actor, action, row)) {
    throw action === 'share' && row.holderEnterpriseId === null
      ? new AppError({ code: 'certificates.only_holder_shares', status: 403, message: { zh: '只有持证人本人可以出示个人证照', en: 'Only the holder can show a personal certificate' } })
      : forbidden();
  }
  return row;
}

export function effectiveStatus(row: CertificateRow, now: Date): CertificateView['status'] {
  if (row.status === 'valid' && row.expiresAt && row.expiresAt <= now) return 'expired';
  return row.status;
}

export async function certificateView(ctx: Ctx, row: CertificateRow): Promise<CertificateView> {
  const type = certificateType(row.type);
  const claims = (await hasher.getClaims(decryptCredential(ctx, row))) as Record<string, unknown>;
  const issuer = await getDepartment(ctx, row.issuerDepartmentId);
  const status = effectiveStatus(row, ctx.clock.now());
  return {
    id: row.id, type: row.type, typeName: type.name, issuer: { id: issuer.id, name: issuer.name },
    holder: row.holderEnterpriseId ? { kind: 'enterprise', id: row.holderEnterpriseId } : { kind: 'person', id: row.holderPersonId! },
    status, statusName: status === 'expired' ? { zh: '已过期', en: 'expired' } : statusNames[status],
    issuedAt: row.issuedAt, expiresAt: row.expiresAt, applicationId: row.applicationId,
    subjectName: subjectNameOf(type, claims),
    claims: type.claims.filter((c) => claims[c.name] !== undefined).map((c) => ({ name: c.name, label: c.label, value: claims[c.name], sensitive: isSensitiveClaim(c) })),
  };
}

/** The claim naming the type's subject (the child's name on a child's 户口簿, the holder's on their own). */
function subjectNameOf(type: CertificateType, claims: Record<string, unknown>): string | null {
  const subject = type.subject ?? 'applicant';
  const claim = type.claims.find((c) => c.from.includes(`${subject}.name`) || c.from.includes(`form:/${subject}/name`));
  const value = claim ? claims[claim.name] : undefined;
  return typeof value === 'string' ? value : null;
}

/** Identifiers, dates of birth and addresses: shown only when the holder ticks them (a hotel needs a name, not a number). */
export function isSensitiveClaim(claim: CertificateType['claims'][number]): boolean {
  return claim.from.some((f) => /idNumber|birthDate|address|\/(address|premisesAddress|residenceAddress)$/i.test(f)) || /idnumber|address|birth/i.test(claim.name);
}

export async function listWallet(ctx: Ctx, filter: { type?: string | undefined } = {}): Promise<CertificateView[]> {
  const whose = ownedBy(ctx.actor);
  if (!whose) return [];
  const rows = await ctx.db.select().from(certificates).where(and(whose, filter.type ? eq(certificates.type, filter.type) : undefined)).orderBy(desc(certificates.issuedAt));
  return Promise.all(rows.filter((r) => canOnCertificate(ctx.actor, 'read', r)).map((r) => certificateView(ctx, r)));
}

export async function getWalletCertificate(ctx: Ctx, id: string): Promise<CertificateView> {
  return certificateView(ctx, await walletCertificate(ctx, id));
}

/** The credential itself, for the holder to keep elsewhere (another wallet, a file). */
export function downloadCredential(ctx: Ctx, id: string): Promise<string> {
  return withTransaction(ctx, async (tx) => {
    const row = await walletCertificate(tx, id, 'download');
    await recordAudit(tx, { action: 'certificate.downloaded', subjectType: 'certificate', subjectId: id, subjectPersonId: row.holderPersonId });
    return decryptCredential(tx, row);
  });
}

export const MAX_SHARE_MINUTES = 7 * 24 * 60;

export interface ShareInput { claims: string[]; verifier: string; validMinutes: number }

/**
 * A share travels as a short link: the verify page with the share's code in the fragment (never in a server log),
 * which fetches the holder's presentation from the code. About 50 characters, so its QR code stays small (version
 * 3 or 4, 29 to 33 modules) and scans from a phone screen; the presentation itself is 1 to 2 KB.
 */
export const shareLink = (ctx: Ctx, code: string) => `${ctx.platform.config.publicUrl}/verify#s=${code}`;
const legacyLink = (ctx: Ctx, presentation: string) => `${ctx.platform.config.publicUrl}/verify#vp=${presentation}`;
const CODE_COLUMN = 'certificate_shares.code';
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'; // no 0/O, 1/I/L: read aloud or typed from paper without mistakes
const CODE_LENGTH = 12; // 31^12 ≈ 2^59: not guessable within the fetch rate limit
export const SHARE_CODE_PATTERN = `^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`;

function newShareCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[crypto.randomInt(CODE_ALPHABET.length)]).join('');
}

export const qrSvg = (text: string) => QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });

async function shareView(ctx: Ctx, row: typeof certificateShares.$inferSelect): Promise<ShareView> {
  const presentation = ctx.platform.keyring.decrypt(row.presentationEnc, 'certificate_shares.presentation_enc');
  const code = row.codeEnc ? ctx.platform.keyring.decrypt(row.codeEnc, CODE_COLUMN) : null;
  const link = code ? shareLink(ctx, code) : legacyLink(ctx, presentation);
  return { id: row.id, certificateId: row.certificateId, claims: row.claims, verifier: row.verifier, createdAt: row.createdAt, expiresAt: row.expiresAt,
    revokedAt: row.revokedAt, code, presentation, link, qrSvg: await qrSvg(link) };
}

/**
 * 亮证: the holder shows only the chosen claims, to one verifier, until a time. Only the holder shares their own
 * certificates (a delegate may look, not show); an enterprise's agent may show the enterprise's (policy.ts).
 */
export function shareCertificate(ctx: Ctx, id: string, input: ShareInput): Promise<ShareView> {
  return withTransaction(ctx, async (tx) => {
    const row = await walletCertificate(tx, id, 'share');
    const now = tx.clock.now();
    const status = effectiveStatus(row, now);
    if (status !== 'valid') {
      throw new AppError({ code: 'certificates.not_shareable', status: 409, message: { zh: `证照${status === 'expired' ? '已过期' : statusNames[status].zh}，不能出示`, en: `The certificate is ${status}; it cannot be shown` } });
    }
    const type = certificateType(row.type);
    const credential = decryptCredential(tx, row);
    const present = (await hasher.getClaims(credential)) as Record<string, unknown>;
    if (input.claims.length === 0) throw invalidField('/claims', 'certificates.nothing_to_share', { zh: '请至少选择一项要出示的内容', en: 'Choose at least one claim to show' });
    input.claims.forEach((name, i) => {
      if (!type.claims.some((c) => c.name === name) || present[name] === undefined) {
        throw invalidField(`/claims/${i}`, 'certificates.claim_absent', { zh: `该证照没有“${name}”这一项`, en: `The certificate has no claim ${name}` });
      }
    });
    if (!Number.isInteger(input.validMinutes) || input.validMinutes < 1 || input.validMinutes > MAX_SHARE_MINUTES) {
      throw invalidField('/validMinutes', 'certificates.share_duration', { zh: '出示时长须为 1 分钟到 7 天', en: 'A share lasts from 1 minute to 7 days' });
    }
    const expiresAt = new Date(now.getTime() + input.validMinutes * 60_000);
    const key = crypto.createPrivateKey({ key: holderKey(tx, row), format: 'jwk' });
    const sdjwt = new SDJwtVcInstance({
      hasher: digest, kbSignAlg: 'ES256',
      kbSigner: (data) => crypto.sign('sha256', Buffer.from(data), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url'),
    });
    // The proof's nonce is the share's id: the verify API finds the share it was made for (its verifier, its end),
    // and a proof whose nonce the issuer never recorded is refused.
    const shareId = newId();
    const presentation = await sdjwt.present(credential, Object.fromEntries(input.claims.map((c) => [c, true])), {
      kb: { payload: { iat: Math.floor(now.getTime() / 1000), aud: input.verifier, nonce: shareId, exp: Math.floor(expiresAt.getTime() / 1000) } as never },
    });
    const code = newShareCode();
    const [share] = await tx.db.insert(certificateShares).values({
      id: shareId, certificateId: id, claims: input.claims, verifier: input.verifier, createdBy: tx.actor.accountId!, createdAt: now, expiresAt,
      presentationEnc: tx.platform.keyring.encrypt(presentation, 'certificate_shares.presentation_enc'),
      codeIndex: tx.platform.keyring.blindIndex(code, CODE_COLUMN), codeEnc: tx.platform.keyring.encrypt(code, CODE_COLUMN),
    }).returning();
    await recordAudit(tx, { action: 'certificate.shared', subjectType: 'certificate', subjectId: id, subjectPersonId: row.holderPersonId,
      details: { claims: input.claims, verifier: input.verifier, expiresAt: expiresAt.toISOString() } });
    return shareView(tx, share!);
  });
}

/** The holder withdraws a share (撤回): its link fetches nothing from now on and the verify API refuses its proof. */
export function revokeShare(ctx: Ctx, certificateId: string, shareId: string): Promise<ShareView> {
  return withTransaction(ctx, async (tx) => {
    const row = await walletCertificate(tx, certificateId, 'share');
    const [share] = await tx.db.select().from(certificateShares).where(and(eq(certificateShares.id, shareId), eq(certificateShares.certificateId, certificateId))).for('update');
    if (!share) throw notFound({ zh: '出示记录', en: 'share' });
    if (share.revokedAt) return shareView(tx, share);
    const [updated] = await tx.db.update(certificateShares).set({ revokedAt: tx.clock.now() }).where(eq(certificateShares.id, shareId)).returning();
    await recordAudit(tx, { action: 'certificate.share_revoked', subjectType: 'certificate', subjectId: certificateId, subjectPersonId: row.holderPersonId, details: { share: shareId } });
    return shareView(tx, updated!);
  });
}

const shareGone = (code: 'certificates.share_revoked' | 'certificates.share_expired') => new AppError({ code, status: 410,
  message: code === 'certificates.share_revoked' ? { zh: '持证人已撤回该出示码', en: 'The holder has withdrawn this share' } : { zh: '该出示码已过期，请持证人重新出示', en: 'This share has run out; ask the holder to share again' } });

/**
 * What a short link fetches (public): the holder's presentation, which the verifier then checks like any token,
 * with the issuer's keys or offline. Nothing for an unknown code; gone once the holder withdrew it or it ran out.
 */
export async function fetchShare(ctx: Ctx, code: string): Promise<{ presentation: string; verifier: string; expiresAt: Date }> {
  const normalised = code.toUpperCase();
  if (!new RegExp(SHARE_CODE_PATTERN).test(normalised)) throw notFound({ zh: '出示码', en: 'share' });
  const [row] = await ctx.db.select().from(certificateShares).where(eq(certificateShares.codeIndex, ctx.platform.keyring.blindIndex(normalised, CODE_COLUMN)));
  if (!row) throw notFound({ zh: '出示码', en: 'share' });
  if (row.revokedAt) throw shareGone('certificates.share_revoked');
  if (row.expiresAt <= ctx.clock.now()) throw shareGone('certificates.share_expired');
  return { presentation: ctx.platform.keyring.decrypt(row.presentationEnc, 'certificate_shares.presentation_enc'), verifier: row.verifier, expiresAt: row.expiresAt };
}

/**
 * A certificate reused as a case's material, as the case's reader sees it (the reviewer deciding, the clerk): for
 * cases, which has checked the reader may see the case's materials and logs the read. Its current status included.
 */
export async function materialCertificate(ctx: Ctx, certificateId: string): Promise<CertificateView> {
  const [row] = await ctx.db.select().from(certificates).where(eq(certificates.id, certificateId));
  if (!row) throw certificateNotFound();
  return certificateView(ctx, row);
}

/** A share as a PDF (its QR code, what it shows, the token): for the holder, who may share the certificate. */
export async function sharePdfFile(ctx: Ctx, certificateId: string, shareId: string): Promise<{ pdf: Uint8Array; filename: string }> {
  const row = await walletCertificate(ctx, certificateId, 'share');
  const [share] = await ctx.db.select().from(certificateShares).where(and(eq(certificateShares.id, shareId), eq(certificateShares.certificateId, certificateId)));
  if (!share) throw notFound({ zh: '出示记录', en: 'share' });
  const view = await certificateView(ctx, row);
  const shown = await shareView(ctx, share);
  const claims = view.claims.filter((c) => share.claims.includes(c.name)).map((c) => ({ label: c.label, value: typeof c.value === 'string' ? c.value : JSON.stringify(c.value) }));
  const expiresAt = `${share.expiresAt.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })}（北京时间 China time）`;
  const pdf = await sharePdf({ typeName: view.typeName, issuerName: view.issuer.name, subjectName: view.subjectName, claims, verifier: share.verifier,
    expiresAt, link: shown.link, presentation: shown.presentation });
  await recordAudit(ctx, { action: 'certificate.share_downloaded', subjectType: 'certificate', subjectId: certificateId, subjectPersonId: row.holderPersonId, details: { share: shareId } });
  return { pdf, filename: `${row.type}-${share.createdAt.toISOString().slice(0, 10)}.pdf` };
}

export async function listShares(ctx: Ctx, id: string): Promise<ShareView[]> {
  await walletCertificate(ctx, id, 'share'); // a share carries the proof: only who may share sees them
  const rows = await ctx.db.select().from(certificateShares).where(eq(certificateShares.certificateId, id)).orderBy(desc(certificateShares.createdAt));
  return Promise.all(rows.map((r) => shareView(ctx, r)));
}

/**
 * Valid certificates of these types held by the applicant: what a material could reuse (减材料). For cases, which
 * has checked the actor may apply for this applicant.
 */
export async function usableCertificates(ctx: Ctx, holder: { personId: string; enterpriseId: string | null }, types: string[]): Promise<CertificateView[]> {
  if (types.length === 0) return [];
  const rows = await ctx.db.select().from(certificates).where(and(inArray(certificates.type, types), eq(certificates.status, 'valid'),
    // An enterprise's case reuses the enterprise's certificates only: its agent never sees the legal representative's own.
    holder.enterpriseId ? eq(certificates.holderEnterpriseId, holder.enterpriseId) : and(eq(certificates.holderPersonId, holder.personId), isNull(certificates.holderEnterpriseId))))
    .orderBy(desc(certificates.issuedAt));
  const now = ctx.clock.now();
  return Promise.all(rows.filter((r) => effectiveStatus(r, now) === 'valid').map((r) => certificateView(ctx, r)));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * What the issuer recorded when a share was made, found by the nonce of its proof (the share's id): for the verify
 * API, which refuses a proof whose nonce was never recorded, made for another verifier, or past the share's end.
 */
export async function recordedShare(ctx: Ctx, nonce: string): Promise<{ audience: string; createdAt: Date; expiresAt: Date; withdrawn: boolean; issuerJwt: string } | null> {
  if (!UUID.test(nonce)) return null;
  const [found] = await ctx.db.select({ share: certificateShares, certificate: certificates }).from(certificateShares)
    .innerJoin(certificates, eq(certificates.id, certificateShares.certificateId)).where(eq(certificateShares.id, nonce));
  if (!found) return null;
  return { audience: found.share.verifier, createdAt: found.share.createdAt, expiresAt: found.share.expiresAt, withdrawn: found.share.revokedAt !== null,
    issuerJwt: decryptCredential(ctx, found.certificate).split('~')[0]! };
}
