# Generated from src/model.rs by scripts/gen-python.mjs; do not edit.
"""The data model (schemaVersion 1): read-only, typed views of the engine's
JSON model, one class per type of `src/model.rs`.

Attributes are the Rust field names (`report.meta.plan_year`,
`quantity.metric_id`); `to_dict()` gives the JSON object with its own keys
(`planYear`, `metricId`), the same as the CLI's JSON except that spans
count code points. Lists are tuples; enums are plain strings.
"""

from __future__ import annotations

from typing import Literal, Optional, Tuple, cast

from ._base import _opt, _Record, _ReportBase


SCHEMA_VERSION: int = 1
"""The version of this model; bumped on any incompatible change."""


Span = Tuple[int, int]
"""A half-open range `(start, end)` of code points (Python `str` indices) in
the text the report was read from, so that `text[start:end]` is the quoted text.
"""


Level = Literal["national", "province", "city", "county", "district"]
"""The administrative level of the government that issued a report.

- `"national"`: The State Council.
- `"province"`: A province, autonomous region or municipality.
- `"city"`: A prefecture-level city, league or autonomous prefecture.
- `"county"`: A county or county-level city or banner.
- `"district"`: A city district.
"""


SectionLevel = Literal["part", "section", "topic"]
"""The depth of an outline entry.

- `"part"`: A main part: `一、2024 年工作回顾`.
- `"section"`: A section inside a part: `（一）…`.
- `"topic"`: A short lead phrase that opens a paragraph and names its topic: `提速推进项目建设。`.
"""


Dimension = Literal["currency", "people", "area", "length", "mass", "volume", "energy", "duration", "ratio", "multiple", "count", "other"]
"""What a unit measures.

- `"currency"`: Money (`元`, `亿元`, `美元`).
- `"people"`: People and person-times (`人`, `万人次`, `名`).
- `"area"`: Area (`亩`, `平方米`, `公顷`).
- `"length"`: Length (`公里`, `米`).
- `"mass"`: Mass (`吨`, `斤`).
- `"volume"`: Volume (`立方米`).
- `"energy"`: Energy and power (`千瓦`, `千瓦时`, `吨标准煤`).
- `"duration"`: Time spans (`年`, `天`, `小时`).
- `"ratio"`: Ratios: percent, per mille, percentage points, `成`.
- `"multiple"`: Multiples (`倍`).
- `"count"`: Counts of things with a measure word (`个`, `家`, `项`).
- `"other"`: Anything else.
"""


Measure = Literal["total", "added"]
"""Stock or flow: a level, or a count of additions to it.

- `"total"`: The level or size itself (`总量达24.8万户`), or a rate.
- `"added"`: What was added in the period (`新增市场主体5.8万户`, `比上年增加1.1万亿元`).
"""


Qual = Literal["exact", "approx", "at_least", "over", "near", "at_most", "range"]
"""The qualifier that bounds or blurs a value.

- `"exact"`: No qualifier.
- `"approx"`: 左右, 约, 大约.
- `"at_least"`: 以上, 不低于, 不少于, 至少, 迈上…台阶.
- `"over"`: 超, 超过, 突破, 逾, 多, 余.
- `"near"`: 近, 接近, 将近.
- `"at_most"`: 以内, 以下, 不超过, 不高于.
- `"range"`: A range `lo–hi`.
"""


Kind = Literal["amount", "growth", "rate", "multiple"]
"""What sort of figure a quantity is.

- `"amount"`: A level or a count.
- `"growth"`: A change: 增长/下降/提高/降低 X%.
- `"rate"`: A ratio or share that is not a change.
- `"multiple"`: A multiple (倍).
"""


Direction = Literal["up", "down"]
"""The direction of a change.

- `"up"`: 增长, 提高, 增加.
- `"down"`: 下降, 降低, 减少.
"""


Status = Literal["actual", "estimate", "target", "context"]
"""Whether a figure is a result, an estimate, a target or background.

- `"actual"`: Done in the reviewed year.
- `"estimate"`: Estimated (预计) for the reviewed year.
- `"target"`: Planned for the coming year.
- `"context"`: Other periods and background.
"""


Source = Literal["read", "given"]
"""Where a report's region or year came from.

- `"read"`: Read from the report's text.
- `"given"`: Stated by the user (a manifest, a file name pattern, a `panel()` entry).
"""


