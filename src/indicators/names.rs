//! Metric names: the phrase that names what a quantity measures, resolved
//! over implicit subjects and lists, and its canonical id.

use super::clause::ClauseInfo;
use super::{registry, Annotation};
use crate::model::{Dimension, Direction, Kind};
use crate::quantities::Found;

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

/// Fills `metric` and `metric_id`, resolving implicit subjects and lists.
pub(super) fn assign_metrics(found: &[Found], clauses: &[ClauseInfo], notes: &mut [Annotation]) {
    // The metrics of the last list read, per item, and its sentence.
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
        let prev_metric = (i > 0 && found[i - 1].sentence == found[i].sentence)
            .then(|| notes[i - 1].metric.clone())
            .flatten();
        let subject = if GENERIC_SUBJECTS.contains(&info.subject.as_str()) {
            prev_metric
                .as_deref()
                .map(|p| format!("{}{}", strip_additions(p), info.subject))
        } else if info.subject.is_empty() {
            None
        } else {
            Some(info.subject.clone())
        };
        let kind = notes[i].kind;
        let object = if found[i].mention.dimension == Dimension::Ratio {
            // A ratio takes the phrase after it (`8%的国内生产总值增长目标`)
            // only when that names an indicator and its subject does not.
            let subject_id = subject.as_deref().and_then(|s| registry::lookup(s, kind));
            (subject_id.is_none() && registry::lookup(&info.object, kind).is_some())
                .then(|| info.object.clone())
        } else {
            // A list of figures of one kind shares the object named after its
            // last item: `完成1.8万户、189万平方米棚改任务`.
            let same_kind = (i..j).all(|k| found[k].mention.dimension != Dimension::Ratio);
            let last = &clauses[j - 1].object;
            if !info.object.is_empty() {
                Some(info.object.clone())
            } else if same_kind && !last.is_empty() {
                Some(last.clone())
            } else {
                None
            }
        };
        let base = match (object, subject) {
            (Some(o), _) => Some(o),
            (None, Some(s)) => Some(s),
            (None, None) => prev_metric,
        };
        let n = j - i;
        let mut parts = base
            .as_deref()
            .map(|b| split_list(b, n, info.respectively))
            .unwrap_or_default();
        // A second list with no subject of its own follows the first one item by
        // item: 收入分别达6.9万元、3.4万元，增长4.2%、5.3%.
        if let Some((sentence, metrics)) = &last_list {
            let same_sentence = *sentence == found[i].sentence.start;
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
        for k in i..j {
            let metric = if parts.len() == n && n > 1 {
                Some(parts[k - i].clone())
            } else {
                base.clone()
            };
            // A ratio named as a growth (`8%的国内生产总值增长目标`) is a change.
            if notes[k].kind == Some(Kind::Rate)
                && metric.as_deref().is_some_and(|m| {
                    ["增长", "增速", "增长目标", "增长率"]
                        .iter()
                        .any(|w| m.ends_with(w))
                })
            {
                notes[k].kind = Some(Kind::Growth);
                notes[k].direction = Some(Direction::Up);
            }
            // A time span measures time, never an indicator.
            let id = metric
                .as_deref()
                .filter(|_| found[k].mention.dimension != Dimension::Duration)
                .and_then(|m| registry::lookup(m, notes[k].kind));
            // `经济增长5%` reads better as that than as `经济`.
            let metric = match metric {
                Some(m) if m == "经济" && notes[k].kind == Some(Kind::Growth) => {
                    Some("经济增长".to_string())
                }
                other => other,
            };
            notes[k].metric = metric.filter(|m| !m.is_empty());
            notes[k].metric_id = id;
        }
        if n > 1 {
            last_list = Some((
                found[i].sentence.start,
                notes[i..j].iter().map(|a| a.metric.clone()).collect(),
            ));
        }
        i = j;
    }
}

/// `新增市场主体` → `市场主体`.
pub(super) fn strip_additions(s: &str) -> &str {
    s.strip_prefix("新增")
        .or_else(|| s.strip_prefix("净增"))
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
        let last = parts[n - 1];
        // Urban and rural pairs share what follows the last one's modifier:
        // 城镇和农村居民人均可支配收入 → 城镇居民…, 农村居民….
        const PAIRED: &[&str] = &["城镇", "城市", "农村", "城镇常住", "农村常住"];
        if n == 2 && PAIRED.contains(&parts[0]) {
            if let Some(rest) = PAIRED.iter().find_map(|m| last.strip_prefix(m)) {
                return vec![format!("{}{rest}", parts[0]), last.to_string()];
            }
        }
        // A shared head on the last part goes to all: 粮食、蔬菜、水产品产量.
        let heads = [
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
            .find(|h| short && last.ends_with(*h) && !parts[0].ends_with(*h));
        return parts
            .iter()
            .map(|p| match head {
                Some(h) if !p.ends_with(h) => format!("{p}{h}"),
                _ => p.to_string(),
            })
            .collect();
    }
    if n == 2 && respectively {
        if let Some(rest) = subject.strip_prefix("城乡") {
            return vec![format!("城镇{rest}"), format!("农村{rest}")];
        }
    }
    vec![subject.to_string(); n]
}
