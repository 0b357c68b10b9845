//! Small text helpers shared by the structure stage: numerals, labels and
//! bounded character scans. Everything here is linear and panic-free.

use crate::words::offsets;

/// A non-empty line of the clean text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line<'a> {
    /// Byte offset of the line in the clean text.
    pub start: usize,
    /// The line's text (no `\n`, trimmed).
    pub text: &'a str,
    /// Its length in characters.
    pub chars: usize,
}

impl Line<'_> {
    /// Byte offset just past the line.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

/// The value of one Chinese digit (`〇`–`九`).
pub(crate) fn cn_digit(c: char) -> Option<u32> {
    match c {
        // Zeros of dates typed with look-alikes: 二○○九, 二ＯＯ九.
        '○' | 'Ｏ' | 'O' => Some(0),
        _ => crate::numbers::chinese_digit(c),
    }
}

/// Whether `c` can be part of a small Chinese numeral (`一`…`九`, `十`).
pub(crate) fn is_cn_numeral(c: char) -> bool {
    c == '十' || (c != '两' && c != 'O' && c != 'Ｏ' && cn_digit(c).is_some())
}

/// Parses a small number written in Chinese (`三`, `十二`, `二十六`) or ASCII
/// digits (`12`). Returns `None` above 9999 or for anything else.
pub(crate) fn parse_small_number(s: &str) -> Option<u32> {
    if s.is_empty() || s.chars().count() > 4 {
        return None;
    }
    if s.chars().all(|c| c.is_ascii_digit()) {
        return s.parse().ok();
    }
    let mut total = 0u32;
    let mut digit: Option<u32> = None;
    let mut seen_ten = false;
    for c in s.chars() {
        if c == '十' {
            if seen_ten {
                return None;
            }
            seen_ten = true;
            total += digit.take().unwrap_or(1) * 10;
        } else {
            if digit.is_some() {
                return None;
            }
            digit = Some(cn_digit(c)?);
        }
    }
    Some(total + digit.unwrap_or(0))
}

/// Parses a year written with ASCII digits or digit-by-digit in Chinese
/// (`二〇〇九`).
pub(crate) fn parse_year(s: &str) -> Option<i32> {
    if s.chars().count() != 4 {
        return None;
    }
    let mut y = 0i32;
    for c in s.chars() {
        let d = match c.to_digit(10) {
            Some(d) => d,
            None => cn_digit(c)?,
        };
        y = y * 10 + d as i32;
    }
    (1949..=2200).contains(&y).then_some(y)
}

/// The leading Chinese numeral of `s` (at most three characters): its value
/// and byte length.
pub(crate) fn leading_cn_numeral(s: &str) -> Option<(u32, usize)> {
    let mut len = 0;
    for (n, c) in s.chars().enumerate() {
        if n >= 3 || !is_cn_numeral(c) {
            break;
        }
        len += c.len_utf8();
    }
    let v = parse_small_number(s.get(..len)?)?;
    (len > 0 && v > 0).then_some((v, len))
}

/// The leading ASCII number of `s` (at most three digits): value and byte length.
pub(crate) fn leading_ascii_number(s: &str) -> Option<(u32, usize)> {
    let len = s.bytes().take(4).take_while(|b| b.is_ascii_digit()).count();
    if len == 0 || len > 3 {
        return None;
    }
    Some((s.get(..len)?.parse().ok()?, len))
}

/// Every 4-digit year (1949–2200) written with ASCII digits in `s` and followed
/// by `年`, in order.
pub(crate) fn years_in(s: &str) -> Vec<i32> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let j = i + b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            if j - i == 4 && s.get(j..).is_some_and(|r| r.starts_with('年')) {
                let before_ok = i == 0 || !b[i - 1].is_ascii_alphanumeric();
                if let (true, Some(y)) =
                    (before_ok, s.get(i..j).and_then(|d| d.parse::<i32>().ok()))
                {
                    if (1949..=2200).contains(&y) {
                        out.push(y);
                    }
                }
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// The last year of a five-year plan named `十N五` in `s` (`“十四五”` → 2025).
pub(crate) fn five_year_plan_end(s: &str) -> Option<i32> {
    for at in offsets(s, "五”").chain(offsets(s, "五\"")) {
        let head = s.get(..at)?;
        let mut start = at;
        for (i, c) in head.char_indices().rev().take(3) {
            if is_cn_numeral(c) {
                start = i;
            } else {
                break;
            }
        }
        if let Some(n) = head.get(start..).and_then(parse_small_number) {
            if (3..=30).contains(&n) {
                return Some(1966 + 5 * (n as i32 - 3) + 4);
            }
        }
    }
    None
}

/// How a paragraph may address the deputies before it speaks (`各位代表！`).
pub(crate) const SALUTATIONS: &[&str] = &["各位代表！", "各位代表，", "各位代表："];

/// A paragraph's opening without a salutation before it ([`SALUTATIONS`]).
pub(crate) fn without_salutation(s: &str) -> &str {
    SALUTATIONS
        .iter()
        .find_map(|w| s.strip_prefix(w))
        .unwrap_or(s)
}

/// Byte offset after the first `n` characters of `s` (or `s.len()`).
pub(crate) fn byte_after_chars(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

/// Whether `s` contains at least one letter, digit or ideograph.
pub(crate) fn has_content(s: &str) -> bool {
    s.chars().any(is_word_char)
}

/// Whether `c` closes a quotation or a bracket.
pub(crate) fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '）' | ')' | '」' | '』' | '》' | '"' | '\'')
}

