//! Strict loading of `claims.toml`.
//!
//! The file is deserialized into raw structs that keep each value's byte
//! span (`toml::Spanned`) and reject unknown keys, then settled into
//! [`ClaimSet`]. Every error names the file, line and column of the key or
//! value at fault, because a research desk edits this file by hand and a
//! vague "invalid claims" costs them a hunt.

use super::{Claim, ClaimSet, Expected, Interval, IntervalUnit, Previous, Review, Scope, Severity};
use crate::extract::{self, Extracted, Kind, Value};
use jiff::civil::Date;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// A claims file that could not be read or is not valid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    pub path: PathBuf,
    /// 1-based line and column (in characters), when the error has a place.
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, column)) => write!(
                f,
                "{}:{line}:{column}: {}",
                self.path.display(),
                self.message
            ),
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

impl std::error::Error for LoadError {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    document: Option<RawDocument>,
    review: Option<RawReview>,
    #[serde(default)]
    entities: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    claim: Vec<Spanned<RawClaim>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDocument {
    #[serde(default)]
    files: Vec<String>,
    published: Option<Spanned<toml::Value>>,
    #[serde(default)]
    include: Vec<Spanned<String>>,
    #[serde(default)]
    exclude: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReview {
    every: Option<Spanned<String>>,
    severity: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClaim {
    id: Spanned<String>,
    #[serde(default)]
    about: Vec<String>,
    person: Option<String>,
    speaker: Option<String>,
    money: Option<Spanned<toml::Value>>,
    count: Option<Spanned<toml::Value>>,
    number: Option<Spanned<toml::Value>>,
    percent: Option<Spanned<toml::Value>>,
    quantity: Option<Spanned<toml::Value>>,
    duration: Option<Spanned<toml::Value>>,
    date: Option<Spanned<toml::Value>>,
    ordinal: Option<Spanned<toml::Value>>,
    title: Option<Spanned<toml::Value>>,
    quote: Option<Spanned<toml::Value>>,
    /// Never a claim's value: read only to refuse it with a reason.
    identifier: Option<Spanned<toml::Value>>,
    verified: Option<Spanned<toml::Value>>,
    since: Option<Spanned<toml::Value>>,
    valid_from: Option<Spanned<toml::Value>>,
    valid_until: Option<Spanned<toml::Value>>,
    review_every: Option<Spanned<String>>,
    source: Option<String>,
    note: Option<String>,
    severity: Option<Spanned<String>>,
    #[serde(default)]
    required: bool,
    previously: Option<Spanned<Vec<Spanned<toml::Value>>>>,
}

impl RawClaim {
    /// The value keys that are present, in the order of [`Kind::ALL`].
    fn values(&self) -> Vec<(Kind, &Spanned<toml::Value>)> {
        let slots = [
            (Kind::Money, &self.money),
            (Kind::Count, &self.count),
            (Kind::Number, &self.number),
            (Kind::Percent, &self.percent),
            (Kind::Quantity, &self.quantity),
            (Kind::Duration, &self.duration),
            (Kind::Date, &self.date),
            (Kind::Ordinal, &self.ordinal),
            (Kind::Title, &self.title),
            (Kind::Quote, &self.quote),
        ];
        slots
            .into_iter()
            .filter_map(|(kind, slot)| slot.as_ref().map(|value| (kind, value)))
            .collect()
    }
}

/// Reads and validates the claims file at `path`.
pub fn load(path: &Path) -> Result<ClaimSet, LoadError> {
    let bytes = std::fs::read(path).map_err(|err| LoadError {
        path: path.to_path_buf(),
        position: None,
        message: format!("cannot read claims file: {}", crate::io_reason(&err)),
    })?;
    parse_claims_bytes(path, bytes)
}

/// Validates a claims file read as `bytes` (which must be UTF-8); `path`
/// names it in errors and anchors `[document] files`.
pub fn parse_claims_bytes(path: &Path, bytes: Vec<u8>) -> Result<ClaimSet, LoadError> {
    let text = String::from_utf8(bytes).map_err(|err| {
        let valid = err.utf8_error().valid_up_to();
        let bytes = err.as_bytes();
        // The valid prefix is a str, so the line index below can use it.
        let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
        LoadError {
            path: path.to_path_buf(),
            position: Some(line_column(prefix, valid)),
            message: "claims file is not UTF-8 text".to_string(),
        }
    })?;
    parse_claims(path, &text)
}

/// Validates claims-file `text`; `path` names it in errors and anchors
/// `[document] files`.
pub fn parse_claims(path: &Path, text: &str) -> Result<ClaimSet, LoadError> {
    let lines = LineIndex::new(text);
    let at = |offset: usize, message: String| LoadError {
        path: path.to_path_buf(),
        position: Some(lines.line_column(text, offset)),
        message,
    };
    let raw: RawFile = toml::from_str(text).map_err(|err| {
        // One line per error: toml's multi-line messages are joined.
        let message = err
            .message()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("; ");
        match err.span() {
            Some(span) => at(span.start, parse_error_message(text, span.start, message)),
            None => LoadError {
                path: path.to_path_buf(),
                position: None,
                message: if message.is_empty() {
                    "invalid TOML".to_string()
                } else {
                    message
                },
            },
        }
    })?;

    let folder = path.parent().unwrap_or(Path::new(""));
    let (files, published, scope) = match raw.document {
        Some(document) => {
            let published = match &document.published {
                Some(value) => Some(date_value(value).map_err(|m| at(value.span().start, m))?),
                None => None,
            };
            let files = document.files.iter().map(|f| folder.join(f)).collect();
            let globs = |key: &str, list: &[Spanned<String>]| {
                Scope::globs(list.iter().map(|g| (g.get_ref().as_str(), g.span().start)))
                    .map_err(|(at_byte, m)| at(at_byte, format!("`{key}`: {m}")))
            };
            let scope = Scope {
                include: globs("include", &document.include)?,
                exclude: globs("exclude", &document.exclude)?,
            };
            (files, published, scope)
        }
        None => (Vec::new(), None, Scope::default()),
    };

    let mut review = Review::default();
    if let Some(raw_review) = &raw.review {
        if let Some(every) = &raw_review.every {
            review.every =
                Some(parse_interval(every.get_ref()).map_err(|m| at(every.span().start, m))?);
        }
        if let Some(severity) = &raw_review.severity {
            review.severity =
                parse_severity(severity.get_ref()).map_err(|m| at(severity.span().start, m))?;
        }
    }

    let mut claims = Vec::with_capacity(raw.claim.len());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for spanned in &raw.claim {
        let raw_claim = spanned.get_ref();
        let id = raw_claim.id.get_ref();
        let id_at = raw_claim.id.span().start;
        if id.is_empty()
            || !id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
        {
            return Err(at(
                id_at,
                format!("claim id `{id}` must be lowercase letters, digits, `.`, `_` or `-`"),
            ));
        }
        if let Some(first_line) = seen.get(id) {
            return Err(at(
                id_at,
                format!("duplicate claim id `{id}` (first defined on line {first_line})"),
            ));
        }
        let position = lines.line_column(text, id_at);
        seen.insert(id.clone(), position.0);
        claims.push(settle_claim(
            raw_claim,
            spanned.span().start,
            position,
            &at,
        )?);
    }

    Ok(ClaimSet {
        path: path.to_path_buf(),
        files,
        published,
        scope,
        review,
        entities: raw.entities,
        claims,
    })
}

fn settle_claim(
    raw: &RawClaim,
    table_at: usize,
    (line, column): (usize, usize),
    at: &dyn Fn(usize, String) -> LoadError,
) -> Result<Claim, LoadError> {
    let id = raw.id.get_ref();
    if let Some(identifier) = &raw.identifier {
        return Err(at(
            identifier.span().start,
            format!(
                "claim `{id}`: `identifier` is no claim kind; a name that carries a number \
                 (\"Windows 11\") states no value, and only source mode (`--source`) checks \
                 that the source writes it"
            ),
        ));
    }
    let values = raw.values();
    let (kind, value) = match values.as_slice() {
        [one] => *one,
        [] => {
            let keys: Vec<&str> = Kind::ALL.iter().map(|k| k.key()).collect();
            return Err(at(
                table_at,
                format!("claim `{id}` has no value: add one of {}", keys.join(", ")),
            ));
        }
        [first, second, ..] => {
            return Err(at(
                second.1.span().start,
                format!(
                    "claim `{id}` has two values, `{}` and `{}`: a claim states one fact",
                    first.0, second.0
                ),
            ))
        }
    };
    let (written, expected) =
        parse_expected(kind, value.get_ref()).map_err(|m| at(value.span().start, m))?;

    match kind {
        Kind::Title if raw.person.is_none() => {
            return Err(at(
                raw.id.span().start,
                format!("title claim `{id}` needs `person`: whose title it is"),
            ))
        }
        Kind::Quote if raw.speaker.is_none() => {
            return Err(at(
                raw.id.span().start,
                format!("quote claim `{id}` needs `speaker`: who said it"),
            ))
        }
        Kind::Title | Kind::Quote | Kind::Count => {}
        _ if raw.about.is_empty() => {
            return Err(at(
                raw.id.span().start,
                format!(
                "claim `{id}` needs `about`: phrases that occur in the sentence stating the fact"
            ),
            ))
        }
        _ => {}
    }
    if raw.person.is_some() && kind != Kind::Title {
        return Err(at(
            raw.id.span().start,
            format!("claim `{id}`: `person` belongs to title claims; use `about` here"),
        ));
    }
    if raw.speaker.is_some() && kind != Kind::Quote {
        return Err(at(
            raw.id.span().start,
            format!("claim `{id}`: `speaker` belongs to quote claims; use `about` here"),
        ));
    }
    if let Some(phrase) = raw.about.iter().find(|p| p.trim().is_empty()) {
        return Err(at(
            raw.id.span().start,
            format!("claim `{id}`: empty `about` phrase {phrase:?}"),
        ));
    }

    let optional_date = |value: &Option<Spanned<toml::Value>>| -> Result<Option<Date>, LoadError> {
        match value {
            Some(v) => date_value(v).map(Some).map_err(|m| at(v.span().start, m)),
            None => Ok(None),
        }
    };

    let mut previously = Vec::new();
    if let Some(list) = &raw.previously {
        for entry in list.get_ref() {
            previously.push(
                parse_previous(kind, entry.get_ref()).map_err(|m| at(entry.span().start, m))?,
            );
        }
    }

    let given_severity = match &raw.severity {
        Some(s) => Some(parse_severity(s.get_ref()).map_err(|m| at(s.span().start, m))?),
        None => None,
    };
    let review_every = match &raw.review_every {
        Some(s) => Some(parse_interval(s.get_ref()).map_err(|m| at(s.span().start, m))?),
        None => None,
    };

    Ok(Claim {
        id: id.clone(),
        kind,
        written,
        expected,
        about: raw.about.clone(),
        person: raw.person.clone(),
        speaker: raw.speaker.clone(),
        severity: given_severity.unwrap_or(Severity::Error),
        given_severity,
        required: raw.required,
        previously,
        since: optional_date(&raw.since)?,
        valid_from: optional_date(&raw.valid_from)?,
        valid_until: optional_date(&raw.valid_until)?,
        verified: optional_date(&raw.verified)?,
        review_every,
        source: raw.source.clone(),
        note: raw.note.clone(),
        line,
        column,
    })
}

fn parse_previous(kind: Kind, value: &toml::Value) -> Result<Previous, String> {
    match value {
        toml::Value::Table(table) => {
            let mut written_value = None;
            let mut until = None;
            for (key, entry) in table {
                match key.as_str() {
                    "value" => written_value = Some(entry),
                    "until" => until = Some(plain_date(entry)?),
                    other => {
                        return Err(format!(
                            "unknown key `{other}` in a `previously` entry, expected `value` or `until`"
                        ))
                    }
                }
            }
            let entry =
                written_value.ok_or_else(|| "a `previously` entry needs `value`".to_string())?;
            let (written, value) = parse_expected(kind, entry)?;
            Ok(Previous {
                written,
                value,
                until,
            })
        }
        other => {
            let (written, value) = parse_expected(kind, other)?;
            Ok(Previous {
                written,
                value,
                until: None,
            })
        }
    }
}

/// Parses a claim's value as its kind; returns it as written and normalized.
fn parse_expected(kind: Kind, value: &toml::Value) -> Result<(String, Expected), String> {
    let text = match value {
        toml::Value::String(s) => s.trim().to_string(),
        toml::Value::Integer(i) if matches!(kind, Kind::Number | Kind::Ordinal) => i.to_string(),
        toml::Value::Float(f) if kind == Kind::Number => f.to_string(),
        toml::Value::Datetime(_) if kind == Kind::Date => {
            let date = plain_date(value)?;
            let day = crate::extract::DateValue {
                start: date,
                end: date.tomorrow().map_err(|e| e.to_string())?,
                grain: crate::extract::Grain::Day,
                modifier: None,
                range: false,
            };
            return Ok((date.to_string(), Expected::Value(Value::Date(day))));
        }
        toml::Value::Array(items) if kind == Kind::Title => {
            let mut titles = Vec::with_capacity(items.len());
            for item in items {
                match item {
                    toml::Value::String(s) if !s.trim().is_empty() => {
                        titles.push(s.trim().to_string())
                    }
                    _ => return Err("every title in the list must be a non-empty string".into()),
                }
            }
            if titles.is_empty() {
                return Err("the list of titles is empty".into());
            }
            return Ok((titles.join(", "), Expected::Titles(titles)));
        }
        other => {
            return Err(format!(
                "a {kind} value must be a string, not {}",
                toml_type_name(other)
            ))
        }
    };
    if text.is_empty() {
        return Err(format!("the {kind} value is empty"));
    }
    let not_a = |what: &str| format!("`{text}` is not {what}");
    let expected = match kind {
        Kind::Money => Expected::Value(whole(&text, extract::money::money(&text)).ok_or_else(|| not_a("an amount of money"))?),
        Kind::Number => Expected::Value(whole(&text, extract::numeric::numbers(&text)).ok_or_else(|| not_a("a number"))?),
        Kind::Percent => Expected::Value(whole(&text, extract::percent::percents(&text)).filter(|v| *v != Value::Unstated).ok_or_else(|| not_a("a percentage"))?),
        // The key says a weight is meant, so "12 million pounds" is one,
        // though money cues would read it as sterling in a text.
        Kind::Quantity => Expected::Value(
            whole(&text, extract::quantity::quantities(&text))
                .or_else(|| whole(&text, extract::money::money(&text)).and_then(|v| extract::quantity::pounds_as_weight(&text, &v)))
                .ok_or_else(|| not_a("a quantity with a unit"))?,
        ),
        Kind::Duration => Expected::Value(whole(&text, extract::duration::durations(&text)).ok_or_else(|| not_a("a duration"))?),
        Kind::Ordinal => {
            if let Ok(n) = text.parse::<i64>() {
                if n < 1 {
                    return Err(not_a("an ordinal (1 or more)"));
                }
                Expected::Value(Value::Ordinal { number: n })
            } else {
                Expected::Value(whole(&text, extract::ordinal::ordinals(&text)).ok_or_else(|| not_a("an ordinal"))?)
            }
        }
        Kind::Date => Expected::Value(Value::Date(extract::date::parse_claim_date(&text).ok_or_else(|| {
            not_a("an absolute date (write 2025-09-25, \"2025-09\", \"2021\", \"early May 2025\" or \"2008 to 2011\")")
        })?)),
        Kind::Count => {
            let numbers = extract::numeric::numbers(&text);
            let first = numbers
                .into_iter()
                .find(|n| n.span.start == 0)
                .ok_or_else(|| not_a("a count (a number, then what is counted)"))?;
            let noun = text[first.span.end..].trim();
            if noun.is_empty() {
                return Err(format!("count `{text}` says what number but not what is counted"));
            }
            Expected::Count {
                number: first.value,
                noun: noun.to_string(),
            }
        }
        Kind::Title => Expected::Titles(vec![text.clone()]),
        Kind::Quote => Expected::Quote(text.clone()),
        // Refused before (`settle_claim`): no claim states an identifier.
        Kind::Identifier => return Err(not_a("a value a claim can state")),
    };
    let amount = match &expected {
        Expected::Value(value) | Expected::Count { number: value, .. } => value.magnitude(),
        _ => None,
    };
    if amount.is_some_and(|m| !m.is_finite()) {
        return Err(format!(
            "`{}` is too large a number to compare (more than 308 digits)",
            abbreviated(&text, 40)
        ));
    }
    Ok((text, expected))
}

/// toml's message for a syntax error at byte `offset`, completed with what
/// stands there. toml says nothing at all for some errors (a control
/// character in a comment, a lone carriage return, a key with no value at
/// the end of the file) and only what it expected for others; the
/// character it stopped at is what the editor has to find and fix.
fn parse_error_message(text: &str, offset: usize, message: String) -> String {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let rest = &text[offset..];
    let found = match rest.chars().next() {
        None => "found the end of the file".to_string(),
        Some('\r') if !rest[1..].starts_with('\n') => {
            "found a carriage return with no line feed after it: TOML lines end with LF or CRLF, \
             so save the file with those line endings"
                .to_string()
        }
        Some('\n') | Some('\r') => "found the end of the line".to_string(),
        Some(c) if c.is_control() => format!(
            "found the control character U+{:04X}, which TOML allows nowhere (only tab)",
            u32::from(c)
        ),
        Some(c) => format!("found `{c}`"),
    };
    // "number =" with nothing after it: say which value is missing.
    let before = text[..offset].trim_end_matches([' ', '\t']);
    let missing_value = before.ends_with('=')
        && rest
            .trim_start_matches([' ', '\t'])
            .chars()
            .next()
            .is_none_or(|c| c == '\n' || c == '\r' || c == '#');
    if missing_value {
        let key = before[..before.len() - 1]
            .trim_end()
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or_default();
        return format!("`{key}` has no value: write one after `=` ({found})");
    }
    let unusual = !matches!(rest.chars().next(), Some(c) if !c.is_control());
    if message.is_empty() {
        format!("invalid TOML: {found}")
    } else if unusual || message.contains("expected") {
        format!("{message}; {found}")
    } else {
        message
    }
}

/// `text` cut to `max` characters with an ellipsis, for a message that
/// quotes a value of any length.
fn abbreviated(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max - 1).collect();
    format!("{cut}…")
}

/// The one value that spans all of `text`.
fn whole(text: &str, found: Vec<Extracted>) -> Option<Value> {
    match found.as_slice() {
        [one] if one.span.start == 0 && one.span.end == text.len() => Some(one.value.clone()),
        _ => None,
    }
}

fn toml_type_name(value: &toml::Value) -> &'static str {
    match value {
        toml::Value::String(_) => "a string",
        toml::Value::Integer(_) => "an integer",
        toml::Value::Float(_) => "a float",
        toml::Value::Boolean(_) => "a boolean",
        toml::Value::Datetime(_) => "a date",
        toml::Value::Array(_) => "an array",
        toml::Value::Table(_) => "a table",
    }
}

fn date_value(value: &Spanned<toml::Value>) -> Result<Date, String> {
    plain_date(value.get_ref())
}

/// A calendar date: a TOML local date (2025-11-24) or the same as a string.
fn plain_date(value: &toml::Value) -> Result<Date, String> {
    match value {
        toml::Value::Datetime(datetime) => match (datetime.date, datetime.time) {
            (Some(date), None) => Date::new(date.year as i16, date.month as i8, date.day as i8)
                .map_err(|e| format!("invalid date {datetime}: {e}")),
            _ => Err(format!("expected a date like 2025-11-24, found {datetime}")),
        },
        toml::Value::String(s) => s
            .trim()
            .parse::<Date>()
            .map_err(|_| format!("expected a date like 2025-11-24, found `{s}`")),
        other => Err(format!(
            "expected a date like 2025-11-24, found {}",
            toml_type_name(other)
        )),
    }
}

fn parse_severity(s: &str) -> Result<Severity, String> {
    match s {
        "error" => Ok(Severity::Error),
        "warning" => Ok(Severity::Warning),
        "info" => Ok(Severity::Info),
        other => Err(format!(
            "unknown severity `{other}`, expected `error`, `warning` or `info`"
        )),
    }
}

/// "180 days", "6 months", "1 year", "2 weeks".
pub(crate) fn parse_interval(s: &str) -> Result<Interval, String> {
    let bad = || {
        format!("`{s}` is not an interval: write it like \"180 days\", \"6 months\" or \"1 year\"")
    };
    let mut words = s.split_whitespace();
    let amount: i32 = words.next().and_then(|n| n.parse().ok()).ok_or_else(bad)?;
    let unit = match words.next().ok_or_else(bad)? {
        "day" | "days" => IntervalUnit::Day,
        "week" | "weeks" => IntervalUnit::Week,
        "month" | "months" => IntervalUnit::Month,
        "year" | "years" => IntervalUnit::Year,
        _ => return Err(bad()),
    };
    if words.next().is_some() || amount <= 0 {
        return Err(bad());
    }
    // A century is as long as a review interval can sensibly be, and it
    // keeps the calendar arithmetic in range.
    let most = match unit {
        IntervalUnit::Day => 36_525,
        IntervalUnit::Week => 5_218,
        IntervalUnit::Month => 1_200,
        IntervalUnit::Year => 100,
    };
    if amount > most {
        return Err(format!(
            "`{s}` is longer than a century: a review interval is at most 100 years"
        ));
    }
    Ok(Interval { amount, unit })
}

/// Where each line of a text starts, so that every claim's line is found
/// by a binary search rather than a scan from the top.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    fn line_column(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line - 1];
        (line, text[start..offset].chars().count() + 1)
    }
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals() {
        #[track_caller]
        fn case(text: &str, want: Option<(i32, IntervalUnit)>) {
            let got = parse_interval(text).ok().map(|i| (i.amount, i.unit));
            assert_eq!(got, want, "{text:?}");
        }
        case("180 days", Some((180, IntervalUnit::Day)));
        case("1 year", Some((1, IntervalUnit::Year)));
        case("6 months", Some((6, IntervalUnit::Month)));
        case("2 weeks", Some((2, IntervalUnit::Week)));
        case("0 days", None);
        case("-3 days", None);
        case("three days", None);
        case("3 fortnights", None);
        case("3 days ago", None);
        case("99999999 days", None);
        case("101 years", None);
    }

    #[test]
    fn a_percent_claim_states_an_amount() {
        let load = |percent: &str| {
            let text = format!("[[claim]]\nid = \"a\"\nabout = [\"x\"]\npercent = \"{percent}\"\n");
            parse_claims(Path::new("claims.toml"), &text).map(|_| ())
        };
        assert!(load("50 percent").is_ok());
        assert!(load("a percentage").is_err());
        assert!(load("percent").is_err());
    }

    #[test]
    fn every_syntax_error_has_a_message() {
        #[track_caller]
        fn case(text: &str, position: (usize, usize), message: &str) {
            let err = parse_claims(Path::new("claims.toml"), text).unwrap_err();
            assert_eq!(
                (err.position, err.message.as_str()),
                (Some(position), message),
                "{text:?}"
            );
        }
        case(
            "# a comment \u{1} here\n",
            (1, 13),
            "invalid TOML: found the control character U+0001, which TOML allows nowhere (only tab)",
        );
        case(
            "# written on a Mac\rof old\n",
            (1, 19),
            "invalid TOML: found a carriage return with no line feed after it: TOML lines end \
             with LF or CRLF, so save the file with those line endings",
        );
        case(
            "[[claim]]\nid = \"a\"\nnumber =",
            (3, 9),
            "`number` has no value: write one after `=` (found the end of the file)",
        );
        case(
            "[[claim]]\nid = \"a\"\nnumber = \n",
            (3, 10),
            "`number` has no value: write one after `=` (found the end of the line)",
        );
        case(
            "[[claim]]\nid = \"a\"\nnumber = 5 6\n",
            (3, 12),
            "expected newline, `#`; found `6`",
        );
        case(
            "[[claim]]\nid = \"a\"\u{0}\n",
            (2, 9),
            "expected newline, `#`; found the control character U+0000, which TOML allows \
             nowhere (only tab)",
        );
        // Every message says something, whatever control character stands
        // where: in a comment, a key, a value or after one.
        for byte in (0u8..0x20).chain([0x7f]).filter(|b| !b"\t\n\r".contains(b)) {
            let c = char::from(byte);
            for text in [
                format!("# note{c}\n"),
                format!("[[claim]]\nid{c} = \"a\"\n"),
                format!("[[claim]]\nid = \"a{c}\"\n"),
                format!("[[claim]]\nid = \"a\"{c}\n"),
            ] {
                let err = parse_claims(Path::new("claims.toml"), &text).unwrap_err();
                assert!(
                    err.position.is_some() && err.message.len() > 10,
                    "{text:?}: {err}"
                );
            }
        }
    }

    #[test]
    fn a_value_too_large_for_a_number_is_refused() {
        let nines = "9".repeat(320);
        let text =
            format!("[[claim]]\nid = \"a\"\nabout = [\"x\"]\npercent = \"{nines} percent\"\n");
        let err = parse_claims(Path::new("claims.toml"), &text).unwrap_err();
        assert_eq!(err.position, Some((4, 11)));
        assert!(err.message.contains("too large a number"), "{err}");
        assert!(err.message.len() < 120, "{err}");
        let large = "[[claim]]\nid = \"a\"\nabout = [\"x\"]\nmoney = \"$5 trillion\"\n";
        assert!(parse_claims(Path::new("claims.toml"), large).is_ok());
    }
}
