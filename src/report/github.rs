//! GitHub Actions workflow commands: each problem becomes an annotation on
//! the pull request's diff and in the run's summary.
//!
//! ```text
//! ::error file=articles/draft.md,line=16,col=56,endLine=16,endColumn=68,title=factlint mismatch%3A fwo-usm-deal-amount (money)::money differs: the text says $550 million, the claim $500 million
//! ```
//!
//! Error findings are `::error`, warnings `::warning`, info (with `-v`)
//! `::notice`; a fact the text does not state points at line 1; a claims
//! file's own findings point at the claim in the claims file; a text that
//! could not be read is an `::error` on it. Values are escaped as the
//! Actions toolkit escapes them (`%`, CR and LF in the message; those and
//! `:` and `,` in properties), and other control characters are replaced,
//! so that no text can end a command early or inject another. The run's
//! summary line closes the log as plain text.

use super::human::{clean, render_summary};
use super::{emitted, emitted_in_text_order, status_label, Palette, Place, Renderer};
use crate::claims::Severity;
use crate::findings::{ClaimsFinding, FileReport, Finding, RunHeader, Summary};
use std::io::{self, Write};

pub struct Github<'w> {
    out: &'w mut dyn Write,
    verbose: bool,
}

impl<'w> Github<'w> {
    pub fn new(out: &'w mut dyn Write, verbose: bool) -> Github<'w> {
        Github { out, verbose }
    }

    fn command(
        &mut self,
        severity: Severity,
        file: &str,
        place: Option<Place>,
        with_end: bool,
        title: Option<&str>,
        message: &str,
    ) -> io::Result<()> {
        let name = match severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let mut properties = vec![format!("file={}", property(file))];
        if let Some(place) = place {
            properties.push(format!("line={}", place.line));
            properties.push(format!("col={}", place.column));
            if with_end {
                properties.push(format!("endLine={}", place.end_line));
                properties.push(format!("endColumn={}", place.end_column));
            }
        }
        if let Some(title) = title {
            properties.push(format!("title={}", property(title)));
        }
        writeln!(
            self.out,
            "::{name} {}::{}",
            properties.join(","),
            data(message)
        )
    }
}

/// "factlint: fwo-usm-deal-amount (money, mismatch)".
fn title(finding: &Finding) -> String {
    format!(
        "factlint: {} ({}, {})",
        finding.claim,
        finding.kind,
        status_label(finding)
    )
}

/// A command's message, escaped as the Actions toolkit's `escapeData`.
fn data(text: &str) -> String {
    clean(
        &text
            .replace('%', "%25")
            .replace('\r', "%0D")
            .replace('\n', "%0A"),
    )
}

/// A command's property value, escaped as the toolkit's `escapeProperty`.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

impl Renderer for Github<'_> {
    fn begin(&mut self, _header: &RunHeader) -> io::Result<()> {
        Ok(())
    }

    fn file(&mut self, file: &FileReport) -> io::Result<()> {
        let path = file.document.path();
        if let Some(error) = &file.error {
            let place = error.position.map(|(line, column)| Place::at(line, column));
            return self.command(
                Severity::Error,
                path,
                place,
                false,
                Some("factlint: cannot check this file"),
                &error.message,
            );
        }
        for finding in emitted_in_text_order(&file.findings, self.verbose) {
            let place = Place::of(&file.document, finding);
            self.command(
                finding.severity,
                path,
                Some(place),
                finding.span.is_some(),
                Some(&title(finding)),
                &finding.message,
            )?;
        }
        Ok(())
    }

    fn claims_findings(&mut self, findings: &[ClaimsFinding]) -> io::Result<()> {
        for claims_finding in findings {
            let finding = &claims_finding.finding;
            if emitted(finding, self.verbose) {
                self.command(
                    finding.severity,
                    &claims_finding.path,
                    Some(Place::at(claims_finding.line, claims_finding.column)),
                    false,
                    Some(&title(finding)),
                    &super::claims_message(claims_finding),
                )?;
            }
        }
        Ok(())
    }

    fn end(&mut self, header: &RunHeader, summary: &Summary) -> io::Result<()> {
        render_summary(header, summary, &Palette::plain(), self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_text_can_end_a_command_early() {
        assert_eq!(data("50%\r\nnext::x"), "50%25%0D%0Anext::x");
        assert_eq!(property("a,b:c%\n"), "a%2Cb%3Ac%25%0A");
        assert_eq!(
            data("bell\u{7}esc\u{1b}[31m"),
            "bell\u{fffd}esc\u{fffd}[31m"
        );
    }
}
