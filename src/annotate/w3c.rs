//! `annotate --format w3c`: a text's findings as W3C Web Annotations
//! (the Web Annotation Data Model, JSON-LD), the form annotation tools
//! (Hypothesis and its kin) read and keep anchored while a text changes.
//!
//! One `AnnotationCollection` per text, with one `AnnotationPage` holding
//! one `Annotation` per finding:
//!
//! - `motivation`: `assessing`;
//! - `body`: a `TextualBody` with the finding's message (purpose
//!   `assessing`), a second one with the replacement (purpose `editing`)
//!   when the finding has one, and a `factlint:Finding` whose
//!   `factlint:`-prefixed fields say the claim, status, kind, severity,
//!   reason, expected and found value for machines;
//! - `target`: the text's path as given, as a relative IRI, with a
//!   `TextQuoteSelector` (`exact` and 32 code points of `prefix` and
//!   `suffix`) and a `TextPositionSelector` (`start`, `end`), both counted
//!   in Unicode code points of the file as read, a byte-order mark left
//!   out. A finding with no place (a claim the text does not state) targets
//!   the text alone.
//! - `id`: `urn:factlint:<claim>:<hash>`, the hash taken of the quote and
//!   its context, so that the same finding gets the same id on every run;
//!   a second annotation with the same claim and quote adds `-2`, and so
//!   on.

use crate::document::Document;
use crate::findings::Finding;
use crate::report::uri;
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};
use std::collections::HashMap;

/// The JSON-LD context of the model, and the `factlint:` prefix of
/// factlint's own terms.
pub const ANNO_CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";
pub const FACTLINT_VOCABULARY: &str = "urn:factlint:vocab#";

/// Code points of context a `TextQuoteSelector` keeps on each side.
pub const CONTEXT: usize = 32;

/// The collection's `@context`.
pub fn context() -> Value {
    json!([ANNO_CONTEXT, {"factlint": FACTLINT_VOCABULARY}])
}

/// A text as the selectors count it: the file as read, without a
/// byte-order mark, indexed by code point.
pub struct CodePoints<'a> {
    text: &'a str,
    /// The byte offset where each code point starts, then the text's length.
    starts: Vec<usize>,
}

impl<'a> CodePoints<'a> {
    /// The text of `source` (a file as read) that selectors count: without
    /// its byte-order mark, whose length in bytes is returned too.
    pub fn of_file(source: &'a str) -> (CodePoints<'a>, usize) {
        let bom = if source.starts_with('\u{feff}') {
            '\u{feff}'.len_utf8()
        } else {
            0
        };
        (CodePoints::new(&source[bom..]), bom)
    }

    pub fn new(text: &'a str) -> CodePoints<'a> {
        let mut starts: Vec<usize> = text.char_indices().map(|(at, _)| at).collect();
        starts.push(text.len());
        CodePoints { text, starts }
    }

    pub fn text(&self) -> &'a str {
        self.text
    }

    /// How many code points the text has.
    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The code point at byte `byte` (the one that contains it).
    pub fn of_byte(&self, byte: usize) -> usize {
        self.starts
            .partition_point(|&start| start <= byte)
            .saturating_sub(1)
    }

    /// The byte offset of code point `point` (the text's length past the end).
    pub fn byte(&self, point: usize) -> usize {
        self.starts[point.min(self.len())]
    }

    /// Code points `start..end`.
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        &self.text[self.byte(start)..self.byte(end.max(start))]
    }

    /// The quote at code points `start..end` with its context.
    pub fn quote(&self, start: usize, end: usize) -> Quote {
        Quote {
            exact: self.slice(start, end).to_string(),
            prefix: self.slice(start.saturating_sub(CONTEXT), start).to_string(),
            suffix: self.slice(end, (end + CONTEXT).min(self.len())).to_string(),
        }
    }
}

/// What a `TextQuoteSelector` holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
}

impl Quote {
    /// The hash an annotation's id carries: 16 hex digits of the SHA-256
    /// of the quote and its context.
    pub fn hash(&self) -> String {
        hex16(&[&self.exact, &self.prefix, &self.suffix])
    }
}

