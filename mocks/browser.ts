import { setupWorker } from 'msw/browser';
import { persistSessionsIn, runLongWorkInSlices } from './db';
import { handlers } from './handlers';
import { isScenarioName, setScenario } from './scenario';

const SCENARIO_KEY = 'engcode.mock-scenario';
/** A little latency so loading states are seen as users of a real server would see them. */
const BROWSER_LATENCY_MS = 150;

function chooseScenario(): void {
  const fromUrl = new URL(window.location.href).searchParams.get('scenario');
  if (isScenarioName(fromUrl)) sessionStorage.setItem(SCENARIO_KEY, fromUrl);
  const chosen = sessionStorage.getItem(SCENARIO_KEY);
  setScenario(isScenarioName(chosen) ? chosen : 'default', BROWSER_LATENCY_MS);
}

/** Starts the in-browser mock API (the default backend of `npm start`). */
export async function startMockWorker(): Promise<void> {
  chooseScenario();
  persistSessionsIn(sessionStorage);
  runLongWorkInSlices(true);
  const worker = setupWorker(...handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
