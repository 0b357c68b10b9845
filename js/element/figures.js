// The figures view: filters, search, the table of every figure (the
// figure's own text highlighted in its sentence) and CSV/JSON export.

import { h, src, fileName, hasCjk } from './dom.js';
import { formatValue, kindWord, metricName } from './format.js';
import { STATUSES, KINDS, toCsv, toJson, sourceColumns, project } from './model.js';

/**
 * The filter form, the actions and an empty table (rows come from `figureRows`).
 * @param {import('./gov-report.js').Report} r
 * @param {{lang: 'zh'|'en', t: any, idx: any}} ctx
 */
export function figuresView(r, ctx) {
  const { t, lang, idx } = ctx;
  const sel = (name, label, options) => {
    const select = h('select', { 'data-filter-key': name, name });
    select.append(h('option', { value: '', text: t.all }));
    for (const [value, text, depth] of options) {
      // Section titles are the report's own words: marked Chinese in an English view.
      select.append(h('option', { value, text: `${'\u2003'.repeat(depth || 0)}${text}`, lang: lang === 'en' && hasCjk(text) ? 'zh-CN' : null }));
    }
    return h('label', {}, label, select);
  };
  const qs = r.quantities || [];
  const statusOpts = STATUSES.filter((s) => qs.some((q) => q.status === s)).map((s) => [s, t.status[s]]);
  if (qs.some((q) => q.status == null)) statusOpts.push(['unknown', t.unknown]);
  const kindOpts = KINDS.filter((k) => qs.some((q) => q.kind === k)).map((k) => [k, t.kindFilter[k]]);
  if (qs.some((q) => q.kind == null)) kindOpts.push(['unknown', t.unknown]);
  const metricOpts = [...new Set(qs.map((q) => q.metricId).filter(Boolean))]
    .map((m) => {
      const q = qs.find((x) => x.metricId === m);
      return [m, metricName({ metricId: m, label: idx.metricLabels.get(m) || (q && q.metric) || m }, lang)];
    })
    .sort((a, b) => String(a[1]).localeCompare(String(b[1]), lang === 'en' ? 'en' : 'zh'));
  const sectionOpts = (r.sections || [])
    .filter((s) => s.level !== 'topic')
    .map((s) => [String(s.id), `${s.label}${s.title}`, s.level === 'part' ? 0 : 1]);
  const search = h('input', {
    type: 'search',
    'data-filter-key': 'q',
    name: 'q',
    placeholder: t.searchPlaceholder,
    autocomplete: 'off',
    part: 'search',
  });
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': t.filters, part: 'filters' },
    sel('status', t.filterStatus, statusOpts),
    sel('kind', t.filterKind, kindOpts),
    sel('metric', t.filterMetric, metricOpts),
    sel('section', t.filterSection, sectionOpts),
    h('label', {}, t.search, search),
  );
  form.addEventListener('submit', (e) => e.preventDefault());
  const actions = h(
    'div',
    { class: 'actions' },
    h('span', { class: 'count', 'data-count': '', 'aria-live': 'polite' }),
    h('button', { type: 'button', class: 'btn', 'data-action': 'reset', text: t.reset }),
    h('button', { type: 'button', class: 'btn', 'data-action': 'csv', part: 'export-csv', text: t.exportCsv }),
    h('button', { type: 'button', class: 'btn', 'data-action': 'json', part: 'export-json', text: t.exportJson }),
  );
  const cols = [t.colFigure, t.colMetric, t.colStatus, t.colKind, t.colYear, t.colSection, t.colSentence];
  const table = h(
    'table',
    { class: 'figs', part: 'figures', 'aria-label': t.figures },
    h('thead', {}, h('tr', {}, ...cols.map((c) => h('th', { scope: 'col', text: c })))),
    h('tbody', { 'data-rows': '', 'data-rv-group': '' }),
  );
  return h(
    'div',
    { class: 'figures' },
    h('h3', { class: 'vh', text: t.figures }),
    form,
    actions,
    h('div', { class: 'table-wrap' }, table),
    h('p', { class: 'empty-note', 'data-empty': '', hidden: true, text: t.noMatch }),
  );
}

/** Longest sentence shown in a row (longer ones are cut around the figure). */
const SENTENCE_MAX = 90;

/**
 * The sentence of a figure with the figure's own text in a <mark>: from the
 * original text when there is one (exact), else the n-th occurrence of the
 * figure's text in its sentence (n counts earlier figures with that text).
 * @param {any} q
 * @param {{text?: string|null, report: any}} ctx
 */
