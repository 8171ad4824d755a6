// What notify listens to, and the jobs it runs. Each handler is idempotent: its message's dedupe key is the
// event's id, so an event delivered twice leaves one message and one set of copies.
import type { Ctx, Platform } from '../../platform/context.js';
import type { EventEnvelope, EventOf } from '../../platform/jobs.js';
import { accountHolder, agentAuthorizationNotice, delegationNotice, departmentStaffAccounts } from '../identity/index.js';
import { deliver, DELIVER_JOB } from './channels.js';
import { notify, notifyStaff } from './service.js';

const eventKey = (event: EventEnvelope) => `event:${event.type}:${event.id}`;

/** 帮办代办: tell the agent they may now act for the principal, and until when. */
async function onDelegationGranted(ctx: Ctx, event: EventOf<'delegation.granted'>): Promise<void> {
  const d = await delegationNotice(ctx, event.payload.delegationId);
  if (!d) throw new Error(`delegation.granted ${event.id}: delegation not found`);
  await notify(ctx, { personId: d.agentId, template: 'delegation.granted', link: '/delegations', dedupeKey: eventKey(event),
    params: { principalName: d.principalName, validUntil: d.validUntil.toISOString() } });
}

/** Revoked by the principal or declined by the agent: the agent is told either way that it has ended. */
async function onDelegationRevoked(ctx: Ctx, event: EventOf<'delegation.revoked'>): Promise<void> {
  const d = await delegationNotice(ctx, event.payload.delegationId);
  if (!d) throw new Error(`delegation.revoked ${event.id}: delegation not found`);
  await notify(ctx, { personId: d.agentId, template: 'delegation.revoked', link: '/delegations', dedupeKey: eventKey(event),
    params: { principalName: d.principalName } });
}

/** 经办人: tell the person which enterprise they may now act for. */
async function onAgentAuthorized(ctx: Ctx, event: EventOf<'enterprise_agent.authorized'>): Promise<void> {
  const a = await agentAuthorizationNotice(ctx, event.payload.agentId);
  if (!a) throw new Error(`enterprise_agent.authorized ${event.id}: authorisation not found`);
  await notify(ctx, { personId: a.personId, template: 'enterprise_agent.authorized', link: '/enterprises', dedupeKey: eventKey(event),
    params: { enterpriseName: a.enterpriseName, validUntil: a.validUntil.toISOString() } });
}

/** A citizen's new account: welcome. Staff accounts belong to no person and get nothing. */
async function onAccountCreated(ctx: Ctx, event: EventOf<'account.created'>): Promise<void> {
  if (!event.payload.roles.includes('citizen')) return;
  const holder = await accountHolder(ctx, event.payload.accountId);
  if (!holder) throw new Error(`account.created ${event.id}: account not found`);
  if (!holder.personId) return;
  await notify(ctx, { personId: holder.personId, template: 'account.welcome', dedupeKey: eventKey(event), params: { name: holder.displayName } });
}

/** An online registration with an ID number already on record: its owner hears of it (and nobody else learns anything). */
async function onRegistrationAttempted(ctx: Ctx, event: EventOf<'person.registration_attempted'>): Promise<void> {
  await notify(ctx, { personId: event.payload.personId, template: 'account.registration_attempted', dedupeKey: eventKey(event), params: {} });
}

/**
 * Every step of a case reaches its applicant's inbox (and, where they chose, e-mail and SMS), once: the decision is
 * one message (approved or not, with the invitation to rate), sent when the case completes, not an "approved", a
 * "completed" and a "please rate" for the same moment (issue 14). The payload carries what the message needs, so
 * nothing is read back from the cases module.
 */
type ApplicationStep = 'application.submitted' | 'application.accepted' | 'application.supplement_requested' | 'application.completed';

