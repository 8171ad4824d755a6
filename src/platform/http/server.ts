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
