// Department admins edit their service items: a structured editor over the catalog draft API (names, summary,
// time limits, channels, materials; the form and workflow as JSON), the server's validation shown per field,
// a preview of the guide, and publish.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError } from '../api';
import { useDepartments } from '../catalog';
import { ErrorSummary, errorText, Failure, Loading, PageTitle, type FieldError } from '../components/ui';
import { pick } from '../i18n';
import { useMe } from '../session';
import type { CatalogSummary, ItemDefinition, Published } from '../types';
import { StaffNav } from './StaffNav';

export function AdminItems() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const departments = useDepartments();
  const mine = new Set(departments.filter((d) => me?.postings.some((p) => p.role === 'department_admin' && p.departmentId === d.id)).map((d) => d.code));
  const { data, error, isLoading } = useQuery({ queryKey: ['catalog', 'items'], queryFn: () => api<CatalogSummary[]>('/catalog/items') });
  return (
    <>
      <StaffNav />
      <PageTitle>{t('admin.title')}</PageTitle>
      {isLoading && <Loading />}
      {error && <Failure error={error} />}
      <ul className="plain-list">
        {data?.filter((i) => i.department && mine.has(i.department)).map((i) => <li key={i.code}><Link to={`/admin/items/${i.code}`}>{pick(i.name)}</Link> <span className="hint">{i.code}</span></li>)}
      </ul>
    </>
  );
}

const idOf = (pointer: string) => `edit${pointer.replace(/\//g, '-')}`;

