//! # govreport
//!
//! Reads a Chinese government work report (政府工作报告) into structured data:
//! its metadata and outline, every quantity it states (value, unit,
//! qualifier), what each one measures, whether it is a result, an estimate or
//! a target, and for which year.
//!
//! The pipeline is one module per stage:
//! [`normalize`] → [`structure`] → [`quantities`] → [`indicators`] → [`report`].
//!
//! ```
//! let report = govreport::parse("各位代表：\n一、2024年工作回顾\n地区生产总值增长5.5%。").unwrap();
//! let q = &report.quantities[0];
//! assert_eq!(q.text, "5.5%");
//! assert_eq!(q.value, 5.5);
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod error;
#[cfg(feature = "gazetteer")]
pub mod gazetteer;
pub mod indicators;
pub mod model;
pub mod normalize;
pub mod numbers;
pub mod panel;
pub mod quantities;
pub mod report;
mod sort;
pub mod structure;
mod words;

#[cfg(feature = "cli")]
pub mod decode;

#[cfg(feature = "table")]
pub mod table;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use error::Error;
pub use model::*;

/// Options for [`parse_with`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Inputs larger than this many UTF-8 bytes are refused with
    /// [`Error::InputTooLarge`]. Default: 20 MiB.
    pub max_input_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_input_bytes: 20 * 1024 * 1024,
        }
    }
}

/// Reads a report with the default [`Options`].
pub fn parse(input: &str) -> Result<Report, Error> {
    parse_with(input, &Options::default())
}

/// Reads a report.
///
/// Never panics: any input gives a [`Report`] or a typed [`Error`].
pub fn parse_with(input: &str, options: &Options) -> Result<Report, Error> {
    if input.len() > options.max_input_bytes {
        return Err(Error::InputTooLarge {
            size: input.len(),
            limit: options.max_input_bytes,
        });
    }
    if input.trim().is_empty() {
        return Err(Error::Empty);
    }
    if let Some(offset) = normalize::binary_offset(input) {
        return Err(Error::NotText { offset });
    }
    Ok(report::build(input))
}
