// One set of enums for the server's item schema and the web's item editor: the schema is built from enums.ts, and
// the editor imports the same module instead of keeping lists of its own that could drift from what the API takes.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ItemDefinitionSchema } from './definition.js';
import { acceptanceModes, applicantTypes, channels, itemTypes, uploadTypes } from './enums.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const enumOf = (schema: unknown): unknown => (schema as { enum?: unknown }).enum;

describe('catalog enums', () => {
  it('are the ones the item schema validates with', () => {
    const p = ItemDefinitionSchema.properties;
    expect(enumOf(p.type)).toEqual([...itemTypes]);
    expect(enumOf(p.channels.items)).toEqual([...channels]);
    expect(enumOf(p.applicantTypes.items)).toEqual([...applicantTypes]);
    expect(enumOf(p.workflow.properties.acceptance)).toEqual([...acceptanceModes]);
    expect(enumOf(p.materials.items.properties.upload.properties.accept.items)).toEqual([...uploadTypes]);
  });

  it('are imported by the web item editor, which keeps no list of its own', () => {
    const editor = fs.readFileSync(path.join(ROOT, 'web/src/staff/ItemSections.tsx'), 'utf8');
    expect(editor).toMatch(/from '\.\.\/\.\.\/\.\.\/src\/modules\/catalog\/enums'/);
    for (const value of [...itemTypes, ...uploadTypes, ...acceptanceModes]) expect(editor, value).not.toContain(`'${value}'`);
    // The module stays importable by the browser: no imports of its own (nothing of the server's comes along).
    expect(fs.readFileSync(path.join(ROOT, 'src/modules/catalog/enums.ts'), 'utf8')).not.toMatch(/^import /m);
  });
});
