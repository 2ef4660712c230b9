//! The one place the corpus harness calls factlint.
//!
//! The rest of the harness sees only the plain types below, so a change to
//! the library's API needs a change here and nowhere else. Since contract
//! 1.1 a claim may yield several findings (one per wrong place), and review
//! findings belong to the claims file, which the harness never asks for.

use factlint::check::Checker;
use factlint::claims::{parse_claims, ClaimSet, Severity as LibSeverity};
use factlint::document::Document;
use jiff::civil::Date;
use std::path::Path;

/// The publication date and the as-of date every corpus text is read with.
pub const PUBLISHED: Date = Date::constant(2017, 12, 31);

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// One finding, reduced to what the harness judges and prints.
#[derive(Clone, Debug)]
pub struct Seen {
    pub severity: Severity,
    /// "match", "mismatch", "stale", "missing".
    pub status: String,
    pub claim: String,
    /// The claim's kind: "money", "count", "number", … "quote".
    pub kind: String,
    /// Byte range in the checked text; `None` where the finding has no place.
    pub span: Option<(usize, usize)>,
    /// 1-based line of the span's start.
    pub line: Option<usize>,
    pub message: String,
}

impl Seen {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// One line for the failure files.
    pub fn describe(&self) -> String {
        let line = self.line.map_or_else(|| "-".to_string(), |l| l.to_string());
        let severity = match self.severity {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        format!(
            "{severity}[{}] {} ({}) line {line}: {}",
            self.status, self.claim, self.kind, self.message
        )
    }
}

/// What a claim says that the edits need: who a quote's speaker or a
/// title's holder is.
#[derive(Clone, Debug)]
pub struct ClaimInfo {
    pub id: String,
    pub speaker: Option<String>,
    pub person: Option<String>,
}

/// A text's starter claims file, as `factlint extract --format toml` writes it.
pub struct Starter {
    pub toml: String,
    /// The file loaded back, or why it would not load.
    pub claims: Result<ClaimSet, String>,
}

/// The starter claims of `text`, written with the code `extract --format
/// toml` uses.
pub fn starter(id: &str, text: &str) -> Starter {
    let document = Document::new(id, text.to_string());
    let values = factlint::extract_run::values(&document, PUBLISHED);
    let extraction = factlint::extract_run::Extraction {
        document,
        published: PUBLISHED,
        values,
    };
    let toml = factlint::report::claims_toml::to_toml(&extraction);
    let claims = parse_claims(Path::new("claims.toml"), &toml).map_err(|e| e.to_string());
    Starter { toml, claims }
}

pub fn claim_info(claims: &ClaimSet) -> Vec<ClaimInfo> {
    claims
        .claims
        .iter()
        .map(|c| ClaimInfo {
            id: c.id.clone(),
            speaker: c.speaker.clone(),
            person: c.person.clone(),
        })
        .collect()
}

/// A claims file compiled once, for checking many versions of a text.
pub struct Check<'a>(Checker<'a>);

impl<'a> Check<'a> {
    pub fn new(claims: &'a ClaimSet) -> Check<'a> {
        Check(Checker::new(claims))
    }

    /// Every finding of `text` against the claims.
    pub fn run(&self, id: &str, text: &str) -> Vec<Seen> {
        let document = Document::new(id, text.to_string());
        self.0
            .check(&document, PUBLISHED)
            .into_iter()
            .map(|f| Seen {
                severity: match f.severity {
                    LibSeverity::Info => Severity::Info,
                    LibSeverity::Warning => Severity::Warning,
                    LibSeverity::Error => Severity::Error,
                },
                status: f.status.name().to_string(),
                claim: f.claim,
                kind: f.kind.key().to_string(),
                span: f.span.map(|s| (s.start, s.end)),
                line: f.span.map(|s| document.line_col(s.start).0),
                message: f.message,
            })
            .collect()
    }
}

/// The sentences of `text` as factlint cuts them, byte ranges in order.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    factlint::document::sentences(text)
        .into_iter()
        .map(|s| (s.start, s.end))
        .collect()
}
