// Test pages served from memory by tests/browser/server.mjs (no inline
// scripts, so they also run under a strict Content-Security-Policy).

/** The strict policy the element must work under. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

/**
 * A page with one <gov-report> and a module script.
 * @param {{attrs?: string, fallback?: string, before?: string, script?: string, lang?: string}} [o]
 */
export function page(o = {}) {
  return `<!doctype html>
<html lang="${o.lang || 'zh'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>gov-report test</title>
<link rel="icon" href="/favicon.ico">
<script type="module" src="${o.script || '/t/page.js'}"></script>
</head>
<body>
${o.before || ''}
<gov-report id="r" ${o.attrs ?? 'loading="eager"'}>${o.fallback ?? '<p id="fb">原文链接 fallback</p>'}</gov-report>
</body>
</html>`;
}

/** The module every test page loads: registers the element, records CSP violations and events. */
export const PAGE_JS = `
import { GovReportElement } from '/js/element/define.js';
window.GovReportElement = GovReportElement;
window.__violations = [];
window.__events = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI);
});
for (const type of ['gov-report-ready', 'gov-report-select', 'gov-report-error']) {
  document.addEventListener(type, (e) => {
    window.__events.push({ type, bubbles: e.bubbles, composed: e.composed, detail: type === 'gov-report-ready' ? null : e.detail });
  });
}
`;

/** Routes for startServer(): a page and its script. */
export function routes(extra = {}) {
  return {
    '/t/page.js': { body: PAGE_JS, type: 'text/javascript; charset=utf-8' },
    '/favicon.ico': { body: '', type: 'image/x-icon' },
    ...extra,
  };
}
