// Inbox (站内信) and who read my data (数据查阅记录).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Bilingual } from '../api';
import type { Answer } from '../answers';
import { Failure, formatDateTime, Loading, PageTitle } from '../components/ui';
import { pick } from '../i18n';
import '../journeys.css';

interface Message { id: string; title: Bilingual; body: Bilingual; link: string | null; createdAt: string; readAt: string | null }

export function Inbox() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const { data, error, isLoading } = useQuery({ queryKey: ['inbox'], queryFn: () => api<Message[]>('/inbox') });
  const read = async (m: Message) => {
    if (m.readAt) return;
    await api(`/inbox/${m.id}/read`, { method: 'POST' }).catch(() => undefined);
    void qc.invalidateQueries({ queryKey: ['inbox'] });
  };
  return (
    <>
      <PageTitle>{t('inbox.title')}</PageTitle>
      {isLoading && <Loading />}
      {error && <Failure error={error} />}
      {data && !data.length && <p>{t('inbox.none')}</p>}
      <ul className="messages">
        {data?.map((m) => (
          <li key={m.id} className={m.readAt ? 'read' : 'unread'}>
            <details onToggle={(e) => (e.currentTarget.open ? void read(m) : undefined)}>
              <summary>
                {!m.readAt && <span className="tag">{t('inbox.new')}</span>} <strong>{pick(m.title)}</strong>
                <span className="hint"> {formatDateTime(m.createdAt, i18n.language)}</span>
              </summary>
              <p>{pick(m.body)}</p>
              {m.link && <p><Link to={m.link} onClick={() => void read(m)}>{t('citizenInbox.open')}<span className="visually-hidden"> {pick(m.title)}</span></Link></p>}
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}

type Access = Answer<'/api/v1/me/data-access'>[number];

/** Who read, in words: a staff member and their department, a department's system, the platform, or oneself; the raw label folded away. */
function Reader({ e }: { e: Access }) {
  const { t } = useTranslation();
  const r = e.reader;
  const department = r.department ? ` · ${pick(r.department.name)}` : '';
  const consumer = e.context?.consumerDepartment && e.context.consumerDepartment.id !== r.department?.id ? pick(e.context.consumerDepartment.name) : null;
  return (
    <>
      {pick(r.name)}{department}
      {r.kind === 'client' && <span className="hint" style={{ display: 'block' }}>{t('namesDataAccess.machineClient')}</span>}
      {consumer && <span className="hint" style={{ display: 'block' }}>{t('namesDataAccess.onBehalfOf', { department: consumer })}</span>}
      {r.kind !== 'self' && r.kind !== 'system' && (
        <details><summary>{t('namesDataAccess.rawLabel')}</summary><code style={{ wordBreak: 'break-all' }}>{r.label}</code>
          {e.context?.queryId && <span style={{ display: 'block' }}>{t('namesDataAccess.query', { id: e.context.queryId })}</span>}</details>
      )}
    </>
  );
}

export function DataAccess() {
  const { t, i18n } = useTranslation();
  const { data, error, isLoading } = useQuery({ queryKey: ['data-access'], queryFn: () => api<Access[]>('/me/data-access') });
  return (
    <>
      <PageTitle>{t('dataAccess.title')}</PageTitle>
      <p className="lead">{t('dataAccess.lead')}</p>
      {isLoading && <Loading />}
      {error && <Failure error={error} />}
      {data && !data.length && <p>{t('dataAccess.none')}</p>}
      {data && data.length > 0 && (
        <table className="table table-cards">
          <caption className="visually-hidden">{t('dataAccess.title')}</caption>
          <thead><tr><th scope="col">{t('dataAccess.when')}</th><th scope="col">{t('dataAccess.who')}</th><th scope="col">{t('dataAccess.what')}</th><th scope="col">{t('dataAccess.why')}</th></tr></thead>
          <tbody>
            {data.map((e) => (
              <tr key={e.seq}>
                <td data-label={t('dataAccess.when')}>{formatDateTime(e.at, i18n.language)}</td>
                <td data-label={t('dataAccess.who')}><Reader e={e} /></td>
                <td data-label={t('dataAccess.what')}>{t(`dataAccess.action.${e.action}`, { defaultValue: e.action })}{e.data.length ? ` (${e.data.map((d) => t(`dataAccess.field.${d.field}`, { defaultValue: pick(d.name) })).join(', ')})` : ''}</td>
                <td data-label={t('dataAccess.why')}>{e.purpose ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
