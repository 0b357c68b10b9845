// Types of the <gov-report> element (js/element/gov-report.js and define.js).
// The Report model is the engine's, imported from the package's types
// (js/index.d.ts, generated from src/model.rs).

import type { Kind, Panel, PanelEntry, PanelRow, Quantity, Report, Status, Warning } from '../index.js';

export type {
  Direction,
  Dimension,
  GlossaryEntry,
  HeadlineRow,
  Kind,
  Level,
  Meta,
  Paragraph,
  Qual,
  Quantity,
  Report,
  Section,
  SectionLevel,
  Span,
  Status,
  Target,
  Warning,
} from '../index.js';

/** What the element needs from the engine (`panel` only for a comparison with a previous report). */
export interface Engine {
  parse(text: string): Report;
  panel?(entries: ReadonlyArray<PanelEntry | Report>): Panel;
}

/** This year's target against last year's for one indicator and kind (by the bounds, low end then high end). */
export type TargetChange = 'raised' | 'kept' | 'cut';

/**
 * Detail of `gov-report-compare` and the value of `comparison`: the engine's
 * panel over the previous report and this one.
 */
export interface Comparison {
  /** The year this report reviews (the previous report's plan year). */
  year: number | null;
  /** The year this report plans. */
  planYear: number | null;
  /** The file names the rows cite (`targetFile`, `actualFile`). */
  file: string;
  previousFile: string;
  /** All rows and warnings of panel() over the two reports. */
  rows: PanelRow[];
  warnings: Warning[];
  /** Rows of `year` whose target the previous report set: last year's target, this year's result, gap, verdict. */
  results: PanelRow[];
  /** Rows of `planYear` whose target this report sets, with last year's row for the indicator and the change. */
  targets: { row: PanelRow; before: PanelRow | null; change: TargetChange | null }[];
  /** The previous report. */
  previous: Report;
  /** Set instead of the above when the comparison could not be made (`fetch-failed`, `engine-failed`, …). */
  error?: GovReportErrorDetail;
}

/** The filters of the figures view; empty strings mean "all". */
export interface Filters {
  status?: Status | 'unknown' | '';
  kind?: Kind | 'unknown' | '';
  metric?: string;
  section?: string | number;
  q?: string;
}

/** Detail of `gov-report-error`. */
export interface GovReportErrorDetail {
  /** The engine's error code (`empty-input`, `input-too-large`, `not-text`, …) or `fetch-failed`, `engine-failed`. */
  code: string;
  message: string;
}

/** The views the `views` attribute can list. */
export type View = 'header' | 'cards' | 'targets' | 'charts' | 'figures' | 'text';

/**
 * `<gov-report>`: a framework-free view of a government work report.
 *
 * Attributes: `src`, `lang`, `views`, `loading`, `cards`, `max-cards`, `theme`, `file`, `previous-src`.
 * Events (bubble, composed): `gov-report-ready`, `gov-report-select`, `gov-report-error`,
 * `gov-report-compare`, `gov-report-compare-select`.
 */
export class GovReportElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** Loads the engine; replace it to use another build. Default: `import('../index.js')` then `init()`. */
  static loadEngine: () => Promise<Engine>;
  /** Registers the element under `tag` (default `gov-report`); tolerates double registration. */
  static define(tag?: string, registry?: CustomElementRegistry): typeof GovReportElement;

  /** The report text. Setting it reads the report (the engine loads lazily). */
  text: string | null;
  /** The report shown. Setting it shows a Report parsed elsewhere (set `text` first for the text view). */
  report: Report | null;
  /** URL of a text report (UTF-8, UTF-16 with BOM, or GBK/GB18030). Reflects the `src` attribute. */
  src: string;
  /** Space-separated subset of `header cards targets charts figures text` (default: all). */
  views: string;
  /** `lazy` (default): load the engine when the element nears the viewport; `eager`: at once. */
  loading: 'lazy' | 'eager';
  /** Which headline cards show, in order: metric ids (space- or comma-separated); all when empty. */
  cards: string;
  /** At most this many headline cards (null: all). */
  maxCards: number | null;
  /** Colour defaults: `light` (default), `dark`, `auto` (prefers-color-scheme). */
  theme: 'light' | 'dark' | 'auto';
  /** The report's file name, written into exports (default: the last part of `src`). */
  file: string;
  /** URL of the previous year's report (reflects `previous-src`): cards and targets then show last year's targets against this year's results. */
  previousSrc: string;
  /** The previous year's report text (instead of `previous-src`). */
  previousText: string | null | undefined;
  /** The previous year's Report: set one parsed elsewhere; reads back the one parsed from `previousText` / `previous-src`. */
  previousReport: Report | null;
  /** The comparison with the previous report, once made (see `gov-report-compare`), else null. */
  readonly comparison: Comparison | null;
  /** The quantities that match the current filters and search, in document order. */
  readonly selection: Quantity[];
  /** Shows a quantity in the text (scroll, flash, focus) and fires `gov-report-select`. False if there is no such id. */
  select(id: number, opts?: { scroll?: boolean; focus?: boolean }): boolean;
  /** Sets the filters of the figures view (missing keys are cleared). */
  setFilters(filters: Filters): void;
}

/** Decodes file bytes: UTF-8 (BOM or not), UTF-16 with a BOM, else GB18030. */
export function decodeText(bytes: Uint8Array): string;

declare global {
  interface HTMLElementTagNameMap {
    'gov-report': GovReportElement;
  }
  interface HTMLElementEventMap {
    'gov-report-ready': CustomEvent<Report>;
    'gov-report-select': CustomEvent<Quantity>;
    'gov-report-error': CustomEvent<GovReportErrorDetail>;
    'gov-report-compare': CustomEvent<Comparison>;
    'gov-report-compare-select': CustomEvent<{ side: 'previous'; quantity: Quantity }>;
  }
}
