// Types of the `govreport` package: the API (written by hand, first) and the
// data model (generated from src/model.rs, below the BEGIN MODEL line).

/**
 * Where {@link init} loads the engine (`govreport_bg.wasm`) from: a URL or
 * path to fetch, a `Request`, a `Response` (or a promise of one, e.g.
 * `fetch(url)`), the bytes, or an already compiled `WebAssembly.Module`.
 * In Node a file path or a `file:` URL is read from disk.
 */
export type InitInput =
  | string
  | URL
  | Request
  | Response
  | PromiseLike<Response>
  | ArrayBuffer
  | ArrayBufferView
  | WebAssembly.Module;

/**
 * Loads the engine. Call it once before {@link parse}; further calls return
 * the same promise (a failed load is forgotten, so calling again retries).
 *
 * Without an argument the browser entry fetches `govreport_bg.wasm` from
 * next to the package's files (`new URL(…, import.meta.url)`, which bundlers
 * understand), and the Node entry reads it from disk. A server that sends the
 * `.wasm` with the wrong MIME type still works (it is compiled from bytes).
 */
export function init(input?: InitInput): Promise<void>;

/** Options of {@link parse} and {@link parseBytes}. */
export interface ParseOptions {
  /**
   * Inputs larger than this many UTF-8 bytes are refused with the error code
   * `input-too-large`. Default: 20 MiB (20 971 520).
   */
  maxInputBytes?: number;
}

/**
 * Reads a report. Spans in the result are UTF-16 offsets into `text`, so
 * `text.slice(span[0], span[1])` is the quoted text.
 *
 * @throws {GovReportError} `empty-input`, `input-too-large`, `not-text`,
 *   `invalid-options`, or `not-initialized` before {@link init} resolved.
 *   The engine keeps working after an error.
 */
export function parse(text: string, options?: ParseOptions): Report;

/**
 * Decodes the bytes of a report file the way the `govreport` CLI does
 * (see {@link decodeBytes}) and reads it. A report decoded from anything but
 * plain UTF-8 gets a warning (`decoded-gb18030`, `decoded-utf16le`, …) first
 * in `warnings`. Spans index the decoded text (byte order mark removed).
 *
 * @throws {GovReportError} as {@link parse}, plus `undecodable`.
 */
export function parseBytes(bytes: Uint8Array | ArrayBuffer | ArrayBufferView, options?: ParseOptions): Report;

/** One report given to {@link panel}, with the name its rows cite it by and what the caller knows about it. */
export interface PanelEntry {
  /** A report from {@link parse} or {@link parseBytes}. */
  report: Report;
  /** The file name (or any label) the rows' `targetFile`/`actualFile` give; default `#1`, `#2`, … by position. */
  file?: string;
  /**
   * The region as the caller knows it (`赣州市`, `赣州`). It fills a region the
   * text does not name; when the text names another, a `given-region-differs`
   * warning names the file and both, and the text's is used unless
   * {@link PanelOptions.preferGiven}.
   */
  region?: string;
  /** The region's 6-digit GB/T 2260 code (`'360700'`); a malformed code is left out with a `given-code-invalid` warning. */
  regionCode?: string;
  /** The year the report plans (the year it was delivered in); like `region`, checked against the text (`given-year-differs`). */
  planYear?: number;
}

/** Options of {@link panel}, {@link panelAsync} and {@link createPanel}. */
export interface PanelOptions {
  /** When a given region or year contradicts the text, use the given one (default: the text's; a warning either way). */
  preferGiven?: boolean;
  /**
   * How far an approximate target (`左右`, `约`) may be missed and still be
   * `near`: a number is percentage points for targets in `%` (default 0.5);
   * `relative` is a fraction of the bound for targets in other units
   * (default 0.01, 1 %). 0 turns `near` off for that kind of unit.
   */
  nearTolerance?: number | { points?: number; relative?: number };
}

/**
 * A panel built one report at a time: {@link PanelBuilder.add} keeps only
 * what the panel needs of each report (its meta, targets, headline rows and
 * the quantities these point to), so the caller can let go of each Report
 * (and its text) before reading the next file.
 */
