// The modules one Tongban is made of. Each declares itself once: its routes and the jobs and event handlers it
// registers on the platform. Order matters only for readability.
import type { FastifyPluginAsync } from 'fastify';
import type { Platform } from '../platform/context.js';
import { directoryRoutes } from './directory/index.js';
import { identityRoutes } from './identity/index.js';

export interface TongbanModule {
  name: string;
  routes: FastifyPluginAsync<{ platform: Platform }>;
  /** Job handlers and event subscriptions, registered before the server starts. */
  register?(platform: Platform): void;
}

export const modules: TongbanModule[] = [
  { name: 'identity', routes: identityRoutes },
  { name: 'directory', routes: directoryRoutes },
];
