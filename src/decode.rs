//! Decoding files: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK.
//!
//! [`decode`] turns the bytes of a file into the text the engine reads, and
//! says which encoding it found:
//!
//! 1. a byte order mark decides: `EF BB BF` UTF-8, `FF FE` UTF-16LE,
//!    `FE FF` UTF-16BE;
//! 2. UTF-16 without a BOM is recognised by its zero bytes, which ASCII
//!    characters (digits, line breaks) put on every other byte;
//! 3. input full of control bytes (NUL and the like) is refused as binary
//!    ([`Error::NotText`]);
//! 4. valid UTF-8 is UTF-8;
//! 5. anything else is read as GB18030, which includes GBK and GB2312 (the
//!    encodings of older Chinese text files).
//!
//! Decoding is strict: a malformed sequence gives [`Error::Undecodable`] with
//! the byte offset where it starts, never replacement characters. A file that
//! is clearly UTF-8 (a long valid stretch with Chinese text before the bad
//! byte) is reported as malformed UTF-8 rather than re-read as GB18030, which
//! would turn it into mojibake.
//!
//! **The BOM is stripped** from the decoded text, as JavaScript's
//! `TextDecoder` does by default. Spans therefore index the decoded text the
//! way a browser sees it after `new TextDecoder(label).decode(bytes)`; for a
//! UTF-8 file with a BOM they are one unit less than offsets counted from the
//! first byte of the file.

use crate::model::Warning;
use crate::Error;
use encoding_rs::{DecoderResult, GB18030, UTF_16BE, UTF_16LE};

/// The encoding a file was decoded from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// UTF-8 without a byte order mark.
    Utf8,
    /// UTF-8 with a byte order mark (stripped from the text).
    Utf8Bom,
    /// UTF-16, little-endian (with or without a BOM; a BOM is stripped).
    Utf16Le,
    /// UTF-16, big-endian (with or without a BOM; a BOM is stripped).
    Utf16Be,
    /// GB18030, which includes GBK and GB2312.
    Gb18030,
}

impl Encoding {
    /// A short stable name: `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `gb18030`.
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf8Bom => "utf-8-bom",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Gb18030 => "gb18030",
        }
    }

    /// The warning code for a report decoded from this encoding
    /// (`decoded-gb18030`, `decoded-utf16le`, …); `None` for plain UTF-8.
    pub fn warning_code(self) -> Option<&'static str> {
        match self {
            Encoding::Utf8 => None,
            Encoding::Utf8Bom => Some("decoded-utf8-bom"),
            Encoding::Utf16Le => Some("decoded-utf16le"),
            Encoding::Utf16Be => Some("decoded-utf16be"),
            Encoding::Gb18030 => Some("decoded-gb18030"),
        }
    }

    /// The warning to add to a report decoded from this encoding; `None` for plain UTF-8.
    pub fn warning(self) -> Option<Warning> {
        let code = self.warning_code()?;
        let message = match self {
            Encoding::Utf8Bom => {
                "the file is UTF-8 with a byte order mark; the mark was removed and spans count from the character after it".to_string()
            }
            Encoding::Gb18030 => {
                "the file is not UTF-8; it was decoded as GB18030 (GBK); spans index the decoded text".to_string()
            }
            other => format!(
                "the file was decoded as {}; spans index the decoded text (without its byte order mark)",
                other.as_str().to_uppercase()
            ),
        };
        Some(Warning::new(code, message))
    }
}

/// How many bytes at the start of the input are examined by the binary and
/// BOM-less UTF-16 checks.
const SAMPLE: usize = 64 * 1024;

/// Decodes the bytes of a report file; see the [module documentation](self).
///
/// Never panics. An empty input decodes to an empty UTF-8 text.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), Error> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return match std::str::from_utf8(rest) {
            Ok(text) => Ok((text.to_string(), Encoding::Utf8Bom)),
            Err(e) => Err(Error::Undecodable {
                encoding: Encoding::Utf8Bom.as_str(),
                offset: 3 + e.valid_up_to(),
            }),
        };
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return strict(UTF_16LE, rest, 2, Encoding::Utf16Le).map(|t| (t, Encoding::Utf16Le));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return strict(UTF_16BE, rest, 2, Encoding::Utf16Be).map(|t| (t, Encoding::Utf16Be));
    }
    if let Some(found) = utf16_without_bom(bytes) {
        return Ok(found);
    }
    if let Some(offset) = binary_offset(bytes) {
        return Err(Error::NotText { offset });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_string(), Encoding::Utf8)),
        Err(e) => {
            let offset = e.valid_up_to();
            if looks_like_utf8(bytes.get(..offset).unwrap_or_default()) {
                return Err(Error::Undecodable {
                    encoding: Encoding::Utf8.as_str(),
                    offset,
                });
            }
            strict(GB18030, bytes, 0, Encoding::Gb18030).map(|t| (t, Encoding::Gb18030))
        }
    }
}

