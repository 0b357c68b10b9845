//! Stage 4 — indicators: what each quantity measures (metric and canonical
//! id), its kind and direction, its status and year; the plan year's targets
//! and the headline table.

use crate::model::{Direction, Kind, Status};
use crate::quantities::Found;
use crate::structure::Document;

/// What stage 4 adds to a quantity.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Annotation {
    /// Level, change, ratio or multiple.
    pub kind: Option<Kind>,
    /// Up or down, for a change.
    pub direction: Option<Direction>,
    /// Actual, estimate, target or context.
    pub status: Option<Status>,
    /// The year the figure refers to.
    pub year: Option<i32>,
    /// The metric as written.
    pub metric: Option<String>,
    /// The canonical indicator id.
    pub metric_id: Option<&'static str>,
}

/// Annotates every quantity found, in the same order.
pub fn annotate(_text: &str, _doc: &Document, found: &[Found]) -> Vec<Annotation> {
    vec![Annotation::default(); found.len()]
}

/// The plan year's targets among the annotated quantities.
pub fn targets(_quantities: &[crate::model::Quantity]) -> Vec<crate::model::Target> {
    Vec::new()
}

/// The headline table: per canonical indicator, the reviewed year's figures beside the target.
pub fn headline(_quantities: &[crate::model::Quantity]) -> Vec<crate::model::HeadlineRow> {
    Vec::new()
}
