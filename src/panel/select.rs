//! Pass 2 — selection of figures: which figures of a report are a target or
//! a result for the panel, and which of several for the same row is used.
//!
//! - **Targets** come from `report.targets` of the report whose plan year it
//!   is: those with a canonical metric id and a kind, whose quantity is for
//!   the plan year (a goal for a later year is left out) and is a level, not
//!   a count of additions.
//! - **Results** come from `report.headline` of the report whose reviewed
//!   year it is — the growth slot for a change, the level slot for a level,
//!   ratio or multiple — when the quantity is an actual or estimate for that
//!   year. Nothing is guessed where the headline has no figure.
//! - **Preference** among figures for the same row: for targets, the first
//!   in input order, then in `report.targets` order (the targets passage
//!   comes before any restatement); for results, a precise figure over a
//!   bound (`exact`, then `approx`, then `at_least`/`at_most`/`range`, then
//!   `over`/`near`: `6.01万亿元` over `突破6万亿元`), an actual over an
//!   estimate, then input order. The others are kept as alternatives.

use super::input::{QuantityInput, ReportInput};
use crate::model::{Direction, Kind, Qual, Status};

/// A target or a result found in one report.
#[derive(Debug, Clone)]
pub struct Figure<'a> {
    /// Index of the report in the panel's input.
    pub source: usize,
    /// Position among the report's targets (or headline rows).
    pub position: usize,
    /// Target, actual or estimate.
    pub status: Option<Status>,
    /// The canonical metric id.
    pub metric_id: &'a str,
    /// Level, change, ratio or multiple.
    pub kind: Kind,
    /// The quantity id in its report.
    pub quantity_id: u32,
    /// The value as written.
    pub value: f64,
    /// A range's upper end.
    pub hi: Option<f64>,
    /// The qualifier.
    pub qual: Qual,
    /// The unit as written.
    pub unit: &'a str,
    /// Up or down, for a change.
    pub direction: Option<Direction>,
    /// The metric as written.
    pub metric: Option<&'a str>,
    /// The sentence it stands in.
    pub sentence: &'a str,
}

/// The targets of a report for its plan year.
pub fn targets(source: usize, report: &ReportInput, plan_year: i32) -> Vec<Figure<'_>> {
    report
        .targets
        .iter()
        .enumerate()
        .filter_map(|(position, t)| {
            let metric_id = t.metric_id.as_deref()?;
            let kind = t.kind?;
            let q = report.quantity(t.quantity_id);
            // A goal for another year, or a count of additions (`新认定…1300家`),
            // which no result in the headline (always a level) measures.
            if q.and_then(|q| q.year).is_some_and(|y| y != plan_year) || q.is_some_and(|q| q.added)
            {
                return None;
            }
            Some(Figure {
                source,
                position,
                status: Some(Status::Target),
                metric_id,
                kind,
                quantity_id: t.quantity_id,
                value: t.value,
                hi: t.hi,
                qual: t.qual,
                unit: &t.unit,
                direction: q.and_then(|q| q.direction),
                metric: t
                    .metric
                    .as_deref()
                    .or_else(|| q.and_then(|q| q.metric.as_deref())),
                sentence: q.map_or("", |q| &q.sentence),
            })
        })
        .collect()
}

/// The headline results of a report for its reviewed year.
pub fn results(source: usize, report: &ReportInput, review_year: i32) -> Vec<Figure<'_>> {
    let mut out = Vec::new();
    for (position, row) in report.headline.iter().enumerate() {
        for (id, growth_slot) in [(row.level, false), (row.growth, true)] {
            let Some(q) = id.and_then(|id| report.quantity(id)) else {
                continue;
            };
            if let Some(figure) = result(
                source,
                position,
                &row.metric_id,
                q,
                growth_slot,
                review_year,
            ) {
                out.push(figure);
            }
        }
    }
    out
}

/// A headline quantity as a result, when it is one for the reviewed year.
fn result<'a>(
    source: usize,
    position: usize,
    metric_id: &'a str,
    q: &'a QuantityInput,
    growth_slot: bool,
    review_year: i32,
) -> Option<Figure<'a>> {
    let done = matches!(q.status, Some(Status::Actual | Status::Estimate));
    let kind = q.kind?;
    if !done || q.year != Some(review_year) || (kind == Kind::Growth) != growth_slot {
        return None;
    }
    Some(Figure {
        source,
        position,
        status: q.status,
        metric_id,
        kind,
        quantity_id: q.id,
        value: q.value,
        hi: q.hi,
        qual: q.qual,
        unit: &q.unit,
        direction: q.direction,
        metric: q.metric.as_deref(),
        sentence: &q.sentence,
    })
}

/// Where a figure sorts inside its row, the preferred first: targets by
/// input order then position; results by precision, actual before
/// estimate, then input order.
pub fn preference(f: &Figure) -> [i64; 4] {
    if f.status == Some(Status::Target) {
        [0, f.source as i64, f.position as i64, 0]
    } else {
        [
            1,
            i64::from(precision(f.qual)) * 2 + i64::from(f.status != Some(Status::Actual)),
            f.source as i64,
            f.position as i64,
        ]
    }
}

/// How precisely a qualifier states a value: lower is more precise.
fn precision(qual: Qual) -> u8 {
    match qual {
        Qual::Exact => 0,
        Qual::Approx => 1,
        Qual::AtLeast | Qual::AtMost | Qual::Range => 2,
        Qual::Over | Qual::Near => 3,
    }
}
