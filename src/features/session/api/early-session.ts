import { api } from '@/api/client';
import { config } from '@/config/env';

/*
 * Against a real server, the session is asked for while the rest of the console's code is still
 * being evaluated, not after React and the router have started: every signed-in page waits for
 * it before its own requests. src/main.tsx imports this module first. With the in-browser mock
 * API nothing is sent yet (the mock worker is not listening before the app starts it).
 */
const askForSession = () => api.GET('/session');
type SessionCall = ReturnType<typeof askForSession>;

let early: SessionCall | undefined = !config.useMocks && typeof window !== 'undefined' ? askForSession() : undefined;
// A failure is read by whoever takes the call; until then it must not count as unhandled.
early?.catch(() => undefined);

/** The call started at boot, once: the first session query uses it, every later one asks again. */
export function takeEarlySessionCall(): SessionCall | undefined {
  const call = early;
  early = undefined;
  return call;
}
