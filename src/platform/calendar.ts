// The working-day calendar for legal time limits (限时办结). Time limits in the catalog are counted in working days
// (工作日): Monday to Friday, minus the official days off, plus the make-up working days (调休上班) that the State
// Council moves onto weekends. Days are calendar dates in China time (UTC+8, no daylight saving), written
// 'YYYY-MM-DD'. The arithmetic is pure; calendarFor loads the national data shipped in calendar-data.ts, merged
// with the extra entries operators keep in `calendar_days` (a newly announced year, a region's own days).
import { and, asc, eq, like, or } from 'drizzle-orm';
import { isOperator } from './actor.js';
import { recordAudit } from './audit.js';
import { allNationalDays, NATIONAL_YEARS } from './calendar-data.js';
import { withTransaction, type Ctx, type Platform } from './context.js';
import { AppError, forbidden, notFound, type Bilingual, type FieldProblem } from './errors.js';
import { isWithinRegion, regionLevelOf, regionPrefix } from './identifiers.js';
import { emit } from './jobs.js';
import { calendarDays } from './schema.js';

export type CalendarKind = 'holiday' | 'workday'; // holiday: a day off; workday: a make-up working day (调休上班)
export const CALENDAR_KINDS: readonly CalendarKind[] = ['holiday', 'workday'];

export interface CalendarEntry {
  day: string;
  kind: CalendarKind;
  name: Bilingual;
  regionCode: string; // '' nationwide
}

export interface DayInfo {
  day: string;
  weekday: number; // ISO: 1 Monday … 7 Sunday
  working: boolean;
  entry: CalendarEntry | null; // the entry that decided the day, when one did
}

export interface WorkingCalendar {
  /** The region this calendar is for; null for the national calendar. */
  readonly regionCode: string | null;
  isWorkingDay(day: string): boolean;
  /** The n-th working day after `from` (not counting `from` itself); `from` when n is 0. */
  addWorkingDays(from: string, n: number): string;
  /** Working days in (fromExclusive, toInclusive]; negative when `toInclusive` comes first. */
  workingDaysBetween(fromExclusive: string, toInclusive: string): number;
  dayInfo(day: string): DayInfo;
  /** The days off and make-up working days of a year, in date order. */
  entries(year: number): CalendarEntry[];
  /** Whether the year's national days off are known (shipped or entered); without them only weekends are off. */
  hasNationalData(year: number): boolean;
}

