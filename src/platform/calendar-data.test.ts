// The shipped calendar data: the hand-checked State Council notices and the data generated from chinese-days
// (`npm run calendar:update`) agree on every day of the years both cover, and the known years are stated.
import { describe, expect, it } from 'vitest';
import { GENERATED_DAYS, GENERATED_YEARS } from './calendar-data.generated.js';
import { allNationalDays, nationalDays, NATIONAL_YEARS, NOTICE_YEARS } from './calendar-data.js';

const byKind = (days: readonly { day: string; kind: string }[], year: number) =>
  days.filter((d) => d.day.startsWith(`${year}-`)).map((d) => `${d.day} ${d.kind}`).sort();

describe('national calendar data', () => {
  it('the notices and the generated package data agree day by day where both have the year', () => {
    const both = NOTICE_YEARS.filter((y) => GENERATED_YEARS.includes(y));
    expect(both.length).toBeGreaterThan(0);
    for (const year of both) expect(byKind(GENERATED_DAYS, year), String(year)).toEqual(byKind(nationalDays(), year));
  });

  it('knows the years of either source, and nothing else', () => {
    expect(NATIONAL_YEARS).toEqual([...new Set([...NOTICE_YEARS, ...GENERATED_YEARS])].sort());
    const years = new Set(allNationalDays().map((d) => Number(d.day.slice(0, 4))));
    expect([...years].sort()).toEqual(NATIONAL_YEARS);
  });
});
