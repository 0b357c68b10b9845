//! The panel (src/panel): table tests of the verdict rule, region identity,
//! unit conversion, preference and bad input; and reviewed expectation files
//! of the panel of every region with two consecutive reports in the shared
//! corpus (`../shared/corpus/reports`): `tests/expected/panel/<region>.tsv`,
//! one line per row of each year that one report plans and the next reviews:
//!
//! ```text
//! year  metricId  kind  target  result  gap  verdict
//! ```
//!
//! To accept the engine's output after an intended change (then read the diff):
//!
//! ```sh
//! UPDATE_EXPECT=1 cargo test --test panel
//! git diff tests/expected/panel/
//! ```

use govreport::panel::input::{HeadlineInput, MetaInput, QuantityInput, TargetInput};
use govreport::panel::{self, PanelInput, ReportInput};
use govreport::{Direction, Kind, Level, PanelRow, Qual, Rule, Status, Verdict};
use std::path::{Path, PathBuf};

/// A target: metric id, kind, value, hi, qual, unit, direction.
type T<'a> = (
    &'a str,
    Kind,
    f64,
    Option<f64>,
    Qual,
    &'a str,
    Option<Direction>,
);
/// A result: metric id, kind, value, qual, unit, status, direction.
type R<'a> = (&'a str, Kind, f64, Qual, &'a str, Status, Option<Direction>);

fn report(
    file: &str,
    region: Option<&str>,
    level: Option<Level>,
    review: Option<i32>,
    targets: &[T],
    results: &[R],
) -> PanelInput {
    let mut quantities = Vec::new();
    let mut target_list = Vec::new();
    let mut headline = Vec::new();
    let plan = review.map(|y| y + 1);
    for (i, t) in targets.iter().enumerate() {
        let id = i as u32;
        quantities.push(QuantityInput {
            id,
            value: t.2,
            hi: t.3,
            unit: t.5.to_string(),
            qual: t.4,
            kind: Some(t.1),
            direction: t.6,
            status: Some(Status::Target),
            year: plan,
            metric: Some(format!("{} as written", t.0)),
            sentence: format!("target sentence {i}"),
            added: false,
        });
        target_list.push(TargetInput {
            quantity_id: id,
            metric_id: Some(t.0.to_string()),
            metric: Some(t.0.to_string()),
            kind: Some(t.1),
            value: t.2,
            hi: t.3,
            qual: t.4,
            unit: t.5.to_string(),
        });
    }
    for (i, r) in results.iter().enumerate() {
        let id = (100 + i) as u32;
        quantities.push(QuantityInput {
            id,
            value: r.2,
            hi: None,
            unit: r.4.to_string(),
            qual: r.3,
            kind: Some(r.1),
            direction: r.6,
            status: Some(r.5),
            year: review,
            metric: Some(r.0.to_string()),
            sentence: format!("result sentence {i}"),
            added: false,
        });
        let growth = r.1 == Kind::Growth;
        headline.push(HeadlineInput {
            metric_id: r.0.to_string(),
            level: (!growth).then_some(id),
            growth: growth.then_some(id),
        });
    }
    PanelInput {
        given: Default::default(),
        file: file.to_string(),
        report: ReportInput {
            meta: MetaInput {
                region: region.map(str::to_string),
                region_code: None,
                level,
                review_year: review,
                plan_year: plan,
            },
            targets: target_list,
            headline,
            quantities,
        },
    }
}

/// The row of a target set in a 2024 report against the 2025 report's result.
fn judged(t: T, r: R) -> PanelRow {
    let a = report(
        "a.txt",
        Some("湖北省"),
        Some(Level::Province),
        Some(2024),
        &[t],
        &[],
    );
    let b = report(
        "b.txt",
        Some("湖北"),
        Some(Level::Province),
        Some(2025),
        &[],
        &[r],
    );
    let p = panel::build(&[a, b]);
    let row = p
        .rows
        .into_iter()
        .find(|r| r.year == 2025 && r.metric_id == t.0 && r.kind == t.1);
    row.expect("a 2025 row")
}

const UP: Option<Direction> = Some(Direction::Up);
const DOWN: Option<Direction> = Some(Direction::Down);
use Kind::*;
use Qual::*;
use Status::*;

