//! Stage 1 — normalise: raw report text → clean text plus a map back to the
//! original input.
//!
//! The clean text holds one paragraph per line (`\n`-separated), with:
//! - HTML remnants removed (tags, comments, entities decoded, `<U+00A0>` escapes);
//! - full-width digits, letters, `％ ． ＋ －` folded to ASCII; BOM, NUL and
//!   other control characters dropped;
//! - Kangxi radicals, CJK radical supplement forms and CJK compatibility
//!   ideographs (which PDF text extraction often yields: `⼈⺠` for `人民`)
//!   mapped to the ordinary ideographs, with a warning saying how many;
//! - white space removed except between two ASCII letters or digits;
//! - page footers (`— 4 —`), running headers, repeated bodies and web page
//!   chrome (打印, 字号 大 中 小, 扫一扫, 相关报道 …) dropped;
//! - hard line breaks inside paragraphs (PDF extractions) joined.
//!
//! Every clean character remembers the UTF-16 range of the original input it
//! came from, so any clean byte range maps back with [`Normalized::span`].

use crate::model::{Span, Warning};
use std::ops::Range;

mod ideographs;

/// The clean text of a report and the map back to the original input.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// The clean text: one paragraph per line.
    pub text: String,
    /// One entry per clean character, in order.
    map: Vec<MapEntry>,
    /// What normalisation removed or noticed.
    pub warnings: Vec<Warning>,
}

#[derive(Debug, Clone, Copy)]
struct MapEntry {
    /// Byte offset of the character in the clean text.
    clean: u32,
    /// UTF-16 range of the original input it came from.
    start: u32,
    end: u32,
}

/// A character of the input on its way to the clean text.
#[derive(Debug, Clone, Copy)]
struct Char {
    ch: char,
    start: u32,
    end: u32,
}

impl Normalized {
    /// Maps a byte range of the clean text to a UTF-16 span of the original input.
    ///
    /// The range is clamped to the text; an empty range maps to an empty span.
    pub fn span(&self, range: Range<usize>) -> Span {
        if self.map.is_empty() {
            return [0, 0];
        }
        let first = self.entry_at(range.start);
        let start = self.map[first].start;
        if range.end <= range.start {
            return [start, start];
        }
        let last = self.entry_at(range.end - 1);
        [start, self.map[last].end.max(start)]
    }

    /// Index of the map entry for the clean character that covers byte `at`.
    fn entry_at(&self, at: usize) -> usize {
        let at = at as u32;
        match self.map.binary_search_by_key(&at, |e| e.clean) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1).min(self.map.len() - 1),
        }
    }

    /// A mapper of clean byte ranges to spans that searches near the last
    /// range it mapped: ranges in document order cost almost nothing each.
    pub(crate) fn spans(&self) -> Spans<'_> {
        Spans {
            clean: self,
            hint: 0,
        }
    }

    /// The paragraphs of the clean text with their byte offsets.
    pub fn lines(&self) -> impl Iterator<Item = (usize, &str)> {
        let mut at = 0;
        self.text.split('\n').map(move |line| {
            let start = at;
            at += line.len() + 1;
            (start, line)
        })
    }
}

/// Maps clean byte ranges to UTF-16 spans as [`Normalized::span`] does,
/// searching the map from the entry of the last range mapped outwards.
pub(crate) struct Spans<'a> {
    clean: &'a Normalized,
    /// The map entry found last.
    hint: usize,
}

impl Spans<'_> {
    /// What [`Normalized::span`] gives for `range`.
    pub(crate) fn span(&mut self, range: Range<usize>) -> Span {
        let map = &self.clean.map;
        if map.is_empty() {
            return [0, 0];
        }
        let start = map[self.entry_at(range.start)].start;
        if range.end <= range.start {
            return [start, start];
        }
        let last = self.entry_at(range.end - 1);
        [start, map[last].end.max(start)]
    }

    /// What [`Normalized::entry_at`] gives (the last entry at or before byte
    /// `at`, else the first), found by doubling steps from the hint.
    fn entry_at(&mut self, at: usize) -> usize {
        let map = &self.clean.map;
        let at = at as u32;
        let h = self.hint.min(map.len() - 1);
        // A window [lo, hi) whose entries before `at` start at lo (or at 0)
        // and that ends at an entry after `at` (or at the end).
        let (lo, hi) = if map[h].clean <= at {
            let (mut lo, mut step) = (h, 1);
            loop {
                let next = h.saturating_add(step);
                if next >= map.len() || map[next].clean > at {
                    break (lo, next.min(map.len()));
                }
                lo = next;
                step *= 2;
            }
        } else {
            let (mut hi, mut step) = (h, 1);
            loop {
                let Some(prev) = h.checked_sub(step) else {
                    break (0, hi);
                };
                if map[prev].clean <= at {
                    break (prev, hi);
                }
                hi = prev;
                step *= 2;
            }
        };
        let window = map.get(lo..hi).unwrap_or_default();
        let i = (lo + window.partition_point(|e| e.clean <= at))
            .saturating_sub(1)
            .min(map.len() - 1);
        self.hint = i;
        i
    }
}

