// 预约 and 取号 over HTTP: slots on the region's working days within the hall's hours, the per-slot, per-window-day
// and per-person limits (held under concurrent bookings), change and cancel, check-in to a ticket, calling, and
// the waiting times counted for the dashboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo, seedDemoCatalog } from '../../demo/seed.js';
import { calendarFor } from '../../platform/calendar.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { makeCitizen, signInBrowser, type Browser } from '../../test/factories.js';
import { createHall, createWindow, findDepartment, listHalls, listWindows } from '../directory/index.js';
import { bookAppointment, bookingRules } from './index.js';

interface Slots { days: { day: string; working: boolean; slots: { start: string; windows: { windowId: string; number: string; left: number }[] }[] }[] }

const ITEM = 'temporary-assistance'; // 民政局: taken at the city hall's comprehensive window A01
let t: TestApp;
let hall: string;
let a01: string;
let citizen: Browser;
let clerk: Browser;

beforeAll(async () => {
  t = await startTestApp({ now: '2026-04-03T10:00:00+08:00', env: { SIGNIN_RATE_LIMIT: '10000' } }); // a Friday before 清明
  await seedDemo(t.system);
  await seedDemoCatalog(t.system);
  hall = (await listHalls(t.system, { within: '339900' })).find((h) => h.regionCode === '339900')!.id;
  a01 = (await listWindows(t.system, hall)).find((w) => w.number === 'A01')!.id;
  citizen = await signInBrowser(t, DEMO_PEOPLE.zhangsan.idNumber, DEMO_PASSWORD);
  clerk = await signInBrowser(t, 'clerk', DEMO_PASSWORD);
});
afterAll(() => t?.close());

