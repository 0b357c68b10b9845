//! Period scope: which period a quantity speaks of, hence its status and year.

use super::clause::ClauseInfo;
use super::{window_end, window_start, Annotation};
use crate::model::Status;
use crate::quantities::Found;
use crate::structure::Document;

/// Sentence cues of other periods: five-year totals, averages, long-range visions.
pub(super) const CONTEXT_CUES: &[&str] = &[
    "五年来",
    "过去五年",
    "过去5年",
    "这五年",
    "五年间",
    "五年累计",
    "年均增长",
    "年均增速",
    "年均增幅",
    "年均递增",
    "年均下降",
    "年均提高",
    "年均上涨",
    "年均缩减",
    "年均减少",
    "年均分别",
    "以来累计",
    "“十三五”时期",
    "“十四五”时期",
    "“十三五”期间",
    "“十四五”期间",
    "“十四五”以来",
    "十年来",
    "近五年",
    "近5年",
    "三年来",
    "二〇三五年",
    "2035年",
];

/// The reviewed and planned years of the report.
#[derive(Debug, Clone, Copy)]
pub(super) struct Years {
    pub(super) review: Option<i32>,
    pub(super) plan: Option<i32>,
}

impl Years {
    pub(super) fn of(doc: &Document) -> Self {
        let review = doc.meta.review_year.or(doc.meta.plan_year.map(|y| y - 1));
        let plan = doc.meta.plan_year.or(review.map(|y| y + 1));
        Years { review, plan }
    }
}

/// Where a quantity stands, as status cues.
#[derive(Debug, Clone, Copy)]
pub(super) struct Place {
    /// In the main-targets passage.
    pub(super) in_target_list: bool,
    /// Its sentence speaks of other periods (五年来, 年均 …).
    pub(super) sentence_cue: bool,
}

/// Does a paragraph open on a multi-year review (`五年来，…`, `过去五年，…`)?
/// Then every sentence of it speaks of the whole period.
pub(super) fn opens_a_multi_year_review(text: &str, paragraph_start: usize) -> bool {
    let head = window_end(text, paragraph_start, text.len().min(paragraph_start + 24));
    let head = text.get(paragraph_start..head).unwrap_or("");
    [
        "五年来",
        "过去五年",
        "这五年",
        "过去5年",
        "十年来",
        "三年来",
    ]
    .iter()
    .any(|c| head.starts_with(c))
}

/// Does a sentence speak of other periods (five-year reviews, averages,
/// long-range visions)? Reads at most the first 8 KiB of it.
pub(super) fn speaks_of_other_periods(text: &str, sentence: &std::ops::Range<usize>) -> bool {
    let end = window_end(
        text,
        sentence.start,
        sentence.end.min(sentence.start + 8192),
    );
    let s = text.get(sentence.start..end).unwrap_or("");
    CONTEXT_CUES
        .iter()
        .any(|c| !c.starts_with('“') && s.contains(c))
}

/// Status and year of a quantity.
pub(super) fn status_of(
    text: &str,
    doc: &Document,
    f: &Found,
    info: &ClauseInfo,
    years: &Years,
    place: Place,
    prev: Option<(&Annotation, &ClauseInfo)>,
) -> (Status, Option<i32>) {
    let Place {
        in_target_list,
        sentence_cue,
    } = place;
    let from = window_start(text, f.sentence.start, f.mention.range.start);
    let before = text.get(from..f.mention.range.start).unwrap_or("");
    let in_plan = doc.plan_start.is_some_and(|p| {
        doc.paragraphs
            .get(f.paragraph)
            .is_some_and(|b| b.range.start >= p)
    });
    if f.mention.unit.ends_with('年') {
        return (Status::Context, None);
    }
    // An explicit year before the number decides the period; a year named before
    // an earlier figure of the sentence belongs to that one (从2020年的82.4岁提升至83.9岁).
    let since = info
        .prev_end
        .map_or(0, |e| e.saturating_sub(from).min(before.len()));
    if let Some(span) = named_year(before.get(since..).unwrap_or(before)) {
        match span {
            NamedYear::Span => return (Status::Context, None),
            NamedYear::One(y) if Some(y) == years.plan => return (Status::Target, Some(y)),
            NamedYear::One(y) if Some(y) == years.review => {
                let status = if info.estimate {
                    Status::Estimate
                } else {
                    Status::Actual
                };
                return (status, Some(y));
            }
            NamedYear::One(y) => return (Status::Context, Some(y)),
        }
    }
    // Last year's figure quoted in the plan part.
    if info.last_year {
        let status = if info.estimate {
            Status::Estimate
        } else {
            Status::Actual
        };
        return (status, years.review);
    }
    if CONTEXT_CUES.iter().any(|c| before.contains(c)) || (!in_plan && sentence_cue) {
        return (Status::Context, None);
    }
    if in_target_list || in_plan {
        return (Status::Target, years.plan);
    }
    if info.estimate {
        return (Status::Estimate, years.review);
    }
    // A clause with no subject of its own continues the previous quantity's.
    if info.subject.is_empty() {
        if let Some((p, _)) = prev {
            if p.status == Some(Status::Estimate) {
                return (Status::Estimate, p.year);
            }
        }
    }
    if doc.plan_start.is_none() && ["今年", "明年"].iter().any(|c| before.contains(c)) {
        return (Status::Target, years.plan);
    }
    (Status::Actual, years.review)
}

/// A year named in a sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum NamedYear {
    One(i32),
    /// A span of years (`2021—2025年`).
    Span,
}

/// The last year named before a quantity (`2024年`), skipping comparison bases
/// (`比2019年`) and dates.
pub(super) fn named_year(before: &str) -> Option<NamedYear> {
    let chars: Vec<char> = before.chars().collect();
    let mut found = None;
    let mut i = 0;
    while i + 4 < chars.len() {
        let is_year = chars[i..i + 4].iter().all(|c| c.is_ascii_digit())
            && chars[i + 4] == '年'
            && (i == 0 || !chars[i - 1].is_ascii_digit());
        if !is_year {
            i += 1;
            continue;
        }
        let year: i32 = chars[i..i + 4]
            .iter()
            .collect::<String>()
            .parse()
            .unwrap_or(0);
        let prev = if i > 0 { chars[i - 1] } else { ' ' };
        let next = chars.get(i + 5).copied().unwrap_or(' ');
        let span = matches!(prev, '—' | '-' | '–' | '至' | '到') && i >= 5;
        if span {
            found = Some(NamedYear::Span);
        } else if matches!(prev, '比' | '较' | '与' | '同' | '于')
            || matches!(next, '底' | '末') && prev == '比'
        {
            // A comparison base says nothing about the period.
        } else if !matches!(next, '—' | '-' | '–' | '至') && (1990..=2100).contains(&year) {
            found = Some(NamedYear::One(year));
        }
        i += 5;
    }
    found
}
