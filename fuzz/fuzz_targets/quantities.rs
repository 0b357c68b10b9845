//! `quantities::find` on an arbitrary sentence: never panics, and every mention
//! is a non-empty range on character boundaries inside the sentence, with
//! finite values.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    // The first two bytes pick a sub-range (possibly not on a char boundary,
    // possibly out of bounds) to exercise the range handling too.
    let (a, b, rest) = match data {
        [a, b, rest @ ..] => (*a as usize, *b as usize, rest),
        _ => return,
    };
    let text = String::from_utf8_lossy(rest);
    let whole = 0..text.len();
    let cut = a.min(text.len())..text.len().saturating_sub(b);
    for sentence in [whole, cut] {
        for m in govreport::quantities::find(&text, sentence.clone()) {
            let r = m.range.clone();
            assert!(r.start < r.end, "empty mention {r:?}");
            assert!(
                r.start >= sentence.start && r.end <= sentence.end,
                "mention {r:?} outside sentence {sentence:?}"
            );
            assert!(
                text.get(r.clone()).is_some(),
                "mention {r:?} not on char boundaries"
            );
            if let Some(q) = m.qual_range.clone() {
                assert!(q.start <= q.end && q.end <= text.len(), "qual range {q:?}");
                assert!(
                    text.get(q.clone()).is_some(),
                    "qual range {q:?} not on char boundaries"
                );
            }
            assert!(
                m.value.is_finite() || common::ignored("value-finite"),
                "value {} in {:?}",
                m.value,
                &text[r.clone()]
            );
            assert!(
                m.base.is_finite() || common::ignored("base-finite"),
                "base {} in {:?}",
                m.base,
                &text[r.clone()]
            );
            if let Some(hi) = m.hi {
                assert!(hi.is_finite(), "hi {hi}");
            }
            assert!(!m.unit.is_empty(), "mention without unit {:?}", &text[r]);
        }
    }
});