/// An `AnnotationCollection`: one text's annotations, on one page. The
/// types below read back what they write, keeping fields they do not know,
/// so that `--reanchor` changes only the targets.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Collection {
    #[serde(rename = "@context")]
    pub context: Value,
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<usize>,
    pub first: AnnotationPage,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last: Option<String>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AnnotationPage {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(rename = "partOf", default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<String>,
    #[serde(
        rename = "startIndex",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub start_index: Option<usize>,
    pub items: Vec<Annotation>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Annotation {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub motivation: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub body: Vec<Body>,
    pub target: Target,
    /// Re-anchored by an approximate match.
    #[serde(rename = "factlint:fuzzy", default, skip_serializing_if = "is_false")]
    pub fuzzy: bool,
    /// Could not be re-anchored: kept, with its old quote.
    #[serde(
        rename = "factlint:orphaned",
        default,
        skip_serializing_if = "is_false"
    )]
    pub orphaned: bool,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// What an annotation says.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Body {
    Text(TextualBody),
    Finding(FindingBody),
    Other(Value),
}

/// A `TextualBody`: the finding's message, or the replacement to edit in.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TextualBody {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    pub value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// The finding for machines: a `factlint:Finding` with the fields of
/// `check --format json`'s findings that say what was decided.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FindingBody {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(rename = "factlint:claim")]
    pub claim: String,
    #[serde(rename = "factlint:status")]
    pub status: String,
    #[serde(rename = "factlint:kind")]
    pub value_kind: String,
    #[serde(rename = "factlint:severity")]
    pub severity: String,
    #[serde(
        rename = "factlint:reason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reason: Option<String>,
    #[serde(rename = "factlint:expected")]
    pub expected: String,
    #[serde(
        rename = "factlint:found",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub found: Option<String>,
    #[serde(
        rename = "factlint:suppressed",
        default,
        skip_serializing_if = "is_false"
    )]
    pub suppressed: bool,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

fn is_false(flag: &bool) -> bool {
    !flag
}