#[test]
fn verdict_rule() {
    // (target, result, rule, gap, verdict)
    let cases: &[(T, R, Rule, f64, Verdict)] = &[
        // Floor: 5%左右 → 5; 5%以上 → 5; a range's low end.
        (
            ("gdp", Growth, 5.0, None, Approx, "%", UP),
            ("gdp", Growth, 5.0, Exact, "%", Actual, UP),
            Rule::AtLeast,
            0.0,
            Verdict::Met,
        ),
        (
            ("gdp", Growth, 5.0, None, Approx, "%", UP),
            ("gdp", Growth, 3.9, Exact, "%", Actual, UP),
            Rule::AtLeast,
            -1.1,
            Verdict::Missed,
        ),
        (
            ("gdp", Growth, 5.0, None, AtLeast, "%", UP),
            ("gdp", Growth, 5.2, Exact, "%", Estimate, UP),
            Rule::AtLeast,
            0.2,
            Verdict::Met,
        ),
        (
            ("gdp", Growth, 4.5, Some(5.0), Range, "%", UP),
            ("gdp", Growth, 4.6, Exact, "%", Actual, UP),
            Rule::AtLeast,
            0.1,
            Verdict::Met,
        ),
        (
            ("gdp", Growth, 4.5, Some(5.0), Range, "%", UP),
            ("gdp", Growth, 4.4, Exact, "%", Actual, UP),
            Rule::AtLeast,
            -0.1,
            Verdict::Missed,
        ),
        // A result that fell is negative growth.
        (
            ("retail_sales", Growth, 5.0, None, Approx, "%", UP),
            ("retail_sales", Growth, 1.0, Exact, "%", Actual, DOWN),
            Rule::AtLeast,
            -6.0,
            Verdict::Missed,
        ),
        // Ceilings: cpi, unemployment_rate, deficit_ratio, any at_most.
        (
            ("cpi", Growth, 2.0, None, Approx, "%", UP),
            ("cpi", Growth, 0.2, Exact, "%", Actual, UP),
            Rule::AtMost,
            -1.8,
            Verdict::Met,
        ),
        (
            ("cpi", Growth, 2.0, None, Approx, "%", UP),
            ("cpi", Growth, 0.3, Exact, "%", Actual, DOWN),
            Rule::AtMost,
            -2.3,
            Verdict::Met,
        ),
        (
            ("cpi", Growth, 3.0, None, Approx, "%", UP),
            ("cpi", Growth, 5.9, Exact, "%", Actual, UP),
            Rule::AtMost,
            2.9,
            Verdict::Missed,
        ),
        (
            ("unemployment_rate", Rate, 5.5, None, Approx, "%", None),
            ("unemployment_rate", Rate, 5.1, Exact, "%", Actual, None),
            Rule::AtMost,
            -0.4,
            Verdict::Met,
        ),
        (
            ("unemployment_rate", Rate, 5.5, None, AtMost, "%", None),
            ("unemployment_rate", Rate, 5.6, Exact, "%", Actual, None),
            Rule::AtMost,
            0.1,
            Verdict::Missed,
        ),
        (
            ("deficit_ratio", Rate, 3.0, None, Approx, "%", None),
            ("deficit_ratio", Rate, 3.0, Exact, "%", Actual, None),
            Rule::AtMost,
            0.0,
            Verdict::Met,
        ),
        (
            (
                "general_budget_expenditure",
                Growth,
                4.0,
                Some(5.0),
                Range,
                "%",
                UP,
            ),
            (
                "general_budget_expenditure",
                Growth,
                4.8,
                Exact,
                "%",
                Actual,
                UP,
            ),
            Rule::AtLeast,
            0.8,
            Verdict::Met,
        ),
        (
            ("gdp_per_capita", Growth, 4.0, None, AtMost, "%", UP),
            ("gdp_per_capita", Growth, 4.5, Exact, "%", Actual, UP),
            Rule::AtMost,
            0.5,
            Verdict::Missed,
        ),
        // Falls: the fall must reach the target's fall; a rise is a negative fall.
        (
            ("energy_intensity", Growth, 3.0, None, Approx, "%", DOWN),
            ("energy_intensity", Growth, 3.5, Exact, "%", Actual, DOWN),
            Rule::FallAtLeast,
            0.5,
            Verdict::Met,
        ),
        (
            ("energy_intensity", Growth, 3.0, None, Approx, "%", DOWN),
            ("energy_intensity", Growth, 2.0, Exact, "%", Actual, DOWN),
            Rule::FallAtLeast,
            -1.0,
            Verdict::Missed,
        ),
        (
            ("energy_intensity", Growth, 3.0, None, Approx, "%", DOWN),
            ("energy_intensity", Growth, 1.0, Exact, "%", Actual, UP),
            Rule::FallAtLeast,
            -4.0,
            Verdict::Missed,
        ),
        // Levels; conversion through the unit (1300万吨 = 260亿斤; 5.3万亿元 = 53000亿元).
        (
            ("grain_output", Amount, 250.0, None, AtLeast, "亿斤", None),
            ("grain_output", Amount, 1300.0, Exact, "万吨", Actual, None),
            Rule::AtLeast,
            10.0,
            Verdict::Met,
        ),
        (
            ("gdp", Amount, 55000.0, None, Over, "亿元", None),
            ("gdp", Amount, 5.3, Exact, "万亿元", Actual, None),
            Rule::AtLeast,
            -2000.0,
            Verdict::Missed,
        ),
        (
            ("urban_new_jobs", Amount, 70.0, None, AtLeast, "万人", None),
            (
                "urban_new_jobs",
                Amount,
                700_000.0,
                Exact,
                "人",
                Actual,
                None,
            ),
            Rule::AtLeast,
            0.0,
            Verdict::Met,
        ),
    ];
    for (t, r, rule, gap, verdict) in cases {
        let row = judged(*t, *r);
        let what = format!("{t:?} vs {r:?}");
        assert_eq!(row.rule, Some(*rule), "{what}");
        assert_eq!(row.gap, Some(*gap), "{what}");
        assert_eq!(row.verdict, Some(*verdict), "{what}");
        assert_eq!(row.target_file.as_deref(), Some("a.txt"));
        assert_eq!(row.actual_file.as_deref(), Some("b.txt"));
        assert_eq!(
            row.actual_written_value,
            Some(r.2),
            "the value as written is kept"
        );
        assert_eq!(row.actual_written_unit.as_deref(), Some(r.4));
        assert_eq!(row.unit, t.5, "the row's unit is the target's");
    }
    // The converted value is stated in the target's unit.
    let row = judged(cases[17].0, cases[17].1);
    assert_eq!(row.actual_value, Some(260.0));
}

