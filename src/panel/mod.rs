//! Stage 6 — panel: reports read together. From any number of parsed
//! reports, one row per region × year × canonical metric × kind holding the
//! target the year's plan set (from the report whose plan year it is), the
//! result reported for it (from the report whose reviewed year it is), the
//! gap and a verdict. Pure: no I/O; bad input gives warnings, never an error.
//!
//! One pass per file: [`regions`] (who speaks), [`select`] (which figures),
//! [`units`] (conversion to the target's unit), [`verdict`] (the rule).
//!
//! ```
//! let a = govreport::parse("湖北省政府工作报告\n一、2024年工作回顾\n二、2025年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。").unwrap();
//! let panel = govreport::panel::from_reports([("a.txt", &a)]);
//! assert!(panel.rows.iter().all(|r| r.verdict != Some(govreport::Verdict::Met)));
//! ```

pub mod given;
pub mod input;
pub mod provinces;
pub mod regions;
pub mod select;
pub mod units;
pub mod verdict;

use crate::indicators::registry::INDICATORS;
use crate::model::{
    Kind, Panel, PanelFigure, PanelRow, Report, Rule, Source, Status, Verdict, Warning,
};
use crate::sort::merge_sort;
pub use given::Given;
use given::Reconciled;
pub use input::{decode, PanelInput, ReportInput};
use regions::{Region, RegionKey};
use select::Figure;
pub use verdict::NearTolerance;

/// The panel of parsed reports, each with the file name rows cite it by.
pub fn from_reports<'a>(reports: impl IntoIterator<Item = (&'a str, &'a Report)>) -> Panel {
    let inputs: Vec<PanelInput> = reports
        .into_iter()
        .map(|(file, report)| PanelInput {
            file: file.to_string(),
            report: ReportInput::from(report),
            given: Given::default(),
        })
        .collect();
    build(&inputs)
}

/// How a panel is built. `Default` is what [`build`] and [`from_reports`] use.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct PanelOptions {
    /// How far an approximate target (`左右`, `约`) may be missed and still be
    /// `near` (default ±0.5 percentage points, ±1 % of a level;
    /// [`NearTolerance::NONE`] gives the verdicts without `near`).
    pub near_tolerance: NearTolerance,
    /// When a given region or year contradicts the text, use the given one
    /// (by default the text's is used; both ways a warning names the two).
    pub prefer_given: bool,
}

/// The panel of reports given as [`PanelInput`]s; `None` entries (input that
/// could not be read as a report) are skipped with an `invalid-report` warning.
pub fn build_lenient(inputs: &[Option<PanelInput>]) -> Panel {
    build_lenient_with(inputs, &PanelOptions::default())
}

/// [`build_lenient`] with options.
pub fn build_lenient_with(inputs: &[Option<PanelInput>], options: &PanelOptions) -> Panel {
    let mut warnings = Vec::new();
    let mut good = Vec::new();
    for (i, entry) in inputs.iter().enumerate() {
        match entry {
            Some(input) => good.push(input),
            None => warnings.push(Warning::new(
                "invalid-report",
                format!(
                    "entry {} is not a report ({{ file, report }} with a Report object): skipped",
                    i + 1
                ),
            )),
        }
    }
    let mut panel = build_from(&good, options);
    warnings.append(&mut panel.warnings);
    panel.warnings = warnings;
    panel
}

/// The panel of reports given as [`PanelInput`]s.
pub fn build(inputs: &[PanelInput]) -> Panel {
    build_with(inputs, &PanelOptions::default())
}

/// The panel of reports given as [`PanelInput`]s, with options.
pub fn build_with(inputs: &[PanelInput], options: &PanelOptions) -> Panel {
    build_from(&inputs.iter().collect::<Vec<_>>(), options)
}

