//! Period scope: which period a quantity speaks of, hence its status and year.
//!
//! A report reviews one year and plans the next, and around both it speaks of
//! longer periods: a five-year plan just ended (`五年来`, `“十四五”时期`), a new
//! one (`“十五五”时期`, `到2030年`), sub-periods of the year (`三季度`). The
//! scope is read in three layers, each overriding the one above:
//! 1. **paragraph**: the part it stands in (review or plan), a paragraph that
//!    opens a multi-year review (`这五年，…`) and the run of paragraphs after
//!    it, a plan paragraph that outlines the new five-year period;
//! 2. **sentence**: a period named in the sentence before the figure;
//! 3. **clause**: a year named right before the figure, averages and totals over
//!    years (`年均`, `每年`, `累计`), a starting point (`从A提高到B`), thresholds
//!    crossed over the period (`迈上…台阶`).
//!
//! Status and year follow the schema's rules: goals of a future period are
//! targets (levels with the period's end year, changes with none); figures of
//! a past period are context (no year), except an end point reached in the
//! reviewed year (actual) and a starting point (context, the start year).

use super::clause::{ClauseInfo, PARTS_OF_THE_YEAR};
use super::measure::ADDITION_CUES;
use super::{window_end, window_start, Annotation};
use crate::model::{Kind, SectionLevel, Status};
use crate::quantities::Found;
use crate::structure::text::{byte_after_chars, five_year_plan_end, without_salutation};
use crate::structure::Document;
use crate::words::{has, offsets, starts, strip_start, Scan, Words};

/// The period a stretch of text speaks of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Scope {
    /// The reviewed year in the review part, the plan year in the plan part.
    Year,
    /// A multi-year period that ended with the reviewed year (five-year review).
    PastPeriod,
    /// A period after the plan year: a new five-year plan, 2030, 2035; with its
    /// end year when the text names it.
    FuturePeriod(Option<i32>),
}

/// Paragraph openers of a multi-year review.
const PAST_OPENERS: &[&str] = &[
    "过去的五年",
    "过去的5年",
    "五年来",
    "过去五年",
    "这五年",
    "过去5年",
    "五年间",
    "十年来",
    "过去十年",
    "三年来",
    "回顾五年",
];

/// Paragraph openers that bring the text back to one year.
const YEAR_OPENERS: &[&str] = &[
    "过去一年",
    "过去的一年",
    "一年来",
    "今年",
    "去年",
    "刚刚过去的一年",
];

/// Sentence cues of a past multi-year period (plan periods are read from
/// their number, see [`past_period_ending`]).
const PAST_CUES: &[&str] = &[
    "过去的五年",
    "五年来",
    "过去五年",
    "过去5年",
    "这五年",
    "五年间",
    "五年累计",
    "以来累计",
    "十年来",
    "三年来",
];

/// Cues of multi-year periods that only compare (`创近5年新高`), not scope.
const RECORD_WORDS: &[&str] = &["新高", "最高", "最好", "最快", "最低", "最多", "来最"];

/// Where a future period named without its end year ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FutureEnd {
    /// The next years counted from the plan year (`今后五年` in a 2022
    /// report: 2022–2026), however the five-year plans fall.
    Years(i32),
    /// The five-year plan after the plan year's own (`规划建议`).
    NextPlan,
    /// A year written out (`二〇三五年`).
    Year(i32),
}

/// Sentence cues of a future period whose end year the text does not give;
/// the first that a sentence has decides.
const FUTURE_CUES: &[(&str, FutureEnd)] = &[
    ("未来五年", FutureEnd::Years(5)),
    ("今后五年", FutureEnd::Years(5)),
    ("今后5年", FutureEnd::Years(5)),
    ("未来5年", FutureEnd::Years(5)),
    ("今后三年", FutureEnd::Years(3)),
    ("未来三年", FutureEnd::Years(3)),
    ("纲要（草案）", FutureEnd::NextPlan),
    ("规划建议", FutureEnd::NextPlan),
    ("二〇三五年", FutureEnd::Year(2035)),
    ("远景目标", FutureEnd::NextPlan),
];

/// The first of [`FUTURE_CUES`] a sentence has. The counted periods
/// (`今后五年`, `未来三年`) are looked for only after `今后` or `未来`: most
/// sentences have neither, and this runs on every sentence.
fn future_cue(s: &Scan) -> Option<FutureEnd> {
    let counted = s.has("今后") || s.has("未来");
    FUTURE_CUES
        .iter()
        .filter(|(_, end)| counted || !matches!(end, FutureEnd::Years(_)))
        .find(|(c, _)| s.has(c))
        .map(|&(_, end)| end)
}

/// Words that make a plan period's name a year of it (`“十一五”规划的第一年`,
/// `“十四五”收官之年`), not the period.
const YEAR_OF_A_PERIOD: &[&str] = &[
    "第一年",
    "第二年",
    "第三年",
    "第四年",
    "首年",
    "最后一年",
    "收官",
    "承上启下",
    "承前启后",
    "关键之年",
];

/// Cues that a sentence speaks of the plan year even when it names a plan period
/// (`今年是“十五五”开局之年`).
const PLAN_YEAR_CUES: &[&str] = &["开局", "起步之年", "今年", "明年"];

/// Clause cues of figures over several years: averages, per-year figures.
const MULTI_YEAR_CUES: &[&str] = &["年均", "每年", "年平均"];

/// Nouns after `年均` that name a yearly mean, not a span of years (`年均浓度`).
const YEARLY_NOUNS: &[&str] = &["浓度", "值", "气温", "降水", "降雨", "工资", "优良"];

/// Clause cues of totals over a period other than the year.
const TOTAL_CUES: &[&str] = &["累计"];

/// Words that keep a total within the year (`全年累计`, `1—11月累计`).
const WITHIN_YEAR_WORDS: &[&str] = &["全年", "今年", "本年", "当年", "年内", "月"];

