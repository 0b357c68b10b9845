//! Arbitrary bytes through `govreport::decode::decode` (UTF-8, UTF-16, GB18030
//! detection) and then the whole pipeline on whatever text comes out.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    match govreport::decode::decode(data) {
        Ok((text, _encoding)) => common::parse_and_check(&text),
        Err(e) => {
            assert!(!e.code().is_empty());
            assert!(!e.to_string().is_empty());
        }
    }
});
