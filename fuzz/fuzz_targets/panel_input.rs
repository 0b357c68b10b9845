//! The packed form JavaScript's `panel()` sends (`js/shared.js` `packPanel`,
//! read by `govreport::panel::decode`), from any bytes: decoding and building
//! the panel never panic, whatever the counts, indices and numbers say.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

/// Strings a real packed input holds (enum names, ids, files, a region), so
/// that the fuzzer reaches past the decoder without having to spell them.
const VOCABULARY: &[&str] = &[
    "a.txt",
    "b.txt",
    "河南省",
    "全国",
    "province",
    "city",
    "county",
    "national",
    "district",
    "gdp",
    "urban_new_jobs",
    "cpi",
    "地区生产总值",
    "growth",
    "amount",
    "rate",
    "multiple",
    "exact",
    "approx",
    "at_least",
    "over",
    "near",
    "at_most",
    "range",
    "up",
    "down",
    "actual",
    "estimate",
    "target",
    "context",
    "%",
    "亿元",
    "万人",
    "增长6%左右。",
];

/// Numbers from bytes: most bytes are small integers (counts, indices, flags,
/// -1 for null); 0xF0 starts a year, 0xF1 is NaN, 0xF2 starts a raw f64,
/// 0xF3 starts a 16-bit value.
fn numbers(bytes: &[u8]) -> Vec<f64> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        let take = |n: usize, i: &mut usize| -> Option<&[u8]> {
            let s = bytes.get(*i..*i + n)?;
            *i += n;
            Some(s)
        };
        out.push(match b {
            0xF0 => match take(1, &mut i) {
                Some(s) => 1990.0 + f64::from(s[0] % 50),
                None => break,
            },
            0xF1 => f64::NAN,
            0xF2 => match take(8, &mut i) {
                Some(s) => f64::from_le_bytes(s.try_into().unwrap_or([0; 8])),
                None => break,
            },
            0xF3 => match take(2, &mut i) {
                Some(s) => f64::from(i16::from_le_bytes([s[0], s[1]])),
                None => break,
            },
            _ => f64::from(b) - 1.0,
        });
    }
    out
}

fuzz_target!(|data: &[u8]| {
    // Numbers up to the first NUL; after it, extra strings separated by NULs.
    let (head, tail) = match data.iter().position(|&b| b == 0) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &[][..]),
    };
    let nums = numbers(head);
    let mut strs: Vec<String> = VOCABULARY.iter().map(|s| s.to_string()).collect();
    strs.extend(
        tail.split(|&b| b == 0)
            .map(|s| String::from_utf8_lossy(s).into_owned()),
    );
    let entries = govreport::panel::decode(&nums, &strs);
    let files: Vec<&str> = entries.iter().flatten().map(|e| e.file.as_str()).collect();
    let panel = govreport::panel::build_lenient(&entries);
    common::check_panel(&panel, &files);
});