/// Whether `c` ends a sentence.
pub(crate) fn is_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?')
}

/// The end (byte offset in `s`) of the first sentence of `s`, scanning at most
/// `limit` characters: just past the terminator and any closing quotes.
/// Returns the terminator too.
pub(crate) fn first_sentence_end(s: &str, limit: usize) -> Option<(usize, char)> {
    let mut it = s.char_indices().take(limit).peekable();
    while let Some((i, c)) = it.next() {
        if is_terminator(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, q)) = it.peek() {
                if is_closer(q) || is_terminator(q) {
                    end = j + q.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            return Some((end, c));
        }
    }
    None
}

/// `s` without trailing sentence punctuation and colons.
pub(crate) fn trim_end_punct(s: &str) -> &str {
    s.trim_end_matches(['。', '！', '？', '!', '?', '：', ':', '；', ';', '，', ','])
}

/// A letter, digit or ideograph of the scripts reports use (ASCII and
/// full-width forms, CJK, Latin, Greek, Cyrillic, kana, Hangul) — what
/// `char::is_alphanumeric` says for them, without its Unicode tables.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c,
            '\u{3007}'
            | '\u{3400}'..='\u{4DBF}'
            | '\u{4E00}'..='\u{9FFF}'
            | '\u{F900}'..='\u{FAFF}'
            | '\u{20000}'..='\u{3134F}'
            | '\u{FF10}'..='\u{FF19}'
            | '\u{FF21}'..='\u{FF3A}'
            | '\u{FF41}'..='\u{FF5A}'
            | '\u{00AA}' | '\u{00B5}' | '\u{00BA}'
            | '\u{00C0}'..='\u{00D6}'
            | '\u{00D8}'..='\u{00F6}'
            | '\u{00F8}'..='\u{024F}'
            | '\u{0370}'..='\u{03FF}'
            | '\u{0400}'..='\u{04FF}'
            | '\u{3041}'..='\u{3096}'
            | '\u{30A1}'..='\u{30FA}'
            | '\u{AC00}'..='\u{D7A3}'
            | '\u{2160}'..='\u{2188}'
            | '\u{2460}'..='\u{249B}'
            | '\u{3021}'..='\u{3029}')
}

/// Dashes that open a bullet (`——`, `──` box drawing, `―`).
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '—' | '―' | '─' | '━')
}

/// Lines at least this long (in bytes) are a report run onto one line, in
/// which part titles are looked for anywhere ([`part_titles_in_line`]).
pub(crate) const RUN_ON_LINE: usize = 6000;

/// Words that end a part title run into the text around it, tried before
/// `工作` (`一、2008年工作回顾2008年是…`, `二、2009年主要任务今年是…`).
const EMBEDDED_TITLE_ENDS: &[&str] = &[
    "回顾", "安排", "任务", "要求", "目标", "建议", "部署", "展望",
];

/// Characters after a title word that carry the title on (`要求和目标`).
const TITLE_CARRIES_ON: &[char] = &['和', '及', '与', '、', '暨', '的'];

/// Most characters of a part title run into a line.
const EMBEDDED_TITLE_MAX: usize = 40;

