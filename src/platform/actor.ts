// Who is acting. Built once per request from the session (or for a job, the system) and passed in ctx.

export const roles = [
  'citizen', // 群众
  'enterprise_agent', // 企业经办人
  'window_clerk', // 窗口人员
  'reviewer', // 审批人员
  'department_admin', // 部门管理员
  'platform_admin', // 平台运维
  'leader', // 领导
] as const;
export type Role = (typeof roles)[number];

export const staffRoles: readonly Role[] = ['window_clerk', 'reviewer', 'department_admin', 'leader'];

/** A role held in a place: staff roles belong to a department (and so a region); leaders to a region. */
export interface Posting {
  role: Role;
  departmentId: string | null;
  regionCode: string | null;
}

/** Acting for someone else: an enterprise one is an agent of (经办人), or a person who delegated (帮办代办). */
export type ActingFor =
  | { kind: 'enterprise'; enterpriseId: string; authorizationId: string | null; scopes: string[] } // null: the legal representative
  | { kind: 'person'; personId: string; delegationId: string; scopes: string[] };

/** Another department's system calling with a token from the exchange token endpoint (OAuth 2.0 client credentials). */
export interface MachineClient {
  clientId: string;
  departmentId: string;
}

export interface Actor {
  kind: 'anonymous' | 'account' | 'system' | 'client';
  accountId: string | null;
  personId: string | null;
  roles: Role[];
  postings: Posting[];
  sessionId: string | null;
  actingFor: ActingFor | null;
  client?: MachineClient; // set exactly when kind is 'client'
}

export const anonymous: Actor = { kind: 'anonymous', accountId: null, personId: null, roles: [], postings: [], sessionId: null, actingFor: null };
export const system: Actor = { kind: 'system', accountId: null, personId: null, roles: [], postings: [], sessionId: null, actingFor: null };

/** A short, log-safe label: never a name or an ID number. */
export function actorLabel(actor: Actor): string {
  if (actor.kind === 'account') return `account:${actor.accountId}`;
  if (actor.kind === 'client' && actor.client) return `client:${actor.client.clientId}`;
  return actor.kind;
}

export const hasRole = (actor: Actor, ...wanted: Role[]) => actor.roles.some((r) => wanted.includes(r));

/** Departments where the actor holds one of the given roles. */
export const departmentsWhere = (actor: Actor, ...wanted: Role[]) =>
  actor.postings.filter((p) => wanted.includes(p.role) && p.departmentId !== null).map((p) => p.departmentId as string);

/** Region codes where the actor holds one of the given roles (a posting covers its region and everything below). */
export const regionsWhere = (actor: Actor, ...wanted: Role[]) =>
  actor.postings.filter((p) => wanted.includes(p.role) && p.regionCode !== null).map((p) => p.regionCode as string);

/** Platform operators, and the platform itself acting from the command line or a job. */
export const isOperator = (actor: Actor) => actor.kind === 'system' || hasRole(actor, 'platform_admin');

/** The actor for a machine client: no account, no person, no roles; only what routes open to clients allow. */
export const machineClientActor = (client: MachineClient): Actor => ({
  kind: 'client', accountId: null, personId: null, roles: [], postings: [], sessionId: null, actingFor: null, client,
});
