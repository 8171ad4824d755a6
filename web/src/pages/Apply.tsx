// Applying, GOV.UK style: one section per page, prefilled fields with where they came from, uploads with
// progress, an error summary linking to each wrong field, "check your answers", then submit. An item's answers
// are saved as a server draft on every "continue" (come back later from My cases), a life event's too (nothing is
// kept in the browser, which may be a shared computer's).
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError, uploadFile } from '../api';
import { coerce, displayValue, Field, fieldId, getAt, isRequired, leafFields, problemOf, setAt, useEnumLabel, type FieldSpec } from '../components/form';
import { ErrorSummary, errorText, Failure, Loading, type FieldError } from '../components/ui';
import { pick } from '../i18n';
import { itemQuery } from '../queries';
import { chinaDate, eligibilityProblems } from '../../../src/platform/form-values.ts';
import { canApply, useMe, type Me } from '../session';
import type { Application, BundleDefinition, EligibilityCondition, ItemDefinition, Material, Published, SharedField } from '../answers';
import type { Certificate } from './Wallet';

interface Step { key: string; title: string; caption?: string; fields: FieldSpec[] }
interface Upload { scope: string; code: string; fileId: string; name: string }
/** Answers: per scope ('shared' or an item code) a nested object; uploads; an idempotency key for the submit. */
interface Reuse { scope: string; code: string; certificateId: string }
interface Answers { values: Record<string, Record<string, unknown>>; uploads: Upload[]; reuse?: Reuse[]; key: string }
interface MaterialNeed { scope: string; material: Material; itemName: string }


function prefillValue(source: string, me: Me | null | undefined): unknown {
  const p = me?.person;
  if (!p) return undefined;
  return ({ 'applicant.name': p.name, 'applicant.idNumber': p.idNumberMasked, 'applicant.phone': p.phoneMasked ?? undefined, 'applicant.birthDate': p.birthDate } as Record<string, unknown>)[source];
}

/** The pages of one item's form: one per x-section (a section whose fields are all filled for you is shown on the check page only). */
function itemSteps(def: ItemDefinition, scope: string, skip: Set<string>, me: Me | null | undefined, known: Record<string, unknown> | undefined, caption?: string): Step[] {
  const prefill = def.form['x-prefill'] ?? {};
  const sections = def.form['x-sections'] ?? [];
  const props = def.form.properties ?? {};
  const keys = [...sections.map((s) => s.key), ...Object.keys(props).filter((k) => !sections.some((s) => s.key === k))];
  return keys.flatMap((key) => {
    const schema = props[key];
    if (!schema) return [];
    const section = sections.find((s) => s.key === key);
    const fields = leafFields(schema, scope, `/${key}`, (def.form.required ?? []).includes(key), prefill, key)
      .filter((f) => !skip.has(f.pointer))
      .map((f) => (f.prefill ? { ...f, prefill: { ...f.prefill, value: getAt(known, f.pointer) ?? prefillValue(f.prefill.source, me) } } : f));
    if (!fields.length) return [];
    return [{ key: `${scope}:${key}`, title: section ? pick(section.title) : fields[0]!.label, caption, fields }];
  });
}

function validate(step: Step, answers: Answers, t: (k: string, o?: Record<string, unknown>) => string): FieldError[] {
  return step.fields.flatMap((f) => {
    const problem = problemOf(f, getAt(answers.values[f.scope], f.pointer), answers.values[f.scope]);
    return problem ? [{ id: f.id, text: t('common.labelled', { label: f.label, text: t(problem.key, problem.values) }) }] : [];
  });
}

/** The values to send for a scope: numbers as numbers, blanks left out, prefilled fields left to the server. */
function collect(steps: Step[], answers: Answers, scope: string): Record<string, unknown> {
  let out: Record<string, unknown> = {};
  for (const f of steps.flatMap((s) => s.fields).filter((x) => x.scope === scope && !x.prefill)) {
    const v = coerce(f, getAt(answers.values[scope], f.pointer));
    if (v !== undefined) out = setAt(out, f.pointer, v);
  }
  return out;
}