Verdict = Literal["met", "missed", "near", "no-result", "no-target"]
"""The outcome of a panel row.

- `"met"`: The result reaches the target (or, for a ceiling, stays within it).
- `"missed"`: The result falls short of the target (or exceeds a ceiling).
- `"near"`: An approximate target (`左右`, `约`) missed by no more than the panel's tolerance (default 0.5 percentage points for a target in percent, 1 % of the bound otherwise; see `panel::verdict::NearTolerance`): 接近目标.
- `"no-result"`: A target, but no report gives the year's result.
- `"no-target"`: A result, but no report sets a target for the year.
"""


Rule = Literal["at-least", "at-most", "fall-at-least", "fall-at-most"]
"""How a result is compared with its target.

- `"at-least"`: Met when the result is at least the target's lower bound (most metrics).
- `"at-most"`: Met when the result is at most the target's upper bound (cpi, unemployment_rate, deficit_ratio, targets qualified at_most).
- `"fall-at-least"`: A fall target (`下降3%`): met when the fall reached is at least the fall targeted.
- `"fall-at-most"`: A ceiling on a fall: met when the fall reached is at most the bound.
"""


class Report(_ReportBase):
    """Everything the engine reads out of one report."""

    __slots__ = ()

    _FIELDS = (
        ("schema_version", "schemaVersion"),
        ("meta", "meta"),
        ("sections", "sections"),
        ("paragraphs", "paragraphs"),
        ("quantities", "quantities"),
        ("targets", "targets"),
        ("headline", "headline"),
        ("glossary", "glossary"),
        ("warnings", "warnings"),
    )

    @property
    def schema_version(self) -> int:
        """Always `SCHEMA_VERSION`."""
        return cast("int", self._d["schemaVersion"])

    @property
    def meta(self) -> Meta:
        """Title, issuer, meeting, speaker and the years the report covers."""
        return cast("Meta", self._cached("meta", lambda v: Meta(v)))

    @property
    def sections(self) -> Tuple[Section, ...]:
        """The outline: parts, sections and topic lead phrases, in document order."""
        return cast("Tuple[Section, ...]", self._cached("sections", lambda v: tuple(Section(v0) for v0 in v)))

    @property
    def paragraphs(self) -> Tuple[Paragraph, ...]:
        """The paragraphs of the body, in document order."""
        return cast("Tuple[Paragraph, ...]", self._cached("paragraphs", lambda v: tuple(Paragraph(v0) for v0 in v)))

    @property
    def quantities(self) -> Tuple[Quantity, ...]:
        """Every quantity the report states, in document order."""
        return cast("Tuple[Quantity, ...]", self._cached("quantities", lambda v: tuple(Quantity(v0) for v0 in v)))

    @property
    def targets(self) -> Tuple[Target, ...]:
        """The plan year's targets."""
        return cast("Tuple[Target, ...]", self._cached("targets", lambda v: tuple(Target(v0) for v0 in v)))

    @property
    def headline(self) -> Tuple[HeadlineRow, ...]:
        """Per canonical indicator: the reviewed year's figures beside the plan year's target."""
        return cast("Tuple[HeadlineRow, ...]", self._cached("headline", lambda v: tuple(HeadlineRow(v0) for v0 in v)))

    @property
    def glossary(self) -> Tuple[GlossaryEntry, ...]:
        """The glossary of terms appended to the report."""
        return cast("Tuple[GlossaryEntry, ...]", self._cached("glossary", lambda v: tuple(GlossaryEntry(v0) for v0 in v)))

    @property
    def warnings(self) -> Tuple[Warning, ...]:
        """What the engine noticed about the input (encoding, removed chrome, missing parts)."""
        return cast("Tuple[Warning, ...]", self._cached("warnings", lambda v: tuple(Warning(v0) for v0 in v)))


