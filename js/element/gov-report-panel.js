// <gov-report-panel>: many government work reports read together. The
// engine's panel() gives one row per region × year × metric × kind (target,
// result, gap, verdict — the rule of `govreport panel`, never re-implemented
// here); this element shows them as a table you can sort and filter, a
// dot-and-bar chart of target against result per region, the sentence of
// every figure in its report, and CSV/JSON of exactly the rows shown.
//
// Defines the class only; ./panel-define.js registers the tag. Report text
// is untrusted: nodes are built with createElement / textContent only.

import { h } from './dom.js';
import { uiLang } from './i18n.js';
import { adoptStyles } from './styles.js';
import { adoptSheet, COMPARE_CSS, PANEL_CSS } from './panel-styles.js';
import { rovingKey, rovingFocus } from './roving.js';
import { sentenceCell } from './figures.js';
import { PANEL_LABELS, targetText, resultText, gapText, rowMetric, regionName } from './panel-labels.js';
import { filterRows, sortRows, metricChoices, chartRows, panelCsv, panelJson, SORT_KEYS, SCOPES } from './panel-model.js';
import { dotBarChart, smallMultiples, scaleOf } from './panel-chart.js';
import { loadRegionTable, regionTableReady } from './region-pinyin.js';
import { fetchReportBytes, fileNameOf } from './load.js';
import { messageFor } from './messages.js';

/** @type {Promise<any> | null} */
let engine = null;

/** Loads the engine once per page (the package entry, which loads the wasm). */
function loadDefaultEngine() {
  if (!engine) {
    engine = import('../index.js').then(async (m) => {
      await m.init();
      return m;
    });
    engine.catch(() => {
      engine = null;
    });
  }
  return engine;
}

const VERDICTS = ['met', 'near', 'missed', 'no-result', 'no-target'];
const KINDS = ['growth', 'amount', 'rate', 'multiple'];
/** The filters by default: rows with a target. */
const EMPTY = () => ({ scope: 'target', metric: '', kind: '', verdict: '', year: '', q: '' });
/** Rows of the table drawn before "show all" (exports hold every row shown). */
const TABLE_CAP = 300;
/** More chart rows than this draw small multiples (one chart per region) when there are several years. */
const MULTIPLES_FROM = 30;

/**
 * A panel warning in the UI language, never its raw code: the engine's
 * English message in English; in Chinese the subject of the message (the
 * file, or region, year and metric, before its first `: `) and the
 * warning's Chinese text.
 * @param {{code: string, message: string}} w @param {'zh'|'en'} lang
 */
export function warningText(w, lang) {
  const message = String(w.message || '');
  if (lang === 'en') return message || String(w.code || '');
  const at = message.indexOf(': ');
  const subject = at > 0 ? message.slice(0, at) : '';
  const zh = messageFor(String(w.code || ''), message, 'zh');
  return zh === message ? message : subject ? `${subject}：${zh}` : zh;
}

/**
 * The `near-tolerance` attribute as panel() options: `0.5` (percentage
 * points), or `0.5 1%` / `0.5 0.01` (points, then a level's share); null
 * when absent or unreadable (the engine's default).
 * @param {string|null} attr
 */
export function nearToleranceOf(attr) {
  const parts = String(attr || '').trim().split(/[\s,]+/).filter(Boolean);
  if (!parts.length || parts.length > 2) return null;
  const points = Number(parts[0]);
  if (!Number.isFinite(points) || points < 0) return null;
  if (parts.length === 1) return { points };
  const pct = /%$/.test(parts[1]);
  const rel = Number(parts[1].replace(/%$/, '')) / (pct ? 100 : 1);
  return Number.isFinite(rel) && rel >= 0 ? { points, relative: rel } : null;
}

/**
 * The `<gov-report-panel>` element.
 *
 * Attributes: `src-list` (report URLs, whitespace-separated), `lang`, `theme`,
 * `near-tolerance` (how far an approximate target may be missed and still be
 * "near": percentage points, then optionally a level's share, `0.5 1%`).
 * Properties: `reports` (`{report, file, text?}` objects or Reports),
 * `srcs` (URLs), `panel` (the engine's Panel), `rows` (the rows shown).
 * Methods: `setFilters`, `sortBy`, `exportText`, `select`.
 * Events: `gov-report-panel-ready` (the Panel), `gov-report-panel-progress`
 * (`{done, total}`), `gov-report-panel-select` (`{row, side, quantity}`),
 * `gov-report-panel-error` (`{code, message}`).
 */
