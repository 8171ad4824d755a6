// The public verification service (核验): the same verifier library a bank would run, pointed at our own issuers
// without a network round trip, answering valid or invalid with the reason in both languages.
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { issuerMetadata, statusListJwt, typeUrl } from './service.js';
import { certificateTypes } from './types.js';
import { recordedShare } from './wallet.js';
import { createVerifier, type VerifyReason } from './verifier.js';

export const reasonMessages: Record<VerifyReason, { zh: string; en: string }> = {
  malformed: { zh: '这不是有效的电子证照凭证，可能不完整', en: 'This is not a certificate token, or it is incomplete' },
  not_a_certificate: { zh: '这不是电子证照：是其他用途的签名文件（如状态列表、数据共享答复）', en: 'This is not a certificate: it is a signed token of another kind (a status list, a data-exchange answer …)' },
  type_unknown: { zh: '证照类型不在电子证照目录中', en: 'The certificate type is not in the certificate catalog' },
  issuer_unknown: { zh: '签发机构不在信任列表中', en: 'The issuer is not one we trust' },
  status_unavailable: { zh: '暂时无法确认证照状态，请稍后再试', en: 'The certificate\'s status cannot be checked right now' },
  signature: { zh: '签名校验失败：证照不是由该机构签发的', en: 'The signature does not hold: the issuer did not sign this' },
  tampered: { zh: '内容被篡改：出示的信息与签发的不一致', en: 'Tampered: what is shown differs from what was issued' },
  expired: { zh: '证照已过有效期', en: 'The certificate has expired' },
  not_yet_valid: { zh: '证照尚未生效', en: 'The certificate is not valid yet' },
  revoked: { zh: '证照已被签发机构注销', en: 'The issuer has revoked this certificate' },
  suspended: { zh: '证照已被签发机构暂停使用', en: 'The issuer has suspended this certificate' },
  holder_binding: { zh: '不是持证人本人出示：缺少有效的持证人出示证明，请让持证人在证照夹中生成出示码', en: 'Not shown by the holder: there is no valid proof from the holder; ask them to make a share in their wallet' },
  nonce_invalid: { zh: '出示证明的随机码无效：不是为本次核验生成的出示码', en: 'The share\'s nonce is missing or unknown: this share was not made for this check' },
  share_expired: { zh: '持证人设定的出示时限已过', en: 'The holder\'s share has run out' },
  share_withdrawn: { zh: '持证人已撤回该出示码', en: 'The holder has withdrawn this share' },
  undisclosed: { zh: '持证人未出示核验所需的信息，请持证人重新选择出示内容', en: 'The holder did not show what this check needs; ask them to share it' },
  wrong_audience: { zh: '该出示码是给其他核验方的', en: 'This share was made for another verifier' },
};

const text = (status: number, body: string) => ({ ok: status === 200, status, text: async () => body });

/** Resolves our own issuer and status-list URLs from the database; any other address is not ours to trust. */
function localFetch(ctx: Ctx) {
  const base = ctx.platform.config.publicUrl;
  return async (url: string) => {
    const metadata = url.match(/\/\.well-known\/jwt-vc-issuer\/issuers\/([0-9a-f-]{36})$/);
    const list = url.match(/\/status-lists\/([0-9a-f-]{36})$/);
    if (!url.startsWith(`${base}/`)) return text(404, '');
    try {
      if (metadata) return text(200, JSON.stringify(await issuerMetadata(ctx, metadata[1]!)));
      if (list) return text(200, (await statusListJwt(ctx, list[1]!)).jwt);
    } catch (e) {
      if (e instanceof AppError && e.status === 404) return text(404, '');
      throw e;
    }
    return text(404, '');
  };
}

/**
 * The public verify API. Beyond what any verifier checks, the issuer knows its shares: a proof counts only with the
 * nonce recorded when the holder made the share, for the verifier recorded then, until the end recorded then.
 */
export async function verifyToken(ctx: Ctx, token: string, opts: { audience?: string | undefined; requiredClaims?: string[] | undefined } = {}) {
  const types = new Set([...certificateTypes().keys()].map((code) => typeUrl(ctx, code)));
  const verifier = createVerifier({
    trustedIssuers: (iss) => iss.startsWith(`${ctx.platform.config.publicUrl}/issuers/`),
    knownTypes: (vct) => types.has(vct),
    recordedShare: (nonce) => recordedShare(ctx, nonce),
    fetch: localFetch(ctx), now: () => ctx.clock.now(), ...(opts.audience ? { audience: opts.audience } : {}), ...(opts.requiredClaims ? { requiredClaims: opts.requiredClaims } : {}),
  });
  const answer = await verifier.verify(token);
  if (!answer.valid) return { valid: false as const, reason: answer.reason, message: reasonMessages[answer.reason], ...(answer.reason === 'undisclosed' ? { detail: answer.detail } : {}) };
  const code = answer.type.split('/').at(-1) ?? '';
  const type = certificateTypes().get(code);
  return {
    valid: true as const, message: { zh: '核验通过：证照有效', en: 'Verified: the certificate is valid' },
    type: code, typeName: type?.name ?? null, issuer: { url: answer.issuer, name: answer.issuerName },
    disclosed: Object.entries(answer.disclosed).map(([name, value]) => ({ name, label: type?.claims.find((c) => c.name === name)?.label ?? { zh: name, en: name }, value })),
    issuedAt: answer.issuedAt, expiresAt: answer.expiresAt, sharedWith: answer.sharedWith, shareExpiresAt: answer.shareExpiresAt,
  };
}
