// Department signing keys (ES256), one per purpose. Certificates, their status lists and data-exchange answers
// carry the signature of the department that stands behind them; anyone can check it against the department's
// published JWKS for that purpose. A key signs for one purpose only, so a status list or an exchange answer can
// never pass for a certificate of the same department (the verifiers also check each token's `typ`).
// Rotation retires the signing key but keeps it published, so everything it signed still verifies.
import crypto from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { calculateJwkThumbprint, CompactSign, exportJWK, generateKeyPair, type JWK } from 'jose';
import { recordAudit } from './audit.js';
import type { Ctx } from './context.js';
import { withTransaction } from './context.js';
import { AppError } from './errors.js';
import { signingKeys } from './schema.js';

export const SIGNING_ALG = 'ES256';

/**
 * What a key signs. `legacy` keys were made before purposes and signed all of them: they never sign again and stay
 * published in every purpose's set.
 */
export const keyPurposes = ['certificate', 'status_list', 'exchange_answer'] as const;
export type KeyPurpose = (typeof keyPurposes)[number];
const PRIVATE_COLUMN = 'signing_keys.private_jwk_enc';

export interface SigningKey {
  kid: string;
  alg: string;
  publicJwk: JWK;
  /** Signs bytes; the signature is raw R||S (JOSE form), base64url. */
  sign(data: string): string;
  privateKey: crypto.KeyObject;
}

export interface Jwks { keys: (JWK & { kty: string; kid: string; alg: string; use: 'sig' })[] }

// Decrypting and importing a private key costs more than the signature it makes (an exchange answer signs one
// per submission). A key's material never changes under its kid, so the imported key is remembered by its
// ciphertext; whether the key is still the active one is asked of the database every time.
const importedKeys = new WeakMap<Ctx['platform'], Map<string, SigningKey>>();
const IMPORTED_KEYS_KEPT = 1000;

