//! The outline (parts, sections, enumerated items, topic lead phrases) and the
//! body paragraphs of the clean text.
//!
//! Each line of the clean text is one paragraph. A line that opens with a
//! numbering label (`一、`, `（一）`, `一是`, `第一，`, `——`, `1.`) or with a
//! short topic lead phrase (`提速推进项目建设。…`) yields a heading. A heading
//! that is the whole line (`一、2024年工作回顾`) is not a paragraph; a heading
//! followed by body text on the same line is the head of that paragraph, which
//! then starts after the label (so `1.` is never read as a quantity).

use super::text::{
    first_sentence_end, has_content, leading_ascii_number, leading_cn_numeral, trim_end_punct, Line,
};
use super::{sentences, Block, Heading};
use crate::model::SectionLevel;

/// The kind of numbering label that opens a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LabelKind {
    /// `一、` or `第一部分`.
    Part,
    /// `（一）`.
    Bracket,
    /// `一是`, `一要`.
    Enum(char),
    /// `第一，`.
    Ordinal,
    /// `——`.
    Dash,
    /// `1.`, `1、`, `（1）`.
    Digit,
    /// `[1]`, `【1】`.
    Note,
}

/// A numbering label at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Label {
    pub kind: LabelKind,
    /// The number (0 for a dash).
    pub value: u32,
    /// Byte length of the label.
    pub len: usize,
}

/// Reads the numbering label that opens `s`, if any.
pub(crate) fn label(s: &str) -> Option<Label> {
    let mut chars = s.chars();
    let first = chars.next()?;
    let mk = |kind, value, len| Some(Label { kind, value, len });
    // Dash bullets: `——`, `———`, `──`, and a single `—` before a word.
    if super::text::is_dash(first) {
        let n = s.chars().take_while(|&c| super::text::is_dash(c)).count();
        let len: usize = s.chars().take(n).map(char::len_utf8).sum();
        let rest = s.get(len..)?;
        let ok = |c: char| {
            if n == 1 {
                !c.is_ascii_digit() && super::text::is_word_char(c) || matches!(c, '“' | '《')
            } else {
                super::text::is_word_char(c) || matches!(c, '“' | '"' | '《')
            }
        };
        return match rest.chars().next() {
            Some(c) if ok(c) && n <= 4 => mk(LabelKind::Dash, 0, len),
            _ => None,
        };
    }
    // 第一部分 / 第一，
    if first == '第' {
        let rest = s.get('第'.len_utf8()..)?;
        let (v, n) = leading_cn_numeral(rest)?;
        let after = rest.get(n..)?;
        let base = '第'.len_utf8() + n;
        if after.starts_with("部分") {
            return mk(LabelKind::Part, v, base + "部分".len());
        }
        let c = after.chars().next()?;
        if matches!(c, '，' | ',' | '、') {
            return mk(LabelKind::Ordinal, v, base + c.len_utf8());
        }
        return None;
    }
    // （一） / （1）
    if matches!(first, '（' | '(') {
        let rest = s.get(first.len_utf8()..)?;
        let (kind, (v, n)) = match leading_cn_numeral(rest) {
            Some(x) => (LabelKind::Bracket, x),
            None => (LabelKind::Digit, leading_ascii_number(rest)?),
        };
        let close = rest.get(n..)?.chars().next()?;
        if matches!(close, '）' | ')') {
            return mk(kind, v, first.len_utf8() + n + close.len_utf8());
        }
        return None;
    }
    // [1] 【1】 ［1］
    if matches!(first, '[' | '【' | '［') {
        let rest = s.get(first.len_utf8()..)?;
        let (v, n) = leading_ascii_number(rest)?;
        let close = rest.get(n..)?.chars().next()?;
        if matches!(close, ']' | '】' | '］') {
            return mk(LabelKind::Note, v, first.len_utf8() + n + close.len_utf8());
        }
        return None;
    }
    // 一、 一是 一要
    if let Some((v, n)) = leading_cn_numeral(s) {
        let after = s.get(n..)?;
        let c = after.chars().next()?;
        return match c {
            '、' | '．' if !numeral_list(after.get(c.len_utf8()..).unwrap_or("")) => {
                mk(LabelKind::Part, v, n + c.len_utf8())
            }
            '是' | '要' => mk(LabelKind::Enum(c), v, n + c.len_utf8()),
            _ => None,
        };
    }
    // 1. 1、 1． 1）
    if let Some((v, n)) = leading_ascii_number(s) {
        let after = s.get(n..)?;
        let c = after.chars().next()?;
        let next = after.get(c.len_utf8()..)?.chars().next();
        if matches!(c, '.' | '、' | '．' | '）' | ')')
            && next.is_some_and(|d| !d.is_ascii_digit() && !d.is_whitespace())
            && v > 0
        {
            return mk(LabelKind::Digit, v, n + c.len_utf8());
        }
    }
    None
}

