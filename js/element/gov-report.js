// <gov-report>: an embeddable, framework-free view of a Chinese government
// work report read by the govreport engine.
//
// This module defines the class only (no side effect); `./define.js`
// registers the tag. Report text is untrusted: every node is built with
// createElement / textContent / setAttribute, never from HTML strings.

import { LABELS, uiLang } from './i18n.js';
import { adoptStyles } from './styles.js';
import { h } from './dom.js';
import { indexReport, filterQuantities } from './model.js';
import { messageFor } from './messages.js';
import { setStop, rovingKey, rovingFocus } from './roving.js';
import { headerView } from './header.js';
import { cardsView } from './cards.js';
import { targetsView } from './targets.js';
import { chartsView } from './charts-view.js';
import { figuresView, figureRows } from './figures.js';
import { textView } from './text-view.js';
import { fillTip, placeTip } from './tooltip.js';
import { fetchReportBytes, fileNameOf } from './load.js';
import { decodeText } from './decode.js';
import { loadEnglish, englishLoaded } from './names.js';

/**
 * @typedef {[number, number]} Span
 * @typedef {{title: string|null, region: string|null, level: string|null, regionCode: string|null,
 *   meeting: string|null,
 *   date: string|null, speaker: string|null, speakerTitle: string|null, reviewYear: number|null,
 *   planYear: number|null}} Meta
 * @typedef {{id: number, level: 'part'|'section'|'topic', label: string, title: string, span: Span,
 *   parent: number|null}} Section
 * @typedef {{span: Span, sectionId: number|null, sentences: Span[]}} Paragraph
 * @typedef {{id: number, text: string, span: Span, value: number, hi: number|null, unit: string,
 *   base: number, dimension: string, qual: string, kind: string|null, direction: string|null,
 *   status: string|null, year: number|null, metric: string|null, metricId: string|null,
 *   sectionId: number|null, sentence: string, sentenceSpan: Span, measure?: 'total'|'added'}} Quantity
 * @typedef {{quantityId: number, metricId: string|null, metric: string|null, kind: string|null,
 *   value: number, hi: number|null, qual: string, unit: string}} Target
 * @typedef {{metricId: string, label: string, term?: string|null, level: number|null, growth: number|null,
 *   target: number|null}} HeadlineRow
 * @typedef {{term: string, definition: string, span: Span, occurrences: Span[]}} GlossaryEntry
 * @typedef {{schemaVersion: number, meta: Meta, sections: Section[], paragraphs: Paragraph[],
 *   quantities: Quantity[], targets: Target[], headline: HeadlineRow[], glossary: GlossaryEntry[],
 *   warnings: {code: string, message: string}[]}} Report
 * @typedef {{init: () => Promise<unknown>, parse: (text: string) => Report}} Engine
 */

/** All views, in the order the `views` attribute accepts them. */
const ALL_VIEWS = ['header', 'cards', 'targets', 'charts', 'figures', 'text'];

/** @type {Promise<Engine> | null} */
let defaultEngine = null;

/**
 * Loads the engine once per page: the package entry (which loads the wasm).
 * @returns {Promise<Engine>}
 */
function loadDefaultEngine() {
  if (!defaultEngine) {
    defaultEngine = import('../index.js').then(async (m) => {
      await m.init();
      return m;
    });
    defaultEngine.catch(() => {
      defaultEngine = null; // let a later element retry
    });
  }
  return defaultEngine;
}

/** Decodes file bytes (see ./decode.js); kept here for the package's `govreport/element` entry. */
export { decodeText };

/**
 * The `<gov-report>` element.
 *
 * Attributes: `src` (URL of a .txt report, UTF-8/UTF-16/GBK), `lang`
 * (`zh`/`en`; else the nearest ancestor's), `views` (space-separated subset of
 * `header cards targets charts figures text`), `loading` (`lazy` — the
 * default — defers the engine until the element nears the viewport; `eager`).
 * Properties: `text`, `report`, `src`, `views`, `loading`.
 * Events (bubble, composed): `gov-report-ready` (detail: the Report),
 * `gov-report-select` (detail: the Quantity), `gov-report-error` (detail:
 * `{code, message}`).
 */
