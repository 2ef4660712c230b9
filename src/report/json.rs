//! The JSON report (version 1, contract 1.1), for CI and other programs.
//!
//! Wire format (one object per run):
//!
//! ```json
//! {"version": 1, "as_of": "2025-11-28",
//!  "files": [{"path": "a.md", "published": "2025-11-24", "claims": "claims.toml",
//!    "findings": [
//!    {"claim": "id", "kind": "money", "status": "mismatch", "severity": "error",
//!     "reason": null, "expected": "$500 million", "found": "$550 million",
//!     "replacement": "$500 million",
//!     "span": {"start": 1, "end": 2, "line": 1, "column": 2, "end_line": 1, "end_column": 3},
//!     "message": "..."}]}],
//!  "claims_findings": [
//!    {"path": "claims.toml", "line": 12, "column": 6, "texts": 20, "claim": "id",
//!     "kind": "money", "status": "stale", "severity": "warning", "reason": "review",
//!     "expected": "$500 million", "found": null, "replacement": null, "span": null,
//!     "message": "..."}],
//!  "summary": {"files": 1, "claims": 64, "match": 60, "mismatch": 1, "stale": 1,
//!              "missing": 2, "unsupported": 0, "suppressed": 0, "baselined": 0}}
//! ```
//!
//! Every claim appears at least once per file: once for each place where
//! the text states it wrongly (each with its own span), else once as
//! `match` or `missing`. `status`: match | mismatch | stale | missing |
//! unsupported (source mode). `reason`: null | superseded | expired |
//! review. `span` is null for `missing`; `start`/`end` are byte offsets,
//! lines and columns are 1-based with columns counted in characters.
//!
//! Additions of contract 1.1, each optional for a reader of version 1:
//! per file `claims` (the claims file that judged it) and `error` (why the
//! file could not be read or checked; its `findings` are then empty and
//! its `published` null); per finding `suppressed: true` (an inline comment
//! silenced it) and `source` (`{path, start, end, line, column}`, source
//! mode); `claims_findings`, the claims file's own findings (review due,
//! expired) once per run with the claim's place in the claims file and how
//! many texts state it; `summary.unsupported`, `summary.suppressed` and
//! `summary.baselined`; per file `notices`, warnings about the text's own
//! factlint comments (`{code, severity, message, span}`, left out when
//! there are none); per missing finding `nearest` (`{span, reason,
//! message}`: the sentence that holds the most of the claim's anchors,
//! `span` null when none holds any; `reason` anchor_absent | not_tied |
//! other_kind).
//!
//! The document is written as the run goes: the head before the first
//! file, each file as soon as it is checked, the summary at the end, so it
//! stays valid JSON when a file fails. The structs below are the schema: a
//! test reads the output back into them with unknown fields denied.

use super::Renderer;
use crate::findings::{
    ClaimsFinding, FileReport, Finding, Report, RunHeader, SourcePlace, Summary,
};
use serde::{Deserialize, Serialize};
use std::io::{self, Write};

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct JsonReport {
    pub version: u32,
    pub as_of: String,
    pub files: Vec<JsonFile>,
    #[serde(default)]
    pub claims_findings: Vec<JsonClaimsFinding>,
    pub summary: Summary,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct JsonFile {
    pub path: String,
    /// Null only for a file that failed before its date was known.
    pub published: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claims: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    pub findings: Vec<JsonFinding>,
    /// Warnings about the text's own factlint comments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notices: Vec<JsonNotice>,
}

/// A warning about a factlint comment in the text: `code` is
/// `unused-suppression`, `unknown-claim` or `unknown-comment`.
#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct JsonNotice {
    pub code: String,
    pub severity: String,
    pub message: String,
    pub span: JsonSpan,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct JsonFinding {
    pub claim: String,
    pub kind: String,
    pub status: String,
    pub severity: String,
    pub reason: Option<String>,
    pub expected: String,
    pub found: Option<String>,
    pub replacement: Option<String>,
    pub span: Option<JsonSpan>,
    pub message: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub suppressed: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<JsonSource>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nearest: Option<JsonNearest>,
}

/// For a missing claim: the sentence that came nearest to stating it
/// (null when no sentence holds any of its anchors) and why it does not.
#[derive(Serialize, Deserialize, Debug, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct JsonNearest {
    pub span: Option<JsonSpan>,
    pub reason: String,
    pub message: String,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct JsonSpan {
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

/// Source mode: where the source states what a summary's value was
/// compared with.
#[derive(Serialize, Deserialize, Debug, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct JsonSource {
    pub path: String,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
}

/// A finding of the claims file itself: the claim's place in the claims
/// file, how many texts state it, then the fields of a finding (`found`,
/// `replacement` and `span` are null).
#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct JsonClaimsFinding {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub texts: usize,
    pub claim: String,
    pub kind: String,
    pub status: String,
    pub severity: String,
    pub reason: Option<String>,
    pub expected: String,
    pub found: Option<String>,
    pub replacement: Option<String>,
    pub span: Option<JsonSpan>,
    /// The text `span` points into (the near spelling of an `about`
    /// phrase); absent when `span` is null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    pub message: String,
}

