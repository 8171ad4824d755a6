// The events this module emits, with their payloads. Other modules (notify, operations) react to them.
import { Type } from 'typebox';
import { EventId, EventPayload, Nullable, type PayloadsOf } from '../../platform/events.js';

export const appointmentsEvents = {
  'appointment.booked': EventPayload({ appointmentId: EventId, personId: EventId, hallId: EventId, windowId: EventId, itemCode: Type.String(), startsAt: Type.String() }),
  'appointment.changed': EventPayload({ appointmentId: EventId, personId: EventId, windowId: EventId, startsAt: Type.String(), previousStartsAt: Type.String() }),
  'appointment.cancelled': EventPayload({ appointmentId: EventId, personId: EventId }),
  /** 取号: a queue ticket drawn from a booking or for a walk-in. */
  'ticket.drawn': EventPayload({ ticketId: EventId, hallId: EventId, number: Type.String(), kind: Type.Union([Type.Literal('appointment'), Type.Literal('walk_in')]), appointmentId: Nullable(EventId) }),
  /** 叫号: a window called the ticket, after it waited this long (for the dashboard's waiting times). */
  'ticket.called': EventPayload({ ticketId: EventId, hallId: EventId, number: Type.String(), windowId: EventId, waitedSeconds: Type.Integer({ minimum: 0 }) }),
  'ticket.finished': EventPayload({ ticketId: EventId, outcome: Type.Union([Type.Literal('served'), Type.Literal('no_show')]) }),
};

export type AppointmentsEvents = PayloadsOf<typeof appointmentsEvents>;
declare module '../../platform/events.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface EventMap extends AppointmentsEvents {}
}
