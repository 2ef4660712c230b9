//! The claims file: the facts a research desk has curated, loaded strictly.
//!
//! `load.rs` reads the TOML with spans so that every problem is reported at
//! its file, line and column; this module holds the settled types the rest of
//! the crate works with. A claim's value is parsed once, at load time, with
//! the same extractors that read the texts, so "$500 million" in the claims
//! file and "$500m" in an article normalize to the same [`Value`].

mod load;

pub use load::{line_column as line_column_of, load, parse_claims, LoadError};

use crate::extract::{DateValue, Kind, Value};
use jiff::civil::Date;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

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
    pub review: Review,
    /// Canonical entity name -> aliases (the name itself not included).
    pub entities: BTreeMap<String, Vec<String>>,
    pub claims: Vec<Claim>,
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