/// Whether text after `一、` goes on listing numerals (`一、二产业`,
/// `一、二、三季度`) rather than opening a title (`一、一年接着一年干`): a
/// numeral followed by a list mark or by a word it counts.
fn numeral_list(after: &str) -> bool {
    let mut chars = after.chars();
    if !chars.next().is_some_and(super::text::is_cn_numeral) {
        return false;
    }
    let following = chars.next();
    following.is_none_or(|c| "、，,产季级类线期批号".contains(c) || super::text::is_cn_numeral(c))
}

/// Whether `t` is an appendix marker line (`附件`, `附件1`, `附件2：`).
pub(crate) fn is_appendix_line(t: &str) -> bool {
    (t.starts_with("附件") || t.starts_with("附录")) && t.chars().count() <= 10
}

/// Outline ranks: smaller is higher.
const RANK_PART: u8 = 0;
const RANK_SECTION: u8 = 1;
const RANK_ITEM: u8 = 2;
const RANK_NUMBERED: u8 = 3;
const RANK_TOPIC: u8 = 4;

/// Most characters a topic lead phrase may have.
const TOPIC_MAX: usize = 24;

/// Words that open ordinary prose rather than a topic lead phrase.
const DISCOURSE: &[&str] = &[
    "我们",
    "我",
    "这",
    "今年",
    "去年",
    "明年",
    "过去",
    "一年来",
    "五年来",
    "同时",
    "此外",
    "总之",
    "当前",
    "目前",
    "但",
    "各位",
    "其中",
    "因此",
    "所以",
    "如今",
    "特别是",
    "尤其",
    "对此",
    "为此",
    "实践",
    "事实",
];

/// The outline and paragraphs of the body.
#[derive(Debug, Default)]
pub(crate) struct Outline {
    pub headings: Vec<Heading>,
    pub paragraphs: Vec<Block>,
    /// Indices (into `headings`) of the main parts, appendices excluded.
    pub parts: Vec<usize>,
}

/// Where the lead (heading text) of a labelled line ends, measured in the text
/// after the label: `(byte end, standalone)`.
fn split_lead(rest: &str, limit: usize) -> Option<(usize, bool)> {
    match first_sentence_end(rest, limit) {
        Some((end, _)) => Some((end, !has_content(rest.get(end..).unwrap_or("")))),
        None if rest.chars().take(limit + 1).count() <= limit => Some((rest.len(), true)),
        None => None,
    }
}

/// A part title run into its first paragraph with only a space between them
/// (`一、2024年工作回顾 一年来，…`): the title ends at the first space within
/// `limit` characters, when text follows it.
fn space_lead(rest: &str, limit: usize) -> Option<(usize, bool)> {
    let (at, c) = rest
        .char_indices()
        .take(limit)
        .skip(2)
        .find(|&(_, c)| c == ' ' || c == '\u{3000}')?;
    let title = rest.get(..at)?;
    let after = rest.get(at + c.len_utf8()..)?;
    (has_content(after) && !title.contains(['，', ',', '；', ';'])).then_some((at, false))
}

/// Words that end a part title run into its first paragraph without a
/// space (`一、2013年工作回顾2013年，面对…`).
const RUN_IN_TITLE_ENDS: &[&str] = &["回顾", "安排", "任务", "要求", "部署", "建议"];

/// A part title run into its first paragraph: the title ends at the first
/// title-ending word within `limit` characters that text follows (not a
/// conjunction carrying the title on: `回顾和…`).
fn run_in_lead(rest: &str, limit: usize) -> Option<(usize, bool)> {
    rest.char_indices().take(limit).skip(2).find_map(|(i, _)| {
        let head = rest.get(..i)?;
        let after = rest.get(i..)?;
        let ends = RUN_IN_TITLE_ENDS.iter().any(|w| head.ends_with(w));
        let carries_on = after.starts_with(['和', '及', '与', '、', '暨', '的']);
        (ends && !carries_on && !head.contains(['，', ',', '；', ';', '。']) && has_content(after))
            .then_some((i, false))
    })
}

