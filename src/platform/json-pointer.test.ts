// RFC 6901 by example and by property: escaping round-trips, and what setPointer writes valueAt reads back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeToken, formatPointer, parsePointer, removePointer, setPointer, unescapeToken, valueAt, withPointer } from './json-pointer.js';

describe('JSON Pointer', () => {
  it('follows the RFC 6901 examples', () => {
    const doc = { foo: ['bar', 'baz'], '': 0, 'a/b': 1, 'c%d': 2, 'e^f': 3, 'g|h': 4, 'i\\j': 5, 'k"l': 6, ' ': 7, 'm~n': 8 };
    expect(valueAt(doc, '')).toBe(doc);
    expect(valueAt(doc, '/foo')).toEqual(['bar', 'baz']);
    expect(valueAt(doc, '/foo/0')).toBe('bar');
    expect(valueAt(doc, '/')).toBe(0);
    expect(valueAt(doc, '/a~1b')).toBe(1);
    expect(valueAt(doc, '/m~0n')).toBe(8);
    expect(valueAt(doc, '/ ')).toBe(7);
    expect(unescapeToken('~01')).toBe('~1'); // not '/'
    expect(valueAt(doc, '/missing/deeper')).toBeUndefined();
    expect(valueAt({}, '/constructor')).toBeUndefined(); // own properties only
    expect(() => parsePointer('foo')).toThrow();
  });

  it('refuses to write through prototype keys', () => {
    expect(() => setPointer({}, '/__proto__/polluted', true)).toThrow('refused key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('round-trips any tokens (property)', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', '~', '/', '0', '1', '中') })), (tokens) => {
      expect(parsePointer(formatPointer(tokens))).toEqual(tokens);
      for (const t of tokens) expect(unescapeToken(escapeToken(t))).toBe(t);
    }));
  });

  it('reads back what it wrote, at any path (property)', () => {
    const token = fc.string({ unit: fc.constantFrom('a', 'b', '~', '/', '1') }).filter((t) => !['__proto__', 'prototype', 'constructor'].includes(t));
    fc.assert(fc.property(fc.array(token, { minLength: 1, maxLength: 5 }), fc.jsonValue(), (tokens, value) => {
      const doc: Record<string, unknown> = {};
      setPointer(doc, formatPointer(tokens), value);
      expect(valueAt(doc, formatPointer(tokens))).toEqual(value);
    }));
  });

  it('edits a copy for the forms: set, remove (arrays close up), and the original untouched', () => {
    const answers = { child: { name: '小满' }, list: ['a', 'b', 'c'] };
    const named = withPointer(answers, '/mother/name', '王芳');
    expect(valueAt(named, '/mother/name')).toBe('王芳');
    expect(valueAt(answers, '/mother/name')).toBeUndefined();
    expect(valueAt(withPointer(answers, '/child/name', ''), '/child/name')).toBe(''); // the item editor keeps an empty string
    expect(valueAt(withPointer(answers, '/child/name', '', (v) => v === ''), '/child/name')).toBeUndefined(); // forms drop it
    expect(withPointer(answers, '/list/1', undefined).list).toEqual(['a', 'c']);
    const target: Record<string, unknown> = {};
    removePointer(target, '/nowhere/deeper'); // nothing to remove is fine
    expect(target).toEqual({});
  });

  it('reads back what it wrote into a copy, for any path (property)', () => {
    const token = fc.string({ unit: fc.constantFrom('a', 'b', '~', '/', '中'), minLength: 1, maxLength: 4 }).filter((t) => !/^\d+$/.test(t));
    fc.assert(fc.property(fc.array(token, { minLength: 1, maxLength: 4 }), fc.integer(), (tokens, value) => {
      const pointer = formatPointer(tokens);
      const written = withPointer({}, pointer, value);
      expect(valueAt(written, pointer)).toBe(value);
      expect(valueAt(withPointer(written, pointer, undefined), pointer)).toBeUndefined();
    }));
  });
});
