// The hall's queue (取号叫号): a ticket drawn on arrival or from a booking, called to a window that serves its item,
// served or marked absent; the waiting times are counted for the leaders' dashboard.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { queryRows } from '../../platform/db.js';
import { conflict, forbidden, ifNotFound, invalidField, notFound } from '../../platform/errors.js';
import { regionPrefix } from '../../platform/identifiers.js';
import { getPublishedItem } from '../catalog/index.js';
import { getHall, getWindow, listWindows, type WindowView } from '../directory/index.js';
import { loadAppointment } from './booking.js';
import { emit } from '../../platform/jobs.js';
import { itemAtHall, RULES, today } from './facts.js';
import { canDrawTicket, canOnAppointment, canOnTicket, canOnWindow, queueStatisticsScope } from './policy.js';
import { appointments, ticketCounters, tickets, type TicketKind, type TicketStatus } from './schema.js';

type TicketRow = typeof tickets.$inferSelect;

export interface TicketView {
  id: string; number: string; kind: TicketKind; status: TicketStatus; day: string;
  item: { code: string; name: { zh: string; en: string } };
  hall: { id: string; name: { zh: string; en: string } };
  window: { id: string; number: string } | null;
  appointmentId: string | null;
  drawnAt: string; calledAt: string | null; finishedAt: string | null;
  /** Minutes waited until called, or so far. */
  waitedMinutes: number;
}

async function ticketView(ctx: Ctx, row: TicketRow): Promise<TicketView> {
  const item = await ifNotFound(getPublishedItem(ctx, row.itemCode), () => null);
  const hall = await getHall(ctx, row.hallId);
  const window = row.windowId ? await getWindow(ctx, row.windowId) : null;
  const until = row.calledAt ?? ctx.clock.now();
  return {
    id: row.id, number: row.number, kind: row.kind, status: row.status, day: row.day,
    item: { code: row.itemCode, name: item?.definition.name ?? { zh: row.itemCode, en: row.itemCode } }, hall: { id: hall.id, name: hall.name },
    window: window ? { id: window.id, number: window.number } : null, appointmentId: row.appointmentId,
    drawnAt: row.drawnAt.toISOString(), calledAt: row.calledAt?.toISOString() ?? null, finishedAt: row.finishedAt?.toISOString() ?? null, waitedMinutes: Math.max(0, Math.floor((until.getTime() - row.drawnAt.getTime()) / 60_000)),
  };
}

/** The hall's next number of the day, taken in the drawing transaction: 'Y' for a booking, 'A' for arrival. */
async function nextNumber(ctx: Ctx, hallId: string, day: string, kind: TicketKind): Promise<{ seq: number; number: string }> {
  const [row] = await ctx.db.insert(ticketCounters).values({ hallId, day, last: 1 })
    .onConflictDoUpdate({ target: [ticketCounters.hallId, ticketCounters.day], set: { last: sql`${ticketCounters.last} + 1` } }).returning();
  const seq = row!.last;
  return { seq, number: `${kind === 'appointment' ? 'Y' : 'A'}${String(seq).padStart(3, '0')}` };
}

async function insertTicket(ctx: Ctx, t: { hallId: string; regionCode: string; kind: TicketKind; appointmentId: string | null; personId: string | null;
  itemCode: string; departmentId: string; priorityAt: Date }): Promise<TicketRow> {
  const day = today(ctx);
  const { seq, number } = await nextNumber(ctx, t.hallId, day, t.kind);
  const now = ctx.clock.now();
  const [row] = await ctx.db.insert(tickets).values({ id: newId(), ...t, day, seq, number, status: 'waiting', drawnAt: now, drawnByAccountId: ctx.actor.accountId! }).returning();
  await emit(ctx, 'ticket.drawn', { ticketId: row!.id, hallId: t.hallId, number, kind: t.kind, appointmentId: t.appointmentId });
  return row!;
}

/**
 * On arrival with a booking (签到取号): the booking becomes a ticket, queued by its booked time so it is called
 * ahead of those who came without one. Only on the booked day and until shortly after the slot began.
 */
