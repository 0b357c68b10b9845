//! Word tests for the cue tables: what `str::contains`, `starts_with`,
//! `ends_with` and their `strip_` forms say, checked byte by byte.
//!
//! The cue words are short and most texts they are looked for in are short
//! (a clause, a metric phrase). On such texts the standard searches pay a
//! set-up or a `memcmp` call at every position; these compare a byte that
//! tells words apart (the last byte of a CJK character) before the rest, so
//! almost every position costs one comparison. Texts long enough for the
//! standard library's vectorised search (16 bytes past the word) go to it.

/// The unit words an administrative division's name ends with, longest
/// first (`赣州市`, `恩施土家族苗族自治州`, `吕梁地区`): one list for the
/// gazetteer's bare names, the region reader and the panel's region identity.
pub(crate) const UNIT_WORDS: &[&str] = &[
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "新区",
    "林区",
    "特区",
    "省",
    "市",
    "区",
    "县",
    "旗",
    "盟",
    "州",
];

/// Is `text` long enough for `str::contains` to search it 16 bytes at a time?
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn long(text: &[u8], word: &[u8]) -> bool {
    text.len() >= word.len() + 16
}

/// The byte offset of the first occurrence of `word` in `text` (as
/// `text.find(word)`).
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn find(text: &str, word: &str) -> Option<usize> {
    let (t, w) = (text.as_bytes(), word.as_bytes());
    let Some(&last) = w.last() else {
        return Some(0);
    };
    if long(t, w) && !text.contains(word) {
        return None;
    }
    let k = w.len() - 1;
    t.windows(w.len())
        .position(|at| at.get(k) == Some(&last) && at == w)
}

/// Does `text` contain `word`?
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn has(text: &str, word: &str) -> bool {
    if long(text.as_bytes(), word.as_bytes()) {
        return text.contains(word);
    }
    find(text, word).is_some()
}

/// The byte offsets of the occurrences of `word` in `text`, left to right and
/// not overlapping (as `text.match_indices(word)`).
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn offsets<'a>(text: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0usize;
    std::iter::from_fn(move || {
        if word.is_empty() {
            // `match_indices("")` matches at every character boundary; no cue is empty.
            return None;
        }
        let rest = text.get(from..)?;
        let at = from + find(rest, word)?;
        from = at + word.len();
        Some(at)
    })
}

/// Does `text` start with `word`?
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn starts(text: &str, word: &str) -> bool {
    let (t, w) = (text.as_bytes(), word.as_bytes());
    // The second byte tells CJK words apart, the first seldom does.
    t.len() >= w.len() && (w.len() < 2 || t.get(1) == w.get(1)) && t.starts_with(w)
}

/// Does `text` end with `word`?
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn ends(text: &str, word: &str) -> bool {
    let (t, w) = (text.as_bytes(), word.as_bytes());
    t.len() >= w.len() && (w.is_empty() || t.last() == w.last()) && t.ends_with(w)
}

/// `text` without `word` at its start (as `text.strip_prefix(word)`).
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn strip_start<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    if starts(text, word) {
        text.get(word.len()..)
    } else {
        None
    }
}

/// `text` without `word` at its end (as `text.strip_suffix(word)`).
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn strip_end<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    if ends(text, word) {
        text.get(..text.len() - word.len())
    } else {
        None
    }
}

