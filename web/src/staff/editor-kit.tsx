// Building blocks of the item editor: every input edits one value of the item definition, named by its JSON
// pointer, so the server's validation errors (which name pointers) land next to the input they are about.
import { withPointer } from '../../../src/platform/json-pointer.ts';
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The element id of the input that edits a pointer: the error summary links to it. */
export const idOf = (pointer: string) => `edit${pointer.replace(/\//g, '-')}`;

export interface PointerError { pointer: string; text: string }

/**
 * The input a server error belongs to: the one for its pointer, or else for the closest enclosing value shown on
 * the page (an error about `/materials/2/upload/maxBytes` sits by the size input; one about a value only the JSON
 * view shows sits by the tab that opens it).
 */
export function anchorOf(pointer: string, fallback: string): string {
  const parts = pointer.split('/');
  for (let n = parts.length; n > 1; n--) {
    const at = parts.slice(0, n).join('/');
    if (document.getElementById(idOf(at))) return at;
  }
  return fallback;
}

export const ErrorsContext = createContext<PointerError[]>([]);

function useErrorsAt(pointer: string): string[] {
  return useContext(ErrorsContext).filter((e) => e.pointer === pointer).map((e) => e.text);
}

/** The error lines of a pointer, and the attributes that tie them to the input. */
export function useFieldErrors(pointer: string, hintId?: string) {
  const { t } = useTranslation();
  const errors = useErrorsAt(pointer);
  const errId = `${idOf(pointer)}-error`;
  const describedBy = [hintId, errors.length ? errId : ''].filter(Boolean).join(' ') || undefined;
  const lines = errors.length > 0 && (
    <p className="error-text" id={errId}>{errors.map((e, i) => <span key={i}><span className="visually-hidden">{t('form.errorPrefix')}</span>{e} </span>)}</p>
  );
  return { lines, describedBy, invalid: errors.length > 0 };
}

export function TextInput({ pointer, label, value, onChange, long, hint, short }: {
  pointer: string; label: string; value: string; onChange: (v: string) => void; long?: boolean; hint?: string; short?: boolean;
}) {
  const hintId = hint ? `${idOf(pointer)}-hint` : undefined;
  const { lines, describedBy, invalid } = useFieldErrors(pointer, hintId);
  const common = { id: idOf(pointer), value, 'aria-invalid': invalid, 'aria-describedby': describedBy };
  return (
    <div className={`field ${invalid ? 'field-error' : ''}`}>
      <label htmlFor={idOf(pointer)}>{label}</label>
      {hint && <p className="hint" id={hintId}>{hint}</p>}
      {lines}
      {long ? <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
        : <input {...common} className={short ? 'input-short' : undefined} onChange={(e) => onChange(e.target.value)} />}
    </div>
  );
}

/** Numbers are typed as text; a value that is not a number is sent as typed, for the server to name. */
export function NumberInput({ pointer, label, value, onChange, hint }: { pointer: string; label: string; value: number | undefined; onChange: (v: number | string | undefined) => void; hint?: string }) {
  return (
    <TextInput pointer={pointer} label={label} hint={hint} short value={value === undefined ? '' : String(value)}
      onChange={(v) => onChange(v.trim() === '' ? undefined : Number.isNaN(Number(v)) ? v : Number(v))} />
  );
}

export function CheckInput({ pointer, id, label, checked, onChange }: { pointer: string; id?: string; label: string; checked: boolean; onChange: (v: boolean) => void }) {
  const { lines, describedBy, invalid } = useFieldErrors(pointer);
  return (
    <div className={invalid ? 'field-error' : undefined}>
      {lines}
      <label className="checkbox"><input type="checkbox" id={id ?? idOf(pointer)} checked={checked} aria-describedby={describedBy} onChange={(e) => onChange(e.target.checked)} /> <span>{label}</span></label>
    </div>
  );
}

/** Several checkboxes editing one array; the first carries the pointer's id. */
export function CheckList<T extends string>({ pointer, legend, options, value, onChange, columns }: {
  pointer: string; legend: string; options: { value: T; label: string }[]; value: T[]; onChange: (v: T[]) => void; columns?: boolean;
}) {
  const { lines, describedBy, invalid } = useFieldErrors(pointer);
  return (
    <fieldset className={invalid ? 'field-error' : undefined} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {lines}
      <div className={columns ? 'check-columns' : undefined}>
      {options.map((o, i) => (
        <label key={o.value} className="checkbox"><input type="checkbox" id={i === 0 ? idOf(pointer) : `${idOf(pointer)}-${i}`} checked={value.includes(o.value)}
          onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((x) => x !== o.value))} /> <span>{o.label}</span></label>
      ))}
      </div>
    </fieldset>
  );
}

export function SelectInput({ pointer, label, value, options, onChange, empty }: {
  pointer: string; label: string; value: string; options: { value: string; label: string }[]; onChange: (v: string) => void; empty?: string;
}) {
  const { lines, describedBy, invalid } = useFieldErrors(pointer);
  return (
    <div className={`field ${invalid ? 'field-error' : ''}`}>
      <label htmlFor={idOf(pointer)}>{label}</label>
      {lines}
      <select id={idOf(pointer)} value={value} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

/** A group of inputs for one element of a list (a fee, a material, a stage): focusable, so errors about the whole element can point at it. */
export function Group({ pointer, legend, children, actions }: { pointer: string; legend: string; children: ReactNode; actions?: ReactNode }) {
  const { lines, describedBy, invalid } = useFieldErrors(pointer);
  return (
    <fieldset className={`edit-group ${invalid ? 'field-error' : ''}`} id={idOf(pointer)} tabIndex={-1} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {lines}
      {children}
      {actions && <div className="button-group edit-actions">{actions}</div>}
    </fieldset>
  );
}

/** Sets the value at a JSON pointer in a copy of `root`; `undefined` removes it, an empty string is kept (the server names it). */
export function setPointer<T>(root: T, pointer: string, value: unknown): T {
  return withPointer(root, pointer, value);
}

/** A list with one element moved by `by` places. */
export function moved<T>(list: T[], index: number, by: number): T[] {
  const to = index + by;
  if (to < 0 || to >= list.length) return list;
  const copy = [...list];
  const [x] = copy.splice(index, 1);
  copy.splice(to, 0, x!);
  return copy;
}