/// Normalises a raw report text. Linear in the input's length.
pub fn normalize(raw: &str) -> Normalized {
    let (chars, mapped) = fold_characters(raw);
    let mut warnings = Vec::new();
    if mapped > 0 {
        warnings.push(Warning::new(
            "mapped-compatibility-ideographs",
            format!(
                "mapped {mapped} radical or compatibility ideographs (as PDF text extraction gives them) to the ordinary characters"
            ),
        ));
    }
    let all = split_lines(&chars);
    // The lines hold the characters kept: the rest is not needed any more.
    drop(chars);
    let lines = drop_noise_lines(all.lines(), &mut warnings);
    let paragraphs = join_paragraphs(&lines);
    assemble(&lines, &paragraphs, warnings)
}

/// Counts the characters that show an input is not text (control characters and
/// replacement characters) in its first 64 KiB; returns the UTF-16 offset of the
/// first one when they are too many for a text.
pub fn binary_offset(raw: &str) -> Option<usize> {
    let mut bad = 0usize;
    let mut seen = 0usize;
    let mut first = None;
    let mut utf16 = 0usize;
    for ch in raw.chars().take(65_536) {
        seen += 1;
        let is_bad = (ch.is_control() && !matches!(ch, '\n' | '\r' | '\t')) || ch == '\u{FFFD}';
        if is_bad {
            bad += 1;
            first.get_or_insert(utf16);
        }
        utf16 += ch.len_utf16();
    }
    (bad > 8 && bad * 10 > seen).then(|| first.unwrap_or(0))
}

// ---------------------------------------------------------------------------
// Character level

/// Decodes HTML remnants, folds full-width forms and radical or compatibility
/// ideographs, and drops control characters. Returns the characters and how
/// many ideographs were mapped.
fn fold_characters(raw: &str) -> (Vec<Char>, usize) {
    let src: Vec<(u32, char)> = {
        let mut out = Vec::with_capacity(raw.len() / 2);
        let mut at = 0u32;
        for ch in raw.chars() {
            out.push((at, ch));
            at = at.saturating_add(ch.len_utf16() as u32);
        }
        out.push((at, '\0'));
        out
    };
    let n = src.len() - 1;
    let end_of = |i: usize| src[i.min(n)].0;
    let mut out = Vec::with_capacity(n);
    let mut mapped = 0usize;
    let mut fold_counting = |ch: char| {
        let folded = fold(ch);
        if folded != ch && ch >= '\u{2E80}' && unified_ideograph(ch).is_some() {
            mapped += 1;
        }
        folded
    };
    let mut next_close: Option<usize> = None;
    let mut i = 0;
    while i < n {
        let (start, ch) = src[i];
        // Most characters (printable ASCII but `&` and `<`, the common
        // ideographs) stay as they are: what `fold` gives them.
        if matches!(ch, ' '..='%' | '\''..=';' | '='..='~' | '\u{4E00}'..='\u{9FFF}') {
            out.push(Char {
                ch,
                start,
                end: end_of(i + 1),
            });
            i += 1;
            continue;
        }
        match ch {
            '&' => {
                if let Some((decoded, len)) = entity(&src[i..n]) {
                    if let Some(d) = decoded {
                        out.push(Char {
                            ch: fold_counting(d),
                            start,
                            end: end_of(i + len),
                        });
                    }
                    i += len;
                    continue;
                }
            }
            '<' if starts_comment(&src[i..n]) => {
                // A comment runs to the next `-->`; an unclosed one is left as text.
                // The search position is remembered, so many comments stay linear.
                if next_close.is_none_or(|c| c != usize::MAX && c < i + 4) {
                    next_close = Some(find_close(&src[..n], i + 4).unwrap_or(usize::MAX));
                }
                if let Some(close) = next_close.filter(|&c| c != usize::MAX) {
                    i = close + 3;
                    continue;
                }
            }
            '<' => {
                if let Some((decoded, len)) = markup(&src[i..n]) {
                    if let Some(d) = decoded {
                        out.push(Char {
                            ch: fold_counting(d),
                            start,
                            end: end_of(i + len),
                        });
                    }
                    i += len;
                    continue;
                }
            }
            '\r' => {
                // CRLF and lone CR both end a line.
                let len = if src.get(i + 1).map(|c| c.1) == Some('\n') {
                    2
                } else {
                    1
                };
                out.push(Char {
                    ch: '\n',
                    start,
                    end: end_of(i + len),
                });
                i += len;
                continue;
            }
            _ => {}
        }
        let folded = fold_counting(ch);
        if folded != '\u{0}' {
            out.push(Char {
                ch: folded,
                start,
                end: end_of(i + 1),
            });
        }
        i += 1;
    }
    (out, mapped)
}

/// Folds one character: full-width ASCII forms to ASCII, every kind of space to
/// `' '`, controls and BOM to NUL (dropped).
fn fold(ch: char) -> char {
    // Most characters of a report: printable ASCII and the common ideographs.
    if matches!(ch, ' '..='~' | '\u{4E00}'..='\u{9FFF}') {
        return ch;
    }
    match ch {
        '\n' => '\n',
        '\t' | '\u{A0}' | '\u{3000}' | '\u{2002}'..='\u{200A}' | '\u{202F}' | '\u{205F}' => ' ',
        '\u{FEFF}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' => '\0',
        c if c.is_control() => '\0',
        // Full-width digits, letters and the signs numbers use.
        '\u{FF10}'..='\u{FF19}'
        | '\u{FF21}'..='\u{FF3A}'
        | '\u{FF41}'..='\u{FF5A}'
        | '\u{FF05}'
        | '\u{FF0E}'
        | '\u{FF0B}'
        | '\u{FF0D}'
        | '\u{FF0F}' => char::from_u32(ch as u32 - 0xFEE0).unwrap_or(ch),
        // The small percent sign of some exports (`11﹪左右`).
        '\u{FE6A}' => '%',
        c => unified_ideograph(c).unwrap_or(c),
    }
}

