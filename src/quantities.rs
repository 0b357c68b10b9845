//! Stage 3 — quantities: every number in the body that measures something,
//! with its unit, qualifier and value in base units.
//!
//! A quantity is a number (Arabic, Chinese or mixed) followed by a unit from
//! [`UNITS`], optionally with a multiplier (`万`, `亿`), an inner `余`/`多`, a
//! range (`2-3家`, `4.5%—5%`) and qualifiers around it (`近`, `超过`, `以上`,
//! `左右` …). Numbers without a unit are not quantities, and neither are
//! years, months, ordinals (`第三`), codes glued to Latin letters (`5G`, `3A`),
//! formulas (`1+3`), or small Chinese numerals before a measure word (`三个`,
//! `两大`, `一期`), which in reports are idioms and enumerations far more
//! often than counts.

use crate::model::{Dimension, Qual};
use crate::numbers;
use crate::structure::Document;
use std::ops::Range;

/// A quantity found in the clean text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte range of the number and its unit in the clean text.
    pub range: Range<usize>,
    /// The number as written.
    pub value: f64,
    /// Upper bound of a range.
    pub hi: Option<f64>,
    /// The unit as written, multipliers included.
    pub unit: String,
    /// The value in base units.
    pub base: f64,
    /// What the unit measures.
    pub dimension: Dimension,
    /// The qualifier.
    pub qual: Qual,
    /// Byte range of the qualifier words, when there are any.
    pub qual_range: Option<Range<usize>>,
}

/// A mention and where it stands in the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The quantity.
    pub mention: Mention,
    /// Index of its paragraph in [`Document::paragraphs`].
    pub paragraph: usize,
    /// Byte range of its sentence.
    pub sentence: Range<usize>,
}

/// Finds the quantities of every body paragraph, in document order.
///
/// At most [`MAX_QUANTITIES`] are returned: a real report states a few hundred,
/// and the cap bounds the memory a hostile text of dense figures can take
/// (each quantity carries its strings). The last [`KEPT_FOR_TARGETS`] places
/// are kept for the sentences that overlap `keep` (the plan year's targets
/// passage), so a text that reaches the cap before it still has its targets;
/// the quantities between are then left out. The caller warns when the cap
/// is reached ([`Capped`]).
pub fn find_all(text: &str, doc: &Document, keep: Option<Range<usize>>) -> (Vec<Found>, Capped) {
    let mut out = Vec::new();
    let mut capped = Capped::No;
    let keep = keep.unwrap_or(0..0);
    let outside_keep = if keep.is_empty() {
        MAX_QUANTITIES
    } else {
        MAX_QUANTITIES - KEPT_FOR_TARGETS
    };
    for (p, block) in doc.paragraphs.iter().enumerate() {
        for sentence in &block.sentences {
            let kept = sentence.start < keep.end && keep.start < sentence.end;
            for mention in find(text, sentence.clone()) {
                let room = if kept { MAX_QUANTITIES } else { outside_keep };
                if out.len() >= room {
                    capped = capped.or(Capped::Yes);
                    if !kept && sentence.start >= keep.end {
                        // Past the targets passage (or there is none): nothing more is read.
                        return (out, capped);
                    }
                    continue;
                }
                if kept && capped != Capped::No {
                    capped = Capped::KeptTargets;
                }
                out.push(Found {
                    mention,
                    paragraph: p,
                    sentence: sentence.clone(),
                });
            }
        }
    }
    (out, capped)
}

/// Whether [`find_all`] reached [`MAX_QUANTITIES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Capped {
    /// Every quantity was read.
    No,
    /// The cap was reached; the quantities after it were left out.
    Yes,
    /// The cap was reached before the targets passage: the quantities between
    /// were left out and the passage's were read.
    KeptTargets,
}

impl Capped {
    /// `self` unless it is [`Capped::No`], else `other`.
    fn or(self, other: Capped) -> Capped {
        if self == Capped::No {
            other
        } else {
            self
        }
    }
}

/// Places of [`MAX_QUANTITIES`] kept for the targets passage (a real one holds a few dozen).
pub const KEPT_FOR_TARGETS: usize = 500;

/// The most quantities read from one report (see [`find_all`]).
pub const MAX_QUANTITIES: usize = 20_000;

