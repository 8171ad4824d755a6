// A small verifier for Tongban certificates (SD-JWT VC), for banks, hotels and other regions (反向扫码).
// It imports nothing from Tongban: only the SD-JWT libraries and jose. It needs the issuer's published metadata
// (JWKS) and status list, fetched over HTTP or taken from its cache; with a warm cache it verifies offline.
//
//   const verifier = createVerifier({ trustedIssuers: (iss) => iss.startsWith('https://tongban.example.gov.cn/') });
//   const answer = await verifier.verify(tokenFromQrCode);
//   if (answer.valid) show(answer.disclosed); else explain(answer.reason);
import crypto from 'node:crypto';
import { digest } from '@sd-jwt/crypto-nodejs';
import { SDJwtVcInstance } from '@sd-jwt/sd-jwt-vc';
import { decodeJwt, decodeProtectedHeader, type JWK } from 'jose';

export type VerifyReason =
  | 'malformed' // not an SD-JWT at all, or cut short
  | 'not_a_certificate' // a JWT of another kind (a status list, a data-exchange answer …): its typ is not dc+sd-jwt or vc+sd-jwt
  | 'type_unknown' // a vct this verifier does not know as a certificate type
  | 'issuer_unknown' // not an issuer this verifier trusts, or one that does not answer
  | 'status_unavailable' // the status list could not be had (offline with nothing cached, or expired)
  | 'signature' // the issuer's signature does not hold, or is by a key the issuer does not publish
  | 'tampered' // a disclosure or the key-binding proof was altered
  | 'expired' | 'not_yet_valid'
  | 'revoked' | 'suspended'
  | 'holder_binding' // no valid proof that the holder showed it: a bare credential, or a proof cut off, unsigned, of
  //                    the wrong typ, not signed by the key the credential binds (cnf), or dated outside the share
  | 'nonce_invalid' // the proof carries no nonce, or one this verifier did not give / the issuer never recorded
  | 'share_expired' // the holder's share is past the time they allowed
  | 'wrong_audience' // shared with another verifier
  | 'undisclosed'; // the verifier needs a claim the holder did not show

export type VerifyAnswer =
  | { valid: true; issuer: string; issuerName: { zh: string; en: string } | null; type: string; disclosed: Record<string, unknown>;
    issuedAt: Date | null; expiresAt: Date | null; sharedWith: string | null; shareExpiresAt: Date | null }
  | { valid: false; reason: VerifyReason; detail: string };

/** SD-JWT VC issuer metadata; `status_list_jwks` (Tongban's own member) holds the keys that sign its status lists. */
export interface IssuerMetadata { issuer: string; jwks: { keys: JWK[] }; status_list_jwks?: { keys: JWK[] }; name?: { zh: string; en: string } }

/** What the issuer recorded when the holder made a share, found by the proof's nonce. */
export interface RecordedShare {
  audience: string; // the verifier the holder shared it with
  createdAt: Date;
  expiresAt: Date;
  /** The issuer-signed JWT of the certificate shared: a nonce recorded for another certificate does not count. */
  issuerJwt?: string;
}

/** What the verifier keeps between checks: issuer metadata and status lists, by URL. */
export interface VerifierCache {
  get(url: string): string | undefined;
  set(url: string, body: string): void;
}

