// The staff workbench: the department's queue with lights and filters, one case with its materials (personal
// data masked unless revealed, and revealing is recorded in the person's data-access log), decide / ask for 补正 /
// transfer; and the rectification tasks (差评整改) of the department.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { api } from '../api';
import { useDepartments, useItemDefinition, useItemNames } from '../catalog';
import { leafFields, useEnumLabel } from '../components/form';
import { ErrorSummary, errorText, Failure, formatDateTime, Light, Loading, PageTitle, StatusTag, type FieldError } from '../components/ui';
import { DueDate } from '../components/due-date';
import { pick, pickTitle } from '../i18n';
import { ReusedCertificate } from './ReusedCertificate';
import { staffLanding, useMe } from '../session';
import type { Application, Task, TimelineEntry } from '../answers';
import { StaffNav } from './StaffNav';

type QueueEntry = Task & { application: { id: string; number: string | null; itemCode: string; applicantName: string; status: string } };

export function Queue() {
  const { data: me } = useMe();
  // A clerk who only works the window has no task queue: their place is the window page.
  if (me && staffLanding(me.roles) !== '/staff' && me.roles.includes('window_clerk')) return <Navigate to="/staff/window" replace />;
  return <TaskQueue />;
}

function TaskQueue() {
  const { t } = useTranslation();
  const itemName = useItemNames();
  const [params, setParams] = useSearchParams();
  const light = params.get('light') ?? '';
  const status = params.get('status') ?? 'open';
  const mine = params.get('mine') === 'true';
  const qs = new URLSearchParams({ status, ...(light ? { light } : {}), ...(mine ? { mine: 'true' } : {}) });
  const { data, error, isLoading } = useQuery({ queryKey: ['tasks', qs.toString()], queryFn: () => api<QueueEntry[]>(`/tasks?${qs}`) });
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next);
  };
  return (
    <>
      <StaffNav />
      <PageTitle>{t('staff.queueTitle')}</PageTitle>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field-inline">
          <label htmlFor="filter-status">{t('staff.filterStatus')}</label>
          <select id="filter-status" value={status} onChange={(e) => set('status', e.target.value)}>
            <option value="open">{t('staff.open')}</option>
            <option value="closed">{t('staff.closed')}</option>
          </select>
        </div>
        <div className="field-inline">
          <label htmlFor="filter-light">{t('staff.filterLight')}</label>
          <select id="filter-light" value={light} onChange={(e) => set('light', e.target.value)}>
            <option value="">{t('staff.all')}</option>
            {['red', 'yellow', 'green'].map((l) => <option key={l} value={l}>{t(`light.${l}`)}</option>)}
          </select>
        </div>
        <label className="checkbox"><input type="checkbox" checked={mine} onChange={(e) => set('mine', e.target.checked ? 'true' : '')} /> <span>{t('staff.mine')}</span></label>
      </form>
      {isLoading && <Loading />}
      {error && <Failure error={error} />}
      {data && !data.length && <p>{t('staff.empty')}</p>}
      {data && data.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">{t('staff.queueTitle')}</caption>
          <thead><tr><th scope="col">{t('staff.light')}</th><th scope="col">{t('staff.case')}</th><th scope="col">{t('staff.task')}</th><th scope="col">{t('staff.applicant')}</th><th scope="col">{t('staff.due')}</th></tr></thead>
          <tbody>
            {data.map((x) => (
              <tr key={x.id}>
                <td><Light light={x.timeLimit.light} days={x.timeLimit.remainingWorkingDays} paused={x.timeLimit.paused} /></td>
                <td><Link to={`/staff/cases/${x.application.id}`}>{x.application.number ?? x.application.id.slice(0, 8)}</Link><div className="hint">{itemName(x.application.itemCode)}</div></td>
                <td>{pick(x.name)}</td>
                <td>{x.application.applicantName}</td>
                <td><DueDate block={false} label={null} dueOn={x.dueOn} timeLimit={x.timeLimit} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

const ID_LIKE = /^\d{17}[\dXx]$/;
const PHONE_LIKE = /^1\d{10}$/;
/** A value that looks like a personal identifier is masked on screen even where the form does not mark it sensitive. */
function mask(v: unknown): string {
  if (typeof v !== 'string') return typeof v === 'object' ? JSON.stringify(v) : String(v);
  if (ID_LIKE.test(v)) return `${v.slice(0, 6)}********${v.slice(14)}`;
  if (PHONE_LIKE.test(v)) return `${v.slice(0, 3)}****${v.slice(7)}`;
  return v;
}

/** Leaf values by JSON pointer; a list of objects (family members) by index, so each masked leaf can be revealed. */
function flatten(obj: Record<string, unknown> | unknown[], at = ''): [string, unknown][] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' && (!Array.isArray(v) || v.some((x) => x && typeof x === 'object'))
    ? flatten(v as Record<string, unknown>, `${at}/${k}`) : [[`${at}/${k}`, v] as [string, unknown]]));
}

/**
 * A sensitive field arrives masked from the server; showing it in full is an explicit action the server records in
 * the audit trail and in the applicant's data-access log, with this case as the reason.
 */
function RevealField({ app, field, masked }: { app: Application; field: string; masked: string }) {
  const { t } = useTranslation();
  const [revealed, setRevealed] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const reveal = async () => {
    try {
      const r = await api<{ field: string; value: unknown }>(`/applications/${app.id}/reveal`, { method: 'POST', body: { field } });
      setRevealed(typeof r.value === 'string' ? r.value : JSON.stringify(r.value));
    } catch (err) {
      setFailure(errorText(err, t));
    }
  };
  if (revealed !== null) return <>{revealed}</>;
  return (
    <>
      {masked} <button type="button" className="link-button" onClick={() => void reveal()}>{t('staff.reveal')}</button>
      {failure && <span className="error-text" role="alert"> {failure}</span>}
    </>
  );
}

export function StaffCase() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const itemName = useItemNames();
  const departments = useDepartments();
  const { data: me } = useMe();
  const app = useQuery({ queryKey: ['application', id], queryFn: () => api<Application>(`/applications/${id}`) });
  const def = useItemDefinition(app.data?.itemCode);
  const enumLabel = useEnumLabel();
  const timeline = useQuery({ queryKey: ['timeline', id], queryFn: () => api<TimelineEntry[]>(`/applications/${id}/timeline`) });
  const [action, setAction] = useState<string | null>(null); // no decision is preselected: the reviewer chooses
  const [reason, setReason] = useState('');
  const [targets, setTargets] = useState<Record<string, string>>({}); // 补正: what is wrong → why, as the applicant will read it
  const [department, setDepartment] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState<string | null>(null);
  if (app.isLoading) return <Loading />;
  if (app.error || !app.data) return <Failure error={app.error} />;
  const a = app.data;
  // What a supplement can name: each material the applicant can upload, and each form field but the identity fields verified at sign-in.
  const prefilled = (def?.form['x-prefill'] ?? {}) as Record<string, string>;
  const materialName = (code: string) => pick(def?.materials.find((m) => m.code === code)?.name) || code;
  const supplementTargets = [
    ...(def ? def.materials.filter((m) => m.upload) : a.materials).map((m) => ({ target: `material:${m.code}`, label: materialName(m.code) })),
    ...(def ? leafFields(def.form, 'target', '', true, {}, '').filter((f) => !prefilled[f.pointer]).map((f) => ({ target: `/formData${f.pointer}`, label: f.label })) : []),
  ];
  const fields = new Map(def ? leafFields(def.form, 'view', '', true, {}, '').map((f) => [f.pointer, f]) : []);
  // Each row says whose value it is: "新生儿信息 · 姓名", not two rows both called 姓名.
  const sectionTitle = (pointer: string) => {
    const key = pointer.split('/')[1] ?? '';
    const section = def?.form['x-sections']?.find((x) => x.key === key);
    return section ? pick(section.title) : def?.form.properties?.[key]?.title ? pickTitle(def.form.properties[key]!.title, key) : null;
  };
  const rowLabel = (k: string) => {
    const leaf = fields.get(k)?.label ?? k;
    const section = k.split('/').length > 2 ? sectionTitle(k) : null;
    return section ? t('journeysStaff.rowLabel', { section, label: leaf }) : leaf;
  };
  const masked = new Set(a.maskedFields ?? []);
  const myDepartments = new Set(me?.postings.map((p) => p.departmentId).filter(Boolean));
  const task = a.tasks.find((x) => x.status === 'open' && myDepartments.has(x.departmentId));
  const act = async () => {
    const problems: FieldError[] = [];
    if (!action) problems.push({ id: 'action-approve', text: t('journeysStaff.actionMissing') });
    if (action && action !== 'approve' && action !== 'supplement' && !reason.trim()) problems.push({ id: 'reason', text: t('staff.reasonMissing') });
    if (action === 'supplement') {
      const named = Object.keys(targets);
      if (!named.length) problems.push({ id: 'target-0', text: t('staff.targetMissing') });
      supplementTargets.forEach((x, i) => {
        if (x.target in targets && !targets[x.target]!.trim()) problems.push({ id: `target-reason-${i}`, text: t('staff.targetReasonMissing', { label: x.label }) });
      });
    }
    if (action === 'transfer' && !department) problems.push({ id: 'department', text: t('staff.departmentMissing') });
    setErrors(problems);
    if (problems.length || !task || !action) return;
    try {
      if (action === 'approve' || action === 'reject') await api(`/tasks/${task.id}/decision`, { method: 'POST', body: { decision: action, reason: reason.trim() } });
      else if (action === 'supplement') {
        await api(`/applications/${a.id}/supplement-requests`, { method: 'POST', body: { items: Object.entries(targets).map(([target, why]) => ({ target, reason: why.trim() })) } });
      }
      else await api(`/tasks/${task.id}/transfer`, { method: 'POST', body: { departmentId: department, reason: reason.trim() } });
      setDone(t(`staff.done.${action}`));
      await qc.invalidateQueries();
    } catch (err) {
      setErrors([{ id: action === 'supplement' ? 'target-0' : 'reason', text: errorText(err, t) }]);
    }
  };
  return (
    <>
      <StaffNav />
      <Link className="back-link" to="/staff">{t('staff.backToQueue')}</Link>
      <ErrorSummary errors={errors} />
      <PageTitle caption={a.number ?? undefined}>{itemName(a.itemCode)}</PageTitle>
      <p><StatusTag status={a.status} /> <Light light={a.timeLimit.light} days={a.timeLimit.remainingWorkingDays} paused={a.timeLimit.paused} /></p>
      <DueDate dueOn={a.dueOn} timeLimit={a.timeLimit} />
      <div className="two-columns">
        <section aria-labelledby="applicant-title">
          <h2 id="applicant-title">{t('staff.applicantTitle')}</h2>
          <p>{a.applicant.name}</p>
          {a.bundleNumber && <p className="hint">{t('journeysCases.bundleNumber', { number: a.bundleNumber })}</p>}
          <h2>{t('staff.formTitle')}</h2>
          <dl className="summary-list compact">
            {flatten(a.formData).map(([k, v]) => (
              <div key={k}><dt>{rowLabel(k)}</dt><dd>{masked.has(k) && a.canReveal ? <RevealField app={a} field={k} masked={String(v)} />
                : fields.get(k)?.schema.enum ? enumLabel(v, fields.get(k)!.schema)
                  : fields.get(k)?.schema.items?.enum && Array.isArray(v) ? v.map((x) => enumLabel(x, fields.get(k)!.schema.items)).join(t('common.listSep')) : mask(v)}</dd></div>
            ))}
          </dl>
          {masked.size > 0 && a.canReveal && <p className="hint">{t('staff.revealHint')}</p>}
          {masked.size > 0 && !a.canReveal && <p className="hint">{t('journeysStaff.maskedNoReveal')}</p>}
          <h2>{t('staff.materialsTitle')}</h2>
          <ul className="plain-list">
            {a.materials.map((m) => (
              <li key={m.code}>{materialName(m.code)} · {t(`staff.source.${m.source}`, { defaultValue: m.source })}
                {m.fileId && <> · <a href={`/api/v1/files/${m.fileId}/content?purpose=${encodeURIComponent(a.number ?? a.id)}`}>{t('staff.download')}</a></>}
                {m.source === 'certificate' && <> · <ReusedCertificate applicationId={a.id} code={m.code} /></>}
              </li>
            ))}
            {!a.materials.length && <li>{t('staff.noMaterials')}</li>}
          </ul>
        </section>
        <section aria-labelledby="decide-title">
          <h2 id="decide-title">{t('staff.decideTitle')}</h2>
          {done && <p className="notice" role="status">{done} <button type="button" className="link-button" onClick={() => navigate('/staff')}>{t('staff.backToQueue')}</button></p>}
          {!task && !done && <p>{t('staff.noOpenTask')}</p>}
          {task && !done && (
            <form noValidate onSubmit={(e) => { e.preventDefault(); void act(); }}>
              <p>{pick(task.name)} <Light light={task.timeLimit.light} days={task.timeLimit.remainingWorkingDays} /> <DueDate block={false} label="duedate.taskDueOn" showNote={false} dueOn={task.dueOn} timeLimit={task.timeLimit} /></p>
              <fieldset className={errors.some((e) => e.id === 'action-approve') ? 'field-error' : ''}>
                <legend>{t('staff.action')}</legend>
                <div className="radios">
                  {['approve', 'reject', 'supplement', 'transfer'].map((x) => (
                    <label className="radio" key={x}><input type="radio" name="action" id={`action-${x}`} checked={action === x} onChange={() => setAction(x)} /> <span>{t(`staff.actions.${x}`)}</span></label>
                  ))}
                </div>
              </fieldset>
              {action === 'supplement' && (
                <fieldset className="supplement-targets" aria-describedby="target-hint">
                  <legend>{t('staff.target')}</legend>
                  <p className="hint" id="target-hint">{t('staff.targetHint')}</p>
                  {supplementTargets.map((x, i) => (
                    <div key={x.target}>
                      <label className="checkbox"><input type="checkbox" id={`target-${i}`} checked={x.target in targets}
                        onChange={(e) => setTargets(e.target.checked ? { ...targets, [x.target]: '' } : Object.fromEntries(Object.entries(targets).filter(([k]) => k !== x.target)))} /> <span>{x.label}</span></label>
                      {x.target in targets && (
                        <div className="field conditional">
                          <label htmlFor={`target-reason-${i}`}>{t('staff.targetReason', { label: x.label })}</label>
                          <input id={`target-reason-${i}`} maxLength={300} value={targets[x.target]} onChange={(e) => setTargets({ ...targets, [x.target]: e.target.value })} />
                        </div>
                      )}
                    </div>
                  ))}
                </fieldset>
              )}
              {action === 'transfer' && (
                <div className="field">
                  <label htmlFor="department">{t('staff.department')}</label>
                  <select id="department" value={department} onChange={(e) => setDepartment(e.target.value)}>
                    <option value="">{t('form.select')}</option>
                    {departments.filter((d) => d.id !== task.departmentId).map((d) => <option key={d.id} value={d.id}>{pick(d.name)}</option>)}
                  </select>
                </div>
              )}
              {action && action !== 'supplement' && (
                <div className="field">
                  <label htmlFor="reason">{t('staff.reason')}</label>
                  <textarea id="reason" rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
                </div>
              )}
              <button type="submit" className="button">{t('staff.confirm')}</button>
            </form>
          )}
          <h2>{t('cases.timeline')}</h2>
          <ol className="timeline">
            {timeline.data?.map((e, i) => <li key={i}><time dateTime={e.at}>{formatDateTime(e.at, i18n.language)}</time> {pick(e.message)}</li>)}
          </ol>
        </section>
      </div>
    </>
  );
}

interface Rectification {
  id: string; applicationId: string; itemCode: string; level: string; comment: string | null; dueOn: string; status: string; reply: string | null; light: string | null;
  raterSatisfied?: boolean | null; raterComment?: string | null;
}

export function Rectifications() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const itemName = useItemNames();
  const [status, setStatus] = useState('open');
  const { data, error, isLoading } = useQuery({ queryKey: ['rectifications', status], queryFn: () => api<Rectification[]>(`/rectifications?status=${status}`) });
  const [replies, setReplies] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const send = async (id: string) => {
    try {
      await api(`/rectifications/${id}/reply`, { method: 'POST', body: { reply: replies[id] ?? '' } });
      await qc.invalidateQueries({ queryKey: ['rectifications'] });
    } catch (err) {
      setFailure(errorText(err, t));
    }
  };
  return (
    <>
      <StaffNav />
      <PageTitle>{t('staff.rectTitle')}</PageTitle>
      <div className="field-inline">
        <label htmlFor="rect-status">{t('staff.filterStatus')}</label>
        <select id="rect-status" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="open">{t('staff.rectOpen')}</option>
          <option value="replied">{t('staff.rectReplied')}</option>
        </select>
      </div>
      {failure && <p className="error-text" role="alert">{failure}</p>}
      {isLoading && <Loading />}
      {error && <Failure error={error} />}
      {data && !data.length && <p>{t('staff.rectEmpty')}</p>}
      <ul className="cards">
        {data?.map((r) => (
          <li key={r.id} className="card rectification">
            <h2 className="card-title">{itemName(r.itemCode)}</h2>
            <p><Light light={r.light} /> {t(`rating.level.${r.level}`)} · {t('staff.due')} {r.dueOn}</p>
            {r.comment && <blockquote>{r.comment}</blockquote>}
            <p><Link to={`/staff/cases/${r.applicationId}`}>{t('staff.openCase')}</Link></p>
            {r.status === 'open' ? (
              <div className="field">
                <label htmlFor={`reply-${r.id}`}>{t('staff.reply')}</label>
                <textarea id={`reply-${r.id}`} rows={3} maxLength={1000} value={replies[r.id] ?? ''} onChange={(e) => setReplies({ ...replies, [r.id]: e.target.value })} />
                <button type="button" className="button" onClick={() => void send(r.id)}>{t('staff.sendReply')}</button>
              </div>
            ) : (
              <>
                <p>{r.reply}</p>
                <p className={r.raterSatisfied === false ? 'error-text' : 'hint'}>
                  {r.raterSatisfied === null || r.raterSatisfied === undefined ? t('journeysStaff.raterPending')
                    : r.raterSatisfied ? t('journeysStaff.raterSatisfied') : t('journeysStaff.raterNotSatisfied', { comment: r.raterComment ?? '' })}
                </p>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
