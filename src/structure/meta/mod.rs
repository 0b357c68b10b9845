//! Metadata: the head of the report (title, dateline, speaker line) and the
//! years it reviews and plans.
//!
//! - **title**: the head line that names the report, as written (a web page
//!   title such as `2025年湖北省政府工作报告` is kept whole); a dateline or
//!   speaker merged into the same line is cut off; a line ending in `工作报告`
//!   that is a sentence (`温家宝在…会议上所作政府工作报告`) is passed over when
//!   a plainer one exists.
//! - **meeting / region / level**: from the dateline `在XX第N届人民代表大会第M次会议上`
//!   (the national congress gives region `国务院`); else from the speaker line
//!   (`XX人民政府区长`), the title, or `我代表XX人民政府` in the opening. The
//!   region is the last administrative unit (`大连市中山区` → `中山区`).
//! - **date**: the date next to the meeting in the dateline (ASCII or Chinese
//!   numerals); without a dateline, the title's year.
//! - **speaker / speakerTitle**: `江岸区人民政府区长李明`, `省长梁惠玲`,
//!   `龚正市长在…`, `…代省长刘捷作政府工作报告`.
//! - **reviewYear / planYear**: from the review part's and the plan part's
//!   headings, else from the delivery date (a report delivered from September
//!   on plans the next year), else from the title's year (the delivery year).

mod region;
mod title;
mod years;

pub(crate) use years::years;

use super::text::{has_content, parse_year, Line};
use crate::model::Meta;
use region::{last_unit, level_of, level_of_office, region_in_body, strip_term};
use title::{cut_title, dates_in, speaker_in};

/// The first line of the body: the greeting (`各位代表：`) or the first part
/// heading when they come within the first lines; otherwise the number of
/// leading lines that look like head lines (title, dateline, speaker).
pub(crate) fn head_end(lines: &[Line]) -> usize {
    let mut chars = 0;
    for (i, line) in lines.iter().enumerate().take(20) {
        let t = line.text;
        let part_one = super::outline::label(t).is_some_and(|l| {
            l.kind == super::outline::LabelKind::Part && l.value == 1 && line.chars <= 40
        });
        // The greeting, the first part, or the opening sentence (`我代表…`)
        // of a text without a greeting.
        if t.starts_with("各位代表") || part_one || t.contains("我代表") {
            return i;
        }
        chars += line.chars;
        if chars > 1500 {
            break;
        }
    }
    lines
        .iter()
        .take(10)
        .take_while(|l| is_head_line(l))
        .count()
}

/// Whether a line looks like a title, dateline or speaker line.
fn is_head_line(l: &Line) -> bool {
    let t = l.text;
    (t.contains("工作报告") && l.chars <= 40)
        || (t.contains("人民代表大会") && l.chars <= 100 && !t.contains('。'))
        || (l.chars <= 30 && speaker_in(t).is_some())
}

