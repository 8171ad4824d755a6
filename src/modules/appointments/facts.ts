// What a booking or a ticket rests on, from the modules that own it: the hall and its windows (directory), the
// item (catalog), the day (the hall region's working-day calendar), and China time.
import { calendarFor, chinaDate } from '../../platform/calendar.js';
import type { Ctx } from '../../platform/context.js';
import { ifNotFound, invalidField } from '../../platform/errors.js';
import { isWithinRegion } from '../../platform/identifiers.js';
import { getPublishedItem } from '../catalog/index.js';
import { findDepartment, getHall, listWindows, type HallView, type WindowView } from '../directory/index.js';

/** How bookings are offered (stated once; the tests hold the service to them). */
export const RULES = {
  slotMinutes: 30,
  /** Bookings a window takes in one slot; the rest of its time is for people who just walk in. */
  perSlot: 2,
  /** Bookings a window takes in one day. */
  perWindowDay: 12,
  /** Live bookings a person may hold at once (and one a day, which the database keeps). */
  perPersonLive: 3,
  /** How far ahead one may book, in calendar days from today. */
  horizonDays: 14,
  /** Check-in closes this long after the slot's start: later, the booking is missed and one draws a ticket. */
  lateMinutes: 30,
} as const;

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Minutes since midnight, China time. */
export const chinaMinutes = (instant: Date) => Math.floor(((instant.getTime() + CHINA_OFFSET_MS) % 86_400_000) / 60_000);
export const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
export const clockTime = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
/** The instant a China-time day and minute of day stand for. */
export const instantOf = (day: string, minutes: number) => new Date(Date.parse(`${day}T00:00:00+08:00`) + minutes * 60_000);
export const today = (ctx: Ctx) => chinaDate(ctx.clock.now());

export interface ItemAtHall {
  hall: HallView;
  item: { code: string; name: { zh: string; en: string } };
  departmentId: string;
  /** The hall's windows that serve the item's department. */
  windows: WindowView[];
}

const itemField = '/itemCode';

/**
 * The item as the hall handles it: published, taken at a window, for persons, with the department that handles it
 * where the hall is, and the hall's windows for that department. Anything else is the caller's mistake, named.
 */
export async function itemAtHall(ctx: Ctx, hallId: string, itemCode: string): Promise<ItemAtHall> {
  const hall = await getHall(ctx, hallId);
  const entry = await ifNotFound(getPublishedItem(ctx, itemCode), () => {
    throw invalidField(itemField, 'appointments.item_unknown', { zh: '没有这个已发布的事项', en: 'No published item has this code' });
  });
  const def = entry.definition;
  if (!def.channels.includes('window') || !def.applicantTypes.includes('person')) {
    throw invalidField(itemField, 'appointments.item_not_at_window', { zh: '该事项不在窗口为个人办理，无须预约', en: 'This item is not handled for persons at a window; no booking is needed' });
  }
  const region = def.regions.find((r) => isWithinRegion(hall.regionCode, r));
  const department = region ? await findDepartment(ctx, region, def.department) : null;
  const windows = department ? (await listWindows(ctx, hallId)).filter((w) => w.departmentIds.includes(department.id)) : [];
  if (!department || windows.length === 0) {
    throw invalidField(itemField, 'appointments.item_not_at_hall', { zh: '该大厅没有办理此事项的窗口', en: 'No window of this hall handles this item' });
  }
  return { hall, item: { code: def.code, name: def.name }, departmentId: department.id, windows };
}

export interface DaySlots { day: string; working: boolean; slots: { start: string; end: string; startsAt: Date }[] }

/** The slots of a day at a hall: none on days off (the region's calendar, 调休 included), within the hall's hours. */
export async function slotsOfDay(ctx: Ctx, hall: HallView, day: string): Promise<DaySlots> {
  const cal = await calendarFor(ctx, hall.regionCode);
  if (!cal.isWorkingDay(day)) return { day, working: false, slots: [] };
  const slots: DaySlots['slots'] = [];
  for (let m = minutesOf(hall.hours.opens); m + RULES.slotMinutes <= minutesOf(hall.hours.closes); m += RULES.slotMinutes) {
    slots.push({ start: clockTime(m), end: clockTime(m + RULES.slotMinutes), startsAt: instantOf(day, m) });
  }
  return { day, working: true, slots };
}
