//! Equivalent rewrites: the same value in another style of its kind.
//!
//! The styles are the harness's own, written from how news copy writes
//! each kind, not from factlint's restyling, so that the rate measures
//! factlint against the language:
//!
//! | kind | styles, each rewritten to the next |
//! |---|---|
//! | money | "$5m" -> "$5 million" -> "5 million dollars" -> "$5m"; "US$5 million" -> "$5 million"; "£152,000" -> "152,000 pounds" -> "£152,000" (also £ pounds, € euros; bn, tn) |
//! | percent | "50%" -> "50 percent" -> "50 per cent" -> "50%" ("seven per cent" -> "seven percent") |
//! | date | "Sept. 5" <-> "September 5" (months with a news abbreviation, before a day); "Jan." -> "January"; otherwise "March 5, 2014" <-> "5 March 2014", "March 5" <-> "5 March" |
//! | number, count, duration, quantity | "three" <-> "3" up to twenty (words below a hundred to digits), not in a score or range ("15-10") nor a later part of a compound ("no-one"); "1,500" -> "1500", "15000" -> "15,000" |
//! | ordinal | "third" <-> "3rd" up to twentieth |
//! | quote | straight "…" <-> curly “…” marks |
//!
//! A value with none of these styles is not rewritten.

use super::edits::{digit_run, quote_inner, with_separators, word_tokens, Edit};
use super::words::{
    is_capitalized, number_word_value, number_words, ordinal_suffix, same_case, MONTHS,
    MONTH_ABBREVIATIONS, NEWS_ABBREVIATION, ORDINALS,
};

/// The value of kind `kind` at `text[from..to]` in another style.
pub fn rewrite(kind: &str, text: &str, from: usize, to: usize) -> Option<Edit> {
    match kind {
        "money" => money(text, from, to),
        "percent" => percent(text, from, to),
        "date" => date(text, from, to),
        "number" | "count" | "duration" | "quantity" => number(text, from, to),
        "ordinal" => ordinal(text, from, to),
        "quote" => quote_marks(text, from, to),
        _ => None,
    }
}

const SYMBOLS: [(&str, &str, &str); 3] = [
    ("$", "dollar", "dollars"),
    ("£", "pound", "pounds"),
    ("€", "euro", "euros"),
];

const SCALES: [(&str, &str); 3] = [("m", "million"), ("bn", "billion"), ("tn", "trillion")];

/// The letters starting at `at`, as long as they form a word.
fn word_at(text: &str, at: usize) -> &str {
    let rest = &text[at..];
    let end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    &rest[..end]
}

fn money(text: &str, from: usize, to: usize) -> Option<Edit> {
    if let Some(at) = text[from..to].find("US$").map(|i| from + i) {
        return Some(Edit::new(at, at + 3, "$"));
    }
    for at in from..to {
        if !text.is_char_boundary(at) {
            continue;
        }
        let Some(&(symbol, one, many)) = SYMBOLS.iter().find(|(s, ..)| text[at..].starts_with(s))
        else {
            continue;
        };
        // A symbol after a letter is another currency's ("A$", "HK$").
        if text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic)
        {
            return None;
        }
        let digits_at = at + symbol.len();
        let (start, end) = digit_run(text, digits_at, to)?;
        if start != digits_at {
            return None;
        }
        let amount = &text[start..end];
        let abbreviation = word_at(text, end);
        if let Some((_, scale)) = SCALES.iter().find(|(a, _)| *a == abbreviation) {
            return Some(Edit::new(
                at,
                end + abbreviation.len(),
                format!("{symbol}{amount} {scale}"),
            ));
        }
        if let Some(after) = text[end..].strip_prefix(' ') {
            let scale = word_at(after, 0);
            if SCALES.iter().any(|(_, s)| *s == scale) {
                return Some(Edit::new(
                    at,
                    end + 1 + scale.len(),
                    format!("{amount} {scale} {many}"),
                ));
            }
        }
        if abbreviation.is_empty() {
            let name = if amount == "1" { one } else { many };
            return Some(Edit::new(at, end, format!("{amount} {name}")));
        }
        return None;
    }
    // "5 million dollars" -> "$5m"; "500 dollars" -> "$500".
    let words = word_tokens(text, from, to);
    for (i, token) in words.iter().enumerate() {
        let word = token.text(text).to_lowercase();
        let Some(&(symbol, ..)) = SYMBOLS
            .iter()
            .find(|(_, one, many)| word == *one || word == *many)
        else {
            continue;
        };
        let before = i.checked_sub(1).map(|p| words[p]);
        let scale = before.and_then(|b| {
            let w = b.text(text);
            SCALES.iter().find(|(_, s)| *s == w).map(|(a, _)| (*a, b))
        });
        let number_end = match scale {
            Some((_, b)) => b.start.checked_sub(1)?,
            None => token.start.checked_sub(1)?,
        };
        let number_start = (from..number_end)
            .rev()
            .take_while(|&at| {
                let c = text.as_bytes()[at];
                c.is_ascii_digit() || c == b',' || c == b'.'
            })
            .last()?;
        let (start, end) = digit_run(text, number_start, number_end)?;
        if start != number_start || end != number_end {
            return None;
        }
        let amount = &text[start..end];
        let abbreviation = scale.map_or("", |(a, _)| a);
        return Some(Edit::new(
            start,
            token.end,
            format!("{symbol}{amount}{abbreviation}"),
        ));
    }
    None
}

