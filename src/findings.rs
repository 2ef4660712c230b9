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
    /// Source mode: the summary states a value its source nowhere supports.
    Unsupported,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Match => "match",
            Status::Mismatch => "mismatch",
            Status::Stale => "stale",
            Status::Missing => "missing",
            Status::Unsupported => "unsupported",
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

/// Where a source text states what a finding was compared with (source
/// mode: the sentence of the source a summary's value was judged against).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourcePlace {
    /// The source text's path as given.
    pub path: String,
    /// Byte offsets into the source text.
    pub span: Span,
    /// 1-based line and column (in characters) of `span.start`.
    pub line: usize,
    pub column: usize,
}

/// One claim judged at one place of one text (or, for a claim the text
/// does not state, in the text as a whole).
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// The claim's id; in source mode `source:<kind>`.
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
    /// Silenced by an inline comment: reported and counted, never failing
    /// the run.
    pub suppressed: bool,
    /// Source mode: the source sentence the value was compared with.
    pub source: Option<SourcePlace>,
    /// For a claim the text does not state: the sentence that came nearest
    /// to stating it, and why it does not.
    pub nearest: Option<NearestMiss>,
}

/// The sentence that came nearest to stating a missing claim, and why it
/// was not judged: what an editor needs to tell a text that leaves the
/// fact out from a claim whose `about` words the text puts differently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NearestMiss {
    /// The sentence, in bytes of the document; `None` when no sentence
    /// holds any of the claim's anchors.
    pub span: Option<Span>,
    pub reason: MissReason,
    /// The reason in words, naming the anchors and values concerned.
    pub message: String,
}

/// Why the nearest sentence does not state a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MissReason {
    /// It lacks some of the claim's anchors (`about` phrases, counted noun,
    /// person); no sentence holds them all.
    AnchorAbsent,
    /// It holds every anchor and a value of the claim's kind, but the
    /// sentence does not tie that value to them (another clause, another
    /// person's figure, a number counting something else).
    NotTied,
    /// It holds every anchor but no value of the claim's kind.
    OtherKind,
}

impl MissReason {
    pub fn name(self) -> &'static str {
        match self {
            MissReason::AnchorAbsent => "anchor_absent",
            MissReason::NotTied => "not_tied",
            MissReason::OtherKind => "other_kind",
        }
    }
}

impl Finding {
    /// True for the findings a reader must act on (not `match`).
    pub fn is_problem(&self) -> bool {
        self.status != Status::Match
    }

    /// The severity this finding weighs with toward `--fail-on`: none when
    /// it is no problem or an inline comment silenced it.
    pub fn weight(&self) -> Option<Severity> {
        (self.is_problem() && !self.suppressed).then_some(self.severity)
    }
}

/// A warning about a text's own factlint comments rather than a fact:
/// a suppression that silenced nothing, an id no claim has, a `factlint-`
/// word factlint does not know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The comment, in bytes of the document.
    pub span: Span,
    pub severity: Severity,
    pub code: NoticeCode,
    pub message: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NoticeCode {
    /// A disable comment that silenced no finding, or an enable that ended
    /// no disable.
    UnusedSuppression,
    /// A disable comment naming a claim the claims file does not have.
    UnknownClaim,
    /// A comment starting with `factlint-` that is none of factlint's.
    UnknownComment,
}

impl NoticeCode {
    pub fn name(self) -> &'static str {
        match self {
            NoticeCode::UnusedSuppression => "unused-suppression",
            NoticeCode::UnknownClaim => "unknown-claim",
            NoticeCode::UnknownComment => "unknown-comment",
        }
    }
}

/// Every finding for one text: each claim at least once — once per place a
/// text states it wrongly, else one `match` or `missing`.
pub struct FileReport {
    /// The text as read; for a file that could not be read, an empty text
    /// under its path.
    pub document: Document,
    /// The claims file that judged the text, as named to the user.
    pub claims: Option<String>,
    /// The publication date the text was judged at; `None` when the file
    /// failed before it was known.
    pub published: Option<Date>,
    /// In the claims file's order, each claim's places in text order.
    pub findings: Vec<Finding>,
    /// Findings a baseline file accepted: counted, not reported.
    pub baselined: usize,
    /// Warnings about the text's own factlint comments, in text order.
    pub notices: Vec<Notice>,
    /// Places `--write` changed; the findings are those of the new text.
    pub fixed: usize,
    /// Why the file could not be read or checked; its findings are then empty.
    pub error: Option<FileError>,
}

impl FileReport {
    /// A file that could not be read or checked.
    pub fn failed(error: FileError) -> FileReport {
        FileReport {
            document: Document::new(error.path.clone(), String::new()),
            claims: None,
            published: None,
            findings: Vec::new(),
            baselined: 0,
            notices: Vec::new(),
            fixed: 0,
            error: Some(error),
        }
    }
}

