// Configuration comes from the environment only. Each variable is declared once here, with what it expects;
// the README's table is generated from the same list (`tongban config`), and a wrong value stops start-up
// with a message that names the variable.
import path from 'node:path';

export type Mode = 'demo' | 'production';
export type LogFormat = 'json' | 'short';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  mode: Mode;
  host: string;
  port: number;
  publicUrl: string; // where citizens and verifiers reach us: issuer identifiers and share links are built on it
  dataDir: string;
  databaseUrl: string | undefined; // unset: embedded PGlite under dataDir
  secretKey: string | undefined; // base64, 32 bytes; demo mode creates one under dataDir when unset
  logLevel: LogLevel;
  logFormat: LogFormat | undefined; // unset: short lines in demo mode on a terminal, JSON otherwise
  cookieSecure: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  signInMaxFailures: number;
  signInLockoutMinutes: number;
  signInRateLimitPerMinute: number;
  bodyLimitBytes: number;
  fileMaxBytes: number;
  trustProxy: boolean;
  metricsToken: string | undefined;
  jobPollMs: number;
  auditCheckpointMinutes: number;
  smtpUrl: string | undefined; // unset: no e-mail notifications
  smtpFrom: string;
  smsWebhookUrl: string | undefined; // unset: no SMS notifications
  demoClockStart: Date | undefined; // demo mode only: the server's clock starts at this instant and runs on
}

export class ConfigError extends Error {
  constructor(readonly variable: string, readonly expected: string, got: string, secret = false) {
    const shown = secret ? '(value hidden)' : `"${got}"`; // keys and passwords in URLs never reach a terminal or log
    super(`Invalid configuration: ${variable} ${expected} (got ${shown})\n配置错误：${variable} 的值无效（${secret ? '值已隐藏' : got}）`);
    this.name = 'ConfigError';
  }
}

interface Variable<K extends keyof Config> {
  name: string;
  key: K;
  expected: string; // "must be …", shown on error and in the README
  description: string;
  fallback: string | undefined; // raw default, before parsing; undefined: unset
  secret?: boolean; // never echoed back in an error
  parse: (raw: string, env: Env) => Config[K] | undefined; // undefined: invalid
}

type Env = Record<string, string | undefined>;

