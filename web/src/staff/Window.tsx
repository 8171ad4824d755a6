// Window filing (窗口收件) for a walk-in: find the person by ID number (or register them), fill in the item's
// form on their behalf, and submit with the citizen's confirmation.
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api';
import { coerce, Field, getAt, leafFields, problemOf, setAt } from '../components/form';
import { ErrorSummary, errorText, PageTitle, type FieldError } from '../components/ui';
import { pick } from '../i18n';
import type { Application, CatalogSummary, ItemDefinition, Published } from '../answers';
import { StaffNav } from './StaffNav';

interface Person { id: string; name: string; idNumberMasked: string }

export function WindowFiling() {
  const { t } = useTranslation();
  const [idNumber, setIdNumber] = useState('');
  const [name, setName] = useState('');
  const [person, setPerson] = useState<Person | null>(null);
  const [notFound, setNotFound] = useState(false);
  const [itemCode, setItemCode] = useState('');
  const [values, setValues] = useState<Record<string, unknown>>({});
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [filed, setFiled] = useState<Application | null>(null);
  const items = useQuery({ queryKey: ['catalog', 'items'], queryFn: () => api<CatalogSummary[]>('/catalog/items'), staleTime: 300_000 });
  const item = useQuery({ queryKey: ['item', itemCode], enabled: !!itemCode, queryFn: () => api<Published<ItemDefinition>>(`/catalog/items/${itemCode}`) });
  const fields = useMemo(() => (item.data ? leafFields(item.data.definition.form, 'window', '', true, {}, '') : []), [item.data]);

  const find = async () => {
    setErrors([]);
    setNotFound(false);
    try {
      setPerson(await api<Person>(`/persons?idNumber=${encodeURIComponent(idNumber.trim())}&purpose=${encodeURIComponent(t('staff.windowPurpose'))}`));
    } catch (err) {
      if ((err as { status?: number }).status === 404) setNotFound(true);
      else setErrors([{ id: 'walkin-id', text: errorText(err, t) }]);
    }
  };
  const register = async () => {
    try {
      setPerson(await api<Person>('/persons', { method: 'POST', body: { name: name.trim(), idNumber: idNumber.trim() } }));
      setNotFound(false);
    } catch (err) {
      setErrors([{ id: 'walkin-name', text: errorText(err, t) }]);
    }
  };
  const submit = async () => {
    const problems: FieldError[] = fields.flatMap((f) => {
      const p = problemOf(f, getAt(values, f.pointer));
      return p ? [{ id: f.id, text: t('common.labelled', { label: f.label, text: t(p.key, p.values) }) }] : [];
    });
    if (!confirmed) problems.push({ id: 'confirmed', text: t('staff.confirmMissing') });
    setErrors(problems);
    if (problems.length || !person) return;
    let formData: Record<string, unknown> = {};
    for (const f of fields) {
      const v = coerce(f, getAt(values, f.pointer));
      if (v !== undefined) formData = setAt(formData, f.pointer, v);
    }
    try {
      setFiled(await api<Application>('/applications', { method: 'POST', body: { itemCode, formData, forPersonId: person.id, citizenConfirmed: true, idempotencyKey: `window-${crypto.randomUUID()}` } }));
    } catch (err) {
      setErrors([{ id: fields[0]?.id ?? 'walkin-id', text: errorText(err, t) }]);
    }
  };
  if (filed) {
    return (
      <>
        <StaffNav />
        <div className="panel-confirm" role="status"><h1>{t('staff.filed')}</h1><p><strong>{filed.number}</strong></p></div>
        <p><Link to={`/staff/cases/${filed.id}`}>{t('staff.openCase')}</Link></p>
      </>
    );
  }
  return (
    <>
      <StaffNav />
      <ErrorSummary errors={errors} />
      <PageTitle>{t('staff.windowTitle')}</PageTitle>
      <section aria-labelledby="walkin-title">
        <h2 id="walkin-title">{t('staff.walkinPerson')}</h2>
        {person ? <p>{person.name} · {person.idNumberMasked} <button type="button" className="link-button" onClick={() => setPerson(null)}>{t('apply.change')}</button></p> : (
          <form noValidate onSubmit={(e) => { e.preventDefault(); void find(); }}>
            <div className="field">
              <label htmlFor="walkin-id">{t('staff.idNumber')}</label>
              <input id="walkin-id" value={idNumber} maxLength={18} onChange={(e) => setIdNumber(e.target.value)} />
            </div>
            <button type="submit" className="button">{t('staff.find')}</button>
            {notFound && (
              <div className="panel">
                <p>{t('staff.notFoundRegister')}</p>
                <div className="field">
                  <label htmlFor="walkin-name">{t('staff.name')}</label>
                  <input id="walkin-name" value={name} maxLength={50} onChange={(e) => setName(e.target.value)} />
                </div>
                <button type="button" className="button button-secondary" onClick={() => void register()}>{t('staff.register')}</button>
              </div>
            )}
          </form>
        )}
      </section>
      {person && (
        <section aria-labelledby="walkin-item">
          <h2 id="walkin-item">{t('staff.chooseItem')}</h2>
          <div className="field">
            <label htmlFor="item-code">{t('staff.item')}</label>
            <select id="item-code" value={itemCode} onChange={(e) => { setItemCode(e.target.value); setValues({}); }}>
              <option value="">{t('form.select')}</option>
              {items.data?.map((i) => <option key={i.code} value={i.code}>{pick(i.name)}</option>)}
            </select>
          </div>
          {fields.length > 0 && (
            <form noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
              {fields.map((f) => <Field key={f.id} f={f} value={getAt(values, f.pointer)} error={errors.find((x) => x.id === f.id)?.text} onChange={(v) => setValues(setAt(values, f.pointer, v))} />)}
              <label className="checkbox"><input type="checkbox" id="confirmed" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> <span>{t('staff.citizenConfirmed')}</span></label>
              <button type="submit" className="button">{t('staff.file')}</button>
            </form>
          )}
        </section>
      )}
    </>
  );
}
