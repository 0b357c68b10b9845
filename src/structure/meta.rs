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

use super::text::{
    five_year_plan_end, has_content, parse_small_number, parse_year, years_in, Line,
};
use super::{Block, Heading};
use crate::model::{Level, Meta};
use std::ops::Range;

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

/// Office titles of the speaker, longest first.
const OFFICES: &[&str] = &[
    "代省长",
    "省长",
    "代市长",
    "市长",
    "代区长",
    "区长",
    "代县长",
    "县长",
    "代旗长",
    "旗长",
    "代州长",
    "州长",
    "代盟长",
    "盟长",
    "代主席",
    "主席",
    "总理",
];

/// Characters that may end an administrative unit's name.
fn ends_with_unit(s: &str) -> bool {
    ["省", "市", "区", "县", "旗", "州", "盟", "地区"]
        .iter()
        .any(|u| s.ends_with(u))
}

/// Whether a prefix ending here makes the next unit a lower one.
fn ends_with_parent_unit(s: &str) -> bool {
    ["省", "自治区", "市", "州", "盟", "地区"]
        .iter()
        .any(|u| s.ends_with(u))
}

fn is_ideograph(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// The last administrative unit of a place chain (`大连市中山区` →
/// `中山区`), and whether a city-level unit precedes it.
pub(crate) fn last_unit(s: &str) -> Option<(String, bool)> {
    let s = s.trim();
    if s == "国务院" {
        return Some((s.to_string(), false));
    }
    let n = s.chars().count();
    if !(2..=30).contains(&n) || !ends_with_unit(s) || !s.chars().all(is_ideograph) {
        return None;
    }
    // A bare suffix (`自治区`, `地区`) names no place.
    let named = [
        "特别行政区",
        "自治区",
        "自治州",
        "自治县",
        "自治旗",
        "地区",
        "省",
        "市",
        "区",
        "县",
        "旗",
        "州",
        "盟",
    ]
    .iter()
    .find_map(|u| s.strip_suffix(u))
    .is_some_and(|name| !name.is_empty());
    if !named {
        return None;
    }
    let mut best = 0;
    for (k, (p, _)) in s.char_indices().enumerate() {
        // Prefix of k chars, suffix of n - k chars.
        if k >= 2 && n - k >= 2 && ends_with_parent_unit(s.get(..p).unwrap_or_default()) {
            best = p;
        }
    }
    let unit = s.get(best..).unwrap_or_default();
    let parent_city = best > 0
        && ["市", "州", "盟", "地区"]
            .iter()
            .any(|u| s.get(..best).unwrap_or_default().ends_with(u));
    Some((unit.to_string(), parent_city))
}

/// The administrative level of a unit.
pub(crate) fn level_of(unit: &str, parent_city: bool) -> Option<Level> {
    Some(if unit == "国务院" {
        Level::National
    } else if unit.ends_with('省')
        || unit.ends_with("自治区")
        || unit.ends_with("特别行政区")
        || matches!(unit, "北京市" | "天津市" | "上海市" | "重庆市")
    {
        Level::Province
    } else if unit.ends_with('市') {
        if parent_city {
            Level::County
        } else {
            Level::City
        }
    } else if unit.ends_with('州') || unit.ends_with('盟') || unit.ends_with("地区") {
        Level::City
    } else if unit.ends_with('区') {
        Level::District
    } else if unit.ends_with('县') || unit.ends_with('旗') {
        Level::County
    } else {
        return None;
    })
}

/// The level an office title implies.
fn level_of_office(office: &str) -> Option<Level> {
    let o = office.trim_start_matches('代');
    Some(match o {
        "总理" => Level::National,
        "省长" | "主席" => Level::Province,
        "市长" | "州长" | "盟长" => Level::City,
        "区长" => Level::District,
        "县长" | "旗长" => Level::County,
        _ => return None,
    })
}

/// A speaker found in a line: name, office, and the text before the office.
struct Speaker<'a> {
    name: String,
    office: &'static str,
    prefix: &'a str,
}

fn valid_name(name: &str) -> bool {
    let n = name.chars().count();
    (2..=6).contains(&n) && name.chars().all(|c| is_ideograph(c) || c == '·')
}

