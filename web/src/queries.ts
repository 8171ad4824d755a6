// The public data the first pages show, as query definitions shared by the pages and the server's render: the
// server fetches the same queries a page would (each names its API path in `meta.path`), renders the page with
// them, and hands them to the browser so its first render matches what is already on screen.
import { queryOptions } from '@tanstack/react-query';
import { api, type Bilingual } from './api';
import type { BundleGuide, CatalogSummary, ItemDefinition, Published } from './answers';

export interface SearchHit { code: string; kind: string; name: Bilingual; summary: Bilingual; department: string | null }
export interface Department { id: string; code: string; name: Bilingual; regionCode: string; phone?: string | null; address?: string | null }
export interface Hall { id: string; name: Bilingual; regionCode: string; address: string; openingHours: string }

const CATALOG_FRESH_MS = 300_000; // catalog data changes only when a department publishes

/** A GET of public data under /api/v1, its path kept for the server's render. */
const publicQuery = <T,>(queryKey: unknown[], path: string, options: { staleTime?: number; enabled?: boolean } = {}) =>
  queryOptions({ queryKey, queryFn: () => api<T>(path), meta: { path }, ...options });

export const bundlesQuery = () => publicQuery<CatalogSummary[]>(['catalog', 'bundles'], '/catalog/bundles', { staleTime: CATALOG_FRESH_MS });
export const itemsQuery = () => publicQuery<CatalogSummary[]>(['catalog', 'items'], '/catalog/items', { staleTime: CATALOG_FRESH_MS });
export const departmentsQuery = () => publicQuery<Department[]>(['departments'], '/departments', { staleTime: CATALOG_FRESH_MS });
export const hallsQuery = () => publicQuery<Hall[]>(['halls'], '/halls', { staleTime: CATALOG_FRESH_MS });
export const itemQuery = (code: string) => publicQuery<Published<ItemDefinition>>(['item', code], `/catalog/items/${encodeURIComponent(code)}`);
export const bundleGuideQuery = (code: string) => publicQuery<BundleGuide>(['bundle-guide', code], `/catalog/bundles/${encodeURIComponent(code)}/guide`);
export const searchQuery = (q: string) =>
  publicQuery<{ results: SearchHit[] }>(['search', q], `/catalog/search?q=${encodeURIComponent(q)}&limit=20`, { enabled: q.length > 0 });

/**
 * The pages the server renders before their script runs (the ones people arrive at from outside: home, search
 * results and service guides), with the public queries each shows. Null for every other page.
 */
export function serverRenderedQueries(pathname: string, search: URLSearchParams): { queryKey: readonly unknown[]; meta?: Record<string, unknown> }[] | null {
  if (pathname === '/') return [bundlesQuery()];
  if (pathname === '/browse') return [itemsQuery(), bundlesQuery(), departmentsQuery()];
  if (pathname === '/search') return [searchQuery(search.get('q') ?? '')].filter((q) => q.enabled);
  const guide = /^\/guide\/(item|bundle)\/([\w-]{1,64})$/.exec(pathname);
  if (guide) return guide[1] === 'item' ? [itemQuery(guide[2]!), departmentsQuery(), hallsQuery()] : [bundleGuideQuery(guide[2]!), departmentsQuery()];
  return null;
}
