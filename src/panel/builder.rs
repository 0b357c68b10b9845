//! The panel built one report at a time: [`PanelBuilder::add`] reads a
//! report's region and years and keeps only its selected figures, in a
//! compact form (numbers and enums; metric ids, units and codes interned;
//! sentences only when asked for); [`PanelBuilder::finish`] sorts them and
//! gives the rows one at a time ([`PanelRows`]), so that a caller can write
//! each row as it is made. What the builder keeps grows with the number of
//! figures selected, not with the size of the reports.
//!
//! ```
//! use govreport::panel::{PanelBuilder, PanelInput, PanelOptions, ReportInput};
//! let a = govreport::parse("湖北省政府工作报告\n一、2024年工作回顾\n二、2025年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。").unwrap();
//! let mut builder = PanelBuilder::new(&PanelOptions::default());
//! builder.add(&PanelInput { file: "a.txt".into(), report: ReportInput::from(&a), given: Default::default() });
//! let mut rows = builder.finish();
//! let before = rows.take_warnings();
//! let first = rows.next().unwrap();
//! assert_eq!((first.region.as_str(), first.year), ("湖北省", 2025));
//! assert!(before.is_empty());
//! ```

use super::given::{self, Reconciled};
use super::input::PanelInput;
use super::provinces::PROVINCES;
use super::regions::{self, Region, RegionKey};
use super::select::{self, Figure};
use super::{units, verdict, PanelOptions};
use crate::indicators::registry::INDICATORS;
use crate::model::{
    Direction, Kind, Level, Panel, PanelFigure, PanelRow, Qual, Rule, Source, Status, Verdict,
    Warning,
};
use crate::sort::merge_sort;

/// No string: the index that stands for `None`.
const NONE: u32 = u32::MAX;

/// Strings kept once each (units, codes, metrics as written, unknown metric
/// ids), by index in order of first use.
#[derive(Debug, Default)]
struct Pool {
    strings: Vec<Box<str>>,
    /// Indices into `strings`, sorted by their string.
    sorted: Vec<u32>,
}

impl Pool {
    /// The index of `s`, added when new.
    fn id(&mut self, s: &str) -> u32 {
        let strings = &self.strings;
        let found = self
            .sorted
            .binary_search_by(|&i| strings.get(i as usize).map_or("", |t| t).cmp(s));
        match found {
            Ok(at) => self.sorted.get(at).copied().unwrap_or(NONE),
            Err(at) => {
                let id = u32::try_from(self.strings.len()).unwrap_or(NONE);
                self.strings.push(s.into());
                self.sorted.insert(at, id);
                id
            }
        }
    }

    /// The index of `s`, or [`NONE`].
    fn opt(&mut self, s: Option<&str>) -> u32 {
        s.map_or(NONE, |s| self.id(s))
    }

    /// The string at `id` (empty for [`NONE`]).
    fn get(&self, id: u32) -> &str {
        self.strings.get(id as usize).map_or("", |s| s)
    }

    /// The string at `id`, `None` for [`NONE`].
    fn get_opt(&self, id: u32) -> Option<&str> {
        self.strings.get(id as usize).map(|s| &**s)
    }
}

/// A selected figure as the builder keeps it.
#[derive(Debug, Clone)]
struct Kept {
    /// Index into the builder's regions.
    region: u32,
    /// The row's year.
    year: i32,
    /// Index of the report among those added.
    source: u32,
    /// Position among the report's targets (or headline rows); a report's
    /// figures come in this order, so past `u16::MAX` the order is the same.
    position: u16,
    /// The quantity id in its report.
    quantity_id: u32,
    /// The metric: an index into [`INDICATORS`], or past its end an unknown id.
    metric_id: u32,
    /// The unit as written (pool).
    unit: u32,
    /// The metric as written (pool, or [`NONE`]).
    metric: u32,
    /// The sentence (index into the sentences, or [`NONE`]).
    sentence: u32,
    value: f64,
    /// A range's upper end, when `has_hi` (an `Option<f64>` would take 8 bytes more).
    hi: f64,
    has_hi: bool,
    status: Option<Status>,
    kind: Kind,
    qual: Qual,
    direction: Option<Direction>,
}

/// What a row needs of a report: its name and how its region and years were known.
#[derive(Debug, Clone)]
struct SourceInfo {
    file: Box<str>,
    /// The region's code (pool, or [`NONE`]).
    code: u32,
    region_given: bool,
    year_given: bool,
}

