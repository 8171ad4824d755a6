// The catalog as data: files are validated with file, field and reason; imports are all or nothing and add a
// version only when something changed; a published version never changes; department admins edit their own
// items through drafts; search understands colloquial Chinese.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../../demo/seed.js';
import { signInBrowser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import type { BundleDefinition, ItemDefinition } from './definition.js';
import { CatalogFileError, getItemVersion, getPublishedItem, importCatalog, readCatalogFolder } from './index.js';

const bi = (zh: string, en = zh) => ({ zh, en });

function item(code: string, overrides: Partial<ItemDefinition> = {}): ItemDefinition {
  return {
    code, name: bi(`${code} 事项`, `${code} item`), summary: bi('说明', 'Summary'), type: 'public_service', department: 'gaj', regions: ['339900'],
    legalBasis: [{ title: '中华人民共和国户口登记条例', article: '第七条' }], timeLimits: { statutoryDays: 20, committedDays: 5 }, fees: [],
    channels: ['online', 'window'], applicantTypes: ['person'],
    materials: [{ code: 'id-card', name: bi('居民身份证', 'ID card'), required: true, core: true, certificateTypes: ['resident-id-card'] }],
    form: { type: 'object', 'x-prefill': { '/applicant/name': 'applicant.name' }, properties: { applicant: { type: 'object', properties: { name: { type: 'string' } } },
      child: { type: 'object', properties: { name: { type: 'string' }, birthDate: { type: 'string', format: 'date' } } } } },
    workflow: { acceptance: 'instant', stages: [{ name: bi('审核', 'Review'), tasks: [{ department: 'gaj', name: bi('户籍审核', 'Review'), timeLimitDays: 3 }] }] },
    keywords: [], ...overrides,
  };
}

const birth = item('birth-registration', { name: bi('出生登记', 'Birth registration'), keywords: ['上户口', '新生儿落户'] });
const vaccination = item('vaccination-certificate', { name: bi('预防接种证办理', 'Vaccination certificate'), department: 'wjw',
  workflow: { acceptance: 'clerk', stages: [{ name: bi('审核', 'Review'), tasks: [
    { department: 'wjw', name: bi('卫健审核', 'Health review'), timeLimitDays: 2 }, { department: 'ybj', name: bi('医保核对', 'Insurance check'), timeLimitDays: 2 }] }] } });
const company = item('company-registration', { name: bi('企业设立登记', 'Company registration'), department: 'scjgj', applicantTypes: ['enterprise', 'person'],
  workflow: { acceptance: 'instant', stages: [{ name: bi('审核', 'Review'), tasks: [{ department: 'scjgj', name: bi('登记审核', 'Review'), timeLimitDays: 1 }] }] } });
const newborn: BundleDefinition = { code: 'newborn', name: bi('新生儿出生一件事', 'Newborn'), summary: bi('一次办', 'All at once'), items: ['birth-registration', 'vaccination-certificate'],
  sharedFields: [{ name: 'childName', label: bi('新生儿姓名', 'Child name'), schema: { type: 'string' },
    mapsTo: [{ item: 'birth-registration', pointer: '/child/name' }, { item: 'vaccination-certificate', pointer: '/child/name' }] }], regions: ['339900'] };
const synonyms = { 出生: ['生孩子', '生娃'], 企业: ['开公司'] };

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function writeCatalog(files: { items?: Record<string, unknown>[]; bundles?: Record<string, unknown>[]; raw?: Record<string, string> }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-catalog-'));
  tempDirs.push(dir);
  fs.mkdirSync(path.join(dir, 'items'));
  fs.mkdirSync(path.join(dir, 'bundles'));
  for (const i of files.items ?? []) fs.writeFileSync(path.join(dir, 'items', `${String(i.code)}.yaml`), stringify(i));
  for (const b of files.bundles ?? []) fs.writeFileSync(path.join(dir, 'bundles', `${String(b.code)}.yaml`), stringify(b));
  for (const [name, text] of Object.entries(files.raw ?? {})) fs.writeFileSync(path.join(dir, name), text);
  fs.writeFileSync(path.join(dir, 'synonyms.yaml'), stringify(synonyms));
  return dir;
}

const problemsOf = (dir: string) => {
  try {
    readCatalogFolder(dir);
  } catch (e) {
    if (e instanceof CatalogFileError) return e.problems;
    throw e;
  }
  return [];
};

describe('catalog files', () => {
  it('a valid folder reads with its items, bundles and synonyms', () => {
    const files = readCatalogFolder(writeCatalog({ items: [birth, vaccination, company], bundles: [newborn] }));
    expect([...files.items.keys()].sort()).toEqual(['birth-registration', 'company-registration', 'vaccination-certificate']);
    expect(files.bundles.map((b) => b.bundle.code)).toEqual(['newborn']);
  });

  it('names the file, the field and the reason of every problem at once', () => {
    const problems = problemsOf(writeCatalog({
      items: [
        { ...birth, timeLimits: { statutoryDays: 3, committedDays: 5 } },
        { ...vaccination, materials: [{ code: 'x', name: bi('某材料'), required: true }] },
        { ...company, channels: ['carrier-pigeon'] },
      ],
      raw: { 'items/broken.yaml': 'code: [unclosed' },
    }));
    const byFile = (f: string) => problems.filter((p) => p.file === f).map((p) => p.field);
    expect(byFile('items/birth-registration.yaml')).toEqual(['/timeLimits/committedDays']);
    expect(byFile('items/vaccination-certificate.yaml')).toEqual(['/materials/0']);
    expect(byFile('items/company-registration.yaml')).toContain('/channels/0');
    expect(problems.find((p) => p.file === 'items/broken.yaml')?.reason.en).toMatch(/Not valid YAML/);
    for (const p of problems) expect(p.reason.zh.length).toBeGreaterThan(0);
  });

  it('refuses a missing field, an unknown field, a prefill of a field the form lacks, and a bundle of unknown items', () => {
    const { timeLimits: _dropped, ...noLimits } = birth;
    const problems = problemsOf(writeCatalog({
      items: [noLimits, { ...vaccination, colour: 'blue' }, { ...company, form: { ...company.form, 'x-prefill': { '/nowhere': 'applicant.name' } } }],
      bundles: [{ ...newborn, items: ['birth-registration', 'no-such-item'] }],
    }));
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(expect.arrayContaining([
      'items/birth-registration.yaml /timeLimits', 'items/vaccination-certificate.yaml /colour', 'items/company-registration.yaml /form/x-prefill/~1nowhere', // the key '/nowhere', escaped as RFC 6901 says
    ]));
  });

  it('property: an item survives YAML unchanged, and any removed required field is named', () => {
    const required = ['code', 'name', 'summary', 'type', 'department', 'regions', 'legalBasis', 'timeLimits', 'fees', 'channels', 'applicantTypes', 'materials', 'form', 'workflow'] as const;
    fc.assert(fc.property(fc.subarray([...required], { minLength: 0, maxLength: 4 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }),
      (removed, statutory, committed) => {
        const definition: Record<string, unknown> = { ...birth, timeLimits: { statutoryDays: Math.max(statutory, committed), committedDays: committed } };
        for (const key of removed) delete definition[key];
        const problems = problemsOf(writeCatalog({ raw: { 'items/x.yaml': stringify(definition) } }));
        if (removed.length === 0) return problems.length === 0 && readCatalogFolder(writeCatalog({ items: [definition] })).items.get(birth.code)!.item.timeLimits.committedDays === committed;
        return removed.every((key) => problems.some((p) => p.field === `/${key}`));
      }), { numRuns: 40 });
  });

  it('refuses certificate types the certificate catalog does not know', () => {
    const problems = problemsOf(writeCatalog({ items: [
      { ...birth, materials: [{ code: 'id-card', name: bi('居民身份证', 'ID card'), required: true, certificateTypes: ['resident-id-card', 'library-card'] }],
        workflow: { ...birth.workflow, resultCertificateType: 'gold-star' } },
    ] }));
    expect(problems.map((p) => p.field).sort()).toEqual(['/materials/0/certificateTypes/1', '/workflow/resultCertificateType']);
  });

  it('a bundle\'s shared field must land on a real form field of each item', () => {
    const problems = problemsOf(writeCatalog({ items: [birth, vaccination],
      bundles: [{ ...newborn, sharedFields: [{ ...newborn.sharedFields[0]!, mapsTo: [{ item: 'vaccination-certificate', pointer: '/child/nickname' }] }] }] }));
    expect(problems).toEqual([expect.objectContaining({ file: 'bundles/newborn.yaml', field: '/sharedFields/0/mapsTo/0/pointer' })]);
  });
});

describe('importing and versions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await seedDemo(t.system);
  });
  afterAll(() => t.close());

  const count = (table: string) => t.count(table);

  it('imports all or nothing: a department that does not exist stops the whole import', async () => {
    const bad = { ...vaccination, workflow: { ...vaccination.workflow, stages: [{ name: bi('审核'), tasks: [...vaccination.workflow.stages[0]!.tasks, { department: 'nosuch', name: bi('某部门'), timeLimitDays: 1 }] }] } };
    const before = await count('catalog_versions');
    await expect(importCatalog(t.system, readCatalogFolder(writeCatalog({ items: [birth, bad] })))).rejects.toMatchObject({
      problems: [expect.objectContaining({ file: 'items/vaccination-certificate.yaml', field: '/workflow/stages/0/tasks/2/department' })] });
    expect(await count('catalog_versions')).toBe(before);
  });

  it('publishes new entries, leaves unchanged ones alone, and versions changed ones', async () => {
    const first = await importCatalog(t.system, readCatalogFolder(writeCatalog({ items: [birth, vaccination, company], bundles: [newborn] })));
    expect(first).toMatchObject({ items: { created: 3, updated: 0, unchanged: 0 }, bundles: { created: 1 }, synonyms: 2 });
    const v1 = await getPublishedItem(t.system, 'birth-registration');
    const again = await importCatalog(t.system, readCatalogFolder(writeCatalog({ items: [birth, vaccination, company], bundles: [newborn] })));
    expect(again.items).toEqual({ created: 0, updated: 0, unchanged: 3 });
    const changed = await importCatalog(t.system, readCatalogFolder(writeCatalog({ items: [{ ...birth, timeLimits: { statutoryDays: 20, committedDays: 2 } }, vaccination, company], bundles: [newborn] })));
    expect(changed.items).toEqual({ created: 0, updated: 1, unchanged: 2 });
    const v2 = await getPublishedItem(t.system, 'birth-registration');
    expect(v2.version).toBe(2);
    expect(v2.definition.timeLimits.committedDays).toBe(2);
    // An application submitted under version 1 still reads version 1.
    expect((await getItemVersion(t.system, v1.versionId)).definition.timeLimits.committedDays).toBe(5);
  });

  it('the database refuses to change or delete a published version', async () => {
    const { versionId } = await getPublishedItem(t.system, 'company-registration');
    const db = t.tongban.platform.database.db;
    await expect(db.execute(sql`UPDATE catalog_versions SET definition = '{}' WHERE id = ${versionId}`)).rejects.toThrow();
    await expect(db.execute(sql`DELETE FROM catalog_versions WHERE id = ${versionId}`)).rejects.toThrow();
  });

  it('serves the guide publicly, and bundles with their items', async () => {
    const guide = (await t.tongban.http.inject('/api/v1/catalog/items/vaccination-certificate')).json();
    expect(guide).toMatchObject({ code: 'vaccination-certificate', definition: { name: { zh: '预防接种证办理' } } });
    expect(guide.definition.workflow.stages[0].tasks.map((x: { department: string }) => x.department)).toEqual(['wjw', 'ybj']);
    const list = (await t.tongban.http.inject('/api/v1/catalog/bundles')).json();
    expect(list).toEqual([expect.objectContaining({ code: 'newborn', kind: 'bundle', name: { zh: '新生儿出生一件事', en: 'Newborn' } })]);
    expect((await t.tongban.http.inject('/api/v1/catalog/items/no-such-item')).statusCode).toBe(404);
  });

  it('gives a life event one guide: its items and one set of materials, each listed once', async () => {
    const guide = (await t.tongban.http.inject('/api/v1/catalog/bundles/newborn/guide')).json();
    expect(guide.items.map((i: { code: string }) => i.code)).toEqual(['birth-registration', 'vaccination-certificate']);
    expect(guide.materials).toEqual([expect.objectContaining({ code: 'id-card', neededBy: ['birth-registration', 'vaccination-certificate'] })]);
    expect(guide.committedDays).toBe(5);
  });

  describe('drafts and publishing', () => {
    it('a department admin edits their own department\'s item as a draft, then publishes it', async () => {
      const admin = await signInBrowser(t, 'admin.gaj', DEMO_PASSWORD);
      const draft = await admin.request({ method: 'PUT', url: '/api/v1/catalog/items/birth-registration/draft',
        payload: { ...birth, summary: bi('新说明', 'New summary') } });
      expect(draft.statusCode).toBe(200);
      expect(draft.json()).toMatchObject({ version: 3, status: 'draft' });
      expect((await getPublishedItem(t.system, 'birth-registration')).version).toBe(2); // the public still sees version 2
      const published = await admin.request({ method: 'POST', url: '/api/v1/catalog/items/birth-registration/publish' });
      expect(published.json()).toMatchObject({ version: 3, definition: { summary: { zh: '新说明' } } });
      expect((await admin.request({ method: 'POST', url: '/api/v1/catalog/items/birth-registration/publish' })).json().error.code).toBe('catalog.no_draft');
    });

    it('another department\'s admin may not edit it', async () => {
      const other = await signInBrowser(t, 'admin.mzj', DEMO_PASSWORD);
      const res = await other.request({ method: 'PUT', url: '/api/v1/catalog/items/birth-registration/draft', payload: birth });
      expect(res.statusCode).toBe(403);
    });

    it('an invalid definition is refused naming the field', async () => {
      const admin = await signInBrowser(t, 'admin.gaj', DEMO_PASSWORD);
      const res = await admin.request({ method: 'PUT', url: '/api/v1/catalog/items/birth-registration/draft',
        payload: { ...birth, timeLimits: { statutoryDays: 1, committedDays: 9 } } });
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'catalog.definition_invalid', field: '/timeLimits/committedDays' });
    });

    it('an item may name as its result only a certificate type its own department issues', async () => {
      const admin = await signInBrowser(t, 'admin.gaj', DEMO_PASSWORD);
      const before = await count('catalog_versions');
      // The police naming the health commission's 出生医学证明: refused, naming the field.
      const foreign = await admin.request({ method: 'PUT', url: '/api/v1/catalog/items/birth-registration/draft',
        payload: { ...birth, workflow: { ...birth.workflow, resultCertificateType: 'birth-medical-certificate' } } });
      expect(foreign.statusCode).toBe(422);
      expect(foreign.json().error).toMatchObject({ code: 'catalog.definition_invalid', field: '/workflow/resultCertificateType', message: { en: expect.stringContaining('issued by wjw') } });
      expect(await count('catalog_versions')).toBe(before);
      expect(problemsOf(writeCatalog({ items: [{ ...birth, workflow: { ...birth.workflow, resultCertificateType: 'birth-medical-certificate' } }] })))
        .toEqual([expect.objectContaining({ field: '/workflow/resultCertificateType' })]);
      // Their own 户口簿 only from a form that names the child and with which parent it registers (随父/随母落户):
      // otherwise the certificate's required claims could have no source.
      const unsourced = await admin.request({ method: 'PUT', url: '/api/v1/catalog/items/birth-registration/draft',
        payload: { ...birth, workflow: { ...birth.workflow, resultCertificateType: 'household-register' } } });
      expect(unsourced.json().error).toMatchObject({ code: 'catalog.definition_invalid', field: '/workflow/resultCertificateType', message: { en: expect.stringContaining('householdHead') } });
      const householdForm = { type: 'object', required: ['applicant', 'child'], 'x-prefill': { '/applicant/name': 'applicant.name' }, properties: {
        applicant: { type: 'object', required: ['name', 'relation'], properties: { name: { type: 'string' }, relation: { enum: ['father', 'mother'], 'x-labels': { father: { zh: '父亲', en: 'Father' }, mother: { zh: '母亲', en: 'Mother' } } } } },
        child: { type: 'object', required: ['name', 'birthDate'], properties: { name: { type: 'string' }, birthDate: { type: 'string', format: 'date' } } } } };
      const own = await admin.request({ method: 'PUT', url: '/api/v1/catalog/items/birth-registration/draft',
        payload: { ...birth, form: householdForm, workflow: { ...birth.workflow, resultCertificateType: 'household-register' } } });
      expect(own.statusCode, own.body).toBe(200);
      // A draft that got in some other way is checked again at publishing.
      await t.tongban.platform.database.db.execute(sql`UPDATE catalog_versions SET definition = jsonb_set(definition, '{workflow,resultCertificateType}', '"birth-medical-certificate"')
        WHERE status = 'draft' AND entry_id = (SELECT id FROM catalog_entries WHERE code = 'birth-registration' AND kind = 'item')`);
      const published = await admin.request({ method: 'POST', url: '/api/v1/catalog/items/birth-registration/publish' });
      expect(published.statusCode).toBe(422);
      expect(published.json().error).toMatchObject({ code: 'catalog.result_type_not_own', field: '/workflow/resultCertificateType' });
      expect((await getPublishedItem(t.system, 'birth-registration')).definition.workflow.resultCertificateType).toBeUndefined();
      expect((await admin.request({ method: 'PUT', url: '/api/v1/catalog/items/birth-registration/draft', payload: birth })).statusCode).toBe(200); // back to a clean draft
    });

    it('a department admin edits, reads the drafts of and publishes only their own department\'s items (item 10)', async () => {
      const police = await signInBrowser(t, 'admin.gaj', DEMO_PASSWORD);
      const civil = await signInBrowser(t, 'admin.mzj', DEMO_PASSWORD);
      // Not another department's item, not even by claiming it for their own department …
      expect((await police.request({ method: 'PUT', url: '/api/v1/catalog/items/vaccination-certificate/draft', payload: { ...vaccination, department: 'gaj',
        workflow: { ...vaccination.workflow, stages: [{ name: bi('审核'), tasks: [{ department: 'gaj', name: bi('审核'), timeLimitDays: 2 }] }] } } })).statusCode).toBe(403);
      // … nor give their own item away to another department …
      expect((await police.request({ method: 'PUT', url: '/api/v1/catalog/items/birth-registration/draft', payload: { ...birth, department: 'mzj' } })).statusCode).toBe(403);
      // … nor read or publish another department's drafts.
      expect((await civil.request({ method: 'GET', url: '/api/v1/catalog/items/birth-registration/versions' })).statusCode).toBe(403);
      expect((await civil.request({ method: 'POST', url: '/api/v1/catalog/items/birth-registration/publish' })).statusCode).toBe(403);
      expect((await police.request({ method: 'GET', url: '/api/v1/catalog/items/birth-registration/versions' })).statusCode).toBe(200);
      // A new item that exists only as a draft is not even there for another department.
      const fresh = item('police-permit', { name: bi('治安许可', 'Police permit') });
      expect((await police.request({ method: 'PUT', url: '/api/v1/catalog/items/police-permit/draft', payload: fresh })).statusCode).toBe(200);
      expect((await civil.request({ method: 'GET', url: '/api/v1/catalog/items/police-permit/versions' })).statusCode).toBe(404);
      expect((await civil.request({ method: 'POST', url: '/api/v1/catalog/items/police-permit/publish' })).statusCode).toBe(404);
      expect((await civil.request({ method: 'PUT', url: '/api/v1/catalog/items/police-permit/draft', payload: { ...fresh, department: 'mzj' } })).statusCode).toBe(404);
    });

    it('publishing a change that would break a life event\'s shared field is refused', async () => {
      const admin = await signInBrowser(t, 'admin.gaj', DEMO_PASSWORD);
      const form = { type: 'object', 'x-prefill': { '/applicant/name': 'applicant.name' }, properties: { applicant: { type: 'object', properties: { name: { type: 'string' } } } } };
      expect((await admin.request({ method: 'PUT', url: '/api/v1/catalog/items/birth-registration/draft', payload: { ...birth, form } })).statusCode).toBe(200);
      const res = await admin.request({ method: 'POST', url: '/api/v1/catalog/items/birth-registration/publish' });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('catalog.breaks_bundle');
    });
  });

  describe('search', () => {
    const search = async (q: string, extra = '') => (await t.tongban.http.inject(`/api/v1/catalog/search?q=${encodeURIComponent(q)}${extra}`)).json();

    it('finds the official item from colloquial words, and says which words brought it in', async () => {
      const res = await search('生孩子要办什么');
      expect(res.results[0].code).toBe('birth-registration');
      expect(res.expandedFrom).toEqual({ 出生: '生孩子' });
      expect((await search('开公司')).results[0].code).toBe('company-registration');
      expect((await search('上户口')).results[0].code).toBe('birth-registration');
      expect((await search('vaccination')).results[0].code).toBe('vaccination-certificate');
    });

    it('filters by applicant type, department and region', async () => {
      expect((await search('登记', '&applicantType=enterprise')).results.map((r: { code: string }) => r.code)).toEqual(['company-registration']);
      expect((await search('登记', '&department=gaj')).results.every((r: { department: string }) => r.department === 'gaj')).toBe(true);
      expect((await search('登记', '&region=110000')).results).toEqual([]);
      expect((await search('登记', '&region=339902')).results.length).toBeGreaterThan(0);
    });

    it('a query with nothing to find answers an empty list; an empty query is a 400 naming q', async () => {
      expect((await search('火星移民')).results).toEqual([]);
      const res = await t.tongban.http.inject('/api/v1/catalog/search?q=');
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe('querystring:/q');
    });
  });
});
