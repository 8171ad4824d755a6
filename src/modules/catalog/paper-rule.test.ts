// The catalog's rule for paper at the window (paperAccepted): a scan needs an upload rule to check the file by.
import { describe, expect, it } from 'vitest';
import { CatalogFileError, validateItem } from './load.js';

describe('the catalog\'s paper rule', () => {
  it('refuses a scan rule on a material that cannot be uploaded', () => {
    const base = { code: 'x', name: { zh: '某事项', en: 'Some item' }, summary: { zh: '简介', en: 'Summary' }, type: 'public_service', department: 'mzj', regions: ['339900'],
      legalBasis: [{ title: '某法' }], timeLimits: { statutoryDays: 5, committedDays: 5 }, fees: [], channels: ['window'], applicantTypes: ['person'],
      form: { type: 'object', properties: {} }, workflow: { acceptance: 'clerk', stages: [{ name: { zh: '审核', en: 'Review' }, tasks: [{ department: 'mzj', name: { zh: '审核', en: 'Review' }, timeLimitDays: 5 }] }] } };
    const refused = (() => {
      try {
        validateItem('x.yaml', { ...base, materials: [{ code: 'm', name: { zh: '材料', en: 'Material' }, required: true, certificateTypes: ['resident-id-card'], paperAccepted: 'scan' }] });
        return null;
      } catch (e) {
        return e as CatalogFileError;
      }
    })();
    expect(refused).toBeInstanceOf(CatalogFileError);
    expect(refused!.problems.map((p) => p.field)).toContain('/materials/0/paperAccepted');
    expect(() => validateItem('x.yaml', { ...base, materials: [{ code: 'm', name: { zh: '材料', en: 'Material' }, required: true, certificateTypes: ['resident-id-card'], paperAccepted: 'original_seen' }] }))
      .not.toThrow();
  });
});
