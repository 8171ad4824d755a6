// 办事指南: who can apply, materials (marking those we can fetch for you), time limits, fees, legal basis,
// steps, channels, FAQ; for an item and for a life event.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDepartmentName, useDepartments } from '../catalog';
import { ApiError } from '../api';
import { Failure, Loading, PageTitle } from '../components/ui';
import { pick } from '../i18n';
import { bundleGuideQuery, hallsQuery, itemQuery } from '../queries';
import type { ItemDefinition, Material } from '../answers';
import { NotFound } from './NotFound';

/** Whether a region (GB/T 2260) lies within an item's region: itself, a district of a city (3399xx in 339900), or of a province. */
const within = (region: string, of: string) => region === of
  || (of.endsWith('0000') ? region.startsWith(of.slice(0, 2)) : of.endsWith('00') && region.startsWith(of.slice(0, 4)));

/** 申请条件, and where to go and whom to call (办理地点, 咨询电话): what every guide on a government portal states. */
function ConditionsAndContacts({ d }: { d: ItemDefinition }) {
  const { t } = useTranslation();
  const departments = useDepartments().filter((x) => x.code === d.department && d.regions.some((r) => within(x.regionCode, r)));
  const halls = (useQuery(hallsQuery()).data ?? []).filter((h) => d.regions.some((r) => within(h.regionCode, r)));
  const phones = departments.filter((x) => x.phone);
  return (
    <>
      <h2>{t('formsGuide.eligibility')}</h2>
      {d.eligibility?.length
        ? <ul className="eligibility">{d.eligibility.map((c, i) => <li key={i}>{pick(c.text)}{c.rule && <span className="hint not-elder"> {t('formsGuide.checkedAtFiling')}</span>}</li>)}</ul>
        : <p>{t('formsGuide.eligibilityNone')}</p>}
      <h2>{t('formsGuide.whereTitle')}</h2>
      {d.channels.includes('window') && halls.length > 0 && (
        <ul className="plain-list halls">
          {halls.map((h) => (
            <li key={h.id}><strong>{pick(h.name)}</strong><br />{t('formsGuide.address', { address: h.address })}<br />{t('formsGuide.hours', { hours: h.openingHours })}</li>
          ))}
        </ul>
      )}
      {!d.channels.includes('window') && <p>{t('formsGuide.onlineOnly')}</p>}
      <p>{phones.length
        ? t('formsGuide.phone', { phones: phones.map((x) => `${pick(x.name)} ${x.phone!}`).join(t('common.listSep2')) })
        : t('formsGuide.phone12345')}</p>
    </>
  );
}

/** An item's material, or a life event's (one list for all its items, each saying which items need it). */
type ListedMaterial = Pick<Material, 'code' | 'name' | 'required' | 'description'> & { certificateTypes?: string[]; exchangeSource?: string | null; neededBy?: string[] };

function MaterialList({ materials, neededBy }: { materials: ListedMaterial[]; neededBy?: (code: string) => string }) {
  const { t } = useTranslation();
  if (!materials.length) return <p>{t('guide.noMaterials')}</p>;
  return (
    <ul className="materials">
      {materials.map((m) => {
        const reusable = !!(m.certificateTypes?.length || m.exchangeSource);
        return (
          <li key={m.code}>
            <strong>{pick(m.name)}</strong> {m.required ? <span className="tag">{t('guide.required')}</span> : <span className="tag tag-muted">{t('guide.optional')}</span>}
            {reusable && <span className="tag tag-reuse">{t('guide.weHaveIt')}</span>}
            {m.description && <p className="hint">{pick(m.description)}</p>}
            {m.neededBy && neededBy && <p className="hint not-elder">{t('guide.neededBy', { items: m.neededBy.map(neededBy).join(t('common.listSep')) })}</p>}
          </li>
        );
      })}
    </ul>
  );
}