export class GovReportPanelElement extends HTMLElement {
  static observedAttributes = ['src-list', 'lang', 'near-tolerance'];

  /** The engine loader (must provide `panel`, `parse`; `decodeBytes` for GBK). @type {() => Promise<any>} */
  static loadEngine = loadDefaultEngine;

  /**
   * Registers the element (idempotent).
   * @param {string} [tag] @param {CustomElementRegistry} [registry]
   */
  static define(tag = 'gov-report-panel', registry = customElements) {
    if (!registry.get(tag)) {
      try {
        registry.define(tag, this);
      } catch (e) {
        if (!(e instanceof DOMException) || e.name !== 'NotSupportedError') throw e;
      }
    }
    return this;
  }

  /** @type {{report: any, file: string, text: string|null}[]} */ #entries = [];
  /** @type {any} */ #panel = null;
  /** @type {any[]} */ #shown = [];
  #filters = EMPTY();
  #sort = { key: 'region', dir: /** @type {'asc'|'desc'} */ ('asc') };
  #queued = false;
  #gen = 0;
  #loadedList = '';
  #lang = /** @type {'zh'|'en'} */ ('zh');
  #chartWidth = 0;
  #tableAll = false;
  /** @type {Map<string, {report: any, text: string|null, byId: Map<number, any>}>} */ #byFile = new Map();
  /** @type {ResizeObserver | null} */ #resize = null;
  #root;
  #frame;
  #status;
  #failureList;
  #content;
  /** Files of `src-list` that could not be read, with the reason. @type {{file: string, code: string, message: string}[]} */
  #failures = [];

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    adoptStyles(this.#root);
    adoptSheet(this.#root, COMPARE_CSS);
    adoptSheet(this.#root, PANEL_CSS);
    this.#status = h('div', { class: 'status-line', part: 'status', role: 'status', 'aria-live': 'polite' });
    this.#content = h('div', { class: 'content', part: 'content' });
    this.#failureList = h('ul', { class: 'failures', part: 'failures', hidden: '' });
    this.#frame = h('div', { class: 'root', part: 'root', 'data-state': 'idle' }, this.#status, this.#failureList, h('slot'), this.#content);
    this.#root.append(this.#frame);
    this.#root.addEventListener('click', (e) => this.#onClick(e));
    this.#root.addEventListener('input', (e) => this.#onFilter(e));
    this.#root.addEventListener('change', (e) => this.#onFilter(e));
    this.#root.addEventListener('focusin', (e) => rovingFocus(/** @type {FocusEvent} */ (e)));
    this.#root.addEventListener('keydown', (e) => this.#onKey(/** @type {KeyboardEvent} */ (e)));
  }

  // ---- Public API ----------------------------------------------------------

  /** The reports read together: set `{report, file, text?}` objects or Reports (parsed once, elsewhere). */
  get reports() {
    return this.#entries.map((e) => ({ ...e }));
  }
  set reports(value) {
    this.#entries = (Array.isArray(value) ? value : []).map((e, i) =>
      e && typeof e === 'object' && 'report' in e
        ? { report: e.report, file: String(e.file || `#${i + 1}`), text: e.text == null ? null : String(e.text) }
        : { report: e, file: `#${i + 1}`, text: null },
    );
    this.#loadedList = this.getAttribute('src-list') || '';
    this.#failures = [];
    this.#fresh();
  }

  /** Report URLs to fetch and read (reflects `src-list`). */
  get srcs() {
    return (this.getAttribute('src-list') || '').split(/\s+/).filter(Boolean);
  }
  set srcs(value) {
    if (value == null) this.removeAttribute('src-list');
    else this.setAttribute('src-list', (Array.isArray(value) ? value : String(value).split(/\s+/)).join(' '));
  }

  /** The engine's Panel over the reports (all rows and warnings), or null. */
  get panel() {
    return this.#panel;
  }

  /** The rows shown: filtered and sorted, as exported. */
  get rows() {
    return [...this.#shown];
  }

  /** The filters (a copy). */
  get filters() {
    return { ...this.#filters };
  }

  /**
   * Sets the filters (missing keys are reset): `scope` (`target`, the
   * default: rows with a target; `both`: with a target and a result; `all`),
   * `metric` (`metricId|kind`), `kind`, `verdict`, `year`, `q` (region search).
   * @param {{scope?: string, metric?: string, kind?: string, verdict?: string, year?: string|number, q?: string}} f
   */
  setFilters(f = {}) {
    this.#filters = { ...EMPTY(), ...Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v == null ? '' : String(v)])) };
    this.#tableAll = false;
    this.#render();
  }

  /** The near tolerance (reflects `near-tolerance`): `{points, relative?}` or null for the engine's default. */
  get nearTolerance() {
    return nearToleranceOf(this.getAttribute('near-tolerance'));
  }
  set nearTolerance(value) {
    if (value == null) this.removeAttribute('near-tolerance');
    else if (typeof value === 'number') this.setAttribute('near-tolerance', String(value));
    else this.setAttribute('near-tolerance', `${value.points ?? 0.5}${value.relative != null ? ` ${value.relative}` : ''}`);
  }

  /**
   * Sorts the table by a column: `region`, `year`, `metric`, `kind`,
   * `targetValue`, `actualValue`, `gap`, `verdict`.
   * @param {string} key @param {'asc'|'desc'} [dir]
   */
  sortBy(key, dir) {
    if (!SORT_KEYS.includes(key)) return;
    const d = dir || (this.#sort.key === key && this.#sort.dir === 'asc' ? 'desc' : 'asc');
    this.#sort = { key, dir: d };
    this.#render();
  }

  /**
   * The rows shown as CSV (the CLI's columns, then rule, bound and the
   * sentences) or JSON (`{filters, sort, count, rows}`).
   * @param {'csv'|'json'} kind
   */
  exportText(kind) {
    return kind === 'json' ? panelJson(this.#shown, this.filters, { ...this.#sort }) : panelCsv(this.#shown);
  }

  /**
   * Shows the sentence a row's figure comes from and fires `gov-report-panel-select`.
   * @param {number} index the row's index in `rows` @param {'target'|'actual'} side
   * @returns {boolean} whether there was such a figure
   */
  select(index, side) {
    const row = this.#shown[index];
    if (!row) return false;
    const file = side === 'target' ? row.targetFile : row.actualFile;
    const id = side === 'target' ? row.targetQuantityId : row.actualQuantityId;
    if (file == null || id == null) return false;
    const e = this.#byFile.get(file);
    const q = e && e.byId.get(id);
    const t = PANEL_LABELS[this.#lang];
    this.#root.querySelector('.cmp-src')?.remove();
    const sentence = q
      ? h('p', { class: 'sentence', lang: 'zh-CN' }, ...sentenceCell(q, { text: e.text, report: e.report }).childNodes)
      : h('p', { class: 'sentence', lang: 'zh-CN', text: (side === 'target' ? row.targetSentence : row.actualSentence) || '' });
    const close = h('button', { type: 'button', class: 'btn', 'data-action': 'close', text: t.close });
    const label = `${regionName(row.region, this.#lang)} ${row.year} ${rowMetric(row, this.#lang)} · ${side === 'target' ? t.target : t.actual}`;
    const box = h(
      'div',
      { class: 'cmp-src', part: 'source', role: 'dialog', 'aria-label': label, tabindex: '-1', 'data-side': side },
      h('p', { class: 'src-head' }, h('span', { text: `${label} · ${file}` }), close),
      sentence,
    );
    const anchor = this.#root.querySelector(`tr[data-row="${index}"]`);
    const chart = this.#root.querySelector('.pchart');
    (anchor && !anchor.closest('[hidden]') ? anchor.closest('.table-wrap') : chart)?.before(box);
    box.focus({ preventScroll: true });
    box.scrollIntoView({ block: 'nearest' });
    this.dispatchEvent(
      new CustomEvent('gov-report-panel-select', { detail: { row, side, quantity: q || null }, bubbles: true, composed: true }),
    );
    return true;
  }

  // ---- Lifecycle -----------------------------------------------------------

  connectedCallback() {
    if (!this.#resize && typeof ResizeObserver === 'function') {
      this.#resize = new ResizeObserver(() => {
        const w = this.#frame.clientWidth;
        if (this.#panel && w && Math.abs(w - this.#chartWidth) >= 8) this.#drawChart();
      });
      this.#resize.observe(this.#frame);
    }
    this.#schedule();
  }

  disconnectedCallback() {
    this.#resize?.disconnect();
    this.#resize = null;
  }

  /** @param {string} name @param {string|null} old @param {string|null} value */
  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    if (name === 'near-tolerance') this.#panel = null;
    this.#schedule();
  }

  // ---- Update cycle --------------------------------------------------------

  #fresh() {
    this.#panel = null;
    this.#filters = EMPTY();
    this.#schedule();
  }

  #schedule() {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      this.#update();
    });
  }