/// Finds `[…人民政府]<office><name>` or `<name><office>在` in a line.
fn speaker_in(t: &str) -> Option<Speaker<'_>> {
    for &office in OFFICES {
        for (at, _) in t.match_indices(office) {
            // A shorter office inside a longer one (`省长` in `代省长`) is found by the longer.
            if !office.starts_with('代') && t.get(..at).is_some_and(|p| p.ends_with('代')) {
                continue;
            }
            let prefix = t.get(..at).unwrap_or("");
            let after = t.get(at + office.len()..).unwrap_or("");
            let name: String = after
                .chars()
                .take_while(|&c| !matches!(c, '作' | '在' | '所' | '。' | '，' | ',' | '（' | '('))
                .take(8)
                .collect();
            let prefix_ok = prefix.is_empty()
                || prefix.ends_with("政府")
                || prefix.ends_with("国务院")
                || prefix.ends_with("会议上")
                || ends_with_unit(prefix);
            if prefix_ok && valid_name(&name) {
                return Some(Speaker {
                    name,
                    office,
                    prefix,
                });
            }
            // `龚正市长在…`
            if (after.starts_with('在') || after.starts_with('作')) && !ends_with_unit(prefix) {
                let before: Vec<char> = prefix
                    .chars()
                    .rev()
                    .take_while(|&c| (is_ideograph(c) || c == '·') && c != '日')
                    .take(5)
                    .collect();
                let name: String = before.into_iter().rev().collect();
                if valid_name(&name) && !name.ends_with("政府") {
                    return Some(Speaker {
                        name,
                        office,
                        prefix: "",
                    });
                }
            }
        }
    }
    None
}

/// A date `YYYY年M月D日` found in a string: byte range and ISO text.
struct DateFound {
    range: Range<usize>,
    iso: String,
}