/// Clause cues of totals over a span of years (`力争5年实际利用外资…`): read
/// from the clause mark, since the span itself is a quantity (`5年`).
const SPAN_CUES: &[&str] = &["五年", "5年"];

/// Words around a level that make it a threshold crossed, not the level reached.
const STEP_WORDS: &[&str] = &["台阶", "大关", "关口"];

/// Verbs that cross several thresholds in turn (`连跨5万亿元、6万亿元两个台阶`).
const STEPPING_VERBS: &[&str] = &["连跨", "接连", "相继", "先后", "连续跨越", "跨越"];

/// Verbs that keep a level through a period (`稳定在1100亿斤以上`): not an end point.
const KEPT_WORDS: &[&str] = &["稳定在", "保持在", "始终", "均保持", "持续保持"];

/// Clause cues of a sub-period of the year besides its parts
/// ([`PARTS_OF_THE_YEAR`]): its figures are not the year's.
const SUB_PERIOD_CUES: &[&str] = &["个月", "月份"];

/// Verbs of a change that ends at a level: the figure before them is a start.
const TO_LEVEL: &[&str] = &[
    "提高到",
    "提高至",
    "提升到",
    "提升至",
    "增加到",
    "增加至",
    "增长到",
    "增长至",
    "增至",
    "升至",
    "扩大到",
    "扩大至",
    "下降到",
    "下降至",
    "降低到",
    "降低至",
    "降至",
    "减少到",
    "减少至",
    "上升到",
    "上升至",
    "跃升至",
    "跃升到",
    "到",
    "至",
];

/// The reviewed and planned years of the report, and how the text names them.
#[derive(Debug, Clone)]
pub(super) struct Years {
    pub(super) review: Option<i32>,
    pub(super) plan: Option<i32>,
    /// `2024年`, or a text no report contains.
    review_label: String,
    /// `2025年`, or a text no report contains.
    plan_label: String,
}

impl Years {
    pub(super) fn of(doc: &Document) -> Self {
        let review = doc.meta.review_year.or(doc.meta.plan_year.map(|y| y - 1));
        let plan = doc.meta.plan_year.or(review.map(|y| y + 1));
        let label = |y: Option<i32>| y.map_or_else(|| "\u{0}".to_string(), |y| format!("{y}年"));
        Years {
            review,
            plan,
            review_label: label(review),
            plan_label: label(plan),
        }
    }
}

/// The scope of every paragraph, in document order, and whether its part is
/// titled as a past period (`一、过去五年工作回顾`) and still speaks of it:
/// a paragraph that opens on the reviewed year (`刚刚过去的2016年，…`) turns
/// the rest of the part to the year.
pub(super) fn paragraph_scopes(text: &str, doc: &Document, years: &Years) -> Vec<(Scope, bool)> {
    let mut out = Vec::with_capacity(doc.paragraphs.len());
    let mut run = false;
    // The part is titled as a past period; it still speaks of it (until a
    // look back on the year, and again after a new multi-year opener).
    let mut part_titled_past = false;
    let mut part_past = false;
    let mut part_future: Option<Option<i32>> = None;
    let mut prev_start = 0usize;
    let mut h = 0usize;
    for p in &doc.paragraphs {
        // A part or section heading between two paragraphs ends a run; one
        // that titles a past period starts one.
        while h < doc.headings.len() && doc.headings[h].range.start <= p.range.start {
            let heading = &doc.headings[h];
            // Dash items (`——…`) enumerate what the paragraph before opened.
            if heading.range.start >= prev_start
                && matches!(heading.level, SectionLevel::Part | SectionLevel::Section)
                && heading.label != "——"
            {
                // A section of a part on a past period stays in that period.
                if heading.level == SectionLevel::Part {
                    part_titled_past = titles_a_past_period(&heading.title, years);
                    part_past = part_titled_past;
                }
                run = part_past || titles_a_past_period(&heading.title, years);
            }
            // A part on the new five-year period (`二、“十五五”时期目标任务`).
            if heading.range.start >= prev_start && heading.level == SectionLevel::Part {
                part_future = future_period(&CUE_WORDS.scan(&heading.title), years);
            }
            h += 1;
        }
        prev_start = p.range.start;
        let in_plan = doc.plan_start.is_some_and(|s| p.range.start >= s);
        let head_end = window_end(text, p.range.start, p.range.end.min(p.range.start + 96));
        let head = text.get(p.range.start..head_end).unwrap_or("");
        // A paragraph outlines a future period when its opening says so
        // (`《纲要（草案）》明确了…主要指标：`, `“十五五”时期…主要目标是`).
        let first = CUE_WORDS.scan(
            text.get(
                p.range.start
                    ..window_end(text, p.range.start, p.range.end.min(p.range.start + 120)),
            )
            .unwrap_or(""),
        );
        let first = &first;
        if let Some(end) = part_future {
            let plan_year = first.has(&years.plan_label) || first.any(PLAN_YEAR_CUES);
            out.push((
                if plan_year {
                    Scope::Year
                } else {
                    Scope::FuturePeriod(end)
                },
                false,
            ));
            continue;
        }
        if in_plan {
            run = false;
            out.push((
                match future_period(first, years) {
                    Some(end) => Scope::FuturePeriod(end),
                    None => Scope::Year,
                },
                false,
            ));
            continue;
        }
        // In the review part, the plan period under way (`“十三五”规划顺利实施`
        // in a report on 2016) is not a future one.
        if let Some(end) =
            future_period(first, years).filter(|_| !names_current_plan(first.text(), years))
        {
            out.push((Scope::FuturePeriod(end), false));
            continue;
        }
        // The opening sentences, after a salutation (`各位代表！`): a paragraph
        // may open on the year and turn to the period (`2025年是“十四五”收官之年。五年来，…`).
        let openings = p.sentences.iter().take(3).filter_map(|s| {
            let s = text.get(s.start..window_end(text, s.start, s.end))?;
            Some(without_salutation(s))
        });
        let head = without_salutation(head);
        if openings.chain(std::iter::once(head)).any(|o| {
            PAST_OPENERS.iter().any(|c| starts(o, c))
                || opens_on_past_years(o)
                || opens_on_past_plan(o, years)
        }) {
            run = true;
            // `六年来，我们主要做了以下工作：` takes the part back to the period.
            part_past = part_titled_past;
        } else if YEAR_OPENERS.iter().any(|c| starts(head, c)) || opens_on_year(head, years) {
            run = false;
            // A look back on the year itself (`刚刚过去的2016年，…`) turns the
            // rest of a part on the past period to the year.
            part_past &= !turns_to_the_year(head, years);
        }
        out.push((if run { Scope::PastPeriod } else { Scope::Year }, part_past));
    }
    out
}

