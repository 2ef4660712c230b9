//! Percentages: "50 percent", "50%", "50 per cent", "fifty percent", "50
//! pct", "50 percentage points", "10-20%", "between 10 and 20 percent".
//!
//! A number phrase from [`super::numeric`] followed by a percent sign or
//! word; ranges and qualifiers come from the shared scanner. Two forms put
//! no number before the sign or word: "percent of 10", read as 10 percent
//! when nothing comes before it and the number ends the phrase; and a
//! percentage named as a noun without its amount ("a percentage", "a small
//! percent", "the % of increase"), reported as [`Value::Unstated`] so that
//! nothing is judged by it. Hand-written for
//! the same reason as the rest of the numeric extractors: the forms are few,
//! and they need the number-word grammar, not a regex.

use super::numeric::format;
use super::numeric::scan::{measures, parse_at, Measure, Phrase, TokKind, Tokens};
use super::{Extracted, Kind, Magnitude, Value};

/// The percent sign or word from token `j`, and the token after it.
fn percent_at(t: &Tokens, j: usize, p: &Phrase) -> Option<((), usize)> {
    if t.is_punct(j, '%') {
        // "%20" glued to more digits or letters is URL encoding.
        let encoded = t.adj(j + 1) && matches!(t.kind(j + 1), Some(TokKind::Num | TokKind::Word));
        return (!encoded).then_some(((), j + 1));
    }
    // "a 50-percent stake"
    let k = if t.is_punct(j, '-') && t.adj(j) && t.adj(j + 1) {
        j + 1
    } else {
        j
    };
    match t.w(k) {
        "percent" | "percents" | "pct" => Some(((), k + 1)),
        "percentage" if matches!(t.w(k + 1), "point" | "points") => Some(((), k + 2)),
        // "30 percentage", loosely for percent; "the 2024 percentage" is a
        // year's.
        "percentage" if !reads_as_year(t, p) => Some(((), k + 1)),
        // British "50pc", lowercase only: "50 PC games" are computers.
        "pc" if t.raw(k) == "pc" => Some(((), k + 1)),
        "per" if t.w(k + 1) == "cent" => Some(((), k + 2)),
        "per" if t.is_punct(k + 1, '-') && t.adj(k + 1) && t.adj(k + 2) && t.w(k + 2) == "cent" => {
            Some(((), k + 3))
        }
        _ => None,
    }
}

/// A number written as four plain digits from 1000 to 2999: a year.
fn reads_as_year(t: &Tokens, p: &Phrase) -> bool {
    let tok = t.tok(p.start);
    p.end == p.start + 1
        && tok.kind == TokKind::Num
        && !tok.commas
        && tok.decimals == 0
        && (1000.0..3000.0).contains(&tok.value)
}

/// A percent sign or word with no number before it, from token `j`:
/// "percent", "per cent", "percents", "percentage(s)", "pct", or a "%"
/// standing alone between spaces. Returns the token after it.
fn percent_word_at(t: &Tokens, j: usize) -> Option<usize> {
    if t.is_punct(j, '%') {
        return (!t.adj(j) && !t.adj(j + 1)).then_some(j + 1);
    }
    match t.w(j) {
        "percentage" if matches!(t.w(j + 1), "point" | "points") => Some(j + 2),
        "percent" | "percents" | "pct" | "percentage" | "percentages" => Some(j + 1),
        "per" if t.w(j + 1) == "cent" => Some(j + 2),
        _ => None,
    }
}

/// A percentage with no number before its sign or word: tokens
/// `start..end` and the amount, `None` where the text gives none.
struct Wordless {
    start: usize,
    end: usize,
    amount: Option<Magnitude>,
}

