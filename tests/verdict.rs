//! The `near` verdict (src/panel/verdict.rs): an approximate target (`左右`,
//! `约`) missed within the tolerance is `near`; met and missed keep their
//! meaning; other qualifiers are never `near`; the tolerance is an option.

use govreport::panel::verdict::{judge, measured, rule, NearTolerance, TargetTerms};
use govreport::panel::{self, PanelOptions};
use govreport::{Direction, Qual, Verdict};

fn terms(metric_id: &str, value: f64, hi: Option<f64>, qual: Qual) -> TargetTerms<'_> {
    TargetTerms {
        metric_id,
        value,
        hi,
        qual,
        direction: None,
    }
}

/// A case: metric, target, hi, qual, unit, result, verdict.
type Case<'a> = (&'a str, f64, Option<f64>, Qual, &'a str, f64, Verdict);

/// Cases under the default tolerance.
#[test]
fn near_under_the_default_tolerance() {
    use Qual::{Approx, AtLeast, AtMost, Exact, Over, Range};
    use Verdict::{Met, Missed, Near};
    let cases: &[Case] = &[
        // Growth in %: ±0.5 percentage points, inclusive.
        ("gdp", 5.5, None, Approx, "%", 5.3, Near),
        ("gdp", 6.0, None, Approx, "%", 5.5, Near),
        ("gdp", 6.0, None, Approx, "%", 5.49, Missed),
        ("gdp", 6.0, None, Approx, "%", 6.0, Met),
        ("gdp", 6.0, None, Approx, "%", 7.0, Met),
        // Not approximate: never near.
        ("gdp", 6.0, None, AtLeast, "%", 5.9, Missed),
        ("gdp", 6.0, None, Exact, "%", 5.9, Missed),
        ("gdp", 5.5, Some(6.0), Range, "%", 5.4, Missed),
        ("gdp", 6.0, None, Over, "%", 5.9, Missed),
        // Ceilings: over the bound by at most 0.5 points.
        ("cpi", 3.0, None, Approx, "%", 3.3, Near),
        ("cpi", 3.0, None, Approx, "%", 3.6, Missed),
        ("cpi", 3.0, None, Approx, "%", 2.0, Met),
        ("unemployment_rate", 5.5, None, Approx, "%", 5.9, Near),
        ("unemployment_rate", 5.5, None, AtMost, "%", 5.6, Missed),
        // Levels: 1 % of the bound.
        ("gdp", 60000.0, None, Approx, "亿元", 59500.0, Near),
        ("gdp", 60000.0, None, Approx, "亿元", 59400.0, Near),
        ("gdp", 60000.0, None, Approx, "亿元", 59300.0, Missed),
        ("urban_new_jobs", 70.0, None, Approx, "万人", 69.5, Near),
        ("urban_new_jobs", 70.0, None, Approx, "万人", 69.0, Missed),
        ("urban_new_jobs", 70.0, None, AtLeast, "万人", 69.9, Missed),
    ];
    for &(metric, value, hi, qual, unit, result, want) in cases {
        let t = terms(metric, value, hi, qual);
        let m = measured(rule(&t), result, None);
        let (_, got) = judge(&t, unit, m, &NearTolerance::DEFAULT);
        assert_eq!(
            got, want,
            "{metric} {value}{unit} {qual:?} against {result}"
        );
    }
}

#[test]
fn a_fall_target_is_near_by_the_fall_reached() {
    let t = TargetTerms {
        metric_id: "energy_intensity",
        value: 3.0,
        hi: None,
        qual: Qual::Approx,
        direction: Some(Direction::Down),
    };
    let r = rule(&t);
    let near = measured(r, 2.6, Some(Direction::Down));
    assert_eq!(
        judge(&t, "%", near, &NearTolerance::DEFAULT).1,
        Verdict::Near
    );
    let far = measured(r, 2.0, Some(Direction::Down));
    assert_eq!(
        judge(&t, "%", far, &NearTolerance::DEFAULT).1,
        Verdict::Missed
    );
}

#[test]
fn the_tolerance_is_an_option() {
    let t = terms("gdp", 6.0, None, Qual::Approx);
    let wide = NearTolerance {
        points: 1.0,
        relative: 0.0,
    };
    assert_eq!(judge(&t, "%", 5.2, &wide).1, Verdict::Near);
    assert_eq!(
        judge(&t, "%", 5.2, &NearTolerance::DEFAULT).1,
        Verdict::Missed
    );
    assert_eq!(judge(&t, "%", 5.8, &NearTolerance::NONE).1, Verdict::Missed);
    // A level with no relative tolerance is never near.
    let level = terms("gdp", 100.0, None, Qual::Approx);
    assert_eq!(judge(&level, "亿元", 99.9, &wide).1, Verdict::Missed);
    // Nonsense tolerances switch near off rather than widen it.
    for bad in [f64::NAN, f64::INFINITY, -1.0] {
        let tol = NearTolerance {
            points: bad,
            relative: bad,
        };
        assert_eq!(judge(&t, "%", 5.9, &tol).1, Verdict::Missed, "{bad}");
    }
    assert_eq!(
        PanelOptions::default().near_tolerance,
        NearTolerance::DEFAULT
    );
}

#[test]
fn the_panel_applies_its_options() {
    let a = govreport::parse(
        "湖北省政府工作报告\n一、2024年工作回顾\n二、2025年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。",
    )
    .unwrap();
    let b = govreport::parse(
        "湖北省政府工作报告\n一、2025年工作回顾\n全省地区生产总值增长5.7%。\n二、2026年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。",
    )
    .unwrap();
    let inputs: Vec<_> = [("a.txt", &a), ("b.txt", &b)]
        .iter()
        .map(|(f, r)| panel::PanelInput {
            file: f.to_string(),
            report: panel::ReportInput::from(*r),
            given: panel::Given::default(),
        })
        .collect();
    let verdict = |options: &PanelOptions| {
        panel::build_with(&inputs, options)
            .rows
            .into_iter()
            .find(|r| r.year == 2025 && r.metric_id == "gdp" && r.target_value.is_some())
            .and_then(|r| r.verdict)
    };
    assert_eq!(verdict(&PanelOptions::default()), Some(Verdict::Near));
    let none = PanelOptions {
        near_tolerance: NearTolerance::NONE,
        ..PanelOptions::default()
    };
    assert_eq!(verdict(&none), Some(Verdict::Missed));
    let json = serde_json::to_string(&Verdict::Near).unwrap();
    assert_eq!(json, "\"near\"");
}