fn percent(text: &str, from: usize, to: usize) -> Option<Edit> {
    if let Some(at) = text[from..to].find('%').map(|i| from + i) {
        if text[..at].ends_with(|c: char| c.is_ascii_digit()) {
            return Some(Edit::new(at, at + 1, " percent"));
        }
        return None;
    }
    let words = word_tokens(text, from, to);
    for (i, token) in words.iter().enumerate() {
        let word = token.text(text);
        if word.eq_ignore_ascii_case("percent") {
            return Some(Edit::new(
                token.start,
                token.end,
                same_case("per cent", word),
            ));
        }
        let cent = words.get(i + 1).filter(|n| n.text(text) == "cent");
        if let (true, Some(cent)) = (word.eq_ignore_ascii_case("per"), cent) {
            let digits_before = text[..token.start]
                .trim_end()
                .ends_with(|c: char| c.is_ascii_digit());
            let number_end = text[..token.start].trim_end().len();
            return Some(if digits_before {
                Edit::new(number_end, cent.end, "%")
            } else {
                Edit::new(token.start, cent.end, same_case("percent", word))
            });
        }
    }
    None
}

fn date(text: &str, from: usize, to: usize) -> Option<Edit> {
    let words = word_tokens(text, from, to);
    for (i, token) in words.iter().enumerate() {
        let word = token.text(text);
        if !is_capitalized(word) {
            continue;
        }
        if let Some(month) = MONTHS.iter().position(|m| *m == word) {
            // News style abbreviates a month only before a day: "Sept. 5".
            let day_follows = words.get(i + 1).is_some_and(|t| {
                let w = t.text(text);
                w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit())
            });
            if let (Some(abbreviation), true) = (NEWS_ABBREVIATION[month], day_follows) {
                // At the end of a sentence the abbreviation's dot is the
                // sentence's.
                let abbreviation = if text[token.end..].starts_with('.') {
                    abbreviation.trim_end_matches('.')
                } else {
                    abbreviation
                };
                return Some(Edit::new(token.start, token.end, abbreviation));
            }
            return day_order(text, &words, i, to);
        }
        if let Some(&(_, month)) = MONTH_ABBREVIATIONS.iter().find(|(a, _)| *a == word) {
            // The dot goes with the abbreviation when the date goes on
            // ("Sept. 5"), and stays to end the sentence otherwise.
            let after_dot = &text[token.end..];
            let end = match after_dot.strip_prefix('.') {
                Some(rest)
                    if rest.starts_with(' ')
                        && rest
                            .trim_start()
                            .starts_with(|c: char| c.is_ascii_digit() || c.is_lowercase()) =>
                {
                    token.end + 1
                }
                _ => token.end,
            };
            return Some(Edit::new(token.start, end, MONTHS[month]));
        }
    }
    None
}

/// "March 5, 2014" <-> "5 March 2014", "March 5" <-> "5 March".
fn day_order(text: &str, words: &[super::words::Token], month: usize, to: usize) -> Option<Edit> {
    let is_day = |t: &super::words::Token| {
        let w = t.text(text);
        w.len() <= 2 && w.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
    };
    let is_year = |t: &super::words::Token| {
        let w = t.text(text);
        w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
    };
    let name = words[month].text(text);
    if let Some(day) = words.get(month + 1).filter(|t| is_day(t)) {
        let gap = &text[words[month].end..day.start];
        if gap != " " {
            return None;
        }
        let day_text = day.text(text);
        if let Some(year) = words.get(month + 2).filter(|t| is_year(t) && t.end <= to) {
            if &text[day.end..year.start] == ", " {
                let year_text = year.text(text);
                return Some(Edit::new(
                    words[month].start,
                    year.end,
                    format!("{day_text} {name} {year_text}"),
                ));
            }
        }
        return Some(Edit::new(
            words[month].start,
            day.end,
            format!("{day_text} {name}"),
        ));
    }
    let day = month.checked_sub(1).map(|d| words[d]).filter(is_day)?;
    if &text[day.end..words[month].start] != " " {
        return None;
    }
    let day_text = day.text(text);
    if let Some(year) = words.get(month + 1).filter(|t| is_year(t) && t.end <= to) {
        if &text[words[month].end..year.start] == " " {
            let year_text = year.text(text);
            return Some(Edit::new(
                day.start,
                year.end,
                format!("{name} {day_text}, {year_text}"),
            ));
        }
    }
    Some(Edit::new(
        day.start,
        words[month].end,
        format!("{name} {day_text}"),
    ))
}

