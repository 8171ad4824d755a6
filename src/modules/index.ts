// The modules one Tongban is made of. Each declares itself once: its routes and the jobs and event handlers it
// registers on the platform. Order matters only for readability.
import type { FastifyPluginAsync } from 'fastify';
import type { Platform } from '../platform/context.js';
import { calendarRoutes } from '../platform/calendar-routes.js';
import { casesRoutes, registerCases } from './cases/index.js';
import { catalogRoutes } from './catalog/index.js';
import { certificatesRoutes } from './certificates/index.js';
import { directoryRoutes } from './directory/index.js';
import { exchangeRoutes, registerRealNameRegistryOfExchange } from './exchange/index.js';
import { feedbackRoutes } from './feedback/index.js';
import { filesRoutes } from './files/index.js';
import { identityRoutes } from './identity/index.js';
import { notifyRoutes, registerNotify } from './notify/index.js';
import { policiesRoutes, registerPolicies } from './policies/index.js';

export interface TongbanModule {
  name: string;
  routes: FastifyPluginAsync<{ platform: Platform }>;
  /** Job handlers and event subscriptions, registered before the server starts. */
  register?(platform: Platform): void;
}

export const modules: TongbanModule[] = [
  { name: 'identity', routes: identityRoutes },
  { name: 'directory', routes: directoryRoutes },
  { name: 'calendar', routes: calendarRoutes },
  { name: 'catalog', routes: catalogRoutes },
  { name: 'certificates', routes: certificatesRoutes },
  { name: 'cases', routes: casesRoutes, register: registerCases },
  { name: 'feedback', routes: feedbackRoutes },
  { name: 'notify', routes: notifyRoutes, register: registerNotify },
  { name: 'files', routes: filesRoutes },
  { name: 'exchange', routes: exchangeRoutes, register: registerRealNameRegistryOfExchange },
  { name: 'policies', routes: policiesRoutes, register: registerPolicies },
];
