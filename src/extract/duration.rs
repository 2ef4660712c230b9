//! Durations: "14 years", "a 14-year sentence", "fourteen-year", "four days
//! later", "two decades", "a month", "half an hour", "90 minutes", "the past
//! year", "a weeklong conflict", "yearslong disputes", "3h", "all day", "a
//! full year", "another week", "a fortnight", "five business days".
//!
//! Mostly a number phrase from [`super::numeric`] followed by a unit of
//! time, plus the article and compound forms news prose uses without digits,
//! and digits with the unit written against them ("2.5hrs", "10days").
//! A fortnight is two weeks; a business or working day counts as a day.
//! Hand-written because the hard part is telling durations from look-alikes:
//! "60 Minutes" is a TV programme (a capitalized unit after digits is taken
//! for a title), "twice a year" and "$5 a day" are rates, and "a second" is
//! an ordinal in "a second term". Vague plural forms ("yearslong",
//! "decades-long", "several days", "a few weeks") are the range 2..10 of the
//! unit, `max` exclusive.

use super::numeric::format;
use super::numeric::scan::{
    measures, qualifier_before, unit_value, Measure, Phrase, TokKind, Tokens,
};
use super::ordinal::second_is_time;
use super::{Extracted, Kind, Magnitude, Qualifier, TimeUnit, Value};

/// A unit of time as a word: the unit, plural, abbreviated.
fn time_unit(w: &str) -> Option<(TimeUnit, bool, bool)> {
    use TimeUnit::*;
    Some(match w {
        "second" => (Second, false, false),
        "seconds" => (Second, true, false),
        "sec" | "secs" => (Second, true, true),
        "minute" => (Minute, false, false),
        "minutes" => (Minute, true, false),
        "min" | "mins" => (Minute, true, true),
        "hour" => (Hour, false, false),
        "hours" => (Hour, true, false),
        "h" | "hr" | "hrs" => (Hour, true, true),
        "day" => (Day, false, false),
        "days" => (Day, true, false),
        "week" => (Week, false, false),
        "weeks" => (Week, true, false),
        "wk" | "wks" => (Week, true, true),
        "month" => (Month, false, false),
        "months" => (Month, true, false),
        "mo" | "mos" => (Month, true, true),
        "year" => (Year, false, false),
        "years" => (Year, true, false),
        "yr" | "yrs" => (Year, true, true),
        "decade" => (Decade, false, false),
        "decades" => (Decade, true, false),
        "century" => (Century, false, false),
        "centuries" => (Century, true, false),
        _ => return None,
    })
}

fn unit_words(unit: TimeUnit, n: Magnitude) -> String {
    if n == Magnitude::Exact(1.0) {
        unit.name().to_string()
    } else if unit == TimeUnit::Century {
        "centuries".to_string()
    } else {
        format!("{}s", unit.name())
    }
}

/// A unit as found after a number.
#[derive(Clone, Copy, Debug)]
struct Unit {
    unit: TimeUnit,
    abbrev: bool,
    hyphen: bool,
}

impl PartialEq for Unit {
    fn eq(&self, other: &Unit) -> bool {
        self.unit == other.unit
    }
}

/// "60 Minutes", "24 Hours of Le Mans": a capitalized unit word after a
/// number names something; words in capitals throughout still count.
fn title_case(t: &Tokens, k: usize) -> bool {
    t.capitalized(k) && t.raw(k).chars().any(char::is_lowercase)
}

fn unit_at(t: &Tokens, j: usize, _p: &Phrase) -> Option<(Unit, usize)> {
    let hyphen = t.is_punct(j, '-') && t.adj(j) && t.adj(j + 1);
    let k = if hyphen { j + 1 } else { j };
    if let Some((_, end)) = workday_at(t, k).filter(|_| !hyphen) {
        let unit = TimeUnit::Day;
        return Some((
            Unit {
                unit,
                abbrev: false,
                hyphen,
            },
            end,
        ));
    }
    let (unit, _, abbrev) = time_unit(t.w(k))?;
    if title_case(t, k) {
        return None;
    }
    Some((
        Unit {
            unit,
            abbrev,
            hyphen,
        },
        k + 1,
    ))
}

/// The forms without a number phrase.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Form {
    /// "a week", "an hour and a half"
    Article,
    /// "half an hour", "a quarter of an hour"
    Half,
    /// "weeklong", "decade-long", "yearslong"
    Long,
    /// "the past year", "the last month", "the next decade" (not "the
    /// following year", which names a date)
    Past,
    /// "several days", "a few weeks"
    Several,
    /// Digits with the unit written against them: "3h", "30min", "2yrs".
    Compact,
    /// "all day", "a full year", "the whole week"
    Whole,
}

