//! The findings model: what a check decided about each claim in each text.
//!
//! Every output format renders this one model, so the human report, the
//! JSON report and the exit code can never disagree about a run.

use crate::claims::Severity;
use crate::document::Document;
use crate::extract::{Kind, Span};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// The outcome for one claim in one text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Match,
    Mismatch,
    Stale,
    Missing,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Match => "match",
            Status::Mismatch => "mismatch",
            Status::Stale => "stale",
            Status::Missing => "missing",
        }
    }
}

/// Why a fact is stale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The text states a value the claim lists in `previously`.
    Superseded,
    /// The claim is outside its `valid_from`..`valid_until` window.
    Expired,
    /// The claim was last verified longer ago than its review interval.
    Review,
}

impl Reason {
    pub fn name(self) -> &'static str {
        match self {
            Reason::Superseded => "superseded",
            Reason::Expired => "expired",
            Reason::Review => "review",
        }
    }
}

/// One claim judged against one text.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub claim: String,
    pub kind: Kind,
    pub status: Status,
    pub severity: Severity,
    pub reason: Option<Reason>,
    /// The claimed value as the claims file writes it.
    pub expected: String,
    /// The value as the text writes it; `None` when the text does not state it.
    pub found: Option<String>,
    /// The claimed value written in the text's own style, to put in place of `found`.
    pub replacement: Option<String>,
    /// Where the text states the value, in bytes of the document.
    pub span: Option<Span>,
    /// The date that makes a stale finding stale (an `until`, `valid_until`
    /// or the end of a review interval).
    pub stale_since: Option<Date>,
    pub message: String,
}

impl Finding {
    /// True for the findings a reader must act on (not `match`).
    pub fn is_problem(&self) -> bool {
        self.status != Status::Match
    }
}

/// Every claim judged against one text.
pub struct FileReport {
    pub document: Document,
    /// The publication date the text was judged at.
    pub published: Date,
    /// One finding per claim, in the claims file's order.
    pub findings: Vec<Finding>,
}

/// A whole run.
pub struct Report {
    pub as_of: Date,
    pub claims: usize,
    pub files: Vec<FileReport>,
}

/// Counts over a run, for summaries; also the `summary` object of the JSON
/// report, where the stale reasons are left out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    pub files: usize,
    pub claims: usize,
    #[serde(rename = "match")]
    pub matched: usize,
    pub mismatch: usize,
    pub stale: usize,
    pub missing: usize,
    #[serde(skip)]
    pub superseded: usize,
    #[serde(skip)]
    pub expired: usize,
    #[serde(skip)]
    pub review: usize,
}

impl Report {
    pub fn summary(&self) -> Summary {
        let mut summary = Summary {
            files: self.files.len(),
            claims: self.claims,
            ..Summary::default()
        };
        for finding in self.files.iter().flat_map(|f| &f.findings) {
            match finding.status {
                Status::Match => summary.matched += 1,
                Status::Mismatch => summary.mismatch += 1,
                Status::Stale => summary.stale += 1,
                Status::Missing => summary.missing += 1,
            }
            match finding.reason {
                Some(Reason::Superseded) => summary.superseded += 1,
                Some(Reason::Expired) => summary.expired += 1,
                Some(Reason::Review) => summary.review += 1,
                None => {}
            }
        }
        summary
    }

    /// The most severe problem in the run, if any.
    pub fn worst(&self) -> Option<Severity> {
        self.files
            .iter()
            .flat_map(|f| &f.findings)
            .filter(|f| f.is_problem())
            .map(|f| f.severity)
            .max()
    }
}
