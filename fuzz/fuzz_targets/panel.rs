//! Several fuzzed texts parsed and read together: the panel never panics, and
//! every row cites only the files it was given, with finite figures and a
//! verdict only where a target is.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

/// The reports' file names (a duplicate name on purpose: two files may share one).
const FILES: [&str; 4] = ["a-2023.txt", "b-2024.txt", "a-2023.txt", "5%.txt"];

fuzz_target!(|data: &[u8]| {
    // Up to four texts, cut at NUL bytes.
    let texts: Vec<String> = data
        .split(|&b| b == 0)
        .take(FILES.len())
        .map(|t| String::from_utf8_lossy(t).into_owned())
        .collect();
    let reports: Vec<govreport::Report> = texts
        .iter()
        .filter_map(|t| govreport::parse(t).ok())
        .collect();
    let panel = govreport::panel::from_reports(FILES.iter().copied().zip(reports.iter()));
    common::check_panel(&panel, &FILES);
});