/// The ordinary (unified) ideograph a Kangxi radical, CJK radical supplement
/// form or CJK compatibility ideograph stands for (`⼈` → `人`, `⺠` → `民`),
/// from the generated tables in `normalize/ideographs.rs`.
pub fn unified_ideograph(ch: char) -> Option<char> {
    use ideographs::*;
    let code = ch as u32;
    // Below the first block (most text): one comparison.
    if code < RADICALS_SUPPLEMENT.0 {
        return None;
    }
    let (first, table): (u32, &[char]) = match code {
        0x2E80..=0x2EFF => (RADICALS_SUPPLEMENT.0, &RADICALS_SUPPLEMENT.1),
        0x2F00..=0x2FDF => (KANGXI_RADICALS.0, &KANGXI_RADICALS.1),
        0xF900..=0xFAFF => (COMPATIBILITY.0, &COMPATIBILITY.1),
        0x2F800..=0x2FA1F => (COMPATIBILITY_SUPPLEMENT.0, &COMPATIBILITY_SUPPLEMENT.1),
        _ => return None,
    };
    let mapped = *table.get((code - first) as usize)?;
    (mapped != '\0').then_some(mapped)
}

/// Recognises an HTML entity at the start of `s` (`&amp;`, `&#26085;`, `&#x65E5;`).
/// Returns the character it stands for (None for one that is dropped) and its length.
fn entity(s: &[(u32, char)]) -> Option<(Option<char>, usize)> {
    let end = s.iter().take(12).position(|c| c.1 == ';')?;
    let body: String = s[1..end].iter().map(|c| c.1).collect();
    let decoded = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        char::from_u32(code)
    } else {
        Some(match body.as_str() {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
            "ldquo" => '“',
            "rdquo" => '”',
            "lsquo" => '‘',
            "rsquo" => '’',
            "mdash" => '—',
            "ndash" => '–',
            "hellip" => '…',
            "middot" => '·',
            "times" => '×',
            "permil" => '‰',
            _ => return None,
        })
    };
    Some((decoded, end + 1))
}

/// Does `s` open an HTML comment?
fn starts_comment(s: &[(u32, char)]) -> bool {
    s.len() >= 4 && s[1].1 == '!' && s[2].1 == '-' && s[3].1 == '-'
}

/// Index of the next `-->` at or after `from`.
fn find_close(s: &[(u32, char)], from: usize) -> Option<usize> {
    let tail = s.get(from..)?;
    tail.windows(3)
        .position(|w| w[0].1 == '-' && w[1].1 == '-' && w[2].1 == '>')
        .map(|p| from + p)
}

/// Recognises markup at the start of `s`: a tag, or an
/// R-style `<U+00A0>` escape. Returns the character it stands for and its length.
fn markup(s: &[(u32, char)]) -> Option<(Option<char>, usize)> {
    let starts_with = |p: &str| {
        let mut it = s.iter().map(|c| c.1);
        p.chars().all(|pc| it.next() == Some(pc))
    };
    if starts_with("<U+") {
        let end = s.iter().take(10).position(|c| c.1 == '>')?;
        let hex: String = s[3..end].iter().map(|c| c.1).collect();
        let ch = char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?;
        return Some((Some(ch), end + 1));
    }
    // A tag: `<name ...>` or `</name>`, closed on the same line within 300 characters.
    let mut k = 1;
    if s.get(k).map(|c| c.1) == Some('/') {
        k += 1;
    }
    if !s.get(k).is_some_and(|c| c.1.is_ascii_alphabetic()) {
        return None;
    }
    let name_end = k + s[k..]
        .iter()
        .take_while(|c| c.1.is_ascii_alphanumeric())
        .count();
    if !s
        .get(name_end)
        .is_some_and(|c| matches!(c.1, '>' | ' ' | '/' | '\n' | '\t'))
    {
        return None;
    }
    let close = 1 + s[1..]
        .iter()
        .take(300)
        .position(|c| c.1 == '>' || c.1 == '<')?;
    if s[close].1 != '>' || s[..close].iter().any(|c| c.1 == '\n') {
        return None;
    }
    let name: String = s[k..name_end]
        .iter()
        .map(|c| c.1.to_ascii_lowercase())
        .collect();
    let block = matches!(
        name.as_str(),
        "p" | "br" | "div" | "li" | "tr" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "table"
    );
    Some((block.then_some('\n'), close + 1))
}

// ---------------------------------------------------------------------------
// Line level

/// A line of the input, its characters trimmed and its inner spaces removed.
#[derive(Debug, Clone, Copy, Default)]
struct Line<'a> {
    chars: &'a [Char],
    /// The characters as text.
    text: &'a str,
    /// The raw line ended with white space (a paragraph mark in some PDF extractions).
    trailing_space: bool,
    /// The raw line began with an indent (two spaces or an ideographic space).
    indented: bool,
}

