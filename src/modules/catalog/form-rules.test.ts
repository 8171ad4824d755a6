// `tongban catalog check` refuses an item whose form shows a raw code, leaves an identifier unchecked, or lets a
// result be posted with no address; the shipped catalog passes.
import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG_DIR } from '../../demo/seed.js';
import { formFieldProblems } from './form-rules.js';
import { readCatalogFolder } from './load.js';

const form = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  ({ type: 'object', properties: { a: { type: 'object', properties, ...extra } } });

describe('catalog form rules', () => {
  it('refuses a choice without labels, and a label missing a language', () => {
    expect(formFieldProblems(form({ reason: { enum: ['expired', 'damaged'] } }))[0]?.at).toBe('/properties/a/properties/reason');
    const half = formFieldProblems(form({ reason: { enum: ['expired'], 'x-labels': { expired: { zh: '有效期满', en: '' } } } }));
    expect(half.map((p) => p.at)).toEqual(['/properties/a/properties/reason/x-labels/expired']);
    expect(formFieldProblems(form({ kinds: { type: 'array', items: { enum: ['water'] } } }))[0]?.at).toBe('/properties/a/properties/kinds/items');
  });

  it('accepts labelled choices, in arrays too', () => {
    const labels = { water: { zh: '水', en: 'Water' } };
    expect(formFieldProblems(form({ kinds: { type: 'array', items: { enum: ['water'], 'x-labels': labels } } }))).toEqual([]);
  });

  it('refuses an ID-number, credit-code or phone field that does not name its format', () => {
    const problems = formFieldProblems(form({ fatherIdNumber: { type: 'string', pattern: '^\\d{17}[\\dX]$' }, creditCode: { type: 'string' }, contactPhone: { type: 'string' } }));
    expect(problems.map((p) => p.at)).toEqual(['/properties/a/properties/fatherIdNumber', '/properties/a/properties/creditCode', '/properties/a/properties/contactPhone']);
    expect(formFieldProblems(form({ idNumber: { type: 'string', format: 'id-number' }, phone: { type: 'string', format: 'mobile' } }))).toEqual([]);
  });

  it('refuses delivery by post unless choosing it makes an address required', () => {
    const labels = { post: { zh: '邮寄', en: 'By post' }, collect: { zh: '领取', en: 'Collect' } };
    const fields = { delivery: { enum: ['post', 'collect'], 'x-labels': labels }, postalAddress: { type: 'string' } };
    expect(formFieldProblems(form(fields))[0]?.reason.en).toContain('postal address');
    const conditional = { if: { properties: { delivery: { const: 'post' } }, required: ['delivery'] }, then: { required: ['postalAddress'] } };
    expect(formFieldProblems(form(fields, conditional))).toEqual([]);
    expect(formFieldProblems(form(fields, { allOf: [conditional] }))).toEqual([]);
  });

  it('passes the shipped catalog, every choice of which is labelled', () => {
    const { items } = readCatalogFolder(DEMO_CATALOG_DIR);
    for (const { item } of items.values()) expect(formFieldProblems(item.form)).toEqual([]);
    expect(items.size).toBe(51);
  });
});
