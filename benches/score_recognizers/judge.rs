//! Per-model matching rules: which extractor answers a spec file, and when
//! one of its values counts as an expected result. The rules are listed in
//! the bench's own `//!` doc and in the README; this module implements them.

use super::spec::{Case, Expected};
use factlint::extract::{
    date::dates, duration::durations, money::money, numeric::numbers, ordinal::ordinals,
    percent::percents, quantity::quantities, DateMod, DateValue, Extracted, Magnitude, Origin,
    Qualifier, Value,
};
use jiff::civil::Date;
use jiff::ToSpan;
use serde_json::Value as Json;

/// The Recognizers model (or parser, or extractor) a spec file tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Model {
    Number,
    NumberRange,
    Ordinal,
    Percent,
    Currency,
    Dimension,
    DateParser,
    DatePeriodParser,
    DurationParser,
    DateExtractor,
    DatePeriodExtractor,
    DurationExtractor,
}

/// Reference date for extractor files, whose cases give none; it is the one
/// most parser cases use, and span-only scoring barely depends on it.
pub const DEFAULT_REFERENCE: Date = jiff::civil::date(2016, 11, 7);

impl Model {
    /// The model a spec file tests, from its file name without `.json`.
    pub fn from_stem(stem: &str) -> Option<Model> {
        Some(match stem {
            "NumberModel" => Model::Number,
            "NumberRangeModel" => Model::NumberRange,
            "OrdinalModel" => Model::Ordinal,
            "PercentModel" => Model::Percent,
            "CurrencyModel" => Model::Currency,
            "DimensionModel" => Model::Dimension,
            "DateParser" => Model::DateParser,
            "DatePeriodParser" => Model::DatePeriodParser,
            "DurationParser" => Model::DurationParser,
            "DateExtractor" => Model::DateExtractor,
            "DatePeriodExtractor" => Model::DatePeriodExtractor,
            "DurationExtractor" => Model::DurationExtractor,
            _ => return None,
        })
    }

    /// What factlint's matching extractor finds in a case's input.
    pub fn extract(self, case: &Case) -> Vec<Extracted> {
        let text = case.input.as_str();
        match self {
            Model::Number | Model::NumberRange => numbers(text),
            Model::Ordinal => ordinals(text),
            Model::Percent => percents(text),
            Model::Currency => money(text),
            Model::Dimension => quantities(text),
            Model::DateParser
            | Model::DatePeriodParser
            | Model::DateExtractor
            | Model::DatePeriodExtractor => {
                dates(text, case.reference.unwrap_or(DEFAULT_REFERENCE))
            }
            Model::DurationParser | Model::DurationExtractor => durations(text),
        }
    }

    /// Whether a found value is of the file's kind, for cases that expect
    /// nothing. A number range file's kind is a range or a bound, not any
    /// number.
    pub fn reports(self, found: &Extracted) -> bool {
        match self {
            // Recognizers reads temperatures with a TemperatureModel of
            // their own, so its DimensionModel reports none.
            Model::Dimension => match &found.value {
                Value::Quantity { unit, .. } => !temperature(unit),
                _ => true,
            },
            Model::NumberRange => match &found.value {
                Value::Number { number, qualifier } => {
                    matches!(number, Magnitude::Range { .. } | Magnitude::Vague { .. })
                        || bound(*qualifier).is_some()
                }
                _ => false,
            },
            _ => true,
        }
    }

