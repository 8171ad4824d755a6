// The keyring that protects personal data at rest: AES-256-GCM bound to its column, and a keyed blind index.
// Properties rather than examples: these must hold for every value a person could type, in any script.
import crypto from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyring, newSecretKey } from './crypto.js';

const keyA = Buffer.alloc(32, 7).toString('base64');
const keyB = Buffer.alloc(32, 8).toString('base64');
const ring = createKeyring(keyA);
const other = createKeyring(keyB);

// Any well-formed Unicode text: every code point from U+0000 to U+10FFFF (no lone surrogate halves, which are
// not text and cannot survive UTF-8), and whole graphemes such as 張 or 👩‍👩‍👧.
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 50 }));
const column = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });
const twoColumns = fc.tuple(column, column).filter(([a, b]) => a !== b);

/** The envelope's bytes after the version: 12-byte nonce, 16-byte GCM tag, then the ciphertext. */
const payloadOf = (envelope: string) => Buffer.from(envelope.slice('v1.'.length), 'base64url');
const envelopeOf = (payload: Buffer) => `v1.${payload.toString('base64url')}`;

describe('encryption at rest (AES-256-GCM)', () => {
  it('decrypts to exactly what was encrypted, for any text in any script', () => {
    for (const value of ['', '张三', '330102199003071234', '王\u0000小明', '👩‍👩‍👧 family', 'ａｂｃ', '𠀀𪚥']) {
      expect(ring.decrypt(ring.encrypt(value, 'persons.name'), 'persons.name')).toBe(value);
    }
    fc.assert(fc.property(text, column, (value, col) => ring.decrypt(ring.encrypt(value, col), col) === value));
  });

  it('writes a versioned envelope that never contains the plaintext', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme-ascii', minLength: 8, maxLength: 60 }), (value) => {
      const envelope = ring.encrypt(value, 'persons.id_number');
      return /^v1\.[A-Za-z0-9_-]+$/.test(envelope) && !envelope.includes(value)
        && payloadOf(envelope).length === 12 + 16 + Buffer.byteLength(value, 'utf8');
    }));
  });

  it('encrypts the same value differently every time (a fresh random nonce)', () => {
    fc.assert(fc.property(text, column, (value, col) => {
      const first = ring.encrypt(value, col);
      const second = ring.encrypt(value, col);
      return first !== second && !payloadOf(first).subarray(0, 12).equals(payloadOf(second).subarray(0, 12));
    }));
  });

  it('a ciphertext copied into another column does not decrypt there (the column is bound as AAD)', () => {
    expect(() => ring.decrypt(ring.encrypt('330102199003071234', 'persons.id_number'), 'persons.phone')).toThrow();
    fc.assert(fc.property(text, twoColumns, (value, [from, to]) => {
      const envelope = ring.encrypt(value, from);
      expect(() => ring.decrypt(envelope, to)).toThrow();
    }));
  });

  it('another key cannot decrypt it', () => {
    fc.assert(fc.property(text, column, (value, col) => {
      expect(() => other.decrypt(ring.encrypt(value, col), col)).toThrow();
    }));
  });

  it('changing any bit of any byte of the envelope (nonce, tag or ciphertext) makes decrypt throw', () => {
    fc.assert(fc.property(text, column, fc.nat(), fc.integer({ min: 1, max: 255 }), (value, col, at, mask) => {
      const payload = payloadOf(ring.encrypt(value, col));
      const i = at % payload.length;
      payload[i] = payload[i]! ^ mask;
      expect(() => ring.decrypt(envelopeOf(payload), col)).toThrow();
    }));
  });

  it('a changed version or a cut-off envelope makes decrypt throw', () => {
    const envelope = ring.encrypt('张三', 'persons.name');
    for (const wrong of [`v2${envelope.slice(2)}`, `V1${envelope.slice(2)}`, envelope.slice(3), 'v1.', 'v1', '']) {
      expect(() => ring.decrypt(wrong, 'persons.name'), wrong).toThrow();
    }
    fc.assert(fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 100 }), fc.nat(), (value, cut) => {
      const payload = payloadOf(ring.encrypt(value, 'c'));
      const keep = 28 + (cut % (payload.length - 28)); // nonce and tag kept whole, ciphertext cut short
      expect(() => ring.decrypt(envelopeOf(payload.subarray(0, keep)), 'c')).toThrow();
    }));
  });

  // A truncated GCM tag would make forgery far cheaper; a lenient decoder would accept envelopes we never wrote.
  it('an envelope whose tag was cut short is refused', () => {
    const payload = payloadOf(ring.encrypt('', 'persons.note')); // empty plaintext: the tag is the last 16 bytes
    expect(() => ring.decrypt(envelopeOf(payload.subarray(0, 12 + 4)), 'persons.note')).toThrow();
  });
  it('only the exact envelope encrypt() wrote is accepted (no trailing or non-canonical text)', () => {
    const envelope = ring.encrypt('张三', 'persons.name');
    for (const variant of [`${envelope}.tail`, `${envelope}!`, envelope.replaceAll('-', '+').replaceAll('_', '/')]) {
      if (variant === envelope) continue;
      expect(() => ring.decrypt(variant, 'persons.name'), variant).toThrow();
    }
  });
});

