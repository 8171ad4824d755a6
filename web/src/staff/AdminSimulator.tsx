// 政策模拟器: an admin types a person's or an enterprise's facts and sees which published policies would apply,
// and why — each condition held, failed or could not be decided for want of a fact — before anyone is matched.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Bilingual } from '../api';
import { Failure, Loading } from '../components/ui';
import { pick } from '../i18n';
import { AdminPage, useSubmit } from './admin-kit';
import { SelectInput, TextInput, type PointerError } from './editor-kit';
import './admin-console.css';

type Subject = 'person' | 'enterprise';
interface FactDefinition { name: string; type: 'number' | 'string' | 'boolean' | 'date'; label: Bilingual; derived: boolean; values: string[] | null }
interface Outcome {
  policyCode: string; version: number; name: Bilingual; eligible: boolean;
  conditions: { label: Bilingual; feel: string; holds: boolean | null }[];
  table: { ruleId: string | null; description: string | null; outputs: Record<string, unknown> } | null; unknownFacts: string[];
}
interface Simulation { asOf: string; applies: Outcome[]; doesNotApply: Outcome[] }

/** A typed value as the fact's type wants it; empty means "not given". */
function valueOf(def: FactDefinition, raw: string): unknown {
  if (raw === '') return undefined;
  if (def.type === 'number') return Number.isNaN(Number(raw)) ? raw : Number(raw); // the server names a bad number
  if (def.type === 'boolean') return raw === 'true';
  return raw;
}

export function AdminSimulator() {
  const { t } = useTranslation();
  const [subject, setSubject] = useState<Subject>('person');
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<PointerError[]>([]);
  const [result, setResult] = useState<Simulation | null>(null);
  const { run, busy } = useSubmit(setErrors);
  const facts = useQuery({ queryKey: ['admin2', 'facts', subject], queryFn: () => api<FactDefinition[]>(`/policy-facts?subject=${subject}`) });
  const simulate = () => run('', '/subject', async () => {
    const given = Object.fromEntries((facts.data ?? []).map((d) => [d.name, valueOf(d, values[d.name] ?? '')]).filter(([, v]) => v !== undefined));
    setResult(await api<Simulation>('/policies/simulate', { method: 'POST', body: { subject, facts: given } }));
  });
  const holds = (h: boolean | null) => t(h === true ? 'admin2.simulator.holds' : h === false ? 'admin2.simulator.fails' : 'admin2.simulator.unknown');
  const outcomes = (title: string, list: Outcome[]) => (
    <section aria-labelledby={`sim-${title}`}>
      <h2 id={`sim-${title}`}>{t(`admin2.simulator.${title}`, { count: list.length })}</h2>
      {list.length === 0 && <p>{t('admin2.simulator.none')}</p>}
      {list.map((o) => (
        <div className="panel" key={o.policyCode}>
          <h3>{pick(o.name)} <span className="hint">{o.policyCode} v{o.version}</span></h3>
          <ul>{o.conditions.map((c, i) => <li key={i}><strong className={`tag ${c.holds ? 'tag-done' : c.holds === false ? 'tag-rejected' : 'tag-muted'}`}>{holds(c.holds)}</strong> {pick(c.label)} <code>{c.feel}</code></li>)}</ul>
          {o.table && <p>{t('admin2.simulator.tableRow', { row: o.table.description ?? o.table.ruleId ?? '-', outputs: JSON.stringify(o.table.outputs) })}</p>}
          {o.unknownFacts.length > 0 && <p className="hint">{t('admin2.simulator.unknownFacts', { facts: o.unknownFacts.join(', ') })}</p>}
        </div>
      ))}
    </section>
  );
  return (
    <AdminPage title={t('admin2.simulator.title')} errors={errors}>
      <p>{t('admin2.simulator.intro')}</p>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void simulate(); }}>
        <SelectInput pointer="/subject" label={t('admin2.policies.subject')} value={subject} onChange={(v) => { setSubject(v as Subject); setValues({}); setResult(null); }}
          options={(['person', 'enterprise'] as const).map((s) => ({ value: s, label: t(`admin2.subject.${s}`) }))} />
        {facts.isLoading && <Loading />}
        {facts.error && <Failure error={facts.error} />}
        <div className="fact-grid">
          {facts.data?.filter((d) => !d.derived).map((d) => {
            const pointer = `/facts/${d.name}`;
            const set = (v: string) => setValues({ ...values, [d.name]: v });
            if (d.type === 'boolean' || d.values) {
              const options = d.type === 'boolean' ? [{ value: 'true', label: t('common.yes') }, { value: 'false', label: t('common.no') }] : d.values!.map((v) => ({ value: v, label: v }));
              return <SelectInput key={d.name} pointer={pointer} label={pick(d.label)} value={values[d.name] ?? ''} empty={t('admin2.simulator.notGiven')} options={options} onChange={set} />;
            }
            return <TextInput key={d.name} pointer={pointer} label={pick(d.label)} short hint={d.type === 'date' ? t('admin2.simulator.dateHint') : undefined} value={values[d.name] ?? ''} onChange={set} />;
          })}
        </div>
        <button type="submit" className="button" disabled={busy}>{t('admin2.simulator.run')}</button>
      </form>
      {result && (
        <div role="region" aria-label={t('admin2.simulator.resultLabel')}>
          <p role="status">{t('admin2.simulator.asOf', { date: result.asOf })}</p>
          {outcomes('applies', result.applies)}
          {outcomes('doesNotApply', result.doesNotApply)}
        </div>
      )}
    </AdminPage>
  );
}
