// The engine's JavaScript side, shared by the browser entry (index.js) and the
// Node entry (node.js). Internal: import from 'govreport', not from here.
//
// The generated wasm-bindgen glue (pkg/govreport.js, `--target web`) is used
// for instantiation and calls; this module adds the memoised init, input
// validation, byte decoding and error objects with a stable `code`.

import initGlue, * as glue from '../pkg/govreport.js';

/** The error every failure of this package throws: an `Error` with a stable `code`. */
export class GovReportError extends Error {
  /**
   * @param {string} code stable machine-readable id, e.g. `empty-input`
   * @param {string} message what was wrong and where
   * @param {{ cause?: unknown }} [options] the underlying error, if any
   */
  constructor(code, message, options) {
    super(message, options);
    this.name = 'GovReportError';
    this.code = code;
  }
}

/** @type {Promise<void> | null} */
let pending = null;
let ready = false;

/**
 * Loads and instantiates the engine once. Concurrent and repeated calls share
 * one promise; a failed load is forgotten so that the next call tries again.
 *
 * @param {unknown} input where the `.wasm` comes from (see index.d.ts)
 * @param {() => unknown} fallback the entry's default source, used when `input` is undefined
 * @returns {Promise<void>}
 */
export function initWith(input, fallback) {
  if (pending === null) {
    pending = (async () => {
      let module;
      try {
        module = await compile(input === undefined ? fallback() : input);
        await initGlue({ module_or_path: module });
      } catch (e) {
        if (e instanceof GovReportError || e instanceof TypeError) throw e;
        const why = e instanceof Error ? e.message : String(e);
        throw new GovReportError('wasm-load-failed', `could not load the engine: ${why}`, {
          cause: e,
        });
      }
      ready = true;
    })();
    pending.catch(() => {
      pending = null;
    });
  }
  return pending;
}

/**
 * Turns any accepted source into a compiled `WebAssembly.Module`.
 * @param {unknown} source
 * @returns {Promise<WebAssembly.Module>}
 */
async function compile(source) {
  source = await source;
  if (source instanceof WebAssembly.Module) return source;
  if (
    typeof source === 'string' ||
    source instanceof URL ||
    (typeof Request === 'function' && source instanceof Request)
  ) {
    source = await fetch(source);
  }
  if (typeof Response === 'function' && source instanceof Response) {
    if (!source.ok) {
      throw new GovReportError(
        'wasm-load-failed',
        `could not fetch the engine: HTTP ${source.status} ${source.statusText} for ${source.url}`,
      );
    }
    const type = (source.headers.get('Content-Type') || '').split(';')[0].trim().toLowerCase();
    if (typeof WebAssembly.compileStreaming === 'function' && type === 'application/wasm') {
      return WebAssembly.compileStreaming(source);
    }
    // Served with the wrong MIME type (or no streaming support): compile the bytes.
    return WebAssembly.compile(await source.arrayBuffer());
  }
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    return WebAssembly.compile(/** @type {BufferSource} */ (source));
  }
  throw new TypeError(
    'init(): expected a URL, a string, a Request, a Response, bytes or a WebAssembly.Module',
  );
}

/** Throws unless init() has finished. */
function assertReady() {
  if (!ready) {
    throw new GovReportError(
      'not-initialized',
      'the engine is not loaded yet: await init() before calling parse()',
    );
  }
}

/**
 * Calls into the engine; turns its `{ code, message }` failures into
 * GovReportError and recovers from a trap by re-instantiating the module.
 * @template T
 * @param {() => T} call
 * @returns {T}
 */
function guarded(call) {
  try {
    return call();
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) {
      // A trap leaves the instance in an unknown state: start a fresh one.
      glue.__wbg_reset_state();
      throw new GovReportError('internal-error', `the engine failed: ${e.message}`);
    }
    const failure = /** @type {{ code?: unknown, message?: unknown } | null} */ (e);
    if (failure !== null && typeof failure === 'object' && typeof failure.code === 'string') {
      // The engine's message names no option; JavaScript's is `maxInputBytes`.
      const hint = failure.code === 'input-too-large' ? ' (raise the maxInputBytes option)' : '';
      throw new GovReportError(failure.code, `${String(failure.message)}${hint}`);
    }
    throw e;
  }
}

/**
 * Validates the options object and returns the byte limit (or undefined).
 * @param {unknown} options
 * @returns {number | undefined}
 */
