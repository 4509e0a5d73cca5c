// First: against a real server this sends the session request while the rest of the code loads.
import '@/features/session/api/early-session';
import './app/mantine.css';
import './app/global.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setNonce } from 'get-nonce';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/app/query-client';
import { AppRouter, createAppRouter } from '@/app/router';
import { readCspNonce } from '@/lib/csp-nonce';

async function start(): Promise<void> {
  const styleNonce = readCspNonce();
  // Mantine's modals lock scrolling with react-remove-scroll, which injects a <style> through get-nonce.
  if (styleNonce) setNonce(styleNonce);
  // Written out here (not read from config) so Vite folds it at build time: a build for a real
  // server (VITE_USE_MOCKS=false) then drops this branch and ships no mock code at all.
  if (import.meta.env.VITE_USE_MOCKS !== 'false') {
    const { startMockWorker } = await import('@mocks/browser');
    await startMockWorker();
  }
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient);
  const root = createRoot(container);
  // Rendered as a transition, the first render runs in short slices instead of one long task
  // after the script's own evaluation: input (and Lighthouse's blocking time) is not held up.
  startTransition(() =>
    root.render(
      <StrictMode>
        <AppProvider queryClient={queryClient} styleNonce={styleNonce}>
          <AppRouter router={router} />
        </AppProvider>
      </StrictMode>,
    ),
  );
}

void start();
