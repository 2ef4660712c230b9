//! A run: settle the flags, find the texts and each one's claims file,
//! load the claims, check the texts, and stream each text's findings to a
//! renderer in input order.
//!
//! A run has two steps. [`plan`] does everything that can stop a run
//! before its first output: it settles which texts to check (files named,
//! folders walked, standard input), finds and loads each text's claims
//! file, and reads standard input. [`Plan::check`] then checks the texts
//! on every core and streams them out.
//!
//! Two kinds of error. Whatever stops the run before its first output (a
//! bad flag value, a missing or invalid claims file, nothing to check) is a
//! [`RunError`], and nothing is checked: the binary exits 2. A text that
//! turns out unreadable, not UTF-8, binary when named, or with a front
//! matter date that is no date is reported in its place, as that file's
//! error, and the other texts are still checked; the summary counts it,
//! and the binary exits 2 at the end.
//!
//! Things worth telling the user that are not findings — texts with no
//! claims file in reach, files skipped in a walk — are [`Notice`]s, handed
//! to the caller to print.

use crate::baseline::Baseline;
use crate::check::Checker;
use crate::claims::{self, ClaimSet, LoadError, Severity};
use crate::cli::{CheckArgs, FailOn};
use crate::document::Document;
use crate::findings::{FileError, FileReport, RunHeader, Status, Summary};
use crate::fix;
use crate::input::{self, Unread};
pub use crate::input::{Input, Limits, StdinKind};
use crate::near::NearSpellings;
use crate::parallel;
use crate::report::Renderer;
use crate::source::run::SourcePlan;
use crate::walk::{self, Discovery, WalkOptions, Walked, Walker};
use jiff::civil::Date;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// Settled options for `check`.
#[derive(Clone, Debug)]
pub struct Options {
    /// Paths (files or folders) and `-`, as given; empty when none were.
    pub inputs: Vec<Input>,
    pub claims: Option<PathBuf>,
    pub published: Option<Date>,
    pub as_of: Date,
    /// Findings at or above this severity fail the run; `None` never fails.
    pub fail_on: Option<Severity>,
    /// `--stdin-filename`: what standard input stands for.
    pub stdin_filename: Option<PathBuf>,
    /// What standard input is; the binary detects it, a library caller
    /// handing in a reader leaves it `Readable`.
    pub stdin_kind: StdinKind,
    pub walk: WalkOptions,
    pub limits: Limits,
    /// `--force-exclude`: the claims files' scopes apply to named paths.
    pub force_exclude: bool,
    /// `--write`: fix the files in place before reporting.
    pub write: bool,
    /// `--source`: check the texts as summaries of this source.
    pub source: Option<PathBuf>,
    /// `--pairs`: summary–source pairs to check.
    pub pairs: Option<PathBuf>,
    /// `--baseline`: findings accepted earlier.
    pub baseline: Option<PathBuf>,
    /// `--update-baseline`: write the findings to the baseline instead.
    pub update_baseline: bool,
    /// `-j`: how many texts are checked at once.
    pub threads: usize,
}

