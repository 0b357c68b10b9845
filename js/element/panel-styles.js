// Styles of the comparison (<gov-report> with a previous report) and of
// <gov-report-panel>: constructable stylesheets adopted into the shadow
// root beside the element's own (styles.js), so they work under a CSP
// without 'unsafe-inline'. They use the custom properties of styles.js
// (--gov-report-*, resolved into --_fg, --_bg, --_bd …).
//
// Panel-only custom properties (each with a fallback):
//   --gov-report-met      verdict "met" (#1a7f37)
//   --gov-report-missed   verdict "missed" (#cf222e)
//   --gov-report-near     verdict "near", close to an approximate target (#9a6700; #bf8700 in charts)
//   --gov-report-panel-target  the target's ring and range line in the charts (the text colour)
//   --gov-report-panel-chart-max-height  scroll the chart inside the element (none)

/** Verdict and change badges, the source box of a figure, the comparison table. */
export const COMPARE_CSS = `
.cards > .card, .card .cols > * { min-width: 0; }
.cmp { min-width: 0; overflow-wrap: anywhere; margin-top: .45rem; padding-top: .4rem; border-top: 1px dashed var(--_bd); font-size: .88em; }
.cmp p { margin: 0 0 .15rem; display: flex; flex-wrap: wrap; gap: 0 .35rem; align-items: baseline; }
.cmp .go, .cmp-table .go, .tgts .go.prev { font-variant-numeric: tabular-nums; }
.verdict, .change { display: inline-block; padding: 0 .4em; border-radius: 4px; font-size: .85em;
 border: 1px solid var(--_bd); white-space: nowrap; }
.v-met { border-color: var(--gov-report-met, #1a7f37); color: color-mix(in srgb, var(--gov-report-met, #1a7f37) 70%, var(--_fg)); }
.v-missed { border-color: var(--gov-report-missed, #cf222e); color: color-mix(in srgb, var(--gov-report-missed, #cf222e) 70%, var(--_fg)); font-weight: 600; }
.v-near { border-color: var(--gov-report-near, #9a6700); border-style: double; border-width: 3px;
 color: color-mix(in srgb, var(--gov-report-near, #9a6700) 75%, var(--_fg)); }
.v-no-result, .v-no-target { color: var(--_mu); border-style: dashed; }
.c-raised::before { content: "↑ "; } .c-cut::before { content: "↓ "; } .c-kept::before { content: "= "; }
.cmp-wrap { margin-top: 1.25rem; }
.cmp-src { border: 1px solid var(--_ac); border-radius: var(--_r); padding: .5rem .75rem; margin: .5rem 0;
 background: var(--_sf); }
.cmp-src p { margin: 0 0 .25rem; }
.cmp-src .src-head { font-size: .85em; color: var(--_mu); display: flex; gap: .5rem; align-items: baseline; }
.cmp-src .src-head .btn { margin-left: auto; }
.cmp-src .sentence { display: block; min-width: 0; color: var(--_fg); }
@container (max-width: 44rem) {
 .cards .fig .v { white-space: normal; }
 table.cmp-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
 table.cmp-table, table.cmp-table tbody, table.cmp-table tr { display: block; }
 table.cmp-table tr { padding: .5rem .65rem; border-bottom: 1px solid var(--_bd); }
 table.cmp-table th, table.cmp-table td { display: flex; gap: .5rem; padding: .1rem 0; border: 0; white-space: normal; }
 table.cmp-table td::before { content: attr(data-label); color: var(--_mu); font-size: .85em; min-width: 6.5rem; flex: none; }
 table.cmp-table td.sentence { min-width: 0; }
}
`;

