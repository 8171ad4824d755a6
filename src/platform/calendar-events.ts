// What the working-day calendar tells others: an operator set or removed a day (kind null: removed).
import { Type } from 'typebox';
import { EventDay, EventPayload, Nullable, type PayloadsOf } from './events.js';

export const calendarEvents = {
  'calendar.changed': EventPayload({ regionCode: Type.String(), day: EventDay, kind: Nullable(Type.Union([Type.Literal('holiday'), Type.Literal('workday')])) }),
};

export type CalendarEvents = PayloadsOf<typeof calendarEvents>;
declare module './events.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface EventMap extends CalendarEvents {}
}
