//! Numbers in digits and words, and the scanner every numeric extractor
//! (money, percent, quantity, duration, ordinal) is built on.
//!
//! News copy writes numbers every way at once: "13", "230,000", "1.5
//! million", "$500m", "thirteen", "one hundred and seventy", "half a dozen",
//! "hundreds of millions". The grammar is small but context-bound — "500m"
//! is metres unless a currency sign comes first, "B2B" and "COVID-19" are
//! names, "no one" is not a count — and the extractors run on every located
//! sentence, so it is written by hand as one tokenizer ([`scan`]) plus a
//! recursive-descent reader of number phrases, with no regexes and one pass
//! per sentence. [`format`] goes the other way, writing a number in the
//! style of an example for replacements.
//!
//! Conventions shared by the numeric extractors:
//! - vague plurals are ranges, `min` inclusive and `max` exclusive:
//!   "hundreds" 100..1,000, "thousands" 1e3..1e6, "millions" 1e6..1e9,
//!   "billions" 1e9..1e12, "tens of thousands" 1e4..1e5, "hundreds of
//!   millions" 1e8..1e9, "dozens" 24..144, "several/a few hundred" 200..1,000;
//! - a qualifier written just before the amount ("about", "at least", "more
//!   than", "just over") is part of the value and of its span;
//! - ranges ("10-20", "10 to 20", "between 10 and 20", "from 10 to 20")
//!   are one `Magnitude::Range` in [`numbers`] as in the unit-bearing
//!   extractors — except "from 10 to 20" after a verb of change ("rose from
//!   10 to 20"), which states two values; "two or three" is a range only
//!   with a unit;
//! - a comparison written after the number ("65 and over", "200 or more",
//!   "less than 30 or equal to") or as a sign (">30", "<= 5") is a qualifier
//!   too;
//! - fractions and ratios are one number: "two thirds", "a hundredth",
//!   "twenty and three fifths", "one in five", "two out of five hundred",
//!   "one over three" (see `scan::word_fraction` and `ratio_after` for
//!   where these readings stop: "a fifth term", "one over par", "3 in
//!   2020" are not fractions);
//! - digits glued to a unit ("29km", "180ml") are a measure, left to the
//!   quantity extractor, while glued multipliers ("3bn", "10k", "1.2b")
//!   are part of the number.

use super::{Extracted, Kind, Magnitude, Qualifier, Value};

pub(crate) mod format;
pub(crate) mod scan;

use scan::{parse_at, qualifier_before, range_value, TokKind, Tokens};

/// Every number stated in `text`, as `Kind::Number` / `Value::Number`: digits
/// ("230,000", "1.5", "-3"), words ("thirteen", "twenty-one", "a dozen",
/// "half a dozen", "a couple of"), fractions ("three quarters"), multipliers
/// ("1.5 million", "$500m" after a currency sign, "3bn") and vague amounts
/// ("millions", "tens of thousands") as ranges. The multiplier is part of the
/// number: "$500 million" yields 500,000,000 spanning "500 million".
pub fn numbers(text: &str) -> Vec<Extracted> {
    numbers_in(&Tokens::new(text))
}

/// [`numbers`] in a sentence already cut into tokens: `extract` cuts each
/// sentence once for every kind that reads numbers.
pub(crate) fn numbers_in(t: &Tokens) -> Vec<Extracted> {
    let mut out = Vec::new();
    let (mut i, mut floor) = (0, 0);
    while i < t.len() {
        if let Some((end, number)) = range_at(t, i) {
            out.push(Extracted {
                kind: Kind::Number,
                span: t.span(i, end),
                value: Value::Number {
                    number,
                    qualifier: None,
                },
            });
            i = end;
            floor = end;
            continue;
        }
        let money = super::money::currency_before(t, i);
        match parse_at(t, i, money) {
            // "the 180ml liquid", "29km": a measure, not a number.
            Some(p) if !p.style.words && t.kind(p.end) == Some(TokKind::Word) && t.adj(p.end) => {
                i = p.end;
            }
            // "Boeing 737", "Article 50": part of a name.
            Some(p) if names_a_thing(t, &p, money) => {
                i = p.end;
            }
            Some(mut p) => {
                let (mut qualifier, mut start) = match qualifier_before(t, p.start, floor) {
                    Some((q, s)) => (Some(q), s),
                    None => (None, p.start),
                };
                // "more than 2 in 5" compares with 2; "about 2 in 5" and
                // "2 in 5 or more" are ratios, hedged or compared.
                if matches!(qualifier, None | Some(Qualifier::About)) {
                    if let Some((value, end)) = ratio_after(t, &p) {
                        p.value = Magnitude::Exact(value);
                        p.end = end;
                    }
                }
                let mut end = p.end;
                if let Some((q, e)) = qualifier_after(t, p.end, qualifier) {
                    qualifier = Some(q);
                    end = e;
                    // "equal to 5000 or less"
                    if start == p.start
                        && start >= floor + 2
                        && t.w(start - 2) == "equal"
                        && t.w(start - 1) == "to"
                    {
                        start -= 2;
                    }
                }
                out.push(Extracted {
                    kind: Kind::Number,
                    span: t.span(start, end),
                    value: Value::Number {
                        number: p.value,
                        qualifier,
                    },
                });
                i = end;
                floor = end;
            }
            None => i += 1,
        }
    }
    out
}

