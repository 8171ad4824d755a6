// A department's signature outlives a key rotation, and dies with a revoked key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from './context.js';
import { startTestApp, type TestApp } from '../test/harness.js';
import { activeSigningKey, publicJwks, revokeSigningKey, rotateSigningKey, signJws, verifyJws } from './signing-keys.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(() => t.close());

describe('department signing keys', () => {
  it('signs with one active key, made on first use, even when many ask at once', async () => {
    const department = newId();
    const keys = await Promise.all(Array.from({ length: 5 }, () => activeSigningKey(t.system, department)));
    expect(new Set(keys.map((k) => k.kid)).size).toBe(1);
    expect((await publicJwks(t.system, department)).keys).toHaveLength(1);
    expect(JSON.stringify(await publicJwks(t.system, department))).not.toMatch(/"d":/); // never the private part
  });

  it('keeps what an old key signed verifiable after rotation, and refuses it once the key is revoked', async () => {
    const department = newId();
    const before = await signJws(t.system, department, { answer: 42 }, 'example+jws');
    const { retired, active } = await rotateSigningKey(t.system, department);
    expect(retired).not.toBe(active);
    const after = await signJws(t.system, department, { answer: 43 }, 'example+jws');
    const jwks = await publicJwks(t.system, department);
    expect(jwks.keys.map((k) => k.kid)).toEqual([retired, active]);
    expect((await verifyJws(before, jwks))?.payload).toEqual({ answer: 42 });
    expect((await verifyJws(after, jwks))?.kid).toBe(active);

    await revokeSigningKey(t.system, department, retired!);
    const remaining = await publicJwks(t.system, department);
    expect(await verifyJws(before, remaining)).toBeNull();
    expect(await verifyJws(after, remaining)).not.toBeNull();
    await expect(revokeSigningKey(t.system, department, retired!)).rejects.toMatchObject({ status: 404 });
  });

  it('refuses a tampered payload and a signature from another department', async () => {
    const [a, b] = [newId(), newId()];
    const jws = await signJws(t.system, a, { grant: 'x' }, 'example+jws');
    const [header, , signature] = jws.split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ grant: 'y' })).toString('base64url')}.${signature}`;
    expect(await verifyJws(forged, await publicJwks(t.system, a))).toBeNull();
    await activeSigningKey(t.system, b);
    expect(await verifyJws(jws, await publicJwks(t.system, b))).toBeNull();
  });
});