/// Whether a value at `at` starts its sentence (so words there are
/// capitalised).
fn starts_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '"', '“', '(']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n'])
}

fn number(text: &str, from: usize, to: usize) -> Option<Edit> {
    // A number that ends a compound ("no-one", "mother-of-five") is part
    // of a word, not a figure in a style of its own.
    if text[..from].ends_with(['-', '‑']) {
        return None;
    }
    if let Some((start, end)) = digit_run(text, from, to) {
        let digits = &text[start..end];
        // Scores, ranges and dates joined by a dash or slash ("15-10",
        // "9/11") are written in digits only.
        let joined = |c: Option<char>| c.is_some_and(|c| "-–/".contains(c));
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        let joined_digit = (joined(before)
            && text[..start]
                .chars()
                .nth_back(1)
                .is_some_and(|c| c.is_ascii_digit()))
            || (joined(after)
                && text[end..]
                    .chars()
                    .nth(1)
                    .is_some_and(|c| c.is_ascii_digit()));
        if digits.contains('.') || joined_digit {
            return None;
        }
        let plain = digits.replace(',', "");
        let n: u64 = plain.parse().ok()?;
        if n <= 20 && !digits.contains(',') {
            let words = number_words(n as u32)?;
            let words = if starts_sentence(text, start) {
                same_case(&words, "A")
            } else {
                words
            };
            return Some(Edit::new(start, end, words));
        }
        // Separators come off from a thousand, and go in from ten thousand
        // (four digits without one read as a year).
        if digits.contains(',') && n >= 1000 {
            return Some(Edit::new(start, end, plain));
        }
        if !digits.contains(',') && n >= 10_000 {
            return Some(Edit::new(start, end, with_separators(&plain)));
        }
        return None;
    }
    for token in word_tokens(text, from, to) {
        let word = token.text(text);
        // A number word is the word itself or the first part of a compound
        // ("fourteen-year"), never a later part ("no-one").
        let whole = number_word_value(word).map(|n| (n, token.start, token.end));
        let first_part = word.split(['-', '‑']).next().and_then(|part| {
            number_word_value(part).map(|n| (n, token.start, token.start + part.len()))
        });
        if let Some((n, start, end)) = whole.or(first_part) {
            return Some(Edit::new(start, end, n.to_string()));
        }
    }
    None
}

fn ordinal(text: &str, from: usize, to: usize) -> Option<Edit> {
    for token in word_tokens(text, from, to) {
        let word = token.text(text);
        let part = word.split(['-', '‑']).next().unwrap_or(word);
        let lower = part.to_lowercase();
        let end = token.start + part.len();
        if let Some(n) = ORDINALS.iter().position(|o| *o == lower) {
            let n = n as u64 + 1;
            return Some(Edit::new(
                token.start,
                end,
                format!("{n}{}", ordinal_suffix(n)),
            ));
        }
        let digits: String = lower.chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() && ["st", "nd", "rd", "th"].contains(&&lower[digits.len()..]) {
            let n: usize = digits.parse().ok()?;
            let word = ORDINALS.get(n.checked_sub(1)?)?;
            let word = if starts_sentence(text, token.start) {
                same_case(word, "A")
            } else {
                word.to_string()
            };
            return Some(Edit::new(token.start, end, word));
        }
    }
    None
}

fn quote_marks(text: &str, from: usize, to: usize) -> Option<Edit> {
    let (inner_start, inner_end) = quote_inner(text, from, to);
    let open = &text[from..inner_start];
    let close = &text[inner_end..to];
    let (open_mark, close_mark) = match (open.trim(), close.trim()) {
        ("\"", "\"") => ("“", "”"),
        ("“", "”") => ("\"", "\""),
        _ => return None,
    };
    let inner = &text[inner_start..inner_end];
    Some(Edit::new(
        from,
        to,
        format!("{open_mark}{inner}{close_mark}"),
    ))
}
