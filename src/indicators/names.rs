//! Metric names: the phrase that names what a quantity measures, resolved
//! over implicit subjects and lists, and its canonical id.

use super::clause::ClauseInfo;
use super::{registry, Annotation};
use crate::model::{Dimension, Direction, Kind, SectionLevel};
use crate::quantities::Found;
use crate::structure::Document;
use crate::words::{ends, has, starts, strip_end, strip_start};

/// Generic heads that name a total of the subject before: 总量达24.8万户.
pub(super) const GENERIC_SUBJECTS: &[&str] = &[
    "总量",
    "总数",
    "总额",
    "总规模",
    "规模",
    "数量",
    "总计",
    "合计",
    "累计",
    "其中",
];

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

/// Is a list of subjects made of parts: the first is headed by a part of the
/// region, or all are one head after a short modifier, one of which makes a
/// part (`国家级、省级高新技术企业`)?
fn list_of_parts(parts: &[String]) -> bool {
    let Some(first) = parts.first().filter(|_| parts.len() > 1) else {
        return false;
    };
    if SCOPING_PARTS.iter().any(|m| has(first, m)) {
        return true;
    }
    // The longest tail all members share; each must keep a modifier before it.
    let tail = first
        .char_indices()
        .map(|(at, _)| first.get(at..).unwrap_or_default())
        .find(|t| parts.iter().all(|p| ends(p, t)))
        .unwrap_or_default();
    let one_head = !tail.is_empty()
        && parts
            .iter()
            .all(|p| strip_end(p, tail).is_some_and(|m| (1..=3).contains(&m.chars().count())));
    one_head && parts.iter().any(|p| names_a_part(p))
}

/// Indicators recognised by the head of a longer phrase: their names are
/// not the tail of any sub-aggregate's.
const HEAD_NAMED: &[&str] = &["tax_fee_cuts", "special_bonds"];

/// Endings of a metric that make a ratio a change (`8%的国内生产总值增长目标`).
const GROWTH_WORDS: &[&str] = &["增长", "增速", "增长目标", "增长率"];

/// Clause words that make a figure a comparison with another place or
/// period (`高于全国0.2个百分点`), never the indicator's own value.
const COMPARE_VERBS: &[&str] = &["高于", "低于", "快于", "慢于", "超出", "超过全国", "领先"];

/// Openings of a phrase that compares rather than names (`高于全国`).
const COMPARISONS: &[&str] = &[
    "高于", "低于", "快于", "慢于", "超出", "居", "比", "较", "占", "位居",
];

/// Does a metric phrase compare rather than name (`高于全国`, `居全国第3`, but
/// not `居民…`)?
fn is_comparison(m: &str) -> bool {
    COMPARISONS.iter().any(|c| starts(m, c)) && !starts(m, "居民")
}

/// Heads that a list item may leave to the item before (`粮食播种面积…、产量…`).
const BARE_HEADS: &[&str] = &[
    "产量",
    "产值",
    "增加值",
    "收入",
    "总额",
    "面积",
    "人数",
    "总产",
];

/// Modifiers that, standing alone, modify the name before
/// (`全市生产总值3000亿元，人均突破5000美元` → `人均生产总值`).
const BARE_MODIFIERS: &[&str] = &["人均"];

