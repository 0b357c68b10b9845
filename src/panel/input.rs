//! What the panel reads of a report: the slim part of a [`Report`] that
//! targets and results come from. Built from a parsed [`Report`] natively
//! ([`ReportInput::from`]) and, in WebAssembly, decoded from the flat form
//! the JavaScript wrapper packs a `Report` object into ([`decode`]), so both
//! paths run the same engine on the same data. (A flat form rather than
//! serde: deserialising objects would add about 10 KB of gzipped wasm.)

use crate::model::{Direction, Kind, Level, Qual, Report, Status};

/// One report given to the panel, with the name rows cite it by.
#[derive(Debug, Clone, PartialEq)]
pub struct PanelInput {
    /// The file name (or any label) rows cite the report by.
    pub file: String,
    /// The report's slim part.
    pub report: ReportInput,
    /// What the user states about the report (nothing by default); its code
    /// and year well formed ([`super::given::check_code`],
    /// [`super::given::check_year`]), as the manifest and name pattern
    /// readers and [`decode`] leave them.
    pub given: super::Given,
}

/// The part of a [`Report`] the panel reads.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReportInput {
    /// Region, level and years.
    pub meta: MetaInput,
    /// The plan year's targets, in the report's order (the targets passage first).
    pub targets: Vec<TargetInput>,
    /// The headline rows: the reviewed year's figures.
    pub headline: Vec<HeadlineInput>,
    /// The quantities the targets and headline rows point to (others may be left out).
    pub quantities: Vec<QuantityInput>,
}

/// The part of [`crate::Meta`] the panel reads.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MetaInput {
    /// The issuing government's area.
    pub region: Option<String>,
    /// Its GB/T 2260 code, when the gazetteer knows it.
    pub region_code: Option<String>,
    /// Its administrative level.
    pub level: Option<Level>,
    /// The year the report reviews.
    pub review_year: Option<i32>,
    /// The year the report plans.
    pub plan_year: Option<i32>,
}

/// The part of [`crate::Target`] the panel reads.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetInput {
    /// The quantity the target is.
    pub quantity_id: u32,
    /// The canonical indicator id.
    pub metric_id: Option<String>,
    /// The metric as written.
    pub metric: Option<String>,
    /// Level, change, ratio or multiple.
    pub kind: Option<Kind>,
    /// The target value.
    pub value: f64,
    /// A range's upper end.
    pub hi: Option<f64>,
    /// The qualifier.
    pub qual: Qual,
    /// The unit as written.
    pub unit: String,
}

/// The part of [`crate::HeadlineRow`] the panel reads.
#[derive(Debug, Clone, PartialEq)]
pub struct HeadlineInput {
    /// The canonical indicator id.
    pub metric_id: String,
    /// The reviewed year's level: a quantity id.
    pub level: Option<u32>,
    /// The reviewed year's growth: a quantity id.
    pub growth: Option<u32>,
}

