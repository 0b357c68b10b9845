//! The region settled against the gazetteer (cargo feature `gazetteer`):
//! its official code, a wrong read dropped, and the name a report uses of
//! itself when it never names its own government.

use super::region::level_of;
use crate::gazetteer::{bare, by_code, prefecture_entries};
use crate::model::Level;
use crate::structure::text::Line;

/// Characters of the body searched for the name a report uses of itself.
const SELF_CHARS: usize = 6000;

/// The region and its code, settled against the gazetteer.
pub(super) struct Settled {
    /// The unit and whether a city-level unit precedes it (as `last_unit` gives it).
    pub region: Option<(String, bool)>,
    /// The official code, when the gazetteer knows the unit.
    pub code: Option<u32>,
    /// The level the gazetteer gives a province or prefecture-level unit.
    pub level: Option<Level>,
}

/// The opening of the body, up to [`SELF_CHARS`] characters.
fn opening(lines: &[Line], head_end: usize) -> String {
    let mut out = String::new();
    let mut n = 0;
    for l in lines.iter().skip(head_end) {
        if n >= SELF_CHARS {
            break;
        }
        out.push_str(l.text);
        out.push('\n');
        n += l.chars + 1;
    }
    out
}

/// How a report speaks of itself, by its words for the whole of its area and
/// its government: `全市`/`我市`/`市政府`/`市委` (also `全州`, `全盟`) a
/// prefecture-level city, `全县`/`我县`/`县政府`/`县委` (`全旗`) a county,
/// `全省`/`我省`/`省政府`/`省委` a province (a city report names its
/// province's ranking often, so a province only when it outnumbers the city
/// threefold).
fn own_level(text: &str) -> Option<Level> {
    let count = |words: &[&str]| {
        words
            .iter()
            .map(|w| crate::words::offsets(text, w).count())
            .sum::<usize>()
    };
    let city = count(&[
        "全市",
        "我市",
        "市政府",
        "市委",
        "全州",
        "我州",
        "全盟",
        "我盟",
    ]);
    let county = count(&["全县", "我县", "县政府", "县委", "全旗", "我旗"]);
    let province = count(&["全省", "我省", "省政府", "省委"]);
    if county > city && county >= 2 {
        Some(Level::County)
    } else if province > 3 * city && province >= 2 {
        Some(Level::Province)
    } else if city >= 2 {
        Some(Level::City)
    } else {
        None
    }
}

