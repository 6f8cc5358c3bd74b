import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The page is built into dist/page, which `whosaid serve` serves.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/page', import.meta.url)),
    emptyOutDir: true,
    // No inline scripts or data: modules, so the server's strict Content-Security-Policy holds.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
