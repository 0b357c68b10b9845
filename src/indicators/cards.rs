//! The headline table behind the cards.

use super::registry;
use crate::model::{HeadlineRow, Kind, Quantity, Status};

/// The headline table: per canonical indicator, the reviewed year's level and
/// growth beside the plan year's target, in registry order.
pub fn headline(quantities: &[Quantity]) -> Vec<HeadlineRow> {
    let mut rows = Vec::new();
    for entry in registry::INDICATORS {
        let of = |pred: &dyn Fn(&Quantity) -> bool| {
            quantities
                .iter()
                .find(|q| q.metric_id.as_deref() == Some(entry.id) && pred(q))
                .map(|q| q.id)
        };
        let done = |q: &Quantity| matches!(q.status, Some(Status::Actual | Status::Estimate));
        let level = of(&|q| done(q) && q.kind != Some(Kind::Growth));
        let growth = of(&|q| done(q) && q.kind == Some(Kind::Growth));
        let target = of(&|q| q.status == Some(Status::Target) && q.kind == Some(Kind::Growth))
            .or_else(|| of(&|q| q.status == Some(Status::Target)));
        if level.is_some() || growth.is_some() || target.is_some() {
            rows.push(HeadlineRow {
                metric_id: entry.id.to_string(),
                label: entry.label.to_string(),
                level,
                growth,
                target,
            });
        }
    }
    rows
}
