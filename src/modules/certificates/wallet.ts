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
import { certificateShares, certificates } from './schema.js';
import { certificateType, decryptCredential, holderKey, statusNames, type CertificateRow } from './service.js';

export interface ClaimView { name: string; label: { zh: string; en: string }; value: unknown }

export interface CertificateView {
  id: string; type: string; typeName: { zh: string; en: string };
  issuer: { id: string; name: { zh: string; en: string } };
  holder: { kind: 'person' | 'enterprise'; id: string };
  status: 'valid' | 'revoked' | 'suspended' | 'expired'; statusName: { zh: string; en: string };
  issuedAt: Date; expiresAt: Date | null; applicationId: string | null;
  claims: ClaimView[];
}

export interface ShareView {
  id: string; certificateId: string; claims: string[]; verifier: string; createdAt: Date; expiresAt: Date;
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
    claims: type.claims.filter((c) => claims[c.name] !== undefined).map((c) => ({ name: c.name, label: c.label, value: claims[c.name] })),
  };
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

const shareLink = (ctx: Ctx, presentation: string) => `${ctx.platform.config.publicUrl}/verify#vp=${presentation}`;

async function shareView(ctx: Ctx, row: typeof certificateShares.$inferSelect): Promise<ShareView> {
  const presentation = ctx.platform.keyring.decrypt(row.presentationEnc, 'certificate_shares.presentation_enc');
  const link = shareLink(ctx, presentation);
  return { id: row.id, certificateId: row.certificateId, claims: row.claims, verifier: row.verifier, createdAt: row.createdAt, expiresAt: row.expiresAt,
    presentation, link, qrSvg: await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'L', margin: 2 }) };
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
    const [share] = await tx.db.insert(certificateShares).values({
      id: shareId, certificateId: id, claims: input.claims, verifier: input.verifier, createdBy: tx.actor.accountId!, createdAt: now, expiresAt,
      presentationEnc: tx.platform.keyring.encrypt(presentation, 'certificate_shares.presentation_enc'),
    }).returning();
    await recordAudit(tx, { action: 'certificate.shared', subjectType: 'certificate', subjectId: id, subjectPersonId: row.holderPersonId,
      details: { claims: input.claims, verifier: input.verifier, expiresAt: expiresAt.toISOString() } });
    return shareView(tx, share!);
  });
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
export async function recordedShare(ctx: Ctx, nonce: string): Promise<{ audience: string; createdAt: Date; expiresAt: Date; issuerJwt: string } | null> {
  if (!UUID.test(nonce)) return null;
  const [found] = await ctx.db.select({ share: certificateShares, certificate: certificates }).from(certificateShares)
    .innerJoin(certificates, eq(certificates.id, certificateShares.certificateId)).where(eq(certificateShares.id, nonce));
  if (!found) return null;
  return { audience: found.share.verifier, createdAt: found.share.createdAt, expiresAt: found.share.expiresAt,
    issuerJwt: decryptCredential(ctx, found.certificate).split('~')[0]! };
}
