//! The CLI's tables as data: the columns and values of `extract`'s quantity
//! records, `targets`' target records and `panel`'s rows, and the CSV and JSON
//! lines they are written as. Pure: no argument parsing, no I/O, so other
//! front ends (the Python package) give exactly the CLI's columns.
//!
//! A row is a `Vec<Cell>` in the order of its `*_COLUMNS`; a [`Cell`] is a
//! JSON value: null, a number or a string (never an array or object).
//!
//! ```
//! use govreport::table;
//! let report = govreport::parse("各位代表：\n二、2025年工作安排\n地区生产总值增长5.5%左右。").unwrap();
//! let rows = table::quantity_rows("a.txt", &report);
//! assert_eq!(rows[0].len(), table::QUANTITY_COLUMNS.len());
//! let csv = table::write_csv(table::QUANTITY_COLUMNS, &rows, table::CsvGuard::On);
//! assert!(csv.starts_with("file,region,reviewYear,planYear,id,text,"));
//! ```

use crate::model::{Panel, PanelRow, Quantity, Report, Target};
use serde_json::{Map, Value};

/// One value of a row: `Value::Null`, a `Value::Number` or a `Value::String`.
pub type Cell = Value;

/// The columns of `extract`'s records (`--format csv|jsonl`), one per quantity.
pub const QUANTITY_COLUMNS: &[&str] = &[
    "file",
    "region",
    "reviewYear",
    "planYear",
    "id",
    "text",
    "start",
    "end",
    "value",
    "hi",
    "unit",
    "base",
    "dimension",
    "qual",
    "kind",
    "direction",
    "status",
    "year",
    "metric",
    "metricId",
    "sectionId",
    "sentence",
];

/// The columns of `targets`' records, one per plan-year target.
pub const TARGET_COLUMNS: &[&str] = &[
    "file",
    "region",
    "planYear",
    "metricId",
    "metric",
    "kind",
    "value",
    "hi",
    "qual",
    "unit",
    "quantityId",
];

/// The CSV columns of `panel` (its JSON lines are whole [`PanelRow`]s, which
/// start with the same keys).
pub const PANEL_COLUMNS: &[&str] = &[
    "region",
    "year",
    "metricId",
    "metric",
    "kind",
    "unit",
    "targetValue",
    "targetHi",
    "targetQual",
    "targetFile",
    "targetQuantityId",
    "actualValue",
    "actualStatus",
    "actualFile",
    "actualQuantityId",
    "gap",
    "verdict",
];

/// The fields of a serialised model object, by key.
fn fields<T: serde::Serialize>(item: &T) -> Map<String, Value> {
    match serde_json::to_value(item) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

/// The columns every record of a report starts with: file, region, reviewYear, planYear.
fn file_fields(file: &str, report: &Report) -> [Cell; 4] {
    let meta = &report.meta;
    [
        Value::from(file),
        meta.region.clone().map_or(Value::Null, Value::from),
        meta.review_year.map_or(Value::Null, Value::from),
        meta.plan_year.map_or(Value::Null, Value::from),
    ]
}

/// One quantity's record, in [`QUANTITY_COLUMNS`] order; `file` is the name
/// the record cites the report by.
pub fn quantity_row(file: &str, report: &Report, q: &Quantity) -> Vec<Cell> {
    let f = fields(q);
    let mut row: Vec<Cell> = file_fields(file, report).into();
    for column in QUANTITY_COLUMNS.iter().skip(4) {
        row.push(match *column {
            "start" => Value::from(q.span[0]),
            "end" => Value::from(q.span[1]),
            key => f.get(key).cloned().unwrap_or(Value::Null),
        });
    }
    row
}

/// Every quantity's record ([`quantity_row`]), in the report's order.
pub fn quantity_rows(file: &str, report: &Report) -> Vec<Vec<Cell>> {
    report
        .quantities
        .iter()
        .map(|q| quantity_row(file, report, q))
        .collect()
}

/// One target's record, in [`TARGET_COLUMNS`] order.
pub fn target_row(file: &str, report: &Report, t: &Target) -> Vec<Cell> {
    let f = fields(t);
    let [file, region, _, plan] = file_fields(file, report);
    let mut row = vec![file, region, plan];
    for column in TARGET_COLUMNS.iter().skip(3) {
        row.push(f.get(*column).cloned().unwrap_or(Value::Null));
    }
    row
}

/// Every target's record ([`target_row`]), in the report's order.
pub fn target_rows(file: &str, report: &Report) -> Vec<Vec<Cell>> {
    report
        .targets
        .iter()
        .map(|t| target_row(file, report, t))
        .collect()
}

/// One panel row's CSV record, in [`PANEL_COLUMNS`] order.
pub fn panel_row(row: &PanelRow) -> Vec<Cell> {
    let f = fields(row);
    PANEL_COLUMNS
        .iter()
        .map(|c| f.get(*c).cloned().unwrap_or(Value::Null))
        .collect()
}

/// Every panel row's CSV record ([`panel_row`]), in the panel's order.
pub fn panel_rows(panel: &Panel) -> Vec<Vec<Cell>> {
    panel.rows.iter().map(panel_row).collect()
}

/// Whether CSV text cells that a spreadsheet would read as a formula are
/// defused (see [`csv_cell`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvGuard {
    /// A text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
    /// return gets a leading `'`. Numbers are never changed (`-0.5` stays a number).
    On,
    /// Cells as they are (`--raw-csv`).
    Off,
}

