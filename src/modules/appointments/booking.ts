// Booking a time at a window (预约): the free slots of a hall for an item, booking, changing and cancelling.
import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit.js';
import { addCalendarDays, isCalendarDate } from '../../platform/calendar.js';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { conflict, forbidden, ifNotFound, invalidField, notFound } from '../../platform/errors.js';
import { getPublishedItem } from '../catalog/index.js';
import { getHall, getWindow } from '../directory/index.js';
import { emit } from '../../platform/jobs.js';
import { itemAtHall, RULES, slotsOfDay, today, type ItemAtHall } from './facts.js';
import { canBook, canOnAppointment, type AppointmentFacts } from './policy.js';
import { appointments, tickets, windowDays, type AppointmentStatus } from './schema.js';

type AppointmentRow = typeof appointments.$inferSelect;
const LIVE: AppointmentStatus[] = ['booked', 'checked_in'];

export interface SlotsView {
  hall: { id: string; name: { zh: string; en: string }; address: string; openingHours: string; hours: { opens: string; closes: string } };
  item: { code: string; name: { zh: string; en: string } };
  rules: { slotMinutes: number; perSlot: number; perWindowDay: number; perPersonLive: number; horizonDays: number };
  days: { day: string; working: boolean; slots: { start: string; end: string; windows: { windowId: string; number: string; name: { zh: string; en: string }; left: number }[] }[] }[];
}

/** Live bookings per window and slot, and per window and day, over a range of days. */
async function bookedCounts(ctx: Ctx, windowIds: string[], from: string, to: string) {
  const rows = await ctx.db.select({ windowId: appointments.windowId, day: appointments.day, startsAt: appointments.startsAt, n: sql<number>`count(*)::int` })
    .from(appointments).where(and(inArray(appointments.windowId, windowIds), gte(appointments.day, from), lte(appointments.day, to), inArray(appointments.status, LIVE)))
    .groupBy(appointments.windowId, appointments.day, appointments.startsAt);
  const slot = new Map<string, number>();
  const day = new Map<string, number>();
  for (const r of rows) {
    slot.set(`${r.windowId}|${r.startsAt.toISOString()}`, r.n);
    day.set(`${r.windowId}|${r.day}`, (day.get(`${r.windowId}|${r.day}`) ?? 0) + r.n);
  }
  return { slot: (w: string, at: Date) => slot.get(`${w}|${at.toISOString()}`) ?? 0, day: (w: string, d: string) => day.get(`${w}|${d}`) ?? 0 };
}

/** The bookable slots of a hall for an item: working days, the hall's hours, the windows for it, what is left. */
export async function listSlots(ctx: Ctx, input: { hallId: string; itemCode: string; from?: string | undefined; days?: number | undefined }): Promise<SlotsView> {
  const at = await itemAtHall(ctx, input.hallId, input.itemCode);
  const first = today(ctx);
  const from = input.from && input.from > first ? input.from : first;
  const last = addCalendarDays(first, RULES.horizonDays);
  const to = [addCalendarDays(from, (input.days ?? 7) - 1), last].sort()[0]!;
  const counts = await bookedCounts(ctx, at.windows.map((w) => w.id), from, to);
  const now = ctx.clock.now();
  const days: SlotsView['days'] = [];
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) {
    const { working, slots } = await slotsOfDay(ctx, at.hall, day);
    days.push({ day, working, slots: slots.filter((s) => s.startsAt > now).map((s) => ({ start: s.start, end: s.end,
      windows: at.windows.map((w) => ({ windowId: w.id, number: w.number, name: w.name,
        left: Math.max(0, Math.min(RULES.perSlot - counts.slot(w.id, s.startsAt), RULES.perWindowDay - counts.day(w.id, day))) })) })) });
  }
  const { hall } = at;
  return { hall: { id: hall.id, name: hall.name, address: hall.address, openingHours: hall.openingHours, hours: hall.hours }, item: at.item,
    rules: { slotMinutes: RULES.slotMinutes, perSlot: RULES.perSlot, perWindowDay: RULES.perWindowDay, perPersonLive: RULES.perPersonLive, horizonDays: RULES.horizonDays }, days };
}

