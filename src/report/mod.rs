//! Output formats, one module each, all rendering the one findings model
//! into any `Write`.
//!
//! A run streams: every format is a [`Renderer`] that the run calls with
//! `begin`, then one `file` per text in input order as soon as it and
//! every text before it are checked, then `claims_findings` once, then
//! `end` with the summary. So a format writes each file as it comes, and
//! memory follows the files in flight rather than the run.
//!
//! What the machine formats emit is one rule ([`emitted`]): problems at
//! warning or above, and at info too with `-v`; JSON lists every finding,
//! JUnit every claim (a test case each), and the human report has its own
//! `-v` and `--quiet`. The exit code never depends on the format.

pub mod claims_toml;
pub mod diff;
pub mod extract_json;
pub mod github;
pub mod gitlab;
pub mod human;
pub mod json;
pub mod jsonl;
pub mod junit;
pub mod rdjson;
pub mod sarif;
pub mod statistics;

use crate::claims::Severity;
use crate::document::Document;
use crate::findings::{ClaimsFinding, FileReport, Finding, Report, RunHeader, Summary};
use colored::{ColoredString, Colorize};
use std::io;

/// An output format for `check`, fed one piece of the run at a time.
pub trait Renderer {
    /// Before the first text.
    fn begin(&mut self, header: &RunHeader) -> io::Result<()>;
    /// One text's findings (or its error), in input order.
    fn file(&mut self, file: &FileReport) -> io::Result<()>;
    /// The claims file's own findings (review due, expired), once per run.
    fn claims_findings(&mut self, findings: &[ClaimsFinding]) -> io::Result<()>;
    /// After everything, with the counts of the whole run.
    fn end(&mut self, header: &RunHeader, summary: &Summary) -> io::Result<()>;
}

/// Whether a machine format emits `finding`: a problem at warning or
/// above, or at info with `-v`.
pub fn emitted(finding: &Finding, verbose: bool) -> bool {
    finding.is_problem() && (verbose || finding.severity >= Severity::Warning)
}

/// The findings of a text a machine format emits, in the order of the
/// text (those with no place last, by claim): annotations and review
/// comments read top to bottom.
pub fn emitted_in_text_order(findings: &[Finding], verbose: bool) -> Vec<&Finding> {
    let mut shown: Vec<&Finding> = findings.iter().filter(|f| emitted(f, verbose)).collect();
    shown.sort_by(|a, b| {
        let at = |f: &Finding| f.span.map_or(usize::MAX, |s| s.start);
        at(a).cmp(&at(b)).then_with(|| a.claim.cmp(&b.claim))
    });
    shown
}

/// Where a finding sits in its text, 1-based, columns in characters, the
/// end exclusive. A finding with no place (a fact the text does not state)
/// points at line 1, column 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

impl Place {
    pub fn of(document: &Document, finding: &Finding) -> Place {
        match finding.span {
            Some(span) => {
                let (line, column) = document.line_col(span.start);
                let (end_line, end_column) = document.line_col(span.end);
                Place {
                    line,
                    column,
                    end_line,
                    end_column,
                }
            }
            None => Place::start(),
        }
    }

    /// Line 1, column 1.
    pub fn start() -> Place {
        Place {
            line: 1,
            column: 1,
            end_line: 1,
            end_column: 1,
        }
    }

    /// A point in a file: a claim's place in its claims file.
    pub fn at(line: usize, column: usize) -> Place {
        Place {
            line,
            column,
            end_line: line,
            end_column: column,
        }
    }
}

/// "error[mismatch]", "warning[stale: review]": a finding's severity and
/// status, as every format titles it.
pub fn label(finding: &Finding) -> String {
    let severity = finding.severity.name();
    match finding.reason {
        Some(reason) => format!("{severity}[{}: {}]", finding.status.name(), reason.name()),
        None => format!("{severity}[{}]", finding.status.name()),
    }
}

/// The status and reason of a finding: "mismatch", "stale: review".
pub fn status_label(finding: &Finding) -> String {
    match finding.reason {
        Some(reason) => format!("{}: {}", finding.status.name(), reason.name()),
        None => finding.status.name().to_string(),
    }
}