  async #update() {
    if (!this.isConnected) return;
    this.#lang = uiLang(this);
    const t = PANEL_LABELS[this.#lang];
    const list = this.getAttribute('src-list') || '';
    const gen = ++this.#gen;
    try {
      if (list !== this.#loadedList) {
        this.#panel = null;
        this.#filters = EMPTY();
        const urls = this.srcs;
        this.#failures = [];
        this.#state('loading', t.loadingN(0, urls.length), 0, urls.length);
        const eng = await this.#engine();
        if (gen !== this.#gen) return;
        let done = 0;
        // Each file ends loaded or failed; the view leaves its busy state when all have ended.
        const ended = await Promise.all(
          urls.map(async (u) => {
            const file = fileNameOf(u) || u;
            /** @type {{entry?: {report: any, file: string, text: string}, failure?: {file: string, code: string, message: string}}} */
            let end;
            try {
              const bytes = await fetchReportBytes(u);
              if (gen !== this.#gen) return {};
              const text = eng.decodeBytes ? eng.decodeBytes(bytes).text : new TextDecoder().decode(bytes);
              end = { entry: { report: eng.parse(text), file, text } };
            } catch (e) {
              const err = /** @type {any} */ (e) || {};
              end = { failure: { file, code: String(err.code || 'error'), message: String(err.message || err) } };
            }
            done++;
            if (gen === this.#gen) {
              this.#state('loading', t.loadingN(done, urls.length), done, urls.length);
              this.dispatchEvent(new CustomEvent('gov-report-panel-progress', { detail: { done, total: urls.length }, bubbles: true, composed: true }));
            }
            return end;
          }),
        );
        if (gen !== this.#gen) return;
        this.#entries = ended.flatMap((e) => (e.entry ? [e.entry] : []));
        this.#failures = ended.flatMap((e) => (e.failure ? [e.failure] : []));
        this.#loadedList = list;
        for (const f of this.#failures) {
          this.dispatchEvent(new CustomEvent('gov-report-panel-error', { detail: f, bubbles: true, composed: true }));
        }
        if (!this.#entries.length && this.#failures.length) {
          this.#state('error', t.allFailed(this.#failures.length));
          this.#showFailures();
          return;
        }
      }
      if (!this.#panel) {
        if (!this.#entries.length) {
          this.#state('idle', '');
          this.#content.replaceChildren();
          this.#showFailures();
          return;
        }
        const eng = await this.#engine();
        // In English, the names of cities and counties before the first drawing.
        if (this.#lang === 'en') await loadRegionTable();
        if (gen !== this.#gen) return;
        const near = this.nearTolerance;
        this.#panel = eng.panel(this.#entries.map(({ report, file }) => ({ report, file })), near ? { nearTolerance: near } : undefined);
        this.#byFile = new Map();
        for (const e of this.#entries) {
          const qs = (e.report && Array.isArray(e.report.quantities) && e.report.quantities) || [];
          this.#byFile.set(e.file, { report: e.report, text: e.text, byId: new Map(qs.map((q) => [q.id, q])) });
        }
        this.#render();
        this.dispatchEvent(new CustomEvent('gov-report-panel-ready', { detail: this.#panel, bubbles: true, composed: true }));
        return;
      }
      this.#render();
    } catch (e) {
      if (gen !== this.#gen) return;
      const err = /** @type {any} */ (e) || {};
      const code = String(err.code || 'engine-failed');
      this.#state('error', messageFor(code, String(err.message || err), this.#lang));
      this.dispatchEvent(new CustomEvent('gov-report-panel-error', { detail: { code, message: String(err.message || err) }, bubbles: true, composed: true }));
    }
  }

  async #engine() {
    try {
      const eng = await /** @type {typeof GovReportPanelElement} */ (this.constructor).loadEngine();
      if (typeof eng.panel !== 'function') throw new Error('the engine has no panel()');
      return eng;
    } catch (e) {
      throw Object.assign(new Error(String((e && /** @type {any} */ (e).message) || e)), { code: 'engine-failed' });
    }
  }

  /** Names each file of `src-list` that could not be read, with its reason in the page's language. */
  #showFailures() {
    const t = PANEL_LABELS[this.#lang];
    this.#failureList.replaceChildren(
      ...this.#failures.map((f) => h('li', { 'data-code': f.code }, h('span', { class: 'file', text: f.file }), `${t.colon}${messageFor(f.code, f.message, this.#lang)}`)),
    );
    this.#failureList.hidden = !this.#failures.length;
    if (this.#failures.length) this.#failureList.setAttribute('aria-label', t.failedFiles(this.#failures.length));
  }

  /** @param {'idle'|'loading'|'ready'|'error'} state @param {string} message @param {number} [done] @param {number} [total] */
  #state(state, message, done, total) {
    this.#frame.setAttribute('data-state', state);
    this.setAttribute('aria-busy', String(state === 'loading'));
    this.#status.replaceChildren();
    if (state === 'loading' && total) {
      this.#status.append(
        h('span', { class: 'progress', part: 'progress' }, h('progress', { value: String(done || 0), max: String(total), 'aria-hidden': 'true' }), h('span', { 'data-progress': `${done || 0}/${total}`, text: message })),
      );
    } else if (message) this.#status.append(h('span', { class: state === 'error' ? 'error' : '', part: state === 'error' ? 'error' : null, text: message }));
    if (state === 'loading' || state === 'error') this.#content.replaceChildren();
    if (state === 'loading') this.#failureList.hidden = true;
  }

  // ---- Rendering -----------------------------------------------------------

  #render() {
    const p = this.#panel;
    if (!p) return;
    const lang = (this.#lang = uiLang(this));
    // English names of cities and counties: the table is loaded on first use, then drawn again.
    if (lang === 'en' && !regionTableReady()) loadRegionTable().then((ok) => ok && this.#panel === p && this.#render());
    const t = PANEL_LABELS[lang];
    this.#filter();
    const choices = metricChoices(p.rows);
    const years = [...new Set(p.rows.map((r) => r.year))].sort((a, b) => a - b);
    const sel = (key, label, opts) =>
      h(
        'label',
        {},
        label,
        h(
          'select',
          { 'data-filter-key': key, part: `filter filter-${key}` },
          h('option', { value: '', text: t.all }),
          ...opts.map(([v, text]) => {
            const o = h('option', { value: v, text });
            if (String(this.#filters[key]) === String(v)) o.setAttribute('selected', '');
            return o;
          }),
        ),
      );
    const search = h('input', { type: 'search', 'data-filter-key': 'q', part: 'filter filter-q', placeholder: t.search });
    search.value = this.#filters.q;
    const scope = h('select', { 'data-filter-key': 'scope', part: 'filter filter-scope' }, ...SCOPES.map((v) => {
      const o = h('option', { value: v, text: t.scope[v] });
      if ((this.#filters.scope || 'all') === v) o.setAttribute('selected', '');
      return o;
    }));
    const bar = h(
      'div',
      { class: 'pbar', part: 'filters', role: 'group', 'aria-label': t.filters },
      h('label', {}, t.scopeLabel, scope),
      sel('metric', t.metric, choices.map((c) => [c.key, `${rowMetric(c, lang)} · ${t.kind[c.kind] || c.kind}`])),
      sel('kind', PANEL_LABELS[lang].kindCol, KINDS.map((k) => [k, t.kind[k]])),
      sel('verdict', t.verdictFilter, VERDICTS.map((v) => [v, t.verdict[v]])),
      sel('year', t.year, years.map((y) => [String(y), String(y)])),
      h('label', {}, t.search, search),
    );
    const actions = h(
      'div',
      { class: 'actions' },
      h('span', { class: 'count', 'data-count': '', text: t.count(this.#shown.length, p.rows.length) }),
      h('button', { type: 'button', class: 'btn', 'data-action': 'csv', part: 'export', text: t.exportCsv }),
      h('button', { type: 'button', class: 'btn', 'data-action': 'json', part: 'export', text: t.exportJson }),
    );
    const chart = h('figure', { class: 'pchart', part: 'chart-panel' });
    const legend = this.#legend(t);
    const table = this.#table(t, lang);
    const focusKey = this.#root.activeElement && this.#root.activeElement.getAttribute('data-filter-key');
    const warn = p.warnings.length
      ? h('details', { class: 'warnings', part: 'warnings' }, h('summary', { text: t.warnings(p.warnings.length) }), h('ul', {}, ...p.warnings.map((w) => h('li', { 'data-code': w.code }, warningText(w, lang)))))
      : null;
    this.#content.replaceChildren(bar, actions, legend, chart, table, warn || '');
    this.#drawChart();
    this.#state('ready', t.ready(p.rows.length, this.#entries.length));
    this.#showFailures();
    if (focusKey) /** @type {HTMLElement|null} */ (this.#root.querySelector(`[data-filter-key="${focusKey}"]`))?.focus();
  }

  /** Applies the filters and the sort to the panel's rows. */
  #filter() {
    const alias = (r) => regionName(r, 'en');
    this.#shown = sortRows(filterRows(this.#panel.rows, this.#filters, alias), this.#sort.key, this.#sort.dir);
  }

  /** After a search keystroke: the count, the table and the chart, not the filter controls (the caret stays). */
  #refresh() {
    const t = PANEL_LABELS[this.#lang];
    this.#filter();
    this.#tableAll = false;
    const count = this.#root.querySelector('[data-count]');
    if (count) count.textContent = t.count(this.#shown.length, this.#panel.rows.length);
    this.#root.querySelector('.cmp-src')?.remove();
    this.#root.querySelector('.table-wrap')?.replaceWith(this.#table(t, this.#lang));
    this.#drawChart();
  }

  /** The table of the rows shown; sortable headers (aria-sort), one tab stop for its figures. */
  #table(t, lang) {
    const cols = [
      ['region', t.region], ['year', t.year], ['metric', t.indicator], ['kind', t.kindCol],
      ['targetValue', t.target], ['actualValue', t.actual], ['gap', t.gap], ['verdict', t.verdictCol],
    ];
    const head = h(
      'tr',
      {},
      ...cols.map(([k, label]) =>
        h(
          'th',
          { scope: 'col', 'aria-sort': this.#sort.key === k ? (this.#sort.dir === 'asc' ? 'ascending' : 'descending') : null },
          h('button', { type: 'button', class: 'sort', 'data-sort': k, title: t.sortBy(label), text: label }),
        ),
      ),
    );
    const tbody = h('tbody', { 'data-rv-group': '' });
    const cap = this.#tableAll ? this.#shown.length : Math.min(this.#shown.length, TABLE_CAP);
    this.#shown.slice(0, cap).forEach((r, i) => {
      const fig = (side, text) =>
        text == null
          ? t.none
          : h('button', { type: 'button', class: 'go', 'data-row': String(i), 'data-side': side, 'data-rv': '', tabindex: '-1' }, h('span', { class: 'v', text }));
      const gap = gapText(r, lang);
      tbody.append(
        h(
          'tr',
          { 'data-row': String(i), part: 'row', 'data-verdict': r.verdict || '' },
          h('th', { scope: 'row', 'data-label': t.region, lang: lang === 'en' && regionName(r.region, lang) === r.region ? 'zh-CN' : null, text: regionName(r.region, lang) }),
          h('td', { class: 'num', 'data-label': t.year, text: String(r.year) }),
          h('td', { 'data-label': t.indicator, text: rowMetric(r, lang) }),
          h('td', { 'data-label': t.kindCol, text: t.kind[r.kind] || r.kind }),
          h('td', { class: 'num', 'data-label': t.target }, fig('target', r.targetValue != null ? targetText(r, lang) : null)),
          h(
            'td',
            { class: 'num', 'data-label': t.actual },
            fig('actual', r.actualQuantityId != null ? resultText(r, lang) : null),
            r.actualStatus === 'estimate' ? h('span', { class: 'est', text: t.estimate }) : null,
          ),
          h('td', { class: 'num', 'data-label': t.gap, text: gap || t.none }),
          h(
            'td',
            { 'data-label': t.verdictCol },
            r.verdict ? h('span', { class: `verdict v-${r.verdict}`, title: r.rule ? t.rule[r.rule] : null, text: t.verdict[r.verdict] }) : t.none,
          ),
        ),
      );
    });
    const first = tbody.querySelector('[data-rv]');
    if (first) first.setAttribute('tabindex', '0');
    return h(
      'div',
      { class: 'table-wrap' },
      this.#shown.length
        ? h('table', { class: 'ptable', part: 'table', 'aria-label': t.panel }, h('thead', {}, head), tbody)
        : h('p', { class: 'empty-note', text: t.empty }),
      cap < this.#shown.length
        ? h('p', { class: 'capped' }, h('span', { text: t.capped(cap, this.#shown.length) }), ' ', h('button', { type: 'button', class: 'btn', 'data-action': 'all-rows', text: t.showAll(this.#shown.length) }))
        : '',
    );
  }

  /** The legend: one entry per colour and mark of the charts (HTML, so it wraps and is read). */
  #legend(t) {
    const near = this.nearTolerance || { points: 0.5, relative: 0.01 };
    const pts = String(near.points);
    const rel = near.relative ?? 0.01;
    const tol = this.#lang === 'en'
      ? `${pts} percentage points${rel > 0 ? `, ${Math.round(rel * 1000) / 10}% of a level` : ''}`
      : `${pts} 个百分点${rel > 0 ? `、总量的 ${Math.round(rel * 1000) / 10}%` : ''}`;
    const item = (cls, text) => h('li', {}, h('span', { class: `key ${cls}`, 'aria-hidden': 'true' }), h('span', { text }));
    return h(
      'ul',
      { class: 'legend', part: 'legend', 'aria-label': t.legend },
      item('k-met', t.legendMet),
      item('k-near', t.legendNear(tol)),
      item('k-missed', t.legendMissed),
      item('k-none', t.legendNoVerdict),
      item('k-target', t.legendTarget),
      item('k-range', t.legendRange),
    );
  }

  /**
   * Draws the chart for the element's width: the filtered metric, else the
   * one with most targets and results. Up to 30 rows (or one year): a row per
   * region; more over several years: small multiples, one chart per region.
   */
  #drawChart() {
    const fig = this.#root.querySelector('.pchart');
    const p = this.#panel;
    if (!fig || !p) return;
    const lang = this.#lang;
    const t = PANEL_LABELS[lang];
    const key = this.#filters.metric || (metricChoices(this.#shown)[0] || {}).key || '';
    const rows = chartRows(this.#shown, key);
    this.#chartWidth = this.#frame.clientWidth;
    if (!rows.length) {
      fig.replaceChildren(h('p', { class: 'chart-note', text: t.chartNone }));
      return;
    }
    const name = `${rowMetric(rows[0], lang)} · ${t.kind[rows[0].kind] || rows[0].kind}`;
    const width = Math.max(260, Math.floor((this.#chartWidth || this.clientWidth || 640) - 26));
    const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
    const point = (r) => ({
      index: this.#shown.indexOf(r),
      year: r.year,
      target: r.targetValue,
      hi: r.targetHi,
      actual: r.actualValue,
      verdict: r.verdict,
      targetText: targetText(r, lang),
      actualText: r.actualValue != null ? resultText(r, lang) : null,
    });
    if (rows.length > MULTIPLES_FROM && years.length > 1) {
      /** @type {Map<string, any[]>} */
      const by = new Map();
      for (const r of rows) by.set(r.region, [...(by.get(r.region) || []), r]);
      const groups = [...by.entries()].map(([region, rs]) => ({ label: regionName(region, lang), points: rs.map(point) }));
      const title = t.multiples(name, groups.length, years[0], years[years.length - 1]);
      fig.replaceChildren(
        h('figcaption', { text: title }),
        smallMultiples({ id: 'pmulti', width, unit: rows[0].unit, years, labels: { actual: t.legendActual, target: t.legendTarget }, groups }),
      );
      fig.setAttribute('data-chart', 'multiples');
      return;
    }
    const spec = rows.map((r) => ({
      ...point(r),
      label: `${regionName(r.region, lang)}${years.length > 1 ? ` ${r.year}` : ''}`,
    }));
    // Many rows of one year: side by side in columns on one scale (each ≤ 30 rows where the width allows).
    const cols = rows.length > MULTIPLES_FROM ? Math.max(1, Math.min(Math.ceil(rows.length / MULTIPLES_FROM), Math.floor(width / 340))) : 1;
    const per = Math.ceil(spec.length / cols);
    const scale = scaleOf(rows.flatMap((r) => [r.targetValue, r.targetHi, r.actualValue]));
    const charts = [];
    for (let c = 0; c < cols; c++) {
      const part = spec.slice(c * per, (c + 1) * per);
      if (!part.length) continue;
      charts.push(
        dotBarChart({
          id: `pchart${c ? `-${c}` : ''}`,
          title: t.chart(name),
          desc: `${t.chartDesc(part.length)} ${part.map((s) => `${s.label}: ${s.targetText || t.none} / ${s.actualText || t.none}${s.verdict ? ` (${t.verdict[s.verdict] || s.verdict})` : ''}`).join('; ')}`,
          width: Math.floor((width - (cols - 1) * 12) / cols),
          unit: rows[0].unit,
          legend: { actual: t.legendActual, target: t.legendTarget },
          rows: part,
          scale,
        }),
      );
    }
    fig.setAttribute('data-chart', 'rows');
    fig.replaceChildren(h('figcaption', { text: t.chart(name) }), cols > 1 ? h('div', { class: 'chart-cols' }, ...charts) : charts[0]);
  }

  // ---- Interaction ---------------------------------------------------------

  /** @param {Event} e */
  #onFilter(e) {
    const target = /** @type {HTMLInputElement} */ (e.target);
    const key = target.getAttribute && target.getAttribute('data-filter-key');
    if (!key || /** @type {any} */ (this.#filters)[key] === target.value) return;
    /** @type {any} */ (this.#filters)[key] = target.value;
    if (key === 'q') this.#refresh();
    else this.#render();
  }

  /** @param {Event} e */
  #onClick(e) {
    const target = /** @type {Element} */ (e.target);
    if (!(target instanceof Element)) return;
    const action = target.closest('[data-action]');
    if (action) {
      const a = action.getAttribute('data-action');
      if (a === 'close') target.closest('.cmp-src')?.remove();
      else if (a === 'all-rows') {
        this.#tableAll = true;
        this.#root.querySelector('.table-wrap')?.replaceWith(this.#table(PANEL_LABELS[this.#lang], this.#lang));
      }
      else if (a === 'csv' || a === 'json') this.#download(a);
      return;
    }
    const sort = target.closest('[data-sort]');
    if (sort) {
      this.sortBy(/** @type {string} */ (sort.getAttribute('data-sort')));
      /** @type {HTMLElement|null} */ (this.#root.querySelector(`[data-sort="${sort.getAttribute('data-sort')}"]`))?.focus();
      return;
    }
    const fig = target.closest('[data-side][data-row]');
    if (fig) this.select(Number(fig.getAttribute('data-row')), /** @type {any} */ (fig.getAttribute('data-side')));
  }

  /** @param {KeyboardEvent} e */
  #onKey(e) {
    const target = /** @type {Element} */ (e.target);
    if (e.key === 'Escape') {
      this.#root.querySelector('.cmp-src')?.remove();
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && target.matches('[data-rv][data-side]') && target.localName !== 'button') {
      e.preventDefault();
      this.#onClick(/** @type {any} */ ({ target }));
      return;
    }
    rovingKey(e);
  }

  /** @param {'csv'|'json'} kind */
  #download(kind) {
    const text = this.exportText(kind);
    import('./panel-export.js').then((m) =>
      m.download(text, kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json', 'panel', kind, this.#frame),
    );
  }
}