function maxBytes(options) {
  if (options === undefined || options === null) return undefined;
  if (typeof options !== 'object') {
    throw new GovReportError('invalid-options', 'options must be an object');
  }
  const limit = /** @type {{ maxInputBytes?: unknown }} */ (options).maxInputBytes;
  if (limit === undefined) return undefined;
  if (typeof limit !== 'number' || Number.isNaN(limit) || limit < 0) {
    throw new GovReportError(
      'invalid-options',
      'options.maxInputBytes must be a non-negative number of bytes',
    );
  }
  return limit;
}

/**
 * Reads a report from text. See index.d.ts.
 * @param {string} text
 * @param {{ maxInputBytes?: number }} [options]
 */
export function parse(text, options) {
  assertReady();
  if (typeof text !== 'string') {
    throw new TypeError('parse(): expected a string; use parseBytes() for bytes');
  }
  const limit = maxBytes(options);
  return guarded(() => glue.parse(text, limit));
}

const BOM_UTF8 = [0xef, 0xbb, 0xbf];
const SAMPLE = 64 * 1024;

/**
 * @param {Uint8Array} bytes
 * @param {number[]} prefix
 */
function startsWith(bytes, prefix) {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * A C0 control (other than tab, LF, VT, FF, CR, ESC) or DEL: no text holds it.
 * @param {number} c a byte or code point
 */
function isBinaryCode(c) {
  return (c <= 0x08) || (c >= 0x0e && c <= 0x1a) || (c >= 0x1c && c <= 0x1f) || c === 0x7f;
}

/**
 * Decodes strictly; a malformed sequence throws `undecodable` with its byte offset.
 * @param {string} label TextDecoder label
 * @param {Uint8Array} bytes
 * @param {number} base bytes of a BOM before `bytes`
 * @param {string} name stable encoding name for the message
 */
function strict(label, bytes, base, name) {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Find the first prefix that no longer decodes: the malformed sequence ends there.
    let lo = 0;
    let hi = bytes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      let ok = true;
      try {
        new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, mid + 1), {
          stream: true,
        });
      } catch {
        ok = false;
      }
      if (ok) lo = mid + 1;
      else hi = mid;
    }
    throw new GovReportError(
      'undecodable',
      `input could not be decoded: malformed ${name} at byte ${base + lo}`,
    );
  }
}

/**
 * UTF-16 without a BOM: ASCII puts a zero byte on one side of every pair.
 * @param {Uint8Array} bytes
 * @returns {{ text: string, encoding: string } | null}
 */
function utf16WithoutBom(bytes) {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  const n = Math.min(SAMPLE, bytes.length) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  let label;
  if (odd >= 4 && odd >= 8 * even + 4) label = 'utf-16le';
  else if (even >= 4 && even >= 8 * odd + 4) label = 'utf-16be';
  else return null;
  let text;
  try {
    text = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
  const chars = Array.from(text.slice(0, 2 * SAMPLE)).slice(0, SAMPLE);
  const controls = chars.filter((c) => isBinaryCode(c.codePointAt(0) ?? 0)).length;
  return controls * 50 <= chars.length ? { text, encoding: label } : null;
}

/**
 * The offset of the first control byte when the start has too many for a text.
 * @param {Uint8Array} bytes
 * @returns {number | null}
 */
function binaryOffset(bytes) {
  const n = Math.min(SAMPLE, bytes.length);
  let count = 0;
  let first = -1;
  for (let i = 0; i < n; i++) {
    if (isBinaryCode(bytes[i])) {
      count++;
      if (first < 0) first = i;
    }
  }
  if (count <= 8 || count * 50 <= n) return null;
  try {
    const before = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      bytes.subarray(0, first),
    );
    return before.length;
  } catch {
    return first;
  }
}

/**
 * The length of the longest valid UTF-8 prefix.
 * @param {Uint8Array} bytes
 */
function validUtf8Prefix(bytes) {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    try {
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, mid), {
        stream: true,
      });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  // A streamed decode accepts an incomplete trailing sequence: back off to a boundary.
  while (lo > 0 && (bytes[lo] & 0xc0) === 0x80) lo--;
  return lo;
}

/**
 * Decodes the bytes of a report file the way the CLI does. See index.d.ts.
 * @param {Uint8Array | ArrayBuffer | ArrayBufferView} input
 * @returns {{ text: string, encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' }}
 */
