// Addresses and the files behind them. Every address an element or the demo
// uses comes from outside (an attribute, a page address, a file list) and is
// untrusted: it is parsed and checked here before anything fetches it, links
// to it or writes it into a snippet. Only http: and https: addresses
// (relative ones resolve against the page) pass; a report's own text may also
// travel in a `data:text/plain` address, which is fetched, never navigated.
// `javascript:`, `vbscript:`, `data:text/html`, `file:`, `blob:` and the rest
// are refused with the code `unsafe-url`; what does not parse, `malformed-url`.

/** Schemes an address may have to be fetched or linked. */
const WEB_SCHEMES = ['http:', 'https:'];

/** The media type of a `data:` address that holds plain text (the only kind fetched). */
const TEXT_DATA = /^text\/plain(?:[;,]|$)/i;

/**
 * An Error with a stable `code` (the elements' and the demo's message tables key on it).
 * @param {string} code
 * @param {string} message
 */
function codedError(code, message) {
  return Object.assign(new Error(message), { code });
}

/** An address as shown in a message: one line, at most 80 characters. @param {unknown} value */
const shown = (value) => String(value ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);

/**
 * Parses and checks an address from outside.
 * @param {unknown} value the address as given (relative or absolute)
 * @param {{base?: string, textData?: boolean}} [options] `base`: what a
 *   relative address resolves against (the page's base URL by default);
 *   `textData`: also accept `data:text/plain` (for fetching, never for links)
 * @returns {URL}
 * @throws {Error & {code: 'unsafe-url' | 'malformed-url'}}
 */
export function checkedUrl(value, { base, textData = false } = {}) {
  const raw = String(value ?? '');
  let url;
  try {
    url = new URL(raw, base ?? globalThis.document?.baseURI);
  } catch {
    throw codedError('malformed-url', `${shown(raw)}: not a valid address`);
  }
  // The URL parser has already dropped tabs, newlines and surrounding spaces
  // and lower-cased the scheme, so `JaVa\tScript:` is seen as `javascript:`.
  if (WEB_SCHEMES.includes(url.protocol)) return url;
  if (textData && url.protocol === 'data:' && TEXT_DATA.test(url.pathname)) return url;
  throw codedError('unsafe-url', `${shown(raw)}: only http: and https: addresses are allowed`);
}

/**
 * Fetches a report file's bytes from a checked address.
 * @param {unknown} src
 * @param {{signal?: AbortSignal}} [options]
 * @returns {Promise<Uint8Array>}
 * @throws {Error & {code: string}} `unsafe-url`, `malformed-url`,
 *   `fetch-failed` (network, cross-origin or HTTP error: the status ends the message)
 */
export async function fetchReportBytes(src, { signal } = {}) {
  const url = checkedUrl(src, { textData: true });
  const res = await fetch(url, { signal }).catch((e) => {
    throw codedError('fetch-failed', `${shown(src)}: ${(e && e.message) || e}`);
  });
  if (!res.ok) throw codedError('fetch-failed', `${shown(src)}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/**
 * The file name an address ends in, decoded when it can be (`5%.txt` stays as
 * written rather than failing); '' for an address that is not http(s) or does not parse.
 * @param {unknown} src
 */
export function fileNameOf(src) {
  let path;
  try {
    const url = new URL(String(src ?? ''), globalThis.document?.baseURI);
    if (!WEB_SCHEMES.includes(url.protocol)) return '';
    path = url.pathname;
  } catch {
    return '';
  }
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