export interface PanelBuilder {
  /** Adds one entry (an entry that is not a report becomes an `invalid-report` warning). */
  add(entry: PanelEntry | Report): void;
  /** How many entries were added. */
  readonly size: number;
  /** The panel of every entry added; the builder is then empty again. */
  finish(): Panel;
}

/** A {@link PanelBuilder}. */
export function createPanel(options?: PanelOptions): PanelBuilder;

/**
 * {@link panel} over entries that arrive one at a time (an async generator
 * that reads and parses files, say): each is awaited, packed and let go.
 * @throws {TypeError} when `entries` is neither async iterable nor iterable
 */
export function panelAsync(
  entries: AsyncIterable<PanelEntry | Report> | Iterable<PanelEntry | Report>,
  options?: PanelOptions,
): Promise<Panel>;

/**
 * Reads reports together: one {@link PanelRow} per region × year × canonical
 * metric × kind, with the target the report planning the year set, the
 * result the report reviewing it gives, their `gap` and a `verdict` — the
 * same engine and rule as `govreport panel` (its JSON lines equal these rows).
 * Reports may be given in any order, of any regions and years.
 *
 * The rule: the result must reach the target's lower bound (`5%左右` → 5, a
 * range's low end); for `cpi`, `unemployment_rate`, `deficit_ratio` and
 * targets qualified `at_most` it must not exceed the bound (a range's high
 * end); for a fall target (`下降3%`) the fall must reach it. See {@link Rule}.
 * A target stated as approximate (`左右`, `约`) that the result misses by no
 * more than `options.nearTolerance` is `near` (接近目标) instead of `missed`.
 *
 * Each report is parsed once, beforehand; only its meta, targets, headline
 * rows and the quantities these point to cross into the engine. Problems
 * (an entry that is not a report, unknown region or year, duplicate
 * reports, incomparable units) are `warnings` of the panel, never a throw.
 *
 * @param entries `{ report, file }` objects (with what the caller knows:
 *   `region`, `regionCode`, `planYear`), or bare Reports; any iterable
 * @param options see {@link PanelOptions}
 * @throws {TypeError} when `entries` is not iterable
 * @throws {GovReportError} `not-initialized` before {@link init} resolved
 */
export function panel(entries: Iterable<PanelEntry | Report>, options?: PanelOptions): Panel;

/** The encodings {@link decodeBytes} recognises. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** A decoded file: its text (without a byte order mark) and the encoding found. */
export interface DecodedText {
  /** The text that spans index. */
  text: string;
  /** The encoding the bytes were in. */
  encoding: TextEncodingName;
}

/**
 * Decodes a report file's bytes without reading the report: a byte order
 * mark decides (UTF-8, UTF-16LE, UTF-16BE); UTF-16 without one is recognised
 * by its zero bytes; valid UTF-8 is UTF-8; anything else is GB18030 (which
 * includes GBK and GB2312). Strict: a malformed sequence throws.
 * Needs no {@link init}.
 *
 * @throws {GovReportError} `undecodable` or `not-text`.
 */
export function decodeBytes(bytes: Uint8Array | ArrayBuffer | ArrayBufferView): DecodedText;

/** The engine's version, e.g. `0.1.0`. Needs {@link init}. */
export function version(): string;

/** The version of the data model, the `schemaVersion` of every {@link Report}. Needs {@link init}. */
export function schemaVersion(): number;

/**
 * The stable error codes. The first four come from the engine
 * (`govreport::Error::code()`); the others from the JavaScript side.
 */
export type ErrorCode =
  | 'input-too-large'
  | 'empty-input'
  | 'not-text'
  | 'undecodable'
  | 'invalid-options'
  | 'not-initialized'
  | 'wasm-load-failed'
  | 'internal-error';

/** What every failure of this package throws: an `Error` with a stable {@link ErrorCode}. */
export class GovReportError extends Error {
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown });
  /** Always `'GovReportError'`. */
  name: string;
  /** A stable, machine-readable id of the error kind. */
  readonly code: ErrorCode;
}

