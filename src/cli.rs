//! Command-line flags as typed by the user, before they are settled into
//! [`crate::run::Options`]. clap does the parsing; nothing here has logic.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// A linter for facts: checks texts against a curated claims.toml.
#[derive(Debug, Parser)]
#[command(
    name = "factlint",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub check: CheckArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check texts against the claims (the default command).
    Check(CheckArgs),
    /// Print every value factlint recognizes in one text, as JSON or as a
    /// starter claims file.
    Extract(ExtractArgs),
    /// Run the language server over stdio, for editors.
    Lsp(LspArgs),
}

#[derive(Debug, Clone, Args)]
pub struct LspArgs {
    /// Milliseconds a document must rest after a change before it is
    /// checked again.
    #[arg(long, value_name = "MS", default_value_t = 20)]
    pub debounce_ms: u64,
}

#[derive(Debug, Clone, Args)]
pub struct ExtractArgs {
    /// The text to read; `-` or nothing reads standard input.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Publication date of the text (YYYY-MM-DD), for "this year", "last month".
    /// Default: the text's front matter `date:`, else today.
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
    /// Output format: every value as JSON, or a starter claims.toml.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Json)]
    pub format: ExtractFormat,
}

#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// Texts to check; `-` reads standard input. Default: the files named in
    /// the claims file's `[document] files`.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// The claims file. Default: the nearest claims.toml in this folder or its parents.
    #[arg(short, long, value_name = "PATH")]
    pub claims: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Publication date of the texts (YYYY-MM-DD), for "this year", "last month".
    /// Default: the text's front matter `date:`, else the claims file's
    /// `[document] published`, else the as-of date.
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
    /// The date to judge review intervals and expiry at (YYYY-MM-DD). Default: today.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Exit with 1 when there is a finding at or above this severity.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    /// When to color the human report.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// List every claim, matches and missing facts included.
    #[arg(short, long)]
    pub verbose: bool,
    /// Print the fixes --write would make as a unified diff, and nothing else.
    #[arg(long, conflicts_with = "write")]
    pub diff: bool,
    /// Fix in place: put each replacement at or above --fail-on into the
    /// file (atomically), then report what is left.
    #[arg(short, long)]
    pub write: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    Json,
    Toml,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}