/// The lines of the input: the characters and the text of all, one after
/// the other, and where each line's are.
struct AllLines {
    chars: Vec<Char>,
    text: String,
    /// Per line: its characters, its text, trailing space, indent.
    lines: Vec<(Range<usize>, Range<usize>, bool, bool)>,
}

impl AllLines {
    fn lines(&self) -> Vec<Line<'_>> {
        self.lines
            .iter()
            .map(|(chars, text, trailing_space, indented)| Line {
                chars: self.chars.get(chars.clone()).unwrap_or_default(),
                text: self.text.get(text.clone()).unwrap_or_default(),
                trailing_space: *trailing_space,
                indented: *indented,
            })
            .collect()
    }
}

impl Line<'_> {
    /// Display width in half-width columns.
    fn width(&self) -> usize {
        self.chars
            .iter()
            .map(|c| if (c.ch as u32) < 0x2000 { 1 } else { 2 })
            .sum()
    }

    fn last_char(&self) -> Option<char> {
        self.chars.last().map(|c| c.ch)
    }
}

/// Splits into lines, trimming them and removing the spaces PDF and Word
/// exports put between CJK characters and numbers.
fn split_lines(chars: &[Char]) -> AllLines {
    let mut lines = Vec::new();
    let mut kept: Vec<Char> = Vec::with_capacity(chars.len());
    let mut text = String::with_capacity(chars.iter().map(|c| c.ch.len_utf8()).sum());
    for raw in chars.split(|c| c.ch == '\n') {
        let lead = raw.iter().take_while(|c| c.ch == ' ').count();
        let indented = lead >= 2
            || raw
                .first()
                .is_some_and(|c| c.ch == ' ' && c.end - c.start == 1 && lead >= 2);
        let trailing_space = raw.last().is_some_and(|c| c.ch == ' ');
        let (first, first_byte) = (kept.len(), text.len());
        let body = &raw[lead..];
        let mut i = 0;
        while i < body.len() {
            let c = body[i];
            if c.ch != ' ' {
                kept.push(c);
                text.push(c.ch);
                i += 1;
                continue;
            }
            // A run of spaces: keep one only between two ASCII letters or
            // digits ("Model 3", "2026-01-31 07:00").
            let run_end = i + body[i..].iter().take_while(|n| n.ch == ' ').count();
            let prev = kept.get(first..).and_then(|k| k.last()).map(|p| p.ch);
            let next = body.get(run_end).map(|n| n.ch);
            if let (Some(p), Some(n)) = (prev, next) {
                if p.is_ascii_alphanumeric() && n.is_ascii_alphanumeric() {
                    kept.push(c);
                    text.push(c.ch);
                }
            }
            i = run_end;
        }
        lines.push((
            first..kept.len(),
            first_byte..text.len(),
            trailing_space,
            indented,
        ));
    }
    AllLines {
        chars: kept,
        text,
        lines,
    }
}

/// Page-chrome words that stand alone on a line of a web page.
const CHROME_WORDS: &[&str] = &[
    "打印",
    "下载",
    "全屏",
    "收藏",
    "字号",
    "字体",
    "大",
    "中",
    "小",
    "加大",
    "还原",
    "减小",
    "默认",
    "【",
    "】",
    ">",
    ">>",
    "首页",
    "扫一扫",
    "关闭窗口",
    "关闭",
    "打印本页",
    "打印此页",
    "返回顶部",
    "分享到",
    "分享到：",
    "【字号：",
    "【字体：",
    "字号：",
    "字体：",
    "【打印】",
    "【关闭】",
    "[打印]",
    "[关闭]",
    "保存",
    "纠错",
    "上一页",
    "下一页",
    "复制链接",
];

/// Line openings that mark web-page chrome (labels and their values).
const CHROME_PREFIXES: &[&str] = &[
    "来源：",
    "来源:",
    "时间：",
    "时间:",
    "发布时间",
    "发表时间",
    "发稿时间",
    "阅读量",
    "浏览次数",
    "点击数",
    "责任编辑",
    "编辑：",
    "编辑:",
    "作者：",
    "作者:",
    "当前位置",
    "【字号",
    "【字体",
    "【打印",
    "分享到",
    "扫一扫",
    "字号：",
    "字体：",
    "【我要纠错",
    "信息来源",
    "文章来源",
    "（来源",
    "(来源",
    "（责任编辑",
    "(责任编辑",
    "【E-mail",
    "【打印",
    "新华社受权",
    "相关链接",
];

/// Openings of the trailing chrome block: everything from here on is dropped.
const TAIL_MARKERS: &[&str] = &[
    "相关报道",
    "相关新闻",
    "相关链接",
    "扫一扫",
    "打印本页",
    "关闭窗口",
    "【打印",
    "责任编辑",
    "【关闭",
    "上一篇",
    "下一篇",
];

fn is_footer(text: &str) -> bool {
    let t = text.trim();
    let dash = |c: char| matches!(c, '—' | '–' | '-' | '－' | '─' | '―');
    let core = t.trim_matches(dash).trim();
    let had_dashes = core.len() < t.len();
    let digits = !core.is_empty() && core.chars().all(|c| c.is_ascii_digit()) && core.len() <= 4;
    if had_dashes && digits {
        return true;
    }
    // A bare page number.
    if !t.is_empty() && t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    // 第 N 页 / 第 N 页 共 M 页
    if let Some(rest) = t.strip_prefix('第') {
        let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit());
        return rest == "页" || (rest.starts_with("页共") && rest.ends_with('页'));
    }
    false
}

