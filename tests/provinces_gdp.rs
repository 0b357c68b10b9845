//! The GDP growth target and the stated GDP growth result of every
//! provincial report of the shared corpus delivered in 2025 and 2026
//! (`../shared/corpus/reports/<province>-2024.txt` reviews 2024 and plans
//! 2025; `-2025.txt` reviews 2025 and plans 2026): one line per report in
//! `tests/expected/provinces-gdp.tsv`, each read against the report's text.
//!
//! ```text
//! file  reviewYear  result  planYear  target
//! ```
//!
//! `result` is the reviewed year's GDP growth the headline shows (the panel
//! pairs it with the previous report's target); `target` the plan year's
//! GDP growth target. A changed line fails the test; to accept the engine's
//! output after an intended change (then read the diff):
//!
//! ```sh
//! UPDATE_EXPECT=1 cargo test --test provinces_gdp
//! git diff tests/expected/provinces-gdp.tsv
//! ```

mod support;

use govreport::{Kind, Report};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn reports_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/reports");
    assert!(
        dir.is_dir(),
        "the shared corpus is missing: {} (CI has ../shared)",
        dir.display()
    );
    dir
}

/// A report of a province, autonomous region or municipality, as the
/// engine reads its level (national and district reports are left out).
fn provincial(r: &Report) -> bool {
    matches!(r.meta.level, Some(govreport::Level::Province))
}

fn number(v: f64, hi: Option<f64>) -> String {
    match hi {
        Some(h) => format!("{v}–{h}"),
        None => format!("{v}"),
    }
}

fn name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "-".into())
}

fn cell<T: ToString>(v: Option<T>) -> String {
    v.map_or_else(|| "-".to_string(), |v| v.to_string())
}

/// The report's line: the headline's GDP growth result, the GDP growth target.
fn line(file: &str, r: &Report) -> String {
    let quantity = |id: Option<u32>| id.and_then(|id| r.quantities.iter().find(|q| q.id == id));
    let gdp = r.headline.iter().find(|h| h.metric_id == "gdp");
    let result = quantity(gdp.and_then(|h| h.growth)).map_or("-".to_string(), |q| {
        format!(
            "{}{} {} {}",
            number(q.value, q.hi),
            q.unit,
            name(&q.qual),
            q.status.as_ref().map_or("-".into(), name)
        )
    });
    let target = r
        .targets
        .iter()
        .find(|t| t.metric_id.as_deref() == Some("gdp") && t.kind == Some(Kind::Growth))
        .map_or("-".to_string(), |t| {
            format!("{}{} {}", number(t.value, t.hi), t.unit, name(&t.qual))
        });
    format!(
        "{file}\t{}\t{result}\t{}\t{target}\n",
        cell(r.meta.review_year),
        cell(r.meta.plan_year)
    )
}

#[test]
fn provincial_gdp_targets_and_results_match_the_reviewed_table() {
    let dir = reports_dir();
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|f| f.ends_with("-2024.txt") || f.ends_with("-2025.txt"))
        .collect();
    files.sort();
    let mut got = String::from("# file\treviewYear\tresult\tplanYear\ttarget\n");
    let mut n = 0;
    for f in &files {
        let text = std::fs::read_to_string(dir.join(f)).unwrap_or_else(|e| panic!("{f}: {e}"));
        let r = govreport::parse(&text).unwrap_or_else(|e| panic!("{f}: {e}"));
        if !provincial(&r) {
            continue;
        }
        n += 1;
        let _ = write!(got, "{}", line(f, &r));
    }
    assert!(
        n >= 40,
        "expected the provincial reports of 2024 and 2025, found {n}"
    );
    support::expect_file("tests/expected/provinces-gdp.tsv", &got);
}
