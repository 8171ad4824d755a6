// Small pieces the citizen's own pages share (account, policies, delegations, agents): a text field with its hint
// and error, scope checkboxes, a definition list, and dates typed as 年-月-日.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../components/ui';

export function TextField({ id, label, hint, errors, value, onChange, type = 'text', autoComplete, short, optional, inputMode }: {
  id: string; label: string; hint?: string; errors: FieldError[]; value: string; onChange: (v: string) => void;
  type?: 'text' | 'password' | 'tel'; autoComplete?: string; short?: boolean; optional?: boolean; inputMode?: 'numeric' | 'text' | 'tel';
}) {
  const { t } = useTranslation();
  const error = errors.find((e) => e.id === id);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${error ? 'field-error' : ''}`}>
      <label htmlFor={id}>{label}{optional && <span className="optional"> {t('form.optional')}</span>}</label>
      {hint && <p className="hint" id={`${id}-hint`}>{hint}</p>}
      {error && <p className="error-text" id={`${id}-error`}><span className="visually-hidden">{t('form.errorPrefix')}</span>{error.text}</p>}
      <input id={id} name={id} type={type} value={value} autoComplete={autoComplete} inputMode={inputMode} className={short ? 'input-short' : undefined}
        aria-invalid={!!error} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

/** Scopes as checkboxes; the first box carries the id the error summary links to. */
export function ScopeChoice({ id, legend, hint, scopes, chosen, onChange, errors }: {
  id: string; legend: string; hint?: string; scopes: readonly string[]; chosen: string[]; onChange: (v: string[]) => void; errors: FieldError[];
}) {
  const { t } = useTranslation();
  const error = errors.find((e) => e.id === id);
  return (
    <div className={`field ${error ? 'field-error' : ''}`}>
      <fieldset aria-describedby={[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}>
        <legend>{legend}</legend>
        {hint && <p className="hint" id={`${id}-hint`}>{hint}</p>}
        {error && <p className="error-text" id={`${id}-error`}><span className="visually-hidden">{t('form.errorPrefix')}</span>{error.text}</p>}
        <div className="radios">
          {scopes.map((s, i) => (
            <label className="checkbox" key={s}>
              <input type="checkbox" id={i === 0 ? id : `${id}-${i}`} checked={chosen.includes(s)}
                onChange={(e) => onChange(e.target.checked ? [...chosen, s] : chosen.filter((x) => x !== s))} />
              <span>{scopeLabel(t, s)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** What a scope lets someone do, in words (the codes are for programs). */
export const scopeLabel = (t: (k: string) => string, scope: string) => t(`citizenScopes.${scope.replace('.', '_')}`);

export function Summary({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="summary-list">
      {rows.map(([k, v]) => <div key={k}><dt>{k}</dt><dd>{v}</dd></div>)}
    </dl>
  );
}

/** Year-month-day (also written with 年月日, or 2026/11/28) → YYYY-MM-DD, or null when it is no real date. */
export function parseDay(raw: string): string | null {
  const m = /^\s*(\d{4})\s*[-/.\u5e74]\s*(\d{1,2})\s*[-/.\u6708]\s*(\d{1,2})\s*\u65e5?\s*$/.exec(raw); // 年 月 日
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The end of a day in China (an authorisation "until 2027-06-30" lasts through that day). */
export const endOfChinaDay = (day: string) => `${day}T23:59:59+08:00`;

export function formatDay(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  return new Date(iso).toLocaleDateString(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'medium' });
}
