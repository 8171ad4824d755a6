// Reading catalog files: YAML (or JSON), one item or bundle per file. A malformed file is refused with the file,
// the field (a JSON pointer) and the reason, before anything is stored.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parseDocument } from 'yaml';
import type { Bilingual } from '../../platform/errors.js';
import { certificateTypes } from '../certificates/index.js';
import { BundleDefinitionSchema, ItemDefinitionSchema, sensitiveMarkerProblems, type BundleDefinition, type ItemDefinition } from './definition.js';

export interface CatalogProblem {
  file: string;
  field: string; // JSON pointer into the definition
  reason: Bilingual;
}

export class CatalogFileError extends Error {
  constructor(readonly problems: CatalogProblem[]) {
    super(problems.map((p) => `${p.file} ${p.field || '/'}: ${p.reason.en}`).join('\n'));
    this.name = 'CatalogFileError';
  }
}

const definitionAjv = new Ajv({ allErrors: true, strict: false });
addFormats.default(definitionAjv);
const checkItem = definitionAjv.compile(ItemDefinitionSchema);
const checkBundle = definitionAjv.compile(BundleDefinitionSchema);

// Forms are JSON Schema 2020-12, checked against the meta-schema and compiled once to prove they work.
export const formAjv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(formAjv);

const problemOf = (file: string) => (e: ErrorObject): CatalogProblem => {
  const extra = e.keyword === 'required' ? `/${String(e.params.missingProperty)}` : e.keyword === 'additionalProperties' ? `/${String(e.params.additionalProperty)}` : '';
  return { file, field: `${e.instancePath}${extra}`, reason: { zh: `不符合要求：${e.message ?? e.keyword}`, en: e.message ?? e.keyword } };
};

function parse(file: string, text: string): unknown {
  if (file.endsWith('.json')) {
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new CatalogFileError([{ file, field: '', reason: { zh: `不是有效的 JSON：${(e as Error).message}`, en: `Not valid JSON: ${(e as Error).message}` } }]);
    }
  }
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length) {
    throw new CatalogFileError(doc.errors.map((e) => ({ file, field: '', reason: { zh: `不是有效的 YAML：${e.message}`, en: `Not valid YAML: ${e.message}` } })));
  }
  return doc.toJS();
}

/** Properties a JSON Schema form defines, as JSON pointers ('/applicant/name'). */
export function formPointers(form: Record<string, unknown>, prefix = ''): Set<string> {
  const out = new Set<string>();
  const props = (form.properties ?? {}) as Record<string, Record<string, unknown>>;
  for (const [name, sub] of Object.entries(props)) {
    out.add(`${prefix}/${name}`);
    if (sub && typeof sub === 'object') for (const p of formPointers(sub, `${prefix}/${name}`)) out.add(p);
  }
  return out;
}

/**
 * An item's result certificate must be a type its own department issues: a department cannot make another's key
 * sign what it decides (certificate types belong to their issuer).
 */
export function resultTypeProblem(file: string, item: ItemDefinition): CatalogProblem | null {
  const result = item.workflow.resultCertificateType;
  if (!result) return null;
  const field = '/workflow/resultCertificateType';
  const type = certificateTypes().get(result);
  if (!type) return { file, field, reason: { zh: `电子证照目录中没有 ${result}`, en: `No certificate type ${result} in the certificate catalog` } };
  if (type.issuer !== item.department) {
    return { file, field, reason: { zh: `${type.name.zh}由 ${type.issuer} 签发，不是本事项的部门 ${item.department}`, en: `A ${type.name.en} is issued by ${type.issuer}, not by this item's department ${item.department}` } };
  }
  return null;
}

