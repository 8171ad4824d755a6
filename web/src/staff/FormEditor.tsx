// The application form of an item, edited as sections of fields rather than as JSON Schema: each field has a
// label in Chinese and English, a type, whether it is required; fields are added, removed and reordered. What
// this does not cover (patterns, prefill bindings, nested groups' finer points) stays in the JSON view.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemDefinition, JsonSchema } from '../answers';
import { CheckInput, Group, idOf, SelectInput, TextInput } from './editor-kit';

type Form = JsonSchema & { $schema?: string };
type Section = { key: string; title: { zh: string; en: string } };
const KINDS = ['text', 'date', 'integer', 'number', 'boolean', 'choice'] as const;
type Kind = (typeof KINDS)[number];
const KEY = /^[a-zA-Z][a-zA-Z0-9]*$/;

/** Titles in the catalog read "中文 English" (see pickTitle); split and join them the same way. */
export function splitTitle(title: string | undefined): { zh: string; en: string } {
  const m = /^(.*?[^\x20-\x7e])\s+([A-Za-z].*)$/.exec(title ?? '');
  return m ? { zh: m[1]!, en: m[2]! } : { zh: title ?? '', en: '' };
}
const joinTitle = (t: { zh: string; en: string }) => [t.zh.trim(), t.en.trim()].filter(Boolean).join(' ');

export function kindOf(s: JsonSchema): Kind {
  if (s.enum) return 'choice';
  if (s.type === 'boolean' || s.type === 'integer' || s.type === 'number') return s.type;
  return s.format === 'date' ? 'date' : 'text';
}

/** The schema with another type: the checks that belong to the old type go, title and description stay. */
function withKind(s: JsonSchema, kind: Kind): JsonSchema {
  const { type: _type, format: _format, enum: oldEnum, pattern, minLength, maxLength, minimum, maximum, ...rest } = s as JsonSchema & Record<string, unknown>;
  delete rest.exclusiveMinimum;
  delete rest.exclusiveMaximum;
  const was = kindOf(s);
  switch (kind) {
    case 'text': return { ...rest, type: 'string', ...(was === 'text' ? { pattern, minLength, maxLength } : {}) };
    case 'date': return { ...rest, type: 'string', format: 'date' };
    case 'integer': case 'number': return { ...rest, type: kind, ...(was === 'integer' || was === 'number' ? { minimum, maximum } : {}) };
    case 'boolean': return { ...rest, type: 'boolean' };
    case 'choice': return { ...rest, enum: oldEnum ?? [] };
  }
}

const isGroup = (s: JsonSchema) => s.type === 'object' || (!!s.properties && !s.enum);
const schemaPointer = (path: string[]) => `/form${path.map((k) => `/properties/${k}`).join('')}`;
const dataPointer = (path: string[]) => `/${path.join('/')}`;

function groupAt(form: Form, path: string[]): JsonSchema {
  return path.reduce((s, k) => s.properties![k]!, form as JsonSchema);
}

/** A copy of the form with the group at `path` replaced by what `change` makes of it. */
function changeGroup(form: Form, path: string[], change: (g: JsonSchema) => JsonSchema): Form {
  if (!path.length) return change(form) as Form;
  const [head, ...tail] = path;
  return { ...form, properties: { ...form.properties, [head!]: changeGroup(form.properties![head!] as Form, tail, change) } };
}

/** Prefill bindings under a pointer go with the field they bind. */
function withoutPrefill(form: Form, pointer: string): Form {
  const prefill = form['x-prefill'];
  if (!prefill) return form;
  return { ...form, 'x-prefill': Object.fromEntries(Object.entries(prefill).filter(([p]) => p !== pointer && !p.startsWith(`${pointer}/`))) };
}

