// 帮办代办: whom I let act for me (scope, until when, and revoke), who lets me act for them (and decline), and the
// form to authorise someone. The person must be on record (registered, or at a window) under that name.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { ErrorSummary, errorText, Failure, Loading, PageTitle, type FieldError } from '../components/ui';
import { endOfChinaDay, formatDay, parseDay, ScopeChoice, scopeLabel, Summary, TextField } from './citizen-ui';

interface Party { personId: string; name: string }
interface Delegation { id: string; principal: Party; agent: Party; scopes: string[]; validFrom: string; validUntil: string; note: string | null; revokedAt: string | null; live: boolean }

export const DELEGATION_SCOPES = ['profile.read', 'applications.submit', 'applications.read', 'certificates.read'] as const;
const ID_NUMBER = /^\d{17}[\dX]$/;

/** Live, not yet started, expired or revoked: what a row says about itself. */
export function standing(d: { live: boolean; revokedAt: string | null; validFrom: string; validUntil: string }, now = Date.now()): 'live' | 'revoked' | 'expired' | 'future' {
  if (d.revokedAt) return 'revoked';
  if (d.live) return 'live';
  return Date.parse(d.validUntil) <= now ? 'expired' : 'future';
}

export function StandingTag({ value }: { value: ReturnType<typeof standing> }) {
  const { t } = useTranslation();
  return <strong className={value === 'live' ? 'tag tag-approved' : 'tag tag-muted'}>{t(`citizenDelegations.standing.${value}`)}</strong>;
}