/// Why a run stopped.
#[derive(Debug)]
pub enum RunError {
    /// A flag's value is not usable, or there is nothing to check.
    Usage(String),
    /// A claims file is missing or invalid.
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
    /// Settles raw flags; `today` is the default as-of date. Standard
    /// input is taken to be `Readable`: the binary sets what it really is.
    pub fn from_args(args: &CheckArgs, today: Date) -> Result<Options, RunError> {
        let inputs = inputs(&args.paths)?;
        let stdin_named = inputs.iter().filter(|i| **i == Input::Stdin).count();
        if args.write && stdin_named > 0 {
            return Err(RunError::Usage(
                "--write cannot edit standard input: name the file, or use --diff".to_string(),
            ));
        }
        if (args.write || args.diff) && (args.source.is_some() || args.pairs.is_some()) {
            let flag = if args.write { "--write" } else { "--diff" };
            let mode = if args.source.is_some() {
                "--source"
            } else {
                "--pairs"
            };
            // A claim's value is a fact someone wrote down; a source's value
            // is read off an alignment that can be wrong, and a denial or a
            // direction has no value to put in. A person decides.
            return Err(RunError::Usage(format!(
                "{flag} cannot be used with {mode}: source mode does not rewrite a summary; \
                 each mismatch's `replacement` (--format json) is the source's value, to review \
                 and apply by hand"
            )));
        }
        if args.diff && args.format != crate::cli::Format::Human {
            let format = clap::ValueEnum::to_possible_value(&args.format)
                .map_or_else(String::new, |v| v.get_name().to_string());
            return Err(RunError::Usage(format!(
                "--diff prints only the diff: it cannot be combined with --format {format}"
            )));
        }
        if args.stdin_filename.is_some() && !inputs.is_empty() && stdin_named == 0 {
            return Err(RunError::Usage(
                "--stdin-filename names standard input, which is read with `-` or when no PATH is given"
                    .to_string(),
            ));
        }
        let max_filesize = args
            .max_filesize
            .as_deref()
            .map(input::parse_size)
            .transpose()
            .map_err(RunError::Usage)?;
        Ok(Options {
            inputs,
            claims: args.claims.clone(),
            published: date_flag("--published", args.published.as_deref())?,
            as_of: date_flag("--as-of", args.as_of.as_deref())?.unwrap_or(today),
            fail_on: threshold(args.fail_on),
            stdin_filename: args.stdin_filename.clone(),
            stdin_kind: StdinKind::Readable,
            walk: WalkOptions {
                globs: args.globs.clone(),
                types: args.types.clone(),
                hidden: args.hidden,
                no_ignore: args.no_ignore,
            },
            limits: Limits {
                max_filesize,
                read_binary: false,
            },
            force_exclude: args.force_exclude,
            write: args.write,
            source: args.source.clone(),
            pairs: args.pairs.clone(),
            baseline: args.baseline.clone(),
            update_baseline: args.update_baseline,
            threads: threads(args.threads),
        })
    }

    /// Options that check `inputs` at `as_of`, every other setting at its
    /// default: for commands that take only some of `check`'s flags
    /// (`annotate`), which set those they take.
    pub fn new(inputs: Vec<Input>, as_of: Date) -> Options {
        Options {
            inputs,
            claims: None,
            published: None,
            as_of,
            fail_on: Some(Severity::Error),
            stdin_filename: None,
            stdin_kind: StdinKind::Readable,
            walk: WalkOptions::default(),
            limits: Limits::default(),
            force_exclude: false,
            write: false,
            source: None,
            pairs: None,
            baseline: None,
            update_baseline: false,
            threads: parallel::all_cores(),
        }
    }
}

/// `-j N` as a number of threads; one per core when not given.
pub(crate) fn threads(given: Option<u32>) -> usize {
    given.map_or_else(parallel::all_cores, |n| n as usize)
}

/// Paths as given, `-` standing for standard input, which may be named
/// only once.
pub(crate) fn inputs(paths: &[PathBuf]) -> Result<Vec<Input>, RunError> {
    let inputs: Vec<Input> = paths
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
    Ok(inputs)
}

/// The severity `--fail-on` fails at; `None` never fails.
pub(crate) fn threshold(fail_on: FailOn) -> Option<Severity> {
    match fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Never => None,
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

/// Something worth telling the user that is not a finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Texts with no claims file in their folder or any parent: not
    /// checked. Told once per run, as a warning.
    NoClaims { texts: Vec<String> },
    /// A folder walk found no text to check (a warning).
    NoTexts { folder: String },
    /// A walked text its claims file's `[document] include`/`exclude`
    /// leaves out (told with `-v`).
    OutOfScope { text: String, claims: String },
    /// A walked file left unread: binary, or over `--max-filesize` (told
    /// with `-v`).
    Skipped(FileError),
    /// Baseline entries that accepted nothing (a warning).
    Baseline(String),
}

