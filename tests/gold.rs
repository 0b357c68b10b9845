//! The gold test: the sample report scored against its hand-checked
//! annotation (tests/gold/dongxihu-2024.jsonl, format tests/gold/SCHEMA.md)
//! the way `scripts/score.py` scores it: a gold mention is found when an
//! extracted quantity overlaps it (white space and page footers ignored) with
//! the same value; borderline gold lines (`core: false`) count neither way.

use serde_json::Value;

const REPORT: &str = include_str!("corpus/dongxihu-2024.txt");
const GOLD: &str = include_str!("gold/dongxihu-2024.jsonl");

/// The text without white space and page-footer lines, and for every UTF-16
/// offset of the original the offset in that stripped text.
fn stripped(text: &str) -> (Vec<char>, Vec<usize>) {
    let is_footer = |line: &str| {
        let t = line.trim();
        let core = t.trim_matches(['—', '–', '-']).trim();
        core.len() < t.len() && !core.is_empty() && core.chars().all(|c| c.is_ascii_digit())
    };
    let mut out = Vec::new();
    let mut map = Vec::new();
    for line in text.split_inclusive('\n') {
        let footer = is_footer(line);
        for ch in line.chars() {
            for _ in 0..ch.len_utf16() {
                map.push(out.len());
            }
            if !footer && !ch.is_whitespace() {
                out.push(ch);
            }
        }
    }
    map.push(out.len());
    (out, map)
}

fn find(hay: &[char], needle: &[char]) -> Option<usize> {
    (0..hay.len().saturating_sub(needle.len()) + 1).find(|&i| hay[i..].starts_with(needle))
}

fn to<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(1.0)
}

#[test]
fn sample_report_meets_the_gold_annotation() {
    let report = govreport::parse(REPORT).expect("the sample parses");
    let (doc, map) = stripped(REPORT);
    let gold: Vec<Value> = GOLD
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let nows = |s: &str| {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .collect::<Vec<char>>()
    };

    let gold_locs: Vec<(usize, usize)> = gold
        .iter()
        .map(|g| {
            let ctx = nows(g["ctx"].as_str().unwrap());
            let text = nows(g["text"].as_str().unwrap());
            let at = find(&doc, &ctx).unwrap_or_else(|| panic!("ctx not found: {}", g["ctx"]));
            let inner = find(&ctx, &text).expect("text inside ctx");
            (at + inner, at + inner + text.len())
        })
        .collect();
    let ext_locs: Vec<(usize, usize)> = report
        .quantities
        .iter()
        .map(|q| (map[q.span[0] as usize], map[q.span[1] as usize]))
        .collect();

    let mut used = vec![false; report.quantities.len()];
    let mut matched = Vec::new();
    for (gi, &(gs, ge)) in gold_locs.iter().enumerate() {
        let value = gold[gi]["value"].as_f64().unwrap();
        if let Some(ei) = (0..ext_locs.len()).find(|&ei| {
            !used[ei]
                && ext_locs[ei].0 < ge
                && gs < ext_locs[ei].1
                && close(report.quantities[ei].value, value)
        }) {
            used[ei] = true;
            matched.push((gi, ei));
        }
    }
    let core = |gi: usize| gold[gi]["core"].as_bool().unwrap_or(true);
    let scored: Vec<usize> = (0..gold.len()).filter(|&gi| core(gi)).collect();
    let found = scored
        .iter()
        .filter(|gi| matched.iter().any(|(g, _)| g == *gi))
        .count();
    let recall = found as f64 / scored.len() as f64;
    let borderline: Vec<usize> = matched
        .iter()
        .filter(|(g, _)| !core(*g))
        .map(|(_, e)| *e)
        .collect();
    let counted: Vec<usize> = (0..report.quantities.len())
        .filter(|e| !borderline.contains(e))
        .collect();
    let precision = counted.iter().filter(|&&e| used[e]).count() as f64 / counted.len() as f64;

    let field = |name: &str, get: &dyn Fn(&govreport::Quantity) -> Value| {
        let rows: Vec<_> = matched.iter().filter(|(g, _)| core(*g)).collect();
        let ok = rows
            .iter()
            .filter(|(g, e)| {
                let want = &gold[*g][name];
                let got = get(&report.quantities[*e]);
                match name {
                    "unit" => {
                        want.as_str().unwrap_or("").replace(' ', "")
                            == got.as_str().unwrap_or("").replace(' ', "")
                    }
                    _ => *want == got,
                }
            })
            .count();
        ok as f64 / rows.len() as f64
    };
    let unit = field("unit", &|q| to(&q.unit));
    let qual = field("qual", &|q| to(&q.qual));
    let kind = field("kind", &|q| to(&q.kind));
    let status = field("status", &|q| to(&q.status));
    let year = field("year", &|q| to(&q.year));
    let metric_id = field("metric_id", &|q| to(&q.metric_id));
    let scores = format!(
        "recall {recall:.4} precision {precision:.4} unit {unit:.4} qual {qual:.4} kind {kind:.4} status {status:.4} year {year:.4} metricId {metric_id:.4}"
    );
    println!("{scores}");
    assert!(recall >= 0.97, "{scores}");
    assert!(precision >= 0.97, "{scores}");
    assert!(unit >= 0.97, "{scores}");
    assert!(qual >= 0.95, "{scores}");
    assert!(kind >= 0.95 && status >= 0.95 && year >= 0.95, "{scores}");

    // metricId on the quantities the gold gives one.
    let with_id: Vec<_> = matched
        .iter()
        .filter(|(g, _)| core(*g) && !gold[*g]["metric_id"].is_null())
        .collect();
    let id_ok = with_id
        .iter()
        .filter(|(g, e)| {
            gold[*g]["metric_id"].as_str() == report.quantities[*e].metric_id.as_deref()
        })
        .count() as f64
        / with_id.len() as f64;
    assert!(id_ok >= 0.95, "metricId on gold ids {id_ok:.4}");
}
