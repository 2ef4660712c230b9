//! Wrong values: one edit per value that makes the text state another fact.
//!
//! Each function takes the text and the byte range of a value factlint
//! matched, and returns a replacement of part of it that no reader would
//! take for the same value: a number one more (or the next order of
//! magnitude for a word like "dozens"), the next month, year or weekday,
//! another currency, the next ordinal. `None` when the value holds nothing
//! the rules know how to change.

use super::words::{
    is_capitalized, number_word_value, number_words, ordinal_suffix, same_case, tokens, Token,
    CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, FRACTIONS, FUNCTION_WORDS, MONTHS,
    MONTH_ABBREVIATIONS, MONTH_DAYS, ORDERS, ORDINALS, PERIODS, SEASONS, SUBSTITUTES, TIME_UNITS,
    WEEKDAYS,
};

/// A replacement of `start..end` of a text by `replacement`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub replacement: String,
    /// Another place in the original text a finding may point at for this
    /// edit: the quote whose attribution a speaker swap changed.
    pub also: Option<(usize, usize)>,
}

impl Edit {
    pub fn new(start: usize, end: usize, replacement: impl Into<String>) -> Edit {
        Edit {
            start,
            end,
            replacement: replacement.into(),
            also: None,
        }
    }

    /// The text with the edit made.
    pub fn apply(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + self.replacement.len());
        out.push_str(&text[..self.start]);
        out.push_str(&self.replacement);
        out.push_str(&text[self.end..]);
        out
    }

    /// Where a byte range of the original text lies after the edit.
    pub fn moved(&self, (start, end): (usize, usize)) -> (usize, usize) {
        let grown = self.replacement.len() as isize - (self.end - self.start) as isize;
        let shift = |at: usize| {
            if at >= self.end {
                (at as isize + grown) as usize
            } else if at > self.start {
                self.start + self.replacement.len().min(at - self.start)
            } else {
                at
            }
        };
        (shift(start), shift(end).max(shift(start)))
    }

    /// The edited bytes in the edited text.
    pub fn new_range(&self) -> (usize, usize) {
        (self.start, self.start + self.replacement.len())
    }
}

/// The word tokens of `text[from..to]`.
pub fn word_tokens(text: &str, from: usize, to: usize) -> Vec<Token> {
    tokens(text, from, to)
        .into_iter()
        .filter(|t| t.word)
        .collect()
}

/// A word token and the parts of it between hyphens ("fourteen-year":
/// the whole, then "fourteen" and "year").
fn word_parts(text: &str, token: Token) -> Vec<(usize, usize)> {
    let mut parts = vec![(token.start, token.end)];
    let word = token.text(text);
    if word.contains(['-', '‑']) {
        let mut part_start = token.start;
        for (i, c) in word.char_indices() {
            if c == '-' || c == '‑' {
                parts.push((part_start, token.start + i));
                part_start = token.start + i + c.len_utf8();
            }
        }
        parts.push((part_start, token.end));
    }
    parts
}

/// A word token itself, and its part before a first hyphen: the places a
/// number or an ordinal word may stand ("fourteen-year", "second-half",
/// not the "one" of "no-one").
fn leading_parts(text: &str, token: Token) -> Vec<(usize, usize)> {
    word_parts(text, token).into_iter().take(2).collect()
}

/// A number in `text[from..to]` one more (or, for a word of magnitude, one
/// order up), in the style it is written: digits stay digits, with or
/// without thousands separators as written; words stay words below a
/// hundred. With `a_as_one`, "a year" becomes "two years" (units of time).
pub fn bump_number(text: &str, from: usize, to: usize, a_as_one: bool) -> Option<Edit> {
    if let Some(edit) = bump_digits(text, from, to) {
        return Some(edit);
    }
    let words = word_tokens(text, from, to);
    for &token in &words {
        for (start, end) in leading_parts(text, token) {
            let word = &text[start..end];
            if let Some(n) = number_word_value(word) {
                let next = number_words(n + 1).unwrap_or_else(|| (n + 1).to_string());
                return Some(Edit::new(start, end, same_case(&next, word)));
            }
        }
    }
    for &token in &words {
        let word = token.text(text);
        let lower = word.to_lowercase();
        if let Some((_, up)) = ORDERS.iter().find(|(w, _)| *w == lower) {
            return Some(Edit::new(token.start, token.end, same_case(up, word)));
        }
    }
    if a_as_one {
        for pair in words.windows(2) {
            let article = pair[0].text(text).to_lowercase();
            let unit = pair[1].text(text);
            let lower = unit.to_lowercase();
            let singular = !lower.ends_with('s') && TIME_UNITS.iter().any(|(u, _)| *u == lower);
            if (article == "a" || article == "an") && singular {
                let plural = match unit.strip_suffix('y') {
                    Some(stem) => format!("{stem}ies"),
                    None => format!("{unit}s"),
                };
                let two = same_case("two", pair[0].text(text));
                return Some(Edit::new(
                    pair[0].start,
                    pair[1].end,
                    format!("{two} {plural}"),
                ));
            }
        }
    }
    None
}