impl Notice {
    /// Warnings are told unless `--quiet`; the others only with `-v`.
    pub fn is_warning(&self) -> bool {
        matches!(
            self,
            Notice::NoClaims { .. } | Notice::NoTexts { .. } | Notice::Baseline(_)
        )
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::NoClaims { texts } => {
                const SHOWN: usize = 5;
                let mut names = texts
                    .iter()
                    .take(SHOWN)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ");
                if texts.len() > SHOWN {
                    names.push_str(&format!(" and {} more", texts.len() - SHOWN));
                }
                let (texts, their, were, them) = match texts.len() {
                    1 => ("1 text has".to_string(), "its", "was", "it"),
                    n => (format!("{n} texts have"), "their", "were", "them"),
                };
                write!(
                    f,
                    "{texts} no claims.toml in {their} folder or a parent and {were} not checked: \
                     {names}; add one beside {them} or pass --claims"
                )
            }
            Notice::NoTexts { folder } => write!(
                f,
                "no texts to check in {folder} (read: md, markdown, txt, text, html, htm, rst, \
                 adoc, asciidoc; see --type, --glob, --hidden, --no-ignore)"
            ),
            Notice::OutOfScope { text, claims } => write!(
                f,
                "{text}: not checked: {claims} leaves it out ([document] include/exclude)"
            ),
            Notice::Skipped(err) => write!(f, "skipped {err}"),
            Notice::Baseline(message) => f.write_str(message),
        }
    }
}

/// A run ready to check: its texts, each with its claims file, all loaded.
pub struct Plan {
    claim_sets: Vec<ClaimSet>,
    texts: Vec<Text>,
    notices: Vec<Notice>,
    /// Source mode's pairs (`--source`, `--pairs`), judged by the source
    /// and the claims file given with `-c`, if any.
    source: Option<SourcePlan>,
    baseline: Option<Baseline>,
}

/// A text waiting to be checked, and the claims file that judges it
/// (an index into the plan's claim sets).
enum Text {
    /// A file to read on a worker; `named` on the command line (or in
    /// `[document] files`) rather than met in a walk.
    File {
        path: PathBuf,
        named: bool,
        claims: usize,
    },
    /// Standard input, already read.
    Read {
        read: Result<Document, FileError>,
        claims: usize,
    },
    /// Something a walk could not list, reported in its place; with the
    /// claims file of its folder when there is one.
    Failed {
        error: FileError,
        claims: Option<usize>,
    },
}

impl Text {
    fn claims(&self) -> Option<usize> {
        match self {
            Text::File { claims, .. } | Text::Read { claims, .. } => Some(*claims),
            Text::Failed { claims, .. } => *claims,
        }
    }
}

/// Claims files by absolute path, loaded once each.
struct ClaimFiles<'a> {
    cwd: &'a Path,
    /// The current folder made absolute, for naming claims files.
    cwd_abs: PathBuf,
    discovery: Discovery,
    loaded: HashMap<PathBuf, usize>,
    sets: Vec<ClaimSet>,
}