function FieldRow({ form, path, index, count, setForm }: { form: Form; path: string[]; index: number; count: number; setForm: (f: Form) => void }) {
  const { t } = useTranslation();
  const key = path[path.length - 1]!;
  const parent = path.slice(0, -1);
  const group = groupAt(form, parent);
  const s = group.properties![key]!;
  const at = schemaPointer(path);
  const title = splitTitle(s.title);
  const kind = kindOf(s);
  const required = (group.required ?? []).includes(key);
  const source = form['x-prefill']?.[dataPointer(path)];
  const setSchema = (next: JsonSchema) => setForm(changeGroup(form, parent, (g) => ({ ...g, properties: { ...g.properties, [key]: next } })));
  const move = (by: number) => setForm(changeGroup(form, parent, (g) => {
    const keys = Object.keys(g.properties!);
    const to = index + by;
    [keys[index], keys[to]] = [keys[to]!, keys[index]!];
    return { ...g, properties: Object.fromEntries(keys.map((k) => [k, g.properties![k]!])) };
  }));
  const remove = () => setForm(withoutPrefill(changeGroup(form, parent, (g) => ({
    ...g, properties: Object.fromEntries(Object.entries(g.properties!).filter(([k]) => k !== key)), required: (g.required ?? []).filter((k) => k !== key),
  })), dataPointer(path)));
  const name = title.zh || key;
  return (
    <Group pointer={at} legend={t('admin.fieldLegend', { name, key })} actions={<>
      <button type="button" className="button button-secondary" disabled={index === 0} onClick={() => move(-1)}>{t('admin.moveUp')} <span className="visually-hidden">{name}</span></button>
      <button type="button" className="button button-secondary" disabled={index === count - 1} onClick={() => move(1)}>{t('admin.moveDown')} <span className="visually-hidden">{name}</span></button>
      <button type="button" className="button button-secondary" onClick={remove}>{t('admin.remove')} <span className="visually-hidden">{name}</span></button>
    </>}>
      {source && <p className="hint">{t('admin.prefilledBy', { source: t(`source.${source}`, { defaultValue: source }) })}</p>}
      <TextInput pointer={`${at}/title`} label={t('admin.inZh', { label: t('admin.fieldLabel') })} value={title.zh} onChange={(v) => setSchema({ ...s, title: joinTitle({ ...title, zh: v }) })} />
      <TextInput pointer={`${at}/title-en`} label={t('admin.inEn', { label: t('admin.fieldLabel') })} value={title.en} onChange={(v) => setSchema({ ...s, title: joinTitle({ ...title, en: v }) })} />
      <SelectInput pointer={`${at}/type`} label={t('admin.fieldType')} value={kind} onChange={(v) => setSchema(withKind(s, v as Kind))}
        options={KINDS.map((k) => ({ value: k, label: t(`admin.kind.${k}`) }))} />
      {kind === 'choice' && (
        <TextInput pointer={`${at}/enum`} label={t('admin.choices')} hint={t('admin.choicesHint')} value={(s.enum ?? []).join(', ')}
          onChange={(v) => setSchema({ ...s, enum: v.split(/[,\uff0c]/) /* a Chinese comma separates as well */.map((x) => x.trim()).filter((x, i, all) => x !== '' || i === all.length - 1) })} />
      )}
      {kind === 'choice' && (s.enum ?? []).filter((c) => String(c) !== '').map((c) => {
        // Every choice is shown to people by its name in both languages (x-labels); the catalog check refuses a code alone.
        const code = String(c);
        const labels = s['x-labels'] ?? {};
        const label = labels[code] ?? { zh: '', en: '' };
        const setLabel = (lang: 'zh' | 'en', v: string) => setSchema({ ...s, 'x-labels': { ...labels, [code]: { ...label, [lang]: v } } });
        const labelPointer = `${at}/x-labels/${code.replaceAll('~', '~0').replaceAll('/', '~1')}`;
        return (
          <div key={code} className="choice-labels">
            <TextInput pointer={labelPointer} label={t('formsEditor.choiceZh', { code })} value={label.zh} onChange={(v) => setLabel('zh', v)} />
            <TextInput pointer={`${labelPointer}/en`} label={t('formsEditor.choiceEn', { code })} value={label.en} onChange={(v) => setLabel('en', v)} />
          </div>
        );
      })}
      <CheckInput pointer={`${at}/required`} label={t('admin.fieldRequired')} checked={required}
        onChange={(v) => setForm(changeGroup(form, parent, (g) => ({ ...g, required: v ? [...(g.required ?? []), key] : (g.required ?? []).filter((k) => k !== key) })))} />
    </Group>
  );
}

