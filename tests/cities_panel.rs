//! The panel over the 623 city reports of `../shared/corpus/cities`, read as
//! a researcher would (`govreport panel --name-pattern
//! '{year}_{province}_{region}.txt'`): for every city-year whose plan report
//! and next report are both present and are what their names say, whether
//! the GDP growth row has the year's target and the next report's result.
//!
//! `tests/expected/cities-gdp-panel.tsv` holds one line per such city-year
//! (the golden: a changed line fails; `UPDATE_EXPECT=1` rewrites it — read the
//! diff). Coverage is counted over the city-years where both figures exist in
//! the texts: the plan report states a numeric target (the reviewed
//! `tests/expected/cities.tsv`) and the next report states the year's growth
//! (not one of the reviewed `tests/expected/cities-gdp-unstated.tsv`).

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_govreport");

/// The share of city-years with both figures in their texts that the panel
/// must pair (issue 16 asks 90 % of all city-years; see the module comment).
const GOAL: f64 = 0.95;

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/cities")
}

/// The first column of a reviewed TSV (comment lines and its header skipped).
fn first_column(tsv: &str) -> BTreeSet<String> {
    tsv.lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .map(str::to_string)
        .collect()
}

/// `(year, city code)` of a name `<year>_<province>_<city>.txt`: the code of
/// the province's city of that name in the gazetteer.
fn name_key(name: &str) -> Option<(i32, u32)> {
    let mut parts = name.trim_end_matches(".txt").splitn(3, '_');
    let year = parts.next()?.parse().ok()?;
    let province = govreport::gazetteer::lookup(parts.next()?).first()?.code;
    let city = govreport::gazetteer::lookup(parts.next()?);
    let city = city.iter().find(|d| d.parent == Some(province))?;
    Some((year, city.code))
}

fn number(v: &serde_json::Value) -> String {
    v.as_f64()
        .map_or_else(|| "-".to_string(), |x| x.to_string())
}

#[test]
fn city_panel_pairs_gdp_targets_with_next_year_results() {
    let dir = corpus_dir();
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("the city corpus is missing at {}: {e}", dir.display()))
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 600, "expected the 623 city reports");
    let out = Command::new(BIN)
        .args(["panel", "-f", "jsonl", "-j", "2", "--name-pattern"])
        .arg("{year}_{province}_{region}.txt")
        .args(files.iter().map(|f| dir.join(f)))
        .output()
        .expect("govreport runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);

    // Files that are not what their names say: reviewed, and those whose text
    // gives another region or year than the name (a warning names each).
    let mut flagged = first_column(include_str!("expected/cities-mislabelled.tsv"));
    for line in stderr.lines() {
        if line.contains("given-region-differs") || line.contains("given-year-differs") {
            if let Some(f) = files.iter().find(|f| line.contains(f.as_str())) {
                flagged.insert(f.clone());
            }
        }
    }
    let unstated = first_column(include_str!("expected/cities-gdp-unstated.tsv"));

    // GDP growth rows by region code and year.
    let mut by_target: BTreeMap<(i32, u32), (String, String)> = BTreeMap::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let row: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        if row["metricId"] != "gdp" || row["kind"] != "growth" {
            continue;
        }
        let code = row["regionCode"].as_str().and_then(|c| c.parse().ok());
        let year = row["year"].as_i64().and_then(|y| i32::try_from(y).ok());
        if let (Some(code), Some(year)) = (code, year) {
            by_target.insert(
                (year, code),
                (number(&row["targetValue"]), number(&row["actualValue"])),
            );
        }
    }

    let by_key: BTreeMap<(i32, u32), &String> = files
        .iter()
        .filter_map(|f| Some((name_key(f)?, f)))
        .collect();
    let mut golden = String::from("year\tfile\tnext\ttarget\tresult\tclass\n");
    let (mut counted, mut both, mut unstated_with_result) = (0, 0, Vec::new());
    for ((year, city), file) in &by_key {
        let Some(next) = by_key.get(&(year + 1, *city)) else {
            continue;
        };
        if flagged.contains(*file) || flagged.contains(*next) {
            continue;
        }
        let (target, result) = by_target
            .get(&(*year, *city))
            .cloned()
            .unwrap_or_else(|| ("-".into(), "-".into()));
        let class = if target == "-" {
            "no-target"
        } else if unstated.contains(*next) {
            if result != "-" {
                unstated_with_result.push(next.to_string());
            }
            "unstated"
        } else if result == "-" {
            counted += 1;
            "missed"
        } else {
            counted += 1;
            both += 1;
            "both"
        };
        golden.push_str(&format!(
            "{year}\t{file}\t{next}\t{target}\t{result}\t{class}\n"
        ));
    }
    support::expect_file("tests/expected/cities-gdp-panel.tsv", &golden);
    assert!(
        unstated_with_result.is_empty(),
        "reviewed as stating no GDP growth, yet the panel found one: {unstated_with_result:?}"
    );
    let share = f64::from(both) / f64::from(counted.max(1));
    eprintln!("GDP growth target and result: {both} of {counted} city-years with both in their texts ({share:.3})");
    assert!(share >= GOAL, "{both} of {counted} ({share:.3}) < {GOAL}");
}
