// 我的账户: who I am on the platform, my real-name level (实名等级) and how to raise it, and the way to everything
// that is mine: policies, prepared services, delegations, enterprises, who read my data.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError } from '../api';
import { errorText, Failure, Loading, PageTitle } from '../components/ui';
import { useMe } from '../session';
import { Summary } from './citizen-ui';

export function Account() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { data: me, isLoading, error } = useMe();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  if (isLoading) return <Loading />;
  if (error) return <Failure error={error} />;
  if (!me) return <Failure error={new ApiError(401, { code: 'http.401' })} />;
  const person = me.person;
  const check = async () => {
    setBusy(true);
    try {
      await api('/me/real-name-check', { method: 'POST' });
      setResult({ ok: true, text: t('citizenAccount.checkDone') });
      await qc.invalidateQueries({ queryKey: ['me'] });
    } catch (err) {
      setResult({ ok: false, text: errorText(err, t) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageTitle>{t('citizenAccount.title')}</PageTitle>
      {result && (
        <div className={result.ok ? 'panel' : 'panel panel-warning'} role={result.ok ? 'status' : 'alert'}>
          <h2>{result.ok ? t('citizenAccount.checkDoneTitle') : t('citizenAccount.checkFailedTitle')}</h2>
          <p>{result.text}</p>
        </div>
      )}
      {person ? (
        <>
          <Summary rows={[
            [t('citizenAccount.name'), person.name],
            [t('citizenAccount.idNumber'), person.idNumberMasked],
            [t('citizenAccount.birthDate'), person.birthDate],
            [t('citizenAccount.phone'), person.phoneMasked ?? t('citizenAccount.noPhone')],
            [t('citizenAccount.level'), <strong key="l">{t(`citizenAccount.levelName.${person.realNameLevel}`)}</strong>],
          ]} />
          <section className="panel" aria-labelledby="levels-title">
            <h2 id="levels-title">{t('citizenAccount.levelsTitle')}</h2>
            <p>{t(`citizenAccount.levelMeans.${person.realNameLevel}`)}</p>
            {person.realNameLevel < 2 && (
              <>
                <p>{t('citizenAccount.checkLead')}</p>
                <button type="button" className="button" disabled={busy} onClick={() => void check()}>{t('citizenAccount.check')}</button>
              </>
            )}
            {person.realNameLevel < 3 && <p className="hint">{t('citizenAccount.windowHint')}</p>}
          </section>
        </>
      ) : <p>{t('citizenAccount.noPerson')}</p>}
      <h2>{t('citizenAccount.mineTitle')}</h2>
      <ul className="plain-list">
        <li><Link to="/my-policies">{t('citizenNav.policies')}</Link> — {t('citizenAccount.policiesHint')}</li>
        <li><Link to="/my-services">{t('citizenNav.services')}</Link> — {t('citizenAccount.servicesHint')}</li>
        <li><Link to="/delegations">{t('citizenNav.delegations')}</Link> — {t('citizenAccount.delegationsHint')}</li>
        <li><Link to="/enterprises">{t('citizenNav.enterprises')}</Link> — {t('citizenAccount.enterprisesHint')}</li>
        <li><Link to="/data-access">{t('nav.dataAccess')}</Link></li>
      </ul>
    </>
  );
}
