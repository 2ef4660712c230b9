//! Whether one value a source states supports a value a summary states.
//!
//! A summary restates its source, often less precisely, so support is wider
//! than the claims judge's equality ([`crate::judge::same_value`], which
//! every rule here starts from):
//!
//! - **Rounding**: a figure is read to the precision it is written in, its
//!   last written digit: "$3 billion" is supported by $3.1 billion (3.1
//!   rounds to 3), "14 percent" by 13.8 percent, but "13 percent" is not
//!   (13.8 rounds to 14) and "$30 billion" is not supported by $25 billion
//!   (a written zero is a digit). Words ("three", "two million") are exact.
//! - **Hedges**: "about 5" holds a value within a tenth of it; "more than
//!   200" (or "at least") one from 200 up to half as much again, "less
//!   than" (or "at most") one down to two thirds of it. Hedges that point
//!   opposite ways never agree ("more than 30" and "less than 30").
//! - **Ranges**: a single figure is supported by either end of a stated
//!   range ("$90 million" of "$90 million to $100 million").
//! - **Kinds**: a bare number or count is supported by any value of the
//!   same amount (a "6.86" of "$6.86", "3 platforms" of "three"), money or
//!   a percent also by a bare number of its amount; money by money of the
//!   same currency, a percent by a percent, a quantity by a
//!   quantity of the same unit, a duration by a duration of the same
//!   length ("two weeks" of "14 days").
//! - **Dates**: the same calendar interval, or a summary date that holds
//!   the source's ("2023" of "March 2023"); a summary date more precise
//!   than anything the source says is not supported. Quarters are one
//!   kind however written: "Q3" = "third quarter" (an ordinal before
//!   "quarter").
//! - **Ordinals**: the same position.

use crate::extract::{DateValue, Grain, Kind, Magnitude, Qualifier, Value};
use crate::extract_run::Found;
use crate::judge;

/// A value with what comparing it needs beyond its [`Value`].
#[derive(Clone, Debug)]
pub struct Stated<'a> {
    pub found: &'a Found,
    /// As written in its text.
    pub text: &'a str,
    /// The whole text (the prose `found`'s span indexes).
    pub full_text: &'a str,
    /// The quarter it names: a quarter date, or an ordinal followed by
    /// "quarter".
    pub quarter: Option<i64>,
}

impl<'a> Stated<'a> {
    /// `found` as stated in `text` (the prose its span indexes).
    pub fn new(found: &'a Found, text: &'a str) -> Stated<'a> {
        let written = &text[found.span.start..found.span.end];
        let quarter = match &found.value {
            Value::Date(date) if date.grain == Grain::Quarter && !date.range => {
                Some(i64::from((date.start.month() - 1) / 3 + 1))
            }
            Value::Ordinal { number } if (1..=4).contains(number) => {
                let after = text[found.span.end..].trim_start();
                let word: String = after
                    .chars()
                    .take_while(|c| c.is_alphabetic())
                    .collect::<String>()
                    .to_lowercase();
                (word == "quarter" || word == "quarters").then_some(*number)
            }
            _ => None,
        };
        Stated {
            found,
            text: written,
            full_text: text,
            quarter,
        }
    }

    pub fn kind(&self) -> Kind {
        self.found.kind
    }

    pub fn value(&self) -> &Value {
        &self.found.value
    }
}