#[derive(Clone, Debug)]
struct Special {
    start: usize,
    qualifier: Option<Qualifier>,
    core: usize,
    end: usize,
    value: Magnitude,
    unit: TimeUnit,
    form: Form,
}

const VAGUE: Magnitude = Magnitude::Vague {
    min: 2.0,
    max: 10.0,
};

/// Words before "a week" that make it a rate: "twice a week", "$5 a day",
/// "10 hours a day", "per a year".
fn rate_before(t: &Tokens, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let prev = t.w(i - 1);
    matches!(
        prev,
        "once"
            | "twice"
            | "thrice"
            | "times"
            | "per"
            | "percent"
            | "hundred"
            | "thousand"
            | "million"
            | "billion"
            | "dozen"
    ) || matches!(t.kind(i - 1), Some(TokKind::Num))
        || t.is_punct(i - 1, '%')
        || time_unit(prev).is_some()
        || prev.ends_with("dollars")
}

/// "business days", "working day": a day of work, counted as a day.
fn workday_at(t: &Tokens, k: usize) -> Option<(bool, usize)> {
    if !matches!(t.w(k), "business" | "working") || title_case(t, k + 1) {
        return None;
    }
    match t.w(k + 1) {
        "day" => Some((false, k + 2)),
        "days" => Some((true, k + 2)),
        _ => None,
    }
}

/// A singular unit at `k` usable in an article form: the unit, how many of
/// it the word stands for (a fortnight is two weeks), the token after it.
fn singular_unit(t: &Tokens, k: usize) -> Option<(TimeUnit, f64, usize)> {
    let (unit, factor, end) = if let Some((false, end)) = workday_at(t, k) {
        (TimeUnit::Day, 1.0, end)
    } else if t.w(k) == "fortnight" && !title_case(t, k) {
        (TimeUnit::Week, 2.0, k + 1)
    } else {
        let (unit, plural, abbrev) = time_unit(t.w(k))?;
        if plural
            || abbrev
            || title_case(t, k)
            || (unit == TimeUnit::Second && !second_is_time(t, k))
        {
            return None;
        }
        (unit, 1.0, k + 1)
    };
    if t.is_punct(end, '-') && t.adj(end) && t.w(end + 1) != "and" {
        return None; // "a year-long war" is the Long form
    }
    Some((unit, factor, end))
}

/// A plural unit word at `k` ("days", "business days") and the token after.
fn plural_unit(t: &Tokens, k: usize) -> Option<(TimeUnit, usize)> {
    if let Some((true, end)) = workday_at(t, k) {
        return Some((TimeUnit::Day, end));
    }
    match time_unit(t.w(k))? {
        (unit, true, false) if !title_case(t, k) => Some((unit, k + 1)),
        _ => None,
    }
}

/// "all day", "all-week", "full year", "whole month", "entire decade": one
/// unit, stressed as complete. Returns the unit, its count and the token
/// after it.
fn whole_at(t: &Tokens, k: usize) -> Option<(TimeUnit, f64, usize)> {
    if !matches!(t.w(k), "all" | "full" | "whole" | "entire") {
        return None;
    }
    let hyphen = t.is_punct(k + 1, '-') && t.adj(k + 1) && t.adj(k + 2);
    singular_unit(t, if hyphen { k + 2 } else { k + 1 })
}

/// "half hour", "half-day": a half with no article, and the token after.
fn bare_half_at(t: &Tokens, k: usize) -> Option<(TimeUnit, f64, usize)> {
    if t.w(k) != "half" {
        return None;
    }
    let hyphen = t.is_punct(k + 1, '-') && t.adj(k + 1) && t.adj(k + 2);
    let (unit, factor, end) = singular_unit(t, if hyphen { k + 2 } else { k + 1 })?;
    Some((unit, factor / 2.0, end))
}

/// "a quarter of an hour", "three quarters of an hour", "a third of a
/// century", "a quarter hour", "a quarter-century": a fraction of one unit
/// from `k`, as the unit, its count and the token after it.
fn fraction_at(t: &Tokens, k: usize) -> Option<(TimeUnit, f64, usize)> {
    let count = match t.w(k) {
        "a" | "an" => 1.0,
        w => unit_value(w).filter(|&n| n >= 1.0)?,
    };
    let den = match t.w(k + 1) {
        "quarter" | "quarters" => 4.0,
        "third" | "thirds" => 3.0,
        _ => return None,
    };
    let j = k + 2;
    let (unit, n, end) = if t.w(j) == "of" && matches!(t.w(j + 1), "a" | "an") {
        singular_unit(t, j + 2)?
    } else if count == 1.0 {
        let hyphen = t.is_punct(j, '-') && t.adj(j) && t.adj(j + 1);
        singular_unit(t, if hyphen { j + 1 } else { j })?
    } else {
        return None;
    };
    Some((unit, count * n / den, end))
}

