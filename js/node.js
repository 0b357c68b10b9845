// govreport — Node entry (ES module): the same API as index.js, but init()
// reads the `.wasm` from disk by default instead of fetching it.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { initWith } from './shared.js';

export {
  GovReportError,
  createPanel,
  decodeBytes,
  panel,
  panelAsync,
  parse,
  parseBytes,
  schemaVersion,
  version,
} from './shared.js';

/** Reads the engine from the package, also when this file was bundled elsewhere. */
async function readWasm() {
  const beside = new URL('../pkg/govreport_bg.wasm', import.meta.url);
  try {
    return await readFile(beside);
  } catch (e) {
    // Bundled into another file: find the installed package instead.
    let installed;
    try {
      installed = createRequire(import.meta.url).resolve('govreport/govreport_bg.wasm');
    } catch {
      throw e;
    }
    return readFile(installed);
  }
}

/**
 * Loads the engine. Idempotent: every call returns the same promise until a
 * load fails, after which the next call tries again.
 *
 * @param {string | URL | Request | Response | BufferSource | WebAssembly.Module | Promise<Response>} [input]
 *   where to load the `.wasm` from; by default the file installed with this package.
 *   A `file:` URL is read from disk; strings and other URLs are fetched.
 * @returns {Promise<void>}
 */
export function init(input) {
  // Node's fetch() cannot read files: a file: URL or a path is read from disk
  // (only when a load is needed, so a loaded engine never touches the file).
  if (input instanceof URL && input.protocol === 'file:') {
    return initWith(undefined, () => readFile(input));
  }
  if (typeof input === 'string' && !/^[a-z][a-z0-9+.-]+:/i.test(input)) {
    return initWith(undefined, () => readFile(input));
  }
  if (typeof input === 'string' && input.startsWith('file:')) {
    return initWith(undefined, () => readFile(new URL(input)));
  }
  return initWith(input, readWasm);
}
