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

#[cfg(not(target_arch = "wasm32"))]
pub(crate) use indexed::{Scan, Words};
#[cfg(target_arch = "wasm32")]
pub(crate) use plain::{Scan, Words};

/// Word sets read in one pass, for the native engine.
#[cfg(not(target_arch = "wasm32"))]
mod indexed {
    use super::has;

    /// A set of words (one or more lists read as one) looked for in a text in
    /// one pass. [`Words::scan`] reads the text once, character by character: a
    /// bit set tells the characters that open no word (almost all) at the cost of
    /// one test, and at the others only the words whose first character ends
    /// with the same byte are compared. The [`Scan`] it gives then says whether
    /// the text has a word without reading the text again. A word not in the set
    /// (or past its first 128 distinct words) is searched for in the text as
    /// [`has`] does, so a scan answers as `has` does for every word; only its
    /// speed depends on the set. Indexed on first use.
    pub(crate) struct Words {
        lists: &'static [&'static [&'static str]],
        index: std::sync::OnceLock<WordIndex>,
    }

    /// The index of a [`Words`].
    struct WordIndex {
        /// Bit `k` set: the first character of some word has [`char_key`] `k`.
        opens: [u64; 64],
        /// Where the words of each key byte (the last byte of their first
        /// character) start in `by_key`; the key's words end where the next
        /// key's start.
        first: [u16; 257],
        /// (bit, word) of every word, by key byte.
        by_key: Vec<(u8, &'static str)>,
        /// The distinct words and their bits, by [`slot`] with linear probing
        /// (`""` for an empty slot).
        slots: [(&'static str, u8); SLOTS],
        /// Each list whose words all have bits, with the bits of its words.
        lists: Vec<(&'static [&'static str], u128)>,
    }

    /// Slots of a [`WordIndex`]: twice the words it holds at most.
    const SLOTS: usize = 256;

    /// The first slot of a word in a [`WordIndex`].
    fn slot(w: &[u8]) -> usize {
        let last = w.last().map_or(0, |&b| usize::from(b));
        let second = w.get(1).map_or(0, |&b| usize::from(b));
        (w.len().wrapping_mul(97) ^ last.wrapping_mul(31) ^ second) % SLOTS
    }

    /// The length of the UTF-8 character that opens with byte `lead`.
    fn char_len(lead: u8) -> usize {
        match lead {
            0..=0xBF => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        }
    }

    /// A 12-bit key of the character that ends at byte `last` (with `before`
    /// the byte before it, for characters of two or more bytes): the low six bits
    /// of its last two bytes, or the byte of an ASCII character.
    fn char_key(n: usize, before: u8, last: u8) -> usize {
        if n == 1 {
            usize::from(last)
        } else {
            (usize::from(before & 0x3F) << 6) | usize::from(last & 0x3F)
        }
    }

    impl Words {
        /// A set of the words of `lists`.
        pub(crate) const fn new(lists: &'static [&'static [&'static str]]) -> Self {
            Words {
                lists,
                index: std::sync::OnceLock::new(),
            }
        }

        fn index(&self) -> &WordIndex {
            self.index.get_or_init(|| {
                let mut slots = [("", 0u8); SLOTS];
                let mut bits: Vec<(u8, &'static str)> = Vec::new();
                for w in self.lists.iter().flat_map(|l| l.iter()) {
                    let Some(bit) = u8::try_from(bits.len()).ok().filter(|&b| b < 128) else {
                        break;
                    };
                    if w.is_empty() {
                        continue;
                    }
                    // Linear probing; the table is at most half full.
                    let mut at = slot(w.as_bytes());
                    for _ in 0..SLOTS {
                        match slots.get_mut(at) {
                            Some(s) if s.0.is_empty() => {
                                *s = (w, bit);
                                bits.push((bit, w));
                                break;
                            }
                            // A word of two lists has one bit.
                            Some(s) if s.0 == *w => break,
                            _ => at = (at + 1) % SLOTS,
                        }
                    }
                }
                // The first character's length, its last byte and the byte before.
                let head = |w: &str| {
                    let b = w.as_bytes();
                    let n = b.first().map_or(1, |&l| char_len(l));
                    let at = |i: usize| b.get(i).copied().unwrap_or(0);
                    (n, at(n.saturating_sub(2)), at(n - 1))
                };
                let mut opens = [0u64; 64];
                for (_, w) in &bits {
                    let (n, before, last) = head(w);
                    let k = char_key(n, before, last);
                    if let Some(o) = opens.get_mut(k / 64) {
                        *o |= 1 << (k % 64);
                    }
                }
                let bit_of = |w: &str| {
                    let b = bits.iter().find(|(_, x)| *x == w).map(|&(b, _)| b);
                    b.map(|b| 1u128 << b)
                };
                let lists = self
                    .lists
                    .iter()
                    .filter_map(|&l| {
                        let mask = l.iter().map(|w| bit_of(w)).sum::<Option<u128>>()?;
                        Some((l, mask))
                    })
                    .collect();
                let key = |w: &str| usize::from(head(w).2);
                let mut first = [0u16; 257];
                let mut by_key = Vec::with_capacity(bits.len());
                for (k, f) in first.iter_mut().enumerate() {
                    *f = by_key.len() as u16;
                    by_key.extend(bits.iter().filter(|&&(_, w)| key(w) == k));
                }
                WordIndex {
                    opens,
                    first,
                    by_key,
                    slots,
                    lists,
                }
            })
        }

        /// Reads `text` once for all the words of the set.
        pub(crate) fn scan<'a>(&'static self, text: &'a str) -> Scan<'a> {
            let index = self.index();
            let b = text.as_bytes();
            let mut found = 0u128;
            let mut i = 0;
            while let Some(&lead) = b.get(i) {
                // Most characters of a report are of three bytes.
                let (n, before, last) = match b.get(i..i + 3) {
                    Some(&[l, x, y]) if (0xE0..0xF0).contains(&l) => (3, x, y),
                    _ => {
                        let n = char_len(lead);
                        let at = |k: usize| b.get(k).copied().unwrap_or(0);
                        (n, at(i + n.max(2) - 2), at(i + n - 1))
                    }
                };
                let k = char_key(n, before, last);
                if index
                    .opens
                    .get(k / 64)
                    .is_some_and(|o| o >> (k % 64) & 1 == 1)
                {
                    let key = usize::from(last);
                    let (from, to) = (index.first[key], index.first[key + 1]);
                    let rest = b.get(i..).unwrap_or_default();
                    for &(bit, w) in index
                        .by_key
                        .get(from as usize..to as usize)
                        .unwrap_or_default()
                    {
                        let w = w.as_bytes();
                        if rest.len() >= w.len() && w.iter().zip(rest).all(|(x, y)| x == y) {
                            found |= 1 << bit;
                        }
                    }
                }
                i += n;
            }
            Scan { text, found, index }
        }
    }

    /// What [`Words::scan`] found in a text.
    pub(crate) struct Scan<'a> {
        text: &'a str,
        /// Bit `b` set: the text has the word of bit `b`.
        found: u128,
        index: &'static WordIndex,
    }

    impl<'a> Scan<'a> {
        /// The text scanned.
        pub(crate) fn text(&self) -> &'a str {
            self.text
        }

        /// Does the text contain `word` (as [`has`])?
        pub(crate) fn has(&self, word: &str) -> bool {
            let w = word.as_bytes();
            let mut at = slot(w);
            for _ in 0..SLOTS {
                match self.index.slots.get(at) {
                    Some(&("", _)) => break,
                    Some(&(s, bit)) if std::ptr::eq(s, word) || s == word => {
                        return self.found >> bit & 1 == 1
                    }
                    Some(_) => at = (at + 1) % SLOTS,
                    None => break,
                }
            }
            has(self.text, word)
        }

        /// Does the text contain any of `words` (as `words.iter().any(|w| has(text, w))`)?
        /// One test when `words` is one of the set's lists.
        pub(crate) fn any(&self, words: &[&str]) -> bool {
            match self
                .index
                .lists
                .iter()
                .find(|(l, _)| std::ptr::eq(*l, words))
            {
                Some((_, mask)) => self.found & mask != 0,
                None => words.iter().any(|w| self.has(w)),
            }
        }
    }
}

/// Word sets for the WebAssembly engine, whose size is budgeted: a scan
/// searches for each word as [`has`] does (the index of `indexed` would cost
/// about 1.9 KB of gzipped `.wasm`).
#[cfg(target_arch = "wasm32")]
mod plain {
    use super::has;