export interface SlotChoice { windowId: string; day: string; start: string }

/** The chosen slot checked against the hall's days and hours, the item's windows and the horizon; its start. */
async function checkSlot(ctx: Ctx, at: ItemAtHall, choice: SlotChoice): Promise<Date> {
  if (!at.windows.some((w) => w.id === choice.windowId)) {
    throw invalidField('/windowId', 'appointments.window_not_for_item', { zh: '该窗口不办理此事项', en: 'This window does not handle the item' });
  }
  const first = today(ctx);
  if (!isCalendarDate(choice.day) || choice.day < first || choice.day > addCalendarDays(first, RULES.horizonDays)) {
    throw invalidField('/day', 'appointments.day_out_of_range', { zh: `只能预约今天起 ${RULES.horizonDays} 天内的时段`, en: `Bookings are taken for the next ${RULES.horizonDays} days only` });
  }
  const { working, slots } = await slotsOfDay(ctx, at.hall, choice.day);
  if (!working) throw invalidField('/day', 'appointments.day_off', { zh: '该日不是工作日，大厅不办理预约业务', en: 'That day is not a working day; the hall takes no bookings' });
  const slot = slots.find((s) => s.start === choice.start);
  if (!slot) throw invalidField('/start', 'appointments.slot_unknown', { zh: '该时段不在大厅的预约时间内', en: 'That time is not a slot within the hall\'s hours' });
  if (slot.startsAt <= ctx.clock.now()) throw invalidField('/start', 'appointments.slot_past', { zh: '该时段已过', en: 'That slot has passed' });
  return slot.startsAt;
}

const slotFull = () => conflict('appointments.slot_full', { zh: '该时段已约满，请另选时段', en: 'That slot is fully booked; please choose another' }, '/start');
const windowDayFull = () => conflict('appointments.window_day_full', { zh: '该窗口当日预约已满，请另选日期或窗口', en: 'The window is fully booked that day; please choose another day or window' }, '/day');
const personDayTaken = () => conflict('appointments.one_a_day', { zh: '您当天已有一个预约，请先取消或改约', en: 'You already have a booking that day; cancel or change it first' }, '/day');

/**
 * Takes a place on a window's day: the day's row is locked while the slot and the day are counted, so concurrent
 * bookings queue here and never overfill. `except` leaves out a booking being moved.
 */
async function takePlace(ctx: Ctx, windowId: string, day: string, startsAt: Date, except?: string): Promise<void> {
  await ctx.db.insert(windowDays).values({ windowId, day, booked: 0 }).onConflictDoNothing();
  await ctx.db.select().from(windowDays).where(and(eq(windowDays.windowId, windowId), eq(windowDays.day, day))).for('update');
  const live = await ctx.db.select({ id: appointments.id, startsAt: appointments.startsAt }).from(appointments)
    .where(and(eq(appointments.windowId, windowId), eq(appointments.day, day), inArray(appointments.status, LIVE)));
  const others = live.filter((a) => a.id !== except);
  if (others.filter((a) => a.startsAt.getTime() === startsAt.getTime()).length >= RULES.perSlot) throw slotFull();
  if (others.length >= RULES.perWindowDay) throw windowDayFull();
  await ctx.db.update(windowDays).set({ booked: others.length + 1 }).where(and(eq(windowDays.windowId, windowId), eq(windowDays.day, day)));
}

async function releasePlace(ctx: Ctx, windowId: string, day: string): Promise<void> {
  await ctx.db.update(windowDays).set({ booked: sql`greatest(${windowDays.booked} - 1, 0)` }).where(and(eq(windowDays.windowId, windowId), eq(windowDays.day, day)));
}

