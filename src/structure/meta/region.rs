//! The region: the administrative unit whose government reports, and its level.

use crate::model::Level;
use crate::structure::text::Line;

/// Characters that may end an administrative unit's name.
pub(super) fn ends_with_unit(s: &str) -> bool {
    ["省", "市", "区", "县", "旗", "州", "盟", "地区"]
        .iter()
        .any(|u| s.ends_with(u))
}

/// Whether a prefix ending here makes the next unit a lower one.
fn ends_with_parent_unit(s: &str) -> bool {
    ["省", "自治区", "市", "州", "盟", "地区"]
        .iter()
        .any(|u| s.ends_with(u))
}

/// Whether `c` is a CJK unified ideograph (basic block or extension A).
pub(super) fn is_ideograph(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// The last administrative unit of a place chain (`大连市中山区` →
/// `中山区`), and whether a city-level unit precedes it.
pub(super) fn last_unit(s: &str) -> Option<(String, bool)> {
    let s = s.trim();
    if s == "国务院" {
        return Some((s.to_string(), false));
    }
    let n = s.chars().count();
    if !(2..=30).contains(&n) || !ends_with_unit(s) || !s.chars().all(is_ideograph) {
        return None;
    }
    // A bare suffix (`自治区`, `地区`) names no place.
    let named = crate::words::UNIT_WORDS
        .iter()
        .find_map(|u| s.strip_suffix(u))
        .is_some_and(|name| !name.is_empty());
    if !named {
        return None;
    }
    let mut best = 0;
    for (k, (p, _)) in s.char_indices().enumerate() {
        // Prefix of k chars, suffix of n - k chars.
        if k >= 2 && n - k >= 2 && ends_with_parent_unit(s.get(..p).unwrap_or_default()) {
            best = p;
        }
    }
    let unit = s.get(best..).unwrap_or_default();
    let parent_city = best > 0
        && ["市", "州", "盟", "地区"]
            .iter()
            .any(|u| s.get(..best).unwrap_or_default().ends_with(u));
    Some((unit.to_string(), parent_city))
}

/// The administrative level of a unit.
pub(super) fn level_of(unit: &str, parent_city: bool) -> Option<Level> {
    Some(if unit == "国务院" {
        Level::National
    } else if unit.ends_with('省')
        || unit.ends_with("自治区")
        || unit.ends_with("特别行政区")
        || matches!(unit, "北京市" | "天津市" | "上海市" | "重庆市")
    {
        Level::Province
    } else if unit.ends_with('市') {
        if parent_city {
            Level::County
        } else {
            Level::City
        }
    } else if unit.ends_with('州') || unit.ends_with('盟') || unit.ends_with("地区") {
        Level::City
    } else if unit.ends_with('区') {
        Level::District
    } else if unit.ends_with('县') || unit.ends_with('旗') {
        Level::County
    } else {
        return None;
    })
}

/// The level an office title implies.
pub(super) fn level_of_office(office: &str) -> Option<Level> {
    let o = office.trim_start_matches('代');
    Some(match o {
        "总理" => Level::National,
        "省长" | "主席" => Level::Province,
        "市长" | "州长" | "盟长" => Level::City,
        "区长" => Level::District,
        "县长" | "旗长" => Level::County,
        _ => return None,
    })
}
/// `第五届市` → `市`, `本届县` → `县`, `甲乙市第五届` → `甲乙市`: a
/// government's term is no part of its name.
pub(super) fn strip_term(who: &str) -> &str {
    let rest = who.strip_prefix("本届").or_else(|| {
        let r = who.strip_prefix('第')?;
        let (_, n) = crate::structure::text::leading_cn_numeral(r)?;
        r.get(n..)?.strip_prefix('届')
    });
    let who = rest.unwrap_or(who);
    // A term after the name: back over the numeral to 第.
    let trailing = who.strip_suffix('届').and_then(before_term_number);
    trailing.unwrap_or(who)
}

/// The text before a term number that ends it (`甲乙市第五` → `甲乙市`): back
/// over the numerals to 第; None when there is no number or no 第.
fn before_term_number(head: &str) -> Option<&str> {
    let num: usize = head
        .chars()
        .rev()
        .take_while(|&c| crate::structure::text::is_cn_numeral(c) || c.is_ascii_digit())
        .map(char::len_utf8)
        .sum();
    let h = head.get(..head.len() - num)?.strip_suffix('第')?;
    (num > 0).then_some(h)
}

/// Units a report's own government may have, with the word that follows the
/// name in `中共XX市委` (the party committee it works under).
const OWN_UNITS: &[char] = &['市', '州', '县', '区', '旗', '盟', '省'];

/// Characters that end a place name read backwards from its unit.
fn ends_name(c: char) -> bool {
    !is_ideograph(c)
        || "在的了和与及由对向是为把将被从经按据代表届第本全我各该其市省县区州委".contains(c)
}

/// The name written just before byte `at` of `t` (the unit's position), read
/// back over at most four ideographs that can belong to a name.
fn name_before(t: &str, at: usize) -> Option<&str> {
    let head = t.get(..at)?;
    let mut start = at;
    for (n, (i, c)) in head.char_indices().rev().enumerate() {
        if n >= 4 || ends_name(c) {
            break;
        }
        start = i;
    }
    let name = t.get(start..at)?;
    (name.chars().count() >= 2).then_some(name)
}

/// The region read from how the body names its own government and party
/// committee: `中共XX市委` (weight 2), `XX市人民政府` and
/// `XX市第N届人民代表大会` (weight 1). Among the names found, one whose
/// level is the delegate's or speaker's (`我代表市人民政府` → a city) wins,
/// then the one named most often, then the first. Reads each line once.
pub(super) fn region_in_body(
    lines: &[Line],
    head_end: usize,
    level: Option<Level>,
) -> Option<(String, bool)> {
    let mut found: Vec<(String, u32)> = Vec::new();
    fn add(found: &mut Vec<(String, u32)>, name: &str, unit: char, weight: u32) {
        let full = format!("{name}{unit}");
        if let Some(f) = found.iter_mut().find(|(n, _)| *n == full) {
            f.1 += weight;
        } else if found.len() < 32 {
            found.push((full, weight));
        }
    }
    for l in lines.iter().skip(head_end) {
        let t = l.text;
        for (at, _) in t.match_indices("中共") {
            let rest = t.get(at + "中共".len()..).unwrap_or("");
            let name: String = rest
                .chars()
                .take_while(|&c| is_ideograph(c))
                .take(9)
                .collect();
            // The unit is the last character before 委 within the name run.
            if let Some(w) = name.find('委') {
                let before = name.get(..w).unwrap_or("");
                if let Some(unit) = before.chars().last().filter(|u| OWN_UNITS.contains(u)) {
                    let n = before.get(..before.len() - unit.len_utf8()).unwrap_or("");
                    let n_chars = n.chars().count();
                    if (2..=7).contains(&n_chars) && !n.contains('第') && !n.starts_with("中央")
                    {
                        add(&mut found, n, unit, 2);
                    }
                }
            }
        }
        // The government's own plans and rules: `《甲乙市城市总体规划》`.
        for (at, _) in t.match_indices('《') {
            let rest = t.get(at + '《'.len_utf8()..).unwrap_or("");
            if let Some((n, unit)) = titled_name(rest) {
                add(&mut found, n, unit, 1);
            }
        }
        for cue in ["人民政府", "届人民代表大会"] {
            for (at, _) in t.match_indices(cue) {
                let mut end = at;
                if cue.starts_with('届') {
                    // Back over the term number to 第.
                    match t.get(..at).and_then(before_term_number) {
                        Some(h) => end = h.len(),
                        None => continue,
                    }
                }
                let Some(unit) = t.get(..end).and_then(|h| h.chars().last()) else {
                    continue;
                };
                if !OWN_UNITS.contains(&unit) {
                    continue;
                }
                let unit_at = end - unit.len_utf8();
                if let Some(n) = name_before(t, unit_at) {
                    add(&mut found, n, unit, 1);
                }
            }
        }
    }
    let level_of_found = |n: &str| last_unit(n).and_then(|(u, p)| level_of(&u, p));
    let best = found
        .iter()
        .enumerate()
        .max_by_key(|(i, (n, w))| {
            let fits = level.is_some_and(|l| level_of_found(n) == Some(l));
            (fits, *w, usize::MAX - i)
        })
        .map(|(_, (n, _))| n.clone())?;
    last_unit(&best)
}

/// Units of a city or county whose own documents a report cites by title.
const TITLED_UNITS: &[char] = &['市', '州', '县'];

/// The place a document title opens with (`甲乙市城市总体规划》` →
/// `甲乙`, `市`): two to four ideographs and the unit of a city or county
/// (a province's or a district's rules say little about who reports). A
/// unit in a common word (`武汉城市圈`, `城市群`) or after a title's verb
/// (`关于加强市…`) is none.
fn titled_name(rest: &str) -> Option<(&str, char)> {
    if rest.starts_with("关于") {
        return None;
    }
    for (k, (i, c)) in rest.char_indices().take(5).enumerate() {
        if !is_ideograph(c) || ends_name(c) && !TITLED_UNITS.contains(&c) {
            return None;
        }
        if k >= 2 && TITLED_UNITS.contains(&c) {
            let after = rest.get(i + c.len_utf8()..).unwrap_or("");
            let name = rest.get(..i)?;
            // `城市`, `生态市`, `文明市` name a kind of city, not one.
            let common = c == '市' && ["城", "生态", "文明"].iter().any(|w| name.ends_with(w))
                || after.starts_with(['圈', '群', '带', '场', '民', '长', '委']);
            return (!common).then_some((name, c));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units() {
        let u = last_unit;
        assert_eq!(u("大连市中山区"), Some(("中山区".into(), true)));
        assert_eq!(u("辽宁省大连市中山区"), Some(("中山区".into(), true)));
        assert_eq!(u("宁夏回族自治区"), Some(("宁夏回族自治区".into(), false)));
        assert_eq!(u("杭州市"), Some(("杭州市".into(), false)));
        assert_eq!(u("荆州市沙市区"), Some(("沙市区".into(), true)));
        assert_eq!(u("苏州市昆山市"), Some(("昆山市".into(), true)));
        assert_eq!(u("湖北省"), Some(("湖北省".into(), false)));
        assert_eq!(u("省"), None);
        assert_eq!(u("自治区"), None);
        assert_eq!(u("沛县"), Some(("沛县".into(), false)));
        assert_eq!(u("江岸"), None);
        assert_eq!(level_of("昆山市", true), Some(Level::County));
        assert_eq!(level_of("上海市", false), Some(Level::Province));
        assert_eq!(level_of("武汉市", false), Some(Level::City));
        assert_eq!(level_of("恩施土家族苗族自治州", false), Some(Level::City));
        assert_eq!(level_of("中山区", true), Some(Level::District));
        assert_eq!(level_of("宁夏回族自治区", false), Some(Level::Province));
        assert_eq!(level_of("鄂温克族自治旗", false), Some(Level::County));
    }

    fn body_lines(t: &str) -> Vec<Line<'_>> {
        let mut start = 0;
        t.split('\n')
            .map(|l| {
                let line = Line {
                    start,
                    text: l,
                    chars: l.chars().count(),
                };
                start += l.len() + 1;
                line
            })
            .collect()
    }

    #[test]
    fn region_from_the_body() {
        let r = |t: &str, level| region_in_body(&body_lines(t), 0, level).map(|(u, _)| u);
        // The party committee names the city; the province's is passed over for a city report.
        assert_eq!(
            r(
                "在中共某省委和中共甲乙市委的领导下，全市经济增长。",
                Some(Level::City)
            ),
            Some("甲乙市".into())
        );
        assert_eq!(
            r("完善了《甲乙市人民政府工作规则》。", Some(Level::City)),
            Some("甲乙市".into())
        );
        // A term number is no name.
        assert_eq!(
            r("我代表第五届市人民政府报告工作。", Some(Level::City)),
            None
        );
        assert_eq!(strip_term("第五届市"), "市");
        assert_eq!(strip_term("本届县"), "县");
        assert_eq!(strip_term("甲乙市"), "甲乙市");
        assert_eq!(strip_term("甲乙市第五届"), "甲乙市");
        assert_eq!(strip_term("甲乙市第12届"), "甲乙市");
        assert_eq!(strip_term("第届"), "第届");
        assert_eq!(r("中共中央和国务院。", None), None);
        // The government's own plans, by title.
        assert_eq!(
            r(
                "实施《甲乙市城市总体规划》和《甲乙市环境保护条例》。",
                Some(Level::City)
            ),
            Some("甲乙市".into())
        );
        assert_eq!(r("融入《武汉城市圈总体规划》。", Some(Level::City)), None);
        assert_eq!(r("编制《甲乙生态市建设规划》。", Some(Level::City)), None);
        assert_eq!(
            r("出台《关于加强市场监管的意见》。", Some(Level::City)),
            None
        );
        assert_eq!(r("落实《某某省环境保护条例》。", Some(Level::City)), None);
    }
}