    /// Whether `found` (everything the extractor reported for the case)
    /// holds the expected result: an overlapping span and an equal value.
    pub fn finds(self, expected: &Expected, found: &[Extracted]) -> bool {
        let near: Vec<&Extracted> = found
            .iter()
            .filter(|f| f.span.overlaps(expected.span))
            .collect();
        let r = &expected.resolution;
        // A null value ("percent" alone, "a percentage") states no amount:
        // found by a value of the kind that states none either.
        if r.get("value")
            .is_some_and(|v| v.is_null() || v.as_str() == Some("null"))
        {
            return near.iter().any(|f| f.value == Value::Unstated);
        }
        match self {
            Model::DateExtractor | Model::DatePeriodExtractor | Model::DurationExtractor => {
                !near.is_empty()
            }
            Model::Number => {
                let Some(want) = number(r.get("value")) else {
                    return false;
                };
                near.iter().any(|f| match &f.value {
                    Value::Number { number, .. } => same(*number, want),
                    _ => false,
                })
            }
            Model::Percent => {
                let Some(want) = r
                    .get("value")
                    .and_then(Json::as_str)
                    .and_then(|s| s.trim().strip_suffix('%'))
                    .and_then(|s| s.trim().parse().ok())
                else {
                    return false;
                };
                near.iter().any(|f| match &f.value {
                    Value::Percent { number, .. } => same(*number, want),
                    _ => false,
                })
            }
            Model::Ordinal => {
                // `relativeTo` is "start" for numbered ordinals ("third"),
                // "end" or "current" for "last", "next"; `offset` counts
                // from there ("end-1" is "penultimate").
                let Some(offset) = number(r.get("offset")).or_else(|| number(r.get("value")))
                else {
                    return false;
                };
                let origin = match r.get("relativeTo").and_then(Json::as_str) {
                    None | Some("start") => None,
                    Some("end") => Some(Origin::End),
                    Some("current") => Some(Origin::Current),
                    Some(_) => return false,
                };
                near.iter().any(|f| match (&f.value, origin) {
                    (Value::Ordinal { number }, None) => *number as f64 == offset,
                    (
                        Value::RelativeOrdinal {
                            relative_to,
                            offset: got,
                        },
                        Some(origin),
                    ) => *relative_to == origin && *got as f64 == offset,
                    _ => false,
                })
            }
            Model::NumberRange => {
                let Some(want) = r.get("value").and_then(Json::as_str).and_then(interval) else {
                    return false;
                };
                range_found(&want, &near)
            }
            Model::Currency => {
                let Some(value) = number(r.get("value")) else {
                    return false;
                };
                let unit = r.get("unit").and_then(Json::as_str).unwrap_or("");
                let iso = r.get("isoCurrency").and_then(Json::as_str);
                let amounts = [value, value / subunits(unit)];
                near.iter().any(|f| match &f.value {
                    Value::Money {
                        amount, currency, ..
                    } => {
                        amounts.iter().any(|&a| same(*amount, a))
                            && iso.is_none_or(|code| *currency == Some(code))
                    }
                    _ => false,
                })
            }
            Model::Dimension => {
                let Some(value) = number(r.get("value")) else {
                    return false;
                };
                let unit = r.get("unit").and_then(Json::as_str).unwrap_or("");
                let want_units = unit_names(unit);
                near.iter().any(|f| match &f.value {
                    Value::Quantity {
                        number, unit: got, ..
                    } => same(*number, value) && want_units.contains(got),
                    _ => false,
                })
            }
            Model::DurationParser => {
                let Some(want) = number(r.pointer("/FutureResolution/duration")) else {
                    return false;
                };
                let seconds: Vec<f64> = near
                    .iter()
                    .filter_map(|f| match &f.value {
                        Value::Duration {
                            number: Magnitude::Exact(n),
                            unit,
                            ..
                        } => Some(n * recognizers_seconds(*unit)),
                        _ => None,
                    })
                    .collect();
                // "1 year 1 month 21 days" may come as one duration per unit.
                seconds.iter().any(|&s| close(s, want)) || close(seconds.iter().sum(), want)
            }
            Model::DateParser | Model::DatePeriodParser => {
                let resolutions = ["FutureResolution", "PastResolution"].map(|k| r.get(k));
                let empty = resolutions
                    .iter()
                    .all(|res| res.and_then(Json::as_object).is_none_or(|o| o.is_empty()));
                if empty {
                    // Seasons ("this summer") resolve to no dates at all.
                    return !near.is_empty();
                }
                // A day that does not exist ("Feb 30") resolves to the
                // sentinel 0001-01-01 both ways: a date stated without a
                // real day, like a null value.
                let sentinel = resolutions.iter().all(|res| {
                    res.and_then(|o| o.get("date"))
                        .and_then(Json::as_str)
                        .is_some_and(|d| d == "0001-01-01")
                });
                if sentinel {
                    return near.iter().any(|f| f.value == Value::Unstated);
                }
                near.iter().any(|f| match &f.value {
                    Value::Date(d) => resolutions
                        .iter()
                        .flatten()
                        .any(|res| date_matches(self, res, d)),
                    _ => false,
                })
            }
        }
    }
}

