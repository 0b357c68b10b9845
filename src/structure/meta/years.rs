//! The years a report reviews and plans, and where its plan part begins.

use crate::model::Meta;
use crate::structure::text::{five_year_plan_end, parse_year, without_salutation, years_in};
use crate::structure::{Block, Heading};

/// Part titles that are about a five-year period rather than one year.
fn is_five_year(title: &str) -> bool {
    title.contains("五”")
        || title.contains("五\"")
        || title.contains("五年")
        || title.contains("时期")
        || title.contains("今后")
        || title.contains("中长期")
}

/// Part titles that announce the review of the past.
fn is_review_title(title: &str) -> bool {
    ["回顾", "总结", "成就", "成绩", "过去"]
        .iter()
        .any(|w| title.contains(w))
}

/// The year a review part's title names: the first year written
/// (`2013年工作回顾和2014年工作总体要求` reviews 2013), else the end of the
/// five-year period it names (`“十四五”时期工作回顾`), or its first year when
/// the title speaks of the period's opening (`“十一五”开局成绩显著`).
fn review_year_of(title: &str) -> Option<i32> {
    if let Some(y) = years_in(title).into_iter().next() {
        return Some(y);
    }
    let end = five_year_plan_end(title)?;
    let opening = ["开局", "起步", "首年", "第一年"]
        .iter()
        .any(|w| title.contains(w));
    Some(if opening { end - 4 } else { end })
}

/// Part titles that announce the coming year's work.
fn is_plan_title(title: &str) -> bool {
    if is_five_year(title) {
        return false;
    }
    !years_in(title).is_empty()
        || ["今年", "明年", "本年", "新的一年"]
            .iter()
            .any(|w| title.contains(w))
        || [
            "工作安排",
            "主要任务",
            "重点工作",
            "工作任务",
            "总体部署",
            "总体要求",
            "主要安排",
            "工作建议",
            "的建议",
            "目标任务",
            "重点任务",
            "工作思路",
            "的工作",
        ]
        .iter()
        .any(|w| title.contains(w))
}

/// Greetings that open a report's body.
const GREETINGS: &[&str] = &["各位代表", "我代表"];

/// Bytes of a text searched for a title run into the body.
const TITLE_WINDOW: usize = 4096;

/// The year of a title run into the body (`…市2008年政府工作报告各位代表：…`,
/// `@2011昭通市政府工作报告…现在，我代表…`): of the titles before the first
/// greeting that follows one, the last, which web-page lists of other
/// reports precede.
fn title_year_before_greeting(text: &str) -> Option<i32> {
    let mut end = TITLE_WINDOW.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let window = text.get(..end)?;
    // The first greeting with a title before it (web chrome may hold one
    // before the title).
    let greeting = GREETINGS
        .iter()
        .flat_map(|g| window.match_indices(g).map(|(at, _)| at))
        .filter(|&g| window.get(..g).is_some_and(|b| b.contains("政府工作报告")))
        .min()?;
    let before = window.get(..greeting)?;
    let at = before.rfind("政府工作报告")?;
    // A year within 12 characters before the title's end (`2011年孝感市`, `孝感市2011年`).
    let head = before.get(..at)?;
    let from = head.char_indices().rev().nth(11).map_or(0, |(i, _)| i);
    let head = head.get(from..)?;
    let b = head.as_bytes();
    (0..b.len().saturating_sub(3))
        .rev()
        .filter(|&i| {
            b.get(i..i + 4)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
                && (i == 0 || !b.get(i - 1).is_some_and(u8::is_ascii_digit))
                && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
        })
        .find_map(|i| parse_year(head.get(i..i + 4)?).filter(|y| (1949..=2100).contains(y)))
}

/// Words that may stand before the reviewed year opening a paragraph, after
/// a salutation ([`without_salutation`]), in the order they are stripped.
const REVIEW_YEAR_LEADS: &[&str] = &["刚刚过去的", "过去的"];

/// Paragraph openings that start the plan in a report without numbered parts.
fn opens_plan(p: &str, plan_year: Option<i32>) -> bool {
    // The goals of a five-year period (`“十五五”时期…总体要求是`) are not the year's plan.
    let head: String = p.chars().take(30).collect();
    if ["时期", "期间", "今后五年", "未来五年"]
        .iter()
        .any(|w| head.contains(w))
    {
        return false;
    }
    let year_open = plan_year.is_some_and(|y| {
        let y = format!("{y}年");
        p.strip_prefix(y.as_str())
            .is_some_and(|r| r.starts_with('是') || r.starts_with("，是"))
    });
    year_open
        || p.starts_with("今年是")
        || p.starts_with("明年是")
        || ["预期目标是", "预期目标为", "主要目标是", "总体要求是"]
            .iter()
            .any(|w| p.chars().take(60).collect::<String>().contains(w))
}

