//! Deciding whether a value found in a text states a claim.
//!
//! Pure functions over normalized values: the extractors have already turned
//! "$500m", "half a dozen" and "Sept. 25" into numbers and calendar
//! intervals, so equivalence here is arithmetic, not string comparison.
//! Facts change over time, so every decision is taken at a date: the
//! sentence's own date when it states one, else the publication date.

use crate::claims::{Claim, Expected, Previous};
use crate::extract::{DateValue, Magnitude, Qualifier, Value};
use crate::findings::{Reason, Status};
use jiff::civil::Date;

/// The outcome of comparing one found value with a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub status: Status,
    pub reason: Option<Reason>,
    /// For a superseded value, the day it stopped holding.
    pub stale_since: Option<Date>,
}

impl Verdict {
    pub const MATCH: Verdict = Verdict {
        status: Status::Match,
        reason: None,
        stale_since: None,
    };
    pub const MISMATCH: Verdict = Verdict {
        status: Status::Mismatch,
        reason: None,
        stale_since: None,
    };

    fn superseded(until: Option<Date>) -> Verdict {
        Verdict {
            status: Status::Stale,
            reason: Some(Reason::Superseded),
            stale_since: until,
        }
    }
}

/// The value a claim holds at `at`: its current value from `since` on, or
/// the `previously` entry that still held then.
pub fn expected_at(claim: &Claim, at: Date) -> &Expected {
    held_before_since(claim, at).map_or(&claim.expected, |p| &p.value)
}

/// The `previously` entry in force at `at`, when `at` is before the claim's `since`.
fn held_before_since(claim: &Claim, at: Date) -> Option<&Previous> {
    let since = claim.since?;
    if at >= since {
        return None;
    }
    claim
        .previously
        .iter()
        .filter(|p| p.until.is_some_and(|until| at < until))
        .min_by_key(|p| p.until)
}

/// Judges a found value (money, count, number, percent, quantity, duration,
/// date or ordinal) against `claim` at `at`.
pub fn judge_value(claim: &Claim, found: &Value, at: Date) -> Verdict {
    if states(expected_at(claim, at), found) {
        return Verdict::MATCH;
    }
    for previous in &claim.previously {
        if states(&previous.value, found) {
            return match previous.until {
                Some(until) if at < until => Verdict::MATCH,
                until => Verdict::superseded(until),
            };
        }
    }
    Verdict::MISMATCH
}

/// True when `found` states the `expected` value.
pub fn states(expected: &Expected, found: &Value) -> bool {
    match (expected, found) {
        (Expected::Value(expected), found) => same_value(expected, found),
        (
            Expected::Count {
                number:
                    Value::Number {
                        number: expected,
                        qualifier: expected_qualifier,
                    },
                ..
            },
            Value::Number {
                number: found,
                qualifier,
            },
        ) => expected.same_as(*found) && compatible(*expected_qualifier, *qualifier),
        _ => false,
    }
}

/// Equality of normalized values of the same kind.
pub fn same_value(expected: &Value, found: &Value) -> bool {
    use Value::*;
    match (expected, found) {
        (
            Money {
                amount: a,
                currency: ca,
                qualifier: qa,
            },
            Money {
                amount: b,
                currency: cb,
                qualifier: qb,
            },
        ) => {
            a.same_as(*b)
                && match (ca, cb) {
                    (Some(x), Some(y)) => x == y,
                    _ => true,
                }
                && compatible(*qa, *qb)
        }
        (
            Number {
                number: a,
                qualifier: qa,
            },
            Number {
                number: b,
                qualifier: qb,
            },
        )
        | (
            Percent {
                number: a,
                qualifier: qa,
            },
            Percent {
                number: b,
                qualifier: qb,
            },
        ) => a.same_as(*b) && compatible(*qa, *qb),
        (
            Quantity {
                number: a,
                unit: ua,
                qualifier: qa,
            },
            Quantity {
                number: b,
                unit: ub,
                qualifier: qb,
            },
        ) => a.same_as(*b) && ua.eq_ignore_ascii_case(ub) && compatible(*qa, *qb),
        (
            Duration {
                number: a,
                unit: ua,
                qualifier: qa,
            },
            Duration {
                number: b,
                unit: ub,
                qualifier: qb,
            },
        ) => {
            let scale = |m: Magnitude, s: f64| match m {
                Magnitude::Exact(v) => Magnitude::Exact(v * s),
                Magnitude::Range { min, max } => Magnitude::Range {
                    min: min * s,
                    max: max * s,
                },
            };
            scale(*a, ua.seconds()).same_as(scale(*b, ub.seconds())) && compatible(*qa, *qb)
        }
        (Date(a), Date(b)) => dates_agree(a, b),
        (Ordinal { number: a }, Ordinal { number: b }) => a == b,
        _ => false,
    }
}

