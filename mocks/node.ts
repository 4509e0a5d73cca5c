import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The mock API inside Vitest: tests override single answers with `server.use(...)`. */
export const server = setupServer(...handlers);
