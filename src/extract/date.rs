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

/// Parses an absolute date written in a claims file ("2025-09", "2008 to 2011").
pub fn parse_claim_date(_s: &str) -> Option<DateValue> {
    None
}