export function validateItem(file: string, value: unknown): ItemDefinition {
  if (!checkItem(value)) throw new CatalogFileError((checkItem.errors ?? []).map(problemOf(file)));
  const item = value as ItemDefinition;
  const problems: CatalogProblem[] = [];
  const add = (field: string, zh: string, en: string) => problems.push({ file, field, reason: { zh, en } });
  if (item.timeLimits.committedDays > item.timeLimits.statutoryDays) {
    add('/timeLimits/committedDays', '承诺时限不能长于法定时限', 'The committed time limit cannot exceed the statutory one');
  }
  const seen = new Set<string>();
  item.materials.forEach((m, i) => {
    if (seen.has(m.code)) add(`/materials/${i}/code`, '材料代码重复', 'Duplicate material code');
    seen.add(m.code);
    if (!m.upload && !m.certificateTypes?.length && !m.exchangeSource) {
      add(`/materials/${i}`, '材料须能上传、由电子证照或共享数据提供', 'A material must be uploadable or come from a certificate or a data source');
    }
    m.certificateTypes?.forEach((type, j) => {
      if (!certificateTypes().has(type)) add(`/materials/${i}/certificateTypes/${j}`, `电子证照目录中没有 ${type}`, `No certificate type ${type} in the certificate catalog`);
    });
  });
  const resultProblem = resultTypeProblem(file, item);
  if (resultProblem) problems.push(resultProblem);
  if (item.workflow.allowTolerance && !item.materials.some((m) => !m.core && m.required)) {
    add('/workflow/allowTolerance', '容缺受理须至少有一项非核心必要材料', 'Tolerance (容缺受理) needs at least one required non-core material');
  }
  if (!formAjv.validateSchema(item.form)) {
    for (const e of formAjv.errors ?? []) add(`/form${e.instancePath}`, `表单不是有效的 JSON Schema：${e.message}`, `The form is not valid JSON Schema: ${e.message}`);
  } else {
    try {
      formAjv.compile(item.form);
    } catch (e) {
      add('/form', `表单无法编译：${(e as Error).message}`, `The form does not compile: ${(e as Error).message}`);
    }
    for (const at of sensitiveMarkerProblems(item.form)) add(`/form${at}`, 'x-sensitive 须为 true 或 false', 'x-sensitive is true or false');
    const pointers = formPointers(item.form);
    const prefill = (item.form['x-prefill'] ?? {}) as Record<string, unknown>;
    for (const [pointer, source] of Object.entries(prefill)) {
      if (!pointers.has(pointer)) add(`/form/x-prefill/${pointer.slice(1).replaceAll('/', '~1')}`, `预填字段 ${pointer} 不在表单中`, `Prefilled field ${pointer} is not in the form`);
      if (typeof source !== 'string' || !/^(applicant|enterprise|certificate)\.[a-zA-Z.]+$/.test(source)) {
        add(`/form/x-prefill/${pointer.slice(1).replaceAll('/', '~1')}`, '预填来源须形如 applicant.name', 'A prefill source looks like applicant.name');
      }
    }
  }
  if (problems.length) throw new CatalogFileError(problems);
  return item;
}

export function validateBundle(file: string, value: unknown): BundleDefinition {
  if (!checkBundle(value)) throw new CatalogFileError((checkBundle.errors ?? []).map(problemOf(file)));
  return value as BundleDefinition;
}

