//! Command-line flags as typed by the user, before they are settled into
//! [`crate::run::Options`]. clap does the parsing; nothing here has logic.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Shown after `factlint --help` and `factlint check --help`.
const CHECK_AFTER_HELP: &str = "\
Examples:
  factlint                          the texts named in claims.toml's [document] files
  factlint articles/                every text under articles/, each against the
                                    nearest claims.toml from its own folder upward
  factlint -c desk/claims.toml draft.md
  git show :draft.md | factlint --stdin-filename draft.md -
                                    the staged version of draft.md, named draft.md
  factlint --format sarif . > factlint.sarif
  factlint --format github .        annotations in a GitHub Actions log
  factlint summary.md --source article.md
                                    a summary's values against its source
  factlint --pairs pairs.jsonl --baseline accepted.json
                                    many summaries, only new findings

A directory is walked as ripgrep walks it: .gitignore and .ignore honoured,
hidden files skipped, and only text types read (md, markdown, txt, text, html,
htm, rst, adoc, asciidoc) unless --type, --glob, --hidden or --no-ignore say otherwise.
With no PATH, a piped or redirected standard input is read; else the files
named in [document] files.

Exit codes (every format):
  0  nothing at or above --fail-on
  1  findings at or above --fail-on
  2  a usage or configuration error (nothing checked), or a text that could
     not be read";

/// A linter for facts: checks texts against a curated claims.toml.
#[derive(Debug, Parser)]
#[command(
    name = "factlint",
    version,
    about,
    args_conflicts_with_subcommands = true,
    after_help = CHECK_AFTER_HELP
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub check: CheckArgs,
}

// Parsed once per run: the size of a variant costs nothing worth a box.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check texts against the claims (the default command).
    #[command(after_help = CHECK_AFTER_HELP)]
    Check(CheckArgs),
    /// Print every value factlint recognizes in one text, as JSON or as a
    /// starter claims file.
    Extract(ExtractArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    #[command(after_help = "Examples:\n  \
        factlint completions bash > ~/.local/share/bash-completion/completions/factlint\n  \
        factlint completions zsh > ~/.zfunc/_factlint\n  \
        factlint completions fish > ~/.config/fish/completions/factlint.fish")]
    Completions(CompletionsArgs),
    /// Print the manual page (roff), for `man -l -` or a man folder.
    #[command(after_help = "Example:\n  factlint man > ~/.local/share/man/man1/factlint.1")]
    Man,
    /// Run the language server over stdio, for editors.
    Lsp(LspArgs),
    /// Write the texts with every finding marked in place: one offline web
    /// page each, or W3C Web Annotations; or re-anchor annotations in an
    /// edited text.
    #[command(after_help = ANNOTATE_AFTER_HELP)]
    Annotate(AnnotateArgs),
}

/// Shown after `factlint annotate --help`.
const ANNOTATE_AFTER_HELP: &str = "\
Examples:
  factlint annotate draft.md -o review.html
                                    one self-contained page to open in a browser
  factlint annotate articles/ -o review/
                                    a page per text: review/articles__a.md.html, ...
  factlint annotate --format w3c draft.md > draft.jsonld
  factlint annotate --reanchor draft.jsonld draft.md > moved.jsonld
                                    the annotations placed again in the edited text

Exit codes:
  0  nothing at or above --fail-on (--reanchor: the annotations were written)
  1  findings at or above --fail-on
  2  a usage or configuration error, or a text that could not be read";

#[derive(Debug, Clone, Args)]
pub struct AnnotateArgs {
    /// Texts or folders to annotate; `-` reads standard input. Default: a
    /// piped standard input, else the files named in the claims file's
    /// `[document] files`. With --reanchor: the edited text.
    #[arg(value_name = "FILE")]
    pub paths: Vec<PathBuf>,
    /// The claims file for every text. Default: for each text, the nearest
    /// claims.toml in its own folder or a parent.
    #[arg(short, long, value_name = "PATH", conflicts_with = "reanchor")]
    pub claims: Option<PathBuf>,
    /// Annotate each FILE as a summary of SOURCE, as `check --source` judges
    /// it: every value it states against the source text (with -c, the
    /// claims too).
    #[arg(long, value_name = "SOURCE", conflicts_with = "reanchor")]
    pub source: Option<PathBuf>,
    /// Publication date of the texts (YYYY-MM-DD), as for `check`.
    #[arg(long, value_name = "DATE", conflicts_with = "reanchor")]
    pub published: Option<String>,
    /// The date to judge review intervals and expiry at (YYYY-MM-DD). Default: today.
    #[arg(long, value_name = "DATE", conflicts_with = "reanchor")]
    pub as_of: Option<String>,
    /// Output format: a web page, or W3C Web Annotations (JSON-LD).
    /// Default: html; w3c with --reanchor.
    #[arg(long, value_enum)]
    pub format: Option<AnnotateFormat>,
    /// Where to write: a file for one text, a folder for several (each text
    /// as `OUT/<path with / as __>.html` or `.jsonld`). Default: standard
    /// output, for one text.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Exit with 1 when there is a finding at or above this severity.
    #[arg(long, value_enum, default_value_t = FailOn::Error, conflicts_with = "reanchor")]
    pub fail_on: FailOn,
    /// Read annotations written by `--format w3c` for an earlier version of
    /// FILE and write them anchored in FILE as it is now; those that cannot
    /// be placed are kept and marked orphaned.
    #[arg(long, value_name = "ANNOTATIONS.json")]
    pub reanchor: Option<PathBuf>,
    /// How many texts to annotate at once. Default: one per core.
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..), conflicts_with = "reanchor")]
    pub threads: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AnnotateFormat {
    /// One self-contained page that works offline, scripts on or off.
    Html,
    /// A W3C Web Annotation AnnotationCollection (JSON-LD).
    W3c,
}

