// A small static server for the browser tests (node:http, no dependencies).
//
// It serves the repository the way `npm start` does: `/` is `www/`, and
// `/js/`, `/pkg/`, `/tests/corpus/` and `/node_modules/` are the repository's
// folders of those names. Tests can add pages held in memory (`routes`), each
// with its own headers (e.g. a Content-Security-Policy).
//
//   node tests/browser/server.mjs [port]    # serve by hand, for a look

import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MIME } from '../../scripts/serve.mjs';

/** The repository root (two levels above this file). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The demo server's MIME types, plus pdf.js's CMaps and fonts; `.txt` without
 * a charset, so that GBK reports reach the page's own decoder untouched. */
const TYPES = {
  ...MIME,
  '.txt': 'text/plain',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
};

/** URL prefixes served from the repository root rather than from `www/`. */
const MOUNTS = ['/js/', '/pkg/', '/tests/corpus/', '/node_modules/'];

/**
 * Maps a URL path to a file inside the repository, or null when it would
 * leave its folder.
 * @param {string} root
 * @param {string} urlPath
 */
function resolvePath(root, urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  const mounted = MOUNTS.some((m) => rel.startsWith(m));
  const base = mounted ? root : path.join(root, 'www');
  if (rel.endsWith('/')) rel += 'index.html';
  const file = path.resolve(base, '.' + path.posix.normalize(rel));
  if (!file.startsWith(base + path.sep)) return null;
  return file;
}

/**
 * Starts the server on 127.0.0.1.
 * @param {{port?: number, root?: string,
 *   routes?: Record<string, {body: string|Uint8Array, type?: string, headers?: Record<string,string>}>,
 *   headers?: (urlPath: string) => Record<string, string>}} [opts]
 * @returns {Promise<{url: string, close: () => Promise<void>, server: http.Server}>}
 */
export async function startServer(opts = {}) {
  const root = opts.root || ROOT;
  const routes = opts.routes || {};
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url || '/', 'http://localhost');
    const extra = opts.headers ? opts.headers(url.pathname) : {};
    const route = routes[url.pathname];
    if (route) {
      res.writeHead(200, {
        'content-type': route.type || 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...extra,
        ...(route.headers || {}),
      });
      res.end(route.body);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const file = resolvePath(root, url.pathname);
    if (!file) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        ...extra,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(opts.port || 0, '127.0.0.1', () => resolve(undefined)));
  const addr = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${addr.port}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2]) || 8080;
  const { url } = await startServer({ port });
  console.log(`serving ${ROOT} at ${url}/`);
}
