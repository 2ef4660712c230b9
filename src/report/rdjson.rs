//! reviewdog's Diagnostic Format (`rdjson`), for `reviewdog -f=rdjson`,
//! which posts findings as review comments with suggested changes.
//!
//! ```json
//! {"source": {"name": "factlint"}, "diagnostics": [
//!   {"message": "money differs: …", "severity": "ERROR",
//!    "location": {"path": "a.md", "range": {"start": {"line": 16, "column": 56},
//!                                           "end": {"line": 16, "column": 68}}},
//!    "code": {"value": "fwo-usm-deal-amount"},
//!    "suggestions": [{"range": {…}, "text": "$500 million"}]}]}
//! ```
//!
//! Columns are 1-based UTF-8 byte columns, as reviewdog counts them, the
//! end exclusive. A replacement becomes a suggestion over the wrong value.
//! A fact the text does not state points at line 1; a claims file's own
//! findings and a text's read error point at a line only. Severities are
//! `ERROR`, `WARNING` and `INFO`.

use super::{emitted, emitted_in_text_order, Renderer};
use crate::claims::Severity;
use crate::document::Document;
use crate::extract::Span;
use crate::findings::{ClaimsFinding, FileReport, RunHeader, Summary};
use serde_json::{json, Value};
use std::io::{self, Write};

pub struct Rdjson<'w> {
    out: &'w mut dyn Write,
    verbose: bool,
    written: usize,
}

impl<'w> Rdjson<'w> {
    pub fn new(out: &'w mut dyn Write, verbose: bool) -> Rdjson<'w> {
        Rdjson {
            out,
            verbose,
            written: 0,
        }
    }

    fn diagnostic(&mut self, value: &Value) -> io::Result<()> {
        let text = serde_json::to_string_pretty(value)?;
        let separator = if self.written == 0 { "\n" } else { ",\n" };
        self.written += 1;
        write!(self.out, "{separator}    {}", text.replace('\n', "\n    "))
    }
}

fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "ERROR",
        Severity::Warning => "WARNING",
        Severity::Info => "INFO",
    }
}

/// 1-based line and UTF-8 byte column of byte `at` of the file.
fn position(document: &Document, at: usize) -> Value {
    let text = document.source();
    let at = at.min(text.len());
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = text[..line_start].matches('\n').count() + 1;
    json!({"line": line, "column": at - line_start + 1})
}

fn range(document: &Document, span: Span) -> Value {
    json!({"start": position(document, span.start), "end": position(document, span.end)})
}

impl Renderer for Rdjson<'_> {
    fn begin(&mut self, _header: &RunHeader) -> io::Result<()> {
        write!(
            self.out,
            "{{\n  \"source\": {{\n    \"name\": \"factlint\"\n  }},\n  \"diagnostics\": ["
        )
    }

    fn file(&mut self, file: &FileReport) -> io::Result<()> {
        let path = file.document.path();
        if let Some(error) = &file.error {
            let mut location = json!({"path": path});
            if let Some((line, _)) = error.position {
                location["range"] = json!({"start": {"line": line}});
            }
            return self.diagnostic(&json!({
                "message": error.message,
                "location": location,
                "severity": "ERROR",
                "code": {"value": "unreadable"},
            }));
        }
        for finding in emitted_in_text_order(&file.findings, self.verbose) {
            let place = match finding.span {
                Some(span) => range(&file.document, span),
                None => json!({"start": {"line": 1}}),
            };
            let mut diagnostic = json!({
                "message": finding.message,
                "location": {"path": path, "range": place},
                "severity": severity(finding.severity),
                "code": {"value": finding.claim},
            });
            if let (Some(replacement), Some(span)) = (&finding.replacement, finding.span) {
                diagnostic["suggestions"] = json!([{
                    "range": range(&file.document, span),
                    "text": replacement,
                }]);
            }
            self.diagnostic(&diagnostic)?;
        }
        Ok(())
    }

    fn claims_findings(&mut self, findings: &[ClaimsFinding]) -> io::Result<()> {
        for claims_finding in findings {
            let finding = &claims_finding.finding;
            if !emitted(finding, self.verbose) {
                continue;
            }
            self.diagnostic(&json!({
                "message": super::claims_message(claims_finding),
                "location": {
                    "path": claims_finding.path,
                    "range": {"start": {"line": claims_finding.line}},
                },
                "severity": severity(finding.severity),
                "code": {"value": finding.claim},
            }))?;
        }
        Ok(())
    }

    fn end(&mut self, _header: &RunHeader, _summary: &Summary) -> io::Result<()> {
        let close = if self.written == 0 { "]" } else { "\n  ]" };
        writeln!(self.out, "{close}\n}}")
    }
}
