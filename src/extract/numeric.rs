//! Numbers in digits and words.
use super::Extracted;

/// Every number stated in `text`, as `Kind::Number` / `Value::Number`.
pub fn numbers(_text: &str) -> Vec<Extracted> {
    Vec::new()
}

/// `n` written the way `like` writes its number (words or digits, separators,
/// multiplier word), for replacements: `restyle_number(3.0, "four") == "three"`.
pub fn restyle_number(n: f64, _like: &str) -> String {
    n.to_string()
}
