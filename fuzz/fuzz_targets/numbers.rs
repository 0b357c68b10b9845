//! The number parsers on arbitrary characters: `numbers::arabic` and
//! `numbers::chinese` never panic, never claim more characters than they were
//! given, and give finite values.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let chars: Vec<char> = input.chars().collect();
    // Every suffix, so that the parsers start at every position as the scanner does.
    for from in 0..chars.len().min(64) {
        let rest = &chars[from..];
        if let Some((value, used)) = govreport::numbers::arabic(rest) {
            assert!(
                used > 0 && used <= rest.len(),
                "arabic used {used} of {}",
                rest.len()
            );
            // A digit run longer than 24 is consumed whole with an infinite
            // value, by design: the scanner skips it as a code, not a number.
            let code = used > 24 && rest[..used].iter().all(|c| c.is_ascii_digit());
            assert!(
                (value.is_finite() || code) && value >= 0.0,
                "arabic value {value}"
            );
            assert!(rest[0].is_ascii_digit(), "arabic starts at a digit");
        }
        if let Some(n) = govreport::numbers::chinese(rest) {
            assert!(
                n.len > 0 && n.len <= rest.len(),
                "chinese used {} of {}",
                n.len,
                rest.len()
            );
            assert!(
                (n.value.is_finite() || common::ignored("value-finite")) && n.value >= 0.0,
                "chinese value {}",
                n.value
            );
            assert!(
                n.digits <= n.len,
                "chinese digits {} > len {}",
                n.digits,
                n.len
            );
        }
    }
});
