//! The id of each figure: the steps that keep a figure from its phrase's id
//! (not its own value, a list of parts, a bare name of the figure before or
//! after a part) and those that give or change it (the members of a shared
//! figure, bare `投资` in the targets list, `经济增长`, a total before its
//! part).

use super::lists::Members;
use super::subject::GROWTH_WORDS;
use super::{after_last_mark, names_a_part, NameStep, Run};
use crate::indicators::clause::ClauseInfo;
use crate::indicators::Annotation;
use crate::model::{Dimension, Direction, Kind};
use crate::words::{ends, has, starts};

/// What the steps of a run decided for all its figures.
pub(super) struct Named<'a> {
    /// The run's phrase and the step that gave it.
    pub(super) base: Option<&'a (String, NameStep)>,
    /// The phrase of each item of a list (used when there is one per item).
    pub(super) parts: &'a [String],
    /// The step that gave `parts` (`list-split`, `second-list`, `after-named`).
    pub(super) parts_step: NameStep,
    /// The items of the list are parts ([`super::lists::list_of_parts`]).
    pub(super) all_parts: bool,
    /// The members of a subject list sharing the run's one figure.
    pub(super) shared: Option<&'a Members>,
    /// The run's bare name belongs to the figure before ([`belongs_to_prev`]).
    pub(super) belongs_to_prev: bool,
    /// The run has no phrase of its own and takes the metric before.
    pub(super) inherits: bool,
}

