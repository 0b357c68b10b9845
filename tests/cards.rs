//! The headline cards of every corpus report (`../shared/corpus/reports`, 59
//! reports of every level and year): one line per filled card slot — metric,
//! slot, the figure's text with its qualifier, status and year, the term the
//! card shows, and the figure's sentence — in `tests/expected/cards/<slug>.tsv`.
//! The files are read by a person against the texts (an editor publishes what
//! a card says); a changed line fails the test, and `UPDATE_EXPECT=1` rewrites
//! them — read `git diff tests/expected/cards` before committing.
//!
//! Beside the files, invariants that hold for every card of every report: a
//! level or growth slot is a whole-year result of the reviewed year and never
//! a count of additions; a target slot is one of the report's targets.

use govreport::{Kind, Measure, Report, Status};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn corpus() -> Vec<(String, Report)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/reports");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| {
            panic!(
                "the corpus is missing at {}: {e} (clone ../shared beside the repo)",
                dir.display()
            )
        })
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 59,
        "expected the 59 corpus reports, found {}",
        files.len()
    );
    files
        .iter()
        .map(|path| {
            let slug = stem(path);
            let raw = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{slug}: {e}"));
            let report = govreport::parse(&raw).unwrap_or_else(|e| panic!("{slug}: {e}"));
            (slug, report)
        })
        .collect()
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_string()
}

/// The card lines of one report.
fn lines(report: &Report) -> String {
    let mut out = String::from("# metric\tslot\tfigure\tstatus\tterm\tsentence\n");
    for row in &report.headline {
        for (slot, id) in [
            ("level", row.level),
            ("growth", row.growth),
            ("target", row.target),
        ] {
            let Some(q) = id.and_then(|id| report.quantities.get(id as usize)) else {
                continue;
            };
            let status = q
                .status
                .map_or("-".to_string(), |s| format!("{s:?}").to_lowercase());
            let year = q.year.map_or("-".to_string(), |y| y.to_string());
            let qual = format!("{:?}", q.qual).to_lowercase();
            let sentence: String = q.sentence.chars().take(120).collect();
            let _ = writeln!(
                out,
                "{}\t{slot}\t{} {qual}\t{status} {year}\t{}\t{}",
                row.metric_id,
                q.text,
                row.term.as_deref().unwrap_or(&row.label),
                sentence.replace(['\n', '\t'], " "),
            );
        }
    }
    out
}

#[test]
fn cards_match_the_reviewed_expectations() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/expected/cards");
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    if update {
        let _ = std::fs::create_dir_all(&dir);
    }
    let mut changed = Vec::new();
    for (slug, report) in corpus() {
        let path = dir.join(format!("{slug}.tsv"));
        let got = lines(&report);
        if update {
            std::fs::write(&path, &got).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            continue;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_default();
        if want != got {
            changed.push(format!("{slug}:\n--- want\n{want}+++ got\n{got}"));
        }
    }
    assert!(
        changed.is_empty(),
        "{} reports' cards changed (UPDATE_EXPECT=1 cargo test --test cards, then read the diff):\n{}",
        changed.len(),
        changed.join("\n")
    );
}

#[test]
fn every_card_is_certain() {
    for (slug, r) in corpus() {
        for row in &r.headline {
            let q = |id: Option<u32>| id.and_then(|id| r.quantities.get(id as usize));
            for (slot, got) in [("level", q(row.level)), ("growth", q(row.growth))] {
                let Some(q) = got else { continue };
                assert!(
                    matches!(q.status, Some(Status::Actual | Status::Estimate))
                        && q.year == r.meta.review_year
                        && q.measure == Measure::Total
                        && q.metric_id.as_deref() == Some(row.metric_id.as_str())
                        && (q.kind == Some(Kind::Growth)) == (slot == "growth")
                        && !q.unit.contains("百分点"),
                    "{slug} {} {slot}: {} {:?} {:?} {:?}",
                    row.metric_id,
                    q.text,
                    q.status,
                    q.year,
                    q.measure
                );
            }
            if let Some(t) = row.target {
                assert!(
                    r.targets
                        .iter()
                        .any(|x| x.quantity_id == t
                            && x.metric_id.as_deref() == Some(&row.metric_id)),
                    "{slug} {} target q{t} is not among the targets",
                    row.metric_id
                );
            }
        }
    }
}