#[test]
fn incompatible_units_and_kinds_are_not_compared() {
    // % against 个百分点; 元 against 美元: a row without verdict and a warning.
    let a = report(
        "a.txt",
        Some("某省"),
        None,
        Some(2024),
        &[
            ("rd_intensity", Rate, 2.5, None, Approx, "%", None),
            (
                "foreign_investment",
                Amount,
                10.0,
                None,
                AtLeast,
                "亿美元",
                None,
            ),
        ],
        &[],
    );
    let b = report(
        "b.txt",
        Some("某省"),
        None,
        Some(2025),
        &[],
        &[
            ("rd_intensity", Rate, 0.1, Exact, "个百分点", Actual, None),
            (
                "foreign_investment",
                Amount,
                70.0,
                Exact,
                "亿元",
                Actual,
                None,
            ),
        ],
    );
    let p = panel::build(&[a, b]);
    for id in ["rd_intensity", "foreign_investment"] {
        let row = p
            .rows
            .iter()
            .find(|r| r.metric_id == id && r.year == 2025)
            .unwrap();
        assert_eq!(
            (row.verdict, row.gap, row.actual_value),
            (None, None, None),
            "{id}"
        );
        assert!(row.actual_written_value.is_some());
    }
    assert_eq!(
        p.warnings
            .iter()
            .filter(|w| w.code == "incomparable-units")
            .count(),
        2
    );
    // A growth target and a level result are different rows: never compared.
    let a = report(
        "a.txt",
        Some("某省"),
        None,
        Some(2024),
        &[("gdp", Growth, 5.0, None, Approx, "%", UP)],
        &[],
    );
    let b = report(
        "b.txt",
        Some("某省"),
        None,
        Some(2025),
        &[],
        &[("gdp", Amount, 6.0, Exact, "万亿元", Actual, None)],
    );
    let p = panel::build(&[a, b]);
    let verdicts: Vec<_> = p.rows.iter().map(|r| (r.kind, r.verdict)).collect();
    assert_eq!(
        verdicts,
        vec![
            (Amount, Some(Verdict::NoTarget)),
            (Growth, Some(Verdict::NoResult))
        ]
    );
}

