//! Output formats, one module each, all rendering the one
//! [`Report`](crate::findings::Report) model into any `Write`.

pub mod claims_toml;
pub mod extract_json;
pub mod human;
pub mod json;

use colored::{ColoredString, Colorize};

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
