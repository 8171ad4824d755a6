// 政策找人 and 无感智办 for the person: the policies that found them with the why of each condition, opting out of
// 免申即享 and back in, and the services prepared for them after a life event, confirmed in one press.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { actingFor, api, type Bilingual } from '../api';
import { errorText, Failure, formatDateTime, Loading, PageTitle } from '../components/ui';
import { pick } from '../i18n';
import { useMe, useSwitchActing } from '../session';
import { Summary } from './citizen-ui';

type MatchStatus = 'matched' | 'pending_grant' | 'granted' | 'opted_out';
interface Match {
  policyCode: string; name: Bilingual; summary: Bilingual; version: number; status: MatchStatus; autoGrant: boolean; itemCode: string | null;
  grantDueAt: string | null; grantApplicationId: string | null; matchedAt: string; optedOutAt: string | null; canOptOut: boolean; canOptBackIn: boolean;
  conditions: { label: Bilingual; holds: boolean | null }[]; outcome: string | null;
}
interface Prepared { id: string; bundleCode: string; title: Bilingual; reason: Bilingual; status: 'ready' | 'confirmed' | 'dismissed'; applyPath: string; createdAt: string }

// Keyed by whom one acts for: the list is of the person, or of the enterprise acted for.
const useMatches = () => useQuery({ queryKey: ['policy-matches', actingFor.get()], queryFn: () => api<Match[]>('/me/policy-matches') });

function MatchTag({ status }: { status: MatchStatus }) {
  const { t } = useTranslation();
  const cls = status === 'granted' ? 'tag tag-approved' : status === 'opted_out' ? 'tag tag-muted' : 'tag';
  return <strong className={cls}>{t(`citizenPolicies.status.${status}`)}</strong>;
}