export class GovReportElement extends HTMLElement {
  static observedAttributes = ['src', 'lang', 'views', 'loading', 'cards', 'max-cards', 'theme', 'file', 'previous-src'];

  /**
   * The engine loader; replace it to use another build of the engine:
   * `GovReportElement.loadEngine = async () => ({ parse })`.
   * @type {() => Promise<Engine>}
   */
  static loadEngine = loadDefaultEngine;

  /**
   * Registers the element (idempotent).
   * @param {string} [tag]
   * @param {CustomElementRegistry} [registry]
   */
  static define(tag = 'gov-report', registry = customElements) {
    if (registry.get(tag)) return this;
    try {
      registry.define(tag, this);
    } catch (e) {
      // Already defined (another copy of the script, or a race): keep the first.
      if (!(e instanceof DOMException) || e.name !== 'NotSupportedError') throw e;
    }
    return this;
  }

  /** @type {string | null} */ #text = null;
  /** @type {Report | null} */ #reportIn = null;
  /** @type {Report | null} */ #report = null;
  /** @type {string | null} */ #shownText = null;
  /** @type {string | null} */ #loadedSrc = null;
  #queued = false;
  #generation = 0;
  #visible = false;
  /** @type {IntersectionObserver | null} */ #observer = null;
  #t0 = 0;
  /** @type {'idle'|'loading'|'ready'|'error'} */ #state = 'idle';
  /** @type {ReturnType<typeof indexReport> | null} */ #idx = null;
  #filters = { status: '', kind: '', metric: '', section: '', q: '' };
  /** @type {Quantity[]} */ #selection = [];
  /** @type {Map<number, HTMLElement>} */ #marks = new Map();
  /** @type {(typeof LABELS)['zh']} */ #t = LABELS.zh;
  /** @type {'zh'|'en'} */ #lang = 'zh';
  #activeTab = 'overview';
  #renderedKey = '';
  /** An input was set since the last gov-report-ready (so the next render announces itself). */
  #announce = false;