/// Bare names that, right after a figure of something else, belong to that
/// thing (`猕猴桃综合产值增长8.5%、出口增长53.6%`).
const BARE_NAMES: &[&str] = &[
    "出口",
    "进口",
    "投资",
    "外贸",
    "进出口",
    "收入",
    "出口额",
    "进口额",
    "投资额",
    "进出口额",
];

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
        let ends: Vec<usize> = phrase
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .take(12)
            .collect();
        ends.iter().rev().filter(|&&e| e >= 6).find_map(|&e| {
            let head = phrase.get(..e)?;
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

fn is_ideograph(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Fills `metric` and `metric_id`, resolving implicit subjects and lists.
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
        // A run of list items sharing one clause: 16.2%、17.6%.
        let mut j = i + 1;
        while j < found.len()
            && found[j].sentence == found[i].sentence
            && clauses[j].list_continuation
            && clauses[j].subject.is_empty()
        {
            j += 1;
        }
        let info = &clauses[i];
        let kind = notes[i].kind;
        let same_sentence_prev = i > 0 && found[i - 1].sentence == found[i].sentence;
        // The metric before, passing over comparisons (`高于全国0.2个百分点`).
        let prev_metric = same_sentence_prev
            .then(|| {
                (0..i)
                    .rev()
                    .take_while(|&k| found[k].sentence == found[i].sentence)
                    .filter_map(|k| notes[k].metric.clone())
                    .find(|m| !is_comparison(m))
            })
            .flatten();
        let own_subject = quoted_modifier(text, info)
            .map(|q| without_comparison(&format!("{q}{}", info.subject)).to_string())
            .unwrap_or_else(|| info.subject.to_string());
        let subject = if GENERIC_SUBJECTS.contains(&own_subject.as_str()) {
            // The total of the metric before, or of a short lead sentence
            // (`经营主体持续壮大。总量接近800万户`).
            prev_metric
                .clone()
                .or_else(|| {
                    lead_before(text, doc, &found[i]).and_then(|l| namer.leading_name(l, None))
                })
                .map(|p| {
                    let p = strip_additions(&p);
                    let p = strip_end(p, "增长").unwrap_or(p);
                    format!("{p}{own_subject}")
                })
        } else if own_subject.is_empty() {
            None
        } else if let Some(with_prev) = BARE_MODIFIERS
            .contains(&own_subject.as_str())
            .then(|| {
                // `生产总值…3000亿元，人均突破5000美元`: the modifier of the name before.
                let p = prev_metric.as_deref()?;
                let p = namer.without_region(p);
                let m = format!("{own_subject}{p}");
                namer.lookup(&m, kind).map(|_| m)
            })
            .flatten()
        {
            Some(with_prev)
        } else if BARE_HEADS.contains(&own_subject.as_str()) {
            // `粮食播种面积3320万亩、产量1285万吨`: the head takes the owner before.
            Some(
                prev_metric
                    .as_deref()
                    .and_then(|p| with_owner(&namer, p, &own_subject, kind))
                    .unwrap_or(own_subject),
            )
        } else {
            Some(own_subject)
        };
        // A clause with no subject: a clause between it and the figure before
        // that names an indicator, else the topic of a summary paragraph.
        let implied = if subject.is_none() && info.object.is_empty() {
            let from = if same_sentence_prev {
                found[i - 1].mention.range.end
            } else {
                found[i].sentence.start
            };
            let between = text.get(from..info.clause_mark).unwrap_or("");
            clause_subject(&namer, between, kind).or_else(|| {
                (!same_sentence_prev)
                    .then(|| topic_of(doc, found[i].paragraph))
                    .flatten()
                    .and_then(|t| namer.leading_name(t, kind))
            })
        } else {
            None
        };
        let object = if found[i].mention.dimension == Dimension::Ratio {
            // A ratio takes the phrase after it (`8%的国内生产总值增长目标`)
            // only when that names an indicator and its subject does not.
            let subject_id = subject.as_deref().and_then(|s| namer.lookup(s, kind));
            let object_kind = if GROWTH_WORDS.iter().any(|w| ends(info.object, w)) {
                Some(Kind::Growth)
            } else {
                kind
            };
            (subject_id.is_none() && namer.lookup(info.object, object_kind).is_some())
                .then(|| info.object.to_string())
        } else {
            // A list of figures of one kind shares the object named after its
            // last item: `完成1.8万户、189万平方米棚改任务`.
            let same_kind = (i..j).all(|k| found[k].mention.dimension != Dimension::Ratio);
            let last = clauses[j - 1].object;
            if !info.object.is_empty() {
                Some(info.object.to_string())
            } else if same_kind && !last.is_empty() {
                Some(last.to_string())
            } else {
                None
            }
        };
        let inherits = object.is_none() && subject.is_none() && implied.is_none();
        let base = match (object, subject, implied) {
            (Some(o), _, _) => Some(o),
            (None, Some(s), _) => Some(s),
            (None, None, Some(s)) => Some(s),
            (None, None, None) => prev_metric.clone(),
        };
        // A bare name right after a figure of something else belongs to it.
        let belongs_to_prev = same_sentence_prev
            && notes[i - 1].metric_id.is_none()
            && notes[i - 1].metric.is_some()
            && BARE_NAMES.contains(&info.subject)
            && text
                .get(
                    found[i - 1].mention.range.end
                        ..info.clause_mark.max(found[i - 1].mention.range.end),
                )
                .is_some_and(|between| !between.contains('，') && !between.contains('；'));
        let n = j - i;
        let mut parts = base
            .as_deref()
            .map(|b| split_list(b, n, info.respectively))
            .unwrap_or_default();
        // A second list with no subject of its own follows the first one item by
        // item: 收入分别达6.9万元、3.4万元，增长4.2%、5.3%.
        if let Some((end, metrics)) = &last_list {
            // Only right after it: a list of other figures may stand between.
            let same_sentence = *end == i && found[i - 1].sentence == found[i].sentence;
            if n > 1
                && same_sentence
                && info.subject.is_empty()
                && info.object.is_empty()
                && metrics.len() == n
            {
                if let Some(ms) = metrics.iter().cloned().collect::<Option<Vec<String>>>() {
                    parts = ms;
                }
            }
        }
        // A list with no subject of its own, after as many figures of the
        // sentence with names of their own, follows them in order when it
        // says 分别 or states the same sort of figure (`城镇居民收入10867元，
        // 农民纯收入3915元，分别增长25.8%和17.4%`; `…，调整后为23.2亿元和14.5亿元`).
        let before = i.checked_sub(n).and_then(|from| found.get(from..i));
        if n > 1
            && (parts.len() != n || parts.windows(2).all(|p| p[0] == p[1]))
            && info.subject.is_empty()
            && info.object.is_empty()
            && before.is_some_and(|b| {
                b.iter().all(|f| f.sentence == found[i].sentence)
                    && (info.respectively
                        || b.iter()
                            .chain(&found[i..j])
                            .all(|f| f.mention.dimension == found[i].mention.dimension)
                        // Their rates of change: `A 15781元，B 4761元，实际增长8.4%和8%`.
                        || (notes
                            .get(i..j)
                            .is_some_and(|l| l.iter().all(|a| a.kind == Some(Kind::Growth)))
                            && notes
                                .get(i - n..i)
                                .is_some_and(|l| l.iter().all(|a| a.kind == Some(Kind::Amount)))))
            })
        {
            let before: Option<Vec<String>> =
                notes[i - n..i].iter().map(|a| a.metric.clone()).collect();
            if let Some(ms) = before.filter(|ms| {
                ms.iter()
                    .enumerate()
                    .all(|(a, m)| !is_comparison(m) && !ms[..a].contains(m))
            }) {
                parts = ms;
            }
        }
        // One figure shared by a list of subjects (`A、B、C增长5%以上`): each
        // has it; the first indicator of the list names it.
        // Only a rate is shared; one amount for a list is their sum.
        let shared = (n == 1 && found[i].mention.dimension == Dimension::Ratio)
            .then(|| base.as_deref().map(members))
            .flatten()
            .filter(|m| m.0.len() > 1);
        let all_parts = n > 1 && parts.len() == n && list_of_parts(&parts);
        for k in i..j {
            let mut metric = if parts.len() == n && n > 1 {
                Some(parts[k - i].clone())
            } else {
                base.clone()
            };
            // A ratio named as a growth (`8%的国内生产总值增长目标`) is a change.
            if notes[k].kind == Some(Kind::Rate)
                && metric
                    .as_deref()
                    .is_some_and(|m| GROWTH_WORDS.iter().any(|w| ends(m, w)))
            {
                notes[k].kind = Some(Kind::Growth);
                notes[k].direction = Some(Direction::Up);
            }
            let kind = notes[k].kind;
            let wide = wide_clause(text, &clauses[k]);
            let from = if k > 0 && found[k - 1].sentence == found[k].sentence {
                found[k - 1].mention.range.end
            } else {
                found[k].sentence.start
            };
            let before = text.get(from..found[k].mention.range.start).unwrap_or("");
            let figure = Figure {
                wide: &wide,
                before,
                dimension: found[k].mention.dimension,
                unit: &found[k].mention.unit,
                inherits,
                after_a_share: k > 0 && parts_of[k - 1],
            };
            let other = not_own_value(&figure);
            let driven = other == Some(NotOwn::Driven);
            parts_of[k] = driven;
            let measurable = !all_parts && !belongs_to_prev && other.is_none();
            // A bare name listed after a part (`农产品网络零售额、出口额`) shares its owner.
            let after_part = k > i
                && parts.len() == n
                && notes[i].metric_id.is_none()
                && BARE_NAMES.contains(&parts[k - i].as_str());
            let mut id = metric
                .as_deref()
                .filter(|_| measurable && !after_part)
                .and_then(|m| namer.lookup(m, kind));
            let mut also = Vec::new();
            if let Some(ms) = shared.as_ref().filter(|_| measurable) {
                // A member that is a name by itself keeps it (`游客人数、旅游收入`).
                let ids: Vec<(&String, &'static str)> =
                    ms.0.iter()
                        .filter_map(|(raw, headed)| {
                            // …unless the list shares a tail it lacks (`…企业、…企业贷款`).
                            let by_itself = (!ms.1)
                                .then(|| namer.lookup(raw, kind).map(|id| (raw, id)))
                                .flatten();
                            by_itself.or_else(|| namer.lookup(headed, kind).map(|id| (headed, id)))
                        })
                        .collect();
                if let Some(&(m, first)) = ids.first() {
                    if id.is_none() {
                        id = Some(first);
                        metric = Some(m.clone());
                    }
                    also = ids
                        .iter()
                        .filter(|&&(_, x)| Some(x) != id)
                        .map(|&(m, x)| (x, m.clone()))
                        .collect();
                }
            }
            // In the targets passage a bare `投资` is fixed-asset investment.
            if id.is_none()
                && notes[k].in_target_list
                && metric
                    .as_deref()
                    .is_some_and(|m| ends(m, "投资") && m.chars().count() <= 4)
                && metric.as_deref().is_some_and(|m| !names_a_part(m))
            {
                id = metric.as_deref().and_then(|m| {
                    namer.lookup(&format!("固定资产{}", m.trim_start_matches("全社会")), kind)
                });
            }
            // `经济增长5%` reads better as that than as `经济`.
            let metric = match metric {
                Some(m) if m == "经济" && notes[k].kind == Some(Kind::Growth) => {
                    Some("经济增长".to_string())
                }
                other => other,
            };
            let after = text
                .get(found[k].mention.range.end..found[k].sentence.end)
                .unwrap_or("");
            let id = id.filter(|_| {
                !metric
                    .as_deref()
                    .is_some_and(|m| total_before_its_part(m, after))
            });
            notes[k].metric = metric.filter(|m| !m.is_empty());
            notes[k].metric_id = id;
            notes[k].compared_with = compared_year(clauses[k].clause);
            notes[k].also = also;
        }
        if n > 1 {
            last_list = notes
                .get(i..j)
                .map(|l| (j, l.iter().map(|a| a.metric.clone()).collect()));
        }
        i = j;
    }
}

/// Names that, when the rest of their sentence goes on to a part after
/// `其中` (`财政收入100亿元，增长16%，其中地方财政收入50亿元`), are the total
/// with central taxes, not the indicator the bare name otherwise is; with
/// the words of the part.
const TOTAL_BEFORE_PART: &[(&str, &[&str])] = &[(
    "财政收入",
    &["地方", "一般预算", "一般公共预算", "公共财政预算"],
)];

/// Is `metric` a name of [`TOTAL_BEFORE_PART`] (bare: without the words of
/// its part) that the rest of its sentence, `after`, splits into a part?
fn total_before_its_part(metric: &str, after: &str) -> bool {
    TOTAL_BEFORE_PART.iter().any(|(name, part)| {
        ends(metric, name)
            && !part.iter().any(|w| has(metric, w))
            && crate::words::find(after, "其中")
                .and_then(|at| after.get(at..))
                .is_some_and(|rest| part.iter().any(|w| has(rest, w)))
    })
}

/// Why a figure is not the value of the indicator its phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NotOwn {
    /// A time span measures time, never an indicator.
    Duration,
    /// What a cause drives (`…带动进出口415.4亿元`) is its share of the whole.
    Driven,
    /// A comparison with another place or period (`高于全国0.2个百分点`).
    Comparison,
    /// A share of the indicator it inherits (`占全国份额从14%提升到15.5%`).
    Share,
    /// A figure net of a part (`扣除…因素后，…增长5%`).
    NetOf,
}

/// What [`not_own_value`] reads of a figure.
struct Figure<'a> {
    /// Its clause, with any quoted term inside it ([`wide_clause`]).
    wide: &'a str,
    /// The text from the figure before in its sentence (or the sentence start).
    before: &'a str,
    dimension: Dimension,
    unit: &'a str,
    /// It has no phrase of its own and takes the metric before.
    inherits: bool,
    /// The figure before it was read as a driven share.
    after_a_share: bool,
}

