#!/usr/bin/env node
/**
 * Serves a server build (dist-server/) the way deploy/nginx/engcode-console.conf does, for the
 * end-to-end test of the Content-Security-Policy: the same headers, read from
 * deploy/nginx/security-headers.conf, a fresh nonce per request put into index.html, no-store on
 * index.html, immutable assets, gzip as nginx's `gzip_types`, every other path falling back to
 * index.html, and /api proxied to the mock API (`npm run mock-api`). The Lighthouse benchmark
 * measures the console served this way.
 *
 *   node scripts/serve-csp.mjs [--dir dist-server] [--port 4175] [--api http://127.0.0.1:8787]
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist-server' },
    port: { type: 'string', default: process.env.E2E_CSP_PORT ?? '4175' },
    api: { type: 'string', default: `http://127.0.0.1:${process.env.MOCK_API_PORT ?? 8787}` },
  },
});
const dist = resolve(root, values.dir);
const api = new URL(values.api);

/** `add_header Name "value" always;` lines of the nginx snippet, as [name, value] pairs. */
export function readNginxHeaders(text) {
  return [...text.matchAll(/^\s*add_header\s+([A-Za-z-]+)\s+"([^"]*)"(?:\s+always)?\s*;/gm)].map(([, name, value]) => [name, value]);
}

const headers = readNginxHeaders(readFileSync(join(root, 'deploy/nginx/security-headers.conf'), 'utf8'));
if (!headers.some(([name]) => name === 'Content-Security-Policy')) throw new Error('security-headers.conf has no Content-Security-Policy');

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json', '.map': 'application/json', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8' };

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.map']);
const gzipped = new Map();

/** The body as nginx would send it: gzip when the client takes it and the type is in gzip_types. */
function send(req, res, status, headers, body, ext, cacheKey) {
  const gzip = COMPRESSIBLE.has(ext) && body.length >= 1024 && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  let payload = body;
  if (gzip) {
    payload = (cacheKey && gzipped.get(cacheKey)) ?? gzipSync(body);
    if (cacheKey) gzipped.set(cacheKey, payload);
  }
  res.writeHead(status, { ...headers, Vary: 'Accept-Encoding', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}), 'Content-Length': payload.length });
  res.end(payload);
}

function securityHeaders(nonce) {
  return Object.fromEntries(headers.map(([name, value]) => [name, value.replaceAll('$request_id', nonce)]));
}

function fileFor(pathname) {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(dist, path);
  if (!file.startsWith(dist)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const nonce = randomBytes(16).toString('hex');
  if (url.pathname.startsWith('/api/')) {
    const upstream = httpRequest({ hostname: api.hostname, port: api.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...securityHeaders(nonce), 'Cache-Control': 'no-store' });
      answer.pipe(res);
    });
    upstream.on('error', () => {
      res.writeHead(502, { 'Content-Type': 'text/plain' });
      res.end('mock API unreachable');
    });
    req.pipe(upstream);
    return;
  }
  const file = url.pathname === '/' ? null : fileFor(url.pathname);
  if (file && !file.endsWith('index.html')) {
    const immutable = url.pathname.startsWith('/assets/');
    const ext = extname(file);
    send(req, res, 200, { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', ...securityHeaders(nonce), ...(immutable ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {}) }, readFileSync(file), ext, file);
    return;
  }
  const html = readFileSync(join(dist, 'index.html'), 'utf8').replaceAll('__CSP_NONCE__', nonce);
  send(req, res, 200, { 'Content-Type': TYPES['.html'], ...securityHeaders(nonce), 'Cache-Control': 'no-store' }, Buffer.from(html), '.html');
});

server.listen(Number(values.port), 'localhost', () => {
  console.log(`Serving ${values.dir}/ under the nginx site's headers on http://localhost:${values.port}, /api -> ${api.origin}`);
});