/// A unit: its text and what it measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnitDef {
    /// The unit as written.
    pub text: &'static str,
    /// What it measures.
    pub dimension: Dimension,
}

const fn unit(text: &'static str, dimension: Dimension) -> UnitDef {
    UnitDef { text, dimension }
}

/// The units the engine knows (longest match wins).
pub const UNITS: &[UnitDef] = {
    use Dimension::*;
    &[
        // Money.
        unit("元", Currency),
        unit("美元", Currency),
        unit("欧元", Currency),
        unit("港元", Currency),
        unit("港币", Currency),
        unit("日元", Currency),
        unit("元人民币", Currency),
        // Ratios and multiples.
        unit("%", Ratio),
        unit("‰", Ratio),
        unit("个百分点", Ratio),
        unit("百分点", Ratio),
        unit("成", Ratio),
        unit("倍", Multiple),
        // People.
        unit("人", People),
        unit("人次", People),
        unit("名", People),
        unit("位", People),
        // Area, length, mass, volume, energy.
        unit("亩", Area),
        unit("平方米", Area),
        unit("平米", Area),
        unit("平方公里", Area),
        unit("平方千米", Area),
        unit("公顷", Area),
        unit("公里", Length),
        unit("千米", Length),
        unit("米", Length),
        unit("延米", Length),
        unit("吨", Mass),
        unit("斤", Mass),
        unit("公斤", Mass),
        unit("千克", Mass),
        unit("立方米", Volume),
        unit("千瓦", Energy),
        unit("千瓦时", Energy),
        unit("兆瓦", Energy),
        unit("吉瓦", Energy),
        unit("吨标准煤", Energy),
        unit("吨标煤", Energy),
        // Time spans.
        unit("年", Duration),
        unit("个月", Duration),
        unit("天", Duration),
        unit("小时", Duration),
        unit("分钟", Duration),
        unit("岁", Other),
        unit("微克/立方米", Other),
        // Counts with a measure word.
        unit("个", Count),
        unit("家", Count),
        unit("项", Count),
        unit("条", Count),
        unit("处", Count),
        unit("所", Count),
        unit("套", Count),
        unit("场", Count),
        unit("件", Count),
        unit("户", Count),
        // The traditional form, as a Kangxi radical ⼾ maps to it (PDF text).
        unit("戶", Count),
        unit("户次", Count),
        unit("家次", Count),
        unit("部", Count),
        unit("列", Count),
        unit("座", Count),
        unit("栋", Count),
        unit("幢", Count),
        unit("枚", Count),
        unit("支", Count),
        unit("辆", Count),
        unit("台", Count),
        unit("只", Count),
        unit("头", Count),
        unit("张", Count),
        unit("本", Count),
        unit("册", Count),
        unit("篇", Count),
        unit("批", Count),
        unit("类", Count),
        unit("种", Count),
        unit("款", Count),
        unit("首", Count),
        unit("次", Count),
        unit("间", Count),
        unit("株", Count),
        unit("棵", Count),
        unit("艘", Count),
        unit("架", Count),
        unit("架次", Count),
        unit("宗", Count),
        unit("笔", Count),
        unit("份", Count),
        unit("轮", Count),
        unit("起", Count),
        unit("例", Count),
        unit("盏", Count),
        unit("口", Count),
        unit("眼", Count),
        unit("对", Count),
        unit("标箱", Count),
        unit("标准箱", Count),
        unit("辆次", Count),
        unit("批次", Count),
        unit("班次", Count),
        unit("台次", Count),
        unit("车次", Count),
        unit("件次", Count),
        unit("班", Count),
        unit("门", Count),
        unit("片", Count),
        unit("块", Count),
        unit("大类", Count),
    ]
};

/// Indices into [`UNITS`] grouped by the unit's first character, built once.
fn units_starting_with(c: char) -> &'static [usize] {
    static INDEX: std::sync::OnceLock<Vec<(char, Vec<usize>)>> = std::sync::OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut groups: Vec<(char, Vec<usize>)> = Vec::new();
        for (i, u) in UNITS.iter().enumerate() {
            let Some(first) = u.text.chars().next() else {
                continue;
            };
            // Kept in order as it grows: no sort (each would add wasm).
            match groups.binary_search_by_key(&first, |(c, _)| *c) {
                Ok(at) => groups[at].1.push(i),
                Err(at) => groups.insert(at, (first, vec![i])),
            }
        }
        groups
    });
    match index.binary_search_by_key(&c, |(first, _)| *first) {
        Ok(at) => &index[at].1,
        Err(_) => &[],
    }
}