/// Openings that look back on the reviewed year after a multi-year review
/// (`刚刚过去的一年`, `刚刚过去的2016年`: with the year's label; and
/// `2017年是…收官之年`).
const TURNS_TO_THE_YEAR: &[&str] = &["刚刚过去的", "过去的一年", "过去一年", "一年来"];

/// Does a paragraph open on a look back on the reviewed year ([`TURNS_TO_THE_YEAR`])?
fn turns_to_the_year(head: &str, years: &Years) -> bool {
    // `2017年是第三届市人民政府工作的收官之年。`
    let year_is = strip_start(head, &years.review_label).is_some_and(|rest| starts(rest, "是"));
    year_is
        || TURNS_TO_THE_YEAR.iter().any(|c| {
            strip_start(head, c).is_some_and(|rest| {
                *c != "刚刚过去的" || starts(rest, "一年") || starts(rest, &years.review_label)
            })
        })
}

/// Does a text name the five-year plan under way in the reviewed year
/// (`“十三五”` in a report on 2016: 2016–2020)?
fn names_current_plan(s: &str, years: &Years) -> bool {
    five_year_plan_end(s).is_some_and(|end| years.review.is_some_and(|r| end - 4 <= r && r < end))
}

/// Does a part or section title name a past period only (`“十四五”时期工作回顾`,
/// `过去五年工作回顾`), not the reviewed year with it?
fn titles_a_past_period(title: &str, years: &Years) -> bool {
    let names_review_year = has(title, &years.review_label);
    let past_plan =
        five_year_plan_end(title).is_some_and(|end| years.review.is_some_and(|r| end <= r));
    !names_review_year && (past_plan || has(title, "五年") || past_years_at(title).next().is_some())
}

/// Does a paragraph open on a past plan period (`“十四五”时期，…`)?
fn opens_on_past_plan(head: &str, years: &Years) -> bool {
    let Some(rest) = head.strip_prefix('“') else {
        return false;
    };
    let opening = rest.get(..byte_after_chars(rest, 12)).unwrap_or(rest);
    five_year_plan_end(head).is_some_and(|end| years.review.is_some_and(|r| end <= r))
        && ["时期", "期间", "以来"].iter().any(|w| has(opening, w))
}

/// Does a paragraph open on the reviewed year (`2024年，…`, `刚刚过去的2025年，…`)?
fn opens_on_year(head: &str, years: &Years) -> bool {
    let opening = head.get(..window_end(head, 0, 24)).unwrap_or(head);
    has(opening, &years.review_label) && !has(opening, "五年")
}

/// Does a sentence speak of a period after the plan year? Gives its end year
/// when the text names one (`到2030年`, `“十五五”` → 2030).
fn future_period(s: &Scan, years: &Years) -> Option<Option<i32>> {
    let plan = years.plan?;
    if s.any(PLAN_YEAR_CUES) || s.has(&years.plan_label) || s.any(YEAR_OF_A_PERIOD) {
        return None;
    }
    if let Some(end) = five_year_plan_end(s.text()).filter(|&end| end > plan) {
        return Some(Some(end));
    }
    if let Some(y) = years_named(s.text()).find(|&y| y > plan && y <= plan + 30) {
        return Some(Some(y));
    }
    // Unnamed, the period is the next five-year plan's (2026 → 2030).
    let next_end = match plan + (5 - plan.rem_euclid(5)) % 5 {
        end if end == plan => plan + 5,
        end => end,
    };
    future_cue(s).map(|end| {
        Some(match end {
            FutureEnd::Years(n) => plan + n - 1,
            FutureEnd::NextPlan => next_end,
            FutureEnd::Year(y) => y,
        })
    })
}

/// Words before a count of years that make it a past span (`过去四年`, `这三年`).
const PAST_SPAN_BEFORE: &[&str] = &["过去的", "过去", "这", "回顾"];

/// Words after a count of years that make it a past span (`四年来`, `五年间`).
const PAST_SPAN_AFTER: &[&str] = &["来", "间"];

/// Where a past span of two or more years is named in `s` (`过去的四年`,
/// `三年来`, `这5年`): the byte offset of its first character.
fn past_years_at(s: &str) -> impl Iterator<Item = usize> + '_ {
    s.match_indices('年').filter_map(move |(at, _)| {
        let head = s.get(..at)?;
        // The count: one or two numeral characters right before 年, not the
        // tail of a longer number (`2025年`).
        let numeral =
            |c: char| c.is_ascii_digit() || c == '两' || crate::structure::text::is_cn_numeral(c);
        let last = head.chars().next_back().filter(|&c| numeral(c))?;
        let one = head.len() - last.len_utf8();
        let count_at = match head.get(..one)?.chars().next_back() {
            Some(c) if numeral(c) => one - c.len_utf8(),
            _ => one,
        };
        if head
            .get(..count_at)?
            .chars()
            .next_back()
            .is_some_and(numeral)
        {
            return None;
        }
        let n = match head.get(count_at..)? {
            "两" => 2,
            d => crate::structure::text::parse_small_number(d)?,
        };
        if !(2..=30).contains(&n) {
            return None;
        }
        let before = head.get(..count_at)?;
        let after = s.get(at + '年'.len_utf8()..)?;
        if let Some(p) = PAST_SPAN_BEFORE.iter().find(|p| before.ends_with(*p)) {
            return Some(count_at - p.len());
        }
        PAST_SPAN_AFTER
            .iter()
            .any(|w| after.starts_with(w))
            .then_some(count_at)
    })
}