/// Names the figure `k` of the run: its metric phrase, its id, the step that
/// decided them, the year it compares with and the other ids of a shared
/// figure. `parts_of` records the figures read as a driven share.
/// (Kept out of line: inlined into the driver it made the wasm larger.)
#[inline(never)]
pub(super) fn name_figure(
    r: &Run,
    l: &Named,
    k: usize,
    notes: &mut [Annotation],
    parts_of: &mut [bool],
) {
    let (i, n) = (r.i, r.len());
    let (text, found) = (r.text, r.found);
    let base_step = l.base.map_or(NameStep::None, |b| b.1);
    let (mut metric, mut step) = if l.parts.len() == n && n > 1 {
        let part = &l.parts[k - i];
        let split_as_is =
            l.parts_step == NameStep::ListSplit && l.base.is_some_and(|b| b.0 == *part);
        (
            Some(part.clone()),
            if split_as_is { base_step } else { l.parts_step },
        )
    } else {
        (l.base.map(|b| b.0.clone()), base_step)
    };
    // A ratio named as a growth (`8%的国内生产总值增长目标`) is a change.
    if notes[k].kind == Some(Kind::Rate)
        && metric
            .as_deref()
            .is_some_and(|m| GROWTH_WORDS.iter().any(|w| ends(m, w)))
    {
        notes[k].kind = Some(Kind::Growth);
        notes[k].direction = Some(Direction::Up);
    }
    let kind = notes[k].kind;
    let wide = wide_clause(text, &r.clauses[k]);
    let from = if k > 0 && found[k - 1].sentence == found[k].sentence {
        found[k - 1].mention.range.end
    } else {
        found[k].sentence.start
    };
    let before = text.get(from..found[k].mention.range.start).unwrap_or("");
    let figure = Figure {
        wide: &wide,
        before,
        dimension: found[k].mention.dimension,
        unit: &found[k].mention.unit,
        inherits: l.inherits,
        after_a_share: k > 0 && parts_of[k - 1],
    };
    let other = not_own_value(&figure);
    parts_of[k] = other == Some(NameStep::Driven);
    let measurable = !l.all_parts && !l.belongs_to_prev && other.is_none();
    if l.all_parts {
        step = NameStep::ListOfParts;
    } else if l.belongs_to_prev {
        step = NameStep::BelongsToPrev;
    } else if let Some(o) = other {
        step = o;
    }
    // Step `after-part`: a bare name listed after a part (`农产品网络零售额、
    // 出口额`) shares its owner.
    let after_part = k > i
        && l.parts.len() == n
        && notes[i].metric_id.is_none()
        && BARE_NAMES.contains(&l.parts[k - i].as_str());
    if after_part && measurable {
        step = NameStep::AfterPart;
    }
    let mut id = metric
        .as_deref()
        .filter(|_| measurable && !after_part)
        .and_then(|m| r.namer.lookup(m, kind));
    let mut also = Vec::new();
    if let Some(ms) = l.shared.filter(|_| measurable) {
        // Step `shared`: a member that is a name by itself keeps it
        // (`游客人数、旅游收入`).
        let ids: Vec<(&String, &'static str)> =
            ms.0.iter()
                .filter_map(|(raw, headed)| {
                    // …unless the list shares a tail it lacks (`…企业、…企业贷款`).
                    let by_itself = (!ms.1)
                        .then(|| r.namer.lookup(raw, kind).map(|id| (raw, id)))
                        .flatten();
                    by_itself.or_else(|| r.namer.lookup(headed, kind).map(|id| (headed, id)))
                })
                .collect();
        if let Some(&(m, first)) = ids.first() {
            if id.is_none() {
                id = Some(first);
                metric = Some(m.clone());
                step = NameStep::Shared;
            }
            also = ids
                .iter()
                .filter(|&&(_, x)| Some(x) != id)
                .map(|&(m, x)| (x, m.clone()))
                .collect();
            if !also.is_empty() {
                step = NameStep::Shared;
            }
        }
    }
    if id.is_none() && notes[k].in_target_list {
        if let Some(t) = target_investment(r, metric.as_deref(), kind) {
            id = Some(t);
            step = NameStep::TargetInvestment;
        }
    }
    // Step `economy-growth`: `经济增长5%` reads better as that than as `经济`.
    let metric = match metric {
        Some(m) if m == "经济" && notes[k].kind == Some(Kind::Growth) => {
            step = NameStep::EconomyGrowth;
            Some("经济增长".to_string())
        }
        other => other,
    };
    let after = text
        .get(found[k].mention.range.end..found[k].sentence.end)
        .unwrap_or("");
    let id = match id {
        Some(_)
            if metric
                .as_deref()
                .is_some_and(|m| total_before_its_part(m, after)) =>
        {
            step = NameStep::TotalBeforePart;
            None
        }
        id => id,
    };
    notes[k].metric = metric.filter(|m| !m.is_empty());
    notes[k].metric_id = id;
    notes[k].metric_step = step;
    notes[k].compared_with = compared_year(r.clauses[k].clause);
    notes[k].also = also;
}

/// Bare names that, right after a figure of something else, belong to that
/// thing (`猕猴桃综合产值增长8.5%、出口增长53.6%`).
const BARE_NAMES: &[&str] = &[
    "出口",
    "进口",
    "投资",
    "外贸",
    "进出口",
    "收入",
    "出口额",
    "进口额",
    "投资额",
    "进出口额",
];

/// Step `belongs-to-prev`: a bare name ([`BARE_NAMES`]) right after a
/// figure of something that has no id, in the same clause run (no `，` or
/// `；` between), belongs to that thing (`猕猴桃综合产值增长8.5%、出口增长53.6%`).
pub(super) fn belongs_to_prev(r: &Run, notes: &[Annotation]) -> bool {
    let (i, info) = (r.i, r.info());
    r.same_sentence_prev
        && notes[i - 1].metric_id.is_none()
        && notes[i - 1].metric.is_some()
        && BARE_NAMES.contains(&info.subject)
        && r.text
            .get(
                r.found[i - 1].mention.range.end
                    ..info.clause_mark.max(r.found[i - 1].mention.range.end),
            )
            .is_some_and(|between| !between.contains('，') && !between.contains('；'))
}

/// The head a bare name of investment has (`投资`, `全社会投资`).
const INVESTMENT: &str = "投资";

/// Step `target-investment`: in the targets passage a bare `投资` (at most
/// four characters, not a part) is fixed-asset investment.
fn target_investment(r: &Run, metric: Option<&str>, kind: Option<Kind>) -> Option<&'static str> {
    let m = metric.filter(|m| ends(m, INVESTMENT) && m.chars().count() <= 4)?;
    if names_a_part(m) {
        return None;
    }
    r.namer
        .lookup(&format!("固定资产{}", m.trim_start_matches("全社会")), kind)
}