/// Multipliers that may stand between a number and its unit.
const MULTIPLIERS: &[(&str, f64)] = &[
    ("万亿", 1e12),
    ("千亿", 1e11),
    ("百亿", 1e10),
    ("亿", 1e8),
    ("千万", 1e7),
    ("百万", 1e6),
    ("万", 1e4),
    ("千", 1e3),
];

/// Qualifier words before a number, longest first.
const PREFIX_QUALIFIERS: &[(&str, Qual)] = &[
    ("不低于", Qual::AtLeast),
    ("不少于", Qual::AtLeast),
    ("不超过", Qual::AtMost),
    ("不高于", Qual::AtMost),
    ("至少", Qual::AtLeast),
    ("最少", Qual::AtLeast),
    ("最多", Qual::AtMost),
    ("超过", Qual::Over),
    ("突破", Qual::Over),
    ("接近", Qual::Near),
    ("将近", Qual::Near),
    ("大约", Qual::Approx),
    ("低于", Qual::AtMost),
    ("控制在", Qual::AtMost),
    ("迈上", Qual::AtLeast),
    ("跨上", Qual::AtLeast),
    ("跃上", Qual::AtLeast),
    ("站上", Qual::AtLeast),
    ("迈过", Qual::AtLeast),
    ("登上", Qual::AtLeast),
    ("连跨", Qual::AtLeast),
    ("跨过", Qual::Over),
    ("跨越", Qual::Over),
    ("超", Qual::Over),
    ("逾", Qual::Over),
    ("近", Qual::Near),
    ("约", Qual::Approx),
];

/// Verbs that step over a threshold: at-least only before `台阶`.
const STEP_VERBS: &[&str] = &["迈上", "跨上", "跃上", "站上", "迈过", "登上", "连跨"];

/// Qualifier words after a quantity.
const SUFFIX_QUALIFIERS: &[(&str, Qual)] = &[
    ("左右", Qual::Approx),
    ("上下", Qual::Approx),
    ("以上", Qual::AtLeast),
    ("以内", Qual::AtMost),
    ("以下", Qual::AtMost),
];

/// The longest Chinese numeral read as a number (`一千二百三十四万五千六百七十八`).
const LONGEST_CHINESE_NUMERAL: usize = 16;

/// Separators of a range `lo–hi`.
const RANGE_SEPARATORS: &[char] = &['-', '—', '–', '~', '～', '至', '到', '－'];

/// A number read at some position: value, where it ends, and how it was written.
#[derive(Debug, Clone, Copy)]
struct Number {
    value: f64,
    /// Index (in chars) just past the number.
    end: usize,
    /// A Chinese numeral with a single digit and no place (`三`, `两`).
    small_chinese: bool,
    /// Written in Arabic digits.
    arabic: bool,
}

/// A unit read after a number.
#[derive(Debug, Clone)]
struct UnitMatch {
    /// Unit text, multiplier included, inner `余`/`多` excluded.
    text: String,
    multiplier: f64,
    dimension: Dimension,
    /// A multiplier with no unit after it (`1.4亿`).
    bare: bool,
    /// There is a `余`/`多` inside (`2100余万元`).
    inner_over: bool,
    /// Index (in chars) just past the unit.
    end: usize,
}

/// Finds the quantities of one sentence of `text`.
pub fn find(text: &str, sentence: Range<usize>) -> Vec<Mention> {
    let Some(s) = text.get(sentence.clone()) else {
        return Vec::new();
    };
    let mut chars: Vec<char> = Vec::with_capacity(s.len() / 2);
    let mut offsets: Vec<usize> = Vec::with_capacity(s.len() / 2 + 1);
    for (i, c) in s.char_indices() {
        chars.push(c);
        offsets.push(sentence.start + i);
    }
    offsets.push(sentence.end);
    let scanner = Scanner {
        chars: &chars,
        offsets: &offsets,
    };
    scanner.scan()
}

struct Scanner<'a> {
    chars: &'a [char],
    /// Byte offset in the clean text of each char, plus the end.
    offsets: &'a [usize],
}

