// Catalog look-ups shared by pages: item names by code (cases list only codes).
import { useQuery } from '@tanstack/react-query';
import { pick } from './i18n';
import { departmentsQuery, itemQuery, itemsQuery } from './queries';

export function useItemNames() {
  const { data } = useQuery(itemsQuery());
  return (code: string) => pick(data?.find((i) => i.code === code)?.name) || code;
}

export type { Department } from './queries';

export function useDepartments() {
  return useQuery(departmentsQuery()).data ?? [];
}

export function useDepartmentName() {
  const departments = useDepartments();
  return (code: string) => pick(departments.find((d) => d.code === code || d.id === code)?.name) || code;
}

/** An item's published definition (its materials and form give labels to the codes and pointers a case holds). */
export function useItemDefinition(code: string | undefined) {
  return useQuery({ ...itemQuery(code ?? ''), enabled: !!code, staleTime: 300_000 }).data?.definition;
}
