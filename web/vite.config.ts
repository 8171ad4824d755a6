// The web front ends (portal, staff workbench, verifier) as one single-page app: the portal's pages are in the
// initial bundle or small lazy chunks; staff routes load their own chunks only when visited.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { BOOT_CHUNKS_ID } from './src/server-state.ts';

/**
 * Writes a Brotli and a gzip copy next to every text file of the build, compressed once at the highest levels,
 * so the server sends them as they are (a phone on a slow network downloads a third of the bytes, and the server
 * spends no CPU compressing per request).
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'tongban-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.ssr ? '' : path.resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      if (!outDir) return; // the server's render bundle is read from disk, not sent
      const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
      for (const file of walk(outDir).filter((f) => /\.(js|css|html|svg|json|txt)$/.test(f))) {
        const body = fs.readFileSync(file);
        fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: 9 }));
      }
    },
  };
}

/**
 * boot.ts loads the app with dynamic imports, one step at a time, after the first paint; it should still fetch
 * every chunk those steps need at once. This lists them in index.html (as JSON, under BOOT_CHUNKS_ID) for boot.ts
 * to preload together once the page is on screen: before that, the page's HTML has the network to itself.
 */
function preloadBootChunks(): Plugin {
  return {
    name: 'tongban-preload-boot-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle || !ctx.chunk) return [];
        const seen = new Set<string>([ctx.chunk.fileName]);
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (!chunk || chunk.type !== 'chunk' || seen.has(fileName)) return;
          seen.add(fileName);
          chunk.imports.forEach(visit);
        };
        ctx.chunk.dynamicImports.forEach(visit);
        ctx.chunk.imports.forEach((f) => seen.delete(f)); // Vite preloads the static imports itself
        seen.delete(ctx.chunk.fileName);
        const list = JSON.stringify([...seen].map((fileName) => `/${fileName}`));
        return [{ tag: 'script', attrs: { type: 'application/json', id: BOOT_CHUNKS_ID }, children: list, injectTo: 'head' as const }];
      },
    },
  };
}

export default defineConfig({
  base: '/',
  plugins: [react(), precompress(), preloadBootChunks()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false, reportCompressedSize: false, chunkSizeWarningLimit: 400 },
  logLevel: 'warn',
});
