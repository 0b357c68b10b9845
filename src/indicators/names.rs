//! Metric names: the phrase that names what a quantity measures, resolved
//! over implicit subjects and lists, and its canonical id.
//!
//! [`assign_metrics`] reads the quantities run by run (a run: a figure and
//! the list items that share its clause, `16.2%、17.6%`) in named steps, each
//! in the file of its kind with its table of cues beside it:
//! - [`subject`]: the phrase a run names — its own subject (generic heads,
//!   bare modifiers and bare heads completed from the name before), the
//!   subject implied by a clause between or a topic, the object of a ratio
//!   or a list, and the base the run takes;
//! - [`lists`]: the run itself, a subject list split among its items, a
//!   list that follows the list before or the named figures before (`分别`),
//!   and the members sharing one figure;
//! - [`resolve`]: the id of each figure — not its own value, a list of
//!   parts, a bare name of the figure before, the members of a shared figure,
//!   bare `投资` in the targets list, `经济增长`, a total before its part.
//!
//! The step that decided each figure is kept as [`NameStep`]
//! ([`super::Annotation::metric_step`]); `tests/names_steps.rs` checks the
//! reviewed table `tests/expected/names-steps.tsv` of real sentences, at
//! least two per step.

mod lists;
mod resolve;
mod subject;

use lists::split_list;

use super::clause::ClauseInfo;
use super::{registry, Annotation};
use crate::model::Kind;
use crate::quantities::Found;
use crate::structure::Document;
use crate::words::{ends, has, strip_start};

/// The step of the names pass that decided a figure's metric phrase and id:
/// the last step that acted on it, in the order of the names pass (`assign_metrics`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum NameStep {
    /// No phrase: the figure has no subject, object or figure before.
    #[default]
    None,
    /// The clause's own subject as written (`地区生产总值增长5%`).
    Subject,
    /// A generic head (`总量`, `其中`) completed by the name before or a lead sentence.
    GenericHead,
    /// A bare modifier (`人均`) put before the name before.
    BareModifier,
    /// A bare head (`产量`) given the owner of the name before.
    BareHead,
    /// A clause between the figure before and this one names the indicator.
    ClauseBetween,
    /// The topic heading of a summary paragraph names it.
    Topic,
    /// A ratio takes the indicator named after it (`8%的国内生产总值增长目标`).
    RatioObject,
    /// The object after the figure (`完成1.8万户棚改任务`).
    Object,
    /// A list of figures shares the object after its last item.
    ListObject,
    /// No phrase of its own: the metric of the figure before in the sentence.
    Inherit,
    /// A subject naming several things split among the list's items.
    ListSplit,
    /// A second list follows the first item by item.
    SecondList,
    /// A list follows the named figures before it (`分别增长25.8%和17.4%`).
    AfterNamed,
    /// One figure shared by a list of subjects: the first indicator names it.
    Shared,
    /// What a cause drives (`带动…`): a share, no id.
    Driven,
    /// A time span: no id.
    Duration,
    /// A comparison with another place or period: no id.
    Comparison,
    /// A share of the indicator it inherits: no id.
    Share,
    /// A figure net of a part (`扣除…后`): no id.
    NetOf,
    /// A list whose items are parts of the region or of an aggregate: no id.
    ListOfParts,
    /// A bare name right after a figure of something else belongs to it: no id.
    BelongsToPrev,
    /// A bare name listed after a part shares its owner: no id.
    AfterPart,
    /// A bare `投资` in the targets list is fixed-asset investment.
    TargetInvestment,
    /// `经济` with a growth reads `经济增长`.
    EconomyGrowth,
    /// A total named before its part (`财政收入…其中地方…`): no id.
    TotalBeforePart,
}

