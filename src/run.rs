//! A run: settle the flags, load the claims, read the texts, check them.
//!
//! Everything that can go wrong before checking (a bad flag value, a missing
//! or invalid claims file, an unreadable or non-UTF-8 text) is a [`RunError`]
//! and ends the run with nothing checked — the binary maps it to exit 2.

use crate::check::Checker;
use crate::claims::{self, ClaimSet, LoadError, Severity};
use crate::cli::{CheckArgs, FailOn};
use crate::document::Document;
use crate::findings::Report;
use jiff::civil::Date;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Where a text comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

/// Settled options for `check`.
#[derive(Clone, Debug)]
pub struct Options {
    pub inputs: Vec<Input>,
    pub claims: Option<PathBuf>,
    pub published: Option<Date>,
    pub as_of: Date,
    /// Findings at or above this severity fail the run; `None` never fails.
    pub fail_on: Option<Severity>,
}

/// Why a run checked nothing.
#[derive(Debug)]
pub enum RunError {
    /// A flag's value is not usable.
    Usage(String),
    /// The claims file is missing or invalid.
    Claims(LoadError),
    /// A text could not be read.
    Input { path: String, message: String },
}

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RunError::Usage(message) => f.write_str(message),
            RunError::Claims(err) => err.fmt(f),
            RunError::Input { path, message } => write!(f, "{path}: {message}"),
        }
    }
}

impl std::error::Error for RunError {}

impl Options {
    /// Settles raw flags; `today` is the default as-of date.
    pub fn from_args(args: &CheckArgs, today: Date) -> Result<Options, RunError> {
        let date = |flag: &str, value: &Option<String>| -> Result<Option<Date>, RunError> {
            value
                .as_deref()
                .map(|v| {
                    v.parse::<Date>().map_err(|_| {
                        RunError::Usage(format!(
                            "invalid value `{v}` for {flag}: expected a date like 2025-11-24"
                        ))
                    })
                })
                .transpose()
        };
        let inputs: Vec<Input> = args
            .files
            .iter()
            .map(|f| {
                if f.as_os_str() == "-" {
                    Input::Stdin
                } else {
                    Input::File(f.clone())
                }
            })
            .collect();
        if inputs.iter().filter(|i| **i == Input::Stdin).count() > 1 {
            return Err(RunError::Usage(
                "`-` (standard input) can be named only once".to_string(),
            ));
        }
        Ok(Options {
            inputs,
            claims: args.claims.clone(),
            published: date("--published", &args.published)?,
            as_of: date("--as-of", &args.as_of)?.unwrap_or(today),
            fail_on: match args.fail_on {
                FailOn::Error => Some(Severity::Error),
                FailOn::Warning => Some(Severity::Warning),
                FailOn::Never => None,
            },
        })
    }
}

/// Finds the claims file: the one given, else the nearest `claims.toml` in
/// `cwd` or its parents (named relative to `cwd`, so paths stay short).
pub fn find_claims(given: Option<&Path>, cwd: &Path) -> Result<PathBuf, RunError> {
    if let Some(path) = given {
        return Ok(path.to_path_buf());
    }
    let mut relative = PathBuf::new();
    for folder in cwd.ancestors() {
        if folder.join("claims.toml").is_file() {
            return Ok(relative.join("claims.toml"));
        }
        relative.push("..");
    }
    Err(RunError::Usage(format!(
        "no claims.toml in {} or its parents; pass one with --claims",
        cwd.display()
    )))
}