// ---------- dates ----------

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000; // UTC+8 all year: China has not observed daylight saving since 1991
const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `day` is a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(day: string): boolean {
  const m = DATE_SHAPE.exec(day);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Days since 1970-01-01. Throws on anything but a real date: a malformed day here is a bug, not input. */
function toDayNumber(day: string): number {
  if (!isCalendarDate(day)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(day)}`);
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

const fromDayNumber = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** ISO weekday of a day number: 1970-01-01 was a Thursday (4). */
const weekdayOf = (n: number) => ((((n + 3) % 7) + 7) % 7) + 1;
const isWeekend = (n: number) => weekdayOf(n) >= 6;

/** The calendar date in China of an instant: 2025-09-30T20:00:00Z is already 1 October in Beijing. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Adds calendar days (not working days) to a date. */
export const addCalendarDays = (day: string, n: number) => fromDayNumber(toDayNumber(day) + n);

// ---------- the calendar ----------

export interface ExtraCalendarDay {
  regionCode: string; // '' nationwide, or a GB/T 2260 code whose whole area it applies to
  day: string;
  kind: CalendarKind;
  nameZh: string;
  nameEn: string;
}

const NATIONAL: readonly CalendarEntry[] = allNationalDays().map((d) => ({ day: d.day, kind: d.kind, name: { zh: d.nameZh, en: d.nameEn }, regionCode: '' }));

/** How specific an entry is: nationwide 0, then by the length of the prefix it covers (province 2, city 4 …). */
const specificity = (regionCode: string) => (regionCode === '' ? 0 : regionPrefix(regionCode).length);

/**
 * A calendar from the shipped national data plus extra entries. Extra entries apply when they are nationwide or
 * their region contains `regionCode`; the most specific entry for a day wins, and any database entry beats the
 * shipped data (a correction, or a region's own arrangement).
 */
export function buildCalendar(regionCode: string | null, extra: readonly ExtraCalendarDay[] = []): WorkingCalendar {
  const byDay = new Map<number, CalendarEntry>();
  for (const e of NATIONAL) byDay.set(toDayNumber(e.day), e);
  const applicable = extra
    .filter((e) => e.regionCode === '' || (regionCode !== null && isWithinRegion(regionCode, e.regionCode)))
    .sort((a, b) => specificity(a.regionCode) - specificity(b.regionCode));
  for (const e of applicable) byDay.set(toDayNumber(e.day), { day: e.day, kind: e.kind, name: { zh: e.nameZh, en: e.nameEn }, regionCode: e.regionCode });

  // Only entries that change the default (a weekday off, a weekend worked) matter for counting.
  const exceptions = [...byDay.entries()]
    .filter(([n, e]) => (e.kind === 'holiday') !== isWeekend(n))
    .map(([n, e]) => ({ n, delta: e.kind === 'holiday' ? -1 : 1 }))
    .sort((a, b) => a.n - b.n);
  const yearsWithData = new Set<number>(NATIONAL_YEARS);
  for (const e of applicable) if (e.regionCode === '') yearsWithData.add(Number(e.day.slice(0, 4)));

  const workingOn = (n: number) => {
    const entry = byDay.get(n);
    return entry ? entry.kind === 'workday' : !isWeekend(n);
  };

  /** Mon–Fri days in (a, b], for a <= b, by whole weeks then the rest. */
  const weekdaysIn = (a: number, b: number) => {
    const span = b - a;
    let count = Math.floor(span / 7) * 5;
    for (let n = a + 1 + Math.floor(span / 7) * 7; n <= b; n++) if (!isWeekend(n)) count++;
    return count;
  };
  const firstAfter = (n: number) => { // index of the first exception with day number > n
    let lo = 0;
    let hi = exceptions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (exceptions[mid]!.n <= n) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const countBetween = (a: number, b: number) => {
    let count = weekdaysIn(a, b);
    for (let i = firstAfter(a); i < exceptions.length && exceptions[i]!.n <= b; i++) count += exceptions[i]!.delta;
    return count;
  };

  return {
    regionCode,
    isWorkingDay: (day) => workingOn(toDayNumber(day)),
    addWorkingDays(from, n) {
      if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`addWorkingDays: n must be a whole number >= 0, not ${n}`);
      let d = toDayNumber(from);
      for (let left = n; left > 0;) {
        d += 1;
        if (workingOn(d)) left -= 1;
      }
      return fromDayNumber(d);
    },
    workingDaysBetween(fromExclusive, toInclusive) {
      const a = toDayNumber(fromExclusive);
      const b = toDayNumber(toInclusive);
      return a <= b ? countBetween(a, b) : -countBetween(b, a);
    },
    dayInfo(day) {
      const n = toDayNumber(day);
      return { day, weekday: weekdayOf(n), working: workingOn(n), entry: byDay.get(n) ?? null };
    },
    entries(year) {
      return [...byDay.values()].filter((e) => e.day.startsWith(`${year}-`)).sort((x, y) => (x.day < y.day ? -1 : 1));
    },
    hasNationalData: (year) => yearsWithData.has(year),
  };
}

// ---------- time limits (限时办结) ----------

function checkCount(name: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number >= 0, not ${n}`);
}

/**
 * The last day to decide an application submitted at `submittedAt` with a limit of `limitWorkingDays`.
 * Counting starts on the first working day after the day of submission (the day of submission never counts,
 * whatever the hour); working days spent paused (补正: waiting for the applicant) extend it one for one.
 * A limit of 0 (即办件) is due the day it is submitted.
 */
export function dueDate(cal: WorkingCalendar, submittedAt: Date, limitWorkingDays: number, pausedWorkingDays = 0): string {
  checkCount('limitWorkingDays', limitWorkingDays);
  checkCount('pausedWorkingDays', pausedWorkingDays);
  return cal.addWorkingDays(chinaDate(submittedAt), limitWorkingDays + pausedWorkingDays);
}

/**
 * Whether every day counted from `from` (exclusive) to `to` (inclusive) lies in a year whose national days off are
 * known. When not, the count treated that year's Spring Festival and other breaks as working days, so the date
 * may come out early (预计). Order-insensitive; a span within one day checks that day's year.
 */