class Meta(_Record):
    """Facts about the report as a document."""

    __slots__ = ()

    _FIELDS = (
        ("title", "title"),
        ("region", "region"),
        ("level", "level"),
        ("region_code", "regionCode"),
        ("meeting", "meeting"),
        ("date", "date"),
        ("speaker", "speaker"),
        ("speaker_title", "speakerTitle"),
        ("review_year", "reviewYear"),
        ("plan_year", "planYear"),
    )

    @property
    def title(self) -> Optional[str]:
        """The title line, e.g. `政府工作报告`."""
        return cast("Optional[str]", self._d["title"])

    @property
    def region(self) -> Optional[str]:
        """The issuing government's area, e.g. `江岸区`, `湖北省`, `国务院`."""
        return cast("Optional[str]", self._d["region"])

    @property
    def level(self) -> Optional[Level]:
        """The administrative level of the issuer."""
        return cast("Optional[Level]", self._d["level"])

    @property
    def region_code(self) -> Optional[str]:
        """The region's official 6-digit code (GB/T 2260), e.g. `360700` for
        赣州市: `null` for the State Council, for a name the gazetteer does
        not know, and for county-level units in the WebAssembly engine (built
        without the county table). See `govreport::gazetteer`.
        """
        return cast("Optional[str]", self._d["regionCode"])

    @property
    def meeting(self) -> Optional[str]:
        """The meeting the report was delivered to."""
        return cast("Optional[str]", self._d["meeting"])

    @property
    def date(self) -> Optional[str]:
        """The delivery date as `YYYY-MM-DD` (or `YYYY-MM` / `YYYY` when that is all it says)."""
        return cast("Optional[str]", self._d["date"])

    @property
    def speaker(self) -> Optional[str]:
        """The speaker's name."""
        return cast("Optional[str]", self._d["speaker"])

    @property
    def speaker_title(self) -> Optional[str]:
        """The speaker's office, e.g. `省长`."""
        return cast("Optional[str]", self._d["speakerTitle"])

    @property
    def review_year(self) -> Optional[int]:
        """The year whose work the report reviews."""
        return cast("Optional[int]", self._d["reviewYear"])

    @property
    def plan_year(self) -> Optional[int]:
        """The year the report plans."""
        return cast("Optional[int]", self._d["planYear"])


class Section(_Record):
    """One entry of the outline."""

    __slots__ = ()

    _FIELDS = (
        ("id", "id"),
        ("level", "level"),
        ("label", "label"),
        ("title", "title"),
        ("span", "span"),
        ("parent", "parent"),
    )

    @property
    def id(self) -> int:
        """Index of this entry in `Report.sections`."""
        return cast("int", self._d["id"])

    @property
    def level(self) -> SectionLevel:
        """How deep the entry is."""
        return cast("SectionLevel", self._d["level"])

    @property
    def label(self) -> str:
        """The numbering as written (`一、`, `（一）`, `1.`), empty for a lead phrase."""
        return cast("str", self._d["label"])

    @property
    def title(self) -> str:
        """The heading text without its numbering."""
        return cast("str", self._d["title"])

    @property
    def span(self) -> Span:
        """Where the heading stands in the original input."""
        return cast("Span", self._cached("span", lambda v: tuple(v)))

    @property
    def parent(self) -> Optional[int]:
        """The enclosing entry's id."""
        return cast("Optional[int]", self._d["parent"])


class Paragraph(_Record):
    """A paragraph of the body text."""

    __slots__ = ()

    _FIELDS = (
        ("span", "span"),
        ("section_id", "sectionId"),
        ("sentences", "sentences"),
    )

    @property
    def span(self) -> Span:
        """Where the paragraph stands in the original input."""
        return cast("Span", self._cached("span", lambda v: tuple(v)))

    @property
    def section_id(self) -> Optional[int]:
        """The innermost outline entry that contains it."""
        return cast("Optional[int]", self._d["sectionId"])

    @property
    def sentences(self) -> Tuple[Span, ...]:
        """The sentences of the paragraph."""
        return cast("Tuple[Span, ...]", self._cached("sentences", lambda v: tuple(tuple(v0) for v0 in v)))


