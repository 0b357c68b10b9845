//! The head of the report: title, dateline (meeting and date) and speaker.

use super::region::{ends_with_unit, is_ideograph};
use crate::structure::text::{parse_small_number, parse_year};
use std::ops::Range;

/// Office titles of the speaker, longest first.
const OFFICES: &[&str] = &[
    "代省长",
    "省长",
    "代市长",
    "市长",
    "代区长",
    "区长",
    "代县长",
    "县长",
    "代旗长",
    "旗长",
    "代州长",
    "州长",
    "代盟长",
    "盟长",
    "代主席",
    "主席",
    "总理",
];

/// A speaker found in a line: name, office, and the text before the office.
pub(super) struct Speaker<'a> {
    pub(super) name: String,
    pub(super) office: &'static str,
    pub(super) prefix: &'a str,
}

fn valid_name(name: &str) -> bool {
    let n = name.chars().count();
    (2..=6).contains(&n) && name.chars().all(|c| is_ideograph(c) || c == '·')
}

/// Finds `[…人民政府]<office><name>` or `<name><office>在` in a line.
pub(super) fn speaker_in(t: &str) -> Option<Speaker<'_>> {
    for &office in OFFICES {
        for (at, _) in t.match_indices(office) {
            // A shorter office inside a longer one (`省长` in `代省长`) is found by the longer.
            if !office.starts_with('代') && t.get(..at).is_some_and(|p| p.ends_with('代')) {
                continue;
            }
            let prefix = t.get(..at).unwrap_or("");
            let after = t.get(at + office.len()..).unwrap_or("");
            let name: String = after
                .chars()
                .take_while(|&c| !matches!(c, '作' | '在' | '所' | '。' | '，' | ',' | '（' | '('))
                .take(8)
                .collect();
            let prefix_ok = prefix.is_empty()
                || prefix.ends_with("政府")
                || prefix.ends_with("国务院")
                || prefix.ends_with("会议上")
                || ends_with_unit(prefix);
            if prefix_ok && valid_name(&name) {
                return Some(Speaker {
                    name,
                    office,
                    prefix,
                });
            }
            // `龚正市长在…`
            if (after.starts_with('在') || after.starts_with('作')) && !ends_with_unit(prefix) {
                let before: Vec<char> = prefix
                    .chars()
                    .rev()
                    .take_while(|&c| (is_ideograph(c) || c == '·') && c != '日')
                    .take(5)
                    .collect();
                let name: String = before.into_iter().rev().collect();
                if valid_name(&name) && !name.ends_with("政府") {
                    return Some(Speaker {
                        name,
                        office,
                        prefix: "",
                    });
                }
            }
        }
    }
    None
}

/// A date `YYYY年M月D日` found in a string: byte range and ISO text.
pub(super) struct DateFound {
    pub(super) range: Range<usize>,
    pub(super) iso: String,
}

/// Every date `YYYY年M月[D日]` in `s`, with ASCII or Chinese numerals.
pub(super) fn dates_in(s: &str) -> Vec<DateFound> {
    let cs: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    for k in 4..cs.len() {
        if cs[k].1 != '年' {
            continue;
        }
        let ys = cs[k - 4].0;
        let Some(year) = s.get(ys..cs[k].0).and_then(parse_year) else {
            continue;
        };
        // Month and day: up to three numeral characters before 月 / 日.
        let number = |from: usize, unit: &[char]| -> Option<(u32, usize)> {
            let mut j = from;
            while j < cs.len() && j - from < 3 && !unit.contains(&cs[j].1) {
                j += 1;
            }
            if j >= cs.len() || !unit.contains(&cs[j].1) || j == from {
                return None;
            }
            let end = cs.get(j).map(|c| c.0)?;
            let v = s.get(cs[from].0..end).and_then(parse_small_number)?;
            Some((v, j + 1))
        };
        let Some((month, after_m)) = number(k + 1, &['月']) else {
            continue;
        };
        if !(1..=12).contains(&month) {
            continue;
        }
        let end_of = |j: usize| cs.get(j).map_or(s.len(), |c| c.0);
        match number(after_m, &['日', '号']) {
            Some((day, after_d)) if (1..=31).contains(&day) => out.push(DateFound {
                range: ys..end_of(after_d),
                iso: format!("{year:04}-{month:02}-{day:02}"),
            }),
            _ => out.push(DateFound {
                range: ys..end_of(after_m),
                iso: format!("{year:04}-{month:02}"),
            }),
        }
    }
    out
}
/// The title without a dateline or speaker merged into its line.
pub(super) fn cut_title(t: &str) -> &str {
    let mut end = t.len();
    for sep in ["——", "――", "--"] {
        if let Some(p) = t.find(sep) {
            if p > 0 {
                end = end.min(p);
            }
        }
    }
    t.get(..end).unwrap_or(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        let d = |s: &str| dates_in(s).into_iter().map(|d| d.iso).collect::<Vec<_>>();
        assert_eq!(d("——2024年12月26日在"), ["2024-12-26"]);
        assert_eq!(d("——二〇〇九年三月五日在"), ["2009-03-05"]);
        assert_eq!(d("二〇一〇年十二月二十六日"), ["2010-12-26"]);
        assert_eq!(d("2026年02月10日07时41分"), ["2026-02-10"]);
        assert_eq!(d("2024年3月"), ["2024-03"]);
        assert!(d("2024年工作回顾").is_empty());
        assert!(d("年月日").is_empty());
    }

    #[test]
    fn speakers() {
        fn s(t: &str) -> Option<(String, &'static str)> {
            speaker_in(t).map(|s| (s.name, s.office))
        }
        assert_eq!(s("江岸区人民政府区长李明"), Some(("李明".into(), "区长")));
        assert_eq!(s("省长梁惠玲"), Some(("梁惠玲".into(), "省长")));
        assert_eq!(
            s("湖北省人民政府代省长李殿勋作政府工作报告。"),
            Some(("李殿勋".into(), "代省长"))
        );
        assert_eq!(
            s("----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告"),
            Some(("龚正".into(), "市长"))
        );
        assert_eq!(s("自治区主席嘎玛泽登"), Some(("嘎玛泽登".into(), "主席")));
        assert_eq!(s("国务院总理李强"), Some(("李强".into(), "总理")));
        assert_eq!(s("加快建设省长江经济带"), None);
    }
}
