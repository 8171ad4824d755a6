// Catalog look-ups shared by pages: item names by code (cases list only codes).
import { useQuery } from '@tanstack/react-query';
import { pick } from './i18n';
import { departmentsQuery, itemsQuery } from './queries';

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