/// Everything the rows are made from, apart from the warnings.
#[derive(Debug, Default)]
struct Store {
    sources: Vec<SourceInfo>,
    /// Regions in order of appearance.
    regions: Vec<Region>,
    /// The figures in the order they came.
    figures: Vec<Kept>,
    pool: Pool,
    /// Metric ids the registry does not know, in order of first appearance.
    unknown_metrics: Pool,
    sentences: Vec<Box<str>>,
}

impl Store {
    /// The canonical id of a kept metric index.
    fn metric_id(&self, metric: u32) -> &str {
        match INDICATORS.get(metric as usize) {
            Some(indicator) => indicator.id,
            None => self.unknown_metrics.get(
                u32::try_from((metric as usize).saturating_sub(INDICATORS.len())).unwrap_or(NONE),
            ),
        }
    }

    /// A kept figure as the row code reads it.
    fn figure(&self, k: &Kept) -> Figure<'_> {
        Figure {
            source: k.source as usize,
            position: usize::from(k.position),
            status: k.status,
            metric_id: self.metric_id(k.metric_id),
            kind: k.kind,
            quantity_id: k.quantity_id,
            value: k.value,
            hi: k.has_hi.then_some(k.hi),
            qual: k.qual,
            unit: self.pool.get(k.unit),
            direction: k.direction,
            metric: self.pool.get_opt(k.metric),
            sentence: self.sentences.get(k.sentence as usize).map_or("", |s| s),
        }
    }
}

/// Builds a panel one report at a time (see the [module](self) documentation).
/// Reports added in the same order give the same panel as [`super::build_with`].
#[derive(Debug)]
pub struct PanelBuilder {
    options: PanelOptions,
    text: bool,
    /// Entries added, readable or not (for `invalid-report` messages).
    entries: usize,
    /// Warnings about entries that are not reports.
    invalid: Vec<Warning>,
    /// Warnings about given values.
    reconciling: Vec<Warning>,
    /// Warnings about reports (unknown region or year, duplicates, no targets).
    reading: Vec<Warning>,
    /// The first report of each region and pair of years: (region, review, plan, source).
    seen: Vec<(u32, Option<i32>, Option<i32>, u32)>,
    store: Store,
}

impl PanelBuilder {
    /// An empty panel with these options; rows keep sentences and metrics as written.
    pub fn new(options: &PanelOptions) -> PanelBuilder {
        PanelBuilder {
            options: *options,
            text: true,
            entries: 0,
            invalid: Vec::new(),
            reconciling: Vec::new(),
            reading: Vec::new(),
            seen: Vec::new(),
            store: Store::default(),
        }
    }

    /// Keeps no sentences and no metrics as written: rows have none
    /// (`targetSentence`, `actualSentence`, `targetMetric`, `actualMetric`
    /// and the alternatives' sentences are empty or null), for output that
    /// does not show them, such as the CSV columns.
    pub fn without_text(mut self) -> PanelBuilder {
        self.text = false;
        self
    }

    /// The number of reports added (entries that were not reports aside).
    pub fn len(&self) -> usize {
        self.store.sources.len()
    }

    /// Whether no report was added.
    pub fn is_empty(&self) -> bool {
        self.store.sources.is_empty()
    }

    /// Counts an entry that could not be read as a report: an
    /// `invalid-report` warning names its position among the entries.
    pub fn add_invalid(&mut self) {
        self.entries += 1;
        self.invalid.push(Warning::new(
            "invalid-report",
            format!(
                "entry {} is not a report ({{ file, report }} with a Report object): skipped",
                self.entries
            ),
        ));
    }

