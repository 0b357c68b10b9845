//! The reviewed phrase table (`tests/expected/phrases.tsv`): every metric
//! phrase with 10 or more mentions in the 682 shared reports, with the decision
//! a person took after reading its sentences — a canonical id, `part` (a part
//! of an aggregate), `none` (not a metric) or `undecided` (only the sentence
//! can tell). Each phrase is fed by itself to the name resolver
//! ([`govreport::indicators::metric_id_of`]), so the check holds whatever the
//! subject reader makes of a sentence.
//!
//! The test prints the mention-weighted agreement and the disagreements, and
//! fails when the agreement falls below [`MIN_AGREEMENT`], when an id is given
//! where the table says there is none or another (a wrong id is worse than
//! none), or when the set of disagreements changes from [`KNOWN_MISSES`]: a
//! change of either the table or the resolver is seen.

use govreport::indicators::metric_id_of;
use govreport::Kind;

/// The least mention-weighted agreement on decided phrases.
const MIN_AGREEMENT: f64 = 0.99;

/// Phrases the resolver gives no id although the table gives one: each needs
/// the sentence (a list, a modifier in the middle) and is left to the subject
/// reader. A change here is a change of a decision.
const KNOWN_MISSES: &[&str] = &[];

struct Row {
    phrase: String,
    mentions: u32,
    decision: String,
    kind: Option<Kind>,
}

fn table() -> Vec<Row> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/expected/phrases.tsv");
    let text = std::fs::read_to_string(path).expect("tests/expected/phrases.tsv");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("phrase\t") && !l.is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert!(
                f.len() >= 4,
                "a row has phrase, mentions, decision, kind: {l}"
            );
            Row {
                phrase: f[0].to_string(),
                mentions: f[1].parse().expect("mentions"),
                decision: f[2].to_string(),
                kind: match f[3] {
                    "" => None,
                    "growth" => Some(Kind::Growth),
                    other => panic!("unknown kind {other} in {l}"),
                },
            }
        })
        .collect()
}

#[test]
fn the_resolver_decides_every_phrase_as_reviewed() {
    let rows = table();
    assert!(rows.len() >= 1000, "the table has {} phrases", rows.len());
    let (mut agree, mut total) = (0u64, 0u64);
    let mut wrong = Vec::new();
    let mut missed = Vec::new();
    let (mut given, mut given_right) = (0u64, 0u64);
    for r in &rows {
        if r.decision == "undecided" {
            continue;
        }
        let want = match r.decision.as_str() {
            "part" | "none" => None,
            id => Some(id),
        };
        let got = metric_id_of(&r.phrase, r.kind);
        total += u64::from(r.mentions);
        if got.is_some() {
            given += u64::from(r.mentions);
        }
        if got == want {
            agree += u64::from(r.mentions);
            if got.is_some() {
                given_right += u64::from(r.mentions);
            }
        } else if got.is_some() {
            wrong.push(format!(
                "{}\t{}\twant {}\tgot {}",
                r.phrase,
                r.mentions,
                r.decision,
                got.unwrap_or("-")
            ));
        } else {
            missed.push(r.phrase.clone());
        }
    }
    let agreement = agree as f64 / total.max(1) as f64;
    let precision = given_right as f64 / given.max(1) as f64;
    println!(
        "phrase table: {} phrases, {total} decided mentions; agreement {agreement:.4}; an id given is right {precision:.4}",
        rows.len()
    );
    for w in &wrong {
        println!("WRONG\t{w}");
    }
    for m in &missed {
        println!("MISSED\t{m}");
    }
    assert!(
        wrong.is_empty(),
        "ids given against the table:\n{}",
        wrong.join("\n")
    );
    assert!(
        agreement >= MIN_AGREEMENT,
        "agreement {agreement:.4} < {MIN_AGREEMENT}"
    );
    let mut known: Vec<&str> = KNOWN_MISSES.to_vec();
    known.sort_unstable();
    let mut missed: Vec<&str> = missed.iter().map(String::as_str).collect();
    missed.sort_unstable();
    assert_eq!(missed, known, "the phrases left without an id changed");
}

#[test]
fn every_decision_is_an_id_or_a_class() {
    const IDS: &[&str] = &[
        "gdp",
        "gdp_per_capita",
        "industrial_value_added",
        "services_value_added",
        "fixed_asset_investment",
        "retail_sales",
        "general_budget_revenue",
        "general_budget_expenditure",
        "foreign_trade",
        "exports",
        "imports",
        "foreign_investment",
        "disposable_income",
        "urban_disposable_income",
        "rural_disposable_income",
        "urban_new_jobs",
        "unemployment_rate",
        "cpi",
        "grain_output",
        "energy_intensity",
        "rd_intensity",
        "high_tech_enterprises",
        "market_entities",
        "tax_fee_cuts",
        "deficit_ratio",
        "special_bonds",
        "tourism_revenue",
        "tourist_visits",
    ];
    let mut seen = std::collections::HashSet::new();
    for r in table() {
        assert!(
            IDS.contains(&r.decision.as_str())
                || ["part", "none", "undecided"].contains(&r.decision.as_str()),
            "{}: unknown decision {}",
            r.phrase,
            r.decision
        );
        assert!(
            seen.insert(r.phrase.clone()),
            "{} is listed twice",
            r.phrase
        );
        assert!(r.mentions >= 10, "{} has {} mentions", r.phrase, r.mentions);
    }
}