/// A duration one more ("three years" -> "four years"); failing a number,
/// in the next unit of time ("several months" -> "several years",
/// "week-long" -> "month-long").
pub fn duration(text: &str, from: usize, to: usize) -> Option<Edit> {
    if let Some(edit) = bump_number(text, from, to, true) {
        return Some(edit);
    }
    for token in word_tokens(text, from, to) {
        for (start, end) in word_parts(text, token) {
            let word = &text[start..end];
            let lower = word.to_lowercase();
            if let Some((_, other)) = TIME_UNITS.iter().find(|(u, _)| *u == lower) {
                return Some(Edit::new(start, end, same_case(other, word)));
            }
        }
    }
    None
}

/// A number one more; failing one, another fraction ("a quarter" -> "a
/// third") or the next ordinal ("an eighth" -> "an ninth").
pub fn number(text: &str, from: usize, to: usize) -> Option<Edit> {
    if let Some(edit) = bump_number(text, from, to, false) {
        return Some(edit);
    }
    for token in word_tokens(text, from, to) {
        let word = token.text(text);
        let lower = word.to_lowercase();
        if let Some((_, other)) = FRACTIONS.iter().find(|(f, _)| *f == lower) {
            return Some(Edit::new(token.start, token.end, same_case(other, word)));
        }
    }
    ordinal(text, from, to)
}

/// The first run of digits in `text[from..to]` (with thousands separators
/// and decimals) and where it ends.
pub fn digit_run(text: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut start = from;
    while start < to {
        let after_word = start > 0 && (bytes[start - 1] as char).is_ascii_alphanumeric();
        if bytes[start].is_ascii_digit() && !after_word {
            break;
        }
        start += 1;
    }
    if start >= to {
        return None;
    }
    let mut end = start;
    let mut seen_point = false;
    while end < to {
        let c = bytes[end];
        if c.is_ascii_digit() {
            end += 1;
        } else if c == b','
            && !seen_point
            && end + 4 <= to
            && bytes[end + 1..end + 4].iter().all(u8::is_ascii_digit)
            && (end + 4 == to || !bytes[end + 4].is_ascii_digit())
        {
            end += 4;
        } else if c == b'.' && !seen_point && end + 1 < to && bytes[end + 1].is_ascii_digit() {
            seen_point = true;
            end += 1;
        } else {
            break;
        }
    }
    Some((start, end))
}

fn bump_digits(text: &str, from: usize, to: usize) -> Option<Edit> {
    let (start, end) = digit_run(text, from, to)?;
    let written = &text[start..end];
    let (whole, fraction) = match written.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (written, None),
    };
    let n: u128 = whole.replace(',', "").parse().ok()?;
    let next = (n + 1).to_string();
    let next = if whole.contains(',') {
        with_separators(&next)
    } else {
        next
    };
    let replacement = match fraction {
        Some(f) => format!("{next}.{f}"),
        None => next,
    };
    Some(Edit::new(start, end, replacement))
}