/// Whether text starting so would be read as a formula by a spreadsheet.
pub fn looks_like_formula(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// A cell's text: null is empty, a string as it is (behind a `'` when the
/// guard is on and it [`looks_like_formula`]), a number as JSON writes it
/// (`6.0`, `1.9e11` stays `190000000000.0`).
pub fn csv_cell(cell: &Cell, guard: CsvGuard) -> String {
    match cell {
        Value::Null => String::new(),
        Value::String(s) if guard == CsvGuard::On && looks_like_formula(s) => format!("'{s}"),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// One RFC 4180 line of cells already turned into text: a field with a comma,
/// a quote or a line break is quoted, quotes doubled; the line ends with CRLF.
pub fn csv_line<S: AsRef<str>>(cells: impl IntoIterator<Item = S>) -> String {
    let mut line = String::new();
    for (i, cell) in cells.into_iter().enumerate() {
        let cell = cell.as_ref();
        if i > 0 {
            line.push(',');
        }
        if cell.contains([',', '"', '\n', '\r']) {
            line.push('"');
            line.push_str(&cell.replace('"', "\"\""));
            line.push('"');
        } else {
            line.push_str(cell);
        }
    }
    line.push_str("\r\n");
    line
}

/// One row as a CSV line ([`csv_cell`] then [`csv_line`]).
pub fn csv_row(row: &[Cell], guard: CsvGuard) -> String {
    csv_line(row.iter().map(|c| csv_cell(c, guard)))
}

/// A whole CSV text: the header (always, even without rows) and every row.
pub fn write_csv(columns: &[&str], rows: &[Vec<Cell>], guard: CsvGuard) -> String {
    let mut out = csv_line(columns.iter().copied());
    for row in rows {
        out.push_str(&csv_row(row, guard));
    }
    out
}

/// One row as a JSON object on one line (keys in column order, no newline).
pub fn json_line(columns: &[&str], row: &[Cell]) -> String {
    let mut out = String::from("{");
    for (i, (key, value)) in columns.iter().zip(row).enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&Value::from(*key).to_string());
        out.push(':');
        out.push_str(&value.to_string());
    }
    out.push('}');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Dimension, Direction, Kind, Measure, Qual, Status};

    fn sample_report() -> Report {
        let mut report = crate::parse("各位代表：\n地区生产总值增长5.5%。").unwrap();
        report.meta.region = Some("某市".to_string());
        report.meta.plan_year = Some(2025);
        report.quantities = vec![Quantity {
            id: 0,
            text: "5.5%".to_string(),
            span: [11, 15],
            value: 5.5,
            hi: Some(6.0),
            unit: "%".to_string(),
            base: 5.5,
            dimension: Dimension::Ratio,
            qual: Qual::AtLeast,
            kind: Some(Kind::Growth),
            direction: Some(Direction::Up),
            status: Some(Status::Target),
            year: Some(2025),
            metric: Some("地区生产总值".to_string()),
            metric_id: Some("gdp".to_string()),
            measure: Measure::Total,
            section_id: None,
            sentence: "a \"quoted\", two-line\nsentence".to_string(),
            sentence_span: [5, 16],
        }];
        report
    }

    #[test]
    fn quantity_records() {
        let report = sample_report();
        let rows = quantity_rows("x,y.txt", &report);
        let text = write_csv(
            QUANTITY_COLUMNS,
            &[rows[0].clone(), rows[0].clone()],
            CsvGuard::Off,
        );
        let line = "\"x,y.txt\",某市,,2025,0,5.5%,11,15,5.5,6.0,%,5.5,ratio,at_least,growth,up,target,2025,地区生产总值,gdp,,\"a \"\"quoted\"\", two-line\nsentence\"\r\n";
        assert_eq!(
            text,
            format!("{}\r\n{line}{line}", QUANTITY_COLUMNS.join(","))
        );

        let text = json_line(QUANTITY_COLUMNS, &rows[0]);
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["file"], "x,y.txt");
        assert_eq!(v["reviewYear"], Value::Null);
        assert_eq!(v["qual"], "at_least");
        assert_eq!(v["start"], 11);
        assert_eq!(v["sentence"], "a \"quoted\", two-line\nsentence");
        assert!(text.starts_with("{\"file\":"), "columns in order: {text}");
        assert!(!text.contains('\n'), "one line: {text}");
    }

    #[test]
    fn target_and_empty_tables() {
        let report = crate::parse(
            "湖北省政府工作报告\n二、2025年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。",
        )
        .unwrap();
        let rows = target_rows("h.txt", &report);
        assert!(!rows.is_empty());
        assert!(rows.iter().all(|r| r.len() == TARGET_COLUMNS.len()));
        assert_eq!(rows[0][0], "h.txt");
        // A table without rows is its header.
        assert_eq!(
            write_csv(PANEL_COLUMNS, &[], CsvGuard::On),
            format!("{}\r\n", PANEL_COLUMNS.join(","))
        );
    }

    #[test]
    fn csv_quoting() {
        assert_eq!(
            csv_line(["a", "b,c", "say \"hi\"", "x\ny", ""]),
            "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\",\r\n"
        );
    }
}
