//! The plan-year targets of every corpus report, compared exactly with a
//! reviewed expectation file per report: `tests/expected/targets/<slug>.tsv`,
//! one line per target (metricId, kind, value, hi, qual, unit, metric).
//!
//! Each file was checked by reading the report's targets passage. After an
//! intended change, `UPDATE_SNAPSHOTS=1 cargo test --test targets` rewrites
//! them; review `git diff tests/expected/targets/` before committing.

use std::fs;
use std::path::Path;

fn render(report: &govreport::Report) -> String {
    let mut out = String::from("# metricId\tkind\tvalue\thi\tqual\tunit\tmetric\n");
    for t in &report.targets {
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
            t.metric_id.as_deref().unwrap_or("-"),
            name(&t.kind),
            t.value,
            t.hi.map_or("-".to_string(), |h| h.to_string()),
            name(&t.qual),
            t.unit,
            t.metric.as_deref().unwrap_or("-"),
        ));
    }
    out
}

/// The serde name of one of the model's enums (`at_least`, `growth`).
fn name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "-".to_string())
}

#[test]
fn corpus_targets_match_reviewed_expectations() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let expected_dir = dir.join("expected/targets");
    let mut failures = Vec::new();
    let mut reports: Vec<_> = fs::read_dir(dir.join("corpus"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    reports.sort();
    assert!(reports.len() >= 20, "the corpus is in tests/corpus");
    for path in reports {
        let slug = path.file_stem().unwrap().to_string_lossy().to_string();
        let text = fs::read_to_string(&path).unwrap();
        let report = govreport::parse(&text).unwrap();
        let got = render(&report);
        let file = expected_dir.join(format!("{slug}.tsv"));
        if update {
            fs::create_dir_all(&expected_dir).unwrap();
            fs::write(&file, &got).unwrap();
            continue;
        }
        let want = fs::read_to_string(&file).unwrap_or_default();
        if want != got {
            failures.push(format!("== {slug}\n-- want\n{want}-- got\n{got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{}\nIf the change is intended: UPDATE_SNAPSHOTS=1 cargo test --test targets",
        failures.join("\n")
    );
}