async function onApplication(ctx: Ctx, e: EventOf<ApplicationStep>): Promise<void> {
  const p = e.payload;
  const params: Record<string, string | { zh: string; en: string }> = { itemName: p.itemName, applicationNo: p.number ?? '' };
  let template: 'application.submitted' | 'application.accepted' | 'application.supplement_requested' | 'application.approved' | 'application.rejected';
  switch (e.type) {
    case 'application.submitted': template = 'application.submitted'; break;
    case 'application.accepted':
      // Accepted cases always carry their committed date; one without is a bug upstream, not a message to send.
      if (!e.payload.dueOn) throw new Error(`application.accepted ${e.id}: no due date`);
      template = 'application.accepted'; params.dueDate = `${e.payload.dueOn}T12:00:00+08:00`; break;
    case 'application.supplement_requested':
      template = 'application.supplement_requested';
      params.reason = e.payload.items.map((i) => i.reason).join('；');
      break;
    case 'application.completed':
      template = e.payload.outcome === 'rejected' ? 'application.rejected' : 'application.approved';
      if (template === 'application.rejected') params.reason = e.payload.reason ?? '';
      break;
  }
  await notify(ctx, { personId: p.personId, template, params, link: `/cases/${p.applicationId}`, dedupeKey: eventKey(e) });
}

/** 差评整改: the department's answer goes back to the person who rated. */
async function onRectificationReplied(ctx: Ctx, event: EventOf<'rectification.replied'>): Promise<void> {
  await notify(ctx, { personId: event.payload.personId, template: 'rectification.replied', dedupeKey: eventKey(event),
    link: `/cases/${event.payload.applicationId}`, params: { itemName: event.payload.itemName } });
}

type OverdueEvent = 'task.overdue' | 'application.overdue' | 'application.tolerance_overdue';
const overdueTemplates = { 'task.overdue': 'staff.task_overdue', 'application.overdue': 'staff.case_overdue', 'application.tolerance_overdue': 'staff.tolerance_overdue' } as const;

/**
 * 限时办结: an overdue task or case, or deferred materials not handed in, reach the department's reviewers and
 * admins in their inbox, with a link to the case in the workbench. This is what the timeline's "supervisors
 * alerted" means until supervision (督办) has a module of its own.
 */
async function onOverdue(ctx: Ctx, event: EventOf<OverdueEvent>): Promise<void> {
  const p = event.payload;
  const params = { applicationNo: p.number ?? p.applicationId, dueDate: `${p.dueOn}T12:00:00+08:00` };
  for (const accountId of await departmentStaffAccounts(ctx, p.departmentId, ['reviewer', 'department_admin'])) {
    await notifyStaff(ctx, { accountId, template: overdueTemplates[event.type], params, link: `/staff/cases/${p.applicationId}`, dedupeKey: eventKey(event) });
  }
}

/** 差评整改: a bad rating reaches the admins of the department that handled the case, who answer it. */
async function onRectificationOpened(ctx: Ctx, event: EventOf<'rectification.opened'>): Promise<void> {
  const p = event.payload;
  for (const accountId of await departmentStaffAccounts(ctx, p.departmentId, ['department_admin'])) {
    await notifyStaff(ctx, { accountId, template: 'staff.bad_rating', params: { dueDate: `${p.dueOn}T12:00:00+08:00` }, link: '/staff/rectifications', dedupeKey: eventKey(event) });
  }
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
  jobs.subscribe('application.submitted', 'notify.on-application-submitted', onApplication);
  jobs.subscribe('application.accepted', 'notify.on-application-accepted', onApplication);
  jobs.subscribe('application.supplement_requested', 'notify.on-application-supplement-requested', onApplication);
  jobs.subscribe('application.completed', 'notify.on-application-completed', onApplication);
  jobs.subscribe('rectification.replied', 'notify.on-rectification-replied', onRectificationReplied);
  jobs.subscribe('rectification.opened', 'notify.on-rectification-opened', onRectificationOpened);
  jobs.subscribe('task.overdue', 'notify.on-task-overdue', onOverdue);
  jobs.subscribe('application.overdue', 'notify.on-application-overdue', onOverdue);
  jobs.subscribe('application.tolerance_overdue', 'notify.on-tolerance-overdue', onOverdue);
}