// BEGIN MODEL: generated from src/model.rs by scripts/gen-types.mjs; do not edit.

/** A half-open range `[start, end)` of UTF-16 code units in the original input. */
export type Span = [number, number];

/** Everything the engine reads out of one report. */
export interface Report {
  /** Always `SCHEMA_VERSION`. */
  schemaVersion: number;
  /** Title, issuer, meeting, speaker and the years the report covers. */
  meta: Meta;
  /** The outline: parts, sections and topic lead phrases, in document order. */
  sections: Section[];
  /** The paragraphs of the body, in document order. */
  paragraphs: Paragraph[];
  /** Every quantity the report states, in document order. */
  quantities: Quantity[];
  /** The plan year's targets. */
  targets: Target[];
  /** Per canonical indicator: the reviewed year's figures beside the plan year's target. */
  headline: HeadlineRow[];
  /** The glossary of terms appended to the report. */
  glossary: GlossaryEntry[];
  /** What the engine noticed about the input (encoding, removed chrome, missing parts). */
  warnings: Warning[];
}

/** Facts about the report as a document. */
export interface Meta {
  /** The title line, e.g. `政府工作报告`. */
  title: string | null;
  /** The issuing government's area, e.g. `江岸区`, `湖北省`, `国务院`. */
  region: string | null;
  /** The administrative level of the issuer. */
  level: Level | null;
  /**
   * The region's official 6-digit code (GB/T 2260), e.g. `360700` for
   * 赣州市: `null` for the State Council, for a name the gazetteer does
   * not know, and for county-level units in the WebAssembly engine (built
   * without the county table). See `govreport::gazetteer`.
   */
  regionCode: string | null;
  /** The meeting the report was delivered to. */
  meeting: string | null;
  /** The delivery date as `YYYY-MM-DD` (or `YYYY-MM` / `YYYY` when that is all it says). */
  date: string | null;
  /** The speaker's name. */
  speaker: string | null;
  /** The speaker's office, e.g. `省长`. */
  speakerTitle: string | null;
  /** The year whose work the report reviews. */
  reviewYear: number | null;
  /** The year the report plans. */
  planYear: number | null;
}

/**
 * The administrative level of the government that issued a report.
 *
 * - `'national'`: The State Council.
 * - `'province'`: A province, autonomous region or municipality.
 * - `'city'`: A prefecture-level city, league or autonomous prefecture.
 * - `'county'`: A county or county-level city or banner.
 * - `'district'`: A city district.
 */
export type Level = 'national' | 'province' | 'city' | 'county' | 'district';

/** One entry of the outline. */
export interface Section {
  /** Index of this entry in `Report.sections`. */
  id: number;
  /** How deep the entry is. */
  level: SectionLevel;
  /** The numbering as written (`一、`, `（一）`, `1.`), empty for a lead phrase. */
  label: string;
  /** The heading text without its numbering. */
  title: string;
  /** Where the heading stands in the original input. */
  span: Span;
  /** The enclosing entry's id. */
  parent: number | null;
}

/**
 * The depth of an outline entry.
 *
 * - `'part'`: A main part: `一、2024 年工作回顾`.
 * - `'section'`: A section inside a part: `（一）…`.
 * - `'topic'`: A short lead phrase that opens a paragraph and names its topic: `提速推进项目建设。`.
 */
export type SectionLevel = 'part' | 'section' | 'topic';

/** A paragraph of the body text. */
export interface Paragraph {
  /** Where the paragraph stands in the original input. */
  span: Span;
  /** The innermost outline entry that contains it. */
  sectionId: number | null;
  /** The sentences of the paragraph. */
  sentences: Span[];
}

