// The browser's first script. The server has already drawn the page: let the phone paint it first, then take it
// over in several short steps rather than one long one, so the page never stops answering taps for long (a
// slow phone spends hundreds of milliseconds evaluating a framework). The chunks themselves are fetched at once,
// in parallel, from the modulepreload links in index.html.
import './styles.css';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

await afterPaint();
await import('react-dom/client');
await nextTask();
await import('./i18n');
await nextTask();
const { preloadPage } = await import('./routes');
void preloadPage(location.pathname); // the page's own chunk, fetched while the rest is evaluated
await nextTask();
await import('./main');
