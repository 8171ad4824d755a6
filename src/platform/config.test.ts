// Configuration: every variable has a default or is optional, and a wrong value stops start-up with a message
// naming the variable and what it expects.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configTable, loadConfig, variables } from './config.js';

const SECRET_KEY = Buffer.alloc(32, 7).toString('base64'); // 32 bytes, as `openssl rand -base64 32` gives
const production = { TONGBAN_MODE: 'production', TONGBAN_SECRET_KEY: SECRET_KEY };

/** The ConfigError loadConfig throws for `env`; fails the test when it does not throw one. */
function configErrorFor(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('starts a demo from an empty environment with every default filled in', () => {
    expect(loadConfig({})).toEqual({
      mode: 'demo',
      host: '127.0.0.1',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      dataDir: path.resolve('./data'),
      databaseUrl: undefined,
      secretKey: undefined,
      logLevel: 'info',
      cookieSecure: false,
      sessionIdleMinutes: 30,
      sessionMaxHours: 12,
      signInMaxFailures: 5,
      signInLockoutMinutes: 15,
      signInRateLimitPerMinute: 20,
      bodyLimitBytes: 1_048_576,
      trustProxy: false,
      metricsToken: undefined,
      jobPollMs: 500,
      auditCheckpointMinutes: 60,
      smtpFrom: 'Tongban <noreply@tongban.localhost>',
      fileMaxBytes: 20_971_520,
    });
  });

  it('treats a variable set to the empty string as unset, as `PORT= tongban start` means', () => {
    expect(loadConfig({ PORT: '', TONGBAN_MODE: '', LOG_LEVEL: '' })).toMatchObject({ port: 3000, mode: 'demo', logLevel: 'info' });
  });

  it('reads values given in the environment', () => {
    const config = loadConfig({
      ...production, HOST: '0.0.0.0', PORT: '8080', DATABASE_URL: 'postgres://tongban:pw@db.internal:5432/tongban',
      LOG_LEVEL: 'warn', TRUST_PROXY: 'true', METRICS_TOKEN: 'scrape-me', JOB_POLL_MS: '250', TONGBAN_DATA_DIR: '/var/lib/tongban',
    });
    expect(config).toMatchObject({
      mode: 'production', host: '0.0.0.0', port: 8080, databaseUrl: 'postgres://tongban:pw@db.internal:5432/tongban',
      secretKey: SECRET_KEY, logLevel: 'warn', trustProxy: true, metricsToken: 'scrape-me', jobPollMs: 250, dataDir: '/var/lib/tongban',
    });
  });

  it('stops on PORT=abc with a message naming PORT and what it expects', () => {
    const e = configErrorFor({ PORT: 'abc' });
    expect(e.variable).toBe('PORT');
    expect(e.message).toContain('PORT');
    expect(e.message).toContain('must be an integer from 0 to 65535');
    expect(e.message).toContain('"abc"');
  });

  it('refuses a port outside 0 to 65535 or written with a sign or a decimal point', () => {
    for (const port of ['65536', '-1', '80.5', '+80', ' 80']) expect(configErrorFor({ PORT: port }).variable).toBe('PORT');
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
    expect(loadConfig({ PORT: '65535' }).port).toBe(65535);
  });

  it('refuses production without TONGBAN_SECRET_KEY and says it is required', () => {
    const e = configErrorFor({ TONGBAN_MODE: 'production' });
    expect(e.variable).toBe('TONGBAN_SECRET_KEY');
    expect(e.message).toContain('TONGBAN_SECRET_KEY');
    expect(e.message).toContain('required when TONGBAN_MODE=production');
  });

  it('refuses a secret key that does not decode to exactly 32 bytes', () => {
    for (const bytes of [16, 31, 33, 64]) {
      const e = configErrorFor({ TONGBAN_SECRET_KEY: Buffer.alloc(bytes, 7).toString('base64') });
      expect(e.variable).toBe('TONGBAN_SECRET_KEY');
      expect(e.message).toContain('32 random bytes in base64');
    }
    expect(loadConfig({ TONGBAN_SECRET_KEY: SECRET_KEY }).secretKey).toBe(SECRET_KEY);
  });

  // Known leak, see the report: ConfigError puts the refused value in its message, and start-up prints it. A key
  // made with `openssl rand -hex 32` is 64 hex characters (48 bytes as base64), so the real key lands in the logs.
  // Flip to it() once config.ts stops echoing secret values.
  it('does not print a refused secret key in the error message', () => {
    const hexKey = Buffer.alloc(32, 0xab).toString('hex');
    expect(configErrorFor({ TONGBAN_SECRET_KEY: hexKey }).message).not.toContain(hexKey);
  });

  it('refuses a DATABASE_URL that is not PostgreSQL', () => {
    for (const url of ['mysql://x', 'sqlite:///tmp/db', 'postgres://', 'localhost:5432']) {
      const e = configErrorFor({ DATABASE_URL: url });
      expect(e.variable).toBe('DATABASE_URL');
      expect(e.message).toContain('must be a postgres:// or postgresql:// URL');
    }
    expect(loadConfig({ DATABASE_URL: 'postgresql://localhost/tongban' }).databaseUrl).toBe('postgresql://localhost/tongban');
  });

  it('refuses an unknown mode or log level rather than guessing', () => {
    expect(configErrorFor({ TONGBAN_MODE: 'Production' }).variable).toBe('TONGBAN_MODE');
    expect(configErrorFor({ LOG_LEVEL: 'verbose' }).variable).toBe('LOG_LEVEL');
  });

  it('sends cookies only over HTTPS in production and not in demo, unless COOKIE_SECURE says otherwise', () => {
    expect(loadConfig(production).cookieSecure).toBe(true);
    expect(loadConfig({}).cookieSecure).toBe(false);
    expect(loadConfig({ TONGBAN_MODE: 'demo' }).cookieSecure).toBe(false);
    expect(loadConfig({ ...production, COOKIE_SECURE: 'false' }).cookieSecure).toBe(false); // TLS ends at the proxy
    expect(loadConfig({ COOKIE_SECURE: 'true' }).cookieSecure).toBe(true);
    expect(loadConfig({ COOKIE_SECURE: '1' }).cookieSecure).toBe(true);
    expect(configErrorFor({ COOKIE_SECURE: 'yes' }).variable).toBe('COOKIE_SECURE');
  });

  it('keeps integer settings inside their stated ranges', () => {
    expect(configErrorFor({ SESSION_IDLE_MINUTES: '0' }).variable).toBe('SESSION_IDLE_MINUTES');
    expect(configErrorFor({ BODY_LIMIT_BYTES: '1023' }).variable).toBe('BODY_LIMIT_BYTES');
    expect(configErrorFor({ JOB_POLL_MS: '60001' }).variable).toBe('JOB_POLL_MS');
  });

  it('gives every variable a message in both English and Chinese', () => {
    const e = configErrorFor({ SIGNIN_MAX_FAILURES: 'many' });
    expect(e.message).toMatch(/Invalid configuration: SIGNIN_MAX_FAILURES must be an integer from 1 to 100/);
    expect(e.message).toContain('配置错误：SIGNIN_MAX_FAILURES');
  });
});

