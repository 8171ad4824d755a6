// Deny by default: every route declares who may call it in `config.access`. A route without a declaration
// cannot be registered (see installAccessControl), and tests walk every route to prove it.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor, Role } from '../actor.js';
import { AppError, forbidden, unauthenticated } from '../errors.js';

export type Access =
  | 'public' // anyone, signed in or not
  | 'signed-in' // any signed-in account; the service decides about the object
  | { roles: readonly Role[]; clients?: true }; // signed in, holding one of these roles; `clients`: machine clients too

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}

/** Routes that plugins register for us (the API docs viewer): public reference material. */
const PLUGIN_ROUTE_PREFIXES = ['/api/docs'];

export interface RouteDeclaration {
  method: string;
  url: string;
  access: Access | undefined;
}

/** Records every route with its declaration; refuses undeclared ones at registration time. */
export function installAccessControl(app: FastifyInstance, registry: RouteDeclaration[]): void {
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { access?: Access };
    if (config.access === undefined && PLUGIN_ROUTE_PREFIXES.some((p) => route.url.startsWith(p))) {
      route.config = { ...config, access: 'public' };
    }
    const access = (route.config as { access?: Access } | undefined)?.access;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) registry.push({ method, url: route.url, access });
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

export function enforceAccess(req: FastifyRequest, actor: Actor): void {
  if (req.routeOptions.url === undefined) return; // no such route: the not-found handler answers 404
  const access = (req.routeOptions.config as { access?: Access } | undefined)?.access;
  const verdict = isAllowed(access, actor);
  if (verdict === 'unauthenticated') throw unauthenticated();
  if (verdict === 'forbidden') throw forbidden();
}

export const csrfRejected = () => new AppError({
  code: 'platform.csrf_rejected', status: 403,
  message: { zh: '请求缺少有效的防伪令牌（CSRF），请刷新页面后重试', en: 'The request lacks a valid CSRF token; reload the page and try again' },
});