/// Why a text could not be read or checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileError {
    /// The text's path as given (`<stdin>` for standard input).
    pub path: String,
    /// 1-based line and column (in characters) of the fault, when it has one.
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.position {
            Some((line, column)) => write!(f, "{}:{line}:{column}: {}", self.path, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

impl std::error::Error for FileError {}

/// A finding that belongs to the claims file rather than to a text: a
/// claim due for review or outside its validity, reported once per run
/// however many texts state it; or an `about` phrase no text holds where a
/// close spelling of it occurs.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimsFinding {
    /// The claims file, as named to the user.
    pub path: String,
    /// 1-based line and column of the claim's `id` in the claims file.
    pub line: usize,
    pub column: usize,
    /// How many checked texts state the claim.
    pub texts: usize,
    /// The finding itself; its `span` is `None` unless `text` is set.
    pub finding: Finding,
    /// The text the finding's `span` points into, for a finding about
    /// something a text holds (the near spelling of an `about` phrase).
    pub text: Option<TextPlace>,
}

/// A place in a checked text, for a finding that is not the text's own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextPlace {
    /// The text's path as given.
    pub path: String,
    /// What the text writes there.
    pub found: String,
    /// Byte offsets into the file.
    pub span: Span,
    /// 1-based line and column (in characters) of the start and the end.
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

/// The run as a whole, known before its first file is checked.
pub struct RunHeader {
    pub as_of: Date,
    /// Claims in the claims file.
    pub claims: usize,
    /// Source mode: what the summaries are checked against (the `--source`
    /// path, or the `--pairs` file whose sources they are).
    pub against: Option<Against>,
}

/// What a source-mode run checks its summaries against.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Against {
    /// `--source FILE`: one source for every summary.
    Source(String),
    /// `--pairs FILE`: each summary's own source, as the file names them.
    Pairs(String),
}

/// A whole run held in memory (for library users and tests; the binary
/// streams files through a [`crate::report::Renderer`] instead).
pub struct Report {
    pub as_of: Date,
    pub claims: usize,
    pub files: Vec<FileReport>,
    pub claims_findings: Vec<ClaimsFinding>,
}

/// Counts over a run, for summaries; also the `summary` object of the JSON
/// report, where the stale reasons and file errors are left out.
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
    /// Source mode: values the source nowhere supports.
    #[serde(default)]
    pub unsupported: usize,
    /// Findings an inline comment silenced (counted in their status too).
    #[serde(default)]
    pub suppressed: usize,
    /// Findings a baseline file accepted (not reported).
    #[serde(default)]
    pub baselined: usize,
    #[serde(skip)]
    pub superseded: usize,
    #[serde(skip)]
    pub expired: usize,
    #[serde(skip)]
    pub review: usize,
    /// Files that could not be read or checked.
    #[serde(skip)]
    pub errors: usize,
    /// Warnings about the texts' own factlint comments.
    #[serde(skip)]
    pub notices: usize,
    /// Places `--write` changed.
    #[serde(skip)]
    pub fixed: usize,
    /// The most severe finding that counts toward `--fail-on`.
    #[serde(skip)]
    pub worst: Option<Severity>,
}

impl Summary {
    /// A summary of nothing yet, for a run of `claims` claims.
    pub fn new(claims: usize) -> Summary {
        Summary {
            claims,
            ..Summary::default()
        }
    }

    /// Counts one text's findings.
    pub fn add_file(&mut self, file: &FileReport) {
        self.files += 1;
        self.baselined += file.baselined;
        self.fixed += file.fixed;
        if file.error.is_some() {
            self.errors += 1;
        }
        for finding in &file.findings {
            self.add(finding);
        }
        for notice in &file.notices {
            self.notices += 1;
            self.worst = self.worst.max(Some(notice.severity));
        }
    }

    /// Counts the claims file's own findings.
    pub fn add_claims_findings(&mut self, findings: &[ClaimsFinding]) {
        for finding in findings {
            self.add(&finding.finding);
        }
    }

    fn add(&mut self, finding: &Finding) {
        match finding.status {
            Status::Match => self.matched += 1,
            Status::Mismatch => self.mismatch += 1,
            Status::Stale => self.stale += 1,
            Status::Missing => self.missing += 1,
            Status::Unsupported => self.unsupported += 1,
        }
        match finding.reason {
            Some(Reason::Superseded) => self.superseded += 1,
            Some(Reason::Expired) => self.expired += 1,
            Some(Reason::Review) => self.review += 1,
            None => {}
        }
        if finding.suppressed {
            self.suppressed += 1;
        }
        self.worst = self.worst.max(finding.weight());
    }

    /// Whether the run fails at `fail_on` (`None`: never).
    pub fn fails(&self, fail_on: Option<Severity>) -> bool {
        match (fail_on, self.worst) {
            (Some(threshold), Some(worst)) => worst >= threshold,
            _ => false,
        }
    }
}

impl Report {
    pub fn summary(&self) -> Summary {
        let mut summary = Summary::new(self.claims);
        for file in &self.files {
            summary.add_file(file);
        }
        summary.add_claims_findings(&self.claims_findings);
        summary
    }

    /// The most severe problem in the run that counts toward `--fail-on`.
    pub fn worst(&self) -> Option<Severity> {
        self.summary().worst
    }

    pub fn header(&self) -> RunHeader {
        RunHeader {
            as_of: self.as_of,
            claims: self.claims,
            against: None,
        }
    }
}
