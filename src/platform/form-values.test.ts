// The one reading of dates and identifiers typed into forms, used by the server and the web forms alike.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eligibilityProblems, formatProblem, normalizeFormValues, parseDate, yearsBetween } from './form-values.js';
import { creditCodeCheckChar, idCheckChar } from './identifiers.js';

const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];

describe('parseDate', () => {
  it('reads every common way of writing a real date as the same ISO date', () => {
    fc.assert(fc.property(day, fc.boolean(), (iso, pad) => {
      const [y, m, d] = parts(iso);
      const p = (n: number) => (pad ? String(n).padStart(2, '0') : String(n));
      for (const written of [iso, `${y}年${p(m)}月${p(d)}日`, `${y}/${p(m)}/${p(d)}`, `${y}.${p(m)}.${p(d)}`, ` ${y} 年 ${p(m)} 月 ${p(d)} 日 `, iso.replaceAll('-', '')]) {
        expect(parseDate(written)).toBe(iso);
      }
    }));
  });

  it('reads full-width digits', () => {
    expect(parseDate('２０２６年１１月２８日')).toBe('2026-11-28');
  });

  it('refuses days that do not exist and text that is not a date', () => {
    for (const bad of ['2026-02-29', '2026年2月30日', '2026/13/01', '2026.00.10', '28/11/2026', '明天', '', '2026-11', '1849-12-31']) expect(parseDate(bad)).toBeNull();
    expect(parseDate('2028-02-29')).toBe('2028-02-29');
  });

  it('is the identity on its own answers', () => {
    fc.assert(fc.property(day, (iso) => parseDate(parseDate(iso)!) === iso));
  });
});

describe('formats', () => {
  const body17 = fc.stringMatching(/^110101(19[5-9]\d)(0[1-9]|1[0-2])(0[1-9]|1\d|2[0-8])\d{3}$/);
  it('accepts an ID number with its check character and refuses any other last character', () => {
    fc.assert(fc.property(body17, fc.constantFrom(...'0123456789X'), (b, last) => {
      expect(formatProblem('id-number', b + last) === null).toBe(last === idCheckChar(b));
    }));
    expect(formatProblem('id-number', '110101199003070000')?.zh).toContain('校验位');
  });

  it('checks a credit code\'s check character, and either kind where an owner may be a person or an organisation', () => {
    const body = '91339900MA2B3C4D5';
    const right = body + creditCodeCheckChar(body);
    expect(formatProblem('credit-code', right)).toBeNull();
    expect(formatProblem('credit-code', body + (creditCodeCheckChar(body) === '0' ? '1' : '0'))?.zh).toContain('校验位');
    expect(formatProblem('id-number-or-credit-code', right)).toBeNull();
    const id = '11010119900307001';
    expect(formatProblem('id-number-or-credit-code', id + idCheckChar(id))).toBeNull();
    expect(formatProblem('id-number-or-credit-code', id + (idCheckChar(id) === '1' ? '2' : '1'))?.zh).toContain('公民身份号码');
  });

  it('knows mobile numbers, landlines and postal codes', () => {
    expect(formatProblem('mobile', '13800138000')).toBeNull();
    expect(formatProblem('mobile', '12800138000')).not.toBeNull();
    expect(formatProblem('phone', '0571-87654321')).toBeNull();
    expect(formatProblem('phone', '12345')).toBeNull();
    expect(formatProblem('phone', '87654321')).not.toBeNull();
    expect(formatProblem('postal-code', '310000')).toBeNull();
    expect(formatProblem('postal-code', '31000')).not.toBeNull();
    expect(formatProblem('postal-code', '910000')).not.toBeNull();
  });
});

describe('normalizeFormValues', () => {
  it('keeps dates as ISO and identifiers in capitals, leaving other fields alone', () => {
    const schema = { type: 'object', properties: { when: { type: 'string', format: 'date' }, id: { type: 'string', format: 'id-number' }, note: { type: 'string' },
      list: { type: 'array', items: { type: 'object', properties: { on: { type: 'string', format: 'date' } } } } } };
    expect(normalizeFormValues(schema, { when: '2026年11月28日', id: ' 11010119900307001x ', note: '2026年11月28日', list: [{ on: '2026.1.2' }], extra: 1 }))
      .toEqual({ when: '2026-11-28', id: '11010119900307001X', note: '2026年11月28日', list: [{ on: '2026-01-02' }], extra: 1 });
  });
});

describe('eligibility', () => {
  const elder = [{ text: { zh: '年满 80 周岁', en: 'Aged 80 or over' }, rule: { pointer: '/elder/birthDate', ageAtLeast: 80 } }];
  it('counts whole years on the day, the birthday included', () => {
    expect(eligibilityProblems(elder, { elder: { birthDate: '1946-12-05' } }, '2026-12-05')).toEqual([]);
    expect(eligibilityProblems(elder, { elder: { birthDate: '1946-12-06' } }, '2026-12-05')).toEqual([{ pointer: '/elder/birthDate', condition: elder[0]!.text }]);
    expect(yearsBetween('2000-02-29', '2026-02-28')).toBe(25);
    expect(yearsBetween('2000-02-29', '2026-03-01')).toBe(26);
  });

  it('reads the age from an ID number, and leaves an unanswered field to the form', () => {
    const rule = [{ text: { zh: '未满 3 周岁', en: 'Under three' }, rule: { pointer: '/child/id', ageBelow: 3 } }];
    const id = '11010120200101001';
    expect(eligibilityProblems(rule, { child: { id: id + idCheckChar(id) } }, '2026-12-05')).toHaveLength(1);
    expect(eligibilityProblems(rule, { child: {} }, '2026-12-05')).toEqual([]);
  });

  it('checks a choice against the values the condition allows', () => {
    const rule = [{ text: { zh: '本市户籍', en: 'Registered here' }, rule: { pointer: '/a/b', oneOf: ['local'] } }];
    expect(eligibilityProblems(rule, { a: { b: 'local' } }, '2026-12-05')).toEqual([]);
    expect(eligibilityProblems(rule, { a: { b: 'elsewhere' } }, '2026-12-05')).toHaveLength(1);
  });
});