/// Names that, when the rest of their sentence goes on to a part after
/// `其中` (`财政收入100亿元，增长16%，其中地方财政收入50亿元`), are the total
/// with central taxes, not the indicator the bare name otherwise is; with
/// the words of the part.
const TOTAL_BEFORE_PART: &[(&str, &[&str])] = &[(
    "财政收入",
    &["地方", "一般预算", "一般公共预算", "公共财政预算"],
)];

/// Step `total-before-part`: is `metric` a name of [`TOTAL_BEFORE_PART`]
/// (bare: without the words of its part) that the rest of its sentence,
/// `after`, splits into a part?
fn total_before_its_part(metric: &str, after: &str) -> bool {
    TOTAL_BEFORE_PART.iter().any(|(name, part)| {
        ends(metric, name)
            && !part.iter().any(|w| has(metric, w))
            && crate::words::find(after, "其中")
                .and_then(|at| after.get(at..))
                .is_some_and(|rest| part.iter().any(|w| has(rest, w)))
    })
}

/// What [`not_own_value`] reads of a figure.
struct Figure<'a> {
    /// Its clause, with any quoted term inside it ([`wide_clause`]).
    wide: &'a str,
    /// The text from the figure before in its sentence (or the sentence start).
    before: &'a str,
    dimension: Dimension,
    unit: &'a str,
    /// It has no phrase of its own and takes the metric before.
    inherits: bool,
    /// The figure before it was read as a driven share.
    after_a_share: bool,
}

/// Words of a cause that drives a share (`带动`, `拉动`).
const DRIVE_CUES: &[&str] = &["带动", "拉动"];

/// Clause words that make a figure a comparison with another place or
/// period (`高于全国0.2个百分点`), never the indicator's own value.
const COMPARE_VERBS: &[&str] = &["高于", "低于", "快于", "慢于", "超出", "超过全国", "领先"];

/// Words that make an inherited ratio a share.
const SHARE_CUES: &[&str] = &["占", "份额", "比重", "计划的"];

/// Words that make a figure net of a part.
const NET_CUES: &[&str] = &["扣除"];

/// Steps `driven`, `duration`, `comparison`, `share`, `net-of`: is a figure
/// something other than its indicator's own value, and why (the step that
/// says so)? One table of cues per reason: what a cause drives
/// (`…带动进出口415.4亿元`) is its share of the whole; a time span measures
/// time; a comparison with another place or period (`高于全国0.2个百分点`); a
/// share of the indicator it inherits (`占全国份额从14%提升到15.5%`); a figure
/// net of a part (`扣除…因素后，…增长5%`).
fn not_own_value(f: &Figure) -> Option<NameStep> {
    let any = |text: &str, cues: &[&str]| cues.iter().any(|w| has(text, w));
    // An amount a cause drives is its share; a rate it drives is the
    // whole's (`带动一般公共预算收入增长6.6%`), unless it follows a share.
    if (any(f.wide, DRIVE_CUES) && f.dimension != Dimension::Ratio)
        || (f.inherits && f.after_a_share)
    {
        return Some(NameStep::Driven);
    }
    if f.dimension == Dimension::Duration {
        return Some(NameStep::Duration);
    }
    if any(f.wide, COMPARE_VERBS) || (f.unit.contains("百分点") && has(f.wide, "全国")) {
        return Some(NameStep::Comparison);
    }
    if f.inherits && f.dimension == Dimension::Ratio && any(f.wide, SHARE_CUES) {
        return Some(NameStep::Share);
    }
    any(f.before, NET_CUES).then_some(NameStep::NetOf)
}

/// The year a clause compares with (`比2002年增长`, `较2010年`), if it names one.
fn compared_year(clause: &str) -> Option<i32> {
    let at = crate::words::find(clause, "比").or_else(|| crate::words::find(clause, "较"))?;
    let rest = clause.get(at + "比".len()..)?;
    let mut digits = rest.get(..4)?.bytes();
    let year = digits.try_fold(0i32, |y, b| {
        b.is_ascii_digit().then(|| y * 10 + i32::from(b - b'0'))
    })?;
    starts(rest.get(4..)?, "年").then_some(year)
}

