//! JSON Lines: one JSON object per line, each file's lines written as soon
//! as it and every file before it are checked — for `jq`, log shippers and
//! programs that read a long run as it goes.
//!
//! Three kinds of line, told apart by their fields:
//!
//! ```json
//! {"path": "a.md", "claims": "claims.toml", "claim": "deal", "kind": "money", "status": "mismatch", "severity": "error", "reason": null, "expected": "$500 million", "found": "$550 million", "replacement": "$500 million", "span": {"start": 18, "end": 30, "line": 1, "column": 19, "end_line": 1, "end_column": 31}, "message": "…"}
//! {"path": "bad.md", "claims": "claims.toml", "error": "not UTF-8 text (invalid byte 0xe9) (line 1, column 4)"}
//! {"path": "claims.toml", "line": 12, "column": 6, "texts": 20, "claim": "deal", …, "message": "last verified …"}
//! ```
//!
//! - a finding of a text: its `path` (and `claims`, the claims file that
//!   judged it), then the fields of a finding of the JSON report;
//! - a text that could not be read or checked: `path`, `claims`, `error`;
//! - a finding of a claims file (review due, expired), once per run, after
//!   every text: exactly a `claims_findings` entry of the JSON report.
//!
//! Problems at warning or above are written; at info too with `-v`. There
//! is no summary line: the exit code says whether the run failed.

use super::json::{json_claims_finding, json_file, JsonFinding};
use super::{emitted, Renderer};
use crate::findings::{ClaimsFinding, FileReport, Finding, RunHeader, Summary};
use serde::Serialize;
use std::io::{self, Write};

/// A finding of a text, with the text it belongs to.
#[derive(Serialize)]
struct Line<'a> {
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    claims: Option<&'a str>,
    #[serde(flatten)]
    finding: JsonFinding,
}

/// A text that could not be read or checked.
#[derive(Serialize)]
struct ErrorLine<'a> {
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    claims: Option<&'a str>,
    error: String,
}

pub struct Jsonl<'w> {
    out: &'w mut dyn Write,
    verbose: bool,
}

impl<'w> Jsonl<'w> {
    pub fn new(out: &'w mut dyn Write, verbose: bool) -> Jsonl<'w> {
        Jsonl { out, verbose }
    }

    fn line(&mut self, value: &impl Serialize) -> io::Result<()> {
        serde_json::to_writer(&mut *self.out, value)?;
        self.out.write_all(b"\n")
    }
}

impl Renderer for Jsonl<'_> {
    fn begin(&mut self, _header: &RunHeader) -> io::Result<()> {
        Ok(())
    }

    fn file(&mut self, file: &FileReport) -> io::Result<()> {
        let json = json_file(file);
        let claims = file.claims.as_deref();
        if let Some(error) = json.error {
            return self.line(&ErrorLine {
                path: &json.path,
                claims,
                error,
            });
        }
        // In the order of the text, as the other line formats.
        let mut lines: Vec<(&Finding, JsonFinding)> = file
            .findings
            .iter()
            .zip(json.findings)
            .filter(|(finding, _)| emitted(finding, self.verbose))
            .collect();
        lines.sort_by(|(a, _), (b, _)| {
            let at = |f: &Finding| f.span.map_or(usize::MAX, |s| s.start);
            at(a).cmp(&at(b)).then_with(|| a.claim.cmp(&b.claim))
        });
        for (_, finding) in lines {
            self.line(&Line {
                path: &json.path,
                claims,
                finding,
            })?;
        }
        Ok(())
    }

    fn claims_findings(&mut self, findings: &[ClaimsFinding]) -> io::Result<()> {
        for finding in findings {
            if emitted(&finding.finding, self.verbose) {
                self.line(&json_claims_finding(finding))?;
            }
        }
        Ok(())
    }

    fn end(&mut self, _header: &RunHeader, _summary: &Summary) -> io::Result<()> {
        Ok(())
    }
}
