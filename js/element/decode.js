// Decoding a report file's bytes to text, shared by <gov-report>, its
// comparison module and the demo page (imported downward by each; it imports
// nothing).

/** The largest report file the page and the element read, in bytes: the engine's default input limit (20 MiB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Decodes file bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else
 * GB18030 (a superset of GBK and GB2312).
 * @param {Uint8Array} bytes
 */
export function decodeText(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
