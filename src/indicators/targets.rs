//! The plan year's targets.

use super::Annotation;
use crate::model::{Kind, Quantity, Status, Target};

/// The plan year's targets among the annotated quantities: those of the main
/// targets passage, then targets of a canonical indicator stated elsewhere
/// (`力争…`), once per indicator and kind. A figure shared by several
/// indicators (`A、B增长5%以上`) is a target of each.
pub fn targets(
    quantities: &[Quantity],
    notes: &[Annotation],
    plan_year: Option<i32>,
) -> Vec<Target> {
    let is_target = |q: &Quantity| q.status == Some(Status::Target) && q.year == plan_year;
    let listed = quantities
        .iter()
        .zip(notes)
        .filter(|(q, n)| n.in_target_list && is_target(q));
    let elsewhere = quantities
        .iter()
        .zip(notes)
        .filter(|(q, n)| !n.in_target_list && is_target(q) && q.metric_id.is_some());
    let mut seen: Vec<(Option<&str>, Option<Kind>)> = Vec::new();
    let mut out = Vec::new();
    for (pass, (q, n)) in listed.map(|x| (0, x)).chain(elsewhere.map(|x| (1, x))) {
        let ids = std::iter::once((q.metric_id.as_deref(), q.metric.as_deref()))
            .chain(n.also.iter().map(|(id, m)| (Some(*id), Some(m.as_str()))));
        for (k, (id, metric)) in ids.enumerate() {
            let key = (id, q.kind);
            if (pass == 1 || k > 0) && seen.contains(&key) {
                continue;
            }
            seen.push(key);
            out.push(Target {
                quantity_id: q.id,
                metric_id: id.map(str::to_string),
                metric: metric.map(str::to_string),
                kind: q.kind,
                value: q.value,
                hi: q.hi,
                qual: q.qual,
                unit: q.unit.clone(),
            });
        }
    }
    out
}