describe('configTable', () => {
  it('lists every variable once, with its default and what it expects', () => {
    const table = configTable();
    const rows = table.split('\n');
    expect(rows.slice(0, 2)).toEqual(['| variable | default | meaning |', '|---|---|---|']);
    expect(rows).toHaveLength(variables.length + 2);
    for (const x of variables) {
      const row = rows.find((r) => r.startsWith(`| \`${x.name}\` |`));
      expect(row, x.name).toBeDefined();
      expect(row).toContain(x.expected);
      expect(row).toContain(x.fallback ?? '(unset)');
    }
  });

  it('names the variables the README promises', () => {
    const table = configTable();
    for (const name of ['TONGBAN_MODE', 'HOST', 'PORT', 'TONGBAN_DATA_DIR', 'DATABASE_URL', 'TONGBAN_SECRET_KEY', 'LOG_LEVEL',
      'COOKIE_SECURE', 'SESSION_IDLE_MINUTES', 'SESSION_MAX_HOURS', 'SIGNIN_MAX_FAILURES', 'SIGNIN_LOCKOUT_MINUTES',
      'SIGNIN_RATE_LIMIT', 'BODY_LIMIT_BYTES', 'TRUST_PROXY', 'METRICS_TOKEN', 'JOB_POLL_MS']) {
      expect(table).toContain(`\`${name}\``);
    }
  });
});