/// The prefecture-level unit a report speaks of as itself: the bare
/// gazetteer name (`赣州`, or a former one, `思茅`) named most often in the
/// body's opening — at least three times and 1.5 times as often as any other
/// prefecture-level unit, and more than a third as often as any of its counties. Provinces
/// and counties are never taken, so neither a report's province nor the
/// counties it lists are taken for it.
fn self_named(text: &str) -> Option<(u32, usize)> {
    // (first char, stem, code) of every prefecture-level name.
    let mut stems: Vec<(char, &'static str, u32)> = prefecture_entries()
        .filter(|&(code, _, stem)| code % 10_000 != 0 && stem.chars().count() >= 2)
        .filter_map(|(code, _, stem)| Some((stem.chars().next()?, stem, code)))
        .collect();
    crate::sort::merge_sort(&mut stems);
    stems.dedup();
    let mut counts: Vec<(u32, usize)> = Vec::new();
    for (i, c) in text.char_indices() {
        let from = stems.partition_point(|s| s.0 < c);
        for &(first, stem, code) in stems.get(from..).unwrap_or(&[]) {
            if first != c {
                break;
            }
            if text.get(i..).is_some_and(|r| r.starts_with(stem)) {
                match counts.iter_mut().find(|(k, _)| *k == code) {
                    Some(k) => k.1 += 1,
                    None => counts.push((code, 1)),
                }
            }
        }
    }
    // Most often first, then by code.
    let mut ranked: Vec<(usize, u32)> = counts.iter().map(|&(c, n)| (usize::MAX - n, c)).collect();
    crate::sort::merge_sort(&mut ranked);
    let (best, code) = ranked.first().map(|&(n, c)| (usize::MAX - n, c))?;
    let second = ranked.get(1).map_or(0, |&(n, _)| usize::MAX - n);
    let clear = best >= 3 && 2 * best >= 3 * second;
    (clear && !county_named_more(text, code, best)).then_some((code, best))
}

/// Whether a county-level unit under the prefecture (other than one of the
/// prefecture's own bare name, `恩施市` of `恩施州`) is named at least three
/// times as often as the prefecture: the report is likely that county's or
/// county-level city's (`我代表市人民政府` of a 县级市), so no prefecture is
/// taken for it. Needs the county table.
#[cfg(feature = "counties")]
fn county_named_more(text: &str, prefecture: u32, count: usize) -> bool {
    let Some(own) = by_code(prefecture).map(|d| bare(d.name)) else {
        return false;
    };
    crate::gazetteer::county_stems_under(prefecture)
        .filter(|s| *s != own && !own.contains(s) && s.chars().count() >= 2)
        .any(|s| text.match_indices(s).count() >= 3 * count)
}

/// Without the county table a county cannot be told from its prefecture.
#[cfg(not(feature = "counties"))]
fn county_named_more(_text: &str, _prefecture: u32, _count: usize) -> bool {
    false
}

/// The province or prefecture-level unit a name means (`赣州市`, `恩施州`,
/// a former `襄樊市`): its full name, else its bare name, when exactly one
/// unit has it.
fn prefecture_code(unit: &str) -> Option<u32> {
    let one = |full: bool| {
        let b = bare(unit);
        let mut found = prefecture_entries()
            .filter(|&(_, name, stem)| if full { name == unit } else { stem == b })
            .map(|(code, _, _)| code);
        let code = found.next()?;
        (!found.any(|c| c != code)).then_some(code)
    };
    one(true).or_else(|| one(false))
}

/// The county-level unit a name means: the only one of that name, or the
/// one whose prefecture the body names most. None without the county table.
#[cfg(feature = "counties")]
fn county_code(unit: &str, text: &str) -> Option<u32> {
    let found: Vec<crate::gazetteer::Division> = crate::gazetteer::lookup(unit)
        .into_iter()
        .filter(|d| matches!(d.level, Level::County | Level::District))
        .collect();
    if let [one] = found.as_slice() {
        return Some(one.code);
    }
    let named = |d: &crate::gazetteer::Division| {
        let parent = d.parent.and_then(by_code)?;
        let n = text.match_indices(bare(parent.name)).count();
        (n > 0).then_some(n)
    };
    let scored: Vec<(usize, u32)> = found
        .iter()
        .filter_map(|d| Some((named(d)?, d.code)))
        .collect();
    // The most named parent, when no other is named as often.
    let best = scored.iter().copied().max()?;
    let tie = scored.iter().filter(|s| s.0 == best.0).count() > 1;
    (!tie).then_some(best.1)
}

/// Without the county table no county-level unit has a code.
#[cfg(not(feature = "counties"))]
fn county_code(_unit: &str, _text: &str) -> Option<u32> {
    None
}

/// Settles the region read from the head (dateline, speaker, title,
/// `我代表…`) or the body against the gazetteer:
/// - a province or prefecture-level unit it knows gets its code and level;
///   a county-level unit its code when the county table is compiled in;
/// - a name of a prefecture's kind (`…市`, `…州`) it does not know
///   (`听取审议市`, `美丽朔州`, a misprint) gives way to the unit the report
///   speaks of as itself when that is named more often; else, read from the
///   body (`from_body`, not the head or the opening sentence), it is kept
///   only when its bare name recurs (a county-level city names itself
///   often), and dropped otherwise;
/// - a county-level name in a report that speaks of itself as a city gives
///   way to the city when the city is named more often; read from the body
///   and unknown to the county table (when compiled in), it is dropped;
/// - without a region, a report that speaks of itself as a city (`全市`,
///   `我代表市人民政府`) gets the prefecture-level unit it names most.
pub(super) fn settle(
    region: Option<(String, bool)>,
    lines: &[Line],
    head_end: usize,
    hint: Option<Level>,
    from_body: bool,
) -> Settled {
    // The opening is read only when the name alone does not settle it.
    let cell = std::cell::OnceCell::new();
    let text = || cell.get_or_init(|| opening(lines, head_end)).as_str();
    let fallback = |min: usize| {
        let (code, n) = self_named(text())?;
        let d = by_code(code)?;
        (n > min).then(|| Settled {
            region: Some((d.name.to_string(), false)),
            code: Some(code),
            level: Some(d.level),
        })
    };
    let speaks_as_city = || {
        let own = own_level(text());
        match hint {
            Some(Level::City) => own != Some(Level::County),
            Some(_) => false,
            None => own == Some(Level::City),
        }
    };
    let Some((unit, parent_city)) = region else {
        if speaks_as_city() {
            if let Some(s) = fallback(0) {
                return s;
            }
        }
        return Settled {
            region: None,
            code: None,
            level: None,
        };
    };
    let level = level_of(&unit, parent_city);
    if unit == "国务院" {
        return Settled {
            region: Some((unit, parent_city)),
            code: None,
            level: None,
        };
    }
    match level {
        Some(Level::Province | Level::City) => {
            if let Some(code) = prefecture_code(&unit) {
                let level = by_code(code).map(|d| d.level);
                return Settled {
                    region: Some((unit, parent_city)),
                    code: Some(code),
                    level,
                };
            }
            let own = text().match_indices(bare(&unit)).count();
            if let Some(s) = fallback(own) {
                return s;
            }
            let code = county_code(&unit, text());
            if !from_body || own >= 3 || code.is_some() {
                Settled {
                    region: Some((unit, parent_city)),
                    code,
                    level: None,
                }
            } else {
                Settled {
                    region: None,
                    code: None,
                    level: None,
                }
            }
        }
        _ => {
            // A county's name in a report that speaks of itself as a city:
            // the city, when it names itself more often.
            if speaks_as_city() {
                let own = text().match_indices(bare(&unit)).count();
                if let Some(s) = fallback(own) {
                    return s;
                }
            }
            let code = county_code(&unit, text());
            // With the county table, a county-level name read from the body
            // that no unit has (`振兴南部县`) is no region.
            let unknown = crate::gazetteer::HAS_COUNTIES
                && code.is_none()
                && crate::gazetteer::lookup(&unit).is_empty();
            if from_body && unknown {
                return Settled {
                    region: None,
                    code: None,
                    level: None,
                };
            }
            Settled {
                code,
                region: Some((unit, parent_city)),
                level: None,
            }
        }
    }
}