/// Does a paragraph or sentence open on a past span of years (`过去四年，…`)?
fn opens_on_past_years(s: &str) -> bool {
    past_years_at(s).next() == Some(0)
}

/// Does a sentence speak of a past multi-year period?
fn past_period(s: &str, years: &Years) -> bool {
    past_period_ending(&CUE_WORDS.scan(s), years, five_year_plan_end(s))
}

/// [`past_period`], given the end of the plan period the sentence names.
fn past_period_ending(s: &Scan, years: &Years, plan_end: Option<i32>) -> bool {
    let cue = s.any(PAST_CUES) || past_years_at(s.text()).next().is_some();
    let plan = plan_end.is_some_and(|end| years.review.is_some_and(|r| end <= r))
        && ["时期", "期间", "以来"].iter().any(|w| s.has(w));
    let recent = RECENT.iter().any(|c| {
        s.has(c)
            && offsets(s.text(), c)
                .any(|at| !is_record(s.text().get(at + c.len()..).unwrap_or_default()))
    });
    cue || plan || recent
}

/// Does the text right after a period phrase make it a record (`新高`)?
fn is_record(after: &str) -> bool {
    let head = after.get(..window_end(after, 0, 12)).unwrap_or(after);
    RECORD_WORDS.iter().any(|w| has(head, w))
}

/// The four-digit years named in a text (`2030年`).
fn years_named(s: &str) -> impl Iterator<Item = i32> + '_ {
    let b = s.as_bytes();
    s.match_indices('年').filter_map(move |(at, _)| {
        let four = at >= 4
            && b[at - 4..at].iter().all(u8::is_ascii_digit)
            && (at == 4 || !b[at - 5].is_ascii_digit());
        four.then(|| s.get(at - 4..at).and_then(|d| d.parse::<i32>().ok()))
            .flatten()
    })
}

/// Cues of a recent multi-year period (`近五年`), unless a record (`创近5年新高`).
const RECENT: &[&str] = &["近五年", "近5年", "近十年", "近10年"];

/// The words of [`FUTURE_CUES`].
const FUTURE_WORDS: [&str; FUTURE_CUES.len()] = {
    let mut out = [""; FUTURE_CUES.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = FUTURE_CUES[i].0;
        i += 1;
    }
    out
};

/// The cue words of the period and sentence checks, found in a text in one
/// pass ([`Words::scan`]); a word missing here is still searched for, only
/// more slowly.
static CUE_WORDS: Words = Words::new(&[
    PLAN_YEAR_CUES,
    PAST_CUES,
    RECENT,
    YEAR_OF_A_PERIOD,
    &FUTURE_WORDS,
    &["今后", "未来", "时期", "期间", "以来"],
]);

/// Which period cues a whole sentence has, read once per sentence: a check on
/// the text before one of its figures can only find what the whole sentence
/// has, so most figures skip the checks.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct SentenceCues {
    /// The sentence may speak of a future period.
    future: bool,
    /// It may speak of a past multi-year period.
    past: bool,
    /// It names the plan year or a plan-year cue.
    plan_year: bool,
    /// It names a four-digit year.
    named: bool,
}

impl SentenceCues {
    /// Reads the cues of a sentence (its first 8 KiB).
    pub(super) fn of(text: &str, sentence: &std::ops::Range<usize>, years: &Years) -> Self {
        let end = window_end(
            text,
            sentence.start,
            sentence.end.min(sentence.start + 8192),
        );
        let s = CUE_WORDS.scan(text.get(sentence.start..end).unwrap_or(""));
        let plan_year = s.any(PLAN_YEAR_CUES) || s.has(&years.plan_label);
        let plan_end = five_year_plan_end(s.text());
        let named = years_named(s.text()).next().is_some();
        let future = years.plan.is_some_and(|plan| {
            plan_end.is_some_and(|e| e > plan)
                || (named && years_named(s.text()).any(|y| y > plan))
                || future_cue(&s).is_some()
        });
        SentenceCues {
            future,
            past: past_period_ending(&s, years, plan_end),
            plan_year,
            named,
        }
    }
}

/// What the layers above the clause say of a quantity.
#[derive(Debug, Clone, Copy)]
pub(super) struct Place {
    /// In the main-targets passage.
    pub(super) in_target_list: bool,
    /// In the plan part.
    pub(super) in_plan: bool,
    /// The paragraph's scope.
    pub(super) paragraph: Scope,
    /// The paragraph's part is titled as a past period and still speaks of it
    /// (see [`paragraph_scopes`]).
    pub(super) in_past_part: bool,
    /// The report has a plan part that structure found.
    pub(super) has_plan_part: bool,
    /// The sentence, or a short lead sentence right before it, looks back on
    /// the reviewed year (`过去一年，…。国内生产总值增长10.3%…`).
    pub(super) looks_back: bool,
    /// The cues its whole sentence has.
    pub(super) cues: SentenceCues,
}

/// Does a sentence open on a look back at the reviewed year?
pub(super) fn opens_a_look_back(sentence: &str) -> bool {
    YEAR_OPENERS
        .iter()
        .filter(|c| !matches!(**c, "今年"))
        .any(|c| starts(sentence.trim_start(), c))
}

/// What the period pass decides for one quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Period {
    pub(super) status: Status,
    pub(super) year: Option<i32>,
    /// The figure is of a sub-period of the year (`三季度`, `1—11月`).
    pub(super) sub_period: bool,
    /// The name of the step of [`status_of`] that decided.
    pub(super) step: &'static str,
}