#[test]
fn regions_by_identity() {
    let same = [
        (("宁夏回族自治区", Some(Level::Province)), ("宁夏", None)),
        (
            ("广西壮族自治区", Some(Level::Province)),
            ("广西", Some(Level::Province)),
        ),
        (("内蒙古自治区", None), ("内蒙古", None)),
        (("新疆维吾尔自治区", None), ("新疆", None)),
        (("西藏自治区", None), ("西藏", None)),
        (("北京市", None), ("北京", None)),
        (("湖北省", None), ("湖北", None)),
        (("国务院", Some(Level::National)), ("中华人民共和国", None)),
        (
            ("某某区", Some(Level::District)),
            ("某某", Some(Level::District)),
        ),
        (
            ("甲省某某区", Some(Level::District)),
            ("某某区", Some(Level::District)),
        ),
    ];
    for ((a, la), (b, lb)) in same {
        let ka = panel::regions::identify(Some(a), la).unwrap();
        let kb = panel::regions::identify(Some(b), lb).unwrap();
        if a.starts_with('甲') {
            // 甲省 is no province of the table: kept as written.
            assert_ne!(ka.key, kb.key);
            continue;
        }
        assert_eq!(ka.key, kb.key, "{a} = {b}");
        if !matches!(la, Some(Level::District)) {
            assert_eq!(ka.name, kb.name, "{a} = {b}: one display name");
        }
    }
    assert_eq!(
        panel::regions::identify(Some("国务院"), Some(Level::National))
            .unwrap()
            .name,
        "全国"
    );
    assert_eq!(
        panel::regions::identify(Some("宁夏"), None).unwrap().name,
        "宁夏回族自治区"
    );
    // Different governments stay apart: a city named like a province, two levels, two provinces.
    let differ = [
        (
            ("吉林市", Some(Level::City)),
            ("吉林省", Some(Level::Province)),
        ),
        (
            ("某某区", Some(Level::District)),
            ("某某县", Some(Level::County)),
        ),
        (("山西", None), ("陕西", None)),
    ];
    for ((a, la), (b, lb)) in differ {
        assert_ne!(
            panel::regions::identify(Some(a), la).unwrap().key,
            panel::regions::identify(Some(b), lb).unwrap().key,
            "{a} ≠ {b}"
        );
    }
    assert_eq!(panel::provinces::PROVINCES.len(), 34);
    assert!(panel::regions::identify(None, None).is_none());
    assert!(panel::regions::identify(Some(" "), None).is_none());

    // Two reports of the same province written differently pair up.
    let a = report(
        "a.txt",
        Some("宁夏回族自治区"),
        Some(Level::Province),
        Some(2024),
        &[("gdp", Growth, 5.5, None, Approx, "%", UP)],
        &[],
    );
    let b = report(
        "b.txt",
        Some("宁夏"),
        None,
        Some(2025),
        &[],
        &[("gdp", Growth, 5.6, Exact, "%", Actual, UP)],
    );
    let p = panel::build(&[b, a]);
    assert_eq!(p.rows.len(), 1);
    assert_eq!(
        (p.rows[0].region.as_str(), p.rows[0].verdict),
        ("宁夏回族自治区", Some(Verdict::Met))
    );
    let codes: Vec<_> = p.warnings.iter().map(|w| w.code.as_str()).collect();
    assert_eq!(
        codes,
        vec!["no-targets"],
        "b.txt has no targets; no other problem"
    );
}

#[test]
fn preference_and_alternatives() {
    // Two targets for one row (the targets passage, then a restatement): the first.
    let a = report(
        "a.txt",
        Some("某省"),
        None,
        Some(2024),
        &[
            ("gdp", Growth, 5.0, None, Approx, "%", UP),
            ("gdp", Growth, 5.5, None, AtLeast, "%", UP),
        ],
        &[],
    );
    // Two results for the same year from two reports: the precise one over 突破.
    let b1 = report(
        "b1.txt",
        Some("某省"),
        None,
        Some(2025),
        &[],
        &[("gdp", Growth, 5.0, Over, "%", Actual, UP)],
    );
    let b2 = report(
        "b2.txt",
        Some("某省"),
        None,
        Some(2025),
        &[],
        &[("gdp", Growth, 4.9, Exact, "%", Estimate, UP)],
    );
    let p = panel::build(&[a, b1, b2]);
    let row = p.rows.iter().find(|r| r.year == 2025).unwrap();
    assert_eq!(
        (
            row.target_value,
            row.actual_value,
            row.actual_file.as_deref()
        ),
        (Some(5.0), Some(4.9), Some("b2.txt"))
    );
    assert_eq!(row.verdict, Some(Verdict::Near));
    let alt: Vec<_> = row
        .alternatives
        .iter()
        .map(|a| (a.file.as_str(), a.value, a.status))
        .collect();
    assert_eq!(
        alt,
        vec![("a.txt", 5.5, Some(Target)), ("b1.txt", 5.0, Some(Actual))]
    );
    let codes: Vec<_> = p.warnings.iter().map(|w| w.code.as_str()).collect();
    assert_eq!(
        codes,
        vec![
            "no-targets",
            "duplicate-report",
            "no-targets",
            "conflicting-figures",
            "conflicting-figures"
        ]
    );
}

