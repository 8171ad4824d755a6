// The events this module emits, with their payloads. Other modules (notify, operations) react to them.
import { Type, type Static } from 'typebox';
import type { Ctx } from '../../platform/context.js';
import { emit } from '../../platform/jobs.js';

export const AppointmentEvents = {
  'appointment.booked': Type.Object({ appointmentId: Type.String(), personId: Type.String(), hallId: Type.String(), windowId: Type.String(), itemCode: Type.String(), startsAt: Type.String() }),
  'appointment.changed': Type.Object({ appointmentId: Type.String(), personId: Type.String(), windowId: Type.String(), startsAt: Type.String(), previousStartsAt: Type.String() }),
  'appointment.cancelled': Type.Object({ appointmentId: Type.String(), personId: Type.String() }),
  'ticket.drawn': Type.Object({ ticketId: Type.String(), hallId: Type.String(), number: Type.String(), kind: Type.Union([Type.Literal('appointment'), Type.Literal('walk_in')]), appointmentId: Type.Union([Type.String(), Type.Null()]) }),
  'ticket.called': Type.Object({ ticketId: Type.String(), hallId: Type.String(), number: Type.String(), windowId: Type.String(), waitedSeconds: Type.Integer() }),
  'ticket.finished': Type.Object({ ticketId: Type.String(), outcome: Type.Union([Type.Literal('served'), Type.Literal('no_show')]) }),
} as const;

export type AppointmentEventType = keyof typeof AppointmentEvents;
export type AppointmentsEvent = { [K in AppointmentEventType]: { type: K; payload: Static<(typeof AppointmentEvents)[K]> } }[AppointmentEventType];

/** Emits one of this module's events through the outbox, in the caller's transaction; the payload is typed. */
export function emitAppointmentEvent<K extends AppointmentEventType>(ctx: Ctx, type: K, payload: Static<(typeof AppointmentEvents)[K]>): Promise<string> {
  return emit(ctx, type, payload);
}
