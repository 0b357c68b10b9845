// The headline cards: one card per headline row (GDP, income, jobs …) with
// last year's level and growth beside this year's target. The cards shown and
// their order can be chosen (`cards`, `max-cards`).

import { h, src } from './dom.js';
import { metricEn } from './names.js';
import { formatValue, accessibleName } from './format.js';

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
 * report's own term (`国内生产总值`), en the English of that term (`GDP`, not
 * `Regional GDP`); the other one goes to the tooltip.
 * @param {any} row @param {'zh'|'en'} lang
 */
export function rowNames(row, lang) {
  const zh = row.term ?? row.label;
  const en = metricEn(row.metricId, zh);
  if (lang === 'en' && en) return { name: en, other: zh };
  return { name: zh, other: row.term != null && row.term !== row.label ? row.label : lang === 'en' ? null : en };
}

/**
 * A figure as a card shows it: growth signed (`+5.4%`, `−2%`), the
 * qualifier written out, an amount that is an addition says so (`新增 …`,
 * `added …`); other kinds are said by the accessible name.
 * @param {any} q @param {'zh'|'en'} lang @param {any} [t] the label table (for `added`)
 */
export function cardValue(q, lang, t) {
  const v = formatValue(q, lang, { signed: q.kind === 'growth' });
  return q.kind !== 'growth' && q.measure === 'added' && t ? `${t.added} ${v}` : v;
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
    /** A button that jumps to a figure: the value (and an estimate badge); in English the original in its title. */
    const fig = (q) =>
      h(
        'button',
        {
          type: 'button',
          class: 'fig',
          'data-ref': q.id,
          'data-rv': '',
          tabindex: '-1',
          // The visible text (value, then the estimate badge) ends the accessible name, in that order.
          'aria-label': [accessibleName(name, { ...q, status: q.status === 'estimate' ? null : q.status }, lang, t, cardValue(q, lang)), q.status === 'estimate' ? t.estBadge : '']
            .filter(Boolean)
            .join(' '),
          title: lang === 'en' ? q.text : null,
        },
        h('span', { class: 'v', text: cardValue(q, lang, t) }),
        q.status === 'estimate' ? ' ' : null,
        q.status === 'estimate' ? h('span', { class: 'est', text: t.estBadge }) : null,
      );
    const none = () => h('span', { class: 'empty', text: t.none });
    list.append(
      h(
        'li',
        { class: 'card', part: 'card', 'data-ref': primary ? primary.id : null, 'data-metric': row.metricId },
        h('h4', { title: other || null }, src(name, lang)),
        h(
          'div',
          { class: 'rows' },
          cardRow('review', t.reviewYear(meta.reviewYear), level ? fig(level) : null, growth ? fig(growth) : null, !level && !growth ? none() : null),
          cardRow('target', t.planYear(meta.planYear), target ? fig(target) : none()),
        ),
      ),
    );
  }
  const first = list.querySelector('[data-rv]');
  if (first) first.setAttribute('tabindex', '0');
  wrap.append(list);
  return wrap;
}

/**
 * One line of a card: a short label (the year, `2026 target`) and the values
 * beside it, which wrap within the card.
 * @param {string} cls @param {string} label @param {...(Node|string|null)} values
 */
export function cardRow(cls, label, ...values) {
  return h('div', { class: `row ${cls}` }, h('span', { class: 'rl', text: label }), h('span', { class: 'rv' }, ...values));
}
