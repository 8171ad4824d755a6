// Catalog look-ups shared by pages: item names by code (cases list only codes).
import { useQuery } from '@tanstack/react-query';
import { api } from './api';
import { pick } from './i18n';
import type { CatalogSummary, ItemDefinition, Published } from './types';

export function useItemNames() {
  const { data } = useQuery({ queryKey: ['catalog', 'items'], queryFn: () => api<CatalogSummary[]>('/catalog/items'), staleTime: 300_000 });
  return (code: string) => pick(data?.find((i) => i.code === code)?.name) || code;
}

export interface Department { id: string; code: string; name: { zh: string; en: string }; regionCode: string; phone?: string; address?: string }

export function useDepartments() {
  return useQuery({ queryKey: ['departments'], queryFn: () => api<Department[]>('/departments'), staleTime: 300_000 }).data ?? [];
}

export function useDepartmentName() {
  const departments = useDepartments();
  return (code: string) => pick(departments.find((d) => d.code === code || d.id === code)?.name) || code;
}

/** An item's published definition (its materials and form give labels to the codes and pointers a case holds). */
export function useItemDefinition(code: string | undefined) {
  return useQuery({ queryKey: ['item', code], enabled: !!code, staleTime: 300_000, queryFn: () => api<Published<ItemDefinition>>(`/catalog/items/${code}`) }).data?.definition;
}
