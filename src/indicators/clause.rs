//! The clause a quantity stands in: its subject phrase, the verb before the
//! number, the object after the unit, and the cue words that colour it.

use super::{window_end, window_start};
use crate::model::{Dimension, Direction};
use crate::quantities::Found;
use crate::words::{ends, has, offsets, starts, strip_end, strip_start, Table};

/// Words that mark a clause boundary.
pub(super) const CLAUSE_MARKS: &[char] =
    &['，', ',', '；', ';', '：', ':', '。', '！', '？', '“', '”'];

/// Change verbs, with their direction, longest first. `增加到` and the like are
/// levels, handled by [`LEVEL_VERBS`].
pub(super) const CHANGE_VERBS: &[(&str, Direction)] = &[
    ("同比增长", Direction::Up),
    ("年均增长", Direction::Up),
    ("增长", Direction::Up),
    ("递增", Direction::Up),
    ("增加", Direction::Up),
    ("提高", Direction::Up),
    ("提升", Direction::Up),
    ("上升", Direction::Up),
    ("上涨", Direction::Up),
    ("扩大", Direction::Up),
    ("增速", Direction::Up),
    ("增幅", Direction::Up),
    ("涨幅", Direction::Up),
    ("增", Direction::Up),
    ("下降", Direction::Down),
    ("降低", Direction::Down),
    ("减少", Direction::Down),
    ("回落", Direction::Down),
    ("缩小", Direction::Down),
    ("降幅", Direction::Down),
    ("压减", Direction::Down),
    ("下调", Direction::Down),
    ("降", Direction::Down),
];

/// Nouns that name a rate of change: `居民消费价格涨幅`, `增加值增速`.
pub(super) const CHANGE_NOUNS: &[(&str, Direction)] = &[
    ("增速", Direction::Up),
    ("增幅", Direction::Up),
    ("涨幅", Direction::Up),
    ("上涨幅度", Direction::Up),
    ("增长幅度", Direction::Up),
    ("增长率", Direction::Up),
    ("增长预期", Direction::Up),
    ("降幅", Direction::Down),
    ("下降幅度", Direction::Down),
];

/// Sentence openings that make all the sentence states an estimate
/// (`初步预计，地区生产总值增长8%左右`).
const ESTIMATE_OPENERS: &[&str] = &["预计", "初步预计"];

/// Verbs that state a level even after a change verb: 提高到, 增加至, 达到.
pub(super) const LEVEL_VERBS: &[&str] = &["到", "至", "为", "达到", "达"];

/// How a change is measured, and a note that it holds for the figures
/// after, said before or after the name (`地区生产总值按可比口径`,
/// `按可比价计算同比增12.3%`, `比上年（下同）增长7%`): stripped from both ends.
const MEASURE_NOTES: &[&str] = &[
    "按可比价格计算",
    "按可比价计算",
    "按可比口径计算",
    "按可比口径",
    "（下同）",
];

/// Parts of the year (`GDP一季度累计增长4.7%`): stripped from both ends of
/// a subject (the name is the indicator's; the period pass makes the figure
/// the part's), and the period pass's cues of a sub-period. Longer before
/// shorter (`前三季度` before `三季度`).
pub(super) const PARTS_OF_THE_YEAR: &[&str] = &[
    "前三季度",
    "前两季度",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "上半年",
    "下半年",
];

