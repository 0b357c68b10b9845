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

pub mod input;
pub mod provinces;
pub mod regions;
pub mod select;
pub mod units;
pub mod verdict;

use crate::indicators::registry::INDICATORS;
use crate::model::{Kind, Panel, PanelFigure, PanelRow, Report, Rule, Verdict, Warning};
pub use input::{Lenient, PanelInput, ReportInput};
use regions::{Region, RegionKey};
use select::Figure;
use std::collections::BTreeMap;

/// The panel of parsed reports, each with the file name rows cite it by.
pub fn from_reports<'a>(reports: impl IntoIterator<Item = (&'a str, &'a Report)>) -> Panel {
    let inputs: Vec<PanelInput> = reports
        .into_iter()
        .map(|(file, report)| PanelInput {
            file: file.to_string(),
            report: ReportInput::from(report),
        })
        .collect();
    build(&inputs)
}

/// The panel of reports given as [`PanelInput`]s; `None` entries (input that
/// could not be read as a report) are skipped with an `invalid-report` warning.
pub fn build_lenient(inputs: &[Lenient<PanelInput>]) -> Panel {
    let mut warnings = Vec::new();
    let mut good = Vec::new();
    for (i, entry) in inputs.iter().enumerate() {
        match &entry.0 {
            Some(input) => good.push(input.clone()),
            None => warnings.push(Warning::new(
                "invalid-report",
                format!(
                    "entry {} is not a report ({{ file, report }} with a Report object): skipped",
                    i + 1
                ),
            )),
        }
    }
    let mut panel = build(&good);
    warnings.append(&mut panel.warnings);
    panel.warnings = warnings;
    panel
}

/// The row key: region, year, the metric's headline order, the metric id, the kind's order.
type RowKey = (RegionKey, i32, usize, String, u8);

/// The candidate figures of one row.
#[derive(Default)]
struct Candidates {
    targets: Vec<Figure>,
    results: Vec<Figure>,
}

/// The panel of reports given as [`PanelInput`]s.
pub fn build(inputs: &[PanelInput]) -> Panel {
    let mut warnings = Vec::new();
    let mut names: BTreeMap<RegionKey, String> = BTreeMap::new();
    let mut seen: BTreeMap<(RegionKey, Option<i32>, Option<i32>), usize> = BTreeMap::new();
    let mut rows: BTreeMap<RowKey, Candidates> = BTreeMap::new();

    for (source, input) in inputs.iter().enumerate() {
        let file = &input.file;
        let meta = &input.report.meta;
        let Some(Region { key, name }) = regions::identify(meta.region.as_deref(), meta.level)
        else {
            warnings.push(Warning::new(
                "unknown-region",
                format!("{file}: the report names no region: left out"),
            ));
            continue;
        };
        names.entry(key.clone()).or_insert(name);
        let years = (meta.review_year, meta.plan_year);
        if let Some(&first) = seen.get(&(key.clone(), years.0, years.1)) {
            warnings.push(Warning::new(
                "duplicate-report",
                format!(
                    "{file}: the same region and years as {}: its figures are alternatives",
                    inputs[first].file
                ),
            ));
        } else {
            seen.insert((key.clone(), years.0, years.1), source);
        }
        let report = &input.report;
        match meta.plan_year {
            None => warnings.push(Warning::new(
                "unknown-plan-year",
                format!("{file}: the report's plan year is unknown: its targets are left out"),
            )),
            Some(_) if report.targets.is_empty() => warnings.push(Warning::new(
                "no-targets",
                format!("{file}: the report has no targets"),
            )),
            Some(year) => {
                for f in select::targets(source, report, year) {
                    let k = row_key(&key, year, &f);
                    rows.entry(k).or_default().targets.push(f);
                }
            }
        }
        match meta.review_year {
            None => warnings.push(Warning::new(
                "unknown-review-year",
                format!("{file}: the report's reviewed year is unknown: its results are left out"),
            )),
            Some(year) => {
                for f in select::results(source, report, year) {
                    let k = row_key(&key, year, &f);
                    rows.entry(k).or_default().results.push(f);
                }
            }
        }
    }

    let mut out = Vec::with_capacity(rows.len());
    for ((key, year, _, metric_id, _), mut c) in rows {
        let region = names.get(&key).cloned().unwrap_or_default();
        out.push(row(inputs, region, year, metric_id, &mut c, &mut warnings));
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

fn row_key(region: &RegionKey, year: i32, f: &Figure) -> RowKey {
    let order = INDICATORS
        .iter()
        .position(|i| i.id == f.metric_id)
        .unwrap_or(INDICATORS.len());
    let kind = match f.kind {
        Kind::Amount => 0,
        Kind::Growth => 1,
        Kind::Rate => 2,
        Kind::Multiple => 3,
    };
    (region.clone(), year, order, f.metric_id.clone(), kind)
}

/// The Chinese label of a canonical id (the id itself when the registry lacks it).
fn label(metric_id: &str) -> String {
    INDICATORS
        .iter()
        .find(|i| i.id == metric_id)
        .map_or(metric_id, |i| i.label)
        .to_string()
}

fn file_of(inputs: &[PanelInput], f: &Figure) -> String {
    inputs
        .get(f.source)
        .map(|i| i.file.clone())
        .unwrap_or_default()
}

fn alternative(inputs: &[PanelInput], f: &Figure) -> PanelFigure {
    PanelFigure {
        status: f.status,
        file: file_of(inputs, f),
        quantity_id: f.quantity_id,
        value: f.value,
        hi: f.hi,
        qual: f.qual,
        unit: f.unit.clone(),
        sentence: f.sentence.clone(),
    }
}

/// Builds one row from its candidates: the preferred target and result, the rest as alternatives.
fn row(
    inputs: &[PanelInput],
    region: String,
    year: i32,
    metric_id: String,
    c: &mut Candidates,
    warnings: &mut Vec<Warning>,
) -> PanelRow {
    select::sort_targets(&mut c.targets);
    select::sort_results(&mut c.results);
    let target = c.targets.first();
    let actual = c.results.first();
    let kind = target.or(actual).map_or(Kind::Amount, |f| f.kind);
    let unit = target
        .or(actual)
        .map(|f| f.unit.clone())
        .unwrap_or_default();
    let mut alternatives = Vec::new();
    for (list, chosen) in [(&c.targets, target), (&c.results, actual)] {
        for f in list.iter().skip(1) {
            if let Some(chosen) = chosen {
                if f.value != chosen.value || f.unit != chosen.unit || f.hi != chosen.hi {
                    warnings.push(Warning::new(
                        "conflicting-figures",
                        format!(
                            "{region} {year} {metric_id}: {}{} in {} and {}{} in {}: the first is used",
                            chosen.value,
                            chosen.unit,
                            file_of(inputs, chosen),
                            f.value,
                            f.unit,
                            file_of(inputs, f)
                        ),
                    ));
                }
            }
            alternatives.push(alternative(inputs, f));
        }
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
        rule: None,
        bound: None,
        target_metric: target.and_then(|t| t.metric.clone()),
        target_sentence: target.map(|t| t.sentence.clone()),
        actual_qual: actual.map(|a| a.qual),
        actual_written_value: actual.map(|a| a.value),
        actual_written_unit: actual.map(|a| a.unit.clone()),
        actual_metric: actual.and_then(|a| a.metric.clone()),
        actual_sentence: actual.map(|a| a.sentence.clone()),
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
            match units::convert(a.value, &a.unit, &t.unit) {
                Some(value) => {
                    let value = verdict::measured(rule, value, a.direction);
                    let (gap, v) = verdict::judge(&terms, value);
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