/// One text's findings as the version-1 JSON structure.
pub fn json_file(file: &FileReport) -> JsonFile {
    JsonFile {
        path: file.document.path().to_string(),
        published: file.published.map(|d| d.to_string()),
        claims: file.claims.clone(),
        error: file.error.as_ref().map(|e| match e.position {
            Some((line, column)) => format!("{} (line {line}, column {column})", e.message),
            None => e.message.clone(),
        }),
        findings: file
            .findings
            .iter()
            .map(|f| json_finding(file, f))
            .collect(),
        notices: file
            .notices
            .iter()
            .map(|n| JsonNotice {
                code: n.code.name().to_string(),
                severity: n.severity.name().to_string(),
                message: n.message.clone(),
                span: json_span(file, n.span),
            })
            .collect(),
    }
}

fn json_span(file: &FileReport, span: crate::extract::Span) -> JsonSpan {
    let (line, column) = file.document.line_col(span.start);
    let (end_line, end_column) = file.document.line_col(span.end);
    JsonSpan {
        start: span.start,
        end: span.end,
        line,
        column,
        end_line,
        end_column,
    }
}

fn json_finding(file: &FileReport, f: &Finding) -> JsonFinding {
    JsonFinding {
        claim: f.claim.clone(),
        kind: f.kind.key().to_string(),
        status: f.status.name().to_string(),
        severity: f.severity.name().to_string(),
        reason: f.reason.map(|r| r.name().to_string()),
        expected: f.expected.clone(),
        found: f.found.clone(),
        replacement: f.replacement.clone(),
        span: f.span.map(|span| json_span(file, span)),
        message: f.message.clone(),
        suppressed: f.suppressed,
        source: f.source.as_ref().map(json_source),
        nearest: f.nearest.as_ref().map(|n| JsonNearest {
            span: n.span.map(|span| json_span(file, span)),
            reason: n.reason.name().to_string(),
            message: n.message.clone(),
        }),
    }
}

fn json_source(place: &SourcePlace) -> JsonSource {
    JsonSource {
        path: place.path.clone(),
        start: place.span.start,
        end: place.span.end,
        line: place.line,
        column: place.column,
    }
}

/// A claims file's finding as the version-1 JSON structure.
pub fn json_claims_finding(c: &ClaimsFinding) -> JsonClaimsFinding {
    let f = &c.finding;
    JsonClaimsFinding {
        path: c.path.clone(),
        line: c.line,
        column: c.column,
        texts: c.texts,
        claim: f.claim.clone(),
        kind: f.kind.key().to_string(),
        status: f.status.name().to_string(),
        severity: f.severity.name().to_string(),
        reason: f.reason.map(|r| r.name().to_string()),
        expected: f.expected.clone(),
        found: f.found.clone(),
        replacement: f.replacement.clone(),
        span: c.text.as_ref().map(|place| JsonSpan {
            start: place.span.start,
            end: place.span.end,
            line: place.line,
            column: place.column,
            end_line: place.end_line,
            end_column: place.end_column,
        }),
        text: c.text.as_ref().map(|place| place.path.clone()),
        message: f.message.clone(),
    }
}

/// The whole report as the version-1 JSON structure.
pub fn to_json(report: &Report) -> JsonReport {
    JsonReport {
        version: 1,
        as_of: report.as_of.to_string(),
        files: report.files.iter().map(json_file).collect(),
        claims_findings: report
            .claims_findings
            .iter()
            .map(json_claims_finding)
            .collect(),
        summary: report.summary(),
    }
}

/// The JSON report written piece by piece, pretty-printed exactly as
/// `serde_json::to_writer_pretty` would print [`to_json`]'s whole document.
pub struct Json<'w> {
    out: &'w mut dyn Write,
    /// Files written so far, for the commas between them.
    files: usize,
}

impl<'w> Json<'w> {
    pub fn new(out: &'w mut dyn Write) -> Json<'w> {
        Json { out, files: 0 }
    }

    /// Writes `value` pretty-printed as an element of a top-level array:
    /// on its own line, indented two levels.
    fn element(&mut self, value: &impl Serialize, first: bool) -> io::Result<()> {
        let text = serde_json::to_string_pretty(value)?;
        let separator = if first { "\n" } else { ",\n" };
        // JSON strings escape their newlines, so every newline here is one
        // of the pretty printer's own.
        write!(self.out, "{separator}    {}", text.replace('\n', "\n    "))
    }
}

impl Renderer for Json<'_> {
    fn begin(&mut self, header: &RunHeader) -> io::Result<()> {
        write!(
            self.out,
            "{{\n  \"version\": 1,\n  \"as_of\": {},\n  \"files\": [",
            serde_json::to_string(&header.as_of.to_string())?
        )
    }

    fn file(&mut self, file: &FileReport) -> io::Result<()> {
        self.element(&json_file(file), self.files == 0)?;
        self.files += 1;
        Ok(())
    }

    fn claims_findings(&mut self, findings: &[ClaimsFinding]) -> io::Result<()> {
        let close = if self.files == 0 { "]" } else { "\n  ]" };
        write!(self.out, "{close},\n  \"claims_findings\": [")?;
        for (i, finding) in findings.iter().enumerate() {
            self.element(&json_claims_finding(finding), i == 0)?;
        }
        let close = if findings.is_empty() { "]" } else { "\n  ]" };
        write!(self.out, "{close}")
    }

    fn end(&mut self, _header: &RunHeader, summary: &Summary) -> io::Result<()> {
        let summary = serde_json::to_string_pretty(summary)?.replace('\n', "\n  ");
        writeln!(self.out, ",\n  \"summary\": {summary}\n}}")
    }
}