export function dueDateKnown(cal: WorkingCalendar, from: string, to: string): boolean {
  return unknownYearsBetween(cal, from, to).length === 0;
}

/** The years of the days in [from, to] (either order) without national data, ascending. */
export function unknownYearsBetween(cal: WorkingCalendar, from: string, to: string): number[] {
  toDayNumber(from); // validates both
  toDayNumber(to);
  const [a, b] = from <= to ? [from, to] : [to, from];
  const years: number[] = [];
  for (let y = Number(a.slice(0, 4)); y <= Number(b.slice(0, 4)); y++) if (!cal.hasNationalData(y)) years.push(y);
  return years;
}

export interface CalendarProvisional {
  calendarProvisional: boolean; // true: the count ran through a year without official days off
  calendarNote: Bilingual | null; // what that means, for whoever reads the date
}

/** The flag and the note that go beside a due date counted from `from` to `to` on the working-day calendar. */
export function dueDateProvisional(cal: WorkingCalendar, from: string, to: string): CalendarProvisional {
  const years = unknownYearsBetween(cal, from, to);
  if (!years.length) return { calendarProvisional: false, calendarNote: null };
  const zhYears = years.map((y) => `${y} 年`).join('、');
  const enYears = years.join(', ');
  return { calendarProvisional: true, calendarNote: {
    zh: `${zhYears}法定节假日尚未公布，办结日期按周末推算，可能提前。`,
    en: `The official public holidays for ${enYears} are not published yet: this date was counted with weekends only and may move later once they are.` } };
}

export type TimeLight = 'green' | 'yellow' | 'red';

export interface TimeLimitFacts {
  startedOn: string; // the day of submission (counting starts the next working day)
  dueOn: string; // the due date, already extended by the pauses
  today: string;
  pausedWorkingDays?: number; // working days the clock stood still (补正)
}

/** Working days left until the due date: 0 on the due date itself, negative once overdue. */
export function remainingWorkingDays(cal: WorkingCalendar, facts: { dueOn: string; today: string }): number {
  return cal.workingDaysBetween(facts.today, facts.dueOn);
}

/**
 * The time-limit light: red once the due date has passed; yellow when at least 80% of the allowed working days
 * are used (pauses count neither as allowed nor as used); green otherwise. A same-day limit is yellow on its day.
 */
export function timeLight(cal: WorkingCalendar, facts: TimeLimitFacts): TimeLight {
  const paused = facts.pausedWorkingDays ?? 0;
  checkCount('pausedWorkingDays', paused);
  if (facts.today > facts.dueOn) return 'red'; // ISO dates compare as strings
  const allowed = cal.workingDaysBetween(facts.startedOn, facts.dueOn) - paused;
  const used = Math.max(0, cal.workingDaysBetween(facts.startedOn, facts.today) - paused);
  if (allowed <= 0) return 'yellow';
  return used * 5 >= allowed * 4 ? 'yellow' : 'green'; // used / allowed >= 80%, in whole numbers
}

// ---------- loading, with a per-platform cache ----------

// Entries change a few times a year; due dates are computed on every submission. Each node caches the merged
// calendar per region; a write on this node drops its cache at once, other nodes pick it up within the TTL.
const CACHE_TTL_MS = 60_000;

interface CalendarCache {
  loadedAt: number;
  byRegion: Map<string, Promise<WorkingCalendar>>;
}

const caches = new WeakMap<Platform, CalendarCache>();

/** Forgets every calendar loaded for this platform; the next calendarFor reads the database again. */
export function invalidateCalendars(platform: Platform): void {
  caches.delete(platform);
}