impl NameStep {
    /// Every step, in the order of the names pass (`assign_metrics`).
    pub const ALL: &'static [NameStep] = &[
        NameStep::None,
        NameStep::Subject,
        NameStep::GenericHead,
        NameStep::BareModifier,
        NameStep::BareHead,
        NameStep::ClauseBetween,
        NameStep::Topic,
        NameStep::RatioObject,
        NameStep::Object,
        NameStep::ListObject,
        NameStep::Inherit,
        NameStep::ListSplit,
        NameStep::SecondList,
        NameStep::AfterNamed,
        NameStep::Driven,
        NameStep::Duration,
        NameStep::Comparison,
        NameStep::Share,
        NameStep::NetOf,
        NameStep::ListOfParts,
        NameStep::BelongsToPrev,
        NameStep::AfterPart,
        NameStep::Shared,
        NameStep::TargetInvestment,
        NameStep::EconomyGrowth,
        NameStep::TotalBeforePart,
    ];

    /// The step's name as the reviewed table writes it (`generic-head`).
    pub fn name(self) -> &'static str {
        match self {
            NameStep::None => "none",
            NameStep::Subject => "subject",
            NameStep::GenericHead => "generic-head",
            NameStep::BareModifier => "bare-modifier",
            NameStep::BareHead => "bare-head",
            NameStep::ClauseBetween => "clause-between",
            NameStep::Topic => "topic",
            NameStep::RatioObject => "ratio-object",
            NameStep::Object => "object",
            NameStep::ListObject => "list-object",
            NameStep::Inherit => "inherit",
            NameStep::ListSplit => "list-split",
            NameStep::SecondList => "second-list",
            NameStep::AfterNamed => "after-named",
            NameStep::Shared => "shared",
            NameStep::Driven => "driven",
            NameStep::Duration => "duration",
            NameStep::Comparison => "comparison",
            NameStep::Share => "share",
            NameStep::NetOf => "net-of",
            NameStep::ListOfParts => "list-of-parts",
            NameStep::BelongsToPrev => "belongs-to-prev",
            NameStep::AfterPart => "after-part",
            NameStep::TargetInvestment => "target-investment",
            NameStep::EconomyGrowth => "economy-growth",
            NameStep::TotalBeforePart => "total-before-part",
        }
    }
}

/// Modifiers that make a phrase name a part of an aggregate, never the
/// aggregate itself (`民营经济增加值`, `“新三样”出口`, `扣除…后`).
const PART_MODIFIERS: &[&str] = &[
    "民营",
    "高技术",
    "入境",
    "扣除",
    "新三样",
    "国有",
    "跨境电商",
    "对美",
    "对非美",
    "外资企业",
    "市场采购",
    "省级",
];

/// Parts of the region (part modifiers too) that, heading the first subject
/// of a list, scope over the whole list (`市本级生产总值、地方一般预算收入…分别增长`).
const SCOPING_PARTS: &[&str] = &["本级", "县域", "县市区", "县（市、区）", "开发区", "高新区"];

/// Words holding a part modifier that name the whole or more than a part
/// (`省级以上高新技术企业` counts the national ones too).
const WIDER_THAN_PART: &[&str] = &["省级以上"];

/// Does a metric phrase name a part of an aggregate ([`PART_MODIFIERS`],
/// [`SCOPING_PARTS`], unless within [`WIDER_THAN_PART`])?
fn names_a_part(metric: &str) -> bool {
    PART_MODIFIERS
        .iter()
        .chain(SCOPING_PARTS)
        .any(|m| has(metric, m) && !WIDER_THAN_PART.iter().any(|w| has(w, m) && has(metric, w)))
}

/// Indicators recognised by the head of a longer phrase: their names are
/// not the tail of any sub-aggregate's.
const HEAD_NAMED: &[&str] = &["tax_fee_cuts", "special_bonds"];

/// What the names pass knows of the report.
struct Namer {
    /// The report's region as written and its short form (`湖南省`, `湖南`).
    region: Vec<String>,
}

impl Namer {
    fn new(doc: &Document) -> Self {
        let mut region = Vec::new();
        if let Some(r) = doc.meta.region.as_deref() {
            region.push(r.to_string());
            let short = [
                "维吾尔自治区",
                "壮族自治区",
                "回族自治区",
                "自治区",
                "特别行政区",
                "省",
                "市",
                "区",
                "县",
            ]
            .iter()
            .find_map(|s| r.strip_suffix(s))
            .filter(|s| s.chars().count() >= 2);
            if let Some(s) = short {
                region.push(s.to_string());
            }
        }
        Namer { region }
    }

