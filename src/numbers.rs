//! Number forms: Arabic (with thousands separators and decimals) and Chinese
//! numerals (`一亿`, `两万`, `三千`, `十二`, `六点五`).
//!
//! Parsers work on a slice of characters starting at the number and return the
//! value and how many characters it took. A trailing `万`/`亿` is left out of a
//! Chinese numeral, because the model keeps multipliers in the unit (`两万人` →
//! value 2, unit `万人`).

/// Parses an Arabic number at the start of `chars`: `1900`, `1,234.5`, `0.3`.
///
/// A comma counts as a thousands separator only before exactly three digits; a
/// point counts only before a digit. Returns `(value, chars used)`.
pub fn arabic(chars: &[char]) -> Option<(f64, usize)> {
    // Digit runs are counted at most this far: longer ones are codes, not numbers.
    const LONGEST: usize = 24;
    let digits = |from: usize| {
        chars.get(from..).map_or(0, |rest| {
            rest.iter().take_while(|c| c.is_ascii_digit()).count()
        })
    };
    let group = |from: usize| {
        chars.get(from..).map_or(0, |rest| {
            rest.iter()
                .take(4)
                .take_while(|c| c.is_ascii_digit())
                .count()
        })
    };
    let mut n = digits(0);
    if n == 0 {
        return None;
    }
    if n > LONGEST {
        // A digit run too long to be a quantity: consumed whole, value infinite.
        return Some((f64::INFINITY, n));
    }
    let mut text: String = chars[..n].iter().collect();
    // Thousands groups: ",ddd" not followed by another digit.
    while chars.get(n) == Some(&',') && group(n + 1) == 3 && text.len() < LONGEST {
        text.extend(&chars[n + 1..n + 4]);
        n += 4;
    }
    if chars.get(n) == Some(&'.') && group(n + 1) > 0 {
        let frac = digits(n + 1).min(LONGEST);
        text.push('.');
        text.extend(&chars[n + 1..n + 1 + frac]);
        n += 1 + frac;
    }
    Some((decimal_value(&text), n))
}

/// Exact powers of ten as `f64` (10^22 is the last one `f64` holds exactly).
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The value of ASCII digits with at most one `.`, without the standard
/// library's float parser (its tables cost ~5 KB of wasm). Up to 15
/// significant digits the result is exact — the correctly rounded quotient of
/// two exact `f64`s, as `str::parse` gives; beyond that, digits past the 19th
/// are dropped (a report's figures never have that many).
pub fn decimal_value(text: &str) -> f64 {
    let mut mantissa: u64 = 0;
    let mut digits = 0u32;
    let mut scale: i32 = 0;
    let mut fraction = false;
    for b in text.bytes() {
        match b {
            b'.' if !fraction => fraction = true,
            b'0'..=b'9' => {
                if digits < 19 {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    if mantissa > 0 {
                        digits += 1;
                    }
                    if fraction {
                        scale -= 1;
                    }
                } else if !fraction {
                    scale += 1;
                }
            }
            _ => return f64::INFINITY,
        }
    }
    let m = mantissa as f64;
    let power = |k: i32| POW10.get(k.unsigned_abs() as usize).copied();
    match scale {
        0 => m,
        s if s < 0 => match power(s) {
            Some(p) => m / p,
            None => m / 10f64.powi(-s),
        },
        s => match power(s) {
            Some(p) => m * p,
            None => m * 10f64.powi(s),
        },
    }
}

/// The value of a Chinese digit character, `〇`/`零` to `九` and `两`.
pub fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// The value of a Chinese place character (`十` 10, `百` 100, `千` 1000, `万`, `亿`).
fn chinese_place(c: char) -> Option<f64> {
    Some(match c {
        '十' => 1e1,
        '百' => 1e2,
        '千' => 1e3,
        '万' => 1e4,
        '亿' => 1e8,
        _ => return None,
    })
}

/// Is `c` a character of a Chinese numeral?
pub fn is_chinese_numeral(c: char) -> bool {
    chinese_digit(c).is_some() || chinese_place(c).is_some()
}

/// A Chinese numeral parsed by [`chinese`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChineseNumber {
    /// Its value, without a trailing `万`/`亿`.
    pub value: f64,
    /// How many characters it took (the trailing multiplier excluded).
    pub len: usize,
    /// How many digit characters it has (`十二` has one: `二`).
    pub digits: usize,
}

