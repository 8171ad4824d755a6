// 数据共享交换 for department admins: the data sources their department registers, the grants that let another
// department read them for stated purposes, the machine clients (接入系统) of their department, and the queries
// flagged as possible misuse (监督检查) — every screen over the exchange API, nothing the API does not allow.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Bilingual } from '../api';
import { useDepartmentName, useDepartments } from '../catalog';
import { Failure, formatDateTime, Loading } from '../components/ui';
import { pick } from '../i18n';
import { AdminPage, departmentLabel, Notice, Table, useAdminScope, useNamed, useSubmit } from './admin-kit';
import { CheckInput, SelectInput, TextInput, type PointerError } from './editor-kit';
import './admin-console.css';

interface Source { id: string; code: string; ownerDepartmentId: string; name: Bilingual; subjectKind: string; legalBasis: string; status: string }
interface Grant {
  id: string; source: string; consumerDepartmentId: string; purposes: { itemCodes?: string[]; anyPurpose?: boolean }; legalBasis: string; batch: boolean;
  validFrom: string; validUntil: string; revokedAt: string | null; live: boolean;
}
interface Client { id: string; clientId: string; departmentId: string; name: string; createdAt: string; revokedAt: string | null }
interface Flagged { id: string; at: string; source: string; consumerDepartmentId: string; flags: string[]; outcome: string; purpose: { applicationId: string | null; itemCode: string | null; legalBasis: string | null } }

const RECORD_SCHEMA = '{\n  "type": "object",\n  "properties": {}\n}';