/// One end of a Recognizers interval: its number and whether it is closed.
#[derive(Debug, PartialEq)]
struct End {
    value: f64,
    closed: bool,
}

/// A Recognizers number range, "[10,20)", "(30,)", "(,100]".
#[derive(Debug, PartialEq)]
struct Interval {
    low: Option<End>,
    high: Option<End>,
}

fn interval(s: &str) -> Option<Interval> {
    let s = s.trim();
    let low_closed = match s.chars().next()? {
        '[' => true,
        '(' => false,
        _ => return None,
    };
    let high_closed = match s.chars().last()? {
        ']' => true,
        ')' => false,
        _ => return None,
    };
    let (low, high) = s.get(1..s.len() - 1)?.split_once(',')?;
    let end = |t: &str, closed| -> Option<Option<End>> {
        let t = t.trim();
        if t.is_empty() {
            return Some(None);
        }
        Some(Some(End {
            value: t.parse().ok()?,
            closed,
        }))
    };
    Some(Interval {
        low: end(low, low_closed)?,
        high: end(high, high_closed)?,
    })
}

/// Which side a qualifier bounds, and whether it includes the number:
/// `(true, closed)` for a lower bound.
fn bound(q: Option<Qualifier>) -> Option<(bool, bool)> {
    match q? {
        Qualifier::MoreThan => Some((true, false)),
        Qualifier::AtLeast => Some((true, true)),
        Qualifier::LessThan => Some((false, false)),
        Qualifier::AtMost => Some((false, true)),
        Qualifier::About => None,
    }
}

fn range_found(want: &Interval, near: &[&Extracted]) -> bool {
    let numbers: Vec<(Magnitude, Option<Qualifier>)> = near
        .iter()
        .filter_map(|f| match &f.value {
            Value::Number { number, qualifier } => Some((*number, *qualifier)),
            _ => None,
        })
        .collect();
    // A number with a qualifier states one end exactly, open or closed.
    let states_end = |end: &End, lower: bool| {
        numbers.iter().any(|&(n, q)| {
            matches!(n, Magnitude::Exact(v) if close(v, end.value))
                && bound(q) == Some((lower, end.closed))
        })
    };
    match (&want.low, &want.high) {
        (Some(low), Some(high)) if low.closed && high.closed && close(low.value, high.value) => {
            // "equal to 20" is [20,20]: the plain number.
            numbers
                .iter()
                .any(|&(n, q)| q.is_none() && same(n, low.value))
        }
        (Some(low), Some(high)) => {
            // factlint's ranges carry no open or closed ends; Recognizers
            // writes "between 20 and 30" and "20 through 100" as half-open
            // by convention, so only the two numbers are compared.
            let as_range = numbers.iter().any(|&(n, _)| {
                matches!(n, Magnitude::Range { min, max } | Magnitude::Vague { min, max }
                    if close(min, low.value) && close(max, high.value))
            });
            as_range || (states_end(low, true) && states_end(high, false))
        }
        (Some(low), None) => states_end(low, true),
        (None, Some(high)) => states_end(high, false),
        (None, None) => false,
    }
}

fn date_matches(model: Model, res: &Json, found: &DateValue) -> bool {
    let date = |key: &str| -> Option<Date> { res.get(key)?.as_str()?.parse().ok() };
    if model == Model::DateParser {
        return date("date")
            .is_some_and(|d| found.start == d && d.tomorrow().is_ok_and(|next| found.end == next));
    }
    let (start, end) = (date("startDate"), date("endDate"));
    if start.is_none() && end.is_none() {
        return false;
    }
    let start_ok = start.is_none_or(|s| found.start == s);
    // Recognizers ends are exclusive ("February" is 02-01..03-01), except
    // that between two stated dates the end is the start of the second one:
    // "from 4 to 22" ends on the 22nd, "2014-2018" on 2018-01-01, "to Feb
    // 2018" on 2018-02-01. factlint's exclusive end closes that last day,
    // week, month or year instead, so a factlint range also matches an end
    // one such unit earlier.
    // "before May 15" (and "more than 2 weeks before today"): factlint
    // keeps the day and marks it `before`; Recognizers gives the open
    // stretch that ends where the day begins.
    let before = start.is_none() && found.modifier == Some(DateMod::Before);
    let end_ok = end.is_none_or(|e| {
        found.end == e
            || (before && found.start == e)
            || (found.range
                && [1.day(), 1.week(), 1.month(), 1.year()]
                    .into_iter()
                    .any(|unit| e.checked_add(unit).is_ok_and(|next| next == found.end)))
    });
    start_ok && end_ok
}