/** Adds a field to a group: its code (the key in the submitted data), its label and its type. */
function AddField({ form, path, setForm }: { form: Form; path: string[]; setForm: (f: Form) => void }) {
  const { t } = useTranslation();
  const [key, setKey] = useState('');
  const [label, setLabel] = useState({ zh: '', en: '' });
  const [kind, setKind] = useState<Kind>('text');
  const [problem, setProblem] = useState<string | null>(null);
  const base = `new${path.map((k) => `-${k}`).join('')}`;
  const group = groupAt(form, path);
  const add = () => {
    const k = key.trim();
    const wrong = !KEY.test(k) ? t('admin.keyInvalid') : group.properties?.[k] ? t('admin.keyTaken', { key: k }) : !label.zh.trim() ? t('admin.labelMissing') : null;
    setProblem(wrong);
    if (wrong) return;
    setForm(changeGroup(form, path, (g) => ({ ...g, properties: { ...g.properties, [k]: withKind({ title: joinTitle(label) }, kind) } })));
    setKey('');
    setLabel({ zh: '', en: '' });
  };
  const errId = `${base}-error`;
  return (
    <div className="add-field" role="group" aria-labelledby={`${base}-title`}>
      <h4 id={`${base}-title`}>{t('admin.addFieldTitle')}</h4>
      {problem && <p className="error-text" id={errId} role="alert">{problem}</p>}
      <div className="field-row">
        <div className="field"><label htmlFor={`${base}-key`}>{t('admin.fieldKey')}</label>
          <input id={`${base}-key`} className="input-short" value={key} aria-describedby={problem ? errId : undefined} onChange={(e) => { setKey(e.target.value); setProblem(null); }} /></div>
        <div className="field"><label htmlFor={`${base}-zh`}>{t('admin.inZh', { label: t('admin.fieldLabel') })}</label>
          <input id={`${base}-zh`} value={label.zh} onChange={(e) => setLabel({ ...label, zh: e.target.value })} /></div>
        <div className="field"><label htmlFor={`${base}-en`}>{t('admin.inEn', { label: t('admin.fieldLabel') })}</label>
          <input id={`${base}-en`} value={label.en} onChange={(e) => setLabel({ ...label, en: e.target.value })} /></div>
        <div className="field"><label htmlFor={`${base}-type`}>{t('admin.fieldType')}</label>
          <select id={`${base}-type`} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            {KINDS.map((k) => <option key={k} value={k}>{t(`admin.kind.${k}`)}</option>)}
          </select></div>
      </div>
      <button type="button" className="button button-secondary" onClick={add}>{t('admin.addField')}</button>
    </div>
  );
}

