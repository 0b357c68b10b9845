//! Prints the clean (normalised) text of a UTF-8 report: `cargo run --example clean -- FILE`.
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: clean FILE");
        std::process::exit(2);
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => println!("{}", govreport::normalize::normalize(&text).text),
        Err(e) => eprintln!("{path}: {e}"),
    }
}
