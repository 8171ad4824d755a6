// Window filing (窗口收件) for a walk-in: the queue at the clerk's window, find the person by ID number (or register
// them), the item (searchable, pinyin initials too), the form prefilled with what is known of them, the paper they
// brought (scanned, or original seen), and their confirmation, which must be given again whenever the item changes.
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api';
import { coerce, Field, getAt, leafFields, problemOf, setAt, type FieldSpec } from '../components/form';
import { ErrorSummary, errorText, PageTitle, type FieldError } from '../components/ui';
import { pick } from '../i18n';
import type { Application, CatalogSummary, ItemDefinition, Published, TicketView } from '../answers';
import { ItemPicker } from './ItemPicker';
import { PaperMaterials, paperWays, type PaperRecord } from './PaperMaterials';
import { StaffNav } from './StaffNav';
import { WindowQueue } from './WindowQueue';

interface Person { id: string; name: string; idNumberMasked: string }

/** The birth date in a GB 11643 ID number (positions 7–14). */
const birthDateOf = (idNumber: string) => (/^\d{17}[\dX]$/i.test(idNumber) ? `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}` : undefined);

/**
 * What the window already knows of the walk-in, for the item's prefill bindings: the name on record, and the ID
 * number and birth date read from the card the clerk holds. Other bindings (a registered phone) the server fills at
 * filing; until then the clerk may ask for them.
 */
function knownFacts(person: Person, idNumber: string): Record<string, unknown> {
  return { 'applicant.name': person.name, 'applicant.idNumber': idNumber.trim().toUpperCase(), 'applicant.birthDate': birthDateOf(idNumber.trim()) };
}

