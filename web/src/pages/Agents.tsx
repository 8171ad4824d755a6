// 企业经办人: the enterprises I represent or act for, and for those I may manage (the legal representative, or an
// agent holding agents.manage), their agents: who, what they may do, until when; authorise and revoke.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api';
import { errorText, Failure, Loading, PageTitle } from '../components/ui';
import { formatDay, scopeLabel, Summary } from './citizen-ui';
import { AuthorizeForm, standing, StandingTag } from './Delegations';

interface Enterprise { id: string; creditCode: string; name: string; regionCode: string; as: 'legal_representative' | 'agent'; scopes: string[] }
interface Agent { id: string; enterpriseId: string; personId: string; personName: string; scopes: string[]; validFrom: string; validUntil: string; revokedAt: string | null; live: boolean }

const AGENT_SCOPES = ['enterprise.read', 'applications.submit', 'applications.read', 'agents.manage'] as const;
const useMyEnterprises = () => useQuery({ queryKey: ['my-enterprises'], queryFn: () => api<Enterprise[]>('/me/enterprises') });
const mayManage = (e: Enterprise) => e.as === 'legal_representative' || e.scopes.includes('agents.manage');

export function Enterprises() {
  const { t } = useTranslation();
  const { data, error, isLoading } = useMyEnterprises();
  return (
    <>
      <PageTitle>{t('citizenAgents.title')}</PageTitle>
      <p className="lead">{t('citizenAgents.lead')}</p>
      {isLoading && <Loading />}
      {error && <Failure error={error} />}
      {data && !data.length && <p>{t('citizenAgents.none')}</p>}
      {data && data.length > 0 && (
        <ul className="cards">
          {data.map((e) => (
            <li key={e.id} className="card">
              <h2 className="card-title">{e.name}</h2>
              <Summary rows={[
                [t('citizenAgents.creditCode'), e.creditCode],
                [t('citizenAgents.as'), t(`citizenAgents.asName.${e.as}`)],
                [t('citizenAgents.scopes'), e.scopes.map((s) => scopeLabel(t, s)).join(t('common.listSep'))],
              ]} />
              {mayManage(e) && <Link to={`/enterprises/${e.id}/agents`}>{t('citizenAgents.manage')}<span className="visually-hidden"> {e.name}</span></Link>}
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t('citizenAgents.actingHint')}</p>
    </>
  );
}

export function EnterpriseAgents() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const qc = useQueryClient();
  const enterprises = useMyEnterprises();
  const agents = useQuery({ queryKey: ['agents', id], queryFn: () => api<Agent[]>(`/enterprises/${id}/agents`) });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const enterprise = enterprises.data?.find((e) => e.id === id);
  const refresh = () => qc.invalidateQueries({ queryKey: ['agents', id] });
  const revoke = async (a: Agent) => {
    try {
      await api(`/enterprises/${id}/agents/${a.id}`, { method: 'DELETE' });
      setMessage({ ok: true, text: t('citizenAgents.revoked', { name: a.personName }) });
      await refresh();
    } catch (err) {
      setMessage({ ok: false, text: errorText(err, t) });
    }
  };
  if (agents.isLoading || enterprises.isLoading) return <Loading />;
  if (agents.error) return <Failure error={agents.error} />;
  return (
    <>
      <Link className="back-link" to="/enterprises">{t('citizenAgents.back')}</Link>
      <PageTitle caption={enterprise?.name}>{t('citizenAgents.agentsTitle')}</PageTitle>
      {message && <div className={message.ok ? 'panel' : 'panel panel-warning'} role={message.ok ? 'status' : 'alert'}><p>{message.text}</p></div>}
      {agents.data && !agents.data.length && <p>{t('citizenAgents.noAgents')}</p>}
      {agents.data && agents.data.length > 0 && (
        <ul className="cards">
          {agents.data.map((a) => {
            const st = standing(a);
            return (
              <li key={a.id} className="card">
                <h2 className="card-title">{a.personName} <StandingTag value={st} /></h2>
                <Summary rows={[
                  [t('citizenAgents.scopes'), a.scopes.map((s) => scopeLabel(t, s)).join(t('common.listSep'))],
                  [t('citizenDelegations.period'), t('citizenDelegations.fromUntil', { from: formatDay(a.validFrom, i18n.language), until: formatDay(a.validUntil, i18n.language) })],
                ]} />
                {!a.revokedAt && st !== 'expired' && (
                  <button type="button" className="button button-secondary" onClick={() => void revoke(a)}>
                    {t('citizenAgents.revoke')}<span className="visually-hidden"> {a.personName}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <section className="panel" aria-labelledby="new-agent-title">
        <h2 id="new-agent-title">{t('citizenAgents.newTitle')}</h2>
        <AuthorizeForm idPrefix="agent" scopes={AGENT_SCOPES} withNote={false} submitLabel={t('citizenAgents.authorize')} onSubmit={async (v) => {
          await api(`/enterprises/${id}/agents`, { method: 'POST', body: { name: v.name, idNumber: v.idNumber, scopes: v.scopes, validUntil: v.validUntil } });
          setMessage({ ok: true, text: t('citizenAgents.authorized', { name: v.name }) });
          await refresh();
        }} />
      </section>
    </>
  );
}