/// Verbs and cue words stripped from the end of a subject phrase (after
/// [`MEASURE_NOTES`] and [`PARTS_OF_THE_YEAR`]).
pub(super) const TRAILING_WORDS: &[&str] = &[
    // Preliminary figures (`生产总值初步核算为2375.5亿元`).
    "初步核算",
    "初步测算",
    "实现翻番、",
    "实现翻番",
    "翻番、",
    "翻一番",
    "实现倍增",
    "首次突破",
    "首次",
    "跨上",
    "跃上",
    "跨过",
    "迈过",
    "站上",
    "登上",
    "连跨",
    "预计",
    "从去年的",
    "由去年的",
    "从上年的",
    "由上年的",
    "由",
    "从",
    "平均为",
    "平均",
    "连续",
    "拟按",
    "按",
    "控制在",
    "继续保持",
    "保持",
    "继续",
    "稳定",
    "低于",
    "高于",
    "实现",
    "完成",
    "达到",
    "达",
    "突破",
    "超过",
    "超",
    "迈上",
    "接近",
    "近",
    "约",
    "为",
    "是",
    "总计",
    "合计",
    "累计",
    "共计",
    "共",
    "保持在",
    "稳定在",
    "控制在",
    "提高到",
    "提高至",
    "提升至",
    "提升到",
    "增加到",
    "增加至",
    "增至",
    "降至",
    "降到",
    "下降到",
    "力争",
    "争取",
    "确保",
    "分别",
    "比上年",
    "同比",
    "年均",
    "全年",
    "以上",
    "左右",
    "逾",
    "有",
    "达成",
    "完成了",
    "实现了",
    "在",
    "了",
    "均",
    "都",
    "已",
    "将",
    "要",
    "再",
    "又",
    "增长",
    "下降",
    "提高",
    "降低",
    "增加",
    "减少",
    "增速",
    "增幅",
    "涨幅",
    "上涨",
    "回落",
    "提升",
    "至",
    "到",
    "不低于",
    "不少于",
    "至少",
    "不超过",
    "以内",
    "达到了",
    "占",
    "由",
    "从",
    "新增",
    "净增",
    "破",
    "增",
    // How a change is measured, said before its verb (`实际增长`, `可比增长`).
    "实际",
    "名义",
    "可比",
    "同口径",
    "历史性",
    "始终",
    // A time after the name (`社会消费品零售总额今年要增长7%`).
    "今年",
    "明年",
    "当年",
];

/// Endings of a subject that a trailing word would cut into (`人均突破` keeps
/// `人均`, not `人`).
const KEPT_ENDINGS: &[&str] = &["人均"];

/// Words stripped from the start of a subject phrase.
pub(super) const LEADING_WORDS: &[&str] = &[
    // The rest of a note after `比上年（` is stripped (`比上年（下同）`).
    "下同）",
    // A city's targets for the whole city and its urban districts alike.
    "全市和市区",
    "全市及市区",
    "全市、市区",
    // A proposed target: 建议奋力实现地区生产总值增长6.5%左右.
    "建议",
    "奋力",
    "努力",
    "全力",
    "时期",
    "期间",
    "末",
    "（同口径",
    "同口径",
    "（可比口径",
    "可比口径",
    "（",
    "每年",
    "全年",
    "比去年",
    "比上年",
    "较去年",
    "较上年",
    "提出",
    "促进",
    "预期",
    "安排",
    "拟安排",
    "保持",
    "今年",
    "明年",
    "当年",
    "去年",
    "其中",
    "预计",
    "连续",
    "力争",
    "争取",
    "确保",
    "全社会",
    "实现",
    "完成",
    "办理",
    "吸引",
    "累计",
    "共",
    "推动",
    "带动",
    "拉动",
    "和",
    "及",
    "并",
    "同时",
    "此外",
    "另外",
    "主要",
    "是",
    "有",
];

/// What the clause before a quantity says: its phrases borrow the text.
#[derive(Debug, Clone, Default)]
pub(super) struct ClauseInfo<'a> {
    /// The quantity continues a list after the previous one (`16.2%、17.6%`).
    pub(super) list_continuation: bool,
    /// The subject phrase of the clause, verbs and cue words stripped.
    pub(super) subject: &'a str,
    /// The phrase after the unit that names what is counted (`82个新招引项目`).
    pub(super) object: &'a str,
    /// The clause's change verb right before the number, if any.
    pub(super) change: Option<Direction>,
    /// The clause states a level (`提高到`, `达到`).
    pub(super) level_verb: bool,
    /// The clause mentions 预计, or the sentence opens on it ([`ESTIMATE_OPENERS`]).
    pub(super) estimate: bool,
    /// The clause says 分别 (respectively).
    pub(super) respectively: bool,
    /// Where the previous quantity of the sentence ends, if there is one.
    pub(super) prev_end: Option<usize>,
    /// The clause quotes last year's figure (`赤字率从去年的2.1%`), not as a
    /// comparison base (`比去年`).
    pub(super) last_year: bool,
    /// The whole clause before the number (from the clause mark or the previous figure).
    pub(super) clause: &'a str,
    /// Where the clause mark before the number stands (byte offset in the text):
    /// the text before it is the previous clause.
    pub(super) clause_mark: usize,
}