/// Every date `YYYY年M月[D日]` in `s`, with ASCII or Chinese numerals.
fn dates_in(s: &str) -> Vec<DateFound> {
    let cs: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    for k in 4..cs.len() {
        if cs[k].1 != '年' {
            continue;
        }
        let ys = cs[k - 4].0;
        let Some(year) = s.get(ys..cs[k].0).and_then(parse_year) else {
            continue;
        };
        // Month and day: up to three numeral characters before 月 / 日.
        let number = |from: usize, unit: &[char]| -> Option<(u32, usize)> {
            let mut j = from;
            while j < cs.len() && j - from < 3 && !unit.contains(&cs[j].1) {
                j += 1;
            }
            if j >= cs.len() || !unit.contains(&cs[j].1) || j == from {
                return None;
            }
            let end = cs.get(j).map(|c| c.0)?;
            let v = s.get(cs[from].0..end).and_then(parse_small_number)?;
            Some((v, j + 1))
        };
        let Some((month, after_m)) = number(k + 1, &['月']) else {
            continue;
        };
        if !(1..=12).contains(&month) {
            continue;
        }
        let end_of = |j: usize| cs.get(j).map_or(s.len(), |c| c.0);
        match number(after_m, &['日', '号']) {
            Some((day, after_d)) if (1..=31).contains(&day) => out.push(DateFound {
                range: ys..end_of(after_d),
                iso: format!("{year:04}-{month:02}-{day:02}"),
            }),
            _ => out.push(DateFound {
                range: ys..end_of(after_m),
                iso: format!("{year:04}-{month:02}"),
            }),
        }
    }
    out
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

/// `第五届市` → `市`, `本届县` → `县`, `甲乙市第五届` → `甲乙市`: a
/// government's term is no part of its name.
fn strip_term(who: &str) -> &str {
    let rest = who.strip_prefix("本届").or_else(|| {
        let r = who.strip_prefix('第')?;
        let (_, n) = super::text::leading_cn_numeral(r)?;
        r.get(n..)?.strip_prefix('届')
    });
    let who = rest.unwrap_or(who);
    // A term after the name: back over the numeral to 第.
    let trailing = who.strip_suffix('届').and_then(before_term_number);
    trailing.unwrap_or(who)
}

/// The text before a term number that ends it (`甲乙市第五` → `甲乙市`): back
/// over the numerals to 第; None when there is no number or no 第.
fn before_term_number(head: &str) -> Option<&str> {
    let num: usize = head
        .chars()
        .rev()
        .take_while(|&c| super::text::is_cn_numeral(c) || c.is_ascii_digit())
        .map(char::len_utf8)
        .sum();
    let h = head.get(..head.len() - num)?.strip_suffix('第')?;
    (num > 0).then_some(h)
}

/// Units a report's own government may have, with the word that follows the
/// name in `中共XX市委` (the party committee it works under).
const OWN_UNITS: &[char] = &['市', '州', '县', '区', '旗', '盟', '省'];

/// Characters that end a place name read backwards from its unit.
fn ends_name(c: char) -> bool {
    !is_ideograph(c)
        || "在的了和与及由对向是为把将被从经按据代表届第本全我各该其市省县区州委".contains(c)
}

/// The name written just before byte `at` of `t` (the unit's position), read
/// back over at most four ideographs that can belong to a name.
fn name_before(t: &str, at: usize) -> Option<&str> {
    let head = t.get(..at)?;
    let mut start = at;
    for (n, (i, c)) in head.char_indices().rev().enumerate() {
        if n >= 4 || ends_name(c) {
            break;
        }
        start = i;
    }
    let name = t.get(start..at)?;
    (name.chars().count() >= 2).then_some(name)
}

/// The region read from how the body names its own government and party
/// committee: `中共XX市委` (weight 2), `XX市人民政府` and
/// `XX市第N届人民代表大会` (weight 1). Among the names found, one whose
/// level is the delegate's or speaker's (`我代表市人民政府` → a city) wins,
/// then the one named most often, then the first. Reads each line once.
fn region_in_body(lines: &[Line], head_end: usize, level: Option<Level>) -> Option<(String, bool)> {
    let mut found: Vec<(String, u32)> = Vec::new();
    fn add(found: &mut Vec<(String, u32)>, name: &str, unit: char, weight: u32) {
        let full = format!("{name}{unit}");
        if let Some(f) = found.iter_mut().find(|(n, _)| *n == full) {
            f.1 += weight;
        } else if found.len() < 32 {
            found.push((full, weight));
        }
    }
    for l in lines.iter().skip(head_end) {
        let t = l.text;
        for (at, _) in t.match_indices("中共") {
            let rest = t.get(at + "中共".len()..).unwrap_or("");
            let name: String = rest
                .chars()
                .take_while(|&c| is_ideograph(c))
                .take(9)
                .collect();
            // The unit is the last character before 委 within the name run.
            if let Some(w) = name.find('委') {
                let before = name.get(..w).unwrap_or("");
                if let Some(unit) = before.chars().last().filter(|u| OWN_UNITS.contains(u)) {
                    let n = before.get(..before.len() - unit.len_utf8()).unwrap_or("");
                    let n_chars = n.chars().count();
                    if (2..=7).contains(&n_chars) && !n.contains('第') && !n.starts_with("中央")
                    {
                        add(&mut found, n, unit, 2);
                    }
                }
            }
        }
        // The government's own plans and rules: `《甲乙市城市总体规划》`.
        for (at, _) in t.match_indices('《') {
            let rest = t.get(at + '《'.len_utf8()..).unwrap_or("");
            if let Some((n, unit)) = titled_name(rest) {
                add(&mut found, n, unit, 1);
            }
        }
        for cue in ["人民政府", "届人民代表大会"] {
            for (at, _) in t.match_indices(cue) {
                let mut end = at;
                if cue.starts_with('届') {
                    // Back over the term number to 第.
                    match t.get(..at).and_then(before_term_number) {
                        Some(h) => end = h.len(),
                        None => continue,
                    }
                }
                let Some(unit) = t.get(..end).and_then(|h| h.chars().last()) else {
                    continue;
                };
                if !OWN_UNITS.contains(&unit) {
                    continue;
                }
                let unit_at = end - unit.len_utf8();
                if let Some(n) = name_before(t, unit_at) {
                    add(&mut found, n, unit, 1);
                }
            }
        }
    }
    let level_of_found = |n: &str| last_unit(n).and_then(|(u, p)| level_of(&u, p));
    let best = found
        .iter()
        .enumerate()
        .max_by_key(|(i, (n, w))| {
            let fits = level.is_some_and(|l| level_of_found(n) == Some(l));
            (fits, *w, usize::MAX - i)
        })
        .map(|(_, (n, _))| n.clone())?;
    last_unit(&best)
}

/// Units of a city or county whose own documents a report cites by title.
const TITLED_UNITS: &[char] = &['市', '州', '县'];

/// The place a document title opens with (`甲乙市城市总体规划》` →
/// `甲乙`, `市`): two to four ideographs and the unit of a city or county
/// (a province's or a district's rules say little about who reports). A
/// unit in a common word (`武汉城市圈`, `城市群`) or after a title's verb
/// (`关于加强市…`) is none.
fn titled_name(rest: &str) -> Option<(&str, char)> {
    if rest.starts_with("关于") {
        return None;
    }
    for (k, (i, c)) in rest.char_indices().take(5).enumerate() {
        if !is_ideograph(c) || ends_name(c) && !TITLED_UNITS.contains(&c) {
            return None;
        }
        if k >= 2 && TITLED_UNITS.contains(&c) {
            let after = rest.get(i + c.len_utf8()..).unwrap_or("");
            let name = rest.get(..i)?;
            // `城市`, `生态市`, `文明市` name a kind of city, not one.
            let common = c == '市' && ["城", "生态", "文明"].iter().any(|w| name.ends_with(w))
                || after.starts_with(['圈', '群', '带', '场', '民', '长', '委']);
            return (!common).then_some((name, c));
        }
    }
    None
}

/// The title without a dateline or speaker merged into its line.
fn cut_title(t: &str) -> &str {
    let mut end = t.len();
    for sep in ["——", "――", "--"] {
        if let Some(p) = t.find(sep) {
            if p > 0 {
                end = end.min(p);
            }
        }
    }
    t.get(..end).unwrap_or(t)
}

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
        .find(|&(k, &i)| (review_part.is_some() || k > 0) && is_plan_title(title_of(i)))
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
    let fallback = from_date.or(from_title);

    let mut review = review_h.or(plan_h.map(|p| p - 1)).or(fallback.map(|f| f.0));
    let plan = plan_h
        .or(review_h.map(|r| r + 1))
        .or(fallback.map(|f| f.1))
        .or(review.map(|r| r + 1));
    if review.is_none() {
        // A paragraph early in the body opening with a year: `2024年，…`.
        let early = paragraphs.len().div_ceil(3);
        review = paragraphs.iter().take(early).find_map(|p| {
            let s = text.get(p.range.clone())?;
            years_in(s.get(..super::text::byte_after_chars(s, 6))?)
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
    fn units() {
        let u = last_unit;
        assert_eq!(u("大连市中山区"), Some(("中山区".into(), true)));
        assert_eq!(u("辽宁省大连市中山区"), Some(("中山区".into(), true)));
        assert_eq!(u("宁夏回族自治区"), Some(("宁夏回族自治区".into(), false)));
        assert_eq!(u("杭州市"), Some(("杭州市".into(), false)));
        assert_eq!(u("荆州市沙市区"), Some(("沙市区".into(), true)));
        assert_eq!(u("苏州市昆山市"), Some(("昆山市".into(), true)));
        assert_eq!(u("湖北省"), Some(("湖北省".into(), false)));
        assert_eq!(u("省"), None);
        assert_eq!(u("自治区"), None);
        assert_eq!(u("沛县"), Some(("沛县".into(), false)));
        assert_eq!(u("江岸"), None);
        assert_eq!(level_of("昆山市", true), Some(Level::County));
        assert_eq!(level_of("上海市", false), Some(Level::Province));
        assert_eq!(level_of("武汉市", false), Some(Level::City));
        assert_eq!(level_of("恩施土家族苗族自治州", false), Some(Level::City));
        assert_eq!(level_of("中山区", true), Some(Level::District));
        assert_eq!(level_of("宁夏回族自治区", false), Some(Level::Province));
        assert_eq!(level_of("鄂温克族自治旗", false), Some(Level::County));
    }

    fn body_lines(t: &str) -> Vec<Line<'_>> {
        let mut start = 0;
        t.split('\n')
            .map(|l| {
                let line = Line {
                    start,
                    text: l,
                    chars: l.chars().count(),
                };
                start += l.len() + 1;
                line
            })
            .collect()
    }

    #[test]
    fn region_from_the_body() {
        let r = |t: &str, level| region_in_body(&body_lines(t), 0, level).map(|(u, _)| u);
        // The party committee names the city; the province's is passed over for a city report.
        assert_eq!(
            r(
                "在中共某省委和中共甲乙市委的领导下，全市经济增长。",
                Some(Level::City)
            ),
            Some("甲乙市".into())
        );
        assert_eq!(
            r("完善了《甲乙市人民政府工作规则》。", Some(Level::City)),
            Some("甲乙市".into())
        );
        // A term number is no name.
        assert_eq!(
            r("我代表第五届市人民政府报告工作。", Some(Level::City)),
            None
        );
        assert_eq!(strip_term("第五届市"), "市");
        assert_eq!(strip_term("本届县"), "县");
        assert_eq!(strip_term("甲乙市"), "甲乙市");
        assert_eq!(strip_term("甲乙市第五届"), "甲乙市");
        assert_eq!(strip_term("甲乙市第12届"), "甲乙市");
        assert_eq!(strip_term("第届"), "第届");
        assert_eq!(r("中共中央和国务院。", None), None);
        // The government's own plans, by title.
        assert_eq!(
            r(
                "实施《甲乙市城市总体规划》和《甲乙市环境保护条例》。",
                Some(Level::City)
            ),
            Some("甲乙市".into())
        );
        assert_eq!(r("融入《武汉城市圈总体规划》。", Some(Level::City)), None);
        assert_eq!(r("编制《甲乙生态市建设规划》。", Some(Level::City)), None);
        assert_eq!(
            r("出台《关于加强市场监管的意见》。", Some(Level::City)),
            None
        );
        assert_eq!(r("落实《某某省环境保护条例》。", Some(Level::City)), None);
    }

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
    fn the_opening_year_of_a_five_year_plan() {
        let d = crate::structure::analyze(&crate::normalize::normalize(
            "各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、过去六年政府工作的回顾\n\
             六年来，全市经济持续增长。\n二、“十二五”时期的主要任务\n今后五年，经济年均增长10%。\n\
             三、扎实做好“十二五”开局之年的工作\n今年全市生产总值增长13%。\n",
        ));
        assert_eq!(d.meta.plan_year, Some(2011));
        assert_eq!(d.meta.review_year, Some(2010));
    }

    #[test]
    fn dates() {
        let d = |s: &str| dates_in(s).into_iter().map(|d| d.iso).collect::<Vec<_>>();
        assert_eq!(d("——2024年12月26日在"), ["2024-12-26"]);
        assert_eq!(d("——二〇〇九年三月五日在"), ["2009-03-05"]);
        assert_eq!(d("二〇一〇年十二月二十六日"), ["2010-12-26"]);
        assert_eq!(d("2026年02月10日07时41分"), ["2026-02-10"]);
        assert_eq!(d("2024年3月"), ["2024-03"]);
        assert!(d("2024年工作回顾").is_empty());
        assert!(d("年月日").is_empty());
    }

    #[test]
    fn speakers() {
        fn s(t: &str) -> Option<(String, &'static str)> {
            speaker_in(t).map(|s| (s.name, s.office))
        }
        assert_eq!(s("江岸区人民政府区长李明"), Some(("李明".into(), "区长")));
        assert_eq!(s("省长梁惠玲"), Some(("梁惠玲".into(), "省长")));
        assert_eq!(
            s("湖北省人民政府代省长李殿勋作政府工作报告。"),
            Some(("李殿勋".into(), "代省长"))
        );
        assert_eq!(
            s("----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告"),
            Some(("龚正".into(), "市长"))
        );
        assert_eq!(s("自治区主席嘎玛泽登"), Some(("嘎玛泽登".into(), "主席")));
        assert_eq!(s("国务院总理李强"), Some(("李强".into(), "总理")));
        assert_eq!(s("加快建设省长江经济带"), None);
    }
}