/// Whether two hedges can describe the same amount: "about 170" and "170"
/// can, "at least 300" and "less than 300" cannot. A text that drops the
/// claim's hedge is less precise, not wrong.
pub fn compatible(a: Option<Qualifier>, b: Option<Qualifier>) -> bool {
    fn direction(q: Option<Qualifier>) -> i8 {
        match q {
            Some(Qualifier::AtLeast | Qualifier::MoreThan) => 1,
            Some(Qualifier::AtMost | Qualifier::LessThan) => -1,
            Some(Qualifier::About) | None => 0,
        }
    }
    direction(a) * direction(b) >= 0
}

/// Whether a date in the text agrees with the claimed date.
///
/// The same interval agrees. So does a single calendar unit that contains
/// the other: a text saying "in September" of a claimed Sept. 25 is less
/// precise but not wrong, and a text saying "Sept. 25" of a claimed
/// "September 2025" is more precise than the desk recorded. Ranges
/// ("from 2008 to 2011") must agree exactly.
pub fn dates_agree(expected: &DateValue, found: &DateValue) -> bool {
    if expected.start == found.start && expected.end == found.end {
        return true;
    }
    let contains = |outer: &DateValue, inner: &DateValue| {
        !outer.range && outer.start <= inner.start && inner.end <= outer.end
    };
    contains(found, expected) || contains(expected, found)
}

/// Words of a title, normalized: lowercase, apostrophes folded, dots and
/// other punctuation dropped, common abbreviations expanded ("Gen." ->
/// "general"), a leading article and leading time words ("then-", "current")
/// removed — the latter are judged by when a text was published, not by
/// their spelling.
pub fn title_words(title: &str) -> Vec<String> {
    let mut words: Vec<String> = title
        .split(|c: char| {
            c.is_whitespace() || c == '-' || c == '\u{2013}' || c == '\u{2014}' || c == ','
        })
        .map(|word| {
            word.chars()
                .filter_map(|c| match c {
                    '\u{2019}' | '\u{2018}' => Some('\''),
                    c if c.is_alphanumeric() || c == '\'' || c == '&' => Some(c),
                    _ => None,
                })
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|word| !word.is_empty())
        .map(|word| expand_abbreviation(&word).to_string())
        .collect();
    while let Some(first) = words.first() {
        if matches!(
            first.as_str(),
            "a" | "an"
                | "the"
                | "his"
                | "her"
                | "its"
                | "their"
                | "then"
                | "now"
                | "current"
                | "currently"
                | "new"
        ) {
            words.remove(0);
        } else {
            break;
        }
    }
    words
}

fn expand_abbreviation(word: &str) -> &str {
    match word {
        "gen" => "general",
        "lt" => "lieutenant",
        "col" => "colonel",
        "maj" => "major",
        "capt" => "captain",
        "sgt" => "sergeant",
        "adm" => "admiral",
        "cmdr" => "commander",
        "sen" => "senator",
        "rep" => "representative",
        "gov" => "governor",
        "pres" => "president",
        "amb" => "ambassador",
        "sec" => "secretary",
        "dr" => "doctor",
        "prof" => "professor",
        "supt" => "superintendent",
        "insp" => "inspector",
        other => other,
    }
}

/// Splits `words` into a sequence of known titles, longest first; returns
/// the index of each title used, or `None` when some words are no known title.
pub fn segment_title(words: &[String], known: &[Vec<String>]) -> Option<Vec<usize>> {
    // best[i]: a way to cover words[i..], as the index of the first title.
    let n = words.len();
    let mut next: Vec<Option<(usize, usize)>> = vec![None; n + 1];
    let mut covered = vec![false; n + 1];
    covered[n] = true;
    for start in (0..n).rev() {
        let mut best: Option<(usize, usize)> = None;
        for (index, title) in known.iter().enumerate() {
            let end = start + title.len();
            if title.is_empty() || end > n || !covered[end] || words[start..end] != title[..] {
                continue;
            }
            if best.is_none_or(|(_, best_end)| end > best_end) {
                best = Some((index, end));
            }
        }
        if let Some(choice) = best {
            covered[start] = true;
            next[start] = Some(choice);
        }
    }
    if n == 0 || !covered[0] {
        return None;
    }
    let mut parts = Vec::new();
    let mut at = 0;
    while at < n {
        let (index, end) = next[at]?;
        parts.push(index);
        at = end;
    }
    Some(parts)
}

/// Quoted words normalized for comparison: quote marks and apostrophes
/// folded, whitespace collapsed, case ignored, and the punctuation a quote
/// picks up at its edges ("I love Pakistan," -> "i love pakistan") dropped.
pub fn quote_text(text: &str) -> String {
    let folded: String = text
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '`' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' => '"',
            '\u{2013}' => '-',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    let collapsed = folded.split_whitespace().collect::<Vec<_>>().join(" ");
    collapsed
        .trim_matches(|c: char| c.is_whitespace() || ",.;:\"'…".contains(c))
        .to_string()
}

/// Words without the punctuation that clings to them ("priorities," ->
/// "priorities"), so that a changed comma is not a changed word.
fn bare_words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
}

