//! Inputs found by fuzzing and hostile-input testing that broke an invariant,
//! one test each, named after what it found (see BENCHMARKS.md, "Findings").
//! A new finding comes in `#[ignore = "finding …"]` until the engine is
//! fixed; then the `ignore` goes and the test keeps the fix.

use govreport::{parse, report::utf16_slice};

/// Every quantity of `input` has finite numbers and slices to its text.
fn assert_sound(input: &str) {
    let Ok(report) = parse(input) else {
        return;
    };
    for q in &report.quantities {
        let text: String = q.text.chars().take(40).collect();
        assert!(q.value.is_finite(), "{text:?}: value {}", q.value);
        assert!(q.base.is_finite(), "{text:?}: base {}", q.base);
        assert!(q.hi.is_none_or(f64::is_finite), "{text:?}: hi {:?}", q.hi);
        assert!(
            utf16_slice(input, q.span) == q.text,
            "{text:?}: slice at {:?}",
            q.span
        );
    }
    for t in &report.targets {
        assert!(t.value.is_finite(), "target value {}", t.value);
    }
}

/// F1 (fuzz target `quantities`): a number near the largest f64 times a
/// multiplier. `numbers::arabic` accepts 1e301 (finite) and
/// `quantities.rs` multiplies it by 1e8 for 亿元: `base` becomes +∞, which
/// JSON cannot hold (`serde_json` writes `null`, breaking the `base: number`
/// contract; in WASM it crosses as `Infinity`).
#[test]
fn huge_number_with_a_multiplier_gives_an_infinite_base() {
    assert_sound(&format!("投资1{}亿元。", "0".repeat(301)));
    // The same through a range's upper bound and a bare multiplier.
    assert_sound(&format!("投资1-2{}亿元。", "0".repeat(301)));
    assert_sound(&format!("增加9{}万。", "9".repeat(305)));
}

/// F2 (tests/pathological.rs): `numbers::chinese` multiplies the running total
/// by 1e8 at every 亿, so 39 `一亿` in a row overflow: value and base are +∞.
#[test]
fn chinese_numeral_with_many_yi_levels_is_infinite() {
    assert_sound(&format!("{}元", "一亿".repeat(39)));
    assert_sound(&format!("{}元", "十亿".repeat(39)));
    assert_sound(&format!("{}元", "十百千万亿".repeat(40)));
}

/// Passing cases kept as guards: values just below the overflow.
#[test]
fn large_but_finite_numbers() {
    assert_sound(&format!("投资1{}元。", "0".repeat(300)));
    assert_sound(&format!("{}元", "一亿".repeat(38)));
    assert_sound(&format!("投资1{}元。", "0".repeat(400)));
}
