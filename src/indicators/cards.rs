//! The headline table behind the cards: per canonical indicator, the reviewed
//! year's level and growth beside the plan year's target.
//!
//! A slot shows a figure only when its metric, period and measure are certain:
//! the reviewed year's result (actual or estimate) of the whole year, a level
//! that is the total (never a count of additions), a growth that is a rate;
//! of several statements of the same fact the most precise (`62661亿元` over
//! `突破6万亿元`). The target slot is the indicator's entry in the targets, so
//! cards and the targets table always agree.

use super::{registry, Annotation};
use crate::model::{Dimension, HeadlineRow, Kind, Measure, Qual, Quantity, Status, Target};

/// Terms a report may use for an indicator that differ from its canonical
/// label and are worth showing as they are: older names, other statistics of
/// the same series.
const OWN_TERMS: &[(&str, &[&str])] = &[
    ("gdp", &["国内生产总值"]),
    ("unemployment_rate", &["城镇登记失业率"]),
    (
        "rural_disposable_income",
        &["农民人均纯收入", "农村居民人均纯收入", "农牧民人均纯收入"],
    ),
    (
        "urban_disposable_income",
        &["城镇居民人均可支配收入", "城市居民人均可支配收入"],
    ),
    ("market_entities", &["经营主体"]),
    (
        "general_budget_revenue",
        &["地方财政收入", "财政收入", "公共财政预算收入"],
    ),
    ("foreign_investment", &["实际利用外资"]),
];

/// The headline table, in registry order.
pub fn headline(
    quantities: &[Quantity],
    notes: &[Annotation],
    targets: &[Target],
    review_year: Option<i32>,
) -> Vec<HeadlineRow> {
    let mut rows = Vec::new();
    // Only the whole-year results of a canonical indicator can fill a slot.
    let results: Vec<(&Quantity, &Annotation)> = quantities
        .iter()
        .zip(notes)
        .filter(|(q, n)| {
            q.metric_id.is_some()
                && matches!(q.status, Some(Status::Actual | Status::Estimate))
                && !n.sub_period
        })
        .collect();
    for entry in registry::INDICATORS {
        let result = |growth: bool| {
            results
                .iter()
                .copied()
                .filter(|(q, n)| {
                    q.metric_id.as_deref() == Some(entry.id)
                        && matches!(q.status, Some(Status::Actual | Status::Estimate))
                        && q.year.is_some()
                        && q.year == review_year
                        && q.measure == Measure::Total
                        && !n.sub_period
                        // A figure without digits (`突破万亿元`) is too vague for a card.
                        && q.text.chars().any(|c| {
                            c.is_ascii_digit()
                                || ('\u{FF10}'..='\u{FF19}').contains(&c)
                                || crate::numbers::chinese_digit(c).is_some()
                        })
                        && if growth {
                            q.kind == Some(Kind::Growth)
                                && q.dimension == Dimension::Ratio
                                // A change in percentage points is a change of a
                                // rate (增幅回落5.4个百分点), not the indicator's growth.
                                && !q.unit.contains("百分点")
                                // A change measured from an earlier year than the
                                // year before spans several years.
                                && n.compared_with.is_none_or(|y| Some(y + 1) == review_year)
                        } else {
                            // A percentage-point figure is a difference, never a level.
                            matches!(q.kind, Some(Kind::Amount | Kind::Rate))
                                && level_dimension(entry.id).is_none_or(|d| d == q.dimension)
                                && q.dimension != Dimension::Duration
                                && !q.unit.contains("百分点")
                        }
                })
                .map(|(q, _)| q)
                .min_by_key(|q| (precision_rank(q.qual), q.id))
        };
        let level = result(false);
        let growth = result(true);
        // The indicator's target: a rate of growth first, then its level, and
        // an addition (`新认定…1300家`, shown as such) only when there is no
        // other; never an absolute change beside the size (`比上年增加1.1万亿元`).
        let target = targets
            .iter()
            .filter(|t| t.metric_id.as_deref() == Some(entry.id))
            .filter_map(|t| quantities.get(t.quantity_id as usize))
            .filter(|q| q.kind != Some(Kind::Growth) || q.dimension == Dimension::Ratio)
            .min_by_key(|q| (q.measure != Measure::Total, q.kind != Some(Kind::Growth)));
        if level.is_none() && growth.is_none() && target.is_none() {
            continue;
        }
        let term = [level, growth, target]
            .into_iter()
            .flatten()
            .filter_map(|q| q.metric.as_deref())
            .find_map(|m| own_term(entry.id, m))
            .filter(|t| *t != entry.label)
            .map(str::to_string);
        rows.push(HeadlineRow {
            metric_id: entry.id.to_string(),
            label: entry.label.to_string(),
            term,
            level: level.map(|q| q.id),
            growth: growth.map(|q| q.id),
            target: target.map(|q| q.id),
        });
    }
    rows
}

/// What an indicator's level is measured in, where that is fixed: a level
/// card in another dimension (`完成年计划的113.4%` for new jobs) is not the level.
fn level_dimension(id: &str) -> Option<Dimension> {
    Some(match id {
        "gdp"
        | "gdp_per_capita"
        | "industrial_value_added"
        | "services_value_added"
        | "fixed_asset_investment"
        | "retail_sales"
        | "general_budget_revenue"
        | "general_budget_expenditure"
        | "foreign_trade"
        | "exports"
        | "imports"
        | "foreign_investment"
        | "disposable_income"
        | "urban_disposable_income"
        | "rural_disposable_income"
        | "tax_fee_cuts"
        | "special_bonds"
        | "tourism_revenue" => Dimension::Currency,
        "urban_new_jobs" | "tourist_visits" => Dimension::People,
        "unemployment_rate" | "rd_intensity" | "deficit_ratio" | "cpi" => Dimension::Ratio,
        "grain_output" => Dimension::Mass,
        "high_tech_enterprises" | "market_entities" => Dimension::Count,
        _ => return None,
    })
}

/// The report's own term for an indicator in a metric phrase, if it is one to show.
fn own_term(id: &str, metric: &str) -> Option<&'static str> {
    OWN_TERMS
        .iter()
        .filter(|(i, _)| *i == id)
        .flat_map(|(_, terms)| terms.iter())
        .find(|t| metric.contains(*t))
        .copied()
}

/// How precisely a qualifier states a value: exact first, thresholds last.
fn precision_rank(q: Qual) -> u8 {
    match q {
        Qual::Exact => 0,
        Qual::Approx => 1,
        Qual::Range => 2,
        Qual::Near => 3,
        Qual::Over | Qual::AtLeast | Qual::AtMost => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_keeps_the_report_s_own_term() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "rural_disposable_income",
                "农民人均纯收入",
                Some("农民人均纯收入"),
            ),
            (
                "rural_disposable_income",
                "农村居民人均纯收入",
                Some("农村居民人均纯收入"),
            ),
            ("rural_disposable_income", "农村居民人均可支配收入", None),
            (
                "unemployment_rate",
                "年末城镇登记失业率",
                Some("城镇登记失业率"),
            ),
            ("unemployment_rate", "城镇调查失业率", None),
            ("gdp", "国内生产总值", Some("国内生产总值")),
            ("gdp", "地区生产总值", None),
            (
                "urban_disposable_income",
                "城市居民人均可支配收入",
                Some("城市居民人均可支配收入"),
            ),
        ];
        for (id, metric, want) in cases {
            assert_eq!(own_term(id, metric), *want, "{id} {metric}");
        }
    }
}
