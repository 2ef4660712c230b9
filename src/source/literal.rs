//! What a summary writes that is compared as written, not as a value:
//! identifiers and placeholders.
//!
//! - An **identifier** is a name that carries a number: digits glued to
//!   letters ("SARS-CoV-2", "COVID-19", "49ers", "A320") or after a
//!   capitalised word ("Windows 11", "Tier 1", "Sims 4"). The extractors
//!   leave such numbers out, as they state no value, so that claims mode
//!   never claims them; but a summary that names "Windows 12" where its
//!   source names only "Windows 11" states a fact the source does not
//!   support. Two writings are one identifier when they hold the same
//!   letters and digits in the same order, case, hyphens and spaces aside
//!   ("Covid-19" = "COVID 19").
//! - A **placeholder** is an amount written with letters instead of digits
//!   ("$XXX", "£X,XXX"), as anonymised transcripts and templates write
//!   them: money whose amount only its letter tells, so "$YYY" is no
//!   restatement of "$XXX". How many letters a mask has tells nothing
//!   ("$XX", "$XXX" and "$X,XXX" are one masked amount): masks are written
//!   at any length, so a longer one is no other amount.
//!
//! Either is supported when the source writes it. An unsupported one is a
//! mismatch when the source writes exactly one other of its shape (the
//! same letters with other digits, "SARS-CoV-2" for "SARS-CoV-4"; another
//! placeholder of the currency), and unsupported otherwise.

use crate::extract::{Kind, Span};

/// An identifier or a placeholder as a text writes it.
#[derive(Clone, Debug, PartialEq)]
pub struct Literal {
    /// [`Kind::Identifier`], or [`Kind::Money`] for a placeholder.
    pub kind: Kind,
    pub span: Span,
    /// Its letters and digits, lowercased, one space between runs: what
    /// two writings of it share.
    pub key: String,
    /// The key with each digit run as `#`: what an identifier with other
    /// digits shares ("sars cov #"); a placeholder's currency sign.
    pub shape: String,
}

/// The identifiers and placeholders of `text`, in order, leaving out any
/// that overlaps a span of `covered` (the values the extractors read,
/// quotes).
pub fn literals(text: &str, covered: &[Span]) -> Vec<Literal> {
    let mut out = Vec::new();
    let free = |span: Span| !covered.iter().any(|c| c.overlaps(span));
    for word in words(text) {
        if let Some(found) = placeholder(text, word) {
            if free(found.span) {
                out.push(found);
            }
            continue;
        }
        if let Some(found) = identifier(text, word) {
            if free(found.span) {
                out.push(found);
            }
        }
    }
    out
}

/// Runs of letters, digits and inner hyphens, with a currency sign before
/// them kept.
fn words(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let part = |c: char| c.is_alphanumeric() || c == '-' || c == '#';
    for (i, c) in text.char_indices() {
        let inside = part(c)
            || (is_sign(c) && start.is_none())
            // "$X,XXX.XX": separators between a placeholder's letters.
            || (matches!(c, ',' | '.')
                && start.is_some_and(|s| text[s..i].starts_with(is_sign))
                && text[i + 1..].starts_with(is_placeholder_letter));
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(trimmed(text, s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(trimmed(text, s, text.len()));
    }
    out.retain(|s| !s.is_empty());
    out
}

fn trimmed(text: &str, start: usize, end: usize) -> Span {
    let word = &text[start..end];
    let lead = word.len() - word.trim_start_matches('-').len();
    let inner = word.trim_matches('-');
    Span::new(start + lead, start + lead + inner.len())
}

fn is_sign(c: char) -> bool {
    matches!(c, '$' | '£' | '€' | '¥')
}

fn is_placeholder_letter(c: char) -> bool {
    matches!(c, 'X' | 'Y' | 'Z' | 'x' | 'y' | 'z' | '#')
}

/// "$XXX": a currency sign, then placeholder letters (and their
/// separators) only.
fn placeholder(text: &str, word: Span) -> Option<Literal> {
    let written = &text[word.start..word.end];
    let sign = written.chars().next().filter(|&c| is_sign(c))?;
    let rest = &written[sign.len_utf8()..];
    let letters = rest.chars().filter(|&c| c != ',' && c != '.').count();
    if letters == 0
        || !rest
            .chars()
            .all(|c| is_placeholder_letter(c) || c == ',' || c == '.')
        || rest.ends_with([',', '.'])
    {
        return None;
    }
    // The sign and the letters, each once: "$X,XXX" is "$x".
    let mut key = sign.to_string();
    for c in rest.chars().filter(|c| is_placeholder_letter(*c)) {
        let c = c.to_ascii_lowercase();
        if !key.ends_with(c) {
            key.push(c);
        }
    }
    Some(Literal {
        kind: Kind::Money,
        span: word,
        key,
        shape: sign.to_string(),
    })
}

/// An identifier in `word`: the hyphen-joined parts up to the last that
/// holds a digit ("COVID-19" of "COVID-19-related"), with the capitalised
/// word before it when those parts hold no letter ("Windows 11"). Not an
/// ordinal or a decade ("2nd", "1990s"), nor digits alone.
fn identifier(text: &str, word: Span) -> Option<Literal> {
    let written = &text[word.start..word.end];
    if written.starts_with(is_sign) {
        return None;
    }
    let mut end = 0;
    let mut at = 0;
    for part in written.split('-') {
        if part.chars().any(|c| c.is_ascii_digit()) {
            end = at + part.len();
        }
        at += part.len() + 1;
    }
    if end == 0 {
        return None;
    }
    let core = &written[..end];
    let mut span = Span::new(word.start, word.start + end);
    let lettered = core.chars().any(char::is_alphabetic);
    if lettered {
        let digits = core.trim_end_matches(char::is_alphabetic);
        let suffix = &core[digits.len()..];
        let ordinal_or_decade = !digits.is_empty()
            && digits.chars().all(|c| c.is_ascii_digit())
            && matches!(
                suffix.to_lowercase().as_str(),
                "st" | "nd" | "rd" | "th" | "s" | "am" | "pm"
            );
        if ordinal_or_decade {
            return None;
        }
    } else {
        // Digits after a capitalised word and one space: "Windows 11".
        let before = text[..word.start].strip_suffix(' ')?;
        let name_start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic())
            .last()
            .map(|(i, _)| i)?;
        let name = &before[name_start..];
        let preceded = before[..name_start]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || c == '(' || c == '"' || c == '“');
        if !name.starts_with(char::is_uppercase) || !preceded {
            return None;
        }
        span = Span::new(name_start, span.end);
    }
    let (key, shape) = key_of(&text[span.start..span.end]);
    Some(Literal {
        kind: Kind::Identifier,
        span,
        key,
        shape,
    })
}

