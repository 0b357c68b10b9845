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
//! caller can write them as they are made. The functions below build a
//! whole [`Panel`] with it.
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

use crate::model::{Panel, Report};
pub use builder::{PanelBuilder, PanelRows};
pub use given::Given;
pub use input::{decode, PanelInput, ReportInput};
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
    let mut builder = PanelBuilder::new(options);
    for entry in inputs {
        match entry {
            Some(input) => builder.add(input),
            None => builder.add_invalid(),
        }
    }
    builder.finish().into_panel()
}

/// The panel of reports given as [`PanelInput`]s.
pub fn build(inputs: &[PanelInput]) -> Panel {
    build_with(inputs, &PanelOptions::default())
}

/// The panel of reports given as [`PanelInput`]s, with options (the same as
/// adding them to a [`PanelBuilder`] in order).
pub fn build_with(inputs: &[PanelInput], options: &PanelOptions) -> Panel {
    let mut builder = PanelBuilder::new(options);
    for input in inputs {
        builder.add(input);
    }
    builder.finish().into_panel()
}
