// National identifiers: 公民身份号码 (GB 11643), 统一社会信用代码 (GB 32100), 行政区划代码 (GB/T 2260).
// Check characters are tested as properties over generated bodies; real-format examples pin the arithmetic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PROVINCE_PREFIXES, creditCodeCheckChar, creditCodeProblem, idCheckChar, idNumberFacts, idNumberProblem, isValidCreditCode,
  isValidIdNumber, isWithinRegion, maskIdNumber, parentRegionCode, regionLevelOf,
} from './identifiers.js';

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const twoDigits = (min: number, max: number) => fc.integer({ min, max }).map((n) => String(n).padStart(2, '0'));
const provincePrefix = fc.constantFrom(...PROVINCE_PREFIXES);

// Real calendar dates as YYYYMMDD. 1850 is the earliest year the validator allows; later than 2099 is not a birth date.
const birthDate = fc
  .date({ min: new Date('1850-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10).replaceAll('-', ''));

// The first 17 digits of a 公民身份号码: province + 4 region digits, birth date, 3-digit sequence (顺序码).
const idBody17 = fc.tuple(provincePrefix, digits(4), birthDate, digits(3)).map((parts) => parts.join(''));
const idNumber = idBody17.map((b) => b + idCheckChar(b));

/** A valid ID number for a given birth date, from the Beijing 朝阳区 example's region and sequence. */
const idBornOn = (yyyymmdd: string) => {
  const body = `110105${yyyymmdd}002`;
  return body + idCheckChar(body);
};

describe('公民身份号码 GB 11643', () => {
  it('accepts any well-formed body followed by its computed check character', () => {
    fc.assert(fc.property(idBody17, (b) => {
      expect(idNumberProblem(b + idCheckChar(b))).toBeNull();
    }));
  });

  it('rejects the number when any single digit of the 17-digit body is changed', () => {
    // Weights are 1..10 mod 11 and a digit changes by 1..9, so every single change moves the sum: the check must catch it.
    fc.assert(fc.property(idBody17, fc.nat(16), fc.integer({ min: 1, max: 9 }), (b, i, d) => {
      const changed = b.slice(0, i) + ((Number(b[i]) + d) % 10) + b.slice(i + 1);
      expect(isValidIdNumber(changed + idCheckChar(b))).toBe(false);
    }));
  });

  it('rejects the number when the check character is any other character', () => {
    fc.assert(fc.property(idBody17, fc.constantFrom(...'0123456789X'), (b, c) => {
      fc.pre(c !== idCheckChar(b));
      expect(idNumberProblem(b + c)).toBe('check_char');
    }));
  });

  it('accepts a lowercase x as the check character X', () => {
    expect(idNumberProblem('11010519491231002x')).toBeNull();
    fc.assert(fc.property(idBody17.filter((b) => idCheckChar(b) === 'X'), (b) => {
      expect(isValidIdNumber(`${b}x`)).toBe(true);
    }));
  });

  it('knows the published example 11010519491231002X and refuses it with a wrong check digit', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(idNumberProblem('110105194912310021')).toBe('check_char');
  });

  it('refuses a birth date that never happened, even with a correct check character', () => {
    expect(idNumberProblem(idBornOn('19990230'))).toBe('birth_date'); // 30 February
    expect(idNumberProblem(idBornOn('19990431'))).toBe('birth_date'); // 31 April
    expect(idNumberProblem(idBornOn('19991301'))).toBe('birth_date'); // month 13
    expect(idNumberProblem(idBornOn('19990100'))).toBe('birth_date'); // day 0
    expect(idNumberProblem(idBornOn('19000229'))).toBe('birth_date'); // 1900 is not a leap year (divisible by 100)
    expect(idNumberProblem(idBornOn('20000229'))).toBeNull(); // 2000 is (divisible by 400)
    expect(idNumberProblem(idBornOn('18491231'))).toBe('birth_date'); // before 1850
  });

  it('refuses day 31 in every 30-day month', () => {
    fc.assert(fc.property(fc.integer({ min: 1850, max: 2099 }), fc.constantFrom('04', '06', '09', '11'), (y, m) => {
      expect(idNumberProblem(idBornOn(`${y}${m}31`))).toBe('birth_date');
    }));
  });

  it('refuses a number whose first two digits are not a province', () => {
    const unknownPrefix = twoDigits(0, 99).filter((p) => !PROVINCE_PREFIXES.has(p));
    fc.assert(fc.property(unknownPrefix, idBody17, (p, b) => {
      const body = p + b.slice(2);
      expect(idNumberProblem(body + idCheckChar(body))).toBe('region');
    }));
  });

  it('calls any length other than 18 a format problem', () => {
    const wrongLength = fc.integer({ min: 0, max: 30 }).filter((n) => n !== 18).chain(digits);
    fc.assert(fc.property(wrongLength, (raw) => {
      expect(idNumberProblem(raw)).toBe('format');
    }));
    fc.assert(fc.property(idNumber, (id) => {
      expect(idNumberProblem(id.slice(0, 17))).toBe('format');
      expect(idNumberProblem(`${id}0`)).toBe('format');
    }));
  });

  it('calls an X anywhere but the last place a format problem', () => {
    fc.assert(fc.property(idNumber, fc.nat(16), (id, i) => {
      expect(idNumberProblem(`${id.slice(0, i)}X${id.slice(i + 1)}`)).toBe('format');
    }));
  });

  it('reads birth date, sex and region from the published example', () => {
    // Sequence 002: the 17th digit 2 is even, so the holder is female.
    expect(idNumberFacts('11010519491231002X')).toEqual({ birthDate: '1949-12-31', sex: 'female', regionCode: '110105' });
  });

  it('reads the birth date back as generated, and an odd 17th digit as male', () => {
    fc.assert(fc.property(provincePrefix, digits(4), birthDate, digits(3), (p, r, born, seq) => {
      const body = p + r + born + seq;
      const facts = idNumberFacts(body + idCheckChar(body));
      expect(facts.birthDate).toBe(`${born.slice(0, 4)}-${born.slice(4, 6)}-${born.slice(6, 8)}`);
      expect(facts.sex).toBe(Number(seq[2]) % 2 === 1 ? 'male' : 'female');
      expect(facts.regionCode).toBe(p + r);
    }));
  });

  it('masks the published example down to region and last four: 110105********002X', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });

  it('masks every valid number so that the birth date and sequence cannot be read', () => {
    fc.assert(fc.property(idNumber, (id) => {
      const masked = maskIdNumber(id);
      expect(masked).toHaveLength(18);
      expect(masked).toBe(`${id.slice(0, 6)}********${id.slice(14)}`);
      expect(masked).not.toContain(id.slice(6, 14));
    }));
  });
});

// ---------- 统一社会信用代码 GB 32100 ----------
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'; // no I, O, Z, S, V
const usccChar = fc.constantFrom(...USCC_CHARS);
const usccChars = (n: number) => fc.array(usccChar, { minLength: n, maxLength: n }).map((c) => c.join(''));

// Registration authority and kind (2), region code (6 digits), organisation body (9).
const creditBody17 = fc.tuple(usccChars(2), provincePrefix, digits(4), usccChars(9)).map((parts) => parts.join(''));
const creditCode = creditBody17.map((b) => b + creditCodeCheckChar(b));

describe('统一社会信用代码 GB 32100', () => {
  it('accepts any well-formed body followed by its computed check character', () => {
    fc.assert(fc.property(creditBody17, (b) => {
      expect(creditCodeProblem(b + creditCodeCheckChar(b))).toBeNull();
    }));
  });

  it('rejects the code when any single character of the body is swapped for another code character', () => {
    // Weights are powers of 3 mod 31 (never 0) and 31 is prime, so any single substitution changes the check.
    fc.assert(fc.property(creditBody17, fc.nat(16), fc.integer({ min: 1, max: 30 }), (b, i, shift) => {
      const swapped = USCC_CHARS[(USCC_CHARS.indexOf(b[i]!) + shift) % 31]!;
      const changed = b.slice(0, i) + swapped + b.slice(i + 1);
      expect(isValidCreditCode(changed + creditCodeCheckChar(b))).toBe(false);
    }));
  });

  it('knows the real-world code 91350100M000100Y43', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
    expect(creditCodeProblem('91350100m000100y43')).toBeNull(); // typed in lowercase
    expect(creditCodeProblem('91350100M000100Y44')).toBe('check_char');
  });

  it('calls the letters I, O, Z, S and V a format problem wherever they appear', () => {
    fc.assert(fc.property(creditCode, fc.nat(17), fc.constantFrom(...'IOZSV'), (code, i, letter) => {
      expect(creditCodeProblem(code.slice(0, i) + letter + code.slice(i + 1))).toBe('format');
    }));
  });

  it('refuses a region part that is not a province', () => {
    expect(creditCodeProblem(`91990100M000100Y4${creditCodeCheckChar('91990100M000100Y4')}`)).toBe('region');
  });

  it('calls a wrong length a format problem', () => {
    fc.assert(fc.property(creditCode, (code) => {
      expect(creditCodeProblem(code.slice(0, 17))).toBe('format');
      expect(creditCodeProblem(`${code}0`)).toBe('format');
    }));
  });
});