/// The key and the shape of a writing: its runs of letters and of digits,
/// lowercased, one space between.
fn key_of(written: &str) -> (String, String) {
    let mut key = String::new();
    let mut shape = String::new();
    let mut last: Option<bool> = None;
    for c in written.chars() {
        if !c.is_alphanumeric() {
            last = None;
            continue;
        }
        let digit = c.is_ascii_digit();
        if last != Some(digit) {
            if !key.is_empty() {
                key.push(' ');
                shape.push(' ');
            }
            if digit {
                shape.push('#');
            }
        }
        key.extend(c.to_lowercase());
        if !digit {
            shape.extend(c.to_lowercase());
        }
        last = Some(digit);
    }
    (key, shape)
}

/// A source's letters and digits as runs, to find an identifier in
/// whatever way the source writes it, and its own identifiers and
/// placeholders, for telling another of the same shape.
#[derive(Clone, Debug, Default)]
pub struct Written {
    /// " run run run ": every run of letters or digits, lowercased.
    runs: String,
    /// Where each run starts in `runs` and spans in the text.
    starts: Vec<(usize, Span)>,
    literals: Vec<Literal>,
}

/// Where a source writes a literal.
#[derive(Clone, Debug, PartialEq)]
pub enum Said {
    /// It writes it, here.
    Same(Span),
    /// It writes only one other of the shape, here.
    Other(Span),
    /// Neither.
    Nowhere,
}

impl Written {
    pub fn new(text: &str) -> Written {
        let mut runs = String::from(" ");
        let mut starts = Vec::new();
        let mut start: Option<(usize, bool)> = None;
        let mut close = |runs: &mut String, s: usize, e: usize| {
            starts.push((runs.len(), Span::new(s, e)));
            runs.extend(text[s..e].chars().flat_map(char::to_lowercase));
            runs.push(' ');
        };
        for (i, c) in text.char_indices() {
            let class = c.is_alphanumeric().then(|| c.is_ascii_digit());
            match (start, class) {
                (Some((s, digit)), Some(d)) if digit != d => {
                    close(&mut runs, s, i);
                    start = Some((i, d));
                }
                (Some(_), Some(_)) => {}
                (Some((s, _)), None) => {
                    close(&mut runs, s, i);
                    start = None;
                }
                (None, Some(d)) => start = Some((i, d)),
                (None, None) => {}
            }
        }
        if let Some((s, _)) = start {
            close(&mut runs, s, text.len());
        }
        Written {
            runs,
            starts,
            literals: literals(text, &[]),
        }
    }

    /// Where the source writes `literal`, or one other of its shape.
    pub fn said(&self, literal: &Literal) -> Said {
        if literal.kind == Kind::Identifier {
            let needle = format!(" {} ", literal.key);
            if let Some(at) = self.runs.find(&needle) {
                return Said::Same(self.span_of(at + 1, literal.key.len()));
            }
        } else if let Some(same) = self.literals.iter().find(|l| l.key == literal.key) {
            return Said::Same(same.span);
        }
        let mut others = self
            .literals
            .iter()
            .filter(|l| l.kind == literal.kind && l.shape == literal.shape && l.key != literal.key);
        match others.next() {
            Some(first) if others.all(|l| l.key == first.key) => Said::Other(first.span),
            _ => Said::Nowhere,
        }
    }