/** One quantity stated in the report. */
export interface Quantity {
  /** Index of this quantity in `Report.quantities`. */
  id: number;
  /** The number and its unit exactly as in the input (qualifier words excluded). */
  text: string;
  /** Where `text` stands in the original input. */
  span: Span;
  /** The number as written, scaled only by multipliers inside the number (`1.1 万亩` → 1.1). */
  value: number;
  /** The upper bound of a range. */
  hi: number | null;
  /** The unit as written, including multipliers (`亿元`, `万人次`, `%`). */
  unit: string;
  /** The value in base units (`1900 亿元` → 1.9e11; percentages unchanged). */
  base: number;
  /** What sort of thing the unit measures. */
  dimension: Dimension;
  /** The qualifier around the number. */
  qual: Qual;
  /** Level, change, ratio or multiple. */
  kind: Kind | null;
  /** For a change: up or down. */
  direction: Direction | null;
  /** Result, estimate, target or background. */
  status: Status | null;
  /** The year the figure refers to; null for multi-year spans. */
  year: number | null;
  /** The noun phrase naming what is measured. */
  metric: string | null;
  /** The canonical indicator id, when the metric is one. */
  metricId: string | null;
  /**
   * Whether the figure is a level (`total`) or counts additions to it
   * (`added`: `新增`, `净增`, `比上年增加` …). An indicator that is a flow by
   * definition (`城镇新增就业`) is `total`.
   */
  measure: Measure;
  /** The innermost outline entry that contains the quantity. */
  sectionId: number | null;
  /**
   * The sentence the quantity stands in (clean text); a sentence longer than
   * 960 bytes is cut to a window around the quantity, marked with `…`.
   */
  sentence: string;
  /** Where that sentence stands in the original input. */
  sentenceSpan: Span;
}

/**
 * What a unit measures.
 *
 * - `'currency'`: Money (`元`, `亿元`, `美元`).
 * - `'people'`: People and person-times (`人`, `万人次`, `名`).
 * - `'area'`: Area (`亩`, `平方米`, `公顷`).
 * - `'length'`: Length (`公里`, `米`).
 * - `'mass'`: Mass (`吨`, `斤`).
 * - `'volume'`: Volume (`立方米`).
 * - `'energy'`: Energy and power (`千瓦`, `千瓦时`, `吨标准煤`).
 * - `'duration'`: Time spans (`年`, `天`, `小时`).
 * - `'ratio'`: Ratios: percent, per mille, percentage points, `成`.
 * - `'multiple'`: Multiples (`倍`).
 * - `'count'`: Counts of things with a measure word (`个`, `家`, `项`).
 * - `'other'`: Anything else.
 */
export type Dimension = 'currency' | 'people' | 'area' | 'length' | 'mass' | 'volume' | 'energy' | 'duration' | 'ratio' | 'multiple' | 'count' | 'other';

/**
 * Stock or flow: a level, or a count of additions to it.
 *
 * - `'total'`: The level or size itself (`总量达24.8万户`), or a rate.
 * - `'added'`: What was added in the period (`新增市场主体5.8万户`, `比上年增加1.1万亿元`).
 */
export type Measure = 'total' | 'added';

/**
 * The qualifier that bounds or blurs a value.
 *
 * - `'exact'`: No qualifier.
 * - `'approx'`: 左右, 约, 大约.
 * - `'at_least'`: 以上, 不低于, 不少于, 至少, 迈上…台阶.
 * - `'over'`: 超, 超过, 突破, 逾, 多, 余.
 * - `'near'`: 近, 接近, 将近.
 * - `'at_most'`: 以内, 以下, 不超过, 不高于.
 * - `'range'`: A range `lo–hi`.
 */
export type Qual = 'exact' | 'approx' | 'at_least' | 'over' | 'near' | 'at_most' | 'range';

/**
 * What sort of figure a quantity is.
 *
 * - `'amount'`: A level or a count.
 * - `'growth'`: A change: 增长/下降/提高/降低 X%.
 * - `'rate'`: A ratio or share that is not a change.
 * - `'multiple'`: A multiple (倍).
 */
export type Kind = 'amount' | 'growth' | 'rate' | 'multiple';

/**
 * The direction of a change.
 *
 * - `'up'`: 增长, 提高, 增加.
 * - `'down'`: 下降, 降低, 减少.
 */
