//! The output contract (schemaVersion 1): one serde model shared by the CLI's
//! JSON, the WASM API's objects and the TypeScript types.
//!
//! Every `span` is `[start, end)` in UTF-16 code units of the **original
//! input**, so that in JavaScript `input.slice(start, end)` is the text.

use serde::Serialize;

/// The version of this model; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// A half-open range `[start, end)` of UTF-16 code units in the original input.
pub type Span = [u32; 2];

/// Everything the engine reads out of one report.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Title, issuer, meeting, speaker and the years the report covers.
    pub meta: Meta,
    /// The outline: parts, sections and topic lead phrases, in document order.
    pub sections: Vec<Section>,
    /// The paragraphs of the body, in document order.
    pub paragraphs: Vec<Paragraph>,
    /// Every quantity the report states, in document order.
    pub quantities: Vec<Quantity>,
    /// The plan year's targets.
    pub targets: Vec<Target>,
    /// Per canonical indicator: the reviewed year's figures beside the plan year's target.
    pub headline: Vec<HeadlineRow>,
    /// The glossary of terms appended to the report.
    pub glossary: Vec<GlossaryEntry>,
    /// What the engine noticed about the input (encoding, removed chrome, missing parts).
    pub warnings: Vec<Warning>,
}

/// Facts about the report as a document.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Meta {
    /// The title line, e.g. `政府工作报告`.
    pub title: Option<String>,
    /// The issuing government's area, e.g. `江岸区`, `湖北省`, `国务院`.
    pub region: Option<String>,
    /// The administrative level of the issuer.
    pub level: Option<Level>,
    /// The region's official 6-digit code (GB/T 2260), e.g. `360700` for
    /// 赣州市: `null` for the State Council, for a name the gazetteer does
    /// not know, and for county-level units in the WebAssembly engine (built
    /// without the county table). See `govreport::gazetteer`.
    pub region_code: Option<String>,
    /// The meeting the report was delivered to.
    pub meeting: Option<String>,
    /// The delivery date as `YYYY-MM-DD` (or `YYYY-MM` / `YYYY` when that is all it says).
    pub date: Option<String>,
    /// The speaker's name.
    pub speaker: Option<String>,
    /// The speaker's office, e.g. `省长`.
    pub speaker_title: Option<String>,
    /// The year whose work the report reviews.
    pub review_year: Option<i32>,
    /// The year the report plans.
    pub plan_year: Option<i32>,
}

/// The administrative level of the government that issued a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// The State Council.
    National,
    /// A province, autonomous region or municipality.
    Province,
    /// A prefecture-level city, league or autonomous prefecture.
    City,
    /// A county or county-level city or banner.
    County,
    /// A city district.
    District,
}

/// One entry of the outline.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Section {
    /// Index of this entry in [`Report::sections`].
    pub id: u32,
    /// How deep the entry is.
    pub level: SectionLevel,
    /// The numbering as written (`一、`, `（一）`, `1.`), empty for a lead phrase.
    pub label: String,
    /// The heading text without its numbering.
    pub title: String,
    /// Where the heading stands in the original input.
    pub span: Span,
    /// The enclosing entry's id.
    pub parent: Option<u32>,
}

/// The depth of an outline entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SectionLevel {
    /// A main part: `一、2024 年工作回顾`.
    Part,
    /// A section inside a part: `（一）…`.
    Section,
    /// A short lead phrase that opens a paragraph and names its topic: `提速推进项目建设。`.
    Topic,
}

/// A paragraph of the body text.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Paragraph {
    /// Where the paragraph stands in the original input.
    pub span: Span,
    /// The innermost outline entry that contains it.
    pub section_id: Option<u32>,
    /// The sentences of the paragraph.
    pub sentences: Vec<Span>,
}