function UploadField({ need, answers, onUploaded, error }: { need: MaterialNeed; answers: Answers; onUploaded: (u: Upload | null) => void; error?: string }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const m = need.material;
  const id = `m-${need.scope}-${m.code}`;
  const current = answers.uploads.find((u) => u.scope === need.scope && u.code === m.code);
  return (
    <div className={`field ${error || failure ? 'field-error' : ''}`}>
      <label htmlFor={id}>{pick(m.name)}{!m.required && <span className="optional"> {t('form.optional')}</span>}</label>
      <p className="hint" id={`${id}-hint`}>{t('apply.uploadHint', { types: (m.upload?.accept ?? []).map((a) => a.split('/')[1]!.toUpperCase()).join(t('common.listSep')), mb: Math.round((m.upload?.maxBytes ?? 0) / 1048576) })}</p>
      {(error || failure) && <p className="error-text" id={`${id}-error`}>{failure ?? error}</p>}
      <input type="file" id={id} accept={m.upload?.accept.join(',')} aria-describedby={`${id}-hint`} onChange={async (e) => {
        const file = e.target.files?.[0];
        if (!file) return;
        setFailure(null);
        setProgress(0);
        try {
          const uploaded = await uploadFile(file, setProgress);
          onUploaded({ scope: need.scope, code: m.code, fileId: uploaded.id, name: file.name });
        } catch (err) {
          setFailure(errorText(err, t));
        } finally {
          setProgress(null);
        }
      }} />
      {progress !== null && <progress max={1} value={progress} aria-label={t('apply.uploading')}>{Math.round(progress * 100)}%</progress>}
      {current && <p className="uploaded" role="status">{t('apply.uploaded', { name: current.name })} <button type="button" className="link-button" onClick={() => onUploaded(null)}>{t('apply.remove')}</button></p>}
    </div>
  );
}

