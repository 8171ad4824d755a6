// Deny by default, for machine clients too: a client's token opens only the routes that say `clients: true`.
import { describe, expect, it } from 'vitest';
import { actorLabel, anonymous, machineClientActor, type Actor } from '../actor.js';
import { isAllowed } from './access.js';

const client = machineClientActor({ clientId: '00000000-0000-4000-8000-000000000001', departmentId: '00000000-0000-4000-8000-000000000002' });
const reviewer: Actor = { kind: 'account', accountId: 'a', personId: null, roles: ['reviewer'], postings: [{ role: 'reviewer', departmentId: 'd', regionCode: null }], sessionId: 's', actingFor: null };

describe('who may call a route', () => {
  it('lets a machine client through only where clients are named, and to public routes', () => {
    expect(isAllowed({ roles: ['reviewer'], clients: true }, client)).toBe('ok');
    expect(isAllowed('public', client)).toBe('ok');
    expect(isAllowed({ roles: ['reviewer'] }, client)).toBe('forbidden');
    expect(isAllowed('signed-in', client)).toBe('forbidden');
    expect(isAllowed(undefined, client)).toBe('forbidden');
  });

  it('keeps `clients: true` from opening a route to anyone else', () => {
    expect(isAllowed({ roles: ['reviewer'], clients: true }, anonymous)).toBe('unauthenticated');
    expect(isAllowed({ roles: ['department_admin'], clients: true }, reviewer)).toBe('forbidden');
    expect(isAllowed({ roles: ['reviewer'], clients: true }, reviewer)).toBe('ok');
  });

  it('labels a client in the audit trail by its id, never as a person', () => {
    expect(actorLabel(client)).toBe('client:00000000-0000-4000-8000-000000000001');
  });
});
