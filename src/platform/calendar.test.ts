// The working-day calendar for legal time limits (限时办结): counting starts the working day after submission,
// official days off are skipped and make-up working days (调休上班) count, in China time; 补正 pauses extend the due
// date one for one; lights turn yellow at 80% of the allowed days and red after the due date. A region's own
// days apply inside it only. Operators change the calendar through HTTP; bad input is refused by field, in Chinese
// and English, and leaves nothing behind.
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeStaff, signInBrowser, type Browser } from '../test/factories.js';
import { expectFieldError } from '../test/expect.js';
import { startTestApp, type TestApp } from '../test/harness.js';
import { verifyAuditChain } from './audit.js';
import { nationalDays } from './calendar-data.js';
import { unknownYearNote,
  addCalendarDays, buildCalendar, calendarFor, chinaDate, dueDate, dueDateKnown, dueDateProvisional, remainingWorkingDays, removeCalendarDay, setCalendarDay,
  timeLight, type ExtraCalendarDay, type WorkingCalendar,
} from './calendar.js';
import { queryRows } from './db.js';

const national = buildCalendar(null);
const at = (local: string) => new Date(local); // an instant written with its +08:00 offset

// Days from mid-2024 to mid-2027: the shipped years and the weekend-only years around them.
const FIRST = Date.UTC(2024, 5, 1) / 86_400_000;
const LAST = Date.UTC(2027, 5, 30) / 86_400_000;
const dayArb = fc.integer({ min: FIRST, max: LAST }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
const countArb = fc.integer({ min: 1, max: 60 });
const extraArb: fc.Arbitrary<ExtraCalendarDay[]> = fc.array(fc.record({
  regionCode: fc.constantFrom('', '330000', '339900', '339902', '339902001', '110000'),
  day: dayArb,
  kind: fc.constantFrom('holiday' as const, 'workday' as const),
  nameZh: fc.constant('测试'),
  nameEn: fc.constant('Test'),
}), { maxLength: 40 });
const calendarArb = fc.tuple(fc.constantFrom(null, '339902', '339902001', '110101'), extraArb).map(([r, e]) => buildCalendar(r, e));

/** Working days in (a, b], one day at a time: the obvious definition the fast count must agree with. */
function naiveBetween(cal: WorkingCalendar, a: string, b: string): number {
  let n = 0;
  for (let d = addCalendarDays(a, 1); d <= b; d = addCalendarDays(d, 1)) if (cal.isWorkingDay(d)) n++;
  return n;
}

describe('whether a due date was counted on known years (properties)', () => {
  /** Every day in [a, b] lies in a year with national data: the obvious definition, one day at a time. */
  function naiveKnown(cal: WorkingCalendar, a: string, b: string): boolean {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    for (let d = lo; d <= hi; d = addCalendarDays(d, 1)) if (!cal.hasNationalData(Number(d.slice(0, 4)))) return false;
    return true;
  }

  it('agrees with the day-by-day definition, in either order', () => {
    fc.assert(fc.property(calendarArb, dayArb, dayArb, (cal, a, b) => {
      expect(dueDateKnown(cal, a, b)).toBe(naiveKnown(cal, a, b));
      expect(dueDateKnown(cal, b, a)).toBe(dueDateKnown(cal, a, b));
    }));
  });

  it('a due date counted from a day lands in an unknown year exactly when the span does, and the note names those years', () => {
    fc.assert(fc.property(calendarArb, dayArb, countArb, (cal, from, n) => {
      const due = cal.addWorkingDays(from, n);
      const p = dueDateProvisional(cal, from, due);
      expect(p.calendarProvisional).toBe(!naiveKnown(cal, from, due));
      expect(p.calendarNote === null).toBe(!p.calendarProvisional);
      for (let y = Number(from.slice(0, 4)); y <= Number(due.slice(0, 4)); y++) {
        if (!cal.hasNationalData(y)) {
          expect(p.calendarNote!.zh).toContain(`${y} 年`);
          expect(p.calendarNote!.en).toContain(String(y));
        }
      }
    }));
  });

  it('a nationwide entry entered for a year makes every span inside it known; a regional one does not', () => {
    fc.assert(fc.property(dayArb, dayArb, (a, b) => {
      const years = new Set([a, b].map((d) => d.slice(0, 4)));
      const national = buildCalendar('339902', [...years].map((y) => ({ regionCode: '', day: `${y}-10-01`, kind: 'holiday' as const, nameZh: '国庆节', nameEn: 'National Day' })));
      const lo = a <= b ? a : b;
      const hi = a <= b ? b : a;
      const allYears = Array.from({ length: Number(hi.slice(0, 4)) - Number(lo.slice(0, 4)) + 1 }, (_, i) => Number(lo.slice(0, 4)) + i);
      expect(dueDateKnown(national, a, b)).toBe(allYears.every((y) => years.has(String(y)) || national.hasNationalData(y)));
      const regional = buildCalendar('339902', [{ regionCode: '330000', day: '2027-10-01', kind: 'holiday', nameZh: '测试', nameEn: 'Test' }]);
      expect(regional.hasNationalData(2027)).toBe(false);
    }));
  });

  it('examples: inside 2026 is known; into 2027 (no data shipped) is not', () => {
    expect(dueDateProvisional(national, '2026-12-04', '2026-12-09')).toEqual({ calendarProvisional: false, calendarNote: null });
    const p = dueDateProvisional(national, '2026-12-30', '2027-01-04');
    expect(p.calendarProvisional).toBe(true);
    expect(p.calendarNote!.zh).toBe('2027 年法定节假日尚未公布，办结日期按周末推算，可能提前。');
    expect(() => dueDateKnown(national, '2026-02-30', '2026-03-01')).toThrow(RangeError);
  });
});

describe('working-day arithmetic (properties)', () => {
  it('adding n >= 1 working days always lands on a working day', () => {
    fc.assert(fc.property(calendarArb, dayArb, countArb, (cal, d, n) => cal.isWorkingDay(cal.addWorkingDays(d, n))));
  });

  it('the working days between d and d + n working days are exactly n', () => {
    fc.assert(fc.property(calendarArb, dayArb, fc.integer({ min: 0, max: 60 }), (cal, d, n) =>
      cal.workingDaysBetween(d, cal.addWorkingDays(d, n)) === n));
  });

  it('adding is monotonic in the count and in the start day', () => {
    fc.assert(fc.property(calendarArb, dayArb, dayArb, countArb, countArb, (cal, d1, d2, n, m) => {
      const [a, b] = d1 <= d2 ? [d1, d2] : [d2, d1];
      const [k, l] = n <= m ? [n, m] : [m, n];
      return cal.addWorkingDays(a, k) <= cal.addWorkingDays(a, l) && (k === l || cal.addWorkingDays(a, k) < cal.addWorkingDays(a, l))
        && cal.addWorkingDays(a, k) <= cal.addWorkingDays(b, k);
    }));
  });

  it('counting agrees with walking day by day, and is antisymmetric', () => {
    fc.assert(fc.property(calendarArb, dayArb, fc.integer({ min: 0, max: 200 }), (cal, d, span) => {
      const e = addCalendarDays(d, span);
      return cal.workingDaysBetween(d, e) === naiveBetween(cal, d, e) && cal.workingDaysBetween(e, d) === -naiveBetween(cal, d, e);
    }));
  });

  it('a due date with pauses is the due date without them, extended by that many working days', () => {
    const instantArb = fc.integer({ min: FIRST * 86_400_000, max: LAST * 86_400_000 }).map((t) => new Date(t));
    fc.assert(fc.property(calendarArb, instantArb, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (cal, s, limit, paused) => {
      const plain = dueDate(cal, s, limit);
      const withPauses = dueDate(cal, s, limit, paused);
      return withPauses === cal.addWorkingDays(plain, paused) && cal.workingDaysBetween(plain, withPauses) === paused;
    }));
  });
});

describe('due dates around the official holidays (国务院办公厅 notices for 2025 and 2026)', () => {
  it('ships every day of both notices: 61 days off and 11 make-up working days', () => {
    const days = nationalDays();
    expect(days.filter((d) => d.kind === 'holiday')).toHaveLength(61);
    expect(days.filter((d) => d.kind === 'workday').map((d) => d.day)).toEqual([
      '2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11',
      '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    for (const d of days) {
      expect(d.nameZh).toMatch(/[\u4e00-\u9fff]/);
      expect(d.nameEn).toMatch(/^[A-Z]/);
      // Make-up working days are always weekends; days off on weekdays are what moves deadlines.
      if (d.kind === 'workday') expect(national.dayInfo(d.day).weekday).toBeGreaterThanOrEqual(6);
    }
  });

  it('限时办结 skips the National Day holiday 2025, counts the make-up Saturday (调休) — the STYLE.md example', () => {
    expect(dueDate(national, at('2025-09-30T10:00:00+08:00'), 3)).toBe('2025-10-11'); // 9 Oct, 10 Oct, Saturday 11 Oct
    expect(national.workingDaysBetween('2025-09-30', '2025-10-08')).toBe(0); // the whole 8-day break
    expect(dueDate(national, at('2025-09-26T17:00:00+08:00'), 1)).toBe('2025-09-28'); // Friday → the make-up Sunday
    expect(national.dayInfo('2025-10-06').entry?.name).toEqual({ zh: '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival' });
  });

  it('the day of submission is the day in China: 00:30 in Beijing is already the next day', () => {
    expect(chinaDate(at('2025-09-29T16:30:00Z'))).toBe('2025-09-30');
    expect(chinaDate(at('2025-09-29T15:59:59.999Z'))).toBe('2025-09-29');
    expect(dueDate(national, at('2025-09-29T16:30:00Z'), 1)).toBe('2025-10-09'); // submitted Tuesday 30 Sep, Beijing time
    expect(dueDate(national, at('2025-09-29T15:30:00Z'), 1)).toBe('2025-09-30'); // submitted Monday 29 Sep, 23:30
  });

  it('Spring Festival 2026: a Friday submission counts the make-up Saturday 14 Feb, then skips 15–23 Feb', () => {
    const submitted = at('2026-02-13T10:00:00+08:00'); // Friday
    expect(national.isWorkingDay('2026-02-14')).toBe(true);
    expect(national.dayInfo('2026-02-14')).toMatchObject({ weekday: 6, working: true, entry: { kind: 'workday', name: { zh: '春节调休上班' } } });
    expect(dueDate(national, submitted, 1)).toBe('2026-02-14');
    expect(dueDate(national, submitted, 2)).toBe('2026-02-24'); // first working day after the nine-day break
    expect(dueDate(national, submitted, 5)).toBe('2026-02-27'); // 14, 24, 25, 26, 27 Feb
    expect(dueDate(national, submitted, 6)).toBe('2026-02-28'); // the second make-up Saturday
    expect(national.workingDaysBetween('2026-02-14', '2026-02-23')).toBe(0);
  });

  it('Spring Festival 2025: the make-up Sunday before, the make-up Saturday after', () => {
    expect(dueDate(national, at('2025-01-24T16:00:00+08:00'), 1)).toBe('2025-01-26');
    expect(dueDate(national, at('2025-01-26T16:00:00+08:00'), 1)).toBe('2025-01-27');
    expect(dueDate(national, at('2025-01-27T09:00:00+08:00'), 1)).toBe('2025-02-05');
    expect(dueDate(national, at('2025-02-07T09:00:00+08:00'), 1)).toBe('2025-02-08');
  });

  it('National Day 2026: the make-up Sunday 20 Sep, the seven-day break, the make-up Saturday 10 Oct', () => {
    expect(dueDate(national, at('2026-09-18T09:00:00+08:00'), 3)).toBe('2026-09-22'); // 20 (Sunday), 21, 22 Sep
    expect(dueDate(national, at('2026-09-30T09:00:00+08:00'), 2)).toBe('2026-10-09');
    expect(dueDate(national, at('2026-09-30T09:00:00+08:00'), 3)).toBe('2026-10-10');
    expect(dueDate(national, at('2026-09-24T09:00:00+08:00'), 1)).toBe('2026-09-28'); // 中秋 25–27 Sep is off
  });

  it('清明节 and 劳动节 in both years', () => {
    expect(dueDate(national, at('2025-04-03T09:00:00+08:00'), 1)).toBe('2025-04-07'); // Friday 4 Apr off
    expect(dueDate(national, at('2026-04-03T09:00:00+08:00'), 1)).toBe('2026-04-07'); // Monday 6 Apr off
    expect(dueDate(national, at('2025-04-25T09:00:00+08:00'), 1)).toBe('2025-04-27'); // the make-up Sunday
    expect(dueDate(national, at('2025-04-30T09:00:00+08:00'), 1)).toBe('2025-05-06');
    expect(dueDate(national, at('2026-04-30T09:00:00+08:00'), 3)).toBe('2026-05-08');
    expect(dueDate(national, at('2026-04-30T09:00:00+08:00'), 4)).toBe('2026-05-09'); // the make-up Saturday
  });

  it('元旦 and 端午: three days off in 2026, one in 2025', () => {
    expect(dueDate(national, at('2025-12-31T09:00:00+08:00'), 1)).toBe('2026-01-04'); // a make-up Sunday
    expect(dueDate(national, at('2024-12-31T09:00:00+08:00'), 1)).toBe('2025-01-02');
    expect(dueDate(national, at('2026-06-18T09:00:00+08:00'), 1)).toBe('2026-06-22');
    expect(dueDate(national, at('2025-05-30T09:00:00+08:00'), 1)).toBe('2025-06-03');
  });

  it('a same-day limit (即办) is due the day it is submitted; a Saturday submission starts counting on Monday', () => {
    expect(dueDate(national, at('2026-03-04T15:00:00+08:00'), 0)).toBe('2026-03-04');
    expect(dueDate(national, at('2026-03-07T10:00:00+08:00'), 1)).toBe('2026-03-09');
    expect(() => dueDate(national, at('2026-03-04T15:00:00+08:00'), -1)).toThrow(RangeError);
    expect(() => national.addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('a year with no notice yet counts weekends only, and says so', () => {
    expect(national.hasNationalData(2026)).toBe(true);
    expect(national.hasNationalData(2027)).toBe(false);
    expect(national.entries(2027)).toEqual([]);
    expect(national.isWorkingDay('2027-10-01')).toBe(true); // unknown until the notice is entered
  });
});

describe('time-limit lights', () => {
  it('remaining working days: 0 on the due date, negative once overdue', () => {
    expect(remainingWorkingDays(national, { today: '2026-03-06', dueOn: '2026-03-09' })).toBe(1);
    expect(remainingWorkingDays(national, { today: '2026-03-09', dueOn: '2026-03-09' })).toBe(0);
    expect(remainingWorkingDays(national, { today: '2026-03-10', dueOn: '2026-03-09' })).toBe(-1);
  });
});

describe('the calendar in a running Tongban', () => {
  let t: TestApp;
  let admin: { id: string; browser: Browser };
  beforeEach(async () => {
    t = await startTestApp();
    const staff = await makeStaff(t, [{ role: 'platform_admin' }]);
    admin = { id: staff.account.id, browser: await signInBrowser(t, staff.account.username!) };
  });
  afterEach(() => t.close());

  const db = () => t.tongban.platform.database.db;
  const count = (table: 'calendar_days' | 'audit_log' | 'events') => t.count(table);
  const put = (browser: Browser, day: string, body: object) => browser.request({ method: 'PUT', url: `/api/v1/calendar/days/${day}`, payload: body });
  const get = (url: string) => t.tongban.http.inject({ method: 'GET', url });
  const today = () => chinaDate(t.clock.now());


  it('lights go green → yellow → red as the days pass (5 working days from Monday 2 March 2026)', async () => {
    const cal = await calendarFor(t.system, '339902');
    const startedOn = chinaDate(t.clock.now()); // the harness starts on Monday 2026-03-02 09:00 in Beijing
    const dueOn = dueDate(cal, t.clock.now(), 5);
    expect(dueOn).toBe('2026-03-09');
    const seen: Record<string, string> = {};
    for (let i = 0; i <= 8; i++) {
      seen[today()] = timeLight(cal, { startedOn, dueOn, today: today() });
      t.clock.advance(86_400_000);
    }
    expect(seen).toEqual({
      '2026-03-02': 'green', '2026-03-03': 'green', '2026-03-04': 'green', '2026-03-05': 'green', // 3 of 5 used: 60%
      '2026-03-06': 'yellow', '2026-03-07': 'yellow', '2026-03-08': 'yellow', // 4 of 5: 80%
      '2026-03-09': 'yellow', // the due date itself
      '2026-03-10': 'red',
    });
  });

  it('a 补正 pause extends the due date and does not count towards the 80%', async () => {
    const cal = await calendarFor(t.system, null);
    const startedOn = today();
    const dueOn = dueDate(cal, t.clock.now(), 10, 2); // 10 working days, the applicant took 2 to supplement
    expect(dueOn).toBe('2026-03-18');
    const light = (day: string) => timeLight(cal, { startedOn, dueOn, today: day, pausedWorkingDays: 2 });
    expect(light('2026-03-13')).toBe('green'); // 9 working days passed, 7 of them counted: 70%
    expect(light('2026-03-16')).toBe('yellow'); // 10 passed, 8 counted: 80%
    expect(light('2026-03-18')).toBe('yellow');
    expect(light('2026-03-19')).toBe('red');
  });

  it('across Spring Festival 2026 the light stays green through the break', () => {
    const startedOn = '2026-02-13';
    const dueOn = dueDate(national, at('2026-02-13T10:00:00+08:00'), 5);
    const light = (day: string) => timeLight(national, { startedOn, dueOn, today: day });
    expect(['2026-02-14', '2026-02-20', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28'].map(light))
      .toEqual(['green', 'green', 'green', 'green', 'yellow', 'yellow', 'red']);
  });

  it('a regional day off applies inside its region only, and the most specific entry wins', async () => {
    const before = await calendarFor(t.system, '339902');
    expect(before.isWorkingDay('2026-03-05')).toBe(true);
    await setCalendarDay(t.system, { regionCode: '339900', day: '2026-03-05', kind: 'holiday', nameZh: '示范市建市纪念日', nameEn: 'Demo City Founding Day' });
    await setCalendarDay(t.system, { regionCode: '330000', day: '2026-03-06', kind: 'holiday', nameZh: '省级纪念日', nameEn: 'Provincial day' });
    await setCalendarDay(t.system, { regionCode: '339900', day: '2026-03-06', kind: 'workday', nameZh: '示范市照常上班', nameEn: 'Demo City works' });
    await setCalendarDay(t.system, { regionCode: '339902', day: '2026-10-07', kind: 'workday', nameZh: '东湖区值班日', nameEn: 'Donghu duty day' });

    const inside = await calendarFor(t.system, '339902'); // the write dropped the cached calendar
    const town = await calendarFor(t.system, '339902001');
    const city = await calendarFor(t.system, '339900');
    const elsewhere = await calendarFor(t.system, '330100'); // same province, another city
    const nationwide = await calendarFor(t.system, null);
    expect([inside, town, city, elsewhere, nationwide].map((c) => c.isWorkingDay('2026-03-05'))).toEqual([false, false, false, true, true]);
    expect([inside, town, city, elsewhere, nationwide].map((c) => c.isWorkingDay('2026-03-06'))).toEqual([true, true, true, false, true]);
    expect([inside, town, city, elsewhere, nationwide].map((c) => c.isWorkingDay('2026-10-07'))).toEqual([true, true, false, false, false]);
    expect(inside.dayInfo('2026-03-05').entry).toEqual({ day: '2026-03-05', kind: 'holiday', regionCode: '339900', name: { zh: '示范市建市纪念日', en: 'Demo City Founding Day' } });
    expect(dueDate(inside, at('2026-03-04T10:00:00+08:00'), 1)).toBe('2026-03-06');
    expect(dueDate(elsewhere, at('2026-03-04T10:00:00+08:00'), 1)).toBe('2026-03-05');

    await removeCalendarDay(t.system, { regionCode: '339900', day: '2026-03-05' });
    expect((await calendarFor(t.system, '339902')).isWorkingDay('2026-03-05')).toBe(true);
  });

  it('calendars are cached per platform; a change made by another node shows within a minute', async () => {
    const first = await calendarFor(t.system, '339902');
    expect(await calendarFor(t.system, '339902')).toBe(first);
    // Another node writes: this node's cache is not told, but it expires.
    await db().execute(sql`INSERT INTO calendar_days (region_code, day, kind, name_zh, name_en, created_at)
      VALUES ('339900', '2026-03-05', 'holiday', '示范市建市纪念日', 'Demo City Founding Day', now())`);
    expect((await calendarFor(t.system, '339902')).isWorkingDay('2026-03-05')).toBe(true);
    t.clock.advance(60_000);
    expect((await calendarFor(t.system, '339902')).isWorkingDay('2026-03-05')).toBe(false);
  });

  it('anyone reads a year over HTTP; an operator enters a region\'s day and a new year, each audited with an event', async () => {
    const year = await get('/api/v1/calendar?year=2026');
    expect(year.statusCode, year.body).toBe(200);
    expect(year.json()).toMatchObject({ year: 2026, regionCode: null, nationalDataKnown: true });
    expect(year.json().days).toHaveLength(39);
    expect(year.json().days[0]).toEqual({ regionCode: '', day: '2026-01-01', weekday: 4, kind: 'holiday', name: { zh: '元旦', en: "New Year's Day" } });

    const set = await put(admin.browser, '2026-03-05', { regionCode: '339900', kind: 'holiday', nameZh: '示范市建市纪念日', nameEn: 'Demo City Founding Day' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ regionCode: '339900', day: '2026-03-05', weekday: 4, kind: 'holiday', name: { zh: '示范市建市纪念日', en: 'Demo City Founding Day' } });
    const inRegion = (await get('/api/v1/calendar?year=2026&region=339902')).json();
    expect(inRegion.days.map((d: { day: string }) => d.day)).toContain('2026-03-05');
    expect((await get('/api/v1/calendar?year=2026&region=110101')).json().days.map((d: { day: string }) => d.day)).not.toContain('2026-03-05');

    const renamed = await put(admin.browser, '2026-03-05', { regionCode: '339900', kind: 'holiday', nameZh: '建市纪念日', nameEn: 'Founding Day' });
    expect(renamed.json().name.zh).toBe('建市纪念日');

    expect((await get('/api/v1/calendar?year=2027')).json()).toEqual({ year: 2027, regionCode: null, nationalDataKnown: false, note: unknownYearNote(2027), days: [] });
    expect(unknownYearNote(2027).zh).toContain('春节');
    expect((await put(admin.browser, '2027-01-01', { regionCode: '', kind: 'holiday', nameZh: '元旦', nameEn: "New Year's Day" })).statusCode).toBe(200);
    expect((await get('/api/v1/calendar?year=2027')).json()).toMatchObject({ nationalDataKnown: true, note: null, days: [{ day: '2027-01-01', regionCode: '' }] });

    const removed = await admin.browser.request({ method: 'DELETE', url: '/api/v1/calendar/days/2026-03-05?region=339900' });
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await get('/api/v1/calendar?year=2026&region=339902')).json().days).toHaveLength(39);
    const again = await admin.browser.request({ method: 'DELETE', url: '/api/v1/calendar/days/2026-03-05?region=339900' });
    expect(again.json().error.code).toBe('platform.not_found');

    const audit = await queryRows<{ action: string; actor: string; subject_id: string; details: { previous?: { nameZh: string } | null } }>(db(),
      sql`SELECT action, actor, subject_id, details FROM audit_log WHERE subject_type = 'calendar_day' ORDER BY seq`);
    expect(audit.map((a) => [a.action, a.subject_id])).toEqual([
      ['calendar_day.set', '339900:2026-03-05'], ['calendar_day.set', '339900:2026-03-05'], ['calendar_day.set', 'national:2027-01-01'],
      ['calendar_day.removed', '339900:2026-03-05']]);
    expect(audit.every((a) => a.actor === `account:${admin.id}`)).toBe(true);
    expect(audit[1]!.details.previous?.nameZh).toBe('示范市建市纪念日');
    const changed = await queryRows<{ payload: Record<string, unknown> }>(db(), sql`SELECT payload FROM events WHERE type = 'calendar.changed' ORDER BY occurred_at, id`);
    expect(changed).toHaveLength(4);
    expect(changed.map((e) => e.payload)).toContainEqual({ regionCode: '339900', day: '2026-03-05', kind: null });
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true });
  });

  describe('bad input is refused by field, and nothing is stored', () => {
    const valid = { regionCode: '339900', kind: 'holiday', nameZh: '示范市建市纪念日', nameEn: 'Demo City Founding Day' };
    let stored: [number, number, number];
    beforeEach(async () => {
      stored = [await count('calendar_days'), await count('audit_log'), await count('events')];
    });
    const nothingStored = async () => expect([await count('calendar_days'), await count('audit_log'), await count('events')]).toEqual(stored);

    it('a date that does not exist (2026-02-30) is a 422 naming /day', async () => {
      expectFieldError(await put(admin.browser, '2026-02-30', valid), 422, 'calendar.day_invalid', '/day');
      expectFieldError(await put(admin.browser, '2025-02-29', valid), 422, 'calendar.day_invalid', '/day'); // 2025 is no leap year
      expectFieldError(await put(admin.browser, '2026-13-01', valid), 422, 'calendar.day_invalid', '/day');
      await nothingStored();
    });

    it('a date that is not YYYY-MM-DD is a 400 naming the path parameter', async () => {
      expectFieldError(await put(admin.browser, '2026-2-3', valid), 400, 'platform.invalid_request', 'params:/day');
      await nothingStored();
    });

    it('an unknown kind is a 400 naming /kind', async () => {
      expectFieldError(await put(admin.browser, '2026-03-05', { ...valid, kind: 'festival' }), 400, 'platform.invalid_request', '/kind');
      await nothingStored();
    });

    it('a region code outside GB/T 2260 is refused at /regionCode; with a bad date too, both are named', async () => {
      expectFieldError(await put(admin.browser, '2026-03-05', { ...valid, regionCode: '990000' }), 422, 'calendar.region_code_invalid', '/regionCode');
      expectFieldError(await put(admin.browser, '2026-03-05', { ...valid, regionCode: '33990' }), 400, 'platform.invalid_request', '/regionCode');
      const both = await put(admin.browser, '2026-02-30', { ...valid, regionCode: '990000' });
      expect(both.json().error.details.map((d: { field: string }) => d.field)).toEqual(['/day', '/regionCode']);
      expectFieldError(await get('/api/v1/calendar?year=2026&region=990000'), 422, 'calendar.region_code_invalid', '/region');
      expectFieldError(await get('/api/v1/calendar?year=twenty'), 400, 'platform.invalid_request', 'querystring:/year');
      await nothingStored();
    });

    it('only platform operators change the calendar: a leader gets 403, an anonymous caller 401', async () => {
      const leader = await makeStaff(t, [{ role: 'leader', regionCode: '339900' }]);
      const browser = await signInBrowser(t, leader.account.username!);
      stored = [await count('calendar_days'), await count('audit_log'), await count('events')]; // after the sign-in's own entries
      expect((await put(browser, '2026-03-05', valid)).json().error.code).toBe('platform.forbidden');
      expect((await put(browser, '2026-03-05', valid)).statusCode).toBe(403);
      const deleted = await browser.request({ method: 'DELETE', url: '/api/v1/calendar/days/2026-01-01?region=' });
      expect(deleted.statusCode).toBe(403);
      const anonymous = await t.tongban.http.inject({ method: 'PUT', url: '/api/v1/calendar/days/2026-03-05', payload: valid });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json().error.code).toBe('platform.unauthenticated');
      // The service checks too, whatever route or job calls it.
      await expect(setCalendarDay(t.ctxFor(leader.actor), { ...valid, day: '2026-03-05', kind: 'holiday' })).rejects.toMatchObject({ status: 403 });
      await expect(removeCalendarDay(t.ctxFor(leader.actor), { regionCode: '', day: '2026-01-01' })).rejects.toMatchObject({ status: 403 });
      await nothingStored();
    });
  });
});
