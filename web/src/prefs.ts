// The elder-friendly mode (适老化): a class on <html>, remembered in the browser.
import { useSyncExternalStore } from 'react';

const KEY = 'tongban.elder';
const listeners = new Set<() => void>();

export function applyElder(on: boolean): void {
  document.documentElement.classList.toggle('elder', on);
}

export const elderMode = {
  get: () => localStorage.getItem(KEY) === '1',
  set(on: boolean) {
    localStorage.setItem(KEY, on ? '1' : '0');
    applyElder(on);
    listeners.forEach((l) => l());
  },
  subscribe(l: () => void) {
    listeners.add(l);
    return () => listeners.delete(l);
  },
};

export const useElder = () => useSyncExternalStore(elderMode.subscribe, elderMode.get);