/// The part of [`crate::Quantity`] the panel reads.
#[derive(Debug, Clone, PartialEq)]
pub struct QuantityInput {
    /// The quantity's id.
    pub id: u32,
    /// The number as written.
    pub value: f64,
    /// A range's upper end.
    pub hi: Option<f64>,
    /// The unit as written.
    pub unit: String,
    /// The qualifier.
    pub qual: Qual,
    /// Level, change, ratio or multiple.
    pub kind: Option<Kind>,
    /// Up or down, for a change.
    pub direction: Option<Direction>,
    /// Result, estimate, target or background.
    pub status: Option<Status>,
    /// The year the figure refers to.
    pub year: Option<i32>,
    /// The metric as written.
    pub metric: Option<String>,
    /// The sentence it stands in.
    pub sentence: String,
    /// It counts additions (`新增…`, `比上年增加…`), not the level.
    pub added: bool,
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
                    added: q.measure == crate::model::Measure::Added,
                })
            })
            .collect();
        ReportInput {
            meta: MetaInput {
                region: report.meta.region.clone(),
                region_code: report.meta.region_code.clone(),
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

/// Reads the flat form of panel entries that `js/shared.js` (`packPanel`)
/// writes: numbers in `nums` (`NaN` for null), strings (and enum names) as
/// indices into `strs` (`-1` for null). `nums` starts with the number of
/// entries; each entry starts with 1 (an entry follows) or 0 (the input was
/// not a report: `None`), then
/// `file givenRegion givenCode givenPlanYear region regionCode level
/// reviewYear planYear nTargets nHeadline nQuantities` (the given values are what the entry
/// states, see [`super::Given`]; a code that is not [`super::given::is_code`]
/// or a year outside 1949–2100 is left out),
/// the targets `quantityId metricId metric kind value hi qual unit`, the
/// headline rows `metricId level growth` and the quantities
/// `id value hi unit qual kind direction status year metric sentence`.
/// A stream that ends early or holds an impossible count ends the list.
pub fn decode(nums: &[f64], strs: &[String]) -> Vec<Option<PanelInput>> {
    let mut r = Reader { nums, strs, at: 0 };
    let count = r.count().unwrap_or(0);
    let mut out = Vec::new();
    for _ in 0..count {
        match r.num() {
            Some(1.0) => match r.entry() {
                Some(entry) => out.push(Some(entry)),
                None => break,
            },
            Some(_) => out.push(None),
            None => break,
        }
    }
    out
}

/// A cursor over the flat form.
struct Reader<'a> {
    nums: &'a [f64],
    strs: &'a [String],
    at: usize,
}

impl Reader<'_> {
    /// The next number; `None` at the end of the stream.
    fn num(&mut self) -> Option<f64> {
        let n = *self.nums.get(self.at)?;
        self.at += 1;
        Some(n)
    }

    /// The next number, `None` inside for null (`NaN`).
    fn opt(&mut self) -> Option<Option<f64>> {
        self.num().map(|n| (!n.is_nan()).then_some(n))
    }

    /// A count that the rest of the stream can hold.
    fn count(&mut self) -> Option<usize> {
        let n = self.num()?;
        (n >= 0.0 && n <= (self.nums.len() - self.at) as f64).then_some(n as usize)
    }

    /// A whole non-negative number that fits a u32.
    fn id(&mut self) -> Option<Option<u32>> {
        self.opt().map(|n| {
            n.filter(|n| n.fract() == 0.0 && *n >= 0.0 && *n <= u32::MAX as f64)
                .map(|n| n as u32)
        })
    }

    /// A year.
    fn year(&mut self) -> Option<Option<i32>> {
        self.opt().map(|n| {
            n.filter(|n| n.fract() == 0.0 && n.abs() < 1e6)
                .map(|n| n as i32)
        })
    }

    /// The next string, `None` inside for null.
    fn text(&mut self) -> Option<Option<String>> {
        let n = self.num()?;
        Some(if n >= 0.0 {
            self.strs.get(n as usize).cloned()
        } else {
            None
        })
    }

    fn entry(&mut self) -> Option<PanelInput> {
        let file = self.text()?.unwrap_or_default();
        // Malformed given values are left out (the JavaScript side warns about them).
        let given = super::Given {
            region: self.text()?.filter(|r| !r.trim().is_empty()),
            code: self.text()?.filter(|c| super::given::is_code(c)),
            plan_year: self.year()?.filter(|y| (1949..=2100).contains(y)),
        };
        let region = self.text()?;
        let region_code = self.text()?.filter(|c| super::given::is_code(c));
        let level = self.text()?.as_deref().and_then(level);
        let review_year = self.year()?;
        let plan_year = self.year()?;
        let (nt, nh, nq) = (self.count()?, self.count()?, self.count()?);
        let mut targets = Vec::with_capacity(nt);
        for _ in 0..nt {
            let quantity_id = self.id()?;
            let metric_id = self.text()?;
            let metric = self.text()?;
            let kind = self.text()?.as_deref().and_then(kind);
            let value = self.opt()?;
            let hi = self.opt()?;
            let qual = self.text()?.as_deref().and_then(qual);
            let unit = self.text()?.unwrap_or_default();
            if let (Some(quantity_id), Some(value), Some(qual)) = (quantity_id, value, qual) {
                targets.push(TargetInput {
                    quantity_id,
                    metric_id,
                    metric,
                    kind,
                    value,
                    hi,
                    qual,
                    unit,
                });
            }
        }
        let mut headline = Vec::with_capacity(nh);
        for _ in 0..nh {
            let metric_id = self.text()?;
            let (level, growth) = (self.id()?, self.id()?);
            if let Some(metric_id) = metric_id {
                headline.push(HeadlineInput {
                    metric_id,
                    level,
                    growth,
                });
            }
        }
        let mut quantities = Vec::with_capacity(nq);
        for _ in 0..nq {
            let id = self.id()?;
            let value = self.opt()?;
            let hi = self.opt()?;
            let unit = self.text()?.unwrap_or_default();
            let q = self.text()?.as_deref().and_then(qual);
            let kind = self.text()?.as_deref().and_then(kind);
            let direction = self.text()?.as_deref().and_then(direction);
            let status = self.text()?.as_deref().and_then(status);
            let year = self.year()?;
            let metric = self.text()?;
            let sentence = self.text()?.unwrap_or_default();
            let added = self.text()?.as_deref() == Some("added");
            if let (Some(id), Some(value), Some(qual)) = (id, value, q) {
                quantities.push(QuantityInput {
                    id,
                    value,
                    hi,
                    unit,
                    qual,
                    kind,
                    direction,
                    status,
                    year,
                    metric,
                    sentence,
                    added,
                });
            }
        }
        Some(PanelInput {
            file,
            given,
            report: ReportInput {
                meta: MetaInput {
                    region,
                    region_code,
                    level,
                    review_year,
                    plan_year,
                },
                targets,
                headline,
                quantities,
            },
        })
    }
}

/// The model's enums from the names they serialise to (an unknown name is `None`).
macro_rules! from_name {
    ($($f:ident -> $ty:ident { $($variant:ident = $name:literal),+ $(,)? })+) => {$(
        fn $f(name: &str) -> Option<$ty> {
            match name {
                $($name => Some($ty::$variant),)+
                _ => None,
            }
        }
    )+};
}

from_name! {
    level -> Level { National = "national", Province = "province", City = "city", County = "county", District = "district" }
    qual -> Qual { Exact = "exact", Approx = "approx", AtLeast = "at_least", Over = "over", Near = "near", AtMost = "at_most", Range = "range" }
    kind -> Kind { Amount = "amount", Growth = "growth", Rate = "rate", Multiple = "multiple" }
    direction -> Direction { Up = "up", Down = "down" }
    status -> Status { Actual = "actual", Estimate = "estimate", Target = "target", Context = "context" }
}