export function decodeBytes(input) {
  /** @type {Uint8Array} */
  let bytes;
  if (input instanceof Uint8Array) bytes = input;
  else if (input instanceof ArrayBuffer) bytes = new Uint8Array(input);
  else if (ArrayBuffer.isView(input)) {
    bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  } else {
    throw new TypeError('decodeBytes(): expected a Uint8Array or an ArrayBuffer');
  }
  if (startsWith(bytes, BOM_UTF8)) {
    return { text: strict('utf-8', bytes.subarray(3), 3, 'utf-8-bom'), encoding: 'utf-8-bom' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: strict('utf-16le', bytes.subarray(2), 2, 'utf-16le'), encoding: 'utf-16le' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: strict('utf-16be', bytes.subarray(2), 2, 'utf-16be'), encoding: 'utf-16be' };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== null) return /** @type {any} */ (utf16);
  const binary = binaryOffset(bytes);
  if (binary !== null) {
    throw new GovReportError(
      'not-text',
      `input does not look like text: control characters from UTF-16 offset ${binary} (is it a binary file?)`,
    );
  }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    const valid = validUtf8Prefix(bytes);
    // A long valid stretch with Chinese text before the bad byte: broken UTF-8, not GBK.
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, valid));
    let multibyte = 0;
    for (const c of prefix) {
      if ((c.codePointAt(0) ?? 0) > 0x7f && ++multibyte >= 16) break;
    }
    if (multibyte >= 16) {
      throw new GovReportError(
        'undecodable',
        `input could not be decoded: malformed utf-8 at byte ${valid}`,
      );
    }
    return { text: strict('gb18030', bytes, 0, 'gb18030'), encoding: 'gb18030' };
  }
}

/** The warning the CLI adds for each encoding other than plain UTF-8. */
const ENCODING_WARNINGS = {
  'utf-8-bom': [
    'decoded-utf8-bom',
    'the file is UTF-8 with a byte order mark; the mark was removed and spans count from the character after it',
  ],
  'utf-16le': [
    'decoded-utf16le',
    'the file was decoded as UTF-16LE; spans index the decoded text (byte order mark removed)',
  ],
  'utf-16be': [
    'decoded-utf16be',
    'the file was decoded as UTF-16BE; spans index the decoded text (byte order mark removed)',
  ],
  gb18030: [
    'decoded-gb18030',
    'the file is not UTF-8; it was decoded as GB18030 (GBK); spans index the decoded text',
  ],
};

/**
 * Decodes and reads a report file's bytes. See index.d.ts.
 * @param {Uint8Array | ArrayBuffer | ArrayBufferView} bytes
 * @param {{ maxInputBytes?: number }} [options]
 */
export function parseBytes(bytes, options) {
  assertReady();
  const limit = maxBytes(options);
  // Every encoding here gives at least one UTF-8 byte per two input bytes (plus
  // a BOM): a far larger input is refused before it is decoded.
  const size = bytes instanceof ArrayBuffer || ArrayBuffer.isView(bytes) ? bytes.byteLength : 0;
  if (limit !== undefined && size > 2 * limit + 4) {
    throw new GovReportError(
      'input-too-large',
      `input is ${size} bytes, more than twice the limit of ${limit} bytes (raise maxInputBytes)`,
    );
  }
  const { text, encoding } = decodeBytes(bytes);
  const report = guarded(() => glue.parse(text, limit));
  const warning = ENCODING_WARNINGS[/** @type {keyof typeof ENCODING_WARNINGS} */ (encoding)];
  if (warning !== undefined) report.warnings.unshift({ code: warning[0], message: warning[1] });
  return report;
}

/** The engine's version, e.g. `0.1.0`. */
export function version() {
  assertReady();
  return glue.version();
}

/** The version of the data model (`Report.schemaVersion`). */
export function schemaVersion() {
  assertReady();
  return glue.schemaVersion();
}

/**
 * The engine's linear memory, for tests and diagnostics only (not part of the API).
 * @returns {WebAssembly.Memory}
 */
export function memory() {
  assertReady();
  return glue.__memory();
}

/**
 * Packs panel entries, one at a time, into the flat form the engine reads
 * (`src/panel/input.rs`, `decode`): numbers (`NaN` for null) and strings by
 * index (`-1` for null). Only the report's meta, targets, headline rows and
 * the quantities these point to are packed, so a caller can let go of each
 * Report once it is added; an entry that is not an object with a report is
 * packed as "not a report", for the engine to warn about. An entry may state
 * `region`, `regionCode` and `planYear` (see index.d.ts).
 */
