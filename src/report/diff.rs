//! `--diff`: the fixes `--write` would make, as one unified diff for the
//! whole run and nothing else (as ruff prints it), so it can be piped to
//! `git apply` or `patch -p1`. A text with nothing to fix adds nothing; the
//! exit code is the check's, as the run decides it.

use super::Renderer;
use crate::claims::Severity;
use crate::findings::{ClaimsFinding, FileReport, RunHeader, Summary};
use crate::fix;
use std::io::{self, Write};

pub struct Diff<'w> {
    out: &'w mut dyn Write,
    /// Findings at or above it are fixed.
    threshold: Severity,
}

impl<'w> Diff<'w> {
    pub fn new(out: &'w mut dyn Write, threshold: Severity) -> Diff<'w> {
        Diff { out, threshold }
    }
}

impl Renderer for Diff<'_> {
    fn begin(&mut self, _header: &RunHeader) -> io::Result<()> {
        Ok(())
    }

    fn file(&mut self, file: &FileReport) -> io::Result<()> {
        let document = &file.document;
        let edits = fix::edits(document, &file.findings, self.threshold);
        let after = fix::apply(document.source(), &edits);
        let diff = fix::unified_diff(document.path(), document.source(), &after);
        self.out.write_all(diff.as_bytes())
    }

    fn claims_findings(&mut self, _findings: &[ClaimsFinding]) -> io::Result<()> {
        Ok(())
    }

    fn end(&mut self, _header: &RunHeader, _summary: &Summary) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Checker;
    use crate::claims;
    use crate::document::Document;
    use jiff::civil::Date;

    #[test]
    fn the_diff_holds_every_fix_and_nothing_else() {
        let claims = claims::parse_claims(
            std::path::Path::new("claims.toml"),
            "[[claim]]\nid = \"deal\"\nabout = [\"Strategic Metals\"]\nmoney = \"$500 million\"\n",
        )
        .expect("valid claims");
        let text = "# Deals\n\nA $550 million deal with Strategic Metals.\n\n\
                    Strategic Metals got $550 million.\n\n`$550 million` Strategic Metals\n";
        let document = Document::new("d.md", text.to_string());
        let findings = Checker::new(&claims).check(&document, Date::constant(2025, 11, 24));
        let file = FileReport {
            document,
            claims: None,
            published: None,
            findings,
            baselined: 0,
            notices: Vec::new(),
            fixed: 0,
            error: None,
        };
        let mut out = Vec::new();
        Diff::new(&mut out, Severity::Error).file(&file).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "--- a/d.md\n+++ b/d.md\n@@ -1,7 +1,7 @@\n # Deals\n \n\
             -A $550 million deal with Strategic Metals.\n+A $500 million deal with Strategic Metals.\n \n\
             -Strategic Metals got $550 million.\n+Strategic Metals got $500 million.\n \n `$550 million` Strategic Metals\n"
        );
    }
}