/// What a value is compared with: values of one class can support each
/// other, and a swap is told between values of one class.
#[derive(Clone, Debug, PartialEq)]
pub enum Class {
    Money(Option<&'static str>),
    Percent,
    Quantity(String),
    Duration,
    /// Numbers and counts.
    Plain,
    Date,
    Ordinal,
    Quarter,
    /// Not judged: relative ordinals, a kind named without a value.
    None,
}

pub fn class(stated: &Stated) -> Class {
    if stated.quarter.is_some() {
        return Class::Quarter;
    }
    match stated.value() {
        Value::Money { currency, .. } => Class::Money(*currency),
        Value::Percent { .. } => Class::Percent,
        Value::Quantity { unit, .. } => Class::Quantity(unit.to_lowercase()),
        Value::Duration { .. } => Class::Duration,
        Value::Number { .. } => Class::Plain,
        Value::Date(_) => Class::Date,
        Value::Ordinal { .. } => Class::Ordinal,
        _ => Class::None,
    }
}

/// Whether two classes hold values of the same sort, for telling a swap:
/// money of a currency the text leaves unnamed is money.
pub fn same_sort(a: &Class, b: &Class) -> bool {
    match (a, b) {
        (Class::Money(x), Class::Money(y)) => x.is_none() || y.is_none() || x == y,
        (a, b) => a == b && *a != Class::None,
    }
}

/// Whether the source value `source` supports the summary value `summary`.
pub fn supports(summary: &Stated, source: &Stated) -> bool {
    if let (Some(a), Some(b)) = (summary.quarter, source.quarter) {
        return a == b;
    }
    use Value::*;
    match (summary.value(), source.value()) {
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
            let currencies = match (ca, cb) {
                (Some(x), Some(y)) => x == y,
                _ => true,
            };
            currencies && amounts(*a, *qa, summary.text, *b, *qb)
        }
        (
            Percent {
                number: a,
                qualifier: qa,
            },
            Percent {
                number: b,
                qualifier: qb,
            },
        ) => amounts(*a, *qa, summary.text, *b, *qb),
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
        ) => ua.eq_ignore_ascii_case(ub) && amounts(*a, *qa, summary.text, *b, *qb),
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
            if ua == ub {
                amounts(*a, *qa, summary.text, *b, *qb)
            } else {
                judge::agree(a.scaled(ua.seconds()), b.scaled(ub.seconds()))
                    && judge::compatible(*qa, *qb)
            }
        }
        // A bare amount: any value of that amount.
        (
            Number {
                number: a,
                qualifier: qa,
            },
            other,
        ) => match other {
            Date(date) => year_of(date).is_some_and(|year| a.same_as(Magnitude::Exact(year))),
            Ordinal { .. } | RelativeOrdinal { .. } | Unstated | Title { .. } | Quote { .. } => {
                false
            }
            _ => {
                let (b, qb) = amount_of(other);
                b.is_some_and(|b| amounts(*a, *qa, summary.text, b, qb))
            }
        },
        // Money or a percent the source states as a bare number of the
        // same amount ("earnings of 6.86 a share"). Not a duration or a
        // quantity: "three weeks" is no restatement of any 3.
        (Money { amount: a, .. } | Percent { number: a, .. }, Number { number: b, .. }) => {
            a.same_as(*b)
        }
        (Date(a), Date(b)) => dates(a, b),
        (Ordinal { number: a }, Ordinal { number: b }) => a == b,
        _ => false,
    }
}

/// The amount and hedge of a value that states one.
fn amount_of(value: &Value) -> (Option<Magnitude>, Option<Qualifier>) {
    match value {
        Value::Number { number, qualifier }
        | Value::Percent { number, qualifier }
        | Value::Quantity {
            number, qualifier, ..
        }
        | Value::Duration {
            number, qualifier, ..
        } => (Some(*number), *qualifier),
        Value::Money {
            amount, qualifier, ..
        } => (Some(*amount), *qualifier),
        _ => (None, None),
    }
}

/// The year a date names, when it names one whole year.
fn year_of(date: &DateValue) -> Option<f64> {
    (date.grain == Grain::Year && !date.range && date.modifier.is_none())
        .then(|| f64::from(date.start.year()))
}

/// A summary date is supported by the same interval, or by one it holds
/// (the summary is less precise); not by a wider one.
fn dates(summary: &DateValue, source: &DateValue) -> bool {
    if summary.start == source.start && summary.end == source.end {
        return summary.range == source.range || !summary.range;
    }
    !summary.range && summary.start <= source.start && source.end <= summary.end
}