/** The panel's table, filters and chart. */
export const PANEL_CSS = `
.pbar { display: flex; flex-wrap: wrap; gap: .5rem .75rem; align-items: end; margin: 0 0 .75rem; }
.pbar label { display: flex; flex-direction: column; font-size: .85em; color: var(--_mu); gap: .15rem; }
.pbar select, .pbar input { min-width: 7rem; max-width: 16rem; padding: .3rem .45rem; border: 1px solid var(--_bd);
 border-radius: 6px; background: var(--_bg); color: var(--_fg); }
.progress { display: flex; gap: .5rem; align-items: center; color: var(--_mu); font-size: .9em; }
.progress progress { width: 10rem; }
table.ptable th button.sort { appearance: none; border: 0; background: none; padding: 0; font: inherit; font-weight: 600;
 cursor: pointer; color: inherit; }
table.ptable th[aria-sort="ascending"] button.sort::after { content: " ▲"; }
table.ptable th[aria-sort="descending"] button.sort::after { content: " ▼"; }
table.ptable td.sentence { min-width: 0; }
.pchart { margin: 0 0 1rem; max-height: var(--gov-report-panel-chart-max-height, none); overflow-y: auto; }
svg.dotbar .label, svg.dotbar .value { font-size: 12px; fill: var(--_fg); }
svg.dotbar .axis { font-size: 11px; fill: var(--_mu); }
svg.dotbar .tick { stroke: var(--_bd); } svg.dotbar .zero { stroke: var(--_mu); }
svg.dotbar .bar-actual, .mini-chart .dot-actual, .legend .k-none { fill: var(--_acs); background: var(--_acs); }
svg.dotbar .bar-actual.v-met, .mini-chart .dot-actual.v-met, .legend .k-met { fill: var(--gov-report-met, #1a7f37); background: var(--gov-report-met, #1a7f37); }
svg.dotbar .bar-actual.v-near, .mini-chart .dot-actual.v-near, .legend .k-near { fill: var(--gov-report-near, #bf8700); background: var(--gov-report-near, #bf8700); }
svg.dotbar .bar-actual.v-missed, .mini-chart .dot-actual.v-missed, .legend .k-missed { fill: var(--gov-report-missed, #cf222e); background: var(--gov-report-missed, #cf222e); }
svg.dotbar .dot-target, .mini-chart .dot-target { fill: var(--_bg); stroke: var(--gov-report-panel-target, var(--_fg)); stroke-width: 3; }
.mini-chart .clipped { stroke-dasharray: 2 1.5; stroke: var(--_fg); stroke-width: 1.5; }
.mini-chart .dot-target { stroke-width: 2; }
svg.dotbar .range-target, .mini-chart .range-target { stroke: var(--gov-report-panel-target, var(--_fg)); stroke-width: 4; stroke-linecap: round; }
svg.dotbar .mark, .mini-chart .mark { cursor: pointer; outline: none; }
svg.dotbar .mark:focus-visible, .mini-chart .mark:focus-visible { stroke: var(--_fg); stroke-width: 2px; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0 0 .5rem; padding: 0; font-size: .85em; color: var(--_fg); }
.legend li { display: inline-flex; align-items: center; gap: .35rem; }
.legend .key { display: inline-block; width: .9em; height: .9em; border-radius: 2px; flex: none; }
.legend .k-target { width: .8em; height: .8em; border-radius: 50%; border: 3px solid var(--gov-report-panel-target, var(--_fg)); background: var(--_bg); box-sizing: border-box; }
.legend .k-range { width: 1.2em; height: 4px; border-radius: 2px; background: var(--gov-report-panel-target, var(--_fg)); }
.chart-cols { display: flex; gap: 12px; align-items: flex-start; }
.multiples { display: grid; grid-template-columns: repeat(var(--cols, 3), minmax(0, 1fr)); gap: 8px; }
.multiples .mini { margin: 0; min-width: 0; border: 0; border-top: 1px solid var(--_bd); border-radius: 0; padding: .2rem 0 0; }
.multiples figcaption { font-size: .8em; font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.mini-chart { display: block; max-width: 100%; height: auto; }
.mini-chart .axis { font-size: 10px; fill: var(--_mu); }
.mini-chart .tick { stroke: var(--_bd); } .mini-chart .zero { stroke: var(--_mu); }
.mini-chart .spark { fill: none; stroke: var(--_mu); stroke-width: 1; }
.capped { font-size: .9em; color: var(--_mu); display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
table.ptable { width: 100%; }
table.ptable th, table.ptable td { padding-left: .4rem; padding-right: .4rem; }
table.ptable td .verdict { white-space: normal; }
@container (max-width: 44rem) {
 .pbar label { flex: 1 1 45%; }
 .pbar select, .pbar input { min-width: 0; max-width: none; width: 100%; }
 /* A compact row: the region and kind; indicator and year; target, result, gap and verdict. */
 table.ptable thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
 table.ptable, table.ptable tbody { display: block; }
 table.ptable tr { display: grid; grid-template-columns: minmax(0, 1.4fr) minmax(0, 1.4fr) minmax(0, 1fr) minmax(0, 1fr); gap: .05rem .5rem; padding: .35rem .5rem;
  border-bottom: 1px solid var(--_bd); }
 table.ptable th, table.ptable td { display: block; padding: 0; border: 0; white-space: normal; text-align: start; min-width: 0;
  overflow-wrap: anywhere; }
 table.ptable tr > th { grid-column: span 3; }
 table.ptable tr > :nth-child(4) { order: 1; color: var(--_mu); text-align: end; }
 table.ptable tr > :nth-child(3) { grid-column: span 3; order: 2; }
 table.ptable tr > :nth-child(2) { order: 3; text-align: end; }
 table.ptable tr > :nth-child(n+5) { order: 4; }
 table.ptable td:nth-child(n+5)::before { content: attr(data-label); display: block; color: var(--_mu); font-size: .8em; }
 table.ptable .go, table.ptable .go .v { white-space: normal; overflow-wrap: anywhere; text-align: start; }
}
`;

/** @type {Map<string, CSSStyleSheet>} */
const sheets = new Map();

/**
 * Adopts a stylesheet (one shared CSSStyleSheet per text) into a shadow root, once.
 * @param {ShadowRoot} root @param {string} css
 */
export function adoptSheet(root, css) {
  try {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // No constructable stylesheets: shown unstyled.
  }
}
