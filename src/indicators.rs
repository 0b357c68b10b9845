//! Stage 4 — indicators: what each quantity measures (metric and canonical
//! id), its kind and direction, its status and year; the plan year's targets
//! and the headline table.
//!
//! Everything here reads the clause a quantity stands in: the text from the
//! last clause mark (`，；：`) before it to the number, and the words after its
//! unit. A clause with no subject of its own continues the subject of the
//! quantity before it in the same sentence (`社会消费品零售总额预计实现567亿元，
//! 增长5.5%`: both are retail sales, both estimates).

use crate::model::{Dimension, Direction, HeadlineRow, Kind, Quantity, Status, Target};
use crate::quantities::Found;
use crate::structure::Document;

pub mod registry;

/// What stage 4 adds to a quantity.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Annotation {
    /// Level, change, ratio or multiple.
    pub kind: Option<Kind>,
    /// Up or down, for a change.
    pub direction: Option<Direction>,
    /// Actual, estimate, target or context.
    pub status: Option<Status>,
    /// The year the figure refers to.
    pub year: Option<i32>,
    /// The metric as written.
    pub metric: Option<String>,
    /// The canonical indicator id.
    pub metric_id: Option<&'static str>,
    /// The quantity stands in the report's main-targets passage (主要预期目标是…).
    pub in_target_list: bool,
}

/// Words that mark a clause boundary.
const CLAUSE_MARKS: &[char] = &['，', ',', '；', ';', '：', ':', '。', '！', '？', '“', '”'];

