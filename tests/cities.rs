//! The city reports of `../shared/corpus/cities` (623 reports of 31 cities,
//! 2003–2024, starting at 各位代表 with no title lines): region and its code,
//! the code of the city the file name gives, reviewed and plan year read
//! from the body, and the plan year's GDP growth target, one line per report
//! in `tests/expected/cities.tsv` (reviewed by reading it against the
//! texts). A changed line fails the test; `UPDATE_EXPECT=1` rewrites the
//! file — read the diff before committing it.
//!
//! `tests/expected/cities-mislabelled.tsv` lists the files that hold another
//! place's report (found by reading them); the region code read from every
//! other file must be its name's city in at least 95 % of them.
//!
//! The corpus lives beside the clone (`../shared`, as on CI); the test fails
//! loudly when it is missing rather than passing on nothing.

mod support;

use std::fmt::Write as _;
use std::path::PathBuf;

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/cities")
}

fn cell<T: ToString>(v: Option<T>) -> String {
    v.map_or_else(|| "-".to_string(), |v| v.to_string())
}

/// The code of the city a file name `<year>_<province>_<city>.txt` gives.
fn label_code(name: &str) -> Option<String> {
    let mut parts = name.trim_end_matches(".txt").splitn(3, '_').skip(1);
    let province = govreport::gazetteer::lookup(parts.next()?);
    let province = province.first()?.code;
    let city = parts.next()?;
    let found = govreport::gazetteer::lookup(city);
    let d = found.iter().find(|d| d.parent == Some(province))?;
    Some(format!("{:06}", d.code))
}

/// One line per report: file, region, regionCode, the code of the file
/// name's city, reviewYear, planYear, and the GDP growth target's qualifier,
/// value and upper bound (`-` when none is found).
fn rows() -> String {
    let dir = corpus_dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| {
            panic!(
                "the city corpus is missing at {}: {e} (clone ../shared beside the repo)",
                dir.display()
            )
        })
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 600,
        "expected the 623 city reports, found {}",
        files.len()
    );
    let mut out = String::from(
        "file\tregion\tregionCode\tlabelCode\treviewYear\tplanYear\tgdpQual\tgdpValue\tgdpHi\n",
    );
    for path in files {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let report = govreport::parse(&raw).unwrap_or_else(|e| panic!("{name}: {e}"));
        let gdp = report.targets.iter().find(|t| {
            t.metric_id.as_deref() == Some("gdp") && t.kind == Some(govreport::Kind::Growth)
        });
        let qual = gdp.map(|t| format!("{:?}", t.qual).to_lowercase());
        let _ = writeln!(
            out,
            "{name}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            cell(report.meta.region.as_deref()),
            cell(report.meta.region_code.as_deref()),
            cell(label_code(&name)),
            cell(report.meta.review_year),
            cell(report.meta.plan_year),
            cell(qual),
            cell(gdp.map(|t| t.value)),
            cell(gdp.and_then(|t| t.hi)),
        );
    }
    out
}

#[test]
fn city_reports_match_expectations() {
    support::expect_file("tests/expected/cities.tsv", &rows());
}

/// The files that hold another place's report, by reading them.
fn mislabelled() -> Vec<String> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/expected/cities-mislabelled.tsv");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .map(str::to_string)
        .collect()
}

#[test]
fn region_codes_name_the_files_city() {
    let expected = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/expected/cities.tsv"),
    )
    .unwrap_or_else(|e| panic!("cities.tsv: {e}"));
    let wrong = mislabelled();
    assert!(
        wrong.len() >= 20,
        "{} mislabelled files listed",
        wrong.len()
    );
    let (mut total, mut agree) = (0, 0);
    for line in expected.lines().skip(1) {
        let cells: Vec<&str> = line.split('\t').collect();
        let [file, _, code, label, ..] = cells.as_slice() else {
            panic!("short line {line}");
        };
        assert_ne!(
            *label, "-",
            "{file}: the file name's city is not in the gazetteer"
        );
        if wrong.iter().any(|w| w == file) {
            // The engine reads the text, not the name.
            assert_ne!(code, label, "{file} is listed as mislabelled");
            continue;
        }
        total += 1;
        agree += usize::from(code == label);
    }
    assert!(
        agree * 100 >= total * 95,
        "region code names the file's city in {agree} of {total}"
    );
}