export type Direction = 'up' | 'down';

/**
 * Whether a figure is a result, an estimate, a target or background.
 *
 * - `'actual'`: Done in the reviewed year.
 * - `'estimate'`: Estimated (预计) for the reviewed year.
 * - `'target'`: Planned for the coming year.
 * - `'context'`: Other periods and background.
 */
export type Status = 'actual' | 'estimate' | 'target' | 'context';

/** One of the plan year's targets. */
export interface Target {
  /** The quantity this target is. */
  quantityId: number;
  /** The canonical indicator id. */
  metricId: string | null;
  /** The metric as written. */
  metric: string | null;
  /** Level, change, ratio or multiple. */
  kind: Kind | null;
  /** The target value. */
  value: number;
  /** The upper bound of a range target. */
  hi: number | null;
  /** The qualifier. */
  qual: Qual;
  /** The unit as written. */
  unit: string;
}

/** One canonical indicator: what the reviewed year achieved and what the plan year targets. */
export interface HeadlineRow {
  /** The canonical indicator id. */
  metricId: string;
  /** Its canonical Chinese name. */
  label: string;
  /**
   * The report's own term for it when that differs from `label`
   * (`国内生产总值`, `城镇登记失业率`, `农民人均纯收入`).
   */
  term: string | null;
  /** The reviewed year's level (actual or estimate): a quantity id. */
  level: number | null;
  /** The reviewed year's growth: a quantity id. */
  growth: number | null;
  /** The plan year's target: a quantity id. */
  target: number | null;
}

/** A glossary entry. */
export interface GlossaryEntry {
  /** The term. */
  term: string;
  /** Its definition. */
  definition: string;
  /** Where the entry stands in the original input. */
  span: Span;
  /** Where the term occurs in the body. */
  occurrences: Span[];
}

/** Something the engine noticed about the input. */
export interface Warning {
  /** A stable machine-readable code, e.g. `decoded-gb18030`, `no-targets`. */
  code: string;
  /** A human-readable explanation. */
  message: string;
}

/**
 * Reports read together: each plan year's targets against the result the
 * next report gives for that year, one row per region × year × canonical
 * metric × kind. Built by `crate.panel`.
 */
export interface Panel {
  /** The rows, sorted by region, year, then the order of the canonical indicators. */
  rows: PanelRow[];
  /**
   * One per problem met on the way (a report of unknown region or year, two
   * reports of the same region and year, no targets, incomparable units, …).
   */
  warnings: Warning[];
}

/**
 * One region × year × canonical metric × kind: the target set for the year,
 * the result reported for it, the gap and the verdict.
 *
 * The verdict rule (see `Rule`): for most metrics the result must reach the
 * target's lower bound (`5%左右` → 5, `5%以上` → 5, `4.5%—5%` → 4.5); for
 * ceiling metrics (`cpi`, `unemployment_rate`, `deficit_ratio`) and targets
 * qualified `at_most` it must not exceed the bound (a range's upper end); for
 * a target that is a fall (`下降3%`) falls are compared with falls. A target
 * stated as approximate (`左右`, `约`) that the result misses within the
 * panel's tolerance is `near`. `gap` is always given when both figures are,
 * so that a reader can apply their own tolerance.
 */
