// The modules one Tongban is made of. Each declares itself once: its routes and the jobs and event handlers it
// registers on the platform. Order matters only for readability.
import type { FastifyPluginAsync } from 'fastify';
import type { Platform } from '../platform/context.js';
import { calendarEvents } from '../platform/calendar-events.js';
import { calendarRoutes } from '../platform/calendar-routes.js';
import type { EventSchemas } from '../platform/events.js';
import { casesEvents, casesRoutes, registerCases } from './cases/index.js';
import { catalogEvents, catalogRoutes } from './catalog/index.js';
import { certificatesEvents, certificatesRoutes } from './certificates/index.js';
import { directoryEvents, directoryRoutes } from './directory/index.js';
import { exchangeEvents, exchangeRoutes, registerDataAccessNamesOfExchange, registerRealNameRegistryOfExchange } from './exchange/index.js';
import { feedbackEvents, feedbackRoutes } from './feedback/index.js';
import { appointmentsEvents, appointmentsRoutes } from './appointments/index.js';
import { filesRoutes } from './files/index.js';
import { identityEvents, identityRoutes } from './identity/index.js';
import { notifyRoutes, registerNotify } from './notify/index.js';
import { policiesEvents, policiesRoutes, registerPolicies } from './policies/index.js';

export interface TongbanModule {
  name: string;
  routes: FastifyPluginAsync<{ platform: Platform }>;
  /** The events it emits (its events.ts): name → payload schema. Declared before any module subscribes. */
  events?: EventSchemas;
  /** Job handlers and event subscriptions, registered before the server starts. */
  register?(platform: Platform): void;
}

export const modules: TongbanModule[] = [
  { name: 'identity', routes: identityRoutes, events: identityEvents },
  { name: 'directory', routes: directoryRoutes, events: directoryEvents },
  { name: 'calendar', routes: calendarRoutes, events: calendarEvents },
  { name: 'catalog', routes: catalogRoutes, events: catalogEvents },
  { name: 'certificates', routes: certificatesRoutes, events: certificatesEvents },
  { name: 'cases', routes: casesRoutes, events: casesEvents, register: registerCases },
  { name: 'appointments', routes: appointmentsRoutes, events: appointmentsEvents },
  { name: 'feedback', routes: feedbackRoutes, events: feedbackEvents },
  { name: 'notify', routes: notifyRoutes, register: registerNotify },
  { name: 'files', routes: filesRoutes },
  { name: 'exchange', routes: exchangeRoutes, events: exchangeEvents, register: () => { registerRealNameRegistryOfExchange(); registerDataAccessNamesOfExchange(); } },
  { name: 'policies', routes: policiesRoutes, events: policiesEvents, register: registerPolicies },
];