impl Scanner<'_> {
    /// The characters between two byte offsets of the clean text.
    fn slice_bytes(&self, range: Range<usize>) -> String {
        let from = self.offsets.partition_point(|&o| o < range.start);
        let to = self.offsets.partition_point(|&o| o < range.end);
        self.chars[from.min(self.chars.len())..to.min(self.chars.len())]
            .iter()
            .collect()
    }

    fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    fn starts_with(&self, i: usize, word: &str) -> bool {
        (i..).zip(word.chars()).all(|(k, w)| self.at(k) == Some(w))
    }

    fn ends_with(&self, i: usize, word: &str) -> bool {
        let n = word.chars().count();
        i >= n && self.starts_with(i - n, word)
    }

    fn scan(&self) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.chars.len() {
            match self.quantity_at(i) {
                Step::Found(m, next) => {
                    out.push(m);
                    i = next;
                }
                Step::Skip(next) => i = next.max(i + 1),
            }
        }
        share_list_qualifiers(&mut out, self);
        share_trailing_approx(&mut out, self);
        out
    }

    /// Reads a number at `i`, if one starts there.
    fn number_at(&self, i: usize) -> Option<Number> {
        let c = self.at(i)?;
        if c.is_ascii_digit() {
            let (value, len) = numbers::arabic(&self.chars[i..])?;
            return Some(Number {
                value,
                end: i + len,
                small_chinese: false,
                arabic: true,
            });
        }
        if numbers::is_chinese_numeral(c) {
            // A numeral may not start with a bare place (百日, 千家万户, 万亩).
            if matches!(c, '百' | '千' | '万' | '亿') {
                return None;
            }
            let n = numbers::chinese(&self.chars[i..])?;
            let has_place = self.chars[i..i + n.len]
                .iter()
                .any(|&c| matches!(c, '十' | '百' | '千' | '万' | '亿' | '点'));
            return Some(Number {
                value: n.value,
                end: i + n.len,
                small_chinese: !has_place && n.digits == 1,
                arabic: false,
            });
        }
        None
    }

    /// Reads a unit at `i` (after a number): multiplier, inner 余/多, unit.
    fn unit_at(&self, i: usize) -> Option<UnitMatch> {
        let mut k = i;
        let mut inner_over = false;
        if matches!(self.at(k), Some('余' | '多')) {
            inner_over = true;
            k += 1;
        }
        let (mult_text, multiplier) = MULTIPLIERS
            .iter()
            .find(|(m, _)| self.starts_with(k, m) && !self.unit_is_word(k, m))
            .map_or(("", 1.0), |&(m, f)| (m, f));
        k += mult_text.chars().count();
        if !inner_over && matches!(self.at(k), Some('余' | '多')) && !mult_text.is_empty() {
            inner_over = true;
            k += 1;
        }
        let base = self
            .at(k)
            .map_or(&[][..], units_starting_with)
            .iter()
            .map(|&u| &UNITS[u])
            .filter(|u| self.starts_with(k, u.text))
            .max_by_key(|u| u.text.len())
            // 人口, 人民 are nouns, not the unit 人: `13亿人口` is 13亿; nor is
            // 台阶 the unit 台: `5万亿台阶` is 5万亿.
            .filter(|u| !(u.text == "人" && matches!(self.at(k + 1), Some('口' | '民'))))
            .filter(|u| !(u.text == "台" && self.at(k + 1) == Some('阶')));
        match base {
            Some(u) => Some(UnitMatch {
                text: format!("{mult_text}{}", u.text),
                multiplier,
                dimension: u.dimension,
                bare: false,
                inner_over,
                end: k + u.text.chars().count(),
            }),
            None if !mult_text.is_empty() && mult_text != "千" && self.at(k) != Some('级') => {
                Some(UnitMatch {
                    text: mult_text.to_string(),
                    multiplier,
                    dimension: Dimension::Other,
                    bare: true,
                    inner_over,
                    end: k,
                })
            }
            None => None,
        }
    }

    /// Is the multiplier at `k` the start of a unit word (`千米`, `千瓦`, `千克`)?
    fn unit_is_word(&self, k: usize, mult: &str) -> bool {
        mult == "千"
            && (self.starts_with(k, "千米")
                || self.starts_with(k, "千瓦")
                || self.starts_with(k, "千克"))
    }

    fn quantity_at(&self, i: usize) -> Step {
        // Every quantity starts with a digit or a Chinese numeral (亿, 万 and
        // 百分之 included): anything else is passed at once.
        if !self
            .at(i)
            .is_some_and(|c| c.is_ascii_digit() || numbers::is_chinese_numeral(c))
        {
            return Step::Skip(i + 1);
        }
        // A bare money multiplier right after an over/near qualifier: 超亿元.
        if let Some(step) = self.bare_money_at(i) {
            return step;
        }
        // Percent written out: 百分之六点五.
        if self.starts_with(i, "百分之") {
            if let Some(n) = self.number_at(i + 3) {
                return self.finish(
                    i,
                    i,
                    n.value,
                    None,
                    n.end,
                    "%",
                    1.0,
                    Dimension::Ratio,
                    false,
                );
            }
        }
        // A run of Chinese numerals too long for a number (一二三四五…) is skipped whole.
        let numerals = self.chars[i..]
            .iter()
            .take(LONGEST_CHINESE_NUMERAL + 1)
            .take_while(|&&c| numbers::is_chinese_numeral(c))
            .count();
        if numerals > LONGEST_CHINESE_NUMERAL {
            let run = self.chars[i..]
                .iter()
                .take_while(|&&c| numbers::is_chinese_numeral(c))
                .count();
            return Step::Skip(i + run);
        }
        let Some(first) = self.number_at(i) else {
            return Step::Skip(i + 1);
        };
        if !first.value.is_finite() {
            return Step::Skip(first.end);
        }
        let prev = if i > 0 { self.at(i - 1) } else { None };
        let arabic = self.at(i).is_some_and(|c| c.is_ascii_digit());
        // Mid-token: part of a longer Chinese numeral or a Latin code.
        if let Some(p) = prev {
            if (!arabic && numbers::is_chinese_numeral(p))
                || (arabic
                    && (p.is_ascii_alphanumeric() || matches!(p, '.' | '+' | '_' | '/' | '#')))
            {
                return Step::Skip(first.end);
            }
            // Ordinals and session numbers: 第三, 第11届.
            if p == '第' {
                return Step::Skip(first.end);
            }
        }
        let after = self.at(first.end);
        if arabic
            && after.is_some_and(|c| {
                c.is_ascii_alphabetic() || matches!(c, '+' | '/' | '_' | '#' | '@')
            })
        {
            return Step::Skip(self.token_end(first.end));
        }
        // Dates: 12月, 26日, 3号.
        if matches!(after, Some('月' | '日' | '号')) {
            return Step::Skip(first.end + 1);
        }

        let mut unit = self.unit_at(first.end);
        let mut end = unit.as_ref().map_or(first.end, |u| u.end);
        let mut hi = None;
        // A range: 2-3家, 4.5%—5%, 3至5年.
        if let Some(sep) = self.at(end) {
            if RANGE_SEPARATORS.contains(&sep) {
                if let Some(second) = self.number_at(end + 1) {
                    let second_unit = self.unit_at(second.end);
                    let same_unit = match (&unit, &second_unit) {
                        (None, Some(_)) => true,
                        (Some(a), Some(b)) => a.text == b.text,
                        _ => false,
                    };
                    if same_unit
                        && second.value.is_finite()
                        && second.value >= first.value
                        && !self.is_year(&first, &second_unit)
                    {
                        hi = Some(second.value);
                        unit = second_unit;
                        end = unit.as_ref().map_or(second.end, |u| u.end);
                    }
                }
            }
        }
        let Some(unit) = unit else {
            return Step::Skip(first.end);
        };
        if self.is_year(&first, &Some(unit.clone())) || self.not_a_duration(&first, &unit) {
            return Step::Skip(unit.end);
        }
        // Small Chinese numerals count only with a measurement unit: 一亿元, 两倍.
        if first.small_chinese
            && unit.multiplier == 1.0
            && !matches!(unit.dimension, Dimension::Multiple)
        {
            return Step::Skip(unit.end);
        }
        // Bare multipliers are quantities only for Arabic numbers (1.4亿).
        if unit.bare && !arabic {
            return Step::Skip(unit.end);
        }
        // `套（间）`: a parenthesised alternative unit stays in the text.
        let mut text_end = end;
        if self.at(end) == Some('（')
            && self.at(end + 2) == Some('）')
            && self.at(end + 1).is_some_and(is_measure_char)
        {
            text_end = end + 3;
        }
        let inner = if unit.inner_over {
            Some(Qual::Over)
        } else {
            None
        };
        self.finish_with(i, first.value, hi, text_end, &unit, inner)
    }

    /// A year (`2024年`, `2024—2026年`) is not a quantity.
    fn is_year(&self, n: &Number, unit: &Option<UnitMatch>) -> bool {
        let year_like = n.value.fract() == 0.0 && (1000.0..=2200.0).contains(&n.value);
        year_like && unit.as_ref().is_none_or(|u| u.text == "年")
    }

    /// `年` after a number is a duration only in `N年` spans, not in `80年代` or `3年级`.
    fn not_a_duration(&self, n: &Number, unit: &UnitMatch) -> bool {
        // Chinese numerals before 年 name things (十年禁渔, 建军一百年) far more
        // often than they count years.
        unit.text == "年"
            && (matches!(
                self.at(unit.end),
                Some('代' | '级' | '度' | '初' | '末' | '底')
            ) || !n.arabic)
    }

    fn token_end(&self, mut k: usize) -> usize {
        while self.at(k).is_some_and(|c| {
            c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-' | '/' | '_' | '#' | '@')
        }) {
            k += 1;
        }
        k
    }

    fn bare_money_at(&self, i: usize) -> Option<Step> {
        let c = self.at(i)?;
        if !matches!(c, '亿' | '万') {
            return None;
        }
        let qualified = ["超", "近", "逾", "突破", "超过", "接近"]
            .iter()
            .any(|q| self.ends_with(i, q));
        if !qualified {
            return None;
        }
        let unit = self.unit_at(i)?;
        if unit.bare || unit.dimension != Dimension::Currency || unit.inner_over {
            return None;
        }
        Some(self.finish_with(i, 1.0, None, unit.end, &unit, None))
    }

    fn finish_with(
        &self,
        start: usize,
        value: f64,
        hi: Option<f64>,
        end: usize,
        unit: &UnitMatch,
        inner: Option<Qual>,
    ) -> Step {
        let qual_inner = inner.is_some();
        self.finish(
            start,
            start,
            value,
            hi,
            end,
            &unit.text,
            unit.multiplier,
            unit.dimension,
            qual_inner,
        )
    }

    /// Builds the mention `[start, end)` and reads the qualifiers around it.
    #[allow(clippy::too_many_arguments)]
    fn finish(
        &self,
        start: usize,
        _number_start: usize,
        value: f64,
        hi: Option<f64>,
        end: usize,
        unit: &str,
        multiplier: f64,
        dimension: Dimension,
        inner_over: bool,
    ) -> Step {
        let before = PREFIX_QUALIFIERS
            .iter()
            .find(|(w, _)| self.ends_with(start, w))
            .map(|&(w, q)| (start - w.chars().count(), q));
        // 迈上…台阶 (and the other step verbs) is at-least only with 台阶 after it,
        // maybe past the next steps (`连跨5万亿元、6万亿元两个台阶`).
        let before = before.filter(|&(_, q)| {
            q != Qual::AtLeast
                || !STEP_VERBS.iter().any(|v| self.ends_with(start, v))
                || (0..12).any(|k| self.starts_with(end + k, "台阶"))
        });
        let after = SUFFIX_QUALIFIERS
            .iter()
            .find(|(w, _)| self.starts_with(end, w))
            .map(|&(w, q)| (end + w.chars().count(), q));
        // 控制在 bounds a value only when no word after it says otherwise (控制在5%左右).
        let before = before.filter(|_| after.is_none() || !self.ends_with(start, "控制在"));
        let (qual, qual_range) = if hi.is_some() {
            (Qual::Range, None)
        } else if let Some((from, q)) = before {
            (q, Some(from..start))
        } else if let Some((to, q)) = after {
            (q, Some(end..to))
        } else if inner_over {
            (Qual::Over, None)
        } else {
            (Qual::Exact, None)
        };
        let base = if dimension == Dimension::Ratio || dimension == Dimension::Multiple {
            value
        } else {
            significant(value * multiplier)
        };
        let byte = |k: usize| self.offsets[k.min(self.offsets.len() - 1)];
        Step::Found(
            Mention {
                range: byte(start)..byte(end),
                value,
                hi,
                unit: unit.to_string(),
                base,
                dimension,
                qual,
                qual_range: qual_range.map(|r| byte(r.start)..byte(r.end)),
            },
            end,
        )
    }
}