/// What the steps of [`status_of`] read of one quantity, computed once.
struct Reading<'a> {
    text: &'a str,
    f: &'a Found,
    info: &'a ClauseInfo<'a>,
    kind: Kind,
    years: &'a Years,
    place: Place,
    prev: Option<(&'a Annotation, &'a ClauseInfo<'a>)>,
    /// The sentence before the figure, at most [`super::CONTEXT_BYTES`] back.
    before: &'a str,
    /// The clause before the figure ([`clause_before`]).
    clause: &'a str,
    /// The whole sentence before the figure.
    sentence_before: &'a str,
    /// The figure is estimated (`预计`), else done: its status as a result.
    done: Status,
    estimate: bool,
    /// The period the figure's place and sentence speak of.
    scope: Scope,
    /// The figure stands among goals: the plan part, the targets passage, a future period.
    planning: bool,
    /// The year named right before the figure.
    named: Option<NamedYear>,
}

/// A step's decision: status and year.
type Decision = Option<(Status, Option<i32>)>;

/// Status and year of a quantity: the decision of the first of its steps
/// (`span-unit`, `list-item`, `over-years`, `named-year`, `last-year`,
/// `future-period`, `past-period`, `the-year`) that decides.
pub(super) fn status_of(
    text: &str,
    f: &Found,
    info: &ClauseInfo,
    kind: Kind,
    years: &Years,
    place: Place,
    prev: Option<(&Annotation, &ClauseInfo)>,
) -> Period {
    let from = window_start(text, f.sentence.start, f.mention.range.start);
    let before = text.get(from..f.mention.range.start).unwrap_or("");
    let since = info
        .prev_end
        .map_or(0, |e| e.saturating_sub(from).min(before.len()));
    let since = (since..=before.len())
        .find(|&i| before.is_char_boundary(i))
        .unwrap_or(before.len());
    let clause = clause_before(before, since);
    let sub_period = PARTS_OF_THE_YEAR
        .iter()
        .chain(SUB_PERIOD_CUES)
        .any(|c| has(clause, c))
        || names_months(clause);
    let sentence_before = text
        .get(f.sentence.start..f.mention.range.start)
        .unwrap_or_default();
    let estimate = info.estimate;
    // The steps that need no scope first: most list items decide here.
    let early = named_step("span-unit", span_unit(f))
        .or_else(|| named_step("list-item", list_item(info, prev)));
    if let Some((step, status, year)) = early {
        return Period {
            status,
            year,
            sub_period,
            step,
        };
    }
    let scope = scope_of(before, years, place);
    let reading = Reading {
        text,
        f,
        info,
        kind,
        years,
        place,
        prev,
        before,
        clause,
        sentence_before,
        done: if estimate {
            Status::Estimate
        } else {
            Status::Actual
        },
        estimate,
        scope,
        planning: place.in_plan || place.in_target_list || matches!(scope, Scope::FuturePeriod(_)),
        named: place
            .cues
            .named
            .then(|| named_year(before.get(since..).unwrap_or(before)))
            .flatten(),
    };
    // The steps, in order: the first that decides wins; `the_year` always does.
    // (Direct calls, not a table of function pointers: each is inlined.)
    let r = &reading;
    let named = named_step;
    let (step, status, year) = named("over-years", over_years(r))
        .or_else(|| named("named-year", named_year_step(r)))
        .or_else(|| named("last-year", last_year(r)))
        .or_else(|| named("future-period", future_scope(r)))
        .or_else(|| named("past-period", past_scope(r)))
        .or_else(|| named("the-year", the_year(r)))
        .unwrap_or(("none", Status::Actual, years.review));
    Period {
        status,
        year,
        sub_period,
        step,
    }
}

/// The period a figure's sentence speaks of: the targets passage and a
/// sentence on the plan or reviewed year speak of the year; else a future or
/// past period the sentence names before the figure; else the paragraph's.
fn scope_of(before: &str, years: &Years, place: Place) -> Scope {
    let cues = place.cues;
    let plan_year_named = cues.plan_year
        && (PLAN_YEAR_CUES.iter().any(|c| has(before, c)) || has(before, &years.plan_label));
    // A sentence that names the reviewed year (`2012年，…`).
    let review_year_named = cues.named
        && years.review.is_some()
        && named_year(before).is_some_and(|n| n == NamedYear::One(years.review.unwrap_or(0)));
    match place.paragraph {
        _ if place.in_target_list || plan_year_named || review_year_named => Scope::Year,
        // A year the sentence names before the figure ends the period
        // (`今后五年，…到2026年，…`).
        Scope::FuturePeriod(end) => Scope::FuturePeriod(
            cues.future
                .then(|| future_period(&CUE_WORDS.scan(before), years))
                .flatten()
                .unwrap_or(end),
        ),
        paragraph => match cues
            .future
            .then(|| future_period(&CUE_WORDS.scan(before), years))
            .flatten()
        {
            Some(end) => Scope::FuturePeriod(end),
            None if cues.past && past_period(before, years) => Scope::PastPeriod,
            None => paragraph,
        },
    }
}

/// A step's decision with the step's name.
fn named_step(step: &'static str, d: Decision) -> Option<(&'static str, Status, Option<i32>)> {
    d.map(|(status, year)| (step, status, year))
}

/// A span of years as the unit (`5年`, `连续12年`) is context.
fn span_unit(f: &Found) -> Decision {
    f.mention
        .unit
        .ends_with('年')
        .then_some((Status::Context, None))
}

/// A list item with no subject of its own shares the period of the item before.
fn list_item(info: &ClauseInfo, prev: Option<(&Annotation, &ClauseInfo)>) -> Decision {
    if !info.list_continuation || !info.subject.is_empty() {
        return None;
    }
    let (p, _) = prev?;
    Some((p.status?, p.year))
}

