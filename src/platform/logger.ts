// Structured JSON logs with personal data kept out. Known secret fields are redacted by path; and because an
// ID number or phone number can turn up anywhere (a URL, an error message), every finished log line is also
// scrubbed of anything shaped like one before it leaves the process.
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogFormat, LogLevel } from './config.js';

// 18-character 公民身份号码: region, birth date (18xx–20xx), sequence, check character. Not inside a longer token
// (a UUID's hex digits); the patterns run on decoded string values, so an escaped newline is a newline here.
const ID_NUMBER = /(?<![0-9A-Za-z])(\d{6})(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
// Mainland mobile numbers, alone or after +86 / 0086 (a bare 86 in front would make any 13-digit number look like one).
const MOBILE = /(?<![0-9A-Za-z])((?:\+86|0086)?1[3-9]\d)\d{4}(\d{4})(?![0-9A-Za-z])/g;

export function scrubText(text: string): string {
  return text.replace(ID_NUMBER, '$1[ID-REDACTED]').replace(MOBILE, '$1****$2');
}

function scrubValue(value: unknown): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (Array.isArray(value)) return value.map(scrubValue);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v)]));
  }
  return value; // numbers stay numbers: the line stays valid JSON
}

/** Scrubs the string values of a JSON log line (or the whole text when it is not JSON). */
export function scrubPersonalData(line: string): string {
  const trailing = line.endsWith('\n') ? '\n' : '';
  try {
    return JSON.stringify(scrubValue(JSON.parse(line))) + trailing;
  } catch {
    return scrubText(line);
  }
}

export function scrubbingStream(target: { write(chunk: string): unknown }): DestinationStream {
  return { write: (line: string) => void target.write(scrubPersonalData(line)) };
}

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO ', 40: 'WARN ', 50: 'ERROR', 60: 'FATAL' };

/**
 * One readable line for a person at a terminal: time, level, message, and for a request its method, path, status
 * and time taken ("GET /api/v1/items 200 12ms"). Lines that are not pino's JSON pass through.
 */
export function shortLine(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 19) : '';
  const req = entry.req as { method?: string; url?: string } | undefined;
  const res = entry.res as { statusCode?: number } | undefined;
  const err = entry.err as { message?: string } | undefined;
  const request = req?.method ? ` ${req.method} ${req.url ?? ''}` : '';
  const outcome = res?.statusCode ? ` ${res.statusCode}${typeof entry.responseTime === 'number' ? ` ${Math.round(entry.responseTime)}ms` : ''}` : '';
  const message = typeof entry.msg === 'string' && !(request && /^(incoming request|request completed)$/.test(entry.msg)) ? ` ${entry.msg}` : '';
  return `${time} ${LEVELS[entry.level as number] ?? entry.level}${request}${outcome}${message}${err?.message ? ` (${err.message})` : ''}\n`;
}

/** The format when none is configured: short lines for a person watching a demo in a terminal, JSON for machines. */
export function defaultLogFormat(mode: 'demo' | 'production', isTerminal: boolean): LogFormat {
  return mode === 'demo' && isTerminal ? 'short' : 'json';
}

export function createLogger(level: LogLevel, target: { write(chunk: string): unknown } = process.stdout, format: LogFormat = 'json'): Logger {
  // A short log shows each request once, when it is answered.
  const shown = format === 'short' ? { write: (line: string) => (/"msg":"incoming request"/.test(line) ? undefined : target.write(shortLine(line))) } : target;
  return pino({
    level,
    base: { service: 'tongban' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]',
        '*.password', '*.idNumber', '*.phone', 'password', 'idNumber', 'phone'],
      censor: '[REDACTED]',
    },
  }, scrubbingStream(shown));
}