/// Digits with a comma every three from the right.
pub fn with_separators(digits: &str) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Another currency for the money at `text[from..to]`: a symbol, a
/// currency's name or an ISO code swapped for another's; failing those,
/// the amount one more.
pub fn money(text: &str, from: usize, to: usize) -> Option<Edit> {
    for at in from..to {
        if !text.is_char_boundary(at) {
            continue;
        }
        for (symbol, other) in CURRENCY_SYMBOLS {
            if text[at..to].starts_with(symbol) {
                return Some(Edit::new(at, at + symbol.len(), *other));
            }
        }
    }
    for token in word_tokens(text, from, to) {
        let word = token.text(text);
        let lower = word.to_lowercase();
        for (one, many, other_one, other_many) in CURRENCY_WORDS {
            let other = if lower == *many {
                other_many
            } else if lower == *one {
                other_one
            } else {
                continue;
            };
            return Some(Edit::new(token.start, token.end, same_case(other, word)));
        }
        if let Some((_, other)) = CURRENCY_CODES.iter().find(|(code, _)| *code == word) {
            return Some(Edit::new(token.start, token.end, *other));
        }
    }
    bump_number(text, from, to, false)
}

/// The next month, year, weekday or period for the date at `text[from..to]`:
/// a month name first ("June" -> "July", "Sept." -> "Oct."), then a year
/// (a decade moves ten), a weekday, "this"/"last"/"next" before a period,
/// "yesterday"/"today", a season, an ordinal ("third quarter"), a quarter
/// or half ("Q3"), and last a number ("two years ago").
pub fn date(text: &str, from: usize, to: usize) -> Option<Edit> {
    let words = word_tokens(text, from, to);
    // A day of the month in the date: the next month must have it.
    let day = words
        .iter()
        .filter_map(|t| {
            let w = t.text(text);
            (w.len() <= 2).then(|| w.parse::<u32>().ok()).flatten()
        })
        .find(|d| (1..=31).contains(d))
        .unwrap_or(1);
    let next_month = |month: usize| {
        let next = (month + 1) % 12;
        if day > MONTH_DAYS[next] {
            (next + 1) % 12
        } else {
            next
        }
    };
    for &token in &words {
        for (start, end) in word_parts(text, token) {
            let word = &text[start..end];
            if !is_capitalized(word) {
                continue;
            }
            if let Some(month) = MONTHS.iter().position(|m| *m == word) {
                return Some(Edit::new(start, end, MONTHS[next_month(month)]));
            }
            if let Some(&(_, month)) = MONTH_ABBREVIATIONS.iter().find(|(a, _)| *a == word) {
                let next = next_month(month);
                let abbreviation = MONTH_ABBREVIATIONS
                    .iter()
                    .find(|(_, m)| *m == next)
                    .map_or(MONTHS[next], |(a, _)| *a);
                return Some(Edit::new(start, end, abbreviation));
            }
        }
    }
    for &token in &words {
        let word = token.text(text);
        let digits = word.strip_suffix('s').unwrap_or(word);
        if digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()) {
            let year: u32 = digits.parse().ok()?;
            if (1000..3000).contains(&year) {
                let step = if digits.len() < word.len() { 10 } else { 1 };
                let next = format!("{}{}", year + step, &word[4..]);
                return Some(Edit::new(token.start, token.end, next));
            }
        }
    }
    for &token in &words {
        let word = token.text(text);
        if let Some(day) = WEEKDAYS.iter().position(|d| word.eq_ignore_ascii_case(d)) {
            let next = same_case(&WEEKDAYS[(day + 1) % 7].to_lowercase(), word);
            return Some(Edit::new(token.start, token.end, next));
        }
    }
    for pair in words.windows(2) {
        let word = pair[0].text(text);
        let period = pair[1].text(text).to_lowercase();
        if !PERIODS.contains(&period.as_str()) {
            continue;
        }
        let other = match word.to_lowercase().as_str() {
            "this" => "last",
            "last" => "this",
            "next" => "last",
            _ => continue,
        };
        return Some(Edit::new(
            pair[0].start,
            pair[0].end,
            same_case(other, word),
        ));
    }
    for &token in &words {
        let word = token.text(text);
        let other = match word.to_lowercase().as_str() {
            "yesterday" => "today",
            "today" => "yesterday",
            "tomorrow" => "yesterday",
            _ => match SEASONS.iter().position(|s| word.eq_ignore_ascii_case(s)) {
                Some(season) => SEASONS[(season + 1) % 4],
                None => continue,
            },
        };
        return Some(Edit::new(token.start, token.end, same_case(other, word)));
    }
    if let Some(edit) = ordinal(text, from, to) {
        return Some(edit);
    }
    for &token in &words {
        let word = token.text(text);
        let mut chars = word.chars();
        if let (Some(letter @ ('Q' | 'H')), Some(digit), None) =
            (chars.next(), chars.next(), chars.next())
        {
            let Some(n) = digit.to_digit(10) else {
                continue;
            };
            let count = if letter == 'Q' { 4 } else { 2 };
            let next = n % count + 1;
            return Some(Edit::new(token.start, token.end, format!("{letter}{next}")));
        }
    }
    bump_number(text, from, to, true)
}