/// Averages and per-year figures (`年均`, `每年`), totals over a period
/// other than the year (`累计`, `5年`), changes on an earlier time
/// (`比“十五”末`) and spans of years (`2021—2025年`): goals of a plan
/// (no year), or background.
fn over_years(r: &Reading) -> Decision {
    let clause = r.clause;
    let averaged = MULTI_YEAR_CUES.iter().any(|c| {
        offsets(clause, c).any(|at| {
            let after = clause.get(at + c.len()..).unwrap_or("");
            !YEARLY_NOUNS.iter().any(|n| starts(after, n))
        })
    });
    let totalled = r.scope != Scope::Year
        && (TOTAL_CUES.iter().any(|c| names_cue(clause, c))
            || SPAN_CUES
                .iter()
                .any(|c| names_cue(clause_before(r.before, 0), c)));
    // A change summed up (`能耗累计下降17.3%`) spans years in any scope,
    // unless the clause names the year or its months (`全年累计增长6.7%`).
    let summed_change = r.kind == Kind::Growth
        && TOTAL_CUES.iter().any(|c| names_cue(clause, c))
        && !WITHIN_YEAR_WORDS.iter().any(|w| has(clause, w));
    let span = matches!(r.named, Some(NamedYear::Span(_)));
    if !(averaged || totalled || summed_change || span || compares_with_an_earlier_time(r.before)) {
        return None;
    }
    let future_span =
        matches!(r.named, Some(NamedYear::Span(end)) if r.years.plan.is_some_and(|p| end > p));
    Some(
        if (r.planning && r.scope != Scope::PastPeriod) || future_span {
            (Status::Target, None)
        } else {
            (Status::Context, None)
        },
    )
}

/// An explicit year before the number decides the period; a year named
/// before an earlier figure of the sentence belongs to that one
/// (`从2020年的82.4岁提升至83.9岁`).
fn named_year_step(r: &Reading) -> Decision {
    let Some(NamedYear::One(y)) = r.named else {
        return None;
    };
    Some(match (r.years.review, r.years.plan) {
        (_, Some(p)) if y == p => (Status::Target, Some(y)),
        (Some(ry), _) if y == ry => (r.done, Some(y)),
        (_, Some(p)) if y > p => (Status::Target, Some(y)),
        _ => (Status::Context, Some(y)),
    })
}

/// Last year's figure quoted (`赤字率从去年的2.1%`).
fn last_year(r: &Reading) -> Decision {
    r.info.last_year.then_some((r.done, r.years.review))
}

/// Goals of a future period: levels with its end year, changes with none;
/// the start of `从A提高到B` is the reviewed year's level.
fn future_scope(r: &Reading) -> Decision {
    let Scope::FuturePeriod(end) = r.scope else {
        return None;
    };
    if r.kind != Kind::Growth && is_start_point(r.text, r.f) {
        return Some((Status::Context, r.years.review));
    }
    let year = if r.kind == Kind::Growth { None } else { end };
    Some((Status::Target, year))
}

/// Figures of a past multi-year period are context, except a change on the
/// year before (`同比`), an estimate, the start point (five years before the
/// reviewed year) and the end point reached in the reviewed year.
fn past_scope(r: &Reading) -> Decision {
    if r.scope != Scope::PastPeriod {
        return None;
    }
    let review = r.years.review;
    if r.kind == Kind::Growth && ["同比", "比上年"].iter().any(|w| has(r.before, w)) {
        return Some((r.done, review));
    }
    if let Some(end_point) = change_of_end_point(r) {
        return Some(end_point);
    }
    if r.kind != Kind::Growth && r.kind != Kind::Multiple && !r.estimate {
        if is_start_point(r.text, r.f) {
            return Some((Status::Context, review.map(|y| y - 5)));
        }
        if is_end_point(r.text, r.f, r.clause) {
            return Some((Status::Actual, review));
        }
    } else if r.estimate && r.kind != Kind::Multiple {
        return Some((Status::Estimate, review));
    }
    Some((Status::Context, None))
}

/// What may stand between a level and its change when the change is the
/// level's year's (`全市生产总值20059亿元、增长5.6%`): a list mark and the verb.
const END_POINT_CHANGES: &[&str] = &["，增长", "、增长", "，增长了", "，增", "、增"];

/// In a past period, a change stated right after the end point reached in
/// the reviewed year, with nothing between but [`END_POINT_CHANGES`]
/// (`8年来，…。全市生产总值20059亿元、增长5.6%`), is that year's change: the
/// end point's status and year — when its sentence names no period or total
/// of its own. Not after the end of a change from a start
/// (`从15.5亿元增长到114.8亿元，增长640.6%` grows over the whole period).
fn change_of_end_point(r: &Reading) -> Option<(Status, Option<i32>)> {
    if r.kind != Kind::Growth || !r.info.subject.is_empty() {
        return None;
    }
    // In a part on the past period (`一、过去五年工作回顾`), or a report
    // closing a five-year plan (its reviewed year ends one: 2020, 2025),
    // `全省贷款余额13万亿元，增长83%` is as likely the period's growth: only
    // an aside on the years in a review of the year decides.
    let closes_a_plan = r.years.review.is_some_and(|y| y.rem_euclid(5) == 0);
    if r.place.in_past_part || closes_a_plan {
        return None;
    }
    let (p, p_info) = r.prev?;
    let prev_end = r.info.prev_end?;
    let between = r.text.get(prev_end..r.f.mention.range.start)?;
    let reached = p.kind == Some(Kind::Amount)
        && matches!(p.status, Some(Status::Actual | Status::Estimate))
        && p.year.is_some()
        && p.year == r.years.review;
    if !reached || !END_POINT_CHANGES.contains(&between) {
        return None;
    }
    let from_a_start = p_info.prev_end.is_some()
        && TO_LEVEL
            .iter()
            .any(|v| starts(p_info.clause.trim_start_matches(['，', '、']), v));
    // The sentence itself speaks of the period (`五年来，累计完成…，增长15.7%`).
    let own_period = r.place.cues.past && past_period(r.sentence_before, r.years);
    let totalled = TOTAL_CUES.iter().any(|c| has(r.sentence_before, c));
    (!from_a_start && !own_period && !totalled).then_some((p.status?, p.year))
}