export function checkIn(ctx: Ctx, appointmentId: string): Promise<TicketView> {
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadAppointment(tx, appointmentId, true);
    if (!canOnAppointment(tx.actor, 'check_in', facts)) {
      if (row.status === 'booked' && !facts.onTheDay) {
        throw invalidField('', 'appointments.not_today', { zh: `请于预约当日（${row.day}）到大厅签到`, en: `Check in at the hall on the booked day (${row.day})` }, 409);
      }
      throw forbidden();
    }
    if (tx.clock.now().getTime() > row.startsAt.getTime() + RULES.lateMinutes * 60_000) {
      throw invalidField('', 'appointments.missed', { zh: `已超过预约时间 ${RULES.lateMinutes} 分钟，预约失效，请现场取号`, en: `More than ${RULES.lateMinutes} minutes late: the booking has lapsed; please draw a ticket` }, 409);
    }
    const at = await itemAtHall(tx, row.hallId, row.itemCode);
    await tx.db.update(appointments).set({ status: 'checked_in', updatedAt: tx.clock.now() }).where(eq(appointments.id, row.id));
    const ticket = await insertTicket(tx, { hallId: row.hallId, regionCode: row.regionCode, kind: 'appointment', appointmentId: row.id, personId: row.personId,
      itemCode: row.itemCode, departmentId: at.departmentId, priorityAt: row.startsAt });
    await recordAudit(tx, { action: 'appointment.checked_in', subjectType: 'appointment', subjectId: row.id, subjectPersonId: row.personId, details: { ticket: ticket.number } });
    return ticketView(tx, ticket);
  });
}

/** A clerk at the hall's reception draws a ticket for someone who came without a booking (现场取号). */
export function drawTicket(ctx: Ctx, hallId: string, itemCode: string): Promise<TicketView> {
  return withTransaction(ctx, async (tx) => {
    const windows = await listWindows(tx, hallId);
    const hall = await getHall(tx, hallId);
    if (!canDrawTicket(tx.actor, { departmentIds: windows.flatMap((w) => w.departmentIds) })) throw forbidden();
    const at = await itemAtHall(tx, hallId, itemCode);
    const ticket = await insertTicket(tx, { hallId, regionCode: hall.regionCode, kind: 'walk_in', appointmentId: null, personId: null,
      itemCode: at.item.code, departmentId: at.departmentId, priorityAt: tx.clock.now() });
    return ticketView(tx, ticket);
  });
}

async function operableWindow(ctx: Ctx, windowId: string, action: 'see_queue' | 'call'): Promise<WindowView> {
  const window = await getWindow(ctx, windowId);
  if (!canOnWindow(ctx.actor, action, { departmentIds: window.departmentIds })) throw forbidden();
  return window;
}

/** Waiting tickets a window can serve, in the order they will be called: bookings whose time has come, then by time. */
const callOrder = (ctx: Ctx) => [sql`(${tickets.kind} = 'appointment' AND ${tickets.priorityAt} <= ${ctx.clock.now()}) DESC`, asc(tickets.priorityAt), asc(tickets.seq)];

export interface WindowQueueView {
  window: { id: string; number: string; name: { zh: string; en: string }; hallId: string };
  hall: { id: string; name: { zh: string; en: string } };
  current: TicketView | null;
  waiting: TicketView[];
  servedToday: number;
}

/** What the clerk at a window sees: the ticket at the window now, and who waits for it. */
export async function windowQueue(ctx: Ctx, windowId: string): Promise<WindowQueueView> {
  const window = await operableWindow(ctx, windowId, 'see_queue');
  const hall = await getHall(ctx, window.hallId);
  const day = today(ctx);
  const [current] = await ctx.db.select().from(tickets).where(and(eq(tickets.windowId, windowId), eq(tickets.day, day), eq(tickets.status, 'called')));
  const waiting = await ctx.db.select().from(tickets).where(and(eq(tickets.hallId, window.hallId), eq(tickets.day, day), eq(tickets.status, 'waiting'),
    inArray(tickets.departmentId, window.departmentIds))).orderBy(...callOrder(ctx)).limit(200);
  const [served] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(tickets).where(and(eq(tickets.windowId, windowId), eq(tickets.day, day), eq(tickets.status, 'served')));
  const views: TicketView[] = [];
  for (const t of waiting) views.push(await ticketView(ctx, t));
  return { window: { id: window.id, number: window.number, name: window.name, hallId: window.hallId }, hall: { id: hall.id, name: hall.name },
    current: current ? await ticketView(ctx, current) : null, waiting: views, servedToday: served?.n ?? 0 };
}

/**
 * Calls the next ticket to this window (叫号). Two windows calling at once never get the same ticket: the row is
 * taken with SKIP LOCKED. A window finishes its ticket before calling the next.
 */
