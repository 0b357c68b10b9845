// The tooltip of a highlighted figure or a glossary term: value, unit,
// indicator, status, kind, year; in English mode also the original Chinese.
// Placed through the CSSOM (no inline style attribute), so it works under a
// strict CSP.

import { h } from './dom.js';
import { formatValue, kindWord, metricName } from './format.js';
import { metricEn } from './names.js';

/**
 * Fills the tooltip for an item (`mark.q` or `.term`); false when there is
 * nothing to show.
 * @param {HTMLElement} tip
 * @param {Element} item
 * @param {{lang: 'zh'|'en', t: any, idx: any, report: any}} ctx
 */
export function fillTip(tip, item, ctx) {
  const { t, lang, idx } = ctx;
  tip.replaceChildren();
  if (item.matches('mark.q')) {
    const q = idx && idx.byId.get(Number(item.getAttribute('data-quantity-id')));
    if (!q) return false;
    const zhName = (q.metricId && idx.metricLabels.get(q.metricId)) || q.metric;
    const name = q.metricId ? metricName({ metricId: q.metricId, label: zhName }, lang) : q.metric;
    /** @type {[string, string, string?][]} */
    const rows = [[t.tipValue, formatValue(q, lang)]];
    if (lang === 'en') rows.push([t.tipOriginal, q.text, 'zh-CN']);
    rows.push([t.tipUnit, q.unit || t.none, 'zh-CN'], [t.tipMetric, name || t.none]);
    // The other name: the Chinese term in English mode, the canonical label where the report's differs.
    const other = lang === 'en' ? (name !== zhName ? zhName : null) : q.metricId && zhName !== (q.metric ?? zhName) ? q.metric : null;
    if (other) rows.push([t.tipTerm, other, 'zh-CN']);
    else if (lang !== 'en' && q.metricId && metricEn(q.metricId, zhName)) rows.push(['English', /** @type {string} */ (metricEn(q.metricId, zhName)), 'en']);
    rows.push(
      [t.tipStatus, q.status ? t.status[q.status] || q.status : t.unknown],
      [t.tipKind, q.kind ? kindWord(q, t) || q.kind : t.none],
      [t.tipYear, q.year != null ? String(q.year) : t.none],
    );
    tip.append(h('dl', {}, ...rows.flatMap(([k, v, l]) => [h('dt', { text: k }), h('dd', { text: v, lang: l || null })])));
  } else {
    const g = ctx.report && ctx.report.glossary[Number(item.getAttribute('data-term'))];
    if (!g) return false;
    tip.append(h('div', { class: 'tip-title', text: g.term }), h('div', { text: g.definition }));
  }
  return true;
}

/**
 * Places the tooltip below the item (above it near the bottom of the
 * viewport), inside the frame.
 * @param {HTMLElement} tip @param {Element} item @param {HTMLElement} frame
 */
export function placeTip(tip, item, frame) {
  const box = frame.getBoundingClientRect();
  const rect = item.getBoundingClientRect();
  const width = tip.offsetWidth;
  let left = rect.left - box.left;
  left = Math.max(0, Math.min(left, box.width - width));
  let top = rect.bottom - box.top + 6;
  if (rect.bottom + tip.offsetHeight + 12 > window.innerHeight && rect.top > tip.offsetHeight + 12) {
    top = rect.top - box.top - tip.offsetHeight - 6;
  }
  tip.style.setProperty('left', `${Math.round(left)}px`);
  tip.style.setProperty('top', `${Math.round(top)}px`);
}
