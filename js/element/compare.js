// The comparison of <gov-report> with the previous year's report, loaded
// lazily (a dynamic import) only when `previous-src`, `previousText` or
// `previousReport` is given. The engine's panel() over the two reports gives
// the rows (same rule as `govreport panel`; no verdict is computed here);
// this module adds them to the cards and the targets table and shows a table
// of last year's targets against this year's results.
//
// Report text is untrusted: nodes are built with h() (textContent) only.

import { h } from './dom.js';
import { fetchReportBytes, fileNameOf } from './load.js';
import { decodeText } from './decode.js';
import { indexReport } from './model.js';
import { sentenceCell } from './figures.js';
import { metricName, gapText } from './format.js';
import { cardRow } from './cards.js';
import { LABELS } from './i18n.js';
import { adoptSheet, COMPARE_CSS } from './panel-styles.js';
import { PANEL_LABELS, targetText, resultText, targetChange, regionName } from './panel-labels.js';


/** The change of a target, with last year's: `原为 6%左右`, `from about 6%`. */
const FROM = { zh: (v) => `原为 ${v}`, en: (v) => `from ${v}` };

/** The current comparison of each element's content, and the contents listened to. */
const views = new WeakMap();
const bound = new WeakSet();

/** The previous report read for each element, keyed by its input. @type {WeakMap<Element, {key: unknown, report: any, text: string|null}>} */
const cache = new WeakMap();

/**
 * Reads the previous report: given as a Report, as text, or fetched from a
 * URL (UTF-8, UTF-16 with BOM or GBK), parsed once per input.
 * @param {Element} host
 * @param {{src?: string|null, text?: string|null, report?: any}} prev
 * @param {() => Promise<any>} loadEngine
 */
async function readPrevious(host, prev, loadEngine) {
  const key = prev.report || prev.text || prev.src;
  const hit = cache.get(host);
  if (hit && hit.key === key) return hit;
  let text = prev.text ?? null;
  let report = prev.report || null;
  if (!report) {
    if (text == null && prev.src) {
      text = decodeText(await fetchReportBytes(prev.src));
    }
    const engine = await loadEngine();
    report = engine.parse(String(text ?? ''));
  }
  const out = { key, report, text };
  cache.set(host, out);
  return out;
}

/**
 * Compares a report with the previous year's: panel() over the two, then
 * the rows of the reviewed year whose target the previous report set
 * (`results`: last year's target, this year's result, gap, verdict) and the
 * rows of the plan year whose target this report sets, each with last year's
 * target row and the change (`targets`: raised / kept / cut).
 * @param {{panel: (entries: any[]) => {rows: any[], warnings: any[]}}} engine
 * @param {any} current @param {any} previous
 * @param {string} file @param {string} previousFile
 */
export function comparePair(engine, current, previous, file, previousFile) {
  if (typeof engine.panel !== 'function') {
    throw Object.assign(new Error('the engine has no panel()'), { code: 'engine-failed' });
  }
  const cur = file || 'current';
  const prev = previousFile && previousFile !== cur ? previousFile : `previous:${previousFile || ''}`;
  const p = engine.panel([
    { report: previous, file: prev },
    { report: current, file: cur },
  ]);
  const meta = current.meta || {};
  const year = meta.reviewYear;
  const planYear = meta.planYear;
  const results = p.rows.filter((r) => r.year === year && r.targetFile === prev);
  const byKey = new Map(results.map((r) => [`${r.metricId}|${r.kind}`, r]));
  const targets = p.rows
    .filter((r) => r.year === planYear && r.targetFile === cur)
    .map((row) => {
      const before = byKey.get(`${row.metricId}|${row.kind}`) || null;
      return { row, before, change: targetChange(row, before) };
    });
  const warnings = [...pairWarnings(current, previous), ...p.warnings];
  return { year, planYear, file: cur, previousFile: prev, rows: p.rows, warnings, results, targets };
}

/** A region's name without its level word, so that 河南省 and 河南 match. @param {unknown} name */
function regionStem(name) {
  return String(name || '').replace(/(?:维吾尔|壮族|回族)?(?:自治区|自治州|特别行政区|省|市|区|县|州|盟|地区)$/, '');
}

/**
 * What makes two reports a doubtful pair: different regions (by code when
 * both have one, else by name), or years that do not follow on (the earlier
 * report's plan year is not the year the later one reviews).
 * @param {any} current @param {any} previous
 * @returns {{code: 'different-regions'|'not-consecutive', message: string, values: [string, string]}[]}
 */