/// [`build`] over borrowed inputs, so that [`build_lenient`] need not copy them.
fn build_from(inputs: &[&PanelInput], options: &PanelOptions) -> Panel {
    let mut warnings = Vec::new();
    // Each report's region and years, read or given.
    let recon: Vec<Reconciled> = inputs
        .iter()
        .map(|input| {
            let meta = &input.report.meta;
            given::reconcile(
                &input.file,
                given::Read {
                    region: meta.region.as_deref(),
                    code: meta.region_code.as_deref(),
                    review_year: meta.review_year,
                    plan_year: meta.plan_year,
                },
                &input.given,
                options.prefer_given,
                &mut warnings,
            )
        })
        .collect();
    // Regions in order of appearance: (identity, display name).
    let mut regions: Vec<Region> = Vec::new();
    // The first report of each region and pair of years.
    let mut seen: Vec<(usize, Option<i32>, Option<i32>, usize)> = Vec::new();
    // Every figure with its row: (region index, year, figure).
    let mut figures: Vec<(usize, i32, Figure)> = Vec::new();

    for ((source, input), known) in inputs.iter().enumerate().zip(&recon) {
        let file = &input.file;
        let level = input.report.meta.level;
        let Some(region) = regions::identify(known.region.as_deref(), level) else {
            warnings.push(Warning::new(
                "unknown-region",
                format!("{file}: the report names no region: left out"),
            ));
            continue;
        };
        let at = match regions.iter().position(|r| r.key.matches(&region.key)) {
            Some(at) => at,
            None => {
                regions.push(region);
                regions.len() - 1
            }
        };
        let (review, plan) = (known.review_year, known.plan_year);
        match seen.iter().find(|s| (s.0, s.1, s.2) == (at, review, plan)) {
            Some(first) => warnings.push(Warning::new(
                "duplicate-report",
                format!(
                    "{file}: the same region and years as {}: its figures are alternatives",
                    inputs[first.3].file
                ),
            )),
            None => seen.push((at, review, plan, source)),
        }
        let report = &input.report;
        match plan {
            None => warnings.push(Warning::new(
                "unknown-plan-year",
                format!("{file}: the report's plan year is unknown: its targets are left out"),
            )),
            Some(_) if report.targets.is_empty() => warnings.push(Warning::new(
                "no-targets",
                format!("{file}: the report has no targets"),
            )),
            Some(year) => figures.extend(
                select::targets(source, report, year)
                    .into_iter()
                    .map(|f| (at, year, f)),
            ),
        }
        match review {
            None => warnings.push(Warning::new(
                "unknown-review-year",
                format!("{file}: the report's reviewed year is unknown: its results are left out"),
            )),
            Some(year) => figures.extend(
                select::results(source, report, year)
                    .into_iter()
                    .map(|f| (at, year, f)),
            ),
        }
    }

    // One sort puts rows in order and, inside a row, targets first, each in order of preference.
    let mut unknown_metrics: Vec<&str> = Vec::new();
    let mut keyed: Vec<(RowKey, usize)> = Vec::with_capacity(figures.len());
    for (i, (region, year, f)) in figures.iter().enumerate() {
        let metric = match INDICATORS.iter().position(|m| m.id == f.metric_id) {
            Some(order) => order,
            None => match unknown_metrics.iter().position(|m| *m == f.metric_id) {
                Some(at) => INDICATORS.len() + at,
                None => {
                    unknown_metrics.push(f.metric_id);
                    INDICATORS.len() + unknown_metrics.len() - 1
                }
            },
        };
        let row = [
            region_order(&regions, *region),
            *year as i64,
            metric as i64,
            kind_order(f.kind),
        ];
        keyed.push(((row, select::preference(f)), i));
    }
    merge_sort(&mut keyed);

    let mut out = Vec::new();
    let mut start = 0;
    while start < keyed.len() {
        let row = keyed[start].0 .0;
        let end = start + keyed[start..].iter().take_while(|k| k.0 .0 == row).count();
        let group: Vec<&Figure> = keyed[start..end].iter().map(|k| &figures[k.1].2).collect();
        let (region, year, _) = &figures[keyed[start].1];
        let name = regions[*region].name.clone();
        let mut row = row_of(inputs, name, *year, &group, options, &mut warnings);
        let sources = [row_source(&group, true), row_source(&group, false)];
        let known: Vec<&Reconciled> = sources
            .iter()
            .flatten()
            .filter_map(|s| recon.get(*s))
            .collect();
        row.region_code = known.iter().find_map(|k| k.code.clone());
        if known.iter().any(|k| k.region_source == Source::Given) {
            row.region_source = Source::Given;
        }
        if known.iter().any(|k| k.year_source == Source::Given) {
            row.year_source = Source::Given;
        }
        out.push(row);
        start = end;
    }
    if !inputs.is_empty()
        && !out
            .iter()
            .any(|r| r.target_value.is_some() && r.actual_quantity_id.is_some())
    {
        warnings.push(Warning::new(
            "no-pairs",
            "no report reviews a year that another report plans: no target has a result",
        ));
    }
    Panel {
        rows: out,
        warnings,
    }
}

