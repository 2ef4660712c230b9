//! `--statistics`: how often each claim matched, mismatched, was stale or
//! missing over a run — which facts a desk's texts get wrong most.
//!
//! ```text
//! claim                  kind     texts  match  mismatch  stale  missing
//! fwo-usm-deal-amount    money        2      1         1      0        0
//! india-tariff-rate      percent      2      0         0      2        0
//! ```
//!
//! A claim stated wrongly in two places of one text counts two
//! mismatches; `texts` counts the texts judged against the claim. Review
//! and expiry findings, which belong to the claims file, count once in
//! `stale`. With several claims files, each one's claims come under its
//! name. The human report prints the table before its summary line; other
//! formats write it to standard error, so that standard output stays one
//! machine-readable document.

use super::Renderer;
use crate::extract::Kind;
use crate::findings::{ClaimsFinding, FileReport, Finding, RunHeader, Status, Summary};
use std::collections::HashMap;
use std::io::{self, Write};

/// Counts per claim, in the order claims were first met (each claims
/// file's own order).
#[derive(Debug, Default)]
pub struct Statistics {
    rows: Vec<Row>,
    /// (claims file, claim id) -> index in `rows`.
    index: HashMap<(String, String), usize>,
}

#[derive(Debug)]
struct Row {
    claims: String,
    claim: String,
    kind: Kind,
    texts: usize,
    matched: usize,
    mismatch: usize,
    stale: usize,
    missing: usize,
    unsupported: usize,
}

impl Statistics {
    pub fn new() -> Statistics {
        Statistics::default()
    }

    fn row(&mut self, claims: &str, finding: &Finding) -> &mut Row {
        let key = (claims.to_string(), finding.claim.clone());
        let next = self.rows.len();
        let index = *self.index.entry(key).or_insert(next);
        if index == next {
            self.rows.push(Row {
                claims: claims.to_string(),
                claim: finding.claim.clone(),
                kind: finding.kind,
                texts: 0,
                matched: 0,
                mismatch: 0,
                stale: 0,
                missing: 0,
                unsupported: 0,
            });
        }
        &mut self.rows[index]
    }

    fn count(row: &mut Row, finding: &Finding) {
        match finding.status {
            Status::Match => row.matched += 1,
            Status::Mismatch => row.mismatch += 1,
            Status::Stale => row.stale += 1,
            Status::Missing => row.missing += 1,
            Status::Unsupported => row.unsupported += 1,
        }
    }

    /// Counts one text's findings.
    pub fn add_file(&mut self, file: &FileReport) {
        let claims = file.claims.clone().unwrap_or_default();
        let mut last: Option<&str> = None;
        for finding in &file.findings {
            let row = self.row(&claims, finding);
            // A claim's findings are together: the first one counts the text.
            if last != Some(finding.claim.as_str()) {
                row.texts += 1;
            }
            Statistics::count(row, finding);
            last = Some(&finding.claim);
        }
    }

    /// Counts the claims files' own findings (review due, expired).
    pub fn add_claims_findings(&mut self, findings: &[ClaimsFinding]) {
        for finding in findings {
            let row = self.row(&finding.path, &finding.finding);
            Statistics::count(row, &finding.finding);
        }
    }

    /// The table, one line per claim.
    pub fn render(&self, out: &mut dyn Write) -> io::Result<()> {
        if self.rows.is_empty() {
            return Ok(());
        }
        let several = self
            .rows
            .iter()
            .any(|row| row.claims != self.rows[0].claims);
        let unsupported = self.rows.iter().any(|row| row.unsupported > 0);
        let claim_width = self
            .rows
            .iter()
            .map(|row| row.claim.chars().count())
            .max()
            .unwrap_or(0)
            .max("claim".len());
        let kind_width = "quantity".len();
        let mut columns = vec!["texts", "match", "mismatch", "stale", "missing"];
        if unsupported {
            columns.push("unsupported");
        }
        let header: String = columns.iter().map(|c| format!("  {c}")).collect();
        let heading = format!("{:claim_width$}  {:kind_width$}{header}", "claim", "kind");
        if !several {
            writeln!(out, "{}", heading.trim_end())?;
        }
        let mut claims_file: Option<&str> = None;
        for row in &self.rows {
            if several && claims_file != Some(row.claims.as_str()) {
                claims_file = Some(&row.claims);
                writeln!(out, "{}", super::human::clean(&row.claims))?;
                writeln!(out, "{}", heading.trim_end())?;
            }
            let mut counts = vec![row.texts, row.matched, row.mismatch, row.stale, row.missing];
            if unsupported {
                counts.push(row.unsupported);
            }
            let cells: String = columns
                .iter()
                .zip(&counts)
                .map(|(column, count)| format!("  {count:>width$}", width = column.len()))
                .collect();
            writeln!(
                out,
                "{:claim_width$}  {:kind_width$}{cells}",
                row.claim,
                row.kind.key()
            )?;
        }
        Ok(())
    }
}

/// A renderer that also counts per claim, writing the table to `out`
/// after the renderer it wraps has ended.
pub struct WithStatistics<'a> {
    inner: &'a mut dyn Renderer,
    out: &'a mut dyn Write,
    statistics: Statistics,
}

impl<'a> WithStatistics<'a> {
    pub fn new(inner: &'a mut dyn Renderer, out: &'a mut dyn Write) -> WithStatistics<'a> {
        WithStatistics {
            inner,
            out,
            statistics: Statistics::new(),
        }
    }
}

impl Renderer for WithStatistics<'_> {
    fn begin(&mut self, header: &RunHeader) -> io::Result<()> {
        self.inner.begin(header)
    }

    fn file(&mut self, file: &FileReport) -> io::Result<()> {
        self.statistics.add_file(file);
        self.inner.file(file)
    }

    fn claims_findings(&mut self, findings: &[ClaimsFinding]) -> io::Result<()> {
        self.statistics.add_claims_findings(findings);
        self.inner.claims_findings(findings)
    }

    fn end(&mut self, header: &RunHeader, summary: &Summary) -> io::Result<()> {
        self.inner.end(header, summary)?;
        self.statistics.render(self.out)
    }
}
