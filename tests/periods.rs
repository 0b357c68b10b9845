//! The reviewed period decisions of `tests/expected/periods.tsv`: each row is
//! one form a report uses to speak of time (`过去四年`, `今后五年`, `累计`,
//! `由A到B`, `1—11月`, `到2030年`…), with the status and year its figure
//! must get, and the step of the period pass (`src/indicators/period.rs`,
//! `status_of`) that decides it. The test builds a three-part report around the
//! row's paragraph (review of the year before the plan year, the next five
//! years' goals, the plan year's work; or, for `past-part`, a first part on
//! the past five years that turns to the reviewed year before the section
//! holding the paragraph) and reads it. A changed decision is a changed row:
//! edit the table, and say why in its `why` column.

use govreport::Status;

/// The report text around `paragraph`, placed in the part `place` names.
fn report_text(plan: i32, place: &str, paragraph: &str) -> String {
    let filler = |p: &str, default: &str| {
        if place == p {
            paragraph.to_string()
        } else {
            default.to_string()
        }
    };
    // A first part on the past five years that turns to the reviewed year
    // (`刚刚过去的2016年，…`) before its sections.
    let review = if place == "past-part" {
        format!(
            "一、过去五年工作回顾\n五年来，全市经济持续发展。\n刚刚过去的{}年，我们全力以赴稳增长。\n（一）强化政策落实\n{paragraph}",
            plan - 1
        )
    } else {
        format!(
            "一、{}年工作回顾\n{}",
            plan - 1,
            filler("review", "全年经济运行平稳。")
        )
    };
    format!(
        "政府工作报告\n各位代表：\n{review}\n二、今后五年的目标任务\n{}\n三、{plan}年工作安排\n{}\n",
        filler("future", "今后五年，我们要奋力前进。"),
        filler("plan", "做好今年工作。"),
    )
}

/// The report read from [`report_text`].
fn report(plan: i32, place: &str, paragraph: &str) -> govreport::Report {
    govreport::parse(&report_text(plan, place, paragraph))
        .unwrap_or_else(|e| panic!("{paragraph}: {e}"))
}

/// The step of the period pass that decided each quantity, in quantity order.
fn steps(text: &str) -> Vec<&'static str> {
    let clean = govreport::normalize::normalize(text);
    let doc = govreport::structure::analyze(&clean);
    let found = govreport::quantities::find_all(&clean.text, &doc, None).0;
    govreport::indicators::annotate(&clean.text, &doc, &found)
        .iter()
        .map(|n| n.period_step)
        .collect()
}

fn status(s: &str) -> Status {
    match s {
        "actual" => Status::Actual,
        "estimate" => Status::Estimate,
        "target" => Status::Target,
        "context" => Status::Context,
        other => panic!("unknown status {other}"),
    }
}

#[test]
fn period_decisions_match_the_reviewed_table() {
    let table = include_str!("expected/periods.tsv");
    let mut rows = 0;
    let mut wrong = Vec::new();
    for line in table.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [plan, place, paragraph, figure, want_status, want_year, want_step, ..] = cols[..]
        else {
            panic!("a row needs 10 columns: {line}");
        };
        assert!(
            ["review", "past-part", "future", "plan"].contains(&place),
            "unknown part {place}"
        );
        let plan: i32 = plan.parse().unwrap_or_else(|_| panic!("plan year: {line}"));
        let want_year: Option<i32> = (want_year != "-")
            .then(|| want_year.parse().unwrap_or_else(|_| panic!("year: {line}")));
        let text = report_text(plan, place, paragraph);
        let r = report(plan, place, paragraph);
        assert_eq!(r.meta.plan_year, Some(plan), "{line}");
        let Some(q) = r.quantities.iter().find(|q| q.text == figure) else {
            wrong.push(format!("{figure} not found in {paragraph}"));
            continue;
        };
        let step = steps(&text).get(q.id as usize).copied().unwrap_or("-");
        let want = (Some(status(want_status)), want_year, want_step);
        if (q.status, q.year, step) != want {
            wrong.push(format!(
                "{figure} in {paragraph}: want {want:?}, got {:?}",
                (q.status, q.year, step)
            ));
        }
        rows += 1;
    }
    assert!(rows >= 30, "the table has {rows} rows");
    assert!(
        wrong.is_empty(),
        "{} decisions differ:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// A count of additions goes on over an enumeration (`新增A7227家、B3200家`):
/// the later items are additions too, not the level — unless the item
/// states a level (`、突破1900万户`, `、总量达474万户`).
#[test]
fn an_enumeration_after_additions_counts_additions() {
    let r = report(
        2025,
        "review",
        "新增科技型中小企业7227家、高新技术企业3200家、专精特新企业1565家。\
         经营主体净增98万户、突破1900万户。新增上市公司8家、总量达122家。",
    );
    let measure = |text: &str| {
        r.quantities
            .iter()
            .find(|q| q.text == text)
            .unwrap_or_else(|| panic!("no {text}"))
            .measure
    };
    for added in ["7227家", "3200家", "1565家", "98万户", "8家"] {
        assert_eq!(measure(added), govreport::Measure::Added, "{added}");
    }
    for total in ["1900万户", "122家"] {
        assert_eq!(measure(total), govreport::Measure::Total, "{total}");
    }
}
