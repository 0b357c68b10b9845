// The targets table: each plan-year target (its qualifier written out:
// `5%左右`, `about 5%`) beside last year's figure. One
// tab stop for the whole table (arrow keys between its buttons); stacked
// rows on narrow widths.

import { h, src } from './dom.js';
import { changeText, metricName } from './format.js';
import { lastYearFor } from './model.js';

/**
 * @param {import('./gov-report.js').Report} r
 * @param {{lang: 'zh'|'en', t: any, idx: any}} ctx
 */
export function targetsView(r, ctx) {
  const { t, lang, idx } = ctx;
  const wrap = h('div', { class: 'targets' }, h('h3', { text: t.targets, id: 'targets-title' }));
  if (!r.targets || !r.targets.length) {
    wrap.append(h('p', { class: 'chart-note', text: t.targetsNone }));
    return wrap;
  }
  const review = r.meta && r.meta.reviewYear;
  const lastHead = `${t.colLast}${review ? ` (${review})` : ''}`;
  const tbody = h('tbody', { 'data-rv-group': '' });
  for (const tg of r.targets) {
    const q = idx.byId.get(tg.quantityId);
    const zhName = (tg.metricId && idx.metricLabels.get(tg.metricId)) || tg.metric || tg.metricId || t.unknown;
    const label = metricName({ metricId: tg.metricId, label: zhName }, lang);
    const last = lastYearFor(r, tg, idx);
    const shown = { ...tg, direction: q ? q.direction : null, measure: q ? /** @type {any} */ (q).measure : undefined };
    tbody.append(
      h(
        'tr',
        { 'data-ref': tg.quantityId, part: 'target-row' },
        h(
          'th',
          { scope: 'row', 'data-label': t.colIndicator },
          h('button', { type: 'button', class: 'go', 'data-ref': tg.quantityId, 'data-rv': '', tabindex: '-1', title: label !== zhName ? zhName : null }, src(label, lang)),
        ),
        h('td', { class: 'num', 'data-label': t.colTarget }, h('span', { class: 'v', text: changeText(shown, lang, t) })),
        h(
          'td',
          { class: 'num', 'data-label': lastHead },
          last
            ? h('button', { type: 'button', class: 'go', 'data-ref': last.id, 'data-rv': '', tabindex: '-1' }, h('span', { class: 'v', text: changeText(last, lang, t) }))
            : t.none,
          last && last.status === 'estimate' ? h('span', { class: 'k', text: ` (${t.status.estimate})` }) : null,
        ),
      ),
    );
  }
  const first = tbody.querySelector('[data-rv]');
  if (first) first.setAttribute('tabindex', '0');
  wrap.append(
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'tgts', part: 'targets', 'aria-labelledby': 'targets-title' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col', text: t.colIndicator }),
            h('th', { scope: 'col', text: t.colTarget }),
            h('th', { scope: 'col', text: lastHead }),
          ),
        ),
        tbody,
      ),
    ),
  );
  return wrap;
}
