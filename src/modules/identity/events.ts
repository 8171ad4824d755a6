// What the identity module tells others: accounts, persons, enterprises and their agents, delegations (帮办代办).
import { Type } from 'typebox';
import { EventId, EventPayload, type PayloadsOf } from '../../platform/events.js';

export const identityEvents = {
  'account.created': EventPayload({ accountId: EventId, roles: Type.Array(Type.String()) }),
  'account.disabled': EventPayload({ accountId: EventId }),
  'person.registered': EventPayload({ personId: EventId }),
  /** Someone tried to register online with an ID number already on record: only its owner hears of it. */
  'person.registration_attempted': EventPayload({ personId: EventId }),
  'person.real_name_verified': EventPayload({ personId: EventId, level: Type.Integer({ minimum: 1, maximum: 4 }) }),
  'enterprise.registered': EventPayload({ enterpriseId: EventId }),
  /** 经办人: `agentId` is the authorisation's id, `personId` the person who may now act for the enterprise. */
  'enterprise_agent.authorized': EventPayload({ enterpriseId: EventId, agentId: EventId, personId: EventId }),
  'enterprise_agent.revoked': EventPayload({ enterpriseId: EventId, agentId: EventId, personId: EventId }),
  'delegation.granted': EventPayload({ delegationId: EventId, principalId: EventId, agentId: EventId }),
  /** Revoked by the principal or declined by the agent. */
  'delegation.revoked': EventPayload({ delegationId: EventId }),
};

export type IdentityEvents = PayloadsOf<typeof identityEvents>;
declare module '../../platform/events.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface EventMap extends IdentityEvents {}
}
