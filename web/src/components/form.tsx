// Form fields from the catalog's JSON Schema: one input per leaf, validated here the way the server will, with
// the error next to the field and in the page's error summary.
import { useTranslation } from 'react-i18next';
import i18n, { pickTitle } from '../i18n';
import type { JsonSchema } from '../answers';

export interface FieldSpec {
  id: string; scope: string; pointer: string; schema: JsonSchema; label: string; required: boolean;
  prefill?: { source: string; value: unknown };
}

export function getAt(obj: unknown, pointer: string): unknown {
  let cur = obj as Record<string, unknown> | undefined;
  for (const part of pointer.split('/').slice(1)) {
    if (cur == null || typeof cur !== 'object') return undefined;
    cur = cur[part] as Record<string, unknown> | undefined;
  }
  return cur;
}

export function setAt(obj: Record<string, unknown>, pointer: string, value: unknown): Record<string, unknown> {
  const parts = pointer.split('/').slice(1);
  const root = structuredClone(obj);
  let cur = root;
  parts.forEach((part, i) => {
    if (i === parts.length - 1) {
      if (value === undefined || value === '') delete cur[part];
      else cur[part] = value;
    } else {
      if (typeof cur[part] !== 'object' || cur[part] === null) cur[part] = {};
      cur = cur[part] as Record<string, unknown>;
    }
  });
  return root;
}

export const fieldId = (scope: string, pointer: string) => `f-${scope}${pointer.replace(/\//g, '-')}`;

/** The leaf fields of a schema under a pointer, in order. */
export function leafFields(schema: JsonSchema, scope: string, at: string, required: boolean, prefill: Record<string, string>, labelFallback: string): FieldSpec[] {
  if (schema.type === 'object' || (schema.properties && !schema.enum)) {
    return Object.entries(schema.properties ?? {}).flatMap(([name, child]) =>
      leafFields(child, scope, `${at}/${name}`, (schema.required ?? []).includes(name), prefill, name));
  }
  const source = prefill[at];
  return [{ id: fieldId(scope, at), scope, pointer: at, schema, label: pickTitle(schema.title, labelFallback), required, ...(source ? { prefill: { source, value: undefined } } : {}) }];
}

/** What is wrong with a value, as a translation key and values, or null. */
/** Numbers are typed as text; they become numbers here, before checking and sending. */
export function coerce(f: FieldSpec, value: unknown): unknown {
  if ((f.schema.type === 'integer' || f.schema.type === 'number') && typeof value === 'string') return value.trim() === '' ? undefined : Number(value.trim());
  if (typeof value === 'string' && value.trim() === '') return undefined;
  return value;
}

export function problemOf(f: FieldSpec, raw: unknown): { key: string; values?: Record<string, unknown> } | null {
  const s = f.schema;
  const value = coerce(f, raw);
  const empty = value === undefined || value === '' || (Array.isArray(value) && !value.length);
  if (empty) return f.required && !f.prefill ? { key: 'form.required' } : null;
  if (s.enum && !s.enum.includes(value)) return { key: 'form.choose' };
  if (s.type === 'integer' || s.type === 'number') {
    if (typeof value !== 'number' || Number.isNaN(value) || (s.type === 'integer' && !Number.isInteger(value))) return { key: s.type === 'integer' ? 'form.integer' : 'form.number' };
    if (s.minimum !== undefined && value < s.minimum) return { key: 'form.min', values: { min: s.minimum } };
    if (s.maximum !== undefined && value > s.maximum) return { key: 'form.max', values: { max: s.maximum } };
  }
  if (typeof value === 'string') {
    if (s.format === 'date' && (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))) return { key: 'form.date' };
    if (s.minLength !== undefined && value.length < s.minLength) return { key: 'form.minLength', values: { n: s.minLength } };
    if (s.maxLength !== undefined && value.length > s.maxLength) return { key: 'form.maxLength', values: { n: s.maxLength } };
    if (s.pattern && !new RegExp(s.pattern).test(value)) return { key: 'form.pattern' };
  }
  return null;
}

export function useEnumLabel() {
  const { t } = useTranslation();
  return (value: unknown) => t(`enum.${String(value)}`, { defaultValue: String(value) });
}

export function displayValue(f: FieldSpec, value: unknown, enumLabel: (v: unknown) => string, yes: string, no: string): string {
  if (value === undefined || value === null || value === '') return '';
  if (Array.isArray(value)) return value.map(enumLabel).join(i18n.t('common.listSep'));
  if (f.schema.enum) return enumLabel(value);
  if (typeof value === 'boolean') return value ? yes : no;
  return String(value);
}

export function Field({ f, value, error, onChange }: { f: FieldSpec; value: unknown; error?: string; onChange: (v: unknown) => void }) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const hintId = `${f.id}-hint`;
  const errId = `${f.id}-error`;
  const describedBy = [f.schema.format === 'date' || f.prefill ? hintId : '', error ? errId : ''].filter(Boolean).join(' ') || undefined;
  const label = <>{f.label}{!f.required && <span className="optional"> {t('form.optional')}</span>}</>;
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
                <span>{enumLabel(opt)}</span>
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
          {s.enum.map((opt) => <option key={String(opt)} value={String(opt)}>{enumLabel(opt)}</option>)}
        </select>
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
