export { listSlots, bookAppointment, changeAppointment, cancelAppointment, getAppointment, listMyAppointments } from './booking.js';
export type { AppointmentView, SlotsView } from './booking.js';
export { checkIn, drawTicket, windowQueue, callNext, finishTicket, queueStatistics } from './queue.js';
export type { TicketView, WindowQueueView, QueueStatistics } from './queue.js';
export { appointmentsEvents } from './events.js';
export type { AppointmentsEvents } from './events.js';
export { RULES as bookingRules } from './facts.js';
export { appointmentsRoutes } from './routes.js';