/// Words of a cause that drives a share (`带动`, `拉动`).
const DRIVE_CUES: &[&str] = &["带动", "拉动"];

/// Words that make an inherited ratio a share.
const SHARE_CUES: &[&str] = &["占", "份额", "比重", "计划的"];

/// Words that make a figure net of a part.
const NET_CUES: &[&str] = &["扣除"];

/// Is a figure something other than its indicator's own value, and why?
/// One step, one table of cues per reason.
fn not_own_value(f: &Figure) -> Option<NotOwn> {
    let any = |text: &str, cues: &[&str]| cues.iter().any(|w| has(text, w));
    // An amount a cause drives is its share; a rate it drives is the
    // whole's (`带动一般公共预算收入增长6.6%`), unless it follows a share.
    if (any(f.wide, DRIVE_CUES) && f.dimension != Dimension::Ratio)
        || (f.inherits && f.after_a_share)
    {
        return Some(NotOwn::Driven);
    }
    if f.dimension == Dimension::Duration {
        return Some(NotOwn::Duration);
    }
    if any(f.wide, COMPARE_VERBS) || (f.unit.contains("百分点") && has(f.wide, "全国")) {
        return Some(NotOwn::Comparison);
    }
    if f.inherits && f.dimension == Dimension::Ratio && any(f.wide, SHARE_CUES) {
        return Some(NotOwn::Share);
    }
    any(f.before, NET_CUES).then_some(NotOwn::NetOf)
}

