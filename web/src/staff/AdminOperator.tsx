// The platform operator's screens: the directory (行政区划 regions, departments, service halls and their windows)
// and the departments' signing keys (签名密钥): see each key's state, rotate (what the old keys signed stays
// valid) and revoke a compromised key (what it signed stops verifying at once).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Bilingual } from '../api';
import { useDepartmentName } from '../catalog';
import { Failure, formatDateTime, Loading } from '../components/ui';
import { pick } from '../i18n';
import { AdminPage, departmentLabel, Notice, Table, useAdminScope, useNamed, useSubmit } from './admin-kit';
import { CheckList, SelectInput, TextInput, type PointerError } from './editor-kit';
import './admin-console.css';

interface Region { code: string; name: Bilingual; level: string; parentCode: string | null }
interface Hall { id: string; name: Bilingual; regionCode: string; address: string; openingHours: string }
interface ServiceWindow { id: string; number: string; name: Bilingual; departmentIds: string[] }
interface SigningKey { kid: string; purpose: string; createdAt: string; retiredAt: string | null; revokedAt: string | null; state: 'active' | 'retired' | 'revoked' }

export function AdminDirectory() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const scope = useAdminScope();
  const deptName = useDepartmentName();
  const [errors, setErrors] = useState<PointerError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const { run, busy } = useSubmit(setErrors);
  const regions = useQuery({ queryKey: ['admin2', 'regions'], queryFn: () => api<Region[]>('/regions') });
  const halls = useQuery({ queryKey: ['admin2', 'halls'], queryFn: () => api<Hall[]>('/halls') });
  const [hallId, setHallId] = useState('');
  const hall = hallId || halls.data?.[0]?.id || '';
  const windows = useQuery({ queryKey: ['admin2', 'windows', hall], queryFn: () => api<ServiceWindow[]>(`/halls/${hall}/windows`), enabled: !!hall });
  const [region, setRegion] = useState({ code: '', nameZh: '', nameEn: '' });
  const [dept, setDept] = useState({ code: '', nameZh: '', nameEn: '', kind: '', regionCode: '', creditCode: '' });
  const [newHall, setNewHall] = useState({ nameZh: '', nameEn: '', regionCode: '', address: '', openingHours: '' });
  const [win, setWin] = useState({ number: '', nameZh: '', nameEn: '', departmentIds: [] as string[] });
  const done = async (text: string, ...keys: string[][]) => {
    setMessage(text);
    for (const k of keys) await qc.invalidateQueries({ queryKey: k });
  };

  return (
    <AdminPage title={t('admin2.directory.title')} errors={errors}>
      <p>{t('admin2.directory.intro')}</p>
      <Notice text={message} />

      <h2>{t('admin2.directory.regions')}</h2>
      {regions.isLoading ? <Loading /> : regions.error ? <Failure error={regions.error} /> : (
        <Table caption={t('admin2.directory.regions')} head={[t('admin2.directory.regionCode'), t('admin2.directory.name'), t('admin2.directory.level')]}>
          {regions.data!.map((r) => <tr key={r.code}><td>{r.code}</td><td>{pick(r.name)}</td><td>{t(`admin2.directory.levels.${r.level}`)}</td></tr>)}
        </Table>
      )}
      <form className="panel" noValidate onSubmit={(e) => { e.preventDefault(); void run('/region', '/region/code', async () => {
        await api('/regions', { method: 'POST', body: region });
        setRegion({ code: '', nameZh: '', nameEn: '' });
        await done(t('admin2.directory.regionAdded'), ['admin2', 'regions']);
      }); }}>
        <h3>{t('admin2.directory.addRegion')}</h3>
        <TextInput pointer="/region/code" label={t('admin2.directory.regionCode')} hint={t('admin2.directory.regionCodeHint')} short value={region.code} onChange={(v) => setRegion({ ...region, code: v })} />
        <TextInput pointer="/region/nameZh" label={t('admin.inZh', { label: t('admin2.directory.name') })} value={region.nameZh} onChange={(v) => setRegion({ ...region, nameZh: v })} />
        <TextInput pointer="/region/nameEn" label={t('admin.inEn', { label: t('admin2.directory.name') })} value={region.nameEn} onChange={(v) => setRegion({ ...region, nameEn: v })} />
        <button type="submit" className="button" disabled={busy}>{t('admin2.directory.add')}</button>
      </form>

      <h2>{t('admin2.directory.departments')}</h2>
      <Table caption={t('admin2.directory.departments')} head={[t('admin2.directory.name'), t('admin2.directory.code'), t('admin2.directory.regionCode')]}>
        {scope.departments.map((d) => <tr key={d.id}><td>{pick(d.name)}</td><td>{d.code}</td><td>{d.regionCode}</td></tr>)}
      </Table>
      <form className="panel" noValidate onSubmit={(e) => { e.preventDefault(); void run('/department', '/department/code', async () => {
        await api('/departments', { method: 'POST', body: dept });
        setDept({ code: '', nameZh: '', nameEn: '', kind: '', regionCode: '', creditCode: '' });
        await done(t('admin2.directory.departmentAdded'), ['departments']);
      }); }}>
        <h3>{t('admin2.directory.addDepartment')}</h3>
        <TextInput pointer="/department/code" label={t('admin2.directory.code')} hint={t('admin2.directory.departmentCodeHint')} short value={dept.code} onChange={(v) => setDept({ ...dept, code: v })} />
        <TextInput pointer="/department/nameZh" label={t('admin.inZh', { label: t('admin2.directory.name') })} value={dept.nameZh} onChange={(v) => setDept({ ...dept, nameZh: v })} />
        <TextInput pointer="/department/nameEn" label={t('admin.inEn', { label: t('admin2.directory.name') })} value={dept.nameEn} onChange={(v) => setDept({ ...dept, nameEn: v })} />
        <TextInput pointer="/department/kind" label={t('admin2.directory.kind')} hint={t('admin2.directory.kindHint')} value={dept.kind} onChange={(v) => setDept({ ...dept, kind: v })} />
        <TextInput pointer="/department/regionCode" label={t('admin2.directory.regionCode')} short value={dept.regionCode} onChange={(v) => setDept({ ...dept, regionCode: v })} />
        <TextInput pointer="/department/creditCode" label={t('admin2.directory.creditCode')} hint={t('admin2.directory.creditCodeHint')} value={dept.creditCode} onChange={(v) => setDept({ ...dept, creditCode: v })} />
        <button type="submit" className="button" disabled={busy}>{t('admin2.directory.add')}</button>
      </form>

      <h2>{t('admin2.directory.halls')}</h2>
      {halls.isLoading ? <Loading /> : halls.error ? <Failure error={halls.error} /> : (
        <Table caption={t('admin2.directory.halls')} head={[t('admin2.directory.name'), t('admin2.directory.regionCode'), t('admin2.directory.address'), t('admin2.directory.openingHours')]}>
          {halls.data!.map((h) => <tr key={h.id}><td>{pick(h.name)}</td><td>{h.regionCode}</td><td>{h.address}</td><td>{h.openingHours}</td></tr>)}
        </Table>
      )}
      <form className="panel" noValidate onSubmit={(e) => { e.preventDefault(); void run('/hall', '/hall/nameZh', async () => {
        await api('/halls', { method: 'POST', body: newHall });
        setNewHall({ nameZh: '', nameEn: '', regionCode: '', address: '', openingHours: '' });
        await done(t('admin2.directory.hallAdded'), ['admin2', 'halls']);
      }); }}>
        <h3>{t('admin2.directory.addHall')}</h3>
        <TextInput pointer="/hall/nameZh" label={t('admin.inZh', { label: t('admin2.directory.name') })} value={newHall.nameZh} onChange={(v) => setNewHall({ ...newHall, nameZh: v })} />
        <TextInput pointer="/hall/nameEn" label={t('admin.inEn', { label: t('admin2.directory.name') })} value={newHall.nameEn} onChange={(v) => setNewHall({ ...newHall, nameEn: v })} />
        <TextInput pointer="/hall/regionCode" label={t('admin2.directory.regionCode')} short value={newHall.regionCode} onChange={(v) => setNewHall({ ...newHall, regionCode: v })} />
        <TextInput pointer="/hall/address" label={t('admin2.directory.address')} value={newHall.address} onChange={(v) => setNewHall({ ...newHall, address: v })} />
        <TextInput pointer="/hall/openingHours" label={t('admin2.directory.openingHours')} value={newHall.openingHours} onChange={(v) => setNewHall({ ...newHall, openingHours: v })} />
        <button type="submit" className="button" disabled={busy}>{t('admin2.directory.add')}</button>
      </form>

      <h2>{t('admin2.directory.windows')}</h2>
      <SelectInput pointer="/hallId" label={t('admin2.directory.hall')} value={hall} onChange={setHallId} options={(halls.data ?? []).map((h) => ({ value: h.id, label: pick(h.name) }))} />
      {windows.data && (
        <Table caption={t('admin2.directory.windows')} head={[t('admin2.directory.windowNumber'), t('admin2.directory.name'), t('admin2.directory.departments')]}>
          {windows.data.map((w) => <tr key={w.id}><td>{w.number}</td><td>{pick(w.name)}</td><td>{w.departmentIds.map(deptName).join(t('common.listSep'))}</td></tr>)}
        </Table>
      )}
      {hall && (
        <form className="panel" noValidate onSubmit={(e) => { e.preventDefault(); void run('/window', '/window/number', async () => {
          await api(`/halls/${hall}/windows`, { method: 'POST', body: win });
          setWin({ number: '', nameZh: '', nameEn: '', departmentIds: [] });
          await done(t('admin2.directory.windowAdded'), ['admin2', 'windows', hall]);
        }); }}>
          <h3>{t('admin2.directory.addWindow')}</h3>
          <TextInput pointer="/window/number" label={t('admin2.directory.windowNumber')} short value={win.number} onChange={(v) => setWin({ ...win, number: v })} />
          <TextInput pointer="/window/nameZh" label={t('admin.inZh', { label: t('admin2.directory.name') })} value={win.nameZh} onChange={(v) => setWin({ ...win, nameZh: v })} />
          <TextInput pointer="/window/nameEn" label={t('admin.inEn', { label: t('admin2.directory.name') })} value={win.nameEn} onChange={(v) => setWin({ ...win, nameEn: v })} />
          <CheckList pointer="/window/departmentIds" legend={t('admin2.directory.windowDepartments')} columns value={win.departmentIds} onChange={(v) => setWin({ ...win, departmentIds: v })}
            options={scope.departments.map((d) => ({ value: d.id, label: departmentLabel(d) }))} />
          <button type="submit" className="button" disabled={busy}>{t('admin2.directory.add')}</button>
        </form>
      )}
    </AdminPage>
  );
}