#[derive(Debug, Clone, Args)]
pub struct LspArgs {
    /// Milliseconds a document must rest after a change before it is
    /// checked again.
    #[arg(long, value_name = "MS", default_value_t = 20)]
    pub debounce_ms: u64,
}

#[derive(Debug, Clone, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: clap_complete::Shell,
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
    /// How many threads read a long text (its sentences in runs, one per
    /// thread). Default: one per core.
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub threads: Option<u32>,
}

#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// Texts or folders to check; `-` reads standard input. A folder is
    /// walked for text files. Default: a piped standard input, else the
    /// files named in the claims file's `[document] files`.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The claims file for every text. Default: for each text, the nearest
    /// claims.toml in its own folder or a parent.
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
    /// The name standard input stands for: in reports, for finding its
    /// claims file and its `[document] published`, and for choosing its
    /// reader. With no PATH, reads standard input.
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<PathBuf>,
    /// When walking a folder, read only files matching GLOB (`!GLOB`
    /// leaves them out); over the type and ignore rules, as in ripgrep.
    /// Repeatable.
    #[arg(short, long = "glob", value_name = "GLOB")]
    pub globs: Vec<String>,
    /// When walking a folder, read only this type of text instead of every
    /// text type. Repeatable.
    #[arg(long = "type", value_enum, value_name = "TYPE")]
    pub types: Vec<TextType>,
    /// Walk hidden files and folders too.
    #[arg(long)]
    pub hidden: bool,
    /// Walk files that .gitignore, .ignore and git's excludes leave out.
    #[arg(long)]
    pub no_ignore: bool,
    /// Leave out files larger than SIZE (bytes, or with K, M or G): a
    /// walked one is skipped, a named one is an error.
    #[arg(long, value_name = "SIZE")]
    pub max_filesize: Option<String>,
    /// Apply the claims files' `[document] include` and `exclude` to paths
    /// named on the command line too, as for walked ones (for hooks that
    /// pass every staged file).
    #[arg(long)]
    pub force_exclude: bool,
    /// Print only errors and the summary line.
    #[arg(short, long, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print how often each claim matched, mismatched, was stale or missing
    /// (after the human report; on standard error for the other formats).
    #[arg(long)]
    pub statistics: bool,
    /// List every file and every claim, matches and missing facts included;
    /// machine formats also emit findings at info.
    #[arg(short, long)]
    pub verbose: bool,
    /// How many texts to check at once. Default: one per core.
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub threads: Option<u32>,
    /// Print the fixes --write would make as a unified diff, and nothing else.
    #[arg(long, conflicts_with = "write")]
    pub diff: bool,
    /// Fix in place: put each replacement at or above --fail-on into the
    /// file (atomically), then report what is left.
    #[arg(short, long)]
    pub write: bool,
    /// Check each PATH as a summary of FILE: every value it states against
    /// the source text, no claims file needed (with -c, the claims too).
    #[arg(long, value_name = "FILE", conflicts_with = "pairs")]
    pub source: Option<PathBuf>,
    /// Check many summaries against their sources in one process: a JSON
    /// Lines file of {"summary": PATH, "source": PATH}, paths relative to
    /// its folder.
    #[arg(long, value_name = "PAIRS.jsonl", conflicts_with = "paths")]
    pub pairs: Option<PathBuf>,
    /// Accept the findings listed in FILE (written by --update-baseline):
    /// report only new ones; accepted ones count as baselined.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Write the current findings to the --baseline file, and exit 0.
    #[arg(long, requires = "baseline")]
    pub update_baseline: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people: each problem with its sentence as a diff.
    Human,
    /// One JSON document for the run (version 1).
    Json,
    /// One JSON finding per line, each with its path.
    Jsonl,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// JUnit XML: a test case per claim and text.
    Junit,
    /// reviewdog's Diagnostic Format (rdjson).
    Rdjson,
    /// GitLab Code Quality report.
    Gitlab,
}

/// The text types a folder walk reads, named as pre-commit names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TextType {
    /// *.md, *.markdown
    Markdown,
    /// *.txt, *.text
    PlainText,
    /// *.html, *.htm
    Html,
    /// *.rst
    Rst,
    /// *.adoc, *.asciidoc
    Asciidoc,
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
