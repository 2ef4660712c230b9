//! GitLab's Code Quality report (a subset of Code Climate's format): a
//! JSON array of issues that GitLab shows in merge requests when a job
//! saves it as `artifacts:reports:codequality`.
//!
//! ```json
//! [{"description": "fwo-usm-deal-amount: money differs: …", "check_name": "fwo-usm-deal-amount",
//!   "fingerprint": "3f1c…", "severity": "major",
//!   "location": {"path": "a.md", "lines": {"begin": 16}}}]
//! ```
//!
//! `check_name` is the claim; `severity` is `major` for an error, `minor`
//! for a warning, `info` for info (with `-v`); a fact the text does not
//! state is at line 1, a claims file's own finding at the claim's line. The
//! `fingerprint`, which GitLab uses to tell new issues from fixed ones
//! between branches, is the SHA-256 of the path, the claim and the value
//! found ([`super::fingerprint`]), so moving a sentence keeps it. A text
//! that could not be read is a `critical` issue `unreadable`.

use super::{emitted, emitted_in_text_order, fingerprint, Occurrences, Place, Renderer};
use crate::claims::Severity;
use crate::findings::{ClaimsFinding, FileReport, RunHeader, Summary};
use serde_json::{json, Value};
use std::io::{self, Write};

pub struct Gitlab<'w> {
    out: &'w mut dyn Write,
    verbose: bool,
    written: usize,
}

impl<'w> Gitlab<'w> {
    pub fn new(out: &'w mut dyn Write, verbose: bool) -> Gitlab<'w> {
        Gitlab {
            out,
            verbose,
            written: 0,
        }
    }

    fn issue(&mut self, value: &Value) -> io::Result<()> {
        let text = serde_json::to_string_pretty(value)?;
        let separator = if self.written == 0 { "\n" } else { ",\n" };
        self.written += 1;
        write!(self.out, "{separator}  {}", text.replace('\n', "\n  "))
    }
}

fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "major",
        Severity::Warning => "minor",
        Severity::Info => "info",
    }
}

impl Renderer for Gitlab<'_> {
    fn begin(&mut self, _header: &RunHeader) -> io::Result<()> {
        write!(self.out, "[")
    }

    fn file(&mut self, file: &FileReport) -> io::Result<()> {
        let path = file.document.path();
        if let Some(error) = &file.error {
            let line = error.position.map_or(1, |(line, _)| line);
            return self.issue(&json!({
                "description": format!("cannot check {path}: {}", error.message),
                "check_name": "unreadable",
                "fingerprint": fingerprint(path, "unreadable", Some(&error.message), 1),
                "severity": "critical",
                "location": {"path": path, "lines": {"begin": line}},
            }));
        }
        let mut occurrences = Occurrences::default();
        for finding in emitted_in_text_order(&file.findings, self.verbose) {
            let rank = occurrences.next(finding);
            let line = Place::of(&file.document, finding).line;
            self.issue(&json!({
                "description": format!("{}: {}", finding.claim, finding.message),
                "check_name": finding.claim,
                "fingerprint": fingerprint(path, &finding.claim, finding.found.as_deref(), rank),
                "severity": severity(finding.severity),
                "location": {"path": path, "lines": {"begin": line}},
            }))?;
        }
        Ok(())
    }

    fn claims_findings(&mut self, findings: &[ClaimsFinding]) -> io::Result<()> {
        for claims_finding in findings {
            let finding = &claims_finding.finding;
            if !emitted(finding, self.verbose) {
                continue;
            }
            self.issue(&json!({
                "description": format!("{}: {}", finding.claim, super::claims_message(claims_finding)),
                "check_name": finding.claim,
                "fingerprint": fingerprint(&claims_finding.path, &finding.claim, None, 1),
                "severity": severity(finding.severity),
                "location": {"path": claims_finding.path, "lines": {"begin": claims_finding.line}},
            }))?;
        }
        Ok(())
    }

    fn end(&mut self, _header: &RunHeader, _summary: &Summary) -> io::Result<()> {
        let close = if self.written == 0 { "]" } else { "\n]" };
        writeln!(self.out, "{close}")
    }
}
