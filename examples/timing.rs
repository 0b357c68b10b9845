//! Times the native engine on report files: `cargo run --release --example
//! timing -- [ROUNDS] FILE...`. Prints one line per file (milliseconds per
//! parse, best of ROUNDS rounds) and the mean; `scripts/timing.mjs` puts it
//! beside the WebAssembly build's time in Node.
use std::time::Instant;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let rounds: u32 = match args.first().and_then(|a| a.parse().ok()) {
        Some(n) => {
            args.remove(0);
            n
        }
        None => 20,
    };
    let mut total = 0.0;
    let mut count = 0u32;
    for path in &args {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let _ = govreport::parse(&text); // warm-up
        let mut best = f64::INFINITY;
        for _ in 0..rounds {
            let start = Instant::now();
            let report = govreport::parse(&text);
            let ms = start.elapsed().as_secs_f64() * 1000.0;
            std::hint::black_box(report.is_ok());
            best = best.min(ms);
        }
        println!("{path}\t{}\t{best:.3}", text.len());
        total += best;
        count += 1;
    }
    if count > 0 {
        println!("mean\t-\t{:.3}", total / f64::from(count));
    }
}
