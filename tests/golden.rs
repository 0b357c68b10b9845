//! Golden snapshots: every corpus report (`tests/corpus/*.txt`) rendered as a
//! readable text file, `tests/snapshots/<slug>.txt`, and compared with what
//! the engine reads today.
//!
//! A snapshot holds the report's metadata and warnings, its outline (one line
//! per heading, indented by depth), its quantities, one line each:
//!
//! ```text
//! [start,end) text | value[–hi] unit | qual | kind status year | metric (metricId) | sentence
//! ```
//!
//! (`-` for a missing value), and its targets and headline rows. Snapshots
//! are reviewed by reading them: a change in the engine shows up as a diff of
//! these files in the commit that causes it.
//!
//! To accept the engine's current output after an intended change:
//!
//! ```sh
//! UPDATE_SNAPSHOTS=1 cargo test --test golden
//! git diff tests/snapshots/      # read the changes before committing
//! ```
//!
//! The same test checks the span contract on every report: each quantity's
//! UTF-16 span, sliced from the original input, is exactly its `text`, and
//! every span (quantity, sentence, section, paragraph, glossary) lies within
//! the input.

use govreport::{Qual, Report, Span};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn corpus() -> Vec<(String, PathBuf)> {
    let mut files: Vec<(String, PathBuf)> = std::fs::read_dir(root().join("tests/corpus"))
        .expect("tests/corpus")
        .filter_map(|e| {
            let path = e.ok()?.path();
            if path.extension()? != "txt" {
                return None;
            }
            Some((path.file_stem()?.to_str()?.to_string(), path))
        })
        .collect();
    files.sort();
    files
}

/// A serialised enum's name (`at_least`, `growth`, …).
fn name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(e) => format!("<{e}>"),
    }
}

fn opt<T: std::fmt::Display>(value: &Option<T>) -> String {
    value
        .as_ref()
        .map_or_else(|| "-".to_string(), |v| v.to_string())
}

fn opt_name<T: serde::Serialize>(value: &Option<T>) -> String {
    value.as_ref().map_or_else(|| "-".to_string(), name)
}

/// One line of text: line breaks inside a value shown as `⏎`.
fn flat(s: &str) -> String {
    s.replace("\r\n", "⏎").replace(['\n', '\r'], "⏎")
}

fn number(value: f64, hi: Option<f64>) -> String {
    match hi {
        Some(hi) => format!("{value}–{hi}"),
        None => format!("{value}"),
    }
}

fn metric(metric: &Option<String>, id: &Option<String>) -> String {
    match (metric, id) {
        (Some(m), Some(id)) => format!("{} ({id})", flat(m)),
        (Some(m), None) => flat(m),
        (None, Some(id)) => format!("({id})"),
        (None, None) => "-".to_string(),
    }
}

/// The snapshot text of one report.
fn render(slug: &str, report: &Report) -> String {
    let mut s = String::new();
    let m = &report.meta;
    let _ = writeln!(s, "# {slug}");
    let _ = writeln!(s, "title: {}", opt(&m.title.as_deref().map(flat)));
    let _ = writeln!(
        s,
        "region: {} | level: {}",
        opt(&m.region),
        opt_name(&m.level)
    );
    let _ = writeln!(s, "meeting: {}", opt(&m.meeting.as_deref().map(flat)));
    let _ = writeln!(
        s,
        "date: {} | speaker: {} {}",
        opt(&m.date),
        opt(&m.speaker_title),
        opt(&m.speaker)
    );
    let _ = writeln!(
        s,
        "years: review {} | plan {}",
        opt(&m.review_year),
        opt(&m.plan_year)
    );
    let _ = writeln!(
        s,
        "counts: {} sections, {} paragraphs, {} quantities, {} targets, {} glossary entries",
        report.sections.len(),
        report.paragraphs.len(),
        report.quantities.len(),
        report.targets.len(),
        report.glossary.len()
    );
    for w in &report.warnings {
        let _ = writeln!(s, "warning: {}: {}", w.code, flat(&w.message));
    }

    let _ = writeln!(s, "\n## outline");
    for sec in &report.sections {
        let depth = {
            let mut depth = 0;
            let mut at = sec.parent;
            while let Some(p) = at {
                depth += 1;
                at = report.sections.get(p as usize).and_then(|x| x.parent);
                if depth > report.sections.len() {
                    break;
                }
            }
            depth
        };
        let _ = writeln!(
            s,
            "{}{} {}{} [{},{})",
            "  ".repeat(depth),
            name(&sec.level),
            sec.label,
            flat(&sec.title),
            sec.span[0],
            sec.span[1]
        );
    }

    let _ = writeln!(s, "\n## quantities");
    for q in &report.quantities {
        let qual = if q.qual == Qual::Exact {
            "-".to_string()
        } else {
            name(&q.qual)
        };
        let kind = match (&q.kind, &q.direction) {
            (Some(k), Some(d)) => format!("{}/{}", name(k), name(d)),
            (k, _) => opt_name(k),
        };
        let _ = writeln!(
            s,
            "[{},{}) {} | {} {} | {} | {} {} {} | {} | {}",
            q.span[0],
            q.span[1],
            flat(&q.text),
            number(q.value, q.hi),
            q.unit,
            qual,
            kind,
            opt_name(&q.status),
            opt(&q.year),
            metric(&q.metric, &q.metric_id),
            flat(&q.sentence)
        );
    }

    let _ = writeln!(s, "\n## targets");
    for t in &report.targets {
        let _ = writeln!(
            s,
            "q{} | {} | {} | {} {} | {}",
            t.quantity_id,
            metric(&t.metric, &t.metric_id),
            opt_name(&t.kind),
            number(t.value, t.hi),
            t.unit,
            name(&t.qual)
        );
    }

    let _ = writeln!(s, "\n## headline");
    for h in &report.headline {
        let q = |id: Option<u32>| id.map_or_else(|| "-".to_string(), |i| format!("q{i}"));
        let _ = writeln!(
            s,
            "{} {} | level {} | growth {} | target {}",
            h.metric_id,
            h.label,
            q(h.level),
            q(h.growth),
            q(h.target)
        );
    }
    s
}