/// The year a clause compares with (`比2002年增长`, `较2010年`), if it names one.
fn compared_year(clause: &str) -> Option<i32> {
    let at = crate::words::find(clause, "比").or_else(|| crate::words::find(clause, "较"))?;
    let rest = clause.get(at + "比".len()..)?;
    let mut digits = rest.get(..4)?.bytes();
    let year = digits.try_fold(0i32, |y, b| {
        b.is_ascii_digit().then(|| y * 10 + i32::from(b - b'0'))
    })?;
    starts(rest.get(4..)?, "年").then_some(year)
}

/// The quoted term right before a clause (`“新三样”出口`, `实际使用外资比“十三五”时期`):
/// the clause mark was its closing quote, so the term and the words before it
/// back to the real clause mark belong to the subject.
fn quoted_modifier<'a>(text: &'a str, info: &ClauseInfo) -> Option<&'a str> {
    let before = text.get(..info.clause_mark)?;
    let inner = before.strip_suffix('”')?;
    let open = inner.rfind('“')?;
    let term = inner.get(open + '“'.len_utf8()..)?;
    // A quoted plan period (`“十四五”时期`) names a time, not a modifier.
    if term.chars().count() > 10 || term.is_empty() || term.ends_with('五') {
        return None;
    }
    let head = before.get(..open)?;
    let from = head
        .char_indices()
        .rev()
        .take(24)
        .find(|(_, c)| matches!(c, '，' | '；' | '：' | '。' | ',' | ';' | ':' | '、' | '”'))
        .map_or(open, |(i, c)| i + c.len_utf8());
    before.get(from..)
}