/// Quoted words normalized once for the many comparisons a text needs.
pub struct QuoteWords {
    /// As [`quote_text`] normalizes them.
    pub text: String,
    /// The distinct words, to rule pairs out before comparing them in full.
    vocabulary: std::collections::HashSet<String>,
}

impl QuoteWords {
    pub fn new(quote: &str) -> QuoteWords {
        let text = quote_text(quote);
        let vocabulary = bare_words(&text).map(str::to_string).collect();
        QuoteWords { text, vocabulary }
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Whether one is part of the other: a text quoting part of the claimed
    /// words, or the claimed words being part of a longer quote.
    pub fn either_part_of(&self, other: &QuoteWords) -> bool {
        (self.covers(other) && self.text.contains(&other.text))
            || (other.covers(self) && other.text.contains(&self.text))
    }

    /// How many distinct words the two share.
    pub fn shared(&self, other: &QuoteWords) -> usize {
        other
            .vocabulary
            .iter()
            .filter(|w| self.vocabulary.contains(*w))
            .count()
    }

    fn covers(&self, other: &QuoteWords) -> bool {
        other.vocabulary.iter().all(|w| self.vocabulary.contains(w))
    }
}

/// How closely a quote in the text follows the claimed words: how many
/// words the two share in the same order, and the length in words of the
/// shorter one.
pub fn quote_similarity(claimed: &str, found: &str) -> (usize, usize) {
    let a: Vec<&str> = bare_words(claimed).collect();
    let b: Vec<&str> = bare_words(found).collect();
    if a.is_empty() || b.is_empty() {
        return (0, 0);
    }
    let diff = similar::capture_diff_slices(similar::Algorithm::Myers, &a, &b);
    let same: usize = diff
        .iter()
        .filter_map(|op| match op {
            similar::DiffOp::Equal { len, .. } => Some(*len),
            _ => None,
        })
        .sum();
    (same, a.len().min(b.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Grain, Kind};

    fn money(amount: f64, qualifier: Option<Qualifier>) -> Value {
        Value::Money {
            amount: Magnitude::Exact(amount),
            currency: Some("USD"),
            qualifier,
        }
    }

    fn day(y: i16, m: i8, d: i8) -> DateValue {
        let start = Date::new(y, m, d).unwrap();
        DateValue {
            start,
            end: start.tomorrow().unwrap(),
            grain: Grain::Day,
            modifier: None,
            range: false,
        }
    }

    fn period(start: (i16, i8, i8), end: (i16, i8, i8), grain: Grain, range: bool) -> DateValue {
        DateValue {
            start: Date::new(start.0, start.1, start.2).unwrap(),
            end: Date::new(end.0, end.1, end.2).unwrap(),
            grain,
            modifier: None,
            range,
        }
    }

    fn claim(expected: Value, previously: Vec<Previous>, since: Option<Date>) -> Claim {
        Claim {
            id: "c".into(),
            kind: Kind::Percent,
            written: String::new(),
            expected: Expected::Value(expected),
            about: vec![],
            person: None,
            speaker: None,
            severity: crate::claims::Severity::Error,
            required: false,
            previously,
            since,
            valid_from: None,
            valid_until: None,
            verified: None,
            review_every: None,
            source: None,
            note: None,
            line: 1,
        }
    }

    fn percent(n: f64) -> Value {
        Value::Percent {
            number: Magnitude::Exact(n),
            qualifier: None,
        }
    }

    #[test]
    fn values_compare_by_meaning() {
        #[track_caller]
        fn case(expected: Value, found: Value, same: bool) {
            assert_eq!(
                same_value(&expected, &found),
                same,
                "{expected:?} vs {found:?}"
            );
        }
        case(money(5e8, None), money(5e8, None), true);
        case(money(5e8, None), money(5.5e8, None), false);
        case(money(3e8, Some(Qualifier::AtLeast)), money(3e8, None), true);
        case(
            money(3e8, Some(Qualifier::AtLeast)),
            money(3e8, Some(Qualifier::MoreThan)),
            true,
        );
        case(
            money(3e8, Some(Qualifier::AtLeast)),
            money(3e8, Some(Qualifier::LessThan)),
            false,
        );
        case(
            money(5e8, None),
            Value::Money {
                amount: Magnitude::Exact(5e8),
                currency: Some("EUR"),
                qualifier: None,
            },
            false,
        );
        case(
            money(5e8, None),
            Value::Money {
                amount: Magnitude::Exact(5e8),
                currency: None,
                qualifier: None,
            },
            true,
        );
        case(
            Value::Money {
                amount: Magnitude::Range { min: 1e6, max: 1e9 },
                currency: Some("USD"),
                qualifier: None,
            },
            Value::Money {
                amount: Magnitude::Range {
                    min: 1e9,
                    max: 1e12,
                },
                currency: Some("USD"),
                qualifier: None,
            },
            false,
        );
        case(percent(50.0), percent(50.0), true);
        case(percent(50.0), percent(25.0), false);
        case(
            Value::Duration {
                number: Magnitude::Exact(2.0),
                unit: crate::extract::TimeUnit::Week,
                qualifier: None,
            },
            Value::Duration {
                number: Magnitude::Exact(14.0),
                unit: crate::extract::TimeUnit::Day,
                qualifier: None,
            },
            true,
        );
        case(
            Value::Duration {
                number: Magnitude::Exact(14.0),
                unit: crate::extract::TimeUnit::Year,
                qualifier: None,
            },
            Value::Duration {
                number: Magnitude::Exact(15.0),
                unit: crate::extract::TimeUnit::Year,
                qualifier: None,
            },
            false,
        );
        case(
            Value::Quantity {
                number: Magnitude::Exact(230_000.0),
                unit: "square mile".into(),
                qualifier: Some(Qualifier::MoreThan),
            },
            Value::Quantity {
                number: Magnitude::Exact(230_000.0),
                unit: "square mile".into(),
                qualifier: None,
            },
            true,
        );
        case(
            Value::Quantity {
                number: Magnitude::Exact(230_000.0),
                unit: "square mile".into(),
                qualifier: None,
            },
            Value::Quantity {
                number: Magnitude::Exact(230_000.0),
                unit: "square kilometer".into(),
                qualifier: None,
            },
            false,
        );
        case(
            Value::Ordinal { number: 2 },
            Value::Ordinal { number: 2 },
            true,
        );
        case(
            Value::Ordinal { number: 2 },
            Value::Ordinal { number: 3 },
            false,
        );
        case(
            percent(50.0),
            Value::Number {
                number: Magnitude::Exact(50.0),
                qualifier: None,
            },
            false,
        );
    }

    #[test]
    fn dates_agree_when_one_unit_contains_the_other() {
        #[track_caller]
        fn case(expected: DateValue, found: DateValue, agree: bool) {
            assert_eq!(
                dates_agree(&expected, &found),
                agree,
                "{expected:?} vs {found:?}"
            );
        }
        let sept = period((2025, 9, 1), (2025, 10, 1), Grain::Month, false);
        let year = period((2025, 1, 1), (2026, 1, 1), Grain::Year, false);
        let served = period((2008, 1, 1), (2012, 1, 1), Grain::Year, true);
        case(day(2025, 9, 25), day(2025, 9, 25), true);
        case(day(2025, 9, 25), day(2025, 9, 24), false);
        case(day(2025, 9, 25), sept, true);
        case(sept, day(2025, 9, 25), true);
        case(
            sept,
            period((2025, 10, 1), (2025, 11, 1), Grain::Month, false),
            false,
        );
        case(
            year,
            period((2025, 1, 1), (2025, 11, 24), Grain::PartOfYear, false),
            true,
        );
        case(
            year,
            period((2024, 1, 1), (2025, 1, 1), Grain::Year, false),
            false,
        );
        case(served, served, true);
        case(
            served,
            period((2009, 1, 1), (2012, 1, 1), Grain::Year, true),
            false,
        );
        case(
            served,
            period((2008, 1, 1), (2013, 1, 1), Grain::Year, true),
            false,
        );
    }

    #[test]
    fn superseded_values_are_stale_after_their_until() {
        let raised = Date::new(2025, 8, 27).unwrap();
        let tariff = claim(
            percent(50.0),
            vec![Previous {
                written: "25 percent".into(),
                value: Expected::Value(percent(25.0)),
                until: Some(raised),
            }],
            Some(raised),
        );
        #[track_caller]
        fn case(claim: &Claim, found: f64, at: Date, status: Status, reason: Option<Reason>) {
            let verdict = judge_value(claim, &percent(found), at);
            assert_eq!(
                (verdict.status, verdict.reason),
                (status, reason),
                "{found} at {at}"
            );
        }
        let before = Date::new(2025, 8, 1).unwrap();
        let after = Date::new(2025, 11, 24).unwrap();
        case(&tariff, 50.0, after, Status::Match, None);
        case(
            &tariff,
            25.0,
            after,
            Status::Stale,
            Some(Reason::Superseded),
        );
        case(&tariff, 25.0, before, Status::Match, None);
        case(&tariff, 50.0, before, Status::Mismatch, None);
        case(&tariff, 30.0, after, Status::Mismatch, None);
        let plain = claim(
            percent(50.0),
            vec![Previous {
                written: "40 percent".into(),
                value: Expected::Value(percent(40.0)),
                until: None,
            }],
            None,
        );
        case(
            &plain,
            40.0,
            before,
            Status::Stale,
            Some(Reason::Superseded),
        );
    }

    #[test]
    fn titles_normalize_and_segment() {
        #[track_caller]
        fn case(title: &str, words: &[&str]) {
            assert_eq!(title_words(title), words, "{title:?}");
        }
        case("Gen.", &["general"]);
        case("the Pakistani ambassador", &["pakistani", "ambassador"]);
        case("then-Prime Minister", &["prime", "minister"]);
        case(
            "Pakistan’s current ambassador",
            &["pakistan's", "current", "ambassador"],
        );
        case("U.S. Vice President", &["us", "vice", "president"]);
        case(
            "new U.S. ambassador to New Delhi",
            &["us", "ambassador", "to", "new", "delhi"],
        );

        let known: Vec<Vec<String>> = ["Pakistan Chief of the Army Staff", "Gen.", "Field Marshal"]
            .iter()
            .map(|t| title_words(t))
            .collect();
        #[track_caller]
        fn seg(known: &[Vec<String>], text: &str, parts: Option<Vec<usize>>) {
            assert_eq!(segment_title(&title_words(text), known), parts, "{text:?}");
        }
        seg(
            &known,
            "Pakistan Chief of the Army Staff Gen.",
            Some(vec![0, 1]),
        );
        seg(&known, "Field Marshal", Some(vec![2]));
        seg(&known, "General", Some(vec![1]));
        seg(&known, "Lt. Gen.", None);
        seg(&known, "Chief of the Army Staff", None);
    }

    #[test]
    fn quotes_compare_by_words() {
        assert_eq!(quote_text("“I love Pakistan,”"), "i love pakistan");
        assert_eq!(
            quote_text(" They’ve  gamed Trump’s personality, "),
            "they've gamed trump's personality"
        );
        assert_eq!(
            quote_similarity("i love pakistan", "i like pakistan"),
            (2, 3)
        );
        assert_eq!(
            quote_similarity("you're the man this world needed", "the man"),
            (2, 2)
        );
        assert_eq!(quote_similarity("great people", "crypto capital").0, 0);
        let claim = QuoteWords::new("You’re the man this world needed most");
        assert!(claim.either_part_of(&QuoteWords::new("“the man this world needed,”")));
        assert!(QuoteWords::new("the man").either_part_of(&claim));
        assert!(!claim.either_part_of(&QuoteWords::new("the man this world wanted")));
        assert!(!claim.either_part_of(&QuoteWords::new("the ma")));
        assert_eq!(claim.shared(&QuoteWords::new("this man, this world")), 3);
    }
}