export function pairWarnings(current, previous) {
  const a = (previous && previous.meta) || {};
  const b = (current && current.meta) || {};
  const out = [];
  const sameRegion = a.regionCode && b.regionCode ? a.regionCode === b.regionCode : regionStem(a.region) === regionStem(b.region);
  if (a.region && b.region && !sameRegion) {
    out.push({ code: 'different-regions', message: `the reports are of different regions: ${a.region}, ${b.region}`, values: [String(a.region), String(b.region)] });
  }
  if (a.planYear != null && b.reviewYear != null && a.planYear !== b.reviewYear) {
    out.push({ code: 'not-consecutive', message: `the earlier report plans ${a.planYear}, this one reviews ${b.reviewYear}`, values: [String(a.planYear), String(b.reviewYear)] });
  }
  return /** @type {any} */ (out);
}

/**
 * Runs the comparison for a <gov-report> that has rendered `report`, and
 * adds it to the rendered views. Resolves to the comparison (also the
 * detail of `gov-report-compare`): `{year, planYear, file, previousFile,
 * rows, warnings, results, targets, previous}`, or `{error: {code, message}}`.
 * @param {any} host the <gov-report> (its `file` and its class's `loadEngine` are used)
 * @param {ShadowRoot} root @param {HTMLElement} content the rendered views
 * @param {any} report this year's Report @param {any} ctx the views' context
 * @param {{src?: string|null, text?: string|null, report?: any}} previous
 */
export async function attach(host, root, content, report, ctx, previous) {
  const loadEngine = () => host.constructor.loadEngine();
  const o = { previous, loadEngine, file: host.file };
  const t = PANEL_LABELS[ctx.lang === 'en' ? 'en' : 'zh'];
  adoptSheet(root, COMPARE_CSS);
  let cmp;
  let prev;
  try {
    prev = await readPrevious(host, o.previous, o.loadEngine);
    const engine = await o.loadEngine();
    cmp = comparePair(engine, report, prev.report, o.file, o.previous.src ? (fileNameOf(o.previous.src) || 'previous') : 'previous');
  } catch (e) {
    const err = /** @type {any} */ (e) || {};
    const box = h('p', { class: 'chart-note cmp-error', part: 'compare-error', role: 'note' }, `${t.compareFailed}: ${String(err.message || err)}`);
    (content.querySelector('#panel-overview') || content).append(box);
    return { error: { code: String(err.code || 'error'), message: String(err.message || err) } };
  }
  const pidx = indexReport(prev.report);
  const view = { t, lang: ctx.lang, cmp, prev, pidx, root, report };
  // Reports of two regions share no row: the panel's rows of the other region are not this report's.
  if (mismatch(view)) view.cmp = cmp = { ...cmp, results: [], targets: [] };
  decorateCards(content, view);
  decorateTargets(content, view, ctx);
  const section = compareView(view, ctx);
  const after = content.querySelector('.targets') || content.querySelector('.headline');
  if (after) after.after(section);
  else (content.querySelector('#panel-overview') || content).append(section);
  // Figures of the previous report: their sentence, shown here (this element's text is this year's).
  views.set(content, view);
  if (!bound.has(content)) {
    bound.add(content);
    content.addEventListener('click', (e) => {
      const target = /** @type {Element} */ (e.target);
      const b = target instanceof Element ? target.closest('[data-prev-ref]') : null;
      const v = views.get(content);
      if (!b || !v) return;
      e.stopPropagation();
      showSource(b, v);
    });
  }
  return { ...cmp, previous: prev.report };
}

/** Why two reports do not pair: another region, or not the year before. */
const MISMATCH = {
  zh: {
    region: (a, b) => `上年报告是${b}的报告，本报告是${a}的：请选同一地区上一年的报告。`,
    year: (y, p) => `所选报告定的是 ${p ?? '?'} 年的目标，本报告回顾的是 ${y ?? '?'} 年：请选上一年的报告。`,
  },
  en: {
    region: (a, b) => `Last year’s report is of ${b}, this one of ${a}: choose the previous report of the same region.`,
    year: (y, p) => `The report chosen sets targets for ${p ?? '?'}, and this one reviews ${y ?? '?'}: choose the previous year’s report.`,
  },
};

/** The note when the previous report is of another region or year, else null. @param {any} view */
function mismatch(view) {
  const m = MISMATCH[view.lang === 'en' ? 'en' : 'zh'];
  const a = (view.report && view.report.meta) || {};
  const b = (view.prev.report && view.prev.report.meta) || {};
  if (a.region && b.region && a.region !== b.region) return m.region(regionName(a.region, view.lang), regionName(b.region, view.lang));
  if (a.reviewYear != null && b.planYear != null && a.reviewYear !== b.planYear) return m.year(a.reviewYear, b.planYear);
  return null;
}