impl<'a> ClaimFiles<'a> {
    fn new(cwd: &'a Path) -> ClaimFiles<'a> {
        ClaimFiles {
            cwd,
            cwd_abs: walk::absolute(cwd),
            discovery: Discovery::new(),
            loaded: HashMap::new(),
            sets: Vec::new(),
        }
    }

    /// Loads the claims file at `given` (as the user named it, relative
    /// to the current folder) or `found` (absolute, named from the current
    /// folder), once.
    fn load(&mut self, given: Option<&Path>, found: Option<&Path>) -> Result<usize, RunError> {
        let (full, named) = match (given, found) {
            (Some(given), _) => (walk::absolute(&self.cwd.join(given)), given.to_path_buf()),
            (None, Some(found)) => (found.to_path_buf(), walk::relative_to(found, &self.cwd_abs)),
            (None, None) => unreachable!("a claims file is given or found"),
        };
        if let Some(&index) = self.loaded.get(&full) {
            return Ok(index);
        }
        let claims = claims::load(&full).map_err(|mut err| {
            err.path = named.clone();
            RunError::Claims(err)
        })?;
        let files = claims
            .files
            .iter()
            .map(|f| shorten(f, &self.cwd_abs))
            .collect();
        self.sets.push(ClaimSet {
            files,
            path: named,
            ..claims
        });
        self.loaded.insert(full, self.sets.len() - 1);
        Ok(self.sets.len() - 1)
    }

    /// The claims file of a text named `path`, or of standard input with
    /// no name (`None`: the current folder's).
    fn for_text(&mut self, path: Option<&Path>) -> Result<Option<usize>, RunError> {
        let found = match path {
            Some(path) => self.discovery.for_text(path, self.cwd),
            None => self.discovery.in_folder(&self.cwd_abs),
        };
        found.map(|f| self.load(None, Some(&f))).transpose()
    }

    /// The folder of claims file `index`, absolute.
    fn folder(&self, index: usize) -> PathBuf {
        let path = walk::absolute(&self.cwd.join(&self.sets[index].path));
        path.parent().map(Path::to_path_buf).unwrap_or(path)
    }
}

/// Settles what a run checks: every text, with its claims file loaded.
/// Reads standard input when it is one of the texts.
pub fn plan(options: &Options, cwd: &Path, stdin: &mut dyn Read) -> Result<Plan, RunError> {
    let mut claim_files = ClaimFiles::new(cwd);
    let given = match &options.claims {
        Some(path) => Some(claim_files.load(Some(path), None)?),
        None => None,
    };
    let baseline = options
        .baseline
        .as_deref()
        .map(|path| Baseline::load(path, cwd, options.update_baseline))
        .transpose()?;
    if options.source.is_some() || options.pairs.is_some() {
        return Ok(Plan {
            source: Some(crate::source::run::plan(options, cwd, stdin)?),
            claim_sets: claim_files.sets,
            texts: Vec::new(),
            notices: Vec::new(),
            baseline,
        });
    }
    let stdin_name = options
        .stdin_filename
        .as_ref()
        .map_or_else(|| "<stdin>".to_string(), |p| p.display().to_string());
    let read_stdin = |stdin: &mut dyn Read, kind: StdinKind| {
        input::read(&Input::Stdin, &stdin_name, cwd, stdin, kind, options.limits)
            .map_err(Unread::into_error)
    };

    let mut inputs = options.inputs.clone();
    let mut read_already = None;
    if inputs.is_empty() {
        if options.stdin_filename.is_some() {
            inputs.push(Input::Stdin);
        } else if options.stdin_kind == StdinKind::Readable {
            // A pipe or a redirected file, as ripgrep reads one; an empty
            // one is no text, and the claims' own files are checked.
            let read = read_stdin(stdin, options.stdin_kind);
            if !matches!(&read, Ok(document) if document.text().is_empty()) {
                inputs.push(Input::Stdin);
                read_already = Some(read);
            }
        }
    }

    let mut texts: Vec<Text> = Vec::new();
    let mut notices = Vec::new();
    let mut no_claims: Vec<String> = Vec::new();
    if inputs.is_empty() {
        // The files the claims file names, judged by it.
        let index = match given {
            Some(index) => index,
            None => claim_files
                .for_text(None)?
                .ok_or_else(|| no_claims_error(&claim_files.cwd_abs))?,
        };
        let set = &claim_files.sets[index];
        if set.files.is_empty() {
            let empty = if options.stdin_kind == StdinKind::Readable {
                "standard input is empty, and "
            } else {
                ""
            };
            return Err(RunError::Usage(format!(
                "{empty}no files to check: name them, or list them in [document] files of {}",
                set.path.display()
            )));
        }
        for path in set.files.clone() {
            texts.push(Text::File {
                path,
                named: true,
                claims: index,
            });
        }
    }

    let walker = Walker::new(&options.walk, cwd).map_err(RunError::Usage)?;
    let mut seen: HashSet<PathBuf> = HashSet::new();
    let mut first_without_claims: Option<PathBuf> = None;
    for input in inputs {
        match input {
            Input::Stdin => {
                if options.write {
                    return Err(RunError::Usage(
                        "--write cannot edit standard input: name the file, or use --diff"
                            .to_string(),
                    ));
                }
                let name = options.stdin_filename.as_deref();
                let claims = match given {
                    Some(index) => Some(index),
                    None => claim_files.for_text(name)?,
                };
                let Some(index) = claims else {
                    no_claims.push(stdin_name.clone());
                    let folder = match name {
                        Some(name) => walk::absolute(&cwd.join(name))
                            .parent()
                            .map_or_else(|| claim_files.cwd_abs.clone(), Path::to_path_buf),
                        None => claim_files.cwd_abs.clone(),
                    };
                    first_without_claims.get_or_insert(folder);
                    continue;
                };
                if let Some(name) = name.filter(|_| options.force_exclude) {
                    if let Some(notice) = out_of_scope(&claim_files, index, name) {
                        notices.push(notice);
                        continue;
                    }
                }
                let read = read_already
                    .take()
                    .unwrap_or_else(|| read_stdin(stdin, options.stdin_kind));
                texts.push(Text::Read {
                    read,
                    claims: index,
                });
            }
            Input::File(path) => {
                let full = cwd.join(&path);
                // Each entry, and whether it was named rather than walked.
                let mut entries: Vec<(Walked, bool)> = Vec::new();
                // A claims file named stands for the texts it governs.
                let mut only = None;
                if path.file_name() == Some("claims.toml".as_ref()) && full.is_file() {
                    if given.is_some() {
                        return Err(RunError::Usage(format!(
                            "{} is a claims file: pass it with --claims, or name it without \
                             --claims to check the texts it governs",
                            path.display()
                        )));
                    }
                    let index = claim_files.load(None, Some(&walk::absolute(&full)))?;
                    only = Some(index);
                    for file in &claim_files.sets[index].files {
                        entries.push((Walked::File(file.clone()), true));
                    }
                    let folder = match path.parent() {
                        Some(folder) if !folder.as_os_str().is_empty() => folder,
                        _ => Path::new("."),
                    };
                    entries.extend(walker.walk(folder, cwd).into_iter().map(|w| (w, false)));
                } else if full.is_dir() {
                    let walked = walker.walk(&path, cwd);
                    if walked.is_empty() {
                        notices.push(Notice::NoTexts {
                            folder: path.display().to_string(),
                        });
                    }
                    entries.extend(walked.into_iter().map(|w| (w, false)));
                } else {
                    entries.push((Walked::File(path), true));
                }
                for (entry, named) in entries {
                    let (path, failure) = match entry {
                        Walked::File(path) => (path, None),
                        Walked::Error { path, message } => {
                            let error = FileError {
                                path: path.display().to_string(),
                                position: None,
                                message,
                            };
                            (path, Some(error))
                        }
                    };
                    let identity = walk::absolute(&cwd.join(&path));
                    // A file named twice, or named and walked, is checked once.
                    if failure.is_none() && !seen.insert(identity.clone()) {
                        continue;
                    }
                    let claims = match given {
                        Some(index) => Some(index),
                        None if named && only.is_some() => only,
                        None => claim_files.for_text(Some(&path))?,
                    };
                    if only.is_some() && claims != only {
                        // Under the claims file's folder, but governed by a
                        // nearer one.
                        seen.remove(&identity);
                        continue;
                    }
                    if let Some(error) = failure {
                        texts.push(Text::Failed { error, claims });
                        continue;
                    }
                    let Some(index) = claims else {
                        no_claims.push(path.display().to_string());
                        first_without_claims.get_or_insert_with(|| {
                            identity.parent().map(Path::to_path_buf).unwrap_or(identity)
                        });
                        continue;
                    };
                    if !named || options.force_exclude {
                        if let Some(notice) = out_of_scope(&claim_files, index, &path) {
                            notices.push(notice);
                            continue;
                        }
                    }
                    texts.push(Text::File {
                        path,
                        named,
                        claims: index,
                    });
                }
            }
        }
    }
    if let Some(folder) = first_without_claims {
        if texts.is_empty()
            && !notices
                .iter()
                .any(|n| matches!(n, Notice::OutOfScope { .. }))
        {
            return Err(no_claims_error(&folder));
        }
        notices.insert(0, Notice::NoClaims { texts: no_claims });
    }
    Ok(Plan {
        claim_sets: claim_files.sets,
        texts,
        notices,
        source: None,
        baseline,
    })
}

fn no_claims_error(folder: &Path) -> RunError {
    RunError::Usage(format!(
        "no claims.toml in {} or its parents; pass one with --claims",
        folder.display()
    ))
}

/// The notice for a text its claims file's scope leaves out, if it does.
fn out_of_scope(claim_files: &ClaimFiles, index: usize, text: &Path) -> Option<Notice> {
    let set = &claim_files.sets[index];
    let full = walk::absolute(&claim_files.cwd.join(text));
    let folder = claim_files.folder(index);
    let relative = full.strip_prefix(&folder).unwrap_or(text);
    (!set.scope.governs(relative)).then(|| Notice::OutOfScope {
        text: text.display().to_string(),
        claims: set.path.display().to_string(),
    })
}

impl Plan {
    /// Every claims file the run loaded, in the order texts first named
    /// them (a renderer that lists rules wants them before the first text).
    pub fn claim_sets(&self) -> &[ClaimSet] {
        &self.claim_sets
    }

