//! Titles and descriptors of named people and organisations.
use super::Span;

/// A descriptor attached to a mention of a name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Descriptor {
    /// Where the descriptor is written, in the text given.
    pub span: Span,
    /// The descriptor as written, with leading articles removed.
    pub text: String,
}

/// Titles and descriptors attached to the name at `name` in `text`.
pub fn descriptors(_text: &str, _name: Span) -> Vec<Descriptor> {
    Vec::new()
}
