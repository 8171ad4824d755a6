// Identity errors: stable codes, Chinese and English, and the field to blame.
import { AppError, invalidField, notFound } from '../../platform/errors.js';
import { idNumberProblem, type IdNumberProblem } from '../../platform/identifiers.js';

const ID_PROBLEMS: Record<IdNumberProblem, { zh: string; en: string }> = {
  format: { zh: '公民身份号码应为 18 位（最后一位可为 X）', en: 'An ID number has 18 characters (the last may be X)' },
  region: { zh: '公民身份号码的地区码不存在', en: 'The ID number starts with an unknown region code' },
  birth_date: { zh: '公民身份号码中的出生日期无效', en: 'The birth date inside the ID number is not a real date' },
  check_char: { zh: '公民身份号码校验位不正确', en: 'The ID number check character is wrong' },
};

/** Throws a field error when the ID number fails GB 11643; returns it normalised otherwise. */
export function checkIdNumber(raw: string, field: string): string {
  const id = raw.trim().toUpperCase();
  const problem = idNumberProblem(id);
  if (problem) throw invalidField(field, 'identity.id_number_invalid', ID_PROBLEMS[problem]);
  return id;
}

export const personNotFound = () => notFound({ zh: '人员', en: 'person' });
export const enterpriseNotFound = () => notFound({ zh: '企业', en: 'enterprise' });
export const accountNotFound = () => notFound({ zh: '账号', en: 'account' });
export const delegationNotFound = () => notFound({ zh: '授权', en: 'authorisation' });

export const invalidCredentials = () => new AppError({ code: 'identity.invalid_credentials', status: 401,
  message: { zh: '账号或密码不正确', en: 'The account or password is wrong' } });

export const accountLocked = (until: Date, now: Date) => new AppError({ code: 'identity.account_locked', status: 423,
  headers: { 'retry-after': String(Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000))) },
  // The same for known and unknown accounts. From a place the account signed in from before, the owner is not locked.
  message: { zh: '登录失败次数过多，请稍后再试', en: 'Too many failed sign-ins: try again later' } });

export const sessionExpired = () => new AppError({ code: 'identity.session_expired', status: 401,
  message: { zh: '登录已过期，请重新登录', en: 'Your session has expired; please sign in again' } });

export const purposeRequired = () => invalidField('query:/purpose', 'identity.purpose_required',
  { zh: '查阅他人个人信息须说明用途（如办件编号或法律依据）', en: 'Reading another person\'s data needs a purpose (a case number or a legal basis)' }, 400);

export const notAuthorizedToAct = () => new AppError({ code: 'identity.not_authorized_to_act', status: 403, field: 'header:/x-acting-for',
  message: { zh: '您没有以该身份办事的有效授权（或授权已过期、已撤销）', en: 'You hold no live authorisation to act for them (or it has expired or been revoked)' } });

export const weakPassword = (field: string) => invalidField(field, 'identity.password_weak',
  { zh: '密码至少 10 位，且须同时包含字母和数字', en: 'A password needs at least 10 characters, with both letters and digits' });

export function checkPassword(password: string, field: string): void {
  if (password.length < 10 || !/[A-Za-z]/.test(password) || !/\d/.test(password)) throw weakPassword(field);
}