class Quantity(_Record):
    """One quantity stated in the report."""

    __slots__ = ()

    _FIELDS = (
        ("id", "id"),
        ("text", "text"),
        ("span", "span"),
        ("value", "value"),
        ("hi", "hi"),
        ("unit", "unit"),
        ("base", "base"),
        ("dimension", "dimension"),
        ("qual", "qual"),
        ("kind", "kind"),
        ("direction", "direction"),
        ("status", "status"),
        ("year", "year"),
        ("metric", "metric"),
        ("metric_id", "metricId"),
        ("measure", "measure"),
        ("section_id", "sectionId"),
        ("sentence", "sentence"),
        ("sentence_span", "sentenceSpan"),
    )

    @property
    def id(self) -> int:
        """Index of this quantity in `Report.quantities`."""
        return cast("int", self._d["id"])

    @property
    def text(self) -> str:
        """The number and its unit exactly as in the input (qualifier words excluded)."""
        return cast("str", self._d["text"])

    @property
    def span(self) -> Span:
        """Where `text` stands in the original input."""
        return cast("Span", self._cached("span", lambda v: tuple(v)))

    @property
    def value(self) -> float:
        """The number as written, scaled only by multipliers inside the number (`1.1 万亩` → 1.1)."""
        return cast("float", self._d["value"])

    @property
    def hi(self) -> Optional[float]:
        """The upper bound of a range."""
        return cast("Optional[float]", self._d["hi"])

    @property
    def unit(self) -> str:
        """The unit as written, including multipliers (`亿元`, `万人次`, `%`)."""
        return cast("str", self._d["unit"])

    @property
    def base(self) -> float:
        """The value in base units (`1900 亿元` → 1.9e11; percentages unchanged)."""
        return cast("float", self._d["base"])

    @property
    def dimension(self) -> Dimension:
        """What sort of thing the unit measures."""
        return cast("Dimension", self._d["dimension"])

    @property
    def qual(self) -> Qual:
        """The qualifier around the number."""
        return cast("Qual", self._d["qual"])

    @property
    def kind(self) -> Optional[Kind]:
        """Level, change, ratio or multiple."""
        return cast("Optional[Kind]", self._d["kind"])

    @property
    def direction(self) -> Optional[Direction]:
        """For a change: up or down."""
        return cast("Optional[Direction]", self._d["direction"])

    @property
    def status(self) -> Optional[Status]:
        """Result, estimate, target or background."""
        return cast("Optional[Status]", self._d["status"])

    @property
    def year(self) -> Optional[int]:
        """The year the figure refers to; null for multi-year spans."""
        return cast("Optional[int]", self._d["year"])

    @property
    def metric(self) -> Optional[str]:
        """The noun phrase naming what is measured."""
        return cast("Optional[str]", self._d["metric"])

    @property
    def metric_id(self) -> Optional[str]:
        """The canonical indicator id, when the metric is one."""
        return cast("Optional[str]", self._d["metricId"])

    @property
    def measure(self) -> Measure:
        """Whether the figure is a level (`total`) or counts additions to it
        (`added`: `新增`, `净增`, `比上年增加` …). An indicator that is a flow by
        definition (`城镇新增就业`) is `total`.
        """
        return cast("Measure", self._d["measure"])

    @property
    def section_id(self) -> Optional[int]:
        """The innermost outline entry that contains the quantity."""
        return cast("Optional[int]", self._d["sectionId"])

    @property
    def sentence(self) -> str:
        """The sentence the quantity stands in (clean text); a sentence longer than
        960 bytes is cut to a window around the quantity, marked with `…`.
        """
        return cast("str", self._d["sentence"])

    @property
    def sentence_span(self) -> Span:
        """Where that sentence stands in the original input."""
        return cast("Span", self._cached("sentenceSpan", lambda v: tuple(v)))


class Target(_Record):
    """One of the plan year's targets."""

    __slots__ = ()

    _FIELDS = (
        ("quantity_id", "quantityId"),
        ("metric_id", "metricId"),
        ("metric", "metric"),
        ("kind", "kind"),
        ("value", "value"),
        ("hi", "hi"),
        ("qual", "qual"),
        ("unit", "unit"),
    )

    @property
    def quantity_id(self) -> int:
        """The quantity this target is."""
        return cast("int", self._d["quantityId"])

    @property
    def metric_id(self) -> Optional[str]:
        """The canonical indicator id."""
        return cast("Optional[str]", self._d["metricId"])

    @property
    def metric(self) -> Optional[str]:
        """The metric as written."""
        return cast("Optional[str]", self._d["metric"])

    @property
    def kind(self) -> Optional[Kind]:
        """Level, change, ratio or multiple."""
        return cast("Optional[Kind]", self._d["kind"])

    @property
    def value(self) -> float:
        """The target value."""
        return cast("float", self._d["value"])

    @property
    def hi(self) -> Optional[float]:
        """The upper bound of a range target."""
        return cast("Optional[float]", self._d["hi"])

    @property
    def qual(self) -> Qual:
        """The qualifier."""
        return cast("Qual", self._d["qual"])

    @property
    def unit(self) -> str:
        """The unit as written."""
        return cast("str", self._d["unit"])