/// Seconds in a unit as Recognizers counts them: 30-day months, 365-day years.
fn recognizers_seconds(unit: factlint::extract::TimeUnit) -> f64 {
    use factlint::extract::TimeUnit::*;
    const DAY: f64 = 86_400.0;
    match unit {
        Second => 1.0,
        Minute => 60.0,
        Hour => 3_600.0,
        Day => DAY,
        Week => 7.0 * DAY,
        Month => 30.0 * DAY,
        Year => 365.0 * DAY,
        Decade => 3_650.0 * DAY,
        Century => 36_500.0 * DAY,
    }
}

/// How many of a currency's subunit make its main unit, for Recognizers
/// units that are subunits ("50 cents" has value 50, unit "Cent"), so that
/// factlint's $0.50 matches too; 1 for every other unit.
fn subunits(unit: &str) -> f64 {
    match unit {
        "Cent" | "Penny" | "Pence" | "Sen" => 100.0,
        "Satoshi" => 1e8,
        _ => 1.0,
    }
}

/// Recognizers dimension unit names and factlint's canonical unit names
/// (lowercase singular). Names not listed compare lowercased. A name listed
/// twice has two factlint names: Recognizers' "Ton" is what the text calls
/// a ton or a tonne ("25 lakh tonnes", "100t"), only "metric ton" being its
/// "Metric ton".
static UNITS: &[(&str, &str)] = &[
    ("Acre", "acre"),
    ("Barrel", "barrel"),
    ("Bit", "bit"),
    ("Centimeter per millisecond", "centimeter per millisecond"),
    ("Cubic foot", "cubic foot"),
    ("Cup", "cup"),
    ("Decimeter", "decimeter"),
    ("Degree", "degree"),
    ("Dram", "dram"),
    ("Foot", "foot"),
    ("Gallon", "gallon"),
    ("Gram", "gram"),
    ("Inch", "inch"),
    ("Kilogram", "kilogram"),
    ("Kilometer", "kilometer"),
    ("Kilometer per hour", "kilometer per hour"),
    ("Kilometer per millisecond", "kilometer per millisecond"),
    ("Megabit", "megabit"),
    ("Megabyte", "megabyte"),
    ("Meter", "meter"),
    ("Meter per millisecond", "meter per millisecond"),
    ("Metric ton", "tonne"),
    ("Microgram", "microgram"),
    ("Mile", "mile"),
    ("Mile per hour", "mile per hour"),
    ("Milliliter", "milliliter"),
    ("Millimeter", "millimeter"),
    ("Ounce", "ounce"),
    ("Picometer", "picometer"),
    ("Pound", "pound"),
    ("Radian", "radian"),
    ("Square kilometer", "square kilometer"),
    ("Square meter", "square meter"),
    ("Tablespoon", "tablespoon"),
    ("Teaspoon", "teaspoon"),
    ("Ton", "ton"),
    ("Ton", "tonne"),
    ("Turn", "turn"),
];

fn unit_names(recognizers: &str) -> Vec<String> {
    let listed: Vec<String> = UNITS
        .iter()
        .filter(|(r, _)| *r == recognizers)
        .map(|(_, f)| f.to_string())
        .collect();
    if listed.is_empty() {
        vec![recognizers.to_lowercase()]
    } else {
        listed
    }
}

/// factlint's temperature units, which Recognizers' DimensionModel does not
/// report.
fn temperature(unit: &str) -> bool {
    matches!(unit, "degree Celsius" | "degree Fahrenheit")
}

/// A resolution value as a number: "192", "1.5", "1E-07"; `None` for null,
/// "null" or words.
fn number(v: Option<&Json>) -> Option<f64> {
    match v? {
        Json::String(s) => s.trim().parse().ok(),
        Json::Number(n) => n.as_f64(),
        _ => None,
    }
}

/// Equal up to the rounding of Recognizers' 15-digit decimals ("0.666666666666667").
fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// An exact factlint magnitude equal to `want`; ranges never equal a number.
fn same(m: Magnitude, want: f64) -> bool {
    matches!(m, Magnitude::Exact(v) if close(v, want))
}