/// Reads title, meeting, region, level, date and speaker from the head lines
/// (`lines[..head_end]`) and, failing that, the opening of the body.
pub(crate) fn read(lines: &[Line], head_end: usize) -> Meta {
    let head = lines.get(..head_end).unwrap_or(&[]);
    let mut meta = Meta::default();

    // Title.
    let titles: Vec<&str> = head
        .iter()
        .filter_map(|l| {
            let t = l.text;
            let at = t.find("工作报告")?;
            let t = t.get(..at + "工作报告".len())?;
            (t.chars().count() <= 40).then_some(t)
        })
        .collect();
    let plain = |t: &str| !(t.contains('在') && t.contains("会议"));
    meta.title = titles
        .iter()
        .find(|t| plain(t))
        .or(titles.first())
        .map(|t| cut_title(t).to_string());

    // Dateline: the head joined (a dateline may be split over two lines); a
    // text without head lines (one run-on line, a title glued to the body)
    // may still carry it in its opening characters.
    let mut joined: String = head.iter().map(|l| l.text).collect();
    if !joined.contains("人民代表大会") {
        let opening: String = lines
            .iter()
            .skip(head_end)
            .take(12)
            .flat_map(|l| l.text.chars())
            .take(OPENING_CHARS)
            .collect();
        if let Some(at) = opening.find("人民代表大会") {
            // Only a dateline: a date shortly before the meeting.
            let before = opening.get(..at).unwrap_or("");
            let from = before.char_indices().rev().nth(60).map_or(0, |(i, _)| i);
            if !dates_in(before.get(from..).unwrap_or("")).is_empty() {
                joined = opening;
            }
        }
    }
    let mut region: Option<(String, bool)> = None;
    // Back from the meeting to the last 在 within 40 characters.
    let start_of = |at: usize| {
        let before = joined.get(..at).unwrap_or("");
        let window_start = before.char_indices().rev().nth(40).map_or(0, |(i, _)| i);
        before
            .get(window_start..)
            .and_then(|w| w.rfind('在'))
            .map(|p| window_start + p + '在'.len_utf8())
    };
    // The dateline's meeting, not one named before it (`（…人民代表大会…审议稿）`).
    let meeting_at = joined
        .match_indices("人民代表大会")
        .map(|(at, _)| at)
        .find(|&at| start_of(at).is_some())
        .or_else(|| joined.find("人民代表大会"));
    if let Some(at) = meeting_at {
        let start = start_of(at);
        let after_start = at + "人民代表大会".len();
        let end = joined.get(after_start..).and_then(|a| {
            a.char_indices()
                .take(12)
                .find(|&(i, _)| a.get(i..).is_some_and(|r| r.starts_with("会议")))
                .map(|(i, _)| after_start + i + "会议".len())
        });
        if let Some(start) = start {
            let meeting = joined.get(start..end.unwrap_or(after_start)).unwrap_or("");
            if has_content(meeting) {
                meta.meeting = Some(meeting.to_string());
            }
            if meeting.contains("全国人民代表大会") {
                region = Some(("国务院".to_string(), false));
            } else if let Some(p) = meeting.find('第') {
                region = last_unit(meeting.get(..p).unwrap_or(""));
            }
            // The date just before 在.
            let dates = dates_in(&joined);
            meta.date = dates
                .iter()
                .rfind(|d| d.range.end <= start && start - d.range.end <= 40)
                .map(|d| d.iso.clone());
        }
    }
    if meta.date.is_none() {
        // A dateline without a meeting: a head line opening with a dash and a date.
        meta.date = head
            .iter()
            .filter(|l| l.text.starts_with(['—', '―', '-']))
            .find_map(|l| dates_in(l.text).into_iter().next())
            .map(|d| d.iso);
    }

    // Speaker.
    let speaker = head
        .iter()
        .filter_map(|l| speaker_in(l.text))
        .next()
        .or_else(|| {
            joined
                .find("会议")
                .and_then(|p| speaker_in(joined.get(p..)?))
        });
    let mut office_level = None;
    if let Some(sp) = &speaker {
        meta.speaker = Some(sp.name.clone());
        meta.speaker_title = Some(sp.office.to_string());
        office_level = level_of_office(sp.office);
        if region.is_none() {
            let p = sp.prefix;
            let p = p.rsplit("会议上").next().unwrap_or(p);
            let p = p
                .strip_suffix("人民政府")
                .or_else(|| p.strip_suffix("政府"))
                .unwrap_or(p);
            region = last_unit(p);
        }
    }

    // Title, then the opening `我代表…`.
    if region.is_none() {
        if let Some(t) = &meta.title {
            let t = t
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .trim_start_matches('年');
            let t = t
                .strip_suffix("人民政府工作报告")
                .or_else(|| t.strip_suffix("政府工作报告"))
                .unwrap_or("");
            region = last_unit(t);
        }
    }
    let mut delegate_level = None;
    if region.is_none() {
        for l in lines.iter().skip(head_end).take(6) {
            let Some(at) = l.text.find("我代表") else {
                continue;
            };
            let rest = l.text.get(at + "我代表".len()..).unwrap_or("");
            let who: String = rest
                .chars()
                .take_while(|&c| !matches!(c, '，' | ',' | '向' | '。'))
                .take(20)
                .collect();
            let who = who
                .strip_suffix("人民政府")
                .or_else(|| who.strip_suffix("政府"))
                .unwrap_or(&who);
            let who = strip_term(who);
            if who.starts_with("国务院") {
                region = Some(("国务院".to_string(), false));
            } else if let Some(r) = last_unit(who) {
                region = Some(r);
            } else {
                delegate_level = level_of(who, false);
            }
            break;
        }
    }

    if region.is_none() {
        region = region_in_body(lines, head_end, delegate_level.or(office_level));
    }
    if let Some((unit, parent_city)) = region {
        meta.level = level_of(&unit, parent_city);
        meta.region = Some(unit);
    }
    meta.level = meta.level.or(delegate_level).or(office_level);

    if meta.date.is_none() {
        meta.date = meta
            .title
            .as_deref()
            .and_then(|t| t.get(..4))
            .and_then(parse_year)
            .map(|y| y.to_string());
    }
    meta
}

/// Characters of the body's opening searched for a dateline when the head has none.
const OPENING_CHARS: usize = 400;
