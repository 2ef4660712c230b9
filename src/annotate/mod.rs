//! `factlint annotate`: each text with every finding marked in place, as
//! one self-contained web page ([`html`]) or as W3C Web Annotations
//! ([`w3c`]), and annotations written for an earlier version of a text
//! placed again in the edited one ([`reanchor`]).
//!
//! Annotating is checking with another output: the run is `check`'s own
//! ([`run::plan`] settles the texts and each one's claims file,
//! [`run::Plan::check`] checks them on every core and hands them on in
//! input order), so the claims discovery, the dates, `--fail-on` and the
//! exit codes cannot differ from `check`'s. What is added here is an
//! [`Annotator`], the renderer that writes each text as it comes: to
//! standard output or a file for one text, to a folder for several (each
//! as `DIR/<path with / as __>.html` or `.jsonld`).

pub mod html;
pub mod reanchor;
pub mod w3c;

use crate::check::Checker;
use crate::claims::ClaimSet;
use crate::cli::{AnnotateArgs, AnnotateFormat};
use crate::extract_run;
use crate::findings::{ClaimsFinding, FileError, FileReport, Finding, RunHeader, Summary};
use crate::report::Renderer;
use crate::run::{self, Notice, RunError};
use jiff::civil::Date;
use std::collections::HashMap;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// Settled options for `annotate` (without `--reanchor`).
#[derive(Clone, Debug)]
pub struct Options {
    /// The run, as `check` would make it.
    pub run: run::Options,
    pub format: AnnotateFormat,
    /// `-o`: a file for one text, a folder for several.
    pub output: Option<PathBuf>,
}

impl Options {
    /// Settles raw flags; `today` is the default as-of date.
    pub fn from_args(args: &AnnotateArgs, today: Date) -> Result<Options, RunError> {
        let as_of = run::date_flag("--as-of", args.as_of.as_deref())?.unwrap_or(today);
        let mut options = run::Options::new(run::inputs(&args.paths)?, as_of);
        options.claims = args.claims.clone();
        options.source = args.source.clone();
        options.published = run::date_flag("--published", args.published.as_deref())?;
        options.fail_on = run::threshold(args.fail_on);
        options.threads = run::threads(args.threads);
        Ok(Options {
            run: options,
            format: args.format.unwrap_or(AnnotateFormat::Html),
            output: args.output.clone(),
        })
    }
}

/// What an annotate run did.
#[derive(Debug)]
pub struct Outcome {
    /// The run's counts, as `check` counts them: they decide the exit code.
    pub summary: Summary,
    /// How many files were written (none when writing to standard output).
    pub written: usize,
}

/// Where the annotated texts go.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Destination {
    Stdout,
    File(PathBuf),
    Folder(PathBuf),
}

/// Annotates the texts `options` names: plans the run as `check` does,
/// then writes each text, in input order, to standard output (`stdout`),
/// a file or a folder. Notices go to `notify`; each text that could not be
/// read or checked to `failed`, as it comes.
pub fn annotate(
    options: &Options,
    cwd: &Path,
    stdin: &mut dyn Read,
    stdout: &mut dyn Write,
    notify: &mut dyn FnMut(&Notice),
    failed: &mut dyn FnMut(&FileError),
) -> Result<Outcome, RunError> {
    let plan = run::plan(&options.run, cwd, stdin)?;
    let destination = destination(options.output.as_deref(), plan.texts(), cwd)?;
    let mut annotator = Annotator {
        format: options.format,
        destination,
        cwd,
        stdout,
        sets: plan.claim_sets().to_vec(),
        as_of: options.run.as_of,
        outdated: HashMap::new(),
        failed,
        written: 0,
    };
    let summary = plan.check(&options.run, cwd, &mut annotator, notify)?;
    Ok(Outcome {
        summary,
        written: annotator.written,
    })
}

/// Standard output for one text with no `-o`; `-o OUT` a file for one
/// text (a folder when OUT is one already), a folder for several.
fn destination(output: Option<&Path>, texts: usize, cwd: &Path) -> Result<Destination, RunError> {
    match output {
        None if texts > 1 => Err(RunError::Usage(format!(
            "{texts} texts to annotate: name a folder for them with -o DIR"
        ))),
        None => Ok(Destination::Stdout),
        Some(out) => {
            let full = cwd.join(out);
            if texts > 1 || full.is_dir() {
                if full.exists() && !full.is_dir() {
                    return Err(RunError::Usage(format!(
                        "{} is a file: several texts need a folder with -o DIR",
                        out.display()
                    )));
                }
                std::fs::create_dir_all(&full).map_err(|err| {
                    RunError::Usage(format!(
                        "cannot create the folder {}: {}",
                        out.display(),
                        crate::io_reason(&err)
                    ))
                })?;
                Ok(Destination::Folder(out.to_path_buf()))
            } else {
                Ok(Destination::File(out.to_path_buf()))
            }
        }
    }
}

