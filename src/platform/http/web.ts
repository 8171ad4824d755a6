// The web front ends (web/, built by Vite into web/dist) served by the same server: hashed assets with long
// caching, and the single-page app's index.html for every other non-API GET, so deep links work. API paths
// that match no route still get the JSON 404. These routes are public: the pages hold no data, the API does.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';

export const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web');
export const WEB_DIST = path.join(WEB_ROOT, 'dist');

/** Paths the SPA never answers: they belong to the API and the operations endpoints. */
const NOT_SPA = /^\/(api|healthz|readyz|metrics)(\/|$)/;

const routeNotFound = () => new AppError({ code: 'platform.route_not_found', status: 404, message: { zh: '没有这个接口', en: 'No such endpoint' } });

/** Serves web/dist when it has been built; returns whether it did (otherwise the plain landing page stays). */
export async function installWeb(app: FastifyInstance, dist = WEB_DIST): Promise<boolean> {
  const indexFile = path.join(dist, 'index.html');
  if (!fs.existsSync(indexFile)) return false;
  const index = fs.readFileSync(indexFile);
  await app.register(fastifyStatic, { root: dist, serve: false });
  const sendIndex = (reply: import('fastify').FastifyReply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);

  app.get('/assets/*', { config: { access: 'public' }, schema: { hide: true } }, (req, reply) => {
    const file = (req.params as { '*': string })['*'];
    if (!/^[\w.-]+$/.test(file) || !fs.existsSync(path.join(dist, 'assets', file))) throw routeNotFound();
    return reply.header('cache-control', 'public, max-age=31536000, immutable').sendFile(`assets/${file}`);
  });
  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, (_req, reply) => sendIndex(reply));
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, (req, reply) => {
    if (NOT_SPA.test(req.url)) throw routeNotFound();
    return sendIndex(reply);
  });
  return true;
}
