//! A run: settle the flags, load the claims, read the texts, check them,
//! and stream each text's findings to a renderer in input order.
//!
//! Two kinds of error. Whatever stops the run before its first output (a
//! bad flag value, a missing or invalid claims file, nothing to check) is a
//! [`RunError`], and nothing is checked: the binary exits 2. A text that
//! turns out unreadable, not UTF-8 or with a front matter date that is no
//! date is reported in its place, as that file's error, and the other
//! texts are still checked; the summary counts it, and the binary exits 2
//! at the end.

use crate::check::Checker;
use crate::claims::{self, ClaimSet, LoadError, Severity};
use crate::cli::{CheckArgs, FailOn};
use crate::document::Document;
use crate::findings::{FileError, FileReport, RunHeader, Status, Summary};
use crate::fix;
use crate::parallel;
use crate::report::Renderer;
use jiff::civil::Date;
use std::fmt;
use std::io::{self, Read};
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
    /// `--write`: fix the files in place before reporting.
    pub write: bool,
}

/// Why a run stopped.
#[derive(Debug)]
pub enum RunError {
    /// A flag's value is not usable.
    Usage(String),
    /// The claims file is missing or invalid.
    Claims(LoadError),
    /// A text could not be read (`extract`, which reads one text).
    Input(FileError),
    /// The report could not be written.
    Output(io::Error),
}

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RunError::Usage(message) => f.write_str(message),
            RunError::Claims(err) => err.fmt(f),
            RunError::Input(err) => err.fmt(f),
            RunError::Output(err) => {
                write!(f, "cannot write the report: {}", crate::io_reason(err))
            }
        }
    }
}

impl std::error::Error for RunError {}

impl From<FileError> for RunError {
    fn from(err: FileError) -> RunError {
        RunError::Input(err)
    }
}

impl Options {
    /// Settles raw flags; `today` is the default as-of date.
    pub fn from_args(args: &CheckArgs, today: Date) -> Result<Options, RunError> {
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
        if args.write && inputs.contains(&Input::Stdin) {
            return Err(RunError::Usage(
                "--write cannot edit standard input: name the file, or use --diff".to_string(),
            ));
        }
        if args.diff && args.format != crate::cli::Format::Human {
            let format = clap::ValueEnum::to_possible_value(&args.format)
                .map_or_else(String::new, |v| v.get_name().to_string());
            return Err(RunError::Usage(format!(
                "--diff prints only the diff: it cannot be combined with --format {format}"
            )));
        }
        if inputs.iter().filter(|i| **i == Input::Stdin).count() > 1 {
            return Err(RunError::Usage(
                "`-` (standard input) can be named only once".to_string(),
            ));
        }
        Ok(Options {
            inputs,
            claims: args.claims.clone(),
            published: date_flag("--published", args.published.as_deref())?,
            as_of: date_flag("--as-of", args.as_of.as_deref())?.unwrap_or(today),
            fail_on: match args.fail_on {
                FailOn::Error => Some(Severity::Error),
                FailOn::Warning => Some(Severity::Warning),
                FailOn::Never => None,
            },
            write: args.write,
        })
    }
}

