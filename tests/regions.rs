//! The region and its official code read from each of the 59 reports of
//! `../shared/corpus/reports` (national, provincial, a district), one line per
//! report in `tests/expected/regions.tsv` (reviewed by reading each report's
//! dateline). A changed line fails the test; `UPDATE_EXPECT=1` rewrites the
//! file — read the diff before committing it.

mod support;

use std::fmt::Write as _;
use std::path::PathBuf;

fn rows() -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/reports");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("the corpus is missing at {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 59,
        "expected 59 reports, found {}",
        files.len()
    );
    let mut out = String::from("file\tregion\tregionCode\tlevel\tcanonical\n");
    for path in files {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let m = govreport::parse(&raw)
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .meta;
        let canonical = m
            .region_code
            .as_deref()
            .and_then(|c| govreport::gazetteer::lookup(c).first().map(|d| d.name));
        let _ = writeln!(
            out,
            "{name}\t{}\t{}\t{}\t{}",
            m.region.as_deref().unwrap_or("-"),
            m.region_code.as_deref().unwrap_or("-"),
            m.level
                .map_or("-".to_string(), |l| format!("{l:?}").to_lowercase()),
            canonical.unwrap_or("-"),
        );
    }
    out
}

#[test]
fn report_regions_match_expectations() {
    support::expect_file("tests/expected/regions.tsv", &rows());
}
