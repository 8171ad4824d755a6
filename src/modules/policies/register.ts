// The policies module's job handlers and event subscriptions. Names are stable: queued jobs refer to them.
import type { Ctx, Platform } from '../../platform/context.js';
import type { EventOf } from '../../platform/jobs.js';
import { DELIVER_MATCHES_JOB } from './service.js';
import { factsFromCertificate, factsWithdrawnWithCertificate } from './fact-events.js';
import { syncEnterprises, syncPersons } from './store.js';
import { runTriggers, TRIGGER_EVENTS, checkRetirementBirthdays, DAILY_JOB } from './triggers.js';
import { GRANT_JOB, deliverMatches, grant } from './matches.js';
import { onApplicationSubmitted } from './instant-approval.js';
import { NIGHTLY_REMATCH_JOB, rematchPublished } from './rematch.js';

async function onPersonRegistered(ctx: Ctx, event: EventOf<'person.registered'>): Promise<void> {
  await syncPersons(ctx, [event.payload.personId]);
}
async function onEnterpriseRegistered(ctx: Ctx, event: EventOf<'enterprise.registered'>): Promise<void> {
  await syncEnterprises(ctx, [event.payload.enterpriseId]);
}

/** Job handlers and event subscriptions. Names are stable: queued jobs refer to them. */
export function registerPolicies(platform: Platform): void {
  const { jobs } = platform;
  jobs.define(DELIVER_MATCHES_JOB, deliverMatches);
  jobs.define(GRANT_JOB, grant);
  jobs.define(DAILY_JOB, checkRetirementBirthdays);
  jobs.define(NIGHTLY_REMATCH_JOB, rematchPublished);
  jobs.subscribe('person.registered', 'policies.on-person-registered', onPersonRegistered);
  jobs.subscribe('enterprise.registered', 'policies.on-enterprise-registered', onEnterpriseRegistered);
  jobs.subscribe('application.submitted', 'policies.instant-approval', onApplicationSubmitted);
  jobs.subscribe('certificate.issued', 'policies.facts-from-certificate', factsFromCertificate);
  jobs.subscribe('certificate.revoked', 'policies.facts-withdrawn-with-certificate', factsWithdrawnWithCertificate);
  for (const type of TRIGGER_EVENTS) jobs.subscribe(type, `policies.trigger.${type}`, runTriggers);
}