/** The form to authorise a person: name, ID number, what they may do, until when (and a note for delegations). */
export function AuthorizeForm({ idPrefix, scopes, withNote, submitLabel, onSubmit }: {
  idPrefix: string; scopes: readonly string[]; withNote: boolean; submitLabel: string;
  onSubmit: (v: { name: string; idNumber: string; scopes: string[]; validUntil: string; note?: string }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [v, setV] = useState({ name: '', idNumber: '', until: '', note: '' });
  const [chosen, setChosen] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const id = (k: string) => `${idPrefix}-${k}`;
  const set = (k: keyof typeof v) => (value: string) => setV({ ...v, [k]: value });
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const idNumber = v.idNumber.trim().toUpperCase();
    const day = parseDay(v.until);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    const found: FieldError[] = [];
    if (!v.name.trim()) found.push({ id: id('name'), text: t('citizenDelegations.nameMissing') });
    if (!ID_NUMBER.test(idNumber)) found.push({ id: id('idNumber'), text: t('citizenRegister.idNumberInvalid') });
    if (!chosen.length) found.push({ id: id('scopes'), text: t('citizenDelegations.scopesMissing') });
    if (!day) found.push({ id: id('until'), text: t('form.date') });
    else if (day < today) found.push({ id: id('until'), text: t('citizenDelegations.untilPast') });
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      await onSubmit({ name: v.name.trim(), idNumber, scopes: scopes.filter((s) => chosen.includes(s)), validUntil: endOfChinaDay(day!), ...(withNote && v.note.trim() ? { note: v.note.trim() } : {}) });
      setV({ name: '', idNumber: '', until: '', note: '' });
      setChosen([]);
    } catch (err) {
      setErrors([{ id: id('name'), text: errorText(err, t) }]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary errors={errors} />
      <TextField id={id('name')} label={t('citizenDelegations.name')} errors={errors} value={v.name} onChange={set('name')} />
      <TextField id={id('idNumber')} label={t('citizenDelegations.idNumber')} hint={t('citizenRegister.idNumberHint')} errors={errors} value={v.idNumber} onChange={set('idNumber')} />
      <ScopeChoice id={id('scopes')} legend={t('citizenDelegations.scopes')} hint={t('citizenDelegations.scopesHint')} scopes={scopes} chosen={chosen} onChange={setChosen} errors={errors} />
      <TextField id={id('until')} label={t('citizenDelegations.until')} hint={t('form.dateHint')} short errors={errors} value={v.until} onChange={set('until')} />
      {withNote && <TextField id={id('note')} label={t('citizenDelegations.note')} optional errors={errors} value={v.note} onChange={set('note')} />}
      <button type="submit" className="button" disabled={busy}>{submitLabel}</button>
    </form>
  );
}

function DelegationCard({ d, mine, onEnd }: { d: Delegation; mine: boolean; onEnd: (d: Delegation) => void }) {
  const { t, i18n } = useTranslation();
  const other = mine ? d.agent : d.principal;
  const st = standing(d);
  return (
    <li className="card">
      <h3 className="card-title">{other.name} <StandingTag value={st} /></h3>
      <Summary rows={[
        [t('citizenDelegations.scopes'), d.scopes.map((s) => scopeLabel(t, s)).join(t('common.listSep'))],
        [t('citizenDelegations.period'), t('citizenDelegations.fromUntil', { from: formatDay(d.validFrom, i18n.language), until: formatDay(d.validUntil, i18n.language) })],
        ...(d.note ? [[t('citizenDelegations.note'), d.note] as [string, string]] : []),
        ...(d.revokedAt ? [[t('citizenDelegations.revokedAt'), formatDay(d.revokedAt, i18n.language)] as [string, string]] : []),
      ]} />
      {!d.revokedAt && st !== 'expired' && (
        <button type="button" className="button button-secondary" onClick={() => onEnd(d)}>
          {mine ? t('citizenDelegations.revoke') : t('citizenDelegations.decline')}<span className="visually-hidden"> {other.name}</span>
        </button>
      )}
    </li>
  );
}

export function Delegations() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { data, error, isLoading } = useQuery({ queryKey: ['delegations'], queryFn: () => api<{ given: Delegation[]; received: Delegation[] }>('/delegations') });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const refresh = () => Promise.all([qc.invalidateQueries({ queryKey: ['delegations'] }), qc.invalidateQueries({ queryKey: ['me'] })]);
  const end = async (d: Delegation) => {
    try {
      await api(`/delegations/${d.id}`, { method: 'DELETE' });
      setMessage({ ok: true, text: t('citizenDelegations.ended') });
      await refresh();
    } catch (err) {
      setMessage({ ok: false, text: errorText(err, t) });
    }
  };
  return (
    <>
      <PageTitle>{t('citizenDelegations.title')}</PageTitle>
      <p className="lead">{t('citizenDelegations.lead')}</p>
      {message && <div className={message.ok ? 'panel' : 'panel panel-warning'} role={message.ok ? 'status' : 'alert'}><p>{message.text}</p></div>}
      {isLoading && <Loading />}
      {error && <Failure error={error} />}
      {data && (
        <>
          <section aria-labelledby="given-title">
            <h2 id="given-title">{t('citizenDelegations.given')}</h2>
            {data.given.length ? <ul className="cards">{data.given.map((d) => <DelegationCard key={d.id} d={d} mine onEnd={(x) => void end(x)} />)}</ul> : <p>{t('citizenDelegations.noneGiven')}</p>}
          </section>
          <section aria-labelledby="received-title">
            <h2 id="received-title">{t('citizenDelegations.received')}</h2>
            <p className="hint">{t('citizenDelegations.receivedHint')}</p>
            {data.received.length ? <ul className="cards">{data.received.map((d) => <DelegationCard key={d.id} d={d} mine={false} onEnd={(x) => void end(x)} />)}</ul> : <p>{t('citizenDelegations.noneReceived')}</p>}
          </section>
          <section className="panel" aria-labelledby="new-title">
            <h2 id="new-title">{t('citizenDelegations.newTitle')}</h2>
            <p>{t('citizenDelegations.newLead')}</p>
            <AuthorizeForm idPrefix="delegation" scopes={DELEGATION_SCOPES} withNote submitLabel={t('citizenDelegations.grant')} onSubmit={async (v) => {
              await api('/delegations', { method: 'POST', body: { agentName: v.name, agentIdNumber: v.idNumber, scopes: v.scopes, validUntil: v.validUntil, ...(v.note ? { note: v.note } : {}) } });
              setMessage({ ok: true, text: t('citizenDelegations.granted', { name: v.name }) });
              await refresh();
            }} />
          </section>
        </>
      )}
    </>
  );
}
