// Birthdays for the daily check: 29 February is kept on 1 March in common years, the day a person's age in full
// years turns (fullYears here and PostgreSQL's age() in the compiled SQL agree), so "age >= 60" holds on the day.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../platform/calendar.js';
import { fullYears } from './facts.js';
import { birthdaysOn } from './triggers.js';

describe('birthdaysOn', () => {
  it('keeps 29 February on 1 March in a common year, and on itself in a leap year', () => {
    expect(birthdaysOn('2027-03-01')).toEqual(['03-01', '02-29']);
    expect(birthdaysOn('2027-02-28')).toEqual(['02-28']);
    expect(birthdaysOn('2028-02-29')).toEqual(['02-29']);
    expect(birthdaysOn('2028-03-01')).toEqual(['03-01']);
    expect(birthdaysOn('2100-03-01')).toEqual(['03-01', '02-29']); // 2100 is no leap year
  });

  it('is the day the age turns, for every birth date and every year (property)', () => {
    const day = fc.date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2099-12-30T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const leapDay = fc.integer({ min: 1932, max: 2096 }).map((y) => `${y - (y % 4)}-02-29`); // every fourth year from 1932 is a leap year here
    fc.assert(fc.property(fc.oneof(day, leapDay), fc.integer({ min: 1, max: 90 }), (birth, years) => {
      const year = Number(birth.slice(0, 4)) + years;
      if (year > 2099) return;
      // The one day of that year on which the age in full years goes up is the day the check fires for him.
      for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addCalendarDays(d, 1)) {
        const turns = fullYears(birth, d) > fullYears(birth, addCalendarDays(d, -1));
        expect(birthdaysOn(d).includes(birth.slice(5)), `${birth} on ${d}`).toBe(turns);
      }
    }), { numRuns: 60 });
  });
});
