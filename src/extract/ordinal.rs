//! Ordinals: "first" .. "twentieth", "twenty-first", "thirty first", "one
//! hundred and first", "hundredth", "a hundred trillionth", "1st", "2nd",
//! "3rd", "22nd", "101st"; and positions the text counts from the end or
//! from the item at hand without numbering them: "last" (end+0),
//! "penultimate", "next to last", "second to last", "last but one", "the one
//! before the last" (end-1), "antepenultimate" (end-2), "next" (current+1),
//! "previous" (current-1), "current" (current+0).
//!
//! Hand-written on the shared tokenizer because the words are a closed list
//! and the work is in the exceptions: "second" is often a unit of time ("a
//! second later", "per second", "a split second"), and "a third of" or "one
//! fifth" are fractions, not ranks. "last" and "next" are more often
//! something else: a date with the calendar word after them ("last year",
//! "next Thursday", read by the date extractor), the verb ("it will last",
//! "could last for years"), an adverb ("was last seen", "at last") or the
//! preposition "next to".

use super::numeric::format::words;
use super::numeric::scan::{
    compound_ordinal, ordinal_value, parse_at, scale_value, tens_value, unit_value, TokKind, Tokens,
};
use super::title::words::{is_calendar_word, is_verb_like};
use super::{Extracted, Kind, Origin, Value};

/// Whether "second" at token `i` is the unit of time: "per second", "a split
/// second", "30-second", "for a second.", "a second later" — but not "a
/// second term" or "the second Pakistani".
pub(crate) fn second_is_time(t: &Tokens, i: usize) -> bool {
    let prev = if i > 0 { t.w(i - 1) } else { "" };
    if matches!(prev, "split" | "per" | "every" | "each") {
        return true;
    }
    if i > 0 && t.kind(i - 1) == Some(TokKind::Num) {
        return true;
    }
    if i > 1 && t.is_punct(i - 1, '-') && t.adj(i - 1) && t.kind(i - 2) == Some(TokKind::Num) {
        return true;
    }
    if matches!(prev, "a" | "one" | "half") {
        if t.is_punct(i + 1, '-') {
            return false; // "a second-half goal"
        }
        return matches!(t.kind(i + 1), None | Some(TokKind::Punct))
            || matches!(
                t.w(i + 1),
                "later"
                    | "ago"
                    | "earlier"
                    | "longer"
                    | "before"
                    | "after"
                    | "or"
                    | "to"
                    | "too"
                    | "in"
                    | "for"
                    | "of"
                    | "more"
                    | "when"
                    | "while"
                    | "until"
            );
    }
    false
}

/// Where an ordinal places its item.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Position {
    /// Counted from the start: "third" is 3.
    Numbered(i64),
    /// Counted from the end or the item at hand: "penultimate" is end-1.
    Relative(Origin, i64),
}

/// An ordinal found: tokens, position, and whether written in digits.
struct Found {
    start: usize,
    end: usize,
    position: Position,
    digits: bool,
}

fn found(t: &Tokens) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        if let Some(f) = relative_at(t, i).or_else(|| at(t, i)) {
            i = f.end;
            out.push(f);
        } else {
            i += 1;
        }
    }
    out
}

