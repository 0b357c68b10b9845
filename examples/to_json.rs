//! Prints the JSON model of one report file (UTF-8): `cargo run --example to_json -- FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: to_json FILE");
    let text = std::fs::read_to_string(&path).expect("read UTF-8 file");
    match govreport::parse(&text) {
        Ok(report) => println!(
            "{}",
            serde_json::to_string_pretty(&report).expect("serialize")
        ),
        Err(e) => eprintln!("{path}: {e}"),
    }
}