export interface AppointmentView {
  id: string; status: AppointmentStatus; day: string; start: string; startsAt: string; slotMinutes: number;
  hall: { id: string; name: { zh: string; en: string }; address: string };
  window: { id: string; number: string; name: { zh: string; en: string } };
  item: { code: string; name: { zh: string; en: string } };
  ticket: { id: string; number: string; status: string } | null;
  /** Today is the day and it is not too late: arriving, one checks in for a ticket (the server's clock decides). */
  checkInOpen: boolean;
}

async function appointmentView(ctx: Ctx, row: AppointmentRow): Promise<AppointmentView> {
  const [hall, window, item] = [await getHall(ctx, row.hallId), await getWindow(ctx, row.windowId), await ifNotFound(getPublishedItem(ctx, row.itemCode), () => null)];
  const [ticket] = await ctx.db.select({ id: tickets.id, number: tickets.number, status: tickets.status }).from(tickets).where(eq(tickets.appointmentId, row.id));
  const minutes = Math.round(((row.startsAt.getTime() + 8 * 3_600_000) % 86_400_000) / 60_000);
  return {
    id: row.id, status: row.status, day: row.day, start: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
    startsAt: row.startsAt.toISOString(), slotMinutes: row.slotMinutes,
    hall: { id: hall.id, name: hall.name, address: hall.address }, window: { id: window.id, number: window.number, name: window.name },
    item: { code: row.itemCode, name: item?.definition.name ?? { zh: row.itemCode, en: row.itemCode } }, ticket: ticket ?? null,
    checkInOpen: row.status === 'booked' && row.day === today(ctx) && ctx.clock.now().getTime() <= row.startsAt.getTime() + RULES.lateMinutes * 60_000,
  };
}

/** A citizen books a slot for themself. */
export function bookAppointment(ctx: Ctx, input: SlotChoice & { hallId: string; itemCode: string }): Promise<AppointmentView> {
  if (!canBook(ctx.actor)) throw forbidden();
  const personId = ctx.actor.personId!;
  return withTransaction(ctx, async (tx) => {
    const at = await itemAtHall(tx, input.hallId, input.itemCode);
    const startsAt = await checkSlot(tx, at, input);
    const live = await tx.db.select({ id: appointments.id }).from(appointments)
      .where(and(eq(appointments.personId, personId), eq(appointments.status, 'booked'), gte(appointments.startsAt, tx.clock.now())));
    if (live.length >= RULES.perPersonLive) {
      throw conflict('appointments.too_many', { zh: `同时最多保留 ${RULES.perPersonLive} 个预约`, en: `You may hold at most ${RULES.perPersonLive} bookings at once` });
    }
    await takePlace(tx, input.windowId, input.day, startsAt);
    const now = tx.clock.now();
    const [row] = await tx.db.insert(appointments).values({ id: newId(), personId, bookedByAccountId: tx.actor.accountId!, hallId: at.hall.id, windowId: input.windowId,
      regionCode: at.hall.regionCode, itemCode: at.item.code, day: input.day, startsAt, slotMinutes: RULES.slotMinutes, status: 'booked', createdAt: now, updatedAt: now })
      .onConflictDoNothing().returning();
    if (!row) throw personDayTaken();
    await recordAudit(tx, { action: 'appointment.booked', subjectType: 'appointment', subjectId: row.id, subjectPersonId: personId, details: { hallId: at.hall.id, windowId: input.windowId, item: at.item.code } });
    await emit(tx, 'appointment.booked', { appointmentId: row.id, personId, hallId: at.hall.id, windowId: input.windowId, itemCode: at.item.code, startsAt: startsAt.toISOString() });
    return appointmentView(tx, row);
  });
}

/** A booking's facts for the policy: the window's departments and where the clock stands against it. */
export async function appointmentFacts(ctx: Ctx, row: AppointmentRow): Promise<AppointmentFacts> {
  const window = await getWindow(ctx, row.windowId);
  return { personId: row.personId, status: row.status, windowDepartmentIds: window.departmentIds, upcoming: row.startsAt > ctx.clock.now(), onTheDay: row.day === today(ctx) };
}

