// The exchange module's refusals: each names the field to blame, in Chinese and English.
import type { Ctx } from '../../platform/context.js';
import { AppError, ifNotFound, invalidField, notFound, type Bilingual } from '../../platform/errors.js';
import { getDepartment } from '../directory/index.js';

/** 403 with the reason: a query the law does not authorise (法无授权不可为). */
export const refused = (code: string, field: string, message: Bilingual) => new AppError({ code, status: 403, field, message });

export const sourceNotFound = () => notFound({ zh: '数据源', en: 'data source' });
export const grantNotFound = () => notFound({ zh: '共享授权', en: 'exchange grant' });
export const clientNotFound = () => notFound({ zh: '接入系统', en: 'machine client' });
export const queryNotFound = () => notFound({ zh: '查询记录', en: 'exchange query' });

export const unknownSource = (field: string, code: string) => invalidField(field, 'exchange.source_unknown',
  { zh: `数据源“${code}”不存在或已停用`, en: `There is no active data source "${code}"` });

export const invalidClient = () => new AppError({ code: 'exchange.invalid_client', status: 401, field: '/client_secret',
  message: { zh: '接入系统的编号或密钥不正确，或已被注销', en: 'The client id or secret is wrong, or the client was revoked' } });

export const clientTokenInvalid = () => new AppError({ code: 'exchange.client_token_invalid', status: 401,
  message: { zh: '接入令牌无效或已过期，请重新申请令牌', en: 'The client token is invalid or expired; request a new token' } });

/** The department a request names, or a 422 on its field; a database failure stays a failure. */
export function requireDepartment(ctx: Ctx, departmentId: string, field: string): Promise<unknown> {
  return ifNotFound(getDepartment(ctx, departmentId), () => {
    throw invalidField(field, 'exchange.department_unknown', { zh: '部门不存在', en: 'No such department' });
  });
}
