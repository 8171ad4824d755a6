// Applying, GOV.UK style: one section per page, prefilled fields with where they came from, uploads with
// progress, an error summary linking to each wrong field, "check your answers", then submit. An item's answers
// are saved as a server draft on every "continue" (come back later from My cases); a life event's in this browser.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError, uploadFile } from '../api';
import { coerce, displayValue, Field, fieldId, getAt, leafFields, problemOf, setAt, useEnumLabel, type FieldSpec } from '../components/form';
import { ErrorSummary, errorText, Failure, Loading, type FieldError } from '../components/ui';
import { pick } from '../i18n';
import { itemQuery } from '../queries';
import { canApply, useMe, type Me } from '../session';
import type { Application, BundleDefinition, ItemDefinition, Material, Published } from '../answers';
import type { Certificate } from './Wallet';

interface Step { key: string; title: string; caption?: string; fields: FieldSpec[] }
interface Upload { scope: string; code: string; fileId: string; name: string }
/** Answers: per scope ('shared' or an item code) a nested object; uploads; an idempotency key for the submit. */
interface Reuse { scope: string; code: string; certificateId: string }
interface Answers { values: Record<string, Record<string, unknown>>; uploads: Upload[]; reuse?: Reuse[]; key: string }
interface MaterialNeed { scope: string; material: Material; itemName: string }