/// The reviewed or the plan year, by the figure's place and clause.
fn the_year(r: &Reading) -> Decision {
    let (review, plan) = (r.years.review, r.years.plan);
    // Last year's results quoted in the plan part.
    if r.place.looks_back && r.place.in_plan && !r.place.in_target_list {
        return Some((r.done, review));
    }
    if r.planning || opens_on_expectation(r.clause) || opens_on_expectation(r.sentence_before) {
        return Some((Status::Target, plan));
    }
    if is_start_point(r.text, r.f) {
        return Some((Status::Context, review.map(|y| y - 1)));
    }
    if r.estimate {
        return Some((Status::Estimate, review));
    }
    // A clause with no subject of its own continues the previous quantity's.
    if r.info.subject.is_empty() {
        if let Some((p, _)) = r.prev {
            if p.status == Some(Status::Estimate) {
                return Some((Status::Estimate, p.year));
            }
        }
    }
    // Without a plan part, `今年`/`明年` still open the coming year's goals.
    if !r.place.has_plan_part && ["今年", "明年"].iter().any(|c| has(r.before, c)) {
        return Some((Status::Target, plan));
    }
    Some((Status::Actual, review))
}

/// Does the text before a figure compare with a time before the year before
/// (`与改革前相比`, `比“十五”末`): a change over several years, not the year's?
fn compares_with_an_earlier_time(before: &str) -> bool {
    let with = offsets(before, "相比").any(|end| {
        let head = before.get(..end).unwrap_or_default();
        head.rfind('与')
            .and_then(|at| head.get(at + '与'.len_utf8()..))
            .is_some_and(|what| what.chars().count() <= 8 && what.ends_with(['前', '末']))
    });
    // `比“十五”末`, `比“十二五”期末`: the end or start of a plan period.
    let than_a_period = has(before, "比“") && PERIOD_BOUNDS.iter().any(|w| has(before, w));
    with || than_a_period
}

/// The end or start of a plan period, compared with after `比“`.
const PERIOD_BOUNDS: &[&str] = &["五”末", "五”期末", "五”初", "五”期初"];

/// Does a clause or sentence open on 预期 (expected: a goal, as 预计 opens an
/// estimate), but not on `预期目标` (which a review reports as met)?
fn opens_on_expectation(s: &str) -> bool {
    s.trim_start()
        .strip_prefix("预期")
        .is_some_and(|rest| !rest.starts_with("目标"))
}

/// The clause before a quantity: from the last clause mark, or from the
/// previous quantity of the sentence (`since`), whichever is later.
fn clause_before(before: &str, since: usize) -> &str {
    let tail = before.get(since..).unwrap_or("");
    let mark = tail
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, '，' | '；' | '：' | '。' | ',' | ';' | ':'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    tail.get(mark..).unwrap_or("")
}

/// Does a clause contain a cue as a word of its own (`5年` but not `2025年`)?
fn names_cue(clause: &str, cue: &str) -> bool {
    offsets(clause, cue).any(|at| {
        !cue.starts_with(|c: char| c.is_ascii_digit())
            || !clause
                .get(..at)
                .unwrap_or_default()
                .ends_with(|c: char| c.is_ascii_digit())
    })
}

/// Does a clause name months of the year (`1—11月`, `1-9月`)?
fn names_months(clause: &str) -> bool {
    let chars: Vec<char> = clause.chars().collect();
    chars.windows(3).any(|w| {
        w[0].is_ascii_digit() && matches!(w[1], '—' | '-' | '–' | '至') && w[2].is_ascii_digit()
    }) && clause.contains('月')
}

/// Is a quantity the start of a change to a level (`从A提高到B`: A)?
fn is_start_point(text: &str, f: &Found) -> bool {
    let m = &f.mention;
    let number_start = m
        .qual_range
        .as_ref()
        .map_or(m.range.start, |r| r.start.min(m.range.start));
    let from = window_start(text, f.sentence.start, number_start);
    let before = text.get(from..number_start).unwrap_or("");
    let before = before.trim_end_matches("的");
    let opens = before.ends_with('由') || before.ends_with('从');
    if !opens {
        return false;
    }
    let end = m
        .qual_range
        .as_ref()
        .map_or(m.range.end, |r| r.end.max(m.range.end));
    let after = text
        .get(end..window_end(text, end, f.sentence.end))
        .unwrap_or("");
    let after = after.get(..byte_after_chars(after, 8)).unwrap_or(after);
    TO_LEVEL.iter().any(|v| has(after, v))
}

/// In a past period, is a level the one reached at its end (`达到41580元`,
/// `提升到1.6万亿元`, `总量接近800万户`), not a threshold crossed on the way,
/// a per-year figure or a figure about something else (`首个…超过3万亿元的城市`)?
fn is_end_point(text: &str, f: &Found, clause: &str) -> bool {
    let m = &f.mention;
    let end = m
        .qual_range
        .as_ref()
        .map_or(m.range.end, |r| r.end.max(m.range.end));
    let after = text
        .get(end..window_end(text, end, f.sentence.end))
        .unwrap_or("");
    let rest_end = after
        .char_indices()
        .take_while(|(_, c)| !matches!(c, '，' | '；' | '。' | '：'))
        .take(16)
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    let rest_of_clause = after.get(..rest_end).unwrap_or_default();
    if STEP_WORDS.iter().any(|w| has(rest_of_clause, w))
        || STEPPING_VERBS.iter().any(|w| has(clause, w))
        || after.starts_with('的')
        || clause.trim_start_matches(['、', '和']).starts_with('年')
        || KEPT_WORDS.iter().any(|w| has(clause, w))
        // Additions over the period sum it, and a change from a base compares.
        || ADDITION_CUES.iter().any(|w| has(clause, w))
        || ["较", "比", "高于", "低于", "快于", "慢于"].iter().any(|w| has(clause, w))
    {
        return false;
    }
    true
}

/// A year named in a sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum NamedYear {
    One(i32),
    /// A span of years (`2021—2025年`), with its last year.
    Span(i32),
}

