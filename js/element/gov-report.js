// <gov-report>: an embeddable, framework-free view of a Chinese government
// work report read by the govreport engine.
//
// This module defines the class only (no side effect); `./define.js`
// registers the tag. Report text is untrusted: every node is built with
// createElement / textContent / setAttribute, never from HTML strings.

import { LABELS, uiLang } from './i18n.js';
import { adoptStyles } from './styles.js';
import { growthChart, barChart } from './charts.js';
import {
  STATUSES,
  KINDS,
  indexReport,
  formatValue,
  signedValue,
  isPercent,
  lastYearFor,
  filterQuantities,
  toCsv,
  toJson,
  segment,
  project,
  findTerm,
} from './model.js';

/**
 * @typedef {[number, number]} Span
 * @typedef {{title: string|null, region: string|null, level: string|null, meeting: string|null,
 *   date: string|null, speaker: string|null, speakerTitle: string|null, reviewYear: number|null,
 *   planYear: number|null}} Meta
 * @typedef {{id: number, level: 'part'|'section'|'topic', label: string, title: string, span: Span,
 *   parent: number|null}} Section
 * @typedef {{span: Span, sectionId: number|null, sentences: Span[]}} Paragraph
 * @typedef {{id: number, text: string, span: Span, value: number, hi: number|null, unit: string,
 *   base: number, dimension: string, qual: string, kind: string|null, direction: string|null,
 *   status: string|null, year: number|null, metric: string|null, metricId: string|null,
 *   sectionId: number|null, sentence: string, sentenceSpan: Span}} Quantity
 * @typedef {{quantityId: number, metricId: string|null, metric: string|null, kind: string|null,
 *   value: number, hi: number|null, qual: string, unit: string}} Target
 * @typedef {{metricId: string, label: string, level: number|null, growth: number|null,
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

/**
 * Decodes file bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else
 * GB18030 (a superset of GBK and GB2312).
 * @param {Uint8Array} bytes
 */
export function decodeText(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * Builds an element: `h('td', { class: 'num', text: '5%' })`. Strings among
 * the children become text nodes.
 * @param {string} tag
 * @param {Record<string, any>} [props]
 * @param {...(Node|string|null|undefined|false)} children
 */
function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null || v === false) continue;
    if (k === 'text') node.textContent = String(v);
    else if (k === 'class') node.className = v;
    else if (k === 'hidden') node.hidden = !!v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c == null || c === false) continue;
    node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return node;
}