    /// The canonical id a metric phrase names: the registry's look-up, after
    /// the report's own region name or a `全`-abbreviation (`全川`) is
    /// stripped; never for a part of an aggregate.
    fn lookup(&self, metric: &str, kind: Option<Kind>) -> Option<&'static str> {
        let id = registry::lookup(metric, kind)
            .or_else(|| self.by_head(metric))
            .or_else(|| {
                let stripped = self
                    .region
                    .iter()
                    .find_map(|r| strip_start(metric, r.as_str()))
                    .or_else(|| metric.strip_prefix('年'))
                    .or_else(|| {
                        // `全` plus a one-character abbreviation of the region.
                        let rest = metric.strip_prefix('全')?;
                        let c = rest.chars().next()?;
                        is_ideograph(c).then(|| rest.get(c.len_utf8()..).unwrap_or_default())
                    })?;
                registry::lookup(stripped, kind)
            })?;
        (!names_a_part(metric)).then_some(id)
    }

    /// A metric phrase without the report's region or a region word before it.
    fn without_region<'a>(&self, metric: &'a str) -> &'a str {
        for r in &self.region {
            if let Some(rest) = strip_start(metric, r) {
                return rest;
            }
        }
        for r in registry::REGION_PREFIXES {
            if let Some(rest) = strip_start(metric, r) {
                return rest;
            }
        }
        metric
    }

    /// An indicator whose name is distinctive enough to be recognised at the
    /// end of a longer phrase (`为企业减税降费`, `自审自发地方政府专项债券`).
    fn by_head(&self, metric: &str) -> Option<&'static str> {
        registry::INDICATORS
            .iter()
            .filter(|ind| HEAD_NAMED.contains(&ind.id))
            .find(|ind| {
                ind.names
                    .iter()
                    .any(|n| metric.len() > n.len() && ends(metric, n) && n.chars().count() >= 4)
            })
            .map(|ind| ind.id)
    }

    /// The name a topic phrase starts with (`经济发展贡献新担当` → `经济`), for a
    /// summary figure that implies its subject.
    fn leading_name(&self, phrase: &str, kind: Option<Kind>) -> Option<String> {
        // The first 12 characters, longest start first.
        let limit = phrase
            .char_indices()
            .nth(12)
            .map_or(phrase.len(), |(i, _)| i);
        let first = phrase.get(..limit)?;
        first.char_indices().rev().find_map(|(i, c)| {
            let head = first.get(..i + c.len_utf8()).filter(|h| h.len() >= 6)?;
            self.lookup(head, kind).map(|_| head.to_string())
        })
    }
}

/// The canonical id a metric phrase names by itself, in no report (no region
/// name to strip): the resolver every quantity's phrase goes through, checked
/// against the reviewed phrase table `tests/expected/phrases.tsv`.
pub fn metric_id_of(metric: &str, kind: Option<Kind>) -> Option<&'static str> {
    Namer { region: Vec::new() }.lookup(metric, kind)
}

/// Where the words after the last of `marks` among the last `n` characters
/// of `s` begin (the byte after the mark), if one is there.
fn after_last_mark(s: &str, n: usize, marks: &[char]) -> Option<usize> {
    s.char_indices()
        .rev()
        .take(n)
        .find(|(_, c)| marks.contains(c))
        .map(|(i, c)| i + c.len_utf8())
}

fn is_ideograph(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// What the steps read of one run of figures `i..j` that share a clause:
/// the first figure's clause, and the metric before it in its sentence.
struct Run<'a> {
    text: &'a str,
    doc: &'a Document,
    found: &'a [Found],
    clauses: &'a [ClauseInfo<'a>],
    namer: &'a Namer,
    /// The run's first figure.
    i: usize,
    /// The end of the run (exclusive).
    j: usize,
    /// The kind of the first figure.
    kind: Option<Kind>,
    /// The figure before the run is in the same sentence.
    same_sentence_prev: bool,
    /// The metric before in the sentence, passing over comparisons.
    prev_metric: Option<String>,
}

impl<'a> Run<'a> {
    /// The first figure's clause.
    fn info(&self) -> &'a ClauseInfo<'a> {
        &self.clauses[self.i]
    }

    /// The first figure.
    fn found(&self) -> &'a Found {
        &self.found[self.i]
    }

    /// The number of figures in the run.
    fn len(&self) -> usize {
        self.j - self.i
    }
}

/// A phrase and the step that gave it.
type Phrase = Option<(String, NameStep)>;

