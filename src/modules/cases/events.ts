// What the cases module tells others: every status change of a case (with what a message about it needs, so
// nobody reads back), review tasks opened, 一件事 bundles submitted, and the 限时办结 overdue alerts.
import { Type } from 'typebox';
import { EventBilingual, EventDay, EventId, EventPayload, Nullable, type PayloadsOf } from '../../platform/events.js';

const applicationFields = {
  applicationId: EventId, number: Nullable(Type.String()), personId: EventId, itemCode: Type.String(), itemName: EventBilingual,
  departmentId: EventId, status: Type.String(), dueOn: Nullable(EventDay), reason: Nullable(Type.String()),
};
const applicationChanged = EventPayload(applicationFields);

export const casesEvents = {
  'application.submitted': applicationChanged,
  'application.accepted': applicationChanged,
  'application.withdrawn': applicationChanged,
  'application.supplemented': applicationChanged,
  'application.supplement_requested': EventPayload({ ...applicationFields,
    items: Type.Array(Type.Object({ target: Type.String(), reason: Type.String() }, { additionalProperties: false })) }),
  'application.approved': applicationChanged,
  'application.rejected': applicationChanged,
  /** After approved or rejected: the outcome, and the result certificate when one was issued. */
  'application.completed': EventPayload({ ...applicationFields, outcome: Type.Union([Type.Literal('approved'), Type.Literal('rejected')]),
    resultCertificateType: Nullable(Type.String()), resultCertificateId: Nullable(EventId) }),
  'task.opened': EventPayload({ taskId: EventId, applicationId: EventId, departmentId: EventId, dueOn: Nullable(EventDay) }),
  'bundle.submitted': EventPayload({ bundleApplicationId: EventId, number: Nullable(Type.String()), personId: EventId, bundleCode: Type.String() }),
  /** 限时办结: a department's task passed its due date while open. */
  'task.overdue': EventPayload({ taskId: EventId, applicationId: EventId, number: Nullable(Type.String()), departmentId: EventId, dueOn: EventDay }),
  /** The case passed its committed time limit (承诺时限) while running. */
  'application.overdue': EventPayload({ applicationId: EventId, number: Nullable(Type.String()), departmentId: EventId, dueOn: EventDay }),
  /** 容缺受理: the deferred materials were not handed in by their date. */
  'application.tolerance_overdue': EventPayload({ applicationId: EventId, number: Nullable(Type.String()), personId: EventId, departmentId: EventId,
    missing: Type.Array(Type.String()), dueOn: EventDay }),
};

export type CasesEvents = PayloadsOf<typeof casesEvents>;
export type ApplicationEventPayload = CasesEvents['application.submitted'];
declare module '../../platform/events.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface EventMap extends CasesEvents {}
}
