// Downloads of exports, loaded lazily (a dynamic import, on the first
// export): the figures of <gov-report> (CSV/JSON, figures.js) and the rows of
// <gov-report-panel> / the comparison (panel-model.js builds the text).

import { h, fileName } from './dom.js';

export { exportFigures } from './figures.js';

/**
 * Offers a text as a file download (a temporary link in `host`).
 * @param {string} text @param {string} type MIME type
 * @param {string} base file name without extension @param {'csv'|'json'} ext
 * @param {HTMLElement} host
 */
export function download(text, type, base, ext, host) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: fileName(base, ext) });
  a.hidden = true;
  host.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}
