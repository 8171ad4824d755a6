// The server's render of the pages people arrive at from outside (home, search results, service guides): the
// page as HTML, with the public data it shows, so a phone on a slow network reads it before any script has run,
// and it works with no script at all (数字鸿沟). Built by Vite as a library the server imports.
import { dehydrate } from '@tanstack/react-query';
import { prerender } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { App, newQueryClient } from './App';
import i18n from './i18n';
import { renderingElder } from './prefs';
import { serverRenderedQueries } from './queries';
import { routes } from './routes';
import { SERVER_STATE_ID } from './server-state';

export { SERVER_STATE_ID };

/** How the server answers a GET of its own API (as an anonymous caller: only public data reaches a page). */
export type ServerGet = (url: string) => Promise<{ status: number; body: unknown }>;

export interface RenderedPage {
  /** The markup inside the root element. */
  html: string;
  /** The queries the page showed, for the browser's first render (TanStack Query's dehydrated state). */
  state: unknown;
  /** The document title, from the page's heading as the browser would set it. */
  title: string | null;
  /** 404 when the page is about something that does not exist (a guide for an unknown item); otherwise 200. */
  status: 200 | 404;
}

const handler = createStaticHandler(routes);
/** A path no route but the catch-all matches: rendered in place of a page whose subject does not exist. */
const NOT_FOUND_PATH = '/not-found';
const RENDER_TIMEOUT_MS = 5_000;

// The language and the display mode are process-wide (i18next's instance, the mode store): pages are rendered one
// at a time. A render takes a few milliseconds; the data is fetched before a page takes its turn.
let turn: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(render: () => Promise<T>): Promise<T> {
  const mine = turn.then(render, render);
  turn = mine.catch(() => undefined);
  return mine;
}

const headingText = (html: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '').trim() || null;

/** Renders the page at `url`, or null when it is not one the server renders (the browser draws those). */
export async function renderPage(url: URL, prefs: { lang: 'zh' | 'en'; elder: boolean }, get: ServerGet): Promise<RenderedPage | null> {
  const queries = serverRenderedQueries(url.pathname, url.searchParams);
  if (!queries) return null;
  const queryClient = newQueryClient();
  // A query that fails is left out: the browser asks again and shows its own error. One the API answers 404 (the
  // item or life event does not exist) makes the whole page the not-found page, with its status: a search engine or
  // a link checker must not see "loading" with 200.
  let missing = false;
  await Promise.all(queries.map((q) => queryClient.prefetchQuery({
    queryKey: q.queryKey,
    queryFn: async () => {
      const { status, body } = await get(`/api/v1${String(q.meta?.path)}`);
      if (status === 404) missing = true;
      if (status !== 200) throw new Error(`GET ${String(q.meta?.path)}: ${status}`);
      return body;
    },
  })));
  const context = await handler.query(new Request(missing ? new URL(NOT_FOUND_PATH, url).href : url.href));
  if (context instanceof Response) return null;
  return oneAtATime(async () => {
    await i18n.changeLanguage(prefs.lang);
    renderingElder(prefs.elder);
    const router = createStaticRouter(handler.dataRoutes, context);
    const { prelude } = await prerender(
      <App queryClient={queryClient}><StaticRouterProvider router={router} context={context} hydrate={false} /></App>,
      { signal: AbortSignal.timeout(RENDER_TIMEOUT_MS) },
    );
    const html = await new Response(prelude).text();
    const heading = headingText(html);
    return { html, state: dehydrate(queryClient), title: heading && `${heading} · ${i18n.t('brandShort')}`, status: missing ? 404 : 200 };
  });
}