/// A subject that compares with another period or place is the part before
/// the comparison (`实际使用外资比“十三五”时期` → `实际使用外资`).
fn without_comparison(subject: &str) -> &str {
    for marker in ["比", "较"] {
        if let Some(at) = subject.find(marker) {
            let after = subject.get(at + marker.len()..).unwrap_or("");
            if ["“", "上年", "去年", "全国", "2", "同期"]
                .iter()
                .any(|w| starts(after, w))
            {
                return subject.get(..at).unwrap_or(subject);
            }
        }
    }
    subject
}

/// A bare head given the owner of the metric before (`粮食播种面积` + `产量` → `粮食产量`).
fn with_owner(namer: &Namer, prev: &str, head: &str, kind: Option<Kind>) -> Option<String> {
    let ends: Vec<usize> = prev.char_indices().skip(1).map(|(i, _)| i).collect();
    ends.iter().find_map(|&e| {
        let candidate = format!("{}{head}", prev.get(..e)?);
        namer.lookup(&candidate, kind).map(|_| candidate)
    })
}

/// The subject named by a clause with no figure of its own before a figure
/// (`全省进出口总值创历史新高，达到5379亿元` → `进出口总值`): the last clause
/// whose opening words are an indicator's name.
fn clause_subject(namer: &Namer, between: &str, kind: Option<Kind>) -> Option<String> {
    between
        .split(['，', '；', '：', ','])
        .rev()
        .filter(|c| !c.is_empty())
        .take(2)
        .find_map(|c| namer.leading_name(c, kind))
}

