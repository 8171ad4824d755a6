// Small building blocks of the portal, after the GOV.UK design system: error summary, fields with hints and
// errors, time-limit lights, loading and failure states.
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api';
import i18n, { pick } from '../i18n';

export interface FieldError { id: string; text: string }

/** Listed at the top of a page after a failed submit; each entry links to its field. Takes focus. */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">{t('errors.summaryTitle')}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.id}><a href={`#${e.id}`} onClick={(ev) => { ev.preventDefault(); document.getElementById(e.id)?.focus(); }}>{e.text}</a></li>
        ))}
      </ul>
    </div>
  );
}

export function errorText(err: unknown, t: (k: string) => string): string {
  if (err instanceof ApiError) return err.body.message ? pick(err.body.message) : err.status === 0 ? t('errors.network') : t('errors.generic');
  return t('errors.generic');
}

export function Failure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 401) {
    return <div className="notice" role="status"><p>{t('auth.needSignIn')}</p><Link className="button" to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>{t('auth.signIn')}</Link></div>;
  }
  return <p className="error-text" role="alert">{errorText(error, t)}</p>;
}

export function Loading() {
  const { t } = useTranslation();
  return <p className="loading" role="status">{t('common.loading')}</p>;
}

export function Light({ light, days, paused }: { light: string | null; days?: number | null; paused?: boolean }) {
  const { t } = useTranslation();
  if (!light) return null;
  return (
    <span className={`light light-${light}`}>
      <span className="dot" aria-hidden="true" />
      {t(`light.${light}`)}
      {paused ? ` · ${t('light.paused')}` : days != null ? ` · ${t('light.remaining', { count: days })}` : ''}
    </span>
  );
}

export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <strong className={`tag tag-${status}`}>{t(`status.${status}`, { defaultValue: status })}</strong>;
}

export function PageTitle({ children, caption }: { children: ReactNode; caption?: ReactNode }) {
  useEffect(() => {
    const h1 = document.querySelector('main h1');
    if (h1) document.title = `${h1.textContent} · ${i18n.t('brandShort')}`;
  });
  return (
    <>
      {caption && <span className="caption">{caption}</span>}
      <h1>{children}</h1>
    </>
  );
}

export function formatDateTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' });
}
