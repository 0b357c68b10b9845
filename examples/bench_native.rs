//! Native benchmark of the engine: throughput of the whole pipeline and of each
//! stage, peak heap memory per report, and linearity.
//!
//! ```text
//! cargo run --release --example bench_native                 # the corpus, a table
//! cargo run --release --example bench_native -- --json       # the same as JSON (scripts/bench.mjs)
//! cargo run --release --example bench_native -- FILE…        # stage times of some files
//! ```
//!
//! `--scaling [N]` instead reads ~60 hostile shapes (digit runs, nested
//! qualifiers, one long sentence of figures, unclosed comments, space runs…)
//! at N and 4N characters (default 20000) and prints the time ratio: about 4
//! is linear, about 16 quadratic.
//!
//! Options: `--min-time SECONDS` (per measurement, default 0.3), `--corpus DIR`
//! (default tests/corpus), `--loop N` (only parse every file N times, for a
//! profiler: `perf record -g … --loop 20`). Timings are the best of repeated runs; memory is the
//! peak of live heap bytes during one `parse`, counted by a wrapping allocator.
#![allow(unsafe_code)] // the counting allocator

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

use govreport::{indicators, normalize, quantities, report, structure};

/// The system allocator, counting live and peak bytes.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
            PEAK.fetch_max(now, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size > layout.size() {
                let now =
                    LIVE.fetch_add(new_size - layout.size(), Relaxed) + new_size - layout.size();
                PEAK.fetch_max(now, Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Peak heap bytes allocated by `f` above what was live before it.
fn peak_of<T>(f: impl FnOnce() -> T) -> usize {
    let base = LIVE.load(Relaxed);
    PEAK.store(base, Relaxed);
    let out = f();
    let peak = PEAK.load(Relaxed) - base;
    drop(black_box(out));
    peak
}

/// Best time of `f` over repeated runs lasting at least `min` in total.
fn best(min: Duration, mut f: impl FnMut()) -> Duration {
    let start = Instant::now();
    let mut best = Duration::MAX;
    let mut runs = 0;
    while runs < 3 || start.elapsed() < min {
        let t = Instant::now();
        f();
        best = best.min(t.elapsed());
        runs += 1;
        if runs >= 10_000 {
            break;
        }
    }
    best
}

/// Seconds spent in each stage on one input.
#[derive(Default, Clone, Copy)]
struct Stages {
    normalize: f64,
    structure: f64,
    quantities: f64,
    indicators: f64,
    /// `report::build` minus the four stages before it: assembling the model.
    assemble: f64,
    /// `govreport::parse`, everything.
    total: f64,
}

impl Stages {
    fn add(&mut self, o: &Stages) {
        self.normalize += o.normalize;
        self.structure += o.structure;
        self.quantities += o.quantities;
        self.indicators += o.indicators;
        self.assemble += o.assemble;
        self.total += o.total;
    }
}

fn stages(text: &str, min: Duration) -> Stages {
    let clean = normalize::normalize(text);
    let doc = structure::analyze(&clean);
    let found = quantities::find_all(&clean.text, &doc, None).0;
    let normalize = best(min, || {
        drop(black_box(normalize::normalize(black_box(text))))
    });
    let structure = best(min, || {
        drop(black_box(structure::analyze(black_box(&clean))))
    });
    let quantities = best(min, || {
        drop(black_box(quantities::find_all(
            black_box(&clean.text),
            &doc,
            None,
        )))
    });
    let indicators = best(min, || {
        drop(black_box(indicators::annotate(
            &clean.text,
            &doc,
            black_box(&found),
        )))
    });
    let build = best(min, || drop(black_box(report::build(black_box(text)))));
    let total = best(min, || drop(black_box(govreport::parse(black_box(text)))));
    let s = |d: Duration| d.as_secs_f64();
    Stages {
        normalize: s(normalize),
        structure: s(structure),
        quantities: s(quantities),
        indicators: s(indicators),
        assemble: (s(build) - s(normalize) - s(structure) - s(quantities) - s(indicators)).max(0.0),
        total: s(total),
    }
}

/// Hostile shapes at size `n` (in repetitions or characters).
/// `s` repeated `n` times.
fn rep(s: &str, n: usize) -> String {
    s.repeat(n)
}
/// The shapes of `--scaling`.
fn cases(n: usize) -> Vec<(&'static str, String)> {
    vec![
        ("digits", rep("1", n)),
        ("digits_lines", rep("1\n", n / 2)),
        ("single_line", rep("地区生产总值增长5.5%，", n / 14)),
        ("qual_chao", rep("超", n) + "5%"),
        ("qual_yue", rep("约", n) + "5%"),
        ("qual_jin", rep("近", n) + "5万人"),
        ("qual_yishang", "5%".to_string() + &rep("以上", n / 2)),
        ("qual_zuoyou", "5%".to_string() + &rep("左右", n / 2)),
        ("qual_buchaoguo", rep("不超过", n / 3) + "5%"),
        ("ranges", rep("1-", n / 2) + "1%"),
        ("ranges_zhi", rep("1至", n / 2) + "1万元"),
        ("ranges_dash", rep("1—", n / 2) + "2%"),
        ("ranges_pct", rep("1%-", n / 3) + "2%"),
        ("cn_digits", rep("一二三", n / 3) + "元"),
        ("cn_places", rep("十百千万亿", n / 5) + "元"),
        ("cn_yi", rep("一亿", n / 2) + "元"),
        ("cn_zero", rep("零", n) + "元"),
        ("cn_point", rep("一点", n / 2) + "五%"),
        ("cn_two", rep("两", n) + "万人"),
        ("cn_wan", rep("万", n) + "元"),
        ("fffd", rep("\u{FFFD}", n)),
        ("fffd_sparse", rep("增长5%，\u{FFFD}", n / 6)),
        ("commas", "1".to_string() + &rep(",000", n / 4) + "元"),
        ("dots", rep("1.", n / 2) + "%"),
        ("fullwidth", rep("１", n) + "％"),
        ("percent", rep("%", n)),
        ("yi", rep("亿", n)),
        ("comments", rep("<!--", n / 4)),
        ("comment_open", "<!--".to_string() + &rep("-", n)),
        ("tags_open", rep("<p ", n / 3)),
        ("tags", rep("<p>", n / 3)),
        ("amp", rep("&", n)),
        ("amp_hash", rep("&#", n / 2)),
        ("uplus", rep("<U+", n / 3)),
        ("spaces", "a".to_string() + &rep(" ", n) + "b"),
        ("spaces_cjk", "中".to_string() + &rep(" ", n) + "文"),
        ("ideo_spaces", "中".to_string() + &rep("\u{3000}", n) + "文"),
        ("headings", rep("一、回顾\n", n / 5)),
        ("headings_paren", rep("（一）", n / 3)),
        ("footers", rep("— 4 —\n", n / 6)),
        ("repeat_line", rep("地区生产总值增长5.5%。\n", n / 14)),
        (
            "distinct_lines",
            (0..n / 10).map(|i| format!("第{i}项增长5%。\n")).collect(),
        ),
        ("short_lines", rep("增长\n", n / 3)),
        ("pct_run", rep("5%", n / 2)),
        ("years", rep("2024年", n / 5)),
        ("stops", rep("。", n)),
        ("quotes", "。".to_string() + &rep("”", n)),
        ("cr", rep("\r", n)),
        ("crlf_text", rep("增长5%\r\n", n / 6)),
        ("tabs", rep("\t1", n / 2)),
        ("astral", rep("𠀀", n)),
        ("astral_num", rep("𠀀5%", n / 3)),
        (
            "mixed_frag",
            rep("超过1,234.5亿元左右、约2-3万人次以上；", n / 24),
        ),
        (
            "glossary",
            "名词解释\n".to_string() + &rep("1.术语：定义增长5%\n", n / 12),
        ),
        (
            "plan",
            "一、2023年工作回顾\n增长5%。\n二、2024年工作安排\n".to_string()
                + &rep("预期目标增长5%左右。", n / 10),
        ),
        ("fenbie", "分别超过".to_string() + &rep("2.6万吨、", n / 6)),
        ("paren_nest", rep("（", n / 2) + &rep("）", n / 2)),
        ("digits_unit_noend", rep("1", n) + "亿元"),
    ]
}
/// Reads every shape at `n` and `4n` and prints the time ratio.
fn scaling(n: usize) {
    println!("shape: bytes at n, seconds; bytes at 4n, seconds; ratio (4 linear, 16 quadratic); quantities");
    for ((name, s1), (_, s2)) in cases(n).into_iter().zip(cases(n * 4)) {
        let t = Instant::now();
        let r1 = govreport::parse(&s1);
        let d1 = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let r2 = govreport::parse(&s2);
        let d2 = t.elapsed().as_secs_f64();
        let q = |r: &Result<govreport::Report, govreport::Error>| match r {
            Ok(r) => format!("{}q", r.quantities.len()),
            Err(e) => e.code().to_string(),
        };
        println!(
            "{name:18} {:>9}B {:8.4}s {:>10}B {:8.4}s ratio {:5.1}  {} / {}",
            s1.len(),
            d1,
            s2.len(),
            d2,
            d2 / d1.max(1e-6),
            q(&r1),
            q(&r2)
        );
    }
}

fn mbps(bytes: usize, secs: f64) -> f64 {
    bytes as f64 / 1e6 / secs
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut json = false;
    let mut min = Duration::from_millis(300);
    let mut corpus = PathBuf::from("tests/corpus");
    let mut files: Vec<PathBuf> = Vec::new();
    let mut loops: Option<usize> = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--json" => json = true,
            "--min-time" => {
                let v: f64 = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .expect("--min-time SECONDS");
                min = Duration::from_secs_f64(v);
            }
            "--corpus" => corpus = args.next().expect("--corpus DIR").into(),
            "--loop" => loops = args.next().and_then(|v| v.parse().ok()),
            "--scaling" => {
                let n = args.next().and_then(|v| v.parse().ok()).unwrap_or(20_000);
                scaling(n);
                return;
            }
            _ => files.push(a.into()),
        }
    }
    let explicit = !files.is_empty();
    if !explicit {
        files = std::fs::read_dir(&corpus)
            .expect("read the corpus directory")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
    }
    let texts: Vec<(String, String)> = files
        .iter()
        .map(|p| {
            let name = p
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            (name, std::fs::read_to_string(p).expect("read a UTF-8 file"))
        })
        .collect();

    if let Some(n) = loops {
        let mut q = 0;
        for _ in 0..n {
            for (_, text) in &texts {
                q += govreport::parse(black_box(text))
                    .map(|r| r.quantities.len())
                    .unwrap_or(0);
            }
        }
        println!("{q} quantities");
        return;
    }

    // Per file: stages, quantities, peak memory.
    let mut sum = Stages::default();
    let mut bytes = 0usize;
    let mut rows = Vec::new();
    for (name, text) in &texts {
        let st = stages(text, min / 4);
        let q = govreport::parse(text)
            .map(|r| r.quantities.len())
            .unwrap_or(0);
        let peak = peak_of(|| govreport::parse(text));
        sum.add(&st);
        bytes += text.len();
        rows.push((name.clone(), text.len(), q, st, peak));
    }

    // Linearity: one report against the same repeated 64 times.
    let mut linear = Vec::new();
    if !explicit {
        let base = texts
            .iter()
            .find(|(n, _)| n == "dongxihu-2024")
            .or(texts.first())
            .map(|(_, t)| t.clone())
            .unwrap_or_default();
        // Verbatim copies are mostly dropped by normalisation as a repeated
        // body; copies made distinct by a numbered tag on every line are read
        // in full.
        let tagged = |copies: usize| -> String {
            (0..copies)
                .map(|k| {
                    base.lines()
                        .map(|l| format!("{l}（{k}）\n"))
                        .collect::<String>()
                })
                .collect()
        };
        for (what, small, big) in [
            ("one report ×64, verbatim", base.clone(), base.repeat(64)),
            ("one report ×64, distinct copies", tagged(1), tagged(64)),
        ] {
            let t1 = best(min, || drop(black_box(govreport::parse(&small))));
            let t64 = best(min, || drop(black_box(govreport::parse(&big))));
            let q1 = govreport::parse(&small)
                .map(|r| r.quantities.len())
                .unwrap_or(0);
            let q64 = govreport::parse(&big)
                .map(|r| r.quantities.len())
                .unwrap_or(0);
            let p1 = peak_of(|| govreport::parse(&small));
            let p64 = peak_of(|| govreport::parse(&big));
            linear.push((what, small.len(), big.len(), t1, t64, q1, q64, p1, p64));
        }
    }

    if json {
        let row = |n: &str, b: usize, q: usize, s: &Stages, peak: usize| {
            serde_json::json!({
                "name": n, "bytes": b, "quantities": q, "peakHeapBytes": peak,
                "seconds": { "normalize": s.normalize, "structure": s.structure,
                    "quantities": s.quantities, "indicators": s.indicators,
                    "assemble": s.assemble, "total": s.total },
            })
        };
        let out = serde_json::json!({
            "files": rows.iter().map(|(n, b, q, s, p)| row(n, *b, *q, s, *p)).collect::<Vec<_>>(),
            "total": row("all", bytes, rows.iter().map(|r| r.2).sum(), &sum, rows.iter().map(|r| r.4).max().unwrap_or(0)),
            "mbPerSecond": mbps(bytes, sum.total),
            "linearity": linear.iter().map(|l| serde_json::json!({
                "what": l.0, "smallBytes": l.1, "bigBytes": l.2,
                "smallSeconds": l.3.as_secs_f64(), "bigSeconds": l.4.as_secs_f64(),
                "sizeRatio": l.2 as f64 / l.1 as f64, "timeRatio": l.4.as_secs_f64() / l.3.as_secs_f64(),
                "smallQuantities": l.5, "bigQuantities": l.6,
                "smallPeakHeapBytes": l.7, "bigPeakHeapBytes": l.8,
            })).collect::<Vec<_>>(),
        });
        println!("{}", serde_json::to_string_pretty(&out).expect("json"));
        return;
    }

    println!(
        "{:<22} {:>9} {:>6} {:>8} {:>7} {:>7} {:>7} {:>7} {:>7} {:>9}",
        "file",
        "bytes",
        "quant",
        "MB/s",
        "norm%",
        "struct%",
        "quant%",
        "indic%",
        "assem%",
        "peak heap"
    );
    let pct = |x: f64, s: &Stages| 100.0 * x / s.total.max(1e-12);
    let line = |n: &str, b: usize, q: usize, s: &Stages, peak: String| {
        println!(
            "{:<22} {:>9} {:>6} {:>8.1} {:>7.1} {:>7.1} {:>7.1} {:>7.1} {:>7.1} {:>9}",
            n,
            b,
            q,
            mbps(b, s.total),
            pct(s.normalize, s),
            pct(s.structure, s),
            pct(s.quantities, s),
            pct(s.indicators, s),
            pct(s.assemble, s),
            peak
        )
    };
    for (n, b, q, s, p) in &rows {
        line(n, *b, *q, s, format!("{:.1}×", *p as f64 / *b as f64));
    }
    line(
        "ALL",
        bytes,
        rows.iter().map(|r| r.2).sum(),
        &sum,
        String::new(),
    );
    for l in &linear {
        println!(
            "linearity, {}: {} → {} bytes (×{:.1}): time ×{:.1}, quantities {} → {}, peak heap {:.1} → {:.1} MB",
            l.0, l.1, l.2, l.2 as f64 / l.1 as f64,
            l.4.as_secs_f64() / l.3.as_secs_f64(), l.5, l.6, l.7 as f64 / 1e6, l.8 as f64 / 1e6
        );
    }
}
