//! Stage 3 — quantities: every number in the body that measures something,
//! with its unit, qualifier and value in base units.

use crate::model::{Dimension, Qual};
use crate::structure::Document;
use std::ops::Range;

/// A quantity found in the clean text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte range of the number and its unit in the clean text.
    pub range: Range<usize>,
    /// The number as written.
    pub value: f64,
    /// Upper bound of a range.
    pub hi: Option<f64>,
    /// The unit as written, multipliers included.
    pub unit: String,
    /// The value in base units.
    pub base: f64,
    /// What the unit measures.
    pub dimension: Dimension,
    /// The qualifier.
    pub qual: Qual,
    /// Byte range of the qualifier words, when there are any.
    pub qual_range: Option<Range<usize>>,
}

/// A mention and where it stands in the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The quantity.
    pub mention: Mention,
    /// Index of its paragraph in [`Document::paragraphs`].
    pub paragraph: usize,
    /// Byte range of its sentence.
    pub sentence: Range<usize>,
}

/// Finds the quantities of every body paragraph, in document order.
pub fn find_all(text: &str, doc: &Document) -> Vec<Found> {
    let mut out = Vec::new();
    for (p, block) in doc.paragraphs.iter().enumerate() {
        for sentence in &block.sentences {
            for mention in find(text, sentence.clone()) {
                out.push(Found {
                    mention,
                    paragraph: p,
                    sentence: sentence.clone(),
                });
            }
        }
    }
    out
}

/// Finds the quantities of one sentence.
pub fn find(_text: &str, _sentence: Range<usize>) -> Vec<Mention> {
    Vec::new()
}