/// One quantity stated in the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Quantity {
    /// Index of this quantity in [`Report::quantities`].
    pub id: u32,
    /// The number and its unit exactly as in the input (qualifier words excluded).
    pub text: String,
    /// Where `text` stands in the original input.
    pub span: Span,
    /// The number as written, scaled only by multipliers inside the number (`1.1 万亩` → 1.1).
    pub value: f64,
    /// The upper bound of a range.
    pub hi: Option<f64>,
    /// The unit as written, including multipliers (`亿元`, `万人次`, `%`).
    pub unit: String,
    /// The value in base units (`1900 亿元` → 1.9e11; percentages unchanged).
    pub base: f64,
    /// What sort of thing the unit measures.
    pub dimension: Dimension,
    /// The qualifier around the number.
    pub qual: Qual,
    /// Level, change, ratio or multiple.
    pub kind: Option<Kind>,
    /// For a change: up or down.
    pub direction: Option<Direction>,
    /// Result, estimate, target or background.
    pub status: Option<Status>,
    /// The year the figure refers to; null for multi-year spans.
    pub year: Option<i32>,
    /// The noun phrase naming what is measured.
    pub metric: Option<String>,
    /// The canonical indicator id, when the metric is one.
    pub metric_id: Option<String>,
    /// Whether the figure is a level (`total`) or counts additions to it
    /// (`added`: `新增`, `净增`, `比上年增加` …). An indicator that is a flow by
    /// definition (`城镇新增就业`) is `total`.
    pub measure: Measure,
    /// The innermost outline entry that contains the quantity.
    pub section_id: Option<u32>,
    /// The sentence the quantity stands in (clean text); a sentence longer than
    /// 960 bytes is cut to a window around the quantity, marked with `…`.
    pub sentence: String,
    /// Where that sentence stands in the original input.
    pub sentence_span: Span,
}

/// What a unit measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Dimension {
    /// Money (`元`, `亿元`, `美元`).
    Currency,
    /// People and person-times (`人`, `万人次`, `名`).
    People,
    /// Area (`亩`, `平方米`, `公顷`).
    Area,
    /// Length (`公里`, `米`).
    Length,
    /// Mass (`吨`, `斤`).
    Mass,
    /// Volume (`立方米`).
    Volume,
    /// Energy and power (`千瓦`, `千瓦时`, `吨标准煤`).
    Energy,
    /// Time spans (`年`, `天`, `小时`).
    Duration,
    /// Ratios: percent, per mille, percentage points, `成`.
    Ratio,
    /// Multiples (`倍`).
    Multiple,
    /// Counts of things with a measure word (`个`, `家`, `项`).
    Count,
    /// Anything else.
    Other,
}

/// Stock or flow: a level, or a count of additions to it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Measure {
    /// The level or size itself (`总量达24.8万户`), or a rate.
    #[default]
    Total,
    /// What was added in the period (`新增市场主体5.8万户`, `比上年增加1.1万亿元`).
    Added,
}

/// The qualifier that bounds or blurs a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qual {
    /// No qualifier.
    Exact,
    /// 左右, 约, 大约.
    Approx,
    /// 以上, 不低于, 不少于, 至少, 迈上…台阶.
    AtLeast,
    /// 超, 超过, 突破, 逾, 多, 余.
    Over,
    /// 近, 接近, 将近.
    Near,
    /// 以内, 以下, 不超过, 不高于.
    AtMost,
    /// A range `lo–hi`.
    Range,
}

/// What sort of figure a quantity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A level or a count.
    Amount,
    /// A change: 增长/下降/提高/降低 X%.
    Growth,
    /// A ratio or share that is not a change.
    Rate,
    /// A multiple (倍).
    Multiple,
}

/// The direction of a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// 增长, 提高, 增加.
    Up,
    /// 下降, 降低, 减少.
    Down,
}

/// Whether a figure is a result, an estimate, a target or background.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Done in the reviewed year.
    Actual,
    /// Estimated (预计) for the reviewed year.
    Estimate,
    /// Planned for the coming year.
    Target,
    /// Other periods and background.
    Context,
}

