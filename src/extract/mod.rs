//! Extractors: pure functions from a piece of text to the values it states.
//!
//! Every extractor takes a `&str` (usually one sentence) and returns
//! [`Extracted`] values whose [`Span`]s are byte offsets into that same
//! string; the caller shifts them into document coordinates. None of them
//! does I/O or keeps state between calls, so each is tested with a table of
//! phrases and the values they must yield.
//!
//! News prose is written by hand for people, not for parsers: numbers come as
//! digits or words ("thirteen", "half a dozen"), dates lean on the
//! publication date ("in June", "earlier this year") and titles run straight
//! into names. No general-purpose crate reads these the way a copy editor
//! does, so the grammars here are written by hand, one module per kind.

pub mod date;
pub mod duration;
pub mod money;
pub mod numeric;
pub mod ordinal;
pub mod percent;
pub mod quantity;
pub mod quote;
#[cfg(test)]
mod testing;
pub mod title;

use jiff::civil::Date;
use serde::Serialize;

/// Spans sorted by start, with the furthest end reached by those up to
/// each: whether any of them holds or overlaps a given span is a binary
/// search, not a scan, so asking it once per mention or value of a long
/// text stays linear-logarithmic.
pub(crate) struct SpanReach {
    by_start: Vec<Span>,
    reach: Vec<usize>,
}

impl SpanReach {
    pub(crate) fn new(spans: impl IntoIterator<Item = Span>) -> SpanReach {
        let mut by_start: Vec<Span> = spans.into_iter().collect();
        by_start.sort_unstable_by_key(|s| s.start);
        let reach = by_start
            .iter()
            .scan(0, |furthest, s| {
                *furthest = s.end.max(*furthest);
                Some(*furthest)
            })
            .collect();
        SpanReach { by_start, reach }
    }

    /// Whether one of the spans holds `span` whole: one opening at or
    /// before it reaches past its end.
    pub(crate) fn holds(&self, span: Span) -> bool {
        let opened = self.by_start.partition_point(|s| s.start <= span.start);
        opened > 0 && self.reach[opened - 1] >= span.end
    }

    /// Whether one of the spans overlaps `span`: one opening before its
    /// end reaches past its start.
    pub(crate) fn overlaps(&self, span: Span) -> bool {
        let before = self.by_start.partition_point(|s| s.start < span.end);
        before > 0 && self.reach[before - 1] > span.start
    }
}

/// A half-open byte range `start..end` into the text an extractor was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// The same range moved right by `offset` bytes.
    pub fn shifted(self, offset: usize) -> Span {
        Span::new(self.start + offset, self.end + offset)
    }

    /// Bytes between two spans; zero when they touch or overlap.
    pub fn gap(self, other: Span) -> usize {
        other
            .start
            .saturating_sub(self.end)
            .max(self.start.saturating_sub(other.end))
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
}

/// A hedge in front of an amount: "about $5m", "at least 300", "more than 230,000".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    About,
    AtLeast,
    AtMost,
    MoreThan,
    LessThan,
}

impl Qualifier {
    /// The words a claim or replacement uses for this qualifier.
    pub fn words(self) -> &'static str {
        match self {
            Qualifier::About => "about",
            Qualifier::AtLeast => "at least",
            Qualifier::AtMost => "at most",
            Qualifier::MoreThan => "more than",
            Qualifier::LessThan => "less than",
        }
    }
}

/// A number as stated: one value; a range whose bounds the text states
/// ("between 10 and 20", "10-20 million"); or a vague amount the text
/// leaves open ("hundreds of millions", "several years"), with `min`
/// inclusive and `max` exclusive. The two kinds of range judge differently:
/// stated bounds must agree, while a vague amount holds any value of its
/// order.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Magnitude {
    Exact(f64),
    Range { min: f64, max: f64 },
    Vague { min: f64, max: f64 },
}

impl Magnitude {
    pub fn min(self) -> f64 {
        match self {
            Magnitude::Exact(v) => v,
            Magnitude::Range { min, .. } | Magnitude::Vague { min, .. } => min,
        }
    }

