//! Kind and direction: a level, a change, a ratio or a multiple.

use super::clause::{ClauseInfo, CHANGE_NOUNS};
use super::Annotation;
use crate::model::{Dimension, Direction, Kind};
use crate::quantities::Found;
use crate::words::ends;

/// Kind and direction of a quantity.
pub(super) fn kind_of(
    f: &Found,
    info: &ClauseInfo,
    prev: Option<(&Annotation, &ClauseInfo)>,
) -> (Kind, Option<Direction>) {
    let m = &f.mention;
    if m.dimension == Dimension::Multiple {
        return (Kind::Multiple, info.change);
    }
    // A list item shares the verb of the item before it, and so does a clause
    // of cue words only (`增长确保9%、力争10%`).
    let rest = info.clause.trim_start_matches(['、', '，', '和']);
    let cues_only = !info.clause.is_empty() && ["力争", "确保", "争取", "努力"].contains(&rest);
    if (info.list_continuation || cues_only) && info.subject.is_empty() {
        if let Some((p, _)) = prev {
            if let Some(k) = p.kind {
                if (k == Kind::Growth) == (m.dimension == Dimension::Ratio || info.change.is_some())
                    || k != Kind::Growth
                {
                    return (k, p.direction);
                }
            }
        }
    }
    // A subject that names a change: 居民消费价格涨幅控制在3%.
    for &(head, d) in CHANGE_NOUNS {
        if m.dimension == Dimension::Ratio && ends(info.subject, head) {
            return (Kind::Growth, Some(d));
        }
    }
    match (m.dimension, info.change) {
        (_, Some(d)) if !info.level_verb => (Kind::Growth, Some(d)),
        (Dimension::Ratio, _) => (Kind::Rate, None),
        _ => (Kind::Amount, None),
    }
}
