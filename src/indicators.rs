//! Stage 4 — indicators: what each quantity measures (metric and canonical
//! id), its kind and direction, its status and year; the plan year's targets
//! and the headline table.
//!
//! Everything here reads the clause a quantity stands in: the text from the
//! last clause mark (`，；：`) before it to the number, and the words after its
//! unit. A clause with no subject of its own continues the subject of the
//! quantity before it in the same sentence (`社会消费品零售总额预计实现567亿元，
//! 增长5.5%`: both are retail sales, both estimates).

use crate::model::{Direction, Kind, Measure, Status};
use crate::quantities::Found;
use crate::structure::Document;

mod cards;
mod clause;
mod kind;
mod measure;
mod names;
mod passage;
mod period;
pub mod registry;
mod targets;

pub use cards::headline;
use clause::ClauseInfo;
use kind::kind_of;
use measure::measure_of;
use names::assign_metrics;
pub use names::{metric_id_of, NameStep};
use passage::target_passage;
use period::{opens_a_look_back, paragraph_scopes, status_of, Place, Scope, SentenceCues, Years};
pub use targets::targets;

/// The byte range of the plan year's main-targets passage (`主要预期目标是…`), if the text has one.
pub fn targets_passage(text: &str, doc: &Document) -> Option<std::ops::Range<usize>> {
    target_passage(text, doc)
}

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
    /// Level or additions.
    pub measure: Measure,
    /// The quantity stands in the report's main-targets passage (主要预期目标是…).
    pub in_target_list: bool,
    /// The figure is of a sub-period of the year (`三季度`, `1—11月`), not the whole year.
    pub sub_period: bool,
    /// The year a change is measured from when the clause names one
    /// (`比2002年增长65.5%`): a change over several years unless it is the
    /// year before.
    pub compared_with: Option<i32>,
    /// Which step of the period pass decided status and year (`over-years`,
    /// `future-period`, `the-year`…): for tests and for reading a decision.
    pub period_step: &'static str,
    /// Which step of the names pass decided metric and id (`subject`,
    /// `generic-head`, `list-split`, `comparison`…): for tests and for
    /// reading a decision.
    pub metric_step: NameStep,
    /// Other indicators that share the figure (`A、B、C增长5%以上`), with the
    /// name the list gives each.
    pub also: Vec<(&'static str, String)>,
}

/// Annotates every quantity found, in the same order.
pub fn annotate(text: &str, doc: &Document, found: &[Found]) -> Vec<Annotation> {
    let years = Years::of(doc);
    let passage = target_passage(text, doc).unwrap_or(0..0);
    let scopes = paragraph_scopes(text, doc, &years);
    let mut out: Vec<Annotation> = Vec::with_capacity(found.len());
    let mut clauses: Vec<ClauseInfo> = Vec::with_capacity(found.len());
    // The period cues of the current sentence, read once per sentence.
    let mut cues: Option<(usize, SentenceCues)> = None;
    for (i, f) in found.iter().enumerate() {
        let prev = (i > 0 && found[i - 1].sentence == f.sentence)
            .then(|| (&found[i - 1], &out[i - 1], &clauses[i - 1]));
        let info = ClauseInfo::read(text, f, prev.map(|p| p.0));
        let mut note = Annotation::default();
        let (kind, direction) = kind_of(f, &info, prev.map(|p| (p.1, p.2)));
        note.kind = Some(kind);
        note.direction = direction;
        note.in_target_list = passage.contains(&f.mention.range.start);
        let paragraph = doc.paragraphs.get(f.paragraph);
        let place = Place {
            in_target_list: note.in_target_list,
            in_plan: doc
                .plan_start
                .is_some_and(|s| paragraph.is_some_and(|p| p.range.start >= s)),
            paragraph: scopes.get(f.paragraph).map_or(Scope::Year, |s| s.0),
            in_past_part: scopes.get(f.paragraph).is_some_and(|s| s.1),
            has_plan_part: doc.plan_start.is_some(),
            looks_back: looks_back(text, paragraph, &f.sentence),
            cues: match cues {
                Some((start, c)) if start == f.sentence.start => c,
                _ => {
                    let c = SentenceCues::of(text, &f.sentence, &years);
                    cues = Some((f.sentence.start, c));
                    c
                }
            },
        };
        let period = status_of(
            text,
            f,
            &info,
            kind,
            &years,
            place,
            prev.map(|p| (p.1, p.2)),
        );
        note.status = Some(period.status);
        note.year = period.year;
        note.sub_period = period.sub_period;
        note.period_step = period.step;
        out.push(note);
        clauses.push(info);
    }
    assign_metrics(text, doc, found, &clauses, &mut out);
    let mut prev: Option<(&std::ops::Range<usize>, Measure)> = None;
    for ((f, info), note) in found.iter().zip(&clauses).zip(out.iter_mut()) {
        let prev_added = prev.is_some_and(|(s, m)| *s == f.sentence && m == Measure::Added);
        note.measure = measure_of(
            f,
            info.clause,
            note.metric.as_deref(),
            note.metric_id,
            note.kind,
            prev_added,
        );
        prev = Some((&f.sentence, note.measure));
    }
    out
}

/// Does a sentence, or the short sentence right before it in its paragraph,
/// open on a look back at the reviewed year?
fn looks_back(
    text: &str,
    paragraph: Option<&crate::structure::Block>,
    sentence: &std::ops::Range<usize>,
) -> bool {
    let own = text.get(sentence.start..window_end(text, sentence.start, sentence.end));
    if own.is_some_and(opens_a_look_back) {
        return true;
    }
    let Some(p) = paragraph else { return false };
    let Some(at) = p.sentences.iter().position(|s| s == sentence) else {
        return false;
    };
    at.checked_sub(1)
        .and_then(|k| p.sentences.get(k))
        .and_then(|s| text.get(s.clone()))
        .is_some_and(|s| s.chars().count() <= 40 && opens_a_look_back(s))
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
