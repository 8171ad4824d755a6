// The browser's first script. The server has already drawn the page: let the phone paint it first, then fetch
// every chunk at once and take the page over in several short steps rather than one long one, so it never stops
// answering taps for long (a slow phone spends hundreds of milliseconds evaluating a framework).
import { BOOT_CHUNKS_ID } from './server-state';
import './styles.css';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
// A tab opened in the background paints no frames: it starts anyway, a moment later.
const afterPaint = () => new Promise<void>((resolve) => {
  requestAnimationFrame(() => setTimeout(resolve, 0));
  setTimeout(resolve, 500);
});

await afterPaint();
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
await import('./main');
