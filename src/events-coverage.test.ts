// Emitting an event no module declares fails here, before any test gets to emit it: every `emit(…)` in the
// source names its event as a string literal (so it can be found), and that name is declared in some module's
// events.ts with a payload schema. Subscriptions to undeclared events already fail when the app starts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EventCatalog } from './platform/events.js';
import { modules } from './modules/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'test' || e.name === 'reliability' ? [] : sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every `emit(ctx, <name>, …)` call: the name as written, where it is. */
function emittedNames(): { name: string | null; written: string; at: string }[] {
  const found: { name: string | null; written: string; at: string }[] = [];
  for (const file of sourceFiles(here).filter((f) => !f.endsWith(path.join('platform', 'jobs.ts')))) { // emit itself
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bemit\(\s*\w+\s*,\s*([^,]+),/g)) {
      const line = text.slice(0, m.index).split('\n').length;
      const literal = /^'([^'`$]+)'$/.exec(m[1]!.trim());
      found.push({ name: literal ? literal[1]! : null, written: m[1]!.trim(), at: `${path.relative(here, file)}:${line}` });
    }
  }
  return found;
}

const catalog = new EventCatalog();
for (const m of modules) catalog.declare(m.events ?? {});

describe('declared events', () => {
  const emitted = emittedNames();

  it('finds the emits (the scan itself works)', () => {
    expect(emitted.length).toBeGreaterThan(30);
    expect(emitted.map((e) => e.name)).toContain('application.submitted');
  });

  it('every emit names its event literally', () => {
    expect(emitted.filter((e) => e.name === null).map((e) => `${e.at}: ${e.written}`)).toEqual([]);
  });

  it('every emitted event is declared in a module\'s events.ts', () => {
    expect(emitted.filter((e) => e.name && !catalog.has(e.name)).map((e) => `${e.at}: ${e.name}`)).toEqual([]);
  });

  it('every module that emits has an events.ts, and the count of declared events is known', () => {
    const emitting = new Set(emitted.map((e) => e.at.split('/').slice(0, 2).join('/')).filter((d) => d.startsWith('modules/')));
    for (const dir of emitting) expect(fs.existsSync(path.join(here, dir, 'events.ts')), `${dir}/events.ts`).toBe(true);
    // The closing note reports this number; change it when you declare or retire an event.
    expect(catalog.names()).toHaveLength(44);
  });
});