export function sentenceCell(q, ctx) {
  let sentence = q.sentence || '';
  let at = -1;
  let len = (q.text || '').length;
  const text = ctx.text;
  if (text && q.sentenceSpan && q.span) {
    const p = project(text, q.sentenceSpan[0], q.sentenceSpan[1]);
    const i = p.offs.findIndex((o) => o >= q.span[0]);
    const j = p.offs.findIndex((o) => o >= q.span[1]);
    if (p.text && i >= 0) {
      sentence = p.text;
      at = i;
      len = (j < 0 ? p.text.length : j) - i;
    }
  }
  if (at < 0 && q.text) {
    const before = (ctx.report.quantities || []).filter(
      (x) => x.sentenceSpan && q.sentenceSpan && x.sentenceSpan[0] === q.sentenceSpan[0] && x.text === q.text && x.span[0] < q.span[0],
    ).length;
    let from = 0;
    for (let k = 0; k <= before; k++) {
      at = sentence.indexOf(q.text, from);
      if (at < 0) break;
      from = at + q.text.length;
    }
  }
  const td = h('td', { class: 'sentence', lang: 'zh-CN' });
  if (at < 0 || len <= 0) {
    td.textContent = sentence.length > SENTENCE_MAX ? sentence.slice(0, SENTENCE_MAX - 2) + '…' : sentence;
    return td;
  }
  let a = 0;
  let b = sentence.length;
  if (b > SENTENCE_MAX) {
    a = Math.max(0, Math.min(at - 30, b - SENTENCE_MAX));
    b = Math.min(b, a + SENTENCE_MAX);
  }
  td.append(
    (a > 0 ? '…' : '') + sentence.slice(a, at),
    h('mark', { class: 'own', text: sentence.slice(at, at + len) }),
    sentence.slice(at + len, b) + (b < sentence.length ? '…' : ''),
  );
  return td;
}

/**
 * The table rows of the selected figures.
 * @param {any[]} rows
 * @param {{lang: 'zh'|'en', t: any, idx: any, text?: string|null, report: any}} ctx
 */
export function figureRows(rows, ctx) {
  const { t, lang, idx } = ctx;
  const frag = document.createDocumentFragment();
  rows.forEach((q, i) => {
    const outer = idx.outer(q.sectionId);
    const name = q.metricId ? metricName({ metricId: q.metricId, label: idx.metricLabels.get(q.metricId) || q.metric }, lang) : q.metric;
    frag.append(
      h(
        'tr',
        { 'data-ref': q.id },
        h(
          'td',
          { class: 'num' },
          h(
            'button',
            { type: 'button', class: 'go', 'data-ref': q.id, 'data-rv': '', tabindex: i ? '-1' : '0', title: lang === 'en' ? q.text : null },
            h('span', { class: 'v', text: formatValue(q, lang) }),
          ),
          q.status === 'estimate' ? h('span', { class: 'est', text: t.estBadge }) : null,
        ),
        h('td', { class: 'metric' }, name ? src(name, lang) : t.none),
        h('td', { class: 'nw' }, h('span', { class: `pill s-${q.status || 'unknown'}`, text: q.status ? t.status[q.status] || q.status : t.unknown })),
        h('td', { class: 'nw', text: q.kind ? kindWord(q, t) || q.kind : t.none }),
        h('td', { class: 'num', text: q.year != null ? String(q.year) : t.none }),
        h('td', { lang: outer ? 'zh-CN' : null, text: outer ? `${outer.label}${outer.title}` : t.none }),
        sentenceCell(q, ctx),
      ),
    );
  });
  return frag;
}

/**
 * Downloads the selection as CSV or JSON, with the report's region, years
 * and file name on every row.
 * @param {'csv'|'json'} kind
 * @param {any} report @param {any[]} selection @param {object} filters @param {any} idx
 * @param {string} file
 * @param {HTMLElement} host where the temporary link goes
 */
export function exportFigures(kind, report, selection, filters, idx, file, host) {
  const base = [report.meta && report.meta.region, report.meta && report.meta.planYear, 'figures'].filter(Boolean).join('-');
  const blob =
    kind === 'csv'
      ? new Blob([toCsv(selection, idx, sourceColumns(report, file))], { type: 'text/csv;charset=utf-8' })
      : new Blob([toJson(report, selection, filters, file)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: fileName(base, kind) });
  a.hidden = true;
  host.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}
