// Types of the <gov-report-panel> element (js/element/gov-report-panel.js
// and panel-define.js). The Panel model is the engine's (js/index.d.ts,
// generated from src/model.rs).

import type { Kind, Panel, PanelEntry, PanelOptions, PanelRow, Quantity, Report, Verdict } from '../index.js';

export type { Panel, PanelRow, PanelFigure, PanelEntry, Rule, Verdict } from '../index.js';

/** What the element needs from the engine. */
export interface PanelEngine {
  parse(text: string): Report;
  panel(entries: ReadonlyArray<PanelEntry | Report>, options?: PanelOptions): Panel;
  /** Used to read fetched files (UTF-8, UTF-16 with BOM, GBK); else UTF-8. */
  decodeBytes?(bytes: Uint8Array): { text: string };
}

/** A report given to the element: parsed once, elsewhere; `text` gives exact sentences. */
export interface PanelReportEntry {
  report: Report;
  /** The name rows cite it by (`targetFile`, `actualFile`); default `#1`, `#2`, … */
  file?: string;
  /** The report text (the figure's sentence is then cut from it exactly). */
  text?: string | null;
}

/** The filters; empty strings mean "all". */
export interface PanelFilters {
  /** Which rows: with a target (`target`, the default), with a target and a result (`both`), or `all`. */
  scope?: 'target' | 'both' | 'all' | '';
  /** `metricId|kind`, e.g. `gdp|growth`. */
  metric?: string;
  kind?: Kind | '';
  verdict?: Verdict | '';
  year?: string | number;
  /** Part of a region's name (Chinese, or English for provincial regions). */
  q?: string;
}

/** The columns `sortBy` accepts. */
export type PanelSortKey = 'region' | 'year' | 'metric' | 'kind' | 'targetValue' | 'actualValue' | 'gap' | 'verdict';

/** Detail of `gov-report-panel-select`: the row, which figure of it, and the quantity in its report. */
export interface PanelSelectDetail {
  row: PanelRow;
  side: 'target' | 'actual';
  quantity: Quantity | null;
}

/**
 * `<gov-report-panel>`: many reports read together (the engine's panel()):
 * a sortable, filterable region × metric table, a dot-and-bar chart of target
 * against result per region, every figure's sentence, CSV/JSON of the rows shown.
 *
 * Attributes: `src-list`, `lang`, `theme`, `near-tolerance` (`0.5`, or `0.5 1%`:
 * percentage points, then a level's share; `0` turns the verdict `near` off).
 * Events (bubble, composed): `gov-report-panel-ready`, `gov-report-panel-progress`,
 * `gov-report-panel-select`, `gov-report-panel-error`.
 */
export class GovReportPanelElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** Loads the engine; default: `import('../index.js')` then `init()`. */
  static loadEngine: () => Promise<PanelEngine>;
  /** Registers the element under `tag` (default `gov-report-panel`); tolerates double registration. */
  static define(tag?: string, registry?: CustomElementRegistry): typeof GovReportPanelElement;

  /** The reports read together (`{report, file, text?}` or bare Reports). */
  reports: ReadonlyArray<PanelReportEntry | Report>;
  /** Report URLs to fetch and read (reflects `src-list`, whitespace-separated). */
  srcs: string[];
  /** The engine's Panel over the reports, or null before it is made. */
  readonly panel: Panel | null;
  /** The rows shown (filtered and sorted): what the export writes. */
  readonly rows: PanelRow[];
  /** The filters in force. */
  readonly filters: Required<PanelFilters>;
  /** The near tolerance (reflects `near-tolerance`); null: the engine's default (0.5 points, 1 %). */
  nearTolerance: { points: number; relative?: number } | number | null;
  /** Sets the filters (missing keys are reset; `scope` to `target`). */
  setFilters(filters: PanelFilters): void;
  /** Sorts by a column (`dir` omitted: toggles). */
  sortBy(key: PanelSortKey, dir?: 'asc' | 'desc'): void;
  /** The rows shown as CSV (the CLI's columns, then rule, bound, sentences; BOM, CRLF) or JSON (`{filters, sort, count, rows}`). */
  exportText(kind: 'csv' | 'json'): string;
  /** Shows the sentence of a shown row's target or result and fires `gov-report-panel-select`. */
  select(index: number, side: 'target' | 'actual'): boolean;
}

declare global {
  interface HTMLElementTagNameMap {
    'gov-report-panel': GovReportPanelElement;
  }
  interface HTMLElementEventMap {
    'gov-report-panel-ready': CustomEvent<Panel>;
    'gov-report-panel-progress': CustomEvent<{ done: number; total: number }>;
    'gov-report-panel-select': CustomEvent<PanelSelectDetail>;
    'gov-report-panel-error': CustomEvent<{ code: string; message: string }>;
  }
}
