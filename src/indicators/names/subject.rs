//! The phrase a run of figures names: its own subject (completed when it is
//! a generic head, a bare modifier or a bare head), the subject a clause
//! between or a topic implies, the object after a ratio or a list, and the
//! base the run takes of these.

use super::lists::strip_additions;
use super::{after_last_mark, NameStep, Phrase, Run};
use crate::indicators::clause::ClauseInfo;
use crate::indicators::Annotation;
use crate::model::{Dimension, Kind, SectionLevel};
use crate::quantities::Found;
use crate::structure::Document;
use crate::words::{ends, starts, strip_end};

/// Openings of a phrase that compares rather than names (`高于全国`,
/// `恢复至2019年的105.3%`).
const COMPARISONS: &[&str] = &[
    "高于", "低于", "快于", "慢于", "超出", "居", "比", "较", "占", "位居", "恢复",
];

/// Does a metric phrase compare rather than name (`高于全国`, `居全国第3`, but
/// not `居民…`)?
pub(super) fn is_comparison(m: &str) -> bool {
    COMPARISONS.iter().any(|c| starts(m, c)) && !starts(m, "居民")
}

/// The metric before figure `i` in its sentence, passing over comparisons
/// (`高于全国0.2个百分点`).
pub(super) fn metric_before(
    found: &[Found],
    notes: &[Annotation],
    i: usize,
    same_sentence_prev: bool,
) -> Option<String> {
    same_sentence_prev
        .then(|| {
            (0..i)
                .rev()
                .take_while(|&k| found[k].sentence == found[i].sentence)
                .filter_map(|k| notes[k].metric.clone())
                .find(|m| !is_comparison(m))
        })
        .flatten()
}

/// Step `subject`, `generic-head`, `bare-modifier`, `bare-head`: the run's
/// own subject (with a quoted term before it, `“新三样”出口`), completed from
/// the name before when it is a generic head, a bare modifier or a bare head.
pub(super) fn subject(r: &Run) -> Phrase {
    let info = r.info();
    let own = quoted_modifier(r.text, info)
        .map(|q| without_comparison(&format!("{q}{}", info.subject)).to_string())
        .unwrap_or_else(|| info.subject.to_string());
    if GENERIC_SUBJECTS.contains(&own.as_str()) {
        return generic_head(r, &own).map(|s| (s, NameStep::GenericHead));
    }
    if own.is_empty() {
        return None;
    }
    if let Some(m) = bare_modifier(r, &own) {
        return Some((m, NameStep::BareModifier));
    }
    if BARE_HEADS.contains(&own.as_str()) {
        return Some(match bare_head(r, &own) {
            Some(m) => (m, NameStep::BareHead),
            None => (own, NameStep::Subject),
        });
    }
    Some((own, NameStep::Subject))
}

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

/// Step `generic-head`: a generic head ([`GENERIC_SUBJECTS`]) is the total
/// of the metric before, or of a short lead sentence (`经营主体持续壮大。总量
/// 接近800万户` → `经营主体总量`).
fn generic_head(r: &Run, own: &str) -> Option<String> {
    r.prev_metric
        .clone()
        .or_else(|| {
            lead_before(r.text, r.doc, r.found()).and_then(|l| r.namer.leading_name(l, None))
        })
        .map(|p| {
            let p = strip_additions(&p);
            let p = strip_end(p, "增长").unwrap_or(p);
            format!("{p}{own}")
        })
}

/// Modifiers that, standing alone, modify the name before
/// (`全市生产总值3000亿元，人均突破5000美元` → `人均生产总值`).
const BARE_MODIFIERS: &[&str] = &["人均"];

/// Step `bare-modifier`: a modifier standing alone ([`BARE_MODIFIERS`])
/// before the name before, when that names an indicator
/// (`生产总值…3000亿元，人均突破5000美元`).
fn bare_modifier(r: &Run, own: &str) -> Option<String> {
    if !BARE_MODIFIERS.contains(&own) {
        return None;
    }
    let p = r.prev_metric.as_deref()?;
    let p = r.namer.without_region(p);
    let m = format!("{own}{p}");
    r.namer.lookup(&m, r.kind).map(|_| m)
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

/// Step `bare-head`: a head alone ([`BARE_HEADS`]) takes the owner of the
/// name before (`粮食播种面积3320万亩、产量1285万吨` → `粮食产量`): the
/// shortest start of that name that makes an indicator with it.
fn bare_head(r: &Run, head: &str) -> Option<String> {
    let prev = r.prev_metric.as_deref()?;
    prev.char_indices().skip(1).find_map(|(e, _)| {
        let candidate = format!("{}{head}", prev.get(..e)?);
        r.namer.lookup(&candidate, r.kind).map(|_| candidate)
    })
}

/// The marks that end the words before a quoted term: clause marks, `、` and a closing quote.
const QUOTE_MARKS: &[char] = &['，', '；', '：', '。', ',', ';', ':', '、', '”'];

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
    let from = after_last_mark(head, 24, QUOTE_MARKS).unwrap_or(open);
    before.get(from..)
}

