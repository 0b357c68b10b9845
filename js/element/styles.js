// The stylesheet of <gov-report>, adopted into each shadow root as one shared
// constructable CSSStyleSheet (allowed under a CSP without 'unsafe-inline').
//
// Theming surface (all optional, each with a fallback):
//   --gov-report-font          font family
//   --gov-report-font-size     base font size (1rem)
//   --gov-report-fg            text colour (#1f2328)
//   --gov-report-muted         secondary text (derived from fg and bg)
//   --gov-report-bg            background (#ffffff)
//   --gov-report-surface       cards, table heads, panels (derived)
//   --gov-report-border        rules and borders (derived)
//   --gov-report-accent        links, active tab, focus ring (#0b5cad)
//   --gov-report-radius        corner radius (8px)
//   --gov-report-actual / -estimate / -target / -context
//                              highlights (derived from the strong colours and bg)
//   --gov-report-actual-strong / -estimate-strong / -target-strong / -context-strong
//                              chart bars and underlines (#1d4ed8, #6d28d9, #b45309, #4b5563)
//   --gov-report-target-text   target values on the headline cards (derived)
//   --gov-report-link          links and figure buttons (derived from the accent)
//   --gov-report-flash         the flash on a sentence that was jumped to (derived)
// Muted text, surfaces, borders, highlights, links and the target text are
// derived with color-mix() from fg, bg, the accent and the strong colours, so
// a dark page that sets fg/bg/accent keeps text contrast ≥ 4.5:1; the
// `theme` attribute (light | dark | auto) picks the defaults.
//   --gov-report-text-max-height  height of the scrolling text pane (none)