class PanelPacker {
  constructor() {
    /** @type {number[]} */
    this.nums = [0];
    /** @type {string[]} */
    this.strs = [];
    /** @type {Map<string, number>} */
    this.index = new Map();
    this.count = 0;
    /** @type {{ code: string, message: string }[]} */
    this.warnings = [];
  }

  /** @param {unknown} s */
  str(s) {
    if (typeof s !== 'string') return this.nums.push(-1);
    let at = this.index.get(s);
    if (at === undefined) {
      at = this.strs.length;
      this.strs.push(s);
      this.index.set(s, at);
    }
    return this.nums.push(at);
  }

  /** @param {unknown} n */
  num(n) {
    return this.nums.push(typeof n === 'number' ? n : NaN);
  }

  /** @param {unknown} entry a `{ report, file?, region?, regionCode?, planYear? }` object or a bare Report */
  add(entry) {
    const i = this.count;
    this.count += 1;
    const nums = this.nums;
    const list = (/** @type {unknown} */ x) => (Array.isArray(x) ? x : []);
    const e = /** @type {any} */ (entry);
    const wrapped = e !== null && typeof e === 'object' && 'report' in e;
    const report = wrapped ? e.report : e;
    if (report === null || typeof report !== 'object' || typeof report.meta !== 'object' || report.meta === null) {
      nums.push(0);
      return;
    }
    nums.push(1);
    const quantities = list(report.quantities);
    const targets = list(report.targets).filter((t) => t !== null && typeof t === 'object');
    const headline = list(report.headline).filter((h) => h !== null && typeof h === 'object');
    /** @type {Set<unknown>} */
    const wanted = new Set();
    for (const t of targets) wanted.add(t.quantityId);
    for (const h of headline) {
      wanted.add(h.level);
      wanted.add(h.growth);
    }
    const picked = [];
    for (const id of wanted) {
      if (typeof id !== 'number') continue;
      const q = quantities[id]?.id === id ? quantities[id] : quantities.find((x) => x?.id === id);
      if (q !== null && typeof q === 'object') picked.push(q);
    }
    const m = report.meta;
    const file = wrapped && typeof e.file === 'string' ? e.file : `#${i + 1}`;
    const given = wrapped ? givenOf(e, file, this.warnings) : {};
    this.str(file);
    this.str(given.region);
    this.str(given.code);
    this.num(given.planYear);
    this.str(m.region);
    this.str(m.regionCode);
    this.str(m.level);
    this.num(m.reviewYear);
    this.num(m.planYear);
    nums.push(targets.length, headline.length, picked.length);
    for (const t of targets) {
      this.num(t.quantityId);
      this.str(t.metricId);
      this.str(t.metric);
      this.str(t.kind);
      this.num(t.value);
      this.num(t.hi);
      this.str(t.qual);
      this.str(t.unit);
    }
    for (const h of headline) {
      this.str(h.metricId);
      this.num(h.level);
      this.num(h.growth);
    }
    for (const q of picked) {
      this.num(q.id);
      this.num(q.value);
      this.num(q.hi);
      this.str(q.unit);
      this.str(q.qual);
      this.str(q.kind);
      this.str(q.direction);
      this.str(q.status);
      this.num(q.year);
      this.str(q.metric);
      this.str(q.sentence);
      this.str(q.measure);
    }
  }

  /** @returns {{ nums: Float64Array, strs: string[] }} */
  pack() {
    this.nums[0] = this.count;
    return { nums: Float64Array.from(this.nums), strs: this.strs };
  }
}

/**
 * What a panel entry states about its report, well formed: a region name, a
 * 6-digit GB/T 2260 code (provinces 11–82), a plan year 1949–2100. A value
 * that is given but malformed is left out with a `given-invalid` warning.
 * @param {any} e the entry
 * @param {string} file its name
 * @param {{ code: string, message: string }[]} warnings
 * @returns {{ region?: string, code?: string, planYear?: number }}
 */
