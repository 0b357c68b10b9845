//! The main-targets passage of the plan part (`主要预期目标是…`).

use crate::structure::text::byte_after_chars;
use crate::structure::Document;
use crate::words::{has, offsets};

/// Words that open the coming year's work (each ends on `目标`).
pub(super) const TARGET_CUES: &[&str] = &[
    "主要预期目标",
    "预期目标",
    "主要目标",
    "发展目标",
    "奋斗目标",
];

/// Words before a targets cue that make the targets a period's
/// (`今后五年…主要目标`, `“十五五”时期…主要目标`).
pub(super) const PERIOD_WORDS: &[&str] = &["五年", "时期", "期间", "规划", "纲要", "到20"];

/// The main-targets passage (主要预期目标是…): from the cue to the end of its
/// sentence, or over the next paragraphs while they end on `；，：` (one target
/// per line in some exports).
pub(super) fn target_passage(text: &str, doc: &Document) -> Option<std::ops::Range<usize>> {
    // The coming year's passage stands in the plan part; a five-year plan's
    // 主要目标 before it is not the year's targets.
    let plan = doc.plan_start.unwrap_or(0);
    let in_plan = doc
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(_, p)| p.range.start >= plan);
    let before_plan = doc
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(_, p)| p.range.start < plan);
    for (i, p) in in_plan.chain(before_plan) {
        let Some(para) = text.get(p.range.clone()) else {
            continue;
        };
        // Every cue ends on 目标: one search per paragraph, then the cue's head.
        let Some(at) = offsets(para, "目标").find_map(|m| {
            let head = para.get(..m)?;
            TARGET_CUES
                .iter()
                .any(|c| c.strip_suffix("目标").is_some_and(|h| head.ends_with(h)))
                .then_some(m + "目标".len())
        }) else {
            continue;
        };
        // A period's goals (`今后五年经济社会发展的主要目标是`) are not the year's.
        let lead = para.get(..at).unwrap_or_default();
        let clause = lead
            .rfind(['，', '。', '；', '！', ','])
            .and_then(|m| lead.get(m..))
            .unwrap_or(lead);
        if PERIOD_WORDS.iter().any(|w| has(clause, w)) {
            continue;
        }
        let rest = para.get(at..).unwrap_or_default();
        let head = rest.get(..byte_after_chars(rest, 5)).unwrap_or(rest);
        if !["是", "为", "：", ":"].iter().any(|w| has(head, w)) {
            continue;
        }
        let start = p.range.start + at;
        // The passage runs on over the next sentences that state figures,
        // and stops at an explanation (这里要说明…, 主要考虑…).
        let explains = ["说明", "考虑", "主要是", "这是", "体现", "因为", "需要"];
        let mut sentence_end = p.range.end;
        let mut started = false;
        for s in &p.sentences {
            if s.end <= start {
                continue;
            }
            let body = text.get(s.clone()).unwrap_or("");
            let states_figures = body.chars().any(|c| c.is_ascii_digit());
            if started && (!states_figures || explains.iter().any(|w| has(body, w))) {
                sentence_end = s.start;
                break;
            }
            started = true;
        }
        let mut end = sentence_end;
        if sentence_end == p.range.end {
            let mut k = i;
            while k < i + 16 {
                let last = doc
                    .paragraphs
                    .get(k)
                    .and_then(|q| text.get(q.range.clone()))
                    .and_then(|t| t.trim_end().chars().last());
                match (last, doc.paragraphs.get(k + 1)) {
                    (Some('；' | '，' | '：' | ';' | ',' | ':'), Some(next)) => {
                        end = next.range.end;
                        k += 1;
                    }
                    _ => break,
                }
            }
        }
        return Some(start..end);
    }
    None
}
