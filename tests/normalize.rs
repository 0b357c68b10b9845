//! Radical and compatibility ideographs (what PDF text extraction often gives:
//! `⼈⺠` for `人民`) read like the ordinary characters: the same report, with
//! spans into the original input and one warning saying how many were mapped.

use govreport::normalize::{normalize, unified_ideograph};
use govreport::{parse, report::utf16_slice};
use serde_json::Value;
use std::collections::HashMap;

const MAPPED: &str = "mapped-compatibility-ideographs";

fn corpus(name: &str) -> String {
    let path = format!("{}/tests/corpus/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// For each ordinary ideograph, a look-alike of the same UTF-16 length: the
/// Kangxi radical where there is one, else the radical supplement form, else
/// a compatibility ideograph.
fn look_alikes() -> HashMap<char, char> {
    let mut out = HashMap::new();
    let blocks = [
        0xF900..=0xFAFF,
        0x2F800..=0x2FA1F,
        0x2E80..=0x2EFF,
        0x2F00..=0x2FDF,
    ];
    // Later blocks win: Kangxi last.
    for block in blocks {
        for code in block {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            if let Some(u) = unified_ideograph(c) {
                if u.len_utf16() == c.len_utf16() {
                    out.insert(u, c);
                }
            }
        }
    }
    out
}

/// The text with every ideograph that has a look-alike replaced by it; returns
/// the text and how many characters were replaced.
fn disguise(text: &str) -> (String, usize) {
    let table = look_alikes();
    let mut n = 0;
    let out = text
        .chars()
        .map(|c| match table.get(&c) {
            Some(&r) => {
                n += 1;
                r
            }
            None => c,
        })
        .collect();
    (out, n)
}

/// Every string of a JSON value with radical forms mapped back.
fn unify(v: &Value) -> Value {
    match v {
        Value::String(s) => Value::String(
            s.chars()
                .map(|c| unified_ideograph(c).unwrap_or(c))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(unify).collect()),
        Value::Object(o) => Value::Object(o.iter().map(|(k, v)| (k.clone(), unify(v))).collect()),
        other => other.clone(),
    }
}

#[test]
fn the_table_maps_the_common_look_alikes() {
    for (from, to) in [
        ('⼈', '人'),
        ('⺠', '民'),
        ('⼯', '工'),
        ('⼀', '一'),
        ('⻓', '长'),
        ('⻔', '门'),
        ('⾦', '金'),
        ('⻛', '风'),
        ('⽣', '生'),
        ('⺟', '母'),
        ('\u{F900}', '\u{8C48}'),
        ('\u{2F800}', '\u{4E3D}'),
    ] {
        assert_eq!(
            unified_ideograph(from),
            Some(to),
            "{from} U+{:04X}",
            from as u32
        );
    }
    for c in [
        '人',
        'a',
        '5',
        '％',
        '\u{2E80}',
        '\u{2E9A}',
        '\u{2FD6}',
        '\u{FA0E}',
        '\u{2FA1E}',
    ] {
        assert_eq!(
            unified_ideograph(c),
            None,
            "U+{:04X} is left alone",
            c as u32
        );
    }
    // Every block maps to ordinary ideographs only, never to another look-alike.
    for code in (0x2E80..=0x2FDF)
        .chain(0xF900..=0xFAFF)
        .chain(0x2F800..=0x2FA1F)
    {
        if let Some(u) = char::from_u32(code).and_then(unified_ideograph) {
            let u = u as u32;
            let unified = (0x3400..=0x4DBF).contains(&u)
                || (0x4E00..=0x9FFF).contains(&u)
                || (0x20000..=0x323AF).contains(&u);
            assert!(unified, "U+{code:04X} maps to U+{u:04X}");
        }
    }
}

#[test]
fn mapping_keeps_offsets_into_the_original() {
    // A supplementary-plane compatibility ideograph (two UTF-16 units) among BMP radicals.
    let raw = "⼈⺠\u{2F81F}币增长５％";
    let n = normalize(raw);
    assert_eq!(n.text, "人民\u{34DF}币增长5%");
    let at = n.text.find("币").unwrap_or(0);
    assert_eq!(
        n.span(at..at + "币".len()),
        [4, 5],
        "币 after a surrogate pair"
    );
    let warning = n
        .warnings
        .iter()
        .find(|w| w.code == MAPPED)
        .map(|w| w.message.clone());
    assert!(
        warning.as_deref().is_some_and(|m| m.contains(" 3 ")),
        "{warning:?}"
    );
    assert!(!normalize("人民币增长5%")
        .warnings
        .iter()
        .any(|w| w.code == MAPPED));
}

#[test]
fn entities_of_radicals_are_mapped_too() {
    let n = normalize("&#x2F08;&#x2EA0;");
    assert_eq!(n.text, "人民");
}

#[test]
fn a_report_in_radicals_reads_like_the_plain_text() {
    for name in ["sichuan-2025.txt", "dongxihu-2024.txt", "national-2023.txt"] {
        let plain = corpus(name);
        let (disguised, replaced) = disguise(&plain);
        assert!(replaced > 500, "{name}: {replaced} characters disguised");
        assert_ne!(plain, disguised);
        let a = parse(&plain).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let b = parse(&disguised).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert!(
            a.meta.region.is_some() && !a.targets.is_empty(),
            "{name}: the plain text has a region and targets"
        );

        // The warning says how many.
        let warning = b.warnings.iter().find(|w| w.code == MAPPED);
        let message = warning.map(|w| w.message.clone()).unwrap_or_default();
        assert!(
            message.contains(&format!(" {replaced} ")),
            "{name}: {message}"
        );

        // Spans slice the original (disguised) input, which maps to the plain text.
        for q in &b.quantities {
            assert_eq!(
                utf16_slice(&disguised, q.span),
                q.text,
                "{name}: quantity {}",
                q.id
            );
        }
        for s in &b.sections {
            let slice: String = utf16_slice(&disguised, s.span)
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| unified_ideograph(c).unwrap_or(c))
                .collect();
            assert!(
                slice.contains(&s.title.replace(' ', "")),
                "{name}: heading {} {slice:?} vs {:?}",
                s.id,
                s.title
            );
        }

        // The same meta, targets, quantities (values, metrics, spans), headline:
        // everything but the one warning, once strings are mapped back.
        assert_eq!(a.meta, b.meta, "{name}: meta");
        let mut a_json = serde_json::to_value(&a).unwrap_or_default();
        let mut b_json = unify(&serde_json::to_value(&b).unwrap_or_default());
        for j in [&mut a_json, &mut b_json] {
            if let Some(w) = j.get_mut("warnings").and_then(Value::as_array_mut) {
                w.retain(|w| w.get("code").and_then(Value::as_str) != Some(MAPPED));
            }
        }
        for key in [
            "meta",
            "targets",
            "quantities",
            "headline",
            "sections",
            "paragraphs",
            "glossary",
            "warnings",
        ] {
            assert_eq!(a_json.get(key), b_json.get(key), "{name}: {key}");
        }
    }
}