impl<'a> ClauseInfo<'a> {
    pub(super) fn read(text: &'a str, f: &Found, prev: Option<&Found>) -> Self {
        let m = &f.mention;
        let number_start = m
            .qual_range
            .as_ref()
            .filter(|r| r.end <= m.range.start)
            .map_or(m.range.start, |r| r.start);
        let sentence_start = f.sentence.start;
        let list_continuation = prev.is_some_and(|p| {
            let between = text.get(p.mention.range.end..number_start).unwrap_or("");
            let between = strip_suffix_qualifiers(between);
            matches!(between, "、" | "和" | "及" | "、和")
        });
        // Context is read at most a few clauses back, so long sentences stay linear.
        let sentence_start = window_start(text, sentence_start, number_start);
        let before = text.get(sentence_start..number_start).unwrap_or("");
        let mut clause_from = before
            .char_indices()
            .rev()
            .find(|(_, c)| CLAUSE_MARKS.contains(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let clause_mark = clause_from;
        // A quantity earlier in the clause ends the previous item: 增长39%、占全国9成.
        if let Some(p) = prev {
            let prev_end = p
                .mention
                .qual_range
                .as_ref()
                .map_or(p.mention.range.end, |r| r.end.max(p.mention.range.end));
            let prev_end = prev_end.saturating_sub(sentence_start);
            if prev_end > clause_from && prev_end <= before.len() {
                clause_from = prev_end;
            }
        }
        let whole_clause = before.get(clause_from..).unwrap_or("");
        let clause = whole_clause.trim_start_matches(['、', '和', '及']);
        let (change, level_verb) = verb_before(clause);
        // 预计 in the clause, or opening the sentence: it estimates all the
        // sentence states.
        let opening = text
            .get(f.sentence.start..number_start)
            .unwrap_or_default()
            .trim_start();
        let estimate = has(whole_clause, "预计")
            || starts(before.trim_start_matches(['，', '、']), "预计")
            || ESTIMATE_OPENERS.iter().any(|w| starts(opening, w));
        let respectively = has(whole_clause, "分别");
        // `去年`/`上年` not as a comparison base (`比上年`): last year's figure.
        let last_year = ["去年", "上年"].iter().any(|w| {
            offsets(whole_clause, w).any(|at| {
                !whole_clause
                    .get(..at)
                    .unwrap_or_default()
                    .ends_with(['比', '较', '同', '于', '与'])
            })
        });
        let mut subject = subject_of(clause);
        // `迈上4个万亿元台阶、达14.2万亿元`: what follows the earlier figure is
        // its own tail, so the subject is the clause's, before that figure.
        if subject.ends_with('、') {
            if let Some(p) = prev {
                let to = p.mention.range.start.saturating_sub(sentence_start);
                if to > clause_mark {
                    subject = subject_of(before.get(clause_mark..to).unwrap_or(""));
                }
            }
        }
        let object = object_after(text, f);
        ClauseInfo {
            list_continuation,
            subject,
            object,
            change,
            level_verb,
            estimate,
            respectively,
            last_year,
            prev_end: prev.map(|p| p.mention.range.end),
            clause: whole_clause,
            clause_mark: sentence_start + clause_mark,
        }
    }
}

pub(super) fn strip_suffix_qualifiers(s: &str) -> &str {
    let mut s = s;
    for q in ["左右", "以上", "以内", "以下"] {
        s = strip_start(s, q).unwrap_or(s);
    }
    s
}

/// The change verb (and whether a level verb follows it) at the end of a clause.
pub(super) fn verb_before(clause: &str) -> (Option<Direction>, bool) {
    let mut rest = clause;
    // Strip qualifier cue words that stand between the verb and the number.
    for w in [
        "了",
        "约",
        "近",
        "超过",
        "超",
        "逾",
        "突破",
        "不低于",
        "不少于",
        "至少",
        "分别",
        "确保",
        "力争",
        "争取",
    ] {
        rest = strip_end(rest, w).unwrap_or(rest);
    }
    if ends(rest, "新增") || ends(rest, "净增") {
        return (None, false);
    }
    // A rate of change stays a change whatever verb states it: 增速达到9.7%.
    let verb = ["完成", "实现", "达到", "达", "为", "是", "保持在", "控制在"]
        .iter()
        .find_map(|v| strip_end(rest, v));
    if let Some(noun) = verb {
        for &(head, d) in CHANGE_NOUNS {
            if ends(noun, head) {
                return (Some(d), false);
            }
        }
    }
    let level = LEVEL_VERBS.iter().any(|v| ends(rest, v));
    if level {
        return (None, true);
    }
    let change = CHANGE_VERBS
        .iter()
        .find(|(v, _)| ends(rest, v))
        .map(|&(_, d)| d);
    (change, false)
}

/// [`MEASURE_NOTES`], [`PARTS_OF_THE_YEAR`] and [`TRAILING_WORDS`], indexed.
static TRAILING: Table = Table::suffixes(&[MEASURE_NOTES, PARTS_OF_THE_YEAR, TRAILING_WORDS]);

/// [`MEASURE_NOTES`], [`PARTS_OF_THE_YEAR`], [`LEADING_WORDS`] and the region words, indexed.
static LEADING: Table = Table::prefixes(&[
    MEASURE_NOTES,
    PARTS_OF_THE_YEAR,
    LEADING_WORDS,
    super::registry::REGION_PREFIXES,
]);

/// The subject phrase of a clause: verbs, cue words and time words stripped.
pub(super) fn subject_of(clause: &str) -> &str {
    let mut s = strip_list_label(clause.trim());
    loop {
        let before = s;
        if !KEPT_ENDINGS.iter().any(|w| ends(s, w)) {
            s = TRAILING.strip_first(s).unwrap_or(s);
        }
        s = LEADING.strip_first(s).unwrap_or(s);
        s = strip_year_prefix(s);
        s = strip_year_suffix(s);
        if s == before {
            break;
        }
    }
    // A ratio sign written for a colon ends the lead-in: `目标建议为∶生产总值`.
    if let Some(at) = s.rfind('∶') {
        let after = s.get(at + '∶'.len_utf8()..).unwrap_or_default();
        if after.chars().next().is_some_and(|c| !c.is_ascii_digit()) {
            s = after;
        }
    }
    // An embedded 预计 splits subject and verb: 地区生产总值预计迈上.
    if let Some(at) = crate::words::find(s, "预计") {
        s = s.get(..at).unwrap_or_default();
    }
    // A starting point is not part of the subject: 地区生产总值由2010年的,
    // 标准从每人每月, 生产总值增速从一季度.
    if let Some(at) = s.rfind(['由', '从']) {
        let from = s.get(at..).unwrap_or_default();
        if from.chars().count() <= 9
            && (from.contains('年') || from.contains('每') || from.contains("季度"))
        {
            s = s.get(..at).unwrap_or_default();
        }
    }
    if only_a_base(s) {
        return "";
    }
    s
}

/// Times a figure is compared with or a multiple of (`比年初`, `是上年的`).
const BASE_TIMES: &[&str] = &[
    "上年",
    "去年",
    "年初",
    "同期",
    "上年同期",
    "去年同期",
    "期末",
    "前五年",
    "五年前",
];

/// Words that open a base of comparison (`比2000年`, `分别比年初`).
const BASE_OPENINGS: &[&str] = &["分别比", "比", "较", "是"];

/// Is a subject only the base of a comparison or a multiple (`比2000年`,
/// `1997年的`, `上年的`, `的`)? It names nothing: the figure keeps the
/// subject of the figure before it.
fn only_a_base(s: &str) -> bool {
    let t = s.strip_suffix('的').unwrap_or(s);
    let t = BASE_OPENINGS
        .iter()
        .find_map(|w| strip_start(t, w))
        .unwrap_or(t);
    let year = t
        .strip_suffix('年')
        .is_some_and(|y| (y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())) || y.is_empty());
    (t.len() < s.len() || t.is_empty()) && (t.is_empty() || year || BASE_TIMES.contains(&t))
}

/// Strips a leading `2024年` / `2024年，`.
pub(super) fn strip_year_prefix(s: &str) -> &str {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 4 {
        if let Some(rest) = s.get(digits..).unwrap_or_default().strip_prefix('年') {
            return rest.trim_start_matches(['，', '、']);
        }
    }
    s
}

/// Words that end the object phrase after a count.
pub(super) const OBJECT_STOPS: &[&str] = &[
    "实现", "获", "入选", "完成", "达到", "建成", "开工", "进入", "上榜", "通过", "被", "在", "的",
    "台阶", "规模", "大关", "，", "。", "；", "、", "：", "（", "和", "及", "与", "等", "成为",
    "落地",
];

/// [`OBJECT_STOPS`] as a table: the stops a text may start with.
static STOPS: Table = Table::prefixes(&[OBJECT_STOPS]);

/// Strips a trailing `2015年的` (the year of a level: `增加到2015年的287.9亿元`).
fn strip_year_suffix(s: &str) -> &str {
    let Some(rest) = strip_end(s, "年的") else {
        return s;
    };
    let digits = rest.bytes().rev().take_while(u8::is_ascii_digit).count();
    if digits == 4 {
        rest.get(..rest.len() - 4).unwrap_or(s)
    } else {
        s
    }
}

/// Strips an inline list label (`（1）`, `(2)`, `3.`) from the start of a phrase.
fn strip_list_label(s: &str) -> &str {
    // A dash bullet run into the paragraph: `；——生产总值`, `；—生产总值`.
    let s = s.trim_start_matches(|c| crate::structure::text::is_dash(c) || c == '-');
    for (open, close) in [('（', '）'), ('(', ')')] {
        if let Some(rest) = s.strip_prefix(open) {
            if let Some(at) = rest.find(close) {
                let label = rest.get(..at).unwrap_or_default();
                if !label.is_empty()
                    && label.chars().count() <= 3
                    && label
                        .chars()
                        .all(|c| c.is_ascii_digit() || super::clause::is_cn_digit(c))
                {
                    return rest.get(at + close.len_utf8()..).unwrap_or_default();
                }
            }
        }
    }
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        if let Some(rest) = s
            .get(digits..)
            .unwrap_or_default()
            .strip_prefix(['.', '、', '．'])
        {
            return rest;
        }
    }
    s
}