/// A finding's fingerprint, for formats that track findings across runs
/// (GitLab, SARIF): the SHA-256, in hex, of the text's path, the claim and
/// the value found, so that it survives edits elsewhere in the text. The
/// second and later findings with the same three in one text (one wrong
/// value written twice) add their rank, so that no two are one.
pub fn fingerprint(path: &str, claim: &str, found: Option<&str>, occurrence: usize) -> String {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    hash.update(path.as_bytes());
    hash.update([0]);
    hash.update(claim.as_bytes());
    hash.update([0]);
    hash.update(found.unwrap_or_default().as_bytes());
    if occurrence > 1 {
        hash.update([0]);
        hash.update(occurrence.to_string().as_bytes());
    }
    hash.finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Counts findings with the same claim and value in one text, for
/// [`fingerprint`]'s rank.
#[derive(Debug, Default)]
pub struct Occurrences(std::collections::HashMap<(String, Option<String>), usize>);

impl Occurrences {
    /// The rank of this finding among those with its claim and value so far.
    pub fn next(&mut self, finding: &Finding) -> usize {
        let count = self
            .0
            .entry((finding.claim.clone(), finding.found.clone()))
            .or_default();
        *count += 1;
        *count
    }
}

/// A path as a URI reference, for formats that want one (SARIF): `/`
/// separators and percent-encoding; an absolute path as a `file://` URI.
pub fn uri(path: &str) -> String {
    use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
    // Everything RFC 3986 does not allow in a path segment, `%` itself, and
    // `:`, which would make a relative path's first segment a scheme.
    const PATH: &AsciiSet = &CONTROLS
        .add(b' ')
        .add(b'"')
        .add(b'#')
        .add(b':')
        .add(b'%')
        .add(b'<')
        .add(b'>')
        .add(b'?')
        .add(b'[')
        .add(b'\\')
        .add(b']')
        .add(b'^')
        .add(b'`')
        .add(b'{')
        .add(b'|')
        .add(b'}');
    let slashed = path.replace(std::path::MAIN_SEPARATOR, "/");
    let encoded = utf8_percent_encode(&slashed, PATH).to_string();
    if slashed.starts_with('/') {
        format!("file://{encoded}")
    } else {
        encoded
    }
}

/// Feeds a run held in memory to `renderer`, as a streamed run would.
pub fn render(report: &Report, renderer: &mut dyn Renderer) -> io::Result<()> {
    let header = report.header();
    renderer.begin(&header)?;
    for file in &report.files {
        renderer.file(file)?;
    }
    renderer.claims_findings(&report.claims_findings)?;
    renderer.end(&header, &report.summary())
}

/// The named styles of the human report. Renderers ask for a style by what
/// it means (`removed_word`, `error`), never for a color, and a plain
/// palette renders the same text with no escape codes — so tests and pipes
/// see exactly what a terminal sees, minus color.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    enabled: bool,
}

impl Palette {
    /// Styles on.
    pub fn styled() -> Palette {
        Palette { enabled: true }
    }

    /// No escape codes at all.
    pub fn plain() -> Palette {
        Palette { enabled: false }
    }

    fn apply(&self, text: &str, style: fn(&str) -> ColoredString) -> String {
        if self.enabled {
            style(text).to_string()
        } else {
            text.to_string()
        }
    }

    pub fn error(&self, text: &str) -> String {
        self.apply(text, |t| t.red().bold())
    }
    pub fn warning(&self, text: &str) -> String {
        self.apply(text, |t| t.yellow().bold())
    }
    pub fn info(&self, text: &str) -> String {
        self.apply(text, |t| t.cyan().bold())
    }
    pub fn matched(&self, text: &str) -> String {
        self.apply(text, |t| t.green())
    }
    pub fn location(&self, text: &str) -> String {
        self.apply(text, |t| t.bold())
    }
    pub fn claim_id(&self, text: &str) -> String {
        self.apply(text, |t| t.blue().bold())
    }
    pub fn dim(&self, text: &str) -> String {
        self.apply(text, |t| t.dimmed())
    }
    /// A line of the text as written.
    pub fn removed(&self, text: &str) -> String {
        self.apply(text, |t| t.red())
    }
    /// A line with the claimed value in place.
    pub fn added(&self, text: &str) -> String {
        self.apply(text, |t| t.green())
    }
    /// Words the claim would change.
    pub fn removed_word(&self, text: &str) -> String {
        self.apply(text, |t| t.red().bold().underline())
    }
    /// Words the claim puts in.
    pub fn added_word(&self, text: &str) -> String {
        self.apply(text, |t| t.green().bold().underline())
    }
}

/// How many texts state a claims file's finding's claim ("stated in 3
/// texts"); none for a finding about a text's words (a near spelling),
/// whose message names its place.
pub(crate) fn texts_note(claims_finding: &crate::findings::ClaimsFinding) -> Option<String> {
    if claims_finding.text.is_some() {
        return None;
    }
    Some(match claims_finding.texts {
        1 => "stated in 1 text".to_string(),
        n => format!("stated in {n} texts"),
    })
}

/// A claims file's finding's message, with [`texts_note`] after it.
pub(crate) fn claims_message(claims_finding: &crate::findings::ClaimsFinding) -> String {
    let message = &claims_finding.finding.message;
    match texts_note(claims_finding) {
        Some(note) => format!("{message} ({note})"),
        None => message.clone(),
    }
}