/// "and a half" or "and half" after a unit at `k`, or hyphenated as a
/// modifier ("an hour-and-a-half drive"): the token after it.
fn and_a_half(t: &Tokens, k: usize) -> Option<usize> {
    let joined = |j: usize| t.is_punct(j, '-') && t.adj(j) && t.adj(j + 1);
    if joined(k) && t.w(k + 1) == "and" && joined(k + 2) {
        return match (t.w(k + 3), joined(k + 4), t.w(k + 5)) {
            ("a", true, "half") => Some(k + 6),
            ("half", _, _) => Some(k + 4),
            _ => None,
        };
    }
    if t.w(k) != "and" {
        return None;
    }
    match (t.w(k + 1), t.w(k + 2)) {
        ("a", "half") => Some(k + 3),
        ("half", _) => Some(k + 2),
        _ => None,
    }
}

/// "3h", "2.5hrs", "10days": digits at `i` with a unit word written against
/// them, which the number grammar leaves alone (it reads "5G" and "B2B" as
/// names). Not when a word or dotted digits come just before ("A3h",
/// "1.2.3h"), nor when more digits follow ("3h30" is a clock reading), nor
/// a title-case unit ("3Days"). Returns the token after the unit.
fn compact_at(t: &Tokens, i: usize) -> Option<usize> {
    if t.kind(i) != Some(TokKind::Num) || t.tok(i).ident || t.tok(i).value <= 0.0 {
        return None;
    }
    if t.adj(i) && matches!(t.kind(i - 1), Some(TokKind::Word | TokKind::Num)) {
        return None;
    }
    if t.adj(i) && t.is_punct(i - 1, '.') {
        return None;
    }
    let k = i + 1;
    if t.kind(k) != Some(TokKind::Word) || !t.adj(k) || title_case(t, k) {
        return None;
    }
    time_unit(t.w(k))?;
    if t.adj(k + 1) && matches!(t.kind(k + 1), Some(TokKind::Num | TokKind::Word)) {
        return None;
    }
    Some(k + 1)
}

