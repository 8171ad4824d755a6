// Who may do what with ratings (好差评), rectifications (差评整改) and satisfaction figures. Pure predicates: the
// service loads the row (and asks cases/index.ts about the case), these decide; a failed read is "not found".
import { departmentsWhere, isOperator, regionsWhere, type Actor } from '../../platform/actor.js';
import { isWithinRegion } from '../../platform/identifiers.js';

export interface RatingFacts {
  /** What cases says of the case: whether the actor may read it, and whether as the applicant (or with applications.submit for them). */
  caseReadable: boolean;
  byApplicant: boolean;
}

export type RatingAction = 'read' | 'rate' | 'answer_reply';

/** Whoever may read the case may read its rating; only the applicant's side rates (once finished: the service says 409 before). */
export function canOnRating(actor: Actor, action: RatingAction, r: RatingFacts): boolean {
  switch (action) {
    case 'read':
      return r.caseReadable;
    case 'rate':
      return r.caseReadable && r.byApplicant && actor.kind === 'account';
    // Whether the rectification satisfied them is the rater's to say, as the rating was.
    case 'answer_reply':
      return r.caseReadable && r.byApplicant && actor.kind === 'account';
  }
}

export interface RectificationFacts {
  departmentId: string;
}

export type RectificationAction = 'read' | 'reply';

/** The rated department's own reviewers and admins, and nobody else: a department's rectifications stay with it. */
export function canOnRectification(actor: Actor, action: RectificationAction, r: RectificationFacts): boolean {
  const ownDepartment = actor.actingFor === null && departmentsWhere(actor, 'department_admin', 'reviewer').includes(r.departmentId);
  switch (action) {
    case 'read':
    case 'reply':
      return ownDepartment;
  }
}

/** The departments whose rectification queue the actor works. */
export const rectificationDepartments = (actor: Actor) => (actor.actingFor === null ? departmentsWhere(actor, 'department_admin', 'reviewer') : []);

/**
 * Whose satisfaction figures the actor sees: operators all (or a region), leaders their region and below, a
 * department admin their own departments. Null: nothing (403).
 */
export type SatisfactionScope = { kind: 'all' } | { kind: 'region'; regionCode: string } | { kind: 'departments'; departmentIds: string[] };

export function satisfactionScope(actor: Actor, requestedRegion: string | undefined): SatisfactionScope | null {
  const leaderRegions = regionsWhere(actor, 'leader');
  const region = requestedRegion ?? leaderRegions[0];
  if (isOperator(actor)) return region ? { kind: 'region', regionCode: region } : { kind: 'all' };
  if (region && leaderRegions.some((r) => isWithinRegion(region, r))) return { kind: 'region', regionCode: region };
  const own = departmentsWhere(actor, 'department_admin');
  if (!requestedRegion && own.length > 0) return { kind: 'departments', departmentIds: own };
  return null;
}