    /// The text span of `len` bytes of runs from `at`.
    fn span_of(&self, at: usize, len: usize) -> Span {
        let first = self.starts.partition_point(|(s, _)| *s <= at) - 1;
        let last = self.starts.partition_point(|(s, _)| *s < at + len) - 1;
        Span::new(self.starts[first].1.start, self.starts[last].1.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The literals of `text` as written.
    fn found(text: &str) -> Vec<(Kind, &str)> {
        literals(text, &[])
            .into_iter()
            .map(|l| (l.kind, &text[l.span.start..l.span.end]))
            .collect()
    }

    #[track_caller]
    fn case(text: &str, expected: &[(Kind, &str)]) {
        assert_eq!(found(text), expected, "{text:?}");
    }

    const ID: Kind = Kind::Identifier;

    #[test]
    fn names_that_carry_a_number_are_identifiers() {
        case("a drop in H5N1 cases", &[(ID, "H5N1")]);
        case("the COVID-19-related costs", &[(ID, "COVID-19")]);
        case("fans of the 76ers cheered", &[(ID, "76ers")]);
        case("a new Windows 11-based laptop", &[(ID, "Windows 11")]);
        case("the plan moved to Phase 3 in May", &[(ID, "Phase 3")]);
        case("the A320 and the 737-800 flew", &[(ID, "A320")]);
        // Negative rows: ordinals, decades, times, digits alone or after
        // a lowercase word, and a capitalised word glued to no space.
        case("the 2nd round in the 1990s", &[]);
        case("at 10am on the 5th", &[]);
        case("a total of 737 jets", &[]);
        case("step 3 of the guide", &[]);
    }

    #[test]
    fn a_currency_sign_before_placeholder_letters_is_a_placeholder() {
        let money = Kind::Money;
        case("it costs $XXX a month", &[(money, "$XXX")]);
        case("a fee of £X,XXX.XX.", &[(money, "£X,XXX.XX")]);
        // Negative rows: a ticker, digits, a sign alone.
        case("shares of $ABC rose", &[]);
        case("it costs $5 a month", &[]);
        case("dollars ($) only", &[]);
    }

    #[test]
    fn literals_inside_covered_spans_are_left_out() {
        let text = "the Boeing 737 fleet";
        let at = text.find("737").unwrap();
        assert!(literals(text, &[Span::new(at, at + 3)]).is_empty());
        assert_eq!(literals(text, &[]).len(), 1);
    }

    #[track_caller]
    fn said(source: &str, summary: &str) -> Option<String> {
        let written = Written::new(source);
        let literal = literals(summary, &[])
            .into_iter()
            .next()
            .expect("a literal");
        match written.said(&literal) {
            Said::Same(span) => Some(format!("same {}", &source[span.start..span.end])),
            Said::Other(span) => Some(format!("other {}", &source[span.start..span.end])),
            Said::Nowhere => None,
        }
    }

    #[test]
    fn a_source_writes_an_identifier_in_any_case_and_spacing() {
        assert_eq!(
            said("Cases of Covid 19 fell.", "the COVID-19 wave").as_deref(),
            Some("same Covid 19")
        );
        assert_eq!(
            said("The Windows 11 update shipped.", "a Windows 11 laptop").as_deref(),
            Some("same Windows 11")
        );
        assert_eq!(
            said("It costs $XXX a month.", "only $XXX monthly").as_deref(),
            Some("same $XXX")
        );
        // A mask of another length is the same masked amount.
        assert_eq!(
            said("It costs $XXX a month.", "only $X,XXXX monthly").as_deref(),
            Some("same $XXX")
        );
    }

    #[test]
    fn another_of_the_same_shape_is_told_when_it_is_the_only_one() {
        assert_eq!(
            said("Vaccines for SARS-CoV-2 sold.", "SARS-CoV-3 vaccines").as_deref(),
            Some("other SARS-CoV-2")
        );
        assert_eq!(
            said("It costs $XXX a month.", "it costs $YYY").as_deref(),
            Some("other $XXX")
        );
        // Negative rows: two others of the shape, none, or digits that
        // only begin another number ("Windows 1" is not in "Windows 11").
        assert_eq!(
            said("Both Tier 1 and Tier 3 rose.", "the Tier 2 ratio"),
            None
        );
        assert_eq!(said("The Tigers won.", "the 49ers won"), None);
        assert_eq!(
            said("The Windows 11 update shipped.", "Windows 1 shipped").as_deref(),
            Some("other Windows 11")
        );
    }
}
