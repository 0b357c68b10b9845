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
    let found = quantities::find_all(&clean.text, &doc);
    let notes = indicators::annotate(&clean.text, &doc, &found);
    let notes_listed: Vec<bool> = notes.iter().map(|n| n.in_target_list).collect();
    let text = &clean.text;

    let sections = doc
        .headings
        .iter()
        .enumerate()
        .map(|(i, h)| Section {
            id: i as u32,
            level: h.level,
            label: h.label.clone(),
            title: h.title.clone(),
            span: clean.span(h.range.clone()),
            parent: h.parent.map(|p| p as u32),
        })
        .collect();

    let paragraphs = doc
        .paragraphs
        .iter()
        .map(|p| Paragraph {
            span: clean.span(p.range.clone()),
            section_id: p.heading.map(|h| h as u32),
            sentences: p.sentences.iter().map(|s| clean.span(s.clone())).collect(),
        })
        .collect();

    let quantities = found
        .iter()
        .zip(notes)
        .enumerate()
        .map(|(i, (f, note))| {
            let m = &f.mention;
            let span = clean.span(m.range.clone());
            Quantity {
                id: i as u32,
                text: utf16_slice(input, span),
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
                metric: note.metric,
                metric_id: note.metric_id.map(str::to_string),
                section_id: doc
                    .paragraphs
                    .get(f.paragraph)
                    .and_then(|p| p.heading)
                    .map(|h| h as u32),
                sentence: text.get(f.sentence.clone()).unwrap_or_default().to_string(),
                sentence_span: clean.span(f.sentence.clone()),
            }
        })
        .collect::<Vec<_>>();

    let glossary = doc
        .glossary
        .iter()
        .map(|t| GlossaryEntry {
            term: t.term.clone(),
            definition: t.definition.clone(),
            span: clean.span(t.range.clone()),
            occurrences: Vec::new(),
        })
        .collect();

    let listed: Vec<bool> = notes_listed;
    let targets = indicators::targets(&quantities, &listed);
    let headline = indicators::headline(&quantities);
    let mut warnings = clean.warnings.clone();
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