/// The clause marks (`，；：。` and their ASCII forms).
const CLAUSE_MARKS: &[char] = &['，', '；', '：', '。', ',', ';', ':'];

/// A clause with any quoted term inside it (`高于“十三五”时期`): the text from
/// the last clause mark that is not a quote.
fn wide_clause<'a>(text: &'a str, info: &ClauseInfo<'a>) -> std::borrow::Cow<'a, str> {
    let Some(before) = text.get(..info.clause_mark) else {
        return info.clause.into();
    };
    if !before.ends_with(['“', '”']) {
        return info.clause.into();
    }
    let from = after_last_mark(before, 32, CLAUSE_MARKS).unwrap_or(info.clause_mark);
    format!("{}{}", before.get(from..).unwrap_or(""), info.clause).into()
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn a_total_is_known_by_the_part_after_it() {
        // (metric, rest of the sentence, is the total)
        let cases: &[(&str, &str, bool)] = &[
            ("财政收入", "，增长16%，其中地方财政收入50亿元", true),
            (
                "财政收入",
                "，增长10.1%，其中地方一般预算收入8.08亿元",
                true,
            ),
            ("全市财政收入", "，其中，地方一般预算收入完成4.2亿元", true),
            ("财政收入", "，增长12%", false),
            ("财政收入", "，地方财政收入增长8%", false),
            ("地方财政收入", "，其中地方一般预算收入8亿元", false),
            ("一般公共预算收入", "，其中税收收入300亿元", false),
        ];
        for (metric, after, want) in cases {
            assert_eq!(
                total_before_its_part(metric, after),
                *want,
                "{metric}{after}"
            );
        }
    }

    #[test]
    fn a_clause_names_the_year_it_compares_with() {
        let cases: &[(&str, Option<i32>)] = &[
            ("比2002年增长", Some(2002)),
            ("分别比2000年增长了", Some(2000)),
            ("较2010年", Some(2010)),
            ("比上年增长", None),
            ("比20万", None),
        ];
        for (clause, want) in cases {
            assert_eq!(compared_year(clause), *want, "{clause}");
        }
    }

    #[test]
    fn a_figure_that_is_not_its_indicator_s_own_value() {
        use Dimension::{Count, Currency, Duration, Ratio};
        // (clause, text before, dimension, unit, inherits, after a share, reason)
        type Case = (
            &'static str,
            &'static str,
            Dimension,
            &'static str,
            bool,
            bool,
        );
        let cases: &[(Case, Option<NameStep>)] = &[
            (
                ("带动进出口", "", Currency, "亿元", false, false),
                Some(NameStep::Driven),
            ),
            (
                ("带动一般公共预算收入增长", "", Ratio, "%", false, false),
                None,
            ),
            (("增长", "", Ratio, "%", true, true), Some(NameStep::Driven)),
            (
                ("高于全国", "", Ratio, "个百分点", true, false),
                Some(NameStep::Comparison),
            ),
            (
                ("比全国高", "", Ratio, "个百分点", true, false),
                Some(NameStep::Comparison),
            ),
            (
                ("占全国份额提升到", "", Ratio, "%", true, false),
                Some(NameStep::Share),
            ),
            (("占全国份额提升到", "", Ratio, "%", false, false), None),
            (
                ("增长", "，扣除价格因素后，", Ratio, "%", true, false),
                Some(NameStep::NetOf),
            ),
            (
                ("连续", "", Duration, "年", false, false),
                Some(NameStep::Duration),
            ),
            (("达到", "", Count, "家", false, false), None),
        ];
        for ((wide, before, dimension, unit, inherits, after_a_share), want) in cases {
            let f = Figure {
                wide,
                before,
                dimension: *dimension,
                unit,
                inherits: *inherits,
                after_a_share: *after_a_share,
            };
            assert_eq!(not_own_value(&f), *want, "{wide} {before}");
        }
    }
}
