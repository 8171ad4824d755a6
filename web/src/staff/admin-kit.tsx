// The admin console's frame (管理控制台): the sections a department admin and the platform operator reach, one
// error summary per page whose entries link to the inputs they name, and the server's field pointers mapped onto
// the page's inputs. Editors build on editor-kit.tsx (the item editor's inputs).
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { ApiError } from '../api';
import { useDepartments, type Department } from '../catalog';
import { ErrorSummary, errorText, PageTitle } from '../components/ui';
import { pick } from '../i18n';
import { useMe, type Me } from '../session';
import { ErrorsContext, idOf, type PointerError } from './editor-kit';
import { StaffNav } from './StaffNav';

export interface AdminScope {
  me: Me | null | undefined;
  operator: boolean;
  departmentAdmin: boolean;
  /** The departments the actor administers (all, for the operator). */
  departments: Department[];
}

export function useAdminScope(): AdminScope {
  const { data: me } = useMe();
  const all = useDepartments();
  const operator = !!me?.roles.includes('platform_admin');
  const mine = new Set(me?.postings.filter((p) => p.role === 'department_admin').map((p) => p.departmentId) ?? []);
  return { me, operator, departmentAdmin: mine.size > 0, departments: operator ? all : all.filter((d) => mine.has(d.id)) };
}

/** A department's name as the page shows it: "示范市公安局 (gaj, 339900)". */
export const departmentLabel = (d: Department) => `${pick(d.name)} (${d.code}, ${d.regionCode})`;

const SECTIONS: { to: string; key: string; who: 'admin' | 'operator' | 'both' }[] = [
  { to: '/admin/policies', key: 'policies', who: 'both' },
  { to: '/admin/simulator', key: 'simulator', who: 'both' },
  { to: '/admin/exchange', key: 'exchange', who: 'both' },
  { to: '/admin/accounts', key: 'accounts', who: 'both' },
  { to: '/admin/directory', key: 'directory', who: 'operator' },
  { to: '/admin/keys', key: 'keys', who: 'operator' },
];

export function visibleSections(scope: AdminScope) {
  return SECTIONS.filter((s) => (s.who === 'both' ? scope.operator || scope.departmentAdmin : s.who === 'operator' ? scope.operator : scope.departmentAdmin));
}

/** The console's sections, under the staff navigation. */
function AdminNav() {
  const { t } = useTranslation();
  const scope = useAdminScope();
  return (
    <nav className="staff-nav admin-nav" aria-label={t('admin2.nav.label')}>
      <ul>
        <li><NavLink to="/admin" end>{t('admin2.nav.home')}</NavLink></li>
        {visibleSections(scope).map((s) => <li key={s.to}><NavLink to={s.to}>{t(`admin2.nav.${s.key}`)}</NavLink></li>)}
      </ul>
    </nav>
  );
}

/** One console page: navigation, the error summary, the title, and the errors each input shows. */
export function AdminPage({ title, caption, errors, children }: { title: string; caption?: ReactNode; errors: PointerError[]; children: ReactNode }) {
  return (
    <ErrorsContext.Provider value={errors}>
      <StaffNav />
      <AdminNav />
      <ErrorSummary errors={errors.map((e) => ({ id: idOf(e.pointer), text: e.text }))} />
      <PageTitle caption={caption}>{title}</PageTitle>
      <div className="admin-console">{children}</div>
    </ErrorsContext.Provider>
  );
}

type T = (k: string, o?: Record<string, unknown>) => string;

/**
 * The server's problems, each by the input it names: the form's `prefix` joined to the field pointer; a problem
 * naming nothing on the page goes to `fallback` (the form's first input), so the summary still links somewhere.
 */
export function problemsOf(err: unknown, prefix: string, fallback: string, t: T): PointerError[] {
  if (!(err instanceof ApiError)) return [{ pointer: fallback, text: errorText(err, t) }];
  const details = Array.isArray(err.body.details) ? (err.body.details as { field?: string; message?: { zh: string; en: string } }[]) : [];
  const list = details.length && details.every((d) => d.message) ? details : [{ field: err.body.field ?? '', message: err.body.message }];
  return list.map((d) => {
    const named = `${prefix}${d.field ?? ''}`;
    const onPage = d.field && typeof document !== 'undefined' && document.getElementById(idOf(named));
    return { pointer: onPage ? named : fallback, text: d.message ? pick(d.message) : errorText(err, t) };
  });
}

/**
 * A write from a form: clears the page's errors, runs, and on failure places the server's problems. Answers
 * whether it succeeded.
 */
export function useSubmit(setErrors: (e: PointerError[]) => void) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return {
    busy,
    run: async (prefix: string, fallback: string, action: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true);
      try {
        await action();
        setErrors([]);
        return true;
      } catch (err) {
        setErrors(problemsOf(err, prefix, fallback, t));
        return false;
      } finally {
        setBusy(false);
      }
    },
  };
}

/**
 * A row's button named with what it acts on: "撤销：示范市公安局 · …". The visible word comes first, so the name a
 * voice-control user says is the one they see (WCAG 2.5.3).
 */
export function useNamed() {
  const { t } = useTranslation();
  return (action: string, name: string) => ({ 'aria-label': t('admin2.named', { action, name }) });
}

/** A status line after an action ("已保存"), announced politely. */
export function Notice({ text }: { text: string | null }) {
  return text ? <p className="notice" role="status">{text}</p> : null;
}

/** A table that scrolls on its own on a narrow screen instead of widening the page (360 px). */
export function Table({ caption, head, children }: { caption: string; head: string[]; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="table">
        <caption>{caption}</caption>
        <thead><tr>{head.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