/// Fallback lead for a reliable label whose first sentence is long: the first
/// clause, or the first 30 characters.
fn clause_lead(rest: &str) -> usize {
    for (n, (i, c)) in rest.char_indices().enumerate() {
        if n >= 150 {
            break;
        }
        if matches!(c, '，' | ',' | '；' | ';' | '：' | ':') {
            return i;
        }
    }
    super::text::byte_after_chars(rest, 30)
}

/// Whether `lead` (a first sentence with its terminator) can be a topic lead phrase.
fn is_topic_lead(lead: &str, standalone: bool) -> bool {
    let body = trim_end_punct(lead);
    let n = body.chars().count();
    if !(4..=TOPIC_MAX).contains(&n) || !lead.ends_with('。') {
        return false;
    }
    if body.chars().any(|c| {
        c.is_ascii_digit() || matches!(c, '，' | ',' | '；' | ';' | '：' | ':' | '%' | '？' | '！')
    }) || body.contains("以下")
        || (!standalone && body.contains('是'))
    {
        return false;
    }
    !DISCOURSE
        .iter()
        .any(|w| body.starts_with(w) && !(standalone && *w == "这"))
}

struct Builder<'a> {
    text: &'a str,
    out: Outline,
    /// Open headings: (rank, index).
    stack: Vec<(u8, usize)>,
    last_part: u32,
    /// Last value seen per enumeration style: 是, 要, 第N，, digits.
    last_enum: [u32; 4],
    in_appendix: bool,
}

impl Builder<'_> {
    fn pop_to(&mut self, rank: u8) {
        while self.stack.last().is_some_and(|&(r, _)| r >= rank) {
            self.stack.pop();
        }
    }

    fn push(&mut self, rank: u8, label: &str, title: &str, range: std::ops::Range<usize>) -> usize {
        self.pop_to(rank);
        let parent = self.stack.last().copied();
        let level = match rank {
            RANK_PART => SectionLevel::Part,
            RANK_SECTION => SectionLevel::Section,
            RANK_TOPIC => SectionLevel::Topic,
            _ if parent.is_none_or(|(r, _)| r == RANK_PART) => SectionLevel::Section,
            _ => SectionLevel::Topic,
        };
        let idx = self.out.headings.len();
        self.out.headings.push(Heading {
            level,
            label: label.to_string(),
            title: title.to_string(),
            range,
            parent: parent.map(|(_, i)| i),
        });
        self.stack.push((rank, idx));
        if rank < RANK_ITEM {
            self.last_enum = [0; 4];
        } else if rank < RANK_NUMBERED {
            self.last_enum[3] = 0;
        }
        idx
    }

    fn paragraph(&mut self, range: std::ops::Range<usize>) {
        let Some(s) = self.text.get(range.clone()) else {
            return;
        };
        if !has_content(s) {
            return;
        }
        self.out.paragraphs.push(Block {
            sentences: sentences(self.text, range.clone()),
            range,
            heading: self.stack.last().map(|&(_, i)| i),
        });
    }

    /// Tries to read `line` as a labelled heading; returns whether it did.
    fn labelled(&mut self, line: &Line) -> bool {
        let t = line.text;
        let Some(lb) = label(t) else {
            return false;
        };
        let Some(rest) = t.get(lb.len..) else {
            return false;
        };
        let (rank, lead) = match lb.kind {
            LabelKind::Part if self.in_appendix => (RANK_SECTION, split_lead(rest, 60)),
            LabelKind::Part => {
                let next_ok = lb.value == self.last_part + 1
                    || (self.last_part > 0
                        && lb.value > self.last_part
                        && lb.value <= self.last_part + 2);
                let lead = split_lead(rest, 60)
                    .or_else(|| space_lead(rest, 60))
                    .or_else(|| run_in_lead(rest, 40));
                // A text that lost its first part label (or whose review has
                // none) opens on `二、` over a title of its own line.
                let first_lost = self.last_part == 0
                    && lb.value == 2
                    && lead.is_some_and(|(_, standalone)| standalone);
                match lead {
                    Some(l) if (next_ok || first_lost) && has_content(rest) => (RANK_PART, Some(l)),
                    _ => return false,
                }
            }
            LabelKind::Bracket => (
                RANK_SECTION,
                split_lead(rest, 150).or(Some((clause_lead(rest), false))),
            ),
            LabelKind::Enum(_) | LabelKind::Ordinal | LabelKind::Digit => {
                let slot = match lb.kind {
                    LabelKind::Enum('是') => 0,
                    LabelKind::Enum(_) => 1,
                    LabelKind::Ordinal => 2,
                    _ => 3,
                };
                let in_sequence = lb.value == 1 || lb.value == self.last_enum[slot] + 1;
                self.last_enum[slot] = lb.value;
                let lead = split_lead(rest, 80);
                let ok = in_sequence
                    && lb.value <= 50
                    && lead.is_some_and(|(end, _)| {
                        !rest.get(..end).unwrap_or("").contains(['；', ';'])
                    });
                if !ok {
                    return false;
                }
                let rank = if lb.kind == LabelKind::Digit {
                    RANK_NUMBERED
                } else {
                    RANK_ITEM
                };
                (rank, lead)
            }
            LabelKind::Dash => match split_lead(rest, 80) {
                Some(l) if !rest.get(..l.0).unwrap_or("").contains(['；', ';']) => {
                    (RANK_ITEM, Some(l))
                }
                _ => return false,
            },
            LabelKind::Note => return false,
        };
        let Some((lead_end, standalone)) = lead else {
            return false;
        };
        let label_text = t.get(..lb.len).unwrap_or("");
        let title = trim_end_punct(rest.get(..lead_end).unwrap_or(""));
        if rank == RANK_PART {
            self.last_part = lb.value;
        }
        let h = line.start..line.start + lb.len + lead_end;
        self.push(rank, label_text, title, h);
        if !standalone {
            self.paragraph(line.start + lb.len..line.end());
        }
        true
    }

    /// Tries to read `line` as opening with a topic lead phrase.
    fn topic(&mut self, line: &Line, next: Option<&Line>) -> bool {
        let t = line.text;
        let Some((end, _)) = first_sentence_end(t, TOPIC_MAX + 3) else {
            return false;
        };
        let lead = t.get(..end).unwrap_or("");
        let standalone = end == t.len();
        if standalone {
            let next_ok = next.is_some_and(|n| {
                label(n.text).is_none() && n.chars >= 40 && n.chars >= 2 * line.chars
            });
            if !next_ok {
                return false;
            }
        }
        if !is_topic_lead(lead, standalone) {
            return false;
        }
        self.push(
            RANK_TOPIC,
            "",
            trim_end_punct(lead),
            line.start..line.start + end,
        );
        if !standalone {
            self.paragraph(line.start..line.end());
        }
        true
    }
}

