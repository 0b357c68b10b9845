//! Hostile and degenerate inputs: each gives a report or a clear error, never a
//! panic, and completes (nothing here asserts a time). Where a report comes
//! back, every span lies within the input and slices to the quantity's text.
//!
//! Many of these shapes were once read in quadratic time or memory, or
//! overflowed (see BENCHMARKS.md, "Findings"); a superlinear regression shows
//! up as a test that does not finish. The four biggest inputs (several MB, a
//! minute in a debug build) run only in release builds:
//! `CARGO_PROFILE_RELEASE_PANIC=unwind cargo test --release --test pathological`
//! (with the release profile's `panic = "abort"`, `cargo test --release` builds
//! the library twice under one file name and can fail to link).

use govreport::{parse, parse_with, report::utf16_slice, Error, Options, Report};

/// Reads `input` and checks the invariants of whatever comes back.
fn read(input: &str) -> Result<Report, Error> {
    let result = parse(input);
    match &result {
        Ok(report) => check(input, report),
        Err(e) => {
            assert!(!e.code().is_empty());
            assert!(!e.to_string().is_empty());
        }
    }
    result
}

/// At most 40 characters of `s`, for messages.
fn short(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

/// Byte offset of every UTF-16 offset of `s` (`usize::MAX` inside a
/// surrogate pair), so that spans are sliced in constant time: checking every
/// quantity with `utf16_slice` would be quadratic on the big inputs here.
fn utf16_index(s: &str) -> Vec<usize> {
    let mut index = Vec::with_capacity(s.len() + 1);
    for (at, ch) in s.char_indices() {
        index.push(at);
        if ch.len_utf16() == 2 {
            index.push(usize::MAX);
        }
    }
    index.push(s.len());
    index
}

fn check(input: &str, report: &Report) {
    let index = utf16_index(input);
    let len = (index.len() - 1) as u32;
    let slice = |span: [u32; 2]| -> Option<&str> {
        let (a, b) = (*index.get(span[0] as usize)?, *index.get(span[1] as usize)?);
        input.get(a..b)
    };
    for q in &report.quantities {
        assert!(
            q.span[0] < q.span[1] && q.span[1] <= len,
            "quantity span {:?} outside 0..{len}",
            q.span
        );
        assert!(
            slice(q.span) == Some(q.text.as_str()),
            "slice at {:?}: {:?}",
            q.span,
            short(&q.text)
        );
        assert!(
            q.value.is_finite(),
            "{:?}: value {}",
            short(&q.text),
            q.value
        );
        assert!(q.sentence_span[0] <= q.span[0] && q.span[1] <= q.sentence_span[1]);
    }
    // The index agrees with the library's own slicing (once: it is linear).
    if let Some(q) = report.quantities.last() {
        assert!(
            utf16_slice(input, q.span) == q.text,
            "utf16_slice at {:?}",
            q.span
        );
    }
    for p in &report.paragraphs {
        assert!(
            p.span[0] <= p.span[1] && p.span[1] <= len,
            "paragraph {:?}",
            p.span
        );
    }
    for s in &report.sections {
        assert!(
            s.span[0] <= s.span[1] && s.span[1] <= len,
            "section {:?}",
            s.span
        );
    }
}

fn quantities(input: &str) -> usize {
    read(input).map(|r| r.quantities.len()).unwrap_or(0)
}

// ---------------------------------------------------------------------------
// Empty, blank and oversized input

#[test]
fn empty_input_is_an_error() {
    assert_eq!(read(""), Err(Error::Empty));
    assert_eq!(read(" \t\u{3000}\r\n"), Err(Error::Empty));
    assert_eq!(Error::Empty.code(), "empty-input");
}

#[test]
fn only_newlines_is_empty() {
    assert_eq!(read(&"\n".repeat(1_000_000)), Err(Error::Empty));
    assert_eq!(read(&"\r\n".repeat(500_000)), Err(Error::Empty));
    assert_eq!(read(&"\r".repeat(100_000)), Err(Error::Empty));
}

#[test]
fn blank_lines_around_one_figure() {
    let input = format!(
        "{}地区生产总值增长5.5%。{}",
        "\n".repeat(100_000),
        "\n".repeat(100_000)
    );
    let report = read(&input).expect("a report");
    assert_eq!(report.quantities.len(), 1);
    assert_eq!(report.quantities[0].text, "5.5%");
    assert_eq!(report.quantities[0].span, [100_008, 100_012]);
}

#[test]
#[allow(clippy::needless_update)] // Options may grow fields
fn input_size_limit() {
    let input = "地区生产总值增长5.5%。";
    let err = parse_with(
        input,
        &Options {
            max_input_bytes: 10,
        },
    )
    .unwrap_err();
    assert_eq!(
        err,
        Error::InputTooLarge {
            size: input.len(),
            limit: 10
        }
    );
    assert_eq!(err.code(), "input-too-large");
    let message = err.to_string();
    assert!(message.contains("10 bytes"), "{message}");
    assert!(message.contains(&input.len().to_string()), "{message}");
    // At the limit exactly, the input is read.
    let exact = Options {
        max_input_bytes: input.len(),
        ..Options::default()
    };
    assert!(parse_with(input, &exact).is_ok());
    // The default limit refuses 20 MiB + 1 byte before reading anything.
    let big = "1".repeat(20 * 1024 * 1024 + 1);
    assert!(matches!(parse(&big), Err(Error::InputTooLarge { .. })));
}

#[test]
fn binary_input_is_not_text() {
    let input: String = (0u8..32).cycle().take(10_000).map(char::from).collect();
    let err = read(&input).unwrap_err();
    assert_eq!(err.code(), "not-text");
    let err = read(&"\0".repeat(1_000)).unwrap_err();
    assert!(matches!(err, Error::NotText { offset: 0 }), "{err:?}");
}

// ---------------------------------------------------------------------------
// Long runs of digits and numerals

#[test]
fn a_run_of_digits() {
    // Found quadratic once (P1): a run too long for f64 was re-read at every digit.
    assert_eq!(quantities(&"1".repeat(2_000)), 0);
    assert!(quantities(&format!("{}亿元", "9".repeat(2_000))) <= 1);
}

/// Finding P1 (fixed): a run of digits too long for f64 is re-parsed at every position (quadratic).
#[test]
#[cfg_attr(debug_assertions, ignore = "several MB: run in a release build")]
fn ten_megabytes_of_digits() {
    assert_eq!(quantities(&"1".repeat(10_000_000)), 0);
}

/// Finding P1 (fixed): a run of digits too long for f64 is re-parsed at every position (quadratic).
#[test]
fn one_million_digits_and_a_unit() {
    let input = format!("投资{}亿元。", "1".repeat(1_000_000));
    assert!(quantities(&input) <= 1);
}

#[test]
fn digits_on_many_lines() {
    // 2 MB of short lines: linear.
    let input = "1234567890\n".repeat(200_000);
    assert_eq!(quantities(&input), 0);
}

#[test]
fn full_width_digits() {
    let report = read("增长１２３４５．６％。").expect("a report");
    assert_eq!(report.quantities.len(), 1);
    assert_eq!(report.quantities[0].text, "１２３４５．６％");
    assert_eq!(report.quantities[0].unit, "%");
    // A long run: at most one quantity, never a panic.
    assert!(quantities(&format!("增长{}％。", "１".repeat(100_000))) <= 1);
}

#[test]
fn thousands_groups_and_points() {
    // 1,000,000,… and 1.1.1.…: one number each, never a panic.
    let commas = format!("投资1{}元。", ",000".repeat(20_000));
    assert!(quantities(&commas) <= 1);
    let points = format!("增长{}%。", "1.".repeat(50_000));
    read(&points).expect("a report");
}

#[test]
fn chinese_numeral_runs_small() {
    // Enumerations (一二三), places (十百千万亿), zeros, 两 and 一点 runs.
    for input in [
        format!("{}元", "一二三".repeat(300)),
        format!("{}元", "十百千万".repeat(2_000)),
        format!("{}元", "零".repeat(10_000)),
        format!("{}万人", "两".repeat(1_000)),
        format!("{}五%", "一点".repeat(5_000)),
        format!("{}〇元", "一".repeat(300)),
    ] {
        read(&input).expect("a report");
    }
}

/// Finding P2 (fixed): a long run of Chinese digits without a zero is re-parsed at every position (quadratic).
#[test]
fn chinese_numeral_runs_100k() {
    read(&format!("{}元", "一二三".repeat(33_334))).expect("a report");
    read(&format!("{}万人", "两".repeat(100_000))).expect("a report");
}

/// Finding P3 (fixed): numbers::chinese checks the whole run for a zero at every digit (quadratic).
#[test]
fn chinese_digits_ending_in_zero_100k() {
    read(&format!("{}〇元", "一".repeat(100_000))).expect("a report");
}

#[test]
fn chinese_places_100k() {
    read(&format!("{}元", "十百千万".repeat(25_000))).expect("a report");
    read(&format!("{}元", "万".repeat(100_000))).expect("a report");
    read(&format!("{}元", "零".repeat(100_000))).expect("a report");
}

/// Finding F2 (fixed): 亿 levels multiply without bound: the value overflows to infinity.
#[test]
fn chinese_place_runs_with_yi_100k() {
    read(&format!("{}元", "十百千万亿".repeat(20_000))).expect("a report");
    read(&format!("{}元", "一亿".repeat(50_000))).expect("a report");
}

// ---------------------------------------------------------------------------
// Qualifiers and ranges

#[test]
fn nested_qualifiers_100k() {
    for input in [
        format!("{}5%", "约".repeat(100_000)),
        format!("{}5万人", "近".repeat(100_000)),
        format!("5%{}", "以上".repeat(50_000)),
        format!("5%{}", "左右".repeat(50_000)),
        format!("{}5%", "不超过".repeat(30_000)),
    ] {
        let report = read(&input).expect("a report");
        assert_eq!(report.quantities.len(), 1, "{}", &input[..30]);
    }
}

#[test]
fn nested_over_qualifiers_100k() {
    let report = read(&format!("{}5%", "超".repeat(100_000))).expect("a report");
    assert_eq!(report.quantities.len(), 1);
}

#[test]
fn ranges_of_ranges() {
    // 1-2-3-4-…: one range at most per pair, never a panic.
    let numbers: Vec<String> = (1..=5_000).map(|i| i.to_string()).collect();
    read(&format!("增长{}%。", numbers.join("-"))).expect("a report");
    read(&format!("{}1%", "1-".repeat(30_000))).expect("a report");
    read(&format!("{}1万元", "1至".repeat(30_000))).expect("a report");
    read(&format!("{}2%", "1—".repeat(30_000))).expect("a report");
}

#[test]
fn ranges_of_percentages_small() {
    read(&format!("{}2%", "1%-".repeat(300))).expect("a report");
}

/// Findings P4/P5 (fixed): many quantities in one sentence: quadratic time and memory.
#[test]
#[cfg_attr(debug_assertions, ignore = "several MB: run in a release build")]
fn ranges_of_percentages_100k() {
    read(&format!("{}2%", "1%-".repeat(33_334))).expect("a report");
}

// ---------------------------------------------------------------------------
// Long lines and many quantities

#[test]
fn many_quantities_in_one_sentence_small() {
    let report = read(&"地区生产总值增长5.5%，".repeat(300)).expect("a report");
    assert_eq!(report.quantities.len(), 300);
    let report = read(&"5%".repeat(500)).expect("a report");
    assert_eq!(report.quantities.len(), 500);
}

/// Findings P4/P5 (fixed): every quantity copies its sentence (quadratic memory) and each is read against the whole sentence.
#[test]
#[cfg_attr(debug_assertions, ignore = "several MB: run in a release build")]
fn five_megabyte_single_line() {
    let input = "地区生产总值增长5.5%，".repeat(5_000_000 / 29);
    let report = read(&input).expect("a report");
    assert!(!report.quantities.is_empty());
}

#[test]
fn many_sentences_small() {
    let input: String = (0..2_000).map(|i| format!("第{i}项增长5%。\n")).collect();
    assert_eq!(quantities(&input), 2_000);
}

/// Finding P6 (fixed): report::build maps every quantity's text from the start of the input (quadratic in quantities × input).
#[test]
#[cfg_attr(debug_assertions, ignore = "several MB: run in a release build")]
fn many_sentences_200k() {
    // Also the quantity cap: 200,000 figures are read up to MAX_QUANTITIES, with a warning.
    let input: String = (0..200_000).map(|i| format!("第{i}项增长5%。\n")).collect();
    let report = read(&input).expect("a report");
    assert_eq!(
        report.quantities.len(),
        govreport::quantities::MAX_QUANTITIES
    );
    assert!(report
        .warnings
        .iter()
        .any(|w| w.code == "too-many-quantities"));
}

/// Issue 19: a text that reaches the quantity cap before its targets passage
/// still has its targets, and the warning says what was left out.
#[test]
fn the_quantity_cap_keeps_the_targets_passage() {
    let mut input = String::from("政府工作报告\n一、2024年工作回顾\n");
    for i in 0..25_000 {
        input.push_str(&format!("第{i}项增长5%。\n"));
    }
    input.push_str("二、2025年主要工作\n今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业50万人以上。\n");
    let report = read(&input).expect("a report");
    assert_eq!(
        report.quantities.len(),
        govreport::quantities::MAX_QUANTITIES - govreport::quantities::KEPT_FOR_TARGETS + 2
    );
    let gdp = report
        .targets
        .iter()
        .find(|t| t.metric_id.as_deref() == Some("gdp"))
        .expect("the GDP target after the cap");
    assert_eq!(gdp.value, 5.5);
    let warning = report
        .warnings
        .iter()
        .find(|w| w.code == "too-many-quantities")
        .expect("a cap warning");
    assert!(
        warning.message.contains("targets passage"),
        "{}",
        warning.message
    );
}

#[test]
fn a_long_line_without_quantities() {
    // 5 MB on one line, no numbers: linear.
    let input = "推动高质量发展，".repeat(5_000_000 / 24);
    assert_eq!(quantities(&input), 0);
}

// ---------------------------------------------------------------------------
// White space, markup and odd characters

#[test]
fn a_run_of_spaces_small() {
    read(&format!("a{}b增长5%", " ".repeat(2_000))).expect("a report");
    read(&format!("中{}文增长5%", "\u{3000}".repeat(2_000))).expect("a report");
}

/// Finding P7 (fixed): normalize::split_lines looks ahead over the whole run at every space (quadratic).
#[test]
fn a_run_of_spaces_1m() {
    read(&format!("a{}b增长5%", " ".repeat(1_000_000))).expect("a report");
}

#[test]
fn markup_remnants() {
    for input in [
        "<p ".repeat(30_000),
        "<p>".repeat(30_000),
        "&".repeat(100_000),
        "&#".repeat(50_000),
        "<U+".repeat(30_000),
        format!("<!--{}", "-".repeat(100_000)),
        format!("增长5%{}", "<br/>".repeat(20_000)),
    ] {
        let _ = read(&input);
    }
}

#[test]
fn unclosed_comments_small() {
    let _ = read(&"<!--".repeat(1_000));
}

/// Finding P8 (fixed): every unclosed `<!--` scans to the end of the input for `-->` (quadratic).
#[test]
fn unclosed_comments_100k() {
    let _ = read(&"<!--".repeat(100_000));
}

#[test]
fn replacement_characters_from_lone_surrogates() {
    // JavaScript strings with lone surrogates reach the engine as U+FFFD.
    let err = read(&"\u{FFFD}".repeat(100_000)).unwrap_err();
    assert!(matches!(err, Error::NotText { offset: 0 }), "{err:?}");
    // A few among text: read, and spans still count one unit per U+FFFD.
    let input = format!("\u{FFFD}\u{FFFD}{}增长5%。\u{FFFD}", "经济".repeat(100));
    let report = read(&input).expect("a report");
    assert_eq!(report.quantities.len(), 1);
    assert_eq!(report.quantities[0].span, [204, 206]);
}

#[test]
fn astral_characters_count_two_units() {
    let input = format!("{}增长5%。", "𠀀".repeat(1_000));
    let report = read(&input).expect("a report");
    assert_eq!(report.quantities[0].span, [2_002, 2_004]);
    let report = read(&"𠀀5%".repeat(300)).expect("a report");
    assert_eq!(report.quantities.len(), 300);
}

#[test]
fn headings_and_footers_only() {
    for input in [
        "一、回顾\n".repeat(50_000),
        "（一）".repeat(50_000),
        "— 4 —\n".repeat(50_000),
        "打印\n首页\n".repeat(50_000),
        "。".repeat(200_000),
        format!("。{}", "”".repeat(100_000)),
        "（".repeat(50_000) + &"）".repeat(50_000),
    ] {
        let _ = read(&input);
    }
}

#[test]
fn the_same_line_many_times() {
    let report = read(&"地区生产总值增长5.5%。\n".repeat(50_000)).expect("a report");
    assert!(!report.quantities.is_empty());
}

// ---------------------------------------------------------------------------
// Bytes: invalid UTF-8 and mixed encodings (the CLI's decoder)

#[cfg(feature = "cli")]
mod bytes {
    use super::read;
    use govreport::decode::decode;

    /// Decodes `bytes` and reads the text when there is one.
    fn decode_and_read(bytes: &[u8]) {
        match decode(bytes) {
            Ok((text, _)) => {
                let _ = read(&text);
            }
            Err(e) => {
                assert!(
                    matches!(e.code(), "undecodable" | "not-text" | "empty-input"),
                    "{e:?}"
                );
                assert!(!e.to_string().is_empty());
            }
        }
    }

    #[test]
    fn invalid_utf8() {
        decode_and_read(&[0xFF; 100_000]);
        decode_and_read(&[0xC0, 0x80, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80]);
        let mut v = "地区生产总值增长5.5%。".repeat(1_000).into_bytes();
        v.push(0xE5); // a truncated character at the end
        decode_and_read(&v);
        v.splice(100..100, [0x80, 0x80]);
        decode_and_read(&v);
    }

    #[test]
    fn mixed_encodings() {
        // UTF-8 then GB18030 bytes (增长 = D4 F6 B3 A4).
        let mut v = "地区生产总值增长5.5%。\n".repeat(100).into_bytes();
        for _ in 0..100 {
            v.extend_from_slice(&[0xD4, 0xF6, 0xB3, 0xA4, b'5', b'%', 0xA1, 0xA3, b'\n']);
        }
        decode_and_read(&v);
        // GB18030 only: 增长5%。 a thousand times.
        decode_and_read(&[0xD4, 0xF6, 0xB3, 0xA4, b'5', b'%', 0xA1, 0xA3].repeat(1_000));
        // A UTF-16LE BOM with an odd number of bytes, and UTF-16 with lone surrogates.
        decode_and_read(&[0xFF, 0xFE, 0x41, 0x00, 0x42]);
        decode_and_read(&[0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00, 0x00, 0xDC]);
        decode_and_read(&[0xFE, 0xFF, 0xD8, 0x00]);
        // A UTF-8 BOM followed by GB18030.
        let mut v = vec![0xEF, 0xBB, 0xBF];
        v.extend_from_slice(&[0xD4, 0xF6, 0xB3, 0xA4, b'5', b'%']);
        decode_and_read(&v);
        // UTF-16 without a BOM: ASCII digits with zero bytes.
        let v: Vec<u8> = "增长5.5%。\n"
            .repeat(1_000)
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        decode_and_read(&v);
        decode_and_read(&[0x00; 1_000]);
        decode_and_read(&[]);
    }
}
