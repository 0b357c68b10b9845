//! Invariants shared by the fuzz targets. Any violation panics, which libFuzzer
//! reports as a crash with the input that caused it.
#![allow(dead_code)]

use govreport::{Report, Span};
use std::sync::OnceLock;

/// Is the invariant `name` switched off? `FUZZ_IGNORE=base-finite,…` lets a long
/// run get past a finding already reported (libFuzzer stops at the first crash);
/// by default every invariant is checked.
pub fn ignored(name: &str) -> bool {
    static IGNORED: OnceLock<Vec<String>> = OnceLock::new();
    IGNORED
        .get_or_init(|| {
            std::env::var("FUZZ_IGNORE")
                .unwrap_or_default()
                .split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        })
        .iter()
        .any(|s| s == name)
}

/// The input's length in UTF-16 code units (what JavaScript's `length` gives).
pub fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// A span lies within an input of `len` UTF-16 units and is ordered.
pub fn check_span(what: &str, span: Span, len: usize) {
    assert!(
        span[0] <= span[1] && (span[1] as usize) <= len,
        "{what}: span {span:?} outside the input (UTF-16 length {len})"
    );
}

/// Every invariant of a report read from `input`.
pub fn check_report(input: &str, report: &Report) {
    let len = utf16_len(input);
    for (i, q) in report.quantities.iter().enumerate() {
        assert_eq!(q.id as usize, i, "quantity ids are their indices");
        check_span("quantity", q.span, len);
        check_span("quantity sentence", q.sentence_span, len);
        assert!(q.span[0] < q.span[1], "empty quantity span {:?}", q.span);
        assert_eq!(
            govreport::report::utf16_slice(input, q.span),
            q.text,
            "the UTF-16 slice of the input at {:?} is the quantity's text",
            q.span
        );
        assert!(
            q.value.is_finite() || ignored("value-finite"),
            "value {} of {:?} is not finite",
            q.value,
            q.text
        );
        assert!(
            q.base.is_finite() || ignored("base-finite"),
            "base {} of {:?} is not finite",
            q.base,
            q.text
        );
        if let Some(hi) = q.hi {
            assert!(hi.is_finite(), "hi {hi} of {:?} is not finite", q.text);
        }
        if let Some(s) = q.section_id {
            assert!(
                (s as usize) < report.sections.len(),
                "dangling section id {s}"
            );
        }
    }
    for s in &report.sections {
        check_span("section", s.span, len);
        if let Some(p) = s.parent {
            assert!((p as usize) < report.sections.len(), "dangling parent {p}");
        }
    }
    for p in &report.paragraphs {
        check_span("paragraph", p.span, len);
        for s in &p.sentences {
            check_span("sentence", *s, len);
        }
    }
    for g in &report.glossary {
        check_span("glossary", g.span, len);
    }
    let nq = report.quantities.len();
    for t in &report.targets {
        assert!(
            (t.quantity_id as usize) < nq,
            "dangling target {}",
            t.quantity_id
        );
        assert!(
            t.value.is_finite() || ignored("value-finite"),
            "target value {} not finite",
            t.value
        );
    }
    for h in &report.headline {
        for id in [h.level, h.growth, h.target].into_iter().flatten() {
            assert!((id as usize) < nq, "dangling headline quantity {id}");
        }
    }
    for g in &report.glossary {
        for o in &g.occurrences {
            check_span("glossary occurrence", *o, len);
        }
    }
    // The report must serialise: the JSON contract holds no NaN or infinity.
    let json = serde_json::to_string(report).expect("report serialises to JSON");
    assert!(!json.is_empty());
}

/// Parses `input` and checks the result, whatever it is.
pub fn parse_and_check(input: &str) {
    match govreport::parse(input) {
        Ok(report) => check_report(input, &report),
        Err(e) => {
            // Errors are typed and described.
            assert!(!e.code().is_empty());
            assert!(!e.to_string().is_empty());
        }
    }
}

/// Every invariant of a panel read from reports cited as `files`: rows cite
/// only those files, their figures are finite, and a verdict other than
/// "no target" comes with a target.
pub fn check_panel(panel: &govreport::Panel, files: &[&str]) {
    use govreport::model::Verdict;
    for row in &panel.rows {
        for f in [&row.target_file, &row.actual_file].into_iter().flatten() {
            assert!(
                files.contains(&f.as_str()),
                "row cites a file it was not given: {f:?}"
            );
        }
        for (what, v) in [
            ("target", row.target_value),
            ("target hi", row.target_hi),
            ("actual", row.actual_value),
            ("gap", row.gap),
            ("bound", row.bound),
        ] {
            if let Some(v) = v {
                if !ignored("panel-finite") {
                    assert!(v.is_finite(), "{what} is not finite: {v}");
                }
            }
        }
        if matches!(row.verdict, Some(Verdict::Met | Verdict::Missed)) {
            assert!(
                row.target_value.is_some(),
                "a met/missed verdict without a target"
            );
            assert!(
                row.actual_value.is_some(),
                "a met/missed verdict without a result"
            );
        }
    }
}