export function AdminExchange() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const scope = useAdminScope();
  const all = useDepartments();
  const deptName = useDepartmentName();
  const named = useNamed();
  const [errors, setErrors] = useState<PointerError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ clientId: string; clientSecret: string } | null>(null);
  const { run, busy } = useSubmit(setErrors);
  const sources = useQuery({ queryKey: ['admin2', 'sources'], queryFn: () => api<Source[]>('/exchange/sources') });
  const grants = useQuery({ queryKey: ['admin2', 'grants'], queryFn: () => api<Grant[]>('/exchange/grants') });
  const clients = useQuery({ queryKey: ['admin2', 'clients'], queryFn: () => api<Client[]>('/exchange/clients') });
  const flagged = useQuery({ queryKey: ['admin2', 'flagged'], queryFn: () => api<Flagged[]>('/exchange/review?limit=100') });
  const mineIds = new Set(scope.departments.map((d) => d.id));
  const ownSources = (sources.data ?? []).filter((s) => scope.operator || mineIds.has(s.ownerDepartmentId));
  const firstDept = scope.departments[0]?.id ?? '';
  const deptOptions = scope.departments.map((d) => ({ value: d.id, label: departmentLabel(d) }));
  const refresh = (what: string) => qc.invalidateQueries({ queryKey: ['admin2', what] });

  const [source, setSource] = useState({ code: '', ownerDepartmentId: '', nameZh: '', nameEn: '', subjectKind: 'person', legalBasis: '', schema: RECORD_SCHEMA });
  const [grant, setGrant] = useState({ source: '', consumerDepartmentId: '', itemCodes: '', anyPurpose: false, legalBasis: '', validUntil: '' });
  const [client, setClient] = useState({ departmentId: '', name: '' });
  const [revoking, setRevoking] = useState<{ id: string; reason: string } | null>(null);

  const registerSource = async () => {
    if (!isJson(source.schema)) {
      setErrors([{ pointer: '/source/schema', text: t('admin2.exchange.schemaInvalid') }]);
      return;
    }
    await run('/source', '/source/code', async () => {
      await api('/exchange/sources', { method: 'POST', body: { code: source.code, ownerDepartmentId: source.ownerDepartmentId || firstDept, name: { zh: source.nameZh, en: source.nameEn },
        subjectKind: source.subjectKind, legalBasis: source.legalBasis, schema: JSON.parse(source.schema) as unknown } });
      setMessage(t('admin2.exchange.sourceRegistered', { code: source.code }));
      await refresh('sources');
    });
  };
  const createGrant = () => run('/grant', '/grant/source', async () => {
    const itemCodes = grant.itemCodes.split(/[\s,\uFF0C\u3001]+/).filter(Boolean);
    await api('/exchange/grants', { method: 'POST', body: {
      source: grant.source || ownSources[0]?.code || '', consumerDepartmentId: grant.consumerDepartmentId, legalBasis: grant.legalBasis,
      ...(itemCodes.length ? { itemCodes } : {}), ...(grant.anyPurpose ? { anyPurpose: true } : {}),
      validUntil: grant.validUntil ? `${grant.validUntil}T23:59:59+08:00` : '',
    } });
    setMessage(t('admin2.exchange.granted'));
    await refresh('grants');
  });
  const revokeGrant = () => revoking && run('/revoke', '/revoke/reason', async () => {
    await api(`/exchange/grants/${revoking.id}/revoke`, { method: 'POST', body: { reason: revoking.reason } });
    setRevoking(null);
    setMessage(t('admin2.exchange.grantRevoked'));
    await refresh('grants');
  });
  const issueClient = () => run('/client', '/client/name', async () => {
    const made = await api<Client & { clientSecret: string }>('/exchange/clients', { method: 'POST', body: { departmentId: client.departmentId || firstDept, name: client.name } });
    setSecret({ clientId: made.clientId, clientSecret: made.clientSecret });
    setMessage(null);
    await refresh('clients');
  });
  const revokeClient = (id: string) => run('/client', '/client/name', async () => {
    await api(`/exchange/clients/${id}/revoke`, { method: 'POST' });
    setMessage(t('admin2.exchange.clientRevoked'));
    await refresh('clients');
  });

  return (
    <AdminPage title={t('admin2.exchange.title')} errors={errors}>
      <p>{t('admin2.exchange.intro')}</p>
      <Notice text={message} />

      <h2>{t('admin2.exchange.sources')}</h2>
      {sources.isLoading ? <Loading /> : sources.error ? <Failure error={sources.error} /> : (
        <Table caption={t('admin2.exchange.sources')} head={[t('admin2.exchange.sourceName'), t('admin2.exchange.code'), t('admin2.exchange.owner'), t('admin2.exchange.legalBasis'), t('admin2.exchange.status')]}>
          {ownSources.map((s) => <tr key={s.id}><td>{pick(s.name)}</td><td>{s.code}</td><td>{deptName(s.ownerDepartmentId)}</td><td>{s.legalBasis}</td><td>{t(`admin2.exchange.sourceState.${s.status}`)}</td></tr>)}
        </Table>
      )}
      <details className="panel-details">
        <summary>{t('admin2.exchange.registerSource')}</summary>
        <form noValidate onSubmit={(e) => { e.preventDefault(); void registerSource(); }}>
          <TextInput pointer="/source/code" label={t('admin2.exchange.code')} hint={t('admin2.exchange.codeHint')} value={source.code} onChange={(v) => setSource({ ...source, code: v })} />
          <SelectInput pointer="/source/ownerDepartmentId" label={t('admin2.exchange.owner')} value={source.ownerDepartmentId || firstDept} options={deptOptions} onChange={(v) => setSource({ ...source, ownerDepartmentId: v })} />
          <TextInput pointer="/source/name/zh" label={t('admin.inZh', { label: t('admin2.exchange.sourceName') })} value={source.nameZh} onChange={(v) => setSource({ ...source, nameZh: v })} />
          <TextInput pointer="/source/name/en" label={t('admin.inEn', { label: t('admin2.exchange.sourceName') })} value={source.nameEn} onChange={(v) => setSource({ ...source, nameEn: v })} />
          <SelectInput pointer="/source/subjectKind" label={t('admin2.policies.subject')} value={source.subjectKind} onChange={(v) => setSource({ ...source, subjectKind: v })}
            options={['person', 'enterprise'].map((s) => ({ value: s, label: t(`admin2.subject.${s}`) }))} />
          <TextInput pointer="/source/legalBasis" label={t('admin2.exchange.legalBasis')} hint={t('admin2.exchange.legalBasisHint')} long value={source.legalBasis} onChange={(v) => setSource({ ...source, legalBasis: v })} />
          <TextInput pointer="/source/schema" label={t('admin2.exchange.schema')} hint={t('admin2.exchange.schemaHint')} long value={source.schema} onChange={(v) => setSource({ ...source, schema: v })} />
          <button type="submit" className="button" disabled={busy}>{t('admin2.exchange.register')}</button>
        </form>
      </details>

      <h2>{t('admin2.exchange.grants')}</h2>
      {grants.isLoading ? <Loading /> : grants.error ? <Failure error={grants.error} /> : (
        <Table caption={t('admin2.exchange.grants')} head={[t('admin2.exchange.code'), t('admin2.exchange.consumer'), t('admin2.exchange.purposes'), t('admin2.exchange.validUntil'), t('admin2.exchange.status'), '']}>
          {grants.data!.map((g) => (
            <tr key={g.id}>
              <td>{g.source}</td><td>{deptName(g.consumerDepartmentId)}</td>
              <td>{g.purposes.anyPurpose ? t('admin2.exchange.anyPurpose') : (g.purposes.itemCodes ?? []).join(t('common.listSep'))}</td>
              <td>{formatDateTime(g.validUntil, i18n.language)}</td>
              <td>{t(g.revokedAt ? 'admin2.exchange.revoked' : g.live ? 'admin2.exchange.live' : 'admin2.exchange.notLive')}</td>
              <td>{!g.revokedAt && <button type="button" className="button button-secondary" onClick={() => setRevoking({ id: g.id, reason: '' })}
                {...named(t('admin2.exchange.revoke'), `${deptName(g.consumerDepartmentId)} · ${g.source}`)}>{t('admin2.exchange.revoke')}</button>}</td>
            </tr>
          ))}
        </Table>
      )}
      {revoking && (
        <form className="panel panel-warning" noValidate onSubmit={(e) => { e.preventDefault(); void revokeGrant(); }}>
          <TextInput pointer="/revoke/reason" label={t('admin2.exchange.revokeReason')} value={revoking.reason} onChange={(v) => setRevoking({ ...revoking, reason: v })} />
          <div className="button-group">
            <button type="submit" className="button button-warning" disabled={busy}>{t('admin2.exchange.confirmRevoke')}</button>
            <button type="button" className="button button-secondary" onClick={() => setRevoking(null)}>{t('admin2.exchange.cancel')}</button>
          </div>
        </form>
      )}
      <details className="panel-details">
        <summary>{t('admin2.exchange.newGrant')}</summary>
        <form noValidate onSubmit={(e) => { e.preventDefault(); void createGrant(); }}>
          <SelectInput pointer="/grant/source" label={t('admin2.exchange.code')} value={grant.source || ownSources[0]?.code || ''} onChange={(v) => setGrant({ ...grant, source: v })}
            options={ownSources.map((s) => ({ value: s.code, label: `${pick(s.name)} (${s.code})` }))} />
          <SelectInput pointer="/grant/consumerDepartmentId" label={t('admin2.exchange.consumer')} value={grant.consumerDepartmentId} empty={t('admin2.exchange.choose')}
            options={all.map((d) => ({ value: d.id, label: departmentLabel(d) }))} onChange={(v) => setGrant({ ...grant, consumerDepartmentId: v })} />
          <TextInput pointer="/grant/itemCodes" label={t('admin2.exchange.itemCodes')} hint={t('admin2.exchange.itemCodesHint')} value={grant.itemCodes} onChange={(v) => setGrant({ ...grant, itemCodes: v })} />
          <CheckInput pointer="/grant/anyPurpose" label={t('admin2.exchange.anyPurposeLabel')} checked={grant.anyPurpose} onChange={(v) => setGrant({ ...grant, anyPurpose: v })} />
          <TextInput pointer="/grant/legalBasis" label={t('admin2.exchange.legalBasis')} hint={t('admin2.exchange.legalBasisHint')} long value={grant.legalBasis} onChange={(v) => setGrant({ ...grant, legalBasis: v })} />
          <TextInput pointer="/grant/validUntil" label={t('admin2.exchange.validUntil')} hint={t('admin2.simulator.dateHint')} short value={grant.validUntil} onChange={(v) => setGrant({ ...grant, validUntil: v })} />
          <button type="submit" className="button" disabled={busy}>{t('admin2.exchange.grant')}</button>
        </form>
      </details>

      <h2>{t('admin2.exchange.clients')}</h2>
      {secret && (
        <div className="panel panel-warning" role="status">
          <p>{t('admin2.exchange.secretOnce')}</p>
          <dl className="summary-list"><dt>client_id</dt><dd><code>{secret.clientId}</code></dd><dt>client_secret</dt><dd><code className="secret">{secret.clientSecret}</code></dd></dl>
        </div>
      )}
      {clients.isLoading ? <Loading /> : clients.error ? <Failure error={clients.error} /> : (
        <Table caption={t('admin2.exchange.clients')} head={[t('admin2.exchange.clientName'), 'client_id', t('admin2.exchange.owner'), t('admin2.exchange.status'), '']}>
          {clients.data!.map((c) => (
            <tr key={c.id}>
              <td>{c.name}</td><td><code>{c.clientId}</code></td><td>{deptName(c.departmentId)}</td>
              <td>{t(c.revokedAt ? 'admin2.exchange.revoked' : 'admin2.exchange.live')}</td>
              <td>{!c.revokedAt && <button type="button" className="button button-secondary" disabled={busy} onClick={() => void revokeClient(c.id)}
                {...named(t('admin2.exchange.revokeClient'), c.name)}>{t('admin2.exchange.revokeClient')}</button>}</td>
            </tr>
          ))}
        </Table>
      )}
      <form className="panel" noValidate onSubmit={(e) => { e.preventDefault(); void issueClient(); }}>
        <h3>{t('admin2.exchange.issueClient')}</h3>
        <SelectInput pointer="/client/departmentId" label={t('admin2.exchange.owner')} value={client.departmentId || firstDept} options={deptOptions} onChange={(v) => setClient({ ...client, departmentId: v })} />
        <TextInput pointer="/client/name" label={t('admin2.exchange.clientName')} value={client.name} onChange={(v) => setClient({ ...client, name: v })} />
        <button type="submit" className="button" disabled={busy}>{t('admin2.exchange.issue')}</button>
      </form>

      <h2>{t('admin2.exchange.review')}</h2>
      <p className="hint">{t('admin2.exchange.reviewHint')}</p>
      {flagged.isLoading ? <Loading /> : flagged.error ? <Failure error={flagged.error} /> : flagged.data!.length === 0 ? <p>{t('admin2.exchange.noneFlagged')}</p> : (
        <Table caption={t('admin2.exchange.review')} head={[t('admin2.exchange.when'), t('admin2.exchange.code'), t('admin2.exchange.consumer'), t('admin2.exchange.flags'), t('admin2.exchange.purpose'), t('admin2.exchange.outcome')]}>
          {flagged.data!.map((q) => (
            <tr key={q.id}>
              <td>{formatDateTime(q.at, i18n.language)}</td><td>{q.source}</td><td>{deptName(q.consumerDepartmentId)}</td>
              <td>{q.flags.map((f) => <strong key={f} className="tag tag-rejected">{t(`admin2.exchange.flag.${f}`, { defaultValue: f })}</strong>)}</td>
              <td>{q.purpose.itemCode ?? q.purpose.applicationId ?? q.purpose.legalBasis ?? '-'}</td>
              <td>{t(`admin2.exchange.outcomes.${q.outcome}`, { defaultValue: q.outcome })}</td>
            </tr>
          ))}
        </Table>
      )}
    </AdminPage>
  );
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