/// Whether the digits of `p` belong to a name rather than state a number:
/// they directly follow a capitalised word that is not the sentence's
/// first word, a month or weekday, or a currency ("Boeing 737", "Article
/// 50", "Chapter 11", "Windows 10", "Battlefield 6"), and so do the words
/// of a capitalised number there ("World War Two"), after a sentence's
/// first word too: a number word is capitalised inside a sentence only in
/// a name ("Capital One reported"). Digits glued to a
/// capitalised word ("G7", "COVID-19", "F-16") are caught earlier, by the
/// scanner. A score stays a value ("Chelsea 3-1"), and so does a number
/// after a sentence's first word ("Officials 50 strong" is rare; "In 2016"
/// is a year, read by the date reader).
fn names_a_thing(t: &Tokens, p: &scan::Phrase, money: bool) -> bool {
    let start = p.start;
    // A number in words joins a name when it is capitalised too: "World War
    // Two", "Formula One".
    let name_like = match t.kind(start) {
        Some(TokKind::Num) => true,
        Some(TokKind::Word) => p.style.words && t.raw(start).starts_with(char::is_uppercase),
        _ => false,
    };
    if money || !name_like || start == 0 || t.adj(start) {
        return false;
    }
    let before = start - 1;
    let word = t.raw(before);
    let first_word = (0..before).all(|k| t.kind(k) == Some(TokKind::Punct));
    let digits = t.kind(start) == Some(TokKind::Num);
    if t.kind(before) != Some(TokKind::Word)
        || !word.chars().next().is_some_and(char::is_uppercase)
        || (first_word && digits)
        || super::title::words::is_calendar_word(word)
    {
        return false;
    }
    // "Chelsea 3-1 Arsenal": a score between names.
    let score = matches!(t.punct(p.end), Some('-' | '–'))
        && t.adj(p.end)
        && t.kind(p.end + 1) == Some(TokKind::Num);
    let ranged = matches!(p.value, Magnitude::Range { .. });
    !score && !ranged
}

/// A ratio written with the number `p` as numerator: "one over three",
/// "2000 over 3", "one out of three", "two out of five hundred", "1 in
/// twenty-one". Returns its value and the token after it.
///
/// Each connector has other readings in news prose, so each is a ratio only
/// where those cannot be meant: "over" only when the denominator ends the
/// clause ("one over par", "rose 5 over 2 years" are not); "out of" and
/// "in" only below one; "in" never before a year, a month or a unit of time
/// ("3 in 2020", "5 in 10 days"). A plain number never divides by a year.
fn ratio_after(t: &Tokens, p: &scan::Phrase) -> Option<(f64, usize)> {
    let numerator = p.exact()?;
    let (connector, next) = match t.w(p.end) {
        "over" => ("over", p.end + 1),
        "out" if t.w(p.end + 1) == "of" => ("out of", p.end + 2),
        "in" => ("in", p.end + 1),
        _ => return None,
    };
    if p.style.vague || numerator.fract() != 0.0 {
        return None;
    }
    let q = parse_at(t, next, false)?;
    let denominator = q.exact()?;
    if q.style.vague || denominator <= 0.0 || denominator.fract() != 0.0 {
        return None;
    }
    let year = !q.style.words && q.end == next + 1 && (1000.0..=2100.0).contains(&denominator);
    let after = t.w(q.end);
    let ok = !year
        && match connector {
            "over" => t.kind(q.end) != Some(TokKind::Word),
            "out of" => numerator.abs() <= denominator,
            _ => numerator.abs() < denominator && !time_word(after),
        };
    ok.then_some((numerator / denominator, q.end))
}