/// A Chinese numeral digit (`一` … `十`).
pub(super) fn is_cn_digit(c: char) -> bool {
    "一二三四五六七八九十".contains(c)
}

/// Phrases after a figure that name no thing counted (`…45万人以上的目标`).
const GENERIC_OBJECTS: &[&str] = &["目标", "任务", "水平", "要求"];

/// The noun phrase right after a quantity's unit (`7支母子基金` → `母子基金`).
pub(super) fn object_after<'a>(text: &'a str, f: &Found) -> &'a str {
    let m = &f.mention;
    let end = m
        .qual_range
        .as_ref()
        .map_or(m.range.end, |r| r.end.max(m.range.end));
    let Some(rest) = text.get(end..window_end(text, end, f.sentence.end)) else {
        return "";
    };
    let rest = match rest.strip_prefix('的') {
        Some(r) => r,
        None if matches!(
            m.dimension,
            Dimension::Ratio | Dimension::Multiple | Dimension::Duration
        ) =>
        {
            return "";
        }
        None => rest,
    };
    // The phrase runs to the first stop word, 16 characters at most.
    let end = rest
        .char_indices()
        .take(16)
        .find(|&(at, _)| STOPS.next(rest.get(at..).unwrap_or_default(), 0).is_some())
        .map_or_else(
            || rest.char_indices().nth(16).map_or(rest.len(), |(at, _)| at),
            |(at, _)| at,
        );
    let phrase = rest.get(..end).unwrap_or_default();
    // Not a noun phrase: punctuation, another figure, or a verb (提高到217元).
    let verb_first = CHANGE_VERBS.iter().any(|(v, _)| starts(phrase, v))
        || ["过", "有", "是", "为", "占", "比", "达", "至", "到", "超"]
            .iter()
            .any(|v| starts(phrase, v));
    if phrase
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_punctuation())
        || phrase.chars().any(|c| c.is_ascii_digit())
        || verb_first
        || phrase.chars().count() < 2
        || GENERIC_OBJECTS.contains(&phrase)
    {
        return "";
    }
    phrase
}

