//! Replays the fuzz targets' committed inputs under the invariants they
//! were fuzzed with: the minimised corpus (`fuzz/corpus/<target>/`) and
//! every input that once broke one (`fuzz/regressions/<target>/`), so a
//! crash found by fuzzing stays fixed on the stable toolchain.

mod invariants;

use factlint::check::Checker;
use std::path::{Path, PathBuf};

/// The committed inputs of `target`, in name order.
fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut found = Vec::new();
    for folder in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(folder).join(target)) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("a readable folder").path();
            let bytes = std::fs::read(&path).expect("a readable input");
            found.push((path, bytes));
        }
    }
    found.sort();
    assert!(!found.is_empty(), "no committed inputs for {target}");
    found
}

/// Runs `holds` on every input of `target`, naming the input that fails.
fn replay(target: &str, holds: impl Fn(&[u8])) {
    for (path, bytes) in inputs(target) {
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| holds(&bytes)));
        if let Err(cause) = outcome {
            let why = cause
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| cause.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            panic!("{}: {why}", path.display());
        }
    }
}

#[test]
fn extract_corpus() {
    replay("extract", |data| {
        let (format, rest) = invariants::split_format(data);
        if let Ok(text) = std::str::from_utf8(rest) {
            invariants::extract_holds(format, text);
        }
    });
}

#[test]
fn claims_loader_corpus() {
    replay("claims_loader", invariants::loader_holds);
}

#[test]
fn check_corpus() {
    let claims = invariants::claims();
    let checker = Checker::new(&claims);
    replay("check", |data| {
        let (format, rest) = invariants::split_format(data);
        if let Ok(text) = std::str::from_utf8(rest) {
            invariants::check_holds(&claims, &checker, format, text);
        }
    });
}