/// Runs `check`: every input against every claim.
pub fn check(options: &Options, cwd: &Path, stdin: &mut dyn Read) -> Result<Report, RunError> {
    let claims_path = find_claims(options.claims.as_deref(), cwd)?;
    let claims = claims::load(&cwd.join(&claims_path)).map_err(|mut err| {
        err.path = claims_path.clone();
        RunError::Claims(err)
    })?;
    let claims = ClaimSet {
        files: claims.files.iter().map(|f| shorten(f, cwd)).collect(),
        path: claims_path,
        ..claims
    };

    let inputs: Vec<Input> = if options.inputs.is_empty() {
        if claims.files.is_empty() {
            return Err(RunError::Usage(format!(
                "no files to check: name them, or list them in [document] files of {}",
                claims.path.display()
            )));
        }
        claims.files.iter().cloned().map(Input::File).collect()
    } else {
        options.inputs.clone()
    };

    let mut documents = Vec::with_capacity(inputs.len());
    let mut seen: Vec<PathBuf> = Vec::new();
    for input in &inputs {
        // A file named twice is checked once.
        if let Input::File(path) = input {
            let full = cwd.join(path);
            let identity = full.canonicalize().unwrap_or(full);
            if seen.contains(&identity) {
                continue;
            }
            seen.push(identity);
        }
        documents.push(read_input(input, cwd, stdin)?);
    }

    let checker = Checker::new(&claims);
    // The publication date of each text: --published, else its own front
    // matter `date:`, else the claims file's for the files it names, else
    // the as-of date.
    let mut published = Vec::with_capacity(documents.len());
    for document in &documents {
        let own = match options.published {
            Some(date) => Some(date),
            None => front_matter_date(document)?,
        };
        let named = || {
            claims
                .files
                .iter()
                .any(|f| same_file(&cwd.join(f), &cwd.join(document.path())))
        };
        published.push(
            own.or_else(|| claims.published.filter(|_| named()))
                .unwrap_or(options.as_of),
        );
    }
    let as_of = options.as_of;
    let files = std::thread::scope(|scope| {
        let handles: Vec<_> = documents
            .into_iter()
            .zip(published)
            .map(|(document, published)| {
                let checker = &checker;
                scope.spawn(move || {
                    let findings = checker.check(&document, published, as_of);
                    crate::findings::FileReport {
                        document,
                        published,
                        findings,
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a check never panics"))
            .collect()
    });
    Ok(Report {
        as_of,
        claims: claims.claims.len(),
        files,
    })
}

/// Whether the run fails at `fail_on`.
pub fn fails(report: &Report, fail_on: Option<Severity>) -> bool {
    match (fail_on, report.worst()) {
        (Some(threshold), Some(worst)) => worst >= threshold,
        _ => false,
    }
}

pub(crate) fn read_input(
    input: &Input,
    cwd: &Path,
    stdin: &mut dyn Read,
) -> Result<Document, RunError> {
    let (name, bytes) = match input {
        Input::Stdin => {
            let mut bytes = Vec::new();
            stdin
                .read_to_end(&mut bytes)
                .map_err(|err| RunError::Input {
                    path: "<stdin>".into(),
                    message: format!("cannot read: {}", crate::io_reason(&err)),
                })?;
            ("<stdin>".to_string(), bytes)
        }
        Input::File(path) => {
            let name = path.display().to_string();
            let bytes = std::fs::read(cwd.join(path)).map_err(|err| RunError::Input {
                path: name.clone(),
                message: format!("cannot read: {}", crate::io_reason(&err)),
            })?;
            (name, bytes)
        }
    };
    let text = String::from_utf8(bytes).map_err(|err| {
        let valid = err.utf8_error().valid_up_to();
        let bytes = err.as_bytes();
        let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
        let (line, column) = claims::line_column_of(prefix, valid);
        RunError::Input {
            path: format!("{name}:{line}:{column}"),
            message: format!("not UTF-8 text (invalid byte 0x{:02x})", bytes[valid]),
        }
    })?;
    Ok(Document::new(name, text))
}

/// The `date:` of a text's front matter: a date like 2025-11-24 (a time
/// after it is ignored). Anything else is an error, since every relative
/// date in the text would otherwise be read against the wrong day.
pub(crate) fn front_matter_date(document: &Document) -> Result<Option<Date>, RunError> {
    let (Some(value), Some(span)) = (
        document.front_matter_date(),
        document.front_matter_date_span(),
    ) else {
        return Ok(None);
    };
    let value = value.trim().trim_matches(['"', '\'']);
    match value.get(..10).and_then(|d| d.parse::<Date>().ok()) {
        Some(date) if value.len() == 10 || value[10..].starts_with(['T', ' ']) => Ok(Some(date)),
        _ => {
            let (line, column) = document.line_col(span.start);
            Err(RunError::Input {
                path: format!("{}:{line}:{column}", document.path()),
                message: format!("front matter date `{value}` is not a date like 2025-11-24"),
            })
        }
    }
}

/// `path` as the user would write it from `cwd`.
fn shorten(path: &Path, cwd: &Path) -> PathBuf {
    path.strip_prefix(cwd)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}