function givenOf(e, file, warnings) {
  /** @type {{ region?: string, code?: string, planYear?: number }} */
  const out = {};
  const bad = (/** @type {string} */ what) =>
    warnings.push({ code: 'given-invalid', message: `${file}: ${what}: left out` });
  if (typeof e.region === 'string' && e.region.trim() !== '') out.region = e.region;
  else if (e.region !== undefined && e.region !== null) bad(`the given region ${JSON.stringify(e.region)} is not a name`);
  if (e.regionCode !== undefined && e.regionCode !== null) {
    const code = String(e.regionCode).trim();
    const province = Number(code.slice(0, 2));
    if (/^[0-9]{6}$/.test(code) && province >= 11 && province <= 82) out.code = code;
    else bad(`'${code}' is not a region code (6 digits of GB/T 2260, e.g. 360700)`);
  }
  if (e.planYear !== undefined && e.planYear !== null) {
    const y = e.planYear;
    if (Number.isInteger(y) && y >= 1949 && y <= 2100) out.planYear = y;
    else bad(`'${String(y)}' is not a year (1949–2100)`);
  }
  return out;
}

/**
 * Whether panel() prefers given values, from its options.
 * @param {unknown} options
 */
function preferGiven(options) {
  if (options === undefined || options === null) return false;
  if (typeof options !== 'object') throw new TypeError('panel(): options must be an object');
  return /** @type {{ preferGiven?: unknown }} */ (options).preferGiven === true;
}

/**
 * Reads reports added one at a time (see index.d.ts, `createPanel`).
 * @param {{ preferGiven?: boolean, nearTolerance?: number | { points?: number, relative?: number } }} [options]
 */
export function createPanel(options) {
  const prefer = preferGiven(options);
  const near = nearTolerance(options);
  let packer = new PanelPacker();
  return {
    /** @param {unknown} entry */
    add(entry) {
      packer.add(entry);
    },
    get size() {
      return packer.count;
    },
    finish() {
      assertReady();
      const { nums, strs } = packer.pack();
      const given = packer.warnings;
      packer = new PanelPacker();
      /** @type {{ rows: unknown[], warnings: { code: string, message: string }[] }} */
      const result = guarded(() => glue.panel(nums, strs, Float64Array.of(prefer ? 1 : 0, ...near)));
      if (given.length > 0) result.warnings = [...given, ...result.warnings];
      return result;
    },
  };
}

/**
 * The near tolerance of panel options as the engine's `[points, relative]`
 * (`NaN` for the default). `nearTolerance` is a number (percentage points)
 * or `{ points?, relative? }`; anything else is the default.
 * @param {unknown} options
 */
function nearTolerance(options) {
  const o = /** @type {any} */ (options);
  const tol = o !== null && typeof o === 'object' ? o.nearTolerance : undefined;
  const n = (/** @type {unknown} */ v) => (typeof v === 'number' ? v : NaN);
  if (typeof tol === 'number') return Float64Array.of(tol, NaN);
  if (tol !== null && typeof tol === 'object') return Float64Array.of(n(tol.points), n(tol.relative));
  return Float64Array.of(NaN, NaN);
}

/**
 * Reads reports together: each year's target against the result of the
 * report that reviews the year. See index.d.ts.
 * @param {Iterable<unknown>} entries `{ report, file? }` objects or bare Reports
 * @param {{ preferGiven?: boolean, nearTolerance?: number | { points?: number, relative?: number } }} [options]
 */
export function panel(entries, options) {
  assertReady();
  if (
    entries === null ||
    typeof entries !== 'object' ||
    typeof (/** @type {any} */ (entries)[Symbol.iterator]) !== 'function'
  ) {
    throw new TypeError('panel(): expected an array (or iterable) of { report, file } objects or Reports');
  }
  const p = createPanel(options);
  for (const entry of /** @type {Iterable<unknown>} */ (entries)) p.add(entry);
  return p.finish();
}

/**
 * panel() over an async iterable (or iterable) of entries, awaiting each,
 * so that a caller can parse files one at a time. See index.d.ts.
 * @param {AsyncIterable<unknown> | Iterable<unknown>} entries
 * @param {{ preferGiven?: boolean, nearTolerance?: number | { points?: number, relative?: number } }} [options]
 */
export async function panelAsync(entries, options) {
  const e = /** @type {any} */ (entries);
  if (
    e === null ||
    typeof e !== 'object' ||
    (typeof e[Symbol.asyncIterator] !== 'function' && typeof e[Symbol.iterator] !== 'function')
  ) {
    throw new TypeError('panelAsync(): expected an async iterable or iterable of entries');
  }
  const p = createPanel(options);
  for await (const entry of e) p.add(entry);
  assertReady();
  return p.finish();
}