fn special_at(t: &Tokens, i: usize) -> Option<Special> {
    let special = |end, value, unit, form| {
        Some(Special {
            start: i,
            qualifier: None,
            core: i,
            end,
            value,
            unit,
            form,
        })
    };
    if let Some(end) = compact_at(t, i) {
        let (unit, _, _) = time_unit(t.w(i + 1))?;
        let value = Magnitude::Exact(t.tok(i).value);
        return special(end, value, unit, Form::Compact);
    }
    // "2-3hrs": a range of digits, the unit against the second.
    if t.kind(i) == Some(TokKind::Num)
        && matches!(t.punct(i + 1), Some('-' | '–'))
        && t.adj(i + 1)
        && t.adj(i + 2)
        && !(t.adj(i) && matches!(t.kind(i - 1), Some(TokKind::Word | TokKind::Num)))
        && !t.tok(i).ident
    {
        if let Some(end) = compact_at(t, i + 2) {
            let (unit, _, _) = time_unit(t.w(i + 3))?;
            let (min, max) = (t.tok(i).value, t.tok(i + 2).value);
            if min < max {
                return special(end, Magnitude::Range { min, max }, unit, Form::Compact);
            }
        }
    }
    let w = t.w(i);
    // weeklong, yearslong
    if let Some(stem) = w.strip_suffix("long") {
        if let Some((unit, plural, false)) = time_unit(stem) {
            let value = if plural { VAGUE } else { Magnitude::Exact(1.0) };
            return special(i + 1, value, unit, Form::Long);
        }
    }
    // decade-long, decades-long
    if let Some((unit, plural, false)) = time_unit(w) {
        if t.is_punct(i + 1, '-') && t.adj(i + 1) && t.adj(i + 2) && t.w(i + 2) == "long" {
            let value = if plural { VAGUE } else { Magnitude::Exact(1.0) };
            return special(i + 3, value, unit, Form::Long);
        }
    }
    let exact = Magnitude::Exact;
    if !rate_before(t, i) {
        if let Some((unit, n, end)) = fraction_at(t, i) {
            return special(end, exact(n), unit, Form::Half);
        }
    }
    match w {
        "a" | "an" | "the" if whole_at(t, i + 1).is_some() && !rate_before(t, i) => {
            let (unit, n, end) = whole_at(t, i + 1)?;
            special(end, exact(n), unit, Form::Whole)
        }
        "all" | "full" | "whole" | "entire" => {
            let (unit, n, end) = whole_at(t, i)?;
            special(end, exact(n), unit, Form::Whole)
        }
        "a" | "an" if !rate_before(t, i) => {
            if t.w(i + 1) == "few" {
                let (unit, end) = plural_unit(t, i + 2)?;
                return special(end, VAGUE, unit, Form::Several);
            }
            // "a couple days", without the "of" the number grammar needs
            if t.w(i + 1) == "couple" {
                let (unit, end) = plural_unit(t, i + 2)?;
                return special(end, exact(2.0), unit, Form::Several);
            }
            // "a half hour", "a half-day"
            if let Some((unit, n, end)) = bare_half_at(t, i + 1) {
                return special(end, exact(n), unit, Form::Half);
            }
            // "an extra hour", "an additional week"
            let k = if matches!(t.w(i + 1), "extra" | "additional") {
                i + 2
            } else {
                i + 1
            };
            let (unit, n, end) = singular_unit(t, k)?;
            if let Some(end) = and_a_half(t, end) {
                return special(end, exact(1.5 * n), unit, Form::Article);
            }
            special(end, exact(n), unit, Form::Article)
        }
        // "another week", "another few days"
        "another" => {
            if t.w(i + 1) == "few" {
                let (unit, end) = plural_unit(t, i + 2)?;
                return special(end, VAGUE, unit, Form::Several);
            }
            let (unit, n, end) = singular_unit(t, i + 1)?;
            special(end, exact(n), unit, Form::Article)
        }
        "half" if matches!(t.w(i + 1), "a" | "an") => {
            let (unit, n, end) = singular_unit(t, i + 2)?;
            special(end, exact(n / 2.0), unit, Form::Half)
        }
        "half" => {
            let (unit, n, end) = bare_half_at(t, i)?;
            special(end, exact(n), unit, Form::Half)
        }
        "several" | "few" => {
            let (unit, end) = plural_unit(t, i + 1)?;
            special(end, VAGUE, unit, Form::Several)
        }
        // "for some days"; alone, "some days" are particular days.
        "some"
            if i > 0 && matches!(t.w(i - 1), "for" | "over" | "within" | "after" | "lasting") =>
        {
            let (unit, end) = plural_unit(t, i + 1)?;
            special(end, VAGUE, unit, Form::Several)
        }
        // "couple of weeks", "couple days"
        "couple" => {
            let k = if t.w(i + 1) == "of" { i + 2 } else { i + 1 };
            let (unit, end) = plural_unit(t, k)?;
            special(end, exact(2.0), unit, Form::Several)
        }
        "the" if matches!(t.w(i + 1), "past" | "last" | "next" | "coming") => {
            // "in the next year" is a stretch of time; "jailed the next
            // year", with no preposition before it, is a point in time.
            if matches!(t.w(i + 1), "next" | "coming")
                && !(i > 0
                    && matches!(
                        t.w(i - 1),
                        "in" | "over" | "during" | "for" | "within" | "throughout"
                    ))
            {
                return None;
            }
            let (unit, n, end) = singular_unit(t, i + 2)?;
            special(end, exact(n), unit, Form::Past)
        }
        _ => None,
    }
}

/// A duration found by either route.
enum Hit {
    Measure(Box<Measure<Unit>>),
    Special(Special),
}

impl Hit {
    fn start(&self) -> usize {
        match self {
            Hit::Measure(m) => m.start,
            Hit::Special(s) => s.start,
        }
    }
}

fn found(t: &Tokens) -> Vec<Hit> {
    let ms = measures(t, unit_at, |_, _| false);
    let mut out = Vec::with_capacity(ms.len());
    let mut next = 0;
    let mut i = 0;
    let mut floor = 0;
    while i < t.len() {
        if let Some(m) = ms.get(next) {
            if i >= m.start {
                i = m.end;
                floor = m.end;
                next += 1;
                continue;
            }
        }
        let limit = ms.get(next).map_or(usize::MAX, |m| m.start);
        match special_at(t, i).filter(|s| s.end <= limit) {
            Some(mut s) => {
                if matches!(
                    s.form,
                    Form::Article | Form::Half | Form::Several | Form::Compact | Form::Whole
                ) {
                    if let Some((q, start)) = qualifier_before(t, s.start, floor) {
                        s.qualifier = Some(q);
                        s.start = start;
                    }
                }
                i = s.end;
                floor = s.end;
                out.push(Hit::Special(s));
            }
            None => i += 1,
        }
    }
    out.extend(ms.into_iter().map(|m| Hit::Measure(Box::new(m))));
    out.sort_by_key(Hit::start);
    out
}