class HeadlineRow(_Record):
    """One canonical indicator: what the reviewed year achieved and what the plan year targets."""

    __slots__ = ()

    _FIELDS = (
        ("metric_id", "metricId"),
        ("label", "label"),
        ("term", "term"),
        ("level", "level"),
        ("growth", "growth"),
        ("target", "target"),
    )

    @property
    def metric_id(self) -> str:
        """The canonical indicator id."""
        return cast("str", self._d["metricId"])

    @property
    def label(self) -> str:
        """Its canonical Chinese name."""
        return cast("str", self._d["label"])

    @property
    def term(self) -> Optional[str]:
        """The report's own term for it when that differs from `label`
        (`国内生产总值`, `城镇登记失业率`, `农民人均纯收入`).
        """
        return cast("Optional[str]", self._d["term"])

    @property
    def level(self) -> Optional[int]:
        """The reviewed year's level (actual or estimate): a quantity id."""
        return cast("Optional[int]", self._d["level"])

    @property
    def growth(self) -> Optional[int]:
        """The reviewed year's growth: a quantity id."""
        return cast("Optional[int]", self._d["growth"])

    @property
    def target(self) -> Optional[int]:
        """The plan year's target: a quantity id."""
        return cast("Optional[int]", self._d["target"])


class GlossaryEntry(_Record):
    """A glossary entry."""

    __slots__ = ()

    _FIELDS = (
        ("term", "term"),
        ("definition", "definition"),
        ("span", "span"),
        ("occurrences", "occurrences"),
    )

    @property
    def term(self) -> str:
        """The term."""
        return cast("str", self._d["term"])

    @property
    def definition(self) -> str:
        """Its definition."""
        return cast("str", self._d["definition"])

    @property
    def span(self) -> Span:
        """Where the entry stands in the original input."""
        return cast("Span", self._cached("span", lambda v: tuple(v)))

    @property
    def occurrences(self) -> Tuple[Span, ...]:
        """Where the term occurs in the body."""
        return cast("Tuple[Span, ...]", self._cached("occurrences", lambda v: tuple(tuple(v0) for v0 in v)))


class Warning(_Record):
    """Something the engine noticed about the input."""

    __slots__ = ()

    _FIELDS = (
        ("code", "code"),
        ("message", "message"),
    )

    @property
    def code(self) -> str:
        """A stable machine-readable code, e.g. `decoded-gb18030`, `no-targets`."""
        return cast("str", self._d["code"])

    @property
    def message(self) -> str:
        """A human-readable explanation."""
        return cast("str", self._d["message"])


class Panel(_Record):
    """Reports read together: each plan year's targets against the result the
    next report gives for that year, one row per region × year × canonical
    metric × kind. Built by `crate.panel`.
    """

    __slots__ = ()

    _FIELDS = (
        ("rows", "rows"),
        ("warnings", "warnings"),
    )

    @property
    def rows(self) -> Tuple[PanelRow, ...]:
        """The rows, sorted by region, year, then the order of the canonical indicators."""
        return cast("Tuple[PanelRow, ...]", self._cached("rows", lambda v: tuple(PanelRow(v0) for v0 in v)))

    @property
    def warnings(self) -> Tuple[Warning, ...]:
        """One per problem met on the way (a report of unknown region or year, two
        reports of the same region and year, no targets, incomparable units, …).
        """
        return cast("Tuple[Warning, ...]", self._cached("warnings", lambda v: tuple(Warning(v0) for v0 in v)))


