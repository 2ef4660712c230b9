//! `--baseline FILE`: findings accepted earlier, so that a run reports only
//! new ones (the `insta` habit, for summaries and articles).
//!
//! A finding is accepted by what it says, never by where: its text's path,
//! its claim (`source:<kind>` in source mode), its kind, the value as the
//! text writes it, and in source mode a hash of the source sentence it was
//! compared with. An edit elsewhere in the text moves every byte offset and
//! keeps every finding accepted; a new wrong value, or the same value
//! compared with another source sentence, is new.
//!
//! Each entry accepts one finding, so a value stated wrongly twice needs
//! two. Accepted findings leave the report and are counted as `baselined`,
//! never toward `--fail-on`; entries that no longer occur are told as a
//! warning, to be dropped with `--update-baseline`, which writes the
//! current findings (every problem, suppressed ones aside) in place of the
//! file's.
//!
//! The file (version 1):
//!
//! ```json
//! {"version": 1, "entries": [
//!   {"path": "summary.md", "claim": "source:money", "kind": "money",
//!    "found": "$0.15", "source_sentence_hash": "9f2c…"}
//! ]}
//! ```

use crate::findings::{FileReport, Finding};
use crate::run::RunError;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

pub const VERSION: u32 = 1;

/// The file as written.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BaselineFile {
    version: u32,
    entries: Vec<Entry>,
}

/// One accepted finding.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub path: String,
    pub claim: String,
    pub kind: String,
    /// The value as the text writes it; `""` for a claim the text does not
    /// state.
    pub found: String,
    /// Source mode: the hash of the source sentence compared with; `""`
    /// for claims.
    pub source_sentence_hash: String,
}

impl Entry {
    pub fn of(path: &str, finding: &Finding, source_sentence_hash: &str) -> Entry {
        Entry {
            path: path.to_string(),
            claim: finding.claim.clone(),
            kind: finding.kind.key().to_string(),
            found: finding.found.clone().unwrap_or_default(),
            source_sentence_hash: source_sentence_hash.to_string(),
        }
    }
}

/// A baseline in use for one run.
#[derive(Debug)]
pub struct Baseline {
    /// As the user named it, for messages.
    named: PathBuf,
    /// Where to write it.
    full: PathBuf,
    entries: Vec<Entry>,
    used: Vec<bool>,
    /// `--update-baseline`: collect instead of filter.
    update: bool,
    current: Vec<Entry>,
}

impl Baseline {
    /// Loads `named` (relative to `cwd`). With `update`, a missing file is
    /// an empty baseline about to be written.
    pub fn load(named: &Path, cwd: &Path, update: bool) -> Result<Baseline, RunError> {
        let full = cwd.join(named);
        let entries = match std::fs::read_to_string(&full) {
            Ok(text) => parse(&text).map_err(|message| {
                RunError::Usage(format!("baseline {}: {message}", named.display()))
            })?,
            Err(err) if update && err.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(err) => {
                return Err(RunError::Usage(format!(
                    "cannot read the baseline {}: {}",
                    named.display(),
                    crate::io_reason(&err)
                )))
            }
        };
        Ok(Baseline {
            named: named.to_path_buf(),
            full,
            used: vec![false; entries.len()],
            entries,
            update,
            current: Vec::new(),
        })
    }

    /// Takes the accepted findings out of `report`, counting them as
    /// `baselined`; with `--update-baseline`, records every problem
    /// instead. `hashes[i]` is the source sentence hash of finding `i`.
    pub fn apply(&mut self, report: &mut FileReport, hashes: &[String]) {
        let path = report.document.path().to_string();
        let mut kept = Vec::with_capacity(report.findings.len());
        for (n, finding) in std::mem::take(&mut report.findings).into_iter().enumerate() {
            if finding.weight().is_none() {
                kept.push(finding);
                continue;
            }
            let entry = Entry::of(&path, &finding, hashes.get(n).map_or("", String::as_str));
            if self.update {
                self.current.push(entry);
                kept.push(finding);
                continue;
            }
            let accepted = self
                .entries
                .iter()
                .zip(&self.used)
                .position(|(e, used)| !used && *e == entry);
            match accepted {
                Some(index) => {
                    self.used[index] = true;
                    report.baselined += 1;
                }
                None => kept.push(finding),
            }
        }
        report.findings = kept;
    }