/**
 * The report's own name of a panel row's indicator (`国内生产总值`,
 * `城镇登记失业率`), not the canonical label: this report's headline term,
 * else last year's, else the panel's label.
 * @param {any} row @param {any} current @param {any} previous @param {any} q the target quantity
 */
export function termOf(row, current, previous, q) {
  for (const r of [current, previous]) {
    const hl = ((r && r.headline) || []).find((x) => x.metricId === row.metricId);
    if (hl) return hl.term ?? hl.label;
  }
  return row.metric || (q && q.metric) || row.metricId;
}

/** A button that shows a figure of the previous report. */
function prevButton(id, text) {
  return h('button', { type: 'button', class: 'go prev', 'data-prev-ref': id, 'data-rv': '', tabindex: '-1' }, h('span', { class: 'v', text }));
}

/** A button that selects a figure of this report (handled by the element). */
function curButton(id, text) {
  return id == null
    ? h('span', { class: 'v', text })
    : h('button', { type: 'button', class: 'go', 'data-ref': id, 'data-rv': '', tabindex: '-1' }, h('span', { class: 'v', text }));
}

/** The verdict badge and gap of a row. */
function verdictNodes(row, view) {
  const { t, lang } = view;
  if (!row.verdict) return [];
  const gap = gapText(row.gap, row.unit, lang);
  return [
    h('span', { class: `verdict v-${row.verdict}`, part: `verdict verdict-${row.verdict}`, 'data-verdict': row.verdict, title: row.rule ? t.rule[row.rule] : null, text: t.verdict[row.verdict] }),
    gap ? h('span', { class: 'k gap' }, h('span', { class: 'vh', text: `${t.gap} ` }), gap) : null,
  ];
}

/**
 * Cards: a line for last year's target against this year's result (verdict
 * and gap) before the card's target line, and the change of this year's
 * target against last year's on that line.
 */
function decorateCards(content, view) {
  const { t, lang, cmp } = view;
  for (const card of content.querySelectorAll('li.card[data-metric]')) {
    const m = card.getAttribute('data-metric');
    const pick = (list) => list.find((r) => r.metricId === m && r.kind === 'growth') || list.find((r) => r.metricId === m);
    const res = pick(cmp.results);
    const tg = pick(cmp.targets.map((x) => x.row));
    const x = tg && cmp.targets.find((y) => y.row === tg);
    if (res) {
      const target = targetText(res, lang);
      const result = resultText(res, lang);
      const line = cardRow(
        'cmp-result',
        LABELS[lang === 'en' ? 'en' : 'zh'].planYear(cmp.year),
        target ? prevButton(res.targetQuantityId, target) : t.none,
        h('span', { class: 'k', 'aria-hidden': 'true', text: '→' }),
        result ? curButton(res.actualQuantityId, result) : h('span', { class: 'k', text: t.none }),
        ...verdictNodes(res, view),
      );
      line.setAttribute('data-compare', 'result');
      card.append(h('div', { class: 'cmp', part: 'compare-card' }, line));
    }
    const targetValues = card.querySelector('.row.target .rv');
    if (x && x.change && x.before && targetValues) {
      const from = targetText(x.before, lang) || t.none;
      targetValues.append(
        h(
          'span',
          { class: 'k cmp-change', 'data-compare': 'target' },
          h('span', { class: `change c-${x.change}`, part: `change change-${x.change}`, 'data-change': x.change, text: t.change[x.change] }),
          x.change === 'kept' ? null : ' ',
          x.change === 'kept' ? null : prevButton(x.before.targetQuantityId, FROM[lang === 'en' ? 'en' : 'zh'](from)),
        ),
      );
    }
  }
}

/** The targets table: three more columns (last year's target, change, its verdict). */
function decorateTargets(content, view, ctx) {
  const { t, lang, cmp } = view;
  const table = content.querySelector('table.tgts');
  if (!table) return;
  const head = table.querySelector('thead tr');
  const last = LABELS[lang === 'en' ? 'en' : 'zh'].planYear(cmp.year);
  const cols = [last, t.vsLast, t.verdictCol];
  if (head) for (const c of cols) head.append(h('th', { scope: 'col', text: c }));
  const byQ = new Map(cmp.targets.map((x) => [x.row.targetQuantityId, x]));
  for (const tr of table.querySelectorAll('tbody tr[data-ref]')) {
    const x = byQ.get(Number(tr.getAttribute('data-ref')));
    const before = x && x.before;
    const bt = before && targetText(before, lang);
    tr.append(
      h('td', { class: 'num', 'data-label': cols[0] }, bt ? prevButton(before.targetQuantityId, bt) : t.none),
      h('td', { 'data-label': cols[1] }, x && x.change ? h('span', { class: `change c-${x.change}`, 'data-change': x.change, text: t.change[x.change] }) : t.none),
      h('td', { 'data-label': cols[2] }, ...(before ? verdictNodes(before, view) : [t.none])),
    );
  }
}