/// A clause with any quoted term inside it (`高于“十三五”时期`): the text from
/// the last clause mark that is not a quote.
fn wide_clause<'a>(text: &'a str, info: &ClauseInfo<'a>) -> std::borrow::Cow<'a, str> {
    let Some(before) = text.get(..info.clause_mark) else {
        return info.clause.into();
    };
    if !before.ends_with(['“', '”']) {
        return info.clause.into();
    }
    let from = before
        .char_indices()
        .rev()
        .take(32)
        .find(|(_, c)| matches!(c, '，' | '；' | '：' | '。' | ',' | ';' | ':'))
        .map_or(info.clause_mark, |(i, c)| i + c.len_utf8());
    format!("{}{}", before.get(from..).unwrap_or(""), info.clause).into()
}

/// The sentence before a quantity's own in its paragraph, when it is a short
/// lead (`经营主体持续壮大。`).
fn lead_before<'a>(text: &'a str, doc: &Document, f: &Found) -> Option<&'a str> {
    let p = doc.paragraphs.get(f.paragraph)?;
    let at = p.sentences.iter().position(|s| *s == f.sentence)?;
    let prev = p.sentences.get(at.checked_sub(1)?)?;
    let s = text.get(prev.clone())?;
    (s.chars().count() <= 16).then_some(s)
}