/// What an annotation is about: the text as a whole (its IRI), or a
/// stretch of it picked out by selectors.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Target {
    Whole(String),
    Selected(SpecificResource),
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SpecificResource {
    pub source: String,
    #[serde(default)]
    pub selector: Vec<Selector>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Selector {
    Text(TextSelector),
    Other(Value),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum TextSelector {
    TextQuoteSelector {
        exact: String,
        #[serde(default)]
        prefix: String,
        #[serde(default)]
        suffix: String,
    },
    TextPositionSelector {
        start: usize,
        end: usize,
    },
}

impl Quote {
    /// The selector.
    pub fn selector(&self) -> Selector {
        Selector::Text(TextSelector::TextQuoteSelector {
            exact: self.exact.clone(),
            prefix: self.prefix.clone(),
            suffix: self.suffix.clone(),
        })
    }
}

/// A `TextPositionSelector`.
pub fn position_selector(start: usize, end: usize) -> Selector {
    Selector::Text(TextSelector::TextPositionSelector { start, end })
}

/// The collection of a text's findings.
pub fn collection(document: &Document, findings: &[Finding]) -> Collection {
    let (points, bom) = CodePoints::of_file(document.source());
    let source = uri(document.path());
    let id = format!("urn:factlint:annotations:{}", hex16(&[&source]));
    let mut ids: HashMap<String, usize> = HashMap::new();
    let items: Vec<Annotation> = findings
        .iter()
        .map(|finding| annotation(finding, &points, bom, &source, &mut ids))
        .collect();
    let page = format!("{id}:1");
    Collection {
        context: context(),
        id: id.clone(),
        kind: "AnnotationCollection".into(),
        label: Some(format!("factlint findings in {}", document.path())),
        total: Some(items.len()),
        first: AnnotationPage {
            id: page.clone(),
            kind: "AnnotationPage".into(),
            part_of: Some(id),
            start_index: Some(0),
            items,
            other: Map::new(),
        },
        last: Some(page),
        other: Map::new(),
    }
}

/// 16 hex digits of the SHA-256 of `parts`, each ended by a NUL.
fn hex16(parts: &[&str]) -> String {
    let mut hash = Sha256::new();
    for part in parts {
        hash.update(part.as_bytes());
        hash.update([0]);
    }
    hash.finalize()[..8]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// A claim id as it may stand in a URN: letters, digits and `-._~:` as
/// they are, anything else percent-encoded.
fn urn_part(claim: &str) -> String {
    use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
    const KEEP: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~')
        .remove(b':');
    utf8_percent_encode(claim, KEEP).to_string()
}

fn annotation(
    finding: &Finding,
    points: &CodePoints,
    bom: usize,
    source: &str,
    ids: &mut HashMap<String, usize>,
) -> Annotation {
    let place = finding.span.map(|span| {
        let start = points.of_byte(span.start.saturating_sub(bom));
        let end = points.of_byte(span.end.saturating_sub(bom)).max(start);
        (start, end)
    });
    let quote = place.map_or_else(
        || Quote {
            exact: String::new(),
            prefix: String::new(),
            suffix: String::new(),
        },
        |(start, end)| points.quote(start, end),
    );
    let base = format!("urn:factlint:{}:{}", urn_part(&finding.claim), quote.hash());
    let count = ids.entry(base.clone()).or_insert(0);
    *count += 1;
    let id = if *count == 1 {
        base
    } else {
        format!("{base}-{count}")
    };
    let text_body = |purpose: &str, value: &str, language: Option<&str>| {
        Body::Text(TextualBody {
            kind: "TextualBody".into(),
            purpose: Some(purpose.into()),
            value: value.into(),
            format: Some("text/plain".into()),
            language: language.map(str::to_string),
            other: Map::new(),
        })
    };
    // The message is factlint's, in English; the replacement is in the
    // text's own language, which factlint does not know.
    let mut body = vec![text_body("assessing", &finding.message, Some("en"))];
    if let Some(replacement) = &finding.replacement {
        body.push(text_body("editing", replacement, None));
    }
    body.push(finding_body(finding));
    let target = match place {
        Some((start, end)) => Target::Selected(SpecificResource {
            source: source.to_string(),
            selector: vec![quote.selector(), position_selector(start, end)],
            other: Map::new(),
        }),
        None => Target::Whole(source.to_string()),
    };
    Annotation {
        id,
        kind: "Annotation".into(),
        motivation: Some("assessing".into()),
        body,
        target,
        fuzzy: false,
        orphaned: false,
        other: Map::new(),
    }
}

/// The finding for machines.
fn finding_body(finding: &Finding) -> Body {
    Body::Finding(FindingBody {
        kind: "factlint:Finding".into(),
        claim: finding.claim.clone(),
        status: finding.status.name().into(),
        value_kind: finding.kind.to_string(),
        severity: finding.severity.name().into(),
        reason: finding.reason.map(|reason| reason.name().into()),
        expected: finding.expected.clone(),
        found: finding.found.clone(),
        suppressed: finding.suppressed,
        other: Map::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_points_leave_out_the_byte_order_mark() {
        let source = "\u{feff}“Go” — 25 é";
        let (points, bom) = CodePoints::of_file(source);
        assert_eq!(bom, 3);
        assert_eq!(points.len(), 11);
        let at = source.find("25").unwrap() - bom;
        let start = points.of_byte(at);
        assert_eq!(start, 7);
        assert_eq!(points.slice(start, start + 2), "25");
        let quote = points.quote(start, start + 2);
        assert_eq!(quote.prefix, "“Go” — ");
        assert_eq!(quote.suffix, " é");
        // Inside a multi-byte character: that character.
        assert_eq!(points.of_byte(1), 0);
        assert_eq!(points.of_byte(points.text().len()), 11);
    }

    #[test]
    fn context_is_32_code_points_each_side() {
        let text = "a".repeat(40) + "X" + &"b".repeat(40);
        let points = CodePoints::new(&text);
        let quote = points.quote(40, 41);
        assert_eq!(quote.prefix, "a".repeat(32));
        assert_eq!(quote.suffix, "b".repeat(32));
        assert_ne!(quote.hash(), points.quote(39, 40).hash());
        assert_eq!(quote.hash().len(), 16);
    }

    #[test]
    fn claim_ids_stay_valid_in_a_urn() {
        assert_eq!(urn_part("fwo-usm-deal"), "fwo-usm-deal");
        assert_eq!(urn_part("source:money"), "source:money");
        assert_eq!(urn_part("a b/ç"), "a%20b%2F%C3%A7");
    }
}