/// In a list sharing one qualifier (`分别超过2.6万吨、54万吨、6.7万吨`), the
/// items after the first inherit the qualifier written before the first.
fn share_list_qualifiers(mentions: &mut [Mention], scanner: &Scanner) {
    let mut shared: Option<Qual> = None;
    for k in 1..mentions.len() {
        let (done, rest) = mentions.split_at_mut(k);
        let (prev, cur) = (&done[k - 1], &mut rest[0]);
        let prefix = prev
            .qual_range
            .as_ref()
            .is_some_and(|r| r.end <= prev.range.start);
        if prefix {
            shared = Some(prev.qual);
        }
        let between = scanner.slice_bytes(prev.range.end..cur.range.start);
        match shared {
            Some(q) if between == "、" && cur.qual == Qual::Exact => cur.qual = q,
            _ => shared = None,
        }
    }
}

/// Rounds to 12 significant digits, so that `10.2亿` is 1020000000, not
/// 1019999999.9999999.
fn significant(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let digits = 12 - x.abs().log10().ceil() as i32;
    let scale = 10f64.powi(digits);
    let rounded = (x * scale).round() / scale;
    if rounded.is_finite() {
        rounded
    } else {
        x
    }
}

/// `7%和8%左右`: an approximation written after the last item of a pair
/// covers the item before it too.
fn share_trailing_approx(mentions: &mut [Mention], scanner: &Scanner) {
    for k in (1..mentions.len()).rev() {
        let (done, rest) = mentions.split_at_mut(k);
        let (prev, cur) = (&mut done[k - 1], &rest[0]);
        let trailing = cur
            .qual_range
            .as_ref()
            .is_some_and(|r| r.start >= cur.range.end);
        if trailing && cur.qual == Qual::Approx && prev.qual == Qual::Exact && prev.unit == cur.unit
        {
            let between = scanner.slice_bytes(prev.range.end..cur.range.start);
            if matches!(between.as_str(), "和" | "、" | "至") {
                prev.qual = Qual::Approx;
            }
        }
    }
}

