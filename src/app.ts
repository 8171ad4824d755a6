// Composes the platform kernel and the modules into one Tongban: database, keys, jobs, HTTP.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { Registry } from 'prom-client';
import { Type } from 'typebox';
import { system } from './platform/actor.js';
import { systemClock, type Clock } from './platform/clock.js';
import { registerAuditCheckpoints, scheduleAuditCheckpoint } from './platform/audit-checkpoint.js';
import type { Config } from './platform/config.js';
import { makeCtx, type Platform } from './platform/context.js';
import { createKeyring, newSecretKey, safeEqual } from './platform/crypto.js';
import { openDatabase, ping, type Database } from './platform/db.js';
import { AppError, unauthenticated } from './platform/errors.js';
import { installHome } from './platform/http/home.js';
import { buildHttp } from './platform/http/server.js';
import { installWeb } from './platform/http/web.js';
import type { RouteDeclaration } from './platform/http/access.js';
import { JobRegistry, JobRunner } from './platform/jobs.js';
import { createLogger, defaultLogFormat } from './platform/logger.js';
import { authenticateClient } from './modules/exchange/index.js';
import { authenticate } from './modules/identity/index.js';
import { modules } from './modules/index.js';

export interface Tongban {
  platform: Platform;
  http: FastifyInstance;
  runner: JobRunner;
  routes: RouteDeclaration[];
  /** Listens on config.host:config.port and starts the job runner. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

export interface TongbanOptions {
  config: Config;
  database?: Database; // opened by the caller (tests); otherwise from config
  clock?: Clock;
  logger?: Logger;
  secretKey?: string; // overrides config and the demo key file (tests)
  /** Serve the built front ends from web/dist when present (default); false keeps the plain landing page (unit tests). */
  web?: boolean;
}

/** The master key: configured, or in demo mode kept in the data folder so encrypted data survives restarts. */
export function resolveSecretKey(config: Config): string {
  if (config.secretKey) return config.secretKey;
  const file = path.join(config.dataDir, 'secret.key');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(config.dataDir, { recursive: true });
  const key = newSecretKey();
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ kind: 'postgres', url: config.databaseUrl })
    : openDatabase({ kind: 'pglite', dataDir: path.join(config.dataDir, 'pgdata') });
}

/** A job registry that knows every module's events: commands emit them too (seeding, keys), not only the server. */
function declaredJobRegistry(): JobRegistry {
  const jobs = new JobRegistry();
  for (const module of modules) jobs.declareEvents(module.events ?? {});
  return jobs;
}

/** Database (migrated), keys, clock, logger and job registry: what commands and the server share. */
export async function openPlatform(options: TongbanOptions): Promise<Platform> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel, process.stdout, config.logFormat ?? defaultLogFormat(config.mode, process.stdout.isTTY === true));
  const database = options.database ?? (await openConfiguredDatabase(config));
  await database.migrate();
  return {
    config, database, logger, clock: options.clock ?? systemClock,
    keyring: createKeyring(options.secretKey ?? resolveSecretKey(config)), jobs: declaredJobRegistry(),
  };
}

const HealthSchema = Type.Object({ status: Type.Literal('ok') });
const ReadinessSchema = Type.Object({ status: Type.Enum(['ready', 'unavailable']), database: Type.Enum(['pglite', 'postgres']) });

const metricsTokenRequired = () => new AppError({ code: 'platform.metrics_token_required', status: 401,
  message: { zh: '生产模式下指标接口需要令牌：请设置 METRICS_TOKEN 并以 Bearer 令牌访问', en: 'In production, /metrics needs a token: set METRICS_TOKEN and send it as a Bearer token' } });

export async function createTongban(options: TongbanOptions): Promise<Tongban> {
  const platform = await openPlatform(options);
  const { config, database, logger } = platform;
  const routes: RouteDeclaration[] = [];
  const metrics = new Registry();
  // A machine client's bearer JWT (exchange), otherwise a session (identity).
  const http = await buildHttp(platform, { authenticate: async (req, ctx) => (await authenticateClient(req, ctx)) ?? authenticate(req, ctx), routes, metrics });

  http.get('/healthz', { config: { access: 'public' }, schema: { hide: true, response: { 200: HealthSchema } } }, async () => ({ status: 'ok' }));
  http.get('/readyz', { config: { access: 'public' }, schema: { hide: true, response: { 200: ReadinessSchema, 503: ReadinessSchema } } }, async (_req, reply) => {
    try {
      await ping(database.db);
      return { status: 'ready', database: database.kind };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: database.kind });
    }
  });
  http.get('/metrics', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) => {
    // Meant for the internal network; METRICS_TOKEN closes it to everyone else. In production it is closed until a
    // token is set: request counts and timings by route tell an outsider what is used and when.
    const token = config.metricsToken;
    if (!token && config.mode === 'production') throw metricsTokenRequired();
    if (token && !safeEqual(req.headers.authorization ?? '', `Bearer ${token}`)) throw unauthenticated();
    return reply.type(metrics.contentType).send(await metrics.metrics());
  });
  if (options.web === false || !(await installWeb(http))) installHome(http); // the built front ends, or a plain page until they are built
  registerAuditCheckpoints(platform);
  for (const module of modules) {
    module.register?.(platform);
    await http.register(module.routes, { platform });
  }
  await http.ready();

  const runner = new JobRunner(platform, logger);
  let closed = false;
  return {
    platform, http, runner, routes,
    async listen() {
      const address = await http.listen({ host: config.host, port: config.port });
      // Each checkpoint sets the next one; this starts the series (or finds it set already: one timer per slot).
      await scheduleAuditCheckpoint(makeCtx(platform, system, 'start'));
      runner.start(config.jobPollMs);
      return address;
    },
    async close() {
      if (closed) return;
      closed = true;
      await runner.stop();
      await http.close();
      await database.close();
    },
  };
}