/// Whether the amount a summary states (`a`, hedged `qa`, written `text`)
/// is supported by the source's amount `b`, hedged `qb`.
pub fn amounts(
    a: Magnitude,
    qa: Option<Qualifier>,
    text: &str,
    b: Magnitude,
    qb: Option<Qualifier>,
) -> bool {
    if !judge::compatible(qa, qb) {
        return false;
    }
    if judge::agree(a, b) {
        return true;
    }
    let Magnitude::Exact(x) = a else {
        return false;
    };
    let unit = precision(text, x);
    // Rounding half up: 1.5 is written "2", not "1".
    let near = |y: f64| {
        let slack = 1e-9 * x.abs().max(y.abs()).max(1.0);
        let d = y - x;
        d >= -unit / 2.0 - slack && d < unit / 2.0 - slack
    };
    match b {
        // A hedge widens a figure the source states plainly; hedged
        // figures on both sides must be the same figure.
        Magnitude::Exact(y) => {
            near(y)
                || qb.is_none()
                    && match qa {
                        Some(Qualifier::About) => (x - y).abs() <= 0.1 * y.abs(),
                        Some(Qualifier::MoreThan | Qualifier::AtLeast) => y >= x && y <= 1.5 * x,
                        Some(Qualifier::LessThan | Qualifier::AtMost) => y <= x && y * 1.5 >= x,
                        None => false,
                    }
        }
        // One end of a range the source states, or inside it when hedged.
        Magnitude::Range { min, max } => {
            near(min) || near(max) || (qa == Some(Qualifier::About) && min <= x && x <= max)
        }
        Magnitude::Vague { .. } => false,
    }
}

/// The step of the last digit `text` writes its amount `value` to: 0.1
/// for "$3.1 billion" scaled to 100 million, 1 for "13 percent", 0 (exact)
/// for an amount in words.
pub fn precision(text: &str, value: f64) -> f64 {
    let Some(start) = text.find(|c: char| c.is_ascii_digit()) else {
        return 0.0;
    };
    let mut digits = String::new();
    let mut decimals: Option<i32> = None;
    let mut chars = text[start..].chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '0'..='9' => {
                digits.push(c);
                if let Some(d) = decimals.as_mut() {
                    *d += 1;
                }
            }
            ',' if chars.peek().is_some_and(char::is_ascii_digit) => {}
            '.' if decimals.is_none() && chars.peek().is_some_and(char::is_ascii_digit) => {
                digits.push('.');
                decimals = Some(0);
            }
            _ => break,
        }
    }
    let Ok(mantissa) = digits.parse::<f64>() else {
        return 0.0;
    };
    if mantissa == 0.0 || !value.is_finite() {
        return 0.0;
    }
    let scale = value / mantissa;
    // Round the scale to its power of ten ("billion"); a scale that is no
    // power of ten means the figure was not the amount as written.
    let power = scale.abs().log10().round();
    if (scale.abs().log10() - power).abs() > 1e-6 {
        return 0.0;
    }
    10f64.powf(power - f64::from(decimals.unwrap_or(0)))
}

/// How a derived value comes from two source values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Derivation {
    Sum,
    Difference,
    Ratio,
}

impl Derivation {
    pub fn name(self) -> &'static str {
        match self {
            Derivation::Sum => "sum",
            Derivation::Difference => "difference",
            Derivation::Ratio => "ratio",
        }
    }
}