/// Checks the span contract of one report; returns the problems found.
fn check_spans(slug: &str, input: &str, report: &Report) -> Vec<String> {
    let units: Vec<u16> = input.encode_utf16().collect();
    let len = units.len() as u32;
    let mut problems = Vec::new();
    let mut within = |what: String, span: Span| {
        if span[0] > span[1] || span[1] > len {
            problems.push(format!(
                "{slug}: {what} span {span:?} is not within the input (0..{len})"
            ));
            false
        } else {
            true
        }
    };
    let mut texts = Vec::new();
    for (i, q) in report.quantities.iter().enumerate() {
        if q.id as usize != i {
            texts.push(format!("{slug}: quantity #{i} has id {}", q.id));
        }
        if within(format!("quantity {}", q.id), q.span) {
            let slice = units
                .get(q.span[0] as usize..q.span[1] as usize)
                .map(String::from_utf16);
            match slice {
                Some(Ok(text)) if text == q.text => {}
                Some(Ok(text)) => texts.push(format!(
                    "{slug}: quantity {} span {:?} holds {text:?}, not its text {:?}",
                    q.id, q.span, q.text
                )),
                _ => texts.push(format!(
                    "{slug}: quantity {} span {:?} splits a surrogate pair",
                    q.id, q.span
                )),
            }
        }
        if q.text.is_empty() {
            texts.push(format!("{slug}: quantity {} has an empty text", q.id));
        }
        within(format!("quantity {} sentence", q.id), q.sentence_span);
        if q.sentence_span[0] > q.span[0] || q.sentence_span[1] < q.span[1] {
            texts.push(format!(
                "{slug}: quantity {} span {:?} is outside its sentence span {:?}",
                q.id, q.span, q.sentence_span
            ));
        }
    }
    for sec in &report.sections {
        within(format!("section {}", sec.id), sec.span);
    }
    for (i, p) in report.paragraphs.iter().enumerate() {
        within(format!("paragraph {i}"), p.span);
        for (j, sentence) in p.sentences.iter().enumerate() {
            within(format!("paragraph {i} sentence {j}"), *sentence);
        }
    }
    for (i, g) in report.glossary.iter().enumerate() {
        within(format!("glossary entry {i}"), g.span);
        for span in &g.occurrences {
            within(format!("glossary entry {i} occurrence"), *span);
        }
    }
    problems.extend(texts);
    problems
}

