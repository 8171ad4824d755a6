// Staff accounts (工作人员账号): a department admin sees and manages the accounts of their department, the platform
// operator every staff account. Create with a role in a department, give another role (岗位), reset a password
// (their sessions end), disable. What an admin may touch is the server's decision; this page offers only what it would allow.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { useDepartmentName } from '../catalog';
import { Failure, Loading } from '../components/ui';
import { AdminPage, departmentLabel, Notice, Table, useAdminScope, useNamed, useSubmit } from './admin-kit';
import { SelectInput, TextInput, type PointerError } from './editor-kit';
import './admin-console.css';

interface Account {
  id: string; username: string | null; displayName: string; status: 'active' | 'disabled';
  postings: { role: string; departmentId: string | null; regionCode: string | null }[];
}

const DEPARTMENT_ROLES = ['reviewer', 'window_clerk', 'department_admin'];
const OPERATOR_ROLES = [...DEPARTMENT_ROLES, 'leader', 'platform_admin'];

export function AdminAccounts() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const scope = useAdminScope();
  const deptName = useDepartmentName();
  const named = useNamed();
  const [department, setDepartment] = useState('');
  const [errors, setErrors] = useState<PointerError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const { run, busy } = useSubmit(setErrors);
  const filter = department || (scope.operator ? '' : scope.departments[0]?.id ?? '');
  const accounts = useQuery({ queryKey: ['admin2', 'accounts', filter], queryFn: () => api<Account[]>(`/admin/accounts${filter ? `?departmentId=${filter}` : ''}`), enabled: !!scope.me });
  const [form, setForm] = useState({ username: '', displayName: '', password: '', role: 'reviewer', departmentId: '', regionCode: '' });
  const [resetting, setResetting] = useState<{ id: string; name: string; password: string } | null>(null);
  const [posting, setPosting] = useState<{ id: string; name: string; role: string; departmentId: string } | null>(null);
  const roles = scope.operator ? OPERATOR_ROLES : DEPARTMENT_ROLES;
  const needsDepartment = DEPARTMENT_ROLES.includes(form.role);
  const refresh = () => qc.invalidateQueries({ queryKey: ['admin2', 'accounts'] });

  const create = () => run('', '/username', async () => {
    const posting = needsDepartment ? { role: form.role, departmentId: form.departmentId || scope.departments[0]?.id } : { role: form.role, ...(form.regionCode ? { regionCode: form.regionCode } : {}) };
    const made = await api<Account>('/admin/accounts', { method: 'POST', body: { username: form.username, displayName: form.displayName, password: form.password, postings: [posting] } });
    setForm({ ...form, username: '', displayName: '', password: '' });
    setMessage(t('admin2.accounts.created', { name: made.displayName }));
    await refresh();
  });
  const disable = (a: Account) => run('', '/username', async () => {
    await api(`/admin/accounts/${a.id}/disable`, { method: 'POST' });
    setMessage(t('admin2.accounts.disabled', { name: a.displayName }));
    await refresh();
  });
  const reset = () => resetting && run('/reset', '/reset/password', async () => {
    await api(`/admin/accounts/${resetting.id}/password`, { method: 'POST', body: { password: resetting.password } });
    setMessage(t('admin2.accounts.passwordSet', { name: resetting.name }));
    setResetting(null);
  });
  const addPosting = () => posting && run('/posting', '/posting/role', async () => {
    await api(`/admin/accounts/${posting.id}/postings`, { method: 'POST', body: { role: posting.role, departmentId: posting.departmentId || scope.departments[0]?.id } });
    setMessage(t('admin2.accounts.postingAdded', { name: posting.name }));
    setPosting(null);
    await refresh();
  });
  const postingText = (p: Account['postings'][number]) =>
    `${t(`admin2.role.${p.role}`, { defaultValue: p.role })}${p.departmentId ? ` · ${deptName(p.departmentId)}` : p.regionCode ? ` · ${p.regionCode}` : ''}`;

  return (
    <AdminPage title={t('admin2.accounts.title')} errors={errors}>
      <p>{t(scope.operator ? 'admin2.accounts.introOperator' : 'admin2.accounts.intro')}</p>
      <Notice text={message} />
      <SelectInput pointer="/filter" label={t('admin2.accounts.department')} value={filter} onChange={setDepartment} {...(scope.operator ? { empty: t('admin2.accounts.allDepartments') } : {})}
        options={scope.departments.map((d) => ({ value: d.id, label: departmentLabel(d) }))} />
      {accounts.isLoading ? <Loading /> : accounts.error ? <Failure error={accounts.error} /> : (
        <Table caption={t('admin2.accounts.listCaption')} head={[t('admin2.accounts.displayName'), t('admin2.accounts.username'), t('admin2.accounts.postings'), t('admin2.accounts.status'), '']}>
          {accounts.data?.map((a) => (
            <tr key={a.id}>
              <td>{a.displayName}</td><td>{a.username}</td><td>{a.postings.map(postingText).join(t('common.listSep2'))}</td>
              <td><strong className={`tag ${a.status === 'active' ? 'tag-done' : 'tag-muted'}`}>{t(`admin2.accounts.state.${a.status}`)}</strong></td>
              <td>{a.status === 'active' && a.id !== scope.me?.account.id && (
                <div className="button-group">
                  <button type="button" className="button button-secondary" onClick={() => setResetting({ id: a.id, name: a.displayName, password: '' })}
                    {...named(t('admin2.accounts.reset'), a.displayName)}>{t('admin2.accounts.reset')}</button>
                  <button type="button" className="button button-secondary" onClick={() => setPosting({ id: a.id, name: a.displayName, role: 'window_clerk', departmentId: '' })}
                    {...named(t('admin2.accounts.addPosting'), a.displayName)}>{t('admin2.accounts.addPosting')}</button>
                  <button type="button" className="button button-warning" disabled={busy} onClick={() => void disable(a)}
                    {...named(t('admin2.accounts.disable'), a.displayName)}>{t('admin2.accounts.disable')}</button>
                </div>
              )}</td>
            </tr>
          ))}
        </Table>
      )}
      {resetting && (
        <form className="panel panel-warning" noValidate onSubmit={(e) => { e.preventDefault(); void reset(); }}>
          <h2>{t('admin2.accounts.resetTitle', { name: resetting.name })}</h2>
          <TextInput pointer="/reset/password" label={t('admin2.accounts.newPassword')} hint={t('admin2.accounts.passwordHint')} value={resetting.password} onChange={(v) => setResetting({ ...resetting, password: v })} />
          <div className="button-group">
            <button type="submit" className="button" disabled={busy}>{t('admin2.accounts.setPassword')}</button>
            <button type="button" className="button button-secondary" onClick={() => setResetting(null)}>{t('admin2.exchange.cancel')}</button>
          </div>
        </form>
      )}
      {posting && (
        <form className="panel" noValidate onSubmit={(e) => { e.preventDefault(); void addPosting(); }}>
          <h2>{t('admin2.accounts.postingTitle', { name: posting.name })}</h2>
          <SelectInput pointer="/posting/role" label={t('admin2.accounts.role')} value={posting.role} onChange={(v) => setPosting({ ...posting, role: v })}
            options={DEPARTMENT_ROLES.map((r) => ({ value: r, label: t(`admin2.role.${r}`) }))} />
          <SelectInput pointer="/posting/departmentId" label={t('admin2.accounts.department')} value={posting.departmentId || scope.departments[0]?.id || ''}
            onChange={(v) => setPosting({ ...posting, departmentId: v })} options={scope.departments.map((d) => ({ value: d.id, label: departmentLabel(d) }))} />
          <div className="button-group">
            <button type="submit" className="button" disabled={busy}>{t('admin2.accounts.addPosting')}</button>
            <button type="button" className="button button-secondary" onClick={() => setPosting(null)}>{t('admin2.exchange.cancel')}</button>
          </div>
        </form>
      )}
      <form className="panel" noValidate onSubmit={(e) => { e.preventDefault(); void create(); }}>
        <h2>{t('admin2.accounts.newTitle')}</h2>
        <TextInput pointer="/username" label={t('admin2.accounts.username')} hint={t('admin2.accounts.usernameHint')} value={form.username} onChange={(v) => setForm({ ...form, username: v })} />
        <TextInput pointer="/displayName" label={t('admin2.accounts.displayName')} value={form.displayName} onChange={(v) => setForm({ ...form, displayName: v })} />
        <TextInput pointer="/password" label={t('admin2.accounts.password')} hint={t('admin2.accounts.passwordHint')} value={form.password} onChange={(v) => setForm({ ...form, password: v })} />
        <SelectInput pointer="/postings/0/role" label={t('admin2.accounts.role')} value={form.role} onChange={(v) => setForm({ ...form, role: v })}
          options={roles.map((r) => ({ value: r, label: t(`admin2.role.${r}`) }))} />
        {needsDepartment ? (
          <SelectInput pointer="/postings/0/departmentId" label={t('admin2.accounts.department')} value={form.departmentId || scope.departments[0]?.id || ''} onChange={(v) => setForm({ ...form, departmentId: v })}
            options={scope.departments.map((d) => ({ value: d.id, label: departmentLabel(d) }))} />
        ) : (
          <TextInput pointer="/postings/0/regionCode" label={t('admin2.accounts.region')} hint={t('admin2.directory.regionCodeHint')} short value={form.regionCode} onChange={(v) => setForm({ ...form, regionCode: v })} />
        )}
        <button type="submit" className="button" disabled={busy}>{t('admin2.accounts.create')}</button>
      </form>
    </AdminPage>
  );
}
