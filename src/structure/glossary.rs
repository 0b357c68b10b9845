//! The glossary appended to a report: `名词解释` / `名词、术语解释：` / `注释：`
//! followed by numbered entries (`1.园区转型升级“1+3”政策包：…`), or notes
//! `[1]…` at the end without a heading. An entry may span several lines (the
//! term on one line and its definition on the next, or a definition broken
//! into pieces); continuation lines are joined without a separator.

use super::outline::{is_appendix_line, label, LabelKind};
use super::text::{leading_ascii_number, trim_end_punct, Line};
use super::{Block, Term};
use std::ops::Range;

/// Headings that introduce a glossary (compared without trailing `：`).
const HEADINGS: &[&str] = &[
    "名词解释",
    "名词、术语解释",
    "名词术语解释",
    "名词和术语解释",
    "名词及术语解释",
    "术语解释",
    "名词注释",
    "名词解释说明",
    "注释",
    "注解",
    "附注",
    "注",
];

/// Whether `t` is a glossary heading (`名词解释`, `附件2：名词解释`, `【注释】`).
fn is_heading(t: &str) -> bool {
    let mut t = trim_end_punct(t).trim_matches(['【', '】', '[', ']', '（', '）']);
    if let Some(rest) = t.strip_prefix("附件").or_else(|| t.strip_prefix("附录")) {
        t = rest.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '：' | ':' | '、'));
    }
    HEADINGS.contains(&t)
}

/// The glossary and the lines it occupies (`skip[i]` is set for each of them).
pub(crate) fn find(lines: &[Line], body_start: usize, skip: &mut [bool]) -> Vec<Term> {
    let n = lines.len();
    let mut terms = Vec::new();
    let mut i = body_start;
    while i < n {
        let t = lines[i].text;
        let headed = is_heading(t);
        // Headingless notes `[1]…` in the second half of the document.
        let notes = !headed
            && 2 * i >= n
            && label(t).is_some_and(|l| l.kind == LabelKind::Note && l.value == 1);
        if !headed && !notes {
            i += 1;
            continue;
        }
        let from = if headed { i + 1 } else { i };
        let (found, end) = entries(lines, from);
        if found.is_empty() {
            i += 1;
            continue;
        }
        // The heading, an `附件2` line just before it, and the entries.
        let first = if headed && i > body_start && is_appendix_line(lines[i - 1].text) {
            i - 1
        } else {
            i
        };
        for s in skip.iter_mut().take(end).skip(first) {
            *s = true;
        }
        terms.extend(found);
        i = end;
    }
    terms
}

/// Reads entries from `lines[from..]` until an appendix line or the end;
/// returns them and the index of the first line after them.
fn entries(lines: &[Line], from: usize) -> (Vec<Term>, usize) {
    let mut out: Vec<Term> = Vec::new();
    let mut i = from;
    // Whether entries are numbered: decided by the first line.
    let numbered = lines
        .get(from)
        .is_some_and(|l| entry_label(l.text, 1).is_some());
    let mut expected = 1;
    while i < lines.len() {
        let line = &lines[i];
        let t = line.text;
        if is_appendix_line(t) || is_heading(t) {
            break;
        }
        let opens = if numbered {
            entry_label(t, expected).map(|(v, len)| {
                expected = v + 1;
                t.get(len..).unwrap_or("")
            })
        } else {
            t.find(['：', ':'])
                .filter(|&p| t.get(..p).is_some_and(|s| s.chars().count() <= 40))
                .map(|_| t)
        };
        match opens {
            Some(rest) => {
                let (term, definition) = split_entry(rest);
                if term.is_empty() {
                    break;
                }
                out.push(Term {
                    term: term.to_string(),
                    definition: definition.to_string(),
                    range: line.start..line.end(),
                    occurrences: Vec::new(),
                });
            }
            None => match out.last_mut() {
                // A continuation line of the previous entry.
                Some(last) => {
                    last.definition.push_str(t);
                    last.range.end = line.end();
                }
                None => break,
            },
        }
        i += 1;
    }
    (out, i)
}

/// The number and byte length of the numbering label of a glossary entry
/// (`1.`, `1、`, `（1）`, `[1]`). The expected next number is accepted even
/// when a digit follows (`3.10种有色金属：`).
fn entry_label(t: &str, expected: u32) -> Option<(u32, usize)> {
    if let Some(l) = label(t).filter(|l| matches!(l.kind, LabelKind::Digit | LabelKind::Note)) {
        return Some((l.value, l.len));
    }
    let (v, n) = leading_ascii_number(t)?;
    let c = t.get(n..)?.chars().next()?;
    (v == expected && matches!(c, '.' | '、' | '．') && t.len() > n + c.len_utf8())
        .then(|| (v, n + c.len_utf8()))
}

/// Splits an entry's text into term and definition at the first colon (or a
/// dash); without one, the whole text is the term when short.
fn split_entry(rest: &str) -> (&str, &str) {
    let mut sep = None;
    for (n, (i, c)) in rest.char_indices().enumerate() {
        if n > 60 {
            break;
        }
        if matches!(c, '：' | ':') {
            sep = Some((i, c.len_utf8()));
            break;
        }
        if c == '—' && rest.get(i..).is_some_and(|r| r.starts_with("——")) {
            sep = Some((i, "——".len()));
            break;
        }
    }
    match sep {
        Some((i, len)) => (
            rest.get(..i).unwrap_or("").trim(),
            rest.get(i + len..).unwrap_or("").trim(),
        ),
        None if rest.chars().count() <= 40 => (trim_end_punct(rest.trim()), ""),
        None => {
            let cut = rest
                .char_indices()
                .take(40)
                .find(|&(_, c)| matches!(c, '，' | ',' | '。'))
                .map(|(i, c)| (i, c.len_utf8()));
            match cut {
                Some((i, len)) => (
                    rest.get(..i).unwrap_or(""),
                    rest.get(i + len..).unwrap_or(""),
                ),
                None => ("", ""),
            }
        }
    }
}