/** The working calendar for a region (null: national only): shipped data plus the applicable `calendar_days`. */
export function calendarFor(ctx: Ctx, regionCode: string | null): Promise<WorkingCalendar> {
  if (regionCode !== null && regionLevelOf(regionCode) === null) {
    return Promise.reject(fieldErrors([{ field: '/regionCode', ...problems.regionCode }]));
  }
  const now = ctx.clock.now().getTime();
  let cache = caches.get(ctx.platform);
  if (!cache || now - cache.loadedAt >= CACHE_TTL_MS || now < cache.loadedAt) {
    cache = { loadedAt: now, byRegion: new Map() };
    caches.set(ctx.platform, cache);
  }
  const key = regionCode ?? '';
  let loading = cache.byRegion.get(key);
  if (!loading) {
    const holder = cache;
    loading = loadCalendar(ctx, regionCode);
    holder.byRegion.set(key, loading);
    loading.catch(() => holder.byRegion.delete(key)); // a failed load is not remembered
  }
  return loading;
}

async function loadCalendar(ctx: Ctx, regionCode: string | null): Promise<WorkingCalendar> {
  // Nationwide rows, and rows of the region's province; isWithinRegion then keeps those whose area contains it.
  const rows = await ctx.db.select().from(calendarDays)
    .where(regionCode === null ? eq(calendarDays.regionCode, '')
      : or(eq(calendarDays.regionCode, ''), like(calendarDays.regionCode, `${regionCode.slice(0, 2)}%`)))
    .orderBy(asc(calendarDays.day));
  return buildCalendar(regionCode, rows.map((r) => ({ regionCode: r.regionCode, day: r.day, kind: r.kind, nameZh: r.nameZh, nameEn: r.nameEn })));
}

// ---------- operators' entries ----------

const problems = {
  day: { code: 'calendar.day_invalid', message: { zh: '日期无效，应为 2000—2099 年间真实存在的日期（YYYY-MM-DD）', en: 'The day must be a real date between 2000 and 2099, written YYYY-MM-DD' } },
  regionCode: { code: 'calendar.region_code_invalid', message: { zh: '行政区划代码不符合 GB/T 2260（全国适用请留空）', en: 'The region code does not follow GB/T 2260 (leave it empty for nationwide)' } },
  kind: { code: 'calendar.kind_invalid', message: { zh: '类型应为 holiday（放假）或 workday（调休上班）', en: "The kind must be 'holiday' (a day off) or 'workday' (a make-up working day)" } },
  nameZh: { code: 'calendar.name_required', message: { zh: '请填写中文名称', en: 'The Chinese name is required' } },
  nameEn: { code: 'calendar.name_required', message: { zh: '请填写英文名称', en: 'The English name is required' } },
} satisfies Record<string, Omit<FieldProblem, 'field'>>;

function fieldErrors(details: FieldProblem[]): AppError {
  const first = details[0]!;
  return new AppError({ code: first.code, status: 422, field: first.field, message: first.message, details });
}

const isEntryDay = (day: string) => isCalendarDate(day) && day >= '2000-01-01' && day <= '2099-12-31';
const isEntryRegion = (code: string) => code === '' || regionLevelOf(code) !== null;

export interface CalendarDayInput {
  regionCode: string; // '' nationwide
  day: string;
  kind: CalendarKind;
  nameZh: string;
  nameEn: string;
}

export interface CalendarDayView {
  regionCode: string;
  day: string;
  weekday: number;
  kind: CalendarKind;
  name: Bilingual;
}

const entryView = (e: CalendarEntry): CalendarDayView => ({
  regionCode: e.regionCode, day: e.day, weekday: weekdayOf(toDayNumber(e.day)), kind: e.kind, name: e.name,
});