    /// How many texts the run will check (in source mode, summaries).
    pub fn texts(&self) -> usize {
        self.source
            .as_ref()
            .map_or(self.texts.len(), SourcePlan::summaries)
    }

    /// Checks every text against its claims file on every core, hands each
    /// text's findings to `renderer` in input order as soon as it and every
    /// text before it are checked, then every claims file's own findings,
    /// then the summary, which the run also returns. Notices go to
    /// `notify`: the plan's first, then files skipped as they are met.
    pub fn check(
        self,
        options: &Options,
        cwd: &Path,
        renderer: &mut dyn Renderer,
        notify: &mut dyn FnMut(&Notice),
    ) -> Result<Summary, RunError> {
        for notice in &self.notices {
            notify(notice);
        }
        if let Some(source) = self.source {
            let claims = self.claim_sets.first();
            return source.check(options, cwd, claims, renderer, notify, self.baseline);
        }
        let mut baseline = self.baseline;
        let sets = &self.claim_sets;
        // Only the claims files that judge a text count and report.
        let mut used = vec![false; sets.len()];
        for text in &self.texts {
            if let Some(index) = text.claims() {
                used[index] = true;
            }
        }
        let checkers: Vec<Checker> = sets.iter().map(Checker::new).collect();
        let claims_total = sets
            .iter()
            .zip(&used)
            .filter(|(_, used)| **used)
            .map(|(set, _)| set.claims.len())
            .sum();
        let header = RunHeader {
            as_of: options.as_of,
            claims: claims_total,
            against: None,
        };
        let mut summary = Summary::new(claims_total);
        // How many texts state each claim, per claims file, for the claims
        // files' own findings.
        let mut stating: Vec<Vec<usize>> = sets.iter().map(|s| vec![0; s.claims.len()]).collect();
        renderer.begin(&header).map_err(RunError::Output)?;
        // The texts once more, should a claim that no text states need its
        // phrases looked for in other spellings (crate::near).
        let again: Vec<(Again, usize)> = self
            .texts
            .iter()
            .filter_map(|text| match text {
                Text::File { path, claims, .. } => Some((Again::File(path.clone()), *claims)),
                Text::Read {
                    read: Ok(document),
                    claims,
                } => Some((Again::Read(document.clone()), *claims)),
                _ => None,
            })
            .collect();
        parallel::ordered(
            self.texts,
            options.threads,
            |text| check_text(text, options, cwd, sets, &checkers),
            |checked| {
                let (report, index) = match checked {
                    Checked::Skipped(error) => {
                        notify(&Notice::Skipped(error));
                        return Ok(());
                    }
                    Checked::Report(report, index) => (report, index),
                };
                let mut report = report;
                if let Some(baseline) = baseline.as_mut() {
                    baseline.apply(&mut report, &[]);
                }
                summary.add_file(&report);
                if let Some(index) = index {
                    for (claim, count) in sets[index].claims.iter().zip(&mut stating[index]) {
                        let states = report.findings.iter().any(|f| {
                            f.claim == claim.id
                                && !matches!(f.status, Status::Missing | Status::Unsupported)
                        });
                        *count += usize::from(states);
                    }
                }
                renderer.file(&report)
            },
        )
        .map_err(RunError::Output)?;
        let mut claims_findings = Vec::new();
        for (index, checker) in checkers.iter().enumerate() {
            if used[index] {
                claims_findings.extend(checker.claims_findings(options.as_of, &stating[index]));
                let mut near = NearSpellings::new(&sets[index], &stating[index]);
                for (text, _) in again.iter().filter(|(_, claims)| *claims == index) {
                    if near.is_empty() || near.settled() {
                        break;
                    }
                    match text {
                        Again::Read(document) => near.read(document),
                        Again::File(path) => {
                            let name = path.display().to_string();
                            let read = input::read(
                                &Input::File(path.clone()),
                                &name,
                                cwd,
                                &mut io::empty(),
                                StdinKind::Unavailable,
                                options.limits,
                            );
                            // A text that cannot be read again was reported
                            // the first time, or has changed meanwhile.
                            if let Ok(document) = read {
                                near.read(&document);
                            }
                        }
                    }
                }
                claims_findings.extend(near.findings());
            }
        }
        summary.add_claims_findings(&claims_findings);
        if let Some(baseline) = baseline {
            if let Some(message) = baseline.finish()? {
                notify(&Notice::Baseline(message));
            }
        }
        renderer
            .claims_findings(&claims_findings)
            .and_then(|()| renderer.end(&header, &summary))
            .map_err(RunError::Output)?;
        Ok(summary)
    }
}

/// A checked text, to read once more after the run.
enum Again {
    File(PathBuf),
    Read(Document),
}

/// What a worker made of a text.
enum Checked {
    /// Checked, or failed in its place; with its claims file's index.
    Report(FileReport, Option<usize>),
    /// A walked file left unread (binary, too large).
    Skipped(FileError),
}

fn check_text(
    text: Text,
    options: &Options,
    cwd: &Path,
    sets: &[ClaimSet],
    checkers: &[Checker],
) -> Checked {
    let (document, index) = match text {
        Text::File {
            path,
            named,
            claims,
        } => {
            let name = path.display().to_string();
            let read = input::read(
                &Input::File(path),
                &name,
                cwd,
                &mut io::empty(),
                StdinKind::Unavailable,
                options.limits,
            );
            match read {
                Ok(document) => (Ok(document), claims),
                Err(Unread::Refused(error)) if !named => return Checked::Skipped(error),
                Err(unread) => (Err(unread.into_error()), claims),
            }
        }
        Text::Read { read, claims } => (read, claims),
        Text::Failed { error, claims } => {
            let mut report = FileReport::failed(error);
            report.claims = claims.map(|index| sets[index].path.display().to_string());
            return Checked::Report(report, claims);
        }
    };
    let claims = &sets[index];
    let mut report = match document.and_then(|document| {
        let published = publication_date(options, claims, cwd, &document)?;
        Ok((document, published))
    }) {
        Ok((document, published)) => {
            let checker = &checkers[index];
            let findings = checker.check(&document, published);
            let written = if options.write {
                fix::write_fixes(
                    &cwd.join(document.path()),
                    document,
                    findings,
                    fix::threshold(options.fail_on),
                    &|document| checker.check(document, published),
                )
            } else {
                Ok(fix::Written {
                    document,
                    findings,
                    fixed: 0,
                })
            };
            match written {
                Ok(fix::Written {
                    document,
                    findings,
                    fixed,
                }) => FileReport {
                    notices: document.notices(&findings, claims),
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
    report.claims = Some(claims.path.display().to_string());
    Checked::Report(report, Some(index))
}

/// Runs `check` in one call: [`plan`], then [`Plan::check`], notices
/// dropped.
pub fn check(
    options: &Options,
    cwd: &Path,
    stdin: &mut dyn Read,
    renderer: &mut dyn Renderer,
) -> Result<Summary, RunError> {
    plan(options, cwd, stdin)?.check(options, cwd, renderer, &mut |_| {})
}

/// Finds the claims file: the one given, else the nearest `claims.toml` in
/// `cwd` or its parents (named relative to `cwd`, so paths stay short).
pub fn find_claims(given: Option<&Path>, cwd: &Path) -> Result<PathBuf, RunError> {
    if let Some(path) = given {
        return Ok(path.to_path_buf());
    }
    let cwd_abs = walk::absolute(cwd);
    Discovery::new()
        .in_folder(&cwd_abs)
        .map(|found| walk::relative_to(&found, &cwd_abs))
        .ok_or_else(|| no_claims_error(cwd))
}

/// Loads the claims file `check` uses for texts in `cwd`, with paths as the
/// user would write them from `cwd`.
pub fn load_claims(given: Option<&Path>, cwd: &Path) -> Result<ClaimSet, RunError> {
    let mut claim_files = ClaimFiles::new(cwd);
    let index = match given {
        Some(path) => claim_files.load(Some(path), None)?,
        None => claim_files
            .for_text(None)?
            .ok_or_else(|| no_claims_error(cwd))?,
    };
    Ok(claim_files.sets.swap_remove(index))
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

/// Reads one text for `extract`: a file, or standard input as `<stdin>`;
/// NUL bytes are read, as the control characters they are.
pub(crate) fn read_input(
    input: &Input,
    cwd: &Path,
    stdin: &mut dyn Read,
    stdin_kind: StdinKind,
) -> Result<Document, FileError> {
    let name = match input {
        Input::Stdin => "<stdin>".to_string(),
        Input::File(path) => path.display().to_string(),
    };
    let limits = Limits {
        read_binary: true,
        ..Limits::default()
    };
    input::read(input, &name, cwd, stdin, stdin_kind, limits).map_err(Unread::into_error)
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

/// `path` as the user would write it from `cwd` (absolute).
fn shorten(path: &Path, cwd: &Path) -> PathBuf {
    walk::relative_to(&walk::absolute(path), cwd)
}

fn same_file(a: &Path, b: &Path) -> bool {
    walk::absolute(a) == walk::absolute(b)
}

/// The command a first PATH was likely meant to be (`chek` -> `check`):
/// only for a bare word — no folder, no extension — that names no file or
/// folder, and is close to a command's name.
pub fn mistyped_command(first: &Path, cwd: &Path) -> Option<&'static str> {
    const COMMANDS: [&str; 5] = ["check", "extract", "annotate", "completions", "man"];
    let word = first.to_str()?;
    if word == "-" || word.contains(['/', '.', '\\']) || cwd.join(first).exists() {
        return None;
    }
    COMMANDS
        .into_iter()
        .map(|command| (strsim::jaro(word, command), command))
        // clap's own threshold for suggesting a subcommand.
        .filter(|(similarity, _)| *similarity > 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, command)| command)
}
