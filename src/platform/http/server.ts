// The HTTP plumbing every module's routes run in: validation (two Ajv instances: query strings are coerced,
// JSON bodies never are), authentication and access checks before anything else, CSRF on cookie-authenticated
// writes, one error body, request ids, metrics, security headers, rate limits and the OpenAPI 3.1 document.
import crypto from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { anonymous, type Actor } from '../actor.js';
import { makeCtx, type Ctx, type Platform } from '../context.js';
import { AppError } from '../errors.js';
import { csrfRejected, enforceAccess, installAccessControl, type RouteDeclaration } from './access.js';
import { sendError } from './errors.js';
import { postgresRateLimitStore } from './rate-limit-store.js';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: Ctx;
  }
}

export interface Authentication {
  actor: Actor;
  viaCookie: boolean; // ambient credentials: writes need a CSRF token
  csrfValid: boolean;
  problem?: AppError; // a presented credential that is no good (expired session): said instead of "sign in"
}

/** Supplied by the identity module: who is calling. Throws an AppError for a bad session or acting-for header. */
export type Authenticator = (req: FastifyRequest, ctx: Ctx) => Promise<Authentication>;

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function makeAjv(coerce: boolean) {
  const ajv = new Ajv({ allErrors: true, coerceTypes: coerce ? 'array' : false, removeAdditional: false, useDefaults: true, strict: false });
  addFormats.default(ajv);
  return ajv;
}

/** Deep enough for any form we publish (sections, groups, repeated rows), far below what breaks a stack. */
export const MAX_BODY_DEPTH = 64;

/** How deeply objects and arrays nest, counted without recursion; stops counting once past `limit`. */
export function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

const bodyTooDeep = () => new AppError({ code: 'platform.body_too_deep', status: 400, field: '',
  message: { zh: `请求内容嵌套层级过深（最多 ${MAX_BODY_DEPTH} 层）`, en: `The request body is nested too deeply (at most ${MAX_BODY_DEPTH} levels)` } });

export interface HttpOptions {
  authenticate: Authenticator;
  routes: RouteDeclaration[];
  metrics: Registry;
}

export async function buildHttp(platform: Platform, options: HttpOptions): Promise<FastifyInstance> {
  const { config } = platform;
  const app = Fastify({
    loggerInstance: platform.logger,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.:-]{1,64}$/.test(given) ? given : crypto.randomUUID();
    },
    requestIdHeader: false,
    routerOptions: { ignoreTrailingSlash: true },
  }) as unknown as FastifyInstance; // modules add the TypeBox provider in their own plugins

  const bodyAjv = makeAjv(false);
  const paramAjv = makeAjv(true);
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? bodyAjv : paramAjv).compile(schema));
  app.setErrorHandler((error, req, reply) => sendError(error, req, reply));
  app.setNotFoundHandler((req, reply) => sendError(new AppError({ code: 'platform.route_not_found', status: 404,
    message: { zh: '没有这个接口', en: 'No such endpoint' } }), req, reply));

  installAccessControl(app, options.routes);

  const httpDuration = new Histogram({ name: 'tongban_http_request_duration_seconds', help: 'HTTP request duration',
    labelNames: ['method', 'route', 'status'], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5], registers: [options.metrics] });
  const refused = new Counter({ name: 'tongban_http_refused_total', help: 'Requests refused by access control',
    labelNames: ['reason'], registers: [options.metrics] });
  collectDefaultMetrics({ register: options.metrics, prefix: 'tongban_' });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'], styleSrc: ["'self'", "'unsafe-inline'"], scriptSrc: ["'self'"] } },
  });
  // Shared by all nodes on PostgreSQL; the embedded database runs in one process, so memory is enough there.
  await app.register(rateLimit, { global: false, ...(platform.database.kind === 'postgres' ? { store: postgresRateLimitStore(platform.database.db) } : {}) });

  app.addHook('onRequest', async (req, reply) => {
    void reply.header('x-request-id', req.id);
    req.ctx = makeCtx(platform, anonymous, req.id);
    const auth = await options.authenticate(req, req.ctx);
    req.ctx = { ...req.ctx, actor: auth.actor };
    try {
      enforceAccess(req, auth.actor);
    } catch (err) {
      const refusal = auth.problem && (err as AppError).status === 401 ? auth.problem : (err as AppError);
      refused.inc({ reason: refusal.code });
      throw refusal;
    }
    if (auth.viaCookie && UNSAFE.has(req.method) && !auth.csrfValid) {
      refused.inc({ reason: 'csrf' });
      throw csrfRejected();
    }
  });
  // Before any schema or service walks the body: a body nested thousands of levels deep would otherwise reach
  // recursive code (validation, encryption of form fields) and exhaust the stack.
  app.addHook('preValidation', async (req) => {
    if (req.body !== null && typeof req.body === 'object' && nestingDepth(req.body, MAX_BODY_DEPTH) > MAX_BODY_DEPTH) throw bodyTooDeep();
  });
  app.addHook('onResponse', async (req, reply) => {
    httpDuration.observe({ method: req.method, route: req.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Tongban 通办 API', version: '0.1.0',
        description: '一网通办 one-stop government services. Errors: { error: { code, message: { zh, en }, field, details } }.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'tongban_session', description: 'Browser session; writes also need the X-CSRF-Token header' },
          bearer: { type: 'http', scheme: 'bearer', description: 'The session token from sign-in, for programs' },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  return app;
}