/// Decodes `bytes` with `encoding` without replacement; a malformed sequence
/// gives its byte offset (plus `base`, the length of a stripped BOM).
fn strict(
    encoding: &'static encoding_rs::Encoding,
    bytes: &[u8],
    base: usize,
    label: Encoding,
) -> Result<String, Error> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len().saturating_mul(2));
    let mut out = String::with_capacity(capacity);
    let mut read = 0usize;
    loop {
        let rest = bytes.get(read..).unwrap_or_default();
        let (result, n) = decoder.decode_to_string_without_replacement(rest, &mut out, true);
        read += n;
        match result {
            DecoderResult::InputEmpty => return Ok(out),
            DecoderResult::OutputFull => out.reserve(rest.len().saturating_sub(n).max(16) * 3),
            DecoderResult::Malformed(bad, extra) => {
                let offset = read.saturating_sub(bad as usize + extra as usize);
                return Err(Error::Undecodable {
                    encoding: label.as_str(),
                    offset: base + offset,
                });
            }
        }
    }
}

/// Recognises UTF-16 without a BOM. ASCII characters (line breaks, digits)
/// and some common ideographs (一 is U+4E00) put zero bytes into UTF-16 text,
/// which UTF-8 and GB18030 text never holds; when a few of the first bytes
/// are zero, both byte orders are tried and the one that reads as
/// Chinese or ASCII text (at least 90 % of its characters) wins. Read in the
/// wrong order, ASCII and full-width characters turn into unrelated scripts.
fn utf16_without_bom(bytes: &[u8]) -> Option<(String, Encoding)> {
    if bytes.len() < 2 || bytes.len() % 2 != 0 {
        return None;
    }
    let sample = bytes.get(..SAMPLE.min(bytes.len()))?;
    let zeros = sample.iter().filter(|&&b| b == 0).count();
    if zeros < 4 {
        return None;
    }
    let score = |encoding: &'static encoding_rs::Encoding| {
        let (text, _) = encoding.decode_without_bom_handling(sample);
        let (mut good, mut all) = (0usize, 0usize);
        for c in text.chars() {
            all += 1;
            good += usize::from(is_text_char(c));
        }
        (good, all)
    };
    let (le, le_all) = score(UTF_16LE);
    let (be, be_all) = score(UTF_16BE);
    let (encoding, label, good, all) = if le >= be {
        (UTF_16LE, Encoding::Utf16Le, le, le_all)
    } else {
        (UTF_16BE, Encoding::Utf16Be, be, be_all)
    };
    if good * 10 < all * 9 {
        return None;
    }
    strict(encoding, bytes, 0, label)
        .ok()
        .map(|text| (text, label))
}

/// A character typical of a Chinese text: printable ASCII and white space,
/// CJK ideographs and punctuation, full-width forms, general punctuation.
fn is_text_char(c: char) -> bool {
    matches!(c,
        '\t' | '\n' | '\r' | ' '..='~'
        | '\u{2000}'..='\u{206F}'
        | '\u{3000}'..='\u{303F}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{FF00}'..='\u{FFEF}')
}

/// A character no text file holds: C0 controls other than tab, line feed,
/// vertical tab, form feed, carriage return and escape, and DEL.
fn is_binary_char(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{E}'..='\u{1A}' | '\u{1C}'..='\u{1F}' | '\u{7F}')
}