/// What the scanner does at a position.
enum Step {
    /// A mention, and where to go on.
    Found(Mention, usize),
    /// Nothing here; go on at this index.
    Skip(usize),
}

/// Can `c` stand alone as a measure word (for `套（间）`)?
fn is_measure_char(c: char) -> bool {
    let mut buf = [0u8; 4];
    let s: &str = c.encode_utf8(&mut buf);
    UNITS.iter().any(|u| u.text == s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> Vec<(String, f64, Option<f64>, String, Qual)> {
        find(s, 0..s.len())
            .into_iter()
            .map(|m| {
                (
                    s[m.range.clone()].to_string(),
                    m.value,
                    m.hi,
                    m.unit,
                    m.qual,
                )
            })
            .collect()
    }

    #[test]
    fn finds_quantities() {
        use Qual::*;
        type Row<'a> = (&'a str, f64, Option<f64>, &'a str, Qual);
        let cases: &[(&str, &[Row])] = &[
            (
                "地区生产总值预计迈上1900亿元台阶",
                &[("1900亿元", 1900.0, None, "亿元", AtLeast)],
            ),
            ("总投资近290亿元", &[("290亿元", 290.0, None, "亿元", Near)]),
            (
                "增长16.2%、17.6%",
                &[
                    ("16.2%", 16.2, None, "%", Exact),
                    ("17.6%", 17.6, None, "%", Exact),
                ],
            ),
            (
                "加快引育2-3家营收规模",
                &[("2-3家", 2.0, Some(3.0), "家", Range)],
            ),
            ("增长4.5%—5%", &[("4.5%—5%", 4.5, Some(5.0), "%", Range)]),
            (
                "发放资金2100余万元",
                &[("2100余万元", 2100.0, None, "万元", Over)],
            ),
            ("兑现奖补资金超亿元", &[("亿元", 1.0, None, "亿元", Over)]),
            (
                "住房6434套（间）",
                &[("6434套（间）", 6434.0, None, "套", Exact)],
            ),
            (
                "盘活厂房面积14.8万平方米",
                &[("14.8万平方米", 14.8, None, "万平方米", Exact)],
            ),
            ("破案率60%以上", &[("60%", 60.0, None, "%", AtLeast)]),
            ("失业率控制在4.6%", &[("4.6%", 4.6, None, "%", AtMost)]),
            ("失业率控制在5.5%左右", &[("5.5%", 5.5, None, "%", Approx)]),
            ("至少1名派驻医师", &[("1名", 1.0, None, "名", AtLeast)]),
            (
                "提高0.3个百分点",
                &[("0.3个百分点", 0.3, None, "个百分点", Exact)],
            ),
            (
                "一亿元，两万人，三千人，十二个",
                &[
                    ("一亿元", 1.0, None, "亿元", Exact),
                    ("两万人", 2.0, None, "万人", Exact),
                    ("三千人", 3000.0, None, "人", Exact),
                    ("十二个", 12.0, None, "个", Exact),
                ],
            ),
            ("连续12年保持", &[("12年", 12.0, None, "年", Exact)]),
            (
                "国内生产总值6.13万亿元",
                &[("6.13万亿元", 6.13, None, "万亿元", Exact)],
            ),
            (
                "粮食产量1.4万亿斤",
                &[("1.4万亿斤", 1.4, None, "万亿斤", Exact)],
            ),
            (
                "增长7%左右和8%左右",
                &[
                    ("7%", 7.0, None, "%", Approx),
                    ("8%", 8.0, None, "%", Approx),
                ],
            ),
            (
                "分别增长7%和8%左右",
                &[
                    ("7%", 7.0, None, "%", Approx),
                    ("8%", 8.0, None, "%", Approx),
                ],
            ),
            ("人口1.4亿", &[("1.4亿", 1.4, None, "亿", Exact)]),
            ("收入10.2亿元", &[("10.2亿元", 10.2, None, "亿元", Exact)]),
            ("13亿人口的发展中国家", &[("13亿", 13.0, None, "亿", Exact)]),
            ("百分之六点五", &[("百分之六点五", 6.5, None, "%", Exact)]),
            ("新增1000多家", &[("1000多家", 1000.0, None, "家", Over)]),
            ("1万多人", &[("1万多人", 1.0, None, "万人", Over)]),
            ("增长1.5倍", &[("1.5倍", 1.5, None, "倍", Exact)]),
            (
                "产量分别超过2.6万吨、54万吨、6.7万吨",
                &[
                    ("2.6万吨", 2.6, None, "万吨", Over),
                    ("54万吨", 54.0, None, "万吨", Over),
                    ("6.7万吨", 6.7, None, "万吨", Over),
                ],
            ),
        ];
        for (s, want) in cases {
            let got = one(s);
            let want: Vec<_> = want
                .iter()
                .map(|(t, v, h, u, q)| (t.to_string(), *v, *h, u.to_string(), *q))
                .collect();
            assert_eq!(got, want, "{s}");
        }
    }

    #[test]
    fn base_values_are_exact_decimals() {
        let m = &find("10.2亿元", 0.."10.2亿元".len())[0];
        assert_eq!(m.base, 1_020_000_000.0);
        assert_eq!(significant(0.1 + 0.2), 0.3);
    }

    #[test]
    fn skips_non_quantities() {
        for s in [
            "2024年12月26日",
            "第十一届人民代表大会第四次会议",
            "（一）",
            "5G基站",
            "国家3A级旅游景区",
            "电商“618”",
            "“1+3”政策包",
            "“十四五”时期",
            "107国道",
            "鑫磊智慧产业园一期",
            "一年来",
            "进一步",
            "三年行动",
            "长江十年禁渔",
            "建军一百年",
            "两个维护",
            "百日开工",
            "一刻钟便民生活圈",
            "新招引亿元以上项目",
            "199+武商",
            "2024—2026年",
            "80年代",
            "10亿级以上",
            "千家万户",
            "3D打印",
            "PM2.5浓度",
        ] {
            assert_eq!(one(s), vec![], "{s}");
        }
    }
}
