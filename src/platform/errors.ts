// One error model for the whole platform: a stable code clients match on, a message in Chinese and English,
// the HTTP status, and the field (a JSON pointer into the request) when one field is to blame.

export interface Bilingual {
  zh: string;
  en: string;
}

export interface FieldProblem {
  field: string; // JSON pointer, '/applicant/idNumber'; '' for the whole body
  code: string;
  message: Bilingual;
}

export interface AppErrorInit {
  code: string;
  status: number;
  message: Bilingual;
  field?: string;
  details?: FieldProblem[];
  headers?: Record<string, string>;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly bilingual: Bilingual;
  readonly field: string | undefined;
  readonly details: FieldProblem[];
  readonly headers: Record<string, string>;

  constructor(init: AppErrorInit) {
    super(`${init.code}: ${init.message.en}`, { cause: init.cause });
    this.name = 'AppError';
    this.code = init.code;
    this.status = init.status;
    this.bilingual = init.message;
    this.field = init.field;
    this.details = init.details ?? (init.field !== undefined ? [{ field: init.field, code: init.code, message: init.message }] : []);
    this.headers = init.headers ?? {};
  }

  toBody(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.bilingual,
        ...(this.field !== undefined ? { field: this.field } : {}),
        details: this.details,
      },
    };
  }
}

export interface ErrorBody {
  error: { code: string; message: Bilingual; field?: string; details: FieldProblem[] };
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

// Errors every module uses. Messages never reveal whether a record the caller may not see exists.
export const notFound = (what: Bilingual = { zh: '记录', en: 'record' }) =>
  new AppError({ code: 'platform.not_found', status: 404, message: { zh: `${what.zh}不存在`, en: `The ${what.en} was not found` } });

export const unauthenticated = () =>
  new AppError({ code: 'platform.unauthenticated', status: 401, message: { zh: '请先登录', en: 'Please sign in first' } });

export const forbidden = () =>
  new AppError({ code: 'platform.forbidden', status: 403, message: { zh: '您无权进行此操作', en: 'You are not allowed to do this' } });

export const invalidField = (field: string, code: string, message: Bilingual, status = 422) =>
  new AppError({ code, status, field, message });

export const conflict = (code: string, message: Bilingual, field?: string) =>
  new AppError({ code, status: 409, message, ...(field !== undefined ? { field } : {}) });

export const internalError = (cause?: unknown) =>
  new AppError({ code: 'platform.internal', status: 500, message: { zh: '系统内部错误，请稍后再试', en: 'Something went wrong on our side; please try again later' }, cause });

/**
 * Awaits a lookup in another module and, only when it answers "not found", returns the fallback (or throws the
 * field error the fallback throws). Any other failure, a database error included, stays what it was.
 */
export async function ifNotFound<T, U>(lookup: Promise<T>, fallback: () => U): Promise<T | U> {
  try {
    return await lookup;
  } catch (e) {
    if (isAppError(e) && e.status === 404) return fallback();
    throw e;
  }
}
