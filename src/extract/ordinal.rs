//! Ordinals: "first" .. "twentieth", "twenty-first", "thirty first", "one
//! hundred and first", "hundredth", "1st", "2nd", "3rd", "22nd", "101st".
//!
//! Hand-written on the shared tokenizer because the words are a closed list
//! and the work is in the exceptions: "second" is often a unit of time ("a
//! second later", "per second", "a split second"), and "a third of" or "one
//! fifth" are fractions, not ranks.

use super::numeric::format::words;
use super::numeric::scan::{
    compound_ordinal, ordinal_value, tens_value, unit_value, TokKind, Tokens,
};
use super::{Extracted, Kind, Value};

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

/// An ordinal found: tokens, value, and whether written in digits.
struct Found {
    start: usize,
    end: usize,
    number: i64,
    digits: bool,
}

fn found(t: &Tokens) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        if let Some(f) = at(t, i) {
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
        Some(Found {
            start: i,
            end,
            number: n as i64,
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
                if unit_value(prev).is_some() || tens_value(prev).is_some() {
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

/// Every ordinal in `text`, as `Kind::Ordinal` / `Value::Ordinal`.
pub fn ordinals(text: &str) -> Vec<Extracted> {
    let t = Tokens::new(text);
    found(&t)
        .into_iter()
        .map(|f| Extracted {
            kind: Kind::Ordinal,
            span: t.span(f.start, f.end),
            value: Value::Ordinal { number: f.number },
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

    /// `text` yields exactly these ordinals: (span, number).
    #[track_caller]
    fn case(text: &str, want: &[(&str, i64)]) {
        let got: Vec<(&str, i64)> = ordinals(text)
            .into_iter()
            .map(|e| match e.value {
                Value::Ordinal { number } => (&text[e.span.start..e.span.end], number),
                other => panic!("not an ordinal: {other:?}"),
            })
            .collect();
        assert_eq!(got, want, "{text:?}");
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