    /// Reads one report: its region and years, and its figures for the panel.
    pub fn add(&mut self, input: &PanelInput) {
        self.entries += 1;
        let file = input.file.as_str();
        let meta = &input.report.meta;
        let known = given::reconcile(
            file,
            given::Read::from(meta),
            &input.given,
            self.options.prefer_given,
            &mut self.reconciling,
        );
        let source = self.store.sources.len();
        let source_id = u32::try_from(source).unwrap_or(u32::MAX);
        let code = self.store.pool.opt(known.code.as_deref());
        self.store.sources.push(SourceInfo {
            file: file.into(),
            code,
            region_given: known.region_source == Source::Given,
            year_given: known.year_source == Source::Given,
        });
        let Some(at) = self.region(&known, meta.level) else {
            self.reading.push(Warning::new(
                "unknown-region",
                format!("{file}: the report names no region: left out"),
            ));
            return;
        };
        let (review, plan) = (known.review_year, known.plan_year);
        match self
            .seen
            .iter()
            .find(|s| (s.0, s.1, s.2) == (at, review, plan))
        {
            Some(first) => self.reading.push(Warning::new(
                "duplicate-report",
                format!(
                    "{file}: the same region and years as {}: its figures are alternatives",
                    self.store
                        .sources
                        .get(first.3 as usize)
                        .map_or("", |s| &s.file)
                ),
            )),
            None => self.seen.push((at, review, plan, source_id)),
        }
        let report = &input.report;
        // Where this report's sentences start.
        let report_sentences = self.store.sentences.len();
        match plan {
            None => self.reading.push(Warning::new(
                "unknown-plan-year",
                format!("{file}: the report's plan year is unknown: its targets are left out"),
            )),
            Some(_) if report.targets.is_empty() => self.reading.push(Warning::new(
                "no-targets",
                format!("{file}: the report has no targets"),
            )),
            Some(year) => {
                for f in select::targets(source, report, year) {
                    let kept = self.keep(at, year, &f, report_sentences);
                    self.store.figures.push(kept);
                }
            }
        }
        match review {
            None => self.reading.push(Warning::new(
                "unknown-review-year",
                format!("{file}: the report's reviewed year is unknown: its results are left out"),
            )),
            Some(year) => {
                for f in select::results(source, report, year) {
                    let kept = self.keep(at, year, &f, report_sentences);
                    self.store.figures.push(kept);
                }
            }
        }
    }

    /// The index of a report's region, added when new; `None` when it names none.
    fn region(&mut self, known: &Reconciled, level: Option<Level>) -> Option<u32> {
        let region = regions::identify(known.region.as_deref(), level)?;
        let regions = &mut self.store.regions;
        let at = match regions.iter().position(|r| r.key.matches(&region.key)) {
            Some(at) => at,
            None => {
                regions.push(region);
                regions.len() - 1
            }
        };
        Some(u32::try_from(at).unwrap_or(u32::MAX))
    }

    /// One selected figure as it is kept.
    fn keep(&mut self, region: u32, year: i32, f: &Figure, report_sentences: usize) -> Kept {
        let store = &mut self.store;
        let metric_id = match INDICATORS.iter().position(|m| m.id == f.metric_id) {
            Some(at) => at,
            None => INDICATORS.len() + store.unknown_metrics.id(f.metric_id) as usize,
        };
        let (metric, sentence) = if self.text {
            // A sentence is kept once for the figures of a report that follow each other in it.
            let sentence = match store.sentences.last() {
                Some(last) if store.sentences.len() > report_sentences && **last == *f.sentence => {
                    store.sentences.len() - 1
                }
                _ => {
                    store.sentences.push(f.sentence.into());
                    store.sentences.len() - 1
                }
            };
            (
                store.pool.opt(f.metric),
                u32::try_from(sentence).unwrap_or(NONE),
            )
        } else {
            (NONE, NONE)
        };
        let unit = store.pool.id(f.unit);
        let small = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Kept {
            region,
            year,
            source: small(f.source),
            position: u16::try_from(f.position).unwrap_or(u16::MAX),
            quantity_id: f.quantity_id,
            metric_id: small(metric_id),
            unit,
            metric,
            sentence,
            value: f.value,
            hi: f.hi.unwrap_or(0.0),
            has_hi: f.hi.is_some(),
            status: f.status,
            kind: f.kind,
            qual: f.qual,
            direction: f.direction,
        }
    }

