//! Stage 4 — indicators: what each quantity measures (metric and canonical
//! id), its kind and direction, its status and year; the plan year's targets
//! and the headline table.
//!
//! Everything here reads the clause a quantity stands in: the text from the
//! last clause mark (`，；：`) before it to the number, and the words after its
//! unit. A clause with no subject of its own continues the subject of the
//! quantity before it in the same sentence (`社会消费品零售总额预计实现567亿元，
//! 增长5.5%`: both are retail sales, both estimates).

use crate::model::{Direction, Kind, Status};
use crate::quantities::Found;
use crate::structure::Document;

mod cards;
mod clause;
mod kind;
mod names;
mod passage;
mod period;
pub mod registry;
mod targets;

pub use cards::headline;
use clause::ClauseInfo;
use kind::kind_of;
use names::assign_metrics;
use passage::target_passage;
use period::{opens_a_multi_year_review, speaks_of_other_periods, status_of, Place, Years};
pub use targets::targets;

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
    /// The quantity stands in the report's main-targets passage (主要预期目标是…).
    pub in_target_list: bool,
}

/// Annotates every quantity found, in the same order.
pub fn annotate(text: &str, doc: &Document, found: &[Found]) -> Vec<Annotation> {
    let years = Years::of(doc);
    let passage = target_passage(text, doc).unwrap_or(0..0);
    let mut out: Vec<Annotation> = Vec::with_capacity(found.len());
    let mut clauses: Vec<ClauseInfo> = Vec::with_capacity(found.len());
    let mut cue_cache: Option<(usize, bool)> = None;
    for (i, f) in found.iter().enumerate() {
        let prev = (i > 0 && found[i - 1].sentence == f.sentence)
            .then(|| (&found[i - 1], &out[i - 1], &clauses[i - 1]));
        let info = ClauseInfo::read(text, f, prev.map(|p| p.0));
        let mut note = Annotation::default();
        let (kind, direction) = kind_of(f, &info, prev.map(|p| (p.1, p.2)));
        note.kind = Some(kind);
        note.direction = direction;
        note.in_target_list = passage.contains(&f.mention.range.start);
        // Whether the sentence speaks of other periods, read once per sentence.
        let sentence_cue = match cue_cache {
            Some((start, cue)) if start == f.sentence.start => cue,
            _ => {
                let paragraph_start = doc
                    .paragraphs
                    .get(f.paragraph)
                    .map_or(f.sentence.start, |p| p.range.start);
                let cue = speaks_of_other_periods(text, &f.sentence)
                    || opens_a_multi_year_review(text, paragraph_start);
                cue_cache = Some((f.sentence.start, cue));
                cue
            }
        };
        let place = Place {
            in_target_list: note.in_target_list,
            sentence_cue,
        };
        let (status, year) =
            status_of(text, doc, f, &info, &years, place, prev.map(|p| (p.1, p.2)));
        note.status = Some(status);
        note.year = year;
        out.push(note);
        clauses.push(info);
    }
    assign_metrics(found, &clauses, &mut out);
    out
}

/// How far around a quantity its context is read, in bytes.
pub(crate) const CONTEXT_BYTES: usize = 480;

/// The start of the context window before `at`: not before `floor`, at most
/// [`CONTEXT_BYTES`] back, on a character boundary.
pub(crate) fn window_start(text: &str, floor: usize, at: usize) -> usize {
    let mut start = at.saturating_sub(CONTEXT_BYTES).max(floor);
    while start < at && !text.is_char_boundary(start) {
        start += 1;
    }
    start
}

/// The end of the context window after `at`: not after `ceil`, at most
/// [`CONTEXT_BYTES`] on, on a character boundary.
pub(crate) fn window_end(text: &str, at: usize, ceil: usize) -> usize {
    let mut end = at.saturating_add(CONTEXT_BYTES).min(ceil).min(text.len());
    while end > at && !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}
