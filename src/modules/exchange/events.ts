// What the data exchange tells others: a query was answered (found or not), with the flags a reviewer looks at.
import { Type } from 'typebox';
import { EventId, EventPayload, Nullable, type PayloadsOf } from '../../platform/events.js';

export const exchangeEvents = {
  'exchange.answered': EventPayload({ queryId: EventId, source: Type.String(), consumerDepartmentId: EventId, applicationId: Nullable(EventId),
    found: Type.Boolean(), flags: Type.Array(Type.Union([Type.Literal('case_not_live'), Type.Literal('no_case'), Type.Literal('many_subjects')])) }),
};

export type ExchangeEvents = PayloadsOf<typeof exchangeEvents>;
declare module '../../platform/events.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface EventMap extends ExchangeEvents {}
}
