//! Pass 1 — region identity: which reports speak for the same government.
//!
//! Names are matched by identity, not by string: a provincial-level name in
//! any of its forms (see [`super::provinces`]) is that province; the State
//! Council's report (`国务院`, `中华人民共和国`, level `national`) is the
//! nation; any other name (a city, county or district) is its name with a
//! leading province and its level suffix removed (`某某区` = `某某`),
//! together with the report's level when it states one.

use super::provinces;
use crate::model::Level;

/// The display name of the nation's row.
pub const NATIONAL: &str = "全国";

/// Names that denote the national government.
const NATIONAL_NAMES: &[&str] = &[
    "国务院",
    "中华人民共和国",
    "中华人民共和国国务院",
    "中国",
    "全国",
    "中央人民政府",
];

/// The identity of a region: two reports with equal keys are the same government.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RegionKey {
    /// The State Council.
    National,
    /// A provincial-level division, by its index in [`provinces::PROVINCES`].
    Province(usize),
    /// Any other government: its level (when known) and its name without the level suffix.
    Other(Option<LevelKey>, String),
}

impl RegionKey {
    /// Whether two keys denote the same government: equal keys, or the same
    /// sub-provincial name where one report's level is unknown (a report
    /// whose text does not name its government, named by the user or its
    /// file: `台州市` with no level is the `台州市` a city's report names).
    pub fn matches(&self, other: &RegionKey) -> bool {
        match (self, other) {
            (RegionKey::Other(a, x), RegionKey::Other(b, y)) => {
                x == y && (a == b || a.is_none() || b.is_none())
            }
            _ => self == other,
        }
    }
}

/// A sub-provincial level, ordered for sorting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LevelKey {
    /// A prefecture-level city.
    City,
    /// A county.
    County,
    /// A city district.
    District,
}

/// A region as the panel shows it: its key and its display name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// What identifies it.
    pub key: RegionKey,
    /// How rows name it.
    pub name: String,
}

/// The region a report speaks for, from its `meta.region` and `meta.level`;
/// `None` when the report names none.
pub fn identify(name: Option<&str>, level: Option<Level>) -> Option<Region> {
    let name: String = name?.chars().filter(|c| !c.is_whitespace()).collect();
    if level == Some(Level::National) || NATIONAL_NAMES.contains(&name.as_str()) {
        return Some(Region {
            key: RegionKey::National,
            name: NATIONAL.to_string(),
        });
    }
    if name.is_empty() {
        return None;
    }
    let sub_provincial = matches!(level, Some(Level::City | Level::County | Level::District));
    if !sub_provincial {
        if let Some(at) = provinces::find(&name) {
            return Some(Region {
                key: RegionKey::Province(at),
                name: provinces::PROVINCES[at].full.to_string(),
            });
        }
    }
    let level_key = match level {
        Some(Level::City) => Some(LevelKey::City),
        Some(Level::County) => Some(LevelKey::County),
        Some(Level::District) => Some(LevelKey::District),
        _ => None,
    };
    Some(Region {
        key: RegionKey::Other(level_key, stem(&name).to_string()),
        name,
    })
}

/// A sub-provincial name without a leading province and its level suffix.
fn stem(name: &str) -> &str {
    let name = provinces::strip_leading(name);
    crate::words::UNIT_WORDS
        .iter()
        .find_map(|s| {
            name.strip_suffix(s)
                .filter(|rest| rest.chars().count() >= 2)
        })
        .unwrap_or(name)
}