export function WindowFiling() {
  const { t } = useTranslation();
  const [idNumber, setIdNumber] = useState('');
  const [name, setName] = useState('');
  const [person, setPerson] = useState<Person | null>(null);
  const [notFound, setNotFound] = useState(false);
  const [itemCode, setItemCode] = useState('');
  const [ticket, setTicket] = useState<TicketView | null>(null);
  const [values, setValues] = useState<Record<string, unknown>>({});
  const [paper, setPaper] = useState<PaperRecord[]>([]);
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [filed, setFiled] = useState<Application | null>(null);
  const items = useQuery({ queryKey: ['catalog', 'items'], queryFn: () => api<CatalogSummary[]>('/catalog/items'), staleTime: 300_000 });
  const item = useQuery({ queryKey: ['item', itemCode], enabled: !!itemCode, queryFn: () => api<Published<ItemDefinition>>(`/catalog/items/${itemCode}`) });
  const fields: FieldSpec[] = useMemo(() => {
    if (!item.data || !person) return [];
    const form = item.data.definition.form;
    const known = knownFacts(person, idNumber);
    return leafFields(form, 'window', '', true, form['x-prefill'] ?? {}, '').map((f) => {
      if (!f.prefill) return f;
      const value = known[f.prefill.source];
      // Known here: shown with where it came from. Not known here: asked, and the record's value wins at filing.
      if (value === undefined) return { ...f, prefill: undefined } as FieldSpec;
      return { ...f, prefill: { ...f.prefill, value } };
    });
  }, [item.data, person, idNumber]);

  /** Whatever was confirmed was confirmed for one item and one person: a change asks again (and clears the paper). */
  const chooseItem = (code: string) => {
    setItemCode(code);
    setValues({});
    setPaper([]);
    setConfirmed(false);
  };
  const onCalled = (called: TicketView) => {
    setTicket(called);
    setFiled(null);
    setPerson(null);
    setIdNumber('');
    chooseItem(called.item.code);
  };

  const find = async () => {
    setErrors([]);
    setNotFound(false);
    try {
      setPerson(await api<Person>(`/persons?idNumber=${encodeURIComponent(idNumber.trim())}&purpose=${encodeURIComponent(t('staff.windowPurpose'))}`));
      setConfirmed(false);
    } catch (err) {
      if ((err as { status?: number }).status === 404) setNotFound(true);
      else setErrors([{ id: 'walkin-id', text: errorText(err, t) }]);
    }
  };
  const register = async () => {
    try {
      setPerson(await api<Person>('/persons', { method: 'POST', body: { name: name.trim(), idNumber: idNumber.trim() } }));
      setNotFound(false);
      setConfirmed(false);
    } catch (err) {
      setErrors([{ id: 'walkin-name', text: errorText(err, t) }]);
    }
  };
  const materials = item.data?.definition.materials ?? [];
  const submit = async () => {
    const problems: FieldError[] = fields.filter((f) => !f.prefill).flatMap((f) => {
      const p = problemOf(f, getAt(values, f.pointer));
      return p ? [{ id: f.id, text: t('common.labelled', { label: f.label, text: t(p.key, p.values) }) }] : [];
    });
    for (const m of materials) {
      const byDepartment = !!(m.certificateTypes?.length || m.exchangeSource);
      if (m.required && !byDepartment && paperWays(m).length > 0 && !paper.some((p) => p.code === m.code)) {
        problems.push({ id: `paper-${m.code}`, text: t('windowDesk.paperMissing', { name: pick(m.name) }) });
      }
    }
    if (!confirmed) problems.push({ id: 'confirmed', text: t('staff.confirmMissing') });
    setErrors(problems);
    if (problems.length || !person) return;
    let formData: Record<string, unknown> = {};
    for (const f of fields) {
      const v = f.prefill ? f.prefill.value : coerce(f, getAt(values, f.pointer));
      if (v !== undefined) formData = setAt(formData, f.pointer, v);
    }
    const given = paper.map((p) => (p.paper === 'scan' ? { code: p.code, paper: p.paper, fileId: p.fileId } : { code: p.code, paper: p.paper }));
    try {
      setFiled(await api<Application>('/applications', { method: 'POST', body: { itemCode, formData, materials: given, forPersonId: person.id, citizenConfirmed: true,
        idempotencyKey: `window-${crypto.randomUUID()}` } }));
    } catch (err) {
      setErrors([{ id: fields.find((f) => !f.prefill)?.id ?? 'walkin-id', text: errorText(err, t) }]);
    }
  };
  if (filed) {
    return (
      <>
        <StaffNav />
        <div className="panel-confirm" role="status"><h1>{t('staff.filed')}</h1><p><strong>{filed.number}</strong></p></div>
        <p><Link to={`/staff/cases/${filed.id}`}>{t('staff.openCase')}</Link></p>
        {ticket && <p>{t('windowDesk.ticketDone', { number: ticket.number })}</p>}
        <p><button type="button" className="button button-secondary" onClick={() => { setFiled(null); setPerson(null); setIdNumber(''); setTicket(null); chooseItem(''); }}>{t('windowDesk.next')}</button></p>
      </>
    );
  }
  return (
    <>
      <StaffNav />
      <ErrorSummary errors={errors} />
      <PageTitle>{t('staff.windowTitle')}</PageTitle>
      <WindowQueue onCalled={onCalled} />
      {ticket && <p className="panel" role="status">{t('windowDesk.calledTicket', { number: ticket.number })}</p>}
      <section aria-labelledby="walkin-title">
        <h2 id="walkin-title">{t('staff.walkinPerson')}</h2>
        {person ? <p>{person.name} · {person.idNumberMasked} <button type="button" className="link-button" onClick={() => { setPerson(null); setConfirmed(false); setPaper([]); }}>{t('apply.change')}</button></p> : (
          <form noValidate onSubmit={(e) => { e.preventDefault(); void find(); }}>
            <div className="field">
              <label htmlFor="walkin-id">{t('staff.idNumber')}</label>
              <input id="walkin-id" value={idNumber} maxLength={18} autoComplete="off" onChange={(e) => setIdNumber(e.target.value)} />
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
          <ItemPicker items={items.data ?? []} value={itemCode} onChange={chooseItem} />
          {fields.length > 0 && (
            <form noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
              {fields.map((f) => <Field key={f.id} f={f} value={getAt(values, f.pointer)} error={errors.find((x) => x.id === f.id)?.text} onChange={(v) => setValues(setAt(values, f.pointer, v))} />)}
              <PaperMaterials materials={materials} personId={person.id} records={paper} onChange={(r) => { setPaper(r); setConfirmed(false); }}
                errors={Object.fromEntries(errors.filter((e) => e.id.startsWith('paper-')).map((e) => [e.id.slice('paper-'.length), e.text]))} />
              <label className="checkbox"><input type="checkbox" id="confirmed" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> <span>{t('staff.citizenConfirmed')}</span></label>
              <button type="submit" className="button">{t('staff.file')}</button>
            </form>
          )}
        </section>
      )}
    </>
  );
}
