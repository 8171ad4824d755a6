// Department admins edit their service items: a structured editor over the catalog draft API (basics, time
// limits, fees, materials, workflow, the form's sections and fields), the server's validation shown next to the
// input it names, a preview of the guide and the form, and publish. The whole definition as JSON is the
// "advanced" tab, for what the structured editor does not cover (legal basis, FAQ, keywords, prefill bindings).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError } from '../api';
import { useDepartments } from '../catalog';
import { Field, leafFields } from '../components/form';
import { ErrorSummary, errorText, Failure, Loading, PageTitle } from '../components/ui';
import { pick } from '../i18n';
import { useMe } from '../session';
import type { CatalogSummary, ItemDefinition, Published } from '../answers';
import { anchorOf, ErrorsContext, idOf, setPointer, type PointerError } from './editor-kit';
import { FormSection } from './FormEditor';
import { BasicsSection, FeesSection, MaterialsSection, WorkflowSection } from './ItemSections';
import { StaffNav } from './StaffNav';
import './item-editor.css';

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

const ADVANCED = '/advanced'; // errors about what only the JSON view shows sit by its tab
type Tab = 'structured' | 'json';

/** The server's validation problems, each by the input it names (or the nearest one shown). */
function problemsOf(err: unknown, t: (k: string, o?: Record<string, unknown>) => string): PointerError[] {
  if (!(err instanceof ApiError)) return [{ pointer: '/name/zh', text: errorText(err, t) }];
  const details = Array.isArray(err.body.details) ? (err.body.details as { field: string; message: { zh: string; en: string } }[]) : [];
  const list = details.length ? details : [{ field: err.body.field ?? '', message: err.body.message ?? { zh: err.body.code, en: err.body.code } }];
  return list.map((d) => {
    const pointer = anchorOf(d.field || ADVANCED, ADVANCED);
    // Named as the page names it: the input's label, or the group's legend; what only the JSON shows, by its pointer.
    const el = document.getElementById(idOf(pointer));
    const label = (el?.id && document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent) || (el?.tagName === 'FIELDSET' && el.querySelector('legend')?.textContent) || d.field;
    return { pointer, text: label ? t('common.labelled', { label, text: pick(d.message) }) : pick(d.message) };
  });
}

/** How an applicant will see the form: its fields, section by section, to try out. */
function FormPreview({ def }: { def: ItemDefinition }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, unknown>>({});
  let fields: ReturnType<typeof leafFields> = [];
  try {
    fields = leafFields(def.form, 'preview', '', true, {}, '');
  } catch {
    return <p>{t('admin.previewUnavailable')}</p>;
  }
  return <>{fields.map((f) => <Field key={f.id} f={f} value={values[f.pointer]} onChange={(v) => setValues({ ...values, [f.pointer]: v })} />)}</>;
}

