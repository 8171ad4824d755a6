// Events of the policies module. `person.birthday` is raised by the daily check (not through the outbox: the
// check runs the birthday triggers itself, with an id made from the day and the person, so a re-run is a no-op);
// it is declared so triggers on it are typed like those on any other event.
import { EventId, EventPayload, type PayloadsOf } from '../../platform/events.js';

export const policiesEvents = {
  'person.birthday': EventPayload({ personId: EventId }),
};

export type PoliciesEvents = PayloadsOf<typeof policiesEvents>;
declare module '../../platform/events.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface EventMap extends PoliciesEvents {}
}