/// Builds the outline and paragraphs from the body lines (`lines[body_start..]`
/// minus those `skip` marks: glossary lines).
pub(crate) fn build(text: &str, lines: &[Line], body_start: usize, skip: &[bool]) -> Outline {
    let mut b = Builder {
        text,
        out: Outline::default(),
        stack: Vec::new(),
        last_part: 0,
        last_enum: [0; 4],
        in_appendix: false,
    };
    let body: Vec<usize> = (body_start..lines.len())
        .filter(|&i| !skip.get(i).copied().unwrap_or(false))
        .collect();
    // Documents cut into one sentence per line have no lead phrases to find.
    let total: usize = body.iter().map(|&i| lines[i].chars).sum();
    let segmented = body.len() >= 20 && total < 45 * body.len();

    let mut k = 0;
    while k < body.len() {
        let line = &lines[body[k]];
        let next = body.get(k + 1).map(|&j| &lines[j]);
        k += 1;
        let t = line.text;
        if t.starts_with("各位代表") {
            b.pop_to(RANK_SECTION);
            b.paragraph(line.start..line.end());
            continue;
        }
        if is_appendix_line(t) {
            b.stack.clear();
            b.in_appendix = true;
            let mut range = line.start..line.end();
            let mut title = "";
            if let Some(n) = next {
                let title_like = n.chars <= 40
                    && label(n.text).is_none()
                    && first_sentence_end(n.text, 41).is_none()
                    && !n.text.ends_with(['：', ':', '，']);
                if title_like {
                    title = n.text;
                    range.end = n.end();
                    k += 1;
                }
            }
            let idx = b.push(RANK_PART, t, title, range);
            b.out.headings[idx].label = trim_end_punct(t).to_string();
            continue;
        }
        if b.labelled(line) {
            if b.stack.last().is_some_and(|&(r, _)| r == RANK_PART) && !b.in_appendix {
                if let Some(&(_, i)) = b.stack.last() {
                    if b.out.parts.last() != Some(&i) {
                        b.out.parts.push(i);
                    }
                }
            }
            continue;
        }
        if !segmented && b.topic(line, next) {
            continue;
        }
        // A `——` item that is no heading (`——生产总值增长10%以上；`): the
        // dash is list numbering, not text of the paragraph.
        let start = match label(t) {
            Some(lb)
                if lb.kind == LabelKind::Dash && has_content(t.get(lb.len..).unwrap_or("")) =>
            {
                line.start + lb.len
            }
            _ => line.start,
        };
        b.paragraph(start..line.end());
    }
    b.out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        fn l(s: &str) -> Option<(LabelKind, u32, &str)> {
            label(s).map(|l| (l.kind, l.value, &s[..l.len]))
        }
        assert_eq!(l("一、2024年工作回顾"), Some((LabelKind::Part, 1, "一、")));
        assert_eq!(l("十二、结语"), Some((LabelKind::Part, 12, "十二、")));
        assert_eq!(l("一、二产业"), None);
        assert_eq!(l("一、二、三季度"), None);
        assert_eq!(
            space_lead("2024年工作回顾 一年来，我们", 60),
            Some(("2024年工作回顾".len(), false))
        );
        assert_eq!(space_lead("一年来，我们 做了", 60), None);
        assert_eq!(
            l("一、一年接着一年干，新进展"),
            Some((LabelKind::Part, 1, "一、"))
        );
        assert_eq!(
            l("（十一）保障民生"),
            Some((LabelKind::Bracket, 11, "（十一）"))
        );
        assert_eq!(l("(四)政府自身建设"), Some((LabelKind::Bracket, 4, "(四)")));
        assert_eq!(l("（3）推进"), Some((LabelKind::Digit, 3, "（3）")));
        assert_eq!(l("三是提质增效"), Some((LabelKind::Enum('是'), 3, "三是")));
        assert_eq!(l("二要狠抓落实"), Some((LabelKind::Enum('要'), 2, "二要")));
        assert_eq!(
            l("第一，深化改革。"),
            Some((LabelKind::Ordinal, 1, "第一，"))
        );
        assert_eq!(l("第二部分 展望"), Some((LabelKind::Part, 2, "第二部分")));
        assert_eq!(l("——经济运行持续向好。"), Some((LabelKind::Dash, 0, "——")));
        assert_eq!(l("———生产总值增长5%。"), Some((LabelKind::Dash, 0, "———")));
        assert_eq!(l("──生产总值增长5%。"), Some((LabelKind::Dash, 0, "──")));
        assert_eq!(l("—生产总值增长5%。"), Some((LabelKind::Dash, 0, "—")));
        assert_eq!(l("—2024年"), None);
        assert_eq!(l("——2024年12月26日"), Some((LabelKind::Dash, 0, "——")));
        assert_eq!(l("――"), None);
        assert_eq!(l("12.“单一窗口”："), Some((LabelKind::Digit, 12, "12.")));
        assert_eq!(l("1、应对"), Some((LabelKind::Digit, 1, "1、")));
        assert_eq!(l("5.5%左右的预期增长目标"), None);
        assert_eq!(l("2.5"), None);
        assert_eq!(l("2024年是"), None);
        assert_eq!(l("[3]一带一路"), Some((LabelKind::Note, 3, "[3]")));
        assert_eq!(l("第一次"), None);
        assert_eq!(l(""), None);
    }

    #[test]
    fn run_in_part_titles() {
        fn r(s: &str) -> Option<&str> {
            run_in_lead(s, 40).and_then(|(e, _)| s.get(..e))
        }
        assert_eq!(
            r("2013年工作回顾2013年，面对复杂形势。"),
            Some("2013年工作回顾")
        );
        assert_eq!(
            r("2014年工作安排今年，是全面深化改革的开局之年。"),
            Some("2014年工作安排")
        );
        assert_eq!(
            r("过去五年工作回顾和今后五年的建议今后，我们要努力。"),
            Some("过去五年工作回顾和今后五年的建议")
        );
        assert_eq!(r("加快政府自身建设各位代表，新的一年。"), None);
        assert_eq!(r("工作回顾"), None);
    }
}