/// Change verbs, with their direction, longest first. `增加到` and the like are
/// levels, handled by [`LEVEL_VERBS`].
const CHANGE_VERBS: &[(&str, Direction)] = &[
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
const CHANGE_NOUNS: &[(&str, Direction)] = &[
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

/// Verbs that state a level even after a change verb: 提高到, 增加至, 达到.
const LEVEL_VERBS: &[&str] = &["到", "至", "为", "达到", "达"];

/// Verbs and cue words stripped from the end of a subject phrase.
const TRAILING_WORDS: &[&str] = &[
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
];

/// Words stripped from the start of a subject phrase.
const LEADING_WORDS: &[&str] = &[
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
    "全区",
    "全市",
    "全省",
    "全县",
    "全旗",
    "全州",
    "全盟",
    "全国",
    "我区",
    "我市",
    "我省",
    "我县",
    "本市",
    "本区",
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

/// Generic heads that name a total of the subject before: 总量达24.8万户.
const GENERIC_SUBJECTS: &[&str] = &[
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

/// Words that open the coming year's work.
const TARGET_CUES: &[&str] = &["主要预期目标", "预期目标", "主要目标"];

/// Sentence cues of other periods: five-year totals, averages, long-range visions.
const CONTEXT_CUES: &[&str] = &[
    "五年来",
    "过去五年",
    "过去5年",
    "这五年",
    "五年间",
    "五年累计",
    "年均增长",
    "年均增速",
    "年均增幅",
    "年均递增",
    "年均下降",
    "年均提高",
    "年均上涨",
    "年均缩减",
    "年均减少",
    "年均分别",
    "以来累计",
    "“十三五”时期",
    "“十四五”时期",
    "“十三五”期间",
    "“十四五”期间",
    "“十四五”以来",
    "十年来",
    "近五年",
    "近5年",
    "三年来",
    "二〇三五年",
    "2035年",
];

/// Annotates every quantity found, in the same order.
pub fn annotate(text: &str, doc: &Document, found: &[Found]) -> Vec<Annotation> {
    let years = Years::of(doc);
    let passage = target_passage(text, doc).unwrap_or(0..0);
    let mut out: Vec<Annotation> = Vec::with_capacity(found.len());
    let mut clauses: Vec<ClauseInfo> = Vec::with_capacity(found.len());
    let mut cue_cache: Option<(usize, bool)> = None;
    for (i, f) in found.iter().enumerate() {
        let prev = (i > 0 && found[i - 1].sentence == f.sentence)
            .then(|| (&found[i - 1], &out[i - 1], &clauses[i - 1]));
        let info = ClauseInfo::read(text, f, prev.map(|p| p.0));
        let mut note = Annotation::default();
        let (kind, direction) = kind_of(f, &info, prev.map(|p| (p.1, p.2)));
        note.kind = Some(kind);
        note.direction = direction;
        note.in_target_list = passage.contains(&f.mention.range.start);
        // Whether the sentence speaks of other periods, read once per sentence.
        let sentence_cue = match cue_cache {
            Some((start, cue)) if start == f.sentence.start => cue,
            _ => {
                let paragraph_start = doc
                    .paragraphs
                    .get(f.paragraph)
                    .map_or(f.sentence.start, |p| p.range.start);
                let cue = speaks_of_other_periods(text, &f.sentence)
                    || opens_a_multi_year_review(text, paragraph_start);
                cue_cache = Some((f.sentence.start, cue));
                cue
            }
        };
        let place = Place {
            in_target_list: note.in_target_list,
            sentence_cue,
        };
        let (status, year) =
            status_of(text, doc, f, &info, &years, place, prev.map(|p| (p.1, p.2)));
        note.status = Some(status);
        note.year = year;
        out.push(note);
        clauses.push(info);
    }
    assign_metrics(found, &clauses, &mut out);
    out
}

/// The reviewed and planned years of the report.
#[derive(Debug, Clone, Copy)]
struct Years {
    review: Option<i32>,
    plan: Option<i32>,
}

impl Years {
    fn of(doc: &Document) -> Self {
        let review = doc.meta.review_year.or(doc.meta.plan_year.map(|y| y - 1));
        let plan = doc.meta.plan_year.or(review.map(|y| y + 1));
        Years { review, plan }
    }
}

/// The main-targets passage (主要预期目标是…): from the cue to the end of its
/// sentence, or over the next paragraphs while they end on `；，：` (one target
/// per line in some exports).
fn target_passage(text: &str, doc: &Document) -> Option<std::ops::Range<usize>> {
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
        let Some(at) = TARGET_CUES
            .iter()
            .filter_map(|c| para.find(c).map(|a| a + c.len()))
            .min()
        else {
            continue;
        };
        let head: String = para[at..].chars().take(5).collect();
        if !["是", "为", "：", ":"].iter().any(|w| head.contains(w)) {
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
            if started && (!states_figures || explains.iter().any(|w| body.contains(w))) {
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

/// What the clause before a quantity says.
#[derive(Debug, Clone, Default)]
struct ClauseInfo {
    /// The quantity continues a list after the previous one (`16.2%、17.6%`).
    list_continuation: bool,
    /// The subject phrase of the clause, verbs and cue words stripped.
    subject: String,
    /// The phrase after the unit that names what is counted (`82个新招引项目`).
    object: String,
    /// The clause's change verb right before the number, if any.
    change: Option<Direction>,
    /// The clause states a level (`提高到`, `达到`).
    level_verb: bool,
    /// The clause mentions 预计.
    estimate: bool,
    /// The clause says 分别 (respectively).
    respectively: bool,
    /// Where the previous quantity of the sentence ends, if there is one.
    prev_end: Option<usize>,
    /// The clause quotes last year's figure (`赤字率从去年的2.1%`), not as a
    /// comparison base (`比去年`).
    last_year: bool,
}

impl ClauseInfo {
    fn read(text: &str, f: &Found, prev: Option<&Found>) -> Self {
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
        let estimate = whole_clause.contains("预计")
            || before.trim_start_matches(['，', '、']).starts_with("预计");
        let respectively = whole_clause.contains("分别");
        let last_year = ["去年", "上年"].iter().any(|w| whole_clause.contains(w))
            && !["比上年", "比去年", "较上年", "较去年", "同比"]
                .iter()
                .any(|w| whole_clause.contains(w));
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
        }
    }
}

fn strip_suffix_qualifiers(s: &str) -> &str {
    let mut s = s;
    for q in ["左右", "以上", "以内", "以下"] {
        s = s.strip_prefix(q).unwrap_or(s);
    }
    s
}

/// The change verb (and whether a level verb follows it) at the end of a clause.
fn verb_before(clause: &str) -> (Option<Direction>, bool) {
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
    ] {
        rest = rest.strip_suffix(w).unwrap_or(rest);
    }
    if rest.ends_with("新增") || rest.ends_with("净增") {
        return (None, false);
    }
    // A rate of change stays a change whatever verb states it: 增速达到9.7%.
    let verb = ["完成", "实现", "达到", "达", "为", "是", "保持在", "控制在"]
        .iter()
        .find_map(|v| rest.strip_suffix(v));
    if let Some(noun) = verb {
        for &(head, d) in CHANGE_NOUNS {
            if noun.ends_with(head) {
                return (Some(d), false);
            }
        }
    }
    let level = LEVEL_VERBS.iter().any(|v| rest.ends_with(v));
    if level {
        return (None, true);
    }
    let change = CHANGE_VERBS
        .iter()
        .find(|(v, _)| rest.ends_with(v))
        .map(|&(_, d)| d);
    (change, false)
}

/// The subject phrase of a clause: verbs, cue words and time words stripped.
fn subject_of(clause: &str) -> String {
    let mut s = clause.trim();
    loop {
        let before = s;
        for w in TRAILING_WORDS {
            if let Some(rest) = s.strip_suffix(w) {
                s = rest;
                break;
            }
        }
        for w in LEADING_WORDS {
            if let Some(rest) = s.strip_prefix(w) {
                s = rest;
                break;
            }
        }
        s = strip_year_prefix(s);
        if s == before {
            break;
        }
    }
    // An embedded 预计 splits subject and verb: 地区生产总值预计迈上.
    if let Some(at) = s.find("预计") {
        s = &s[..at];
    }
    // A starting point is not part of the subject: 地区生产总值由2010年的,
    // 标准从每人每月.
    if let Some(at) = s.rfind(['由', '从']) {
        let from = &s[at..];
        if from.chars().count() <= 9 && (from.contains('年') || from.contains('每')) {
            s = &s[..at];
        }
    }
    s.to_string()
}

/// How far around a quantity its context is read, in bytes.
pub(crate) const CONTEXT_BYTES: usize = 480;

/// The start of the context window before `at`: not before `floor`, at most
/// [`CONTEXT_BYTES`] back, on a character boundary.
pub(crate) fn window_start(text: &str, floor: usize, at: usize) -> usize {
    let mut start = at.saturating_sub(CONTEXT_BYTES).max(floor);
    while start < at && !text.is_char_boundary(start) {
        start += 1;
    }
    start
}

/// The end of the context window after `at`: not after `ceil`, at most
/// [`CONTEXT_BYTES`] on, on a character boundary.
pub(crate) fn window_end(text: &str, at: usize, ceil: usize) -> usize {
    let mut end = at.saturating_add(CONTEXT_BYTES).min(ceil).min(text.len());
    while end > at && !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// Strips a leading `2024年` / `2024年，`.
fn strip_year_prefix(s: &str) -> &str {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 4 {
        if let Some(rest) = s[digits..].strip_prefix('年') {
            return rest.trim_start_matches(['，', '、']);
        }
    }
    s
}

/// Words that end the object phrase after a count.
const OBJECT_STOPS: &[&str] = &[
    "实现", "获", "入选", "完成", "达到", "建成", "开工", "进入", "上榜", "通过", "被", "在", "的",
    "台阶", "规模", "大关", "，", "。", "；", "、", "：", "（", "和", "及", "与", "等", "成为",
    "落地",
];

/// The noun phrase right after a quantity's unit (`7支母子基金` → `母子基金`).
fn object_after(text: &str, f: &Found) -> String {
    let m = &f.mention;
    let end = m
        .qual_range
        .as_ref()
        .map_or(m.range.end, |r| r.end.max(m.range.end));
    let Some(rest) = text.get(end..window_end(text, end, f.sentence.end)) else {
        return String::new();
    };
    let rest = match rest.strip_prefix('的') {
        Some(r) => r,
        None if matches!(
            m.dimension,
            Dimension::Ratio | Dimension::Multiple | Dimension::Duration
        ) =>
        {
            return String::new();
        }
        None => rest,
    };
    // The phrase runs to the first stop word, 16 characters at most.
    let end = rest
        .char_indices()
        .take(16)
        .find(|&(at, _)| OBJECT_STOPS.iter().any(|stop| rest[at..].starts_with(stop)))
        .map_or_else(
            || rest.char_indices().nth(16).map_or(rest.len(), |(at, _)| at),
            |(at, _)| at,
        );
    let phrase = &rest[..end];
    // Not a noun phrase: punctuation, another figure, or a verb (提高到217元).
    let verb_first = CHANGE_VERBS.iter().any(|(v, _)| phrase.starts_with(v))
        || ["过", "有", "是", "为", "占", "比", "达", "至", "到", "超"]
            .iter()
            .any(|v| phrase.starts_with(v));
    if phrase
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_punctuation())
        || phrase.chars().any(|c| c.is_ascii_digit())
        || verb_first
    {
        return String::new();
    }
    phrase.to_string()
}

/// Kind and direction of a quantity.
fn kind_of(
    f: &Found,
    info: &ClauseInfo,
    prev: Option<(&Annotation, &ClauseInfo)>,
) -> (Kind, Option<Direction>) {
    let m = &f.mention;
    if m.dimension == Dimension::Multiple {
        return (Kind::Multiple, info.change);
    }
    // A list item shares the verb of the item before it.
    if info.list_continuation && info.subject.is_empty() {
        if let Some((p, _)) = prev {
            if let Some(k) = p.kind {
                if (k == Kind::Growth) == (m.dimension == Dimension::Ratio || info.change.is_some())
                    || k != Kind::Growth
                {
                    return (k, p.direction);
                }
            }
        }
    }
    // A subject that names a change: 居民消费价格涨幅控制在3%.
    for &(head, d) in CHANGE_NOUNS {
        if m.dimension == Dimension::Ratio && info.subject.ends_with(head) {
            return (Kind::Growth, Some(d));
        }
    }
    match (m.dimension, info.change) {
        (_, Some(d)) if !info.level_verb => (Kind::Growth, Some(d)),
        (Dimension::Ratio, _) => (Kind::Rate, None),
        _ => (Kind::Amount, None),
    }
}

/// Where a quantity stands, as status cues.
#[derive(Debug, Clone, Copy)]
struct Place {
    /// In the main-targets passage.
    in_target_list: bool,
    /// Its sentence speaks of other periods (五年来, 年均 …).
    sentence_cue: bool,
}

/// Does a paragraph open on a multi-year review (`五年来，…`, `过去五年，…`)?
/// Then every sentence of it speaks of the whole period.
fn opens_a_multi_year_review(text: &str, paragraph_start: usize) -> bool {
    let head = window_end(text, paragraph_start, text.len().min(paragraph_start + 24));
    let head = text.get(paragraph_start..head).unwrap_or("");
    [
        "五年来",
        "过去五年",
        "这五年",
        "过去5年",
        "十年来",
        "三年来",
    ]
    .iter()
    .any(|c| head.starts_with(c))
}

/// Does a sentence speak of other periods (five-year reviews, averages,
/// long-range visions)? Reads at most the first 8 KiB of it.
fn speaks_of_other_periods(text: &str, sentence: &std::ops::Range<usize>) -> bool {
    let end = window_end(
        text,
        sentence.start,
        sentence.end.min(sentence.start + 8192),
    );
    let s = text.get(sentence.start..end).unwrap_or("");
    CONTEXT_CUES
        .iter()
        .any(|c| !c.starts_with('“') && s.contains(c))
}

/// Status and year of a quantity.
fn status_of(
    text: &str,
    doc: &Document,
    f: &Found,
    info: &ClauseInfo,
    years: &Years,
    place: Place,
    prev: Option<(&Annotation, &ClauseInfo)>,
) -> (Status, Option<i32>) {
    let Place {
        in_target_list,
        sentence_cue,
    } = place;
    let from = window_start(text, f.sentence.start, f.mention.range.start);
    let before = text.get(from..f.mention.range.start).unwrap_or("");
    let in_plan = doc.plan_start.is_some_and(|p| {
        doc.paragraphs
            .get(f.paragraph)
            .is_some_and(|b| b.range.start >= p)
    });
    if f.mention.unit.ends_with('年') {
        return (Status::Context, None);
    }
    // An explicit year before the number decides the period; a year named before
    // an earlier figure of the sentence belongs to that one (从2020年的82.4岁提升至83.9岁).
    let since = info
        .prev_end
        .map_or(0, |e| e.saturating_sub(from).min(before.len()));
    if let Some(span) = named_year(before.get(since..).unwrap_or(before)) {
        match span {
            NamedYear::Span => return (Status::Context, None),
            NamedYear::One(y) if Some(y) == years.plan => return (Status::Target, Some(y)),
            NamedYear::One(y) if Some(y) == years.review => {
                let status = if info.estimate {
                    Status::Estimate
                } else {
                    Status::Actual
                };
                return (status, Some(y));
            }
            NamedYear::One(y) => return (Status::Context, Some(y)),
        }
    }
    // Last year's figure quoted in the plan part.
    if info.last_year {
        let status = if info.estimate {
            Status::Estimate
        } else {
            Status::Actual
        };
        return (status, years.review);
    }
    if CONTEXT_CUES.iter().any(|c| before.contains(c)) || (!in_plan && sentence_cue) {
        return (Status::Context, None);
    }
    if in_target_list || in_plan {
        return (Status::Target, years.plan);
    }
    if info.estimate {
        return (Status::Estimate, years.review);
    }
    // A clause with no subject of its own continues the previous quantity's.
    if info.subject.is_empty() {
        if let Some((p, _)) = prev {
            if p.status == Some(Status::Estimate) {
                return (Status::Estimate, p.year);
            }
        }
    }
    if doc.plan_start.is_none() && ["今年", "明年"].iter().any(|c| before.contains(c)) {
        return (Status::Target, years.plan);
    }
    (Status::Actual, years.review)
}

/// A year named in a sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
enum NamedYear {
    One(i32),
    /// A span of years (`2021—2025年`).
    Span,
}

/// The last year named before a quantity (`2024年`), skipping comparison bases
/// (`比2019年`) and dates.
fn named_year(before: &str) -> Option<NamedYear> {
    let chars: Vec<char> = before.chars().collect();
    let mut found = None;
    let mut i = 0;
    while i + 4 < chars.len() {
        let is_year = chars[i..i + 4].iter().all(|c| c.is_ascii_digit())
            && chars[i + 4] == '年'
            && (i == 0 || !chars[i - 1].is_ascii_digit());
        if !is_year {
            i += 1;
            continue;
        }
        let year: i32 = chars[i..i + 4]
            .iter()
            .collect::<String>()
            .parse()
            .unwrap_or(0);
        let prev = if i > 0 { chars[i - 1] } else { ' ' };
        let next = chars.get(i + 5).copied().unwrap_or(' ');
        let span = matches!(prev, '—' | '-' | '–' | '至' | '到') && i >= 5;
        if span {
            found = Some(NamedYear::Span);
        } else if matches!(prev, '比' | '较' | '与' | '同' | '于')
            || matches!(next, '底' | '末') && prev == '比'
        {
            // A comparison base says nothing about the period.
        } else if !matches!(next, '—' | '-' | '–' | '至') && (1990..=2100).contains(&year) {
            found = Some(NamedYear::One(year));
        }
        i += 5;
    }
    found
}

/// Fills `metric` and `metric_id`, resolving implicit subjects and lists.
fn assign_metrics(found: &[Found], clauses: &[ClauseInfo], notes: &mut [Annotation]) {
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
fn strip_additions(s: &str) -> &str {
    s.strip_prefix("新增")
        .or_else(|| s.strip_prefix("净增"))
        .unwrap_or(s)
}

/// Splits a subject naming several things (`游客人次和旅游综合收入`,
/// `粮食、蔬菜、水产品产量`, `城乡居民人均可支配收入`) into `n` metrics.
fn split_list(subject: &str, n: usize, respectively: bool) -> Vec<String> {
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

/// The plan year's targets among the annotated quantities: those of the main
/// targets passage, and other targets of a canonical indicator.
pub fn targets(quantities: &[Quantity], in_target_list: &[bool]) -> Vec<Target> {
    let is_target = |q: &Quantity| q.status == Some(Status::Target);
    let listed: Vec<&Quantity> = quantities
        .iter()
        .zip(in_target_list)
        .filter(|(q, l)| **l && is_target(q))
        .map(|(q, _)| q)
        .collect();
    // Targets of canonical indicators stated elsewhere (力争…), once per indicator and kind.
    let mut seen: Vec<(Option<&str>, Option<Kind>)> = listed
        .iter()
        .map(|q| (q.metric_id.as_deref(), q.kind))
        .collect();
    let mut elsewhere = Vec::new();
    for (q, l) in quantities.iter().zip(in_target_list) {
        let key = (q.metric_id.as_deref(), q.kind);
        if !*l && is_target(q) && q.metric_id.is_some() && !seen.contains(&key) {
            seen.push(key);
            elsewhere.push(q);
        }
    }
    listed
        .into_iter()
        .chain(elsewhere)
        .map(|q| Target {
            quantity_id: q.id,
            metric_id: q.metric_id.clone(),
            metric: q.metric.clone(),
            kind: q.kind,
            value: q.value,
            hi: q.hi,
            qual: q.qual,
            unit: q.unit.clone(),
        })
        .collect()
}

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
