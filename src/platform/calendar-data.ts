// Official national public holidays and make-up working days (调休), as published each November by the General
// Office of the State Council (国务院办公厅关于 YYYY 年部分节假日安排的通知). Data, not rules: the days off are
// decided anew each year and cannot be derived from the lunar calendar alone.
//
// Cross-checked against the notices' text (新华社, as republished) and the chinese-days npm package 1.5.7
// (dist/chinese-days.json: holidays and workdays); all three agree on every day below.
// A new year is added here when its notice is published; until then operators may enter it through
// PUT /api/v1/calendar/days/:day with region '' (calendar_days), which the calendar merges over this data.

import { GENERATED_DAYS, GENERATED_YEARS } from './calendar-data.generated.js';

export interface Festival {
  nameZh: string;
  nameEn: string;
  /** First and last day off, inclusive (放假调休). */
  daysOff: readonly [string, string];
  /** Weekend days worked instead (调休上班). */
  makeUpWorkdays: readonly string[];
}

export interface HolidayNotice {
  year: number;
  title: string; // the notice, as cited
  issued: string; // the day it was published
  festivals: readonly Festival[];
}

export const HOLIDAY_NOTICES: readonly HolidayNotice[] = [
  {
    year: 2025,
    title: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
    issued: '2024-11-12',
    // First year under the 2024 revision of 全国年节及纪念日放假办法: one more day each for 春节 and 劳动节.
    festivals: [
      { nameZh: '元旦', nameEn: "New Year's Day", daysOff: ['2025-01-01', '2025-01-01'], makeUpWorkdays: [] },
      { nameZh: '春节', nameEn: 'Spring Festival', daysOff: ['2025-01-28', '2025-02-04'], makeUpWorkdays: ['2025-01-26', '2025-02-08'] },
      { nameZh: '清明节', nameEn: 'Qingming Festival', daysOff: ['2025-04-04', '2025-04-06'], makeUpWorkdays: [] },
      { nameZh: '劳动节', nameEn: 'Labour Day', daysOff: ['2025-05-01', '2025-05-05'], makeUpWorkdays: ['2025-04-27'] },
      { nameZh: '端午节', nameEn: 'Dragon Boat Festival', daysOff: ['2025-05-31', '2025-06-02'], makeUpWorkdays: [] },
      // 中秋 (6 October) falls inside the National Day week: the notice merges them into one 8-day break.
      { nameZh: '国庆节、中秋节', nameEn: 'National Day and Mid-Autumn Festival', daysOff: ['2025-10-01', '2025-10-08'],
        makeUpWorkdays: ['2025-09-28', '2025-10-11'] },
    ],
  },
  {
    year: 2026,
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    issued: '2025-11-04',
    festivals: [
      { nameZh: '元旦', nameEn: "New Year's Day", daysOff: ['2026-01-01', '2026-01-03'], makeUpWorkdays: ['2026-01-04'] },
      { nameZh: '春节', nameEn: 'Spring Festival', daysOff: ['2026-02-15', '2026-02-23'], makeUpWorkdays: ['2026-02-14', '2026-02-28'] },
      { nameZh: '清明节', nameEn: 'Qingming Festival', daysOff: ['2026-04-04', '2026-04-06'], makeUpWorkdays: [] },
      { nameZh: '劳动节', nameEn: 'Labour Day', daysOff: ['2026-05-01', '2026-05-05'], makeUpWorkdays: ['2026-05-09'] },
      { nameZh: '端午节', nameEn: 'Dragon Boat Festival', daysOff: ['2026-06-19', '2026-06-21'], makeUpWorkdays: [] },
      { nameZh: '中秋节', nameEn: 'Mid-Autumn Festival', daysOff: ['2026-09-25', '2026-09-27'], makeUpWorkdays: [] },
      { nameZh: '国庆节', nameEn: 'National Day', daysOff: ['2026-10-01', '2026-10-07'], makeUpWorkdays: ['2026-09-20', '2026-10-10'] },
    ],
  },
];

export interface NationalDay {
  day: string; // YYYY-MM-DD
  kind: 'holiday' | 'workday'; // holiday: a day off; workday: a make-up working day (调休上班)
  nameZh: string;
  nameEn: string;
}

const DAY_MS = 86_400_000;

/** Every national entry, one per day, in date order. */
export function nationalDays(): NationalDay[] {
  const out: NationalDay[] = [];
  for (const notice of HOLIDAY_NOTICES) {
    for (const f of notice.festivals) {
      const [first, last] = f.daysOff;
      for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += DAY_MS) {
        out.push({ day: new Date(t).toISOString().slice(0, 10), kind: 'holiday', nameZh: f.nameZh, nameEn: f.nameEn });
      }
      for (const day of f.makeUpWorkdays) {
        out.push({ day, kind: 'workday', nameZh: `${f.nameZh}调休上班`, nameEn: `${f.nameEn} make-up working day` });
      }
    }
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** Years whose official notice is in this file. */
export const NOTICE_YEARS: readonly number[] = HOLIDAY_NOTICES.map((n) => n.year);

/**
 * Every national entry: the hand-checked notices above for their years, and for later years the data
 * `npm run calendar:update` generated from chinese-days (calendar-data.generated.ts).
 */
export function allNationalDays(): NationalDay[] {
  const extra = GENERATED_DAYS.filter((d) => !NOTICE_YEARS.includes(Number(d.day.slice(0, 4))));
  return [...nationalDays(), ...extra].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** Years whose official calendar is known; a due date in any other year counts only weekends as days off. */
export const NATIONAL_YEARS: readonly number[] = [...new Set([...NOTICE_YEARS, ...GENERATED_YEARS])].sort();