/** The wizard shared by items and life events. */
function Wizard(props: {
  title: string; steps: Step[]; needs: MaterialNeed[]; answers: Answers; setAnswers: (a: Answers) => void;
  stepParam: string; go: (step: string) => void; save: (a: Answers) => Promise<void>; submit: (a: Answers) => Promise<string>;
  /** 申请条件 with a rule, per scope: checked on the check page, before sending, as the server will check them. */
  eligibility?: { scope: string; conditions: EligibilityCondition[] }[];
  /** said above a step's questions (where prefilled answers came from) */
  stepNote?: (step: Step) => ReactNode;
  /** whether the applicant's own wallet may answer a material (not the mother's card for the father's) */
  walletAllowed?: (n: MaterialNeed) => boolean;
  /** rows shown on the check page before the materials: facts given, not asked */
  checkExtra?: ReactNode;
}) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const { steps, needs, answers, setAnswers, stepParam, go } = props;
  const wallet = useQuery({ queryKey: ['certificates'], queryFn: () => api<Certificate[]>('/certificates') }).data ?? [];
  const inWallet = (n: MaterialNeed) => (props.walletAllowed?.(n) ?? true ? wallet.filter((c) => c.status === 'valid' && n.material.certificateTypes?.includes(c.type)) : []);
  const reuseOf = (n: MaterialNeed) => answers.reuse?.find((r) => r.scope === n.scope && r.code === n.material.code);
  const setReuse = (n: MaterialNeed, certificateId: string | null) => setAnswers({ ...answers,
    reuse: [...(answers.reuse ?? []).filter((r) => !(r.scope === n.scope && r.code === n.material.code)), ...(certificateId ? [{ scope: n.scope, code: n.material.code, certificateId }] : [])] });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [declared, setDeclared] = useState(false);
  const headingRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    setErrors([]);
    headingRef.current?.querySelector('h1')?.focus();
  }, [stepParam]);

  const index = /^\d+$/.test(stepParam) ? Number(stepParam) : -1;
  const uploadsNeeded = needs.filter((n) => n.material.upload && !(n.material.certificateTypes?.length || n.material.exchangeSource));
  const reused = needs.filter((n) => n.material.certificateTypes?.length || n.material.exchangeSource);
  const after = (i: number) => (i + 1 < steps.length ? String(i + 1) : 'materials');

  const onContinue = async (next: string, check: FieldError[]) => {
    setErrors(check);
    if (check.length) return;
    setBusy(true);
    try {
      await props.save(answers);
      go(next);
    } catch (err) {
      setErrors([{ id: 'main', text: errorText(err, t) }]);
    } finally {
      setBusy(false);
    }
  };

  const heading = (title: string, caption?: string) => (
    <div ref={headingRef} className="step-heading">
      <span className="caption">{caption ?? props.title}</span>
      <h1 tabIndex={-1}>{title}</h1>
    </div>
  );

  if (index >= 0 && steps[index]) {
    const step = steps[index]!;
    const stepErrors = (id: string) => errors.find((e) => e.id === id)?.text;
    return (
      <div className="narrow">
        {index > 0 ? <Link className="back-link" to={`../${index - 1}`} relative="path">{t('common.back')}</Link> : null}
        <ErrorSummary errors={errors} />
        {heading(step.title, step.caption)}
        <p className="hint">{t('apply.stepOf', { n: index + 1, total: steps.length + 2 })}</p>
        {props.stepNote?.(step)}
        <form noValidate onSubmit={(e) => { e.preventDefault(); void onContinue(after(index), validate(step, answers, t)); }}>
          {step.fields.map((f) => (
            <Field key={f.id} f={f} value={getAt(answers.values[f.scope], f.pointer)} error={stepErrors(f.id)} required={isRequired(f, answers.values[f.scope])}
              onChange={(v) => setAnswers({ ...answers, values: { ...answers.values, [f.scope]: setAt(answers.values[f.scope] ?? {}, f.pointer, v) } })} />
          ))}
          <div className="button-group">
            <button type="submit" className="button" disabled={busy}>{t('apply.continue')}</button>
          </div>
        </form>
        <p className="hint">{t('apply.savedHint')}</p>
      </div>
    );
  }

  if (stepParam === 'materials') {
    const check = () => uploadsNeeded.filter((n) => n.material.required && !answers.uploads.some((u) => u.scope === n.scope && u.code === n.material.code))
      .map((n) => ({ id: `m-${n.scope}-${n.material.code}`, text: t('apply.uploadMissing', { name: pick(n.material.name) }) }));
    return (
      <div className="narrow">
        {steps.length > 0 && <Link className="back-link" to={`../${steps.length - 1}`} relative="path">{t('common.back')}</Link>}
        <ErrorSummary errors={errors} />
        {heading(t('apply.materialsTitle'))}
        {reused.length > 0 && (
          <section className="panel" aria-labelledby="reuse-title">
            <h2 id="reuse-title">{t('apply.reuseTitle')}</h2>
            <p>{t('apply.reuseText')}</p>
            <ul className="plain-list">
              {reused.map((n) => {
                const certs = inWallet(n);
                return (
                  <li key={`${n.scope}-${n.material.code}`}>
                    <strong>{pick(n.material.name)}</strong>
                    {certs.length > 0 ? certs.slice(0, 1).map((c) => (
                      <label key={c.id} className="checkbox">
                        <input type="checkbox" id={`reuse-${n.scope}-${n.material.code}`} checked={reuseOf(n)?.certificateId === c.id} onChange={(e) => setReuse(n, e.target.checked ? c.id : null)} />
                        <span>{t('apply.reuseConfirm', { name: pick(c.typeName), issuer: pick(c.issuer.name) })}</span>
                      </label>
                    )) : n.material.exchangeSource
                      ? <span className="hint"> {t('apply.reuseSource', { source: t(`formsExchange.${n.material.exchangeSource}`, { defaultValue: t(`exchange.${n.material.exchangeSource}`, { defaultValue: n.material.exchangeSource }) }) })}</span>
                      : <span className="hint"> {t('apply.reuseNone')}</span>}
                  </li>
                );
              })}
            </ul>
          </section>
        )}
        <form noValidate onSubmit={(e) => { e.preventDefault(); void onContinue('check', check()); }}>
          {uploadsNeeded.length === 0 && <p>{t('apply.noUploads')}</p>}
          {uploadsNeeded.map((n) => (
            <UploadField key={`${n.scope}-${n.material.code}`} need={n} answers={answers} error={errors.find((e) => e.id === `m-${n.scope}-${n.material.code}`)?.text}
              onUploaded={(u) => setAnswers({ ...answers, uploads: [...answers.uploads.filter((x) => !(x.scope === n.scope && x.code === n.material.code)), ...(u ? [u] : [])] })} />
          ))}
          <button type="submit" className="button" disabled={busy}>{t('apply.continue')}</button>
        </form>
      </div>
    );
  }

  // check your answers
  const doSubmit = async () => {
    if (!declared) {
      setErrors([{ id: 'declaration', text: t('apply.declarationMissing') }]);
      return;
    }
    setBusy(true);
    setErrors([]);
    try {
      await props.submit(answers);
    } catch (err) {
      const field = err instanceof ApiError ? err.body.field : null;
      const target = field ? steps.flatMap((s) => s.fields).find((f) => field.endsWith(f.pointer)) : undefined;
      setErrors([{ id: target ? `change-${target.id}` : 'check-title', text: errorText(err, t) }]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="narrow">
      <Link className="back-link" to="../materials" relative="path">{t('common.back')}</Link>
      <ErrorSummary errors={errors} />
      {heading(t('apply.checkTitle'))}
      <EligibilityWarning steps={steps} answers={answers} eligibility={props.eligibility ?? []} />
      {steps.map((step, i) => (
        <section key={step.key}>
          <h2 className="check-heading">{step.caption && <span className="caption">{step.caption}</span>}{step.title}</h2>
          <dl className="summary-list">
            {step.fields.map((f) => (
              <div key={f.id}>
                <dt>{f.label}</dt>
                <dd>{f.prefill ? displayValue(f, f.prefill.value, enumLabel, t('common.yes'), t('common.no')) || t('form.prefillLater') : displayValue(f, coerce(f, getAt(answers.values[f.scope], f.pointer)), enumLabel, t('common.yes'), t('common.no')) || t('apply.notGiven')}</dd>
                <dd className="actions">{!f.prefill && <Link id={`change-${f.id}`} to={`../${i}`} relative="path" state={{ focus: f.id }}>{t('apply.change')}<span className="visually-hidden"> {f.label}</span></Link>}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      {props.checkExtra}
      <h2 className="check-heading">{t('apply.materialsTitle')}</h2>
      <dl className="summary-list">
        {reused.map((n) => {
          const cert = inWallet(n).find((c) => c.id === reuseOf(n)?.certificateId);
          return <div key={`r-${n.scope}-${n.material.code}`}><dt>{pick(n.material.name)}</dt><dd>{cert ? t('apply.reusedCertificate', { name: pick(cert.typeName) }) : t('apply.reusedValue')}</dd><dd className="actions"><Link to="../materials" relative="path">{t('apply.change')}<span className="visually-hidden"> {pick(n.material.name)}</span></Link></dd></div>;
        })}
        {uploadsNeeded.map((n) => {
          const u = answers.uploads.find((x) => x.scope === n.scope && x.code === n.material.code);
          return <div key={`u-${n.scope}-${n.material.code}`}><dt>{pick(n.material.name)}</dt><dd>{u?.name ?? t('apply.notGiven')}</dd><dd className="actions"><Link to="../materials" relative="path">{t('apply.change')}<span className="visually-hidden"> {pick(n.material.name)}</span></Link></dd></div>;
        })}
      </dl>
      <h2>{t('apply.declarationTitle')}</h2>
      <div className={`field ${errors.some((e) => e.id === 'declaration') ? 'field-error' : ''}`}>
        <label className="checkbox"><input type="checkbox" id="declaration" checked={declared} onChange={(e) => setDeclared(e.target.checked)} /> <span>{t('apply.declaration')}</span></label>
      </div>
      <button type="button" className="button" disabled={busy} onClick={() => void doSubmit()}>{t('apply.submit')}</button>
    </div>
  );
}

/** The conditions the answers (with what was filled in for the person) do not meet today, in China. */
function EligibilityWarning({ steps, answers, eligibility }: { steps: Step[]; answers: Answers; eligibility: { scope: string; conditions: EligibilityCondition[] }[] }) {
  const { t } = useTranslation();
  const problems = eligibility.flatMap(({ scope, conditions }) => {
    let data = (answers.values[scope] ?? {}) as Record<string, unknown>;
    for (const f of steps.flatMap((x) => x.fields).filter((x) => x.scope === scope)) {
      data = setAt(data, f.pointer, f.prefill ? f.prefill.value : coerce(f, getAt(answers.values[scope], f.pointer)));
    }
    return eligibilityProblems(conditions, data, chinaDate(new Date()));
  });
  if (!problems.length) return null;
  return (
    <div className="notice notice-warning" role="alert">
      <h2>{t('formsApply.notEligibleTitle')}</h2>
      <ul>{problems.map((p) => <li key={p.pointer}>{t('formsApply.notEligible', { condition: pick(p.condition) })}</li>)}</ul>
    </div>
  );
}

function Done({ numbers }: { numbers: string[] }) {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <div className="panel-confirm" role="status">
        <h1>{t('apply.doneTitle')}</h1>
        <p>{t('apply.doneNumber')}<br /><strong>{numbers.join(t('common.listSep'))}</strong></p>
      </div>
      <p>{t('apply.doneNext')}</p>
      <p><Link to="/cases">{t('apply.toCases')}</Link></p>
    </div>
  );
}

function useSignedInApplicant() {
  const { data: me, isLoading } = useMe();
  return { me, isLoading, allowed: canApply(me) };
}

function NeedSignIn() {
  const { t } = useTranslation();
  return <div className="notice"><p>{t('apply.needSignIn')}</p><Link className="button" to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>{t('auth.signIn')}</Link></div>;
}

/** A step in the background failed: say what, and offer to try again (never "loading" for ever). */
function LoadFailure({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <Failure error={error} />
      <button type="button" className="button button-secondary" onClick={retry}>{t('journeysApply.retry')}</button>
    </div>
  );
}

// ---- an item, on a server draft ----

export function ApplyItem() {
  const { code = '', draftId, step = '0' } = useParams();
  const navigate = useNavigate();
  const { me, isLoading: meLoading, allowed } = useSignedInApplicant();
  const item = useQuery(itemQuery(code));
  const draft = useQuery({ queryKey: ['application', draftId], enabled: !!draftId && allowed, queryFn: () => api<Application>(`/applications/${draftId}`) });
  const [answers, setAnswersState] = useState<Answers | null>(null);
  const [done, setDone] = useState<string[] | null>(null);
  const [startError, setStartError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const starting = useRef(false);

  // No draft yet: resume one of this item, or start one (prefilled by the server). A failure is shown, with a retry.
  useEffect(() => {
    if (draftId || !allowed || starting.current) return;
    starting.current = true;
    void (async () => {
      try {
        const drafts = await api<Application[]>('/applications?status=draft');
        const existing = drafts.find((d) => d.itemCode === code) ?? await api<Application>('/applications/drafts', { method: 'POST', body: { itemCode: code } });
        navigate(`/apply/item/${code}/${existing.id}/0`, { replace: true });
      } catch (err) {
        setStartError(err);
      } finally {
        starting.current = false;
      }
    })();
  }, [draftId, allowed, code, navigate, attempt]);

  useEffect(() => {
    if (draft.data && !answers) {
      const saved = localStorage.getItem(`tongban.uploads.${draft.data.id}`);
      setAnswersState({ values: { item: draft.data.formData }, uploads: saved ? JSON.parse(saved) : [], key: draft.data.id });
    }
  }, [draft.data, answers]);

  const setAnswers = (a: Answers) => {
    setAnswersState(a);
    localStorage.setItem(`tongban.uploads.${a.key}`, JSON.stringify(a.uploads));
  };
  const steps = useMemo(() => (item.data && draft.data ? itemSteps(item.data.definition, 'item', new Set(), me, draft.data.formData) : []), [item.data, draft.data, me]);

  if (meLoading || item.isLoading) return <Loading />;
  if (!allowed) return <NeedSignIn />;
  if (item.error) return <LoadFailure error={item.error} retry={() => void item.refetch()} />;
  if (draft.error) return <LoadFailure error={draft.error} retry={() => void draft.refetch()} />;
  if (startError) return <LoadFailure error={startError} retry={() => { setStartError(null); setAttempt((n) => n + 1); }} />;
  if (done) return <Done numbers={done} />;
  if (!item.data || !answers || !draftId) return <Loading />;
  const def = item.data.definition;
  const full = () => ({ ...(answers.values.item ?? {}), ...collect(steps, answers, 'item') });
  return (
    <Wizard
      title={pick(def.name)} steps={steps} answers={answers} setAnswers={setAnswers} stepParam={step}
      needs={def.materials.map((m) => ({ scope: 'item', material: m, itemName: pick(def.name) }))}
      eligibility={[{ scope: 'item', conditions: def.eligibility ?? [] }]}
      go={(s) => navigate(`/apply/item/${code}/${draftId}/${s}`)}
      save={async () => { await api(`/applications/${draftId}/draft`, { method: 'PUT', body: { formData: full() } }); }}
      submit={async (a) => {
        await api(`/applications/${draftId}/draft`, { method: 'PUT', body: { formData: full() } });
        const res = await api<Application>(`/applications/${draftId}/submit`, { method: 'POST', body: { materials: [...a.uploads.map((u) => ({ code: u.code, fileId: u.fileId })), ...(a.reuse ?? []).map((r) => ({ code: r.code, certificateId: r.certificateId }))] } });
        localStorage.removeItem(`tongban.uploads.${a.key}`);
        setDone([res.number ?? '']);
        return res.id;
      }}
    />
  );

}

// ---- a life event, on a server draft ----

interface BundleDraft { id: string; bundleCode: string; answers: { values: Record<string, Record<string, unknown>>; uploads: Upload[]; reuse: Reuse[] }; prefilled: { field: string; source: { zh: string; en: string } }[] }

export function ApplyBundle() {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const { code = '', step = '0' } = useParams();
  const navigate = useNavigate();
  const { me, isLoading: meLoading, allowed } = useSignedInApplicant();
  const bundle = useQuery({ queryKey: ['bundle', code], queryFn: () => api<Published<BundleDefinition>>(`/catalog/bundles/${code}`) });
  const items = useQuery({
    queryKey: ['bundle-items', code], enabled: !!bundle.data,
    queryFn: () => Promise.all(bundle.data!.definition.items.map((c) => api<Published<ItemDefinition>>(`/catalog/items/${c}`))),
  });
  // The draft on the server: started (prefilled) or resumed, from any device. Read once; the page holds the answers after.
  const draft = useQuery({
    queryKey: ['bundle-draft', code, me?.account.id], enabled: allowed, staleTime: Infinity, gcTime: 0, retry: false,
    queryFn: () => api<BundleDraft>('/bundle-drafts', { method: 'POST', body: { bundleCode: code } }),
  });
  const [answers, setAnswers] = useState<Answers | null>(null);
  const [done, setDone] = useState<string[] | null>(null);
  useEffect(() => {
    if (draft.data && !answers) setAnswers({ ...draft.data.answers, key: `bundle-${draft.data.id}` });
  }, [draft.data, answers]);

  const steps = useMemo(() => {
    if (!bundle.data || !items.data) return [];
    const b = bundle.data.definition;
    const sharedField = (f: SharedField): FieldSpec => ({
      id: fieldId('shared', `/${f.name}`), scope: 'shared', pointer: `/${f.name}`, schema: f.schema, label: pick(f.label), required: f.required !== false,
      // the verified identity is shown, never typed: the server puts it in
      ...(f.prefill?.startsWith('applicant.') ? { prefill: { source: f.prefill, value: prefillValue(f.prefill, me) } } : {}),
    });
    // One page per section, each fact asked once; the items' own questions are not asked again.
    if (b.sections?.length) {
      return b.sections.map((sec): Step => ({ key: `shared:${sec.key}`, title: pick(sec.title), fields: b.sharedFields.filter((f) => f.section === sec.key).map(sharedField) }))
        .filter((st) => st.fields.length > 0);
    }
    const shared: Step = { key: 'shared', title: t('apply.sharedTitle'), fields: b.sharedFields.map(sharedField) };
    return [shared, ...items.data.flatMap((it) => {
      const skip = new Set(b.sharedFields.flatMap((f) => f.mapsTo.filter((m) => m.item === it.code).map((m) => m.pointer)));
      return itemSteps(it.definition, it.code, skip, me, undefined, pick(it.definition.name));
    })];
  }, [bundle.data, items.data, me, t]);

  if (meLoading || bundle.isLoading || items.isLoading) return <Loading />;
  if (!allowed) return <NeedSignIn />;
  if (bundle.error || items.error) return <LoadFailure error={bundle.error ?? items.error} retry={() => void (bundle.error ? bundle.refetch() : items.refetch())} />;
  if (draft.error) return <LoadFailure error={draft.error} retry={() => void draft.refetch()} />;
  if (done) return <Done numbers={done} />;
  if (!answers || !items.data || !bundle.data || !draft.data) return <Loading />;
  const b = bundle.data.definition;
  const draftId = draft.data.id;
  const prefilledFrom = draft.data.prefilled;
  // A material several items need is asked for once, under the first item that needs it.
  const needs: MaterialNeed[] = [];
  for (const it of items.data) {
    for (const m of it.definition.materials) {
      if (!needs.some((n) => n.material.code === m.code)) needs.push({ scope: it.code, material: m, itemName: pick(it.definition.name) });
    }
  }
  // A material about one parent is answered from the applicant's wallet only when the applicant is that parent.
  const walletAllowed = (n: MaterialNeed) => (b.materialHolders ?? []).filter((h) => h.material === n.material.code)
    .every((h) => answers.values.shared?.[h.field] === h.equals);
  // Facts the life event gives (a newborn is insured as a newborn), with each item form's own label.
  const presetRows = (b.presets ?? []).flatMap((p) => {
    const it = items.data.find((i) => i.code === p.item);
    const f = it && leafFields(it.definition.form, p.item, '', true, {}, '').find((x) => x.pointer === p.pointer);
    return f ? [{ key: `${p.item}${p.pointer}`, label: f.label, value: displayValue(f, p.value, enumLabel, t('common.yes'), t('common.no')), item: pick(it.definition.name) }] : [];
  });
  const applicantRows = me?.person ? [
    { key: 'name', label: t('journeysApply.applicantName'), value: me.person.name },
    { key: 'id', label: t('journeysApply.applicantId'), value: me.person.idNumberMasked },
    ...(me.person.phoneMasked ? [{ key: 'phone', label: t('journeysApply.applicantPhone'), value: me.person.phoneMasked }] : []),
  ] : [];
  const checkExtra = (
    <>
      <h2 className="check-heading">{t('journeysApply.applicantTitle')}</h2>
      <p className="hint">{t('journeysApply.applicantHint')}</p>
      <dl className="summary-list">{applicantRows.map((r) => <div key={r.key}><dt>{r.label}</dt><dd>{r.value}</dd></div>)}</dl>
      {presetRows.length > 0 && (
        <>
          <h2 className="check-heading">{t('journeysApply.presetTitle')}</h2>
          <dl className="summary-list">{presetRows.map((r) => <div key={r.key}><dt>{r.label}<span className="caption"> {r.item}</span></dt><dd>{r.value}</dd></div>)}</dl>
        </>
      )}
    </>
  );
  const stepNote = (st: Step) => {
    const here = prefilledFrom.filter((p) => st.fields.some((f) => f.pointer === `/${p.field}`));
    if (!here.length) return null;
    // One sentence per source: a step may hold facts from two certificates (the father from the marriage certificate,
    // the baby from the birth certificate).
    const sources = [...new Set(here.map((p) => pick(p.source)))];
    const labelsFrom = (source: string) => here.filter((p) => pick(p.source) === source).map((p) => st.fields.find((f) => f.pointer === `/${p.field}`)!.label).join(t('common.listSep'));
    return <div className="notice" role="note">{sources.map((source) => <p key={source}>{t('journeysApply.prefilledNote', { fields: labelsFrom(source), source })}</p>)}</div>;
  };
  const toServer = (a: Answers) => ({ values: a.values, uploads: a.uploads, reuse: a.reuse ?? [] });
  return (
    <Wizard
      title={pick(b.name)} steps={steps} needs={needs} answers={answers} setAnswers={setAnswers} stepParam={step}
      stepNote={stepNote} walletAllowed={walletAllowed} checkExtra={checkExtra}
      go={(s) => navigate(`/apply/bundle/${code}/${s}`)}
      save={async (a) => { await api(`/bundle-drafts/${draftId}`, { method: 'PUT', body: { answers: toServer(a) } }); }}
      submit={async (a) => {
        await api(`/bundle-drafts/${draftId}`, { method: 'PUT', body: { answers: toServer(a) } });
        const forms = Object.fromEntries(items.data.map((it) => [it.code, collect(steps, a, it.code)]));
        const materials: Record<string, { code: string; fileId?: string; certificateId?: string }[]> = {};
        const reuse = (a.reuse ?? []).filter((r) => { const n = needs.find((x) => x.material.code === r.code); return !n || walletAllowed(n); });
        for (const it of items.data) {
          const needed = (code: string) => it.definition.materials.some((m) => m.code === code);
          const given = [...a.uploads.filter((u) => needed(u.code)).map((u) => ({ code: u.code, fileId: u.fileId })),
            ...reuse.filter((r) => needed(r.code) && !a.uploads.some((u) => u.code === r.code)).map((r) => ({ code: r.code, certificateId: r.certificateId }))];
          if (given.length) materials[it.code] = given;
        }
        const res = await api<{ id: string; number: string }>('/bundle-applications', { method: 'POST', body: { bundleCode: code, sharedData: collect(steps, a, 'shared'), forms, materials, idempotencyKey: a.key, draftId } });
        setDone([res.number]);
        return res.id;
      }}
    />
  );
}
