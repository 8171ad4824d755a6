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
  | 'issuer_unknown' // not an issuer this verifier trusts, or one that does not answer
  | 'status_unavailable' // the status list could not be had (offline with nothing cached, or expired)
  | 'signature' // the issuer's signature does not hold, or is by a key the issuer does not publish
  | 'tampered' // a disclosure or the key-binding proof was altered
  | 'expired' | 'not_yet_valid'
  | 'revoked' | 'suspended'
  | 'holder_binding' // no proof that the holder showed it (a bare credential, or the proof cut off)
  | 'share_expired' // the holder's share is past the time they allowed
  | 'wrong_audience' // shared with another verifier
  | 'undisclosed'; // the verifier needs a claim the holder did not show

export type VerifyAnswer =
  | { valid: true; issuer: string; issuerName: { zh: string; en: string } | null; type: string; disclosed: Record<string, unknown>;
    issuedAt: Date | null; expiresAt: Date | null; sharedWith: string | null; shareExpiresAt: Date | null }
  | { valid: false; reason: VerifyReason; detail: string };

export interface IssuerMetadata { issuer: string; jwks: { keys: JWK[] }; name?: { zh: string; en: string } }

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
  /** Claims this verifier needs; a share without them is refused (the holder chooses what to show). */
  requiredClaims?: string[];
  /** Accept a bare credential without the holder's key-binding proof (default: refuse it; shares always carry one). */
  allowUnbound?: boolean;
}

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

/** The key a JWS names in its header (`data` is `header.payload`). */
function keyFor(jwks: { keys: JWK[] }, data: string): JWK | undefined {
  const header = JSON.parse(Buffer.from(data.split('.')[0] ?? '', 'base64url').toString('utf8')) as { kid?: string };
  return jwks.keys.find((k) => k.kid === header.kid);
}

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

  async function issuerMetadata(iss: string): Promise<IssuerMetadata> {
    const metadata = JSON.parse(await load(issuerMetadataUrl(iss), 'issuer_unknown', false)) as IssuerMetadata;
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
    let iss: string;
    let kbPayload: Record<string, unknown> | null = null;
    try {
      decodeProtectedHeader(parts[0]!);
      iss = String(decodeJwt(parts[0]!).iss ?? '');
      const kb = parts.at(-1)!;
      if (kb !== '') kbPayload = decodeJwt(kb) as Record<string, unknown>;
    } catch {
      throw new Refusal('malformed', 'the issuer JWT or the key-binding JWT cannot be read');
    }
    if (!kbPayload && !options.allowUnbound) throw new Refusal('holder_binding', 'no key-binding proof from the holder');
    if (!iss || !URL.canParse(iss) || !options.trustedIssuers(iss)) throw new Refusal('issuer_unknown', `issuer ${iss || '(none)'} is not trusted here`);
    let metadata = await issuerMetadata(iss);
    if (!keyFor(metadata.jwks, parts[0]!) && !options.offline) {
      // A key we have not seen: the issuer may have rotated since we cached its metadata.
      metadata = JSON.parse(await load(issuerMetadataUrl(iss), 'issuer_unknown', true)) as IssuerMetadata;
    }
    const at = Math.floor(now().getTime() / 1000);
    const sdjwt = new SDJwtVcInstance({
      hasher: digest,
      verifier: (data, signature) => {
        const key = keyFor(metadata.jwks, data);
        if (!key) throw new Refusal('signature', 'signed with a key the issuer does not publish');
        if (!verifyEs256(key, data, signature)) throw new Refusal('signature', 'the issuer signature does not hold');
        return true;
      },
      statusVerifier: (data, signature) => {
        const key = keyFor(metadata.jwks, data);
        return key !== undefined && verifyEs256(key, data, signature);
      },
      statusListFetcher: (uri) => {
        if (!uri.startsWith(`${new URL(iss).origin}/`)) throw new Refusal('status_unavailable', 'the status list is not the issuer\'s');
        return load(uri, 'status_unavailable', true); // revocation must show at once: fetch whenever we can
      },
      statusValidator: async (status) => {
        if (status === 1) throw new Refusal('revoked', 'the issuer has revoked this certificate');
        if (status === 2) throw new Refusal('suspended', 'the issuer has suspended this certificate');
        if (status !== 0) throw new Refusal('revoked', `status ${status}`);
      },
      kbVerifier: (data, signature, payload) => {
        const jwk = (payload.cnf as { jwk?: JWK } | undefined)?.jwk;
        if (!jwk || !verifyEs256(jwk, data, signature)) throw new Refusal('tampered', 'the key-binding proof does not hold');
        return true;
      },
    });
    const result = await sdjwt.verify(token, { currentDate: at, ...(kbPayload ? { keyBindingNonce: String(kbPayload.nonce ?? '') } : {}) });
    if (kbPayload) {
      if (typeof kbPayload.exp === 'number' && kbPayload.exp < at) throw new Refusal('share_expired', 'the holder shared this for a shorter time');
      if (options.audience !== undefined && kbPayload.aud !== options.audience) throw new Refusal('wrong_audience', 'shared with another verifier');
    }
    const payload = result.payload as Record<string, unknown>;
    const disclosed = Object.fromEntries(Object.entries(payload).filter(([k]) => !REGISTERED.has(k)));
    const missing = (options.requiredClaims ?? []).filter((c) => !(c in disclosed));
    if (missing.length) throw new Refusal('undisclosed', `not shown by the holder: ${missing.join(', ')}`);
    const seconds = (v: unknown) => (typeof v === 'number' ? new Date(v * 1000) : null);
    return { valid: true, issuer: iss, issuerName: metadata.name ?? null, type: String(payload.vct), disclosed, issuedAt: seconds(payload.iat), expiresAt: seconds(payload.exp),
      sharedWith: kbPayload ? String(kbPayload.aud ?? '') : null, shareExpiresAt: kbPayload ? seconds(kbPayload.exp) : null };
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