/// Whether the summary value is the sum, difference or ratio of the two
/// source values, which must be of its class (the same unit): a total, a
/// change, or a share that the summary worked out. A ratio is also read as
/// a percent for a summary percent.
pub fn derived(summary: &Stated, a: &Stated, b: &Stated) -> Option<Derivation> {
    let sort = class(summary);
    let (Some(Magnitude::Exact(x)), _) = amount_of(summary.value()) else {
        return None;
    };
    let (Some(Magnitude::Exact(p)), None) = amount_of(a.value()) else {
        return None;
    };
    let (Some(Magnitude::Exact(q)), None) = amount_of(b.value()) else {
        return None;
    };
    let unit = precision(summary.text, x);
    if unit == 0.0 || x == 0.0 {
        return None;
    }
    // Written no coarser than the figures it comes from: "$1bn" is no
    // worked-out 19.3 - 18.4, which would be written 0.9.
    let coarsest = precision(a.text, p).max(precision(b.text, q));
    if coarsest > 0.0 && unit > coarsest * (1.0 + 1e-9) {
        return None;
    }
    let near = |y: f64| (x - y).abs() <= unit / 2.0;
    let same_unit = class(a) == class(b);
    if same_unit && same_sort(&sort, &class(a)) {
        if near(p + q) {
            return Some(Derivation::Sum);
        }
        if near((p - q).abs()) {
            return Some(Derivation::Difference);
        }
    }
    if same_unit && q != 0.0 && p != q {
        let ratio = p / q;
        let hit = match sort {
            Class::Percent => near(ratio * 100.0),
            Class::Plain => near(ratio),
            _ => false,
        };
        if hit && ratio > 1.0 {
            return Some(Derivation::Ratio);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::extract_run::values;
    use jiff::civil::Date;

    const PUBLISHED: Date = Date::constant(2024, 3, 15);

    /// The first value of each phrase: whether the source phrase's
    /// supports the summary phrase's.
    #[track_caller]
    fn case(summary: &str, source: &str, expected: bool) {
        let s = Document::new("s", summary.to_string());
        let d = Document::new("d", source.to_string());
        let sv = values(&s, PUBLISHED);
        let dv = values(&d, PUBLISHED);
        let (Some(a), Some(b)) = (sv.first(), dv.first()) else {
            panic!("no value in {summary:?} or {source:?}: {sv:?} {dv:?}");
        };
        let a = Stated::new(a, s.text());
        let b = Stated::new(b, d.text());
        assert_eq!(
            supports(&a, &b),
            expected,
            "{summary:?} of {source:?}: {:?} {:?}",
            a.value(),
            b.value()
        );
    }

    #[test]
    fn the_same_value_in_any_spelling_is_supported() {
        case("It paid $5m.", "It paid $5 million.", true);
        case("It paid 5 million dollars.", "It paid $5 million.", true);
        case(
            "They hired three engineers.",
            "They hired 3 engineers.",
            true,
        );
        case("Sales rose 12%.", "Sales rose 12 percent.", true);
        case("It lasted two weeks.", "It lasted 14 days.", true);
        case("It opened in March 2021.", "It opened in March 2021.", true);
        case("It was the third visit.", "It was the 3rd visit.", true);
        // Negative rows: another amount, another scale, another currency.
        case("It paid $6m.", "It paid $5 million.", false);
        case("It paid $5 billion.", "It paid $5 million.", false);
        case("It paid €5 million.", "It paid $5 million.", false);
        case(
            "They hired four engineers.",
            "They hired 3 engineers.",
            false,
        );
        case("It lasted three weeks.", "It lasted 14 days.", false);
        case("It was the fourth visit.", "It was the 3rd visit.", false);
    }

    #[test]
    fn a_rounded_figure_is_supported_at_its_own_precision() {
        case("Profit was $3 billion.", "Profit was $3.1 billion.", true);
        case(
            "The ratio was 14 percent.",
            "The ratio was 13.8 percent.",
            true,
        );
        case("Shares rose 2.5%.", "Shares rose 2.46%.", true);
        // A written digit counts: 13.8 rounds to 14, not 13; a written zero
        // is no rounding of 25.
        case(
            "The ratio was 13 percent.",
            "The ratio was 13.8 percent.",
            false,
        );
        case(
            "Debt fell below $30 billion.",
            "Debt fell below $25 billion.",
            false,
        );
        case(
            "Profit was $3.2 billion.",
            "Profit was $3.1 billion.",
            false,
        );
        // More precise than the source is not a rounding of it.
        case(
            "The ratio was 13.8 percent.",
            "The ratio was 14 percent.",
            false,
        );
    }

    #[test]
    fn hedged_figures_hold_values_near_them() {
        case("It cost about $5 million.", "It cost $4.9 million.", true);
        case("More than 200 people came.", "Then 230 people came.", true);
        case("Fewer than 50 people came.", "Then 40 people came.", true);
        // Negative rows: too far, or the hedge points the other way.
        case("It cost about $5 million.", "It cost $4 million.", false);
        case("More than 100 people came.", "Then 230 people came.", false);
        case("More than 300 people came.", "Then 230 people came.", false);
        case(
            "More than 30 people came.",
            "Fewer than 30 people came.",
            false,
        );
        case(
            "Debt fell below $26 billion.",
            "Debt fell below $25 billion.",
            false,
        );
        case(
            "Debt fell below $25 billion.",
            "Debt fell below $25 billion.",
            true,
        );
    }

    #[test]
    fn one_end_of_a_range_is_supported() {
        case(
            "Spending will be $90 million.",
            "Spending will be between $90 million and $100 million.",
            true,
        );
        case(
            "Spending will be $100 million.",
            "Spending will be between $90 million and $100 million.",
            true,
        );
        case(
            "Spending will be $95 million.",
            "Spending will be between $90 million and $100 million.",
            false,
        );
    }

    #[test]
    fn dates_are_supported_by_the_dates_they_hold() {
        case("It opened in 2021.", "It opened on March 3, 2021.", true);
        case("It opened in March.", "It opened on March 3.", true);
        case(
            "Sales fell in Q3.",
            "Sales fell in the third quarter.",
            true,
        );
        case(
            "Sales fell in the third quarter.",
            "Sales fell in Q3.",
            true,
        );
        // Negative rows: another year, another quarter, more precise.
        case("It opened in 2022.", "It opened on March 3, 2021.", false);
        case(
            "Sales fell in Q2.",
            "Sales fell in the third quarter.",
            false,
        );
        case("It opened on March 4.", "It opened in March.", false);
    }

    #[test]
    fn a_bare_number_is_supported_by_any_value_of_its_amount() {
        case(
            "Earnings were 6.86 a share.",
            "Earnings were $6.86 a share.",
            true,
        );
        case("It has 2023 targets.", "Targets for 2023 were set.", true);
        case(
            "Earnings were 6.85 a share.",
            "Earnings were $6.86 a share.",
            false,
        );
    }

    #[test]
    fn precision_is_the_step_of_the_last_written_digit() {
        assert_eq!(precision("$3.1 billion", 3.1e9), 1e8);
        assert_eq!(precision("13 percent", 13.0), 1.0);
        assert_eq!(precision("1,500", 1500.0), 1.0);
        assert_eq!(precision("three", 3.0), 0.0);
        assert!((precision("$0.13", 0.13) - 0.01).abs() < 1e-12);
    }

    #[track_caller]
    fn derive(summary: &str, source: &str, expected: Option<Derivation>) {
        let s = Document::new("s", summary.to_string());
        let d = Document::new("d", source.to_string());
        let sv = values(&s, PUBLISHED);
        let dv = values(&d, PUBLISHED);
        let a = Stated::new(&sv[0], s.text());
        let found = (0..dv.len()).find_map(|i| {
            (0..dv.len()).filter(|j| *j != i).find_map(|j| {
                derived(
                    &a,
                    &Stated::new(&dv[i], d.text()),
                    &Stated::new(&dv[j], d.text()),
                )
            })
        });
        assert_eq!(found, expected, "{summary:?} of {source:?}: {sv:?} {dv:?}");
    }

    #[test]
    fn sums_differences_and_ratios_of_the_same_unit_are_derived() {
        derive(
            "Together they raised $7 million.",
            "One raised $4 million and the other $3 million.",
            Some(Derivation::Sum),
        );
        derive(
            "Revenue grew by $1 million.",
            "Revenue was $4 million, up from $3 million.",
            Some(Derivation::Difference),
        );
        derive(
            "Turnout rose 5%.",
            "Turnout was 62% after 57% in the last vote.",
            Some(Derivation::Difference),
        );
        // Negative rows: no pair makes it, the units differ, or it is
        // written coarser than the figures (0.9 rounded to 1).
        derive(
            "Sales fell by $1 billion.",
            "Sales were $18.4 billion after $19.3 billion.",
            None,
        );
        derive(
            "Together they raised $8 million.",
            "One raised $4 million and the other $3 million.",
            None,
        );
        derive(
            "Together they raised $7 million.",
            "One raised $4 million and the other 3 million euros.",
            None,
        );
    }
}