export interface VerifierOptions {
  /** Which issuers to accept (by their `iss`); anything else is `issuer_unknown`. */
  trustedIssuers: (iss: string) => boolean;
  /** How to reach issuers; the global fetch by default. */
  fetch?: (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
  cache?: VerifierCache;
  /** Use only the cache: a verifier without a network, after an earlier check filled it. */
  offline?: boolean;
  now?: () => Date;
  /** When set, a share made for another verifier is refused. */
  audience?: string;
  /** Which certificate types (`vct`) this verifier accepts; anything else is `type_unknown`. Default: any type. */
  knownTypes?: (vct: string) => boolean;
  /** The nonce this verifier gave the holder: a proof carrying another is `nonce_invalid`. */
  nonce?: string;
  /**
   * Looks a proof's nonce up in what the issuer recorded when the share was made (the issuer's own verify API does,
   * from its shares): unknown is `nonce_invalid`; the recorded verifier and end hold whatever the proof claims.
   */
  recordedShare?: (nonce: string) => Promise<RecordedShare | null>;
  /** Clock difference tolerated between holder, issuer and verifier, in seconds (default 60). */
  clockSkewSeconds?: number;
  /** Claims this verifier needs; a share without them is refused (the holder chooses what to show). */
  requiredClaims?: string[];
  /** Accept a bare credential without the holder's key-binding proof (default: refuse it; shares always carry one). */
  allowUnbound?: boolean;
}

/** The header `typ` of an SD-JWT VC (and its name before draft 06): nothing else is a certificate. */
export const CERTIFICATE_TYPS: readonly string[] = ['dc+sd-jwt', 'vc+sd-jwt'];
export const STATUS_LIST_TYP = 'statuslist+jwt';
const KB_TYP = 'kb+jwt';
const ALG = 'ES256';

/** Claims of the credential that are about the credential, not the holder. */
const REGISTERED = new Set(['iss', 'iat', 'nbf', 'exp', 'vct', 'vct#integrity', 'cnf', 'status', 'sub', '_sd_alg']);

class Refusal extends Error {
  constructor(readonly reason: VerifyReason, detail: string) {
    super(detail);
  }
}

export function memoryCache(): VerifierCache {
  const entries = new Map<string, string>();
  return { get: (url) => entries.get(url), set: (url, body) => void entries.set(url, body) };
}

/** Where an issuer publishes its metadata (SD-JWT VC issuer metadata: /.well-known/jwt-vc-issuer + the issuer's path). */
export function issuerMetadataUrl(iss: string): string {
  const url = new URL(iss);
  return `${url.origin}/.well-known/jwt-vc-issuer${url.pathname === '/' ? '' : url.pathname}`;
}

const verifyEs256 = (jwk: JWK, data: string, signature: string): boolean => {
  try {
    const key = crypto.createPublicKey({ key: jwk as crypto.JsonWebKey, format: 'jwk' });
    return crypto.verify('sha256', Buffer.from(data), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
};

const headerOf = (data: string) => JSON.parse(Buffer.from(data.split('.')[0] ?? '', 'base64url').toString('utf8')) as { kid?: string; typ?: string; alg?: string };

/** The key a JWS names in its header (`data` is `header.payload`). */
function keyFor(jwks: { keys: JWK[] } | undefined, data: string): JWK | undefined {
  const { kid } = headerOf(data);
  return jwks?.keys.find((k) => k.kid === kid);
}

/** IETF SD-JWT (RFC 9901) sd_hash: base64url SHA-256 over the presentation up to and including the last `~`. */
export const sdHashOf = (presentation: string) =>
  crypto.createHash('sha256').update(presentation.slice(0, presentation.lastIndexOf('~') + 1), 'ascii').digest('base64url');

export function createVerifier(options: VerifierOptions) {
  const cache = options.cache ?? memoryCache();
  const now = options.now ?? (() => new Date());
  const fetchText = options.fetch ?? ((url: string) => fetch(url, { signal: AbortSignal.timeout(10_000) }));

  /** A cached copy, or a fetched one when `fresh` or nothing is cached; offline, the cache only. */
  async function load(url: string, unavailable: VerifyReason, fresh: boolean): Promise<string> {
    const cached = cache.get(url);
    if (options.offline || (cached !== undefined && !fresh)) {
      if (cached === undefined) throw new Refusal(unavailable, `nothing cached for ${url} and offline`);
      return cached;
    }
    try {
      const response = await fetchText(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = await response.text();
      cache.set(url, body);
      return body;
    } catch (e) {
      if (cached !== undefined) return cached; // the network failed: what we had still counts until it expires
      throw new Refusal(unavailable, `${url}: ${(e as Error).message}`);
    }
  }

  // Fetched whenever we can, like the status list: a revoked signing key (密钥吊销) leaves the issuer's published
  // keys, and a verifier that kept trusting its cached copy would accept what the key signed for ever.
  async function issuerMetadata(iss: string): Promise<IssuerMetadata> {
    const metadata = JSON.parse(await load(issuerMetadataUrl(iss), 'issuer_unknown', true)) as IssuerMetadata;
    if (metadata.issuer !== iss || !Array.isArray(metadata.jwks?.keys)) throw new Refusal('issuer_unknown', 'the issuer metadata does not name this issuer');
    return metadata;
  }

  async function verify(token: string): Promise<VerifyAnswer> {
    try {
      return await check(token.trim());
    } catch (e) {
      if (e instanceof Refusal) return { valid: false, reason: e.reason, detail: e.message };
      return { valid: false, ...classify(e as Error) };
    }
  }

  async function check(token: string): Promise<VerifyAnswer> {
    const parts = token.split('~');
    if (parts.length < 2) throw new Refusal('malformed', 'not an SD-JWT: no disclosures separator');
    const issuerJwt = parts[0]!;
    const kb = parts.at(-1)!;
    let header: ReturnType<typeof decodeProtectedHeader>;
    let claims: Record<string, unknown>;
    let proof: { header: ReturnType<typeof decodeProtectedHeader>; payload: Record<string, unknown> } | null = null;
    try {
      header = decodeProtectedHeader(issuerJwt);
      claims = decodeJwt(issuerJwt) as Record<string, unknown>;
      if (kb !== '') proof = { header: decodeProtectedHeader(kb), payload: decodeJwt(kb) as Record<string, unknown> };
    } catch {
      throw new Refusal('malformed', 'the issuer JWT or the key-binding JWT cannot be read');
    }
    // What kind of token it is comes first: a status list or an exchange answer signed by the same department is
    // refused for what it is, whatever else it carries.
    if (typeof header.typ !== 'string' || !CERTIFICATE_TYPS.includes(header.typ)) throw new Refusal('not_a_certificate', `typ ${String(header.typ ?? '(none)')} is not a certificate (dc+sd-jwt)`);
    if (header.alg !== ALG) throw new Refusal('signature', `alg ${String(header.alg ?? '(none)')} is not accepted`);
    if (typeof claims.vct !== 'string' || claims.vct === '') throw new Refusal('not_a_certificate', 'no vct: not a certificate');
    if (options.knownTypes && !options.knownTypes(claims.vct)) throw new Refusal('type_unknown', `${claims.vct} is not a certificate type this verifier knows`);
    if (!proof && !options.allowUnbound) throw new Refusal('holder_binding', 'no key-binding proof from the holder');
    const iss = String(claims.iss ?? '');
    if (!iss || !URL.canParse(iss) || !options.trustedIssuers(iss)) throw new Refusal('issuer_unknown', `issuer ${iss || '(none)'} is not trusted here`);
    let metadata = await issuerMetadata(iss);
    if (!keyFor(metadata.jwks, issuerJwt) && !options.offline) {
      // A key we have not seen: the issuer may have rotated since we cached its metadata.
      metadata = JSON.parse(await load(issuerMetadataUrl(iss), 'issuer_unknown', true)) as IssuerMetadata;
    }
    const at = Math.floor(now().getTime() / 1000);
    const sdjwt = new SDJwtVcInstance({
      hasher: digest,
      verifier: (data, signature) => {
        const key = keyFor(metadata.jwks, data);
        if (!key) throw new Refusal('signature', 'signed with a key the issuer does not publish for certificates');
        if (!verifyEs256(key, data, signature)) throw new Refusal('signature', 'the issuer signature does not hold');
        return true;
      },
      statusVerifier: async (data, signature) => {
        const { typ, alg } = headerOf(data);
        if (typ !== STATUS_LIST_TYP || alg !== ALG) throw new Refusal('status_unavailable', `the status list has typ ${String(typ)}, not ${STATUS_LIST_TYP}`);
        // An issuer without separate status-list keys signs its lists with its one set.
        if (!keyFor(metadata.status_list_jwks ?? metadata.jwks, data) && !options.offline) metadata = JSON.parse(await load(issuerMetadataUrl(iss), 'issuer_unknown', true)) as IssuerMetadata;
        const key = keyFor(metadata.status_list_jwks ?? metadata.jwks, data);
        return key !== undefined && verifyEs256(key, data, signature);
      },
      statusListFetcher: async (uri) => {
        if (!uri.startsWith(`${new URL(iss).origin}/`)) throw new Refusal('status_unavailable', 'the status list is not the issuer\'s');
        const list = await load(uri, 'status_unavailable', true); // revocation must show at once: fetch whenever we can
        let listClaims: Record<string, unknown>;
        try {
          listClaims = decodeJwt(list) as Record<string, unknown>;
        } catch {
          throw new Refusal('status_unavailable', 'the status list cannot be read');
        }
        // Token Status List: the list names itself (sub) and its issuer; another list signed by the same key does not answer for this one.
        if (listClaims.sub !== uri || listClaims.iss !== iss) throw new Refusal('status_unavailable', 'the status list is for another list or issuer');
        return list;
      },
      statusValidator: async (status) => {
        if (status === 1) throw new Refusal('revoked', 'the issuer has revoked this certificate');
        if (status === 2) throw new Refusal('suspended', 'the issuer has suspended this certificate');
        if (status !== 0) throw new Refusal('revoked', `status ${status}`);
      },
    });
    // The issuer's signature, the disclosures' digests, the credential's dates and its status. The holder's proof is
    // checked below, by us, rather than by the library, which skips it when the proof's nonce is empty.
    const result = await sdjwt.verify(token, { currentDate: at });
    const payload = result.payload as Record<string, unknown>;
    const share = proof ? await checkProof(token, issuerJwt, payload, proof, at) : null;
    const disclosed = Object.fromEntries(Object.entries(payload).filter(([k]) => !REGISTERED.has(k)));
    const missing = (options.requiredClaims ?? []).filter((c) => !(c in disclosed));
    if (missing.length) throw new Refusal('undisclosed', `not shown by the holder: ${missing.join(', ')}`);
    const seconds = (v: unknown) => (typeof v === 'number' ? new Date(v * 1000) : null);
    return { valid: true, issuer: iss, issuerName: metadata.name ?? null, type: String(payload.vct), disclosed, issuedAt: seconds(payload.iat), expiresAt: seconds(payload.exp),
      sharedWith: share?.audience ?? null, shareExpiresAt: share?.expiresAt ?? null };
  }

  /**
   * The holder's key-binding JWT (IETF SD-JWT, RFC 9901 §4.3): of typ kb+jwt, signed by the key the credential binds
   * in `cnf`, over exactly the disclosures presented (sd_hash), for this verifier (aud), with a nonce the verifier gave
   * or the issuer recorded, dated inside the share. Answers to whom and until when it was shared.
   */
  async function checkProof(token: string, issuerJwt: string, credential: Record<string, unknown>,
    proof: { header: ReturnType<typeof decodeProtectedHeader>; payload: Record<string, unknown> }, at: number): Promise<{ audience: string; expiresAt: Date | null }> {
    const skew = options.clockSkewSeconds ?? 60;
    const { header, payload: kb } = proof;
    if (header.typ !== KB_TYP) throw new Refusal('holder_binding', `the holder's proof has typ ${String(header.typ ?? '(none)')}, not ${KB_TYP}`);
    if (header.alg !== ALG) throw new Refusal('holder_binding', `the holder's proof is unsigned or uses alg ${String(header.alg ?? '(none)')}`);
    const holderKey = (credential.cnf as { jwk?: JWK } | undefined)?.jwk;
    if (!holderKey) throw new Refusal('holder_binding', 'the credential binds no holder key (cnf)');
    const kbJwt = token.slice(token.lastIndexOf('~') + 1);
    const [h, p, signature] = kbJwt.split('.');
    if (!signature || !verifyEs256(holderKey, `${h}.${p}`, signature)) throw new Refusal('holder_binding', 'the proof is not signed by the holder\'s key');
    if (kb.sd_hash !== sdHashOf(token)) throw new Refusal('tampered', 'the disclosures presented are not the ones the holder signed (sd_hash)');
    const nonce = kb.nonce;
    if (typeof nonce !== 'string' || nonce === '') throw new Refusal('nonce_invalid', 'the holder\'s proof carries no nonce');
    if (options.nonce !== undefined && nonce !== options.nonce) throw new Refusal('nonce_invalid', 'the proof was made for another request (nonce)');
    if (typeof kb.iat !== 'number') throw new Refusal('holder_binding', 'the holder\'s proof is not dated (iat)');
    if (typeof kb.aud !== 'string' || kb.aud === '') throw new Refusal('holder_binding', 'the holder\'s proof names no verifier (aud)');
    if (kb.iat > at + skew) throw new Refusal('holder_binding', 'the holder\'s proof is dated in the future');
    if (typeof credential.iat === 'number' && kb.iat < credential.iat - skew) throw new Refusal('holder_binding', 'the holder\'s proof is older than the certificate');
    let audience = kb.aud;
    let expiresAt = typeof kb.exp === 'number' ? new Date(kb.exp * 1000) : null;
    if (expiresAt && kb.iat * 1000 > expiresAt.getTime()) throw new Refusal('holder_binding', 'the holder\'s proof ends before it begins');
    if (options.recordedShare) {
      // The issuer knows the share: its verifier and its end are the ones that count, whatever the proof says.
      const recorded = await options.recordedShare(nonce);
      if (!recorded || (recorded.issuerJwt !== undefined && recorded.issuerJwt !== issuerJwt)) throw new Refusal('nonce_invalid', 'the issuer recorded no share of this certificate with this nonce');
      if (recorded.expiresAt.getTime() <= at * 1000) throw new Refusal('share_expired', 'the holder shared this for a shorter time');
      if (kb.aud !== recorded.audience) throw new Refusal('wrong_audience', 'the proof names another verifier than the share');
      if (kb.iat * 1000 < recorded.createdAt.getTime() - skew * 1000 || kb.iat * 1000 > recorded.expiresAt.getTime()) throw new Refusal('holder_binding', 'the holder\'s proof is dated outside the share');
      audience = recorded.audience;
      expiresAt = recorded.expiresAt;
    }
    if (expiresAt && expiresAt.getTime() <= at * 1000) throw new Refusal('share_expired', 'the holder shared this for a shorter time');
    if (options.audience !== undefined && audience !== options.audience) throw new Refusal('wrong_audience', 'shared with another verifier');
    return { audience, expiresAt };
  }

  return { verify, issuerMetadata };
}

/** The SD-JWT library's own errors, in our words. */
function classify(e: Error): { reason: VerifyReason; detail: string } {
  const m = e.message;
  if (/Status List/i.test(m)) return { reason: 'status_unavailable', detail: m };
  if (/expired/i.test(m)) return { reason: 'expired', detail: m };
  if (/not yet valid/i.test(m)) return { reason: 'not_yet_valid', detail: m };
  if (/signature/i.test(m)) return { reason: 'signature', detail: m };
  if (/sd_hash|Key Binding|digest|disclosure|Nonce/i.test(m)) return { reason: 'tampered', detail: m };
  return { reason: 'malformed', detail: m };
}

export type Verifier = ReturnType<typeof createVerifier>;