fn at(t: &Tokens, i: usize) -> Option<Found> {
    let found = |end, n: f64, digits| {
        // "second to last", "third from last": counted back from the end.
        let position = match (t.w(end), t.w(end + 1)) {
            ("to" | "from", "last") if n >= 1.0 => {
                return Some(Found {
                    start: i,
                    end: end + 2,
                    position: Position::Relative(Origin::End, 1 - n as i64),
                    digits,
                })
            }
            _ => Position::Numbered(n as i64),
        };
        Some(Found {
            start: i,
            end,
            position,
            digits,
        })
    };
    match t.kind(i)? {
        TokKind::Num => {
            let tok = t.tok(i);
            let glued_to_word = t.adj(i) && t.kind(i - 1) == Some(TokKind::Word);
            if tok.ident || tok.decimals > 0 || glued_to_word || !t.adj(i + 1) {
                return None;
            }
            if matches!(t.w(i + 1), "st" | "nd" | "rd" | "th")
                && !(t.adj(i + 2) && t.kind(i + 2) == Some(TokKind::Word))
            {
                return found(i + 2, tok.value, true);
            }
            None
        }
        TokKind::Word => {
            if let Some((v, end)) = compound_ordinal(t, i) {
                return found(end, v, false);
            }
            if let Some((v, end)) = article_scale_ordinal(t, i) {
                return found(end, v, false);
            }
            let v = ordinal_value(t.w(i))?;
            if v == 2.0 && second_is_time(t, i) {
                return None;
            }
            // Fractions: "one third", "one-fifth", "a third of", "one hundredth".
            let before = if i > 0 && t.is_punct(i - 1, '-') && t.adj(i) {
                i.saturating_sub(2)
            } else {
                i.saturating_sub(1)
            };
            if i > 0 {
                let prev = t.w(before);
                // "a hundred millionth of" too, where no ordinal took the
                // number in.
                if unit_value(prev).is_some()
                    || tens_value(prev).is_some()
                    || prev == "hundred"
                    || scale_value(prev).is_some()
                {
                    return None;
                }
                // "a third of", and "a hundredth", "a millionth" alone.
                if matches!(prev, "a" | "an") && ((t.w(i + 1) == "of" && v >= 3.0) || v >= 100.0) {
                    return None;
                }
            }
            found(i + 1, v, false)
        }
        TokKind::Punct => None,
    }
}

/// "a hundred trillionth", "a thousand millionth": the article standing for
/// one before a round number and an ordinal of a larger scale; the value and
/// the token after it. "a hundred millionth of a second" is a fraction.
fn article_scale_ordinal(t: &Tokens, i: usize) -> Option<(f64, usize)> {
    if !matches!(t.w(i), "a" | "an") {
        return None;
    }
    let phrase = parse_at(t, i, false)?;
    let v = phrase.exact()?;
    let k = phrase.end;
    let o = ordinal_value(t.w(k)).filter(|&o| o >= 1000.0)?;
    let fits = v >= 100.0 && v < o.min(1e6) && v.fract() == 0.0 && t.w(k + 1) != "of";
    fits.then_some((v * o, k + 1))
}

/// Words that open a noun phrase: after one, "last" is an adjective ("the
/// last time", "his last visit", "one last time"), not a verb or a date.
fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "this"
            | "that"
            | "these"
            | "those"
            | "my"
            | "your"
            | "his"
            | "her"
            | "its"
            | "our"
            | "their"
            | "one"
            | "each"
            | "every"
            | "any"
            | "whose"
    )
}

/// Words that begin a clause or a noun phrase of their own: "next" or
/// "last" before one modifies nothing ("stand next a wall", "last the
/// winter", "next, he said").
fn opens_phrase(w: &str) -> bool {
    (is_determiner(w) && w != "one")
        || matches!(
            w,
            "he" | "she" | "it" | "we" | "they" | "i" | "you" | "him" | "them" | "us" | "me"
        )
}

/// Periods that "last" and "next" make into dates when nothing precedes
/// them: "last year", "next week", "last Thursday", "last semester" mean
/// the one before or after now, not the final one, and are the date
/// extractor's to read.
fn is_period_word(w: &str) -> bool {
    is_calendar_word(w)
        || matches!(
            w,
            "year"
                | "years"
                | "month"
                | "months"
                | "week"
                | "weeks"
                | "weekend"
                | "weekends"
                | "day"
                | "days"
                | "night"
                | "nights"
                | "morning"
                | "afternoon"
                | "evening"
                | "time"
                | "season"
                | "seasons"
                | "semester"
                | "term"
                | "quarter"
                | "decade"
                | "decades"
                | "century"
                | "spring"
                | "summer"
                | "autumn"
                | "fall"
                | "winter"
        )
}

