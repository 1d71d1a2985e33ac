import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The console: built into web/dist, which the service serves at / (src/console). No React
 * plugin: Vite 8's own transformer compiles JSX with the automatic runtime; the dev server is
 * not used (the journeys run against the real service), so fast refresh is not needed.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Fonts stay files, never inlined as data: URLs.
    assetsInlineLimit: 0,
    // The budget that matters is the first load's compressed JavaScript (300 KB), measured by bench:console.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      onwarn(warning, warn) {
        // React libraries mark their modules "use client" for server components; a browser bundle needs no such mark.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    css: false,
  },
});