/// The next ordinal for the one at `text[from..to]`: "third" -> "fourth",
/// "21st" -> "22nd", "last" -> "penultimate" and back, "next" -> "previous"
/// and back.
pub fn ordinal(text: &str, from: usize, to: usize) -> Option<Edit> {
    for token in word_tokens(text, from, to) {
        for (start, end) in leading_parts(text, token) {
            let word = &text[start..end];
            let lower = word.to_lowercase();
            if let Some(n) = ORDINALS.iter().position(|o| *o == lower) {
                let next = match ORDINALS.get(n + 1) {
                    Some(next) => next.to_string(),
                    None => format!("{}{}", n + 2, ordinal_suffix(n as u64 + 2)),
                };
                return Some(Edit::new(start, end, same_case(&next, word)));
            }
            let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
            let suffix = &lower[digits.len()..];
            if !digits.is_empty() && ["st", "nd", "rd", "th"].contains(&suffix) {
                let n: u64 = digits.parse().ok()?;
                let next = format!("{}{}", n + 1, ordinal_suffix(n + 1));
                return Some(Edit::new(start, end, next));
            }
            let other = match lower.as_str() {
                "last" | "final" => "penultimate",
                "penultimate" => "last",
                "next" => "previous",
                "previous" => "next",
                _ => continue,
            };
            return Some(Edit::new(start, end, same_case(other, word)));
        }
    }
    None
}

/// The quoted words of a quote at `text[from..to]`, without its marks.
pub fn quote_inner(text: &str, from: usize, to: usize) -> (usize, usize) {
    let marks = ['"', '“', '”', '«', '»', '‘', '’', '\''];
    let inner = &text[from..to];
    let trimmed_start = inner.trim_start_matches(|c: char| marks.contains(&c) || c.is_whitespace());
    let start = from + (inner.len() - trimmed_start.len());
    let trimmed = trimmed_start.trim_end_matches(|c: char| marks.contains(&c) || c.is_whitespace());
    (start, start + trimmed.len())
}

/// The quote at `text[from..to]` with its longest content word (ties: the
/// first) replaced by a word of another meaning, chosen by the word's
/// ending so that the sentence still reads ("-ing" for "-ing").
pub fn quote_word(text: &str, from: usize, to: usize) -> Option<Edit> {
    let (start, end) = quote_inner(text, from, to);
    let quoted = text[start..end].to_lowercase();
    let mut best: Option<(usize, usize, usize)> = None;
    for token in word_tokens(text, start, end) {
        let word = super::words::strip_possessive(token.text(text));
        let lower = word.to_lowercase();
        let letters = lower
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '‑');
        let length = lower.chars().count();
        if !letters || length < 3 || FUNCTION_WORDS.contains(&lower.as_str()) {
            continue;
        }
        if best.is_none_or(|(_, _, l)| length > l) {
            best = Some((token.start, token.start + word.len(), length));
        }
    }
    let (word_start, word_end, _) = best?;
    let word = &text[word_start..word_end];
    let lower = word.to_lowercase();
    let plural = lower.ends_with('s') && !["ss", "us", "is"].iter().any(|e| lower.ends_with(e));
    let &(_, pair) = SUBSTITUTES.iter().find(|(ending, _)| match *ending {
        "s" => plural,
        "" => true,
        ending => lower.ends_with(ending),
    })?;
    let substitute = pair
        .iter()
        .find(|s| **s != lower && !quoted.contains(*s))
        .copied()
        .unwrap_or(pair[1]);
    Some(Edit::new(word_start, word_end, same_case(substitute, word)))
}
