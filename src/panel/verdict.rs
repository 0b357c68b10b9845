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
//! exactly 0 meets the target.
//!
//! **Near.** A target the report states as approximate (`左右`, `约`, `大约`:
//! [`Qual::Approx`]) that the result misses by no more than the
//! [`NearTolerance`] is [`Verdict::Near`] (接近目标), not missed: by default
//! 0.5 percentage points for a target in percent (growth rates, shares,
//! rates), and 1 % of the bound for any other unit (levels, counts,
//! multiples). A result that meets the target stays `met`; a target that is
//! not approximate (`以上`, `以内`, a range, a bare figure) is never `near`.

use crate::model::{Direction, Qual, Rule, Verdict};

/// Metrics whose targets are ceilings: the result must not exceed them.
pub const CEILING_METRICS: &[&str] = &["cpi", "unemployment_rate", "deficit_ratio"];

/// How far a result may miss an approximate target (`左右`, `约`) and still be
/// [`Verdict::Near`]. Zero (or a negative or non-finite value) turns `near`
/// off for that kind of unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NearTolerance {
    /// For a target in percent (`%`: growth rates, shares, rates): the
    /// allowance in percentage points. Default 0.5.
    pub points: f64,
    /// For a target in any other unit (a level, a count, a multiple): the
    /// allowance as a fraction of the bound (0.01 = 1 %). Default 0.01.
    pub relative: f64,
}

impl NearTolerance {
    /// The default tolerance: ±0.5 percentage points, ±1 % of a level.
    pub const DEFAULT: NearTolerance = NearTolerance {
        points: 0.5,
        relative: 0.01,
    };
    /// No tolerance: every miss is `missed` (the verdicts before `near`).
    pub const NONE: NearTolerance = NearTolerance {
        points: 0.0,
        relative: 0.0,
    };
}

impl Default for NearTolerance {
    fn default() -> Self {
        Self::DEFAULT
    }
}

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

/// How far an approximate target in `unit` with bound `bound` may be missed
/// and still be `near` (0 when the target is not approximate).
pub fn allowance(qual: Qual, unit: &str, bound: f64, tolerance: &NearTolerance) -> f64 {
    if qual != Qual::Approx {
        return 0.0;
    }
    let a = if unit == "%" {
        tolerance.points
    } else {
        tolerance.relative * bound.abs()
    };
    if a.is_finite() && a > 0.0 {
        a
    } else {
        0.0
    }
}

/// The gap and the verdict of a result already in the target's unit (`unit`)
/// and measured the way the target's rule measures (see [`measured`]).
pub fn judge(
    t: &TargetTerms,
    unit: &str,
    measured: f64,
    tolerance: &NearTolerance,
) -> (f64, Verdict) {
    let rule = rule(t);
    let limit = bound(t, rule);
    let gap = super::units::tidy(measured - limit);
    let met = match rule {
        Rule::AtLeast | Rule::FallAtLeast => gap >= 0.0,
        Rule::AtMost | Rule::FallAtMost => gap <= 0.0,
    };
    let room = allowance(t.qual, unit, limit, tolerance);
    // The gap is tidied to the figures' precision, so a miss of exactly the
    // allowance (5.5%左右 against 5.0%) compares equal, not a hair over.
    let verdict = if met {
        Verdict::Met
    } else if room > 0.0 && gap.abs() <= super::units::tidy(room) {
        Verdict::Near
    } else {
        Verdict::Missed
    };
    (gap, verdict)
}