/// Part titles run into a line: after a sentence end, a part label (`二、`)
/// and a title ending on a title word within [`EMBEDDED_TITLE_MAX`]
/// characters, with no clause mark before it. In a report run onto one line
/// (a line of [`RUN_ON_LINE`] bytes or more) anywhere; in any other line only
/// a title that ends the line (`…提出意见。一、2017年工作回顾`). Gives each
/// title's byte range in `line`, label included, in order.
pub(crate) fn part_titles_in_line(line: &str) -> Vec<std::ops::Range<usize>> {
    let run_on = line.len() >= RUN_ON_LINE;
    let mut out = Vec::new();
    // A title that ends a line starts in its last characters, after a `、`
    // (found from the end at byte speed).
    if !run_on
        && line
            .rfind('、')
            .is_none_or(|at| line.len() - at > EMBEDDED_TITLE_MAX * 4)
    {
        return out;
    }
    let from = if run_on {
        0
    } else {
        line.char_indices()
            .rev()
            .nth(EMBEDDED_TITLE_MAX + 4)
            .map_or(0, |(i, _)| i)
    };
    for (at, c) in line.get(from..).unwrap_or_default().char_indices() {
        if !matches!(c, '。' | '！' | '？') || from + at == 0 {
            continue;
        }
        let start = from + at + c.len_utf8();
        let rest = line.get(start..).unwrap_or_default();
        let Some((_, n)) = leading_cn_numeral(rest) else {
            continue;
        };
        let Some(title) = rest.get(n..).and_then(|r| r.strip_prefix('、')) else {
            continue;
        };
        let window_end = title
            .char_indices()
            .take(EMBEDDED_TITLE_MAX)
            .find(|&(_, c)| matches!(c, '，' | '。' | '；' | '：' | ',' | ';' | ':' | '！' | '？'))
            .map_or_else(|| byte_after_chars(title, EMBEDDED_TITLE_MAX), |(i, _)| i);
        let window = title.get(..window_end).unwrap_or_default();
        let ends = |words: &[&str]| {
            words
                .iter()
                .filter_map(|w| {
                    offsets(window, w).map(|i| i + w.len()).find(|&e| {
                        !window
                            .get(e..)
                            .is_some_and(|r| r.starts_with(TITLE_CARRIES_ON))
                    })
                })
                .min()
        };
        // `工作` ends a title that names its year (`2006年政府的主要工作`).
        let Some(end) = ends(EMBEDDED_TITLE_ENDS).or_else(|| {
            ends(&["工作"]).filter(|&e| window.get(..e).is_some_and(|t| t.contains('年')))
        }) else {
            continue;
        };
        let end = start + (rest.len() - title.len()) + end;
        if run_on || end == line.len() {
            out.push(start..end);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn part_titles_inside_a_report_on_one_line() {
        let body = "全市经济持续增长。".repeat(700);
        let line = format!(
            "请提出意见。一、2008年工作回顾2008年是很不平凡的一年。{body}\
             二、二00九年政府工作的总体要求和目标今年是关键一年。{body}\
             三、2010年政府的主要工作2010年是开局之年。{body}\
             四、提高政府自身建设水平以现代行政理念、执行能力、工作作风。{body}\
             一、二产业协调发展。"
        );
        let titles: Vec<&str> = part_titles_in_line(&line)
            .into_iter()
            .filter_map(|r| line.get(r))
            .collect();
        assert_eq!(
            titles,
            [
                "一、2008年工作回顾",
                "二、二00九年政府工作的总体要求和目标",
                "三、2010年政府的主要工作"
            ]
        );
        // An ordinary paragraph is never searched.
        assert!(
            part_titles_in_line("请提出意见。一、2008年工作回顾2008年是很不平凡的一年。")
                .is_empty()
        );
    }

    #[test]
    fn part_titles_run_onto_the_end_of_a_line() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "请予审议，并请列席人员提出意见。一、2017年工作回顾",
                Some("一、2017年工作回顾"),
            ),
            (
                "我们必须高度重视，认真解决。二、2018年工作安排",
                Some("二、2018年工作安排"),
            ),
            (
                "完成全年目标任务！三、2017年重点工作安排",
                Some("三、2017年重点工作安排"),
            ),
            // A list of numerals, a clause, or a sentence that is no title.
            ("全市生产总值增长9%。一、二产业协调发展", None),
            (
                "全市生产总值增长9%。二、工业增加值增长10%，服务业增长8%",
                None,
            ),
            ("二、2018年工作安排", None),
            ("全年经济运行平稳。", None),
        ];
        for (line, want) in cases {
            let got = part_titles_in_line(line)
                .first()
                .and_then(|r| line.get(r.start..));
            assert_eq!(got, *want, "{line}");
        }
    }
}
