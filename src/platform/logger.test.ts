// Logs never carry a full 公民身份号码 or mobile number: known fields are redacted by path, and every finished line
// is scrubbed of anything shaped like one, wherever it turns up (a URL, an error message, a nested object).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROVINCE_PREFIXES, idCheckChar } from './identifiers.js';
import { createLogger, defaultLogFormat, scrubPersonalData, shortLine } from './logger.js';
import type { LogLevel } from './config.js';

const EXAMPLE_ID = '11010519491231002X'; // the GB 11643 published example

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
// Birth years people can have: the validator's floor of 1850 up to the end of this century.
const birthDate = fc
  .date({ min: new Date('1850-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10).replaceAll('-', ''));
const idNumber = fc
  .tuple(fc.constantFrom(...PROVINCE_PREFIXES), digits(4), birthDate, digits(3), fc.boolean())
  .map(([p, r, born, seq, lowercase]) => {
    const body = p + r + born + seq;
    const id = body + idCheckChar(body);
    return lowercase ? id.toLowerCase() : id; // people type 11010519491231002x too
  });
const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), digits(9)).map(([second, rest]) => `1${second}${rest}`);

// What sits right next to a number in real lines: spaces, URL and query punctuation, quotes, full-width Chinese
// punctuation. (A letter or digit directly touching it makes it part of a longer token, which is left alone.)
const separator = fc.constantFrom(' ', '/', '=', ':', '?', '&', '#', ',', ';', '(', ')', '[', ']', '"', "'", '-', '_', '.',
  '，', '：', '（', '）', '号');
const anyText = fc.string({ unit: 'binary', maxLength: 40 });
// Other fields of the line. Numbers stay small here: a long digit run in a JSON number is its own known bug (below).
const fieldValue = fc.oneof(anyText, fc.boolean(), fc.constant(null), fc.integer({ min: -999_999, max: 999_999 }),
  fc.array(anyText, { maxLength: 3 }));

/** A JSON log line, as pino writes it, with `id` somewhere inside one of its strings. */
const logLineWith = (piiArb: fc.Arbitrary<string>) =>
  fc
    .record({
      pii: piiArb,
      before: anyText,
      after: anyText,
      sepBefore: separator,
      sepAfter: separator,
      key: fc.string({ minLength: 1, maxLength: 12 }),
      extra: fc.dictionary(fc.string({ maxLength: 8 }), fieldValue, { maxKeys: 4 }),
      placement: fc.constantFrom('msg', 'url', 'nested', 'array', 'whole') as fc.Arbitrary<'msg' | 'url' | 'nested' | 'array' | 'whole'>,
      time: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
    })
    .map(({ pii, before, after, sepBefore, sepAfter, key, extra, placement, time }) => {
      const text = `${before}${sepBefore}${pii}${sepAfter}${after}`;
      const line: Record<string, unknown> = { level: 30, time: time.toISOString(), service: 'tongban', ...extra };
      switch (placement) {
        case 'msg': line.msg = text; break;
        case 'url': line.req = { method: 'GET', url: `/api/v1/people/${pii}/applications?q=${encodeURIComponent(before)}` }; break;
        case 'nested': line.ctx = { [key]: { note: text } }; break;
        case 'array': line.values = [before, text, after]; break;
        // defineProperty, not `line[key] =`: a generated key such as `__proto__` would set the prototype and drop the
        // value, leaving a line with no number in it (a seed once found exactly that).
        case 'whole': Object.defineProperty(line, key, { value: pii, enumerable: true, writable: true, configurable: true }); break;
      }
      return { pii, line: `${JSON.stringify(line)}\n` };
    });

/** A logger writing into an array, one parsed object per line. */
function capturingLogger(level: LogLevel = 'info') {
  const lines: string[] = [];
  const logger = createLogger(level, { write: (chunk: string) => lines.push(chunk) });
  return { logger, lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('scrubPersonalData', () => {
  it('removes an ID number from a URL, keeping the region part for debugging', () => {
    const out = scrubPersonalData(`GET /api/v1/people/${EXAMPLE_ID}/applications?id=${EXAMPLE_ID}&page=2`);
    expect(out).not.toContain(EXAMPLE_ID);
    expect(out).toBe('GET /api/v1/people/110105[ID-REDACTED]/applications?id=110105[ID-REDACTED]&page=2');
  });

  it('removes an ID number from a JSON string value and from a Chinese sentence', () => {
    expect(scrubPersonalData(JSON.stringify({ idNo: EXAMPLE_ID }))).toBe('{"idNo":"110105[ID-REDACTED]"}');
    expect(scrubPersonalData(`申请人身份证号${EXAMPLE_ID}校验失败`)).toBe('申请人身份证号110105[ID-REDACTED]校验失败');
    expect(scrubPersonalData(`lookup failed for ${EXAMPLE_ID.toLowerCase()}`)).toBe('lookup failed for 110105[ID-REDACTED]');
  });

  it('leaves no full ID number in any JSON log line it was embedded in, and the line stays valid JSON', () => {
    fc.assert(fc.property(logLineWith(idNumber), ({ pii, line }) => {
      const out = scrubPersonalData(line);
      expect(out.toUpperCase()).not.toContain(pii.toUpperCase());
      expect(() => JSON.parse(out)).not.toThrow();
    }), { numRuns: 500 });
  });

  it('masks a mobile number under a field named __proto__ (the generator once dropped such a value)', () => {
    const line: Record<string, unknown> = { level: 30 };
    Object.defineProperty(line, '__proto__', { value: '13812345678', enumerable: true, writable: true, configurable: true });
    expect(scrubPersonalData(`${JSON.stringify(line)}\n`)).toBe('{"level":30,"__proto__":"138****5678"}\n');
  });

  it('masks a mobile number to its first three and last four digits', () => {
    expect(scrubPersonalData('SMS sent to 13812345678')).toBe('SMS sent to 138****5678');
    expect(scrubPersonalData('{"contact":"手机：19912345678"}')).toBe('{"contact":"手机：199****5678"}');
  });

  it('leaves no full mobile number in any JSON log line it was embedded in', () => {
    fc.assert(fc.property(logLineWith(mobile), ({ pii, line }) => {
      const out = scrubPersonalData(line);
      expect(out).not.toContain(pii);
      expect(out).toContain(`${pii.slice(0, 3)}****${pii.slice(7)}`);
    }), { numRuns: 300 });
  });

  it('does not touch ISO timestamps, UUIDs or epoch milliseconds', () => {
    const time = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2286-11-20T00:00:00Z'), noInvalidDate: true });
    const epochMillis = fc.integer({ min: 1_000_000_000_000, max: 9_999_999_999_999 }); // 13 digits: 2001 to 2286
    fc.assert(fc.property(time, fc.uuid(), epochMillis, (t, uuid, ms) => {
      const line = `${JSON.stringify({
        level: 30, time: t.toISOString(), requestId: uuid, at: ms, url: `/api/v1/applications/${uuid}?since=${ms}`,
        msg: `job ${uuid} due at ${t.toISOString()} (${ms})`,
      })}\n`;
      expect(scrubPersonalData(line)).toBe(line);
    }), { numRuns: 300 });
  });

  it('leaves a longer digit run alone: a 19-digit order number is not an ID number with a digit in front', () => {
    const orderNo = `9${EXAMPLE_ID.slice(0, 17)}0`;
    expect(scrubPersonalData(`order ${orderNo}`)).toBe(`order ${orderNo}`);
  });

  // JSON escapes a newline as backslash + "n": the letter n must not shield the number after it.
  it('removes an ID number that starts a new line of a multi-line message', () => {
    const line = `${JSON.stringify({ msg: `import failed on row 3:\n${EXAMPLE_ID}` })}\n`;
    expect(scrubPersonalData(line)).not.toContain(EXAMPLE_ID);
  });

  // Only string values are scrubbed: a masked number would make the line invalid JSON that collectors drop.
  it('keeps a line valid JSON when a numeric field happens to have eleven digits starting 13 to 19', () => {
    const line = `${JSON.stringify({ msg: 'upload stored', bytes: 15_000_000_000, ratio: 513510.13076402934 })}\n`;
    expect(() => JSON.parse(scrubPersonalData(line))).not.toThrow();
  });

  it('masks a mobile number written with the +86 country code', () => {
    expect(scrubPersonalData('SMS sent to +8613812345678')).not.toContain('13812345678');
  });
});

describe('createLogger', () => {
  it('writes an idNumber field as [REDACTED] and scrubs the same number out of the message', () => {
    const { logger, lines, parsed } = capturingLogger();
    logger.info({ idNumber: EXAMPLE_ID }, `identity check for ${EXAMPLE_ID} passed`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(EXAMPLE_ID);
    const [entry] = parsed();
    expect(entry).toMatchObject({ idNumber: '[REDACTED]', msg: 'identity check for 110105[ID-REDACTED] passed', service: 'tongban' });
  });

  it('keeps ID and phone numbers out of nested objects, error messages and stacks', () => {
    const { logger, lines, parsed } = capturingLogger();
    logger.info({ applicant: { idNumber: EXAMPLE_ID, phone: '13812345678' } }, 'application received');
    logger.info({ form: { applicant: { idNumber: EXAMPLE_ID, contact: '13812345678' } } }, 'deeper than the redact paths');
    logger.error({ err: new Error(`no person with ID ${EXAMPLE_ID}`) }, 'lookup failed');
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line).not.toContain(EXAMPLE_ID);
      expect(line).not.toContain('13812345678');
    }
    const [first, second] = parsed();
    expect(first).toMatchObject({ applicant: { idNumber: '[REDACTED]', phone: '[REDACTED]' } });
    expect(second).toMatchObject({ form: { applicant: { idNumber: '110105[ID-REDACTED]', contact: '138****5678' } } });
  });

  it('redacts session cookies and authorization headers from request logs', () => {
    const { logger, parsed } = capturingLogger();
    logger.info({ req: { method: 'GET', url: '/api/v1/me', headers: { cookie: 'tb_session=secret', authorization: 'Bearer t0ken' } } });
    const [entry] = parsed();
    expect(entry).toMatchObject({ req: { headers: { cookie: '[REDACTED]', authorization: '[REDACTED]' } } });
    expect(JSON.stringify(entry)).not.toMatch(/secret|t0ken/);
  });

  it('scrubs any generated ID number passed in a message or under an unexpected field name', () => {
    fc.assert(fc.property(idNumber, (id) => {
      const { logger, lines } = capturingLogger();
      logger.warn({ citizen: { idNo: id } }, `duplicate registration: ${id}`);
      expect(lines).toHaveLength(1);
      expect(lines[0]!.toUpperCase()).not.toContain(id.toUpperCase());
    }));
  });

  it('writes nothing below the configured level', () => {
    const { logger, lines } = capturingLogger('warn');
    logger.info({ idNumber: EXAMPLE_ID }, 'not written');
    logger.warn('written');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('"msg":"written"');
  });
});

describe('short log lines for a person at a terminal (demo mode)', () => {
  const capture = () => {
    const lines: string[] = [];
    return { lines, target: { write: (chunk: string) => void lines.push(chunk) } };
  };

  it('shows a request once, as method, path, status and time, with personal data still scrubbed', () => {
    const { lines, target } = capture();
    const logger = createLogger('info', target, 'short');
    logger.info({ req: { method: 'GET', url: `/api/v1/people?id=${EXAMPLE_ID}` } }, 'incoming request');
    logger.info({ req: { method: 'GET', url: `/api/v1/people?id=${EXAMPLE_ID}` }, res: { statusCode: 200 }, responseTime: 12.4 }, 'request completed');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d INFO {2}GET \/api\/v1\/people\?id=110105\[ID-REDACTED\] 200 12ms\n$/);
  });

  it('keeps messages and errors readable, and passes lines that are not JSON through', () => {
    expect(shortLine(JSON.stringify({ level: 50, time: '2026-12-05T02:03:04.000Z', msg: 'job failed', err: { message: 'boom' } }))).toBe('02:03:04 ERROR job failed (boom)\n');
    expect(shortLine('plain text\n')).toBe('plain text\n');
  });

  it('is the default only in demo mode on a terminal', () => {
    expect(defaultLogFormat('demo', true)).toBe('short');
    expect(defaultLogFormat('demo', false)).toBe('json');
    expect(defaultLogFormat('production', true)).toBe('json');
  });
});
