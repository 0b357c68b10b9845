//! Pass 4 — the verdict: how a result is compared with its target.
//!
//! - Most metrics: the result must reach the target's lower bound
//!   (`5%左右` → 5, `5%以上` → 5, a range `4.5%—5%` → 4.5): [`Rule::AtLeast`].
//! - Ceiling metrics ([`CEILING_METRICS`]: 居民消费价格涨幅, 城镇调查失业率,
//!   赤字率) and any target qualified `at_most` (`以内`, `不超过`): the result
//!   must not exceed the bound (a range's upper end): [`Rule::AtMost`].
//! - A target that is a fall (`单位地区生产总值能耗下降3%`): the fall reached
//!   is compared with the fall targeted ([`Rule::FallAtLeast`], or
//!   [`Rule::FallAtMost`] for a ceiling); a result that rose is a negative fall.
//!
//! `gap` is the result minus the bound, measured the way the rule measures
//! (rises for a rise, falls for a fall), in the target's unit. A gap of
//! exactly 0 meets the target. No tolerance is applied for `左右`: the gap is
//! there for readers who want one.

use crate::model::{Direction, Qual, Rule, Verdict};

/// Metrics whose targets are ceilings: the result must not exceed them.
pub const CEILING_METRICS: &[&str] = &["cpi", "unemployment_rate", "deficit_ratio"];

/// What the rule needs of the target.
#[derive(Debug, Clone, Copy)]
pub struct TargetTerms<'a> {
    /// The canonical metric id.
    pub metric_id: &'a str,
    /// The target value (a range's low end).
    pub value: f64,
    /// A range's upper end.
    pub hi: Option<f64>,
    /// The target's qualifier.
    pub qual: Qual,
    /// The direction of a change target.
    pub direction: Option<Direction>,
}

/// The rule a target is judged by.
pub fn rule(t: &TargetTerms) -> Rule {
    let ceiling = CEILING_METRICS.contains(&t.metric_id) || t.qual == Qual::AtMost;
    let fall = t.direction == Some(Direction::Down);
    match (fall, ceiling) {
        (false, false) => Rule::AtLeast,
        (false, true) => Rule::AtMost,
        (true, false) => Rule::FallAtLeast,
        (true, true) => Rule::FallAtMost,
    }
}

/// The bound a result is compared with: the upper end of a range for a ceiling, else the value.
pub fn bound(t: &TargetTerms, rule: Rule) -> f64 {
    match rule {
        Rule::AtMost | Rule::FallAtMost => t.hi.unwrap_or(t.value),
        Rule::AtLeast | Rule::FallAtLeast => t.value,
    }
}

/// The result measured the way `rule` measures: a change signed by its
/// direction (a fall negative), then for a fall rule as a fall.
pub fn measured(rule: Rule, value: f64, direction: Option<Direction>) -> f64 {
    let signed = if direction == Some(Direction::Down) {
        -value
    } else {
        value
    };
    match rule {
        Rule::FallAtLeast | Rule::FallAtMost => -signed,
        Rule::AtLeast | Rule::AtMost => signed,
    }
}

/// The gap and the verdict of a result already in the target's unit and
/// measured the way the target's rule measures (see [`measured`]).
pub fn judge(t: &TargetTerms, measured: f64) -> (f64, Verdict) {
    let rule = rule(t);
    let gap = super::units::tidy(measured - bound(t, rule));
    let met = match rule {
        Rule::AtLeast | Rule::FallAtLeast => gap >= 0.0,
        Rule::AtMost | Rule::FallAtMost => gap <= 0.0,
    };
    let verdict = if met { Verdict::Met } else { Verdict::Missed };
    (gap, verdict)
}