const slots = async (hallId = hall, query = `itemCode=${ITEM}&days=7`) => {
  const res = await t.tongban.http.inject({ url: `/api/v1/halls/${hallId}/slots?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Slots>();
};
const left = (s: Slots, day: string, start: string, windowId = a01) =>
  s.days.find((d) => d.day === day)!.slots.find((x) => x.start === start)!.windows.find((w) => w.windowId === windowId)!.left;
const book = (who: Browser, day: string, start: string, windowId = a01) =>
  who.request({ method: 'POST', url: '/api/v1/appointments', payload: { hallId: hall, itemCode: ITEM, windowId, day, start } });

describe('slots', () => {
  it('are offered on the region\'s working days only (清明 and the weekend are off), within the hall\'s hours, not in the past', async () => {
    const s = await slots();
    const cal = await calendarFor(t.system, '339900');
    expect(cal.isWorkingDay('2026-04-06')).toBe(false); // 清明节 on Monday
    for (const d of s.days) expect(d.working, d.day).toBe(cal.isWorkingDay(d.day));
    expect(s.days.filter((d) => d.working).map((d) => d.day)).toEqual(['2026-04-03', '2026-04-07', '2026-04-08', '2026-04-09']);
    expect(s.days.find((d) => d.day === '2026-04-06')!.slots).toEqual([]);
    const today = s.days.find((d) => d.day === '2026-04-03')!;
    expect(today.slots[0]!.start).toBe('10:30'); // 10:00 has begun
    const tuesday = s.days.find((d) => d.day === '2026-04-07')!;
    expect(tuesday.slots.map((x) => x.start)).toHaveLength(16); // 09:00 … 16:30, half-hourly
    expect(tuesday.slots.at(-1)!.start).toBe('16:30');
    // Only the windows that serve the item's department: A01 (综合) yes, A02 (户政) no.
    expect(tuesday.slots[0]!.windows.map((w) => w.number)).toEqual(['A01']);
    expect(left(s, '2026-04-07', '09:00')).toBe(bookingRules.perSlot);
  });

  it('follow a hall\'s own hours from the directory', async () => {
    const civil = (await findDepartment(t.system, '339900', 'mzj'))!;
    const small = await createHall(t.system, { nameZh: '湖滨便民服务点', nameEn: 'Lakeside service point', regionCode: '339902', address: '湖滨路 2 号',
      openingHours: '工作日 8:30–12:00', opens: '08:30', closes: '12:00' });
    await createWindow(t.system, small.id, { number: '01', nameZh: '民政窗口', nameEn: 'Civil affairs', departmentIds: [civil.id] });
    const s = await slots(small.id);
    expect(s.days.find((d) => d.day === '2026-04-07')!.slots.map((x) => x.start)).toEqual(['08:30', '09:00', '09:30', '10:00', '10:30', '11:00', '11:30']);
  });

  it('say which item cannot be booked there, naming the field', async () => {
    const res = await t.tongban.http.inject({ url: `/api/v1/halls/${hall}/slots?itemCode=drug-retail-license` });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'appointments.item_not_at_window', field: '/itemCode' });
  });
});

describe('booking', () => {
  it('refuses a day off, a time outside the hours and a slot that has passed, each naming its field', async () => {
    for (const [day, start, code, field] of [['2026-04-06', '09:00', 'appointments.day_off', '/day'], ['2026-04-07', '17:00', 'appointments.slot_unknown', '/start'],
      ['2026-04-07', '09:10', 'appointments.slot_unknown', '/start'], ['2026-04-03', '09:30', 'appointments.slot_past', '/start'], ['2026-05-30', '09:00', 'appointments.day_out_of_range', '/day']] as const) {
      const res = await book(citizen, day, start);
      expect(res.statusCode, `${day} ${start}`).toBe(422);
      expect(res.json().error, `${day} ${start}`).toMatchObject({ code, field });
    }
  });

  it('books, then refuses a second booking the same day for the same person', async () => {
    const res = await book(citizen, '2026-04-08', '10:00');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'booked', day: '2026-04-08', start: '10:00', window: { number: 'A01' }, item: { code: ITEM } });
    expect(left(await slots(), '2026-04-08', '10:00')).toBe(bookingRules.perSlot - 1);
    const again = await book(citizen, '2026-04-08', '14:00');
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'appointments.one_a_day' });
  });

  it('never double-books a slot under concurrent requests', async () => {
    const people = await Promise.all(Array.from({ length: 6 }, () => makeCitizen(t)));
    const browsers = await Promise.all(people.map((p) => signInBrowser(t, p.idNumber)));
    const answers = await Promise.all(browsers.map((b) => book(b, '2026-04-09', '11:00')));
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes).toEqual([201, 201, 409, 409, 409, 409]);
    for (const a of answers.filter((x) => x.statusCode === 409)) expect(a.json().error).toMatchObject({ code: 'appointments.slot_full' });
    expect(left(await slots(), '2026-04-09', '11:00')).toBe(0);
  });

  it('keeps a window\'s day to its daily limit', async () => {
    const s = await slots();
    const free = s.days.find((d) => d.day === '2026-04-09')!.slots.filter((x) => x.windows[0]!.left === bookingRules.perSlot);
    let taken = bookingRules.perSlot; // the 11:00 slot above
    for (const slot of free) {
      for (let i = 0; i < bookingRules.perSlot && taken < bookingRules.perWindowDay; i += 1) {
        const p = await makeCitizen(t);
        await bookAppointment(t.ctxFor(p.actor), { hallId: hall, itemCode: ITEM, windowId: a01, day: '2026-04-09', start: slot.start });
        taken += 1;
      }
    }
    const after = await slots();
    expect(after.days.find((d) => d.day === '2026-04-09')!.slots.every((x) => x.windows[0]!.left === 0)).toBe(true);
    const late = await signInBrowser(t, (await makeCitizen(t)).idNumber);
    const res = await book(late, '2026-04-09', free.at(-1)!.start);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'appointments.window_day_full' });
  });

  it('changes and cancels a booking, freeing its place; only its holder may', async () => {
    const other = await signInBrowser(t, DEMO_PEOPLE.lisi.idNumber, DEMO_PASSWORD);
    const booked = (await book(other, '2026-04-07', '15:00')).json<{ id: string }>();
    const stranger = await citizen.request({ method: 'GET', url: `/api/v1/appointments/${booked.id}` });
    expect(stranger.statusCode).toBe(404);
    const strangerCancel = await citizen.request({ method: 'POST', url: `/api/v1/appointments/${booked.id}/cancel` });
    expect(strangerCancel.statusCode).toBe(404);

    const moved = await other.request({ method: 'PUT', url: `/api/v1/appointments/${booked.id}`, payload: { windowId: a01, day: '2026-04-07', start: '15:30' } });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ start: '15:30', status: 'booked' });
    let s = await slots();
    expect(left(s, '2026-04-07', '15:00')).toBe(bookingRules.perSlot);
    expect(left(s, '2026-04-07', '15:30')).toBe(bookingRules.perSlot - 1);

    const cancelled = await other.request({ method: 'POST', url: `/api/v1/appointments/${booked.id}/cancel` });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    s = await slots();
    expect(left(s, '2026-04-07', '15:30')).toBe(bookingRules.perSlot);
    expect((await other.request({ method: 'POST', url: `/api/v1/appointments/${booked.id}/cancel` })).statusCode).toBe(403);
    // The day is free again for them.
    expect((await book(other, '2026-04-07', '16:00')).statusCode).toBe(201);
  });
});

describe('the queue', () => {
  it('turns the booking into a ticket on the day, calls it ahead of walk-ins, and counts the wait', async () => {
    const mine = (await citizen.request({ method: 'GET', url: '/api/v1/appointments' })).json<{ id: string; day: string }[]>();
    const booking = mine.find((a) => a.day === '2026-04-08')!;
    const early = await citizen.request({ method: 'POST', url: `/api/v1/appointments/${booking.id}/check-in` });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'appointments.not_today' });

    t.clock.set('2026-04-08T09:40:00+08:00');
    [citizen, clerk] = [await signInBrowser(t, DEMO_PEOPLE.zhangsan.idNumber, DEMO_PASSWORD), await signInBrowser(t, 'clerk', DEMO_PASSWORD)]; // a new day's sessions
    const walkIn = await clerk.request({ method: 'POST', url: `/api/v1/halls/${hall}/tickets`, payload: { itemCode: ITEM } });
    expect(walkIn.statusCode, walkIn.body).toBe(201);
    expect(walkIn.json()).toMatchObject({ number: 'A001', kind: 'walk_in', status: 'waiting' });
    t.clock.set('2026-04-08T09:55:00+08:00');
    const ticket = await citizen.request({ method: 'POST', url: `/api/v1/appointments/${booking.id}/check-in` });
    expect(ticket.statusCode, ticket.body).toBe(201);
    expect(ticket.json()).toMatchObject({ number: 'Y002', kind: 'appointment', appointmentId: booking.id });
    expect((await citizen.request({ method: 'POST', url: `/api/v1/appointments/${booking.id}/check-in` })).statusCode).toBe(403); // once

    t.clock.set('2026-04-08T10:02:00+08:00'); // the booked time has come: it goes first (booked 10:00, though drawn after A001)
    const queue = (await clerk.request({ method: 'GET', url: `/api/v1/windows/${a01}/queue` })).json<{ waiting: { number: string }[]; current: unknown }>();
    expect(queue.waiting.map((w) => w.number)).toEqual(['Y002', 'A001']);
    expect(queue.current).toBeNull();
    const called = await clerk.request({ method: 'POST', url: `/api/v1/windows/${a01}/call-next` });
    expect(called.json()).toMatchObject({ number: 'Y002', status: 'called', window: { number: 'A01' }, waitedMinutes: 7 });
    const busy = await clerk.request({ method: 'POST', url: `/api/v1/windows/${a01}/call-next` });
    expect(busy.json().error).toMatchObject({ code: 'appointments.ticket_open' });
    t.clock.set('2026-04-08T10:20:00+08:00');
    const done = await clerk.request({ method: 'POST', url: `/api/v1/tickets/${called.json<{ id: string }>().id}/finish`, payload: { outcome: 'served' } });
    expect(done.json()).toMatchObject({ status: 'served' });
    const next = await clerk.request({ method: 'POST', url: `/api/v1/windows/${a01}/call-next` });
    expect(next.json()).toMatchObject({ number: 'A001', waitedMinutes: 40 });

    const leader = await signInBrowser(t, 'leader', DEMO_PASSWORD);
    const stats = await leader.request({ method: 'GET', url: '/api/v1/statistics/queue?from=2026-04-08&to=2026-04-08' });
    expect(stats.statusCode, stats.body).toBe(200);
    expect(stats.json<{ halls: unknown[] }>().halls).toEqual([expect.objectContaining({ hallId: hall, tickets: 2, called: 2, served: 1, fromBookings: 1,
      averageWaitMinutes: 23.5, longestWaitMinutes: 40 })]);
  });

  it('keeps a window\'s queue to its clerks', async () => {
    const reviewer = await signInBrowser(t, 'reviewer.gaj', DEMO_PASSWORD);
    expect((await reviewer.request({ method: 'GET', url: `/api/v1/windows/${a01}/queue` })).statusCode).toBe(403);
    expect((await citizen.request({ method: 'GET', url: `/api/v1/windows/${a01}/queue` })).statusCode).toBe(403);
  });
});
