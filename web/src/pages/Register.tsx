// 实名注册: a citizen registers with their name, ID number and a password (real-name level 1). The answer is the
// same whether or not the number was on record, so the page only says what to do next.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError, type Bilingual } from '../api';
import { ErrorSummary, errorText, PageTitle, type FieldError } from '../components/ui';
import { pick } from '../i18n';
import { TextField } from './citizen-ui';

const ID_NUMBER = /^\d{17}[\dX]$/;
const PHONE = /^1[3-9]\d{9}$/;
const MIN_PASSWORD = 10; // the server's rule: at least 10, letters and digits

export function Register() {
  const { t } = useTranslation();
  const [v, setV] = useState({ name: '', idNumber: '', phone: '', password: '', password2: '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Bilingual | null>(null);
  const set = (k: keyof typeof v) => (value: string) => setV({ ...v, [k]: value });

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const idNumber = v.idNumber.trim().toUpperCase();
    const found: FieldError[] = [];
    if (!v.name.trim()) found.push({ id: 'name', text: t('citizenRegister.nameMissing') });
    if (!ID_NUMBER.test(idNumber)) found.push({ id: 'idNumber', text: t('citizenRegister.idNumberInvalid') });
    if (v.phone.trim() && !PHONE.test(v.phone.trim())) found.push({ id: 'phone', text: t('citizenRegister.phoneInvalid') });
    if (v.password.length < MIN_PASSWORD || !/[A-Za-z]/.test(v.password) || !/\d/.test(v.password)) found.push({ id: 'password', text: t('citizenRegister.passwordShort', { n: MIN_PASSWORD }) });
    else if (v.password !== v.password2) found.push({ id: 'password2', text: t('citizenRegister.passwordMismatch') });
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      const res = await api<{ status: string; message: Bilingual }>('/auth/register', { method: 'POST',
        body: { name: v.name.trim(), idNumber, password: v.password, ...(v.phone.trim() ? { phone: v.phone.trim() } : {}) } });
      setDone(res.message);
    } catch (err) {
      const field = err instanceof ApiError ? err.body.field ?? '' : '';
      setErrors([{ id: ['name', 'idNumber', 'phone', 'password'].find((f) => field === `/${f}`) ?? 'name', text: errorText(err, t) }]);
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <div className="narrow">
        <div className="panel-confirm" role="status">
          <PageTitle>{t('citizenRegister.doneTitle')}</PageTitle>
        </div>
        <p>{pick(done)}</p>
        <p><Link className="button" to="/sign-in">{t('auth.signIn')}</Link></p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <ErrorSummary errors={errors} />
      <PageTitle>{t('citizenRegister.title')}</PageTitle>
      <p className="lead">{t('citizenRegister.lead')}</p>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <TextField id="name" label={t('citizenRegister.name')} hint={t('citizenRegister.nameHint')} autoComplete="name" errors={errors} value={v.name} onChange={set('name')} />
        <TextField id="idNumber" label={t('citizenRegister.idNumber')} hint={t('citizenRegister.idNumberHint')} errors={errors} value={v.idNumber} onChange={set('idNumber')} />
        <TextField id="phone" label={t('citizenRegister.phone')} hint={t('citizenRegister.phoneHint')} type="tel" inputMode="tel" autoComplete="tel" optional short errors={errors} value={v.phone} onChange={set('phone')} />
        <TextField id="password" label={t('citizenRegister.password')} hint={t('citizenRegister.passwordHint', { n: MIN_PASSWORD })} type="password" autoComplete="new-password" errors={errors} value={v.password} onChange={set('password')} />
        <TextField id="password2" label={t('citizenRegister.password2')} type="password" autoComplete="new-password" errors={errors} value={v.password2} onChange={set('password2')} />
        <button type="submit" className="button" disabled={busy}>{t('citizenRegister.submit')}</button>
      </form>
      <p>{t('citizenRegister.haveAccount')} <Link to="/sign-in">{t('auth.signIn')}</Link></p>
    </div>
  );
}
