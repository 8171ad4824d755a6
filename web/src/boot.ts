// The browser's first script. The server has already drawn the page. A visitor who is not signed in can read it,
// follow its links and search with no script at all, so the app is fetched only when they first reach for
// something (a tap, a key, focus): a phone on a slow or metered network spends nothing on a page that is only
// read. Everyone else gets it once the page is painted. Either way the chunks are fetched together and the page
// is taken over in several short steps rather than one long one, so it never stops answering taps for long.
import { BOOT_CHUNKS_ID } from './server-state';
import './styles.css';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
// A tab opened in the background paints no frames: it starts anyway, a moment later.
const afterPaint = () => new Promise<void>((resolve) => {
  requestAnimationFrame(() => setTimeout(resolve, 0));
  setTimeout(resolve, 500);
});
const INTERACTIONS = ['pointerdown', 'keydown', 'touchstart', 'focusin'] as const;
const firstInteraction = () => new Promise<void>((resolve) => {
  const go = () => {
    INTERACTIONS.forEach((type) => removeEventListener(type, go, true));
    resolve();
  };
  INTERACTIONS.forEach((type) => addEventListener(type, go, { capture: true, passive: true }));
});

const serverRendered = !!document.getElementById('root')?.hasChildNodes();
const signedIn = /(?:^|;\s*)tongban_csrf=/.test(document.cookie);

// A button pressed before the app is there (the elder-mode toggle, the language switch) is pressed again for it.
let pressedEarly: HTMLElement | null = null;
const holdPress = (e: MouseEvent) => {
  const button = (e.target as Element | null)?.closest('button');
  if (!button) return; // links and the search form work without the app
  pressedEarly = button;
  e.preventDefault();
  e.stopPropagation();
};
addEventListener('click', holdPress, true);

await (serverRendered && !signedIn ? firstInteraction() : afterPaint());
for (const href of JSON.parse(document.getElementById(BOOT_CHUNKS_ID)?.textContent ?? '[]') as string[]) {
  document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href, crossOrigin: '' }));
}
await import('react-dom/client');
await nextTask();
await import('./i18n');
await nextTask();
const { preloadPage } = await import('./routes');
void preloadPage(location.pathname); // the page's own chunk, fetched while the rest is evaluated
await nextTask();
const { started } = await import('./main');
await started;
removeEventListener('click', holdPress, true);
(pressedEarly as HTMLElement | null)?.click();
