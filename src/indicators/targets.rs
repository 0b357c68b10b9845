//! The plan year's targets.

use crate::model::{Kind, Quantity, Status, Target};

/// The plan year's targets among the annotated quantities: those of the main
/// targets passage, and other targets of a canonical indicator.
pub fn targets(quantities: &[Quantity], in_target_list: &[bool]) -> Vec<Target> {
    let is_target = |q: &Quantity| q.status == Some(Status::Target);
    let listed: Vec<&Quantity> = quantities
        .iter()
        .zip(in_target_list)
        .filter(|(q, l)| **l && is_target(q))
        .map(|(q, _)| q)
        .collect();
    // Targets of canonical indicators stated elsewhere (力争…), once per indicator and kind.
    let mut seen: Vec<(Option<&str>, Option<Kind>)> = listed
        .iter()
        .map(|q| (q.metric_id.as_deref(), q.kind))
        .collect();
    let mut elsewhere = Vec::new();
    for (q, l) in quantities.iter().zip(in_target_list) {
        let key = (q.metric_id.as_deref(), q.kind);
        if !*l && is_target(q) && q.metric_id.is_some() && !seen.contains(&key) {
            seen.push(key);
            elsewhere.push(q);
        }
    }
    listed
        .into_iter()
        .chain(elsewhere)
        .map(|q| Target {
            quantity_id: q.id,
            metric_id: q.metric_id.clone(),
            metric: q.metric.clone(),
            kind: q.kind,
            value: q.value,
            hi: q.hi,
            qual: q.qual,
            unit: q.unit.clone(),
        })
        .collect()
}