/// Most occurrences recorded per term, and terms linked in all: a bound on
/// work for inputs with huge glossaries.
const MAX_OCCURRENCES: usize = 64;
const MAX_TERMS: usize = 256;

/// Links every glossary term to where it occurs in the body paragraphs. A term
/// is looked up as written, and without its quotation marks when that finds
/// nothing (`“四新”技术` → `四新`).
pub(crate) fn link(text: &str, paragraphs: &[Block], terms: &mut [Term]) {
    for term in terms.iter_mut().take(MAX_TERMS) {
        let quoted = term
            .term
            .trim_matches(|c| matches!(c, '“' | '”' | '"' | '《' | '》'));
        let inner = term
            .term
            .split_once('“')
            .and_then(|(_, rest)| rest.split_once('”'))
            .map(|(inside, _)| inside);
        let needles = [Some(term.term.as_str()), Some(quoted), inner];
        for needle in needles.into_iter().flatten() {
            if needle.chars().count() < 2 {
                continue;
            }
            term.occurrences = occurrences(text, paragraphs, needle);
            if !term.occurrences.is_empty() {
                break;
            }
        }
    }
}

/// Where `needle` occurs in each paragraph (as `match_indices` over each
/// paragraph's text, in paragraph order), at most [`MAX_OCCURRENCES`].
fn occurrences(text: &str, paragraphs: &[Block], needle: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    // Paragraphs in order and apart (as structure gives them): the ones
    // without the needle are skipped by one search of the text from the
    // next paragraph's start, instead of a search of each.
    let skip = !needle.is_empty()
        && paragraphs.iter().all(|p| p.range.start <= p.range.end)
        && paragraphs.windows(2).all(|w| {
            w.first()
                .zip(w.get(1))
                .is_some_and(|(a, b)| a.range.end <= b.range.start)
        });
    #[cfg(not(target_arch = "wasm32"))]
    let finder = memchr::memmem::Finder::new(needle);
    #[cfg(not(target_arch = "wasm32"))]
    let find = |rest: &str| finder.find(rest.as_bytes());
    #[cfg(target_arch = "wasm32")]
    let find = |rest: &str| rest.find(needle);
    let mut i = 0;
    while let Some(p) = paragraphs.get(i) {
        if let Some(rest) = text.get(p.range.start..).filter(|_| skip) {
            let Some(at) = find(rest).map(|a| a + p.range.start) else {
                break;
            };
            // The first paragraph that ends at or after the occurrence: it
            // holds the occurrence, or none does and the search goes on from it.
            let end = at + needle.len();
            i += paragraphs
                .get(i..)
                .unwrap_or_default()
                .partition_point(|q| q.range.end < end);
            match paragraphs.get(i) {
                Some(q) if q.range.start <= at => {}
                Some(_) => continue,
                None => break,
            }
        }
        let Some(p) = paragraphs.get(i) else {
            break;
        };
        i += 1;
        let Some(body) = text.get(p.range.clone()) else {
            continue;
        };
        for (at, _) in body.match_indices(needle) {
            out.push(p.range.start + at..p.range.start + at + needle.len());
            if out.len() >= MAX_OCCURRENCES {
                return out;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `occurrences` gave before paragraphs were skipped: a search of each.
    fn each(text: &str, paragraphs: &[Block], needle: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        for p in paragraphs {
            let Some(body) = text.get(p.range.clone()) else {
                continue;
            };
            for (at, _) in body.match_indices(needle) {
                out.push(p.range.start + at..p.range.start + at + needle.len());
                if out.len() >= MAX_OCCURRENCES {
                    return out;
                }
            }
        }
        out
    }

    #[test]
    fn occurrences_as_a_search_of_each_paragraph() {
        let text = "一、园区ABA。园区\nABABA园\n园区园区园区\n区园";
        let block = |range: Range<usize>| Block {
            range,
            heading: None,
            sentences: Vec::new(),
        };
        let lines: Vec<Range<usize>> = {
            let mut at = 0;
            text.split('\n')
                .map(|l| {
                    let r = at..at + l.len();
                    at = r.end + 1;
                    r
                })
                .collect()
        };
        let layouts: Vec<Vec<Block>> = vec![
            lines.iter().cloned().map(block).collect(),
            // A paragraph that is part of a line, one that ends inside a
            // needle, gaps between paragraphs, and out of order.
            vec![block(9..20), block(21..29), block(36..51)],
            vec![block(0..6), block(6..13), block(13..22)],
            vec![block(22..30), block(0..20)],
            vec![block(5..5), block(0..3), block(1000..1010)],
        ];
        for paragraphs in &layouts {
            for needle in ["园区", "ABA", "区园", "园", "\n", "x", "园区园区"] {
                assert_eq!(
                    occurrences(text, paragraphs, needle),
                    each(text, paragraphs, needle),
                    "{needle} {paragraphs:?}"
                );
            }
        }
    }
}
