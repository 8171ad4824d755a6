// Deny by default, for machine clients too: a client's token opens only the routes that say `clients: true`.
import { describe, expect, it } from 'vitest';
import { actorLabel, anonymous, machineClientActor, type Actor } from '../actor.js';
import { isAllowed, isAllowedActing } from './access.js';

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

describe('acting for someone else (帮办代办, 经办人)', () => {
  const citizen: Actor = { kind: 'account', accountId: 'a', personId: 'p', roles: ['citizen'], postings: [], sessionId: 's', actingFor: null };
  const delegate = (scopes: string[]): Actor => ({ ...citizen, actingFor: { kind: 'person', personId: 'q', delegationId: 'd', scopes } });
  const agent = (scopes: string[]): Actor => ({ ...citizen, actingFor: { kind: 'enterprise', enterpriseId: 'e', authorizationId: 'g', scopes } });

  it('needs the scope the route names for the kind of party acted for', () => {
    const acting = { person: 'applications.read', enterprise: 'applications.read' };
    expect(isAllowedActing('signed-in', acting, delegate(['applications.read']))).toBe('ok');
    expect(isAllowedActing('signed-in', acting, delegate(['profile.read']))).toEqual({ missing: 'applications.read' });
    expect(isAllowedActing('signed-in', { person: 'certificates.read' }, agent(['enterprise.read']))).toEqual({ missing: null });
  });

  it('is refused where the route names nothing (deny by default), allowed where it is about oneself or public', () => {
    expect(isAllowedActing('signed-in', undefined, delegate(['applications.read', 'applications.submit', 'profile.read', 'certificates.read']))).toEqual({ missing: null });
    expect(isAllowedActing('signed-in', 'self', delegate([]))).toBe('ok');
    expect(isAllowedActing('public', undefined, agent([]))).toBe('ok');
  });

  it('does not concern someone acting for nobody', () => {
    expect(isAllowedActing({ roles: ['citizen'] }, undefined, citizen)).toBe('ok');
  });
});