/// A percentage with no number before its sign or word, at token `j`.
fn wordless_at(t: &Tokens, j: usize) -> Option<Wordless> {
    let after = percent_word_at(t, j)?;
    let prev = if j > 0 { t.w(j - 1) } else { "" };
    // "the % of increase", "a percentage", "a small percent", "what
    // percent": a noun phrase about a percentage that does not give it.
    let determiner = |w: &str| {
        matches!(
            w,
            "a" | "an"
                | "the"
                | "what"
                | "which"
                | "this"
                | "that"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "your"
                | "my"
                | "any"
                | "some"
                | "each"
                | "every"
                | "whose"
        )
    };
    let adjective_between = j > 1
        && t.kind(j - 1) == Some(TokKind::Word)
        && parse_at(t, j - 1, false).is_none()
        && determiner(t.w(j - 2));
    if determiner(prev) || adjective_between {
        return Some(Wordless {
            start: j,
            end: after,
            amount: None,
        });
    }
    // "percent of 10", "per cent of twenty-two": the amount after "of",
    // where no number before the word is its amount ("10 percent of 200"
    // is a measure already) and the number ends the phrase ("percent of
    // 200 voters" counts voters).
    if (j > 0 && t.kind(j - 1) == Some(TokKind::Num)) || t.w(after) != "of" {
        return None;
    }
    let number = parse_at(t, after + 1, false)?;
    let ends = matches!(t.kind(number.end), None | Some(TokKind::Punct))
        && !t.is_punct(number.end, '%')
        && !(t.is_punct(number.end, '-') && t.adj(number.end));
    ends.then_some(Wordless {
        start: j,
        end: number.end,
        amount: Some(number.value),
    })
}

fn found(t: &Tokens) -> Vec<Measure<()>> {
    // Digits glued after a percent sign are URL encoding: "%2D9114%29".
    measures(t, percent_at, |t, i| {
        i > 0 && t.adj(i) && t.is_punct(i - 1, '%')
    })
}

/// Every percentage in `text`, as `Kind::Percent`: a `Value::Percent`, the
/// span covering qualifier, number and sign or word; or `Value::Unstated`
/// for a percentage named without its amount, the span on the sign or word.
pub fn percents(text: &str) -> Vec<Extracted> {
    percents_in(&Tokens::new(text))
}

/// [`percents`] in a sentence already cut into tokens: `extract` cuts each
/// sentence once for every kind that reads numbers.
pub(crate) fn percents_in(t: &Tokens) -> Vec<Extracted> {
    let measures = found(t);
    let mut out: Vec<Extracted> = measures
        .iter()
        .map(|m| Extracted {
            kind: Kind::Percent,
            span: t.span(m.start, m.end),
            value: Value::Percent {
                number: m.value,
                qualifier: m.qualifier,
            },
        })
        .collect();
    // The measures' token ranges by start, passed once as `j` moves on:
    // `covered` is how far those starting at or before `j` reach.
    let mut ranges: Vec<(usize, usize)> = measures.iter().map(|m| (m.start, m.end)).collect();
    ranges.sort_unstable();
    let (mut next, mut covered) = (0, 0);
    let mut j = 0;
    while j < t.len() {
        while next < ranges.len() && ranges[next].0 <= j {
            covered = covered.max(ranges[next].1);
            next += 1;
        }
        let taken = j < covered;
        match wordless_at(t, j).filter(|_| !taken) {
            Some(w) => {
                out.push(Extracted {
                    kind: Kind::Percent,
                    span: t.span(w.start, w.end),
                    value: match w.amount {
                        Some(number) => Value::Percent {
                            number,
                            qualifier: None,
                        },
                        None => Value::Unstated,
                    },
                });
                j = w.end;
            }
            None => j += 1,
        }
    }
    out.sort_by_key(|e| e.span.start);
    out
}

