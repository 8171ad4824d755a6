// A machine client's bearer token: a bad token makes the caller anonymous (with the reason), but a database that
// fails while checking a good one is an error, never a quiet "anonymous" that hides the outage.
import type { FastifyRequest } from 'fastify';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/context.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { authenticateClient } from './clients.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(() => t.close());

async function clientToken(key = Buffer.from(t.tongban.platform.keyring.mac('exchange.client-token', 'v1'), 'base64url')): Promise<string> {
  const now = Math.floor(t.clock.now().getTime() / 1000);
  return new SignJWT({ dept: newId(), scope: 'exchange' }).setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' }).setSubject(newId())
    .setIssuer('tongban').setAudience('tongban:exchange').setIssuedAt(now).setExpirationTime(now + 600).setJti(newId()).sign(key);
}
const request = (token: string) => ({ headers: { authorization: `Bearer ${token}` } }) as FastifyRequest;

describe('authenticateClient', () => {
  it('a token for no live client, or a forged one, leaves the caller anonymous and says why', async () => {
    const unknown = await authenticateClient(request(await clientToken()), t.system);
    expect(unknown?.actor).toBe(t.system.actor);
    expect(unknown?.problem?.code).toBe('exchange.client_token_invalid');
    const forged = await authenticateClient(request(await clientToken(Buffer.alloc(32, 7))), t.system);
    expect(forged?.problem?.code).toBe('exchange.client_token_invalid');
  });

  it('a database failure while checking a valid token is raised, not turned into an anonymous caller', async () => {
    const failing = new Proxy(t.system.db, { get: (target, prop) => (prop === 'select' ? () => { throw new Error('connection terminated'); } : Reflect.get(target, prop)) });
    const ctx: Ctx = { ...t.system, db: failing };
    await expect(authenticateClient(request(await clientToken()), ctx)).rejects.toThrow('connection terminated');
  });
});
