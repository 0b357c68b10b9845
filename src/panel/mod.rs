//! Stage 6 — panel: reports read together. From any number of parsed
//! reports, one row per region × year × canonical metric × kind holding the
//! target the year's plan set (from the report whose plan year it is), the
//! result reported for it (from the report whose reviewed year it is), the
//! gap and a verdict. Pure: no I/O; bad input gives warnings, never an error.
//!
//! One pass per file: [`regions`] (who speaks), [`select`] (which figures),
//! [`units`] (conversion to the target's unit), [`verdict`] (the rule).
//! [`PanelBuilder`] reads reports one at a time and keeps only their
//! selected figures; its rows come one at a time ([`PanelRows`]), so a
//! caller can write them as they are made ([`from_reports`] uses it). The
//! functions over slices ([`build`], [`build_with`], [`build_lenient`]) read
//! inputs already held in memory in place, with the same row code, and give
//! the same panel.
//!
//! ```
//! let a = govreport::parse("湖北省政府工作报告\n一、2024年工作回顾\n二、2025年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。").unwrap();
//! let panel = govreport::panel::from_reports([("a.txt", &a)]);
//! assert!(panel.rows.iter().all(|r| r.verdict != Some(govreport::Verdict::Met)));
//! ```

pub mod builder;
pub mod given;
pub mod input;
pub mod provinces;
pub mod regions;
pub mod select;
pub mod units;
pub mod verdict;

use crate::indicators::registry::INDICATORS;
use crate::model::{Panel, Report, Source, Warning};
use crate::sort::merge_sort;
pub use builder::{PanelBuilder, PanelRows};
pub use given::Given;
use given::Reconciled;
pub use input::{decode, PanelInput, ReportInput};
use regions::Region;
use select::Figure;
pub use verdict::NearTolerance;

/// The panel of parsed reports, each with the file name rows cite it by.
pub fn from_reports<'a>(reports: impl IntoIterator<Item = (&'a str, &'a Report)>) -> Panel {
    let mut builder = PanelBuilder::new(&PanelOptions::default());
    for (file, report) in reports {
        builder.add(&PanelInput {
            file: file.to_string(),
            report: ReportInput::from(report),
            given: Given::default(),
        });
    }
    builder.finish().into_panel()
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

/// The panel of inputs all held in memory: their figures are borrowed, not
/// kept as [`PanelBuilder`] keeps them (the WebAssembly engine's path, where
/// the builder's compact store would cost size for no gain). The same
/// panel as adding the inputs to a [`PanelBuilder`] in order
/// (`tests/panel.rs` checks it over the corpus).
fn build_from(inputs: &[&PanelInput], options: &PanelOptions) -> Panel {
    let mut warnings = Vec::new();
    // Each report's region and years, read or given.
    let recon: Vec<Reconciled> = inputs
        .iter()
        .map(|input| {
            let meta = &input.report.meta;
            given::reconcile(
                &input.file,
                given::Read::from(meta),
                &input.given,
                options.prefer_given,
                &mut warnings,
            )
        })
        .collect();
    // Regions in order of appearance.
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
                    inputs.get(first.3).map_or("", |i| &i.file)
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
            builder::region_rank(&regions, *region) as i64,
            i64::from(*year),
            metric as i64,
            i64::from(builder::kind_order(f.kind)),
        ];
        keyed.push(((row, select::preference(f)), i));
    }
    merge_sort(&mut keyed);

    let known = |source: usize| {
        let input = inputs.get(source)?;
        let known = recon.get(source)?;
        Some(builder::Known {
            file: &input.file,
            code: known.code.as_deref(),
            region_given: known.region_source == Source::Given,
            year_given: known.year_source == Source::Given,
        })
    };
    let mut out = Vec::new();
    let mut start = 0;
    while start < keyed.len() {
        let row = keyed[start].0 .0;
        let end = start + keyed[start..].iter().take_while(|k| k.0 .0 == row).count();
        let group: Vec<Figure> = keyed[start..end]
            .iter()
            .map(|k| figures[k.1].2.clone())
            .collect();
        let (region, year, _) = &figures[keyed[start].1];
        let name = regions[*region].name.clone();
        out.extend(builder::row_of(
            &known,
            name,
            *year,
            &group,
            options,
            &mut warnings,
        ));
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

/// Where a figure's row sorts: region, year, metric (headline order), kind; then the figure's preference.
type RowKey = ([i64; 4], [i64; 4]);