export function AdminKeys() {
  const { t, i18n } = useTranslation();
  const named = useNamed();
  const qc = useQueryClient();
  const scope = useAdminScope();
  const [department, setDepartment] = useState('');
  const [errors, setErrors] = useState<PointerError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<{ kid: string; reason: string } | null>(null);
  const { run, busy } = useSubmit(setErrors);
  const id = department || scope.departments[0]?.id || '';
  const keys = useQuery({ queryKey: ['admin2', 'keys', id], queryFn: () => api<SigningKey[]>(`/admin/departments/${id}/signing-keys`), enabled: !!id });
  const refresh = () => qc.invalidateQueries({ queryKey: ['admin2', 'keys', id] });
  const rotate = () => run('', '/department', async () => {
    const r = await api<{ rotations: { purpose: string }[] }>(`/admin/departments/${id}/signing-keys/rotate`, { method: 'POST' });
    setMessage(t('admin2.keys.rotated', { count: r.rotations.length }));
    await refresh();
  });
  const revoke = () => revoking && run('/revoke', '/revoke/reason', async () => {
    await api(`/admin/departments/${id}/signing-keys/${revoking.kid}/revoke`, { method: 'POST', body: { reason: revoking.reason } });
    setMessage(t('admin2.keys.revoked', { kid: revoking.kid.slice(0, 12) }));
    setRevoking(null);
    await refresh();
  });
  const when = (k: SigningKey) => formatDateTime(k.revokedAt ?? k.retiredAt ?? k.createdAt, i18n.language);
  return (
    <AdminPage title={t('admin2.keys.title')} errors={errors}>
      <p>{t('admin2.keys.intro')}</p>
      <Notice text={message} />
      <SelectInput pointer="/department" label={t('admin2.accounts.department')} value={id} onChange={(v) => { setDepartment(v); setRevoking(null); }}
        options={scope.departments.map((d) => ({ value: d.id, label: departmentLabel(d) }))} />
      {keys.isLoading ? <Loading /> : keys.error ? <Failure error={keys.error} /> : keys.data && (
        keys.data.length === 0 ? <p>{t('admin2.keys.none')}</p> : (
          <Table caption={t('admin2.keys.listCaption')} head={[t('admin2.keys.purpose'), t('admin2.keys.kid'), t('admin2.keys.state'), t('admin2.keys.since'), '']}>
            {keys.data.map((k) => (
              <tr key={k.kid}>
                <td>{t(`admin2.keys.purposes.${k.purpose}`)}</td><td><code className="kid">{k.kid}</code></td>
                <td><strong className={`tag ${k.state === 'active' ? 'tag-done' : k.state === 'revoked' ? 'tag-rejected' : 'tag-muted'}`}>{t(`admin2.keys.states.${k.state}`)}</strong></td>
                <td>{when(k)}</td>
                <td>{k.state !== 'revoked' && <button type="button" className="button button-secondary" onClick={() => setRevoking({ kid: k.kid, reason: '' })}
                  {...named(t('admin2.keys.revoke'), k.kid.slice(0, 12))}>{t('admin2.keys.revoke')}</button>}</td>
              </tr>
            ))}
          </Table>
        )
      )}
      {revoking && (
        <form className="panel panel-warning" noValidate onSubmit={(e) => { e.preventDefault(); void revoke(); }}>
          <h2>{t('admin2.keys.revokeTitle', { kid: revoking.kid.slice(0, 12) })}</h2>
          <p>{t('admin2.keys.revokeWarning')}</p>
          <TextInput pointer="/revoke/reason" label={t('admin2.keys.reason')} value={revoking.reason} onChange={(v) => setRevoking({ ...revoking, reason: v })} />
          <div className="button-group">
            <button type="submit" className="button button-warning" disabled={busy}>{t('admin2.keys.confirmRevoke')}</button>
            <button type="button" className="button button-secondary" onClick={() => setRevoking(null)}>{t('admin2.exchange.cancel')}</button>
          </div>
        </form>
      )}
      <div className="panel">
        <p>{t('admin2.keys.rotateHint')}</p>
        <button type="button" className="button" disabled={busy || !id} onClick={() => void rotate()}>{t('admin2.keys.rotate')}</button>
      </div>
    </AdminPage>
  );
}
