/**
 * What every benchmark needs: servers started in their own process groups (stopping one stops
 * what it started, so no stale server outlives a run and answers the next one), a port check,
 * a wait until a server answers, Chromium's launch flags, and a median; and for the benches that
 * build the console they measure, their common command line, the build and its preview.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const root = resolve(import.meta.dirname, '../..');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The launch flags of playwright.config.ts: without the networking ones Chromium calls out. */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const children = [];
function stopAll() {
  for (const child of children.splice(0)) {
    if (child.exitCode !== null || child.pid === undefined) continue;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

/** Starts a command in its own process group; it is stopped, with its children, when this process ends. */
export function startProcess(command, args, { env = {}, stderr = 'inherit' } = {}) {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', stderr], detached: true });
  children.push(child);
  return child;
}

export { stopAll as stopProcesses };

function answers(host, port) {
  return new Promise((done) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/** Fails at once when something already answers on the port: it would be measured instead. */
export async function assertPortFree(port) {
  for (const host of ['127.0.0.1', '::1']) {
    if (await answers(host, port)) throw new Error(`port ${port} is in use on ${host}: stop what listens there (a server left from an earlier run?) or choose another port`);
  }
}

export async function waitFor(url, accept = (status) => status < 500, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if (accept((await fetch(url)).status)) return;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * The server build (dist-server/) served as the nginx site serves it (scripts/serve-csp.mjs:
 * same headers, gzip), in front of `npm run mock-api` with a chosen scenario.
 */
export async function startServers({ scenario = 'default', apiPort = 8797, webPort = 4195, dir = 'dist-server' } = {}) {
  if (!existsSync(resolve(root, dir, 'index.html'))) {
    throw new Error(`${dir}/ is missing: run \`npm run build:e2e\` (or \`node scripts/build.mjs --server --out-dir ${dir}\`) first.`);
  }
  await assertPortFree(apiPort);
  await assertPortFree(webPort);
  startProcess('npx', ['tsx', 'mocks/server.ts'], { env: { MOCK_API_PORT: String(apiPort), MOCK_SCENARIO: scenario }, stderr: 'ignore' });
  startProcess('node', ['scripts/serve-csp.mjs', '--dir', dir, '--port', String(webPort), '--api', `http://127.0.0.1:${apiPort}`], { stderr: 'ignore' });
  await waitFor(`http://127.0.0.1:${apiPort}/api/v1/session`);
  await waitFor(`http://localhost:${webPort}/`);
  return { baseUrl: `http://localhost:${webPort}`, stop: stopAll };
}

/** The command line of a bench that builds what it measures: `--no-build` (measure the existing build) and `--runs N`. */
export function benchArguments(defaultRuns) {
  const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false }, runs: { type: 'string', default: String(defaultRuns) } } });
  return { build: !values['no-build'], runs: Math.max(1, Number(values.runs) || defaultRuns) };
}

function runToEnd(command, args) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/** The server build (no mock code in the browser) in outDir: made first unless `build` is false, and required either way. */
export async function serverBuild(outDir, { build }) {
  if (build) await runToEnd(process.execPath, ['scripts/build.mjs', '--server', '--out-dir', outDir]);
  if (!existsSync(resolve(root, outDir, 'index.html'))) throw new Error(`${outDir}/index.html is missing: run without --no-build.`);
}

/**
 * A build as production runs it: `vite preview` of outDir, whose /api proxy reaches the mock API
 * (`npm run mock-api`) in the given scenario. Resolves once both answer.
 */
export async function startPreview({ outDir, scenario, webPort, apiPort }) {
  await assertPortFree(apiPort);
  await assertPortFree(webPort);
  startProcess(process.execPath, ['--import', 'tsx', 'mocks/server.ts'], { env: { MOCK_SCENARIO: scenario, MOCK_API_PORT: String(apiPort) } });
  startProcess(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', outDir, '--port', String(webPort), '--strictPort'], { env: { MOCK_API_PORT: String(apiPort) } });
  await waitFor(`http://127.0.0.1:${apiPort}/api/v1/session`, (status) => status === 401);
  await waitFor(`http://localhost:${webPort}/`, (status) => status === 200);
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

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
