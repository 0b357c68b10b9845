//! Lists: the run of figures that share a clause, a subject split among
//! them, a list that follows the list or the named figures before it, and
//! the members of a subject list that share one figure.

use super::subject::is_comparison;
use super::{names_a_part, Run, SCOPING_PARTS};
use crate::indicators::clause::ClauseInfo;
use crate::indicators::Annotation;
use crate::model::{Dimension, Kind};
use crate::quantities::Found;
use crate::words::{ends, has, strip_end, strip_start};

/// The run of list items from figure `i` that share its clause
/// (`16.2%、17.6%`): the items after it in its sentence that continue a list
/// and have no subject of their own. Gives the end of the run (exclusive).
pub(super) fn list_run(found: &[Found], clauses: &[ClauseInfo], i: usize) -> usize {
    let mut j = i + 1;
    while j < found.len()
        && found[j].sentence == found[i].sentence
        && clauses[j].list_continuation
        && clauses[j].subject.is_empty()
    {
        j += 1;
    }
    j
}

/// Step `second-list`: a second list with no subject of its own right after
/// the first follows it item by item (`收入分别达6.9万元、3.4万元，增长4.2%、
/// 5.3%`). `last`: where the last list ended and its metrics.
pub(super) fn second_list(
    r: &Run,
    last: Option<&(usize, Vec<Option<String>>)>,
) -> Option<Vec<String>> {
    let (end, metrics) = last?;
    let info = r.info();
    let n = r.len();
    // Only right after it: a list of other figures may stand between.
    let same_sentence = *end == r.i && r.found[r.i - 1].sentence == r.found().sentence;
    if n > 1
        && same_sentence
        && info.subject.is_empty()
        && info.object.is_empty()
        && metrics.len() == n
    {
        metrics.iter().cloned().collect::<Option<Vec<String>>>()
    } else {
        None
    }
}

/// Step `after-named`: a list with no subject of its own (or one that names
/// one thing for all its items), after as many figures of the sentence with
/// names of their own, follows them in order when it says 分别 or states the
/// same sort of figure (`城镇居民收入10867元，农民纯收入3915元，分别增长25.8%和
/// 17.4%`; `…，调整后为23.2亿元和14.5亿元`), or their rates of change (`A
/// 15781元，B 4761元，实际增长8.4%和8%`).
pub(super) fn after_named(r: &Run, notes: &[Annotation], parts: &[String]) -> Option<Vec<String>> {
    let (i, j, n) = (r.i, r.j, r.len());
    let info = r.info();
    let found = r.found;
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
        before.filter(|ms| {
            ms.iter()
                .enumerate()
                .all(|(a, m)| !is_comparison(m) && !ms[..a].contains(m))
        })
    } else {
        None
    }
}

/// Is a list of subjects made of parts (step `list-of-parts`): the first is
/// headed by a part of the region ([`SCOPING_PARTS`]), or all are one head
/// after a short modifier, one of which makes a part (`国家级、省级高新技术企业`)?
pub(super) fn list_of_parts(parts: &[String]) -> bool {
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

/// The members of a subject list sharing one figure, each as written and
/// with the tail the list shares, and whether the list shares a tail.
pub(super) type Members = (Vec<(String, String)>, bool);

/// Step `shared` (its list): one figure shared by a list of subjects (`A、B、
/// C增长5%以上`): each has it. Only a rate is shared; one amount for a list
/// is their sum.
pub(super) fn shared_members(r: &Run, base: Option<&str>) -> Option<Members> {
    (r.len() == 1 && r.found().mention.dimension == Dimension::Ratio)
        .then(|| base.map(members))
        .flatten()
        .filter(|m| m.0.len() > 1)
}

/// The members of a subject list, each with the head the list shares
/// (`高新技术、科技型中小企业数量` → `高新技术企业数量`, `科技型中小企业数量`;
/// `高新技术企业、科技型中小企业贷款` → `高新技术企业贷款`, `科技型中小企业贷款`).
fn members(subject: &str) -> Members {
    let parts: Vec<&str> = subject.split(['、']).filter(|p| !p.is_empty()).collect();
    if parts.len() < 2 {
        return (Vec::new(), false);
    }
    let (headed, shares_tail) = match shared_tail(&parts) {
        Some(tail) => (parts.iter().map(|p| with_tail(p, &tail)).collect(), true),
        None => (split_list(subject, parts.len(), false), false),
    };
    (
        parts.iter().map(|p| p.to_string()).zip(headed).collect(),
        shares_tail,
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

/// Modifiers of urban and rural pairs (`城镇和农村居民人均可支配收入`).
const PAIRED: &[&str] = &["城镇", "城市", "农村", "城镇常住", "农村常住"];

/// Heads the last item of a subject list gives to all (`粮食、蔬菜、水产品产量`).
const LIST_HEADS: &[&str] = &[
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

/// Step `list-split`: splits a subject naming several things
/// (`游客人次和旅游综合收入`, `粮食、蔬菜、水产品产量`, `城乡居民人均可支配收入`)
/// into `n` metrics.
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
        if n == 2 && PAIRED.contains(&parts[0]) {
            if let Some(rest) = PAIRED.iter().find_map(|m| strip_start(last, m)) {
                return vec![format!("{}{rest}", parts[0]), last.to_string()];
            }
        }
        // A shared head on the last part goes to all: 粮食、蔬菜、水产品产量.
        let short = parts[..n - 1].iter().all(|p| p.chars().count() <= 4);
        let head = LIST_HEADS
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