/// One of the plan year's targets.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Target {
    /// The quantity this target is.
    pub quantity_id: u32,
    /// The canonical indicator id.
    pub metric_id: Option<String>,
    /// The metric as written.
    pub metric: Option<String>,
    /// Level, change, ratio or multiple.
    pub kind: Option<Kind>,
    /// The target value.
    pub value: f64,
    /// The upper bound of a range target.
    pub hi: Option<f64>,
    /// The qualifier.
    pub qual: Qual,
    /// The unit as written.
    pub unit: String,
}

/// One canonical indicator: what the reviewed year achieved and what the plan year targets.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HeadlineRow {
    /// The canonical indicator id.
    pub metric_id: String,
    /// Its canonical Chinese name.
    pub label: String,
    /// The report's own term for it when that differs from `label`
    /// (`国内生产总值`, `城镇登记失业率`, `农民人均纯收入`).
    pub term: Option<String>,
    /// The reviewed year's level (actual or estimate): a quantity id.
    pub level: Option<u32>,
    /// The reviewed year's growth: a quantity id.
    pub growth: Option<u32>,
    /// The plan year's target: a quantity id.
    pub target: Option<u32>,
}

/// A glossary entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GlossaryEntry {
    /// The term.
    pub term: String,
    /// Its definition.
    pub definition: String,
    /// Where the entry stands in the original input.
    pub span: Span,
    /// Where the term occurs in the body.
    pub occurrences: Vec<Span>,
}

/// Something the engine noticed about the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Warning {
    /// A stable machine-readable code, e.g. `decoded-gb18030`, `no-targets`.
    pub code: String,
    /// A human-readable explanation.
    pub message: String,
}

impl Warning {
    /// A warning with the given code and message.
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        Warning {
            code: code.to_string(),
            message: message.into(),
        }
    }
}

/// Reports read together: each plan year's targets against the result the
/// next report gives for that year, one row per region × year × canonical
/// metric × kind. Built by [`crate::panel`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Panel {
    /// The rows, sorted by region, year, then the order of the canonical indicators.
    pub rows: Vec<PanelRow>,
    /// One per problem met on the way (a report of unknown region or year, two
    /// reports of the same region and year, no targets, incomparable units, …).
    pub warnings: Vec<Warning>,
}