/// Words after `比`/`较` that make a subject a comparison with another
/// period or place.
const COMPARED_WITH: &[&str] = &["“", "上年", "去年", "全国", "2", "同期"];

/// A subject that compares with another period or place is the part before
/// the comparison (`实际使用外资比“十三五”时期` → `实际使用外资`).
fn without_comparison(subject: &str) -> &str {
    for marker in ["比", "较"] {
        if let Some(at) = subject.find(marker) {
            let after = subject.get(at + marker.len()..).unwrap_or("");
            if COMPARED_WITH.iter().any(|w| starts(after, w)) {
                return subject.get(..at).unwrap_or(subject);
            }
        }
    }
    subject
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

/// Step `clause-between`, `topic`: a run with no subject and no object
/// takes the indicator named by a clause between it and the figure before
/// (`全省进出口总值创历史新高，达到5379亿元`), else, first in its sentence,
/// the topic of a summary paragraph (`——经济发展贡献新担当。…增长5%`).
pub(super) fn implied(r: &Run, has_subject: bool) -> Phrase {
    let info = r.info();
    if has_subject || !info.object.is_empty() {
        return None;
    }
    let from = if r.same_sentence_prev {
        r.found[r.i - 1].mention.range.end
    } else {
        r.found().sentence.start
    };
    let between = r.text.get(from..info.clause_mark).unwrap_or("");
    clause_subject(r, between)
        .map(|s| (s, NameStep::ClauseBetween))
        .or_else(|| {
            (!r.same_sentence_prev)
                .then(|| topic_of(r.doc, r.found().paragraph))
                .flatten()
                .and_then(|t| r.namer.leading_name(t, r.kind))
                .map(|s| (s, NameStep::Topic))
        })
}

/// The subject named by a clause with no figure of its own before a figure
/// (`全省进出口总值创历史新高，达到5379亿元` → `进出口总值`): the last clause
/// of the two before whose opening words are an indicator's name.
fn clause_subject(r: &Run, between: &str) -> Option<String> {
    between
        .split(['，', '；', '：', ','])
        .rev()
        .filter(|c| !c.is_empty())
        .take(2)
        .find_map(|c| r.namer.leading_name(c, r.kind))
}

/// The topic lead of a paragraph (`——经济发展贡献新担当。`), if it has one.
fn topic_of(doc: &Document, paragraph: usize) -> Option<&str> {
    let h = doc.paragraphs.get(paragraph)?.heading?;
    let heading = doc.headings.get(h)?;
    (heading.level == SectionLevel::Topic || heading.label == "——")
        .then_some(heading.title.as_str())
}

/// Endings of a metric that make a ratio a change (`8%的国内生产总值增长目标`).
pub(super) const GROWTH_WORDS: &[&str] = &["增长", "增速", "增长目标", "增长率"];

/// Step `ratio-object`, `object`, `list-object`: a ratio takes the phrase
/// after it (`8%的国内生产总值增长目标`) only when that names an indicator
/// and its subject does not; another figure takes its object
/// (`完成189万平方米棚改任务`), and a list of figures that are not ratios the
/// object after its last item (`完成1.8万户、189万平方米棚改任务`).
pub(super) fn object(r: &Run, subject: Option<&str>) -> Phrase {
    let info = r.info();
    if r.found().mention.dimension == Dimension::Ratio {
        let subject_id = subject.and_then(|s| r.namer.lookup(s, r.kind));
        let object_kind = if GROWTH_WORDS.iter().any(|w| ends(info.object, w)) {
            Some(Kind::Growth)
        } else {
            r.kind
        };
        return (subject_id.is_none() && r.namer.lookup(info.object, object_kind).is_some())
            .then(|| (info.object.to_string(), NameStep::RatioObject));
    }
    let same_kind = (r.i..r.j).all(|k| r.found[k].mention.dimension != Dimension::Ratio);
    let last = r.clauses[r.j - 1].object;
    if !info.object.is_empty() {
        Some((info.object.to_string(), NameStep::Object))
    } else if same_kind && !last.is_empty() {
        Some((last.to_string(), NameStep::ListObject))
    } else {
        None
    }
}

/// Step `inherit`: the base of a run is its object, else its subject, else
/// the implied subject, else the metric before in its sentence.
pub(super) fn base(object: Phrase, subject: Phrase, implied: Phrase, r: &Run) -> Phrase {
    object
        .or(subject)
        .or(implied)
        .or_else(|| r.prev_metric.clone().map(|m| (m, NameStep::Inherit)))
}
