// The paper a walk-in brings (线下收件), recorded per the item's rule for each material: scanned or photographed
// and kept on the case, or the original seen by the clerk. What a department already holds is fetched at filing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadFile } from '../api';
import { errorText } from '../components/ui';
import { pick } from '../i18n';
import type { Material } from '../answers';

export type PaperRecord = { code: string; paper: 'scan'; fileId: string; name: string } | { code: string; paper: 'original_seen' };

/** How the material's paper may be taken, as the server decides it (catalog paperWays). */
export function paperWays(m: Material): ('scan' | 'original_seen')[] {
  switch (m.paperAccepted) {
    case 'scan': return ['scan'];
    case 'original_seen': return ['original_seen'];
    case 'either': return ['scan', 'original_seen'];
    case undefined: return m.upload ? ['scan'] : [];
  }
}

/** Held by a department: fetched with the case as purpose at filing, nothing to take. */
const fetchedAtFiling = (m: Material) => !!(m.certificateTypes?.length || m.exchangeSource);

export function PaperMaterials({ materials, personId, records, onChange, errors }: {
  materials: Material[]; personId: string; records: PaperRecord[]; onChange: (records: PaperRecord[]) => void; errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const set = (code: string, r: PaperRecord | null) => onChange([...records.filter((x) => x.code !== code), ...(r ? [r] : [])]);
  return (
    <section aria-labelledby="paper-title">
      <h2 id="paper-title">{t('windowDesk.paperTitle')}</h2>
      <p>{t('windowDesk.paperIntro')}</p>
      {materials.map((m) => {
        const ways = paperWays(m);
        const record = records.find((r) => r.code === m.code);
        if (fetchedAtFiling(m) && ways.length === 0) {
          return (
            <div key={m.code} className="field">
              <p className="label">{pick(m.name)}</p>
              <p className="hint">{t('windowDesk.paperFetched')}</p>
            </div>
          );
        }
        if (ways.length === 0) return null;
        return <PaperChoice key={m.code} m={m} ways={ways} record={record} personId={personId} fetched={fetchedAtFiling(m)} onSet={(r) => set(m.code, r)} error={errors[m.code]} />;
      })}
    </section>
  );
}

function PaperChoice({ m, ways, record, personId, fetched, onSet, error }: { m: Material; ways: ('scan' | 'original_seen')[]; record: PaperRecord | undefined; personId: string; fetched: boolean;
  onSet: (r: PaperRecord | null) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const id = `paper-${m.code}`;
  const [way, setWay] = useState<'scan' | 'original_seen'>(record?.paper ?? ways[0]!);
  const problem = failure ?? error;
  return (
    <div className={`field ${problem ? 'field-error' : ''}`}>
      <fieldset>
        <legend>{pick(m.name)}{!m.required && <span className="optional"> {t('form.optional')}</span>}</legend>
        {fetched && <p className="hint">{t('windowDesk.paperFetchedOr')}</p>}
        {problem && <p className="error-text" id={`${id}-error`}><span className="visually-hidden">{t('form.errorPrefix')}</span>{problem}</p>}
        {ways.length > 1 && (
          <div className="radios">
            {ways.map((w) => (
              <label key={w} className="radio">
                <input type="radio" name={`${id}-way`} id={`${id}-${w}`} checked={way === w} onChange={() => { setWay(w); onSet(null); }} />
                <span>{t(`windowDesk.way.${w}`)}</span>
              </label>
            ))}
          </div>
        )}
        {way === 'scan' ? (
          <>
            <label htmlFor={id}>{t('windowDesk.scanLabel')}</label>
            <p className="hint" id={`${id}-hint`}>{t('apply.uploadHint', { types: (m.upload?.accept ?? []).map((a) => a.split('/')[1]!.toUpperCase()).join(t('common.listSep')), mb: Math.round((m.upload?.maxBytes ?? 0) / 1048576) })}</p>
            <input type="file" id={id} accept={m.upload?.accept.join(',')} capture="environment" aria-describedby={`${id}-hint`} onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              setFailure(null);
              setProgress(0);
              try {
                const uploaded = await uploadFile(file, setProgress, { forPersonId: personId });
                onSet({ code: m.code, paper: 'scan', fileId: uploaded.id, name: file.name });
              } catch (err) {
                setFailure(errorText(err, t));
              } finally {
                setProgress(null);
              }
            }} />
            {progress !== null && <progress max={1} value={progress} aria-label={t('apply.uploading')}>{Math.round(progress * 100)}%</progress>}
            {record?.paper === 'scan' && <p className="uploaded" role="status">{t('windowDesk.scanned', { name: record.name })}</p>}
          </>
        ) : (
          <label className="checkbox">
            <input type="checkbox" id={id} checked={record?.paper === 'original_seen'} onChange={(e) => onSet(e.target.checked ? { code: m.code, paper: 'original_seen' } : null)} />
            <span>{t('windowDesk.originalSeen')}</span>
          </label>
        )}
      </fieldset>
    </div>
  );
}
