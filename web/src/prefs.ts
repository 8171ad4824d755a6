// The reader's display preferences: the elder-friendly mode (适老化, a class on <html>) and the language. Each is
// kept in the browser and mirrored in a cookie, so the server renders a page the way the reader left it and
// nothing jumps when the script takes over.
import { useSyncExternalStore } from 'react';

const ELDER_KEY = 'tongban.elder';
export const ELDER_COOKIE = 'tongban_elder';
export const LANG_COOKIE = 'tongban_lang';
const YEAR_S = 365 * 24 * 3600;
const listeners = new Set<() => void>();
const inBrowser = typeof document !== 'undefined';

/** Mirrors a preference in a cookie the server reads when it renders a page (not sent anywhere else). */
export function rememberForServer(cookie: string, value: string): void {
  if (inBrowser) document.cookie = `${cookie}=${value}; Path=/; Max-Age=${YEAR_S}; SameSite=Lax`;
}

export function applyElder(on: boolean): void {
  document.documentElement.classList.toggle('elder', on);
}

/** Set by the server's render for the page it is rendering; the browser reads its own storage. */
let serverElder = false;
export function renderingElder(on: boolean): void {
  serverElder = on;
}

export const elderMode = {
  get: () => (typeof localStorage === 'undefined' ? serverElder : localStorage.getItem(ELDER_KEY) === '1'),
  set(on: boolean) {
    localStorage.setItem(ELDER_KEY, on ? '1' : '0');
    rememberForServer(ELDER_COOKIE, on ? '1' : '0');
    applyElder(on);
    listeners.forEach((l) => l());
  },
  subscribe(l: () => void) {
    listeners.add(l);
    return () => listeners.delete(l);
  },
};

export const useElder = () => useSyncExternalStore(elderMode.subscribe, elderMode.get, elderMode.get);
