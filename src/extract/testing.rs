//! Helpers for the extractors' table tests.

use super::{Magnitude, Value};
use std::fmt::Debug;

pub(crate) fn exact(n: f64) -> Magnitude {
    Magnitude::Exact(n)
}

pub(crate) fn range(min: f64, max: f64) -> Magnitude {
    Magnitude::Range { min, max }
}

/// Asserts that an extractor found exactly `want` in `text`: per value, the
/// text of its span, its number (compared with rounding allowed, as
/// "1.5 million" is 1.5 * 1e6) and whatever else the kind carries.
#[track_caller]
pub(crate) fn assert_found<R: PartialEq + Debug>(
    text: &str,
    got: &[(&str, Magnitude, R)],
    want: &[(&str, Magnitude, R)],
) {
    assert_eq!(got.len(), want.len(), "{text:?}: got {got:?}");
    for (g, w) in got.iter().zip(want) {
        assert_eq!((g.0, &g.2), (w.0, &w.2), "{text:?}: got {got:?}");
        assert!(g.1.same_as(w.1), "{text:?}: {:?} != {:?}", g.1, w.1);
    }
}

/// Asserts what `restyle` writes for `claimed` in the style of `found`.
#[track_caller]
pub(crate) fn assert_restyled(
    restyle: fn(&Value, &str) -> Option<String>,
    claimed: Value,
    found: &str,
    want: Option<&str>,
) {
    assert_eq!(
        restyle(&claimed, found).as_deref(),
        want,
        "restyle({claimed:?}, {found:?})"
    );
}
