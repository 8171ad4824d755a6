// The app in the browser (loaded by boot.ts). Home, search results and guides arrive already rendered by the
// server, with the data they show: the script takes over that page (hydrates it) instead of drawing it again,
// in a transition, so React yields to the browser while it works. Other pages start empty.
import { hydrate } from '@tanstack/react-query';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { App, newQueryClient } from './App';
import './i18n';
import { applyElder, ELDER_COOKIE, elderMode, rememberForServer } from './prefs';
import { preloadPage, routes } from './routes';
import { SERVER_STATE_ID } from './server-state';

applyElder(elderMode.get());
rememberForServer(ELDER_COOKIE, elderMode.get() ? '1' : '0');
const queryClient = newQueryClient();
const state = document.getElementById(SERVER_STATE_ID)?.textContent;
if (state) hydrate(queryClient, JSON.parse(state));

const root = document.getElementById('root')!;
const app = <App queryClient={queryClient}><RouterProvider router={createBrowserRouter(routes)} /></App>;

async function start(): Promise<void> {
  if (!root.hasChildNodes()) {
    createRoot(root).render(app);
    return;
  }
  // The page's own chunk first: hydrating while it is still loading would redraw the page when it arrives.
  await preloadPage(location.pathname);
  // A page the server drew differently (a preference changed since) is drawn again by the browser: not an error.
  startTransition(() => {
    hydrateRoot(root, app, { onRecoverableError: (error) => console.warn('[hydration]', error) });
  });
}

/** Settles once React has the page (events on it from then on are React's to handle or replay). */
export const started = start();
