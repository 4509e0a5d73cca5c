/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { readBaseUrl, readUseMocks } from './src/config/read-env';

const mockApiPort = Number(process.env.MOCK_API_PORT ?? 8787);

/**
 * A build for a real server asks for the session from the page's <head>: every signed-in page
 * waits for it, and this way it travels while the first chunk downloads instead of after it has
 * been evaluated. src/features/session/api/early-session.ts then receives the preloaded answer
 * (same URL, credentials and mode). The demo build has no server to ask until its mock worker
 * runs, so it gets no preload.
 */
function preloadSession(): Plugin {
  let sessionUrl: string | undefined;
  return {
    name: 'engcode:preload-session',
    configResolved(resolved) {
      // The .env files with the process's own VITE_ variables over them, as the console reads them.
      const env = resolved.env as Record<string, string | undefined>;
      const serverBuild = resolved.command === 'build' && !readUseMocks(env.VITE_USE_MOCKS);
      sessionUrl = serverBuild ? `${readBaseUrl(env.VITE_API_BASE_URL)}/session` : undefined;
    },
    transformIndexHtml() {
      if (!sessionUrl) return [];
      return [{ tag: 'link', attrs: { rel: 'preload', href: sessionUrl, as: 'fetch', crossorigin: 'use-credentials' }, injectTo: 'head-prepend' }];
    },
  };
}

/**
 * React Router's package exports only its development build (ENABLE_DEV_WARNINGS on: route
 * checks and their messages on every render); its production build sits beside it, unexported.
 * Builds take that one; tests and the dev server keep the warnings.
 */
const reactRouterProduction = [
  { find: /^react-router$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)) },
  { find: /^react-router\/dom$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/dom-export.mjs', import.meta.url)) },
];

export default defineConfig(({ command }) => ({
  plugins: [react(), preloadSession()],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      { find: '@mocks', replacement: fileURLToPath(new URL('./mocks', import.meta.url)) },
      ...(command === 'build' ? reactRouterProduction : []),
    ],
  },
  server: { port: 5173, strictPort: true },
  // Every script and style tag of index.html gets this nonce placeholder, and a
  // <meta property="csp-nonce">; the web server replaces it per request (deploy/nginx/).
  html: { cspNonce: '__CSP_NONCE__' },
  // `vite preview` can sit in front of `npm run mock-api` so the console and the API share one
  // origin, as they do in production (the session cookie is SameSite=Strict). `/api/` with its
  // slash: the console's own page `/api-reference` must not be proxied.
  preview: {
    port: 4173,
    strictPort: true,
    proxy: { '/api/': { target: `http://127.0.0.1:${mockApiPort}`, changeOrigin: false } },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    chunkSizeWarningLimit: 900,
    // A lazy chunk's imports are preloaded with it (<link rel=modulepreload>, added by Vite's
    // helper), so a page's code arrives in one round trip instead of one per level of imports:
    // the consent page's figures waited for their own chunk before asking for Recharts.
    // bench:consent, median of seven: 1,495 -> 1,270 ms to interactive charts (JavaScript done
    // 790 -> 668 ms). Lighthouse mobile, median of three alternating runs, unchanged within noise
    // (overview 85 -> 87, DSAR queue 72 -> 72, consent 68 -> 68). It was off (17abe95) while a
    // page had up to 57 chunks and the links cost about what they saved; since chunks under
    // 20 KB are copied into their importers (below), a page has a handful. Every browser the
    // console supports has modulepreload: no polyfill.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the entry imports statically goes into one chunk of its own. Left to itself
        // the bundler merges small modules the first page needs (a Mantine hook, its direction
        // provider) into shared chunks of code only later pages need (ScrollArea, Floating UI),
        // and every first visit then downloads those too (scripts/check-size.mjs).
        // Recharts and its dependencies in one chunk too: split by chart type they were a dozen
        // requests the consent page waited for one after another (six connections per host over
        // HTTP/1.1), for code every page with a chart needs anyway.
        codeSplitting: {
          // Small chunks shared by a few pages are copied into each of them instead: the DSAR
          // queue needed 57 chunks six levels deep (each level a round trip before the next
          // could start), now 8 and one level. Lighthouse mobile, median of three alternating
          // runs: DSAR queue 59 -> 70, consent 53 -> 62, overview 69 -> 71; the overview's first
          // visit grows by 9 KiB of copies and of the strict execution order this needs.
          experimentalInlineCommonChunks: { maxSize: 20_000 },
          groups: [
            { name: 'app', tags: ['$initial'] },
            { name: 'charts', test: /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|decimal\.js-light|@reduxjs|redux|reselect|immer|es-toolkit|eventemitter3|tiny-invariant|use-sync-external-store|react-redux|internmap)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./tests/setup/vitest.setup.ts'],
    globalSetup: ['./tests/setup/contract-coverage.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'tests/{integration,contract,unit}/**/*.test.{ts,tsx}'],
    css: false,
    testTimeout: 20000,
    hookTimeout: 60000,
    pool: 'forks',
    // Vitest's default on 2 cores is one worker (cores - 1); the jsdom suites are CPU-bound and
    // the machine has nothing else to do while they run, so use both.
    maxWorkers: 2,
    restoreMocks: true,
  },
}));