    /// A set of words (one or more lists read as one).
    pub(crate) struct Words;

    impl Words {
        /// A set of the words of `lists`.
        pub(crate) const fn new(_lists: &'static [&'static [&'static str]]) -> Self {
            Words
        }

        /// The text, to be searched for words.
        pub(crate) fn scan<'a>(&'static self, text: &'a str) -> Scan<'a> {
            Scan { text }
        }
    }

    /// A text to be searched for words.
    pub(crate) struct Scan<'a> {
        text: &'a str,
    }

    impl<'a> Scan<'a> {
        /// The text scanned.
        pub(crate) fn text(&self) -> &'a str {
            self.text
        }

        /// Does the text contain `word`?
        pub(crate) fn has(&self, word: &str) -> bool {
            has(self.text, word)
        }

        /// Does the text contain any of `words`?
        #[inline(never)]
        pub(crate) fn any(&self, words: &[&str]) -> bool {
            words.iter().any(|w| has(self.text, w))
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

    #[test]
    fn a_scan_finds_what_contains_finds() {
        const FIRST: &[&str] = &["上年", "增长", "a", "5%", "过去五年", "年"];
        const SECOND: &[&str] = &["增长", "", "é", "🙂x", "台阶，", "五年"];
        static SET: Words = Words::new(&[FIRST, SECOND]);
        let texts = [
            "",
            "年",
            "比上年增长，去年上年",
            "aaaa",
            "全市增长5%以上aa",
            "café 🙂x",
            "迈上1900亿元台阶，过去五年",
        ];
        // Words of the set, and words it does not hold.
        let words = FIRST
            .iter()
            .chain(SECOND)
            .chain(&["", "以上", "台阶", "x", "去年上年"]);
        for t in texts {
            let scan = SET.scan(t);
            assert_eq!(scan.text(), t);
            for w in words.clone() {
                assert_eq!(scan.has(w), t.contains(w), "{t} {w}");
            }
            for list in [FIRST, SECOND, &["以上", "aa"][..], &[]] {
                let want = list.iter().any(|w| t.contains(w));
                assert_eq!(scan.any(list), want, "{t} {list:?}");
            }
        }
        // Past 128 distinct words, the rest are searched for.
        static MANY: Words = Words::new(&[&NUMBERS, &["年"]]);
        const NUMBERS: [&str; 200] = {
            const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
            let mut out = [""; 200];
            let mut i = 0;
            while i < 200 {
                out[i] = DIGITS[i % 10];
                i += 1;
            }
            out
        };
        assert!(MANY.scan("2025年").has("年"));
        assert!(!MANY.scan("2025").has("年"));
        assert!(MANY.scan("2025").any(&NUMBERS));
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

        /// Texts of pieces of the words and others: a scan says what `contains` says.
        #[test]
        fn scans_as_contains(pieces in proptest::collection::vec(
            prop_oneof![
                Just("过去"), Just("五年"), Just("年"), Just("来"), Just("今"), Just("后"),
                Just("未来"), Just("a"), Just("5"), Just("é"), Just("𠀀"), Just("，"), Just("期间"),
            ],
            0..24,
        )) {
            const SET_WORDS: &[&str] = &["过去五年", "五年来", "今后", "未来", "期间", "a5", "𠀀年", "é"];
            static SET: Words = Words::new(&[SET_WORDS]);
            let text = pieces.concat();
            let scan = SET.scan(&text);
            for w in SET_WORDS.iter().chain(&["五年", "年来", "后未"]) {
                prop_assert_eq!(scan.has(w), text.contains(w), "{} {}", text, w);
            }
            prop_assert_eq!(scan.any(SET_WORDS), SET_WORDS.iter().any(|w| text.contains(w)));
        }
    }
}