/// The topic lead of a paragraph (`——经济发展贡献新担当。`), if it has one.
fn topic_of(doc: &Document, paragraph: usize) -> Option<&str> {
    let h = doc.paragraphs.get(paragraph)?.heading?;
    let heading = doc.headings.get(h)?;
    (heading.level == SectionLevel::Topic || heading.label == "——")
        .then_some(heading.title.as_str())
}

/// The members of a subject list, each with the head the list shares
/// (`高新技术、科技型中小企业数量` → `高新技术企业数量`, `科技型中小企业数量`;
/// `高新技术企业、科技型中小企业贷款` → `高新技术企业贷款`, `科技型中小企业贷款`).
fn members(subject: &str) -> (Vec<(String, String)>, bool) {
    let parts: Vec<&str> = subject.split(['、']).filter(|p| !p.is_empty()).collect();
    if parts.len() < 2 {
        return (Vec::new(), false);
    }
    let headed = match shared_tail(&parts) {
        Some(tail) => {
            let headed: Vec<String> = parts.iter().map(|p| with_tail(p, &tail)).collect();
            return (
                parts.iter().map(|p| p.to_string()).zip(headed).collect(),
                true,
            );
        }
        None => split_list(subject, parts.len(), false),
    };
    (
        parts.iter().map(|p| p.to_string()).zip(headed).collect(),
        false,
    )
}

/// What the last member of a list has after the words it shares with the
/// first (`高新技术企业`, `科技型中小企业贷款` → `贷款`).
fn shared_tail(parts: &[&str]) -> Option<String> {
    let (first, last) = (parts.first()?, parts.last()?);
    (1..=first.chars().count().min(4)).rev().find_map(|n| {
        let at = first.char_indices().rev().nth(n - 1)?.0;
        let end = first.get(at..)?;
        let pos = last.rfind(end)?;
        let tail = last.get(pos + end.len()..)?;
        (!tail.is_empty()).then(|| tail.to_string())
    })
}

fn with_tail(part: &str, tail: &str) -> String {
    if ends(part, tail) {
        part.to_string()
    } else {
        format!("{part}{tail}")
    }
}
/// `新增市场主体` → `市场主体`.
pub(super) fn strip_additions(s: &str) -> &str {
    strip_start(s, "新增")
        .or_else(|| strip_start(s, "净增"))
        .unwrap_or(s)
}

