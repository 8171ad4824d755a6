// Who may do what with bookings (预约), windows' queues and tickets (取号). Pure predicates: the service loads the
// facts, these decide; a refused read is answered "not found" so nobody learns whose booking exists.
import { departmentsWhere, hasRole, regionsWhere, isOperator, type Actor } from '../../platform/actor.js';
import { isWithinRegion } from '../../platform/identifiers.js';
import type { AppointmentStatus, TicketStatus } from './schema.js';

/** A citizen acting as themself: bookings are personal, not something an agent or an enterprise makes. */
const asThemself = (actor: Actor) => actor.kind === 'account' && actor.actingFor === null && actor.personId !== null;

/** A window clerk posted to one of the departments the window serves (a comprehensive window serves many). */
export const isClerkOf = (actor: Actor, windowDepartmentIds: readonly string[]) =>
  actor.kind === 'account' && actor.actingFor === null && departmentsWhere(actor, 'window_clerk').some((d) => windowDepartmentIds.includes(d));

export interface AppointmentFacts {
  personId: string;
  status: AppointmentStatus;
  windowDepartmentIds: string[];
  /** The slot has not started yet. */
  upcoming: boolean;
  /** Today is the booked day (China time): the day one checks in. */
  onTheDay: boolean;
}

export type AppointmentAction = 'read' | 'cancel' | 'change' | 'check_in';

export function canOnAppointment(actor: Actor, action: AppointmentAction, a: AppointmentFacts): boolean {
  const own = asThemself(actor) && actor.personId === a.personId;
  switch (action) {
    case 'read':
      return own || isClerkOf(actor, a.windowDepartmentIds);
    case 'cancel':
    case 'change':
      return own && a.status === 'booked' && a.upcoming;
    case 'check_in':
      // On arrival: the citizen at the kiosk or on their phone, or the clerk at the window, on the booked day.
      return (own || isClerkOf(actor, a.windowDepartmentIds)) && a.status === 'booked' && a.onTheDay;
  }
}

/** Booking for oneself: a signed-in citizen acting as themself. */
export const canBook = (actor: Actor) => asThemself(actor) && hasRole(actor, 'citizen');

export interface WindowFacts {
  departmentIds: string[];
}

export type WindowAction = 'see_queue' | 'call';

export function canOnWindow(actor: Actor, action: WindowAction, w: WindowFacts): boolean {
  switch (action) {
    case 'see_queue':
    case 'call':
      return isClerkOf(actor, w.departmentIds);
  }
}

export interface HallFacts {
  /** The departments of all the hall's windows. */
  departmentIds: string[];
}

/** Drawing a ticket for a walk-in at the hall's reception: a clerk of one of the hall's windows. */
export const canDrawTicket = (actor: Actor, hall: HallFacts) => isClerkOf(actor, hall.departmentIds);

export interface TicketFacts {
  status: TicketStatus;
  /** The departments of the window it was called to; empty while waiting. */
  windowDepartmentIds: string[];
}

export type TicketAction = 'finish';

export function canOnTicket(actor: Actor, action: TicketAction, t: TicketFacts): boolean {
  switch (action) {
    case 'finish':
      return t.status === 'called' && isClerkOf(actor, t.windowDepartmentIds);
  }
}

/** Waiting-time statistics: leaders for their regions, operators for all. */
export function queueStatisticsScope(actor: Actor): { all: boolean; regions: string[] } {
  if (isOperator(actor)) return { all: true, regions: [] };
  return { all: false, regions: regionsWhere(actor, 'leader') };
}

export const inScope = (scope: { all: boolean; regions: string[] }, regionCode: string) =>
  scope.all || scope.regions.some((r) => isWithinRegion(regionCode, r));