export function ItemEditor() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const qc = useQueryClient();
  const published = useQuery({ queryKey: ['item', code], queryFn: () => api<Published<ItemDefinition>>(`/catalog/items/${code}`) });
  const [def, setDef] = useState<ItemDefinition | null>(null);
  const [formJson, setFormJson] = useState('');
  const [workflowJson, setWorkflowJson] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [preview, setPreview] = useState(false);
  useEffect(() => {
    if (published.data && !def) {
      setDef(published.data.definition);
      setFormJson(JSON.stringify(published.data.definition.form, null, 2));
      setWorkflowJson(JSON.stringify(published.data.definition.workflow, null, 2));
    }
  }, [published.data, def]);
  if (published.isLoading || !def) return published.error ? <Failure error={published.error} /> : <Loading />;

  const build = (): ItemDefinition | null => {
    try {
      return { ...def, form: JSON.parse(formJson), workflow: JSON.parse(workflowJson) };
    } catch {
      setErrors([{ id: idOf('/form'), text: t('admin.jsonInvalid') }]);
      return null;
    }
  };
  const save = async (): Promise<boolean> => {
    const body = build();
    if (!body) return false;
    setMessage(null);
    try {
      await api(`/catalog/items/${code}/draft`, { method: 'PUT', body });
      setErrors([]);
      setMessage(t('admin.saved'));
      return true;
    } catch (err) {
      const details = err instanceof ApiError && Array.isArray(err.body.details) ? (err.body.details as { field: string; message: { zh: string; en: string } }[]) : [];
      const list = details.length ? details : err instanceof ApiError ? [{ field: err.body.field ?? '/code', message: err.body.message ?? { zh: err.body.code, en: err.body.code } }] : [];
      setErrors(list.length ? list.map((d) => ({ id: idOf(d.field.split('/').slice(0, 3).join('/') || '/code'), text: t('common.labelled', { label: d.field, text: pick(d.message) }) })) : [{ id: idOf('/name/zh'), text: errorText(err, t) }]);
      return false;
    }
  };
  const publish = async () => {
    if (!(await save())) return;
    try {
      const res = await api<Published<ItemDefinition>>(`/catalog/items/${code}/publish`, { method: 'POST' });
      setMessage(t('admin.published', { version: res.version }));
      await qc.invalidateQueries({ queryKey: ['item', code] });
    } catch (err) {
      setErrors([{ id: idOf('/name/zh'), text: errorText(err, t) }]);
    }
  };
  const text = (pointer: string, label: string, value: string, set: (v: string) => void, long = false) => (
    <div className="field">
      <label htmlFor={idOf(pointer)}>{label}</label>
      {long ? <textarea id={idOf(pointer)} rows={3} value={value} onChange={(e) => set(e.target.value)} /> : <input id={idOf(pointer)} value={value} onChange={(e) => set(e.target.value)} />}
    </div>
  );
  return (
    <>
      <StaffNav />
      <Link className="back-link" to="/admin/items">{t('admin.back')}</Link>
      <ErrorSummary errors={errors} />
      <PageTitle caption={code}>{t('admin.editTitle', { name: pick(def.name) })}</PageTitle>
      {message && <p className="notice" role="status">{message}</p>}
      <form noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
        {text('/name/zh', t('admin.nameZh'), def.name.zh, (v) => setDef({ ...def, name: { ...def.name, zh: v } }))}
        {text('/name/en', t('admin.nameEn'), def.name.en, (v) => setDef({ ...def, name: { ...def.name, en: v } }))}
        {text('/summary/zh', t('admin.summaryZh'), def.summary.zh, (v) => setDef({ ...def, summary: { ...def.summary, zh: v } }), true)}
        {text('/summary/en', t('admin.summaryEn'), def.summary.en, (v) => setDef({ ...def, summary: { ...def.summary, en: v } }), true)}
        {text('/timeLimits/statutoryDays', t('admin.statutoryDays'), String(def.timeLimits.statutoryDays), (v) => setDef({ ...def, timeLimits: { ...def.timeLimits, statutoryDays: Number(v) } }))}
        {text('/timeLimits/committedDays', t('admin.committedDays'), String(def.timeLimits.committedDays), (v) => setDef({ ...def, timeLimits: { ...def.timeLimits, committedDays: Number(v) } }))}
        <fieldset>
          <legend>{t('admin.channels')}</legend>
          {['online', 'window', 'post'].map((c) => (
            <label key={c} className="checkbox"><input type="checkbox" id={c === 'online' ? idOf('/channels') : `channel-${c}`} checked={def.channels.includes(c)}
              onChange={(e) => setDef({ ...def, channels: e.target.checked ? [...def.channels, c] : def.channels.filter((x) => x !== c) })} /> <span>{t(`guide.channel.${c}`)}</span></label>
          ))}
        </fieldset>
        <h2>{t('admin.materials')}</h2>
        {def.materials.map((m, i) => (
          <fieldset key={m.code} className="material-edit">
            <legend>{m.code}</legend>
            {text(`/materials/${i}`, t('admin.nameZh'), m.name.zh, (v) => setDef({ ...def, materials: def.materials.map((x, j) => (j === i ? { ...x, name: { ...x.name, zh: v } } : x)) }))}
            <label className="checkbox"><input type="checkbox" checked={m.required} onChange={(e) => setDef({ ...def, materials: def.materials.map((x, j) => (j === i ? { ...x, required: e.target.checked } : x)) })} /> <span>{t('guide.required')}</span></label>
          </fieldset>
        ))}
        {text('/form', t('admin.form'), formJson, setFormJson, true)}
        {text('/workflow', t('admin.workflow'), workflowJson, setWorkflowJson, true)}
        <div className="button-group">
          <button type="submit" className="button button-secondary">{t('admin.saveDraft')}</button>
          <button type="button" className="button button-secondary" onClick={() => setPreview(!preview)}>{t('admin.preview')}</button>
          <button type="button" className="button" onClick={() => void publish()}>{t('admin.publish')}</button>
        </div>
      </form>
      {preview && (
        <section className="panel preview" aria-labelledby="preview-title">
          <h2 id="preview-title">{t('admin.previewTitle')}</h2>
          <h3>{pick(def.name)}</h3>
          <p>{pick(def.summary)}</p>
          <p>{t('guide.timeLimitText', { committed: def.timeLimits.committedDays, statutory: def.timeLimits.statutoryDays })}</p>
          <ul>{def.materials.map((m) => <li key={m.code}>{pick(m.name)} {m.required ? t('guide.required') : t('guide.optional')}</li>)}</ul>
        </section>
      )}
    </>
  );
}
