import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Failure, Loading, PageTitle } from '../components/ui';
import { pick } from '../i18n';
import { searchQuery } from '../queries';
import { SearchBox } from './Home';

export function Search() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  const { data, error, isLoading } = useQuery(searchQuery(q));
  return (
    <>
      <PageTitle>{t('search.title')}</PageTitle>
      <SearchBox key={q} initial={q} />
      {isLoading && <Loading />}
      {error && <Failure error={error} />}
      {data && (
        <>
          <p role="status">{t('search.count', { count: data.results.length, q })}</p>
          <ol className="results">
            {data.results.map((r) => (
              <li key={`${r.kind}:${r.code}`}>
                <h2 className="result-title"><Link to={`/guide/${r.kind}/${r.code}`}>{pick(r.name)}</Link></h2>
                {r.kind === 'bundle' && <span className="tag">{t('search.bundle')}</span>}
                <p className="not-elder">{pick(r.summary)}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
