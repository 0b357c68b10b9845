// govreport — browser and bundler entry (ES module).
//
//   import { init, parse } from 'govreport';
//   await init();               // fetches govreport_bg.wasm next to the package's glue
//   const report = parse(text); // the Report model, same JSON as the CLI
//
// Types: index.d.ts. Node resolves 'govreport' to node.js instead.

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

/**
 * Loads the engine. Idempotent: every call returns the same promise until a
 * load fails, after which the next call tries again.
 *
 * @param {string | URL | Request | Response | BufferSource | WebAssembly.Module | Promise<Response>} [input]
 *   where to load the `.wasm` from; by default the file next to this package's glue
 * @returns {Promise<void>}
 */
export function init(input) {
  return initWith(input, () => new URL('../pkg/govreport_bg.wasm', import.meta.url));
}
