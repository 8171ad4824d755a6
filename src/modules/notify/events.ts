// What notify listens to, and the jobs it runs. Each handler is idempotent: its message's dedupe key is the
// event's id, so an event delivered twice leaves one message and one set of copies.
import type { Ctx, Platform } from '../../platform/context.js';
import type { EventEnvelope } from '../../platform/jobs.js';
import { accountHolder, agentAuthorizationNotice, delegationNotice } from '../identity/index.js';
import { deliver, DELIVER_JOB } from './channels.js';
import { notify } from './service.js';

const eventKey = (event: EventEnvelope) => `event:${event.type}:${event.id}`;
/** The applicant's page of a case (My cases → the case), where its status, timeline, rating and replies are. */
const caseLink = (applicationId: string) => `/cases/${applicationId}`;
const payloadId = (event: EventEnvelope, key: string): string => {
  const value = event.payload[key];
  if (typeof value !== 'string') throw new Error(`${event.type} ${event.id}: payload has no ${key}`);
  return value;
};

/** 帮办代办: tell the agent they may now act for the principal, and until when. */
async function onDelegationGranted(ctx: Ctx, event: EventEnvelope): Promise<void> {
  const d = await delegationNotice(ctx, payloadId(event, 'delegationId'));
  if (!d) throw new Error(`delegation.granted ${event.id}: delegation not found`);
  await notify(ctx, { personId: d.agentId, template: 'delegation.granted', link: '/delegations', dedupeKey: eventKey(event),
    params: { principalName: d.principalName, validUntil: d.validUntil.toISOString() } });
}

/** Revoked by the principal or declined by the agent: the agent is told either way that it has ended. */
async function onDelegationRevoked(ctx: Ctx, event: EventEnvelope): Promise<void> {
  const d = await delegationNotice(ctx, payloadId(event, 'delegationId'));
  if (!d) throw new Error(`delegation.revoked ${event.id}: delegation not found`);
  await notify(ctx, { personId: d.agentId, template: 'delegation.revoked', link: '/delegations', dedupeKey: eventKey(event),
    params: { principalName: d.principalName } });
}

/** 经办人: tell the person which enterprise they may now act for. */
async function onAgentAuthorized(ctx: Ctx, event: EventEnvelope): Promise<void> {
  const a = await agentAuthorizationNotice(ctx, payloadId(event, 'agentId'));
  if (!a) throw new Error(`enterprise_agent.authorized ${event.id}: authorisation not found`);
  await notify(ctx, { personId: a.personId, template: 'enterprise_agent.authorized', link: '/enterprises', dedupeKey: eventKey(event),
    params: { enterpriseName: a.enterpriseName, validUntil: a.validUntil.toISOString() } });
}

/** A citizen's new account: welcome. Staff accounts belong to no person and get nothing. */
async function onAccountCreated(ctx: Ctx, event: EventEnvelope): Promise<void> {
  const roles = event.payload.roles;
  if (!Array.isArray(roles) || !roles.includes('citizen')) return;
  const holder = await accountHolder(ctx, payloadId(event, 'accountId'));
  if (!holder) throw new Error(`account.created ${event.id}: account not found`);
  if (!holder.personId) return;
  await notify(ctx, { personId: holder.personId, template: 'account.welcome', dedupeKey: eventKey(event), params: { name: holder.displayName } });
}

/** An online registration with an ID number already on record: its owner hears of it (and nobody else learns anything). */
async function onRegistrationAttempted(ctx: Ctx, event: EventEnvelope): Promise<void> {
  await notify(ctx, { personId: payloadId(event, 'personId'), template: 'account.registration_attempted', dedupeKey: eventKey(event), params: {} });
}

const text = (event: EventEnvelope, key: string): string => {
  const value = event.payload[key];
  return typeof value === 'string' ? value : '';
};

/**
 * Every step of a case reaches its applicant's inbox (and, where they chose, e-mail and SMS), once: the decision is
 * one message (approved or not, with the invitation to rate), sent when the case completes, not an "approved", a
 * "completed" and a "please rate" for the same moment (issue 14). The payload carries what the message needs, so
 * nothing is read back from the cases module.
 */
function onApplication(event: 'submitted' | 'accepted' | 'supplement_requested' | 'completed') {
  return async (ctx: Ctx, e: EventEnvelope): Promise<void> => {
    const p = e.payload;
    const params: Record<string, string | { zh: string; en: string }> = {
      itemName: p.itemName as { zh: string; en: string }, applicationNo: text(e, 'number'),
    };
    let template: 'application.submitted' | 'application.accepted' | 'application.supplement_requested' | 'application.approved' | 'application.rejected';
    switch (event) {
      case 'submitted': template = 'application.submitted'; break;
      case 'accepted': template = 'application.accepted'; params.dueDate = `${text(e, 'dueOn')}T12:00:00+08:00`; break;
      case 'supplement_requested':
        template = 'application.supplement_requested';
        params.reason = ((p.items ?? []) as { reason: string }[]).map((i) => i.reason).join('；');
        break;
      case 'completed':
        template = text(e, 'outcome') === 'rejected' ? 'application.rejected' : 'application.approved';
        if (template === 'application.rejected') params.reason = text(e, 'reason');
        break;
    }
    await notify(ctx, { personId: payloadId(e, 'personId'), template, params, link: caseLink(payloadId(e, 'applicationId')), dedupeKey: eventKey(e) });
  };
}

/** 差评整改: the department's answer goes back to the person who rated. */
async function onRectificationReplied(ctx: Ctx, event: EventEnvelope): Promise<void> {
  await notify(ctx, { personId: payloadId(event, 'personId'), template: 'rectification.replied', dedupeKey: eventKey(event),
    link: caseLink(payloadId(event, 'applicationId')), params: { itemName: event.payload.itemName as { zh: string; en: string } } });
}

/** Job handlers and event subscriptions. Their names are stable: queued jobs refer to them. */
export function registerNotify(platform: Platform): void {
  const { jobs } = platform;
  jobs.define(DELIVER_JOB, deliver);
  jobs.subscribe('delegation.granted', 'notify.on-delegation-granted', onDelegationGranted);
  jobs.subscribe('delegation.revoked', 'notify.on-delegation-revoked', onDelegationRevoked);
  jobs.subscribe('enterprise_agent.authorized', 'notify.on-enterprise-agent-authorized', onAgentAuthorized);
  jobs.subscribe('account.created', 'notify.on-account-created', onAccountCreated);
  jobs.subscribe('person.registration_attempted', 'notify.on-registration-attempted', onRegistrationAttempted);
  // application.approved and .rejected are not listened to: the decision's one message goes out on .completed.
  for (const status of ['submitted', 'accepted', 'supplement_requested', 'completed'] as const) {
    jobs.subscribe(`application.${status}`, `notify.on-application-${status.replaceAll('_', '-')}`, onApplication(status));
  }
  jobs.subscribe('rectification.replied', 'notify.on-rectification-replied', onRectificationReplied);
}
