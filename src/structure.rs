//! Stage 2 — structure: metadata, outline, paragraphs, sentences and glossary
//! of the clean text. All ranges are byte ranges of [`Normalized::text`].

use crate::model::{Meta, SectionLevel};
use crate::normalize::Normalized;
use std::ops::Range;

/// The structure of a report's clean text.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// Title, issuer, meeting, speaker and years.
    pub meta: Meta,
    /// The outline, in document order.
    pub headings: Vec<Heading>,
    /// The body paragraphs (headings and glossary excluded), in document order.
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
    /// The numbering as written (`一、`), empty for a topic.
    pub label: String,
    /// The heading text without numbering.
    pub title: String,
    /// The heading's byte range.
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
    /// Its definition.
    pub definition: String,
    /// The entry's byte range.
    pub range: Range<usize>,
}

/// Reads the structure of a normalised report.
pub fn analyze(clean: &Normalized) -> Document {
    let mut doc = Document::default();
    for (start, line) in clean.lines() {
        if line.is_empty() {
            continue;
        }
        if crate::normalize::starts_with_heading_marker(line) && line.chars().count() < 40 {
            let year: Option<i32> = line
                .char_indices()
                .find(|(_, c)| c.is_ascii_digit())
                .and_then(|(i, _)| line.get(i..i + 4))
                .and_then(|y| y.parse().ok());
            if line.contains("回顾") && doc.meta.review_year.is_none() {
                doc.meta.review_year = year;
            } else if doc.plan_start.is_none()
                && doc.meta.review_year.is_some()
                && !line.starts_with('（')
                && (line.contains("安排") || line.contains("任务") || line.contains("工作"))
            {
                doc.plan_start = Some(start);
                doc.meta.plan_year = year;
            }
            continue;
        }
        let range = start..start + line.len();
        doc.paragraphs.push(Block {
            sentences: sentences(&clean.text, range.clone()),
            range,
            heading: None,
        });
    }
    doc
}

/// Splits a paragraph into sentences at 。！？ (and ；), keeping closing quotes
/// with their sentence.
pub fn sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let para = &text[range.clone()];
    let mut start = 0;
    let mut it = para.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if matches!(c, '。' | '！' | '？' | '!' | '?') {
            let mut end = i + c.len_utf8();
            while let Some(&(j, q)) = it.peek() {
                if matches!(q, '”' | '’' | '）' | ')' | '」') {
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
    if start < para.len() {
        out.push(range.start + start..range.end);
    }
    out
}