/// Whether the word before "last" makes it the verb: "will last", "to
/// last", "didn't last", "it lasts" written "it last".
fn verb_before_last(t: &Tokens, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let prev = t.w(i - 1);
    let contraction = prev == "t" && matches!(t.punct(i.wrapping_sub(2)), Some('\'' | '’'));
    contraction
        || matches!(
            prev,
            "to" | "will"
                | "would"
                | "could"
                | "can"
                | "cannot"
                | "may"
                | "might"
                | "must"
                | "should"
                | "shall"
                | "did"
                | "does"
                | "do"
                | "not"
                | "never"
                | "it"
                | "they"
                | "we"
                | "he"
                | "she"
                | "i"
                | "you"
                | "who"
                | "which"
        )
}

/// The token after a relative ordinal word at `j - 1`, taking in a pronoun
/// "one" after it ("the next one", "the one before the last one") unless it
/// begins a number ("the next one hundred days").
fn with_one(t: &Tokens, j: usize) -> usize {
    let number_follows = t.kind(j + 1) == Some(TokKind::Num)
        || t.w(j + 1) == "hundred"
        || scale_value(t.w(j + 1)).is_some()
        || t.is_punct(j + 1, '-');
    if t.w(j) == "one" && !number_follows {
        j + 1
    } else {
        j
    }
}

/// A position counted from the end or from the item at hand, at token `i`.
fn relative_at(t: &Tokens, i: usize) -> Option<Found> {
    let relative = |end, origin, offset| {
        Some(Found {
            start: i,
            end,
            position: Position::Relative(origin, offset),
            digits: false,
        })
    };
    let prev = if i > 0 { t.w(i - 1) } else { "" };
    let possessive = i > 1 && prev == "s" && matches!(t.punct(i - 2), Some('\'' | '’'));
    // With nothing in front ("last year", "next Thursday", "last two
    // years"), a period after it makes a date.
    let bare = !is_determiner(prev) && !possessive;
    let dated = |j: usize| {
        let after_number = parse_at(t, j, false).map_or(j, |p| p.end);
        bare && (is_period_word(t.w(j)) || is_period_word(t.w(after_number)))
    };
    let next = t.w(i + 1);
    match t.w(i) {
        "penultimate" => relative(i + 1, Origin::End, -1),
        "antepenultimate" => relative(i + 1, Origin::End, -2),
        // "the one before the last (one)".
        "one" if next == "before" && t.w(i + 2) == "the" && t.w(i + 3) == "last" => {
            relative(with_one(t, i + 4), Origin::End, -1)
        }
        "last" => {
            // "the last but one", "last but two".
            if next == "but" {
                if let Some(n) = unit_value(t.w(i + 2)).filter(|&n| n >= 1.0) {
                    return relative(i + 3, Origin::End, -(n as i64));
                }
            }
            let verb = verb_before_last(t, i)
                || matches!(
                    next,
                    "for"
                        | "until"
                        | "till"
                        | "through"
                        | "throughout"
                        | "into"
                        | "beyond"
                        | "long"
                        | "longer"
                        | "forever"
                        | "as"
                );
            // "was last seen", "has last been", "when we last spoke": the
            // adverb, most recently. "was last in the polls" is a rank.
            let auxiliary = matches!(
                prev,
                "was" | "were" | "is" | "are" | "be" | "been" | "has" | "have" | "had"
            );
            let participle = auxiliary
                && t.kind(i + 1) == Some(TokKind::Word)
                && !t.capitalized(i + 1)
                && !matches!(next, "in" | "on" | "at" | "of" | "among" | "and" | "or");
            let adverb = prev == "at" || participle || (bare && is_verb_like(next));
            if verb || adverb || opens_phrase(next) || dated(i + 1) {
                return None;
            }
            relative(with_one(t, i + 1), Origin::End, 0)
        }
        "next" => {
            if next == "to" {
                // "next to last"; else the preposition, "next to the wall".
                return (t.w(i + 2) == "last").then(|| relative(i + 3, Origin::End, -1))?;
            }
            // "Next, he said": the sentence adverb, "then".
            let transition = t.is_punct(i + 1, ',')
                && (i == 0 || matches!(t.punct(i - 1), Some('.' | ';' | ':' | '—')));
            if transition || opens_phrase(next) || dated(i + 1) {
                return None;
            }
            relative(with_one(t, i + 1), Origin::Current, 1)
        }
        "previous" => {
            // "previous to" is "before".
            if next == "to" || opens_phrase(next) {
                return None;
            }
            relative(with_one(t, i + 1), Origin::Current, -1)
        }
        // "the current one", "current students"; alone, "the current" is
        // a flow of water or electricity.
        "current" => {
            // "a strong current swept the boat away".
            let modifies = t.kind(i + 1) == Some(TokKind::Word)
                && !opens_phrase(next)
                && !is_verb_like(next)
                && !matches!(
                    next,
                    "of" | "in"
                        | "on"
                        | "at"
                        | "to"
                        | "and"
                        | "or"
                        | "but"
                        | "is"
                        | "was"
                        | "are"
                        | "were"
                        | "that"
                        | "which"
                        | "from"
                        | "with"
                );
            modifies.then(|| relative(with_one(t, i + 1), Origin::Current, 0))?
        }
        _ => None,
    }
}

