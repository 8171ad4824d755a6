// Chinese first, English complete: both translation files have the same keys (plural forms aside), and every
// key the pages ask for by name exists in both.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support.js';

const WEB = path.join(ROOT, 'web', 'src');
const LOCALES = path.join(WEB, 'locales');
const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
/** The core file and each area's file (locales/<area>/<lang>.json), as i18n.ts joins them. */
const files = (lang: string) => [path.join(LOCALES, `${lang}.json`), ...fs.readdirSync(LOCALES, { withFileTypes: true })
  .filter((e) => e.isDirectory()).map((e) => path.join(LOCALES, e.name, `${lang}.json`))];
const load = (lang: string) => Object.assign({}, ...files(lang).map(read)) as Record<string, unknown>;

function keys(obj: Record<string, unknown>, at = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${at}${k}.`) : [`${at}${k}`]));
}
const base = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

describe('translations', () => {
  it('no two files claim the same top-level namespace (one would hide the other)', () => {
    for (const lang of ['zh', 'en']) {
      const owners = new Map<string, string>();
      for (const file of files(lang)) {
        for (const ns of Object.keys(read(file))) {
          expect(owners.get(ns), `${ns} in ${file}`).toBeUndefined();
          owners.set(ns, file);
        }
      }
    }
  });

  const zh = new Set(keys(load('zh')).map(base));
  const en = new Set(keys(load('en')).map(base));

  it('the Chinese and the English files have the same keys', () => {
    expect([...zh].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !zh.has(k))).toEqual([]);
  });

  it('every key a page asks for by name is translated', () => {
    const used = new Set(sources(WEB).flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/\bt\(['`]([a-zA-Z0-9_.]+)['`]/g)].map((m) => m[1]!)));
    expect([...used].filter((k) => !zh.has(k))).toEqual([]);
  });

  it('the pages hold no Chinese text of their own: it all comes from the translation files', () => {
    const offenders = sources(WEB).filter((f) => !f.includes(`${path.sep}locales${path.sep}`))
      .flatMap((f) => fs.readFileSync(f, 'utf8').split('\n').map((line, i) => ({ f, i, line })))
      .filter(({ line }) => !/^\s*(\/\/|\*|\/\*)/.test(line) && /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(line.replace(/\/\/.*$/, '')))
      .map(({ f, i, line }) => `${path.relative(ROOT, f)}:${i + 1}: ${line.trim()}`);
    expect(offenders).toEqual([]);
  });
});