    /// Ends the run: writes the file with `--update-baseline`; else tells
    /// the entries that accepted nothing.
    pub fn finish(mut self) -> Result<Option<String>, RunError> {
        if self.update {
            self.current.sort();
            let file = BaselineFile {
                version: VERSION,
                entries: self.current,
            };
            let mut text = serde_json::to_string_pretty(&file)
                .map_err(|e| RunError::Output(std::io::Error::other(e)))?;
            text.push('\n');
            std::fs::write(&self.full, text).map_err(RunError::Output)?;
            return Ok(None);
        }
        let stale: Vec<&Entry> = self
            .entries
            .iter()
            .zip(&self.used)
            .filter(|(_, used)| !**used)
            .map(|(e, _)| e)
            .collect();
        Ok(match stale.as_slice() {
            [] => None,
            some => {
                let shown: Vec<String> = some
                    .iter()
                    .take(3)
                    .map(|e| format!("{} {} {:?}", e.path, e.claim, e.found))
                    .collect();
                let more = if some.len() > 3 {
                    format!(" and {} more", some.len() - 3)
                } else {
                    String::new()
                };
                let (n, occur) = match some.len() {
                    1 => ("1 entry".to_string(), "occurs"),
                    n => (format!("{n} entries"), "occur"),
                };
                Some(format!(
                    "{n} of the baseline {} no longer {occur}: {}{more}; run with --update-baseline to drop them",
                    self.named.display(),
                    shown.join(", ")
                ))
            }
        })
    }
}

fn parse(text: &str) -> Result<Vec<Entry>, String> {
    let file: BaselineFile = serde_json::from_str(text).map_err(|e| e.to_string())?;
    if file.version != VERSION {
        return Err(format!(
            "version {} is not one this factlint reads (it reads {VERSION})",
            file.version
        ));
    }
    Ok(file.entries)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::Severity;
    use crate::document::Document;
    use crate::extract::{Kind, Span};
    use crate::findings::Status;

    fn finding(claim: &str, found: &str, at: usize, status: Status) -> Finding {
        Finding {
            claim: claim.to_string(),
            kind: Kind::Money,
            status,
            severity: if status == Status::Match {
                Severity::Info
            } else {
                Severity::Error
            },
            reason: None,
            expected: String::new(),
            found: Some(found.to_string()),
            replacement: None,
            span: Some(Span::new(at, at + found.len())),
            stale_since: None,
            message: String::new(),
            suppressed: false,
            source: None,
            nearest: None,
        }
    }

    fn report(findings: Vec<Finding>) -> FileReport {
        FileReport {
            document: Document::new("s.md", String::new()),
            claims: None,
            published: None,
            findings,
            baselined: 0,
            notices: Vec::new(),
            fixed: 0,
            error: None,
        }
    }

    fn baseline(entries: Vec<Entry>) -> Baseline {
        Baseline {
            named: "b.json".into(),
            full: "b.json".into(),
            used: vec![false; entries.len()],
            entries,
            update: false,
            current: Vec::new(),
        }
    }

    #[test]
    fn an_accepted_finding_is_counted_not_reported_wherever_it_moved() {
        let accepted = Entry::of(
            "s.md",
            &finding("source:money", "$5", 0, Status::Unsupported),
            "ab",
        );
        let mut b = baseline(vec![accepted]);
        let mut r = report(vec![
            finding("source:money", "$5", 40, Status::Unsupported),
            finding("source:money", "$6", 60, Status::Unsupported),
            finding("source:money", "$7", 80, Status::Match),
        ]);
        b.apply(&mut r, &["ab".into(), "ab".into(), "ab".into()]);
        assert_eq!(r.baselined, 1);
        let left: Vec<_> = r
            .findings
            .iter()
            .map(|f| f.found.clone().unwrap())
            .collect();
        assert_eq!(left, ["$6", "$7"]);
        assert_eq!(b.finish().unwrap(), None);
    }

    #[test]
    fn another_source_sentence_or_a_second_place_is_new() {
        let accepted = Entry::of(
            "s.md",
            &finding("source:money", "$5", 0, Status::Unsupported),
            "ab",
        );
        let mut b = baseline(vec![accepted]);
        let mut r = report(vec![
            finding("source:money", "$5", 0, Status::Unsupported),
            finding("source:money", "$5", 9, Status::Unsupported),
            finding("source:money", "$5", 20, Status::Unsupported),
        ]);
        b.apply(&mut r, &["cd".into(), "ab".into(), "ab".into()]);
        assert_eq!((r.baselined, r.findings.len()), (1, 2));
    }

    #[test]
    fn entries_that_no_longer_occur_are_told() {
        let gone = Entry::of(
            "s.md",
            &finding("source:money", "$5", 0, Status::Unsupported),
            "",
        );
        let mut b = baseline(vec![gone]);
        b.apply(&mut report(Vec::new()), &[]);
        let told = b.finish().unwrap().expect("a warning");
        assert!(
            told.starts_with("1 entry of the baseline b.json no longer occurs"),
            "{told}"
        );
    }

    #[test]
    fn the_file_is_versioned_and_strict() {
        assert_eq!(parse(r#"{"version": 1, "entries": []}"#), Ok(Vec::new()));
        assert!(parse(r#"{"version": 2, "entries": []}"#)
            .unwrap_err()
            .contains("version 2"));
        assert!(parse(r#"{"version": 1, "entries": [], "extra": 1}"#)
            .unwrap_err()
            .contains("unknown field"));
    }
}
