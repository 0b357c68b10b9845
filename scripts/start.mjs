// npm start: set up, build, then serve the demo page with the sample report.
//   PORT (default 8080) and HOST (default 127.0.0.1) choose where.

import { build } from './build.mjs';
import { serve } from './serve.mjs';
import { setup } from './setup.mjs';
import { header, isMain } from './util.mjs';

/** What the demo page needs: the page itself, the package (js/ + pkg/) and the corpus. */
export const DEMO_MOUNTS = [
  ['/', 'www'],
  ['/js', 'js'],
  ['/pkg', 'pkg'],
  ['/tests/corpus', 'tests/corpus'],
  ['/node_modules/pdfjs-dist', 'node_modules/pdfjs-dist'],
];

/**
 * What a page on another origin loads when it embeds a report: the element
 * and package scripts, the engine, and the bundled reports. Served with
 * `Access-Control-Allow-Origin: *` (module scripts and the .wasm need CORS).
 */
export const EMBED_PREFIXES = ['/js/', '/pkg/', '/tests/corpus/'];

/** Serves the demo (already built) and resolves to the running server. */
export async function serveDemo({ port = 8080, host = '127.0.0.1', log = false } = {}) {
  return serve({ mounts: DEMO_MOUNTS, port, host, log, cors: EMBED_PREFIXES });
}

if (isMain(import.meta.url)) {
  setup({ browser: false });
  build();
  header('serve');
  const port = Number(process.env.PORT || 8080);
  const host = process.env.HOST || '127.0.0.1';
  const { url } = await serveDemo({ port, host, log: true });
  console.log(`demo: ${url}  (sample report tests/corpus/dongxihu-2024.txt; Ctrl-C stops)`);
}
