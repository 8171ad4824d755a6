// Policies as rules (政策找人, 免申即享, 秒批) for department admins: the list, and an editor over the policies API
// whose FEEL conditions are checked by the server's compiler as the admin types (the same check a save runs, so
// what passes here saves), test cases, the impact preview (how many people would be found), publish and withdraw.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError, type Bilingual } from '../api';
import { Failure, Loading } from '../components/ui';
import { pick } from '../i18n';
import { AdminPage, departmentLabel, Notice, problemsOf, Table, useAdminScope, useSubmit } from './admin-kit';
import { CheckInput, Group, idOf, NumberInput, SelectInput, setPointer, TextInput, useFieldErrors, type PointerError } from './editor-kit';
import './admin-console.css';

type Subject = 'person' | 'enterprise';
type FactValue = number | string | boolean | null;
interface Condition { label: Bilingual; feel: string }
interface TestCase { name: string; period?: string; input: Record<string, FactValue>; output: Record<string, FactValue> }
interface Policy {
  code: string; name: Bilingual; summary: Bilingual; subject: Subject; departmentCode: string; itemCode: string | null;
  instantApproval: boolean; autoGrant: boolean; optOutDays: number; rule: { conditions: Condition[]; dmn?: string | null }; tests: TestCase[];
  status?: string; draftVersion?: number; publishedVersion?: number | null;
}
interface MatchPlan { mode: string; note: Bilingual }
interface TestResult { name: string; passed: boolean; failures: { key: string; expected: FactValue; actual: unknown }[] }
/** A test case as edited: its facts as JSON text, parsed on save. */
interface TestDraft { name: string; period: string; input: string; output: string }

const CODE = /^[a-z0-9][a-z0-9-]{1,62}$/;
const CHECK_DELAY_MS = 400;

export function AdminPolicies() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, error, isLoading } = useQuery({ queryKey: ['admin2', 'policies'], queryFn: () => api<Policy[]>('/policies') });
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<PointerError[]>([]);
  const start = () => {
    if (!CODE.test(code)) setErrors([{ pointer: '/new/code', text: t('admin2.policies.codeInvalid') }]);
    else if (data?.some((p) => p.code === code)) setErrors([{ pointer: '/new/code', text: t('admin2.policies.codeTaken') }]);
    else navigate(`/admin/policies/${code}`);
  };
  return (
    <AdminPage title={t('admin2.policies.title')} errors={errors}>
      <p>{t('admin2.policies.intro')}</p>
      {isLoading && <Loading />}
      {error && <Failure error={error} />}
      {data && (
        <Table caption={t('admin2.policies.listCaption')} head={[t('admin2.policies.name'), t('admin2.policies.code'), t('admin2.policies.department'), t('admin2.policies.status')]}>
          {data.map((p) => (
            <tr key={p.code}>
              <td><Link to={`/admin/policies/${p.code}`}>{pick(p.name)}</Link></td><td>{p.code}</td><td>{p.departmentCode}</td>
              <td><strong className="tag">{t(`admin2.policies.state.${p.status ?? 'draft'}`)}</strong></td>
            </tr>
          ))}
        </Table>
      )}
      <form className="panel" noValidate onSubmit={(e) => { e.preventDefault(); start(); }}>
        <h2>{t('admin2.policies.newTitle')}</h2>
        <TextInput pointer="/new/code" label={t('admin2.policies.code')} hint={t('admin2.policies.codeHint')} value={code} onChange={setCode} />
        <button type="submit" className="button">{t('admin2.policies.create')}</button>
      </form>
      <p><Link to="/admin/simulator">{t('admin2.policies.toSimulator')}</Link></p>
    </AdminPage>
  );
}

const blank = (code: string, departmentCode: string): Policy => ({
  code, name: { zh: '', en: '' }, summary: { zh: '', en: '' }, subject: 'person', departmentCode, itemCode: null, instantApproval: false, autoGrant: false,
  optOutDays: 0, rule: { conditions: [{ label: { zh: '', en: '' }, feel: '' }], dmn: null }, tests: [],
});
const toDraft = (c: TestCase): TestDraft => ({ name: c.name, period: c.period ?? '', input: JSON.stringify(c.input), output: JSON.stringify(c.output) });

