// What a value typed into a service form means, shared by the server (which decides) and the web forms (which
// tell the person before they send): dates as people write them, the national identifiers with their check
// characters, phone and postal codes, and the catalog's eligibility conditions (申请条件). Pure: no Node, no DOM,
// so web/ imports this file as it is.
import { creditCodeProblem, idNumberFacts, idNumberProblem } from './identifiers.js';

export interface Bilingual { zh: string; en: string }

// ---------- dates ----------

const FULLWIDTH_DIGITS = /[０-９]/g;

/**
 * The ISO date (YYYY-MM-DD) a person meant, or null. Accepts 2026-11-28, 2026/11/28, 2026.11.28, 2026年11月28日
 * (single-digit months and days too, full-width digits, spaces around the parts) and 20261128; refuses dates that
 * do not exist (2026-02-30) and years outside 1850–2199.
 */
export function parseDate(raw: string): string | null {
  const s = raw.trim().replace(FULLWIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const m = /^(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?|(\d{2})(\d{2}))$/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2] ?? m[4] ?? m[6]);
  const d = Number(m[3] ?? m[5] ?? m[7]);
  if (y < 1850 || y > 2199) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${String(y)}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The calendar date in China (UTC+8, no daylight saving) at an instant: what "today" means on a form. */
export const chinaDate = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** Whole years from an ISO date to another (age on `on`; a 29 February birthday counts on 1 March in common years). */
export function yearsBetween(from: string, on: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = on.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

// ---------- identifiers and numbers in forms (JSON Schema `format`) ----------

/** The formats a catalog form may name, beyond JSON Schema's own; each checked the same way on both sides. */
export const FORM_FORMATS = ['id-number', 'credit-code', 'id-number-or-credit-code', 'mobile', 'phone', 'postal-code'] as const;
export type FormFormat = (typeof FORM_FORMATS)[number];

const MOBILE = /^1[3-9]\d{9}$/;
// A fixed line with its area code (0571-87654321, 010 12345678) or a mobile number; 12345 and 95xxx service numbers.
const PHONE = /^(?:1[3-9]\d{9}|0\d{2,3}[- ]?\d{7,8}(?:-\d{1,6})?|12345|95\d{3,6}|400[- ]?\d{3}[- ]?\d{4})$/;
// 邮政编码: six digits; the first two name the province's postal zone (01–86), 9 is unused.
const POSTAL = /^(?:0[1-9]|[1-7]\d|8[0-6])\d{4}$/;

/** What is wrong with `value` for a format, in both languages, or null when it is right (or the format is not ours). */
export function formatProblem(format: string, value: string): Bilingual | null {
  switch (format) {
    case 'id-number': {
      const p = idNumberProblem(value);
      if (!p) return null;
      return p === 'check_char' ? { zh: '公民身份号码校验位不正确，请核对', en: 'The ID number\'s check character is wrong; please check the number' }
        : p === 'birth_date' ? { zh: '公民身份号码中的出生日期不存在', en: 'The date of birth inside the ID number does not exist' }
          : p === 'region' ? { zh: '公民身份号码的地区码不正确', en: 'The ID number\'s region code is wrong' }
            : { zh: '公民身份号码应为 18 位（末位可为 X）', en: 'An ID number has 18 characters (the last may be X)' };
    }
    case 'credit-code': {
      const p = creditCodeProblem(value);
      if (!p) return null;
      return p === 'check_char' ? { zh: '统一社会信用代码校验位不正确，请核对', en: 'The unified social credit code\'s check character is wrong; please check the code' }
        : { zh: '统一社会信用代码应为 18 位（GB 32100）', en: 'A unified social credit code has 18 characters (GB 32100)' };
    }
    case 'id-number-or-credit-code': // a person's ID number or an organisation's code, where either may own a thing
      if (/^\d{17}[\dXx]$/.test(value.trim())) return formatProblem('id-number', value);
      if (value.trim().length === 18) return formatProblem('credit-code', value);
      return creditCodeProblem(value) === null ? null : { zh: '请填写 18 位公民身份号码或统一社会信用代码', en: 'Enter an 18-character ID number or unified social credit code' };
    case 'mobile':
      return MOBILE.test(value) ? null : { zh: '请填写 11 位手机号码', en: 'Enter an 11-digit mobile number' };
    case 'phone':
      return PHONE.test(value) ? null : { zh: '请填写手机号码，或带区号的固定电话（如 0571-87654321）', en: 'Enter a mobile number, or a landline with its area code (0571-87654321)' };
    case 'postal-code':
      return POSTAL.test(value) ? null : { zh: '邮政编码为 6 位数字', en: 'A postal code has 6 digits' };
    case 'date':
      return parseDate(value) === value ? null : { zh: '请填写有效日期，如 2026-11-28 或 2026年11月28日', en: 'Enter a real date, such as 2026-11-28' };
    default:
      return null;
  }
}

type Schema = Record<string, unknown>;

/**
 * A form's answers as the server keeps them: dates in ISO form whichever way they were written, identifiers
 * trimmed and in capitals (a lowercase x in an ID number is an X). Everything else is left as it is; a value that
 * cannot be read stays, for validation to name.
 */
export function normalizeFormValues(schema: Schema, value: unknown, depth = 0): unknown {
  if (depth > 32 || value === null || value === undefined) return value;
  if (typeof value === 'string') {
    if (schema.format === 'date') return parseDate(value) ?? value;
    if (schema.format === 'id-number' || schema.format === 'credit-code' || schema.format === 'id-number-or-credit-code') return value.trim().toUpperCase();
    if (schema.format === 'mobile' || schema.format === 'phone' || schema.format === 'postal-code') return value.trim();
    return value;
  }
  if (Array.isArray(value)) {
    const items = schema.items;
    return items && typeof items === 'object' && !Array.isArray(items) ? value.map((v) => normalizeFormValues(items as Schema, v, depth + 1)) : value;
  }
  if (typeof value === 'object') {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, props[k] ? normalizeFormValues(props[k], v, depth + 1) : v]));
  }
  return value;
}