function toSigningKey(ctx: Ctx, row: typeof signingKeys.$inferSelect): SigningKey {
  let byCiphertext = importedKeys.get(ctx.platform);
  if (!byCiphertext) importedKeys.set(ctx.platform, byCiphertext = new Map());
  const cached = byCiphertext.get(row.privateJwkEnc);
  if (cached && cached.kid === row.kid) return cached;
  const privateJwk = JSON.parse(ctx.platform.keyring.decrypt(row.privateJwkEnc, PRIVATE_COLUMN)) as crypto.JsonWebKey;
  const privateKey = crypto.createPrivateKey({ key: privateJwk, format: 'jwk' });
  const key: SigningKey = {
    kid: row.kid, alg: row.alg, publicJwk: row.publicJwk as JWK, privateKey,
    sign: (data) => crypto.sign('sha256', Buffer.from(data), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url'),
  };
  if (byCiphertext.size >= IMPORTED_KEYS_KEPT) byCiphertext.clear();
  byCiphertext.set(row.privateJwkEnc, key);
  return key;
}

async function createKey(ctx: Ctx, ownerId: string, purpose: KeyPurpose): Promise<void> {
  const { publicKey, privateKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const privateJwk = await exportJWK(privateKey);
  await ctx.db.insert(signingKeys).values({
    kid, ownerId, purpose, alg: SIGNING_ALG, publicJwk: { ...publicJwk, kid, alg: SIGNING_ALG, use: 'sig' },
    privateJwkEnc: ctx.platform.keyring.encrypt(JSON.stringify(privateJwk), PRIVATE_COLUMN), createdAt: ctx.clock.now(),
  }).onConflictDoNothing(); // a concurrent first signature made one already: the unique index keeps one active key
}

const activeRow = async (ctx: Ctx, ownerId: string, purpose: KeyPurpose) => (await ctx.db.select().from(signingKeys)
  .where(and(eq(signingKeys.ownerId, ownerId), eq(signingKeys.purpose, purpose), isNull(signingKeys.retiredAt), isNull(signingKeys.revokedAt))))[0];

/** The owner's current signing key for this purpose, made on first use. */
export async function activeSigningKey(ctx: Ctx, ownerId: string, purpose: KeyPurpose): Promise<SigningKey> {
  let row = await activeRow(ctx, ownerId, purpose);
  if (!row) {
    await createKey(ctx, ownerId, purpose);
    row = await activeRow(ctx, ownerId, purpose);
  }
  return toSigningKey(ctx, row!);
}

export interface Rotation { purpose: KeyPurpose; retired: string | null; active: string }

/**
 * Retires the owner's current key for each purpose and makes new ones (all purposes unless named); the old ones
 * stay published for what they signed.
 */
export function rotateSigningKey(ctx: Ctx, ownerId: string, purposes: readonly KeyPurpose[] = keyPurposes): Promise<Rotation[]> {
  return withTransaction(ctx, async (tx) => {
    await tx.db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`signing-key:${ownerId}`}))`);
    const rotations: Rotation[] = [];
    for (const purpose of purposes) {
      const current = await activeRow(tx, ownerId, purpose);
      if (current) await tx.db.update(signingKeys).set({ retiredAt: tx.clock.now() }).where(eq(signingKeys.kid, current.kid));
      await createKey(tx, ownerId, purpose);
      const active = (await activeRow(tx, ownerId, purpose))!;
      rotations.push({ purpose, retired: current?.kid ?? null, active: active.kid });
    }
    await recordAudit(tx, { action: 'signing_key.rotated', subjectType: 'department', subjectId: ownerId, details: { rotations } });
    return rotations;
  });
}

/**
 * Takes a compromised key out of the published set: what it signed no longer verifies. Revoking the active key
 * leaves the purpose without one; the next signature makes a new key.
 */
export function revokeSigningKey(ctx: Ctx, ownerId: string, kid: string, reason?: string): Promise<void> {
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db.update(signingKeys).set({ revokedAt: tx.clock.now(), retiredAt: sql`coalesce(${signingKeys.retiredAt}, ${tx.clock.now()})` })
      .where(and(eq(signingKeys.ownerId, ownerId), eq(signingKeys.kid, kid), isNull(signingKeys.revokedAt))).returning();
    if (!row) throw new AppError({ code: 'platform.signing_key_unknown', status: 404, field: '/kid', message: { zh: '没有这个有效的签名密钥', en: 'No such unrevoked signing key' } });
    await recordAudit(tx, { action: 'signing_key.revoked', subjectType: 'department', subjectId: ownerId, details: { kid, purpose: row.purpose, ...(reason ? { reason } : {}) } });
  });
}

export interface SigningKeySummary {
  kid: string; purpose: KeyPurpose | 'legacy'; alg: string; createdAt: string; retiredAt: string | null; revokedAt: string | null;
  /** active signs; retired is published for what it signed; revoked is withdrawn and what it signed fails verification. */
  state: 'active' | 'retired' | 'revoked';
}

/** Every key the owner has had, newest first, public facts only (never the private part). */
export async function listSigningKeys(ctx: Ctx, ownerId: string): Promise<SigningKeySummary[]> {
  const rows = await ctx.db.select({ kid: signingKeys.kid, purpose: signingKeys.purpose, alg: signingKeys.alg, createdAt: signingKeys.createdAt,
    retiredAt: signingKeys.retiredAt, revokedAt: signingKeys.revokedAt }).from(signingKeys).where(eq(signingKeys.ownerId, ownerId)).orderBy(desc(signingKeys.createdAt), asc(signingKeys.purpose));
  const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
  return rows.map((r) => ({
    kid: r.kid, purpose: r.purpose as SigningKeySummary['purpose'], alg: r.alg, createdAt: iso(r.createdAt)!, retiredAt: iso(r.retiredAt), revokedAt: iso(r.revokedAt),
    state: r.revokedAt ? 'revoked' : r.retiredAt ? 'retired' : 'active',
  }));
}

/** The owner's published keys for one purpose: active and retired (legacy ones too), never revoked ones. */
export async function publicJwks(ctx: Ctx, ownerId: string, purpose: KeyPurpose): Promise<Jwks> {
  const rows = await ctx.db.select({ publicJwk: signingKeys.publicJwk }).from(signingKeys)
    .where(and(eq(signingKeys.ownerId, ownerId), inArray(signingKeys.purpose, [purpose, 'legacy']), isNull(signingKeys.revokedAt))).orderBy(asc(signingKeys.createdAt));
  return { keys: rows.map((r) => r.publicJwk as Jwks['keys'][number]) };
}

/** A compact JWS over a JSON payload, signed with the owner's current key for the purpose. */
export async function signJws(ctx: Ctx, ownerId: string, purpose: KeyPurpose, payload: Record<string, unknown>, typ: string): Promise<string> {
  const key = await activeSigningKey(ctx, ownerId, purpose);
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ })
    .sign(key.privateKey);
}
