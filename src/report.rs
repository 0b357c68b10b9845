//! Stage 5 — report: runs the stages and assembles the [`Report`] model,
//! mapping every clean-text range back to UTF-16 spans of the original input.

use crate::indicators;
use crate::model::*;
use crate::normalize;
use crate::quantities;
use crate::structure;

/// Runs the whole pipeline on an input already checked by [`crate::parse_with`].
pub fn build(input: &str) -> Report {
    let clean = normalize::normalize(input);
    let doc = structure::analyze(&clean);
    let passage = indicators::targets_passage(&clean.text, &doc);
    let (found, capped) = quantities::find_all(&clean.text, &doc, passage);
    let mut notes = indicators::annotate(&clean.text, &doc, &found);
    let text = &clean.text;
    let mut spans = clean.spans();

    let sections = doc
        .headings
        .iter()
        .enumerate()
        .map(|(i, h)| Section {
            id: i as u32,
            level: h.level,
            label: h.label.clone(),
            title: h.title.clone(),
            span: spans.span(h.range.clone()),
            parent: h.parent.map(|p| p as u32),
        })
        .collect();

    let paragraphs = doc
        .paragraphs
        .iter()
        .map(|p| Paragraph {
            span: spans.span(p.range.clone()),
            section_id: p.heading.map(|h| h as u32),
            sentences: p.sentences.iter().map(|s| spans.span(s.clone())).collect(),
        })
        .collect();

    let mut cursor = Utf16Cursor::new(input);
    let quantities = found
        .iter()
        .zip(notes.iter_mut())
        .enumerate()
        .map(|(i, (f, note))| {
            let m = &f.mention;
            let span = spans.span(m.range.clone());
            Quantity {
                id: i as u32,
                text: cursor.slice(span).to_string(),
                span,
                value: m.value,
                hi: m.hi,
                unit: m.unit.clone(),
                base: m.base,
                dimension: m.dimension,
                qual: m.qual,
                kind: note.kind,
                direction: note.direction,
                status: note.status,
                year: note.year,
                // Targets and cards read the quantity's metric, not the note's.
                metric: note.metric.take(),
                metric_id: note.metric_id.map(str::to_string),
                measure: note.measure,
                section_id: doc
                    .paragraphs
                    .get(f.paragraph)
                    .and_then(|p| p.heading)
                    .map(|h| h as u32),
                sentence: sentence_excerpt(text, &f.sentence, &m.range),
                sentence_span: spans.span(f.sentence.clone()),
            }
        })
        .collect::<Vec<_>>();

    let glossary = doc
        .glossary
        .iter()
        .map(|t| GlossaryEntry {
            term: t.term.clone(),
            definition: t.definition.clone(),
            span: spans.span(t.range.clone()),
            occurrences: t
                .occurrences
                .iter()
                .map(|r| spans.span(r.clone()))
                .collect(),
        })
        .collect();

    let years = (doc.meta.review_year, doc.meta.plan_year);
    let targets = indicators::targets(&quantities, &notes, years.1);
    let headline = indicators::headline(&quantities, &notes, &targets, years.0);
    let mut warnings = clean.warnings.clone();
    match capped {
        quantities::Capped::No => {}
        quantities::Capped::Yes => warnings.push(Warning::new(
            "too-many-quantities",
            format!(
                "read the first {} quantities only: the text has more figures than any report",
                quantities.len()
            ),
        )),
        quantities::Capped::KeptTargets => warnings.push(Warning::new(
            "too-many-quantities",
            format!(
                "read {} quantities only: the text has more figures than any report; the figures between the first {} and the targets passage were left out",
                quantities.len(),
                quantities::MAX_QUANTITIES - quantities::KEPT_FOR_TARGETS
            ),
        )),
    }
    if targets.is_empty() {
        warnings.push(Warning::new(
            "no-targets",
            "the report states no plan-year targets that could be read",
        ));
    } else if !targets
        .iter()
        .any(|t| t.metric_id.as_deref() == Some("gdp"))
    {
        warnings.push(Warning::new(
            "no-gdp-target",
            "the report's targets include no GDP growth target",
        ));
    }

    Report {
        schema_version: SCHEMA_VERSION,
        meta: doc.meta.clone(),
        sections,
        paragraphs,
        quantities,
        targets,
        headline,
        glossary,
        warnings,
    }
}

/// The sentence of a quantity; a very long one (a text without sentence
/// marks) is cut to a window around the quantity, marked with `…`.
fn sentence_excerpt(
    text: &str,
    sentence: &std::ops::Range<usize>,
    at: &std::ops::Range<usize>,
) -> String {
    let whole = text.get(sentence.clone()).unwrap_or_default();
    if whole.len() <= 2 * indicators::CONTEXT_BYTES {
        return whole.to_string();
    }
    let from = indicators::window_start(text, sentence.start, at.start);
    let to = indicators::window_end(text, at.end, sentence.end);
    let mut out = String::new();
    if from > sentence.start {
        out.push('…');
    }
    out.push_str(text.get(from..to).unwrap_or_default());
    if to < sentence.end {
        out.push('…');
    }
    out
}

/// Slices a string by UTF-16 offsets, walking forward from the last position
/// so that spans in document order cost linear time in all.
struct Utf16Cursor<'a> {
    s: &'a str,
    /// A UTF-16 offset and the byte offset of the same place.
    at: (usize, usize),
}

impl<'a> Utf16Cursor<'a> {
    fn new(s: &'a str) -> Self {
        Utf16Cursor { s, at: (0, 0) }
    }

    /// The byte offset of a UTF-16 offset (clamped to the string, and to a
    /// character boundary when it falls inside a surrogate pair).
    fn byte(&mut self, utf16: usize) -> usize {
        if utf16 < self.at.0 {
            self.at = (0, 0);
        }
        let (mut u, mut b) = self.at;
        // Character by character, from the lead bytes of the UTF-8.
        while let Some(&lead) = self.s.as_bytes().get(b) {
            let (units, bytes) = match lead {
                0..=0x7F => (1, 1),
                0x80..=0xDF => (1, 2),
                0xE0..=0xEF => (1, 3),
                _ => (2, 4),
            };
            let next = u + units;
            if next > utf16 {
                break;
            }
            u = next;
            b += bytes;
        }
        self.at = (u, b);
        b
    }

    /// The text of a span: what `s.slice(start, end)` gives in JavaScript.
    fn slice(&mut self, span: Span) -> &'a str {
        let start = self.byte(span[0] as usize);
        let saved = self.at;
        let end = self.byte(span[1] as usize);
        self.at = saved;
        self.s.get(start..end.max(start)).unwrap_or("")
    }
}

/// The text of a UTF-16 span of `s` (what `s.slice(start, end)` gives in JavaScript).
pub fn utf16_slice(s: &str, span: Span) -> String {
    let (start, end) = (span[0] as usize, span[1] as usize);
    let mut out = String::new();
    let mut at = 0usize;
    for ch in s.chars() {
        if at >= end {
            break;
        }
        if at >= start {
            out.push(ch);
        }
        at += ch.len_utf16();
    }
    out
}
