// What a delegate (帮办代办) or an enterprise agent (经办人) needs to call a route, named once: routes put one of
// these in `config.acting`, and the platform's access check compares it with the live authorisation (item 7 of
// the trust hardening: scopes enforced in one place). A kind left out may not act there at all.
import type { Acting } from '../../platform/http/access.js';
import type { AgentScope, DelegationScope } from './policy.js';

const needs = (person: DelegationScope | null, enterprise: AgentScope | null): Acting =>
  ({ ...(person ? { person } : {}), ...(enterprise ? { enterprise } : {}) });

export const actingNeeds = {
  /** Reading applications, their materials, timelines and ratings. */
  applicationsRead: needs('applications.read', 'applications.read'),
  /** Filing, drafting, correcting (补正), withdrawing and rating. */
  applicationsSubmit: needs('applications.submit', 'applications.submit'),
  /** Looking at the wallet: a helper may look; an agent sees the enterprise's certificates. */
  certificatesRead: needs('certificates.read', 'enterprise.read'),
  /** Showing a certificate (亮证) or taking its credential away: only the holder for a person; an agent for an enterprise. */
  certificatesShow: needs(null, 'enterprise.read'),
  /** A person's profile. */
  profileRead: needs('profile.read', null),
  /** The enterprise's record. */
  enterpriseRead: needs(null, 'enterprise.read'),
  /** Granting and ending agents' authorisations. */
  agentsManage: needs(null, 'agents.manage'),
  /** About the signed-in account itself (who am I, sign out, my own inbox): acting changes nothing. */
  self: 'self',
} as const satisfies Record<string, Acting>;