class PanelRow(_Record):
    """One region × year × canonical metric × kind: the target set for the year,
    the result reported for it, the gap and the verdict.

    The verdict rule (see `Rule`): for most metrics the result must reach the
    target's lower bound (`5%左右` → 5, `5%以上` → 5, `4.5%—5%` → 4.5); for
    ceiling metrics (`cpi`, `unemployment_rate`, `deficit_ratio`) and targets
    qualified `at_most` it must not exceed the bound (a range's upper end); for
    a target that is a fall (`下降3%`) falls are compared with falls. A target
    stated as approximate (`左右`, `约`) that the result misses within the
    panel's tolerance is `near`. `gap` is always given when both figures are,
    so that a reader can apply their own tolerance.
    """

    __slots__ = ()

    _FIELDS = (
        ("region", "region"),
        ("year", "year"),
        ("metric_id", "metricId"),
        ("metric", "metric"),
        ("kind", "kind"),
        ("unit", "unit"),
        ("target_value", "targetValue"),
        ("target_hi", "targetHi"),
        ("target_qual", "targetQual"),
        ("target_file", "targetFile"),
        ("target_quantity_id", "targetQuantityId"),
        ("actual_value", "actualValue"),
        ("actual_status", "actualStatus"),
        ("actual_file", "actualFile"),
        ("actual_quantity_id", "actualQuantityId"),
        ("gap", "gap"),
        ("verdict", "verdict"),
        ("region_code", "regionCode"),
        ("region_source", "regionSource"),
        ("year_source", "yearSource"),
        ("rule", "rule"),
        ("bound", "bound"),
        ("target_metric", "targetMetric"),
        ("target_sentence", "targetSentence"),
        ("actual_qual", "actualQual"),
        ("actual_written_value", "actualWrittenValue"),
        ("actual_written_unit", "actualWrittenUnit"),
        ("actual_metric", "actualMetric"),
        ("actual_sentence", "actualSentence"),
        ("alternatives", "alternatives"),
    )

    @property
    def region(self) -> str:
        """The region's canonical name (`宁夏回族自治区`; `全国` for the State Council)."""
        return cast("str", self._d["region"])

    @property
    def year(self) -> int:
        """The year the target is set for and the result reported for."""
        return cast("int", self._d["year"])

    @property
    def metric_id(self) -> str:
        """The canonical indicator id."""
        return cast("str", self._d["metricId"])

    @property
    def metric(self) -> str:
        """The indicator's Chinese label."""
        return cast("str", self._d["metric"])

    @property
    def kind(self) -> Kind:
        """Level, change, ratio or multiple: a target is only compared with a result of its kind."""
        return cast("Kind", self._d["kind"])

    @property
    def unit(self) -> str:
        """The unit of the row: the target's, else the result's as written."""
        return cast("str", self._d["unit"])

    @property
    def target_value(self) -> Optional[float]:
        """The target value (a range's low end)."""
        return cast("Optional[float]", self._d["targetValue"])

    @property
    def target_hi(self) -> Optional[float]:
        """The upper bound of a range target."""
        return cast("Optional[float]", self._d["targetHi"])

    @property
    def target_qual(self) -> Optional[Qual]:
        """The target's qualifier."""
        return cast("Optional[Qual]", self._d["targetQual"])

    @property
    def target_file(self) -> Optional[str]:
        """The file of the report whose plan year this is."""
        return cast("Optional[str]", self._d["targetFile"])

    @property
    def target_quantity_id(self) -> Optional[int]:
        """The target's quantity id in that report."""
        return cast("Optional[int]", self._d["targetQuantityId"])

    @property
    def actual_value(self) -> Optional[float]:
        """The result in the row's unit (converted when the report wrote another unit of the same measure); a change is signed (a fall negative), and in a row whose target is a fall it is the fall reached; null when the units cannot be compared."""
        return cast("Optional[float]", self._d["actualValue"])

    @property
    def actual_status(self) -> Optional[Status]:
        """Actual or estimate (预计)."""
        return cast("Optional[Status]", self._d["actualStatus"])

    @property
    def actual_file(self) -> Optional[str]:
        """The file of the report whose reviewed year this is."""
        return cast("Optional[str]", self._d["actualFile"])

    @property
    def actual_quantity_id(self) -> Optional[int]:
        """The result's quantity id in that report."""
        return cast("Optional[int]", self._d["actualQuantityId"])

    @property
    def gap(self) -> Optional[float]:
        """The result minus the target bound, in the row's unit; for a fall, the fall reached minus the fall targeted."""
        return cast("Optional[float]", self._d["gap"])

    @property
    def verdict(self) -> Optional[Verdict]:
        """Met, near (an approximate target missed within the tolerance), missed, no result, no target; null when the two cannot be compared (units of different measures)."""
        return cast("Optional[Verdict]", self._d["verdict"])

    @property
    def region_code(self) -> Optional[str]:
        """The region's 6-digit GB/T 2260 code, when one was given."""
        return cast("Optional[str]", self._d["regionCode"])

    @property
    def region_source(self) -> Source:
        """Whether the region was read from the text or given (`given` when it
        was for any report of the row: by a manifest, a file name pattern or
        a `panel()` entry).
        """
        return cast("Source", self._d["regionSource"])

    @property
    def year_source(self) -> Source:
        """Whether the row's year was read from the texts or given (`given` when it was for any report of the row)."""
        return cast("Source", self._d["yearSource"])

    @property
    def rule(self) -> Optional[Rule]:
        """How the result was compared with the target; null without a target."""
        return cast("Optional[Rule]", self._d["rule"])

    @property
    def bound(self) -> Optional[float]:
        """The bound the result was compared with, in the row's unit."""
        return cast("Optional[float]", self._d["bound"])

    @property
    def target_metric(self) -> Optional[str]:
        """The target's metric as the report writes it."""
        return cast("Optional[str]", self._d["targetMetric"])

    @property
    def target_sentence(self) -> Optional[str]:
        """The sentence the target stands in."""
        return cast("Optional[str]", self._d["targetSentence"])

    @property
    def actual_qual(self) -> Optional[Qual]:
        """The result's qualifier."""
        return cast("Optional[Qual]", self._d["actualQual"])

    @property
    def actual_written_value(self) -> Optional[float]:
        """The result as the report writes it: the value before conversion."""
        return cast("Optional[float]", self._d["actualWrittenValue"])

    @property
    def actual_written_unit(self) -> Optional[str]:
        """The result's unit as written."""
        return cast("Optional[str]", self._d["actualWrittenUnit"])

    @property
    def actual_metric(self) -> Optional[str]:
        """The result's metric as the report writes it."""
        return cast("Optional[str]", self._d["actualMetric"])

    @property
    def actual_sentence(self) -> Optional[str]:
        """The sentence the result stands in."""
        return cast("Optional[str]", self._d["actualSentence"])

    @property
    def alternatives(self) -> Tuple[PanelFigure, ...]:
        """Other figures for the same row (a restated target, a second report of
        the same region and year), not used for the verdict.
        """
        return cast("Tuple[PanelFigure, ...]", self._cached("alternatives", lambda v: tuple(PanelFigure(v0) for v0 in v)))