    pub fn max(self) -> f64 {
        match self {
            Magnitude::Exact(v) => v,
            Magnitude::Range { max, .. } | Magnitude::Vague { max, .. } => max,
        }
    }

    /// The same kind of amount, every bound multiplied by `factor`.
    pub fn scaled(self, factor: f64) -> Magnitude {
        match self {
            Magnitude::Exact(v) => Magnitude::Exact(v * factor),
            Magnitude::Range { min, max } => Magnitude::Range {
                min: min * factor,
                max: max * factor,
            },
            Magnitude::Vague { min, max } => Magnitude::Vague {
                min: min * factor,
                max: max * factor,
            },
        }
    }

    /// Whether the amount is a real number: a figure of 309 digits or more
    /// ("999…9", "1e400 billion") overflows to infinity, and stands for a
    /// value too large to compare.
    pub fn is_finite(self) -> bool {
        self.min().is_finite() && self.max().is_finite()
    }

    /// Equal values, allowing for the rounding of decimal fractions
    /// ("1.5 million" parsed as 1.5 * 1e6).
    pub fn same_as(self, other: Magnitude) -> bool {
        fn close(a: f64, b: f64) -> bool {
            (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
        }
        close(self.min(), other.min()) && close(self.max(), other.max())
    }
}

/// Units of time, for durations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeUnit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
}

impl TimeUnit {
    /// Length in seconds, with months and years at their mean length; used to
    /// compare "two weeks" with "14 days".
    pub fn seconds(self) -> f64 {
        match self {
            TimeUnit::Second => 1.0,
            TimeUnit::Minute => 60.0,
            TimeUnit::Hour => 3600.0,
            TimeUnit::Day => 86_400.0,
            TimeUnit::Week => 604_800.0,
            TimeUnit::Month => 2_629_746.0,
            TimeUnit::Year => 31_556_952.0,
            TimeUnit::Decade => 315_569_520.0,
            TimeUnit::Century => 3_155_695_200.0,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            TimeUnit::Second => "second",
            TimeUnit::Minute => "minute",
            TimeUnit::Hour => "hour",
            TimeUnit::Day => "day",
            TimeUnit::Week => "week",
            TimeUnit::Month => "month",
            TimeUnit::Year => "year",
            TimeUnit::Decade => "decade",
            TimeUnit::Century => "century",
        }
    }
}

/// How finely a date is stated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Grain {
    Day,
    Week,
    /// A part of a month: "early May", "mid-November".
    PartOfMonth,
    Month,
    Quarter,
    /// A part of a year, or an open stretch of one: "earlier this year".
    PartOfYear,
    Year,
    Decade,
    Century,
}

/// A hedge or direction on a date: "early May", "before 2020", "since March".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateMod {
    Early,
    Mid,
    Late,
    Before,
    After,
    Since,
    Until,
}

/// A calendar interval: `start` inclusive, `end` exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct DateValue {
    pub start: Date,
    pub end: Date,
    pub grain: Grain,
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<DateMod>,
    /// A stretch between two stated dates ("from 2008 to 2011"), as opposed
    /// to one calendar unit ("2011", "May").
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub range: bool,
}

/// Where a relative ordinal counts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// The last item: "last" is end+0, "penultimate" end-1.
    End,
    /// The item at hand: "next" is current+1, "previous" current-1.
    Current,
}

impl Origin {
    pub fn name(self) -> &'static str {
        match self {
            Origin::End => "end",
            Origin::Current => "current",
        }
    }
}