/// Every duration in `text`, as `Kind::Duration` / `Value::Duration`. The
/// span covers qualifier, number and unit: "14-year" in "a 14-year
/// sentence", "four days" in "four days later", "weeklong", "the past year".
pub fn durations(text: &str) -> Vec<Extracted> {
    durations_in(&Tokens::new(text))
}

/// [`durations`] in a sentence already cut into tokens: `extract` cuts each
/// sentence once for every kind that reads numbers.
pub(crate) fn durations_in(t: &Tokens) -> Vec<Extracted> {
    found(t)
        .into_iter()
        .map(|f| {
            let (start, end, number, unit, qualifier) = match f {
                Hit::Measure(m) => (m.start, m.end, m.value, m.unit.unit, m.qualifier),
                Hit::Special(s) => (s.start, s.end, s.value, s.unit, s.qualifier),
            };
            Extracted {
                kind: Kind::Duration,
                span: t.span(start, end),
                value: Value::Duration {
                    number,
                    unit,
                    qualifier,
                },
            }
        })
        .collect()
}

/// `n` of `unit` as a whole number of `into`, if it is one ("two weeks" as
/// 14 days).
fn convert(n: Magnitude, unit: TimeUnit, into: TimeUnit) -> Option<Magnitude> {
    let k = |x: f64| x * unit.seconds() / into.seconds();
    let whole = |x: f64| (x - x.round()).abs() < 1e-9 && x.round() >= 1.0;
    match n {
        Magnitude::Exact(x) if whole(k(x)) => Some(Magnitude::Exact(k(x).round())),
        Magnitude::Range { min, max } if whole(k(min)) && whole(k(max)) => Some(Magnitude::Range {
            min: k(min).round(),
            max: k(max).round(),
        }),
        _ => None,
    }
}

fn qualifier_text(
    t: &Tokens,
    start: usize,
    core: usize,
    found: Option<Qualifier>,
    claimed: Option<Qualifier>,
) -> String {
    match (claimed, found) {
        (Some(c), Some(f)) if c == f => t.text[t.start_of(start)..t.start_of(core)].to_string(),
        (Some(c), _) => format!("{} ", c.words()),
        (None, _) => String::new(),
    }
}

