// My cases: the list with time-limit lights; one case with its timeline, the 补正 form when something is asked
// for, and the rating once it is decided.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, uploadFile } from '../api';
import { useItemDefinition, useItemNames } from '../catalog';
import { coerce, Field, getAt, leafFields, problemOf, setAt, type FieldSpec } from '../components/form';
import { ErrorSummary, errorText, Failure, formatDateTime, Light, Loading, PageTitle, StatusTag, type FieldError } from '../components/ui';
import { DueDate } from '../components/due-date';
import { pick } from '../i18n';
import type { Application, TimelineEntry } from '../answers';
import '../journeys.css';

interface BundleDraftSummary { id: string; bundleCode: string; bundleName: { zh: string; en: string }; updatedAt: string }

/** Life events started and not yet submitted: saved on the server, so they can be finished here from any device. */
function LifeEventDrafts() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const { data } = useQuery({ queryKey: ['bundle-drafts'], queryFn: () => api<BundleDraftSummary[]>('/bundle-drafts') });
  const [failure, setFailure] = useState<unknown>(null);
  if (!data?.length) return null;
  const discard = async (d: BundleDraftSummary) => {
    try {
      await api(`/bundle-drafts/${d.id}`, { method: 'DELETE' });
      await qc.invalidateQueries({ queryKey: ['bundle-drafts'] });
    } catch (err) {
      setFailure(err);
    }
  };
  return (
    <section aria-labelledby="drafts-title">
      <h2 id="drafts-title">{t('journeysCases.draftsTitle')}</h2>
      {failure ? <Failure error={failure} /> : null}
      <ul className="drafts-list">
        {data.map((d) => (
          <li key={d.id}>
            <Link to={`/apply/bundle/${d.bundleCode}/0`}>{t('journeysCases.continue', { name: pick(d.bundleName) })}</Link>
            <span className="hint">{t('journeysCases.savedAt', { at: formatDateTime(d.updatedAt, i18n.language) })}</span>
            <button type="button" className="link-button" onClick={() => void discard(d)}>{t('journeysCases.discard')}<span className="visually-hidden"> {pick(d.bundleName)}</span></button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Cases() {
  const { t, i18n } = useTranslation();
  const itemName = useItemNames();
  const { data, error, isLoading } = useQuery({ queryKey: ['applications'], queryFn: () => api<Application[]>('/applications') });
  return (
    <>
      <PageTitle>{t('cases.title')}</PageTitle>
      <LifeEventDrafts />
      {isLoading && <Loading />}
      {error && <Failure error={error} />}
      {data && !data.length && <p>{t('cases.none')}</p>}
      {data && data.length > 0 && (
        <table className="table table-cards">
          <caption className="visually-hidden">{t('cases.title')}</caption>
          <thead><tr><th scope="col">{t('cases.item')}</th><th scope="col">{t('cases.status')}</th><th scope="col" className="not-elder">{t('cases.submitted')}</th><th scope="col">{t('cases.light')}</th></tr></thead>
          <tbody>
            {data.map((a) => (
              <tr key={a.id}>
                <td data-label={t('cases.item')}>
                  <Link to={a.status === 'draft' ? `/apply/item/${a.itemCode}/${a.id}/0` : `/cases/${a.id}`}>{itemName(a.itemCode)}</Link>
                  {a.number && <div className="hint">{a.number}</div>}
                  {a.bundleNumber && <div className="hint">{t('journeysCases.bundleNumber', { number: a.bundleNumber })}</div>}
                </td>
                <td data-label={t('cases.status')}><StatusTag status={a.status} /></td>
                <td data-label={t('cases.submitted')} className="not-elder">{formatDateTime(a.submittedAt, i18n.language)}</td>
                <td data-label={t('cases.light')}><Light light={a.timeLimit.light} days={a.timeLimit.remainingWorkingDays} paused={a.timeLimit.paused} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function Supplement({ app, onSent }: { app: Application; onSent: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<Record<string, { fileId: string; name: string }>>({});
  const [progress, setProgress] = useState<number | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const def = useItemDefinition(app.itemCode);
  const request = app.openSupplementRequest!;
  const materialTargets = request.items.filter((i) => i.target.startsWith('material:'));
  // Each form field named by the reviewer (or every field of a section they named), to correct here.
  const leaves = def ? leafFields(def.form, 'supplement', '', true, {}, '') : [];
  const fieldTargets = request.items.filter((i) => i.target.startsWith('/formData')).flatMap((i) => {
    const at = i.target.slice('/formData'.length);
    return leaves.filter((f) => f.pointer === at || f.pointer.startsWith(`${at}/`)).map((f) => ({ f, reason: i.reason }));
  });
  const [formData, setFormData] = useState<Record<string, unknown>>(app.formData);
  const materialName = (code: string) => pick(def?.materials.find((m) => m.code === code)?.name) || code;
  const fieldError = (f: FieldSpec) => errors.find((e) => e.id === f.id)?.text;
  const send = async () => {
    const missing = materialTargets.filter((i) => !files[i.target.slice(9)]).map((i) => ({ id: `s-${i.target.slice(9)}`, text: t('supplement.fileMissing', { reason: i.reason }) }));
    const wrong = fieldTargets.flatMap(({ f }) => {
      const p = problemOf(f, getAt(formData, f.pointer));
      return p ? [{ id: f.id, text: t('common.labelled', { label: f.label, text: t(p.key, p.values) }) }] : [];
    });
    setErrors([...wrong, ...missing]);
    if (missing.length || wrong.length) return;
    const corrected = fieldTargets.reduce((data, { f }) => setAt(data, f.pointer, coerce(f, getAt(data, f.pointer))), formData);
    try {
      await api(`/applications/${app.id}/supplement`, { method: 'POST', body: {
        ...(fieldTargets.length ? { formData: corrected } : {}),
        materials: Object.entries(files).map(([code, f]) => ({ code, fileId: f.fileId })), ...(note.trim() ? { note: note.trim() } : {}) } });
      onSent(); // the case is back in review: this form goes, the confirmation stays on the page
      await qc.invalidateQueries({ queryKey: ['application', app.id] });
      await qc.invalidateQueries({ queryKey: ['timeline', app.id] });
    } catch (err) {
      setErrors([{ id: 'supplement-note', text: errorText(err, t) }]);
    }
  };
  return (
    <section className="panel panel-warning" aria-labelledby="supplement-title">
      <ErrorSummary errors={errors} />
      <h2 id="supplement-title">{t('supplement.title')}</h2>
      <ul>{request.items.map((i) => <li key={i.target}>{i.reason}</li>)}</ul>
      {fieldTargets.map(({ f, reason }) => (
        <div key={f.id}>
          <p className="hint">{t('supplement.fieldReason', { label: f.label, reason })}</p>
          <Field f={f} value={getAt(formData, f.pointer)} error={fieldError(f)} onChange={(v) => setFormData(setAt(formData, f.pointer, v))} />
        </div>
      ))}
      {materialTargets.map((i) => {
        const code = i.target.slice(9);
        return (
          <div className="field" key={code}>
            <label htmlFor={`s-${code}`}>{t('supplement.uploadMaterial', { material: materialName(code), reason: i.reason })}</label>
            <input type="file" id={`s-${code}`} accept={def?.materials.find((m) => m.code === code)?.upload?.accept.join(',') ?? 'application/pdf,image/jpeg,image/png'} onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              try {
                const up = await uploadFile(file, setProgress);
                setFiles({ ...files, [code]: { fileId: up.id, name: file.name } });
              } catch (err) {
                setErrors([{ id: `s-${code}`, text: errorText(err, t) }]);
              } finally {
                setProgress(null);
              }
            }} />
            {files[code] && <p className="uploaded">{t('apply.uploaded', { name: files[code].name })}</p>}
          </div>
        );
      })}
      {progress !== null && <progress max={1} value={progress} aria-label={t('apply.uploading')} />}
      <div className="field">
        <label htmlFor="supplement-note">{t('supplement.note')}</label>
        <textarea id="supplement-note" rows={3} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="button" className="button" onClick={() => void send()}>{t('supplement.send')}</button>
    </section>
  );
}

const LEVELS = ['very_satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very_dissatisfied'];

interface RatingAnswer {
  level: string; label: { zh: string; en: string }; comment: string | null;
  rectification: { reply: string | null; raterSatisfied: boolean | null; raterComment: string | null } | null;
}

/** 整改满意度: the department replied to a bad rating and asked whether the rater is satisfied; here they answer. */
function ReplyAnswer({ app }: { app: Application }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [satisfied, setSatisfied] = useState<boolean | null>(null);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const send = async () => {
    if (satisfied === null) return setErrors([{ id: 'reply-satisfied', text: t('journeysRating.choose') }]);
    if (!satisfied && !comment.trim()) return setErrors([{ id: 'reply-comment', text: t('journeysRating.whyMissing') }]);
    try {
      await api(`/applications/${app.id}/rating/reply-answer`, { method: 'POST', body: { satisfied, ...(comment.trim() ? { comment: comment.trim() } : {}) } });
      await qc.invalidateQueries({ queryKey: ['rating', app.id] });
    } catch (err) {
      setErrors([{ id: 'reply-comment', text: errorText(err, t) }]);
    }
  };
  const commentError = errors.find((e) => e.id === 'reply-comment')?.text;
  return (
    <div>
      <ErrorSummary errors={errors} />
      <fieldset className={errors.some((e) => e.id === 'reply-satisfied') ? 'field-error' : ''}>
        <legend>{t('journeysRating.question')}</legend>
        <div className="radios">
          <label className="radio"><input type="radio" name="reply-satisfied" id="reply-satisfied" checked={satisfied === true} onChange={() => setSatisfied(true)} /> <span>{t('journeysRating.satisfied')}</span></label>
          <label className="radio"><input type="radio" name="reply-satisfied" id="reply-satisfied-no" checked={satisfied === false} onChange={() => setSatisfied(false)} /> <span>{t('journeysRating.notSatisfied')}</span></label>
        </div>
      </fieldset>
      <div className={`field ${commentError ? 'field-error' : ''}`}>
        <label htmlFor="reply-comment">{t('journeysRating.comment')}</label>
        {commentError && <p className="error-text">{commentError}</p>}
        <textarea id="reply-comment" rows={3} maxLength={500} value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      <button type="button" className="button" onClick={() => void send()}>{t('journeysRating.send')}</button>
    </div>
  );
}

function Rating({ app }: { app: Application }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { data: rating } = useQuery({ queryKey: ['rating', app.id], queryFn: () => api<RatingAnswer | null>(`/applications/${app.id}/rating`).catch(() => null) });
  const [level, setLevel] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  if (rating) {
    const rect = rating.rectification;
    return (
      <section className="panel" aria-labelledby="rating-title">
        <h2 id="rating-title">{t('rating.title')}</h2>
        <p>{t('rating.given', { label: pick(rating.label) })}</p>
        {rect?.reply && <p>{t('rating.reply', { reply: rect.reply })}</p>}
        {rect?.reply && rect.raterSatisfied === null && <ReplyAnswer app={app} />}
        {rect?.raterSatisfied !== null && rect?.raterSatisfied !== undefined && (
          <p role="status">{rect.raterSatisfied ? t('journeysRating.answeredSatisfied') : t('journeysRating.answeredNot', { comment: rect.raterComment ?? '' })}</p>
        )}
      </section>
    );
  }
  const send = async () => {
    if (!level) return setErrors([{ id: 'rating-very_satisfied', text: t('rating.choose') }]);
    try {
      await api(`/applications/${app.id}/rating`, { method: 'POST', body: { level, ...(comment.trim() ? { comment: comment.trim() } : {}) } });
      await qc.invalidateQueries({ queryKey: ['rating', app.id] });
    } catch (err) {
      setErrors([{ id: 'rating-comment', text: errorText(err, t) }]);
    }
  };
  return (
    <section className="panel" aria-labelledby="rating-title">
      <ErrorSummary errors={errors} />
      <h2 id="rating-title">{t('rating.title')}</h2>
      <fieldset>
        <legend>{t('rating.question')}</legend>
        <div className="radios">
          {LEVELS.map((l) => (
            <label className="radio" key={l}><input type="radio" name="rating" id={`rating-${l}`} checked={level === l} onChange={() => setLevel(l)} /> <span>{t(`rating.level.${l}`)}</span></label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="rating-comment">{t('rating.comment')}</label>
        <textarea id="rating-comment" rows={3} maxLength={500} value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      <button type="button" className="button" onClick={() => void send()}>{t('rating.send')}</button>
    </section>
  );
}

export function CaseDetail() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const itemName = useItemNames();
  const app = useQuery({ queryKey: ['application', id], queryFn: () => api<Application>(`/applications/${id}`) });
  const timeline = useQuery({ queryKey: ['timeline', id], queryFn: () => api<TimelineEntry[]>(`/applications/${id}/timeline`) });
  const [supplemented, setSupplemented] = useState(false);
  if (app.isLoading) return <Loading />;
  if (app.error || !app.data) return <Failure error={app.error} />;
  const a = app.data;
  return (
    <>
      <Link className="back-link" to="/cases">{t('cases.back')}</Link>
      <PageTitle caption={a.number ?? undefined}>{itemName(a.itemCode)}</PageTitle>
      {a.bundleNumber && <p className="hint">{t('journeysCases.bundleNumber', { number: a.bundleNumber })}</p>}
      <p><StatusTag status={a.status} /> <Light light={a.timeLimit.light} days={a.timeLimit.remainingWorkingDays} paused={a.timeLimit.paused} /></p>
      <DueDate dueOn={a.dueOn} timeLimit={a.timeLimit} />
      {a.decisionReason && <p>{t('cases.reason', { reason: a.decisionReason })}</p>}
      {supplemented && <p className="notice" role="status">{t('supplement.sent')}</p>}
      {a.openSupplementRequest && a.status === 'supplement_requested' && !supplemented && <Supplement app={a} onSent={() => setSupplemented(true)} />}
      {(a.status === 'approved' || a.status === 'rejected') && <Rating app={a} />}
      <h2>{t('cases.progress')}</h2>
      <ul className="tasks">
        {a.tasks.map((task) => (
          <li key={task.id}>{pick(task.name)} <StatusTag status={task.status} /> <Light light={task.timeLimit.light} days={task.timeLimit.remainingWorkingDays} paused={task.timeLimit.paused} /> <DueDate block={false} label="duedate.taskDueOn" showNote={false} dueOn={task.dueOn} timeLimit={task.timeLimit} /></li>
        ))}
      </ul>
      <h2>{t('cases.timeline')}</h2>
      {timeline.data && (
        <ol className="timeline">
          {timeline.data.map((e, i) => (
            <li key={i}><time dateTime={e.at}>{formatDateTime(e.at, i18n.language)}</time> <span>{pick(e.message)}</span></li>
          ))}
        </ol>
      )}
    </>
  );
}