    /// The rows, one at a time, and the warnings.
    pub fn finish(mut self) -> PanelRows {
        let store = self.store;
        // The figures' indices in the order of their regions' rows (a
        // counting sort by the region's rank), each region's in the order
        // they came. `ends[r]` is where the figures of rank `r` end.
        let ranks: Vec<usize> = (0..store.regions.len())
            .map(|at| region_rank(&store.regions, at))
            .collect();
        let rank = |k: &Kept| ranks.get(k.region as usize).copied().unwrap_or(0);
        let mut ends = vec![0u32; ranks.len() + PROVINCES.len() + 1];
        for k in &store.figures {
            if let Some(n) = ends.get_mut(rank(k)) {
                *n += 1;
            }
        }
        // Where each rank starts; filling moves it to where the rank ends.
        let mut total = 0;
        for n in ends.iter_mut() {
            let count = *n;
            *n = total;
            total += count;
        }
        let mut by_region = vec![0u32; store.figures.len()];
        for (i, k) in store.figures.iter().enumerate() {
            if let Some(at) = ends.get_mut(rank(k)) {
                if let Some(slot) = by_region.get_mut(*at as usize) {
                    *slot = u32::try_from(i).unwrap_or(u32::MAX);
                }
                *at += 1;
            }
        }
        let mut warnings = self.invalid;
        warnings.append(&mut self.reconciling);
        warnings.append(&mut self.reading);
        PanelRows {
            any_report: !store.sources.is_empty(),
            options: self.options,
            store,
            by_region,
            ends,
            rank: 0,
            keyed: Vec::new(),
            at: 0,
            paired: false,
            done: false,
            warnings,
        }
    }
}

/// Where a region's rows come: the nation first, then the provinces in
/// table order, then others as they came.
pub(super) fn region_rank(regions: &[Region], at: usize) -> usize {
    match regions.get(at).map(|r| &r.key) {
        Some(RegionKey::National) => 0,
        Some(RegionKey::Province(i)) => 1 + i,
        _ => 1 + PROVINCES.len() + at,
    }
}

/// A figure's place in its region's rows: its row (year, metric, kind), its
/// preference inside the row, its index among the figures.
type Key = ([u32; 3], [u32; 4], u32);

pub(super) fn kind_order(kind: Kind) -> u32 {
    match kind {
        Kind::Amount => 0,
        Kind::Growth => 1,
        Kind::Rate => 2,
        Kind::Multiple => 3,
    }
}

/// The figures `indices` (a region's) in the order of its rows and, inside
/// a row, targets first, each in order of preference.
fn sort_keys(store: &Store, indices: &[u32]) -> Vec<Key> {
    let mut keyed: Vec<Key> = indices
        .iter()
        .filter_map(|&i| Some((i, store.figures.get(i as usize)?)))
        .map(|(i, k)| {
            // Years in order as unsigned numbers.
            let row = [
                (k.year as u32) ^ 0x8000_0000,
                k.metric_id,
                kind_order(k.kind),
            ];
            // Preferences are small non-negative numbers (kinds of figure, report and position).
            let preference =
                select::preference(&store.figure(k)).map(|v| u32::try_from(v).unwrap_or(u32::MAX));
            (row, preference, i)
        })
        .collect();
    merge_sort(&mut keyed);
    keyed
}

/// The rows of a panel, made one at a time in the panel's order, and its
/// warnings. Before the first row, [`PanelRows::take_warnings`] gives those
/// about the reports read; while rows are made, those about each row
/// (conflicting figures, incomparable units); after the last, `no-pairs`
/// when no target has a result.
#[derive(Debug)]
pub struct PanelRows {
    options: PanelOptions,
    store: Store,
    /// The figures' indices in the order of their regions' rows, and where
    /// the figures of each region's rank end.
    by_region: Vec<u32>,
    ends: Vec<u32>,
    /// The next rank whose figures are sorted when the current ones are done.
    rank: usize,
    /// The current region's figures in order.
    keyed: Vec<Key>,
    /// The next figure in `keyed`.
    at: usize,
    any_report: bool,
    /// Whether some row had both a target and a result.
    paired: bool,
    done: bool,
    warnings: Vec<Warning>,
}

impl PanelRows {
    /// The warnings not yet taken, in the order they arose.
    pub fn take_warnings(&mut self) -> Vec<Warning> {
        std::mem::take(&mut self.warnings)
    }

    /// The remaining rows and all warnings not yet taken, as a [`Panel`].
    pub fn into_panel(mut self) -> Panel {
        let rows: Vec<PanelRow> = self.by_ref().collect();
        Panel {
            rows,
            warnings: self.warnings,
        }
    }

    /// The row of the figures `keyed[start..end]`.
    fn row(&mut self, start: usize, end: usize) -> Option<PanelRow> {
        let store = &self.store;
        let keys = self.keyed.get(start..end)?;
        let group: Vec<Figure> = keys
            .iter()
            .filter_map(|k| store.figures.get(k.2 as usize))
            .map(|k| store.figure(k))
            .collect();
        let first = store.figures.get(keys.first()?.2 as usize)?;
        let name = store
            .regions
            .get(first.region as usize)
            .map(|r| r.name.clone())
            .unwrap_or_default();
        let known = |source: usize| {
            store.sources.get(source).map(|s| Known {
                file: &s.file,
                code: store.pool.get_opt(s.code),
                region_given: s.region_given,
                year_given: s.year_given,
            })
        };
        row_of(
            &known,
            name,
            first.year,
            &group,
            &self.options,
            &mut self.warnings,
        )
    }
}