/// The claimed duration written in the style of `found`: (14 years,
/// "15-year") -> "14-year", ("fifteen-year") -> "fourteen-year", (4 days,
/// "five days") -> "four days". A claim in another unit is written in the
/// text's unit when it converts to a whole number of it (2 weeks in the
/// style of "10 days" is "14 days"), else in its own unit. Forms without
/// digits ("a week", "weeklong", "the past year") are rewritten with the
/// number in words below ten: (2 weeks, "weeklong") -> "two-week".
pub fn restyle(claimed: &Value, found_text: &str) -> Option<String> {
    let Value::Duration {
        number,
        unit,
        qualifier,
    } = claimed
    else {
        return None;
    };
    let t = Tokens::new(found_text);
    match found(&t).into_iter().next()? {
        Hit::Measure(m) => {
            let fu = m.unit.unit;
            let (n, u) = match convert(*number, *unit, fu) {
                Some(n) if *unit != fu => (n, fu),
                _ => (*number, *unit),
            };
            let f = m.pieces();
            let numbers = format::rebuild(&t, &f, n, *qualifier, "")?;
            let one = |x: Magnitude| x == Magnitude::Exact(1.0);
            if u == fu && (m.unit.hyphen || m.unit.abbrev || one(n) == one(m.value)) {
                return Some(format::with_tail(numbers, &t, m.last(), m.end));
            }
            if m.unit.hyphen {
                return Some(format!("{numbers}-{}", u.name()));
            }
            Some(format!("{numbers} {}", unit_words(u, n)))
        }
        Hit::Special(s) => {
            let q = qualifier_text(&t, s.start, s.core, s.qualifier, *qualifier);
            let core = &found_text[t.start_of(s.core)..t.end_of(s.end)];
            if *unit == s.unit && number.same_as(s.value) {
                return Some(format!("{q}{core}"));
            }
            let body = match (s.form, number) {
                (Form::Compact, Magnitude::Exact(n)) if *unit == s.unit => {
                    let abbrev = time_unit(t.w(s.end - 1)).is_some_and(|u| u.2);
                    let digits = format::digits(*n, false, 0);
                    if abbrev {
                        format!("{digits}{}", t.raw(s.end - 1))
                    } else {
                        format!("{digits} {}", unit_words(*unit, *number))
                    }
                }
                (Form::Compact, Magnitude::Range { min, max } | Magnitude::Vague { min, max }) => {
                    format!(
                        "{}-{} {}",
                        format::digits(*min, false, 0),
                        format::digits(*max, false, 0),
                        unit_words(*unit, *number)
                    )
                }
                (Form::Long, Magnitude::Exact(n)) => {
                    format!("{}-{}", format::plain(*n), unit.name())
                }
                (Form::Long, r) if r.same_as(VAGUE) => format!("{}-long", unit_words(*unit, *r)),
                (Form::Past, Magnitude::Exact(1.0)) => {
                    format!(
                        "{} {}",
                        &found_text[t.start_of(s.core)..t.end_of(s.core + 2)],
                        unit.name()
                    )
                }
                (Form::Past, Magnitude::Exact(n)) => format!(
                    "{} {} {}",
                    &found_text[t.start_of(s.core)..t.end_of(s.core + 2)],
                    format::plain(*n),
                    unit_words(*unit, *number)
                ),
                (_, Magnitude::Exact(1.0)) => format!(
                    "{} {}",
                    if unit.name().starts_with('h') {
                        "an"
                    } else {
                        "a"
                    },
                    unit.name()
                ),
                (_, Magnitude::Exact(n)) => {
                    format!("{} {}", format::plain(*n), unit_words(*unit, *number))
                }
                (_, r) if r.same_as(VAGUE) => format!("several {}", unit_words(*unit, *r)),
                (_, Magnitude::Range { min, max } | Magnitude::Vague { min, max }) => {
                    format!(
                        "{}-{} {}",
                        format::plain(*min),
                        format::plain(*max),
                        unit_words(*unit, *number)
                    )
                }
            };
            Some(format!("{q}{body}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::exact;
    use TimeUnit::*;

    /// `text` yields exactly these durations: (span, number, unit, qualifier).
    #[track_caller]
    fn case(text: &str, want: &[(&str, Magnitude, TimeUnit, Option<Qualifier>)]) {
        let got: Vec<_> = durations(text)
            .into_iter()
            .map(|e| match e.value {
                Value::Duration {
                    number,
                    unit,
                    qualifier,
                } => (&text[e.span.start..e.span.end], number, unit, qualifier),
                other => panic!("not a duration: {other:?}"),
            })
            .collect();
        let got: Vec<_> = got.iter().map(|g| (g.0, g.1, (g.2, g.3))).collect();
        let want: Vec<_> = want.iter().map(|w| (w.0, w.1, (w.2, w.3))).collect();
        crate::extract::testing::assert_found(text, &got, &want);
    }

    #[track_caller]
    fn one(text: &str, span: &str, n: f64, unit: TimeUnit) {
        case(text, &[(span, exact(n), unit, None)]);
    }

    #[track_caller]
    fn none(text: &str) {
        case(text, &[]);
    }

    #[test]
    fn numbers_and_units() {
        one("serving 14 years", "14 years", 14.0, Year);
        one("serving a 14-year sentence", "14-year", 14.0, Year);
        one("a fourteen-year sentence", "fourteen-year", 14.0, Year);
        one("a cease-fire four days later", "four days", 4.0, Day);
        one("a 10-year bilateral defense pact", "10-year", 10.0, Year);
        one("over the last two decades", "two decades", 2.0, Decade);
        one("90 minutes", "90 minutes", 90.0, Minute);
        one("30 seconds", "30 seconds", 30.0, Second);
        one("a 30-second ad", "30-second", 30.0, Second);
        one("48 hours", "48 hours", 48.0, Hour);
        one("6 months", "6 months", 6.0, Month);
        one("two weeks", "two weeks", 2.0, Week);
        one("three centuries", "three centuries", 3.0, Century);
        one("5 yrs", "5 yrs", 5.0, Year);
        one("1.5 years", "1.5 years", 1.5, Year);
        one("two and a half years", "two and a half years", 2.5, Year);
        one("a couple of days", "a couple of days", 2.0, Day);
        one("FOR 14 YEARS", "14 YEARS", 14.0, Year);
    }

    #[test]
    fn compact_forms() {
        one("open 24h a day", "24h", 24.0, Hour);
        one("a 2 h delay", "2 h", 2.0, Hour);
        one("queued for 45min", "45min", 45.0, Minute);
        one("jailed for 2yrs", "2yrs", 2.0, Year);
        one("for 6 wks", "6 wks", 6.0, Week);
        one("in 18 mos", "18 mos", 18.0, Month);
        one("lasted 2.5hrs.", "2.5hrs", 2.5, Hour);
        one("waited 10days", "10days", 10.0, Day);
        case(
            "under 90sec",
            &[(
                "under 90sec",
                exact(90.0),
                Second,
                Some(Qualifier::LessThan),
            )],
        );
        none("the B2B market");
        none("version 1.2.3h");
        none("a 3D film");
        none("starts 3h30");
        let r = |min, max| Magnitude::Range { min, max };
        case("took 2-3hrs", &[("2-3hrs", r(2.0, 3.0), Hour, None)]);
        case("for 2–3days", &[("2–3days", r(2.0, 3.0), Day, None)]);
    }

    #[test]
    fn forms_without_digits() {
        one("a weeklong conflict", "weeklong", 1.0, Week);
        one("a monthlong strike", "monthlong", 1.0, Month);
        one("a yearlong inquiry", "yearlong", 1.0, Year);
        one("a decade-long war", "decade-long", 1.0, Decade);
        case(
            "mired in yearslong legal disputes",
            &[("yearslong", VAGUE, Year, None)],
        );
        case(
            "upending a decades-long trend",
            &[("decades-long", VAGUE, Decade, None)],
        );
        one("in a month", "a month", 1.0, Month);
        one("an hour", "an hour", 1.0, Hour);
        one("a year ago", "a year", 1.0, Year);
        one("an hour and a half", "an hour and a half", 1.5, Hour);
        one("half an hour", "half an hour", 0.5, Hour);
        one("half a century", "half a century", 0.5, Century);
        one("over the past year", "the past year", 1.0, Year);
        one("in the next decade", "the next decade", 1.0, Decade);
        one("over the last month", "the last month", 1.0, Month);
        case("for several days", &[("several days", VAGUE, Day, None)]);
        case("a few weeks", &[("a few weeks", VAGUE, Week, None)]);
        one("wait a second.", "a second", 1.0, Second);
        one("a second later", "a second", 1.0, Second);
    }

    #[test]
    fn whole_units() {
        one("the strike lasted all day", "all day", 1.0, Day);
        one("an all-night and all-week vigil", "all-week", 1.0, Week);
        one("closed for a full year", "a full year", 1.0, Year);
        one("a full-day hearing", "a full-day", 1.0, Day);
        one(
            "he slept the whole afternoon and the whole week",
            "the whole week",
            1.0,
            Week,
        );
        one("across an entire decade", "an entire decade", 1.0, Decade);
        one("full month of talks", "full month", 1.0, Month);
        case(
            "almost all year",
            &[("almost all year", exact(1.0), Year, Some(Qualifier::About))],
        );
        none("All Day Breakfast");
        none("all days are equal");
    }

    #[test]
    fn halves_and_more() {
        one("a half hour", "a half hour", 0.5, Hour);
        one("a half-day session", "a half-day", 0.5, Day);
        one("stayed half hour", "half hour", 0.5, Hour);
        one("a half-hour drive", "a half-hour", 0.5, Hour);
        one("the first half year", "half year", 0.5, Year);
        one("a day and half", "a day and half", 1.5, Day);
        one("an hour-and-a-half drive", "an hour-and-a-half", 1.5, Hour);
        one("waited another hour", "another hour", 1.0, Hour);
        one(
            "held for another business day",
            "another business day",
            1.0,
            Day,
        );
        one("within 10 business days", "10 business days", 10.0, Day);
        one("three working days", "three working days", 3.0, Day);
        one("a fortnight ago", "a fortnight", 2.0, Week);
        one("over the past fortnight", "the past fortnight", 2.0, Week);
        one("half a fortnight", "half a fortnight", 1.0, Week);
        one("for couple of months", "couple of months", 2.0, Month);
        one("a couple weeks", "a couple weeks", 2.0, Week);
        case("took few hours", &[("few hours", VAGUE, Hour, None)]);
        case(
            "another few days",
            &[("another few days", VAGUE, Day, None)],
        );
        case("for some years", &[("some years", VAGUE, Year, None)]);
        none("some days it rains");
        none("another second term");
        none("a half-point cut");
        one(
            "within a quarter of an hour",
            "a quarter of an hour",
            0.25,
            Hour,
        );
        one(
            "three quarters of an hour",
            "three quarters of an hour",
            0.75,
            Hour,
        );
        one(
            "a third of a century",
            "a third of a century",
            1.0 / 3.0,
            Century,
        );
        one("a quarter-century ago", "a quarter-century", 0.25, Century);
        one("an extra week", "an extra week", 1.0, Week);
        one(
            "an additional month of talks",
            "an additional month",
            1.0,
            Month,
        );
        none("a quarter of the vote");
        none("an extra second vote");
    }

    #[test]
    fn qualifiers_and_ranges() {
        use Qualifier::*;
        case(
            "more than 14 years",
            &[("more than 14 years", exact(14.0), Year, Some(MoreThan))],
        );
        case(
            "nearly a decade",
            &[("nearly a decade", exact(1.0), Decade, Some(About))],
        );
        case(
            "less than an hour",
            &[("less than an hour", exact(1.0), Hour, Some(LessThan))],
        );
        case(
            "up to 90 days",
            &[("up to 90 days", exact(90.0), Day, Some(AtMost))],
        );
        let r = |min, max| Magnitude::Range { min, max };
        case(
            "three to five years",
            &[("three to five years", r(3.0, 5.0), Year, None)],
        );
        case("10-15 years", &[("10-15 years", r(10.0, 15.0), Year, None)]);
        case(
            "two or three days",
            &[("two or three days", r(2.0, 3.0), Day, None)],
        );
        case(
            "between 10 and 15 years",
            &[("between 10 and 15 years", r(10.0, 15.0), Year, None)],
        );
    }

    #[test]
    fn not_durations() {
        none("in an interview with 60 Minutes in late October");
        none("Trump's second term");
        none("a second term");
        none("twice a year");
        none("three times a week");
        none("$5 a day");
        none("last year");
        none("for years");
        none("the year 2021");
        // A point in time, not a stretch of it.
        none("jailed the following year");
        none("the previous year");
        none("he was freed the next year");
        none("The coming decade will tell");
        one("within the coming month", "the coming month", 1.0, Month);
        none("the second-largest");
        none("a year-on-year rise");
    }

    #[test]
    fn several_in_a_sentence() {
        case(
            "a weeklong conflict in early May, before a cease-fire four days later",
            &[
                ("weeklong", exact(1.0), Week, None),
                ("four days", exact(4.0), Day, None),
            ],
        );
        case("10 hours a day", &[("10 hours", exact(10.0), Hour, None)]);
    }

    #[test]
    fn spans_on_non_ascii_text() {
        let text = "Gülen’s “14‑year” exile — Ångström, fünf Tage, 3 days";
        let spans: Vec<&str> = durations(text)
            .iter()
            .map(|e| &text[e.span.start..e.span.end])
            .collect();
        assert_eq!(spans, ["14‑year", "3 days"]);
    }

    fn duration(n: f64, unit: TimeUnit) -> Value {
        Value::Duration {
            number: exact(n),
            unit,
            qualifier: None,
        }
    }

    #[track_caller]
    fn restyled(claimed: Value, found: &str, want: Option<&str>) {
        crate::extract::testing::assert_restyled(restyle, claimed, found, want);
    }

    #[test]
    fn restyle_in_the_text_style() {
        restyled(duration(14.0, Year), "15-year", Some("14-year"));
        restyled(duration(14.0, Year), "fifteen-year", Some("fourteen-year"));
        restyled(duration(4.0, Day), "five days", Some("four days"));
        restyled(duration(1.0, Day), "five days", Some("one day"));
        restyled(duration(3.0, Day), "1 day", Some("3 days"));
        restyled(duration(2.0, Week), "10 days", Some("14 days"));
        restyled(duration(10.0, Day), "two weeks", Some("ten days"));
        restyled(duration(18.0, Month), "2 years", Some("18 months"));
        restyled(duration(2.0, Week), "weeklong", Some("two-week"));
        restyled(duration(1.0, Week), "weeklong", Some("weeklong"));
        restyled(duration(2.0, Month), "a month", Some("two months"));
        restyled(duration(1.0, Hour), "a month", Some("an hour"));
        restyled(
            duration(2.0, Year),
            "the past year",
            Some("the past two years"),
        );
        restyled(duration(0.5, Hour), "an hour", Some("0.5 hours"));
        restyled(
            Value::Duration {
                number: exact(15.0),
                unit: Year,
                qualifier: Some(Qualifier::MoreThan),
            },
            "more than 14 years",
            Some("more than 15 years"),
        );
        restyled(duration(3.0, Hour), "2h", Some("3h"));
        restyled(duration(3.0, Day), "2days", Some("3 days"));
        restyled(duration(1.5, Hour), "2hrs", Some("1.5hrs"));
        restyled(
            Value::Duration {
                number: Magnitude::Range { min: 4.0, max: 6.0 },
                unit: Day,
                qualifier: None,
            },
            "2-3days",
            Some("4-6 days"),
        );
        restyled(duration(14.0, Year), "no time", None);
        restyled(Value::Ordinal { number: 2 }, "14 years", None);
    }
}