/// A date flag's value, or a usage error that names the flag.
pub(crate) fn date_flag(flag: &str, value: Option<&str>) -> Result<Option<Date>, RunError> {
    value
        .map(|v| {
            v.parse::<Date>().map_err(|_| {
                RunError::Usage(format!(
                    "invalid value `{v}` for {flag}: expected a date like 2025-11-24"
                ))
            })
        })
        .transpose()
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

/// Loads the claims file `check` uses, with paths as the user would write
/// them from `cwd`.
pub fn load_claims(given: Option<&Path>, cwd: &Path) -> Result<ClaimSet, RunError> {
    let claims_path = find_claims(given, cwd)?;
    let claims = claims::load(&cwd.join(&claims_path)).map_err(|mut err| {
        err.path = claims_path.clone();
        RunError::Claims(err)
    })?;
    Ok(ClaimSet {
        files: claims.files.iter().map(|f| shorten(f, cwd)).collect(),
        path: claims_path,
        ..claims
    })
}

/// Runs `check`: every input against every claim, each text's findings
/// handed to `renderer` in input order as soon as it and every text before
/// it are checked, then the claims file's own findings, then the summary,
/// which the run also returns. Texts are checked on every core.
pub fn check(
    options: &Options,
    cwd: &Path,
    stdin: &mut dyn Read,
    renderer: &mut dyn Renderer,
) -> Result<Summary, RunError> {
    let claims = load_claims(options.claims.as_deref(), cwd)?;
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
    // A file named twice is checked once.
    let mut seen: Vec<PathBuf> = Vec::new();
    let mut texts = Vec::with_capacity(inputs.len());
    for input in inputs {
        match &input {
            Input::File(path) => {
                let full = cwd.join(path);
                let identity = full.canonicalize().unwrap_or(full);
                if seen.contains(&identity) {
                    continue;
                }
                seen.push(identity);
                texts.push(Pending::File(path.clone()));
            }
            // Standard input is read here, on the thread that owns it.
            Input::Stdin => texts.push(Pending::Read(read_input(&input, cwd, stdin))),
        }
    }

    let checker = Checker::new(&claims);
    let header = RunHeader {
        as_of: options.as_of,
        claims: claims.claims.len(),
    };
    let claims_name = claims.path.display().to_string();
    let mut summary = Summary::new(claims.claims.len());
    // How many texts state each claim, for the claims file's own findings.
    let mut stating = vec![0usize; claims.claims.len()];
    renderer.begin(&header).map_err(RunError::Output)?;
    parallel::ordered(
        texts,
        |pending| {
            let document = match pending {
                Pending::File(path) => read_input(&Input::File(path), cwd, &mut io::empty()),
                Pending::Read(read) => read,
            };
            let mut report = match document.and_then(|document| {
                let published = publication_date(options, &claims, cwd, &document)?;
                Ok((document, published))
            }) {
                Ok((document, published)) => {
                    let findings = checker.check(&document, published);
                    let written = match options.write {
                        true => fix::write_fixes(
                            &cwd.join(document.path()),
                            document,
                            findings,
                            fix::threshold(options.fail_on),
                            &|document| checker.check(document, published),
                        ),
                        false => Ok(fix::Written {
                            document,
                            findings,
                            fixed: 0,
                        }),
                    };
                    match written {
                        Ok(fix::Written {
                            document,
                            findings,
                            fixed,
                        }) => FileReport {
                            notices: document.notices(&findings, &claims),
                            document,
                            claims: None,
                            published: Some(published),
                            findings,
                            baselined: 0,
                            fixed,
                            error: None,
                        },
                        Err(error) => FileReport::failed(error),
                    }
                }
                Err(error) => FileReport::failed(error),
            };
            report.claims = Some(claims_name.clone());
            report
        },
        |report| {
            summary.add_file(&report);
            for (index, claim) in claims.claims.iter().enumerate() {
                let states = report.findings.iter().any(|f| {
                    f.claim == claim.id
                        && !matches!(f.status, Status::Missing | Status::Unsupported)
                });
                stating[index] += usize::from(states);
            }
            renderer.file(&report)
        },
    )
    .map_err(RunError::Output)?;
    let claims_findings = checker.claims_findings(options.as_of, &stating);
    summary.add_claims_findings(&claims_findings);
    renderer
        .claims_findings(&claims_findings)
        .and_then(|()| renderer.end(&header, &summary))
        .map_err(RunError::Output)?;
    Ok(summary)
}

/// A text waiting to be checked: a file to read on a worker, or standard
/// input already read.
enum Pending {
    File(PathBuf),
    Read(Result<Document, FileError>),
}

/// The publication date of a text: --published, else its own front matter
/// `date:`, else the claims file's for the files it names, else the as-of
/// date.
fn publication_date(
    options: &Options,
    claims: &ClaimSet,
    cwd: &Path,
    document: &Document,
) -> Result<Date, FileError> {
    if let Some(date) = options.published {
        return Ok(date);
    }
    if let Some(date) = front_matter_date(document)? {
        return Ok(date);
    }
    let named = claims
        .files
        .iter()
        .any(|f| same_file(&cwd.join(f), &cwd.join(document.path())));
    Ok(claims.published.filter(|_| named).unwrap_or(options.as_of))
}

pub(crate) fn read_input(
    input: &Input,
    cwd: &Path,
    stdin: &mut dyn Read,
) -> Result<Document, FileError> {
    let unreadable = |path: &str, err: &io::Error| FileError {
        path: path.to_string(),
        position: None,
        message: format!("cannot read: {}", crate::io_reason(err)),
    };
    let (name, bytes) = match input {
        Input::Stdin => {
            let mut bytes = Vec::new();
            stdin
                .read_to_end(&mut bytes)
                .map_err(|err| unreadable("<stdin>", &err))?;
            ("<stdin>".to_string(), bytes)
        }
        Input::File(path) => {
            let name = path.display().to_string();
            let bytes = std::fs::read(cwd.join(path)).map_err(|err| unreadable(&name, &err))?;
            (name, bytes)
        }
    };
    let text = String::from_utf8(bytes).map_err(|err| {
        let valid = err.utf8_error().valid_up_to();
        let bytes = err.as_bytes();
        let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
        FileError {
            path: name.clone(),
            position: Some(claims::line_column_of(prefix, valid)),
            message: format!("not UTF-8 text (invalid byte 0x{:02x})", bytes[valid]),
        }
    })?;
    Ok(Document::new(name, text))
}

/// The `date:` of a text's front matter: a date like 2025-11-24 (a time
/// after it is ignored). Anything else is an error, since every relative
/// date in the text would otherwise be read against the wrong day.
pub(crate) fn front_matter_date(document: &Document) -> Result<Option<Date>, FileError> {
    let (Some(value), Some(span)) = (
        document.front_matter_date(),
        document.front_matter_date_span(),
    ) else {
        return Ok(None);
    };
    let value = value.trim().trim_matches(['"', '\'']);
    match value.get(..10).and_then(|d| d.parse::<Date>().ok()) {
        Some(date) if value.len() == 10 || value[10..].starts_with(['T', ' ']) => Ok(Some(date)),
        _ => Err(FileError {
            path: document.path().to_string(),
            position: Some(document.line_col(span.start)),
            message: format!("front matter date `{value}` is not a date like 2025-11-24"),
        }),
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