describe('blind index (keyed HMAC for exact look-ups)', () => {
  it('is deterministic for the same value and column, so an equal value finds its row', () => {
    fc.assert(fc.property(text, column, (value, col) =>
      ring.blindIndex(value, col) === ring.blindIndex(value, col)
      && ring.blindIndex(value, col) === createKeyring(keyA).blindIndex(value, col)));
  });

  it('differs between columns, so the same ID number in two tables cannot be linked by its index', () => {
    fc.assert(fc.property(text, twoColumns, (value, [a, b]) => ring.blindIndex(value, a) !== ring.blindIndex(value, b)));
  });

  it('differs between keys, so without the key nobody can compute it', () => {
    fc.assert(fc.property(text, column, (value, col) => ring.blindIndex(value, col) !== other.blindIndex(value, col)));
  });

  it('differs between values, and reveals neither the value nor a plain hash of it', () => {
    fc.assert(fc.property(fc.tuple(text, text).filter(([a, b]) => a !== b), column, ([a, b], col) =>
      ring.blindIndex(a, col) !== ring.blindIndex(b, col)));
    const id = '330102199003071234';
    const index = ring.blindIndex(id, 'persons.id_number');
    expect(index).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 bytes of HMAC-SHA-256, base64url
    expect(index).not.toContain(id);
    expect(index).not.toBe(crypto.createHash('sha256').update(id).digest('base64url'));
    expect(index).not.toBe(crypto.createHash('sha256').update(`persons.id_number\u0000${id}`).digest('base64url'));
  });

  it('cannot be confused across the column/value boundary', () => {
    // 'ab' in column 'x' and 'b' in column 'xa' must not share an index.
    expect(ring.blindIndex('ab', 'x')).not.toBe(ring.blindIndex('b', 'xa'));
  });
});

describe('the master key', () => {
  it('is refused unless it decodes to exactly 32 bytes', () => {
    for (const bytes of [0, 16, 31, 33, 64]) {
      expect(() => createKeyring(Buffer.alloc(bytes, 1).toString('base64')), `${bytes} bytes`).toThrow(/32 bytes/);
    }
    expect(() => createKeyring('')).toThrow(/32 bytes/);
    expect(() => createKeyring('not a key at all')).toThrow(/32 bytes/);
    expect(() => createKeyring('ab'.repeat(32))).toThrow(/32 bytes/); // 64 hex digits are 48 bytes in base64
  });

  it('newSecretKey() makes a fresh, usable key each time', () => {
    const [k1, k2] = [newSecretKey(), newSecretKey()];
    expect(k1).not.toBe(k2);
    const a = createKeyring(k1);
    expect(a.decrypt(a.encrypt('张三', 'c'), 'c')).toBe('张三');
    expect(a.blindIndex('张三', 'c')).not.toBe(createKeyring(k2).blindIndex('张三', 'c'));
  });

  it('derives separate keys per purpose: the CSRF mac is not the blind index', () => {
    expect(ring.mac('persons.id_number', '330102199003071234')).not.toBe(ring.blindIndex('330102199003071234', 'persons.id_number'));
  });
});
