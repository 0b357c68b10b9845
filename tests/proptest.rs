//! Property tests of the whole pipeline on generated inputs: arbitrary strings
//! (astral characters included), CJK text, and mixes of report fragments.
//!
//! For every input: no panic; every span lies within the input and the UTF-16
//! slice of the input at a quantity's span is its `text`; the output is
//! deterministic; and reading the normalised text again finds the same
//! quantities (values, units, qualifiers, in order).

use govreport::{normalize, parse, report::utf16_slice, Error, Qual, Report, Span};
use proptest::prelude::*;
use proptest::test_runner::Config;

/// Pieces of real reports: numbers in every form, units, multipliers,
/// qualifiers, ranges, headings, punctuation, HTML remnants, full-width forms,
/// odd characters.
const FRAGMENTS: &[&str] = &[
    "地区生产总值",
    "增长",
    "下降",
    "达到",
    "完成",
    "预期目标",
    "主要预期目标是：",
    "左右",
    "以上",
    "以内",
    "约",
    "超",
    "超过",
    "近",
    "突破",
    "不低于",
    "不超过",
    "分别",
    "其中",
    "同比",
    "5.5",
    "1,234.5",
    "1900",
    "0.3",
    "2024",
    "2025年",
    "12月",
    "第三",
    "5G",
    "1+3",
    "一",
    "两",
    "二十",
    "三千五百",
    "一万五千",
    "六点五",
    "百分之",
    "二〇二四",
    "零",
    "十",
    "百",
    "千",
    "万",
    "亿",
    "万亿",
    "余",
    "多",
    "%",
    "％",
    "个百分点",
    "亿元",
    "万元",
    "元",
    "美元",
    "万人",
    "人次",
    "万人次",
    "亩",
    "万亩",
    "平方米",
    "公里",
    "吨",
    "万吨",
    "千瓦",
    "千瓦时",
    "倍",
    "个",
    "家",
    "项",
    "年",
    "天",
    "-",
    "—",
    "～",
    "~",
    "至",
    "到",
    "、",
    "，",
    "。",
    "；",
    "：",
    "（",
    "）",
    "“",
    "”",
    "！",
    "？",
    "\n",
    "\r\n",
    " ",
    "　",
    "\t",
    "一、",
    "二、",
    "（一）",
    "1.",
    "各位代表：",
    "2024年工作回顾",
    "2025年工作安排",
    "名词解释",
    "<p>",
    "</p>",
    "<br/>",
    "&nbsp;",
    "&amp;",
    "&#26085;",
    "<!--",
    "-->",
    "<U+00A0>",
    "１２３",
    "５．５％",
    "\u{FFFD}",
    "\u{FEFF}",
    "\u{200B}",
    "\0",
    "𠀀",
    "😀",
    "a",
    "Z",
    "— 4 —",
    "打印",
    "首页",
];

fn fragments() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..80).prop_map(|v| v.concat())
}

/// Characters around the ones the engine cares about: digits, CJK numerals
/// and units, punctuation, spaces, and any other character (astral included).
fn report_chars() -> impl Strategy<Value = String> {
    let ch = prop_oneof![
        4 => prop::sample::select(
            "0123456789.,%-—～至一二两三四五六七八九十百千万亿零〇点余多约超近以上下内左右元人亩吨倍个家项年月日第、，。；：（）\n "
                .chars()
                .collect::<Vec<_>>()
        ),
        1 => any::<char>(),
    ];
    prop::collection::vec(ch, 0..200).prop_map(|v| v.into_iter().collect())
}

/// Any input: fragments, report characters, arbitrary strings and mixes of them.
fn inputs() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => fragments(),
        2 => report_chars(),
        1 => any::<String>(),
        2 => (fragments(), any::<String>(), report_chars())
            .prop_map(|(a, b, c)| format!("{a}{b}{c}")),
    ]
}

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

fn within(span: Span, len: usize) -> bool {
    span[0] <= span[1] && span[1] as usize <= len
}

/// The invariants of a report read from `input`.
fn check(input: &str, report: &Report) -> Result<(), TestCaseError> {
    let len = utf16_len(input);
    for (i, q) in report.quantities.iter().enumerate() {
        prop_assert_eq!(q.id as usize, i);
        prop_assert!(
            within(q.span, len),
            "quantity span {:?} outside 0..{}",
            q.span,
            len
        );
        prop_assert!(q.span[0] < q.span[1], "empty quantity span {:?}", q.span);
        prop_assert!(
            within(q.sentence_span, len),
            "sentence span {:?}",
            q.sentence_span
        );
        prop_assert!(
            q.sentence_span[0] <= q.span[0] && q.span[1] <= q.sentence_span[1],
            "quantity {:?} outside its sentence {:?}",
            q.span,
            q.sentence_span
        );
        prop_assert_eq!(
            &utf16_slice(input, q.span),
            &q.text,
            "slice at {:?}",
            q.span
        );
        prop_assert!(q.value.is_finite(), "value {}", q.value);
    }
    for s in &report.sections {
        prop_assert!(within(s.span, len), "section span {:?}", s.span);
    }
    for p in &report.paragraphs {
        prop_assert!(within(p.span, len), "paragraph span {:?}", p.span);
        for s in &p.sentences {
            prop_assert!(within(*s, len), "sentence span {:?}", s);
        }
    }
    for g in &report.glossary {
        prop_assert!(within(g.span, len), "glossary span {:?}", g.span);
    }
    for t in &report.targets {
        prop_assert!((t.quantity_id as usize) < report.quantities.len());
    }
    Ok(())
}

/// What a quantity is, independent of where it stands.
fn essence(r: &Result<Report, Error>) -> Vec<(f64, Option<f64>, String, Qual)> {
    match r {
        Ok(r) => r
            .quantities
            .iter()
            .map(|q| (q.value, q.hi, q.unit.clone(), q.qual))
            .collect(),
        Err(_) => Vec::new(),
    }
}

/// 300 cases per property (a few seconds in a debug build); `PROPTEST_CASES`
/// overrides it for a longer run. Failures are not persisted: a case found here
/// goes to tests/regressions.rs.
fn config() -> Config {
    let mut config = Config {
        failure_persistence: None,
        ..Config::default()
    };
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = 300;
    }
    config
}

proptest! {
    #![proptest_config(config())]

    /// No panic, and every span lies within the input and slices to its text.
    #[test]
    fn spans_lie_within_the_input(input in inputs()) {
        match parse(&input) {
            Ok(report) => check(&input, &report)?,
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    /// Reading the same input twice gives the same report.
    #[test]
    fn output_is_deterministic(input in inputs()) {
        let a = parse(&input).map(|r| serde_json::to_string(&r).unwrap_or_default());
        let b = parse(&input).map(|r| serde_json::to_string(&r).unwrap_or_default());
        prop_assert_eq!(a, b);
    }

    /// The clean text holds the same quantities as the input it came from.
    #[test]
    fn normalised_text_reads_the_same(input in inputs()) {
        let first = parse(&input);
        let clean = normalize::normalize(&input).text;
        let again = parse(&clean);
        prop_assert_eq!(essence(&first), essence(&again), "clean text: {:?}", clean);
    }
}

/// The report fragments above, each alone: every one reads without a panic.
#[test]
fn every_fragment_alone() {
    for f in FRAGMENTS {
        if let Ok(report) = parse(f) {
            let len = utf16_len(f);
            for q in &report.quantities {
                assert!(within(q.span, len), "{f:?}: {:?}", q.span);
                assert_eq!(utf16_slice(f, q.span), q.text, "{f:?}");
            }
        }
    }
}
