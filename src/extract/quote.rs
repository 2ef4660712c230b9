//! Direct quotes and their speakers.
use super::Span;

/// A direct quote found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteFound {
    /// The quote including its quote marks.
    pub span: Span,
    /// The quoted words, without quote marks.
    pub inner: Span,
    /// The speaker as named in the text, if any.
    pub speaker: Option<String>,
    /// True when the speaker was named next to the quote, false when resolved from a pronoun.
    pub speaker_explicit: bool,
}

pub fn quotes(_text: &str) -> Vec<QuoteFound> {
    Vec::new()
}