fn is_chrome(text: &str) -> bool {
    CHROME_WORDS.contains(&text) || CHROME_PREFIXES.iter().any(|p| text.starts_with(p))
}

/// Drops footers, running headers, repeated bodies and web page chrome.
fn drop_noise_lines<'a>(lines: Vec<Line<'a>>, warnings: &mut Vec<Warning>) -> Vec<Line<'a>> {
    let texts: Vec<&str> = lines.iter().map(|l| l.text).collect();
    let mut keep: Vec<bool> = texts.iter().map(|t| !t.is_empty()).collect();

    let mut footers = 0;
    for (i, t) in texts.iter().enumerate() {
        if keep[i] && is_footer(t) {
            keep[i] = false;
            footers += 1;
        }
    }
    if footers > 0 {
        warnings.push(Warning::new(
            "removed-page-footers",
            format!("removed {footers} page footer lines"),
        ));
    }

    // Web chrome at the head: before the title, short lines without sentences;
    // up to the first paragraph, chrome labels and their values.
    let nonempty: Vec<usize> = (0..texts.len()).filter(|&i| keep[i]).collect();
    let head: Vec<usize> = nonempty.iter().copied().take(60).collect();
    // The title stands before the greeting: a wrapped line of the opening
    // sentence (`…向大会作政府工作报告，`) is no title.
    let greeting = head
        .iter()
        .position(|&i| texts[i].starts_with("各位代表"))
        .unwrap_or(head.len());
    let title_at = head
        .iter()
        .take(greeting)
        .position(|&i| texts[i].contains("政府工作报告") && texts[i].chars().count() <= 40);
    let mut chrome = 0;
    if let Some(t) = title_at {
        for &i in &head[..t] {
            let s = &texts[i];
            if s.chars().count() <= 30 && !s.contains('。') {
                keep[i] = false;
                chrome += 1;
            }
        }
    }
    let mut after_label = false;
    for &i in &head {
        let s = &texts[i];
        if s.chars().count() > 60 {
            break;
        }
        if is_chrome(s) {
            keep[i] = false;
            chrome += 1;
            // A label alone on its line ("来源：") has its value on the next line.
            after_label = s.ends_with('：') || s.ends_with(':');
        } else if after_label && s.chars().count() <= 24 && !s.contains('。') {
            keep[i] = false;
            chrome += 1;
            after_label = false;
        } else {
            after_label = false;
        }
    }
    // Chrome lines and photo captions anywhere in the body.
    for (i, t) in texts.iter().enumerate() {
        let caption =
            t.contains("记者") && (t.ends_with('摄') || t.ends_with("摄）") || t.ends_with("摄)"));
        if keep[i] && (is_chrome(t) || caption) {
            keep[i] = false;
            chrome += 1;
        }
    }
    // Web chrome at the tail.
    let tail_start = nonempty.len().saturating_sub(60);
    if let Some(k) = nonempty[tail_start..]
        .iter()
        .position(|&i| TAIL_MARKERS.iter().any(|m| texts[i].starts_with(m)))
    {
        for &i in &nonempty[tail_start + k..] {
            keep[i] = false;
            chrome += 1;
        }
    }
    for &i in nonempty.iter().rev().take(20) {
        if keep[i] && is_chrome(texts[i]) {
            keep[i] = false;
            chrome += 1;
        }
    }
    if chrome > 0 {
        warnings.push(Warning::new(
            "removed-page-chrome",
            format!("removed {chrome} lines of web page chrome"),
        ));
    }

    // Repeated lines: running headers and bodies pasted more than once.
    let mut seen = Tally::new(texts.len());
    let mut repeats = 0;
    for (i, t) in texts.iter().enumerate() {
        if keep[i]
            && t.chars().count() >= 8
            && seen.add(hash(t.as_bytes()), i, |a| texts.get(a) == Some(t)) > 0
        {
            keep[i] = false;
            repeats += 1;
        }
    }
    if repeats > 0 {
        warnings.push(Warning::new(
            "removed-repeated-lines",
            format!("removed {repeats} repeated lines (running headers or a body pasted twice)"),
        ));
    }

    lines
        .into_iter()
        .zip(keep)
        .filter_map(|(l, k)| k.then_some(l))
        .collect()
}

/// Counts of keys in an open-addressing table sized once for `n` keys, a key
/// standing for itself by the index of its first occurrence: the repeated
/// lines and the line widths, without the standard library's hash maps.
struct Tally {
    /// Per slot: index of the key's first occurrence + 1 (0: empty), count.
    slots: Vec<(usize, usize)>,
}

impl Tally {
    fn new(n: usize) -> Self {
        let size = n.saturating_mul(2).max(16).next_power_of_two();
        Tally {
            slots: vec![(0, 0); size],
        }
    }

    /// Counts the key at `index` (with its `hash`; `same(a)` tells whether the key
    /// at index `a` equals it) and returns its count before.
    fn add(&mut self, hash: u64, index: usize, same: impl Fn(usize) -> bool) -> usize {
        let mask = self.slots.len() - 1;
        let mut at = hash as usize & mask;
        // Linear probing; the table is at most half full.
        for _ in 0..self.slots.len() {
            let Some(slot) = self.slots.get_mut(at) else {
                break;
            };
            if slot.0 == 0 {
                *slot = (index + 1, 1);
                return 0;
            }
            if same(slot.0 - 1) {
                slot.1 += 1;
                return slot.1 - 1;
            }
            at = (at + 1) & mask;
        }
        0
    }