/// Splits a subject naming several things (`游客人次和旅游综合收入`,
/// `粮食、蔬菜、水产品产量`, `城乡居民人均可支配收入`) into `n` metrics.
pub(super) fn split_list(subject: &str, n: usize, respectively: bool) -> Vec<String> {
    if n < 2 {
        return vec![subject.to_string()];
    }
    let parts: Vec<&str> = subject
        .split(['、', '和', '及'])
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() == n {
        // A tail the last item shares with the first (`…企业、…企业贷款`) goes to all.
        if let Some(tail) = shared_tail(&parts) {
            return parts.iter().map(|p| with_tail(p, &tail)).collect();
        }
        let last = parts[n - 1];
        // Urban and rural pairs share what follows the last one's modifier:
        // 城镇和农村居民人均可支配收入 → 城镇居民…, 农村居民….
        const PAIRED: &[&str] = &["城镇", "城市", "农村", "城镇常住", "农村常住"];
        if n == 2 && PAIRED.contains(&parts[0]) {
            if let Some(rest) = PAIRED.iter().find_map(|m| strip_start(last, m)) {
                return vec![format!("{}{rest}", parts[0]), last.to_string()];
            }
        }
        // A shared head on the last part goes to all: 粮食、蔬菜、水产品产量.
        let heads = [
            "企业数量",
            "数量",
            "产量",
            "收入",
            "增加值",
            "投资",
            "面积",
            "人数",
            "总额",
            "增速",
            "排放量",
            "比重",
            "投资额",
        ];
        let short = parts[..n - 1].iter().all(|p| p.chars().count() <= 4);
        let head = heads
            .iter()
            .find(|h| short && ends(last, h) && !ends(parts[0], h));
        return parts
            .iter()
            .map(|p| match head {
                Some(h) if !ends(p, h) => format!("{p}{h}"),
                _ => p.to_string(),
            })
            .collect();
    }
    if n == 2 {
        if let Some(rest) = strip_start(subject, "城乡") {
            return vec![format!("城镇{rest}"), format!("农村{rest}")];
        }
        // `实际使用内外资` → `实际使用内资`, `实际使用外资`.
        if has(subject, "内外") {
            return vec![
                subject.replacen("内外", "内", 1),
                subject.replacen("内外", "外", 1),
            ];
        }
    }
    let _ = respectively;
    vec![subject.to_string(); n]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_total_is_known_by_the_part_after_it() {
        // (metric, rest of the sentence, is the total)
        let cases: &[(&str, &str, bool)] = &[
            ("财政收入", "，增长16%，其中地方财政收入50亿元", true),
            (
                "财政收入",
                "，增长10.1%，其中地方一般预算收入8.08亿元",
                true,
            ),
            ("全市财政收入", "，其中，地方一般预算收入完成4.2亿元", true),
            ("财政收入", "，增长12%", false),
            ("财政收入", "，地方财政收入增长8%", false),
            ("地方财政收入", "，其中地方一般预算收入8亿元", false),
            ("一般公共预算收入", "，其中税收收入300亿元", false),
        ];
        for (metric, after, want) in cases {
            assert_eq!(
                total_before_its_part(metric, after),
                *want,
                "{metric}{after}"
            );
        }
    }

    #[test]
    fn a_clause_names_the_year_it_compares_with() {
        let cases: &[(&str, Option<i32>)] = &[
            ("比2002年增长", Some(2002)),
            ("分别比2000年增长了", Some(2000)),
            ("较2010年", Some(2010)),
            ("比上年增长", None),
            ("比20万", None),
        ];
        for (clause, want) in cases {
            assert_eq!(compared_year(clause), *want, "{clause}");
        }
    }

    #[test]
    fn a_figure_that_is_not_its_indicator_s_own_value() {
        use Dimension::{Count, Currency, Duration, Ratio};
        // (clause, text before, dimension, unit, inherits, after a share, reason)
        type Case = (
            &'static str,
            &'static str,
            Dimension,
            &'static str,
            bool,
            bool,
        );
        let cases: &[(Case, Option<NotOwn>)] = &[
            (
                ("带动进出口", "", Currency, "亿元", false, false),
                Some(NotOwn::Driven),
            ),
            (
                ("带动一般公共预算收入增长", "", Ratio, "%", false, false),
                None,
            ),
            (("增长", "", Ratio, "%", true, true), Some(NotOwn::Driven)),
            (
                ("高于全国", "", Ratio, "个百分点", true, false),
                Some(NotOwn::Comparison),
            ),
            (
                ("比全国高", "", Ratio, "个百分点", true, false),
                Some(NotOwn::Comparison),
            ),
            (
                ("占全国份额提升到", "", Ratio, "%", true, false),
                Some(NotOwn::Share),
            ),
            (("占全国份额提升到", "", Ratio, "%", false, false), None),
            (
                ("增长", "，扣除价格因素后，", Ratio, "%", true, false),
                Some(NotOwn::NetOf),
            ),
            (
                ("连续", "", Duration, "年", false, false),
                Some(NotOwn::Duration),
            ),
            (("达到", "", Count, "家", false, false), None),
        ];
        for ((wide, before, dimension, unit, inherits, after_a_share), want) in cases {
            let f = Figure {
                wide,
                before,
                dimension: *dimension,
                unit,
                inherits: *inherits,
                after_a_share: *after_a_share,
            };
            assert_eq!(not_own_value(&f), *want, "{wide} {before}");
        }
    }

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
