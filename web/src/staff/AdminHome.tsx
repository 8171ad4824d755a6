// The admin console's start page: the sections this admin may use, each with what it is for.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../components/ui';
import { AdminPage, useAdminScope, visibleSections } from './admin-kit';
import './admin-console.css';

export function AdminHome() {
  const { t } = useTranslation();
  const scope = useAdminScope();
  if (scope.me === undefined) return <Loading />;
  const sections = visibleSections(scope);
  return (
    <AdminPage title={t('admin2.home.title')} errors={[]}>
      <p>{t(scope.operator ? 'admin2.home.introOperator' : 'admin2.home.intro')}</p>
      {sections.length === 0 && <p>{t('admin2.home.nothing')}</p>}
      <ul className="section-list">
        {scope.departmentAdmin && <li><h2><Link to="/admin/items">{t('admin.title')}</Link></h2><p>{t('admin2.home.items')}</p></li>}
        {sections.map((s) => <li key={s.to}><h2><Link to={s.to}>{t(`admin2.nav.${s.key}`)}</Link></h2><p>{t(`admin2.home.${s.key}`)}</p></li>)}
      </ul>
    </AdminPage>
  );
}
