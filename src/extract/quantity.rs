//! Quantities with units.
use super::{Extracted, Value};

pub fn quantities(_text: &str) -> Vec<Extracted> {
    Vec::new()
}

/// The claimed value written in the style of `found` (the text's own wording).
pub fn restyle(_claimed: &Value, _found: &str) -> Option<String> {
    None
}