    /// Each key's first index and count.
    fn counts(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.slots
            .iter()
            .filter(|s| s.0 > 0)
            .map(|&(i, c)| (i - 1, c))
    }
}

/// A hash of some bytes, read eight at a time (FxHash's step, with
/// SplitMix64's finish so that the low bits the table uses depend on all).
fn hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let step = |h: u64, word: u64| (h.rotate_left(5) ^ word).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    let mut h = bytes.len() as u64;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = step(h, u64::from_le_bytes(word));
    }
    for &b in chunks.remainder() {
        h = step(h, u64::from(b));
    }
    h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

/// Does the line open with an outline marker (`一、`, `（一）`, `1.`, `第一部分`)?
pub(crate) fn starts_with_heading_marker(text: &str) -> bool {
    let mut it = text.chars();
    let first = match it.next() {
        Some(c) => c,
        None => return false,
    };
    let rest: String = it.clone().take(6).collect();
    if first == '（' || first == '(' {
        let inner: String = rest
            .chars()
            .take_while(|&c| c != '）' && c != ')')
            .collect();
        return !inner.is_empty()
            && inner.chars().count() <= 3
            && inner.chars().all(|c| is_cjk_digit(c) || c.is_ascii_digit())
            && (rest.contains('）') || rest.contains(')'));
    }
    if is_cjk_digit(first) {
        let n = 1 + it.clone().take_while(|&c| is_cjk_digit(c)).count();
        return text.chars().nth(n) == Some('、') && n <= 3;
    }
    if first == '第' {
        let n = it.clone().take_while(|&c| is_cjk_digit(c)).count();
        return n > 0 && text.chars().skip(1 + n).take(2).collect::<String>() == "部分";
    }
    if first.is_ascii_digit() {
        let digits = 1 + it.clone().take_while(|c| c.is_ascii_digit()).count();
        let mark = text.chars().nth(digits);
        let after = text.chars().nth(digits + 1);
        return digits <= 2
            && matches!(mark, Some('、') | Some('.') | Some('．'))
            && after.is_some_and(|c| !c.is_ascii_digit());
    }
    false
}

