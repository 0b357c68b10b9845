//! Throughput of the engine on the corpus, overall and per stage, and a
//! linearity check. Prints markdown tables.
//!
//! ```sh
//! cargo run --release --example throughput            # 20 passes
//! cargo run --release --example throughput -- 50      # 50 passes
//! ```
//!
//! Each stage is timed on its own, on the previous stage's output computed
//! beforehand: [`govreport::normalize::normalize`],
//! [`govreport::structure::analyze`], [`govreport::quantities::find_all`],
//! [`govreport::indicators::annotate`]; `parse` is the whole pipeline
//! including the input checks and the assembly of the model. Times are the
//! best (minimum) of the passes, the least disturbed by other work on a
//! shared machine; MB/s counts UTF-8 input bytes (10^6 bytes per MB).
//!
//! Linearity: the sample report repeated 64 times is read once and compared
//! with the report alone read 64 times (and ×8 read 8 times), so that every
//! measurement reads the same amount of text; the three are interleaved pass
//! by pass, so that load on the machine affects them alike. The time per copy
//! is constant, the ratio 1.0, when a stage is linear. Verbatim copies are
//! mostly dropped by normalisation as a repeated body, so the copies are made
//! distinct by a numbered tag at the end of every line, which every stage has
//! to read in full; the verbatim ×64 is timed too.

use govreport::normalize::Normalized;
use govreport::quantities::Found;
use govreport::structure::Document;
use govreport::{indicators, normalize, quantities, structure};
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

const STAGES: [&str; 5] = [
    "normalize",
    "structure",
    "quantities",
    "indicators",
    "parse (whole pipeline)",
];

/// A batch of texts with every stage's input computed beforehand.
struct Prepared<'a> {
    texts: Vec<&'a str>,
    normalized: Vec<Normalized>,
    docs: Vec<Document>,
    found: Vec<Vec<Found>>,
}

impl<'a> Prepared<'a> {
    fn new(texts: Vec<&'a str>) -> Self {
        let normalized: Vec<_> = texts.iter().map(|t| normalize::normalize(t)).collect();
        let docs: Vec<_> = normalized.iter().map(structure::analyze).collect();
        let found = normalized
            .iter()
            .zip(&docs)
            .map(|(n, d)| quantities::find_all(&n.text, d, None).0)
            .collect();
        Prepared {
            texts,
            normalized,
            docs,
            found,
        }
    }

    /// Runs stage `stage` (an index of [`STAGES`]) over the batch; returns the time.
    fn time(&self, stage: usize) -> Duration {
        let start = Instant::now();
        match stage {
            0 => {
                for t in &self.texts {
                    black_box(normalize::normalize(black_box(t)));
                }
            }
            1 => {
                for n in &self.normalized {
                    black_box(structure::analyze(black_box(n)));
                }
            }
            2 => {
                for (n, d) in self.normalized.iter().zip(&self.docs) {
                    black_box(quantities::find_all(black_box(&n.text), d, None));
                }
            }
            3 => {
                for ((n, d), f) in self.normalized.iter().zip(&self.docs).zip(&self.found) {
                    black_box(indicators::annotate(black_box(&n.text), d, f));
                }
            }
            _ => {
                for t in &self.texts {
                    let _ = black_box(govreport::parse(black_box(t)));
                }
            }
        }
        start.elapsed()
    }
}

/// The best time of every stage on every batch, over `runs` interleaved passes:
/// `result[batch][stage]`.
fn best_times(batches: &[Prepared], runs: usize) -> Vec<Vec<Duration>> {
    let mut best = vec![vec![Duration::MAX; STAGES.len()]; batches.len()];
    for _ in 0..runs.max(1) {
        for (stage, _) in STAGES.iter().enumerate() {
            for (row, batch) in best.iter_mut().zip(batches) {
                let t = batch.time(stage);
                if let Some(slot) = row.get_mut(stage) {
                    *slot = (*slot).min(t);
                }
            }
        }
    }
    best
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn mbps(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64().max(1e-12)
}

fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64().max(1e-12)
}

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20);
    if cfg!(debug_assertions) {
        eprintln!("warning: a debug build; run with --release for meaningful figures");
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let chars: usize = texts.iter().map(|t| t.chars().count()).sum();

    println!(
        "## Throughput: {} reports, {:.2} MB UTF-8 ({} characters), best of {runs} passes\n",
        texts.len(),
        bytes as f64 / 1e6,
        chars
    );
    println!("| stage | ms per corpus pass | MB/s |");
    println!("|---|---:|---:|");
    let corpus = Prepared::new(texts.iter().map(String::as_str).collect());
    let times = best_times(std::slice::from_ref(&corpus), runs);
    for (name, t) in STAGES.iter().zip(&times[0]) {
        println!("| {name} | {:.2} | {:.1} |", ms(*t), mbps(bytes, *t));
    }
    drop(corpus);

    let sample_path = dir.join("dongxihu-2024.txt");
    let sample = std::fs::read_to_string(&sample_path)
        .unwrap_or_else(|e| panic!("{}: {e}", sample_path.display()));
    let tagged = |copies: usize| -> String {
        (0..copies)
            .map(|k| {
                sample
                    .lines()
                    .map(|line| format!("{line}（{k}）\n"))
                    .collect::<String>()
            })
            .collect()
    };
    let (x1, x8, x64) = (tagged(1), tagged(8), tagged(64));
    let verbatim = vec![sample.as_str(); 64].join("\n");

    println!(
        "\n## Linearity: the sample report ({:.1} KB) ×1 read 64 times, ×8 read 8 times, ×64 ({:.2} MB) read once\n",
        sample.len() as f64 / 1e3,
        x64.len() as f64 / 1e6
    );
    if let Err(e) = govreport::parse(&x64) {
        println!("(×64 cannot be read: {e})\n");
    }
    let runs_linear = (runs / 4).max(8);
    let batches = [
        Prepared::new(vec![x1.as_str(); 64]),
        Prepared::new(vec![x8.as_str(); 8]),
        Prepared::new(vec![x64.as_str()]),
        Prepared::new(vec![sample.as_str(); 64]),
        Prepared::new(vec![verbatim.as_str()]),
    ];
    let times = best_times(&batches, runs_linear);
    println!("Copies made distinct by a tag on every line; ms per copy, best of {runs_linear} interleaved passes.\n");
    println!("| stage | ×1 ms/copy | ×8 ms/copy | ×64 ms/copy | ratio ×64 / ×1 |");
    println!("|---|---:|---:|---:|---:|");
    for (stage, name) in STAGES.iter().enumerate() {
        let per_copy = |b: usize| times[b][stage] / 64;
        println!(
            "| {name} | {:.3} | {:.3} | {:.3} | {:.2} |",
            ms(per_copy(0)),
            ms(per_copy(1)),
            ms(per_copy(2)),
            ratio(per_copy(2), per_copy(0))
        );
    }
    // Verbatim copies: normalisation drops the repeated body, so the later
    // stages see one copy; this measures the repeated-line removal.
    let (once, many) = (times[3][4] / 64, times[4][4] / 64);
    println!(
        "\nVerbatim copies (the repeated body is dropped by normalize): parse ×1 {:.3} ms/copy, ×64 {:.3} ms/copy, ratio {:.2}",
        ms(once),
        ms(many),
        ratio(many, once)
    );
}
