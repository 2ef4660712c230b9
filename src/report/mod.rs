//! Output formats, one module each, all rendering the one findings model
//! into any `Write`.
//!
//! A run streams: every format is a [`Renderer`] that the run calls with
//! `begin`, then one `file` per text in input order as soon as it and
//! every text before it are checked, then `claims_findings` once, then
//! `end` with the summary. So a format writes each file as it comes, and
//! memory follows the files in flight rather than the run.

pub mod claims_toml;
pub mod diff;
pub mod extract_json;
pub mod human;
pub mod json;

use crate::findings::{ClaimsFinding, FileReport, Report, RunHeader, Summary};
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
