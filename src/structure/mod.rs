//! Stage 2 — structure: metadata, outline, paragraphs, sentences and glossary
//! of the clean text. All ranges are byte ranges of [`Normalized::text`].
//!
//! The clean text has one paragraph per line. The structure stage reads:
//! - the **head** (title, dateline, speaker line, before the greeting
//!   `各位代表：` or the first part) into [`Meta`]; head lines are not paragraphs;
//! - the **outline**: parts (`一、`), sections (`（一）`), enumerated items
//!   (`一是`, `第一，`, `——`, `1.`) and topic lead phrases (`提速推进项目建设。`),
//!   with parent links. A heading that fills its line is not a paragraph; a
//!   heading that opens a longer line is the head of that paragraph, which
//!   starts after the numbering label;
//! - the **paragraphs** with their sentences and innermost heading;
//! - the **glossary** appended at the end (`名词解释`, `注释：`, `[1]…`);
//! - where the **plan part** (the coming year's work) begins.
//!
//! Everything is linear in the text's length and never panics.

mod glossary;
mod meta;
mod outline;
pub(crate) mod text;

use crate::model::{Meta, SectionLevel};
use crate::normalize::Normalized;
use std::ops::Range;
use text::Line;

/// The structure of a report's clean text.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// Title, issuer, meeting, speaker and years.
    pub meta: Meta,
    /// The outline, in document order.
    pub headings: Vec<Heading>,
    /// The body paragraphs (head lines, standalone headings and glossary
    /// excluded), in document order.
    pub paragraphs: Vec<Block>,
    /// The glossary appended to the report.
    pub glossary: Vec<Term>,
    /// Where the plan part (the coming year's work) begins, if the report has one.
    pub plan_start: Option<usize>,
}

/// An outline entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    /// Part, section or topic lead phrase.
    pub level: SectionLevel,
    /// The numbering as written (`一、`, `（一）`, `一是`, `——`, `1.`), empty for a topic.
    pub label: String,
    /// The heading text without numbering and final punctuation.
    pub title: String,
    /// The heading's byte range (label included; for a lead phrase, its sentence).
    pub range: Range<usize>,
    /// Index of the enclosing heading.
    pub parent: Option<usize>,
}

/// A paragraph and its sentences.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// The paragraph's byte range.
    pub range: Range<usize>,
    /// Index of the innermost heading that contains it.
    pub heading: Option<usize>,
    /// The sentences' byte ranges.
    pub sentences: Vec<Range<usize>>,
}

/// A glossary entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// The term.
    pub term: String,
    /// Its definition (continuation lines joined without a separator).
    pub definition: String,
    /// The entry's byte range.
    pub range: Range<usize>,
    /// Where the term occurs in the body paragraphs.
    pub occurrences: Vec<Range<usize>>,
}

/// Reads the structure of a normalised report.
pub fn analyze(clean: &Normalized) -> Document {
    let text = clean.text.as_str();
    let mut lines: Vec<Line> = Vec::new();
    for (start, line) in clean.lines() {
        let trimmed = line.trim_start();
        let start = start + (line.len() - trimmed.len());
        let t = trimmed.trim_end();
        if t.is_empty() {
            continue;
        }
        // A part title run onto the end of the line, or into a report run
        // onto one line, is a line of its own.
        let titles = text::part_titles_in_line(t);
        let mut from = 0;
        for cut in titles
            .iter()
            .flat_map(|r| [r.start, r.end])
            .chain([t.len()])
        {
            if let Some(piece) = t.get(from..cut).filter(|p| !p.is_empty()) {
                lines.push(Line {
                    start: start + from,
                    text: piece,
                    chars: piece.chars().count(),
                });
            }
            from = from.max(cut);
        }
    }
    let body_start = meta::head_end(&lines);
    let mut skip = vec![false; lines.len()];
    let mut glossary = glossary::find(&lines, body_start, &mut skip);
    let outline = outline::build(text, &lines, body_start, &skip);
    glossary::link(text, &outline.paragraphs, &mut glossary);
    let mut meta = meta::read(&lines, body_start);
    let years = meta::years(
        text,
        &meta,
        &outline.headings,
        &outline.parts,
        &outline.paragraphs,
    );
    meta.review_year = years.review;
    meta.plan_year = years.plan;
    Document {
        meta,
        headings: outline.headings,
        paragraphs: outline.paragraphs,
        glossary,
        plan_start: years.plan_start,
    }
}

/// Splits `text[range]` into sentences at 。！？!? (a run of them ends one
/// sentence), keeping closing quotes and brackets with their sentence. Returns
/// nothing when the range is not valid for `text`.
pub fn sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let Some(para) = text.get(range.clone()) else {
        return out;
    };
    let mut start = 0;
    let mut it = para.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if text::is_terminator(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, q)) = it.peek() {
                if text::is_closer(q) || text::is_terminator(q) {
                    end = j + q.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            out.push(range.start + start..range.start + end);
            start = end;
        }
    }
    if start < para.len() && text::has_content(para.get(start..).unwrap_or_default()) {
        out.push(range.start + start..range.end);
    } else if start < para.len() {
        // Trailing punctuation without content joins the last sentence.
        match out.last_mut() {
            Some(last) => last.end = range.end,
            None => out.push(range.start + start..range.end),
        }
    }
    out
}
