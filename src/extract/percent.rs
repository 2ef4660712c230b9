//! Percentages: "50 percent", "50%", "50 per cent", "fifty percent", "50
//! pct", "50 percentage points", "10-20%", "between 10 and 20 percent".
//!
//! A number phrase from [`super::numeric`] followed by a percent sign or
//! word; ranges and qualifiers come from the shared scanner. Hand-written for
//! the same reason as the rest of the numeric extractors: the forms are few,
//! and they need the number-word grammar, not a regex.

use super::numeric::format;
use super::numeric::scan::{measures, Measure, Phrase, TokKind, Tokens};
use super::{Extracted, Kind, Value};

/// The percent sign or word from token `j`, and the token after it.
fn percent_at(t: &Tokens, j: usize, _p: &Phrase) -> Option<((), usize)> {
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
        // British "50pc", lowercase only: "50 PC games" are computers.
        "pc" if t.raw(k) == "pc" => Some(((), k + 1)),
        "per" if t.w(k + 1) == "cent" => Some(((), k + 2)),
        "per" if t.is_punct(k + 1, '-') && t.adj(k + 1) && t.adj(k + 2) && t.w(k + 2) == "cent" => {
            Some(((), k + 3))
        }
        _ => None,
    }
}

fn found(t: &Tokens) -> Vec<Measure<()>> {
    // Digits glued after a percent sign are URL encoding: "%2D9114%29".
    measures(t, percent_at, |t, i| {
        i > 0 && t.adj(i) && t.is_punct(i - 1, '%')
    })
}

/// Every percentage in `text`, as `Kind::Percent` / `Value::Percent`, the
/// span covering qualifier, number and sign or word.
pub fn percents(text: &str) -> Vec<Extracted> {
    let t = Tokens::new(text);
    found(&t)
        .into_iter()
        .map(|m| Extracted {
            kind: Kind::Percent,
            span: t.span(m.start, m.end),
            value: Value::Percent {
                number: m.value,
                qualifier: m.qualifier,
            },
        })
        .collect()
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
    fn not_percents() {
        case("see /q?x=12%2D4%29", &[]);
        case("50 people", &[]);
        case("per cent", &[]);
        case("the percentage of voters", &[]);
        case("50 percentage", &[]);
        case("100", &[]);
        case("sold 200 PC games", &[]);
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