/// The name a text's annotations get in an output folder: its path as
/// given with each `/` as `__`, then `.html` or `.jsonld`.
pub fn file_name(path: &str, format: AnnotateFormat) -> String {
    let stem = if path == "<stdin>" {
        "stdin".to_string()
    } else {
        path.replace(['/', '\\'], "__")
    };
    let extension = match format {
        AnnotateFormat::Html => "html",
        AnnotateFormat::W3c => "jsonld",
    };
    format!("{stem}.{extension}")
}

/// The renderer of an annotate run: each text, as it comes, into its page
/// or its annotation collection.
struct Annotator<'a> {
    format: AnnotateFormat,
    destination: Destination,
    cwd: &'a Path,
    stdout: &'a mut dyn Write,
    sets: Vec<ClaimSet>,
    as_of: Date,
    /// Per claims file (by index), its claims that are out of date
    /// themselves at the as-of date (due for review, expired), by id.
    outdated: HashMap<usize, HashMap<String, Finding>>,
    /// Told each text that could not be read or checked: nothing of the
    /// run is kept that grows with its texts.
    failed: &'a mut dyn FnMut(&FileError),
    written: usize,
}

impl Annotator<'_> {
    /// The claims of set `index` due for review or expired. The run tells
    /// them only after the last text (`claims_findings`), and a page shows
    /// them beside the text, so they are asked of the claims file here.
    fn load_outdated(&mut self, index: usize) {
        let (sets, as_of) = (&self.sets, self.as_of);
        self.outdated.entry(index).or_insert_with(|| {
            let set = &sets[index];
            let every = vec![1; set.claims.len()];
            Checker::new(set)
                .claims_findings(as_of, &every)
                .into_iter()
                .map(|found| (found.finding.claim.clone(), found.finding))
                .collect()
        });
    }

    fn render(&mut self, report: &FileReport) -> Vec<u8> {
        match self.format {
            AnnotateFormat::W3c => {
                let collection = w3c::collection(&report.document, &report.findings);
                let mut bytes =
                    serde_json::to_vec_pretty(&collection).expect("a JSON value serializes");
                bytes.push(b'\n');
                bytes
            }
            AnnotateFormat::Html => {
                let index = report.claims.as_deref().and_then(|name| {
                    self.sets
                        .iter()
                        .position(|set| set.path.display().to_string() == name)
                });
                let published = report.published.unwrap_or(self.as_of);
                let values = extract_run::values(&report.document, published);
                if let Some(index) = index {
                    self.load_outdated(index);
                }
                html::page(&html::Page {
                    report,
                    claims: index.map(|index| &self.sets[index]),
                    outdated: index.and_then(|index| self.outdated.get(&index)),
                    values: &values,
                    as_of: self.as_of,
                })
                .into_bytes()
            }
        }
    }
}

impl Renderer for Annotator<'_> {
    fn begin(&mut self, _header: &RunHeader) -> io::Result<()> {
        Ok(())
    }

    fn file(&mut self, report: &FileReport) -> io::Result<()> {
        if let Some(error) = &report.error {
            (self.failed)(error);
            return Ok(());
        }
        let bytes = self.render(report);
        let path = match &self.destination {
            Destination::Stdout => return self.stdout.write_all(&bytes),
            Destination::File(path) => path.clone(),
            Destination::Folder(folder) => {
                folder.join(file_name(report.document.path(), self.format))
            }
        };
        std::fs::write(self.cwd.join(&path), bytes).map_err(|err| {
            io::Error::new(
                err.kind(),
                format!("{}: {}", path.display(), crate::io_reason(&err)),
            )
        })?;
        self.written += 1;
        Ok(())
    }

    fn claims_findings(&mut self, _findings: &[ClaimsFinding]) -> io::Result<()> {
        // Shown on each page beside the claims they concern (`outdated`).
        Ok(())
    }

    fn end(&mut self, _header: &RunHeader, _summary: &Summary) -> io::Result<()> {
        self.stdout.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_names_flatten_the_path() {
        assert_eq!(
            file_name("articles/a.md", AnnotateFormat::Html),
            "articles__a.md.html"
        );
        assert_eq!(
            file_name("deep/er/b.txt", AnnotateFormat::W3c),
            "deep__er__b.txt.jsonld"
        );
        assert_eq!(file_name("<stdin>", AnnotateFormat::Html), "stdin.html");
    }

    #[test]
    fn several_texts_need_a_folder() {
        let dir = tempfile::tempdir().unwrap();
        let cwd = dir.path();
        assert!(matches!(
            destination(None, 2, cwd),
            Err(RunError::Usage(message)) if message.contains("-o DIR")
        ));
        assert_eq!(destination(None, 1, cwd).unwrap(), Destination::Stdout);
        assert_eq!(
            destination(Some(Path::new("page.html")), 1, cwd).unwrap(),
            Destination::File("page.html".into())
        );
        assert_eq!(
            destination(Some(Path::new("out")), 3, cwd).unwrap(),
            Destination::Folder("out".into())
        );
        assert!(cwd.join("out").is_dir());
        // An existing folder takes one text too.
        assert_eq!(
            destination(Some(Path::new("out")), 1, cwd).unwrap(),
            Destination::Folder("out".into())
        );
        std::fs::write(cwd.join("file"), "").unwrap();
        assert!(destination(Some(Path::new("file")), 2, cwd).is_err());
    }
}
