//! Dates in news prose.
use super::{DateValue, Extracted};
use jiff::civil::Date;

/// Every date stated in `text`, resolved against `reference` (the publication date).
pub fn dates(_text: &str, _reference: Date) -> Vec<Extracted> {
    Vec::new()
}

/// The claimed date written in the style of `found`.
pub fn restyle(_claimed: &DateValue, _found: &str, _reference: Date) -> Option<String> {
    None
}
