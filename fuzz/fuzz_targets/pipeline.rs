//! The whole pipeline on arbitrary text: `govreport::parse` never panics, and
//! every span of its report lies within the input and slices to its text.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    common::parse_and_check(&input);
});