/// Units of time, month names and their usual abbreviations: after them
/// "5 in 10" is a span of time or a date, not a ratio.
fn time_word(w: &str) -> bool {
    let unit = w.strip_suffix('s').unwrap_or(w);
    matches!(
        unit,
        "second"
            | "sec"
            | "minute"
            | "min"
            | "hour"
            | "hr"
            | "day"
            | "week"
            | "month"
            | "year"
            | "yr"
            | "decade"
            | "centurie"
            | "century"
            | "season"
            | "quarter"
    ) || matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// Verbs of change: after them "from 10 to 20" states two values, the old
/// and the new, not a range.
fn change_verb(w: &str) -> bool {
    const STEMS: &[&str] = &[
        "ris", "rose", "fell", "fall", "drop", "increas", "decreas", "grew", "grow", "jump",
        "climb", "cut", "rais", "lower", "reduc", "surg", "soar", "slump", "plung", "declin",
        "shrank", "shrink", "swell", "expand", "slash", "boost", "doubl", "tripl", "halv", "went",
        "go", "gone", "mov", "chang", "improv", "widen", "narrow", "slid", "tumbl",
    ];
    STEMS.iter().any(|s| {
        w.strip_prefix(s).is_some_and(|rest| {
            matches!(
                rest,
                "" | "s" | "e" | "es" | "ed" | "d" | "ing" | "en" | "n" | "ped" | "ping" | "ting"
            )
        })
    })
}

/// A range of two numbers from token `i`: "10-20", "10 – 20", "5k-20k",
/// "10 to 20", "20 through 100", "20~100", "between 10 and 20", "from 10
/// to 20" (unless a verb of change comes before "from": "rose from 10 to
/// 20" is two values). Both numbers must be exact and rising. Returns the
/// token after it and the range.
fn range_at(t: &Tokens, i: usize) -> Option<(usize, Magnitude)> {
    let w = t.w(i);
    let (between, from) = (w == "between", w == "from");
    if from && i > 0 && change_verb(t.w(i - 1)) {
        return None;
    }
    let core = if between || from { i + 1 } else { i };
    let first = parse_at(t, core, super::money::currency_before(t, core))?;
    first.exact()?;
    let j = first.end;
    let next = match t.punct(j) {
        Some('-' | '–' | '—' | '~') => j + 1,
        _ => match t.w(j) {
            "and" if between => j + 1,
            // After a "from" of change, "to" gives the new value.
            "to" if !between && (from || core == 0 || t.w(core - 1) != "from") => j + 1,
            "through" | "thru" if !between => j + 1,
            _ => return None,
        },
    };
    // A hyphen between words joins a compound ("twenty-one"), never a range.
    if t.punct(j).is_some() && first.style.words && t.adj(j) {
        return None;
    }
    let second = parse_at(t, next, super::money::currency_before(t, next))?;
    second.exact()?;
    // "+1-222-2222": three numbers joined are a phone number or a code.
    let joined = |k: usize| {
        matches!(t.punct(k), Some('-' | '/' | '.'))
            && t.adj(k)
            && t.adj(k + 1)
            && t.kind(k + 1) == Some(TokKind::Num)
    };
    let dialled = core > 0 && t.is_punct(core - 1, '+') && t.adj(core);
    if joined(second.end) || dialled || (core > 0 && joined(core - 1)) {
        return None;
    }
    let value = range_value(&first, &second)?;
    Some((second.end, value))
}

/// A comparison written after the number: "200 or more", "65 and over",
/// "5000 or less", "10 or fewer", and "or equal (to)" completing one
/// written before ("less than 30 or equal to" is at most 30). Returns the
/// qualifier and the token after it.
fn qualifier_after(t: &Tokens, j: usize, before: Option<Qualifier>) -> Option<(Qualifier, usize)> {
    if !matches!(t.w(j), "or" | "and") {
        return None;
    }
    let q = match t.w(j + 1) {
        "more" | "greater" | "above" | "higher" | "over" | "larger" | "bigger" => {
            Qualifier::AtLeast
        }
        "less" | "fewer" | "below" | "lower" | "under" | "smaller" => Qualifier::AtMost,
        "equal" if t.w(j) == "or" => match before? {
            Qualifier::MoreThan => Qualifier::AtLeast,
            Qualifier::LessThan => Qualifier::AtMost,
            _ => return None,
        },
        _ => return None,
    };
    let mut end = j + 2;
    if matches!(t.w(end), "than" | "to") {
        end += 1;
    }
    // "above 1000 and below 1500", "greater than 30 and less than or equal
    // to 40": the comparison is the next number's.
    let mut next = end;
    while matches!(t.w(next), "than" | "or" | "equal" | "to") {
        next += 1;
    }
    if parse_at(t, next, false).is_some() || t.w(end) == "the" {
        return None;
    }
    Some((q, end))
}

/// `n` written the way `like` writes its number (words or digits, separators,
/// multiplier word or suffix, capital letter), keeping the rest of `like`:
/// `restyle_number(3.0, "four") == "three"`, `(1.5e6, "1.2 million") ==
/// "1.5 million"`, `(5e8, "$550m") == "$500m"`.
///
/// Words stay words while the result reads well: below a thousand in full
/// ("one hundred seventy", with "and" if `like` used it), round thousands,
/// millions... as "two thousand", anything else as digits. A text that
/// counts in dozens keeps doing so when it can: 6 in the style of "half a
/// dozen" is "half a dozen", 24 is "two dozen", 7 is "seven". With no number
/// in `like`, `n` is written plainly (words below ten, digits otherwise).
pub fn restyle_number(n: f64, like: &str) -> String {
    let t = Tokens::new(like);
    for i in 0..t.len() {
        let money = super::money::currency_before(&t, i);
        if let Some(p) = parse_at(&t, i, money) {
            let number = format::format_like(n, &p, like);
            let rest = format::with_tail(number, &t, &p, t.len());
            let trailing = &like[t.end_of(t.len())..];
            return format!("{}{rest}{trailing}", &like[..t.start_of(p.start)]);
        }
    }
    format::plain(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::{exact, range};
    use crate::extract::{Magnitude, Qualifier};

    /// `text` yields exactly these numbers: (span text, value, qualifier).
    #[track_caller]
    fn case(text: &str, want: &[(&str, Magnitude, Option<Qualifier>)]) {
        let got: Vec<(&str, Magnitude, Option<Qualifier>)> = numbers(text)
            .into_iter()
            .map(|e| match e.value {
                Value::Number { number, qualifier } => {
                    (&text[e.span.start..e.span.end], number, qualifier)
                }
                other => panic!("not a number: {other:?}"),
            })
            .collect();
        crate::extract::testing::assert_found(text, &got, want);
    }

    #[track_caller]
    fn one(text: &str, span: &str, n: f64) {
        case(text, &[(span, exact(n), None)]);
    }

    #[track_caller]
    fn none(text: &str) {
        case(text, &[]);
    }

    #[test]
    fn digits() {
        one("killed 13 people", "13", 13.0);
        one("spans 230,000 square miles", "230,000", 230_000.0);
        one("a 1.5 percent rise", "1.5", 1.5);
        one("Trump 2.0 game plan", "2.0", 2.0);
        one("fell to -3 overnight", "-3", -3.0);
        one("fell to −3 overnight", "−3", -3.0);
        one("1,234,567.89 shares", "1,234,567.89", 1_234_567.89);
        one("in 2021.", "2021", 2021.0);
        one("a 14-year sentence", "14", 14.0);
        // Digits glued to a unit are a measure, not a number.
        none("ran 10km");
        none("the 180.25ml liquid");
        none("1m isn't a number");
        one("from mid-2025 on", "2025", 2025.0);
        case("10-20 people", &[("10-20", range(10.0, 20.0), None)]);
        case(
            "2,000, 13",
            &[("2,000", exact(2000.0), None), ("13", exact(13.0), None)],
        );
    }

    #[test]
    fn digits_with_multipliers() {
        one("1.5 million people", "1.5 million", 1.5e6);
        one("2 billion", "2 billion", 2e9);
        one("230 thousand square miles", "230 thousand", 230_000.0);
        one("3 dozen eggs", "3 dozen", 36.0);
        one("a $500 million deal", "500 million", 5e8);
        one("a $500-million deal", "500-million", 5e8);
        one("a $500m deal", "500m", 5e8);
        one("US$1.2bn", "1.2bn", 1.2e9);
        one("€3bn", "3bn", 3e9);
        one("£5M", "5M", 5e6);
        one("3bn people", "3bn", 3e9);
        one("10k followers", "10k", 10_000.0);
        // Without a currency sign "500m" is metres, a measure.
        none("a 500m race");
    }

    #[test]
    fn words() {
        one("thirteen soldiers", "thirteen", 13.0);
        one("Thirteen soldiers", "Thirteen", 13.0);
        one("one hundred seventy", "one hundred seventy", 170.0);
        one("one hundred and seventy", "one hundred and seventy", 170.0);
        one("twenty-one guns", "twenty-one", 21.0);
        one("twenty one guns", "twenty one", 21.0);
        one("three million people", "three million", 3e6);
        one("two thousand", "two thousand", 2000.0);
        one(
            "three million two hundred thousand",
            "three million two hundred thousand",
            3.2e6,
        );
        one("nineteen hundred", "nineteen hundred", 1900.0);
        one("a hundred people", "a hundred", 100.0);
        one("a hundred thousand people", "a hundred thousand", 100_000.0);
        one("an eleven-member panel", "eleven", 11.0);
        one("a million dollars", "a million", 1e6);
        one("zero tolerance", "zero", 0.0);
        case(
            "one, two, three",
            &[
                ("one", exact(1.0), None),
                ("two", exact(2.0), None),
                ("three", exact(3.0), None),
            ],
        );
        case(
            "one two",
            &[("one", exact(1.0), None), ("two", exact(2.0), None)],
        );
    }

    #[test]
    fn dozens_couples_and_fractions() {
        one("a dozen times", "a dozen", 12.0);
        one("half a dozen times", "half a dozen", 6.0);
        one("half-a-dozen visits", "half-a-dozen", 6.0);
        one("a half dozen visits", "a half dozen", 6.0);
        one("the five dozen elements", "five dozen", 60.0);
        one("a couple of weeks", "a couple", 2.0);
        one("a couple hundred", "a couple hundred", 200.0);
        one("half a million", "half a million", 500_000.0);
        one("three quarters of voters", "three quarters", 0.75);
        one("two-thirds of the vote", "two-thirds", 2.0 / 3.0);
        one("one third", "one third", 1.0 / 3.0);
        one("a third of voters", "a third", 1.0 / 3.0);
        one("two and a half years", "two and a half", 2.5);
        one("3 and a half months", "3 and a half", 3.5);
        one("for 2 and a quarter hours", "2 and a quarter", 2.25);
        // A fraction that is a value of its own stays one.
        // "half" that begins a compound is no fraction of the figure.
        one("they scored 2 and a half-time change followed", "2", 2.0);
        one("one and a half million", "one and a half million", 1.5e6);
    }

    #[test]
    fn vague() {
        case(
            "millions of dollars",
            &[("millions", range(2e6, 1e9), None)],
        );
        case(
            "hundreds of millions of dollars",
            &[("hundreds of millions", range(2e8, 1e9), None)],
        );
        case(
            "tens of thousands",
            &[("tens of thousands", range(2e4, 1e5), None)],
        );
        case("dozens of people", &[("dozens", range(24.0, 144.0), None)]);
        case("billions", &[("billions", range(2e9, 1e12), None)]);
        case(
            "several hundred",
            &[("several hundred", range(200.0, 1000.0), None)],
        );
        case(
            "a few thousand",
            &[("a few thousand", range(2000.0, 10_000.0), None)],
        );
    }

    #[test]
    fn qualifiers() {
        use Qualifier::*;
        let q =
            |text: &str, span: &str, n: f64, q: Qualifier| case(text, &[(span, exact(n), Some(q))]);
        q("around 170 Afghan civilians", "around 170", 170.0, About);
        q("about 40", "about 40", 40.0, About);
        q("roughly 40", "roughly 40", 40.0, About);
        q("approximately 40", "approximately 40", 40.0, About);
        q("some 300 troops", "some 300", 300.0, About);
        q("nearly 40", "nearly 40", 40.0, About);
        q("almost forty", "almost forty", 40.0, About);
        q(
            "at least half a dozen times",
            "at least half a dozen",
            6.0,
            AtLeast,
        );
        q("no less than 5", "no less than 5", 5.0, AtLeast);
        q(
            "more than 230,000",
            "more than 230,000",
            230_000.0,
            MoreThan,
        );
        q("over 50", "over 50", 50.0, MoreThan);
        q("just over 50", "just over 50", 50.0, MoreThan);
        q("upwards of 50", "upwards of 50", 50.0, MoreThan);
        q("up to 9", "up to 9", 9.0, AtMost);
        q("at most 9", "at most 9", 9.0, AtMost);
        q("no more than 9", "no more than 9", 9.0, AtMost);
        q("less than 9", "less than 9", 9.0, LessThan);
        q("fewer than nine", "fewer than nine", 9.0, LessThan);
        q("under 9", "under 9", 9.0, LessThan);
        // A qualifier must touch the number.
        one("about the 40", "40", 40.0);
        one("about, 40", "40", 40.0);
    }

    #[test]
    fn decimals_fractions_and_signs() {
        one("a .4 margin", ".4", 0.4);
        one("six point two", "six point two", 6.2);
        one(
            "four hundred point nought five",
            "four hundred point nought five",
            400.05,
        );
        one("one point sixty-two", "one point sixty-two", 1.62);
        one("minus eight", "minus eight", -8.0);
        one("negative 2.5", "negative 2.5", -2.5);
        one("nought", "nought", 0.0);
        one("rose 5/8 of a point", "5/8", 0.625);
        one("a 3 1/2 hour wait", "3 1/2", 3.5);
        one("a 7½ hour wait", "7½", 7.5);
        one("¾ of them", "¾", 0.75);
        one("a half hour", "a half", 0.5);
        one("six and a quarter", "six and a quarter", 6.25);
        one("nine and a third", "nine and a third", 9.0 + 1.0 / 3.0);
        one("half million", "half million", 5e5);
        one("quarter billion", "quarter billion", 2.5e8);
        one("4 dozens", "4 dozens", 48.0);
        one("five dozens", "five dozens", 60.0);
        one("2.1e5 cells", "2.1e5", 2.1e5);
        one("4E-3", "4E-3", 0.004);
        // Not fractions, nor two numbers: "24/7", "9/11" (see not_numbers).
        none("24/7");
        none("9/11");
        none("a half-brother");
    }

    #[test]
    fn ranges() {
        case("10-20 people", &[("10-20", range(10.0, 20.0), None)]);
        case("aged 18 – 25", &[("18 – 25", range(18.0, 25.0), None)]);
        case("3k-8k fans", &[("3k-8k", range(3000.0, 8000.0), None)]);
        case("6 to 9 weeks", &[("6 to 9", range(6.0, 9.0), None)]);
        case(
            "pages 40 through 60",
            &[("40 through 60", range(40.0, 60.0), None)],
        );
        case("roughly 5~7", &[("5~7", range(5.0, 7.0), None)]);
        case(
            "between 12 and 15 rooms",
            &[("between 12 and 15", range(12.0, 15.0), None)],
        );
        case(
            "from two to four players",
            &[("from two to four", range(2.0, 4.0), None)],
        );
        case(
            "10-20 million viewers",
            &[("10-20 million", range(1e7, 2e7), None)],
        );
        // A change, not a range; a falling pair, a score; a phone number.
        case(
            "prices rose from 10 to 20",
            &[("10", exact(10.0), None), ("20", exact(20.0), None)],
        );
        case(
            "a 3-1 win",
            &[("3", exact(3.0), None), ("1", exact(1.0), None)],
        );
        case(
            "+1-202-5550",
            &[
                ("1", exact(1.0), None),
                ("202", exact(202.0), None),
                ("5550", exact(5550.0), None),
            ],
        );
        case("twenty-four", &[("twenty-four", exact(24.0), None)]);
    }

    #[test]
    fn comparisons() {
        use Qualifier::*;
        let q =
            |text: &str, span: &str, n: f64, q: Qualifier| case(text, &[(span, exact(n), Some(q))]);
        q("larger than 7", "larger than 7", 7.0, MoreThan);
        q("higher than 7", "higher than 7", 7.0, MoreThan);
        q("lower than 7", "lower than 7", 7.0, LessThan);
        q("smaller than 7", "smaller than 7", 7.0, LessThan);
        q(
            "less than or equal to 8",
            "less than or equal to 8",
            8.0,
            AtMost,
        );
        q(
            "greater than or equal to 8",
            "greater than or equal to 8",
            8.0,
            AtLeast,
        );
        q(
            "equal to or more than 8",
            "equal to or more than 8",
            8.0,
            AtLeast,
        );
        q(
            "bigger or equal than 8",
            "bigger or equal than 8",
            8.0,
            AtLeast,
        );
        q("lower or equal to 8", "lower or equal to 8", 8.0, AtMost);
        q("costs exceeding 90", "exceeding 90", 90.0, MoreThan);
        q("aged 65 and over", "65 and over", 65.0, AtLeast);
        q("12 or more", "12 or more", 12.0, AtLeast);
        q("12 or fewer", "12 or fewer", 12.0, AtMost);
        q("equal to 12 or less", "equal to 12 or less", 12.0, AtMost);
        q(
            "fewer than 12 or equal to",
            "fewer than 12 or equal to",
            12.0,
            AtMost,
        );
        q("when x >4", ">4", 4.0, MoreThan);
        q("when x >= 4", ">= 4", 4.0, AtLeast);
        q("when x < = 4", "< = 4", 4.0, AtMost);
        q("when x ≤ 4", "≤ 4", 4.0, AtMost);
        q("when x <-4", "<-4", -4.0, LessThan);
        one("<>4", "4", 4.0);
        case(
            "greater than 30 and less than or equal to 40",
            &[
                ("greater than 30", exact(30.0), Some(MoreThan)),
                ("less than or equal to 40", exact(40.0), Some(AtMost)),
            ],
        );
        case(
            "larger than twenty and less or equal than thirty five",
            &[
                ("larger than twenty", exact(20.0), Some(MoreThan)),
                ("less or equal than thirty five", exact(35.0), Some(AtMost)),
            ],
        );
        // Each comparison keeps its own number.
        case(
            "above 3 and below 9",
            &[
                ("above 3", exact(3.0), Some(MoreThan)),
                ("below 9", exact(9.0), Some(LessThan)),
            ],
        );
    }

    #[test]
    fn digit_groups() {
        one("1 234 567 people", "1 234 567", 1_234_567.0);
        one("40 000 people", "40 000", 40_000.0);
        one("40\u{202f}000 people", "40\u{202f}000", 40_000.0);
        one(
            "1\u{202f}234\u{202f}567.89",
            "1\u{202f}234\u{202f}567.89",
            1_234_567.89,
        );
        one(
            "1\u{a0}414\u{a0}021\u{a0}100",
            "1\u{a0}414\u{a0}021\u{a0}100",
            1_414_021_100.0,
        );
        one("Rs 12,34,567.89", "12,34,567.89", 1_234_567.89);
        one("1,00,000 rupees", "1,00,000", 100_000.0);
        one("1.111,11 euros", "1.111,11", 1111.11);
        one("2.345.678,5 euros", "2.345.678,5", 2_345_678.5);
        // One plain space between numbers is no grouping.
        case(
            "chapter 3 100 pages",
            &[("3", exact(3.0), None), ("100", exact(100.0), None)],
        );
        case(
            "in 2021 100 people",
            &[("2021", exact(2021.0), None), ("100", exact(100.0), None)],
        );
        case(
            "scores 12,34",
            &[("12", exact(12.0), None), ("34", exact(34.0), None)],
        );
        one("a 1.111 ratio", "1.111", 1.111);
    }

    #[test]
    fn powers() {
        one("1.1^23", "1.1^23", 1.1f64.powi(23));
        one("1.1^+23", "1.1^+23", 1.1f64.powi(23));
        one("2.5^-1", "2.5^-1", 0.4);
        one("-2500^-1", "-2500^-1", -0.0004);
        one("-1.1^--23", "-1.1^--23", -(1.1f64.powi(23)));
        one("1.3x10^6 cells", "1.3x10^6", 1.3e6);
        one("6.23x10^-4", "6.23x10^-4", 6.23e-4);
        one("6.23×10^-4", "6.23×10^-4", 6.23e-4);
    }

    #[test]
    fn multiplier_letters() {
        one("10G", "10G", 1e10);
        one("1.5G", "1.5G", 1.5e9);
        one("1.2b", "1.2b", 1.2e9);
        one(" 2.33 k", "2.33 k", 2330.0);
        one("1MM", "1MM", 1e6);
        one("2mil SEK", "2mil", 2e6);
        one("10 tln", "10 tln", 1e13);
        one("1,674.5 G", "1,674.5 G", 1.6745e12);
        one("1,674,200.5 M", "1,674,200.5 M", 1.6742005e12);
        one(" 3 dzs", "3 dzs", 36.0);
        one(" five dozs", "five dozs", 60.0);
        // A network generation, a subsection, a label.
        none("a 5G network");
        none("section 5b");
        one("Type 2 M", "2", 2.0);
        one("its 10-K filing", "10", 10.0);
    }

    #[test]
    fn figures_with_number_words() {
        one("3 hundred and 21 yuan", "3 hundred and 21", 321.0);
        one("3 hundred and one", "3 hundred and one", 301.0);
        one(
            "4 thousand 3 hundred and 21",
            "4 thousand 3 hundred and 21",
            4321.0,
        );
        one(
            "6 crore and two hundred",
            "6 crore and two hundred",
            60_000_200.0,
        );
        one("three lakh crore", "three lakh crore", 3e12);
        one("one thousand million", "one thousand million", 1e9);
        one("fifty - two", "fifty - two", 52.0);
        one(
            " three hundred and two dozens",
            "three hundred and two dozens",
            324.0,
        );
        case(
            "4 thousand 3 hundred and 0",
            &[
                ("4 thousand 3 hundred", exact(4300.0), None),
                ("0", exact(0.0), None),
            ],
        );
        case(
            "4000 3 hundred and 21",
            &[
                ("4000", exact(4000.0), None),
                ("3 hundred and 21", exact(321.0), None),
            ],
        );
        // An "and" between two amounts joins two numbers.
        case(
            "two million and three million",
            &[
                ("two million", exact(2e6), None),
                ("three million", exact(3e6), None),
            ],
        );
        case(
            "5 million 3 people",
            &[("5 million", exact(5e6), None), ("3", exact(3.0), None)],
        );
        case(
            "twenty - thirty",
            &[("twenty - thirty", range(20.0, 30.0), None)],
        );
    }

    #[test]
    fn fractions_in_words() {
        let f = |text: &str, n: f64| one(text, text, n);
        f("twenty-three fifths", 4.6);
        f("twenty fifths", 4.0);
        f("twenty one fifths", 4.2);
        f("one twenty-fifth", 0.04);
        f("three twenty-firsts", 3.0 / 21.0);
        f("three twenty firsts", 3.0 / 21.0);
        f("twenty twenty fifths", 0.8);
        f("one hundred thirty fifths", 100.0 / 35.0);
        f("one hundred thirty-fifths", 100.0 / 35.0);
        f("one hundred thirty two fifths", 26.4);
        f("one hundred and thirty fifths", 26.0);
        f("one one hundred fifth", 1.0 / 105.0);
        f("one one hundred and fifth", 1.0 / 105.0);
        f("one hundred one thousand fifths", 100.0 / 1005.0);
        f("ninety - five hundred fifths", 1900.0);
        f("ninety - five hundred-fifths", 1900.0);
        f("one - fourth", 0.25);
        f("five - eighths", 0.625);
        f("a hundredth", 0.01);
        f("a trillionth", 1e-12);
        f("a hundred trillionths", 1e-10);
        f("a hundred thousand trillionths", 1e-7);
        f("a fifth", 0.2);
        f("a twenty-first", 1.0 / 21.0);
        f("minus one hundred thirty fifths", -100.0 / 35.0);
        one("a fifth of voters", "a fifth", 0.2);
        // Ordinals, not fractions.
        none("a fifth term");
        none("the fifth");
        none("a twenty-first century problem");
        none("the one hundredth game");
        none("the one hundred and first");
        none("a second later");
        one("the two firsts", "two", 2.0);
    }

    #[test]
    fn mixed_fractions() {
        let f = |text: &str, n: f64| one(text, text, n);
        f("three and one fourth", 3.25);
        f("twenty and three fifths", 20.6);
        f("twenty and three and three fifths", 23.6);
        f("one hundred and three quarters", 100.75);
        f("one hundred and three and two thirds", 103.0 + 2.0 / 3.0);
        f("one hundred and thirty and two fifths", 130.4);
        f("two and fifty-four hundredths", 2.54);
        f("two hundred and fifty-four hundredths", 200.54);
        f("two hundred thirty two and a thirtieth", 232.0 + 1.0 / 30.0);
        // A fraction after a scale is a fraction of the scale.
        f("one million and a half", 1.5e6);
        f("two million and one half", 2.5e6);
        f("3 million and a half", 3.5e6);
        f("3 million and a quarter", 3.25e6);
        f("five billion and three quarters", 5.75e9);
        f("one billion and a half million", 1.0005e9);
        f("one billion and three quarters million", 1.00075e9);
        f("two thirds of a million", 2e6 / 3.0);
        f("three quarters billion", 7.5e8);
        f("one and a half million", 1.5e6);
    }

    #[test]
    fn ratios() {
        let f = |text: &str, n: f64| one(text, text, n);
        f("one over three", 1.0 / 3.0);
        f("1 over 3", 1.0 / 3.0);
        f("2000 over 3", 2000.0 / 3.0);
        f("1 over one hundred and twenty one", 1.0 / 121.0);
        f("negative one over 20", -0.05);
        f("one out of three", 1.0 / 3.0);
        f("1 in twenty-one", 1.0 / 21.0);
        one(
            "two out of five hundred tvs",
            "two out of five hundred",
            0.004,
        );
        one("one in five adults", "one in five", 0.2);
        case(
            "about one in five",
            &[("about one in five", exact(0.2), Some(Qualifier::About))],
        );
        case(
            "2 in 5 or more",
            &[("2 in 5 or more", exact(0.4), Some(Qualifier::AtLeast))],
        );
        // Not ratios: a golf score, a change over time, a year, a span of
        // time, a date, a comparison.
        one("finished one over par", "one", 1.0);
        case(
            "rose 5 over 2 years",
            &[
                ("5", exact(5.0), None),
                ("over 2", exact(2.0), Some(Qualifier::MoreThan)),
            ],
        );
        case(
            "killed 3 in 2020",
            &[("3", exact(3.0), None), ("2020", exact(2020.0), None)],
        );
        case(
            "up 5 in 10 days",
            &[("5", exact(5.0), None), ("10", exact(10.0), None)],
        );
        case(
            "won 3 in 10 March",
            &[("3", exact(3.0), None), ("10", exact(10.0), None)],
        );
        case(
            "more than 2 in 5",
            &[
                ("more than 2", exact(2.0), Some(Qualifier::MoreThan)),
                ("5", exact(5.0), None),
            ],
        );
        case(
            "scored 5 in 2",
            &[("5", exact(5.0), None), ("2", exact(2.0), None)],
        );
    }

    #[test]
    fn not_fractions() {
        none("Q3 results");
        case(
            "a 3-2 win",
            &[("3", exact(3.0), None), ("2", exact(2.0), None)],
        );
        case(
            "on 3/4/2021",
            &[
                ("3", exact(3.0), None),
                ("4", exact(4.0), None),
                ("2021", exact(2021.0), None),
            ],
        );
    }

    #[test]
    fn not_numbers() {
        none("B2B sales");
        none("a 5G network");
        none("the 1990s");
        none("the 2nd round");
        none("the $TRUMP meme coin");
        none("no one came");
        none("the one who left");
        none("they love one another");
        none("version 1.2.3");
        none("at 10:30");
        none("hundred");
        none("tens");
        none("half of them");
        none("a couple who married");
        none("COVID-19");
        none("an F-16 jet");
        none("the A320");
        // Numbers inside names and fixed expressions.
        none("the Boeing 737 fleet grew");
        none("the UK triggered Article 50 in March");
        none("firms filed for Chapter 11 protection");
        none("sales of Battlefield 6 rose");
        none("the G7 met");
        none("the 9/11 attacks");
        none("support around the clock, 24/7");
        none("a 50/50 split");
        none("during World War Two, he joined");
        none("the Formula One season");
        none("Capital One reported earnings");
    }

    #[test]
    fn numbers_beside_names_that_stay_values() {
        // A score between team names.
        case(
            "Liverpool beat Chelsea 3-1 on Sunday",
            &[("3", exact(3.0), None), ("1", exact(1.0), None)],
        );
        // After a sentence's first word, a month, or a currency.
        one("Officials 50 strong marched", "50", 50.0);
        one("on May 5 they met", "5", 5.0);
        one("Officials said Two people died", "Two", 2.0);
        one("Two people died", "Two", 2.0);
        one("the War took two years", "two", 2.0);
        one("paid Rs 500 in fees", "500", 500.0);
        // A lowercase word before, or a comma between.
        one("the model 737 is old", "737", 737.0);
        one("said Smith, 45, a farmer", "45", 45.0);
        // Slashed figures longer than a pair are read part by part.
        case(
            "on 5/17/2018",
            &[
                ("5", exact(5.0), None),
                ("17", exact(17.0), None),
                ("2018", exact(2018.0), None),
            ],
        );
        one("1/2 of them", "1/2", 0.5);
    }

    #[test]
    fn spans_on_non_ascii_text() {
        let text = "Künast’s “13” — ça coûte 1.5 million € — Ōsaka, twenty‑one";
        let got = numbers(text);
        let spans: Vec<&str> = got
            .iter()
            .map(|e| &text[e.span.start..e.span.end])
            .collect();
        assert_eq!(spans, ["13", "1.5 million", "twenty‑one"]);
        one("naïve 13\u{a0}people", "13", 13.0);
        one("tíz 7 év", "7", 7.0);
    }

    /// Every extractor, on every char-aligned slice of awkward text: no
    /// panics, spans on char boundaries, in order and not overlapping.
    #[test]
    fn spans_are_sound_on_any_slice() {
        use crate::extract::{duration, money, ordinal, percent, quantity};
        let samples = [
            "At least $300 million — “US$1.2bn”, €3bn; 10–20% of 230,000 sq. mi. in Łódź, ",
            "the twenty‑first of 14-year-old twins, half a dozen 2nds, −3°C, 1.2.3, B2B, $TRUMP ",
            "between 10 and 20 percent, a weeklong, yearslong, 60 Minutes, a second later, 5km/h ",
            "hundreds of millions of dollars, one hundred and seventy, a couple of days, -",
        ];
        for sample in samples {
            let bounds: Vec<usize> = sample
                .char_indices()
                .map(|(i, _)| i)
                .chain([sample.len()])
                .collect();
            for (n, &a) in bounds.iter().enumerate() {
                for &b in &bounds[n..] {
                    let text = &sample[a..b];
                    let all = [
                        numbers(text),
                        money::money(text),
                        percent::percents(text),
                        quantity::quantities(text),
                        duration::durations(text),
                        ordinal::ordinals(text),
                    ];
                    for found in all {
                        let mut last_end = 0;
                        for e in found {
                            assert!(
                                e.span.start >= last_end && e.span.start < e.span.end,
                                "{text:?}: {e:?}"
                            );
                            assert!(
                                text.get(e.span.start..e.span.end).is_some(),
                                "{text:?}: {e:?}"
                            );
                            last_end = e.span.end;
                        }
                    }
                    for like in [text, "four", "$550m"] {
                        let _ = restyle_number(1.5e6, like);
                    }
                }
            }
        }
    }

    #[track_caller]
    fn restyled(n: f64, like: &str, want: &str) {
        assert_eq!(
            restyle_number(n, like),
            want,
            "restyle_number({n}, {like:?})"
        );
    }

    #[test]
    fn restyle() {
        restyled(3.0, "four", "three");
        restyled(3.0, "Four", "Three");
        restyled(14.0, "13", "14");
        restyled(1.5e6, "1.2 million", "1.5 million");
        restyled(2e6, "1.2 million", "2 million");
        restyled(5e8, "1.2 billion", "500 million");
        restyled(1.5e9, "500 million", "1.5 billion");
        restyled(230_000.0, "230,000", "230,000");
        restyled(240_000.0, "230,000", "240,000");
        restyled(2500.0, "13", "2,500");
        restyled(2500.0, "2000", "2500");
        restyled(6.0, "half a dozen", "half a dozen");
        restyled(7.0, "half a dozen", "seven");
        restyled(24.0, "half a dozen", "two dozen");
        restyled(48.0, "five dozen", "four dozen");
        restyled(12.0, "a dozen", "a dozen");
        restyled(2000.0, "two thousand", "two thousand");
        restyled(3000.0, "two thousand", "three thousand");
        restyled(2150.0, "two thousand", "2,150");
        restyled(170.0, "one hundred and sixty", "one hundred and seventy");
        restyled(21.0, "thirteen", "twenty-one");
        restyled(2.0, "a couple of weeks", "a couple of weeks");
        restyled(3.0, "a couple of weeks", "three weeks");
        restyled(3e6, "millions of people", "3 million people");
        restyled(5e8, "$550m", "$500m");
        restyled(1.2e9, "$550m", "$1.2bn");
        restyled(5e8, "US$1.2bn", "US$500m");
        restyled(3e6, "3.5M", "3M");
        restyled(2.5, "2.0", "2.5");
        restyled(3.0, "2.0", "3.0");
        restyled(-4.0, "−3", "−4");
        restyled(2.5e6, "three million", "2.5 million");
        restyled(500_000.0, "half a million", "half a million");
        restyled(300_000.0, "half a million", "three hundred thousand");
        restyled(40.0, "about 50 people", "about 40 people");
        restyled(40.0, " 50 people. ", " 40 people. ");
        restyled(5e8, "hundreds of millions", "500 million");
        restyled(7.0, "no number here", "seven");
        restyled(12_500.0, "", "12,500");
        restyled(1e18, "four", "1,000,000,000,000,000,000");
    }
}
