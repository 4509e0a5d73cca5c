/**
 * The servers a benchmark measures against: the server build (dist-server/) served as the nginx
 * site serves it (scripts/serve-csp.mjs: same headers, gzip), in front of `npm run mock-api`
 * with a chosen scenario. Nothing else should run on the machine while a benchmark does.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

async function waitFor(url, timeoutMs = 60_000) {
  const started = Date.now();
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${url} did not come up within ${timeoutMs / 1000} s`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

export async function startServers({ scenario = 'default', apiPort = 8797, webPort = 4195 } = {}) {
  if (!existsSync(resolve(root, 'dist-server/index.html'))) {
    throw new Error('dist-server/ is missing: run `npm run build:e2e` (or `node scripts/build.mjs --server --out-dir dist-server`) first.');
  }
  const children = [
    spawn('npx', ['tsx', 'mocks/server.ts'], { cwd: root, env: { ...process.env, MOCK_API_PORT: String(apiPort), MOCK_SCENARIO: scenario }, stdio: 'ignore' }),
    spawn('node', ['scripts/serve-csp.mjs', '--dir', 'dist-server', '--port', String(webPort), '--api', `http://127.0.0.1:${apiPort}`], { cwd: root, stdio: 'ignore' }),
  ];
  const stop = () => children.forEach((child) => child.kill('SIGTERM'));
  try {
    await waitFor(`http://127.0.0.1:${apiPort}/api/v1/session`);
    await waitFor(`http://localhost:${webPort}/`);
  } catch (error) {
    stop();
    throw error;
  }
  return { baseUrl: `http://localhost:${webPort}`, stop };
}

/** Signs in a demo account over HTTP and returns the session cookie ("name=value"). */
export async function signIn(baseUrl, username = 'els.peeters') {
  const response = await fetch(`${baseUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'engcode-console' },
    body: JSON.stringify({ username, password: 'demo' }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('sign-in answered without a session cookie');
  return cookie;
}

export const CHROMIUM_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