class PanelFigure(_Record):
    """A figure of a panel row that was not preferred (see `PanelRow.alternatives`)."""

    __slots__ = ()

    _FIELDS = (
        ("status", "status"),
        ("file", "file"),
        ("quantity_id", "quantityId"),
        ("value", "value"),
        ("hi", "hi"),
        ("qual", "qual"),
        ("unit", "unit"),
        ("sentence", "sentence"),
    )

    @property
    def status(self) -> Optional[Status]:
        """Target, actual or estimate."""
        return cast("Optional[Status]", self._d["status"])

    @property
    def file(self) -> str:
        """The report file."""
        return cast("str", self._d["file"])

    @property
    def quantity_id(self) -> int:
        """The quantity id in that report."""
        return cast("int", self._d["quantityId"])

    @property
    def value(self) -> float:
        """The value as written."""
        return cast("float", self._d["value"])

    @property
    def hi(self) -> Optional[float]:
        """The upper bound of a range."""
        return cast("Optional[float]", self._d["hi"])

    @property
    def qual(self) -> Qual:
        """The qualifier."""
        return cast("Qual", self._d["qual"])

    @property
    def unit(self) -> str:
        """The unit as written."""
        return cast("str", self._d["unit"])

    @property
    def sentence(self) -> str:
        """The sentence it stands in."""
        return cast("str", self._d["sentence"])


__all__ = [
    "SCHEMA_VERSION",
    "Span",
    "Level",
    "SectionLevel",
    "Dimension",
    "Measure",
    "Qual",
    "Kind",
    "Direction",
    "Status",
    "Source",
    "Verdict",
    "Rule",
    "Report",
    "Meta",
    "Section",
    "Paragraph",
    "Quantity",
    "Target",
    "HeadlineRow",
    "GlossaryEntry",
    "Warning",
    "Panel",
    "PanelRow",
    "PanelFigure",
]
