//! The CLI's table rows (columns and cells) for the three tables.
//!
//! TEMPORARY: a copy of `src/main.rs`'s row building until the CLI's rows
//! move into the library (`govreport::table`); then this module only picks
//! the table.

use govreport::{Panel, Report};
use serde_json::Value;

/// Which table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One row per quantity (`govreport extract --format csv`).
    Quantities,
    /// One row per target (`govreport targets`).
    Targets,
    /// One row per panel row (`govreport panel`).
    Panel,
}

const QUANTITY_COLUMNS: &[&str] = &[
    "file", "region", "reviewYear", "planYear", "id", "text", "start", "end", "value", "hi",
    "unit", "base", "dimension", "qual", "kind", "direction", "status", "year", "metric",
    "metricId", "sectionId", "sentence",
];

const TARGET_COLUMNS: &[&str] = &[
    "file", "region", "planYear", "metricId", "metric", "kind", "value", "hi", "qual", "unit",
    "quantityId",
];

const PANEL_COLUMNS: &[&str] = &[
    "region", "year", "metricId", "metric", "kind", "unit", "targetValue", "targetHi",
    "targetQual", "targetFile", "targetQuantityId", "actualValue", "actualStatus", "actualFile",
    "actualQuantityId", "gap", "verdict",
];

/// The columns of a table.
pub fn columns(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Quantities => QUANTITY_COLUMNS,
        Kind::Targets => TARGET_COLUMNS,
        Kind::Panel => PANEL_COLUMNS,
    }
}

fn fields(value: serde_json::Result<Value>) -> serde_json::Map<String, Value> {
    match value {
        Ok(Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    }
}

/// The rows of one report's quantities or targets.
pub fn rows(kind: Kind, file: &str, report: &Report) -> Vec<Vec<Value>> {
    let meta = &report.meta;
    let region = meta.region.clone().map_or(Value::Null, Value::from);
    let review = meta.review_year.map_or(Value::Null, Value::from);
    let plan = meta.plan_year.map_or(Value::Null, Value::from);
    match kind {
        Kind::Quantities => report
            .quantities
            .iter()
            .map(|q| {
                let f = fields(serde_json::to_value(q));
                let mut row = vec![Value::from(file), region.clone(), review.clone(), plan.clone()];
                for column in QUANTITY_COLUMNS.iter().skip(4) {
                    row.push(match *column {
                        "start" => Value::from(q.span[0]),
                        "end" => Value::from(q.span[1]),
                        key => f.get(key).cloned().unwrap_or(Value::Null),
                    });
                }
                row
            })
            .collect(),
        Kind::Targets => report
            .targets
            .iter()
            .map(|t| {
                let f = fields(serde_json::to_value(t));
                let mut row = vec![Value::from(file), region.clone(), plan.clone()];
                for column in TARGET_COLUMNS.iter().skip(3) {
                    row.push(f.get(*column).cloned().unwrap_or(Value::Null));
                }
                row
            })
            .collect(),
        Kind::Panel => Vec::new(),
    }
}

/// The rows of a panel.
pub fn panel_rows(panel: &Panel) -> Vec<Vec<Value>> {
    panel
        .rows
        .iter()
        .map(|r| {
            let f = fields(serde_json::to_value(r));
            PANEL_COLUMNS
                .iter()
                .map(|c| f.get(*c).cloned().unwrap_or(Value::Null))
                .collect()
        })
        .collect()
}