impl Iterator for PanelRows {
    type Item = PanelRow;

    fn next(&mut self) -> Option<PanelRow> {
        loop {
            while self.at >= self.keyed.len() {
                // The next region's figures, sorted.
                let Some(&end) = self.ends.get(self.rank) else {
                    break;
                };
                let start = match self.rank.checked_sub(1) {
                    Some(before) => self.ends.get(before).copied().unwrap_or(end),
                    None => 0,
                };
                self.rank += 1;
                let indices = self
                    .by_region
                    .get(start as usize..end as usize)
                    .unwrap_or_default();
                self.keyed = sort_keys(&self.store, indices);
                self.at = 0;
            }
            let start = self.at;
            let Some(first) = self.keyed.get(start) else {
                if !self.done {
                    self.done = true;
                    if self.any_report && !self.paired {
                        self.warnings.push(Warning::new(
                            "no-pairs",
                            "no report reviews a year that another report plans: no target has a result",
                        ));
                    }
                }
                return None;
            };
            let row_key = first.0;
            let rest = self.keyed.get(start..).unwrap_or_default();
            let end = start + rest.iter().take_while(|k| k.0 == row_key).count();
            self.at = end.max(start + 1);
            // Groups are never empty; an empty one would give no row rather than a panic.
            if let Some(row) = self.row(start, end) {
                if row.target_value.is_some() && row.actual_quantity_id.is_some() {
                    self.paired = true;
                }
                return Some(row);
            }
        }
    }
}

/// The Chinese label of a canonical id (the id itself when the registry lacks it).
fn label(metric_id: &str) -> String {
    INDICATORS
        .iter()
        .find(|i| i.id == metric_id)
        .map_or(metric_id, |i| i.label)
        .to_string()
}

/// What a row needs of a report: its file name, its region's code, whether
/// its region and its years were given.
pub(super) struct Known<'a> {
    pub(super) file: &'a str,
    pub(super) code: Option<&'a str>,
    pub(super) region_given: bool,
    pub(super) year_given: bool,
}

/// How rows look up the reports their figures come from.
pub(super) type Lookup<'a> = dyn Fn(usize) -> Option<Known<'a>> + 'a;

/// The file name of a report.
fn file(known: &Lookup, source: usize) -> String {
    known(source)
        .map(|k| k.file.to_string())
        .unwrap_or_default()
}

fn alternative(known: &Lookup, f: &Figure) -> PanelFigure {
    PanelFigure {
        status: f.status,
        file: file(known, f.source),
        quantity_id: f.quantity_id,
        value: f.value,
        hi: f.hi,
        qual: f.qual,
        unit: f.unit.to_string(),
        sentence: f.sentence.to_string(),
    }
}

