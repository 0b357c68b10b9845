//! Stock or flow: whether a quantity counts additions (`新增市场主体5.8万户`,
//! `比上年增加1.1万亿元`) rather than the level (`总量达24.8万户`).
//!
//! An indicator that is a flow by definition (`城镇新增就业`, `专项债券`
//! issued, `减税降费`) is its own total: its figures are [`Measure::Total`].

use crate::model::{Dimension, Kind, Measure, Qual};
use crate::quantities::Found;
use crate::words::has;

/// Words before a figure that make it a count of additions.
pub(super) const ADDITION_CUES: &[&str] = &[
    "新增",
    "净增",
    "新登记",
    "新认定",
    "新设立",
    "新设",
    "增量",
    "新增加",
    "新培育",
    "新引进",
    "新招引",
    "新发展",
    // Counted in the year: certified, fostered, applied for (`认定高新技术企业1200家`).
    "认定",
    "培育",
    "申报",
];

/// Words that make a figure after a count of additions the level reached
/// (`、总量达474万户`); a qualifier before the number (`、突破1900万户`) does too.
const STOCK_WORDS: &[&str] = &["达", "突破", "超", "总量", "总数", "累计", "共", "逾", "近"];

/// Indicators that are flows by definition: an addition is their level.
const FLOW_INDICATORS: &[&str] = &[
    "urban_new_jobs",
    "special_bonds",
    "tax_fee_cuts",
    "foreign_investment",
];

/// The measure of a quantity, from its clause (the text before it since the
/// previous figure or clause mark), its metric and its kind, and whether the
/// figure before it in the sentence counts additions: an enumeration goes on
/// counting them (`新增科技型中小企业7227家、高新技术企业3200家`).
pub(super) fn measure_of(
    f: &Found,
    clause: &str,
    metric: Option<&str>,
    metric_id: Option<&str>,
    kind: Option<Kind>,
    prev_added: bool,
) -> Measure {
    // An absolute change (`比上年增加1000亿元`) counts what was added, a rate
    // does not; even a flow's change is not its size.
    let absolute_change = kind == Some(Kind::Growth)
        && !matches!(f.mention.dimension, Dimension::Ratio | Dimension::Multiple);
    if absolute_change {
        return Measure::Added;
    }
    if metric_id.is_some_and(|id| FLOW_INDICATORS.contains(&id)) {
        return Measure::Total;
    }
    let named = |s: &str| ADDITION_CUES.iter().any(|c| has(s, c));
    let enumerated = prev_added
        && kind == Some(Kind::Amount)
        && clause.starts_with('、')
        && matches!(f.mention.qual, Qual::Exact | Qual::Approx)
        && !STOCK_WORDS.iter().any(|w| has(clause, w));
    if named(clause) || metric.is_some_and(named) || enumerated {
        Measure::Added
    } else {
        Measure::Total
    }
}
