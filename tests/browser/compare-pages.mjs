// Pages and scripts of the comparison and panel tests (no inline scripts:
// they run under the strict CSP).
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers.mjs';
import { STRICT_CSP } from './pages.mjs';

const hostileSrc = fs.readFileSync(path.join(ROOT, 'tests', 'browser', 'hostile-pair.mjs'), 'utf8');

/** The module of every page: both elements, the engine, event and CSP records. */
const PAGE_JS = `
import { GovReportElement } from '/js/element/define.js';
import { GovReportPanelElement } from '/js/element/panel-define.js';
import * as engine from '/js/index.js';
import { hostile } from '/t/hostile.js';
window.__engine = engine;
window.__hostile = hostile;
window.__violations = [];
window.__events = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
for (const type of ['gov-report-ready', 'gov-report-compare', 'gov-report-compare-select', 'gov-report-panel-ready',
  'gov-report-panel-select', 'gov-report-panel-progress', 'gov-report-panel-error', 'gov-report-error']) {
  document.addEventListener(type, (e) => window.__events.push({ type, composed: e.composed, detail: type.endsWith('select') ? { side: e.detail.side, id: e.detail.quantity && e.detail.quantity.id, text: e.detail.quantity && e.detail.quantity.text, row: e.detail.row || null } : null }));
}
window.__ready = true;
`;

/** A page with the given body. */
export function page(body, lang = 'zh') {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>panel test</title><link rel="icon" href="/favicon.ico"><script type="module" src="/t/page.js"></script></head>
<body>${body}</body></html>`;
}

/** Routes: the page script, the hostile pair module, pages (all under the strict CSP). */
export function routes(pages) {
  const out = {
    '/t/page.js': { body: PAGE_JS, type: 'text/javascript; charset=utf-8' },
    '/t/hostile.js': { body: hostileSrc, type: 'text/javascript; charset=utf-8' },
    '/favicon.ico': { body: '', type: 'image/x-icon' },
  };
  for (const [p, body] of Object.entries(pages)) out[p] = { body, headers: { 'content-security-policy': STRICT_CSP } };
  return out;
}

/** Whether anything in the document or a shadow root overflows horizontally. */
export async function overflow(page) {
  return page.evaluate(() => {
    const doc = document.scrollingElement;
    const out = [];
    if (doc.scrollWidth > doc.clientWidth + 1) out.push(`document ${doc.scrollWidth} > ${doc.clientWidth}`);
    for (const host of document.querySelectorAll('gov-report, gov-report-panel')) {
      const r = host.getBoundingClientRect();
      for (const n of host.shadowRoot.querySelectorAll('*')) {
        const b = n.getBoundingClientRect();
        if (b.width && b.right > r.right + 1 && !n.closest('.table-wrap, .tabs, [hidden]')) out.push(`${n.localName}.${n.className && n.className.baseVal !== undefined ? n.className.baseVal : n.className} ${Math.round(b.right)} > ${Math.round(r.right)}`);
      }
    }
    return out.slice(0, 5);
  });
}

/** Font sizes of the chart text in px (rendered). */
export async function chartFontSizes(page, host) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel).shadowRoot;
    return [...root.querySelectorAll('svg text')].filter((n) => n.getClientRects().length).map((n) => parseFloat(getComputedStyle(n).fontSize));
  }, host);
}
