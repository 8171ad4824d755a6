// Who is signed in (GET /me), and whom they act for.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { actingFor, api, ApiError, csrfToken } from './api';

export interface Me {
  account: { id: string; displayName: string; username: string | null };
  person: { id: string; name: string; idNumberMasked: string; birthDate: string; phoneMasked: string | null; realNameLevel: number } | null;
  roles: string[];
  postings: { role: string; departmentId: string | null; regionCode: string | null }[];
  actingFor: { kind: string; enterpriseId?: string; personId?: string } | null;
  canActFor: { enterprises: { id: string; name: string; as: string }[]; persons: { personId: string; name: string }[] };
}

export function useMe() {
  return useQuery({
    queryKey: ['me', actingFor.get()],
    queryFn: async () => {
      if (!csrfToken()) return null; // signed-in browsers carry the CSRF cookie next to the session cookie
      try {
        return await api<Me>('/me');
      } catch (err) {
        if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
          if (err.status === 403 && actingFor.get()) actingFor.set(null);
          return null;
        }
        throw err;
      }
    },
    staleTime: 60_000,
  });
}

export const STAFF_ROLES = ['reviewer', 'window_clerk', 'department_admin'];
/**
 * Where a member of staff starts: reviewers and department admins at the task queue; a window clerk, whose work is
 * the window and its queue, at the window (the task queue would answer "no permission").
 */
export const staffLanding = (roles: readonly string[]) =>
  roles.includes('reviewer') || roles.includes('department_admin') ? '/staff' : roles.includes('window_clerk') ? '/staff/window' : '/';
export const isStaff = (me: Me | null | undefined) => !!me?.roles.some((r) => STAFF_ROLES.includes(r));
export const canApply = (me: Me | null | undefined) => !!me?.roles.some((r) => r === 'citizen' || r === 'enterprise_agent');

export function useSwitchActing() {
  const qc = useQueryClient();
  return (value: string | null) => {
    actingFor.set(value);
    void qc.invalidateQueries();
  };
}
