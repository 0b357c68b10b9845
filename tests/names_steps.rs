//! The reviewed decisions of the names pass, `tests/expected/names-steps.tsv`:
//! each row is a paragraph of a corpus report, a figure in it, the metric
//! phrase and id the figure must get, and the step of the names pass
//! (`src/indicators/names.rs`, `assign_metrics`; `NameStep`) that decides
//! it. Every step has at least two rows. The test builds a two-part report
//! around the row's paragraph (the review of 2007, the plan of 2008; a
//! `targets` row is the plan part's paragraph) and reads it. A changed
//! decision is a changed row: edit the table, and say why in its `why` column.

use govreport::indicators::NameStep;

/// The report text with `paragraph` in the part `place` names.
fn report_text(place: &str, paragraph: &str) -> String {
    let (review, plan) = match place {
        "targets" => ("全年经济运行平稳。", paragraph),
        "review" => (paragraph, "主要预期目标是：生产总值增长10%。"),
        other => panic!("unknown place {other}"),
    };
    format!("政府工作报告\n各位代表：\n一、2007年工作回顾\n{review}\n二、2008年工作安排\n{plan}\n")
}

/// Each quantity of a text as written, with its metric phrase, id and the
/// step that decided them, in quantity order.
fn decisions(text: &str) -> Vec<(String, String, String, &'static str)> {
    let clean = govreport::normalize::normalize(text);
    let doc = govreport::structure::analyze(&clean);
    let found = govreport::quantities::find_all(&clean.text, &doc, None).0;
    let notes = govreport::indicators::annotate(&clean.text, &doc, &found);
    found
        .iter()
        .zip(notes)
        .map(|(f, n)| {
            (
                clean
                    .text
                    .get(f.mention.range.clone())
                    .unwrap_or_default()
                    .to_string(),
                n.metric.unwrap_or_else(|| "-".to_string()),
                n.metric_id.unwrap_or("-").to_string(),
                n.metric_step.name(),
            )
        })
        .collect()
}

/// The table's rows: (step, where, paragraph, figure, metric, id, file, why).
fn rows() -> Vec<[&'static str; 8]> {
    include_str!("expected/names-steps.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            cols.try_into().unwrap_or_else(|c: Vec<&str>| {
                panic!("a row needs 8 columns, has {}: {line}", c.len())
            })
        })
        .collect()
}

#[test]
fn name_decisions_match_the_reviewed_table() {
    let mut wrong = Vec::new();
    let rows = rows();
    for [step, place, paragraph, figure, metric, id, file, why] in &rows {
        assert!(!why.is_empty(), "a row says why: {paragraph}");
        assert!(
            file.ends_with(".txt") || file.starts_with("tests/"),
            "{file}"
        );
        let text = report_text(place, &paragraph.replace("\\n", "\n"));
        let got = decisions(&text);
        let Some((_, m, i, s)) = got.iter().find(|d| d.0 == *figure) else {
            wrong.push(format!("{figure} not found in {paragraph}"));
            continue;
        };
        if (m.as_str(), i.as_str(), *s) != (*metric, *id, *step) {
            wrong.push(format!(
                "{figure} in {paragraph} ({file}): want {:?}, got {:?}",
                (metric, id, step),
                (m, i, s)
            ));
        }
    }
    assert!(rows.len() >= 50, "the table has {} rows", rows.len());
    assert!(
        wrong.is_empty(),
        "{} decisions differ:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn every_step_has_two_reviewed_rows() {
    let rows = rows();
    let names: Vec<&str> = NameStep::ALL.iter().map(|s| s.name()).collect();
    for name in &names {
        assert_eq!(
            names.iter().filter(|n| *n == name).count(),
            1,
            "two steps named {name}"
        );
        let n = rows.iter().filter(|r| r[0] == *name).count();
        assert!(n >= 2, "step {name} has {n} reviewed rows");
    }
    for r in &rows {
        assert!(names.contains(&r[0]), "unknown step {}", r[0]);
    }
}
