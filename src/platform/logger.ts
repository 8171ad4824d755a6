// Structured JSON logs with personal data kept out. Known secret fields are redacted by path; and because an
// ID number or phone number can turn up anywhere (a URL, an error message), every finished log line is also
// scrubbed of anything shaped like one before it leaves the process.
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.js';

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

export function createLogger(level: LogLevel, target: { write(chunk: string): unknown } = process.stdout): Logger {
  return pino({
    level,
    base: { service: 'tongban' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]',
        '*.password', '*.idNumber', '*.phone', 'password', 'idNumber', 'phone'],
      censor: '[REDACTED]',
    },
  }, scrubbingStream(target));
}