/// Parses a Chinese numeral at the start of `chars`, leaving a trailing
/// multiplier (`万`, `亿`, `万亿`) for the unit: `两万` → 2 (1 char), `三千` →
/// 3000, `十二` → 12, `一万五千` → 15000, `六点五` → 6.5.
pub fn chinese(chars: &[char]) -> Option<ChineseNumber> {
    // Longer runs are enumerations or idioms, not numbers; counting stops early
    // so that any input costs constant time here.
    let run = chars
        .iter()
        .take(17)
        .take_while(|&&c| is_chinese_numeral(c))
        .count();
    if run == 0 || run > 16 {
        return None;
    }
    // Leave a trailing 万 / 亿 / 万亿 to the unit, unless the numeral has inner
    // multipliers (`两亿三千万` is one number).
    let mut len = run;
    while len > 0 && matches!(chars[len - 1], '万' | '亿') {
        len -= 1;
    }
    if chars[..len].iter().any(|&c| matches!(c, '万' | '亿')) {
        len = run;
    }
    if len == 0 {
        return None;
    }
    let has_zero = chars[..len].iter().any(|&z| matches!(z, '〇' | '零'));
    let mut total = 0f64; // the 亿 level
    let mut section = 0f64; // the 万 level
    let mut small = 0f64; // below 万
    let mut digit: Option<f64> = None;
    let mut digits = 0;
    for &c in &chars[..len] {
        if let Some(d) = chinese_digit(c) {
            digits += 1;
            digit = Some(match digit {
                // Digits in a row read positionally only with a zero in them
                // ("二〇二四"); "一二三" is an enumeration, not a number.
                Some(prev) if has_zero => prev * 10.0 + d as f64,
                Some(_) => return None,
                None => d as f64,
            });
        } else if let Some(place) = chinese_place(c) {
            if place >= 1e8 {
                let below = total + section + small + digit.unwrap_or(0.0);
                total = if below == 0.0 { 1.0 } else { below } * place;
                section = 0.0;
                small = 0.0;
            } else if place >= 1e4 {
                let below = small + digit.unwrap_or(0.0);
                section += if below == 0.0 { 1.0 } else { below } * place;
                small = 0.0;
            } else {
                small += digit.unwrap_or(1.0) * place;
            }
            digit = None;
        }
    }
    let mut value = total + section + small + digit.unwrap_or(0.0);
    let mut used = len;
    // A decimal part: 六点五, 一点二五.
    if chars.get(len) == Some(&'点') {
        let frac: Vec<u32> = chars[len + 1..]
            .iter()
            .map_while(|&c| chinese_digit(c))
            .collect();
        if !frac.is_empty() {
            let mut scale = 0.1;
            for d in &frac {
                value += *d as f64 * scale;
                scale /= 10.0;
            }
            used = len + 1 + frac.len();
            digits += frac.len();
        }
    }
    Some(ChineseNumber {
        value,
        len: used,
        digits,
    })
}

#[cfg(test)]
mod tests {

    #[test]
    fn decimal_values_equal_the_standard_parser() {
        for s in [
            "0",
            "5",
            "5.5",
            "13.65",
            "62661",
            "0.1",
            "0.2",
            "0.3",
            "4.6",
            "1.15",
            "2.63",
            "60199.45",
            "33757.93",
            "1640.06",
            "0.0001",
            "123456789012345",
            "12345678.1234567",
            "007",
            "1.0",
            "99.99",
            "3.14159265358979",
            "2.2",
            "116.2",
            "10.26",
        ] {
            assert_eq!(super::decimal_value(s), s.parse::<f64>().unwrap(), "{s}");
        }
        assert!(super::decimal_value("1234567890123456789012").is_finite());
        assert_eq!(super::decimal_value("1.2.3"), f64::INFINITY);
    }
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn arabic_forms() {
        let cases: &[(&str, Option<(f64, usize)>)] = &[
            ("1900亿元", Some((1900.0, 4))),
            ("1,234.5万", Some((1234.5, 7))),
            ("12,34", Some((12.0, 2))),
            ("0.3个百分点", Some((0.3, 3))),
            ("1.园区", Some((1.0, 1))),
            ("5G", Some((5.0, 1))),
            ("亿元", None),
            ("1,000,000元", Some((1e6, 9))),
            ("1234567890123456789012345678", Some((f64::INFINITY, 28))),
        ];
        for (s, want) in cases {
            assert_eq!(arabic(&chars(s)), *want, "{s}");
        }
    }

    #[test]
    fn chinese_forms() {
        let cases: &[(&str, f64, usize)] = &[
            ("一亿元", 1.0, 1),
            ("两万人", 2.0, 1),
            ("三千人", 3000.0, 2),
            ("十二个", 12.0, 2),
            ("二十届", 20.0, 2),
            ("一百二十个", 120.0, 4),
            ("一万五千人", 15000.0, 4),
            ("三千五百万元", 3500.0, 4),
            ("六点五", 6.5, 3),
            ("一千二百亩", 1200.0, 4),
            ("二〇二四", 2024.0, 4),
            ("一百零五", 105.0, 4),
            ("两亿三千万元", 2.3e8, 5),
            ("十万", 10.0, 1),
        ];
        for (s, value, len) in cases {
            let got = chinese(&chars(s)).unwrap_or_else(|| panic!("{s}"));
            assert_eq!((got.value, got.len), (*value, *len), "{s}");
        }
        assert_eq!(chinese(&chars("万亩")), None);
        assert_eq!(chinese(&chars("一二三次")), None);
        assert_eq!(chinese(&chars("亿元")), None);
    }
}