/// One region × year × canonical metric × kind: the target set for the year,
/// the result reported for it, the gap and the verdict.
///
/// The verdict rule (see [`Rule`]): for most metrics the result must reach the
/// target's lower bound (`5%左右` → 5, `5%以上` → 5, `4.5%—5%` → 4.5); for
/// ceiling metrics (`cpi`, `unemployment_rate`, `deficit_ratio`) and targets
/// qualified `at_most` it must not exceed the bound (a range's upper end); for
/// a target that is a fall (`下降3%`) falls are compared with falls. A target
/// stated as approximate (`左右`, `约`) that the result misses within the
/// panel's tolerance is `near`. `gap` is always given when both figures are,
/// so that a reader can apply their own tolerance.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PanelRow {
    /// The region's canonical name (`宁夏回族自治区`; `全国` for the State Council).
    pub region: String,
    /// The year the target is set for and the result reported for.
    pub year: i32,
    /// The canonical indicator id.
    pub metric_id: String,
    /// The indicator's Chinese label.
    pub metric: String,
    /// Level, change, ratio or multiple: a target is only compared with a result of its kind.
    pub kind: Kind,
    /// The unit of the row: the target's, else the result's as written.
    pub unit: String,
    /// The target value (a range's low end).
    pub target_value: Option<f64>,
    /// The upper bound of a range target.
    pub target_hi: Option<f64>,
    /// The target's qualifier.
    pub target_qual: Option<Qual>,
    /// The file of the report whose plan year this is.
    pub target_file: Option<String>,
    /// The target's quantity id in that report.
    pub target_quantity_id: Option<u32>,
    /// The result in the row's unit (converted when the report wrote another unit of the same measure); a change is signed (a fall negative), and in a row whose target is a fall it is the fall reached; null when the units cannot be compared.
    pub actual_value: Option<f64>,
    /// Actual or estimate (预计).
    pub actual_status: Option<Status>,
    /// The file of the report whose reviewed year this is.
    pub actual_file: Option<String>,
    /// The result's quantity id in that report.
    pub actual_quantity_id: Option<u32>,
    /// The result minus the target bound, in the row's unit; for a fall, the fall reached minus the fall targeted.
    pub gap: Option<f64>,
    /// Met, near (an approximate target missed within the tolerance), missed, no result, no target; null when the two cannot be compared (units of different measures).
    pub verdict: Option<Verdict>,
    /// The region's 6-digit GB/T 2260 code, when one was given.
    pub region_code: Option<String>,
    /// Whether the region was read from the text or given (`given` when it
    /// was for any report of the row: by a manifest, a file name pattern or
    /// a `panel()` entry).
    pub region_source: Source,
    /// Whether the row's year was read from the texts or given (`given` when it was for any report of the row).
    pub year_source: Source,
    /// How the result was compared with the target; null without a target.
    pub rule: Option<Rule>,
    /// The bound the result was compared with, in the row's unit.
    pub bound: Option<f64>,
    /// The target's metric as the report writes it.
    pub target_metric: Option<String>,
    /// The sentence the target stands in.
    pub target_sentence: Option<String>,
    /// The result's qualifier.
    pub actual_qual: Option<Qual>,
    /// The result as the report writes it: the value before conversion.
    pub actual_written_value: Option<f64>,
    /// The result's unit as written.
    pub actual_written_unit: Option<String>,
    /// The result's metric as the report writes it.
    pub actual_metric: Option<String>,
    /// The sentence the result stands in.
    pub actual_sentence: Option<String>,
    /// Other figures for the same row (a restated target, a second report of
    /// the same region and year), not used for the verdict.
    pub alternatives: Vec<PanelFigure>,
}

/// A figure of a panel row that was not preferred (see [`PanelRow::alternatives`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PanelFigure {
    /// Target, actual or estimate.
    pub status: Option<Status>,
    /// The report file.
    pub file: String,
    /// The quantity id in that report.
    pub quantity_id: u32,
    /// The value as written.
    pub value: f64,
    /// The upper bound of a range.
    pub hi: Option<f64>,
    /// The qualifier.
    pub qual: Qual,
    /// The unit as written.
    pub unit: String,
    /// The sentence it stands in.
    pub sentence: String,
}

/// Where a report's region or year came from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// Read from the report's text.
    #[default]
    Read,
    /// Stated by the user (a manifest, a file name pattern, a `panel()` entry).
    Given,
}

/// The outcome of a panel row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// The result reaches the target (or, for a ceiling, stays within it).
    Met,
    /// The result falls short of the target (or exceeds a ceiling).
    Missed,
    /// An approximate target (`左右`, `约`) missed by no more than the panel's
    /// tolerance (default 0.5 percentage points for a target in percent, 1 %
    /// of the bound otherwise; see `panel::verdict::NearTolerance`): 接近目标.
    Near,
    /// A target, but no report gives the year's result.
    NoResult,
    /// A result, but no report sets a target for the year.
    NoTarget,
}

/// How a result is compared with its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// Met when the result is at least the target's lower bound (most metrics).
    AtLeast,
    /// Met when the result is at most the target's upper bound (cpi, unemployment_rate, deficit_ratio, targets qualified at_most).
    AtMost,
    /// A fall target (`下降3%`): met when the fall reached is at least the fall targeted.
    FallAtLeast,
    /// A ceiling on a fall: met when the fall reached is at most the bound.
    FallAtMost,
}