#[cfg(test)]
mod base_tests {
    use super::*;

    #[test]
    fn a_base_of_comparison_is_no_subject() {
        let cases: &[(&str, &str)] = &[
            ("是1997年的", ""),
            ("上年的", ""),
            ("比2000年", ""),
            ("分别比年初", ""),
            ("的", ""),
            ("城镇居民人均可支配收入实际", "城镇居民人均可支配收入"),
            ("地方一般公共预算收入可比", "地方一般公共预算收入"),
            ("一般预算收入", "一般预算收入"),
            ("年末城镇登记失业率", "年末城镇登记失业率"),
            ("比重", "比重"),
            ("人均突破", "人均"),
            ("社会消费品零售总额今年要", "社会消费品零售总额"),
            ("人均生产总值历史性突破", "人均生产总值"),
            // How the change is measured, and notes that it holds on.
            ("按可比价计算同比", ""),
            ("地区生产总值按可比口径比上年", "地区生产总值"),
            ("比上年（下同）", ""),
            ("生产总值初步核算为", "生产总值"),
            // A part of the year after the name, or a path starting in one.
            ("GDP一季度累计", "GDP"),
            ("生产总值增速从一季度", "生产总值"),
        ];
        for (clause, want) in cases {
            assert_eq!(subject_of(clause), *want, "{clause}");
        }
    }
}
