// Turns anything thrown while handling a request into the one error body. Client mistakes become 4xx with the
// field named in Chinese and English; anything unexpected is a 500 whose details stay in the log.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, internalError, isAppError, type Bilingual, type FieldProblem } from '../errors.js';

interface AjvIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

const TYPE_ZH: Record<string, string> = { string: '文本', number: '数字', integer: '整数', boolean: '布尔值', object: '对象', array: '数组', null: '空值' };

function describe(issue: AjvIssue): Bilingual {
  const p = issue.params;
  switch (issue.keyword) {
    case 'required': return { zh: '缺少必填项', en: 'This field is required' };
    case 'additionalProperties': return { zh: '不允许的字段', en: 'This field is not allowed here' };
    case 'type': return { zh: `类型错误，应为${TYPE_ZH[String(p.type)] ?? String(p.type)}`, en: `Must be of type ${String(p.type)}` };
    case 'format': return { zh: `格式不正确（应为 ${String(p.format)}）`, en: `Must be a valid ${String(p.format)}` };
    case 'minLength': return { zh: `至少 ${String(p.limit)} 个字符`, en: `Must be at least ${String(p.limit)} characters` };
    case 'maxLength': return { zh: `最多 ${String(p.limit)} 个字符`, en: `Must be at most ${String(p.limit)} characters` };
    case 'minimum': return { zh: `不能小于 ${String(p.limit)}`, en: `Must be at least ${String(p.limit)}` };
    case 'maximum': return { zh: `不能大于 ${String(p.limit)}`, en: `Must be at most ${String(p.limit)}` };
    case 'minItems': return { zh: `至少 ${String(p.limit)} 项`, en: `Must have at least ${String(p.limit)} items` };
    case 'maxItems': return { zh: `最多 ${String(p.limit)} 项`, en: `Must have at most ${String(p.limit)} items` };
    case 'uniqueItems': return { zh: '不能有重复项', en: 'Must not contain duplicates' };
    case 'pattern': return { zh: '格式不正确', en: 'Has the wrong format' };
    case 'enum': case 'const': case 'anyOf': case 'oneOf':
      return { zh: '取值不在允许的范围内', en: 'Is not one of the allowed values' };
    default: return { zh: '取值无效', en: issue.message ? `Is invalid: ${issue.message}` : 'Is invalid' };
  }
}

function pointer(issue: AjvIssue, context: string | undefined): string {
  const extra = issue.keyword === 'required' ? issue.params.missingProperty
    : issue.keyword === 'additionalProperties' ? issue.params.additionalProperty : undefined;
  const path = `${issue.instancePath}${extra !== undefined ? `/${String(extra)}` : ''}`;
  return context && context !== 'body' ? `${context}:${path || '/'}` : path;
}

export function validationError(issues: AjvIssue[], context: string | undefined): AppError {
  // anyOf reports every branch and then itself; the summary is clearer with one line per field.
  const seen = new Set<string>();
  const details: FieldProblem[] = [];
  for (const issue of issues) {
    const field = pointer(issue, context);
    if (seen.has(field)) continue;
    seen.add(field);
    details.push({ field, code: `platform.invalid_${issue.keyword.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`, message: describe(issue) });
  }
  const first = details[0];
  return new AppError({
    code: 'platform.invalid_request', status: 400, details,
    ...(first ? { field: first.field } : {}),
    message: first
      ? { zh: `请求内容有误：${first.field || '请求体'} ${first.message.zh}`, en: `The request is invalid: ${first.field || 'body'}: ${first.message.en}` }
      : { zh: '请求内容有误', en: 'The request is invalid' },
  });
}

const BY_FASTIFY_CODE: Record<string, () => AppError> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () => malformedJson(),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => new AppError({ code: 'platform.empty_body', status: 400,
    message: { zh: '请求体为空，但声明为 JSON', en: 'The body is empty but declared as JSON' } }),
  FST_ERR_CTP_BODY_TOO_LARGE: () => new AppError({ code: 'platform.body_too_large', status: 413,
    message: { zh: '请求体过大', en: 'The request body is too large' } }),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => new AppError({ code: 'platform.unsupported_media_type', status: 415,
    message: { zh: '不支持的内容类型，请使用 application/json', en: 'Unsupported content type; send application/json' } }),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => new AppError({ code: 'platform.invalid_content_length', status: 400,
    message: { zh: 'Content-Length 与请求体不符', en: 'Content-Length does not match the body' } }),
};

const malformedJson = () => new AppError({ code: 'platform.malformed_json', status: 400,
  message: { zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON' } });

export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const fe = error as FastifyError & { validation?: AjvIssue[]; validationContext?: string };
  if (fe && Array.isArray(fe.validation)) return validationError(fe.validation, fe.validationContext);
  const known = fe?.code ? BY_FASTIFY_CODE[fe.code] : undefined;
  if (known) return known();
  if (error instanceof SyntaxError && fe.statusCode === 400) return malformedJson();
  if (fe?.statusCode === 429) {
    return new AppError({ code: 'platform.rate_limited', status: 429,
      message: { zh: '请求过于频繁，请稍后再试', en: 'Too many requests; please wait and try again' } });
  }
  if (fe?.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new AppError({ code: 'platform.bad_request', status: fe.statusCode, message: { zh: '请求无效', en: fe.message || 'Bad request' } });
  }
  return internalError(error);
}

export function sendError(error: unknown, req: FastifyRequest, reply: FastifyReply) {
  const appError = toAppError(error);
  if (appError.status >= 500) req.log.error({ err: error }, 'request failed');
  else req.log.info({ code: appError.code, status: appError.status }, 'request refused');
  for (const [k, v] of Object.entries(appError.headers)) void reply.header(k, v);
  return reply.code(appError.status).send(appError.toBody());
}