export function ItemGuide() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const department = useDepartmentName();
  const { data, error, isLoading } = useQuery(itemQuery(code));
  if (isLoading) return <Loading />;
  if (error instanceof ApiError && error.status === 404) return <NotFound />;
  if (error || !data) return <Failure error={error} />;
  const d = data.definition;
  return (
    <>
      <PageTitle caption={t('guide.caption')}>{pick(d.name)}</PageTitle>
      <p className="lead">{pick(d.summary)}</p>
      <Link className="button button-start" to={`/apply/item/${d.code}`}>{t('guide.applyNow')}</Link>
      {d.channels.includes('window') && d.applicantTypes.includes('person') && (
        <p><Link to={`/appointments/new?item=${encodeURIComponent(d.code)}`}>{t('appointments.bookAtWindow')}</Link></p>
      )}
      <dl className="summary-list">
        <div><dt>{t('guide.department')}</dt><dd>{department(d.department)}</dd></div>
        <div><dt>{t('guide.who')}</dt><dd>{d.applicantTypes.map((a) => t(`guide.applicantType.${a}`)).join(t('common.listSep'))}</dd></div>
        <div><dt>{t('guide.timeLimit')}</dt><dd>{t('guide.timeLimitText', { committed: d.timeLimits.committedDays, statutory: d.timeLimits.statutoryDays })}</dd></div>
        <div><dt>{t('guide.fees')}</dt><dd>{d.fees.length ? d.fees.map((f) => `${pick(f.name)} ${t('guide.yuan', { amount: f.amountYuan })}`).join(t('common.listSep2')) : t('guide.free')}</dd></div>
        <div><dt>{t('guide.channels')}</dt><dd>{d.channels.map((c) => t(`guide.channel.${c}`)).join(t('common.listSep'))}</dd></div>
      </dl>
      <ConditionsAndContacts d={d} />
      <h2>{t('guide.materials')}</h2>
      <MaterialList materials={d.materials} />
      <h2>{t('guide.steps')}</h2>
      <ol className="steps">
        <li>{t('guide.stepApply')}</li>
        <li>{t(d.workflow.acceptance === 'instant' ? 'guide.stepAcceptInstant' : 'guide.stepAcceptClerk')}</li>
        {d.workflow.stages.map((s, i) => (
          <li key={i}>{pick(s.name)}<span className="not-elder">{t('common.colon')}{s.tasks.map((x) => t('common.withDept', { name: pick(x.name), dept: department(x.department) })).join(t('common.listSep2'))}</span></li>
        ))}
        <li>{t('guide.stepResult')}</li>
      </ol>
      <section className="not-elder">
        <h2>{t('guide.legalBasis')}</h2>
        <ul>{d.legalBasis.map((l, i) => <li key={i}>{l.title}{l.article ? ` ${l.article}` : ''}</li>)}</ul>
      </section>
      {!!d.faq?.length && (
        <>
          <h2>{t('guide.faq')}</h2>
          {d.faq.map((f, i) => <details key={i}><summary>{pick(f.q)}</summary><p>{pick(f.a)}</p></details>)}
        </>
      )}
    </>
  );
}

export function BundleGuide() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const department = useDepartmentName();
  const { data, error, isLoading } = useQuery(bundleGuideQuery(code));
  if (isLoading) return <Loading />;
  if (error instanceof ApiError && error.status === 404) return <NotFound />;
  if (error || !data) return <Failure error={error} />;
  const d = data.bundle.definition;
  const itemName = (c: string) => pick(data.items.find((i) => i.code === c)?.name) || c;
  return (
    <>
      <PageTitle caption={t('guide.bundleCaption')}>{pick(d.name)}</PageTitle>
      <p className="lead">{pick(d.summary)}</p>
      <Link className="button button-start" to={`/apply/bundle/${d.code}`}>{t('guide.applyNow')}</Link>
      <h2>{t('guide.included')}</h2>
      <table className="table">
        <caption className="visually-hidden">{t('guide.included')}</caption>
        <thead><tr><th scope="col">{t('guide.item')}</th><th scope="col">{t('guide.department')}</th><th scope="col">{t('guide.committed')}</th></tr></thead>
        <tbody>
          {data.items.map((i) => (
            <tr key={i.code}>
              <td><Link to={`/guide/item/${i.code}`}>{pick(i.name)}</Link></td>
              <td>{department(i.department)}</td>
              <td>{t('guide.days', { count: i.committedDays })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('guide.materials')}</h2>
      <MaterialList materials={data.materials} neededBy={itemName} />
      <h2>{t('guide.steps')}</h2>
      <ol className="steps">
        <li>{t('guide.bundleStep1')}</li>
        <li>{t('guide.bundleStep2')}</li>
        <li>{t('guide.bundleStep3')}</li>
      </ol>
    </>
  );
}