/** The comparison table: each of last year's targets against this year's result. */
function compareView(view, ctx) {
  const { t, lang, cmp, prev, pidx } = view;
  const last = LABELS[lang === 'en' ? 'en' : 'zh'].planYear(cmp.year);
  const wrap = h('div', { class: 'cmp-wrap', part: 'compare' }, h('h3', { id: 'compare-title', text: t.compare }));
  for (const w of cmp.warnings) {
    const say = w.code === 'different-regions' ? t.otherRegion : w.code === 'not-consecutive' ? t.notConsecutive : null;
    if (say) wrap.append(h('p', { class: 'chart-note cmp-warning', part: 'compare-warning', role: 'note', 'data-warning': w.code, text: say(...w.values) }));
  }
  if (!cmp.results.length) {
    wrap.append(h('p', { class: 'chart-note', 'data-compare-note': '', text: mismatch(view) || t.compareNone }));
    return wrap;
  }
  wrap.append(h('p', { class: 'chart-note', text: t.compareDesc(cmp.year, cmp.previousFile.replace(/^previous:/, '') || t.fromPrevious) }));
  const tbody = h('tbody', { 'data-rv-group': '' });
  for (const r of cmp.results) {
    const q = pidx.byId.get(r.targetQuantityId);
    const name = metricName({ metricId: r.metricId, label: termOf(r, view.report, prev.report, q) }, lang);
    const sent = q ? sentenceCell(q, { text: prev.text, report: prev.report }) : h('td', { class: 'sentence', lang: 'zh-CN', text: r.targetSentence || '' });
    sent.setAttribute('data-label', t.targetSentence);
    const tt = targetText(r, lang);
    const rt = resultText(r, lang);
    tbody.append(
      h(
        'tr',
        { 'data-metric': r.metricId, 'data-kind': r.kind, part: 'compare-row' },
        h('th', { scope: 'row', 'data-label': t.indicator, text: name }),
        h('td', { 'data-label': t.kindCol, text: t.kind[r.kind] || r.kind }),
        h('td', { class: 'num', 'data-label': last }, tt ? prevButton(r.targetQuantityId, tt) : t.none),
        h(
          'td',
          { class: 'num', 'data-label': t.result(cmp.year) },
          rt ? curButton(r.actualQuantityId, rt) : t.none,
          r.actualStatus === 'estimate' ? h('span', { class: 'est', text: t.estimate }) : null,
        ),
        h('td', { 'data-label': t.verdictCol }, ...(r.verdict ? verdictNodes(r, view) : [t.none])),
        sent,
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
        { class: 'cmp-table', 'aria-labelledby': 'compare-title' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...[t.indicator, t.kindCol, last, t.result(cmp.year), t.verdictCol, t.targetSentence].map((c) => h('th', { scope: 'col', text: c })),
          ),
        ),
        tbody,
      ),
    ),
  );
  return wrap;
}

/** Shows the sentence of a previous report's figure, with the figure marked, below the control. */
function showSource(button, view) {
  const { t, prev, pidx } = view;
  const q = pidx.byId.get(Number(button.getAttribute('data-prev-ref')));
  if (!q) return;
  const old = view.root.querySelector('.cmp-src');
  if (old) old.remove();
  const cell = sentenceCell(q, { text: prev.text, report: prev.report });
  const p = h('p', { class: 'sentence', lang: 'zh-CN' }, ...cell.childNodes);
  const close = h('button', { type: 'button', class: 'btn', 'data-close': '', text: t.close });
  const box = h(
    'div',
    { class: 'cmp-src', part: 'compare-source', role: 'group', 'aria-label': t.source, tabindex: '-1' },
    h('p', { class: 'src-head' }, h('span', { text: `${t.fromPrevious} · ${view.cmp.previousFile.replace(/^previous:/, '')}` }), close),
    p,
  );
  close.addEventListener('click', (e) => {
    e.stopPropagation();
    box.remove();
    /** @type {HTMLElement} */ (button).focus();
  });
  const anchor = button.closest('.cmp, .table-wrap') || button;
  anchor.after(box);
  box.focus({ preventScroll: true });
  button.dispatchEvent(new CustomEvent('gov-report-compare-select', { detail: { side: 'previous', quantity: q }, bubbles: true, composed: true }));
}
