// What feedback tells others: a rating (好差评), and the 差评整改 it opened and its answer.
import { Type } from 'typebox';
import { EventBilingual, EventDay, EventId, EventPayload, type PayloadsOf } from '../../platform/events.js';

export const feedbackEvents = {
  /** `level`: the national five-level score, 5 非常满意 … 1 非常不满意. */
  'rating.submitted': EventPayload({ applicationId: EventId, ratingId: EventId, level: Type.Integer({ minimum: 1, maximum: 5 }), departmentId: EventId,
    itemCode: Type.String() }),
  'rectification.opened': EventPayload({ rectificationId: EventId, applicationId: EventId, departmentId: EventId, dueOn: EventDay }),
  'rectification.replied': EventPayload({ rectificationId: EventId, applicationId: EventId, personId: EventId, itemName: EventBilingual, reply: Type.String() }),
  /** The rater's answer to the department's reply: satisfied, or not (and why, kept on the rectification). */
  'rectification.answered': EventPayload({ rectificationId: EventId, applicationId: EventId, departmentId: EventId, satisfied: Type.Boolean() }),
};

export type FeedbackEvents = PayloadsOf<typeof feedbackEvents>;
declare module '../../platform/events.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface EventMap extends FeedbackEvents {}
}