fn is_cjk_digit(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

/// Joins the hard line breaks of a wrapped (PDF) text into paragraphs; leaves
/// one-paragraph-per-line texts as they are.
/// Each paragraph is a run of lines: the runs, as ranges of `lines`.
fn join_paragraphs(lines: &[Line]) -> Vec<Range<usize>> {
    let width = wrap_width(lines);
    let Some(width) = width else {
        // One paragraph per line, except where a line plainly runs on.
        let mut out: Vec<Range<usize>> = Vec::new();
        let mut current = 0;
        for (i, line) in lines.iter().enumerate() {
            if !lines.get(i + 1).is_some_and(|next| runs_on(line, next)) {
                out.push(current..i + 1);
                current = i + 1;
            }
        }
        return out;
    };
    let trailing_space_marks = trailing_space_convention(lines, width);
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut current = 0;
    for (i, line) in lines.iter().enumerate() {
        let next = lines.get(i + 1);
        let ends_paragraph = match next {
            None => true,
            Some(next) => {
                let next_text = next.text;
                let heading_next = starts_with_heading_marker(next_text)
                    || next.indented && !trailing_space_marks && next_text.chars().count() > 2;
                let short = line.width() * 10 < width * 8;
                let terminal = matches!(
                    line.last_char(),
                    Some('。' | '！' | '？' | '：' | '；' | '”' | '!' | '?' | ':')
                );
                if heading_next {
                    true
                } else if runs_on(line, next) {
                    false
                } else if trailing_space_marks {
                    line.trailing_space
                } else {
                    short || (terminal && next.indented)
                }
            }
        };
        if ends_paragraph {
            out.push(current..i + 1);
            current = i + 1;
        }
    }
    out
}

/// Does `line` plainly continue on `next`? A break inside a number
/// (`27.` / `3%`, `PM` / `2.5`), before punctuation that cannot open a
/// paragraph, after a word that cannot end one (`的`, `和`, `、`, `，`), or
/// before `是：` (web pages that split a sentence at inline markup).
fn runs_on(line: &Line, next: &Line) -> bool {
    let (Some(last), Some(first)) = (line.last_char(), next.chars.first().map(|c| c.ch)) else {
        return false;
    };
    let second = next.chars.get(1).map(|c| c.ch);
    let before_last = line
        .chars
        .len()
        .checked_sub(2)
        .and_then(|k| line.chars.get(k))
        .map(|c| c.ch);
    let decimal_line = |l: &Line| {
        l.chars.len() <= 8
            && l.chars.iter().any(|c| c.ch == '.')
            && l.chars.iter().all(|c| c.ch.is_ascii_digit() || c.ch == '.')
    };
    let inside_number =
        last == '.' && before_last.is_some_and(|c| c.is_ascii_digit()) && first.is_ascii_digit();
    let code_and_number = last.is_ascii_alphabetic() && decimal_line(next);
    inside_number
        || code_and_number
        || decimal_line(line)
        || matches!(
            first,
            '，' | '。' | '、' | '；' | '）' | '%' | '”' | '’' | '》'
        )
        || matches!(
            last,
            '的' | '和' | '与' | '及' | '、' | '，' | '（' | '“' | '《'
        )
        || matches!((first, second), ('是' | '为', Some('：' | ':')))
}

/// The line width of a wrapped text, or None when lines are paragraphs.
fn wrap_width(lines: &[Line]) -> Option<usize> {
    let widths: Vec<usize> = lines.iter().map(Line::width).filter(|&w| w >= 20).collect();
    if widths.len() < 20 {
        return None;
    }
    // The most common width (the widest of the most common).
    let mut tally = Tally::new(widths.len());
    for (i, &w) in widths.iter().enumerate() {
        tally.add(hash(&w.to_le_bytes()), i, |a| widths.get(a) == Some(&w));
    }
    let (mode, _) = tally
        .counts()
        .map(|(i, c)| (widths.get(i).copied().unwrap_or(0), c))
        .max_by_key(|&(w, c)| (c, w))?;
    if mode > 120 {
        return None;
    }
    let near = widths
        .iter()
        .filter(|&&w| w + 6 >= mode && w <= mode + 3)
        .count();
    let beyond = widths.iter().filter(|&&w| w > mode + 8).count();
    (near * 10 >= widths.len() * 4 && beyond * 10 < widths.len()).then_some(mode)
}

/// Does this text mark paragraph ends with trailing white space (and only them)?
fn trailing_space_convention(lines: &[Line], width: usize) -> bool {
    let (mut ends, mut ends_marked, mut wraps, mut wraps_marked) = (0, 0, 0, 0);
    for l in lines {
        let full = l.width() * 10 >= width * 9;
        match l.last_char() {
            Some('。') if !full => {
                ends += 1;
                ends_marked += l.trailing_space as usize;
            }
            Some('，' | '、') if full => {
                wraps += 1;
                wraps_marked += l.trailing_space as usize;
            }
            _ => {}
        }
    }
    ends >= 5 && ends_marked * 10 >= ends * 8 && wraps_marked * 10 <= wraps * 2
}

/// The clean text and its map: the paragraphs (runs of `lines`) one a line.
fn assemble(lines: &[Line], paragraphs: &[Range<usize>], warnings: Vec<Warning>) -> Normalized {
    let bytes: usize = lines.iter().map(|l| l.text.len()).sum();
    let total: usize = lines.iter().map(|l| l.chars.len()).sum();
    let mut text = String::with_capacity(bytes + paragraphs.len());
    let mut map = Vec::with_capacity(total + paragraphs.len());
    let paragraphs = paragraphs
        .iter()
        .map(|r| lines.get(r.clone()).unwrap_or_default())
        .filter(|p| p.iter().any(|l| !l.chars.is_empty()));
    for para in paragraphs {
        if !text.is_empty() {
            // The separator maps to the end of the previous character.
            let at = map.last().map_or(0, |e: &MapEntry| e.end);
            map.push(MapEntry {
                clean: text.len() as u32,
                start: at,
                end: at,
            });
            text.push('\n');
        }
        for line in para {
            let mut clean = text.len() as u32;
            for c in line.chars {
                map.push(MapEntry {
                    clean,
                    start: c.start,
                    end: c.end,
                });
                clean = clean.wrapping_add(c.ch.len_utf8() as u32);
            }
            text.push_str(line.text);
        }
    }
    Normalized {
        text,
        map,
        warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16_slice(s: &str, span: Span) -> String {
        let u: Vec<u16> = s.encode_utf16().collect();
        String::from_utf16_lossy(&u[span[0] as usize..span[1] as usize])
    }

    #[test]
    fn the_characters_kept_as_they_are_are_what_fold_keeps() {
        let kept = (' '..='~')
            .chain('\u{4E00}'..='\u{9FFF}')
            .filter(|c| !matches!(c, '&' | '<'));
        for c in kept {
            assert_eq!(fold(c), c);
            assert!(unified_ideograph(c).is_none_or(|u| u == c), "{c}");
            let raw = format!("{c}{c}");
            assert_eq!(fold_characters(&raw).0.len(), 2, "{c}");
        }
    }

    #[test]
    fn folds_full_width_and_maps_back() {
        let raw = "国内生产总值６．１３万亿元，增长９％。";
        let n = normalize(raw);
        assert_eq!(n.text, "国内生产总值6.13万亿元，增长9%。");
        let at = n.text.find("6.13").unwrap();
        let span = n.span(at..at + "6.13万亿元".len());
        assert_eq!(utf16_slice(raw, span), "６．１３万亿元");
    }

    #[test]
    fn removes_spaces_between_digits_and_units() {
        let cases = [
            ("迈上 1900 亿元台阶", "迈上1900亿元台阶"),
            ("政 府 工 作 报 告", "政府工作报告"),
            ("Model 3 车型", "Model 3车型"),
            ("联东 U 谷", "联东U谷"),
            ("\u{3000}\u{3000}各位代表：", "各位代表："),
        ];
        for (raw, clean) in cases {
            assert_eq!(normalize(raw).text, clean, "{raw}");
        }
    }

    #[test]
    fn decodes_html_remnants() {
        let cases = [
            ("增长&nbsp;5%&amp;以上", "增长5%&以上"),
            ("<p>第一段</p><p>第二段</p>", "第一段\n第二段"),
            ("<!-- nav -->正文", "正文"),
            ("<!--a--><!--b-->正文<!--", "正文<!--"),
            ("a<U+00A0>b", "a b"),
            ("5 < 6 且 7>2", "5<6且7>2"),
            ("&#26085;&#x65E5;", "日日"),
        ];
        for (raw, clean) in cases {
            assert_eq!(normalize(raw).text, clean, "{raw}");
        }
    }

    #[test]
    fn drops_control_characters_and_bom() {
        let n = normalize("\u{FEFF}增长\u{0}5%\u{7}。");
        assert_eq!(n.text, "增长5%。");
    }

    #[test]
    fn crlf_lines_become_paragraphs() {
        let n = normalize("第一段。\r\n\r\n第二段。\r第三段。");
        assert_eq!(n.text, "第一段。\n第二段。\n第三段。");
    }

    #[test]
    fn footers_are_dropped() {
        for f in ["— 4 —", " - 12 - ", "—4—", "第3页", "第 3 页 共 10 页"] {
            assert!(
                is_footer(&normalize(f).text) || normalize(f).text.is_empty(),
                "{f}"
            );
        }
        assert!(is_footer("4"));
        assert!(!is_footer("4.5"));
        assert!(!is_footer("—— 2024 年"));
    }

    #[test]
    fn heading_markers() {
        for yes in [
            "一、2024 年工作回顾",
            "（一）加快",
            "(二)推进",
            "1.园区",
            "第一部分 总结",
        ] {
            assert!(starts_with_heading_marker(yes), "{yes}");
        }
        for no in [
            "1.1万亩",
            "一年来",
            "二十届三中全会",
            "14.8万平方米",
            "（2024—2026年）",
        ] {
            assert!(!starts_with_heading_marker(no), "{no}");
        }
    }

    #[test]
    fn joins_wrapped_pdf_lines() {
        // A text wrapped at a fixed width, paragraph ends marked by trailing spaces.
        let mut raw = String::new();
        for i in 0..12 {
            raw.push_str(&format!(
                "全区坚持以习近平新时代中国特色社会主义思想为指导{i:02}深入学习贯\n\n"
            ));
            raw.push_str(&format!(
                "彻党的二十届三中全会精神，全面贯彻落实习近平总书记讲话精神{i:02}\n\n"
            ));
            raw.push_str(&format!("经济社会保持平稳健康发展{i:02}。 \n\n"));
        }
        raw.push_str("地区生产总值预计迈上 1900 亿元台阶。 \n");
        let n = normalize(&raw);
        let paragraphs: Vec<&str> = n.text.split('\n').collect();
        assert_eq!(paragraphs.len(), 13, "{}", n.text);
        assert!(paragraphs[0].contains("深入学习贯彻党的"));
    }

    #[test]
    fn joins_lines_that_run_on() {
        let cases = [
            ("以PM\n2.5\n年平均浓度下降", "以PM2.5年平均浓度下降"),
            ("主要预期目标\n是：增长5%", "主要预期目标是：增长5%"),
            ("贷款增长27.\n3%，增速加快", "贷款增长27.3%，增速加快"),
            ("发展的\n主要目标", "发展的主要目标"),
            ("第一段。\n第二段。", "第一段。\n第二段。"),
            ("政府工作报告\n——2024年", "政府工作报告\n——2024年"),
        ];
        for (raw, clean) in cases {
            assert_eq!(normalize(raw).text, clean, "{raw}");
        }
    }

    #[test]
    fn spaces_between_ascii_words_and_digits_stay() {
        assert_eq!(normalize("2026-01-31 07:00:44").text, "2026-01-31 07:00:44");
        let long = format!("a{}b", " ".repeat(100_000));
        assert_eq!(normalize(&long).text, "a b");
    }

    #[test]
    fn drops_web_chrome() {
        let raw = "下载\n打印\n【字号：\n大\n中\n小\n】\n2026年某省政府工作报告\n来源：\n某某日报\n各位代表：\n现在我报告工作。\n相关报道：\n某某新闻";
        let n = normalize(raw);
        assert_eq!(
            n.text,
            "2026年某省政府工作报告\n各位代表：\n现在我报告工作。"
        );
    }

    #[test]
    fn spans_near_the_last_equal_span() {
        let raw = "<p>国内生产总值６．１３万亿元</p>\r\n增长&nbsp;９％。😀\n\n第二段 落。";
        let n = normalize(raw);
        let len = n.text.len() + 3;
        let mut spans = n.spans();
        // Ranges in every order, out of bounds too.
        for a in (0..len)
            .chain((0..len).rev())
            .chain((0..len).map(|i| i * 7 % len))
        {
            for b in [a, a + 1, a + 5, a.saturating_sub(2), len + 10] {
                assert_eq!(spans.span(a..b), n.span(a..b), "{a}..{b}");
            }
        }
        assert_eq!(Normalized::default().spans().span(0..3), [0, 0]);
    }

    #[test]
    fn spans_survive_any_input() {
        for raw in [
            "",
            "\n\n",
            "&",
            "&#xFFFFFFFF;",
            "<",
            "<!--",
            "😀５０％😀",
            "\r\r\n",
        ] {
            let n = normalize(raw);
            let span = n.span(0..n.text.len());
            assert!(span[0] <= span[1]);
            assert!(span[1] as usize <= raw.encode_utf16().count());
        }
    }
}