export const CSS = `
:host {
 --_fg: var(--gov-report-fg, light-dark(#1f2328, #e6edf3));
 --_bg: var(--gov-report-bg, light-dark(#ffffff, #0d1117));
 --_ac: var(--gov-report-accent, light-dark(#0b5cad, #4493f8));
 --_acs: var(--gov-report-actual-strong, light-dark(#1d4ed8, #4493f8));
 --_ess: var(--gov-report-estimate-strong, light-dark(#6d28d9, #a371f7));
 --_tgs: var(--gov-report-target-strong, light-dark(#b45309, #e3b341));
 --_cxs: var(--gov-report-context-strong, light-dark(#4b5563, #8b949e));
 --_mu: var(--gov-report-muted, color-mix(in srgb, var(--_fg) 74%, var(--_bg)));
 --_sf: var(--gov-report-surface, color-mix(in srgb, var(--_fg) 4%, var(--_bg)));
 --_bd: var(--gov-report-border, color-mix(in srgb, var(--_fg) 22%, var(--_bg)));
 --_lk: var(--gov-report-link, color-mix(in srgb, var(--_ac) 50%, var(--_fg)));
 --_tgt: var(--gov-report-target-text, color-mix(in srgb, var(--_tgs) 50%, var(--_fg)));
 --_at: var(--gov-report-actual, color-mix(in srgb, var(--_acs) 16%, var(--_bg)));
 --_es: var(--gov-report-estimate, color-mix(in srgb, var(--_ess) 14%, var(--_bg)));
 --_tg: var(--gov-report-target, color-mix(in srgb, var(--_tgs) 24%, var(--_bg)));
 --_cx: var(--gov-report-context, color-mix(in srgb, var(--_cxs) 14%, var(--_bg)));
 --_fl: var(--gov-report-flash, color-mix(in srgb, #f5c400 40%, var(--_bg)));
 --_r: var(--gov-report-radius, 8px);
 color-scheme: light;
 display: block;
 contain: content;
 color: var(--_fg);
 background: var(--_bg);
 font-family: var(--gov-report-font, system-ui, -apple-system, "PingFang SC", "Noto Sans CJK SC",
 "Source Han Sans SC", "Microsoft YaHei", sans-serif);
 font-size: var(--gov-report-font-size, 1rem);
 line-height: 1.6;
 min-height: 12rem;
}
:host([theme="dark"]) { color-scheme: dark; }
:host([theme="auto"]) { color-scheme: light dark; }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.root { position: relative; container-type: inline-size; }
.vh {
 position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
 overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
[hidden] { display: none !important; }
button, input, select { font: inherit; color: inherit; }
:focus-visible { outline: 2px solid var(--_ac); outline-offset: 2px; }

.fallback { margin: 0; }
.status-line { color: var(--_mu); font-size: .9em; margin: .5rem 0; }
.error {
 border: 1px solid #d1242f; background: #ffebe9; color: #82071e;
 border-radius: var(--_r); padding: .75rem 1rem; margin: .5rem 0;
}
.error code { font-size: .85em; }

header { padding: .25rem 0 .75rem; border-bottom: 1px solid var(--_bd); }
h2.title { font-size: 1.5em; line-height: 1.3; margin: 0 0 .25rem; font-weight: 700; }
.meta { display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0; padding: 0; list-style: none;
 color: var(--_mu); font-size: .92em; }
.meta li { margin: 0; }
.badge { display: inline-block; padding: 0 .5em; border-radius: 999px; font-size: .85em;
 background: var(--_sf); border: 1px solid var(--_bd);
 color: var(--_fg); }
details.warnings { margin-top: .5rem; font-size: .85em; color: var(--_mu); }
details.warnings ul { margin: .25rem 0; padding-left: 1.25rem; }

.tabs { display: flex; gap: .25rem; border-bottom: 1px solid var(--_bd);
 margin: .75rem 0 1rem; overflow-x: auto; }
.tab { appearance: none; background: none; border: 0; border-bottom: 3px solid transparent;
 padding: .5rem .9rem; cursor: pointer; color: var(--_mu); font-weight: 600;
 white-space: nowrap; }
.tab[aria-selected="true"] { color: var(--_fg);
 border-bottom-color: var(--_ac); }
.tab:hover { color: var(--_fg); }
section.panel > h3, .panel h3 { font-size: 1.1em; margin: 1.25rem 0 .5rem; }
section.panel > h3:first-child { margin-top: 0; }

.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr)); gap: .75rem;
 list-style: none; margin: 0; padding: 0; }
.card { border: 1px solid var(--_bd); border-radius: var(--_r); min-width: 0;
 background: var(--_sf); padding: .75rem .9rem; cursor: pointer; }
.card:hover { border-color: var(--_ac); }
.card { container-type: inline-size; }
.card h4 { margin: 0 0 .35rem; font-size: 1em; font-weight: 700; line-height: 1.35; overflow-wrap: break-word; }
.card .rows, .card .cmp { display: grid; grid-template-columns: minmax(3.5rem, max-content) minmax(0, 1fr); gap: .2rem .75rem;
 align-items: baseline; }
.card .row { display: contents; }
.card .rl { font-size: .8em; color: var(--_mu); line-height: 1.3; overflow-wrap: break-word; min-width: 0; max-width: 7.5rem; }
.card .rv { display: flex; flex-wrap: wrap; align-items: baseline; gap: .1rem .6rem; min-width: 0; overflow-wrap: break-word; }
.card .v { white-space: normal; }
.card .cmp { margin-top: .45rem; padding-top: .4rem; border-top: 1px dashed var(--_bd); font-size: .92em; }
.card .cmp .rv { gap: .1rem .4rem; }
.card .cmp .verdict, .card .cmp .change { white-space: nowrap; }
@container (max-width: 16rem) {
 .card .rows, .card .cmp { grid-template-columns: minmax(0, 1fr); gap: 0; }
 .card .rv { margin-bottom: .3rem; }
 .card .rl { max-width: none; }
}
.fig { appearance: none; border: 0; background: none; padding: 0; margin: 0; cursor: pointer; color: inherit;
 text-align: left; display: inline-flex; flex-wrap: wrap; align-items: baseline; gap: 0 .35rem; min-width: 0; max-width: 100%;
 font-variant-numeric: tabular-nums; }
.fig .v { font-size: 1.2em; font-weight: 700; line-height: 1.3; }
.v, .est { white-space: nowrap; }
.est { font-size: .75em; border: 1px solid var(--_ess); color: var(--_fg); border-radius: 4px; padding: 0 .3em; }
td .est { margin-left: .35em; }
mark.own { background: var(--_tg); color: inherit; border-radius: 2px; padding: 0 .1em; }
.fig .k, .k { font-size: .8em; color: var(--_mu); }
.k.gap { white-space: nowrap; }
.fig:hover .v { text-decoration: underline; }
.card .empty { color: var(--_mu); }
.card .target .v { color: var(--_tgt); }

.table-wrap { overflow-x: auto; border: 1px solid var(--_bd);
 border-radius: var(--_r); }
table { border-collapse: collapse; width: 100%; font-size: .93em; }
th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid var(--_bd);
 vertical-align: top; }
thead th { background: var(--_sf); font-weight: 600; position: sticky; top: 0; }
tbody tr:last-child td { border-bottom: 0; }
tbody tr { cursor: pointer; }
tbody tr:hover td { background: var(--_sf); }
td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
td.nw, th { white-space: nowrap; }
td.metric { min-width: 7rem; }
tbody th { white-space: normal; }
.go { appearance: none; border: 0; background: none; padding: 0; cursor: pointer;
 color: var(--_lk); text-decoration: underline; text-align: left; }
td.sentence { color: var(--_mu); min-width: 16rem; }
.pill { display: inline-block; padding: 0 .45em; border-radius: 4px; font-size: .85em; white-space: nowrap;
 border-bottom: 2px solid transparent; }
.s-actual { background: var(--_at); border-color: var(--_acs); }
.s-estimate { background: var(--_es); border-color: var(--_ess); }
.s-target { background: var(--_tg); border-color: var(--_tgs); }
.s-context { background: var(--_cx); border-color: var(--_cxs); }
.s-unknown { background: transparent; border-color: var(--_mu); }

.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 30rem), 1fr)); gap: 1rem; }
.charts > figure:first-child { grid-column: 1 / -1; }
figure { margin: 0; border: 1px solid var(--_bd); border-radius: var(--_r);
 padding: .75rem; background: var(--_bg); }
figcaption { font-weight: 600; margin-bottom: .25rem; }
svg.chart { display: block; max-width: 100%; height: auto; font-size: 13px; }
svg.chart .label, svg.chart .value { fill: var(--_fg); }
svg.chart .axis { fill: var(--_mu); font-size: 11px; }
svg.chart .tick { stroke: var(--_bd); stroke-width: 1; }
svg.chart .zero { stroke: var(--_mu); stroke-width: 1; }
svg.chart .mark { cursor: pointer; outline: none; }
svg.chart .mark:focus-visible { stroke: var(--_fg); stroke-width: 2px; }
svg.chart .label, svg.chart .value { font-size: 13px; }
svg.chart .mark:hover { opacity: .8; }
svg.chart .bar-actual, svg.chart .c-actual { fill: var(--_acs); }
svg.chart .bar-target, svg.chart .c-target { fill: var(--_tgs); }
svg.chart .range { opacity: .45; }
svg.chart .c-estimate { fill: var(--_ess); }
svg.chart .c-context { fill: var(--_cxs); }
svg.chart .c-unknown { fill: #9aa4ae; }
.chart-note { color: var(--_mu); font-size: .9em; margin: .25rem 0; }

.filters { display: flex; flex-wrap: wrap; gap: .5rem .75rem; align-items: end; margin: 0 0 .75rem; }
.filters label { display: flex; flex-direction: column; font-size: .85em; color: var(--_mu);
 gap: .15rem; }
.filters select, .filters input {
 min-width: 8rem; max-width: 16rem; padding: .3rem .45rem; border: 1px solid var(--_bd);
 border-radius: 6px; background: var(--_bg); color: var(--_fg); }
.filters input[type="search"] { min-width: 14rem; }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: 0 0 .75rem; }
.actions .count { margin-right: auto; color: var(--_mu); font-size: .92em; }
.btn { appearance: none; border: 1px solid var(--_bd); background: var(--_sf);
 border-radius: 6px; padding: .3rem .75rem; cursor: pointer; font-size: .9em; }
.btn:hover { border-color: var(--_ac); }
.empty-note { color: var(--_mu); padding: .75rem; }

.reader { display: grid; grid-template-columns: minmax(11rem, 15rem) 1fr; gap: 1.5rem; align-items: start; }
.reader.single { grid-template-columns: 1fr; }
nav.outline { position: sticky; top: .5rem; max-height: calc(100vh - 1rem); overflow: auto; font-size: .9em; }
nav.outline details { border: 0; }
nav.outline summary { font-weight: 600; cursor: pointer; margin-bottom: .25rem; }
nav.outline ol { list-style: none; margin: 0; padding: 0; }
nav.outline ol ol { padding-left: .9rem; border-left: 2px solid var(--_bd); margin: .15rem 0 .35rem .2rem; }
nav.outline a { display: block; padding: .15rem .25rem; color: var(--_fg); text-decoration: none;
 border-radius: 4px; line-height: 1.4; }
nav.outline a:hover { background: var(--_sf); color: var(--_lk); }
nav.outline li.part > a { font-weight: 600; margin-top: .35rem; }
article.text { max-width: 46em; max-height: var(--gov-report-text-max-height, none); overflow: auto; }
article.text h3.part { font-size: 1.2em; margin: 1.5rem 0 .5rem; }
article.text h4.section { font-size: 1.05em; margin: 1.25rem 0 .5rem; }
article.text p { margin: 0 0 .8em; text-indent: 2em; text-align: justify; }
article.text p.plain { text-indent: 0; }
.lead { font-weight: 700; }
.sent { border-radius: 3px; scroll-margin: 30vh; }
.sent.flash { animation: gr-flash 2.2s ease-out 1; }
@keyframes gr-flash {
 0%, 35% { background: var(--_fl); box-shadow: 0 0 0 3px var(--_fl); }
 100% { background: transparent; box-shadow: none; }
}
@media (prefers-reduced-motion: reduce) {
 .sent.flash { animation: none; background: var(--_fl); }
}
mark.q { color: inherit; padding: 0 .08em; border-radius: 2px; border-bottom: 2px solid; cursor: pointer;
 scroll-margin: 30vh; }
mark.q.s-actual { border-bottom-style: solid; }
mark.q.s-estimate { border-bottom-style: dashed; }
mark.q.s-target { border-bottom-style: double; border-bottom-width: 3px; }
mark.q.s-context { border-bottom-style: dotted; }
mark.q.s-unknown { border-bottom-style: dotted; }
mark.q.dim { background: transparent; border-bottom-color: transparent; }
mark.q.selected { outline: 2px solid var(--_ac); outline-offset: 1px; }
.term { text-decoration: underline dotted var(--_ac); text-decoration-thickness: 2px;
 text-underline-offset: 3px; cursor: help; }
.glossary dl { margin: 0; }
.glossary dt { font-weight: 700; margin-top: .5rem; }
.glossary dd { margin: 0 0 .25rem 0; color: var(--_fg); }
.legend-line { display: flex; flex-wrap: wrap; gap: .35rem .75rem; font-size: .85em; margin: 0 0 1rem;
 padding: 0; list-style: none; color: var(--_mu); }

.tip { position: absolute; z-index: 10; max-width: min(22rem, 90%); background: #1f2328; color: #ffffff;
 border-radius: 6px; padding: .5rem .65rem; font-size: .85em; line-height: 1.45; pointer-events: none;
 box-shadow: 0 4px 14px rgba(0,0,0,.2); }
.tip dl { display: grid; grid-template-columns: auto 1fr; gap: .05rem .6rem; margin: 0; }
.tip dt { color: #c9d1d9; }
.tip dd { margin: 0; }
.tip .tip-title { font-weight: 700; margin-bottom: .2rem; }

@container (max-width: 44rem) {
 .reader { grid-template-columns: 1fr; }
 nav.outline { position: static; max-height: none; border: 1px solid var(--_bd);
 border-radius: var(--_r); padding: .5rem .75rem; }
 .filters label { flex: 1 1 45%; }
 .filters select, .filters input, .filters input[type="search"] { min-width: 0; max-width: none; width: 100%; }
 .cards { grid-template-columns: minmax(0, 1fr); }
 table.figs thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
 table.figs, table.figs tbody { display: block; }
 table.figs tr { display: flex; flex-wrap: wrap; align-items: baseline; gap: .15rem .6rem; padding: .5rem .65rem;
 border-bottom: 1px solid var(--_bd); }
 table.figs td { display: block; padding: 0; border: 0; }
 table.figs td.metric { min-width: 0; font-weight: 600; }
 table.figs td.sentence { flex-basis: 100%; min-width: 0; font-size: .92em; }
 table.tgts thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
 table.tgts, table.tgts tbody, table.tgts tr { display: block; }
 table.tgts tr { padding: .5rem .65rem; border-bottom: 1px solid var(--_bd); }
 table.tgts th, table.tgts td { display: flex; gap: .5rem; padding: .1rem 0; border: 0; white-space: normal; }
 table.tgts td::before { content: attr(data-label); color: var(--_mu); font-size: .85em; min-width: 6.5rem; }
 table.tgts th { font-weight: 600; }
 .card { padding: .6rem .75rem; }
 .tabs .tab { padding: .5rem .6rem; }
 tbody tr:hover td { background: transparent; }
 h2.title { font-size: 1.3em; }
 article.text p { text-align: left; }
}
@media (forced-colors: active) {
 mark.q { border-bottom-color: CanvasText; }
 .tab[aria-selected="true"] { border-bottom-color: Highlight; }
}
`;

/** @type {CSSStyleSheet | null} */
let sheet = null;

/**
 * Applies the element's styles to a shadow root: one shared constructable
 * stylesheet where supported, else a <style> element (older browsers, where a
 * strict CSP would need a nonce).
 * @param {ShadowRoot} root
 */
export function adoptStyles(root) {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  } catch {
    // fall through
  }
  const style = document.createElement('style');
  style.textContent = CSS;
  root.append(style);
}