export function callNext(ctx: Ctx, windowId: string): Promise<TicketView> {
  return withTransaction(ctx, async (tx) => {
    const window = await operableWindow(tx, windowId, 'call');
    const day = today(tx);
    const [open] = await tx.db.select({ number: tickets.number }).from(tickets).where(and(eq(tickets.windowId, windowId), eq(tickets.day, day), eq(tickets.status, 'called')));
    if (open) throw conflict('appointments.ticket_open', { zh: `请先办结当前号 ${open.number}`, en: `Finish ticket ${open.number} first` });
    const [next] = await tx.db.select().from(tickets).where(and(eq(tickets.hallId, window.hallId), eq(tickets.day, day), eq(tickets.status, 'waiting'),
      inArray(tickets.departmentId, window.departmentIds))).orderBy(...callOrder(tx)).limit(1).for('update', { skipLocked: true });
    if (!next) throw conflict('appointments.queue_empty', { zh: '当前没有等候的号', en: 'Nobody is waiting' });
    const now = tx.clock.now();
    const [called] = await tx.db.update(tickets).set({ status: 'called', calledAt: now, windowId, calledByAccountId: tx.actor.accountId }).where(eq(tickets.id, next.id)).returning();
    await emit(tx, 'ticket.called', { ticketId: next.id, hallId: next.hallId, number: next.number, windowId, waitedSeconds: Math.round((now.getTime() - next.drawnAt.getTime()) / 1000) });
    return ticketView(tx, called!);
  });
}

/** The clerk closes the ticket at their window: served, or the person did not come when called (过号). */
export function finishTicket(ctx: Ctx, ticketId: string, outcome: 'served' | 'no_show'): Promise<TicketView> {
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db.select().from(tickets).where(eq(tickets.id, ticketId)).for('update');
    if (!row) throw notFound({ zh: '排队号', en: 'ticket' });
    const window = row.windowId ? await getWindow(tx, row.windowId) : null;
    if (!canOnTicket(tx.actor, 'finish', { status: row.status, windowDepartmentIds: window?.departmentIds ?? [] })) {
      if (window && row.status !== 'called' && canOnWindow(tx.actor, 'call', { departmentIds: window.departmentIds })) {
        throw conflict('appointments.ticket_not_called', { zh: '该号不在办理中', en: 'This ticket is not being served' });
      }
      throw notFound({ zh: '排队号', en: 'ticket' });
    }
    const [done] = await tx.db.update(tickets).set({ status: outcome, finishedAt: tx.clock.now() }).where(eq(tickets.id, ticketId)).returning();
    await emit(tx, 'ticket.finished', { ticketId, outcome });
    return ticketView(tx, done!);
  });
}

export interface QueueStatistics {
  from: string; to: string;
  halls: { hallId: string; name: { zh: string; en: string }; tickets: number; called: number; served: number; noShow: number; fromBookings: number;
    averageWaitMinutes: number | null; p90WaitMinutes: number | null; longestWaitMinutes: number | null }[];
}

/** 等候时长 for the dashboard: per hall, tickets drawn and called, and how long people waited to be called. */
export async function queueStatistics(ctx: Ctx, filter: { from?: string | undefined; to?: string | undefined }): Promise<QueueStatistics> {
  const scope = queueStatisticsScope(ctx.actor);
  if (!scope.all && scope.regions.length === 0) throw forbidden();
  const to = filter.to ?? today(ctx);
  const from = filter.from ?? to;
  if (from > to) throw invalidField('/from', 'appointments.range_invalid', { zh: '开始日期不能晚于结束日期', en: 'The start date is after the end date' });
  const where = scope.all ? sql`TRUE` : sql`(${sql.join(scope.regions.map((r) => sql`region_code LIKE ${`${regionPrefix(r)}%`}`), sql` OR `)})`;
  const rows = await queryRows<{ hall_id: string; tickets: number; called: number; served: number; no_show: number; from_bookings: number; avg_wait: number | null; p90_wait: number | null; max_wait: number | null }>(ctx.db, sql`
    SELECT hall_id, count(*)::int AS tickets, count(called_at)::int AS called,
      count(*) FILTER (WHERE status = 'served')::int AS served, count(*) FILTER (WHERE status = 'no_show')::int AS no_show,
      count(*) FILTER (WHERE kind = 'appointment')::int AS from_bookings,
      round(avg(extract(epoch FROM called_at - drawn_at) / 60)::numeric, 1)::float AS avg_wait,
      round((percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM called_at - drawn_at) / 60))::numeric, 1)::float AS p90_wait,
      round(max(extract(epoch FROM called_at - drawn_at) / 60)::numeric, 1)::float AS max_wait
    FROM queue_tickets WHERE day >= ${from} AND day <= ${to} AND ${where}
    GROUP BY hall_id ORDER BY hall_id`);
  const halls: QueueStatistics['halls'] = [];
  for (const r of rows) {
    const hall = await getHall(ctx, r.hall_id);
    halls.push({ hallId: r.hall_id, name: hall.name, tickets: r.tickets, called: r.called, served: r.served, noShow: r.no_show, fromBookings: r.from_bookings,
      averageWaitMinutes: r.avg_wait, p90WaitMinutes: r.p90_wait, longestWaitMinutes: r.max_wait });
  }
  return { from, to, halls };
}
