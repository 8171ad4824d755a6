// Deny by default: every route declares who may call it in `config.access`. A route without a declaration
// cannot be registered (see installAccessControl), and tests walk every route to prove it.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor, Role } from '../actor.js';
import { AppError, forbidden, unauthenticated } from '../errors.js';

export type Access =
  | 'public' // anyone, signed in or not
  | 'signed-in' // any signed-in account; the service decides about the object
  | { roles: readonly Role[]; clients?: true }; // signed in, holding one of these roles; `clients`: machine clients too

/**
 * What someone acting for another may do here (帮办代办 for a person, 经办人 for an enterprise): the scope their
 * delegation or agent authorisation must hold, per kind; a kind not named is refused. `'self'`: the route is about
 * the signed-in account itself, whoever it acts for. Absent: nobody acting for someone else gets through.
 * Scopes are the identity module's (`delegationScopes`, `agentScopes`); the platform only compares names.
 */
export type Acting = 'self' | { person?: string; enterprise?: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    acting?: Acting;
  }
}

/** Routes that plugins register for us (the API docs viewer): public reference material. */
const PLUGIN_ROUTE_PREFIXES = ['/api/docs'];

export interface RouteDeclaration {
  method: string;
  url: string;
  access: Access | undefined;
  acting: Acting | undefined;
  /** The route's declared answers by status (the contract test reads them) and whether it is left out of the API document. */
  response: Record<string, unknown> | undefined;
  hidden: boolean;
}

/** Records every route with its declaration; refuses undeclared ones at registration time. */
export function installAccessControl(app: FastifyInstance, registry: RouteDeclaration[]): void {
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { access?: Access };
    if (config.access === undefined && PLUGIN_ROUTE_PREFIXES.some((p) => route.url.startsWith(p))) {
      route.config = { ...config, access: 'public' };
    }
    const { access, acting } = (route.config ?? {}) as { access?: Access; acting?: Acting };
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const schema = route.schema as { response?: Record<string, unknown>; hide?: boolean } | undefined;
    for (const method of methods) registry.push({ method, url: route.url, access, acting, response: schema?.response, hidden: schema?.hide === true });
    if (access === undefined) {
      throw new Error(`Route ${methods.join(',')} ${route.url} declares no access: add config.access (deny by default)`);
    }
  });
}

/** Whether the actor may call a route with this declaration. */
export function isAllowed(access: Access | undefined, actor: Actor): 'ok' | 'unauthenticated' | 'forbidden' {
  if (access === undefined) return 'forbidden';
  if (access === 'public') return 'ok';
  // A machine client reaches only the routes opened to clients, whatever else they allow.
  if (actor.kind === 'client') return typeof access === 'object' && access.clients === true ? 'ok' : 'forbidden';
  if (actor.kind !== 'account') return 'unauthenticated';
  if (access === 'signed-in') return 'ok';
  return actor.roles.some((r) => access.roles.includes(r)) ? 'ok' : 'forbidden';
}

/**
 * Whether someone acting for another may call a route with this declaration: the one place delegation and agent
 * scopes are enforced. Public routes give an actor nothing they would not have alone, so acting does not matter.
 * Services still check the object (whose case, whose certificate) through their module's policy.
 */
export function isAllowedActing(access: Access | undefined, acting: Acting | undefined, actor: Actor): 'ok' | { missing: string | null } {
  const on = actor.actingFor;
  if (!on || access === 'public' || acting === 'self') return 'ok';
  const needed = acting?.[on.kind];
  if (needed === undefined) return { missing: null };
  return on.scopes.includes(needed) ? 'ok' : { missing: needed };
}

export function enforceAccess(req: FastifyRequest, actor: Actor): void {
  if (req.routeOptions.url === undefined) return; // no such route: the not-found handler answers 404
  const { access, acting } = (req.routeOptions.config ?? {}) as { access?: Access; acting?: Acting };
  const verdict = isAllowed(access, actor);
  if (verdict === 'unauthenticated') throw unauthenticated();
  if (verdict === 'forbidden') throw forbidden();
  const actingVerdict = isAllowedActing(access, acting, actor);
  if (actingVerdict !== 'ok') throw actingScopeMissing(actingVerdict.missing);
}

/** Someone acting for another tried what their authorisation does not cover (or what nobody may do for another). */
export const actingScopeMissing = (scope: string | null) => new AppError({
  code: 'platform.acting_scope_missing', status: 403,
  message: scope
    ? { zh: `您的授权不包含此操作所需的范围（${scope}），请由本人办理或请其扩大授权`, en: `Your authorisation does not include the scope this needs (${scope}); ask the person to do it or to widen it` }
    : { zh: '此操作只能由本人办理，不能代办', en: 'Only the person themself can do this; it cannot be done on their behalf' },
});

export const csrfRejected = () => new AppError({
  code: 'platform.csrf_rejected', status: 403,
  message: { zh: '请求缺少有效的防伪令牌（CSRF），请刷新页面后重试', en: 'The request lacks a valid CSRF token; reload the page and try again' },
});