/** Checks that go across files: bundles name existing items, and shared fields land on real form fields. */
export function validateCatalog(items: Map<string, { file: string; item: ItemDefinition }>, bundles: { file: string; bundle: BundleDefinition }[]): void {
  const problems: CatalogProblem[] = [];
  for (const { file, bundle } of bundles) {
    bundle.items.forEach((code, i) => {
      if (!items.has(code)) problems.push({ file, field: `/items/${i}`, reason: { zh: `没有事项 ${code}`, en: `No item ${code}` } });
    });
    bundle.sharedFields.forEach((f, i) => f.mapsTo.forEach((m, j) => {
      const target = items.get(m.item);
      if (!bundle.items.includes(m.item)) {
        problems.push({ file, field: `/sharedFields/${i}/mapsTo/${j}/item`, reason: { zh: `事项 ${m.item} 不在本一件事中`, en: `Item ${m.item} is not in this bundle` } });
      } else if (target && !formPointers(target.item.form).has(m.pointer)) {
        problems.push({ file, field: `/sharedFields/${i}/mapsTo/${j}/pointer`, reason: { zh: `事项 ${m.item} 的表单没有 ${m.pointer}`, en: `The form of ${m.item} has no ${m.pointer}` } });
      }
    }));
    // Sections: every shared field is on a declared page, and a page has a field.
    if (bundle.sections) {
      const keys = new Set(bundle.sections.map((s) => s.key));
      bundle.sharedFields.forEach((f, i) => {
        if (!f.section || !keys.has(f.section)) problems.push({ file, field: `/sharedFields/${i}/section`, reason: { zh: '共享字段须属于已声明的分节', en: 'A shared field must be on a declared section' } });
      });
      bundle.sections.forEach((s, i) => {
        if (!bundle.sharedFields.some((f) => f.section === s.key)) problems.push({ file, field: `/sections/${i}`, reason: { zh: `分节 ${s.key} 没有字段`, en: `Section ${s.key} has no field` } });
      });
    }
    (bundle.presets ?? []).forEach((p, i) => {
      const target = items.get(p.item);
      if (!bundle.items.includes(p.item) || (target && !formPointers(target.item.form).has(p.pointer))) {
        problems.push({ file, field: `/presets/${i}`, reason: { zh: `事项 ${p.item} 的表单没有 ${p.pointer}`, en: `The form of ${p.item} has no ${p.pointer}` } });
      }
    });
    (bundle.materialHolders ?? []).forEach((h, i) => {
      if (!bundle.items.some((code) => items.get(code)?.item.materials.some((m) => m.code === h.material))) {
        problems.push({ file, field: `/materialHolders/${i}/material`, reason: { zh: `本一件事没有材料 ${h.material}`, en: `No item of this bundle asks for ${h.material}` } });
      }
      if (!bundle.sharedFields.some((f) => f.name === h.field)) {
        problems.push({ file, field: `/materialHolders/${i}/field`, reason: { zh: `没有共享字段 ${h.field}`, en: `No shared field ${h.field}` } });
      }
    });
  }
  const codes = new Map<string, string>();
  for (const [code, { file }] of items) {
    if (codes.has(code)) problems.push({ file, field: '/code', reason: { zh: `事项代码与 ${codes.get(code)} 重复`, en: `Same code as ${codes.get(code)}` } });
    codes.set(code, file);
  }
  if (problems.length) throw new CatalogFileError(problems);
}

export interface CatalogFiles {
  items: Map<string, { file: string; item: ItemDefinition }>;
  bundles: { file: string; bundle: BundleDefinition }[];
  synonyms: Record<string, string[]>;
}

/** Reads a catalog folder: items/*.yaml, bundles/*.yaml and synonyms.yaml. All problems are reported together. */
export function readCatalogFolder(dir: string): CatalogFiles {
  const problems: CatalogProblem[] = [];
  const items = new Map<string, { file: string; item: ItemDefinition }>();
  const bundles: { file: string; bundle: BundleDefinition }[] = [];
  const list = (sub: string) => {
    const folder = path.join(dir, sub);
    return fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => /\.(ya?ml|json)$/.test(f)).sort().map((f) => path.join(folder, f)) : [];
  };
  for (const file of list('items')) {
    const rel = path.relative(dir, file);
    try {
      const item = validateItem(rel, parse(rel, fs.readFileSync(file, 'utf8')));
      if (items.has(item.code)) problems.push({ file: rel, field: '/code', reason: { zh: `事项代码与 ${items.get(item.code)!.file} 重复`, en: `Same code as ${items.get(item.code)!.file}` } });
      else items.set(item.code, { file: rel, item });
    } catch (e) {
      if (!(e instanceof CatalogFileError)) throw e;
      problems.push(...e.problems);
    }
  }
  for (const file of list('bundles')) {
    const rel = path.relative(dir, file);
    try {
      bundles.push({ file: rel, bundle: validateBundle(rel, parse(rel, fs.readFileSync(file, 'utf8'))) });
    } catch (e) {
      if (!(e instanceof CatalogFileError)) throw e;
      problems.push(...e.problems);
    }
  }
  let synonyms: Record<string, string[]> = {};
  const synonymsFile = path.join(dir, 'synonyms.yaml');
  if (fs.existsSync(synonymsFile)) synonyms = parse('synonyms.yaml', fs.readFileSync(synonymsFile, 'utf8')) as Record<string, string[]>;
  if (problems.length) throw new CatalogFileError(problems);
  validateCatalog(items, bundles);
  return { items, bundles, synonyms };
}

// Compiled form validators, by catalog version: a published version never changes, so neither does its validator.
const formValidators = new Map<string, ValidateFunction>();

/** Checks an application's form data against the item's form; Ajv's issues, pointers relative to the form. */
export function formDataIssues(versionId: string, form: Record<string, unknown>, data: unknown): ErrorObject[] {
  let validate = formValidators.get(versionId);
  if (!validate) {
    validate = formAjv.compile(form);
    formValidators.set(versionId, validate);
  }
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