/** Loads a booking the actor may read, or "not found"; `lock` for a change. */
export async function loadAppointment(ctx: Ctx, id: string, lock = false): Promise<{ row: AppointmentRow; facts: AppointmentFacts }> {
  const q = ctx.db.select().from(appointments).where(eq(appointments.id, id));
  const [row] = lock ? await q.for('update') : await q;
  const facts = row ? await appointmentFacts(ctx, row) : null;
  if (!row || !facts || !canOnAppointment(ctx.actor, 'read', facts)) throw notFound({ zh: '预约', en: 'booking' });
  return { row, facts };
}

export async function getAppointment(ctx: Ctx, id: string): Promise<AppointmentView> {
  return appointmentView(ctx, (await loadAppointment(ctx, id)).row);
}

/** The citizen's own bookings, the coming ones first. */
export async function listMyAppointments(ctx: Ctx): Promise<AppointmentView[]> {
  if (!canBook(ctx.actor)) throw forbidden();
  const rows = await ctx.db.select().from(appointments).where(eq(appointments.personId, ctx.actor.personId!)).orderBy(asc(appointments.startsAt)).limit(100);
  const out: AppointmentView[] = [];
  for (const r of rows) out.push(await appointmentView(ctx, r));
  const now = ctx.clock.now().getTime();
  const coming = (a: AppointmentView) => Date.parse(a.startsAt) >= now;
  return [...out.filter(coming), ...out.filter((a) => !coming(a)).reverse()];
}

/** Moves a booking to another slot (of the same hall and item), keeping its place until the new one is had. */
export function changeAppointment(ctx: Ctx, id: string, choice: SlotChoice): Promise<AppointmentView> {
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadAppointment(tx, id, true);
    if (!canOnAppointment(tx.actor, 'change', facts)) throw forbidden();
    const at = await itemAtHall(tx, row.hallId, row.itemCode);
    const startsAt = await checkSlot(tx, at, choice);
    if (choice.day !== row.day) {
      const [taken] = await tx.db.select({ id: appointments.id }).from(appointments)
        .where(and(eq(appointments.personId, row.personId), eq(appointments.day, choice.day), inArray(appointments.status, LIVE)));
      if (taken) throw personDayTaken();
    }
    await takePlace(tx, choice.windowId, choice.day, startsAt, row.id);
    if (choice.windowId !== row.windowId || choice.day !== row.day) await releasePlace(tx, row.windowId, row.day);
    const [moved] = await tx.db.update(appointments).set({ windowId: choice.windowId, day: choice.day, startsAt, updatedAt: tx.clock.now() })
      .where(eq(appointments.id, id)).returning().catch((e: unknown) => {
        if ((e as { code?: string; cause?: { code?: string } }).code === '23505' || (e as { cause?: { code?: string } }).cause?.code === '23505') throw personDayTaken();
        throw e;
      });
    await recordAudit(tx, { action: 'appointment.changed', subjectType: 'appointment', subjectId: id, subjectPersonId: row.personId, details: { from: row.startsAt.toISOString(), to: startsAt.toISOString() } });
    await emit(tx, 'appointment.changed', { appointmentId: id, personId: row.personId, windowId: choice.windowId, startsAt: startsAt.toISOString(), previousStartsAt: row.startsAt.toISOString() });
    return appointmentView(tx, moved!);
  });
}

/** Cancels a booking before its time; the place is free again at once. */
export function cancelAppointment(ctx: Ctx, id: string): Promise<AppointmentView> {
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadAppointment(tx, id, true);
    if (!canOnAppointment(tx.actor, 'cancel', facts)) throw forbidden();
    const [cancelled] = await tx.db.update(appointments).set({ status: 'cancelled', updatedAt: tx.clock.now() }).where(eq(appointments.id, id)).returning();
    await releasePlace(tx, row.windowId, row.day);
    await recordAudit(tx, { action: 'appointment.cancelled', subjectType: 'appointment', subjectId: id, subjectPersonId: row.personId, details: {} });
    await emit(tx, 'appointment.cancelled', { appointmentId: id, personId: row.personId });
    return appointmentView(tx, cancelled!);
  });
}