export function ItemEditor() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const qc = useQueryClient();
  const published = useQuery({ queryKey: ['item', code], queryFn: () => api<Published<ItemDefinition>>(`/catalog/items/${code}`) });
  const [def, setDef] = useState<ItemDefinition | null>(null);
  const [tab, setTab] = useState<Tab>('structured');
  const [json, setJson] = useState('');
  const [errors, setErrors] = useState<PointerError[]>([]);
  const [pending, setPending] = useState<unknown>(null); // a failure to place once the page shows its inputs
  const [message, setMessage] = useState<string | null>(null);
  const [preview, setPreview] = useState(false);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  useEffect(() => {
    if (published.data && !def) setDef(published.data.definition);
  }, [published.data, def]);
  // Errors are placed by the inputs on the page, so only after the page has rendered what was sent.
  useEffect(() => {
    if (pending) {
      setErrors(problemsOf(pending, t));
      setPending(null);
    }
  }, [pending, t]);
  if (published.isLoading || !def) return published.error ? <Failure error={published.error} /> : <Loading />;

  const set = (pointer: string, value: unknown) => setDef((d) => setPointer(d!, pointer, value));
  const jsonError = (): PointerError => ({ pointer: ADVANCED, text: t('admin.jsonInvalid') });
  /** The definition being edited: from the JSON text on the advanced tab. */
  const current = (): ItemDefinition | null => {
    if (tab === 'structured') return def;
    try {
      const parsed = JSON.parse(json) as ItemDefinition;
      setDef(parsed);
      return parsed;
    } catch {
      setErrors([jsonError()]);
      return null;
    }
  };
  const switchTo = (next: Tab) => {
    if (next === tab) return;
    if (next === 'json') {
      setJson(JSON.stringify(def, null, 2));
    } else if (!current()) return;
    setErrors([]);
    setTab(next);
  };
  const onTabKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next: Tab = tab === 'structured' ? 'json' : 'structured';
    switchTo(next);
    tabs.current[next === 'structured' ? 0 : 1]?.focus();
  };
  const save = async (): Promise<boolean> => {
    const body = current();
    if (!body) return false;
    setMessage(null);
    try {
      await api(`/catalog/items/${code}/draft`, { method: 'PUT', body });
      setErrors([]);
      setMessage(t('admin.saved'));
      return true;
    } catch (err) {
      setPending(err);
      return false;
    }
  };
  const publish = async () => {
    if (!(await save())) return;
    try {
      const res = await api<Published<ItemDefinition>>(`/catalog/items/${code}/publish`, { method: 'POST' });
      setMessage(t('admin.published', { version: res.version }));
      await qc.invalidateQueries({ queryKey: ['item', code] });
      await qc.invalidateQueries({ queryKey: ['catalog'] });
    } catch (err) {
      setPending(err);
    }
  };
  const tabButton = (x: Tab, i: number) => (
    <button type="button" role="tab" key={x} id={x === 'json' ? idOf(ADVANCED) : 'tab-structured'} aria-selected={tab === x} aria-controls={`panel-${x}`}
      tabIndex={tab === x ? 0 : -1} ref={(el) => { tabs.current[i] = el; }} className={`tab ${tab === x ? 'tab-selected' : ''}`} onClick={() => switchTo(x)} onKeyDown={onTabKey}>
      {t(`admin.tab.${x}`)}
    </button>
  );
  return (
    <ErrorsContext.Provider value={errors}>
      <StaffNav />
      <Link className="back-link" to="/admin/items">{t('admin.back')}</Link>
      <ErrorSummary errors={errors.map((e) => ({ id: idOf(e.pointer), text: e.text }))} />
      <PageTitle caption={code}>{t('admin.editTitle', { name: pick(def.name) })}</PageTitle>
      {message && <p className="notice" role="status">{message}</p>}
      <div role="tablist" aria-label={t('admin.tabsLabel')} className="tabs">{tabButton('structured', 0)}{tabButton('json', 1)}</div>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
        {tab === 'structured' ? (
          <div role="tabpanel" id="panel-structured" aria-labelledby="tab-structured" className="item-editor">
            <BasicsSection def={def} set={set} />
            <FeesSection def={def} set={set} />
            <MaterialsSection def={def} set={set} />
            <WorkflowSection def={def} set={set} />
            <FormSection def={def} setForm={(f) => set('/form', f)} />
          </div>
        ) : (
          <div role="tabpanel" id="panel-json" aria-labelledby={idOf(ADVANCED)}>
            <p className="hint" id="json-hint">{t('admin.jsonHint')}</p>
            {errors.filter((e) => e.pointer === ADVANCED).map((e, i) => <p key={i} className="error-text" id="json-error">{e.text}</p>)}
            <div className="field">
              <label htmlFor="edit-json">{t('admin.json')}</label>
              <textarea id="edit-json" className="code" rows={30} spellCheck={false} value={json} aria-describedby="json-hint" onChange={(e) => setJson(e.target.value)} />
            </div>
          </div>
        )}
        <div className="button-group">
          <button type="submit" className="button button-secondary">{t('admin.saveDraft')}</button>
          <button type="button" className="button button-secondary" aria-expanded={preview} aria-controls="preview" onClick={() => setPreview(!preview)}>{t('admin.preview')}</button>
          <button type="button" className="button" onClick={() => void publish()}>{t('admin.publish')}</button>
        </div>
      </form>
      {preview && (
        <section className="panel preview" id="preview" aria-labelledby="preview-title">
          <h2 id="preview-title">{t('admin.previewTitle')}</h2>
          <h3>{pick(def.name)}</h3>
          <p>{pick(def.summary)}</p>
          <p>{t('guide.timeLimitText', { committed: def.timeLimits.committedDays, statutory: def.timeLimits.statutoryDays })}</p>
          <ul>{def.materials.map((m, i) => <li key={i}>{pick(m.name)} {m.required ? t('guide.required') : t('guide.optional')}</li>)}</ul>
          {def.fees.length > 0 && <ul>{def.fees.map((f, i) => <li key={i}>{t('admin.feeText', { name: pick(f.name), amount: f.amountYuan })}</li>)}</ul>}
          <h3>{t('admin.previewForm')}</h3>
          <FormPreview def={def} />
        </section>
      )}
    </ErrorsContext.Provider>
  );
}