/// A value found in text, normalized so that equivalent spellings compare
/// equal ("$500m" and "500 million dollars").
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    Number {
        number: Magnitude,
        #[serde(skip_serializing_if = "Option::is_none")]
        qualifier: Option<Qualifier>,
    },
    Money {
        amount: Magnitude,
        /// ISO 4217 code where the text names or implies one.
        #[serde(skip_serializing_if = "Option::is_none")]
        currency: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        qualifier: Option<Qualifier>,
    },
    Percent {
        number: Magnitude,
        #[serde(skip_serializing_if = "Option::is_none")]
        qualifier: Option<Qualifier>,
    },
    Quantity {
        number: Magnitude,
        /// Canonical singular unit name: "square mile", "kilogram".
        unit: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        qualifier: Option<Qualifier>,
    },
    Duration {
        number: Magnitude,
        unit: TimeUnit,
        #[serde(skip_serializing_if = "Option::is_none")]
        qualifier: Option<Qualifier>,
    },
    Date(DateValue),
    /// A position counted from the start: "third", "21st".
    Ordinal {
        number: i64,
    },
    /// A position counted from the end or from the item at hand, which the
    /// text does not number: "last" (end+0), "penultimate" (end-1), "next"
    /// (current+1). It says nothing about a numbered position, so it is
    /// compared only with other relative ordinals.
    RelativeOrdinal {
        relative_to: Origin,
        offset: i64,
    },
    /// A kind of value named without stating one: "a percentage", "the % of
    /// increase". It carries nothing to compare, so it never matches nor
    /// contradicts a claim.
    Unstated,
    Title {
        person: String,
        title: String,
    },
    Quote {
        #[serde(skip_serializing_if = "Option::is_none")]
        speaker: Option<String>,
        text: String,
    },
}

impl Value {
    /// The amount a value states, for the kinds that state one.
    pub fn magnitude(&self) -> Option<Magnitude> {
        match self {
            Value::Number { number, .. }
            | Value::Percent { number, .. }
            | Value::Quantity { number, .. }
            | Value::Duration { number, .. } => Some(*number),
            Value::Money { amount, .. } => Some(*amount),
            _ => None,
        }
    }
}

/// The kinds of value, as named in claims files and reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Money,
    Count,
    Number,
    Percent,
    Quantity,
    Duration,
    Date,
    Ordinal,
    Title,
    Quote,
    /// A name that carries a number ("SARS-CoV-2", "Windows 11", "49ers"):
    /// no value, so never extracted nor claimed, but source mode checks
    /// that the source writes each one a summary writes.
    Identifier,
}

impl Kind {
    /// The kinds a claim can have (every kind but [`Kind::Identifier`]).
    pub const ALL: [Kind; 10] = [
        Kind::Money,
        Kind::Count,
        Kind::Number,
        Kind::Percent,
        Kind::Quantity,
        Kind::Duration,
        Kind::Date,
        Kind::Ordinal,
        Kind::Title,
        Kind::Quote,
    ];

    /// The key that holds a value of this kind in a claims file.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Money => "money",
            Kind::Count => "count",
            Kind::Number => "number",
            Kind::Percent => "percent",
            Kind::Quantity => "quantity",
            Kind::Duration => "duration",
            Kind::Date => "date",
            Kind::Ordinal => "ordinal",
            Kind::Title => "title",
            Kind::Quote => "quote",
            Kind::Identifier => "identifier",
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

/// One value found in text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Extracted {
    pub kind: Kind,
    pub span: Span,
    pub value: Value,
}

impl Extracted {
    pub fn shifted(mut self, offset: usize) -> Extracted {
        self.span = self.span.shifted(offset);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::{Span, SpanReach};

    #[test]
    fn span_reach_holds_and_overlaps_as_a_scan_would() {
        // A long span opening first reaches past shorter ones after it.
        let spans = [Span::new(0, 50), Span::new(10, 12), Span::new(60, 70)];
        let reach = SpanReach::new(spans);
        let rows = [
            // (span, held whole, overlapped)
            (Span::new(20, 30), true, true),
            (Span::new(45, 55), false, true),
            (Span::new(50, 60), false, false),
            (Span::new(60, 70), true, true),
            (Span::new(69, 75), false, true),
            (Span::new(70, 80), false, false),
        ];
        for (span, held, overlapped) in rows {
            assert_eq!(reach.holds(span), held, "holds {span:?}");
            assert_eq!(reach.overlaps(span), overlapped, "overlaps {span:?}");
            // The same answers as asking every span.
            assert_eq!(
                held,
                spans
                    .iter()
                    .any(|s| s.start <= span.start && span.end <= s.end)
            );
            assert_eq!(overlapped, spans.iter().any(|s| s.overlaps(span)));
        }
        assert!(!SpanReach::new([]).holds(Span::new(0, 0)));
    }
}
