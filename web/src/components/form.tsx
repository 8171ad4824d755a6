// Form fields from the catalog's JSON Schema: one input per leaf, validated here the way the server will, with
// the error next to the field and in the page's error summary.
import { useTranslation } from 'react-i18next';
// The server's own reading of dates and identifiers, so the form says what the server would (one implementation).
import { formatProblem, parseDate } from '../../../src/platform/form-values.ts';
import { valueAt, withPointer } from '../../../src/platform/json-pointer.ts';
import i18n, { pick, pickTitle } from '../i18n';
import type { JsonSchema } from '../answers';

export interface FieldSpec {
  id: string; scope: string; pointer: string; schema: JsonSchema; label: string; required: boolean;
  prefill?: { source: string; value: unknown };
  /** Required only when another answer has a value (JSON Schema if/then: 邮寄 needs an address). */
  requiredWhen?: { pointer: string; value: unknown };
}

/** The value at a JSON Pointer (the server's own RFC 6901 reading). */
export const getAt = valueAt;

/** A copy of the answers with the pointer set; an empty answer removes it. */
export const setAt = (obj: Record<string, unknown>, pointer: string, value: unknown): Record<string, unknown> =>
  withPointer(obj, pointer, value, (v) => v === undefined || v === '');

export const fieldId = (scope: string, pointer: string) => `f-${scope}${pointer.replace(/\//g, '-')}`;

/** The leaf fields of a schema under a pointer, in order. */
export function leafFields(schema: JsonSchema, scope: string, at: string, required: boolean, prefill: Record<string, string>, labelFallback: string): FieldSpec[] {
  if (schema.type === 'object' || (schema.properties && !schema.enum)) {
    const conditional = conditionalRequired(schema, at);
    return Object.entries(schema.properties ?? {}).flatMap(([name, child]) =>
      leafFields(child, scope, `${at}/${name}`, (schema.required ?? []).includes(name), prefill, name)
        .map((f) => (f.pointer === `${at}/${name}` && conditional.has(name) ? { ...f, requiredWhen: conditional.get(name)! } : f)));
  }
  const source = prefill[at];
  return [{ id: fieldId(scope, at), scope, pointer: at, schema, label: pickTitle(schema.title, labelFallback), required, ...(source ? { prefill: { source, value: undefined } } : {}) }];
}

/** Fields an object's if/then makes required when another field has one value: { if: { properties: { x: { const } } }, then: { required } }. */
function conditionalRequired(schema: JsonSchema, at: string): Map<string, { pointer: string; value: unknown }> {
  const out = new Map<string, { pointer: string; value: unknown }>();
  for (const c of [schema, ...(schema.allOf ?? [])]) {
    const [field, cond] = Object.entries(c.if?.properties ?? {})[0] ?? [];
    if (!field || !cond || !('const' in cond)) continue;
    for (const name of c.then?.required ?? []) out.set(name, { pointer: `${at}/${field}`, value: cond.const });
  }
  return out;
}

/** Whether a field must be answered, given the other answers of its scope. */
export const isRequired = (f: FieldSpec, scopeValues: unknown) =>
  f.required || (!!f.requiredWhen && getAt(scopeValues, f.requiredWhen.pointer) === f.requiredWhen.value);

/** Numbers are typed as text; they become numbers here, and dates written 2026年11月28日 become 2026-11-28, before checking and sending. */
export function coerce(f: FieldSpec, value: unknown): unknown {
  if ((f.schema.type === 'integer' || f.schema.type === 'number') && typeof value === 'string') return value.trim() === '' ? undefined : Number(value.trim());
  if (typeof value === 'string' && value.trim() === '') return undefined;
  if (f.schema.format === 'date' && typeof value === 'string') return parseDate(value) ?? value;
  return value;
}

/** What is wrong with a value, as a translation key and values, or null; `scopeValues` are the other answers (for if/then). */
export function problemOf(f: FieldSpec, raw: unknown, scopeValues?: unknown): { key: string; values?: Record<string, unknown> } | null {
  const s = f.schema;
  const value = coerce(f, raw);
  const empty = value === undefined || value === '' || (Array.isArray(value) && !value.length);
  if (empty) return (f.required || (scopeValues !== undefined && isRequired(f, scopeValues))) && !f.prefill ? { key: 'form.required' } : null;
  if (s.enum && !s.enum.includes(value)) return { key: 'form.choose' };
  if (s.type === 'integer' || s.type === 'number') {
    if (typeof value !== 'number' || Number.isNaN(value) || (s.type === 'integer' && !Number.isInteger(value))) return { key: s.type === 'integer' ? 'form.integer' : 'form.number' };
    if (s.minimum !== undefined && value < s.minimum) return { key: 'form.min', values: { min: s.minimum } };
    if (s.maximum !== undefined && value > s.maximum) return { key: 'form.max', values: { max: s.maximum } };
  }
  if (typeof value === 'string') {
    if (s.format === 'date' && parseDate(value) !== value) return { key: 'form.date' };
    const wrong = s.format ? formatProblem(s.format, value) : null;
    if (wrong) return { key: 'formsField.format', values: { message: pick(wrong) } };
    if (s.minLength !== undefined && value.length < s.minLength) return { key: 'form.minLength', values: { n: s.minLength } };
    if (s.maxLength !== undefined && value.length > s.maxLength) return { key: 'form.maxLength', values: { n: s.maxLength } };
    if (s.pattern && !new RegExp(s.pattern).test(value)) return { key: 'form.pattern' };
  }
  return null;
}