export function MyPolicies() {
  const { t } = useTranslation();
  const { data, error, isLoading } = useMatches();
  return (
    <>
      <PageTitle>{t('citizenPolicies.title')}</PageTitle>
      <p className="lead">{t('citizenPolicies.lead')}</p>
      <p><Link to="/my-services">{t('citizenPolicies.toServices')}</Link></p>
      {isLoading && <Loading />}
      {error && <Failure error={error} />}
      {data && !data.length && <p>{t('citizenPolicies.none')}</p>}
      {data && data.length > 0 && (
        <ul className="cards">
          {data.map((m) => (
            <li key={m.policyCode} className="card">
              <h2 className="card-title"><Link to={`/my-policies/${m.policyCode}`}>{pick(m.name)}</Link></h2>
              <p><MatchTag status={m.status} /></p>
              <p>{pick(m.summary)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

const holdsText = (t: (k: string) => string, holds: boolean | null) =>
  holds === true ? t('citizenPolicies.holds') : holds === false ? t('citizenPolicies.notHolds') : t('citizenPolicies.unknown');

/**
 * A message links here saying whom the page is read for: ?for=enterprise:<id> (a match of an enterprise, read
 * acting for it as its legal representative or agent) or ?for=self (one's own). The page switches as the header's
 * switcher would, and says so.
 */
function useActingFromLink(): { switching: boolean; enterpriseName: string | null } {
  const [params] = useSearchParams();
  const wanted = params.get('for');
  const { data: me } = useMe();
  const switchTo = useSwitchActing();
  const enterprise = wanted?.startsWith('enterprise:') ? me?.canActFor.enterprises.find((e) => `enterprise:${e.id}` === wanted) ?? null : null;
  const target = wanted === 'self' ? null : enterprise ? wanted : undefined; // undefined: leave as it is
  const switching = target !== undefined && actingFor.get() !== target;
  useEffect(() => {
    if (switching) switchTo(target ?? null);
  }, [switching, target, switchTo]);
  return { switching, enterpriseName: enterprise?.name ?? null };
}

export function MyPolicy() {
  const { t, i18n } = useTranslation();
  const { code = '' } = useParams();
  const qc = useQueryClient();
  const acting = useActingFromLink();
  const { data, error, isLoading } = useMatches();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (isLoading || acting.switching) return <Loading />;
  if (error) return <Failure error={error} />;
  const m = data?.find((x) => x.policyCode === code);
  if (!m) {
    return (
      <>
        <PageTitle>{t('citizenPolicies.notFoundTitle')}</PageTitle>
        <p>{t('citizenPolicies.notFound')}</p>
        <p><Link to="/my-policies">{t('citizenPolicies.back')}</Link></p>
      </>
    );
  }
  const act = async (what: 'opt-out' | 'opt-in') => {
    setBusy(true);
    try {
      await api(`/me/policy-matches/${encodeURIComponent(m.policyCode)}/${what}`, { method: 'POST' });
      setMessage({ ok: true, text: t(what === 'opt-out' ? 'citizenPolicies.optedOut' : 'citizenPolicies.optedIn') });
      await qc.invalidateQueries({ queryKey: ['policy-matches'] });
    } catch (err) {
      setMessage({ ok: false, text: errorText(err, t) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Link className="back-link" to="/my-policies">{t('citizenPolicies.back')}</Link>
      <PageTitle caption={t('citizenPolicies.caption')}>{pick(m.name)}</PageTitle>
      {acting.enterpriseName && <p className="notice">{t('citizenPolicies.forEnterprise', { name: acting.enterpriseName })}</p>}
      {message && <div className={message.ok ? 'panel' : 'panel panel-warning'} role={message.ok ? 'status' : 'alert'}><p>{message.text}</p></div>}
      <p className="lead">{pick(m.summary)}</p>
      <Summary rows={[
        [t('citizenPolicies.statusLabel'), <MatchTag key="s" status={m.status} />],
        [t('citizenPolicies.matchedAt'), formatDateTime(m.matchedAt, i18n.language)],
        ...(m.outcome ? [[t('citizenPolicies.outcome'), m.outcome] as [string, string]] : []),
        ...(m.status === 'pending_grant' && m.grantDueAt ? [[t('citizenPolicies.grantDue'), formatDateTime(m.grantDueAt, i18n.language)] as [string, string]] : []),
      ]} />
      <section aria-labelledby="why-title">
        <h2 id="why-title">{t('citizenPolicies.whyTitle')}</h2>
        <p>{t('citizenPolicies.whyLead')}</p>
        {m.conditions.length ? (
          <ul className="plain-list why">
            {m.conditions.map((c, i) => (
              <li key={i}><strong className={c.holds === true ? 'tag tag-approved' : c.holds === false ? 'tag tag-rejected' : 'tag tag-muted'}>{holdsText(t, c.holds)}</strong> {pick(c.label)}</li>
            ))}
          </ul>
        ) : <p>{t('citizenPolicies.noConditions')}</p>}
      </section>
      {m.autoGrant && (
        <section className="panel" aria-labelledby="auto-title">
          <h2 id="auto-title">{t('citizenPolicies.autoTitle')}</h2>
          {m.status === 'pending_grant' && <p>{t('citizenPolicies.autoPending')}</p>}
          {m.status === 'opted_out' && <p>{m.canOptBackIn ? t('citizenPolicies.autoOptedOut') : t('citizenPolicies.autoOptedOutChanged')}</p>}
          {m.status === 'granted' && <p>{t('citizenPolicies.autoGranted')}</p>}
          {m.canOptOut && <button type="button" className="button button-secondary" disabled={busy} onClick={() => void act('opt-out')}>{t('citizenPolicies.optOut')}</button>}
          {m.canOptBackIn && <button type="button" className="button" disabled={busy} onClick={() => void act('opt-in')}>{t('citizenPolicies.optIn')}</button>}
        </section>
      )}
      {m.grantApplicationId && <p><Link to={`/cases/${m.grantApplicationId}`}>{t('citizenPolicies.toCase')}</Link></p>}
      {!m.autoGrant && m.itemCode && m.status === 'matched' && <p><Link className="button" to={`/guide/item/${m.itemCode}`}>{t('citizenPolicies.toGuide')}</Link></p>}
    </>
  );
}

export function MyServices() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { hash } = useLocation();
  const acting = useActingFromLink();
  const { data, error, isLoading } = useQuery({ queryKey: ['prepared-services', actingFor.get()], queryFn: () => api<Prepared[]>('/me/prepared-services') });
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // The inbox links to one of them (#prepared-<id>): bring it into view once the list is here.
  useEffect(() => {
    if (data && hash) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [data, hash]);
  const decide = async (p: Prepared, decision: 'confirm' | 'dismiss') => {
    setBusy(p.id);
    try {
      const res = await api<Prepared>(`/me/prepared-services/${p.id}/${decision}`, { method: 'POST' });
      await qc.invalidateQueries({ queryKey: ['prepared-services'] });
      if (decision === 'confirm') navigate(res.applyPath);
      else setMessage({ ok: true, text: t('citizenServices.dismissed', { name: pick(p.title) }) });
    } catch (err) {
      setMessage({ ok: false, text: errorText(err, t) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <PageTitle>{t('citizenServices.title')}</PageTitle>
      <p className="lead">{t('citizenServices.lead')}</p>
      {message && <div className={message.ok ? 'panel' : 'panel panel-warning'} role={message.ok ? 'status' : 'alert'}><p>{message.text}</p></div>}
      {(isLoading || acting.switching) && <Loading />}
      {error && <Failure error={error} />}
      {data && !data.length && <p>{t('citizenServices.none')}</p>}
      {data && data.length > 0 && (
        <ul className="cards">
          {data.map((p) => (
            <li key={p.id} id={`prepared-${p.id}`} className="card" tabIndex={-1}>
              <h2 className="card-title">{pick(p.title)}</h2>
              <p>{pick(p.reason)}</p>
              <p className="hint">{t('citizenServices.preparedAt', { when: formatDateTime(p.createdAt, i18n.language) })}</p>
              {p.status === 'ready' ? (
                <div className="button-group">
                  <button type="button" className="button" disabled={busy === p.id} onClick={() => void decide(p, 'confirm')}>
                    {t('citizenServices.confirm')}<span className="visually-hidden"> {pick(p.title)}</span>
                  </button>
                  <button type="button" className="button button-secondary" disabled={busy === p.id} onClick={() => void decide(p, 'dismiss')}>
                    {t('citizenServices.dismiss')}<span className="visually-hidden"> {pick(p.title)}</span>
                  </button>
                </div>
              ) : (
                <p><strong className="tag">{t('citizenServices.confirmed')}</strong> <Link to={p.applyPath}>{t('citizenServices.continue')}<span className="visually-hidden"> {pick(p.title)}</span></Link></p>
              )}
            </li>
          ))}
        </ul>
      )}
      <p><Link to="/my-policies">{t('citizenServices.toPolicies')}</Link></p>
    </>
  );
}
