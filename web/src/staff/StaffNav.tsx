import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useMe } from '../session';

export function StaffNav() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const has = (r: string) => !!me?.roles.includes(r);
  return (
    <nav className="staff-nav" aria-label={t('staff.navLabel')}>
      <ul>
        {(has('reviewer') || has('department_admin')) && <li><NavLink to="/staff" end>{t('staff.queueTitle')}</NavLink></li>}
        {has('window_clerk') && <li><NavLink to="/staff/window">{t('staff.windowTitle')}</NavLink></li>}
        {(has('reviewer') || has('department_admin')) && <li><NavLink to="/staff/rectifications">{t('staff.rectTitle')}</NavLink></li>}
        {has('department_admin') && <li><NavLink to="/admin/items">{t('admin.title')}</NavLink></li>}
        {(has('department_admin') || has('platform_admin')) && <li><NavLink to="/admin" end>{t('admin2.nav.console')}</NavLink></li>}
      </ul>
    </nav>
  );
}