/// Every ordinal in `text`, as `Kind::Ordinal`: a `Value::Ordinal` counted
/// from the start, or a `Value::RelativeOrdinal`.
pub fn ordinals(text: &str) -> Vec<Extracted> {
    ordinals_in(&Tokens::new(text))
}

/// [`ordinals`] in a sentence already cut into tokens: `extract` cuts each
/// sentence once for every kind that reads numbers.
pub(crate) fn ordinals_in(t: &Tokens) -> Vec<Extracted> {
    found(t)
        .into_iter()
        .map(|f| Extracted {
            kind: Kind::Ordinal,
            span: t.span(f.start, f.end),
            value: match f.position {
                Position::Numbered(number) => Value::Ordinal { number },
                Position::Relative(relative_to, offset) => Value::RelativeOrdinal {
                    relative_to,
                    offset,
                },
            },
        })
        .collect()
}

/// Ordinal words from "zeroth" to "nineteenth", at their value's index.
pub(crate) const ORDINALS: [&str; 20] = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
/// Ordinal words of the tens, "twentieth" at index 2.
pub(crate) const TENTHS: [&str; 10] = [
    "",
    "",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];

/// An ordinal in words: 2 -> "second", 21 -> "twenty-first", 100 -> "one
/// hundredth", 101 -> "one hundred first".
fn ordinal_words(n: u64) -> String {
    if n < 20 {
        return ORDINALS[n as usize].to_string();
    }
    if n < 100 {
        return if n % 10 == 0 {
            TENTHS[(n / 10) as usize].to_string()
        } else {
            format!(
                "{}-{}",
                super::numeric::format::TENS[(n / 10) as usize],
                ORDINALS[(n % 10) as usize]
            )
        };
    }
    let rest = n % 100;
    if rest == 0 {
        format!("{}th", words(n, false))
    } else {
        format!("{} {}", words(n - rest, false), ordinal_words(rest))
    }
}

/// "st", "nd", "rd" or "th" for `n`.
fn suffix(n: i64) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

