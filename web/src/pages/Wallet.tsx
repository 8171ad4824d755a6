// My certificates (电子证照): list, view, download the SD-JWT VC, share chosen claims by QR code and link.
// Acting for an enterprise shows the enterprise's certificates.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, type Bilingual } from '../api';
import { ErrorSummary, errorText, Failure, formatDateTime, Loading, PageTitle, type FieldError } from '../components/ui';
import { pick } from '../i18n';

export interface Claim { name: string; label: Bilingual; value: unknown }
export interface Certificate {
  id: string; type: string; typeName: Bilingual; status: string; statusName: Bilingual; issuedAt: string; expiresAt: string | null;
  issuer: { id: string; name: Bilingual }; claims: Claim[];
}
interface Share { id: string; presentation: string; link: string; qrSvg: string; expiresAt: string }

const certName = (c: Certificate) => pick(c.typeName);
const issuerName = (c: Certificate) => pick(c.issuer.name);
export const claimValue = (v: unknown) => (v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v));

export function Wallet() {
  const { t, i18n } = useTranslation();
  const { data, error, isLoading } = useQuery({ queryKey: ['certificates'], queryFn: () => api<Certificate[]>('/certificates') });
  return (
    <>
      <PageTitle>{t('wallet.title')}</PageTitle>
      <p className="lead">{t('wallet.lead')}</p>
      {isLoading && <Loading />}
      {error && <Failure error={error} />}
      {data && !data.length && <p>{t('wallet.none')}</p>}
      <ul className="cards">
        {data?.map((c) => (
          <li key={c.id} className="card certificate">
            <h2 className="card-title"><Link to={`/wallet/${c.id}`}>{certName(c)}</Link></h2>
            <p className="hint">{issuerName(c)} · {formatDateTime(c.issuedAt, i18n.language)}</p>
            {c.status !== 'valid' && <span className="tag">{pick(c.statusName)}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

export function Certificate() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { data: c, error, isLoading } = useQuery({ queryKey: ['certificate', id], queryFn: () => api<Certificate>(`/certificates/${id}`) });
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [verifier, setVerifier] = useState('');
  const [minutes, setMinutes] = useState('30');
  const [share, setShare] = useState<Share | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  if (isLoading) return <Loading />;
  if (error || !c) return <Failure error={error} />;
  const claims = c.claims;
  const selected = chosen ?? claims.map((x) => x.name);
  const doShare = async () => {
    const problems: FieldError[] = [];
    if (!selected.length) problems.push({ id: `claim-${claims[0]?.name ?? ''}`, text: t('wallet.chooseClaims') });
    if (!verifier.trim()) problems.push({ id: 'verifier', text: t('wallet.verifierMissing') });
    const mins = Number(minutes);
    if (!Number.isInteger(mins) || mins < 1 || mins > 1440) problems.push({ id: 'minutes', text: t('wallet.minutesInvalid') });
    setErrors(problems);
    if (problems.length) return;
    try {
      setShare(await api<Share>(`/certificates/${id}/shares`, { method: 'POST', body: { claims: selected, verifier: verifier.trim(), validMinutes: mins } }));
    } catch (err) {
      setErrors([{ id: 'verifier', text: errorText(err, t) }]);
    }
  };
  return (
    <>
      <Link className="back-link" to="/wallet">{t('wallet.back')}</Link>
      <ErrorSummary errors={errors} />
      <PageTitle caption={issuerName(c)}>{certName(c)}</PageTitle>
      <dl className="summary-list">
        <div><dt>{t('wallet.issuedAt')}</dt><dd>{formatDateTime(c.issuedAt, i18n.language)}</dd></div>
        {c.expiresAt && <div><dt>{t('wallet.expiresAt')}</dt><dd>{formatDateTime(c.expiresAt, i18n.language)}</dd></div>}
        <div><dt>{t('wallet.statusLabel')}</dt><dd>{pick(c.statusName)}</dd></div>
        {claims.map((x) => <div key={x.name}><dt>{pick(x.label)}</dt><dd>{claimValue(x.value)}</dd></div>)}
      </dl>
      <p><a id="download" className="button button-secondary" href={`/api/v1/certificates/${c.id}/credential`} download>{t('wallet.download')}</a></p>
      <section className="panel" aria-labelledby="share-title">
        <h2 id="share-title">{t('wallet.shareTitle')}</h2>
        <p>{t('wallet.shareLead')}</p>
        {claims.length > 0 && (
          <fieldset>
            <legend>{t('wallet.claims')}</legend>
            {claims.map(({ name, label }) => (
              <label key={name} className="checkbox"><input type="checkbox" id={`claim-${name}`} checked={selected.includes(name)}
                onChange={(e) => setChosen(e.target.checked ? [...selected, name] : selected.filter((x) => x !== name))} /> <span>{pick(label)}</span></label>
            ))}
          </fieldset>
        )}
        <div className="field">
          <label htmlFor="verifier">{t('wallet.verifier')}</label>
          <p className="hint" id="verifier-hint">{t('wallet.verifierHint')}</p>
          <input id="verifier" value={verifier} maxLength={200} aria-describedby="verifier-hint" onChange={(e) => setVerifier(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="minutes">{t('wallet.minutes')}</label>
          <input id="minutes" className="input-short" inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value)} />
        </div>
        <button type="button" className="button" onClick={() => void doShare()}>{t('wallet.share')}</button>
        {share && (
          <div className="share" role="status">
            <h3>{t('wallet.shared', { time: formatDateTime(share.expiresAt, i18n.language) })}</h3>
            <img className="qr" alt={t('wallet.qrAlt')} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(share.qrSvg)}`} />
            <p><label htmlFor="share-link">{t('wallet.link')}</label></p>
            <input id="share-link" readOnly value={share.link} onFocus={(e) => e.currentTarget.select()} />
            <p><a href={share.link}>{t('wallet.openLink')}</a></p>
          </div>
        )}
      </section>
    </>
  );
}
