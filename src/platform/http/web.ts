// The web front ends (web/, built by Vite into web/dist) served by the same server: hashed assets with long
// caching, sent in the Brotli or gzip copy made at build time, and the single-page app's index.html for every
// other non-API GET, so deep links work. Home, search results and service guides come rendered by the server
// (web/src/entry-server.tsx) with the public data they show: readable before any script runs. API paths that
// match no route still get the JSON 404. These routes are public: the pages hold no personal data, the API does.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

export const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web');
export const WEB_DIST = path.join(WEB_ROOT, 'dist');
/** The server's render bundle: beside the browser's build, never served (only dist/assets is). */
export const WEB_SERVER_DIST = path.join(WEB_DIST, 'server');

/** Paths the SPA never answers: they belong to the API and the operations endpoints. */
const NOT_SPA = /^\/(api|healthz|readyz|metrics)(\/|$)/;

const routeNotFound = () => new AppError({ code: 'platform.route_not_found', status: 404, message: { zh: '没有这个接口', en: 'No such endpoint' } });

type ServerGet = (url: string) => Promise<{ status: number; body: unknown }>;

/** What web/src/entry-server.tsx exports. */
interface PageRenderer {
  SERVER_STATE_ID: string;
  renderPage(url: URL, prefs: { lang: 'zh' | 'en'; elder: boolean }, get: ServerGet): Promise<{ html: string; state: unknown; title: string | null; status?: number } | null>;
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** An HTML page compressed as the browser accepts (pages differ by cookie, so they are compressed per request). */
async function sendHtml(req: FastifyRequest, reply: FastifyReply, html: string) {
  const accepts = String(req.headers['accept-encoding'] ?? '');
  reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'accept-encoding, cookie');
  if (html.length < 1024) return reply.send(html);
  if (/\bbr\b/.test(accepts)) return reply.header('content-encoding', 'br').send(await brotli(html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }));
  if (/\bgzip\b/.test(accepts)) return reply.header('content-encoding', 'gzip').send(await gzip(html, { level: 6 }));
  return reply.send(html);
}

/** JSON inside a <script> element: nothing in it may close the element. */
const scriptSafeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Serves web/dist when it has been built; returns whether it did (otherwise the plain landing page stays). */
export async function installWeb(app: FastifyInstance, dist = WEB_DIST): Promise<boolean> {
  const indexFile = path.join(dist, 'index.html');
  if (!fs.existsSync(indexFile)) return false;
  // The stylesheet (a few KB compressed) goes inside the page: one round trip fewer before a slow phone can paint.
  const template = fs.readFileSync(indexFile, 'utf8').replace(/<link rel="stylesheet"[^>]*href="\/(assets\/[\w.-]+\.css)">/g,
    (_tag, file: string) => `<style>${fs.readFileSync(path.join(dist, file), 'utf8').replaceAll('</style', '<\\/style')}</style>`);
  const serverEntry = path.join(dist, 'server', 'entry-server.js');
  const renderer = fs.existsSync(serverEntry) ? (await import(pathToFileURL(serverEntry).href)) as PageRenderer : null;
  // The server's render asks the API as an anonymous caller would: only public data reaches the page.
  const get: ServerGet = async (url) => {
    const res = await app.inject({ method: 'GET', url, headers: { accept: 'application/json' } });
    return { status: res.statusCode, body: res.body ? JSON.parse(res.body) as unknown : null };
  };
  await app.register(fastifyStatic, { root: dist, serve: false, preCompressed: true });

  const sendPage = async (req: FastifyRequest, reply: FastifyReply) => {
    const lang = req.cookies.tongban_lang === 'en' ? 'en' : 'zh';
    const elder = req.cookies.tongban_elder === '1';
    const page = renderer && await renderer.renderPage(new URL(req.url, 'http://localhost'), { lang, elder }, get).catch((err: unknown) => {
      req.log.warn({ err }, 'server render failed; the browser draws the page'); // the page still works: its script renders it
      return null;
    });
    // Function replacers only: the page holds what people typed (a search for `$'` or `$&`), which a replacement
    // string would read as a pattern and splice the template into the page.
    let html = template.replace('<html lang="zh-CN">', () => `<html lang="${lang === 'en' ? 'en' : 'zh-CN'}"${elder ? ' class="elder"' : ''}>`);
    if (page) {
      if (page.title) html = html.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title!)}</title>`);
      if (page.status === 404) reply.code(404); // a guide for an item that does not exist is not found, script or none
      html = html.replace('<div id="root"></div>',
        () => `<div id="root">${page.html}</div><script type="application/json" id="${renderer.SERVER_STATE_ID}">${scriptSafeJson(page.state)}</script>`);
    }
    return sendHtml(req, reply, html);
  };

  app.get('/assets/*', { config: { access: 'public' }, schema: { hide: true } }, (req, reply) => {
    const file = (req.params as { '*': string })['*'];
    if (!/^[\w.-]+$/.test(file) || !fs.existsSync(path.join(dist, 'assets', file))) throw routeNotFound();
    return reply.sendFile(`assets/${file}`, { maxAge: '365d', immutable: true }); // names carry the content's hash
  });
  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, sendPage);
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, (req, reply) => {
    if (NOT_SPA.test(req.url)) throw routeNotFound();
    return sendPage(req, reply);
  });
  return true;
}
