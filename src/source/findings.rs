//! Source-mode outcomes as findings of the one findings model, so that
//! every output format shows them: claim `source:<kind>`, `expected` the
//! source's value as written (or `""`), and the source sentence compared.

use super::compare::Derivation;
use crate::claims::Severity;
use crate::extract::{Kind, Span};
use crate::findings::{Finding, SourcePlace, Status};

/// What the source says of one value the summary states.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// The source states it (`expected`, in `sentence`).
    Match { expected: String },
    /// It is the sum, difference or ratio of two source values.
    Derived {
        how: Derivation,
        from: (String, String),
    },
    /// The number of distinct speakers of a dialogue.
    Speakers,
    /// The source ties the summary's words to another value, or gives the
    /// quote or title otherwise.
    Mismatch { expected: String, why: Why },
    /// The source nowhere supports it.
    Unsupported,
}

/// Why a mismatch is one, for its message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// The aligned sentence holds another value of the kind.
    Swap,
    /// The source gives the quoted words otherwise.
    Misquote,
    /// The source gives the quote to another speaker.
    Speaker,
    /// The source gives the person another title.
    Title,
    /// The summary's clause denies the value the source states.
    Negated,
    /// The summary's clause says the value moved the other way (`up`: the
    /// summary says it rose).
    Direction { up: bool },
}

/// The finding for a value of kind `kind`, written `found` at `span` (file
/// bytes of the summary), compared with `source` (a sentence of the
/// source, where one was).
pub fn finding(
    kind: Kind,
    found: &str,
    span: Span,
    outcome: Outcome,
    source: Option<SourcePlace>,
) -> Finding {
    let found = found.to_string();
    let (status, severity, expected, replacement, message) = match outcome {
        Outcome::Match { expected } => (
            Status::Match,
            Severity::Info,
            expected.clone(),
            None,
            format!("the source states {expected}"),
        ),
        Outcome::Derived { how, from } => (
            Status::Match,
            Severity::Info,
            String::new(),
            None,
            format!(
                "derived: {found} is the {} of {} and {} in the source",
                how.name(),
                from.0,
                from.1
            ),
        ),
        Outcome::Speakers => (
            Status::Match,
            Severity::Info,
            String::new(),
            None,
            format!("the source is a dialogue of {found}"),
        ),
        Outcome::Mismatch { expected, why } => {
            let message = match why {
                Why::Swap => {
                    format!("{kind} differs: the summary says {found}, the source {expected}")
                }
                Why::Misquote => format!("the source quotes {expected}, not {found}"),
                Why::Speaker => format!("the source gives {found} to {expected}"),
                Why::Title => {
                    format!("title differs: the summary says {found}, the source {expected}")
                }
                Why::Negated => format!(
                    "the summary denies {found}, which the source states ({expected}) without negation"
                ),
                Why::Direction { up } => {
                    let (said, source) = if up { ("rise", "fall") } else { ("fall", "rise") };
                    format!(
                        "the summary states {found} with a {said}, the source ({expected}) with a {source}"
                    )
                }
            };
            // The value is right where the words around it are wrong: no
            // replacement of the value mends them.
            let replacement =
                matches!(why, Why::Swap | Why::Misquote | Why::Title).then(|| expected.clone());
            (
                Status::Mismatch,
                Severity::Error,
                expected,
                replacement,
                message,
            )
        }
        Outcome::Unsupported => (
            Status::Unsupported,
            Severity::Error,
            String::new(),
            None,
            format!("the source nowhere states {found}"),
        ),
    };
    Finding {
        claim: format!("source:{}", kind.key()),
        kind,
        status,
        severity,
        reason: None,
        expected,
        found: Some(found),
        replacement,
        span: Some(span),
        stale_since: None,
        message,
        suppressed: false,
        source,
        nearest: None,
    }
}