export interface PanelRow {
  /** The region's canonical name (`宁夏回族自治区`; `全国` for the State Council). */
  region: string;
  /** The year the target is set for and the result reported for. */
  year: number;
  /** The canonical indicator id. */
  metricId: string;
  /** The indicator's Chinese label. */
  metric: string;
  /** Level, change, ratio or multiple: a target is only compared with a result of its kind. */
  kind: Kind;
  /** The unit of the row: the target's, else the result's as written. */
  unit: string;
  /** The target value (a range's low end). */
  targetValue: number | null;
  /** The upper bound of a range target. */
  targetHi: number | null;
  /** The target's qualifier. */
  targetQual: Qual | null;
  /** The file of the report whose plan year this is. */
  targetFile: string | null;
  /** The target's quantity id in that report. */
  targetQuantityId: number | null;
  /** The result in the row's unit (converted when the report wrote another unit of the same measure); a change is signed (a fall negative), and in a row whose target is a fall it is the fall reached; null when the units cannot be compared. */
  actualValue: number | null;
  /** Actual or estimate (预计). */
  actualStatus: Status | null;
  /** The file of the report whose reviewed year this is. */
  actualFile: string | null;
  /** The result's quantity id in that report. */
  actualQuantityId: number | null;
  /** The result minus the target bound, in the row's unit; for a fall, the fall reached minus the fall targeted. */
  gap: number | null;
  /** Met, near (an approximate target missed within the tolerance), missed, no result, no target; null when the two cannot be compared (units of different measures). */
  verdict: Verdict | null;
  /** The region's 6-digit GB/T 2260 code, when one was given. */
  regionCode: string | null;
  /**
   * Whether the region was read from the text or given (`given` when it
   * was for any report of the row: by a manifest, a file name pattern or
   * a `panel()` entry).
   */
  regionSource: Source;
  /** Whether the row's year was read from the texts or given (`given` when it was for any report of the row). */
  yearSource: Source;
  /** How the result was compared with the target; null without a target. */
  rule: Rule | null;
  /** The bound the result was compared with, in the row's unit. */
  bound: number | null;
  /** The target's metric as the report writes it. */
  targetMetric: string | null;
  /** The sentence the target stands in. */
  targetSentence: string | null;
  /** The result's qualifier. */
  actualQual: Qual | null;
  /** The result as the report writes it: the value before conversion. */
  actualWrittenValue: number | null;
  /** The result's unit as written. */
  actualWrittenUnit: string | null;
  /** The result's metric as the report writes it. */
  actualMetric: string | null;
  /** The sentence the result stands in. */
  actualSentence: string | null;
  /**
   * Other figures for the same row (a restated target, a second report of
   * the same region and year), not used for the verdict.
   */
  alternatives: PanelFigure[];
}

/** A figure of a panel row that was not preferred (see `PanelRow.alternatives`). */
export interface PanelFigure {
  /** Target, actual or estimate. */
  status: Status | null;
  /** The report file. */
  file: string;
  /** The quantity id in that report. */
  quantityId: number;
  /** The value as written. */
  value: number;
  /** The upper bound of a range. */
  hi: number | null;
  /** The qualifier. */
  qual: Qual;
  /** The unit as written. */
  unit: string;
  /** The sentence it stands in. */
  sentence: string;
}

/**
 * Where a report's region or year came from.
 *
 * - `'read'`: Read from the report's text.
 * - `'given'`: Stated by the user (a manifest, a file name pattern, a `panel()` entry).
 */
export type Source = 'read' | 'given';

/**
 * The outcome of a panel row.
 *
 * - `'met'`: The result reaches the target (or, for a ceiling, stays within it).
 * - `'missed'`: The result falls short of the target (or exceeds a ceiling).
 * - `'near'`: An approximate target (`左右`, `约`) missed by no more than the panel's tolerance (default 0.5 percentage points for a target in percent, 1 % of the bound otherwise; see `panel::verdict::NearTolerance`): 接近目标.
 * - `'no-result'`: A target, but no report gives the year's result.
 * - `'no-target'`: A result, but no report sets a target for the year.
 */
export type Verdict = 'met' | 'missed' | 'near' | 'no-result' | 'no-target';

/**
 * How a result is compared with its target.
 *
 * - `'at-least'`: Met when the result is at least the target's lower bound (most metrics).
 * - `'at-most'`: Met when the result is at most the target's upper bound (cpi, unemployment_rate, deficit_ratio, targets qualified at_most).
 * - `'fall-at-least'`: A fall target (`下降3%`): met when the fall reached is at least the fall targeted.
 * - `'fall-at-most'`: A ceiling on a fall: met when the fall reached is at most the bound.
 */
export type Rule = 'at-least' | 'at-most' | 'fall-at-least' | 'fall-at-most';

// END MODEL