/// Fills `metric`, `metric_id`, `metric_step`, `compared_with` and `also`,
/// resolving implicit subjects and lists: for each run of figures, the
/// phrase steps of [`subject`], the list steps of [`lists`], then the id
/// steps of [`resolve`] for each figure.
pub(super) fn assign_metrics(
    text: &str,
    doc: &Document,
    found: &[Found],
    clauses: &[ClauseInfo],
    notes: &mut [Annotation],
) {
    let namer = Namer::new(doc);
    // Which quantities were read as a share driven by a cause (`带动…`).
    let mut parts_of = vec![false; found.len()];
    // The metrics of the last list read, per item, and where it ended.
    let mut last_list: Option<(usize, Vec<Option<String>>)> = None;
    let mut i = 0;
    while i < found.len() {
        let j = lists::list_run(found, clauses, i);
        let same_sentence_prev = i > 0 && found[i - 1].sentence == found[i].sentence;
        let run = Run {
            text,
            doc,
            found,
            clauses,
            namer: &namer,
            i,
            j,
            kind: notes[i].kind,
            same_sentence_prev,
            prev_metric: subject::metric_before(found, notes, i, same_sentence_prev),
        };
        // The phrase of the run: object, subject, implied subject, or the metric before.
        let own = subject::subject(&run);
        let implied = subject::implied(&run, own.is_some());
        let object = subject::object(&run, own.as_ref().map(|s| s.0.as_str()));
        let inherits = object.is_none() && own.is_none() && implied.is_none();
        let base = subject::base(object, own, implied, &run);
        let belongs_to_prev = resolve::belongs_to_prev(&run, notes);
        // The phrase of each item of a list.
        let n = run.len();
        let mut parts = base
            .as_ref()
            .map(|(b, _)| split_list(b, n, run.info().respectively))
            .unwrap_or_default();
        let mut parts_step = NameStep::ListSplit;
        if let Some(ms) = lists::second_list(&run, last_list.as_ref()) {
            parts = ms;
            parts_step = NameStep::SecondList;
        }
        if let Some(ms) = lists::after_named(&run, notes, &parts) {
            parts = ms;
            parts_step = NameStep::AfterNamed;
        }
        let shared = lists::shared_members(&run, base.as_ref().map(|b| b.0.as_str()));
        let named = resolve::Named {
            base: base.as_ref(),
            all_parts: n > 1 && parts.len() == n && lists::list_of_parts(&parts),
            parts: &parts,
            parts_step,
            shared: shared.as_ref(),
            belongs_to_prev,
            inherits,
        };
        for k in i..j {
            resolve::name_figure(&run, &named, k, notes, &mut parts_of);
        }
        if n > 1 {
            last_list = notes
                .get(i..j)
                .map(|l| (j, l.iter().map(|a| a.metric.clone()).collect()));
        }
        i = j;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn part_modifiers_make_a_part() {
        let cases: &[(&str, bool)] = &[
            ("民营经济增加值", true),
            ("区本级一般公共预算收入", true),
            ("省级高新技术企业", true),
            ("省级以上高新技术企业", false),
            ("高新技术企业", false),
            ("入境游客", true),
            ("接待游客", false),
        ];
        for (metric, want) in cases {
            assert_eq!(names_a_part(metric), *want, "{metric}");
        }
    }

    #[test]
    fn the_resolver_reads_neutral_words_and_parts() {
        let cases: &[(&str, Option<&str>)] = &[
            ("新增城镇就业", Some("urban_new_jobs")),
            ("城市居民人均可支配收入", Some("urban_disposable_income")),
            ("万元生产总值能耗", Some("energy_intensity")),
            (
                "城镇居民人均可支配收入实际",
                Some("urban_disposable_income"),
            ),
            ("地方一般公共预算收入可比", Some("general_budget_revenue")),
            ("规模以上工业实现增加值", Some("industrial_value_added")),
            ("外贸自营进出口总额", Some("foreign_trade")),
            ("年末城镇登记失业率", Some("unemployment_rate")),
            ("省级以上高新技术企业", Some("high_tech_enterprises")),
            ("省级高新技术企业", None),
            ("财政总收入", None),
            ("全口径财政收入", None),
            ("区本级一般公共预算收入", None),
            ("规模以上固定资产投资", None),
            ("武汉地区外贸出口", None),
            ("地区外贸出口", Some("exports")),
            ("全年净增就业岗位", Some("urban_new_jobs")),
            ("五年增加就业岗位", Some("urban_new_jobs")),
            ("开发就业岗位", None),
            ("就业岗位", None),
            ("农村居民家庭人均纯收入", Some("rural_disposable_income")),
            ("认定国家高新技术企业", Some("high_tech_enterprises")),
            ("接待海外旅游者", None),
            ("旅游收入人数", None),
            ("接待旅游者人次", Some("tourist_visits")),
            ("高企个数", Some("high_tech_enterprises")),
            ("进出口总值五年", Some("foreign_trade")),
            ("的", None),
        ];
        for (metric, want) in cases {
            assert_eq!(metric_id_of(metric, None), *want, "{metric}");
        }
    }
}
