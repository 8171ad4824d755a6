// Sign in with an ID number or a staff username and a password; the server sets the session cookie and the
// CSRF cookie.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { actingFor, api, ApiError } from '../api';
import { ErrorSummary, errorText, PageTitle, type FieldError } from '../components/ui';
import { STAFF_ROLES, type Me } from '../session';

export function SignIn() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [params] = useSearchParams();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const identifier = String(form.get('identifier') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const missing: FieldError[] = [];
    if (!identifier) missing.push({ id: 'identifier', text: t('signIn.identifierMissing') });
    if (!password) missing.push({ id: 'password', text: t('signIn.passwordMissing') });
    setErrors(missing);
    if (missing.length) return;
    setBusy(true);
    try {
      actingFor.set(null);
      await api('/auth/sign-in', { method: 'POST', body: { identifier, password } });
      await qc.invalidateQueries();
      const me = await api<Me>('/me');
      qc.setQueryData(['me', null], me);
      const next = params.get('next');
      navigate(next && next.startsWith('/') ? next : me.roles.some((r) => STAFF_ROLES.includes(r)) ? '/staff' : '/');
    } catch (err) {
      setErrors([{ id: err instanceof ApiError && err.body.field === '/password' ? 'password' : 'identifier', text: errorText(err, t) }]);
    } finally {
      setBusy(false);
    }
  };
  const errorOf = (id: string) => errors.find((x) => x.id === id);
  return (
    <div className="narrow">
      <ErrorSummary errors={errors} />
      <PageTitle>{t('signIn.title')}</PageTitle>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <div className={`field ${errorOf('identifier') ? 'field-error' : ''}`}>
          <label htmlFor="identifier">{t('signIn.identifier')}</label>
          <p className="hint" id="identifier-hint">{t('signIn.identifierHint')}</p>
          {errorOf('identifier') && <p className="error-text" id="identifier-error">{errorOf('identifier')!.text}</p>}
          <input id="identifier" name="identifier" autoComplete="username" aria-describedby={`identifier-hint${errorOf('identifier') ? ' identifier-error' : ''}`} aria-invalid={!!errorOf('identifier')} />
        </div>
        <div className={`field ${errorOf('password') ? 'field-error' : ''}`}>
          <label htmlFor="password">{t('signIn.password')}</label>
          {errorOf('password') && <p className="error-text" id="password-error">{errorOf('password')!.text}</p>}
          <input id="password" name="password" type="password" autoComplete="current-password" aria-invalid={!!errorOf('password')} aria-describedby={errorOf('password') ? 'password-error' : undefined} />
        </div>
        <button type="submit" className="button" disabled={busy}>{t('signIn.submit')}</button>
      </form>
      <p>{t('citizenRegister.noAccount')} <Link to="/register">{t('citizenRegister.title')}</Link></p>
      <p className="hint not-elder">{t('signIn.demoHint')}</p>
    </div>
  );
}