// ---------- 行政区划代码 GB/T 2260 ----------
// County codes as the standard shapes them: province, city digits 01–99, county digits 01–99.
const countyCode = fc.tuple(provincePrefix, twoDigits(1, 99), twoDigits(1, 99)).map((parts) => parts.join(''));
const townCode = fc.tuple(countyCode, fc.integer({ min: 1, max: 999 })).map(([c, t]) => c + String(t).padStart(3, '0'));

describe('行政区划代码 GB/T 2260', () => {
  it('tells the level from the shape of the code', () => {
    expect(regionLevelOf('330000')).toBe('province');
    expect(regionLevelOf('339900')).toBe('city');
    expect(regionLevelOf('339902')).toBe('county');
    expect(regionLevelOf('339902001')).toBe('town');
  });

  it('does not take non-codes for regions', () => {
    expect(regionLevelOf('339902000')).toBeNull(); // a town number of 000 is the county itself
    expect(regionLevelOf('990000')).toBeNull(); // no province 99
    expect(regionLevelOf('339900001')).toBeNull(); // a town must sit under a county, not a city
    expect(regionLevelOf('110001')).toBeNull(); // a county code always names its city (digits 3–4 not 00)
    expect(regionLevelOf('33990')).toBeNull();
    expect(regionLevelOf('33990a')).toBeNull();
    expect(regionLevelOf('')).toBeNull();
  });

  it('walks up from a town to its county, city, province and then nothing', () => {
    expect(parentRegionCode('339902001')).toBe('339902');
    expect(parentRegionCode('339902')).toBe('339900');
    expect(parentRegionCode('339900')).toBe('330000');
    expect(parentRegionCode('330000')).toBeNull();
    expect(parentRegionCode('990000')).toBeNull();
  });

  it('places a town inside its city and a county outside a city it does not belong to', () => {
    expect(isWithinRegion('339902001', '339900')).toBe(true);
    expect(isWithinRegion('339902', '330100')).toBe(false);
    expect(isWithinRegion('339902', '339902')).toBe(true);
    expect(isWithinRegion('339902001', '330000')).toBe(true);
    expect(isWithinRegion('339902', '320000')).toBe(false);
  });

  it('for any county, the parent is a city, its parent a province, and the county lies within each', () => {
    fc.assert(fc.property(countyCode, (county) => {
      expect(regionLevelOf(county)).toBe('county');
      const city = parentRegionCode(county)!;
      expect(regionLevelOf(city)).toBe('city');
      const province = parentRegionCode(city)!;
      expect(regionLevelOf(province)).toBe('province');
      expect(parentRegionCode(province)).toBeNull();
      expect(isWithinRegion(county, county)).toBe(true);
      expect(isWithinRegion(county, city)).toBe(true);
      expect(isWithinRegion(county, province)).toBe(true);
      expect(isWithinRegion(city, province)).toBe(true);
      expect(isWithinRegion(city, county)).toBe(false);
      expect(isWithinRegion(province, city)).toBe(false);
    }));
  });

  it('for any town, the chain reaches a province in four steps and the town lies within every region on it', () => {
    fc.assert(fc.property(townCode, (town) => {
      expect(regionLevelOf(town)).toBe('town');
      const chain: string[] = [];
      for (let code: string | null = parentRegionCode(town); code !== null; code = parentRegionCode(code)) chain.push(code);
      expect(chain.map(regionLevelOf)).toEqual(['county', 'city', 'province']);
      for (const outer of chain) expect(isWithinRegion(town, outer)).toBe(true);
    }));
  });

  it('never places a county inside another city of the same province', () => {
    fc.assert(fc.property(provincePrefix, twoDigits(1, 99), twoDigits(1, 99), twoDigits(1, 99), (p, cityA, cityB, c) => {
      fc.pre(cityA !== cityB);
      expect(isWithinRegion(p + cityA + c, `${p}${cityB}00`)).toBe(false);
    }));
  });
});