#[test]
fn bad_input_gives_rows_and_warnings() {
    let ok = report(
        "ok.txt",
        Some("某省"),
        None,
        Some(2024),
        &[("gdp", Growth, 5.0, None, Approx, "%", UP)],
        &[],
    );
    let no_region = report(
        "nr.txt",
        None,
        None,
        Some(2024),
        &[("gdp", Growth, 5.0, None, Approx, "%", UP)],
        &[],
    );
    let no_year = report(
        "ny.txt",
        Some("某省"),
        None,
        None,
        &[("gdp", Growth, 5.0, None, Approx, "%", UP)],
        &[],
    );
    let no_targets = report(
        "nt.txt",
        Some("另省"),
        None,
        Some(2024),
        &[],
        &[("gdp", Growth, 5.0, Exact, "%", Actual, UP)],
    );
    let p = panel::build_lenient(&[
        Some(ok.clone()),
        None,
        Some(no_region),
        Some(no_year),
        Some(no_targets),
    ]);
    let codes: Vec<_> = p.warnings.iter().map(|w| w.code.as_str()).collect();
    assert_eq!(
        codes,
        vec![
            "invalid-report",
            "unknown-region",
            "unknown-plan-year",
            "unknown-review-year",
            "no-targets",
            "no-pairs"
        ]
    );
    assert_eq!(
        p.rows.len(),
        2,
        "the target of ok.txt and the result of nt.txt"
    );
    // No input: no rows, no warnings. One report: its rows, and no pairs.
    assert_eq!(
        panel::build(&[]),
        govreport::Panel {
            rows: vec![],
            warnings: vec![]
        }
    );
    let p = panel::build(std::slice::from_ref(&ok));
    assert_eq!(p.rows[0].verdict, Some(Verdict::NoResult));
    // A hundred reports of one region and year: one row, 99 alternatives, 99 warnings.
    let many: Vec<_> = (0..100)
        .map(|i| {
            report(
                &format!("{i}.txt"),
                Some("某省"),
                None,
                Some(2024),
                &[("gdp", Growth, 5.0, None, Approx, "%", UP)],
                &[],
            )
        })
        .collect();
    let p = panel::build(&many);
    assert_eq!(p.rows.len(), 1);
    assert_eq!(p.rows[0].alternatives.len(), 99);
    assert_eq!(p.rows[0].target_file.as_deref(), Some("0.txt"));
    assert_eq!(
        p.warnings
            .iter()
            .filter(|w| w.code == "duplicate-report")
            .count(),
        99
    );
    // A target without canonical id or kind makes no row; a result whose year is not the reviewed year neither.
    let mut odd = report(
        "odd.txt",
        Some("某省"),
        None,
        Some(2024),
        &[("gdp", Growth, 5.0, None, Approx, "%", UP)],
        &[("gdp", Growth, 5.0, Exact, "%", Actual, UP)],
    );
    odd.report.targets[0].metric_id = None;
    odd.report.quantities[1].year = None;
    assert!(panel::build(&[odd]).rows.is_empty());
}

#[test]
fn decode_reads_the_packed_form_and_survives_garbage() {
    let strs: Vec<String> = [
        "f.txt",
        "某省",
        "province",
        "gdp",
        "地区生产总值",
        "growth",
        "approx",
        "%",
        "up",
        "target",
        "s",
        "530800",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let nan = f64::NAN;
    let nums = vec![
        2.0, // entries
        0.0, // not a report
        1.0, 0.0, // a report, its file
        1.0, -1.0, 2019.0, // given: region, code (null), plan year
        1.0, 11.0, 2.0, 2024.0, 2025.0, 1.0, 0.0, 1.0, // region code level years counts
        7.0, 3.0, 4.0, 5.0, 5.0, nan, 6.0, 7.0, // target
        7.0, 5.0, nan, 7.0, 6.0, 5.0, 8.0, 9.0, 2025.0, 4.0, 10.0,
        -1.0, // quantity (measure null)
    ];
    let got = panel::decode(&nums, &strs);
    assert_eq!(got.len(), 2);
    assert!(got[0].is_none());
    let e = got[1].as_ref().unwrap();
    assert_eq!(
        (
            e.file.as_str(),
            e.report.meta.level,
            e.report.meta.plan_year
        ),
        ("f.txt", Some(Level::Province), Some(2025))
    );
    assert_eq!(e.report.meta.region_code.as_deref(), Some("530800"));
    assert_eq!(e.report.targets[0].qual, Qual::Approx);
    assert_eq!(e.report.quantities[0].direction, Some(Direction::Up));
    assert_eq!(
        (
            e.given.region.as_deref(),
            e.given.code.as_deref(),
            e.given.plan_year
        ),
        (Some("某省"), None, Some(2019))
    );
    // Cut anywhere or filled with junk: no panic.
    for cut in 0..nums.len() {
        let _ = panel::build_lenient(&panel::decode(&nums[..cut], &strs));
    }
    for junk in [
        vec![],
        vec![1e300],
        vec![5.0, 1.0, -3.0, 1e9, nan, 1e20, -1e20, 1e15, 1e15, 1e15],
        vec![3.0, 1.0, 99.0, 99.0, 99.0],
    ] {
        let _ = panel::build_lenient(&panel::decode(&junk, &strs));
    }
}

// ---- The corpus pairs ----

fn shared_reports() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/reports");
    assert!(
        dir.is_dir(),
        "the shared corpus is missing: {} (CI has ../shared)",
        dir.display()
    );
    dir
}