/// The last year named before a quantity (`2024年`), skipping comparison bases
/// (`比2019年`) and dates.
pub(super) fn named_year(before: &str) -> Option<NamedYear> {
    let b = before.as_bytes();
    let mut found = None;
    for (at, _) in before.match_indices('年') {
        // Four ASCII digits right before 年, not more.
        if at < 4 || !b[at - 4..at].iter().all(u8::is_ascii_digit) {
            continue;
        }
        if at > 4 && b[at - 5].is_ascii_digit() {
            continue;
        }
        let year: i32 = before
            .get(at - 4..at)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let head = before.get(..at - 4).unwrap_or("");
        let mut back = head.chars().rev();
        let prev = back.next().unwrap_or(' ');
        let prev2 = back.next().unwrap_or(' ');
        let next = before
            .get(at + '年'.len_utf8()..)
            .and_then(|s| s.chars().next())
            .unwrap_or(' ');
        let span = matches!(prev, '—' | '-' | '–' | '至' | '到')
            && (prev2.is_ascii_digit() || prev2 == '年');
        if span {
            found = Some(NamedYear::Span(year));
        } else if matches!(prev, '比' | '较' | '与' | '同' | '于')
            || matches!(next, '底' | '末') && prev == '比'
        {
            // A comparison base says nothing about the period.
        } else if !matches!(next, '—' | '-' | '–' | '至') && (1990..=2100).contains(&year) {
            found = Some(NamedYear::One(year));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn years(review: i32) -> Years {
        Years {
            review: Some(review),
            plan: Some(review + 1),
            review_label: format!("{review}年"),
            plan_label: format!("{}年", review + 1),
        }
    }

    #[test]
    fn a_look_back_on_the_year_turns_a_five_year_part() {
        let y = years(2016);
        for turns in [
            "刚刚过去的2016年，我们全力以赴稳增长。",
            "刚刚过去的一年，极不平凡。",
            "2016年是第三届市人民政府工作的收官之年。",
            "过去一年，我们攻坚克难。",
        ] {
            assert!(turns_to_the_year(without_salutation(turns), &y), "{turns}");
        }
        assert!(turns_to_the_year(
            without_salutation("各位代表，刚刚过去的2016年是很不平凡的一年。"),
            &y
        ));
        for stays in [
            "2016年与“十一五”末相比，全市生产总值翻了一番。",
            "刚刚过去的五年，是极不平凡的五年。",
            "2015年是第二届政府的收官之年。",
        ] {
            assert!(!turns_to_the_year(without_salutation(stays), &y), "{stays}");
        }
    }

    #[test]
    fn the_plan_under_way_is_not_a_future_period() {
        // A report on 2016: the 13th plan (2016–2020) is under way.
        assert!(names_current_plan("“十三五”规划顺利实施。", &years(2016)));
        // A report on 2020 closes it: past, not under way.
        assert!(!names_current_plan("“十三五”规划圆满收官。", &years(2020)));
        // A report on 2015 closes the 12th plan; the 13th is still to come.
        assert!(!names_current_plan("“十三五”时期，我们要…", &years(2015)));
        assert!(!names_current_plan("“十二五”时期", &years(2016)));
    }

    #[test]
    fn past_spans_of_years() {
        let cases: &[(&str, bool, bool)] = &[
            // text, names a past span, opens on one
            ("过去四年，全市生产总值年均增长12%", true, true),
            ("过去的四年，是不平凡的四年", true, true),
            ("三年来，我们坚持稳中求进", true, true),
            ("这5年，全市经济持续增长", true, true),
            ("两年来，全市新增就业8万人", true, true),
            ("全市十年来首次实现", true, false),
            ("一年来，我们坚持稳中求进", false, false),
            ("2025年来，全市生产总值增长", false, false),
            ("连续12年居全省首位", false, false),
            ("实施三年行动计划", false, false),
            ("今后五年，地区生产总值年均增长6%", false, false),
        ];
        for (text, names, opens) in cases {
            assert_eq!(past_years_at(text).next().is_some(), *names, "{text}");
            assert_eq!(opens_on_past_years(text), *opens, "{text}");
        }
    }

    #[test]
    fn future_periods_and_their_ends() {
        let years = |plan: i32| Years {
            review: Some(plan - 1),
            plan: Some(plan),
            review_label: format!("{}年", plan - 1),
            plan_label: format!("{plan}年"),
        };
        let cases: &[(i32, &str, Option<Option<i32>>)] = &[
            (2022, "今后五年，要全面提升综合竞争力", Some(Some(2026))),
            (2026, "今后五年，要全面提升综合竞争力", Some(Some(2030))),
            (2009, "今后三年各级政府拟投入", Some(Some(2011))),
            (2023, "《规划建议》提出", Some(Some(2025))),
            (2007, "今后五年的主要目标是：到2011年", Some(Some(2011))),
            (2026, "“十五五”时期主要目标", Some(Some(2030))),
            (2026, "二〇三五年远景目标", Some(Some(2035))),
            // A plan period as the frame of one year.
            (2007, "2006年是实施“十一五”规划的第一年", None),
            (2026, "今年是“十五五”开局之年", None),
            (2025, "全年经济运行平稳", None),
        ];
        for (plan, text, want) in cases {
            assert_eq!(
                future_period(&CUE_WORDS.scan(text), &years(*plan)),
                *want,
                "{plan} {text}"
            );
        }
    }

    #[test]
    fn comparisons_with_an_earlier_time() {
        let cases: &[(&str, bool)] = &[
            ("全市生产总值比“十五”末增长", true),
            ("比“十二五”期末提高", true),
            ("与改革开放前相比增长", true),
            ("全市生产总值比上年增长", false),
            ("比年初增长", false),
            ("比上年末增加", false),
        ];
        for (text, want) in cases {
            assert_eq!(compares_with_an_earlier_time(text), *want, "{text}");
        }
    }
}
