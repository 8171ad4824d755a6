// 按主题、按部门浏览: the services by theme (个人办事 / 法人办事, and the life events) and by department, as every
// government portal offers beside its search box. One list page filtered by the address (?topic=, ?department=),
// so every view has a link of its own and works without script.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useDepartments } from '../catalog';
import { Failure, Loading, PageTitle } from '../components/ui';
import { pick } from '../i18n';
import { bundlesQuery, itemsQuery } from '../queries';
import { ENTERPRISE_TOPICS, PERSON_TOPICS } from '../topics';


/** The departments that publish items, once each (a code names the same department in every district). */
export function usePublishingDepartments() {
  const departments = useDepartments();
  const { data: items } = useQuery(itemsQuery());
  const codes = [...new Set((items ?? []).map((i) => i.department).filter((c): c is string => !!c))];
  return codes.map((code) => ({ code, name: pick(departments.find((d) => d.code === code)?.name) || code }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

/** Links to every theme and department: on the home page and on the browse page itself. */
export function BrowseLinks() {
  const { t } = useTranslation();
  const departments = usePublishingDepartments();
  return (
    <div className="browse-links">
      <section aria-labelledby="browse-person">
        <h3 id="browse-person">{t('formsBrowse.forPeople')}</h3>
        <ul className="link-grid">{PERSON_TOPICS.map((c) => <li key={c}><Link to={`/browse?topic=${c}`}>{t(`formsBrowse.topic.${c}`)}</Link></li>)}</ul>
      </section>
      <section aria-labelledby="browse-enterprise">
        <h3 id="browse-enterprise">{t('formsBrowse.forEnterprises')}</h3>
        <ul className="link-grid">{ENTERPRISE_TOPICS.map((c) => <li key={c}><Link to={`/browse?topic=${c}`}>{t(`formsBrowse.topic.${c}`)}</Link></li>)}</ul>
      </section>
      <section aria-labelledby="browse-department">
        <h3 id="browse-department">{t('formsBrowse.byDepartment')}</h3>
        <ul className="link-grid">{departments.map((d) => <li key={d.code}><Link to={`/browse?department=${d.code}`}>{d.name}</Link></li>)}</ul>
      </section>
    </div>
  );
}

export function Browse() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const topic = params.get('topic');
  const department = params.get('department');
  const departments = usePublishingDepartments();
  const items = useQuery(itemsQuery());
  const bundles = useQuery(bundlesQuery());
  if (items.isLoading || bundles.isLoading) return <Loading />;
  if (items.error || bundles.error) return <Failure error={items.error ?? bundles.error} />;
  const known = topic && ([...PERSON_TOPICS, ...ENTERPRISE_TOPICS] as readonly string[]).includes(topic);
  const heading = known ? t(`formsBrowse.topic.${topic}`) : department ? (departments.find((d) => d.code === department)?.name ?? department) : t('formsBrowse.title');
  const shown = (items.data ?? []).filter((i) => (known ? i.topics?.includes(topic) : department ? i.department === department : false))
    .sort((a, b) => pick(a.name).localeCompare(pick(b.name), 'zh-CN'));
  return (
    <>
      <PageTitle caption={known || department ? t('formsBrowse.title') : undefined}>{heading}</PageTitle>
      {(known || department) && (
        <>
          <p role="status">{t('formsBrowse.count', { count: shown.length })}</p>
          <ul className="results">
            {shown.map((i) => (
              <li key={i.code}>
                <h2 className="result-title"><Link to={`/guide/item/${i.code}`}>{pick(i.name)}</Link></h2>
                <p className="not-elder">{pick(i.summary)}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('formsBrowse.lifeEvents')}</h2>
      <ul className="link-grid">{(bundles.data ?? []).map((b) => <li key={b.code}><Link to={`/guide/bundle/${b.code}`}>{pick(b.name)}</Link></li>)}</ul>
      <BrowseLinks />
    </>
  );
}