// ---------- eligibility conditions (申请条件) ----------

/**
 * A condition the catalog states for an item. `text` is what the guide shows. A `rule`, when there is one, is
 * checked at filing against the answers (and shown on the form before sending): the age (whole years on the day of
 * filing, in China) from a date or an ID-number field, or the value of a choice. Conditions without a rule are
 * for the reviewer (本市户籍, 家庭收入 …): the guide still lists them.
 */
export interface EligibilityCondition {
  text: Bilingual;
  rule?: { pointer: string; ageAtLeast?: number; ageBelow?: number; oneOf?: (string | number | boolean)[] };
}

function valueAt(data: unknown, pointer: string): unknown {
  let cur = data;
  for (const part of pointer.split('/').slice(1)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return cur;
}

/** The birth date a value carries: an ISO or written date, or the one inside a valid ID number. */
function birthDateOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (idNumberProblem(value.trim().toUpperCase()) === null) return idNumberFacts(value.trim().toUpperCase()).birthDate;
  return parseDate(value);
}

export interface EligibilityProblem { pointer: string; condition: Bilingual }

/**
 * The conditions the answers do not meet, on the day `today` (ISO). A condition whose field is not answered is
 * not judged here: whether the field is required is the form's business.
 */
export function eligibilityProblems(conditions: EligibilityCondition[] | undefined, data: unknown, today: string): EligibilityProblem[] {
  const out: EligibilityProblem[] = [];
  for (const c of conditions ?? []) {
    const rule = c.rule;
    if (!rule) continue;
    const value = valueAt(data, rule.pointer);
    if (value === undefined || value === null || value === '') continue;
    let met = true;
    if (rule.ageAtLeast !== undefined || rule.ageBelow !== undefined) {
      const born = birthDateOf(value);
      if (!born) continue; // an unreadable date is the form's error, named there
      const age = yearsBetween(born, today);
      if (rule.ageAtLeast !== undefined && age < rule.ageAtLeast) met = false;
      if (rule.ageBelow !== undefined && age >= rule.ageBelow) met = false;
    }
    if (rule.oneOf && !rule.oneOf.includes(value as string | number | boolean)) met = false;
    if (!met) out.push({ pointer: rule.pointer, condition: c.text });
  }
  return out;
}
