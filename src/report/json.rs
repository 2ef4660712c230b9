//! The JSON report (version 1), for CI and other programs.
//!
//! Wire format (one object per run; every claim appears once per file):
//!
//! ```json
//! {"version": 1, "as_of": "2025-11-28",
//!  "files": [{"path": "a.md", "published": "2025-11-24", "findings": [
//!    {"claim": "id", "kind": "money", "status": "mismatch", "severity": "error",
//!     "reason": null, "expected": "$500 million", "found": "$550 million",
//!     "replacement": "$500 million",
//!     "span": {"start": 1, "end": 2, "line": 1, "column": 2, "end_line": 1, "end_column": 3},
//!     "message": "..."}]}],
//!  "summary": {"files": 1, "claims": 64, "match": 60, "mismatch": 1, "stale": 1, "missing": 2}}
//! ```
//!
//! `status`: match | mismatch | stale | missing. `reason`: null | superseded
//! | expired | review (expired and review findings are about a fact the
//! text states right, and point at it). `span` is null for `missing`;
//! `start`/`end` are byte offsets,
//! lines and columns are 1-based with columns counted in characters. The
//! structs below are the schema: a test reads the output back into them
//! with unknown fields denied.

use crate::findings::{Report, Summary};
use serde::{Deserialize, Serialize};
use std::io::{self, Write};

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct JsonReport {
    pub version: u32,
    pub as_of: String,
    pub files: Vec<JsonFile>,
    pub summary: Summary,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct JsonFile {
    pub path: String,
    pub published: String,
    pub findings: Vec<JsonFinding>,
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

/// The report as the version-1 JSON structure.
pub fn to_json(report: &Report) -> JsonReport {
    let files = report
        .files
        .iter()
        .map(|file| JsonFile {
            path: file.document.path().to_string(),
            published: file.published.to_string(),
            findings: file
                .findings
                .iter()
                .map(|f| JsonFinding {
                    claim: f.claim.clone(),
                    kind: f.kind.key().to_string(),
                    status: f.status.name().to_string(),
                    severity: f.severity.name().to_string(),
                    reason: f.reason.map(|r| r.name().to_string()),
                    expected: f.expected.clone(),
                    found: f.found.clone(),
                    replacement: f.replacement.clone(),
                    span: f.span.map(|span| {
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
                    }),
                    message: f.message.clone(),
                })
                .collect(),
        })
        .collect();
    JsonReport {
        version: 1,
        as_of: report.as_of.to_string(),
        files,
        summary: report.summary(),
    }
}

/// Writes the report as pretty-printed JSON and a final newline.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &to_json(report))?;
    writeln!(out)
}