/// The claimed ordinal written in the style of `found`: (2, "third") ->
/// "second", (2, "Third") -> "Second", (2, "3rd") -> "2nd", (21, "third") ->
/// "twenty-first". None when `found` holds no ordinal or the claim is not a
/// positive ordinal.
pub fn restyle(claimed: &Value, found_text: &str) -> Option<String> {
    let Value::Ordinal { number } = claimed else {
        return None;
    };
    if *number <= 0 {
        return None;
    }
    let t = Tokens::new(found_text);
    let f = found(&t).into_iter().next()?;
    if f.digits {
        let written = t.raw(f.start + 1);
        let s = suffix(*number);
        let s = if written.chars().all(|c| c.is_uppercase()) {
            s.to_uppercase()
        } else {
            s.to_string()
        };
        return Some(format!("{number}{s}"));
    }
    let w = ordinal_words(*number as u64);
    if t.capitalized(f.start) {
        let mut c = w.chars();
        return Some(
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default(),
        );
    }
    Some(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` yields exactly these numbered ordinals: (span, number).
    #[track_caller]
    fn case(text: &str, want: &[(&str, i64)]) {
        let got: Vec<(&str, i64)> = ordinals(text)
            .into_iter()
            .map(|e| match e.value {
                Value::Ordinal { number } => (&text[e.span.start..e.span.end], number),
                other => panic!("not a numbered ordinal: {other:?}"),
            })
            .collect();
        assert_eq!(got, want, "{text:?}");
    }

    /// `text` yields exactly these relative ordinals: (span, origin, offset).
    #[track_caller]
    fn relative(text: &str, want: &[(&str, Origin, i64)]) {
        let got: Vec<(&str, Origin, i64)> = ordinals(text)
            .into_iter()
            .map(|e| match e.value {
                Value::RelativeOrdinal {
                    relative_to,
                    offset,
                } => (&text[e.span.start..e.span.end], relative_to, offset),
                other => panic!("not a relative ordinal: {other:?}"),
            })
            .collect();
        assert_eq!(got, want, "{text:?}");
    }

    #[test]
    fn counted_from_the_end() {
        use Origin::End;
        let rows: &[(&str, &str, i64)] = &[
            ("the last time", "last", 0),
            ("his last visit to Beijing", "last", 0),
            ("one last time", "last", 0),
            ("as a last resort", "last", 0),
            ("over the last two decades", "last", 0),
            ("the last one", "last one", 0),
            ("Trump’s last trip", "last", 0),
            ("she finished last.", "last", 0),
            ("he was last in the polls", "last", 0),
            ("the last of the Mohicans", "last", 0),
            ("a last-minute deal", "last", 0),
            ("delete last sentence", "last", 0),
            ("the penultimate stage", "penultimate", -1),
            ("the antepenultimate round", "antepenultimate", -2),
            ("the next to last race", "next to last", -1),
            ("the second to last", "second to last", -1),
            ("the third from last", "third from last", -2),
            ("the twenty-first to last", "twenty-first to last", -20),
            ("the last but one", "last but one", -1),
            ("the last but two", "last but two", -2),
            ("the one before the last", "one before the last", -1),
            (
                "the one before the last one is",
                "one before the last one",
                -1,
            ),
        ];
        for &(text, span, offset) in rows {
            relative(text, &[(span, End, offset)]);
        }
    }

    #[test]
    fn counted_from_the_item_at_hand() {
        use Origin::Current;
        let rows: &[(&str, &str, i64)] = &[
            ("the next item", "next", 1),
            ("the next one", "next one", 1),
            ("the next 3 books", "next", 1),
            ("the next one hundred days", "next", 1),
            ("what comes next.", "next", 1),
            ("a next-generation service", "next", 1),
            ("the next day", "next", 1),
            ("next of kin", "next", 1),
            ("the previous one", "previous one", -1),
            ("a previous version", "previous", -1),
            ("turn to previous page", "previous", -1),
            ("the previous year", "previous", -1),
            ("the current ambassador", "current", 0),
            ("the current one", "current one", 0),
            ("current students", "current", 0),
        ];
        for &(text, span, offset) in rows {
            relative(text, &[(span, Current, offset)]);
        }
    }

    #[test]
    fn last_and_next_that_are_no_ordinals() {
        for text in [
            // Dates: the one before or after now, the date extractor's.
            "last year",
            "Last year, prices rose",
            "next week",
            "last Thursday",
            "next May",
            "last two years",
            "next 3 days",
            "last semester",
            "last time I checked",
            "early last month.",
            // The verb.
            "the talks will last two hours",
            "it did not last",
            "the truce didn’t last",
            "built to last",
            "the effects last for years",
            "supplies last until Friday",
            "will it last?",
            "it won't last the winter",
            // The adverb.
            "at last",
            "At last, a deal",
            "he was last seen in May",
            "when we last spoke",
            "the firm was last valued at $2 billion",
            // The preposition, and "next" before a clause.
            "stand next to the wall",
            "Computers stand next a wall",
            "Next, he said",
            "They met. Next, they ate",
            "previous to that",
            // "current" as a noun.
            "swept away by the current",
            "the current of the river",
            "against the current.",
            "the current carried the boat",
        ] {
            assert!(ordinals(text).is_empty(), "{text:?}: {:?}", ordinals(text));
        }
    }

    #[track_caller]
    fn one(text: &str, span: &str, n: i64) {
        case(text, &[(span, n)]);
    }

    #[track_caller]
    fn none(text: &str) {
        case(text, &[]);
    }

    #[test]
    fn words() {
        one("the first country", "first", 1);
        one("only the second Pakistani", "second", 2);
        one("Trump’s second term", "second", 2);
        one("a second term", "second", 2);
        one("a second time", "second", 2);
        one("the Third Reich", "Third", 3);
        one("the twelfth man", "twelfth", 12);
        one("its nineteenth year", "nineteenth", 19);
        one("the twentieth century", "twentieth", 20);
        one("the twenty-first century", "twenty-first", 21);
        one("the thirty-first of May", "thirty-first", 31);
        one("the thirty first", "thirty first", 31);
        one("the ninety-ninth", "ninety-ninth", 99);
        one("the hundredth day", "hundredth", 100);
        one("the one hundred and first", "one hundred and first", 101);
        one("the first-ever visit", "first", 1);
        one("the second-largest", "second", 2);
        one(
            "its one hundred thirty second week",
            "one hundred thirty second",
            132,
        );
        one("the two hundred-fifth", "two hundred-fifth", 205);
        one("the four hundredth", "four hundredth", 400);
        one("a five millionth visitor", "five millionth", 5e6 as i64);
        one("the nineth race", "nineth", 9);
        one("a hundred trillionth", "a hundred trillionth", 1e14 as i64);
        one(
            "the a thousand millionth",
            "a thousand millionth",
            1e9 as i64,
        );
    }

    #[test]
    fn digits() {
        one("the 1st", "1st", 1);
        one("the 2nd", "2nd", 2);
        one("the 3rd", "3rd", 3);
        one("the 22nd", "22nd", 22);
        one("the 101st Airborne", "101st", 101);
        one("the 11th hour", "11th", 11);
        one("the 2ND", "2ND", 2);
        one("its 1,000th day", "1,000th", 1000);
    }

    #[test]
    fn not_ordinals() {
        none("a second later");
        none("wait a second.");
        none("300 meters per second");
        none("a split second");
        none("a 30-second ad");
        none("seconds");
        none("one third of voters");
        none("two-thirds");
        none("a third of voters");
        none("one-fifth");
        none("one hundredth of a second");
        none("a millionth of a gram");
        none("a trillionth");
        none("a hundred millionth of a second");
        none("the 2.5th");
        none("B2nd");
        none("the 1990s");
        none("the 5thgen");
    }

    #[test]
    fn several_in_a_sentence() {
        case(
            "meeting him first in 2019 and again in 2020, his second term, the 3rd visit",
            &[("first", 1), ("second", 2), ("3rd", 3)],
        );
    }

    #[test]
    fn spans_on_non_ascii_text() {
        let text = "Müller’s “second” — the 3rd in Zürich, twenty‑first";
        let spans: Vec<&str> = ordinals(text)
            .iter()
            .map(|e| &text[e.span.start..e.span.end])
            .collect();
        assert_eq!(spans, ["second", "3rd", "twenty‑first"]);
    }

    #[track_caller]
    fn restyled(n: i64, found: &str, want: Option<&str>) {
        assert_eq!(
            restyle(&Value::Ordinal { number: n }, found).as_deref(),
            want,
            "restyle({n}, {found:?})"
        );
    }

    #[test]
    fn restyle_in_the_text_style() {
        restyled(2, "third", Some("second"));
        restyled(2, "Third", Some("Second"));
        restyled(2, "3rd", Some("2nd"));
        restyled(11, "3rd", Some("11th"));
        restyled(22, "3rd", Some("22nd"));
        restyled(101, "3rd", Some("101st"));
        restyled(21, "third", Some("twenty-first"));
        restyled(40, "third", Some("fortieth"));
        restyled(100, "third", Some("one hundredth"));
        restyled(112, "third", Some("one hundred twelfth"));
        restyled(2, "no rank", None);
        restyled(0, "third", None);
        assert_eq!(
            restyle(
                &Value::Percent {
                    number: crate::extract::Magnitude::Exact(2.0),
                    qualifier: None
                },
                "third"
            ),
            None
        );
    }
}
