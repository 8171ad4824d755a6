/// <reference types="vite/client" />
// Chinese first, English complete: every text on screen comes from locales/*.json. The choice persists.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import zh from './locales/zh.json';
import type { Bilingual } from './api';
import { LANG_COOKIE, rememberForServer } from './prefs';

// Each area of the app may keep its texts in its own folder (locales/<area>/zh.json, en.json) with top-level
// namespaces of its own; they join the core files here.
type Messages = Record<string, unknown>;
const areaFiles = import.meta.glob<Messages>('./locales/*/*.json', { eager: true, import: 'default' });
const withAreas = (core: Messages, lang: string): Messages => Object.assign({}, core,
  ...Object.entries(areaFiles).filter(([file]) => file.endsWith(`/${lang}.json`)).map(([, messages]) => messages));

const LANG_KEY = 'tongban.lang';
const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(LANG_KEY);

void i18n.use(initReactI18next).init({
  resources: { zh: { translation: withAreas(zh, 'zh') }, en: { translation: withAreas(en, 'en') } },
  lng: stored === 'en' ? 'en' : 'zh',
  fallbackLng: 'zh',
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
  initAsync: false, // the resources are bundled: ready before the first render, on the server too
});

const htmlLang = (lng: string) => (lng === 'en' ? 'en' : 'zh-CN');
if (typeof document !== 'undefined') {
  document.documentElement.lang = htmlLang(i18n.language);
  rememberForServer(LANG_COOKIE, i18n.language);
  i18n.on('languageChanged', (lng) => {
    localStorage.setItem(LANG_KEY, lng);
    rememberForServer(LANG_COOKIE, lng);
    document.documentElement.lang = htmlLang(lng);
  });
}

/** The text of a bilingual value from the server in the current language. */
export function pick(value: Bilingual | string | null | undefined): string {
  if (!value) return '';
  if (typeof value === 'string') return value;
  return i18n.language === 'en' ? value.en : value.zh;
}

/** Catalog form titles are written "中文 English": the part in the current language. */
export function pickTitle(title: string | undefined, fallback: string): string {
  if (!title) return fallback;
  const m = /^(.*?[^\x20-\x7e])\s+([A-Za-z].*)$/.exec(title);
  if (!m) return title;
  return i18n.language === 'en' ? m[2]! : m[1]!;
}

export default i18n;
