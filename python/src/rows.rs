//! Which of the CLI's tables (`govreport::table`): its columns and rows.

use govreport::table::{self, Cell};
use govreport::Report;

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

/// The columns of a table.
pub fn columns(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Quantities => table::QUANTITY_COLUMNS,
        Kind::Targets => table::TARGET_COLUMNS,
        Kind::Panel => table::PANEL_COLUMNS,
    }
}

/// The rows of one report's quantities or targets (none for the panel,
/// which is built from all reports: `panel` in lib.rs).
pub fn rows(kind: Kind, file: &str, report: &Report) -> Vec<Vec<Cell>> {
    match kind {
        Kind::Quantities => table::quantity_rows(file, report),
        Kind::Targets => table::target_rows(file, report),
        Kind::Panel => Vec::new(),
    }
}
