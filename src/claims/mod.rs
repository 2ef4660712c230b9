//! The claims file: the facts a research desk has curated, loaded strictly.
//!
//! `load.rs` reads the TOML with spans so that every problem is reported at
//! its file, line and column; this module holds the settled types the rest of
//! the crate works with. A claim's value is parsed once, at load time, with
//! the same extractors that read the texts, so "$500 million" in the claims
//! file and "$500m" in an article normalize to the same [`Value`].

mod load;

pub use load::{line_column as line_column_of, load, parse_claims, parse_claims_bytes, LoadError};

use crate::extract::{DateValue, Kind, Value};
use jiff::civil::Date;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// How much a finding matters; ordered so that `Info < Warning < Error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A stretch of calendar time written as "180 days", "6 months", "1 year".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interval {
    pub amount: i32,
    pub unit: IntervalUnit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntervalUnit {
    Day,
    Week,
    Month,
    Year,
}

impl Interval {
    /// The date `self` after `date`, clamped at the end of the calendar.
    pub fn after(self, date: Date) -> Date {
        let span = match self.unit {
            IntervalUnit::Day => jiff::Span::new().days(self.amount),
            IntervalUnit::Week => jiff::Span::new().weeks(self.amount),
            IntervalUnit::Month => jiff::Span::new().months(self.amount),
            IntervalUnit::Year => jiff::Span::new().years(self.amount),
        };
        date.checked_add(span).unwrap_or(Date::MAX)
    }
}

impl std::fmt::Display for Interval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let unit = match self.unit {
            IntervalUnit::Day => "day",
            IntervalUnit::Week => "week",
            IntervalUnit::Month => "month",
            IntervalUnit::Year => "year",
        };
        let plural = if self.amount == 1 { "" } else { "s" };
        write!(f, "{} {unit}{plural}", self.amount)
    }
}

/// What a claim says, normalized for comparison.
#[derive(Clone, Debug, PartialEq)]
pub enum Expected {
    /// Money, number, percent, quantity, duration, date or ordinal.
    Value(Value),
    /// A number of things: "13 U.S. service members".
    Count { number: Value, noun: String },
    /// Every title or descriptor the person holds.
    Titles(Vec<String>),
    /// The quoted words.
    Quote(String),
}

impl Expected {
    pub fn as_date(&self) -> Option<&DateValue> {
        match self {
            Expected::Value(Value::Date(date)) => Some(date),
            _ => None,
        }
    }
}

/// A value the claim held before its current one.
#[derive(Clone, Debug, PartialEq)]
pub struct Previous {
    /// As written in the claims file.
    pub written: String,
    pub value: Expected,
    /// The first day the value no longer held; `None` for a plain string,
    /// which is superseded whatever the date.
    pub until: Option<Date>,
}

/// One curated fact.
#[derive(Clone, Debug)]
pub struct Claim {
    pub id: String,
    pub kind: Kind,
    /// The value as written in the claims file.
    pub written: String,
    pub expected: Expected,
    /// Phrases (or entity names) that all occur in a sentence stating the fact.
    pub about: Vec<String>,
    /// The holder of a title claim (canonical entity name or as written).
    pub person: Option<String>,
    /// The speaker of a quote claim.
    pub speaker: Option<String>,
    /// How much a wrong value matters: `severity`, error by default.
    pub severity: Severity,
    /// `severity` when the claims file sets it; it then also rules the
    /// claim's review findings, which are otherwise `[review] severity`.
    pub given_severity: Option<Severity>,
    pub required: bool,
    pub previously: Vec<Previous>,
    pub since: Option<Date>,
    pub valid_from: Option<Date>,
    pub valid_until: Option<Date>,
    pub verified: Option<Date>,
    pub review_every: Option<Interval>,
    pub source: Option<String>,
    pub note: Option<String>,
    /// 1-based line and column (in characters) of the claim's `id` value
    /// in the claims file.
    pub line: usize,
    pub column: usize,
}

/// The `[review]` table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Review {
    pub every: Option<Interval>,
    pub severity: Severity,
}

impl Default for Review {
    fn default() -> Review {
        Review {
            every: None,
            severity: Severity::Warning,
        }
    }
}

/// A loaded, validated claims file.
#[derive(Clone, Debug)]
pub struct ClaimSet {
    /// The claims file itself.
    pub path: PathBuf,
    /// `[document] files`, resolved against the claims file's folder.
    pub files: Vec<PathBuf>,
    /// `[document] published`.
    pub published: Option<Date>,
    /// `[document] include` and `exclude`: the texts the file governs when
    /// a folder is walked.
    pub scope: Scope,
    pub review: Review,
    /// Canonical entity name -> aliases (the name itself not included).
    pub entities: BTreeMap<String, Vec<String>>,
    pub claims: Vec<Claim>,
}

/// Which texts a claims file governs when a folder is walked: those that
/// match an `include` glob (any text when there is none) and no `exclude`
/// glob, matched against the path from the claims file's folder.
///
/// The globs read as in `.gitignore`: one without a `/` matches a file
/// name at any depth (`README.md`), one with a `/` the path from the
/// folder (`drafts/*.md`, where `*` stays within a folder and `**` crosses
/// folders), and one ending in `/` everything under that folder.
#[derive(Clone, Debug, Default)]
pub struct Scope {
    pub include: Option<Globs>,
    pub exclude: Option<Globs>,
}

/// A list of globs as written, and compiled.
#[derive(Clone, Debug)]
pub struct Globs {
    pub written: Vec<String>,
    set: globset::GlobSet,
}

impl Scope {
    /// Compiles globs given with the byte offset of each in the claims
    /// file; an invalid one is reported at its offset. No globs: `None`.
    pub(crate) fn globs<'a>(
        globs: impl Iterator<Item = (&'a str, usize)>,
    ) -> Result<Option<Globs>, (usize, String)> {
        let mut builder = globset::GlobSetBuilder::new();
        let mut written = Vec::new();
        let mut first_at = 0;
        for (glob, at) in globs {
            if written.is_empty() {
                first_at = at;
            }
            let trimmed = glob.trim_start_matches("./");
            let anchored = trimmed.trim_start_matches('/');
            let pattern = match anchored {
                "" => return Err((at, "an empty glob matches nothing".to_string())),
                g if g.ends_with('/') => format!("{g}**"),
                g if !trimmed.contains('/') => format!("**/{g}"),
                g => g.to_string(),
            };
            let compiled = globset::GlobBuilder::new(&pattern)
                .literal_separator(true)
                .build()
                .map_err(|err| (at, format!("invalid glob `{glob}`: {}", err.kind())))?;
            builder.add(compiled);
            written.push(glob.to_string());
        }
        if written.is_empty() {
            return Ok(None);
        }
        let set = builder
            .build()
            .map_err(|err| (first_at, format!("invalid globs: {err}")))?;
        Ok(Some(Globs { written, set }))
    }

    /// Whether the text at `relative` (from the claims file's folder) is
    /// one the claims file governs.
    pub fn governs(&self, relative: &Path) -> bool {
        let included = self
            .include
            .as_ref()
            .is_none_or(|globs| globs.set.is_match(relative));
        included
            && !self
                .exclude
                .as_ref()
                .is_some_and(|globs| globs.set.is_match(relative))
    }
}

impl ClaimSet {
    /// Every way the text may write `name`: the name, and its aliases when it
    /// is a canonical entity name.
    pub fn spellings(&self, name: &str) -> Vec<String> {
        let mut all = vec![name.to_string()];
        if let Some(aliases) = self.entities.get(name) {
            all.extend(aliases.iter().cloned());
        }
        all
    }
}
