import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/app/query-client';
import { AppRouter } from '@/app/router';
import { config } from '@/config/env';

async function start(): Promise<void> {
  // The mock API is imported only when enabled, so a build for a real server ships no mock code.
  if (config.useMocks) {
    const { startMockWorker } = await import('@mocks/browser');
    await startMockWorker();
  }
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const queryClient = createQueryClient();
  createRoot(container).render(
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <AppRouter queryClient={queryClient} />
      </AppProvider>
    </StrictMode>,
  );
}

void start();
