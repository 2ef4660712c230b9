//! Source mode as a run: `check SUMMARY... --source SOURCE` and `check
//! --pairs PAIRS.jsonl`, streamed to the same renderers as claims mode.
//!
//! [`plan`] settles the pairs before any output: with `--source`, the
//! source is read once (an unreadable one stops the run, exit 2) and, when
//! its date is known without the summaries (`--published`, or its own
//! front matter `date:`), its values are read once for every summary. With
//! `--pairs`, each line `{"summary": PATH, "source": PATH}` names a pair
//! (paths relative to the pairs file's folder); a pair whose files cannot
//! be read is reported in its place, as claims mode reports an unreadable
//! text. With `-c`, the claims file is checked against every summary as
//! well, and its findings win where both speak of the same words.

use super::{check as check_summary, finding_sentence_hash, publication_date, Source};
use crate::baseline::Baseline;
use crate::check::Checker;
use crate::claims::ClaimSet;
use crate::document::Document;
use crate::extract::Kind;
use crate::findings::{Against, FileError, FileReport, RunHeader, Status, Summary};
use crate::input::{self, Input, StdinKind, Unread};
use crate::parallel;
use crate::report::Renderer;
use crate::run::{Notice, Options, RunError};
use crate::walk::{Walked, Walker};
use serde::Deserialize;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// The pairs of a source-mode run, read as far as can be before output.
pub struct SourcePlan {
    pairs: Vec<Pair>,
    against: Against,
}

struct Pair {
    summary: SummaryText,
    source: SourceText,
}

enum SummaryText {
    File(PathBuf),
    Read(Result<Document, FileError>),
}

enum SourceText {
    /// `--source`: one source for every summary.
    Shared(std::sync::Arc<Shared>),
    /// A line of `--pairs`.
    File(PathBuf),
}

struct Shared {
    document: Document,
    /// Read once when its date does not depend on the summary.
    ready: Option<Source>,
}

/// A line of `--pairs`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PairLine {
    summary: PathBuf,
    source: PathBuf,
}

/// Settles a source-mode run.
pub fn plan(options: &Options, cwd: &Path, stdin: &mut dyn Read) -> Result<SourcePlan, RunError> {
    if let Some(pairs) = &options.pairs {
        return plan_pairs(pairs, cwd);
    }
    let Some(source_path) = &options.source else {
        return Err(RunError::Usage(
            "source mode needs --source or --pairs".into(),
        ));
    };
    let name = source_path.display().to_string();
    let document = input::read(
        &Input::File(source_path.clone()),
        &name,
        cwd,
        &mut io::empty(),
        StdinKind::Unavailable,
        options.limits,
    )
    .map_err(|unread| RunError::Input(unread.into_error()))?;
    let own_date = crate::run::front_matter_date(&document)?;
    let ready = options
        .published
        .or(own_date)
        .map(|date| Source::new(document.clone(), date));
    let shared = std::sync::Arc::new(Shared { document, ready });

    let mut summaries = Vec::new();
    let mut inputs = options.inputs.clone();
    if inputs.is_empty() && options.stdin_kind == StdinKind::Readable {
        inputs.push(Input::Stdin);
    }
    if inputs.is_empty() {
        return Err(RunError::Usage(
            "name the summaries to check against --source, or pipe one to standard input".into(),
        ));
    }
    let walker = Walker::new(&options.walk, cwd).map_err(RunError::Usage)?;
    for input in inputs {
        match input {
            Input::Stdin => {
                let name = options
                    .stdin_filename
                    .as_ref()
                    .map_or_else(|| "<stdin>".to_string(), |p| p.display().to_string());
                let read = input::read(
                    &Input::Stdin,
                    &name,
                    cwd,
                    stdin,
                    options.stdin_kind,
                    options.limits,
                )
                .map_err(Unread::into_error);
                summaries.push(SummaryText::Read(read));
            }
            Input::File(path) if cwd.join(&path).is_dir() => {
                for walked in walker.walk(&path, cwd) {
                    match walked {
                        Walked::File(file) => summaries.push(SummaryText::File(file)),
                        Walked::Error { path, message } => {
                            summaries.push(SummaryText::Read(Err(FileError {
                                path: path.display().to_string(),
                                position: None,
                                message,
                            })))
                        }
                    }
                }
            }
            Input::File(path) => summaries.push(SummaryText::File(path)),
        }
    }
    Ok(SourcePlan {
        against: Against::Source(name),
        pairs: summaries
            .into_iter()
            .map(|summary| Pair {
                summary,
                source: SourceText::Shared(shared.clone()),
            })
            .collect(),
    })
}

fn plan_pairs(file: &Path, cwd: &Path) -> Result<SourcePlan, RunError> {
    let text = std::fs::read_to_string(cwd.join(file)).map_err(|err| {
        RunError::Usage(format!(
            "cannot read {}: {}",
            file.display(),
            crate::io_reason(&err)
        ))
    })?;
    let folder = file.parent().unwrap_or(Path::new(""));
    let mut pairs = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let pair: PairLine = serde_json::from_str(line).map_err(|err| {
            RunError::Usage(format!(
                "{}:{}:{}: {err}; each line is {{\"summary\": PATH, \"source\": PATH}}",
                file.display(),
                n + 1,
                err.column()
            ))
        })?;
        pairs.push(Pair {
            summary: SummaryText::File(folder.join(pair.summary)),
            source: SourceText::File(folder.join(pair.source)),
        });
    }
    if pairs.is_empty() {
        return Err(RunError::Usage(format!(
            "{} names no pairs to check",
            file.display()
        )));
    }
    Ok(SourcePlan {
        pairs,
        against: Against::Pairs(file.display().to_string()),
    })
}

