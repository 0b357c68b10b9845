// The headline cards: one card per headline row (GDP, income, jobs …) with
// last year's level and growth beside this year's target. The cards shown and
// their order can be chosen (`cards`, `max-cards`).

import { h, src } from './dom.js';
import { METRIC_EN, TERM_EN } from './names.js';
import { formatValue, kindWord, accessibleName } from './format.js';

/**
 * The headline rows to show: those named in `cards` (in that order; all when
 * empty), at most `max`.
 * @param {import('./gov-report.js').HeadlineRow[]} rows
 * @param {string[]|null} cards metric ids
 * @param {number|null} max
 */
export function pickRows(rows, cards, max) {
  let out = rows || [];
  if (cards && cards.length) {
    const by = new Map(out.map((r) => [r.metricId, r]));
    out = [...new Set(cards)].map((id) => by.get(id)).filter(Boolean);
  }
  return max != null && max >= 0 ? out.slice(0, max) : out;
}

/**
 * A headline row's name and the other name (for the title): zh shows the
 * report's own term (`国内生产总值`), en the English name; the other one
 * goes to the tooltip.
 * @param {any} row @param {'zh'|'en'} lang
 */
export function rowNames(row, lang) {
  const zh = row.term ?? row.label;
  // The report's own term in English when it names another statistic (城镇登记失业率).
  const en = (row.term != null && TERM_EN[row.term]) || METRIC_EN[row.metricId];
  if (lang === 'en' && en) return { name: en, other: zh };
  return { name: zh, other: row.term != null && row.term !== row.label ? row.label : lang === 'en' ? null : METRIC_EN[row.metricId] || null };
}

/**
 * @param {import('./gov-report.js').Report} r
 * @param {{lang: 'zh'|'en', t: any, idx: any, cards?: string[]|null, maxCards?: number|null}} ctx
 */
export function cardsView(r, ctx) {
  const { t, lang, idx } = ctx;
  const wrap = h('div', { class: 'headline' }, h('h3', { text: t.headline }));
  const rows = pickRows(r.headline, ctx.cards || null, ctx.maxCards ?? null);
  if (!rows.length) {
    wrap.append(h('p', { class: 'chart-note', text: t.headlineNone }));
    return wrap;
  }
  const meta = r.meta || /** @type {any} */ ({});
  const list = h('ul', { class: 'cards', part: 'cards', 'data-rv-group': '' });
  for (const row of rows) {
    const { name, other } = rowNames(row, lang);
    const get = (id) => (id != null ? idx.byId.get(id) : null);
    const level = get(row.level);
    const growth = get(row.growth);
    const target = get(row.target);
    const primary = target || growth || level;
    /** A button that jumps to a figure: kind word, value, estimate badge. */
    const fig = (q) =>
      h(
        'button',
        {
          type: 'button',
          class: 'fig',
          'data-ref': q.id,
          'data-rv': '',
          tabindex: '-1',
          'aria-label': accessibleName(name, q, lang, t),
        },
        // Visible text in the order of the accessible name (estimate, kind, value).
        q.status === 'estimate' ? h('span', { class: 'est', text: t.estBadge }) : null,
        q.status === 'estimate' ? ' ' : null,
        h('span', { class: 'k', text: kindWord(q, t) }),
        ' ',
        h('span', { class: 'v', text: formatValue(q, lang) }),
      );
    const none = () => h('span', { class: 'empty', text: t.none });
    const reviewCol = h(
      'div',
      { class: 'review' },
      h('p', { class: 'col-title', text: t.reviewYear(meta.reviewYear) }),
      level ? fig(level) : null,
      growth ? fig(growth) : null,
      !level && !growth ? none() : null,
    );
    const targetCol = h(
      'div',
      { class: 'target' },
      h('p', { class: 'col-title', text: t.planYear(meta.planYear) }),
      target ? fig(target) : none(),
    );
    list.append(
      h(
        'li',
        { class: 'card', part: 'card', 'data-ref': primary ? primary.id : null, 'data-metric': row.metricId },
        h('h4', { title: other || null }, src(name, lang)),
        h('div', { class: 'cols' }, reviewCol, targetCol),
      ),
    );
  }
  const first = list.querySelector('[data-rv]');
  if (first) first.setAttribute('tabindex', '0');
  wrap.append(list);
  return wrap;
}
