// Appointments (预约) and queue tickets (取号): a citizen books a time at a hall's window for an item; at the hall a
// ticket is drawn (on arrival, or from the booking) and called to a window. Halls and windows are the directory's.
import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ts } from '../../platform/columns.js';

export type AppointmentStatus = 'booked' | 'cancelled' | 'checked_in';

export const appointments = pgTable('appointments', {
  id: uuid('id').primaryKey(),
  personId: uuid('person_id').notNull(), // who comes (the citizen who booked)
  bookedByAccountId: uuid('booked_by_account_id').notNull(),
  hallId: uuid('hall_id').notNull(),
  windowId: uuid('window_id').notNull(),
  regionCode: text('region_code').notNull(), // the hall's: whose calendar the day is on
  itemCode: text('item_code').notNull(),
  day: date('day', { mode: 'string' }).notNull(), // China date
  startsAt: ts('starts_at').notNull(), // the slot's start
  slotMinutes: integer('slot_minutes').notNull(),
  status: text('status').$type<AppointmentStatus>().notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
}, (t) => [
  // One live booking a day for each person: a limit the database keeps, whatever races.
  uniqueIndex('appointments_person_day_uq').on(t.personId, t.day).where(sql`status IN ('booked', 'checked_in')`),
  index('appointments_window_day_idx').on(t.windowId, t.day, t.startsAt),
  index('appointments_person_idx').on(t.personId, t.startsAt),
]);

/**
 * One row per window and day that has bookings: locked (FOR UPDATE) while a booking on that window and day is
 * counted and written, so two concurrent bookings never both take the last place.
 */
export const windowDays = pgTable('appointment_window_days', {
  windowId: uuid('window_id').notNull(),
  day: date('day', { mode: 'string' }).notNull(),
  booked: integer('booked').notNull(),
}, (t) => [primaryKey({ columns: [t.windowId, t.day] })]);

export type TicketKind = 'appointment' | 'walk_in';
export type TicketStatus = 'waiting' | 'called' | 'served' | 'no_show';

export const tickets = pgTable('queue_tickets', {
  id: uuid('id').primaryKey(),
  hallId: uuid('hall_id').notNull(),
  regionCode: text('region_code').notNull(), // the hall's: leaders see their regions' waiting times
  day: date('day', { mode: 'string' }).notNull(),
  seq: integer('seq').notNull(),
  number: text('number').notNull(), // as called out and shown on the screen: 'Y003' for a booking, 'A012' on arrival
  kind: text('kind').$type<TicketKind>().notNull(),
  appointmentId: uuid('appointment_id'),
  personId: uuid('person_id'), // known for a booking; a walk-in is identified at the window
  itemCode: text('item_code').notNull(),
  departmentId: uuid('department_id').notNull(), // which windows can serve it
  status: text('status').$type<TicketStatus>().notNull(),
  priorityAt: ts('priority_at').notNull(), // the booked time, or the time drawn: the queue's order
  drawnAt: ts('drawn_at').notNull(),
  drawnByAccountId: uuid('drawn_by_account_id').notNull(),
  calledAt: ts('called_at'),
  windowId: uuid('window_id'), // the window it was called to
  calledByAccountId: uuid('called_by_account_id'),
  finishedAt: ts('finished_at'),
}, (t) => [
  uniqueIndex('queue_tickets_hall_day_seq_uq').on(t.hallId, t.day, t.seq),
  uniqueIndex('queue_tickets_appointment_uq').on(t.appointmentId),
  index('queue_tickets_waiting_idx').on(t.hallId, t.day, t.status, t.priorityAt),
]);

/** The next ticket number of a hall on a day: one row, incremented in the drawing transaction. */
export const ticketCounters = pgTable('queue_ticket_counters', {
  hallId: uuid('hall_id').notNull(),
  day: date('day', { mode: 'string' }).notNull(),
  last: integer('last').notNull(),
}, (t) => [primaryKey({ columns: [t.hallId, t.day] })]);
