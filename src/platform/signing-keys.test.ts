// A department's signature outlives a key rotation, dies with a revoked key, and never crosses purposes.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from './context.js';
import { startTestApp, type TestApp } from '../test/harness.js';
import { compactVerify, createLocalJWKSet, type JWK } from 'jose';
import { activeSigningKey, publicJwks, revokeSigningKey, rotateSigningKey, signJws, SIGNING_ALG, type Jwks } from './signing-keys.js';

/** What a relying party does with a department's JWKS: the payload when the signature and `typ` hold, else null. */
async function verifyJws(jws: string, jwks: Jwks, typ: string): Promise<{ payload: Record<string, unknown>; kid: string | undefined } | null> {
  try {
    const { payload, protectedHeader } = await compactVerify(jws, createLocalJWKSet(jwks as { keys: JWK[] }), { algorithms: [SIGNING_ALG] });
    if (protectedHeader.typ !== typ) return null;
    return { payload: JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>, kid: protectedHeader.kid };
  } catch {
    return null;
  }
}

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(() => t.close());

describe('department signing keys', () => {
  it('signs with one active key per purpose, made on first use, even when many ask at once', async () => {
    const department = newId();
    const keys = await Promise.all(Array.from({ length: 5 }, () => activeSigningKey(t.system, department, 'certificate')));
    expect(new Set(keys.map((k) => k.kid)).size).toBe(1);
    expect((await publicJwks(t.system, department, 'certificate')).keys).toHaveLength(1);
    expect(JSON.stringify(await publicJwks(t.system, department, 'certificate'))).not.toMatch(/"d":/); // never the private part
  });

  it('keeps what an old key signed verifiable after rotation, and refuses it once the key is revoked', async () => {
    const department = newId();
    const before = await signJws(t.system, department, 'exchange_answer', { answer: 42 }, 'example+jws');
    const rotations = await rotateSigningKey(t.system, department);
    const { retired, active } = rotations.find((r) => r.purpose === 'exchange_answer')!;
    expect(retired).not.toBe(active);
    const after = await signJws(t.system, department, 'exchange_answer', { answer: 43 }, 'example+jws');
    const jwks = await publicJwks(t.system, department, 'exchange_answer');
    expect(jwks.keys.map((k) => k.kid)).toEqual([retired, active]);
    expect((await verifyJws(before, jwks, 'example+jws'))?.payload).toEqual({ answer: 42 });
    expect((await verifyJws(after, jwks, 'example+jws'))?.kid).toBe(active);

    await revokeSigningKey(t.system, department, retired!);
    const remaining = await publicJwks(t.system, department, 'exchange_answer');
    expect(await verifyJws(before, remaining, 'example+jws')).toBeNull();
    expect(await verifyJws(after, remaining, 'example+jws')).not.toBeNull();
    await expect(revokeSigningKey(t.system, department, retired!)).rejects.toMatchObject({ status: 404 });
  });

  it('refuses a tampered payload, a signature from another department, and a token of another typ', async () => {
    const [a, b] = [newId(), newId()];
    const jws = await signJws(t.system, a, 'exchange_answer', { grant: 'x' }, 'example+jws');
    const [header, , signature] = jws.split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ grant: 'y' })).toString('base64url')}.${signature}`;
    expect(await verifyJws(forged, await publicJwks(t.system, a, 'exchange_answer'), 'example+jws')).toBeNull();
    await activeSigningKey(t.system, b, 'exchange_answer');
    expect(await verifyJws(jws, await publicJwks(t.system, b, 'exchange_answer'), 'example+jws')).toBeNull();
    expect(await verifyJws(jws, await publicJwks(t.system, a, 'exchange_answer'), 'other+jws')).toBeNull();
  });

  it('publishes a purpose\'s keys only in that purpose\'s set: an exchange answer never verifies with the certificate keys', async () => {
    const department = newId();
    const answer = await signJws(t.system, department, 'exchange_answer', { found: true }, 'example+jws');
    await activeSigningKey(t.system, department, 'certificate');
    expect(await verifyJws(answer, await publicJwks(t.system, department, 'certificate'), 'example+jws')).toBeNull();
    expect(await verifyJws(answer, await publicJwks(t.system, department, 'status_list'), 'example+jws')).toBeNull();
    expect(await verifyJws(answer, await publicJwks(t.system, department, 'exchange_answer'), 'example+jws')).not.toBeNull();
  });

  it('keeps a key made before purposes (legacy) published in every set, and never signs with it again', async () => {
    const department = newId();
    const old = await signJws(t.system, department, 'certificate', { answer: 1 }, 'example+jws');
    // What the migration does to a key of an older Tongban: it signed everything, it now signs nothing.
    await t.tongban.platform.database.db.execute(sql`UPDATE signing_keys SET purpose = 'legacy', retired_at = now() WHERE owner_id = ${department}`);
    for (const purpose of ['certificate', 'status_list', 'exchange_answer'] as const) {
      expect(await verifyJws(old, await publicJwks(t.system, department, purpose), 'example+jws')).not.toBeNull();
    }
    const fresh = await activeSigningKey(t.system, department, 'certificate');
    expect((await publicJwks(t.system, department, 'exchange_answer')).keys.map((k) => k.kid)).not.toContain(fresh.kid);
  });
});