/// Builds one row from its figures (targets first, each in order of
/// preference): the first target and result, the rest as alternatives;
/// `None` for no figures.
pub(super) fn row_of(
    known: &Lookup,
    region: String,
    year: i32,
    group: &[Figure],
    options: &PanelOptions,
    warnings: &mut Vec<Warning>,
) -> Option<PanelRow> {
    let is_target = |f: &Figure| f.status == Some(Status::Target);
    let target_at = group.iter().position(is_target);
    let actual_at = group.iter().position(|f| !is_target(f));
    let target = target_at.and_then(|i| group.get(i));
    let actual = actual_at.and_then(|i| group.get(i));
    let first = target.or(actual)?;
    let metric_id = first.metric_id.to_string();
    let kind = first.kind;
    let unit = first.unit.to_string();
    let mut alternatives = Vec::new();
    for (i, f) in group.iter().enumerate() {
        let chosen_at = if is_target(f) { target_at } else { actual_at };
        let Some(chosen_at) = chosen_at else { continue };
        if i == chosen_at {
            continue;
        }
        let Some(chosen) = group.get(chosen_at) else {
            continue;
        };
        if f.value != chosen.value || f.unit != chosen.unit || f.hi != chosen.hi {
            warnings.push(Warning::new(
                "conflicting-figures",
                format!(
                    "{region} {year} {metric_id}: quantity {} of {} and quantity {} of {} differ: the first is used",
                    chosen.quantity_id,
                    file(known, chosen.source),
                    f.quantity_id,
                    file(known, f.source)
                ),
            ));
        }
        alternatives.push(alternative(known, f));
    }

    let mut r = PanelRow {
        region,
        year,
        metric: label(&metric_id),
        metric_id,
        kind,
        unit,
        target_value: target.map(|t| t.value),
        target_hi: target.and_then(|t| t.hi),
        target_qual: target.map(|t| t.qual),
        target_file: target.map(|t| file(known, t.source)),
        target_quantity_id: target.map(|t| t.quantity_id),
        actual_value: None,
        actual_status: actual.and_then(|a| a.status),
        actual_file: actual.map(|a| file(known, a.source)),
        actual_quantity_id: actual.map(|a| a.quantity_id),
        gap: None,
        verdict: None,
        region_code: None,
        region_source: Source::Read,
        year_source: Source::Read,
        rule: None,
        bound: None,
        target_metric: target.and_then(|t| t.metric.map(str::to_string)),
        target_sentence: target.map(|t| t.sentence.to_string()),
        actual_qual: actual.map(|a| a.qual),
        actual_written_value: actual.map(|a| a.value),
        actual_written_unit: actual.map(|a| a.unit.to_string()),
        actual_metric: actual.and_then(|a| a.metric.map(str::to_string)),
        actual_sentence: actual.map(|a| a.sentence.to_string()),
        alternatives,
    };
    match (target, actual) {
        (Some(t), Some(a)) => {
            let terms = verdict::TargetTerms {
                metric_id: &r.metric_id,
                value: t.value,
                hi: t.hi,
                qual: t.qual,
                direction: t.direction,
            };
            let rule = verdict::rule(&terms);
            r.rule = Some(rule);
            r.bound = Some(verdict::bound(&terms, rule));
            match units::convert(a.value, a.unit, t.unit) {
                Some(value) => {
                    let value = verdict::measured(rule, value, a.direction);
                    let (gap, v) = verdict::judge(&terms, t.unit, value, &options.near_tolerance);
                    r.actual_value = Some(value);
                    r.gap = Some(gap);
                    r.verdict = Some(v);
                }
                None => warnings.push(Warning::new(
                    "incomparable-units",
                    format!(
                        "{} {} {}: the target is in {} and the result in {}: not compared",
                        r.region, year, r.metric_id, t.unit, a.unit
                    ),
                )),
            }
        }
        (Some(t), None) => {
            r.rule = Some(verdict::rule(&verdict::TargetTerms {
                metric_id: &r.metric_id,
                value: t.value,
                hi: t.hi,
                qual: t.qual,
                direction: t.direction,
            }));
            r.verdict = Some(Verdict::NoResult);
        }
        (None, Some(a)) => {
            r.actual_value = Some(verdict::measured(Rule::AtLeast, a.value, a.direction));
            r.verdict = Some(Verdict::NoTarget);
        }
        (None, None) => {}
    }
    // Where the row's region and year came from: the reports of its target and result.
    let sources: Vec<Known> = [target, actual]
        .into_iter()
        .flatten()
        .filter_map(|f| known(f.source))
        .collect();
    r.region_code = sources.iter().find_map(|k| k.code).map(str::to_string);
    if sources.iter().any(|k| k.region_given) {
        r.region_source = Source::Given;
    }
    if sources.iter().any(|k| k.year_given) {
        r.year_source = Source::Given;
    }
    Some(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What stays per selected figure: at most 56 bytes (an `Option<f64>`
    /// for `hi` or a `u32` position would make it 64).
    #[test]
    fn a_kept_figure_is_small() {
        assert!(
            std::mem::size_of::<Kept>() <= 56,
            "{}",
            std::mem::size_of::<Kept>()
        );
    }

    #[test]
    fn pool_keeps_each_string_once_in_order_of_first_use() {
        let mut pool = Pool::default();
        let ids: Vec<u32> = ["亿元", "%", "亿元", "", "万吨", "%"]
            .iter()
            .map(|s| pool.id(s))
            .collect();
        assert_eq!(ids, [0, 1, 0, 2, 3, 1]);
        assert_eq!(
            (pool.get(3), pool.get(NONE), pool.get_opt(NONE)),
            ("万吨", "", None)
        );
        assert_eq!(pool.opt(None), NONE);
        assert_eq!(pool.get_opt(2), Some(""));
    }
}