/// The offset of the first control byte when the start of the input has too
/// many of them for a text (more than 8 and more than 2 %): a binary file.
///
/// The offset counts UTF-16 units when the bytes before it are valid UTF-8
/// (as [`Error::NotText`] documents), bytes otherwise.
fn binary_offset(bytes: &[u8]) -> Option<usize> {
    let sample = bytes.get(..SAMPLE.min(bytes.len()))?;
    let mut count = 0usize;
    let mut first = None;
    for (i, &b) in sample.iter().enumerate() {
        if b < 0x80 && is_binary_char(char::from(b)) {
            count += 1;
            first.get_or_insert(i);
        }
    }
    if count <= 8 || count * 50 <= sample.len() {
        return None;
    }
    let at = first.unwrap_or(0);
    let before = bytes.get(..at).unwrap_or_default();
    Some(match std::str::from_utf8(before) {
        Ok(s) => s.encode_utf16().count(),
        Err(_) => at,
    })
}

/// Whether a valid UTF-8 prefix is evidence that the whole input is UTF-8: it
/// holds at least 16 multi-byte characters (GBK text almost never forms a
/// long run of valid UTF-8 sequences).
fn looks_like_utf8(prefix: &[u8]) -> bool {
    std::str::from_utf8(prefix)
        .map(|s| s.chars().filter(|c| !c.is_ascii()).nth(15).is_some())
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "政府工作报告\n一、2024年工作回顾\n地区生产总值增长5.5%，达到1900亿元。\n";

    fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        let units = bom
            .then_some(0xFEFFu16)
            .into_iter()
            .chain(text.encode_utf16());
        for u in units {
            if big_endian {
                out.extend_from_slice(&u.to_be_bytes());
            } else {
                out.extend_from_slice(&u.to_le_bytes());
            }
        }
        out
    }

    fn gb18030(text: &str) -> Vec<u8> {
        let (bytes, _, unmappable) = GB18030.encode(text);
        assert!(!unmappable);
        bytes.into_owned()
    }

    #[test]
    fn decodes_every_supported_encoding() {
        let mut bom8 = b"\xEF\xBB\xBF".to_vec();
        bom8.extend_from_slice(TEXT.as_bytes());
        let cases: Vec<(&str, Vec<u8>, Encoding)> = vec![
            ("utf-8", TEXT.as_bytes().to_vec(), Encoding::Utf8),
            ("utf-8 bom", bom8, Encoding::Utf8Bom),
            ("utf-16le bom", utf16(TEXT, false, true), Encoding::Utf16Le),
            ("utf-16be bom", utf16(TEXT, true, true), Encoding::Utf16Be),
            ("utf-16le", utf16(TEXT, false, false), Encoding::Utf16Le),
            ("utf-16be", utf16(TEXT, true, false), Encoding::Utf16Be),
            ("gb18030", gb18030(TEXT), Encoding::Gb18030),
        ];
        for (name, bytes, encoding) in cases {
            let (text, found) = decode(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(found, encoding, "{name}");
            assert_eq!(
                text, TEXT,
                "{name}: the BOM is stripped, the text is intact"
            );
        }
    }

    #[test]
    fn gbk_bytes_decode() {
        // "增长5.5%" in GBK, as Python's "增长5.5%".encode("gbk") gives it.
        let bytes = b"\xd4\xf6\xb3\xa45.5%";
        assert_eq!(
            decode(bytes).unwrap(),
            ("增长5.5%".to_string(), Encoding::Gb18030)
        );
        // A character outside GBK, in its four-byte GB18030 form.
        let text = "𠀀年";
        assert_eq!(
            decode(&gb18030(text)).unwrap(),
            (text.to_string(), Encoding::Gb18030)
        );
    }

    #[test]
    fn empty_and_ascii() {
        assert_eq!(decode(b"").unwrap(), (String::new(), Encoding::Utf8));
        assert_eq!(
            decode(b"\xEF\xBB\xBF").unwrap(),
            (String::new(), Encoding::Utf8Bom)
        );
        assert_eq!(
            decode(b"\xFF\xFE").unwrap(),
            (String::new(), Encoding::Utf16Le)
        );
        assert_eq!(decode(b"abc 123\r\n").unwrap().1, Encoding::Utf8);
        // Form feeds (PDF page breaks) and tabs are text.
        assert_eq!(
            decode(b"a\x0cb\tc\x0cd\x0ce\x0cf\x0cg\x0ch\x0ci\x0cj\x0c")
                .unwrap()
                .1,
            Encoding::Utf8
        );
    }

    #[test]
    fn malformed_inputs_are_refused_with_their_offset() {
        let err = |bytes: &[u8]| decode(bytes).unwrap_err();
        // GB18030: 0x80 and 0xFF are never valid lead bytes.
        assert_eq!(
            err(b"\xd4\xf6\xb3\xa4\xff\xfe\x30"),
            Error::Undecodable {
                encoding: "gb18030",
                offset: 4
            }
        );
        // A lead byte at the end of the input.
        assert_eq!(
            err(b"abc\xd4"),
            Error::Undecodable {
                encoding: "gb18030",
                offset: 3
            }
        );
        // UTF-8 after a BOM: the offset counts the BOM.
        assert_eq!(
            err(b"\xEF\xBB\xBFab\xff"),
            Error::Undecodable {
                encoding: "utf-8-bom",
                offset: 5
            }
        );
        // UTF-16 with a lone surrogate, and with an odd byte at the end.
        let mut lone = utf16("报告", false, true);
        lone.extend_from_slice(&0xD800u16.to_le_bytes());
        lone.extend_from_slice(&u16::from(b'a').to_le_bytes());
        assert_eq!(
            err(&lone),
            Error::Undecodable {
                encoding: "utf-16le",
                offset: 6
            }
        );
        let mut odd = utf16("报告", true, true);
        odd.push(0x4e);
        assert_eq!(
            err(&odd),
            Error::Undecodable {
                encoding: "utf-16be",
                offset: 6
            }
        );
    }

    #[test]
    fn clearly_utf8_text_with_a_bad_byte_is_not_reread_as_gbk() {
        let mut bytes = "各位代表：现在，我代表区人民政府向大会报告工作，请予审议。"
            .as_bytes()
            .to_vec();
        let at = bytes.len();
        bytes.push(0xff);
        bytes.extend_from_slice("增长".as_bytes());
        assert_eq!(
            decode(&bytes).unwrap_err(),
            Error::Undecodable {
                encoding: "utf-8",
                offset: at
            }
        );
    }

    #[test]
    fn binary_input_is_not_text() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0".to_vec();
        png.extend((0u8..=255).cycle().take(2000));
        assert!(matches!(decode(&png), Err(Error::NotText { .. })));
        // The offset counts UTF-16 units of the valid text before it.
        let mut bytes = "报告".as_bytes().to_vec();
        bytes.extend_from_slice(&[0u8; 40]);
        bytes.push(b'x');
        assert_eq!(decode(&bytes).unwrap_err(), Error::NotText { offset: 2 });
        // A few stray NULs in a long text are tolerated (the engine drops them).
        let mut text = TEXT.repeat(20).into_bytes();
        text.extend_from_slice(b"\0\0\0");
        assert_eq!(decode(&text).unwrap().1, Encoding::Utf8);
    }

    #[test]
    fn every_corpus_report_round_trips_through_every_encoding() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
        let mut seen = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().and_then(|e| e.to_str()) != Some("txt") {
                continue;
            }
            // The first 20 000 characters: enough for the detection, quick in debug builds.
            let text: String = std::fs::read_to_string(&path)
                .unwrap()
                .chars()
                .take(20_000)
                .collect();
            let name = path.display();
            for (bytes, encoding) in [
                (text.as_bytes().to_vec(), Encoding::Utf8),
                (gb18030(&text), Encoding::Gb18030),
                (utf16(&text, false, true), Encoding::Utf16Le),
                (utf16(&text, true, false), Encoding::Utf16Be),
            ] {
                let (decoded, found) = decode(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
                assert_eq!(found, encoding, "{name}");
                assert!(decoded == text, "{name}: {encoding:?} round trip");
            }
            seen += 1;
        }
        assert!(seen >= 20, "corpus not found");
    }

    #[test]
    fn names_and_warnings() {
        assert_eq!(Encoding::Utf8.warning(), None);
        for (e, name, code) in [
            (Encoding::Utf8Bom, "utf-8-bom", "decoded-utf8-bom"),
            (Encoding::Utf16Le, "utf-16le", "decoded-utf16le"),
            (Encoding::Utf16Be, "utf-16be", "decoded-utf16be"),
            (Encoding::Gb18030, "gb18030", "decoded-gb18030"),
        ] {
            assert_eq!(e.as_str(), name);
            assert_eq!(e.warning().map(|w| w.code), Some(code.to_string()));
        }
    }
}
