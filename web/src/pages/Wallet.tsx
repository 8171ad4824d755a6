// My certificates (电子证照): list, view, share chosen claims by a QR code a phone scans (a short link the holder can
// withdraw), download a share as a PDF (QR code and token) or the certificate file for another wallet.
// Acting for an enterprise shows the enterprise's certificates.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, type Bilingual } from '../api';
import { ErrorSummary, errorText, Failure, formatDateTime, Loading, PageTitle, type FieldError } from '../components/ui';
import { pick } from '../i18n';
import './wallet.css';

export interface Claim { name: string; label: Bilingual; value: unknown; sensitive?: boolean }
export interface Certificate {
  id: string; type: string; typeName: Bilingual; status: string; statusName: Bilingual; issuedAt: string; expiresAt: string | null;
  issuer: { id: string; name: Bilingual }; subjectName: string | null; claims: Claim[];
}
interface Share { id: string; presentation: string; link: string; qrSvg: string; expiresAt: string; revokedAt: string | null; verifier: string; claims: string[] }

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
            <h2 className="card-title"><Link to={`/wallet/${c.id}`}>{certName(c)}{c.subjectName && <span className="certificate-subject">{t('certsWallet.of', { name: c.subjectName })}</span>}</Link></h2>
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
  const queryClient = useQueryClient();
  const { data: c, error, isLoading } = useQuery({ queryKey: ['certificate', id], queryFn: () => api<Certificate>(`/certificates/${id}`) });
  const { data: shares } = useQuery({ queryKey: ['certificate-shares', id], queryFn: () => api<Share[]>(`/certificates/${id}/shares`), retry: false });
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [verifier, setVerifier] = useState('');
  const [minutes, setMinutes] = useState('30');
  const [share, setShare] = useState<Share | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  if (isLoading) return <Loading />;
  if (error || !c) return <Failure error={error} />;
  const claims = c.claims;
  // Ticked by default: what identifies the certificate, never an ID number, birth date or address (the holder adds those).
  const selected = chosen ?? claims.filter((x) => !x.sensitive).map((x) => x.name);
  const now = Date.now();
  const live = (shares ?? []).filter((s) => !s.revokedAt && new Date(s.expiresAt).getTime() > now);
  const withdraw = async (shareId: string) => {
    try {
      await api<Share>(`/certificates/${id}/shares/${shareId}/revoke`, { method: 'POST' });
      if (share?.id === shareId) setShare(null);
      await queryClient.invalidateQueries({ queryKey: ['certificate-shares', id] });
    } catch (err) {
      setErrors([{ id: 'verifier', text: errorText(err, t) }]);
    }
  };
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
      await queryClient.invalidateQueries({ queryKey: ['certificate-shares', id] });
    } catch (err) {
      setErrors([{ id: 'verifier', text: errorText(err, t) }]);
    }
  };
  return (
    <>
      <Link className="back-link" to="/wallet">{t('wallet.back')}</Link>
      <ErrorSummary errors={errors} />
      <PageTitle caption={issuerName(c)}>{certName(c)}{c.subjectName && <span className="certificate-subject">{t('certsWallet.of', { name: c.subjectName })}</span>}</PageTitle>
      <dl className="summary-list">
        <div><dt>{t('wallet.issuedAt')}</dt><dd>{formatDateTime(c.issuedAt, i18n.language)}</dd></div>
        {c.expiresAt && <div><dt>{t('wallet.expiresAt')}</dt><dd>{formatDateTime(c.expiresAt, i18n.language)}</dd></div>}
        <div><dt>{t('wallet.statusLabel')}</dt><dd>{pick(c.statusName)}</dd></div>
        {claims.map((x) => <div key={x.name}><dt>{pick(x.label)}</dt><dd>{claimValue(x.value)}</dd></div>)}
      </dl>
      <p className="hint" id="download-hint">{t('certsWallet.downloadHint')}</p>
      <section className="panel" aria-labelledby="share-title">
        <h2 id="share-title">{t('wallet.shareTitle')}</h2>
        <p>{t('wallet.shareLead')}</p>
        {claims.length > 0 && (
          <fieldset>
            <legend>{t('wallet.claims')}</legend>
            <p className="hint">{t('certsWallet.claimsHint')}</p>
            {claims.map(({ name, label, sensitive }) => (
              <label key={name} className="checkbox"><input type="checkbox" id={`claim-${name}`} checked={selected.includes(name)}
                onChange={(e) => setChosen(e.target.checked ? [...selected, name] : selected.filter((x) => x !== name))} /> <span>{pick(label)}{sensitive && <span className="hint"> {t('certsWallet.sensitive')}</span>}</span></label>
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
            <div className="button-group">
              <a id="share-pdf" className="button" href={`/api/v1/certificates/${c.id}/shares/${share.id}/pdf`} download>{t('certsWallet.downloadPdf')}</a>
              <a className="button button-secondary" href={share.link}>{t('wallet.openLink')}</a>
            </div>
          </div>
        )}
      </section>
      {live.length > 0 && (
        <section className="panel" aria-labelledby="shares-title">
          <h2 id="shares-title">{t('certsWallet.sharesTitle')}</h2>
          <ul className="cards">
            {live.map((s) => (
              <li key={s.id} className="card">
                <p><strong>{s.verifier}</strong></p>
                <p className="hint">{t('certsWallet.shareUntil', { time: formatDateTime(s.expiresAt, i18n.language) })} · {s.claims.map((n) => { const x = claims.find((cl) => cl.name === n); return x ? pick(x.label) : n; }).join(t('certsWallet.listSeparator'))}</p>
                <div className="button-group">
                  <a className="button button-secondary" href={`/api/v1/certificates/${c.id}/shares/${s.id}/pdf`} download>{t('certsWallet.downloadPdf')}</a>
                  <button type="button" className="button button-warning" onClick={() => void withdraw(s.id)}>{t('certsWallet.withdraw', { verifier: s.verifier })}</button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <details className="details">
        <summary>{t('certsWallet.fileTitle')}</summary>
        <p>{t('certsWallet.fileLead')}</p>
        <p><a id="download" className="button button-secondary" href={`/api/v1/certificates/${c.id}/credential`} download>{t('wallet.download')}</a></p>
      </details>
    </>
  );
}