impl SourcePlan {
    /// How many summaries the run will check.
    pub fn summaries(&self) -> usize {
        self.pairs.len()
    }

    /// Checks every pair on every core and streams each summary's report
    /// to `renderer` in order; `claims` (from `-c`) is checked too.
    pub fn check(
        self,
        options: &Options,
        cwd: &Path,
        claims: Option<&ClaimSet>,
        renderer: &mut dyn Renderer,
        notify: &mut dyn FnMut(&Notice),
        mut baseline: Option<Baseline>,
    ) -> Result<Summary, RunError> {
        let checker = claims.map(Checker::new);
        let claims_total = claims.map_or(0, |c| c.claims.len());
        let header = RunHeader {
            as_of: options.as_of,
            claims: claims_total,
            against: Some(self.against.clone()),
        };
        let mut summary = Summary::new(claims_total);
        let mut stating = vec![0usize; claims_total];
        renderer.begin(&header).map_err(RunError::Output)?;
        parallel::ordered(
            self.pairs,
            options.threads,
            |pair| check_pair(pair, options, cwd, claims, checker.as_ref()),
            |(mut report, hashes)| {
                if let Some(baseline) = baseline.as_mut() {
                    baseline.apply(&mut report, &hashes);
                }
                if let Some(claims) = claims {
                    for (claim, count) in claims.claims.iter().zip(&mut stating) {
                        *count += usize::from(report.findings.iter().any(|f| {
                            f.claim == claim.id
                                && !matches!(f.status, Status::Missing | Status::Unsupported)
                        }));
                    }
                }
                summary.add_file(&report);
                renderer.file(&report)
            },
        )
        .map_err(RunError::Output)?;
        let claims_findings = checker
            .as_ref()
            .map(|c| c.claims_findings(options.as_of, &stating))
            .unwrap_or_default();
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

/// One summary against its source: its report, and for each finding the
/// hash of the source sentence it was compared with (for the baseline).
fn check_pair(
    pair: Pair,
    options: &Options,
    cwd: &Path,
    claims: Option<&ClaimSet>,
    checker: Option<&Checker>,
) -> (FileReport, Vec<String>) {
    let read = |path: &Path| {
        input::read(
            &Input::File(path.to_path_buf()),
            &path.display().to_string(),
            cwd,
            &mut io::empty(),
            StdinKind::Unavailable,
            options.limits,
        )
        .map_err(Unread::into_error)
    };
    let summary = match pair.summary {
        SummaryText::File(path) => read(&path),
        SummaryText::Read(read) => read,
    };
    let summary = match summary {
        Ok(summary) => summary,
        Err(error) => return (FileReport::failed(error), Vec::new()),
    };
    let built;
    let source: &Source = match &pair.source {
        SourceText::Shared(shared) => match &shared.ready {
            Some(source) => source,
            None => {
                let date = publication_date(None, &shared.document, Some(&summary), options.as_of);
                match date {
                    Ok(date) => {
                        built = Source::new(shared.document.clone(), date);
                        &built
                    }
                    Err(error) => return (FileReport::failed(error), Vec::new()),
                }
            }
        },
        SourceText::File(path) => {
            let prepared = read(path).and_then(|document| {
                let date =
                    publication_date(options.published, &document, Some(&summary), options.as_of)?;
                Ok(Source::new(document, date))
            });
            match prepared {
                Ok(source) => {
                    built = source;
                    &built
                }
                Err(error) => return (FileReport::failed(error), Vec::new()),
            }
        }
    };
    let published = source.published();
    let mut findings = check_summary(&summary, source);
    if let Some(checker) = checker {
        let curated = checker.check(&summary, published);
        // The curated claims win where both speak of the same words.
        findings.retain(|f| {
            !curated.iter().any(|c| {
                c.status != Status::Missing
                    && matches!((c.span, f.span), (Some(a), Some(b)) if a.overlaps(b))
            })
        });
        findings.splice(0..0, curated);
    }
    let hashes: Vec<String> = findings
        .iter()
        .map(|f| {
            if f.claim.starts_with("source:") {
                finding_sentence_hash(f, source)
            } else {
                String::new()
            }
        })
        .collect();
    let notices = if summary.suppressions().is_empty() {
        Vec::new()
    } else {
        let known = |id: &str| {
            id == "source"
                || Kind::ALL.iter().any(|k| k.key() == id)
                || id == Kind::Identifier.key()
                || claims.is_some_and(|c| c.claims.iter().any(|claim| claim.id == id))
        };
        summary.suppressions().notices(&findings, &known)
    };
    let report = FileReport {
        notices,
        document: summary,
        claims: claims.map(|c| c.path.display().to_string()),
        published: Some(published),
        findings,
        baselined: 0,
        fixed: 0,
        error: None,
    };
    (report, hashes)
}
