// Every page: skip link, header with the elder-mode toggle, language switch, acting-for switcher and account;
// the page; a footer.
import { useQueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { actingFor, api } from '../api';
import { elderMode, useElder } from '../prefs';
import { canApply, isStaff, staffLanding, useMe, useSwitchActing } from '../session';
import { Loading } from './ui';

function ElderToggle() {
  const { t } = useTranslation();
  const on = useElder();
  return (
    <button type="button" className="toggle" aria-pressed={on} onClick={() => elderMode.set(!on)}>
      {on ? t('elder.off') : t('elder.on')}
    </button>
  );
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'zh' : 'en';
  return (
    <button type="button" className="toggle" lang={other === 'en' ? 'en' : 'zh-CN'} onClick={() => void i18n.changeLanguage(other)}>
      {t('lang.switchTo')}
    </button>
  );
}

function ActingFor() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const switchTo = useSwitchActing();
  const enterprises = me?.canActFor.enterprises ?? [];
  const persons = me?.canActFor.persons ?? []; // 帮办代办: those who let me act for them
  if (!me || (!enterprises.length && !persons.length)) return null;
  return (
    <label className="acting-for">
      <span>{t('acting.label')}</span>
      <select value={actingFor.get() ?? ''} onChange={(e) => switchTo(e.target.value || null)}>
        <option value="">{t('acting.myself', { name: me.account.displayName })}</option>
        {enterprises.map((e) => <option key={e.id} value={`enterprise:${e.id}`}>{e.name}</option>)}
        {persons.map((p) => <option key={p.personId} value={`person:${p.personId}`}>{p.name}</option>)}
      </select>
    </label>
  );
}


/** A shared computer keeps nothing of the one who signed out: answers and upload lists once kept in this browser go. */
function forgetLocalAnswers() {
  for (const key of Object.keys(localStorage)) if (key.startsWith('tongban.bundle.') || key.startsWith('tongban.uploads.')) localStorage.removeItem(key);
}

function Account() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const qc = useQueryClient();
  const navigate = useNavigate();
  if (!me) return <Link className="header-link" to="/sign-in">{t('auth.signIn')}</Link>;
  const signOut = async () => {
    await api('/auth/sign-out', { method: 'POST' }).catch(() => undefined);
    forgetLocalAnswers();
    actingFor.set(null);
    qc.clear();
    navigate('/');
  };
  return (
    <span className="account">
      <span className="who">{me.account.displayName}</span>
      <button type="button" className="link-button" onClick={() => void signOut()}>{t('auth.signOut')}</button>
    </span>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const staff = isStaff(me);
  // The citizen's pages (my cases, wallet, policies…) are for people who apply: not for staff, leaders or the operator.
  const citizen = canApply(me) && !staff;
  return (
    <>
      <a className="skip-link" href="#main">{t('nav.skip')}</a>
      <header className="site-header">
        <div className="header-inner">
          <Link to="/" className="brand">{t('brand')}</Link>
          <div className="header-tools">
            <ElderToggle />
            <LanguageSwitch />
            <Account />
          </div>
        </div>
        <nav className="site-nav" aria-label={t('nav.label')}>
          <ul>
            <li><NavLink to="/" end>{t('nav.home')}</NavLink></li>
            {citizen && <li><NavLink to="/cases">{t('nav.cases')}</NavLink></li>}
            {citizen && <li><NavLink to="/wallet">{t('nav.wallet')}</NavLink></li>}
            {citizen && <li><NavLink to="/my-policies">{t('citizenNav.policies')}</NavLink></li>}
            {citizen && <li><NavLink to="/delegations">{t('citizenNav.delegations')}</NavLink></li>}
            {citizen && me!.canActFor.enterprises.length > 0 && <li className="not-elder"><NavLink to="/enterprises">{t('citizenNav.enterprises')}</NavLink></li>}
            {citizen && <li><NavLink to="/appointments">{t('appointments.nav')}</NavLink></li>}
            {me && <li><NavLink to="/inbox">{t('nav.inbox')}</NavLink></li>}
            {citizen && <li><NavLink to="/account">{t('citizenNav.account')}</NavLink></li>}
            {citizen && <li className="not-elder"><NavLink to="/data-access">{t('nav.dataAccess')}</NavLink></li>}
            {staff && <li><NavLink to={staffLanding(me!.roles)}>{t('nav.workbench')}</NavLink></li>}
            {me?.roles.includes('platform_admin') && <li><NavLink to="/admin">{t('admin2.nav.console')}</NavLink></li>}
            <li className="not-elder"><NavLink to="/verify">{t('nav.verify')}</NavLink></li>
          </ul>
          <ActingFor />
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('footer.text')}</p>
        <p className="not-elder"><a href="/api/docs">{t('footer.api')}</a></p>
      </footer>
    </>
  );
}
