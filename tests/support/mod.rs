//! What the integration tests share: the check of a reviewed expectation file.

use std::path::Path;

/// Checks `got` against the reviewed file at `path` (relative to the crate),
/// line by line; with `UPDATE_EXPECT=1` in the environment, rewrites the file
/// instead — read `git diff` of it before committing.
pub fn expect_file(path: &str, got: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, got).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with UPDATE_EXPECT=1)", path.display()));
    let changed: Vec<String> = want
        .lines()
        .zip(got.lines())
        .filter(|(w, g)| w != g)
        .map(|(w, g)| format!("want {w}\n got {g}"))
        .collect();
    assert!(
        changed.is_empty() && want.lines().count() == got.lines().count(),
        "{}: {} lines changed ({} wanted, {} got):\n{}",
        path.display(),
        changed.len(),
        want.lines().count(),
        got.lines().count(),
        changed.join("\n")
    );
}
