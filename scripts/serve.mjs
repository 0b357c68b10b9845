// A small static file server (node:http, no dependency) for the demo page
// (npm start) and the browser and packaging tests.
//
//   const server = await serve({ mounts: [['/', 'www'], ['/pkg', 'pkg']], port: 0 });
//   server.url  // http://127.0.0.1:PORT/
//   await server.close();

import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, isAbsolute, join, normalize, resolve, sep } from 'node:path';
import { ROOT } from './util.mjs';

/** MIME types by file extension; `application/wasm` lets browsers compile while downloading. */
export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
};

/**
 * Finds the file for a URL path: the longest mount prefix wins; `..` cannot
 * leave the mounted directory; a directory serves its index.html.
 * @param {Array<[string, string]>} mounts
 * @param {string} pathname decoded URL path
 * @returns {string | null}
 */
function locate(mounts, pathname) {
  const sorted = [...mounts].sort((a, b) => b[0].length - a[0].length);
  for (const [prefix, dir] of sorted) {
    const base = prefix.endsWith('/') ? prefix : `${prefix}/`;
    if (pathname !== prefix && !pathname.startsWith(base) && prefix !== '/') continue;
    const rest = pathname.slice(prefix === '/' ? 1 : prefix.length).replace(/^\/+/, '');
    const root = resolve(isAbsolute(dir) ? dir : join(ROOT, dir));
    const file = resolve(root, normalize(rest));
    if (file !== root && !file.startsWith(root + sep)) return null;
    try {
      const st = statSync(file);
      if (st.isDirectory()) {
        const index = join(file, 'index.html');
        if (statSync(index).isFile()) return index;
        continue;
      }
      if (st.isFile()) return file;
    } catch {
      // not in this mount: try the next one
    }
  }
  return null;
}

/**
 * Starts a server.
 * @param {object} opts
 * @param {Array<[string, string]>} opts.mounts `[urlPrefix, directory]` pairs (directories relative to the repository)
 * @param {number} [opts.port] 0 picks a free port
 * @param {string} [opts.host] default 127.0.0.1
 * @param {Record<string, string>} [opts.types] MIME overrides by extension (tests use it to serve a wrong type)
 * @param {boolean} [opts.log] log each request
 * @param {string[]} [opts.cors] URL prefixes served to any origin (`Access-Control-Allow-Origin: *`):
 *   what a page elsewhere loads when it embeds the element (script, engine, reports)
 * @returns {Promise<{ server: import('node:http').Server, port: number, url: string, close: () => Promise<void> }>}
 */
export function serve({ mounts, port = 0, host = '127.0.0.1', types = {}, log = false, cors = [] }) {
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url || '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    const shared = cors.some((prefix) => pathname.startsWith(prefix));
    /** @type {Record<string, string>} */
    const corsHeaders = shared
      ? { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' }
      : {};
    if (req.method === 'OPTIONS' && shared) {
      res.writeHead(204, { ...corsHeaders, 'Access-Control-Allow-Methods': 'GET, HEAD', 'Access-Control-Max-Age': '86400' }).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = pathname.includes('\0') ? null : locate(mounts, pathname);
    if (log) console.log(`${req.method} ${pathname} ${file ? 200 : 404}`);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...corsHeaders }).end(`not found: ${pathname}\n`);
      return;
    }
    const ext = extname(file).toLowerCase();
    res.writeHead(200, {
      'Content-Type': types[ext] ?? MIME[ext] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...corsHeaders,
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolvePromise({
        server,
        port: actual,
        url: `http://${shown === '0.0.0.0' ? '127.0.0.1' : shown}:${actual}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}
