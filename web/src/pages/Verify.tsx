// The verifier's page (public): paste a token, open a share link, or scan a QR code with the camera where the
// browser can (BarcodeDetector). A share link carries a short code in its fragment (#s=…, never in a server log):
// the page fetches the holder's presentation by it and checks that; older links carry the token itself (#vp=…).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Bilingual } from '../api';
import { errorText, formatDateTime, PageTitle } from '../components/ui';
import { pick } from '../i18n';
import { claimValue } from './Wallet';

interface Verdict {
  valid: boolean; reason?: string; message: Bilingual; type?: string; typeName?: Bilingual; issuer?: { name: Bilingual }; disclosed?: { name: string; label: Bilingual; value: unknown }[];
  issuedAt?: string; expiresAt?: string | null; sharedWith?: string; shareExpiresAt?: string;
}
interface Detector { detect(source: CanvasImageSource): Promise<{ rawValue: string }[]> }

const tokenFrom = (text: string) => {
  const m = /#vp=([^&\s]+)/.exec(text);
  return (m ? decodeURIComponent(m[1]!) : text).trim();
};
/** The share code of a short link (or a code typed on its own), if that is what was given. */
const shareCode = (text: string) => /(?:#s=|^\s*)([2-9A-HJ-NP-Za-hj-np-z]{12})\s*$/.exec(text)?.[1] ?? null;

export function Verify() {
  const { t, i18n } = useTranslation();
  const [token, setToken] = useState('');
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [scanning, setScanning] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const canScan = typeof window !== 'undefined' && 'BarcodeDetector' in window && !!navigator.mediaDevices?.getUserMedia;

  const [fetching, setFetching] = useState(false);
  const check = async (value: string) => {
    setFailure(null);
    setVerdict(null);
    if (!value.trim()) return setFailure(t('verify.empty'));
    try {
      let tok = tokenFrom(value);
      const code = shareCode(value);
      if (code) {
        setFetching(true);
        tok = (await api<{ presentation: string }>(`/shares/${code}`).finally(() => setFetching(false))).presentation;
      }
      setVerdict(await api<Verdict>('/verify', { method: 'POST', body: { token: tok } }));
    } catch (err) {
      setFailure(errorText(err, t));
    }
  };

  // A share link carries its code (or the token) in the fragment: read once, then taken out of the address bar and history.
  const [fromLink] = useState(() => (location.hash.startsWith('#vp=') || location.hash.startsWith('#s=') ? location.hash : ''));
  useEffect(() => {
    if (!fromLink) return;
    setToken(fromLink.startsWith('#s=') ? `${location.origin}${location.pathname}${fromLink}` : tokenFrom(fromLink));
    history.replaceState(null, '', location.pathname);
    void check(fromLink);
  }, [fromLink]);

  useEffect(() => {
    if (!scanning) return;
    let stream: MediaStream | null = null;
    let stop = false;
    void (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
        if (!video.current) return;
        video.current.srcObject = stream;
        await video.current.play();
        const Ctor = (window as unknown as { BarcodeDetector: new (o: { formats: string[] }) => Detector }).BarcodeDetector;
        const detector = new Ctor({ formats: ['qr_code'] });
        while (!stop) {
          const codes = await detector.detect(video.current).catch(() => []);
          if (codes[0]) {
            setScanning(false);
            setToken(shareCode(codes[0].rawValue) ? codes[0].rawValue : tokenFrom(codes[0].rawValue));
            void check(codes[0].rawValue);
            return;
          }
          await new Promise((r) => setTimeout(r, 300));
        }
      } catch (err) {
        setFailure(errorText(err, t));
        setScanning(false);
      }
    })();
    return () => {
      stop = true;
      stream?.getTracks().forEach((tr) => tr.stop());
    };
  }, [scanning]);

  return (
    <>
      <PageTitle>{t('verify.title')}</PageTitle>
      <p className="lead">{t('verify.lead')}</p>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void check(token); }}>
        <div className="field">
          <label htmlFor="token">{t('verify.token')}</label>
          <p className="hint" id="token-hint">{t('certsVerify.tokenHint')}</p>
          <textarea id="token" rows={4} value={token} aria-describedby="token-hint" onChange={(e) => setToken(e.target.value)} />
        </div>
        <div className="button-group">
          <button type="submit" className="button">{t('verify.check')}</button>
          {canScan && <button type="button" className="button button-secondary" onClick={() => setScanning(!scanning)}>{scanning ? t('verify.stopScan') : t('verify.scan')}</button>}
        </div>
      </form>
      {scanning && <video ref={video} className="scanner" muted playsInline aria-label={t('verify.camera')} />}
      {fetching && <p role="status">{t('certsVerify.fetching')}</p>}
      {failure && <p className="error-text" role="alert">{failure}</p>}
      {verdict && (
        <div className={`verdict ${verdict.valid ? 'verdict-valid' : 'verdict-invalid'}`} role="status" aria-live="polite">
          <h2>{verdict.valid ? t('verify.valid') : t('verify.invalid')}</h2>
          <p>{pick(verdict.message)}</p>
          {verdict.valid && (
            <dl className="summary-list">
              {verdict.typeName && <div><dt>{t('verify.type')}</dt><dd>{pick(verdict.typeName)}</dd></div>}
              {verdict.issuer && <div><dt>{t('verify.issuer')}</dt><dd>{pick(verdict.issuer.name)}</dd></div>}
              {verdict.issuedAt && <div><dt>{t('verify.issuedAt')}</dt><dd>{formatDateTime(verdict.issuedAt, i18n.language)}</dd></div>}
              {verdict.sharedWith && <div><dt>{t('verify.sharedWith')}</dt><dd>{verdict.sharedWith}</dd></div>}
              {(verdict.disclosed ?? []).map((x) => <div key={x.name}><dt>{pick(x.label)}</dt><dd>{claimValue(x.value)}</dd></div>)}
            </dl>
          )}
        </div>
      )}
    </>
  );
}