const integer = (min: number, max: number) => (raw: string) => {
  if (!/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
};
const boolean = (raw: string) => (raw === 'true' || raw === '1' ? true : raw === 'false' || raw === '0' ? false : undefined);
const oneOf = <T extends string>(...values: T[]) => (raw: string) => (values.includes(raw as T) ? (raw as T) : undefined);
const text = (raw: string) => (raw.length > 0 ? raw : undefined);

const v = <K extends keyof Config>(x: Variable<K>) => x;

export const variables = [
  v({ name: 'TONGBAN_MODE', key: 'mode', expected: 'must be "demo" or "production"', fallback: 'demo', parse: oneOf('demo', 'production'),
    description: 'demo seeds the demo city and accounts on first start; production refuses demo data and requires TONGBAN_SECRET_KEY' }),
  v({ name: 'HOST', key: 'host', expected: 'must be a host name or IP address', fallback: '127.0.0.1', parse: text,
    description: 'address to listen on; 0.0.0.0 to accept connections from other machines' }),
  v({ name: 'PORT', key: 'port', expected: 'must be an integer from 0 to 65535', fallback: '3000', parse: integer(0, 65535),
    description: 'HTTP port' }),
  v({ name: 'PUBLIC_URL', key: 'publicUrl', expected: 'must be an http:// or https:// URL without a trailing slash', fallback: undefined,
    parse: (raw) => (/^https?:\/\/[^/?#]+(\/[^?#]*[^/?#])?$/.test(raw) && URL.canParse(raw) ? raw : undefined),
    description: 'the public address of this Tongban: certificate issuers (iss), status lists and share links are built on it, so keep it stable; unset: http://localhost:PORT' }),
  v({ name: 'TONGBAN_DATA_DIR', key: 'dataDir', expected: 'must be a directory path', fallback: './data', parse: (raw) => (raw ? path.resolve(raw) : undefined),
    description: 'where the embedded database, uploaded files and the demo secret key live' }),
  v({ name: 'DATABASE_URL', key: 'databaseUrl', expected: 'must be a postgres:// or postgresql:// URL', fallback: undefined, secret: true,
    parse: (raw) => (/^postgres(ql)?:\/\/.+/.test(raw) && URL.canParse(raw) ? raw : undefined),
    description: 'a PostgreSQL server to use instead of the embedded database' }),
  v({ name: 'TONGBAN_SECRET_KEY', key: 'secretKey', expected: 'must be 32 random bytes in base64 (openssl rand -base64 32)', fallback: undefined, secret: true,
    parse: (raw) => (/^[A-Za-z0-9+/]{43}=$/.test(raw) ? raw : undefined),
    description: 'master key for personal-data encryption, blind indexes, sessions and CSRF tokens' }),
  v({ name: 'LOG_LEVEL', key: 'logLevel', expected: 'must be one of fatal, error, warn, info, debug, trace, silent', fallback: 'info',
    parse: oneOf<LogLevel>('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'), description: 'log level of the logs on stdout' }),
  v({ name: 'LOG_FORMAT', key: 'logFormat', expected: 'must be "json" or "short"', fallback: undefined, parse: oneOf<LogFormat>('json', 'short'),
    description: 'json: one JSON object a line, for log collectors; short: one readable line per event; unset: short in demo mode on a terminal, json otherwise' }),
  v({ name: 'COOKIE_SECURE', key: 'cookieSecure', expected: 'must be true or false', fallback: undefined, parse: boolean,
    description: 'send session cookies only over HTTPS; defaults to true in production, false in demo' }),
  v({ name: 'SESSION_IDLE_MINUTES', key: 'sessionIdleMinutes', expected: 'must be an integer from 1 to 1440', fallback: '30', parse: integer(1, 1440),
    description: 'a session ends after this many minutes without a request' }),
  v({ name: 'SESSION_MAX_HOURS', key: 'sessionMaxHours', expected: 'must be an integer from 1 to 720', fallback: '12', parse: integer(1, 720),
    description: 'a session ends this many hours after sign-in, however active' }),
  v({ name: 'SIGNIN_MAX_FAILURES', key: 'signInMaxFailures', expected: 'must be an integer from 1 to 100', fallback: '5', parse: integer(1, 100),
    description: 'wrong passwords for one account from one client address before that pair is locked (×4 from one address over all accounts locks the address; ×4 for one account over all addresses locks it for addresses it never signed in from)' }),
  v({ name: 'SIGNIN_LOCKOUT_MINUTES', key: 'signInLockoutMinutes', expected: 'must be an integer from 1 to 1440', fallback: '15', parse: integer(1, 1440),
    description: 'the window failures are counted in, and how long a lock lasts: every lock ends by itself' }),
  v({ name: 'SIGNIN_RATE_LIMIT', key: 'signInRateLimitPerMinute', expected: 'must be an integer from 1 to 10000', fallback: '20', parse: integer(1, 10000),
    description: 'sign-in and registration attempts allowed per client address per minute (counted across all nodes on PostgreSQL)' }),
  v({ name: 'BODY_LIMIT_BYTES', key: 'bodyLimitBytes', expected: 'must be an integer from 1024 to 104857600', fallback: '1048576', parse: integer(1024, 104857600),
    description: 'largest JSON request body accepted' }),
  v({ name: 'FILE_MAX_BYTES', key: 'fileMaxBytes', expected: 'must be an integer from 1024 to 1073741824', fallback: '20971520', parse: integer(1024, 1073741824),
    description: 'largest uploaded file (application materials) accepted' }),
  v({ name: 'TRUST_PROXY', key: 'trustProxy', expected: 'must be true or false', fallback: 'false', parse: boolean,
    description: 'trust X-Forwarded-For from a reverse proxy (for rate limits and logs)' }),
  v({ name: 'METRICS_TOKEN', key: 'metricsToken', expected: 'must be a non-empty string', fallback: undefined, secret: true, parse: text,
    description: 'when set, /metrics requires "Authorization: Bearer <token>"; in production /metrics stays closed until it is set' }),
  v({ name: 'JOB_POLL_MS', key: 'jobPollMs', expected: 'must be an integer from 10 to 60000', fallback: '500', parse: integer(10, 60000),
    description: 'how often each node looks for due jobs and events' }),
  v({ name: 'AUDIT_CHECKPOINT_MINUTES', key: 'auditCheckpointMinutes', expected: 'must be an integer from 1 to 10080', fallback: '60', parse: integer(1, 10080),
    description: 'how often a signed checkpoint of the audit chain\'s head is taken (export them with tongban audit checkpoint and keep them outside the database)' }),
  v({ name: 'SMTP_URL', key: 'smtpUrl', expected: 'must be an smtp:// or smtps:// URL', fallback: undefined, secret: true,
    parse: (raw) => (/^smtps?:\/\/[^/]+/.test(raw) && URL.canParse(raw) ? raw : undefined),
    description: 'mail server for e-mail notifications, with user and password in the URL if it needs them (smtps:// for TLS from the start); unset: no e-mail' }),
  v({ name: 'SMTP_FROM', key: 'smtpFrom', expected: 'must be an e-mail address, optionally as "Name <address>"', fallback: 'Tongban <noreply@tongban.localhost>',
    parse: (raw) => (/^(?:[^<>\r\n]+\s)?<[^\s<>@]+@[^\s<>@]+>$|^[^\s<>@]+@[^\s<>@]+$/.test(raw.trim()) ? raw.trim() : undefined),
    description: 'sender of e-mail notifications' }),
  v({ name: 'SMS_WEBHOOK_URL', key: 'smsWebhookUrl', expected: 'must be an http:// or https:// URL', fallback: undefined, secret: true,
    parse: (raw) => (/^https?:\/\/[^/]+/.test(raw) && URL.canParse(raw) ? raw : undefined),
    description: 'SMS gateway adapter: each text message is POSTed there as JSON {to, text}; unset: no SMS' }),
  v({ name: 'DEMO_CLOCK_START', key: 'demoClockStart', expected: 'must be an ISO 8601 instant with a time zone (2026-03-02T09:00:00+08:00)', fallback: undefined,
    parse: (raw) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(raw) && !Number.isNaN(Date.parse(raw)) ? new Date(raw) : undefined),
    description: 'demo mode only: the server\'s clock starts at this instant and runs on from there (to show time limits, bookings and queues on a chosen working day); refused in production' }),
] as const;

export function loadConfig(env: Env = process.env): Config {
  const out: Partial<Record<keyof Config, unknown>> = {};
  for (const variable of variables as readonly Variable<keyof Config>[]) {
    const raw = env[variable.name];
    const effective = raw === undefined || raw === '' ? variable.fallback : raw;
    if (effective === undefined) {
      out[variable.key] = undefined;
      continue;
    }
    const parsed = variable.parse(effective, env);
    if (parsed === undefined) throw new ConfigError(variable.name, variable.expected, raw ?? '', variable.secret);
    out[variable.key] = parsed;
  }
  const config = out as Config;
  if (config.cookieSecure === undefined) config.cookieSecure = config.mode === 'production';
  config.publicUrl ??= `http://localhost:${config.port}`;
  if (config.mode === 'production' && config.demoClockStart) {
    throw new ConfigError('DEMO_CLOCK_START', 'must stay unset when TONGBAN_MODE=production', '');
  }
  if (config.mode === 'production' && !config.secretKey) {
    throw new ConfigError('TONGBAN_SECRET_KEY', 'is required when TONGBAN_MODE=production', '');
  }
  return config;
}

/** Markdown table of every variable, for the README. */
export function configTable(): string {
  const rows = variables.map((x) => `| \`${x.name}\` | ${x.fallback ?? '(unset)'} | ${x.description}; ${x.expected} |`);
  return ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n');
}