function GroupEditor({ form, path, setForm, sections }: { form: Form; path: string[]; setForm: (f: Form) => void; sections: Section[] }) {
  const { t } = useTranslation();
  const group = groupAt(form, path);
  const entries = Object.entries(group.properties ?? {});
  const leaves = entries.filter(([, s]) => !isGroup(s));
  const groups = entries.filter(([, s]) => isGroup(s));
  const fields = (
    <>
      {leaves.map(([k]) => <FieldRow key={k} form={form} path={[...path, k]} index={entries.findIndex(([x]) => x === k)} count={entries.length} setForm={setForm} />)}
      {/* the root of a form made of sections holds no fields of its own */}
      {(path.length > 0 || leaves.length > 0 || groups.length === 0) && <>
        {leaves.length === 0 && <p>{t('admin.noFields')}</p>}
        <AddField form={form} path={path} setForm={setForm} />
      </>}
      {groups.map(([k]) => <GroupEditor key={k} form={form} path={[...path, k]} setForm={setForm} sections={sections} />)}
    </>
  );
  if (!path.length) return fields;
  const key = path[path.length - 1]!;
  const sectionIndex = path.length === 1 ? sections.findIndex((s) => s.key === key) : -1;
  const title = sectionIndex >= 0 ? sections[sectionIndex]!.title : splitTitle(group.title);
  const at = schemaPointer(path);
  const setTitle = (next: { zh: string; en: string }) => {
    const changed = changeGroup(form, path, (g) => ({ ...g, title: joinTitle(next) }));
    setForm(sectionIndex >= 0 ? { ...changed, 'x-sections': sections.map((s, i) => (i === sectionIndex ? { ...s, title: next } : s)) } : changed);
  };
  const removeSection = () => setForm(withoutPrefill({
    ...changeGroup(form, path.slice(0, -1), (g) => ({ ...g, properties: Object.fromEntries(Object.entries(g.properties!).filter(([k]) => k !== key)), required: (g.required ?? []).filter((k) => k !== key) })),
    ...(path.length === 1 ? { 'x-sections': sections.filter((s) => s.key !== key) } : {}),
  }, dataPointer(path)));
  return (
    <Group pointer={at} legend={t('admin.sectionLegend', { name: title.zh || key, key })}
      actions={<button type="button" className="button button-secondary" onClick={removeSection}>{t('admin.removeSection', { name: title.zh || key })}</button>}>
      <TextInput pointer={sectionIndex >= 0 ? `/form/x-sections/${sectionIndex}/title/zh` : `${at}/title`} label={t('admin.inZh', { label: t('admin.sectionTitle') })} value={title.zh} onChange={(v) => setTitle({ ...title, zh: v })} />
      <TextInput pointer={sectionIndex >= 0 ? `/form/x-sections/${sectionIndex}/title/en` : `${at}/title-en`} label={t('admin.inEn', { label: t('admin.sectionTitle') })} value={title.en} onChange={(v) => setTitle({ ...title, en: v })} />
      {fields}
    </Group>
  );
}

function AddSection({ form, setForm, sections }: { form: Form; setForm: (f: Form) => void; sections: Section[] }) {
  const { t } = useTranslation();
  const [key, setKey] = useState('');
  const [title, setTitle] = useState({ zh: '', en: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const add = () => {
    const k = key.trim();
    const wrong = !KEY.test(k) ? t('admin.keyInvalid') : form.properties?.[k] ? t('admin.keyTaken', { key: k }) : !title.zh.trim() || !title.en.trim() ? t('admin.titleMissing') : null;
    setProblem(wrong);
    if (wrong) return;
    setForm({ ...form, 'x-sections': [...sections, { key: k, title }], required: [...(form.required ?? []), k],
      properties: { ...form.properties, [k]: { type: 'object', title: joinTitle(title), required: [], properties: {} } } });
    setKey('');
    setTitle({ zh: '', en: '' });
  };
  return (
    <div className="add-field" role="group" aria-labelledby="new-section-title">
      <h3 id="new-section-title">{t('admin.addSectionTitle')}</h3>
      {problem && <p className="error-text" role="alert">{problem}</p>}
      <div className="field-row">
        <div className="field"><label htmlFor="new-section-key">{t('admin.sectionKey')}</label><input id="new-section-key" className="input-short" value={key} onChange={(e) => setKey(e.target.value)} /></div>
        <div className="field"><label htmlFor="new-section-zh">{t('admin.inZh', { label: t('admin.sectionTitle') })}</label><input id="new-section-zh" value={title.zh} onChange={(e) => setTitle({ ...title, zh: e.target.value })} /></div>
        <div className="field"><label htmlFor="new-section-en">{t('admin.inEn', { label: t('admin.sectionTitle') })}</label><input id="new-section-en" value={title.en} onChange={(e) => setTitle({ ...title, en: e.target.value })} /></div>
      </div>
      <button type="button" className="button button-secondary" onClick={add}>{t('admin.addSection')}</button>
    </div>
  );
}

export function FormSection({ def, setForm }: { def: ItemDefinition; setForm: (f: Form) => void }) {
  const { t } = useTranslation();
  const form = def.form as Form;
  const sections = (form['x-sections'] ?? []) as Section[];
  return (
    <section aria-labelledby="form-title">
      <h2 id="form-title" tabIndex={-1}>{t('admin.form')}</h2>
      <p className="hint" id={idOf('/form')} tabIndex={-1}>{t('admin.formHint')}</p>
      <GroupEditor form={form} path={[]} setForm={setForm} sections={sections} />
      <AddSection form={form} setForm={setForm} sections={sections} />
    </section>
  );
}