/// The report of a row's chosen target (`target`) or result.
fn row_source(group: &[&Figure], target: bool) -> Option<usize> {
    group
        .iter()
        .find(|f| (f.status == Some(Status::Target)) == target)
        .map(|f| f.source)
}

/// Where a figure's row sorts: region, year, metric (headline order), kind; then the figure's preference.
type RowKey = ([i64; 4], [i64; 4]);

/// Regions sort the nation first, then the provinces in table order, then others as they came.
fn region_order(regions: &[Region], at: usize) -> i64 {
    match regions.get(at).map(|r| &r.key) {
        Some(RegionKey::National) => 0,
        Some(RegionKey::Province(i)) => 1 + *i as i64,
        _ => 1000 + at as i64,
    }
}

fn kind_order(kind: Kind) -> i64 {
    match kind {
        Kind::Amount => 0,
        Kind::Growth => 1,
        Kind::Rate => 2,
        Kind::Multiple => 3,
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

fn file_of(inputs: &[&PanelInput], f: &Figure) -> String {
    inputs
        .get(f.source)
        .map(|i| i.file.clone())
        .unwrap_or_default()
}

fn alternative(inputs: &[&PanelInput], f: &Figure) -> PanelFigure {
    PanelFigure {
        status: f.status,
        file: file_of(inputs, f),
        quantity_id: f.quantity_id,
        value: f.value,
        hi: f.hi,
        qual: f.qual,
        unit: f.unit.to_string(),
        sentence: f.sentence.to_string(),
    }
}

/// Builds one row from its figures (targets first, each in order of
/// preference): the first target and result, the rest as alternatives.
fn row_of(
    inputs: &[&PanelInput],
    region: String,
    year: i32,
    group: &[&Figure],
    options: &PanelOptions,
    warnings: &mut Vec<Warning>,
) -> PanelRow {
    let is_target = |f: &&&Figure| f.status == Some(Status::Target);
    let target = group.iter().find(is_target).copied();
    let actual = group.iter().find(|f| !is_target(f)).copied();
    let Some(first) = target.or(actual) else {
        // Groups are never empty; an empty one gives an empty row rather than a panic.
        return empty_row(region, year);
    };
    let metric_id = first.metric_id.to_string();
    let kind = first.kind;
    let unit = first.unit.to_string();
    let mut alternatives = Vec::new();
    for f in group {
        let chosen = if is_target(&f) { target } else { actual };
        let Some(chosen) = chosen else { continue };
        if std::ptr::eq(*f, chosen) {
            continue;
        }
        if f.value != chosen.value || f.unit != chosen.unit || f.hi != chosen.hi {
            warnings.push(Warning::new(
                "conflicting-figures",
                format!(
                    "{region} {year} {metric_id}: quantity {} of {} and quantity {} of {} differ: the first is used",
                    chosen.quantity_id,
                    file_of(inputs, chosen),
                    f.quantity_id,
                    file_of(inputs, f)
                ),
            ));
        }
        alternatives.push(alternative(inputs, f));
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
        target_file: target.map(|t| file_of(inputs, t)),
        target_quantity_id: target.map(|t| t.quantity_id),
        actual_value: None,
        actual_status: actual.and_then(|a| a.status),
        actual_file: actual.map(|a| file_of(inputs, a)),
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
    r
}

fn empty_row(region: String, year: i32) -> PanelRow {
    PanelRow {
        region,
        year,
        metric_id: String::new(),
        metric: String::new(),
        kind: Kind::Amount,
        unit: String::new(),
        target_value: None,
        target_hi: None,
        target_qual: None,
        target_file: None,
        target_quantity_id: None,
        actual_value: None,
        actual_status: None,
        actual_file: None,
        actual_quantity_id: None,
        gap: None,
        verdict: None,
        region_code: None,
        region_source: Source::Read,
        year_source: Source::Read,
        rule: None,
        bound: None,
        target_metric: None,
        target_sentence: None,
        actual_qual: None,
        actual_written_value: None,
        actual_written_unit: None,
        actual_metric: None,
        actual_sentence: None,
        alternatives: Vec::new(),
    }
}