  // Shadow parts that survive renders.
  /** @type {ShadowRoot} */ #root;
  /** @type {HTMLElement} */ #frame;
  /** @type {HTMLElement} */ #live;
  /** @type {HTMLElement} */ #fallback;
  /** @type {HTMLElement} */ #errorBox;
  /** @type {HTMLElement} */ #statusLine;
  /** @type {HTMLElement} */ #content;
  /** @type {HTMLElement} */ #tip;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    adoptStyles(this.#root);
    this.#live = h('div', { class: 'vh', role: 'status', 'aria-live': 'polite' });
    this.#statusLine = h('p', { class: 'status-line', part: 'status', hidden: true });
    this.#errorBox = h('div', { class: 'error', part: 'error', role: 'alert', hidden: true });
    this.#fallback = h('div', { class: 'fallback', part: 'fallback' }, h('slot'));
    this.#content = h('div', { class: 'content', part: 'content' });
    this.#tip = h('div', { class: 'tip', role: 'tooltip', id: 'tip', hidden: true });
    this.#frame = h(
      'div',
      { class: 'root', part: 'root' },
      this.#live,
      this.#statusLine,
      this.#errorBox,
      this.#fallback,
      this.#content,
      this.#tip,
    );
    this.#root.append(this.#frame);
    this.#root.addEventListener('click', (e) => this.#onClick(e));
    this.#root.addEventListener('keydown', (e) => this.#onKey(/** @type {KeyboardEvent} */ (e)));
    this.#root.addEventListener('mouseover', (e) => this.#onHover(e, true));
    this.#root.addEventListener('mouseout', (e) => this.#onHover(e, false));
    this.#root.addEventListener('focusin', (e) => {
      rovingFocus(/** @type {FocusEvent} */ (e));
      this.#onHover(e, true);
    });
    this.#root.addEventListener('focusout', (e) => this.#onHover(e, false));
    this.#root.addEventListener('input', (e) => this.#onFilter(e));
    this.#root.addEventListener('change', (e) => this.#onFilter(e));
  }

  // ---- Public API ----------------------------------------------------------

  /** The report text (set it to read a report; spans of `report` index it). */
  get text() {
    return this.#text ?? this.#shownText;
  }
  set text(value) {
    this.#text = value == null ? null : String(value);
    this.#reportIn = null;
    this.#announce = true;
    this.#t0 = performance.now();
    this.#schedule();
  }

  /** The parsed report shown (set it to show a report parsed elsewhere; set `text` first for the text view). */
  get report() {
    return this.#report;
  }
  set report(value) {
    this.#reportIn = value || null;
    this.#announce = true;
    this.#t0 = performance.now();
    this.#schedule();
  }

  /** URL of a text file to read. */
  get src() {
    return this.getAttribute('src') || '';
  }
  set src(value) {
    this.#attr('src', value);
  }

  /** Which views to show (space-separated). */
  get views() {
    return this.getAttribute('views') || ALL_VIEWS.join(' ');
  }
  set views(value) {
    this.#attr('views', value);
  }

  /** `lazy` (default) or `eager`. */
  get loading() {
    return this.getAttribute('loading') === 'eager' ? 'eager' : 'lazy';
  }
  set loading(value) {
    this.setAttribute('loading', value === 'eager' ? 'eager' : 'lazy');
  }

  /** Which headline cards show, in order: metric ids (space- or comma-separated); all when empty. */
  get cards() {
    return this.getAttribute('cards') || '';
  }
  set cards(value) {
    this.#attr('cards', value === '' ? null : Array.isArray(value) ? value.join(' ') : value);
  }

  /** How many headline cards show at most (null: all). */
  get maxCards() {
    const v = this.getAttribute('max-cards');
    const n = v == null || v.trim() === '' ? NaN : Number(v);
    return Number.isInteger(n) && n >= 0 ? n : null;
  }
  set maxCards(value) {
    this.#attr('max-cards', value);
  }

  /** `light` (default), `dark`, or `auto` (follows prefers-color-scheme). */
  get theme() {
    const v = this.getAttribute('theme');
    return v === 'dark' || v === 'auto' ? v : 'light';
  }
  set theme(value) {
    this.#attr('theme', value);
  }

  /** The report's file name, written into exports (default: the last part of `src`). */
  get file() {
    const own = this.getAttribute('file');
    if (own) return own;
    return fileNameOf(this.getAttribute('src'));
  }
  set file(value) {
    this.#attr('file', value);
  }

  /** URL of the previous year's report: the cards and targets then show last year's targets against this year's results. */
  get previousSrc() {
    return this.getAttribute('previous-src') || '';
  }
  set previousSrc(value) {
    this.#attr('previous-src', value);
  }

  /** The previous year's report text (instead of `previous-src`). */
  get previousText() {
    return this.#prev.text;
  }
  set previousText(value) {
    this.#prev = { text: value, n: this.#prev.n + 1 };
    this.#schedule();
  }

  /** The previous year's Report (set one parsed elsewhere; reads back the one parsed from `previousText`/`previous-src`). */
  get previousReport() {
    return this.#prev.report || this.#cmp?.previous || null;
  }
  set previousReport(value) {
    this.#prev = { report: value, n: this.#prev.n + 1 };
    this.#schedule();
  }

  /** The comparison with the previous report (see `gov-report-compare`), or null. */
  get comparison() {
    return this.#cmp;
  }

  /** @type {{text?: string|null, report?: Report|null, n: number}} */ #prev = { n: 0 };
  /** @type {any} */ #cmp = null;

  /** Adds the comparison with the previous report to the views: compare.js is loaded only when one is given. */
  #compare() {
    const p = { src: this.getAttribute('previous-src'), ...this.#prev };
    const gen = this.#generation;
    this.#cmp = null;
    if (p.src || p.text != null || p.report)
      import('./compare.js')
        .then((m) => m.attach(this, this.#root, this.#content, this.#report, this.#ctx(), p))
        .then((c) => {
          if (gen === this.#generation) this.#emit('gov-report-compare', (this.#cmp = c));
        });
  }

  /** Sets an attribute (removes it for null). @param {string} name @param {unknown} value */
  #attr(name, value) {
    if (value == null) this.removeAttribute(name);
    else this.setAttribute(name, String(value));
  }

  /** The quantities that match the current filters and search. */
  get selection() {
    return [...this.#selection];
  }

  /**
   * Shows a quantity: switches to the text, scrolls to its sentence and
   * flashes it, and fires `gov-report-select`.
   * @param {number} id
   * @param {{scroll?: boolean, focus?: boolean}} [opts]
   * @returns {boolean} whether the quantity exists
   */
  select(id, opts = {}) {
    const q = this.#idx && this.#idx.byId.get(Number(id));
    if (!q) return false;
    const { scroll = true, focus = true } = opts;
    for (const m of this.#root.querySelectorAll('mark.q.selected')) m.classList.remove('selected');
    const mark = this.#marks.get(q.id);
    if (mark) {
      if (scroll) this.#showTab('text');
      mark.classList.add('selected');
      this.#setRoving(mark);
      const sent = /** @type {HTMLElement} */ (mark.closest('.sent, p, h3, h4, dd') || mark);
      if (scroll) sent.scrollIntoView({ block: 'center', behavior: 'auto' });
      sent.classList.remove('flash');
      void sent.offsetWidth; // restart the animation
      sent.classList.add('flash');
      if (focus) mark.focus({ preventScroll: true });
    }
    this.#emit('gov-report-select', q);
    return true;
  }

  /**
   * Sets the filters of the figures view (missing keys are cleared).
   * @param {{status?: string, kind?: string, metric?: string, section?: string|number, q?: string}} f
   */
  setFilters(f) {
    this.#filters = {
      status: f.status || '',
      kind: f.kind || '',
      metric: f.metric || '',
      section: f.section == null ? '' : String(f.section),
      q: f.q || '',
    };
    this.#syncFilterControls();
    this.#applyFilters();
  }

  // ---- Lifecycle -----------------------------------------------------------

  connectedCallback() {
    if (!this.#observer && this.loading === 'lazy' && typeof IntersectionObserver === 'function') {
      this.#observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            this.#visible = true;
            this.#observer?.disconnect();
            this.#observer = null;
            this.#schedule();
          }
        },
        { rootMargin: '400px 0px' },
      );
      this.#observer.observe(this);
    } else if (this.loading === 'eager' || typeof IntersectionObserver !== 'function') {
      this.#visible = true;
    }
    if (!this.#resize && typeof ResizeObserver === 'function') {
      this.#resize = new ResizeObserver(() => this.#onResize());
      this.#resize.observe(this.#frame);
    }
    this.#schedule();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#resize?.disconnect();
    this.#resize = null;
  }

  /** @type {ResizeObserver | null} */ #resize = null;
  /** The width the charts were drawn for. */ #chartWidth = 0;

  /** Redraws the charts for a new width (they are drawn, not scaled). */
  #onResize() {
    const w = this.#frame.clientWidth;
    if (!this.#report || !this.#idx || !w || Math.abs(w - this.#chartWidth) < 8) return;
    const old = this.#root.querySelector('.charts-wrap');
    if (!old) return;
    this.#chartWidth = w;
    old.replaceWith(chartsView(this.#report, this.#ctx()));
  }

  /** The context the views get: language, labels, indexes, options. */
  #ctx() {
    const cards = this.cards.split(/[\s,]+/).filter(Boolean);
    return {
      lang: this.#lang,
      t: this.#t,
      idx: this.#idx,
      report: this.#report,
      text: this.#shownText,
      width: this.#frame.clientWidth || this.clientWidth || 640,
      cards: cards.length ? cards : null,
      maxCards: this.maxCards,
    };
  }

  /** @param {string} name @param {string|null} old @param {string|null} value */
  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    if (name === 'loading' && value === 'eager') this.#visible = true;
    if (name === 'src') {
      this.#loadedSrc = null;
      this.#announce = true;
    }
    if (name === 'theme' || name === 'file') return; // CSS only / read on export
    this.#schedule();
  }

  // ---- Update cycle --------------------------------------------------------

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
    const lang = uiLang(this);
    this.#lang = lang;
    this.#t = LABELS[lang];
    const gen = ++this.#generation;
    // English names of the reports' terms: their own chunk, loaded before the first English render.
    if (lang === 'en' && !englishLoaded()) {
      await loadEnglish().catch(() => {}); // without them: the registry's names
      if (gen !== this.#generation) return;
    } else if (!englishLoaded()) loadEnglish().catch(() => {}); // for the English name in Chinese tooltips, not awaited

    // A report handed in: no engine needed.
    if (this.#reportIn) {
      this.#render(this.#reportIn, this.#text ?? this.#shownText);
      return;
    }
    let text = this.#text;
    const src = this.getAttribute('src');
    if (text == null && !src) {
      if (this.#report && this.#shownText != null) this.#render(this.#report, this.#shownText);
      return;
    }
    // Same input as shown: only the language or the views changed.
    if (this.#report && text != null && text === this.#shownText) {
      this.#render(this.#report, text);
      return;
    }
    if (this.#report && text == null && src === this.#loadedSrc) {
      this.#render(this.#report, this.#shownText);
      return;
    }
    if (!this.#visible) {
      this.#setState('loading', this.#t.loading);
      return;
    }
    try {
      this.#setState('loading', this.#t.loading);
      if (text == null && src) {
        const bytes = await fetchReportBytes(src);
        if (gen !== this.#generation) return;
        text = decodeText(bytes);
        this.#loadedSrc = src;
        this.#t0 = performance.now();
      }
      this.#setState('loading', this.#t.loadingEngine);
      let engine;
      try {
        engine = await /** @type {typeof GovReportElement} */ (this.constructor).loadEngine();
      } catch (e) {
        throw Object.assign(new Error(String((e && e.message) || e)), { code: 'engine-failed' });
      }
      if (gen !== this.#generation) return;
      const report = engine.parse(/** @type {string} */ (text));
      this.#render(report, /** @type {string} */ (text));
    } catch (e) {
      if (gen !== this.#generation) return;
      const err = /** @type {any} */ (e) || {};
      this.#fail(String(err.code || 'error'), String(err.message || err));
    }
  }

  /** @param {'idle'|'loading'|'ready'|'error'} state @param {string} [message] */
  #setState(state, message = '') {
    this.#state = state;
    this.#frame.dataset.state = state;
    this.#fallback.hidden = state === 'ready';
    this.#statusLine.hidden = state !== 'loading';
    this.#statusLine.textContent = state === 'loading' ? message : '';
    if (state !== 'error') this.#errorBox.hidden = true;
    if (state === 'loading' || state === 'error') this.#content.replaceChildren();
    if (message) this.#live.textContent = message;
    this.setAttribute('aria-busy', String(state === 'loading'));
  }

  /** @param {string} code @param {string} message */
  #fail(code, message) {
    this.#report = null;
    this.#idx = null;
    const shown = messageFor(code, message, this.#lang);
    this.#setState('error', `${this.#t.error}: ${shown}`);
    this.#errorBox.replaceChildren(h('strong', { text: this.#t.error }), ' ', h('code', { text: code }), h('div', { text: shown }));
    this.#errorBox.hidden = false;
    this.#emit('gov-report-error', { code, message });
  }

  /** @param {string} type @param {unknown} detail */
  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  // ---- Rendering -----------------------------------------------------------

  /** @param {Report} report @param {string|null} text */
  #render(report, text) {
    const views = new Set(
      this.views
        .split(/[\s,]+/)
        .filter((v) => ALL_VIEWS.includes(v)),
    );
    if (!views.size) for (const v of ALL_VIEWS) views.add(v);
    const key = `${this.#prev.n}${this.getAttribute('previous-src')}|${this.#lang}|${[...views].join(' ')}|${this.getAttribute('cards')}|${this.getAttribute('max-cards')}`;
    const fresh = report !== this.#report || text !== this.#shownText;
    const announce = fresh || this.#announce;
    this.#announce = false;
    if (!fresh && key === this.#renderedKey && this.#state === 'ready') {
      if (announce) this.#emit('gov-report-ready', report);
      return;
    }
    if (fresh) {
      this.#filters = { status: '', kind: '', metric: '', section: '', q: '' };
      this.#activeTab = 'overview';
    }
    this.#report = report;
    this.#shownText = text;
    this.#renderedKey = key;
    this.#idx = indexReport(report);
    this.#marks = new Map();
    this.#hideTip();

    const t = this.#t;
    const ctx = this.#ctx();
    const frag = document.createDocumentFragment();
    if (views.has('header')) frag.append(headerView(report, ctx));

    /** @type {[string, string, HTMLElement][]} */
    const panels = [];
    const overview = [];
    if (views.has('cards')) overview.push(cardsView(report, ctx));
    if (views.has('targets')) overview.push(targetsView(report, ctx));
    if (views.has('charts')) overview.push(chartsView(report, ctx));
    if (overview.length) panels.push(['overview', t.tabOverview, h('div', {}, ...overview)]);
    if (views.has('figures')) panels.push(['figures', t.tabFigures, figuresView(report, ctx)]);
    this.#anchors = new Map();
    if (views.has('text') && text != null) {
      const tv = textView(report, text, ctx);
      this.#marks = tv.marks;
      this.#anchors = tv.anchors;
      panels.push(['text', t.tabText, tv.node]);
    }

    if (!panels.some(([id]) => id === this.#activeTab) && panels.length) this.#activeTab = panels[0][0];
    if (panels.length > 1) {
      const list = h('div', { class: 'tabs', role: 'tablist', 'aria-label': t.tabs, part: 'tabs' });
      for (const [id, label] of panels) {
        const sel = id === this.#activeTab;
        list.append(
          h('button', {
            type: 'button',
            class: 'tab',
            role: 'tab',
            id: `tab-${id}`,
            'aria-controls': `panel-${id}`,
            'aria-selected': String(sel),
            tabindex: sel ? '0' : '-1',
            'data-tab': id,
            part: `tab tab-${id}`,
            text: label,
          }),
        );
      }
      frag.append(list);
    }
    for (const [id, , body] of panels) {
      const panel = h(
        'section',
        {
          class: 'panel',
          id: `panel-${id}`,
          part: `panel panel-${id}`,
          role: panels.length > 1 ? 'tabpanel' : null,
          'aria-labelledby': panels.length > 1 ? `tab-${id}` : null,
          hidden: id !== this.#activeTab,
        },
        body,
      );
      frag.append(panel);
    }
    this.#content.replaceChildren(frag);
    this.#chartWidth = this.#frame.clientWidth;
    this.#syncFilterControls();
    this.#applyFilters();
    this.#setState('ready', t.rendered(report.quantities.length));
    this.#compare();
    if (this.#t0) {
      try {
        performance.measure('gov-report:render', {
          start: this.#t0,
          end: performance.now(),
          detail: { quantities: report.quantities.length },
        });
      } catch {
        // performance.measure with options is missing in very old browsers
      }
      this.#t0 = 0;
    }
    if (announce) this.#emit('gov-report-ready', report);
  }

  /** The node each outline entry jumps to. @type {Map<number, HTMLElement>} */
  #anchors = new Map();

  // ---- Filters -------------------------------------------------------------

  #syncFilterControls() {
    for (const c of this.#root.querySelectorAll('[data-filter-key]')) {
      const key = /** @type {string} */ (c.getAttribute('data-filter-key'));
      /** @type {HTMLInputElement} */ (c).value = /** @type {any} */ (this.#filters)[key] || '';
    }
  }

  #applyFilters() {
    const r = this.#report;
    const idx = this.#idx;
    if (!r || !idx) return;
    const t = this.#t;
    this.#selection = filterQuantities(r, this.#filters, idx);
    const active = Object.values(this.#filters).some(Boolean);
    const chosen = new Set(this.#selection.map((q) => q.id));
    for (const [id, m] of this.#marks) m.classList.toggle('dim', active && !chosen.has(id));
    const tbody = this.#root.querySelector('[data-rows]');
    if (tbody) tbody.replaceChildren(figureRows(this.#selection, this.#ctx()));
    const article = this.#root.querySelector('article[data-rv-group]');
    const stop = article && article.querySelector('mark.q[tabindex="0"]');
    if (article && stop && stop.classList.contains('dim')) setStop(article, article.querySelector('mark.q:not(.dim)'));
    const count = this.#root.querySelector('[data-count]');
    if (count) count.textContent = t.count(this.#selection.length, r.quantities.length);
    const empty = /** @type {HTMLElement|null} */ (this.#root.querySelector('[data-empty]'));
    if (empty) empty.hidden = this.#selection.length > 0;
  }

  /** @param {Event} e */
  #onFilter(e) {
    const target = /** @type {HTMLElement} */ (e.target);
    const key = target && target.getAttribute && target.getAttribute('data-filter-key');
    if (!key) return;
    const value = /** @type {HTMLInputElement} */ (target).value;
    if (/** @type {any} */ (this.#filters)[key] === value) return;
    /** @type {any} */ (this.#filters)[key] = value;
    this.#applyFilters();
  }

  /** @param {'csv'|'json'} kind */
  #export(kind) {
    if (!this.#report || !this.#idx) return;
    const args = [kind, this.#report, this.#selection, { ...this.#filters }, this.#idx, this.file, this.#frame];
    // The export code is loaded on the first export (its own chunk).
    import('./panel-export.js').then((m) => m.exportFigures(...args));
  }

  // ---- Interaction ---------------------------------------------------------

  /** @param {string} id */
  #showTab(id) {
    const tab = this.#root.querySelector(`[data-tab="${id}"]`);
    if (!tab && !this.#root.getElementById(`panel-${id}`)) return;
    this.#activeTab = id;
    for (const b of this.#root.querySelectorAll('[role="tab"]')) {
      const on = b.getAttribute('data-tab') === id;
      b.setAttribute('aria-selected', String(on));
      b.setAttribute('tabindex', on ? '0' : '-1');
    }
    for (const p of this.#root.querySelectorAll('section.panel')) {
      /** @type {HTMLElement} */ (p).hidden = p.id !== `panel-${id}`;
    }
    this.#hideTip();
  }

  /** @param {Event} e */
  #onClick(e) {
    const target = /** @type {Element} */ (e.target);
    if (!(target instanceof Element)) return;
    const tab = target.closest('[data-tab]');
    if (tab) {
      this.#showTab(/** @type {string} */ (tab.getAttribute('data-tab')));
      return;
    }
    const action = target.closest('[data-action]');
    if (action) {
      const a = action.getAttribute('data-action');
      if (a === 'reset') this.setFilters({});
      else this.#export(a);
      return;
    }
    const goSection = target.closest('[data-goto-section]');
    if (goSection) {
      e.preventDefault();
      const node = this.#anchors.get(Number(goSection.getAttribute('data-goto-section')));
      if (node) {
        node.scrollIntoView({ block: 'start' });
        node.focus({ preventScroll: true });
      }
      return;
    }
    const goTerm = target.closest('[data-goto-term]');
    if (goTerm) {
      e.preventDefault();
      const node = /** @type {HTMLElement|null} */ (this.#root.getElementById('term-0'));
      node?.scrollIntoView({ block: 'start' });
      return;
    }
    const mark = target.closest('mark[data-quantity-id]');
    if (mark) {
      this.select(Number(mark.getAttribute('data-quantity-id')), { scroll: false });
      return;
    }
    const filter = target.closest('[data-filter]');
    if (filter) {
      const f = { status: '', kind: '', metric: '', section: '', q: '' };
      for (const part of String(filter.getAttribute('data-filter')).split(';')) {
        const [k, v] = part.split(':');
        if (k === 'status' || k === 'section') f[k] = v || '';
      }
      this.setFilters(f);
      this.#showTab('figures');
      return;
    }
    const ref = target.closest('[data-ref]');
    if (ref) this.select(Number(ref.getAttribute('data-ref')));
  }

  /** @param {HTMLElement} mark */
  #setRoving(mark) {
    const group = mark.closest('[data-rv-group]');
    if (group) setStop(group, mark);
  }

  /** @param {KeyboardEvent} e */
  #onKey(e) {
    const target = /** @type {HTMLElement} */ (e.target);
    if (e.key === 'Escape') {
      this.#hideTip();
      return;
    }
    if (target.getAttribute('role') === 'tab') {
      const tabs = [...this.#root.querySelectorAll('[role="tab"]')];
      const i = tabs.indexOf(target);
      let j = -1;
      if (e.key === 'ArrowRight') j = (i + 1) % tabs.length;
      else if (e.key === 'ArrowLeft') j = (i - 1 + tabs.length) % tabs.length;
      else if (e.key === 'Home') j = 0;
      else if (e.key === 'End') j = tabs.length - 1;
      if (j >= 0) {
        e.preventDefault();
        const next = /** @type {HTMLElement} */ (tabs[j]);
        this.#showTab(/** @type {string} */ (next.getAttribute('data-tab')));
        next.focus();
      }
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && target.matches('[data-rv]') && target.localName !== 'button') {
      e.preventDefault();
      if (target.matches('mark.q')) this.select(Number(target.getAttribute('data-quantity-id')), { scroll: false });
      else this.#onClick(/** @type {any} */ ({ target, preventDefault() {} }));
      return;
    }
    rovingKey(e);
  }

  /** @param {Event} e @param {boolean} on */
  #onHover(e, on) {
    const target = /** @type {Element} */ (e.target);
    if (!(target instanceof Element)) return;
    const item = target.closest('mark.q, .term');
    if (!item) return;
    if (!on) {
      if (e.type === 'mouseout' && /** @type {MouseEvent} */ (e).relatedTarget instanceof Node && item.contains(/** @type {any} */ (e).relatedTarget)) return;
      this.#hideTip();
      return;
    }
    this.#showTip(/** @type {HTMLElement} */ (item));
  }

  /** @param {HTMLElement} item */
  #showTip(item) {
    if (!fillTip(this.#tip, item, this.#ctx())) return;
    this.#tip.hidden = false;
    item.setAttribute('aria-describedby', 'tip');
    placeTip(this.#tip, item, this.#frame);
  }

  #hideTip() {
    if (!this.#tip || this.#tip.hidden) return;
    this.#tip.hidden = true;
    for (const n of this.#root.querySelectorAll('[aria-describedby="tip"]')) n.removeAttribute('aria-describedby');
  }
}