/** A file name made safe for a download. */
function fileName(base, ext) {
  const clean = String(base || 'report')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '')
    .trim()
    .slice(0, 60);
  return `${clean || 'report'}.${ext}`;
}

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
  static observedAttributes = ['src', 'lang', 'views', 'loading'];

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
    this.#root.addEventListener('focusin', (e) => this.#onHover(e, true));
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
    if (value == null) this.removeAttribute('src');
    else this.setAttribute('src', String(value));
  }

  /** Which views to show (space-separated). */
  get views() {
    return this.getAttribute('views') || ALL_VIEWS.join(' ');
  }
  set views(value) {
    if (value == null) this.removeAttribute('views');
    else this.setAttribute('views', String(value));
  }

  /** `lazy` (default) or `eager`. */
  get loading() {
    return this.getAttribute('loading') === 'eager' ? 'eager' : 'lazy';
  }
  set loading(value) {
    this.setAttribute('loading', value === 'eager' ? 'eager' : 'lazy');
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
    this.#schedule();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = null;
  }

  /** @param {string} name @param {string|null} old @param {string|null} value */
  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    if (name === 'loading' && value === 'eager') this.#visible = true;
    if (name === 'src') {
      this.#loadedSrc = null;
      this.#announce = true;
    }
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
        const res = await fetch(new URL(src, document.baseURI));
        if (!res.ok) throw Object.assign(new Error(`${src}: HTTP ${res.status}`), { code: 'fetch-failed' });
        const bytes = new Uint8Array(await res.arrayBuffer());
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
    this.#setState('error', `${this.#t.error}: ${message}`);
    this.#errorBox.replaceChildren(
      h('strong', { text: this.#t.error }),
      ' ',
      h('code', { text: code }),
      h('div', { text: message }),
    );
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
    const key = `${this.#lang}|${[...views].join(' ')}`;
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
    const frag = document.createDocumentFragment();
    if (views.has('header')) frag.append(this.#header(report));

    /** @type {[string, string, HTMLElement][]} */
    const panels = [];
    const overview = [];
    if (views.has('cards')) overview.push(this.#cards(report));
    if (views.has('targets')) overview.push(this.#targets(report));
    if (views.has('charts')) overview.push(this.#charts(report));
    if (overview.length) panels.push(['overview', t.tabOverview, h('div', {}, ...overview)]);
    if (views.has('figures')) panels.push(['figures', t.tabFigures, this.#figures(report)]);
    if (views.has('text') && text != null) panels.push(['text', t.tabText, this.#textView(report, text)]);

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
    this.#syncFilterControls();
    this.#applyFilters();
    this.#setState('ready', t.rendered(report.quantities.length));
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

  /** @param {Report} r */
  #header(r) {
    const t = this.#t;
    const m = r.meta || /** @type {Meta} */ ({});
    const items = [];
    if (m.region) items.push(h('li', { part: 'region' }, m.region));
    if (m.level) items.push(h('li', {}, h('span', { class: 'badge', text: t.level[m.level] || m.level })));
    if (m.meeting) items.push(h('li', { text: m.meeting }));
    if (m.date) items.push(h('li', {}, h('time', { datetime: m.date, text: m.date })));
    const sp = t.speaker(m.speakerTitle, m.speaker);
    if (sp) items.push(h('li', { text: sp }));
    const header = h(
      'header',
      { part: 'header' },
      h('h2', { class: 'title', text: m.title || t.report }),
      items.length ? h('ul', { class: 'meta' }, ...items) : null,
    );
    if (r.warnings && r.warnings.length) {
      header.append(
        h(
          'details',
          { class: 'warnings' },
          h('summary', { text: t.warnings(r.warnings.length) }),
          h('ul', {}, ...r.warnings.map((w) => h('li', {}, h('code', { text: w.code }), ' ', w.message))),
        ),
      );
    }
    return header;
  }

  /** A button that jumps to a quantity. @param {Quantity|null|undefined} q @param {string} [kindLabel] */
  #figButton(q, kindLabel, /** @type {boolean|'down'} */ signed = false) {
    if (!q) return h('span', { class: 'empty', text: this.#t.none });
    return h(
      'button',
      { type: 'button', class: 'fig', 'data-ref': q.id, 'aria-label': null },
      h('span', { class: 'v', text: formatValue(q, this.#lang, { signed }) }),
      kindLabel ? h('span', { class: 'k', text: kindLabel }) : null,
    );
  }

  /** @param {Report} r */
  #cards(r) {
    const t = this.#t;
    const idx = /** @type {ReturnType<typeof indexReport>} */ (this.#idx);
    const wrap = h('div', { class: 'headline' }, h('h3', { text: t.headline }));
    if (!r.headline || !r.headline.length) {
      wrap.append(h('p', { class: 'chart-note', text: t.headlineNone }));
      return wrap;
    }
    const list = h('ul', { class: 'cards', part: 'cards' });
    for (const row of r.headline) {
      const level = row.level != null ? idx.byId.get(row.level) : null;
      const growth = row.growth != null ? idx.byId.get(row.growth) : null;
      const target = row.target != null ? idx.byId.get(row.target) : null;
      const primary = target || growth || level;
      const reviewCol = h(
        'div',
        { class: 'review' },
        h('p', { class: 'col-title', text: t.reviewYear(r.meta && r.meta.reviewYear) }),
        level ? this.#figButton(level, t.levelLabel) : null,
        growth ? this.#figButton(growth, t.growthLabel, true) : null,
        !level && !growth ? h('span', { class: 'empty', text: t.none }) : null,
      );
      const targetCol = h(
        'div',
        { class: 'target' },
        h('p', { class: 'col-title', text: t.planYear(r.meta && r.meta.planYear) }),
        this.#figButton(target, target && target.kind === 'growth' ? t.growthLabel : '', 'down'),
      );
      list.append(
        h(
          'li',
          { class: 'card', part: 'card', 'data-ref': primary ? primary.id : null, 'data-metric': row.metricId },
          h('h4', { text: row.label }),
          h('div', { class: 'cols' }, reviewCol, targetCol),
        ),
      );
    }
    wrap.append(list);
    return wrap;
  }

  /** @param {Report} r */
  #targets(r) {
    const t = this.#t;
    const idx = /** @type {ReturnType<typeof indexReport>} */ (this.#idx);
    const wrap = h('div', { class: 'targets' }, h('h3', { text: t.targets, id: 'targets-title' }));
    if (!r.targets || !r.targets.length) {
      wrap.append(h('p', { class: 'chart-note', text: t.targetsNone }));
      return wrap;
    }
    const tbody = h('tbody');
    for (const tg of r.targets) {
      const q = idx.byId.get(tg.quantityId);
      const label = (tg.metricId && idx.metricLabels.get(tg.metricId)) || tg.metric || tg.metricId || t.unknown;
      const last = lastYearFor(r, tg, idx);
      const shown = { ...tg, direction: q ? q.direction : null };
      tbody.append(
        h(
          'tr',
          { 'data-ref': tg.quantityId, part: 'target-row' },
          h('th', { scope: 'row' }, h('button', { type: 'button', class: 'go', 'data-ref': tg.quantityId, text: label })),
          h('td', { class: 'num', text: formatValue(shown, this.#lang, { signed: 'down' }) }),
          h('td', { text: t.qualWords[tg.qual] || tg.qual }),
          h(
            'td',
            { class: 'num' },
            last
              ? h('button', {
                  type: 'button',
                  class: 'go',
                  'data-ref': last.id,
                  text: formatValue(last, this.#lang, { signed: last.kind === 'growth' }),
                })
              : t.none,
            last && last.status === 'estimate' ? h('span', { class: 'k', text: ` (${t.status.estimate})` }) : null,
          ),
        ),
      );
    }
    wrap.append(
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          { part: 'targets', 'aria-labelledby': 'targets-title' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col', text: t.colIndicator }),
              h('th', { scope: 'col', text: t.colTarget }),
              h('th', { scope: 'col', text: t.colQual }),
              h('th', { scope: 'col', text: `${t.colLast}${r.meta && r.meta.reviewYear ? ` (${r.meta.reviewYear})` : ''}` }),
            ),
          ),
          tbody,
        ),
      ),
    );
    return wrap;
  }

  /** @param {Report} r */
  #charts(r) {
    const t = this.#t;
    const idx = /** @type {ReturnType<typeof indexReport>} */ (this.#idx);
    const wrap = h('div', { class: 'charts-wrap' }, h('h3', { text: t.charts }));
    const grid = h('div', { class: 'charts', part: 'charts' });

    // 1. Growth targets vs last year's growth.
    const rows = [];
    const seen = new Set();
    for (const tg of r.targets || []) {
      if (tg.kind !== 'growth' || !isPercent(tg.unit)) continue;
      const key = tg.metricId || tg.metric || String(tg.quantityId);
      if (seen.has(key)) continue;
      seen.add(key);
      const q = idx.byId.get(tg.quantityId);
      const last = lastYearFor(r, tg, idx);
      const lastOk = last && last.kind === 'growth' && isPercent(last.unit) ? last : null;
      const dir = q ? q.direction : null;
      const sign = dir === 'down' ? -1 : 1;
      rows.push({
        label: (tg.metricId && idx.metricLabels.get(tg.metricId)) || tg.metric || t.unknown,
        actual: lastOk
          ? { value: signedValue(lastOk), text: formatValue(lastOk, this.#lang, { signed: true }), ref: lastOk.id }
          : null,
        target: {
          value: sign * tg.value,
          hi: tg.hi != null ? sign * tg.hi : null,
          text: formatValue({ ...tg, direction: dir }, this.#lang, { signed: 'down' }),
          ref: tg.quantityId,
        },
      });
    }
    const fig1 = h('figure', { part: 'chart-targets' }, h('figcaption', { text: t.chartTargets }));
    if (rows.length) {
      fig1.append(
        growthChart(document, {
          id: 'chart-growth',
          title: t.chartTargets,
          desc:
            t.chartTargetsDesc(rows.length) +
            ' ' +
            rows
              .map((x) => `${x.label}: ${x.actual ? x.actual.text : t.none} → ${x.target ? x.target.text : t.none}`)
              .join('; '),
          rows,
          legend: { actual: t.legendActual, target: t.legendTarget },
        }),
      );
    } else fig1.append(h('p', { class: 'chart-note', text: t.chartTargetsNone }));
    grid.append(fig1);

    // 2. Figures per part, split by status.
    const statusKeys = [...STATUSES, 'unknown'];
    const parts = (r.sections || []).filter((s) => s.level === 'part');
    /** @type {Map<string, {label: string, filter: string, counts: Record<string, number>}>} */
    const groups = new Map();
    const groupOf = (q) => {
      const p = idx.part(q.sectionId);
      return p ? String(p.id) : '';
    };
    for (const p of parts) groups.set(String(p.id), { label: `${p.label}${p.title}`, filter: `section:${p.id}`, counts: {} });
    for (const q of r.quantities || []) {
      const g = groupOf(q);
      if (!groups.has(g)) groups.set(g, { label: t.otherFigures, filter: 'section:', counts: {} });
      const entry = /** @type {any} */ (groups.get(g));
      const s = q.status || 'unknown';
      entry.counts[s] = (entry.counts[s] || 0) + 1;
    }
    const sectionRows = [...groups.values()]
      .filter((g) => Object.keys(g.counts).length)
      .map((g) => ({
        label: g.label,
        filter: g.filter === 'section:' ? 'none' : g.filter,
        segments: statusKeys.map((s) => ({
          key: `status:${s}`,
          value: g.counts[s] || 0,
          cls: `c-${s}`,
          label: s === 'unknown' ? t.unknown : t.status[s],
        })),
      }));
    const usedStatuses = statusKeys.filter((s) => (r.quantities || []).some((q) => (q.status || 'unknown') === s));
    if (sectionRows.length) {
      grid.append(
        h(
          'figure',
          { part: 'chart-sections' },
          h('figcaption', { text: t.chartSections }),
          barChart(document, {
            id: 'chart-sections',
            title: t.chartSections,
            desc:
              t.chartSectionsDesc(sectionRows.length) +
              ' ' +
              sectionRows.map((x) => `${x.label}: ${x.segments.reduce((a, s) => a + s.value, 0)}`).join('; '),
            rows: sectionRows,
            legend: usedStatuses.map((s) => ({ cls: `c-${s}`, label: s === 'unknown' ? t.unknown : t.status[s] })),
          }),
        ),
      );
    }

    // 3. Figures per status.
    const statusRows = usedStatuses.map((s) => {
      const n = (r.quantities || []).filter((q) => (q.status || 'unknown') === s).length;
      return {
        label: s === 'unknown' ? t.unknown : t.status[s],
        filter: `status:${s}`,
        segments: [{ key: '', value: n, cls: `c-${s}`, label: '' }],
      };
    });
    if (statusRows.length) {
      grid.append(
        h(
          'figure',
          { part: 'chart-status' },
          h('figcaption', { text: t.chartStatus }),
          barChart(document, {
            id: 'chart-status',
            title: t.chartStatus,
            desc: t.chartStatusDesc(statusRows.map((x) => `${x.label} ${x.segments[0].value}`).join(', ')),
            rows: statusRows,
          }),
        ),
      );
    }
    wrap.append(grid);
    return wrap;
  }

  /** @param {Report} r */
  #figures(r) {
    const t = this.#t;
    const idx = /** @type {ReturnType<typeof indexReport>} */ (this.#idx);
    const sel = (name, label, options) => {
      const select = h('select', { 'data-filter-key': name, name });
      select.append(h('option', { value: '', text: t.all }));
      for (const [value, text, depth] of options) {
        select.append(h('option', { value, text: `${'\u2003'.repeat(depth || 0)}${text}` }));
      }
      return h('label', {}, label, select);
    };
    const statusOpts = STATUSES.filter((s) => r.quantities.some((q) => q.status === s)).map((s) => [s, t.status[s]]);
    if (r.quantities.some((q) => q.status == null)) statusOpts.push(['unknown', t.unknown]);
    const kindOpts = KINDS.filter((k) => r.quantities.some((q) => q.kind === k)).map((k) => [k, t.kind[k]]);
    if (r.quantities.some((q) => q.kind == null)) kindOpts.push(['unknown', t.unknown]);
    const metricIds = [...new Set(r.quantities.map((q) => q.metricId).filter(Boolean))];
    const metricOpts = metricIds
      .map((m) => {
        const q = r.quantities.find((x) => x.metricId === m);
        return [m, idx.metricLabels.get(m) || (q && q.metric) || m];
      })
      .sort((a, b) => String(a[1]).localeCompare(String(b[1]), 'zh'));
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
    const table = h(
      'table',
      { class: 'figs', part: 'figures', 'aria-label': t.figures },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col', text: t.colFigure }),
          h('th', { scope: 'col', text: t.colMetric }),
          h('th', { scope: 'col', text: t.colStatus }),
          h('th', { scope: 'col', text: t.colKind }),
          h('th', { scope: 'col', text: t.colYear }),
          h('th', { scope: 'col', text: t.colSection }),
          h('th', { scope: 'col', text: t.colSentence }),
        ),
      ),
      h('tbody', { 'data-rows': '' }),
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

  /** The original-text view: outline, paragraphs with marks, glossary. @param {Report} r @param {string} text */
  #textView(r, text) {
    const t = this.#t;
    const sections = r.sections || [];
    const quantities = [...(r.quantities || [])].sort((a, b) => a.span[0] - b.span[0]);
    const glossary = r.glossary || [];
    const article = h('article', { class: 'text', part: 'text', 'aria-label': t.text });
    /** @type {Set<number>} */
    const placed = new Set();

    // Quantities per stretch: a moving window over the sorted list.
    const within = (a, b) => {
      const out = [];
      for (const q of quantities) {
        if (q.span[0] >= b) break;
        if (q.span[0] >= a && !placed.has(q.id)) out.push({ id: q.id, span: /** @type {Span} */ (q.span) });
      }
      return out;
    };
    // Term occurrences: the engine's, else found in each stretch.
    const engineTerms = glossary.some((g) => g.occurrences && g.occurrences.length);
    const termsIn = (a, b, proj) => {
      const out = [];
      glossary.forEach((g, i) => {
        if (engineTerms) {
          for (const s of g.occurrences || []) if (s[0] >= a && s[1] <= b) out.push({ term: i, span: s });
        } else {
          for (const s of findTerm(proj, g.term)) out.push({ term: i, span: s });
        }
      });
      return out;
    };
    const topics = sections.filter((s) => s.level === 'topic');

    /** Renders pieces into a container. */
    const fill = (container, span, sentences, withTerms = true) => {
      const proj = project(text, span[0], span[1]);
      const marks = within(span[0], span[1]);
      const terms = withTerms && glossary.length ? termsIn(span[0], span[1], proj) : [];
      const { pieces, placed: got } = segment(text, span, sentences, marks, terms);
      for (const id of got) placed.add(id);
      for (const piece of pieces) {
        const holder =
          piece.type === 'sentence' ? h('span', { class: 'sent', 'data-s': `${piece.span[0]}-${piece.span[1]}` }) : null;
        if (holder) {
          const tp = topics.find((s) => s.span[0] <= piece.span[0] + 1 && s.span[1] >= piece.span[1] - 2);
          if (tp) holder.classList.add('lead');
        }
        for (const run of piece.runs) {
          let node;
          if (run.type === 'text') node = document.createTextNode(run.text);
          else if (run.type === 'mark') node = this.#mark(run.id, run.text);
          else
            node = h('span', {
              class: 'term',
              tabindex: '0',
              'data-term': run.term,
              text: run.text,
            });
          (holder || container).append(node);
        }
        if (holder) container.append(holder);
      }
      return container;
    };

    // Document order: part/section headings and paragraphs by start.
    const heads = sections.filter((s) => s.level !== 'topic');
    const paras = [...(r.paragraphs || [])].sort((a, b) => a.span[0] - b.span[0]);
    /** @type {({kind: 'h', s: Section} | {kind: 'p', p: Paragraph})[]} */
    const items = [];
    let hi = 0;
    const sortedHeads = [...heads].sort((a, b) => a.span[0] - b.span[0]);
    /** @type {Map<number, HTMLElement>} */
    const anchors = new Map();
    for (const p of paras) {
      while (hi < sortedHeads.length && sortedHeads[hi].span[0] < p.span[0]) items.push({ kind: 'h', s: sortedHeads[hi++] });
      items.push({ kind: 'p', p });
    }
    while (hi < sortedHeads.length) items.push({ kind: 'h', s: sortedHeads[hi++] });
    // A heading inside a paragraph's span is shown within the paragraph.
    /** @type {HTMLElement | null} */
    let lastP = null;
    let lastPEnd = -1;
    for (const it of items) {
      if (it.kind === 'h') {
        const s = it.s;
        if (s.span[0] < lastPEnd && lastP) {
          anchors.set(s.id, lastP);
          continue;
        }
        const node = h(s.level === 'part' ? 'h3' : 'h4', {
          class: s.level,
          id: `sec-${s.id}`,
          tabindex: '-1',
          'data-section': s.id,
        });
        fill(node, s.span, [], false);
        if (!node.textContent) node.textContent = `${s.label}${s.title}`;
        article.append(node);
        anchors.set(s.id, node);
      } else {
        const p = it.p;
        const node = h('p', { 'data-section': p.sectionId });
        fill(node, p.span, p.sentences);
        if (!node.childNodes.length) continue;
        article.append(node);
        lastP = node;
        lastPEnd = p.span[1];
      }
    }

    // Glossary, from the original where the definition can be found.
    if (glossary.length) {
      const dl = h('dl');
      glossary.forEach((g, i) => {
        const dd = h('dd');
        const proj = project(text, g.span[0], g.span[1]);
        const head = (g.definition || '').slice(0, 6);
        const at = head ? proj.text.indexOf(head) : -1;
        if (at >= 0) fill(dd, [proj.offs[at], g.span[1]], [], false);
        else dd.textContent = g.definition || '';
        dl.append(h('dt', { id: `term-${i}`, text: g.term }), dd);
      });
      article.append(
        h('section', { class: 'glossary', part: 'glossary' }, h('h3', { class: 'part', text: t.glossary }), dl),
      );
    }

    // Anything the stretches above did not place (so every quantity has a mark).
    const rest = quantities.filter((q) => !placed.has(q.id));
    if (rest.length) {
      const box = h('section', { class: 'other' }, h('h3', { class: 'part', text: t.otherFigures }));
      for (const q of rest) {
        const sent = h('span', { class: 'sent' }, this.#mark(q.id, q.text), ` — ${q.sentence || ''}`);
        box.append(h('p', { class: 'plain' }, sent));
        placed.add(q.id);
      }
      article.append(box);
    }

    // Roving tab stop: the first mark.
    const first = this.#marks.values().next().value;
    if (first) first.tabIndex = 0;

    // Outline.
    const nav = h('nav', { class: 'outline', part: 'outline', 'aria-label': t.outline });
    const parts = heads.filter((s) => s.level === 'part' || s.parent == null || !heads.some((x) => x.id === s.parent));
    if (heads.length) {
      const list = h('ol');
      const childrenOf = (id) => heads.filter((s) => s.parent === id && s.level !== 'part');
      for (const s of parts) {
        const li = h(
          'li',
          { class: s.level },
          h('a', { href: `#sec-${s.id}`, 'data-goto-section': s.id, text: `${s.label}${s.title}` }),
        );
        const kids = childrenOf(s.id);
        if (kids.length) {
          li.append(
            h(
              'ol',
              {},
              ...kids.map((k) =>
                h('li', { class: k.level }, h('a', { href: `#sec-${k.id}`, 'data-goto-section': k.id, text: `${k.label}${k.title}` })),
              ),
            ),
          );
        }
        list.append(li);
      }
      if (glossary.length) {
        list.append(h('li', { class: 'part' }, h('a', { href: '#term-0', 'data-goto-term': '0', text: t.glossary })));
      }
      const narrow = this.clientWidth > 0 && this.clientWidth < 700;
      nav.append(h('details', { open: !narrow }, h('summary', { text: t.outline }), list));
    }
    this.#anchors = anchors;

    const legend = h(
      'ul',
      { class: 'legend-line', 'aria-label': t.colStatus },
      ...[...STATUSES, 'unknown']
        .filter((s) => (r.quantities || []).some((q) => (q.status || 'unknown') === s))
        .map((s) => h('li', {}, h('span', { class: `pill s-${s}`, text: s === 'unknown' ? t.unknown : t.status[s] }))),
    );
    return heads.length
      ? h('div', { class: 'reader' }, nav, h('div', {}, legend, article))
      : h('div', { class: 'reader single' }, h('div', {}, legend, article));
  }

  /** @type {Map<number, HTMLElement>} */
  #anchors = new Map();

  /** A highlighted quantity. @param {number} id @param {string} shown */
  #mark(id, shown) {
    const q = /** @type {Quantity} */ (this.#idx && this.#idx.byId.get(id));
    const node = h('mark', {
      class: `q s-${(q && q.status) || 'unknown'}`,
      'data-quantity-id': id,
      tabindex: '-1',
      part: 'mark',
      text: shown || (q && q.text) || '',
    });
    this.#marks.set(id, node);
    return node;
  }

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
    if (tbody) {
      const frag = document.createDocumentFragment();
      for (const q of this.#selection) {
        const outer = idx.outer(q.sectionId);
        const sentence = q.sentence || '';
        frag.append(
          h(
            'tr',
            { 'data-ref': q.id },
            h(
              'td',
              { class: 'num' },
              h('button', {
                type: 'button',
                class: 'go',
                'data-ref': q.id,
                text: formatValue(q, this.#lang, { signed: q.status === 'target' ? 'down' : q.kind === 'growth' }),
              }),
            ),
            h('td', { class: 'metric', text: (q.metricId && idx.metricLabels.get(q.metricId)) || q.metric || t.none }),
            h('td', { class: 'nw' }, h('span', { class: `pill s-${q.status || 'unknown'}`, text: q.status ? t.status[q.status] : t.unknown })),
            h('td', { class: 'nw', text: q.kind ? t.kind[q.kind] : t.none }),
            h('td', { class: 'num', text: q.year != null ? String(q.year) : t.none }),
            h('td', { text: outer ? `${outer.label}${outer.title}` : t.none }),
            h('td', { class: 'sentence', text: sentence.length > 90 ? sentence.slice(0, 88) + '…' : sentence }),
          ),
        );
      }
      tbody.replaceChildren(frag);
    }
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

  #export(kind) {
    const r = this.#report;
    const idx = this.#idx;
    if (!r || !idx) return;
    const base = [r.meta && r.meta.region, r.meta && r.meta.planYear, 'figures'].filter(Boolean).join('-');
    const blob =
      kind === 'csv'
        ? new Blob([toCsv(this.#selection, idx)], { type: 'text/csv;charset=utf-8' })
        : new Blob([toJson(r, this.#selection, this.#filters)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: fileName(base, kind) });
    a.hidden = true;
    this.#frame.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30000);
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
    for (const m of this.#root.querySelectorAll('mark.q[tabindex="0"]')) if (m !== mark) m.setAttribute('tabindex', '-1');
    mark.setAttribute('tabindex', '0');
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
    if (target.matches('mark.q')) {
      const all = [...this.#marks.values()].filter((m) => !m.classList.contains('dim') || m === target);
      const i = all.indexOf(target);
      let j = -1;
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown') j = Math.min(all.length - 1, i + 1);
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') j = Math.max(0, i - 1);
      else if (e.key === 'Home') j = 0;
      else if (e.key === 'End') j = all.length - 1;
      else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.select(Number(target.getAttribute('data-quantity-id')), { scroll: false });
        return;
      }
      if (j >= 0) {
        e.preventDefault();
        const next = all[j];
        this.#setRoving(next);
        next.focus();
        next.scrollIntoView({ block: 'nearest' });
      }
    }
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
    const t = this.#t;
    const tip = this.#tip;
    tip.replaceChildren();
    if (item.matches('mark.q')) {
      const q = this.#idx && this.#idx.byId.get(Number(item.getAttribute('data-quantity-id')));
      if (!q) return;
      const rows = [
        [t.tipValue, formatValue(q, this.#lang, { signed: q.status === 'target' ? 'down' : q.kind === 'growth' })],
        [t.tipUnit, q.unit || t.none],
        [t.tipMetric, (q.metricId && this.#idx?.metricLabels.get(q.metricId)) || q.metric || t.none],
        [t.tipStatus, q.status ? t.status[q.status] : t.unknown],
        [t.tipKind, q.kind ? t.kind[q.kind] : t.none],
        [t.tipYear, q.year != null ? String(q.year) : t.none],
      ];
      tip.append(h('dl', {}, ...rows.flatMap(([k, v]) => [h('dt', { text: k }), h('dd', { text: v })])));
    } else {
      const g = this.#report && this.#report.glossary[Number(item.getAttribute('data-term'))];
      if (!g) return;
      tip.append(h('div', { class: 'tip-title', text: g.term }), h('div', { text: g.definition }));
    }
    tip.hidden = false;
    item.setAttribute('aria-describedby', 'tip');
    const box = this.#frame.getBoundingClientRect();
    const rect = item.getBoundingClientRect();
    const width = tip.offsetWidth;
    let left = rect.left - box.left;
    left = Math.max(0, Math.min(left, box.width - width));
    let top = rect.bottom - box.top + 6;
    // Above the item when it would run past the bottom of the viewport.
    if (rect.bottom + tip.offsetHeight + 12 > window.innerHeight && rect.top > tip.offsetHeight + 12) {
      top = rect.top - box.top - tip.offsetHeight - 6;
    }
    tip.style.setProperty('left', `${Math.round(left)}px`);
    tip.style.setProperty('top', `${Math.round(top)}px`);
  }

  #hideTip() {
    if (!this.#tip || this.#tip.hidden) return;
    this.#tip.hidden = true;
    for (const n of this.#root.querySelectorAll('[aria-describedby="tip"]')) n.removeAttribute('aria-describedby');
  }
}
