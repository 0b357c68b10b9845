//! The `govreport` command-line tool.
fn main() {}