/// A short unified-style diff: the first differing region, with line numbers.
fn diff(expected: &str, actual: &str) -> String {
    let old: Vec<&str> = expected.lines().collect();
    let new: Vec<&str> = actual.lines().collect();
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let removed = &old[prefix..old.len() - suffix];
    let added = &new[prefix..new.len() - suffix];
    const MAX: usize = 12;
    let mut out = format!(
        "@@ -{},{} +{},{} @@\n",
        prefix + 1,
        removed.len(),
        prefix + 1,
        added.len()
    );
    for line in old[prefix.saturating_sub(2)..prefix].iter() {
        let _ = writeln!(out, "  {line}");
    }
    for line in removed.iter().take(MAX) {
        let _ = writeln!(out, "- {line}");
    }
    if removed.len() > MAX {
        let _ = writeln!(out, "- … {} more removed lines", removed.len() - MAX);
    }
    for line in added.iter().take(MAX) {
        let _ = writeln!(out, "+ {line}");
    }
    if added.len() > MAX {
        let _ = writeln!(out, "+ … {} more added lines", added.len() - MAX);
    }
    out
}

#[test]
fn golden_snapshots_and_spans() {
    let update = std::env::var("UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1");
    let dir = root().join("tests/snapshots");
    if update {
        std::fs::create_dir_all(&dir).expect("create tests/snapshots");
    }
    let files = corpus();
    assert!(files.len() >= 20, "the corpus is missing");

    let mut mismatches = Vec::new();
    let mut span_problems = Vec::new();
    let mut written = 0;
    for (slug, path) in &files {
        let input = std::fs::read_to_string(path).expect("corpus reports are UTF-8");
        let rendered = match govreport::parse(&input) {
            Ok(report) => {
                span_problems.extend(check_spans(slug, &input, &report));
                render(slug, &report)
            }
            Err(e) => format!("# {slug}\nerror: {}: {e}\n", e.code()),
        };
        let file = dir.join(format!("{slug}.txt"));
        let stored = std::fs::read_to_string(&file).ok();
        if stored.as_deref() == Some(rendered.as_str()) {
            continue;
        }
        if update {
            std::fs::write(&file, &rendered).expect("write snapshot");
            written += 1;
        } else if let Some(stored) = stored {
            mismatches.push(format!(
                "tests/snapshots/{slug}.txt differs:\n{}",
                diff(&stored, &rendered)
            ));
        } else {
            mismatches.push(format!("tests/snapshots/{slug}.txt is missing"));
        }
    }

    // Snapshots of reports that are no longer in the corpus.
    let slugs: Vec<&str> = files.iter().map(|(s, _)| s.as_str()).collect();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            if path.extension().is_some_and(|e| e == "txt") && !slugs.contains(&stem) {
                if update {
                    std::fs::remove_file(&path).expect("remove a stale snapshot");
                    written += 1;
                } else {
                    mismatches.push(format!("{} belongs to no corpus report", path.display()));
                }
            }
        }
    }
    if update && written > 0 {
        eprintln!(
            "updated {written} snapshot files in tests/snapshots/: review them with git diff"
        );
    }

    assert!(
        span_problems.is_empty(),
        "{} span problems:\n{}",
        span_problems.len(),
        span_problems
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(
        mismatches.is_empty(),
        "{} snapshots differ from the engine's output:\n\n{}\n\nIf the change is intended, run\n    UPDATE_SNAPSHOTS=1 cargo test --test golden\nand review `git diff tests/snapshots/`.",
        mismatches.len(),
        mismatches.join("\n")
    );
}

#[test]
fn diff_shows_the_changed_lines() {
    let d = diff("a\nb\nc\nd\n", "a\nb\nX\nd\n");
    assert_eq!(d, "@@ -3,1 +3,1 @@\n  a\n  b\n- c\n+ X\n");
    let d = diff("a\n", "a\nb\n");
    assert_eq!(d, "@@ -2,0 +2,1 @@\n  a\n+ b\n");
}

#[test]
fn span_check_catches_a_wrong_span() {
    let input = "各位代表：\n地区生产总值增长5.5%。";
    let mut report = govreport::parse(input).unwrap();
    let quantity = |span: Span, sentence_span: Span| govreport::Quantity {
        id: 0,
        text: "5.5%".to_string(),
        span,
        value: 5.5,
        hi: None,
        unit: "%".to_string(),
        base: 5.5,
        dimension: govreport::Dimension::Ratio,
        qual: Qual::Exact,
        kind: None,
        direction: None,
        status: None,
        year: None,
        metric: None,
        metric_id: None,
        measure: govreport::Measure::Total,
        section_id: None,
        sentence: String::new(),
        sentence_span,
    };
    report.quantities = vec![quantity([14, 18], [6, 19])];
    assert_eq!(check_spans("t", input, &report), Vec::<String>::new());
    report.quantities = vec![quantity([13, 17], [6, 19])];
    assert_eq!(check_spans("t", input, &report).len(), 1);
    report.quantities = vec![quantity([14, 18], [6, 40])];
    assert_eq!(check_spans("t", input, &report).len(), 1);
}
