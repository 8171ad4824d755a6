// Choosing the item at the window: the list sorted as people read it (by pinyin), searched by name in either
// language, by code, or by pinyin initials (身份证 → sfz), as clerks type on a busy counter.
import { pinyin } from 'pinyin-pro';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../i18n';
import type { CatalogSummary } from '../answers';

interface Indexed { item: CatalogSummary; initials: string; full: string; haystack: string }

const index = (item: CatalogSummary): Indexed => {
  const initials = pinyin(item.name.zh, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();
  const full = pinyin(item.name.zh, { toneType: 'none', type: 'array' }).join('').toLowerCase();
  return { item, initials, full, haystack: `${item.name.zh} ${item.name.en.toLowerCase()} ${item.code}` };
};

/** Whether a query matches: any part of the names or code, or the pinyin initials or syllables. */
export function matchesItem(x: Indexed, query: string): boolean {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  if (!q) return true;
  return x.haystack.includes(q) || x.initials.includes(q) || x.full.includes(q);
}

export function ItemPicker({ items, value, onChange }: { items: CatalogSummary[]; value: string; onChange: (code: string) => void }) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const id = useId();
  const indexed = useMemo(() => items.filter((i) => i.kind === 'item').map(index)
    .sort((a, b) => (i18n.language === 'en' ? a.item.name.en.localeCompare(b.item.name.en, 'en') : a.full.localeCompare(b.full, 'en'))), [items, i18n.language]);
  const shown = indexed.filter((x) => matchesItem(x, query) || x.item.code === value);
  return (
    <div className="item-picker">
      <div className="field">
        <label htmlFor={`${id}-q`}>{t('windowDesk.itemSearch')}</label>
        <p className="hint" id={`${id}-hint`}>{t('windowDesk.itemSearchHint')}</p>
        <input id={`${id}-q`} type="search" value={query} aria-describedby={`${id}-hint`} autoComplete="off" onChange={(e) => setQuery(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="item-code">{t('staff.item')}</label>
        <select id="item-code" value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('windowDesk.itemCount', { count: shown.length })}</option>
          {shown.map((x) => <option key={x.item.code} value={x.item.code}>{pick(x.item.name)}</option>)}
        </select>
      </div>
    </div>
  );
}
