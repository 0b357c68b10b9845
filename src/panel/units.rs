//! Pass 3 — unit conversion: a result written in another unit of the same
//! measure as its target (`1300万吨` against `亿斤`, `5.3万亿元` against
//! `亿元`) is restated in the target's unit. Units of different measures
//! (`%` and `个百分点`, `元` and `美元`) are never compared.

/// Multipliers that may lead a unit, longest first.
const MULTIPLIERS: &[(&str, f64)] = &[
    ("万亿", 1e12),
    ("千亿", 1e11),
    ("百亿", 1e10),
    ("千万", 1e7),
    ("百万", 1e6),
    ("亿", 1e8),
    ("万", 1e4),
    ("千", 1e3),
    ("百", 1e2),
];

/// Base units that are the same measure at a fixed ratio: (unit, measure, size in the measure's standard unit).
const CONVERSIONS: &[(&str, &str, f64)] = &[
    ("吨", "mass", 1000.0),
    ("公斤", "mass", 1.0),
    ("千克", "mass", 1.0),
    ("斤", "mass", 0.5),
    ("平方米", "area", 1.0),
    ("平米", "area", 1.0),
    ("亩", "area", 2000.0 / 3.0),
    ("公顷", "area", 10_000.0),
    ("平方公里", "area", 1e6),
    ("平方千米", "area", 1e6),
    ("米", "length", 1.0),
    ("公里", "length", 1000.0),
    ("千米", "length", 1000.0),
    ("人", "people", 1.0),
    ("名", "people", 1.0),
];

/// Units whose leading `千`/`百`/`万` is part of the unit, not a multiplier.
const WHOLE_UNITS: &[&str] = &["千克", "千米", "千瓦", "千瓦时", "百分点"];

/// A unit split into its multiplier and its base unit (`亿斤` → 1e8, `斤`).
fn split(unit: &str) -> (f64, &str) {
    if WHOLE_UNITS.contains(&unit) {
        return (1.0, unit);
    }
    for (prefix, factor) in MULTIPLIERS {
        if let Some(rest) = unit.strip_prefix(prefix) {
            if !rest.is_empty() {
                let (inner, base) = split(rest);
                return (factor * inner, base);
            }
        }
    }
    (1.0, unit)
}

/// The size of one `unit` in the standard unit of its measure, and the measure.
fn size(unit: &str) -> (f64, &str) {
    let (factor, base) = split(unit);
    match CONVERSIONS.iter().find(|(u, _, _)| *u == base) {
        Some((_, measure, per)) => (factor * per, measure),
        None => (factor, base),
    }
}

/// `value` written in `from`, restated in `to`; `None` when the two units are
/// not the same measure.
pub fn convert(value: f64, from: &str, to: &str) -> Option<f64> {
    if from == to {
        return Some(value);
    }
    let (from_size, from_measure) = size(from);
    let (to_size, to_measure) = size(to);
    if from_measure != to_measure || to_size == 0.0 {
        return None;
    }
    Some(tidy(value * from_size / to_size))
}

/// Rounds away binary noise (`3.9 − 5` = −1.0999999999999996 → −1.1): keeps 10 significant digits.
pub fn tidy(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let digits = 10 - (x.abs().log10().floor() as i32) - 1;
    let scale = 10f64.powi(digits.clamp(-300, 300));
    let rounded = (x * scale).round() / scale;
    if rounded.is_finite() {
        rounded
    } else {
        x
    }
}