/** A choice's label from the catalog (x-labels), in the current language; the code itself is never shown. */
export function choiceLabel(schema: JsonSchema | undefined, value: unknown): string {
  const label = schema?.['x-labels']?.[String(value)];
  return label ? pick(label) : i18n.t(`enum.${String(value)}`, { defaultValue: String(value) });
}

export function useEnumLabel() {
  useTranslation(); // re-render on a change of language
  return (value: unknown, schema?: JsonSchema) => choiceLabel(schema, value);
}

export function displayValue(f: FieldSpec, value: unknown, enumLabel: (v: unknown, schema?: JsonSchema) => string, yes: string, no: string): string {
  if (value === undefined || value === null || value === '') return '';
  if (Array.isArray(value)) return value.map((v) => enumLabel(v, f.schema.items)).join(i18n.t('common.listSep'));
  if (f.schema.enum) return enumLabel(value, f.schema);
  if (typeof value === 'boolean') return value ? yes : no;
  return String(value);
}

export function Field({ f, value, error, onChange, required }: { f: FieldSpec; value: unknown; error?: string; onChange: (v: unknown) => void; required?: boolean }) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const hintId = `${f.id}-hint`;
  const errId = `${f.id}-error`;
  const describedBy = [f.schema.format === 'date' || f.prefill ? hintId : '', error ? errId : ''].filter(Boolean).join(' ') || undefined;
  const label = <>{f.label}{!(required ?? f.required) && <span className="optional"> {t('form.optional')}</span>}</>;
  const errorLine = error && <p className="error-text" id={errId}><span className="visually-hidden">{t('form.errorPrefix')}</span>{error}</p>;
  const cls = `field ${error ? 'field-error' : ''}`;

  if (f.prefill) {
    return (
      <div className="field prefilled">
        <span className="label" id={f.id} tabIndex={-1}>{f.label}</span>
        <p className="prefill-value">{f.prefill.value === undefined || f.prefill.value === null ? t('form.prefillLater') : displayValue(f, f.prefill.value, enumLabel, t('common.yes'), t('common.no'))}</p>
        <p className="hint" id={hintId}>{t('form.prefilledFrom', { source: t(`source.${f.prefill.source}`, { defaultValue: f.prefill.source }) })}</p>
      </div>
    );
  }
  const s = f.schema;
  if (s.enum && s.enum.length <= 6) {
    return (
      <div className={cls}>
        <fieldset aria-describedby={describedBy}>
          <legend>{label}</legend>
          {errorLine}
          <div className="radios">
            {s.enum.map((opt, i) => (
              <label key={String(opt)} className="radio">
                <input type="radio" name={f.id} id={i === 0 ? f.id : `${f.id}-${i}`} checked={value === opt} onChange={() => onChange(opt)} />
                <span>{enumLabel(opt, s)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
    );
  }
  if (s.enum) {
    return (
      <div className={cls}>
        <label htmlFor={f.id}>{label}</label>
        {errorLine}
        <select id={f.id} value={value === undefined ? '' : String(value)} aria-describedby={describedBy} aria-invalid={!!error} onChange={(e) => onChange(e.target.value || undefined)}>
          <option value="">{t('form.select')}</option>
          {s.enum.map((opt) => <option key={String(opt)} value={String(opt)}>{enumLabel(opt, s)}</option>)}
        </select>
      </div>
    );
  }
  if (s.type === 'array' && s.items?.enum) {
    const chosen = Array.isArray(value) ? value : [];
    const items = s.items;
    return (
      <div className={cls}>
        <fieldset aria-describedby={describedBy}>
          <legend>{label}</legend>
          {errorLine}
          <div className="checkboxes">
            {(items.enum ?? []).map((opt, i) => (
              <label key={String(opt)} className="checkbox">
                <input type="checkbox" id={i === 0 ? f.id : `${f.id}-${i}`} checked={chosen.includes(opt)}
                  onChange={(e) => onChange(e.target.checked ? [...chosen, opt] : chosen.filter((c) => c !== opt))} />
                <span>{enumLabel(opt, items)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
    );
  }
  if (s.type === 'boolean') {
    return (
      <div className={cls}>
        {errorLine}
        <label className="checkbox"><input type="checkbox" id={f.id} checked={value === true} onChange={(e) => onChange(e.target.checked)} /> <span>{label}</span></label>
      </div>
    );
  }
  const numeric = s.type === 'integer' || s.type === 'number';
  return (
    <div className={cls}>
      <label htmlFor={f.id}>{label}</label>
      {s.format === 'date' && <p className="hint" id={hintId}>{t('form.dateHint')}</p>}
      {errorLine}
      <input
        id={f.id} value={value === undefined ? '' : String(value)} aria-invalid={!!error} aria-describedby={describedBy}
        inputMode={numeric ? (s.type === 'integer' ? 'numeric' : 'decimal') : undefined}
        className={numeric || s.format === 'date' ? 'input-short' : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