fn load(dir: &Path, slug: &str) -> govreport::Report {
    let text = std::fs::read_to_string(dir.join(format!("{slug}.txt")))
        .unwrap_or_else(|e| panic!("{slug}: {e}"));
    govreport::parse(&text).unwrap_or_else(|e| panic!("{slug}: {e}"))
}

fn number(v: Option<f64>, hi: Option<f64>) -> String {
    match (v, hi) {
        (Some(v), Some(h)) => format!("{v}–{h}"),
        (Some(v), None) => format!("{v}"),
        _ => "-".to_string(),
    }
}

fn name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "-".into())
}

/// One expectation line per row of a paired year.
fn render(rows: &[PanelRow], years: &[i32]) -> String {
    let mut out = String::from("# year\tmetricId\tkind\ttarget\tresult\tgap\tverdict\n");
    for r in rows.iter().filter(|r| years.contains(&r.year)) {
        let target = match r.target_value {
            Some(_) => format!(
                "{}{} {}",
                number(r.target_value, r.target_hi),
                r.unit,
                r.target_qual.as_ref().map_or("-".into(), name)
            ),
            None => "-".into(),
        };
        let result = match (r.actual_value, &r.actual_written_unit) {
            (Some(v), Some(u)) if *u == r.unit => format!(
                "{v}{u} {}",
                r.actual_status.as_ref().map_or("-".into(), name)
            ),
            (v, Some(u)) => format!(
                "{}{} {} (written {}{u})",
                number(v, None),
                r.unit,
                r.actual_status.as_ref().map_or("-".into(), name),
                number(r.actual_written_value, None)
            ),
            _ => "-".into(),
        };
        let gap = r.gap.map_or("-".into(), |g| format!("{g}"));
        let verdict = r.verdict.as_ref().map_or("-".into(), name);
        out.push_str(&format!(
            "{}\t{}\t{}\t{target}\t{result}\t{gap}\t{verdict}\n",
            r.year,
            r.metric_id,
            name(&r.kind)
        ));
    }
    out
}

