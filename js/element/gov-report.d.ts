// Types of the <gov-report> element (js/element/gov-report.js and define.js).
// The Report model is the engine's (src/model.rs, schemaVersion 1).

export type Span = [number, number];
export type Level = 'national' | 'province' | 'city' | 'county' | 'district';
export type SectionLevel = 'part' | 'section' | 'topic';
export type Dimension =
  | 'currency'
  | 'people'
  | 'area'
  | 'length'
  | 'mass'
  | 'volume'
  | 'energy'
  | 'duration'
  | 'ratio'
  | 'multiple'
  | 'count'
  | 'other';
export type Qual = 'exact' | 'approx' | 'at_least' | 'over' | 'near' | 'at_most' | 'range';
export type Kind = 'amount' | 'growth' | 'rate' | 'multiple';
export type Direction = 'up' | 'down';
export type Status = 'actual' | 'estimate' | 'target' | 'context';

export interface Meta {
  title: string | null;
  region: string | null;
  level: Level | null;
  meeting: string | null;
  date: string | null;
  speaker: string | null;
  speakerTitle: string | null;
  reviewYear: number | null;
  planYear: number | null;
}
export interface Section {
  id: number;
  level: SectionLevel;
  label: string;
  title: string;
  span: Span;
  parent: number | null;
}
export interface Paragraph {
  span: Span;
  sectionId: number | null;
  sentences: Span[];
}
export interface Quantity {
  id: number;
  text: string;
  span: Span;
  value: number;
  hi: number | null;
  unit: string;
  base: number;
  dimension: Dimension;
  qual: Qual;
  kind: Kind | null;
  direction: Direction | null;
  status: Status | null;
  year: number | null;
  metric: string | null;
  metricId: string | null;
  sectionId: number | null;
  sentence: string;
  sentenceSpan: Span;
}
export interface Target {
  quantityId: number;
  metricId: string | null;
  metric: string | null;
  kind: Kind | null;
  value: number;
  hi: number | null;
  qual: Qual;
  unit: string;
}
export interface HeadlineRow {
  metricId: string;
  label: string;
  level: number | null;
  growth: number | null;
  target: number | null;
}
export interface GlossaryEntry {
  term: string;
  definition: string;
  span: Span;
  occurrences: Span[];
}
export interface Warning {
  code: string;
  message: string;
}
export interface Report {
  schemaVersion: number;
  meta: Meta;
  sections: Section[];
  paragraphs: Paragraph[];
  quantities: Quantity[];
  targets: Target[];
  headline: HeadlineRow[];
  glossary: GlossaryEntry[];
  warnings: Warning[];
}

/** What the element needs from the engine. */
export interface Engine {
  parse(text: string): Report;
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
 * Attributes: `src`, `lang`, `views`, `loading`.
 * Events (bubble, composed): `gov-report-ready`, `gov-report-select`, `gov-report-error`.
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
  }
}