/// The main part (outermost heading) that holds heading `at`.
fn enclosing_part(headings: &[Heading], at: Option<usize>) -> Option<usize> {
    let mut i = at?;
    // Parents precede children, so this walk ends.
    for _ in 0..headings.len() {
        match headings.get(i)?.parent {
            Some(p) if p < i => i = p,
            _ => break,
        }
    }
    (headings.get(i)?.level == crate::model::SectionLevel::Part).then_some(i)
}

/// The years a report reviews and plans, and where its plan part begins.
pub(crate) struct Years {
    pub review: Option<i32>,
    pub plan: Option<i32>,
    pub plan_start: Option<usize>,
}

/// Reads the review and plan years and the start of the plan part.
pub(crate) fn years(
    text: &str,
    meta: &Meta,
    headings: &[Heading],
    parts: &[usize],
    paragraphs: &[Block],
) -> Years {
    let title_of = |i: usize| headings.get(i).map_or("", |h| h.title.as_str());
    let review_part = parts.iter().position(|&i| is_review_title(title_of(i)));
    let plan_part = parts
        .iter()
        .enumerate()
        .skip(review_part.map_or(0, |r| r + 1))
        .find(|&(k, &i)| {
            // A first part numbered `二、` follows a review that lost its heading.
            let after_review = review_part.is_some()
                || k > 0
                || headings.get(i).is_some_and(|h| h.label.starts_with('二'));
            after_review && is_plan_title(title_of(i))
        })
        .map(|(_, &i)| i);
    // A later part about the opening year of a five-year plan
    // (`扎实做好“十二五”开局之年的工作`) plans that year.
    let opening_part = parts
        .iter()
        .enumerate()
        .skip(review_part.map_or(1, |r| r + 1))
        .find_map(|(_, &i)| {
            let t = title_of(i);
            let opening = ["开局", "起步", "首年", "第一年"]
                .iter()
                .any(|w| t.contains(w));
            let end = five_year_plan_end(t).filter(|_| opening && !is_review_title(t))?;
            Some((i, end - 4))
        })
        .filter(|_| plan_part.is_none());
    let plan_part = plan_part.or(opening_part.map(|(i, _)| i));

    let mut review_h = review_part.and_then(|k| review_year_of(title_of(*parts.get(k)?)));
    let mut plan_h = plan_part.and_then(|i| years_in(title_of(i)).into_iter().max());
    if plan_h.is_none() {
        plan_h = opening_part.map(|(_, y)| y);
    }

    // Part titles without numbering, each a paragraph of its own
    // (`过去五年回顾及2016年主要工作`, `2017年主要工作`).
    let mut plan_title_at = None;
    if plan_part.is_none() {
        let titles = paragraphs.iter().filter_map(|p| {
            let t = text.get(p.range.clone())?.trim();
            let standalone = t.chars().count() <= 30
                && !t.contains(['，', '。', '；', '：', ',', ';', ':'])
                && !t.ends_with(['！', '？']);
            standalone.then_some((p.range.start, t))
        });
        let mut review_seen = review_part.is_some();
        for (at, t) in titles {
            if is_review_title(t) {
                if review_h.is_none() {
                    review_h = review_year_of(t);
                }
                review_seen = true;
            } else if is_plan_title(t) {
                let year = years_in(t).into_iter().max();
                let fits = year.is_some_and(|y| review_h.is_none_or(|r| y == r + 1));
                if review_seen && fits {
                    plan_h = year;
                    plan_title_at = Some(at);
                    break;
                }
            }
        }
    }

    // The delivery date: a report delivered from September on plans the next year.
    let from_date = meta.date.as_deref().and_then(|d| {
        let y = parse_year(d.get(..4)?)?;
        let m = d.get(5..7).and_then(|m| m.parse::<u32>().ok());
        Some(if m.is_some_and(|m| m >= 9) {
            (y, y + 1)
        } else {
            (y - 1, y)
        })
    });
    let from_title = meta.title.as_deref().and_then(|t| {
        let y = parse_year(t.get(..4)?)?;
        Some((y - 1, y))
    });
    let fallback = from_date
        .or(from_title)
        .or_else(|| title_year_before_greeting(text).map(|y| (y - 1, y)));

    let mut review = review_h.or(plan_h.map(|p| p - 1)).or(fallback.map(|f| f.0));
    let plan = plan_h
        .or(review_h.map(|r| r + 1))
        .or(fallback.map(|f| f.1))
        .or(review.map(|r| r + 1));
    if review.is_none() {
        // A paragraph early in the body opening with a year: `2024年，…`.
        let early = paragraphs.len().div_ceil(3);
        // The year may follow a salutation and a look back
        // (`各位代表！刚刚过去的2017年，…`).
        review = paragraphs.iter().take(early).find_map(|p| {
            let mut s = without_salutation(text.get(p.range.clone())?);
            for lead in REVIEW_YEAR_LEADS {
                s = s.strip_prefix(lead).unwrap_or(s);
            }
            years_in(s.get(..crate::structure::text::byte_after_chars(s, 6))?)
                .first()
                .copied()
        });
    }
    let plan = plan.or(review.map(|r| r + 1));

    let plan_start = match plan_part {
        Some(i) => headings.get(i).map(|h| h.range.start),
        None if plan_title_at.is_some() => plan_title_at,
        None => {
            let after = review_part
                .and_then(|k| headings.get(*parts.get(k)?))
                .map_or(0, |h| h.range.end);
            let skip = if review_part.is_some() {
                0
            } else {
                paragraphs.len() / 5
            };
            let first_part = parts.first().and_then(|&i| headings.get(i));
            let review_idx = review_part.and_then(|k| parts.get(k).copied());
            paragraphs
                .iter()
                .skip(skip)
                .filter(|p| p.range.start >= after)
                .find(|p| {
                    text.get(p.range.clone())
                        .is_some_and(|s| opens_plan(s, plan))
                })
                .map(|p| {
                    // The part that holds the paragraph, when it is a later,
                    // one-year part: the plan begins with its heading.
                    let part = enclosing_part(headings, p.heading);
                    match part.and_then(|i| Some((i, headings.get(i)?))) {
                        Some((i, h))
                            if Some(i) != review_idx
                                && first_part.is_some_and(|f| f.range.start < h.range.start)
                                && !is_five_year(&h.title) =>
                        {
                            h.range.start
                        }
                        _ => p.range.start,
                    }
                })
        }
    };
    Years {
        review,
        plan,
        plan_start,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn review_years_of_titles() {
        assert_eq!(
            review_year_of("2013年工作回顾和2014年工作总体要求"),
            Some(2013)
        );
        assert_eq!(review_year_of("“十四五”时期和2025年工作回顾"), Some(2025));
        assert_eq!(review_year_of("“十四五”时期工作回顾"), Some(2025));
        assert_eq!(review_year_of("团结拼搏，“十一五”开局成绩显著"), Some(2006));
    }

    #[test]
    fn five_year_goals_open_no_plan() {
        assert!(!opens_plan(
            "“十五五”时期全省经济社会发展的总体要求是：",
            Some(2026)
        ));
        assert!(opens_plan("2025年是“十四五”规划收官之年。", Some(2025)));
        assert!(opens_plan("今年经济社会发展主要预期目标是：", Some(2025)));
    }

    #[test]
    fn titles_run_into_the_body() {
        let cases: &[(&str, Option<i32>)] = &[
            ("某某市2008年政府工作报告各位代表：现在，我代表市人民政府", Some(2008)),
            // Web chrome: a list of other reports, then the report's own title.
            (
                "相关文档2012年某市政府工作报告2005年某市政府工作报告2010年某市政府工作报告各位代表：",
                Some(2010),
            ),
            // A greeting in the chrome before the title: the first one after a title.
            ("APP各位代表。@2011某市政府工作报告11上下文现在，我代表市人民政府", Some(2011)),
            ("各位代表：现在，我代表市人民政府向大会报告工作。", None),
            ("2025年工作回顾各位代表：", None),
        ];
        for (text, want) in cases {
            assert_eq!(title_year_before_greeting(text), *want, "{text}");
        }
    }

    #[test]
    fn reviewed_year_after_a_salutation_and_a_first_part_numbered_two() {
        let d = crate::structure::analyze(&crate::normalize::normalize(
            "各位代表：\n现在，我代表市人民政府向大会报告工作。\n过去五年，全市经济持续增长。\n\
             各位代表！刚刚过去的2017年，全市生产总值增长9%。\n今后五年，经济年均增长8%。\n\
             到2022年，全市生产总值翻一番。\n坚持创新驱动。\n坚持绿色发展。\n坚持改革开放。\n\
             坚持共享发展。\n坚持协调发展。\n坚持依法行政。\n",
        ));
        assert_eq!(d.meta.review_year, Some(2017));
        assert_eq!(d.meta.plan_year, Some(2018));
        let d = crate::structure::analyze(&crate::normalize::normalize(
            "现在，我代表市人民政府向大会报告工作。\n过去的一年，全市生产总值增长9%。\n\
             二、2007年工作的指导思想和目标\n全市生产总值增长10%。\n三、加强政府自身建设\n依法行政。\n",
        ));
        assert_eq!(d.meta.plan_year, Some(2007));
        assert!(d.plan_start.is_some());
    }

    #[test]
    fn the_opening_year_of_a_five_year_plan() {
        let d = crate::structure::analyze(&crate::normalize::normalize(
            "各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、过去六年政府工作的回顾\n\
             六年来，全市经济持续增长。\n二、“十二五”时期的主要任务\n今后五年，经济年均增长10%。\n\
             三、扎实做好“十二五”开局之年的工作\n今年全市生产总值增长13%。\n",
        ));
        assert_eq!(d.meta.plan_year, Some(2011));
        assert_eq!(d.meta.review_year, Some(2010));
    }
}