#[test]
fn corpus_pairs_match_the_reviewed_expectations() {
    let dir = shared_reports();
    let mut sets: Vec<(String, Vec<String>, Vec<i32>)> = Vec::new();
    let mut slugs: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.path().file_stem()?.to_str().map(str::to_string))
        .filter(|s| !s.starts_with("MANIFEST"))
        .collect();
    slugs.sort();
    for s in &slugs {
        if let Some(region) = s.strip_suffix("-2024") {
            if slugs.iter().any(|t| *t == format!("{region}-2025")) {
                sets.push((
                    region.to_string(),
                    vec![s.clone(), format!("{region}-2025")],
                    vec![2025],
                ));
            }
        }
    }
    // The national reports 2007–2010 in a row; the district's reports (2011, 2013, 2015, 2018) have no consecutive pair.
    sets.push((
        "national".into(),
        (2007..=2010).map(|y| format!("national-{y}")).collect(),
        vec![2008, 2009, 2010],
    ));
    assert!(sets.len() >= 23, "{} sets", sets.len());

    let expected_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expected/panel");
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut mismatches = Vec::new();
    for (region, files, years) in &sets {
        let reports: Vec<_> = files.iter().map(|f| (f.clone(), load(&dir, f))).collect();
        let p = panel::from_reports(reports.iter().map(|(f, r)| (f.as_str(), r)));
        let got = render(&p.rows, years);
        assert!(got.lines().count() > 1, "{region}: no rows for {years:?}");
        let path = expected_dir.join(format!("{region}.tsv"));
        if update {
            std::fs::create_dir_all(&expected_dir).unwrap();
            std::fs::write(&path, &got).unwrap();
        } else {
            match std::fs::read_to_string(&path) {
                Ok(want) if want == got => {}
                Ok(_) => mismatches.push(format!("{} differs", path.display())),
                Err(_) => mismatches.push(format!("{} is missing", path.display())),
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "{}\n(UPDATE_EXPECT=1 cargo test --test panel, then read the diff)",
        mismatches.join("\n")
    );
}

#[test]
fn the_district_series_has_no_pairs() {
    let dir = shared_reports();
    let reports: Vec<_> = [
        "hailaer-2011",
        "hailaer-2013",
        "hailaer-2015",
        "hailaer-2018",
    ]
    .iter()
    .map(|f| (*f, load(&dir, f)))
    .collect();
    let p = panel::from_reports(reports.iter().map(|(f, r)| (*f, r)));
    assert!(p
        .rows
        .iter()
        .all(|r| !matches!(r.verdict, Some(Verdict::Met | Verdict::Missed))));
    assert!(p.warnings.iter().any(|w| w.code == "no-pairs"));
    assert!(p.rows.iter().all(|r| r.region == "海拉尔区"));
}

#[test]
fn a_count_of_additions_is_no_target_for_the_level() {
    // `新认定高新技术企业1300家` beside a result `高新技术企业4500家`: not comparable.
    let target = (
        "high_tech_enterprises",
        Amount,
        1300.0,
        None,
        AtLeast,
        "家",
        None,
    );
    let result = (
        "high_tech_enterprises",
        Amount,
        4500.0,
        Exact,
        "家",
        Actual,
        None,
    );
    let plan = report(
        "a.txt",
        Some("某省"),
        Some(Level::Province),
        Some(2024),
        &[target],
        &[],
    );
    let review = report(
        "b.txt",
        Some("某省"),
        Some(Level::Province),
        Some(2025),
        &[],
        &[result],
    );
    let rows = panel::build(&[plan.clone(), review.clone()]).rows;
    assert!(
        rows.iter().any(|r| r.verdict == Some(Verdict::Met)),
        "a level target is compared"
    );
    let mut added = plan;
    added.report.quantities[0].added = true;
    let rows = panel::build(&[added, review]).rows;
    assert!(rows.iter().all(|r| r.target_value.is_none()), "{rows:?}");
}

/// A report whose level is unknown (its text names no government; the user
/// named it) is the same region as a city report of that name, so target
/// and result meet in one row rather than two half rows.
#[test]
fn a_region_of_unknown_level_is_the_named_city() {
    let target = ("gdp", Kind::Growth, 7.0, None, Qual::Approx, "%", UP);
    let result = (
        "gdp",
        Kind::Growth,
        6.5,
        Qual::Exact,
        "%",
        Status::Actual,
        UP,
    );
    let a = report(
        "a.txt",
        Some("台州市"),
        Some(Level::City),
        Some(2024),
        &[target],
        &[],
    );
    let b = report("b.txt", Some("台州市"), None, Some(2025), &[], &[result]);
    let rows: Vec<PanelRow> = panel::build(&[a, b])
        .rows
        .into_iter()
        .filter(|r| r.year == 2025 && r.metric_id == "gdp")
        .collect();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(
        (rows[0].target_value, rows[0].actual_value),
        (Some(7.0), Some(6.5))
    );
    // Different levels of one name stay apart (a county and a city of the same stem).
    let c = report(
        "c.txt",
        Some("台州县"),
        Some(Level::County),
        Some(2025),
        &[],
        &[result],
    );
    let a = report(
        "a.txt",
        Some("台州市"),
        Some(Level::City),
        Some(2024),
        &[target],
        &[],
    );
    let p = panel::build(&[a, c]);
    assert!(p
        .rows
        .iter()
        .all(|r| r.actual_value.is_none() || r.region == "台州县"));
}

// ---- The builder (reports one at a time) against the panel of a slice ----

/// The builder's panel (rows taken one at a time, warnings as they come) for
/// `entries` (`None`: not a report).
fn built(
    entries: &[Option<PanelInput>],
    options: &panel::PanelOptions,
    text: bool,
) -> govreport::Panel {
    let mut builder = panel::PanelBuilder::new(options);
    if !text {
        builder = builder.without_text();
    }
    for entry in entries {
        match entry {
            Some(input) => builder.add(input),
            None => builder.add_invalid(),
        }
    }
    let count = entries.iter().flatten().count();
    assert_eq!((builder.len(), builder.is_empty()), (count, count == 0));
    let mut rows = builder.finish();
    let mut warnings = rows.take_warnings();
    let mut out = Vec::new();
    while let Some(row) = rows.next() {
        out.push(row);
        warnings.extend(rows.take_warnings());
    }
    assert!(rows.next().is_none(), "no row after the last");
    warnings.extend(rows.take_warnings());
    assert!(rows.take_warnings().is_empty(), "warnings are taken once");
    govreport::Panel {
        rows: out,
        warnings,
    }
}

/// Every report of the shared corpus and 120 city reports with their names'
/// region and year (`{year}_{province}_{region}.txt`), the cities twice
/// (duplicates: alternatives, conflicting figures), each group once with a
/// report that is not one among them.
#[test]
fn the_builder_gives_the_panel_of_a_slice() {
    let dir = shared_reports();
    let cities = dir.join("../cities");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .chain(std::fs::read_dir(&cities).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let reports: Vec<PathBuf> = files
        .iter()
        .filter(|p| !p.starts_with(&cities))
        .cloned()
        .collect();
    let city_files: Vec<PathBuf> = files
        .iter()
        .filter(|p| p.starts_with(&cities))
        .step_by(5)
        .take(120)
        .cloned()
        .collect();
    assert!(reports.len() >= 50 && city_files.len() == 120);
    let pattern = panel::given::NamePattern::parse("{year}_{province}_{region}.txt").unwrap();
    let input = |path: &PathBuf, copy: usize| {
        let text = std::fs::read_to_string(path).unwrap();
        let report = govreport::parse(&text).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let given = pattern.read(&name).and_then(Result::ok).unwrap_or_default();
        PanelInput {
            file: format!("{copy}/{name}"),
            report: ReportInput::from(&report),
            given,
        }
    };
    let mut national: Vec<Option<PanelInput>> = reports.iter().map(|p| Some(input(p, 0))).collect();
    national.insert(7, None);
    let mut cities: Vec<Option<PanelInput>> =
        city_files.iter().map(|p| Some(input(p, 0))).collect();
    cities.extend(city_files.iter().rev().map(|p| Some(input(p, 1))));
    cities.insert(100, None);
    for entries in [&national, &cities] {
        let inputs: Vec<PanelInput> = entries.iter().flatten().cloned().collect();
        for options in [
            panel::PanelOptions::default(),
            panel::PanelOptions {
                prefer_given: true,
                near_tolerance: panel::NearTolerance::NONE,
            },
        ] {
            let expected = panel::build_lenient_with(entries, &options);
            let streamed = built(entries, &options, true);
            assert!(expected.rows.len() > 100, "{} rows", expected.rows.len());
            assert_eq!(streamed.rows.len(), expected.rows.len());
            for (a, b) in streamed.rows.iter().zip(&expected.rows) {
                assert_eq!(a, b);
            }
            assert_eq!(streamed.warnings, expected.warnings);
            assert_eq!(streamed, expected);
            // Without text: the same CSV records, no sentences kept.
            let csv = built(entries, &options, false);
            let records = |p: &govreport::Panel| govreport::table::panel_rows(p);
            assert_eq!(records(&csv), records(&expected));
            assert!(csv
                .rows
                .iter()
                .all(|r| r.target_sentence.as_deref().unwrap_or("").is_empty()
                    && r.actual_sentence.as_deref().unwrap_or("").is_empty()
                    && r.target_metric.is_none()
                    && r.alternatives.iter().all(|a| a.sentence.is_empty())));
            // The slice functions agree with each other.
            assert_eq!(panel::build_with(&inputs, &options).rows, expected.rows);
        }
        let warned = |code: &str| {
            built(entries, &Default::default(), true)
                .warnings
                .iter()
                .filter(|w| w.code == code)
                .count()
        };
        assert_eq!(warned("invalid-report"), 1);
        if std::ptr::eq(entries, &cities) {
            assert!(warned("duplicate-report") >= 100);
        }
    }
    // from_reports is the builder over parsed reports.
    let parsed: Vec<(String, govreport::Report)> = reports
        .iter()
        .take(12)
        .map(|p| {
            (
                p.display().to_string(),
                govreport::parse(&std::fs::read_to_string(p).unwrap()).unwrap(),
            )
        })
        .collect();
    let inputs: Vec<PanelInput> = parsed
        .iter()
        .map(|(f, r)| PanelInput {
            file: f.clone(),
            report: ReportInput::from(r),
            given: Default::default(),
        })
        .collect();
    assert_eq!(
        panel::from_reports(parsed.iter().map(|(f, r)| (f.as_str(), r))),
        panel::build(&inputs)
    );
}

/// No input: no rows, no warnings (not even `no-pairs`), from both paths.
#[test]
fn an_empty_builder_gives_an_empty_panel() {
    let empty = built(&[], &Default::default(), true);
    assert_eq!(empty, panel::build(&[]));
    assert!(empty.rows.is_empty() && empty.warnings.is_empty());
    let invalid = built(&[None, None], &Default::default(), false);
    assert_eq!(invalid, panel::build_lenient(&[None, None]));
    assert_eq!(invalid.warnings.len(), 2);
    assert!(invalid.warnings[1].message.starts_with("entry 2 "));
}
