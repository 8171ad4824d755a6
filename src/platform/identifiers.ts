// National identifier standards: 公民身份号码 (GB 11643), 统一社会信用代码 (GB 32100), 行政区划代码 (GB/T 2260).
// Pure functions; property-tested in identifiers.test.ts.
import { invalidField } from './errors.js';

// GB/T 2260 province-level codes (the first two digits of every region code).
export const PROVINCE_PREFIXES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45',
  '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82',
]);

// ---------- 公民身份号码 GB 11643-1999 ----------
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432'; // index: (sum of weighted digits) mod 11

/** The check character for the first 17 digits. */
export function idCheckChar(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

function isRealDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export type IdNumberProblem = 'format' | 'region' | 'birth_date' | 'check_char';

/** Why an ID number is wrong, or null when it is valid. A lowercase x is accepted as X. */
export function idNumberProblem(raw: string): IdNumberProblem | null {
  const id = raw.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  if (!PROVINCE_PREFIXES.has(id.slice(0, 2))) return 'region';
  const birth = id.slice(6, 14);
  if (!isRealDate(birth) || Number(birth.slice(0, 4)) < 1850 || Number(birth.slice(0, 4)) > 2099) return 'birth_date';
  if (idCheckChar(id.slice(0, 17)) !== id[17]) return 'check_char';
  return null;
}

export const isValidIdNumber = (raw: string) => idNumberProblem(raw) === null;

export const normalizeIdNumber = (raw: string) => raw.trim().toUpperCase();

/** Birth date (YYYY-MM-DD) and sex encoded in a valid ID number. */
export function idNumberFacts(id: string): { birthDate: string; sex: 'male' | 'female'; regionCode: string } {
  return {
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    sex: Number(id[16]) % 2 === 1 ? 'male' : 'female',
    regionCode: id.slice(0, 6),
  };
}

/** 110101********1234: enough to recognise, not enough to use. */
export const maskIdNumber = (id: string) => `${id.slice(0, 6)}${'*'.repeat(Math.max(0, id.length - 10))}${id.slice(-4)}`;

// ---------- 统一社会信用代码 GB 32100-2015 ----------
// The code alphabet leaves out I, O, Z, S and V so they are not misread.
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(body17[i]!) * USCC_WEIGHTS[i]!;
  return USCC_CHARS[(31 - (sum % 31)) % 31]!;
}

export type CreditCodeProblem = 'format' | 'region' | 'check_char';

export function creditCodeProblem(raw: string): CreditCodeProblem | null {
  const code = raw.toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return 'format';
  if (!PROVINCE_PREFIXES.has(code.slice(2, 4))) return 'region';
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return 'check_char';
  return null;
}

export const isValidCreditCode = (raw: string) => creditCodeProblem(raw) === null;

/** Normalises a credit code, or throws a field error with `errorCode` saying what is wrong with it. */
export function checkCreditCode(raw: string, field: string, errorCode: string): string {
  const code = raw.trim().toUpperCase();
  const problem = creditCodeProblem(code);
  if (problem) {
    throw invalidField(field, errorCode, problem === 'check_char'
      ? { zh: '统一社会信用代码校验位不正确', en: 'The unified social credit code check character is wrong' }
      : { zh: '统一社会信用代码格式不正确（18 位，GB 32100）', en: 'The unified social credit code is malformed (18 characters, GB 32100)' });
  }
  return code;
}

// GB 11714 organisation code check character, for building realistic credit codes (positions 9–17).
export function orgCodeCheckChar(body8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += USCC_CHARS.indexOf(body8[i]!) * weights[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

// ---------- 行政区划代码 GB/T 2260 (and the 9-digit town codes that extend it) ----------
export type RegionLevel = 'province' | 'city' | 'county' | 'town';

/** The level a code's shape implies, or null when it is not a region code. */
export function regionLevelOf(code: string): RegionLevel | null {
  if (/^\d{9}$/.test(code)) return code.endsWith('000') || !levelOk(code.slice(0, 6), 'county') ? null : 'town';
  if (!/^\d{6}$/.test(code) || !PROVINCE_PREFIXES.has(code.slice(0, 2))) return null;
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return code.slice(2, 4) === '00' ? null : 'county'; // a county always sits in a city (or a 90 "directly administered" group)
}

function levelOk(code: string, level: RegionLevel): boolean {
  return regionLevelOf(code) === level;
}

/** The code of the region directly above, by the code's shape; null for a province. */
export function parentRegionCode(code: string): string | null {
  switch (regionLevelOf(code)) {
    case 'town': return code.slice(0, 6);
    case 'county': return `${code.slice(0, 4)}00`;
    case 'city': return `${code.slice(0, 2)}0000`;
    default: return null;
  }
}

/** The prefix every code inside this region starts with: 330000 → 33, 339900 → 3399. */
export function regionPrefix(code: string): string {
  switch (regionLevelOf(code)) {
    case 'province': return code.slice(0, 2);
    case 'city': return code.slice(0, 4);
    default: return code;
  }
}

/** Whether `inner` lies within (or is) `outer`. */
export const isWithinRegion = (inner: string, outer: string) => inner.startsWith(regionPrefix(outer));