const newKey = () => `web-${crypto.randomUUID()}`;

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
    const problem = problemOf(f, getAt(answers.values[f.scope], f.pointer));
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
}) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const { steps, needs, answers, setAnswers, stepParam, go } = props;
  const wallet = useQuery({ queryKey: ['certificates'], queryFn: () => api<Certificate[]>('/certificates') }).data ?? [];
  const inWallet = (m: Material) => wallet.filter((c) => c.status === 'valid' && m.certificateTypes?.includes(c.type));
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
        <form noValidate onSubmit={(e) => { e.preventDefault(); void onContinue(after(index), validate(step, answers, t)); }}>
          {step.fields.map((f) => (
            <Field key={f.id} f={f} value={getAt(answers.values[f.scope], f.pointer)} error={stepErrors(f.id)}
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
                const certs = inWallet(n.material);
                return (
                  <li key={`${n.scope}-${n.material.code}`}>
                    <strong>{pick(n.material.name)}</strong>
                    {certs.length > 0 ? certs.slice(0, 1).map((c) => (
                      <label key={c.id} className="checkbox">
                        <input type="checkbox" id={`reuse-${n.scope}-${n.material.code}`} checked={reuseOf(n)?.certificateId === c.id} onChange={(e) => setReuse(n, e.target.checked ? c.id : null)} />
                        <span>{t('apply.reuseConfirm', { name: pick(c.typeName), issuer: pick(c.issuer.name) })}</span>
                      </label>
                    )) : n.material.exchangeSource
                      ? <span className="hint"> {t('apply.reuseSource', { source: t(`exchange.${n.material.exchangeSource}`, { defaultValue: n.material.exchangeSource }) })}</span>
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
      <h2 className="check-heading">{t('apply.materialsTitle')}</h2>
      <dl className="summary-list">
        {reused.map((n) => {
          const cert = wallet.find((c) => c.id === reuseOf(n)?.certificateId);
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

// ---- an item, on a server draft ----

export function ApplyItem() {
  const { code = '', draftId, step = '0' } = useParams();
  const navigate = useNavigate();
  const { me, isLoading: meLoading, allowed } = useSignedInApplicant();
  const item = useQuery(itemQuery(code));
  const draft = useQuery({ queryKey: ['application', draftId], enabled: !!draftId && allowed, queryFn: () => api<Application>(`/applications/${draftId}`) });
  const [answers, setAnswersState] = useState<Answers | null>(null);
  const [done, setDone] = useState<string[] | null>(null);
  const starting = useRef(false);

  // No draft yet: resume one of this item, or start one (prefilled by the server).
  useEffect(() => {
    if (draftId || !allowed || starting.current) return;
    starting.current = true;
    void (async () => {
      const drafts = await api<Application[]>('/applications?status=draft');
      const existing = drafts.find((d) => d.itemCode === code) ?? await api<Application>('/applications/drafts', { method: 'POST', body: { itemCode: code } });
      navigate(`/apply/item/${code}/${existing.id}/0`, { replace: true });
    })();
  }, [draftId, allowed, code, navigate]);

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
  if (item.error) return <Failure error={item.error} />;
  if (draft.error) return <Failure error={draft.error} />;
  if (done) return <Done numbers={done} />;
  if (!item.data || !answers || !draftId) return <Loading />;
  const def = item.data.definition;
  const full = () => ({ ...(answers.values.item ?? {}), ...collect(steps, answers, 'item') });
  return (
    <Wizard
      title={pick(def.name)} steps={steps} answers={answers} setAnswers={setAnswers} stepParam={step}
      needs={def.materials.map((m) => ({ scope: 'item', material: m, itemName: pick(def.name) }))}
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

// ---- a life event, answers kept in this browser until submitted ----

export function ApplyBundle() {
  const { t } = useTranslation();
  const { code = '', step = '0' } = useParams();
  const navigate = useNavigate();
  const { me, isLoading: meLoading, allowed } = useSignedInApplicant();
  const storageKey = `tongban.bundle.${me?.account.id ?? ''}.${code}`;
  const bundle = useQuery({ queryKey: ['bundle', code], queryFn: () => api<Published<BundleDefinition>>(`/catalog/bundles/${code}`) });
  const items = useQuery({
    queryKey: ['bundle-items', code], enabled: !!bundle.data,
    queryFn: () => Promise.all(bundle.data!.definition.items.map((c) => api<Published<ItemDefinition>>(`/catalog/items/${c}`))),
  });
  const [answers, setAnswersState] = useState<Answers | null>(null);
  const [done, setDone] = useState<string[] | null>(null);
  useEffect(() => {
    if (!me || answers) return;
    const saved = localStorage.getItem(storageKey);
    setAnswersState(saved ? JSON.parse(saved) : { values: {}, uploads: [], key: newKey() });
  }, [me, answers, storageKey]);
  const setAnswers = (a: Answers) => {
    setAnswersState(a);
    localStorage.setItem(storageKey, JSON.stringify(a));
  };

  const steps = useMemo(() => {
    if (!bundle.data || !items.data) return [];
    const b = bundle.data.definition;
    const shared: Step = {
      key: 'shared', title: t('apply.sharedTitle'),
      fields: b.sharedFields.map((f) => ({ id: fieldId('shared', `/${f.name}`), scope: 'shared', pointer: `/${f.name}`, schema: f.schema, label: pick(f.label), required: true })),
    };
    return [shared, ...items.data.flatMap((it) => {
      const skip = new Set(b.sharedFields.flatMap((f) => f.mapsTo.filter((m) => m.item === it.code).map((m) => m.pointer)));
      return itemSteps(it.definition, it.code, skip, me, undefined, pick(it.definition.name));
    })];
  }, [bundle.data, items.data, me, t]);

  if (meLoading || bundle.isLoading || items.isLoading) return <Loading />;
  if (!allowed) return <NeedSignIn />;
  if (bundle.error || items.error) return <Failure error={bundle.error ?? items.error} />;
  if (done) return <Done numbers={done} />;
  if (!answers || !items.data || !bundle.data) return <Loading />;
  const b = bundle.data.definition;
  // A material several items need is asked for once, under the first item that needs it.
  const needs: MaterialNeed[] = [];
  for (const it of items.data) {
    for (const m of it.definition.materials) {
      if (!needs.some((n) => n.material.code === m.code)) needs.push({ scope: it.code, material: m, itemName: pick(it.definition.name) });
    }
  }
  return (
    <Wizard
      title={pick(b.name)} steps={steps} needs={needs} answers={answers} setAnswers={setAnswers} stepParam={step}
      go={(s) => navigate(`/apply/bundle/${code}/${s}`)}
      save={async () => undefined}
      submit={async (a) => {
        const forms = Object.fromEntries(items.data.map((it) => [it.code, collect(steps, a, it.code)]));
        const materials: Record<string, { code: string; fileId?: string; certificateId?: string }[]> = {};
        for (const it of items.data) {
          const needed = (code: string) => it.definition.materials.some((m) => m.code === code);
          const given = [...a.uploads.filter((u) => needed(u.code)).map((u) => ({ code: u.code, fileId: u.fileId })),
            ...(a.reuse ?? []).filter((r) => needed(r.code) && !a.uploads.some((u) => u.code === r.code)).map((r) => ({ code: r.code, certificateId: r.certificateId }))];
          if (given.length) materials[it.code] = given;
        }
        const res = await api<{ id: string; number: string }>('/bundle-applications', { method: 'POST', body: { bundleCode: code, sharedData: collect(steps, a, 'shared'), forms, materials, idempotencyKey: a.key } });
        localStorage.removeItem(storageKey);
        setDone([res.number]);
        return res.id;
      }}
    />
  );
}
