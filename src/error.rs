//! The engine's one error type.

use std::fmt;

/// Why the engine could not read an input.
///
/// Every variant has a stable [`Error::code`] that crosses the WASM boundary
/// unchanged, and a message that says what was wrong and where.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than [`crate::Options::max_input_bytes`].
    InputTooLarge {
        /// The input's size in UTF-8 bytes.
        size: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The input holds no text at all (empty or only white space).
    Empty,
    /// The input is not text: too many control characters (a binary file).
    NotText {
        /// UTF-16 offset of the first control character.
        offset: usize,
    },
    /// A byte input could not be decoded as UTF-8, UTF-16 or GB18030.
    Undecodable {
        /// The encoding that was tried last.
        encoding: &'static str,
        /// Byte offset of the first malformed sequence.
        offset: usize,
    },
}

impl Error {
    /// A stable, machine-readable identifier of the error kind.
    pub fn code(&self) -> &'static str {
        match self {
            Error::InputTooLarge { .. } => "input-too-large",
            Error::Empty => "empty-input",
            Error::NotText { .. } => "not-text",
            Error::Undecodable { .. } => "undecodable",
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InputTooLarge { size, limit } => write!(
                f,
                "input is {size} bytes, more than the limit of {limit} bytes"
            ),
            Error::Empty => write!(f, "input is empty: there is no text to read"),
            Error::NotText { offset } => write!(
                f,
                "input does not look like text: control characters from UTF-16 offset {offset} (is it a binary file?)"
            ),
            Error::Undecodable { encoding, offset } => write!(
                f,
                "input could not be decoded: malformed {encoding} at byte {offset}"
            ),
        }
    }
}

impl std::error::Error for Error {}
