/**
 * The mock API as a real HTTP server on 127.0.0.1, for curl, other tools and the end-to-end test
 * that runs the console against a server instead of in-browser mocks:
 *   npm run mock-api            (MOCK_API_PORT=8787, MOCK_SCENARIO=default|empty|slow|failing|large)
 */
import { createServer } from '@mswjs/http-middleware';
import { handlers } from './handlers';
import { isScenarioName, setScenario } from './scenario';

const port = Number(process.env.MOCK_API_PORT ?? 8787);
const scenario = process.env.MOCK_SCENARIO;
setScenario(isScenarioName(scenario) ? scenario : 'default', 0);

const httpServer = createServer(...handlers);
httpServer.listen(port, '127.0.0.1', () => {
  console.log(`Engcode mock API on http://127.0.0.1:${port}/api/v1 (scenario: ${isScenarioName(scenario) ? scenario : 'default'})`);
});
