//! What the panel reads of a report: the slim part of a [`Report`] that
//! targets and results come from. Built from a parsed [`Report`] natively
//! ([`ReportInput::from`]) and deserialised from the JavaScript `Report`
//! objects in WebAssembly (only these fields cross; everything else of the
//! object is ignored), so both paths run the same engine on the same data.

use crate::model::{Direction, Kind, Level, Qual, Report, Status};
use serde::{Deserialize, Deserializer};

/// One report given to the panel, with the name rows cite it by.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PanelInput {
    /// The file name (or any label) rows cite the report by.
    pub file: String,
    /// The report's slim part.
    pub report: ReportInput,
}

/// The part of a [`Report`] the panel reads.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportInput {
    /// Region, level and years.
    #[serde(default)]
    pub meta: MetaInput,
    /// The plan year's targets, in the report's order (the targets passage first).
    #[serde(default)]
    pub targets: Vec<TargetInput>,
    /// The headline rows: the reviewed year's figures.
    #[serde(default)]
    pub headline: Vec<HeadlineInput>,
    /// The quantities the targets and headline rows point to (others may be left out).
    #[serde(default)]
    pub quantities: Vec<QuantityInput>,
}

/// The part of [`crate::Meta`] the panel reads.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MetaInput {
    /// The issuing government's area.
    #[serde(default)]
    pub region: Option<String>,
    /// Its administrative level.
    #[serde(default)]
    pub level: Option<Level>,
    /// The year the report reviews.
    #[serde(default)]
    pub review_year: Option<i32>,
    /// The year the report plans.
    #[serde(default)]
    pub plan_year: Option<i32>,
}

/// The part of [`crate::Target`] the panel reads.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TargetInput {
    /// The quantity the target is.
    pub quantity_id: u32,
    /// The canonical indicator id.
    #[serde(default)]
    pub metric_id: Option<String>,
    /// The metric as written.
    #[serde(default)]
    pub metric: Option<String>,
    /// Level, change, ratio or multiple.
    #[serde(default)]
    pub kind: Option<Kind>,
    /// The target value.
    pub value: f64,
    /// A range's upper end.
    #[serde(default)]
    pub hi: Option<f64>,
    /// The qualifier.
    pub qual: Qual,
    /// The unit as written.
    pub unit: String,
}

/// The part of [`crate::HeadlineRow`] the panel reads.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HeadlineInput {
    /// The canonical indicator id.
    pub metric_id: String,
    /// The reviewed year's level: a quantity id.
    #[serde(default)]
    pub level: Option<u32>,
    /// The reviewed year's growth: a quantity id.
    #[serde(default)]
    pub growth: Option<u32>,
}

/// The part of [`crate::Quantity`] the panel reads.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuantityInput {
    /// The quantity's id.
    pub id: u32,
    /// The number as written.
    pub value: f64,
    /// A range's upper end.
    #[serde(default)]
    pub hi: Option<f64>,
    /// The unit as written.
    pub unit: String,
    /// The qualifier.
    pub qual: Qual,
    /// Level, change, ratio or multiple.
    #[serde(default)]
    pub kind: Option<Kind>,
    /// Up or down, for a change.
    #[serde(default)]
    pub direction: Option<Direction>,
    /// Result, estimate, target or background.
    #[serde(default)]
    pub status: Option<Status>,
    /// The year the figure refers to.
    #[serde(default)]
    pub year: Option<i32>,
    /// The metric as written.
    #[serde(default)]
    pub metric: Option<String>,
    /// The sentence it stands in.
    #[serde(default)]
    pub sentence: String,
}

impl ReportInput {
    /// The quantity with this id, if the input has it.
    pub fn quantity(&self, id: u32) -> Option<&QuantityInput> {
        match self.quantities.get(id as usize) {
            Some(q) if q.id == id => Some(q),
            _ => self.quantities.iter().find(|q| q.id == id),
        }
    }
}

impl From<&Report> for ReportInput {
    /// Copies what the panel reads: the meta, targets, headline rows and only
    /// the quantities these point to.
    fn from(report: &Report) -> Self {
        let mut ids: Vec<u32> = report.targets.iter().map(|t| t.quantity_id).collect();
        for h in &report.headline {
            ids.extend(h.level);
            ids.extend(h.growth);
        }
        ids.sort_unstable();
        ids.dedup();
        let quantities = ids
            .iter()
            .filter_map(|&id| {
                let q = report.quantities.get(id as usize).filter(|q| q.id == id)?;
                Some(QuantityInput {
                    id,
                    value: q.value,
                    hi: q.hi,
                    unit: q.unit.clone(),
                    qual: q.qual,
                    kind: q.kind,
                    direction: q.direction,
                    status: q.status,
                    year: q.year,
                    metric: q.metric.clone(),
                    sentence: q.sentence.clone(),
                })
            })
            .collect();
        ReportInput {
            meta: MetaInput {
                region: report.meta.region.clone(),
                level: report.meta.level,
                review_year: report.meta.review_year,
                plan_year: report.meta.plan_year,
            },
            targets: report
                .targets
                .iter()
                .map(|t| TargetInput {
                    quantity_id: t.quantity_id,
                    metric_id: t.metric_id.clone(),
                    metric: t.metric.clone(),
                    kind: t.kind,
                    value: t.value,
                    hi: t.hi,
                    qual: t.qual,
                    unit: t.unit.clone(),
                })
                .collect(),
            headline: report
                .headline
                .iter()
                .map(|h| HeadlineInput {
                    metric_id: h.metric_id.clone(),
                    level: h.level,
                    growth: h.growth,
                })
                .collect(),
            quantities,
        }
    }
}

/// An element that is kept when it deserialises and dropped (as `None`)
/// when it does not, so that one malformed report does not fail the set.
#[derive(Debug, Clone, PartialEq)]
pub struct Lenient<T>(pub Option<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Lenient<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Lenient(T::deserialize(d).ok()))
    }
}

/// Deserialises the model's enums from the names they serialise to.
macro_rules! from_names {
    ($($ty:ident { $($variant:ident = $name:literal),+ $(,)? })+) => {$(
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let name = String::deserialize(d)?;
                match name.as_str() {
                    $($name => Ok($ty::$variant),)+
                    other => Err(serde::de::Error::unknown_variant(other, &[$($name),+])),
                }
            }
        }
    )+};
}

from_names! {
    Level { National = "national", Province = "province", City = "city", County = "county", District = "district" }
    Qual { Exact = "exact", Approx = "approx", AtLeast = "at_least", Over = "over", Near = "near", AtMost = "at_most", Range = "range" }
    Kind { Amount = "amount", Growth = "growth", Rate = "rate", Multiple = "multiple" }
    Direction { Up = "up", Down = "down" }
    Status { Actual = "actual", Estimate = "estimate", Target = "target", Context = "context" }
}