/** The rule as the server last judged it while the admin typed. */
type Check = { state: 'idle' | 'checking' } | { state: 'ok'; plan: MatchPlan } | { state: 'invalid'; errors: PointerError[] } | { state: 'failed' };

/** Asks the server's compiler about the rule a moment after typing stops; the newest answer wins. */
function useRuleCheck(subject: Subject, conditions: Condition[], dmn: string | null | undefined): Check {
  const { t } = useTranslation();
  const [check, setCheck] = useState<Check>({ state: 'idle' });
  const latest = useRef(0);
  const key = JSON.stringify([subject, conditions, dmn ?? null]);
  useEffect(() => {
    const n = ++latest.current;
    // Nothing written yet: nothing to judge (a new policy does not open in red).
    if (!dmn && conditions.every((c) => c.feel.trim() === '')) {
      setCheck({ state: 'idle' });
      return;
    }
    setCheck({ state: 'checking' });
    const timer = setTimeout(() => {
      // Labels are not the rule: an unnamed condition is checked for its FEEL and named at save.
      const rule = { conditions: conditions.map((c) => ({ label: { zh: c.label.zh || '-', en: c.label.en || '-' }, feel: c.feel })), ...(dmn ? { dmn } : {}) };
      api<{ ok: boolean; plan: MatchPlan }>('/policies/check-rule', { method: 'POST', body: { subject, rule } })
        .then((res) => { if (n === latest.current) setCheck({ state: 'ok', plan: res.plan }); })
        .catch((err: unknown) => {
          if (n !== latest.current) return;
          if (err instanceof ApiError && (err.status === 422 || err.status === 400)) setCheck({ state: 'invalid', errors: problemsOf(err, '', '/rule/conditions/0/feel', t) });
          else setCheck({ state: 'failed' });
        });
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [key]); // the key is the rule's content: conditions and dmn are read through it
  return check;
}

export function PolicyEditor() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const qc = useQueryClient();
  const scope = useAdminScope();
  const loaded = useQuery({
    queryKey: ['admin2', 'policy', code], retry: false,
    queryFn: async () => {
      try {
        return await api<Policy>(`/policies/${code}`);
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) return null; // a new policy
        throw err;
      }
    },
  });
  const [policy, setPolicy] = useState<Policy | null>(null);
  const [tests, setTests] = useState<TestDraft[]>([]);
  const [errors, setErrors] = useState<PointerError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [results, setResults] = useState<TestResult[] | null>(null);
  const [preview, setPreview] = useState<{ persons: number; enterprises: number; plan: MatchPlan; asOf: string } | null>(null);
  const { run, busy } = useSubmit(setErrors);
  useEffect(() => {
    // A new policy starts in the admin's first department: wait for the list, or it would start in none.
    if (policy || loaded.data === undefined || (loaded.data === null && scope.departments.length === 0)) return;
    const start = loaded.data ?? blank(code, scope.departments[0]?.code ?? '');
    setPolicy(start);
    setTests(start.tests.map(toDraft));
  }, [loaded.data, policy, code, scope.departments]);
  const check = useRuleCheck(policy?.subject ?? 'person', policy?.rule.conditions ?? [], policy?.rule.dmn);
  if (loaded.error) return <Failure error={loaded.error} />;
  if (!policy) return <Loading />;

  const set = (pointer: string, value: unknown) => setPolicy((p) => setPointer(p!, pointer, value));
  const conditions = policy.rule.conditions;
  // Inline, the live check's findings join what the last save said; the summary lists only what a save refused.
  const live = check.state === 'invalid' ? check.errors.filter((e) => !errors.some((x) => x.pointer === e.pointer)) : [];

  /** The body as the API takes it; a test whose facts are not JSON is named where it is typed. */
  const body = (): Omit<Policy, 'code' | 'status' | 'draftVersion' | 'publishedVersion'> | null => {
    const problems: PointerError[] = [];
    const parsed = tests.map((d, i) => {
      const facts = (text: string, at: string) => {
        try {
          const v = JSON.parse(text || '{}') as unknown;
          if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, FactValue>;
        } catch { /* named below */ }
        problems.push({ pointer: `/tests/${i}/${at}`, text: t('admin2.policies.factsJsonInvalid', { name: d.name || i + 1 }) });
        return {};
      };
      return { name: d.name, ...(d.period ? { period: d.period } : {}), input: facts(d.input, 'input'), output: facts(d.output, 'output') };
    });
    if (problems.length) {
      setErrors(problems);
      return null;
    }
    const { code: _code, status: _s, draftVersion: _d, publishedVersion: _p, ...rest } = policy;
    return { ...rest, itemCode: rest.itemCode || null, rule: { conditions: rest.rule.conditions, dmn: rest.rule.dmn || null }, tests: parsed };
  };
  const save = async (): Promise<boolean> => {
    const b = body();
    if (!b) return false;
    setMessage(null);
    const ok = await run('', '/name/zh', async () => {
      const saved = await api<Policy>(`/policies/${code}`, { method: 'PUT', body: b });
      setPolicy((p) => ({ ...p!, status: saved.status, draftVersion: saved.draftVersion, publishedVersion: saved.publishedVersion }));
    });
    if (ok) {
      setMessage(t('admin2.policies.saved'));
      await qc.invalidateQueries({ queryKey: ['admin2', 'policies'] });
    }
    return ok;
  };
  const act = async (what: 'tests' | 'preview' | 'publish' | 'withdraw') => {
    if (what !== 'withdraw' && !(await save())) return;
    setMessage(null);
    await run('', '/name/zh', async () => {
      if (what === 'tests') {
        const r = await api<{ passed: boolean; results: TestResult[] }>(`/policies/${code}/tests/run`, { method: 'POST' });
        setResults(r.results);
        setMessage(t(r.passed ? 'admin2.policies.testsPassed' : 'admin2.policies.testsFailed', { count: r.results.length }));
      } else if (what === 'preview') {
        setPreview(await api(`/policies/${code}/preview`));
      } else if (what === 'publish') {
        const r = await api<{ version: number; matched: number }>(`/policies/${code}/publish`, { method: 'POST' });
        setPolicy((p) => ({ ...p!, status: 'published', publishedVersion: r.version }));
        setMessage(t('admin2.policies.published', { version: r.version, count: r.matched }));
      } else {
        const r = await api<Policy>(`/policies/${code}/withdraw`, { method: 'POST' });
        setPolicy((p) => ({ ...p!, status: r.status }));
        setMessage(t('admin2.policies.withdrawn'));
      }
    });
    await qc.invalidateQueries({ queryKey: ['admin2', 'policies'] });
  };

  const bilingual = (pointer: string, label: string, value: Bilingual, long?: boolean) => (
    <>
      <TextInput pointer={`${pointer}/zh`} label={t('admin.inZh', { label })} value={value.zh} long={long} onChange={(v) => set(`${pointer}/zh`, v)} />
      <TextInput pointer={`${pointer}/en`} label={t('admin.inEn', { label })} value={value.en} long={long} onChange={(v) => set(`${pointer}/en`, v)} />
    </>
  );
  return (
    <AdminPage title={loaded.data ? t('admin2.policies.editTitle', { name: pick(policy.name) || code }) : t('admin2.policies.newPolicy')} caption={code} errors={errors}>
      <Link className="back-link" to="/admin/policies">{t('admin2.policies.back')}</Link>
      <p><strong className="tag">{t(`admin2.policies.state.${policy.status ?? 'draft'}`)}</strong>{policy.publishedVersion ? ` ${t('admin2.policies.publishedVersion', { version: policy.publishedVersion })}` : ''}</p>
      <Notice text={message} />
      <form noValidate onSubmit={(e) => { e.preventDefault(); void save(); }} className="item-editor">
        <h2>{t('admin2.policies.basics')}</h2>
        {bilingual('/name', t('admin2.policies.name'), policy.name)}
        {bilingual('/summary', t('admin2.policies.summary'), policy.summary, true)}
        <SelectInput pointer="/subject" label={t('admin2.policies.subject')} value={policy.subject} onChange={(v) => set('/subject', v)}
          options={(['person', 'enterprise'] as const).map((s) => ({ value: s, label: t(`admin2.subject.${s}`) }))} />
        <SelectInput pointer="/departmentCode" label={t('admin2.policies.department')} value={policy.departmentCode} onChange={(v) => set('/departmentCode', v)}
          options={[...new Map(scope.departments.map((d) => [d.code, { value: d.code, label: departmentLabel(d) }])).values()]} />
        <TextInput pointer="/itemCode" label={t('admin2.policies.itemCode')} hint={t('admin2.policies.itemCodeHint')} value={policy.itemCode ?? ''} onChange={(v) => set('/itemCode', v)} />
        <CheckInput pointer="/instantApproval" label={t('admin2.policies.instantApproval')} checked={policy.instantApproval} onChange={(v) => set('/instantApproval', v)} />
        <CheckInput pointer="/autoGrant" label={t('admin2.policies.autoGrant')} checked={policy.autoGrant} onChange={(v) => set('/autoGrant', v)} />
        {policy.autoGrant && <NumberInput pointer="/optOutDays" label={t('admin2.policies.optOutDays')} hint={t('admin2.policies.optOutDaysHint')} value={policy.optOutDays}
          onChange={(v) => set('/optOutDays', v ?? 0)} />}

        <h2 id="rule-title">{t('admin2.policies.rule')}</h2>
        <p className="hint">{t('admin2.policies.ruleHint')}</p>
        <p className={`rule-check rule-check-${check.state}`} role="status" aria-live="polite">
          {check.state === 'checking' && t('admin2.policies.checking')}
          {check.state === 'ok' && t('admin2.policies.ruleOk', { note: pick(check.plan.note) })}
          {check.state === 'invalid' && t('admin2.policies.ruleInvalid', { count: check.errors.length })}
          {check.state === 'failed' && t('admin2.policies.checkFailed')}
        </p>
        {check.state === 'invalid' && (
          <ul className="rule-problems">{check.errors.map((e, i) => <li key={i}><a href={`#${idOf(e.pointer)}`}>{e.text}</a></li>)}</ul>
        )}
        {conditions.map((c, i) => (
          <Group key={i} pointer={`/rule/conditions/${i}`} legend={t('admin2.policies.condition', { n: i + 1 })}
            actions={conditions.length > 1 && <button type="button" className="button button-secondary" onClick={() => set('/rule/conditions', conditions.filter((_, j) => j !== i))}>{t('admin2.policies.removeCondition', { n: i + 1 })}</button>}>
            {bilingual(`/rule/conditions/${i}/label`, t('admin2.policies.conditionLabel'), c.label)}
            <FeelInput pointer={`/rule/conditions/${i}/feel`} label={t('admin2.policies.feel')} value={c.feel} live={live.filter((e) => e.pointer === `/rule/conditions/${i}/feel`).map((e) => e.text)}
              onChange={(v) => set(`/rule/conditions/${i}/feel`, v)} />
          </Group>
        ))}
        <button type="button" className="button button-secondary" onClick={() => set('/rule/conditions', [...conditions, { label: { zh: '', en: '' }, feel: '' }])}>{t('admin2.policies.addCondition')}</button>
        <details>
          <summary>{t('admin2.policies.dmn')}</summary>
          <FeelInput pointer="/rule/dmn" label={t('admin2.policies.dmnLabel')} hint={t('admin2.policies.dmnHint')} value={policy.rule.dmn ?? ''} rows={8}
            live={live.filter((e) => e.pointer === '/rule/dmn').map((e) => e.text)} onChange={(v) => set('/rule/dmn', v || null)} />
        </details>

        <h2>{t('admin2.policies.tests')}</h2>
        <p className="hint">{t('admin2.policies.testsHint')}</p>
        {tests.map((d, i) => {
          const change = (k: keyof TestDraft, v: string) => setTests(tests.map((x, j) => (j === i ? { ...x, [k]: v } : x)));
          const result = results?.find((r) => r.name === d.name);
          return (
            <Group key={i} pointer={`/tests/${i}`} legend={t('admin2.policies.test', { n: i + 1 })}
              actions={<button type="button" className="button button-secondary" onClick={() => setTests(tests.filter((_, j) => j !== i))}>{t('admin2.policies.removeTest', { n: i + 1 })}</button>}>
              {result && <p><strong className={`tag ${result.passed ? 'tag-done' : 'tag-rejected'}`}>{t(result.passed ? 'admin2.policies.pass' : 'admin2.policies.fail')}</strong>
                {result.failures.map((f) => t('admin2.policies.failure', { key: f.key, expected: JSON.stringify(f.expected), actual: JSON.stringify(f.actual) })).join(t('common.listSep'))}</p>}
              <TextInput pointer={`/tests/${i}/name`} label={t('admin2.policies.testName')} value={d.name} onChange={(v) => change('name', v)} />
              <TextInput pointer={`/tests/${i}/period`} label={t('admin2.policies.testPeriod')} hint={t('admin2.policies.testPeriodHint')} short value={d.period} onChange={(v) => change('period', v)} />
              <TextInput pointer={`/tests/${i}/input`} label={t('admin2.policies.testInput')} hint={t('admin2.policies.testInputHint')} value={d.input} onChange={(v) => change('input', v)} />
              <TextInput pointer={`/tests/${i}/output`} label={t('admin2.policies.testOutput')} hint={t('admin2.policies.testOutputHint')} value={d.output} onChange={(v) => change('output', v)} />
            </Group>
          );
        })}
        <button type="button" className="button button-secondary" onClick={() => setTests([...tests, { name: '', period: '', input: '{}', output: '{"eligible": true}' }])}>{t('admin2.policies.addTest')}</button>

        <div className="button-group">
          <button type="submit" className="button button-secondary" disabled={busy}>{t('admin2.policies.save')}</button>
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => void act('tests')}>{t('admin2.policies.runTests')}</button>
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => void act('preview')}>{t('admin2.policies.preview')}</button>
          <button type="button" className="button" disabled={busy} onClick={() => void act('publish')}>{t('admin2.policies.publish')}</button>
          {policy.status === 'published' && <button type="button" className="button button-warning" disabled={busy} onClick={() => void act('withdraw')}>{t('admin2.policies.withdraw')}</button>}
        </div>
      </form>
      {preview && (
        <section className="panel" aria-labelledby="impact-title">
          <h2 id="impact-title">{t('admin2.policies.impactTitle')}</h2>
          <p className="impact-count">{t(policy.subject === 'person' ? 'admin2.policies.impactPersons' : 'admin2.policies.impactEnterprises', { count: policy.subject === 'person' ? preview.persons : preview.enterprises, date: preview.asOf })}</p>
          <p className="hint">{pick(preview.plan.note)}</p>
        </section>
      )}
    </AdminPage>
  );
}

/** A FEEL expression (or DMN XML): monospace, no spelling fixes; what a save refused and what the live check found, under its label. */
function FeelInput({ pointer, label, hint, value, onChange, live, rows = 2 }: { pointer: string; label: string; hint?: string; value: string; onChange: (v: string) => void; live: string[]; rows?: number }) {
  const { t } = useTranslation();
  const id = idOf(pointer);
  const liveId = `${id}-live`;
  const hintId = hint ? `${id}-hint` : undefined;
  const saved = useFieldErrors(pointer, hintId);
  const describedBy = [saved.describedBy, live.length ? liveId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${saved.invalid || live.length ? 'field-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && <p className="hint" id={hintId}>{hint}</p>}
      {saved.lines}
      {live.length > 0 && <p className="error-text" id={liveId}>{live.map((e, i) => <span key={i}><span className="visually-hidden">{t('form.errorPrefix')}</span>{e} </span>)}</p>}
      <textarea id={id} className="code" rows={rows} spellCheck={false} autoCapitalize="off" autoCorrect="off" value={value} aria-invalid={saved.invalid || live.length > 0}
        aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