/** Adds or replaces an entry (a region's day off, a make-up working day, a newly announced national year). */
export async function setCalendarDay(ctx: Ctx, input: CalendarDayInput): Promise<CalendarDayView> {
  if (!isOperator(ctx.actor)) throw forbidden();
  const nameZh = input.nameZh.trim();
  const nameEn = input.nameEn.trim();
  const wrong: FieldProblem[] = [];
  if (!isEntryDay(input.day)) wrong.push({ field: '/day', ...problems.day });
  if (!isEntryRegion(input.regionCode)) wrong.push({ field: '/regionCode', ...problems.regionCode });
  if (!CALENDAR_KINDS.includes(input.kind)) wrong.push({ field: '/kind', ...problems.kind });
  if (!nameZh) wrong.push({ field: '/nameZh', ...problems.nameZh });
  if (!nameEn) wrong.push({ field: '/nameEn', ...problems.nameEn });
  if (wrong.length) throw fieldErrors(wrong);

  const view = await withTransaction(ctx, async (tx) => {
    const key = { regionCode: input.regionCode, day: input.day };
    const [previous] = await tx.db.select().from(calendarDays).where(entryKey(key)).for('update');
    const [row] = await tx.db.insert(calendarDays)
      .values({ ...key, kind: input.kind, nameZh, nameEn, createdAt: tx.clock.now() })
      .onConflictDoUpdate({ target: [calendarDays.regionCode, calendarDays.day], set: { kind: input.kind, nameZh, nameEn } })
      .returning();
    await recordAudit(tx, { action: 'calendar_day.set', subjectType: 'calendar_day', subjectId: subjectId(key),
      details: { ...key, kind: input.kind, nameZh, nameEn, previous: previous ? { kind: previous.kind, nameZh: previous.nameZh, nameEn: previous.nameEn } : null } });
    await emit(tx, 'calendar.changed', { ...key, kind: input.kind });
    return entryView({ day: row!.day, kind: row!.kind, name: { zh: row!.nameZh, en: row!.nameEn }, regionCode: row!.regionCode });
  });
  // After commit, so no reader reloads the old rows into a fresh cache. (Inside a caller's transaction the
  // commit comes later; the TTL bounds that window.)
  invalidateCalendars(ctx.platform);
  return view;
}

/** Removes an entry from `calendar_days`. The shipped national data cannot be removed, only overridden. */
export async function removeCalendarDay(ctx: Ctx, input: { regionCode: string; day: string }): Promise<void> {
  if (!isOperator(ctx.actor)) throw forbidden();
  const wrong: FieldProblem[] = [];
  if (!isEntryDay(input.day)) wrong.push({ field: '/day', ...problems.day });
  if (!isEntryRegion(input.regionCode)) wrong.push({ field: '/regionCode', ...problems.regionCode });
  if (wrong.length) throw fieldErrors(wrong);

  await withTransaction(ctx, async (tx) => {
    const [gone] = await tx.db.delete(calendarDays).where(entryKey(input)).returning();
    if (!gone) throw notFound({ zh: '日历条目', en: 'calendar entry' });
    await recordAudit(tx, { action: 'calendar_day.removed', subjectType: 'calendar_day', subjectId: subjectId(input),
      details: { regionCode: gone.regionCode, day: gone.day, kind: gone.kind, nameZh: gone.nameZh, nameEn: gone.nameEn } });
    await emit(tx, 'calendar.changed', { regionCode: input.regionCode, day: input.day, kind: null });
  });
  invalidateCalendars(ctx.platform);
}

const entryKey = (k: { regionCode: string; day: string }) =>
  and(eq(calendarDays.regionCode, k.regionCode), eq(calendarDays.day, k.day));
const subjectId = (k: { regionCode: string; day: string }) => `${k.regionCode || 'national'}:${k.day}`;

export interface CalendarYearView {
  year: number;
  regionCode: string | null;
  nationalDataKnown: boolean; // false: the State Council's notice for the year is not in yet; only weekends are off
  note: { zh: string; en: string } | null; // what that means for someone reading a due date in the year
  days: CalendarDayView[];
}

/** The days off and make-up working days of a year, for a region (or nationwide). Public. */
export async function calendarYear(ctx: Ctx, input: { year: number; regionCode: string | null }): Promise<CalendarYearView> {
  if (input.regionCode !== null && regionLevelOf(input.regionCode) === null) {
    throw fieldErrors([{ field: '/region', ...problems.regionCode }]);
  }
  const cal = await calendarFor(ctx, input.regionCode);
  const known = cal.hasNationalData(input.year);
  return { year: input.year, regionCode: input.regionCode, nationalDataKnown: known, note: known ? null : unknownYearNote(input.year), days: cal.entries(input.year).map(entryView) };
}

/** Said wherever a date falls in a year without official data: its Spring Festival and other breaks are not counted. */
export function unknownYearNote(year: number): { zh: string; en: string } {
  return { zh: `${year} 年的国务院节假日安排尚未录入：该年仅按周末计算休息日，春节等假期未计入，相关期限可能比实际早。`,
    en: `The State Council's holiday arrangements for ${year} are not in yet: only weekends count as days off that year, so Spring Festival and other breaks are not counted and time limits may come out early.` };
}
