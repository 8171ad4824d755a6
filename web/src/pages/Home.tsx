// Home: one search box, the popular life events (一件事), and what is waiting for me.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../api';
import { PageTitle } from '../components/ui';
import { pick } from '../i18n';
import { canApply, isStaff, useMe } from '../session';
import { bundlesQuery } from '../queries';
import { ENTERPRISE_TOPICS, PERSON_TOPICS } from '../topics';
import type { Application } from '../answers';

function SearchBox({ initial = '' }: { initial?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <form role="search" className="search" action="/search" onSubmit={(e) => {
      e.preventDefault();
      const q = new FormData(e.currentTarget).get('q')?.toString().trim();
      if (q) navigate(`/search?q=${encodeURIComponent(q)}`);
    }}>
      <label htmlFor="q" className="label-large">{t('home.searchLabel')}</label>
      <p className="hint" id="q-hint">{t('home.searchHint')}</p>
      <div className="search-row">
        <input id="q" name="q" type="search" defaultValue={initial} aria-describedby="q-hint" maxLength={100} />
        <button type="submit" className="button">{t('home.searchButton')}</button>
      </div>
    </form>
  );
}

function ToDos() {
  const { t } = useTranslation();
  const { data: apps } = useQuery({ queryKey: ['applications'], queryFn: () => api<Application[]>('/applications') });
  const { data: unread } = useQuery({ queryKey: ['inbox', 'unread'], queryFn: () => api<{ unread: number }>('/inbox/unread-count') });
  const todo = (apps ?? []).filter((a) => a.status === 'supplement_requested' || a.status === 'draft' || a.status === 'approved');
  return (
    <section aria-labelledby="todo-title" className="panel">
      <h2 id="todo-title">{t('home.todoTitle')}</h2>
      <ul className="plain-list">
        {todo.filter((a) => a.status !== 'approved').map((a) => (
          <li key={a.id}><Link to={`/cases/${a.id}`}>{t(`home.todo.${a.status}`, { number: a.number ?? '' })}</Link></li>
        ))}
        {!!unread?.unread && <li><Link to="/inbox">{t('home.unread', { count: unread.unread })}</Link></li>}
        {!todo.some((a) => a.status !== 'approved') && !unread?.unread && <li>{t('home.nothingToDo')}</li>}
      </ul>
      <p><Link to="/cases">{t('home.allCases')}</Link></p>
    </section>
  );
}

export function Home() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { data: bundles } = useQuery(bundlesQuery());
  return (
    <>
      <PageTitle>{t('home.title')}</PageTitle>
      <p className="lead">{t('home.lead')}</p>
      <SearchBox />
      {me && isStaff(me) && <p className="notice"><Link to="/staff">{t('home.toWorkbench')}</Link></p>}
      {me && canApply(me) && <ToDos />}
      <section aria-labelledby="popular-title">
        <h2 id="popular-title">{t('home.popular')}</h2>
        <ul className="cards">
          {(bundles ?? []).map((b) => (
            <li key={b.code} className="card">
              <h3><Link to={`/guide/bundle/${b.code}`}>{pick(b.name)}</Link></h3>
              <p className="not-elder">{pick(b.summary)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="browse-title">
        <h2 id="browse-title">{t('formsBrowse.homeTitle')}</h2>
        <h3>{t('formsBrowse.forPeople')}</h3>
        <ul className="link-grid">{PERSON_TOPICS.map((c) => <li key={c}><Link to={`/browse?topic=${c}`}>{t(`formsBrowse.topic.${c}`)}</Link></li>)}</ul>
        <h3>{t('formsBrowse.forEnterprises')}</h3>
        <ul className="link-grid">{ENTERPRISE_TOPICS.map((c) => <li key={c}><Link to={`/browse?topic=${c}`}>{t(`formsBrowse.topic.${c}`)}</Link></li>)}</ul>
        <p><Link to="/browse#browse-department">{t('formsBrowse.allDepartments')}</Link></p>
      </section>
      {!me && <p><Link to="/sign-in">{t('home.signInPrompt')}</Link></p>}
    </>
  );
}

export { SearchBox };
