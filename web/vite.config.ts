// The web front ends (portal, staff workbench, verifier) as one single-page app: the portal's pages are in the
// initial bundle or small lazy chunks; staff routes load their own chunks only when visited.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false, reportCompressedSize: false, chunkSizeWarningLimit: 400 },
  logLevel: 'warn',
});