/// The claimed percentage written in the style of `found`: (50, "25
/// percent") -> "50 percent", (50, "25%") -> "50%", (50, "twenty-five
/// percent") -> "fifty percent". The sign or word of `found` is kept, and
/// its qualifier words when the claim has the same qualifier.
pub fn restyle(claimed: &Value, found_text: &str) -> Option<String> {
    let Value::Percent { number, qualifier } = claimed else {
        return None;
    };
    let t = Tokens::new(found_text);
    let m = found(&t).into_iter().next()?;
    let f = m.pieces();
    let numbers = format::rebuild(&t, &f, *number, *qualifier, "")?;
    Some(format::with_tail(numbers, &t, m.last(), m.end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::exact;
    use crate::extract::{Magnitude, Qualifier};

    /// `text` yields exactly these percentages: (span, number, qualifier).
    #[track_caller]
    fn case(text: &str, want: &[(&str, Magnitude, Option<Qualifier>)]) {
        let got: Vec<_> = percents(text)
            .into_iter()
            .filter(|e| e.value != Value::Unstated)
            .map(|e| match e.value {
                Value::Percent { number, qualifier } => {
                    (&text[e.span.start..e.span.end], number, qualifier)
                }
                other => panic!("not a percent: {other:?}"),
            })
            .collect();
        crate::extract::testing::assert_found(text, &got, want);
    }

    #[track_caller]
    fn one(text: &str, span: &str, n: f64) {
        case(text, &[(span, exact(n), None)]);
    }

    #[test]
    fn forms() {
        one("a 50 percent share", "50 percent", 50.0);
        one("tariffs of 50%", "50%", 50.0);
        one("tariffs of 50 %", "50 %", 50.0);
        one("a 50 per cent share", "50 per cent", 50.0);
        one("fifty percent", "fifty percent", 50.0);
        one("Fifty-five percent", "Fifty-five percent", 55.0);
        one("50 pct", "50 pct", 50.0);
        one("a 40pc stake", "40pc", 40.0);
        one("a 40 pc stake", "40 pc", 40.0);
        one("a 40 per-cent stake", "40 per-cent", 40.0);
        one("by 2 percentage points", "2 percentage points", 2.0);
        one("a 50-percent stake", "50-percent", 50.0);
        one("2.5% growth", "2.5%", 2.5);
        one("-0.3% in March", "-0.3%", -0.3);
        one("one percent", "one percent", 1.0);
        one("inflation hit 9.1%.", "9.1%", 9.1);
    }

    #[test]
    fn ranges() {
        let r = |min, max| Magnitude::Range { min, max };
        case("10-20%", &[("10-20%", r(10.0, 20.0), None)]);
        case("10–20 percent", &[("10–20 percent", r(10.0, 20.0), None)]);
        case(
            "between 10 and 20 percent",
            &[("between 10 and 20 percent", r(10.0, 20.0), None)],
        );
        case(
            "between 10% and 20%",
            &[("between 10% and 20%", r(10.0, 20.0), None)],
        );
        case("10% to 20%", &[("10% to 20%", r(10.0, 20.0), None)]);
        // A change, not a range.
        case(
            "rose from 10% to 20%",
            &[("10%", exact(10.0), None), ("20%", exact(20.0), None)],
        );
    }

    #[test]
    fn qualifiers() {
        use Qualifier::*;
        case(
            "about 40 percent",
            &[("about 40 percent", exact(40.0), Some(About))],
        );
        case(
            "more than 50%",
            &[("more than 50%", exact(50.0), Some(MoreThan))],
        );
        case("nearly half", &[]);
        case(
            "at least 5 per cent",
            &[("at least 5 per cent", exact(5.0), Some(AtLeast))],
        );
        case("up to 9%", &[("up to 9%", exact(9.0), Some(AtMost))]);
        case(
            "less than 1 percent",
            &[("less than 1 percent", exact(1.0), Some(LessThan))],
        );
    }

    #[test]
    fn plural_and_percentage_forms() {
        one("a 12 percents cut", "12 percents", 12.0);
        case(
            "just minus two percent",
            &[("minus two percent", exact(-2.0), None)],
        );
    }

    #[test]
    fn the_percentage_word_after_a_number() {
        one("a 100 percentage rise", "100 percentage", 100.0);
        one("thirty percentage", "thirty percentage", 30.0);
        one("by 2 percentage points", "2 percentage points", 2.0);
        // A year's percentage.
        none("the 2024 percentage was lower");
    }

    #[test]
    fn the_amount_after_of() {
        one("percent of 10", "percent of 10", 10.0);
        one("per cent of twenty-two", "per cent of twenty-two", 22.0);
        one("percents of twenty.", "percents of twenty", 20.0);
        // The number before is the amount; after "of", what it is of.
        one("10 percent of 200", "10 percent", 10.0);
        one("10 per cent of 200 voters", "10 per cent", 10.0);
        none("percent of the vote");
        none("percent of 200 voters");
        one("percent of 10%", "10%", 10.0);
    }

    /// `text` names a percentage without its amount, at `span`.
    #[track_caller]
    fn unstated(text: &str, span: &str) {
        let got: Vec<(&str, Value)> = percents(text)
            .into_iter()
            .map(|e| (&text[e.span.start..e.span.end], e.value))
            .collect();
        assert_eq!(got.len(), 1, "{text:?}: {got:?}");
        assert_eq!(got[0].0, span, "{text:?}");
        assert_eq!(got[0].1, Value::Unstated, "{text:?}");
    }

    #[test]
    fn percentages_named_without_an_amount() {
        unstated("Only a small percent attain the top ranks", "percent");
        unstated("The table shows the % of increase", "%");
        unstated("How do I calculate a percentage?", "percentage");
        unstated("the percentage of voters", "percentage");
        unstated("what percent of 200 voters", "percent");
        unstated("a higher percentage of women", "percentage");
        unstated("a percentage point", "percentage point");
    }

    #[track_caller]
    fn none(text: &str) {
        assert_eq!(percents(text), [], "{text:?}");
    }

    #[test]
    fn not_percents() {
        none("see /q?x=12%2D4%29");
        none("https://www.test.com/search?q=30%25%2020%");
        none("50 people");
        none("per cent");
        none("percent");
        none("the rates, in percent");
        none("100");
        none("sold 200 PC games");
    }

    #[test]
    fn spans_on_non_ascii_text() {
        let text = "São Paulo’s “50%” — Zürich’s 3 per cent";
        let spans: Vec<&str> = percents(text)
            .iter()
            .map(|e| &text[e.span.start..e.span.end])
            .collect();
        assert_eq!(spans, ["50%", "3 per cent"]);
    }

    fn pct(n: f64, qualifier: Option<Qualifier>) -> Value {
        Value::Percent {
            number: exact(n),
            qualifier,
        }
    }

    #[track_caller]
    fn restyled(claimed: Value, found: &str, want: Option<&str>) {
        crate::extract::testing::assert_restyled(restyle, claimed, found, want);
    }

    #[test]
    fn restyle_in_the_text_style() {
        use Qualifier::*;
        restyled(pct(50.0, None), "25 percent", Some("50 percent"));
        restyled(pct(50.0, None), "25%", Some("50%"));
        restyled(
            pct(50.0, None),
            "twenty-five percent",
            Some("fifty percent"),
        );
        restyled(pct(12.5, None), "10 per cent", Some("12.5 per cent"));
        restyled(
            pct(50.0, Some(MoreThan)),
            "more than 40%",
            Some("more than 50%"),
        );
        restyled(pct(50.0, Some(About)), "more than 40%", Some("about 50%"));
        restyled(pct(50.0, None), "more than 40%", Some("50%"));
        restyled(pct(15.0, None), "10-20%", Some("15%"));
        restyled(
            Value::Percent {
                number: Magnitude::Range {
                    min: 30.0,
                    max: 40.0,
                },
                qualifier: None,
            },
            "between 10 and 20 percent",
            Some("between 30 and 40 percent"),
        );
        restyled(pct(50.0, None), "fifty people", None);
        restyled(Value::Ordinal { number: 2 }, "25%", None);
    }
}