/// A table of words (one or more lists read as one, in order) that finds
/// the first word a text starts or ends with, in table order, comparing only
/// the words that share the text's key byte: the last byte of the first
/// character (prefix tables) or of the last (suffix tables). Indexed on first
/// use.
pub(crate) struct Table {
    lists: &'static [&'static [&'static str]],
    at_end: bool,
    /// (key byte, position in the table, word), sorted.
    index: std::sync::OnceLock<Vec<(u8, u16, &'static str)>>,
}

impl Table {
    /// A table of words a text may start with.
    pub(crate) const fn prefixes(lists: &'static [&'static [&'static str]]) -> Self {
        Table {
            lists,
            at_end: false,
            index: std::sync::OnceLock::new(),
        }
    }

    /// A table of words a text may end with.
    pub(crate) const fn suffixes(lists: &'static [&'static [&'static str]]) -> Self {
        Table {
            lists,
            at_end: true,
            index: std::sync::OnceLock::new(),
        }
    }

    /// The key byte of a text or word.
    fn key(&self, s: &str) -> Option<u8> {
        let b = s.as_bytes();
        if self.at_end {
            b.last().copied()
        } else {
            let n = s.chars().next()?.len_utf8();
            b.get(n - 1).copied()
        }
    }

    fn index(&self) -> &[(u8, u16, &'static str)] {
        self.index.get_or_init(|| {
            let words = || self.lists.iter().flat_map(|l| l.iter()).enumerate();
            let mut out = Vec::new();
            for key in 0..=u8::MAX {
                for (at, w) in words() {
                    if self.key(w) == Some(key) {
                        out.push((key, at as u16, *w));
                    }
                }
            }
            out
        })
    }

    /// The first word at or after position `from` of the table that `text`
    /// starts (prefix table) or ends (suffix table) with, and its position.
    pub(crate) fn next(&self, text: &str, from: usize) -> Option<(usize, &'static str)> {
        let key = self.key(text)?;
        let index = self.index();
        let start = index.partition_point(|e| (e.0, (e.1 as usize)) < (key, from));
        index
            .get(start..)?
            .iter()
            .take_while(|e| e.0 == key)
            .find(|e| {
                if self.at_end {
                    ends(text, e.2)
                } else {
                    starts(text, e.2)
                }
            })
            .map(|e| (e.1 as usize, e.2))
    }

    /// `text` without the first word of the table it starts or ends with.
    pub(crate) fn strip_first<'a>(&self, text: &'a str) -> Option<&'a str> {
        let (_, w) = self.next(text, 0)?;
        if self.at_end {
            text.get(..text.len() - w.len())
        } else {
            text.get(w.len()..)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_the_standard_searches() {
        let texts = [
            "",
            "年",
            "地区生产总值增长5.5%",
            "比上年增长，去年上年",
            "aaaa",
            "全市增长5%以上aa",
            "全市地区生产总值预计迈上1900亿元台阶，同比增长5.5%，高于全国0.5个百分点，五年来累计增长40%以上，过去五年",
        ];
        let words = [
            "",
            "年",
            "上年",
            "增长",
            "a",
            "aa",
            "全市",
            "5%",
            "过去五年",
            "台阶，",
            "亿元台阶",
        ];
        for t in texts {
            for w in words {
                assert_eq!(find(t, w), t.find(w), "{t} {w}");
                assert_eq!(starts(t, w), t.starts_with(w), "{t} {w}");
                assert_eq!(ends(t, w), t.ends_with(w), "{t} {w}");
                assert_eq!(strip_start(t, w), t.strip_prefix(w), "{t} {w}");
                assert_eq!(strip_end(t, w), t.strip_suffix(w), "{t} {w}");
                let pre = Table::prefixes(&[&["增长", "a"], &["全市", "地区", "aa"]]);
                let want = ["增长", "a", "全市", "地区", "aa"]
                    .iter()
                    .find_map(|w| t.strip_prefix(w));
                assert_eq!(pre.strip_first(t), want, "{t}");
                let suf = Table::suffixes(&[&["以上", "a"], &["过去五年", "五年", "aa"]]);
                let want = ["以上", "a", "过去五年", "五年", "aa"]
                    .iter()
                    .find_map(|w| t.strip_suffix(w));
                assert_eq!(suf.strip_first(t), want, "{t}");
                if !w.is_empty() {
                    let want: Vec<usize> = t.match_indices(w).map(|(i, _)| i).collect();
                    assert_eq!(offsets(t, w).collect::<Vec<_>>(), want, "{t} {w}");
                }
            }
        }
    }
}
