//! Tokens and the small lexicon the date grammar reads.
//!
//! A token is a run of alphanumerics or one punctuation character; runs are
//! classified once here (month, weekday, number, ordinal, decade, keyword) so
//! the grammar matches on enums instead of comparing strings.

use jiff::civil::Weekday;

/// How a month name was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum MonthForm {
    /// "September"
    Full,
    /// "Sept", "Jan": the AP-style abbreviations (a dot usually follows).
    Ap,
    /// "Sep", "Jun": three letters.
    Short,
}

/// Words the grammar cares about, matched case-insensitively.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kw {
    The,
    A,
    Of,
    In,
    On,
    By,
    During,
    Around,
    From,
    To,
    Through,
    Until,
    Between,
    And,
    Before,
    After,
    Since,
    Prior,
    Early,
    Mid,
    Late,
    Earlier,
    Later,
    End,
    Beginning,
    Start,
    Middle,
    /// "first" .. "fourth": halves and quarters.
    Nth(u8),
    Half,
    Quarter,
    Last,
    This,
    Next,
    Following,
    Previous,
    Same,
    That,
    Unit(Unit),
    Today,
    Yesterday,
    Tomorrow,
    Ago,
    /// "two" .. "twelve" (and "one").
    Count(u8),
    /// Words that put a number before them in the class of amounts:
    /// "nearly 2000", "more than 1500".
    Approx,
    /// Units and counted nouns that never follow a year: "2000 meters".
    Measure,
    /// Determiners and possessives: "the 2019 elections", "its 2020 budget".
    Det,
    /// "spring" (1), "summer", "autumn"/"fall", "winter" (4).
    Season(u8),
    Weekend,
    /// "rest" of the week.
    Rest,
}

/// Calendar units named in relative expressions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Unit {
    Day,
    Week,
    Month,
    Year,
    Decade,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Lex {
    Month(i8, MonthForm),
    Weekday(Weekday),
    /// Plain digits; `value` saturates, `digits` counts them.
    Num {
        value: u32,
        digits: u8,
    },
    /// "25th", "1st".
    Ordinal(u32),
    /// "1990s" (four digits) or "90s" (two).
    Decade {
        value: u32,
        digits: u8,
    },
    /// "Q3".
    Quarter(u8),
    Kw(Kw),
    Word,
    Punct(char),
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub lex: Lex,
    pub start: usize,
    pub end: usize,
    /// Whitespace separates this token from the previous one.
    pub space_before: bool,
    /// The first character is uppercase.
    pub upper: bool,
    /// A weekday written as an abbreviation that is also a word ("Sun",
    /// "Sat", "Wed"): a weekday only with a date, a dot or a preposition.
    pub weak: bool,
}

impl Tok {
    pub fn num(&self) -> Option<(u32, u8)> {
        match self.lex {
            Lex::Num { value, digits } => Some((value, digits)),
            _ => None,
        }
    }

    pub fn kw(&self) -> Option<Kw> {
        match self.lex {
            Lex::Kw(k) => Some(k),
            _ => None,
        }
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.lex == Lex::Punct(c)
    }

    /// Any word that is not a keyword, month or weekday: names, nouns, verbs.
    pub fn is_plain_word(&self) -> bool {
        self.lex == Lex::Word
    }
}

pub(super) fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 4);
    let mut space = true;
    let bytes = text.as_bytes();
    // Every character of every sentence passes here: ASCII bytes are read
    // as they are, and only the rest decoded.
    let char_at = |at: usize| match bytes[at] {
        byte if byte.is_ascii() => char::from(byte),
        _ => text[at..]
            .chars()
            .next()
            .unwrap_or(char::REPLACEMENT_CHARACTER),
    };
    let mut at = 0;
    while at < bytes.len() {
        let start = at;
        let c = char_at(start);
        at += c.len_utf8();
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let lex = if c.is_alphanumeric() {
            loop {
                while at < bytes.len() && bytes[at].is_ascii_alphanumeric() {
                    at += 1;
                }
                if at >= bytes.len() || bytes[at].is_ascii() {
                    break;
                }
                let d = char_at(at);
                if !d.is_alphanumeric() {
                    break;
                }
                at += d.len_utf8();
            }
            let end = at;
            let run = &text[start..end];
            // "Oct2", "22april": a month glued to its day is two tokens.
            if let Some(cut) = month_day_cut(run) {
                for (a, b, sp) in [(start, start + cut, space), (start + cut, end, false)] {
                    let part = &text[a..b];
                    toks.push(Tok {
                        lex: classify(part),
                        start: a,
                        end: b,
                        space_before: sp,
                        upper: part.starts_with(char::is_uppercase),
                        weak: false,
                    });
                }
                space = false;
                continue;
            }
            classify(run)
        } else {
            Lex::Punct(c)
        };
        let end = at;
        let weak = matches!(lex, Lex::Weekday(_)) && is_weak_weekday(&text[start..end]);
        toks.push(Tok {
            lex,
            start,
            end,
            space_before: space,
            upper: c.is_uppercase(),
            weak,
        });
        space = false;
    }
    toks
}

/// Where to cut a run such as "Oct2" or "22april": a month name and one
/// or two digits written together.
fn month_day_cut(run: &str) -> Option<usize> {
    if !run.is_ascii() {
        return None;
    }
    let digits = run.bytes().filter(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 || digits == run.len() {
        return None;
    }
    let lead = run.bytes().take_while(u8::is_ascii_digit).count();
    let cut = if lead > 0 { lead } else { run.len() - digits };
    let (a, b) = run.split_at(cut);
    let (name, num) = if lead > 0 { (b, a) } else { (a, b) };
    if !num.bytes().all(|c| c.is_ascii_digit()) || name.len() < 3 {
        return None;
    }
    let lower = name.to_ascii_lowercase();
    matches!(calendar_name(&lower), Some(Lex::Month(..))).then_some(cut)
}

/// "Sun", "Sat", "Wed", "Mon", "Fri", "Tue": abbreviations that are also
/// words or names.
fn is_weak_weekday(run: &str) -> bool {
    ["mon", "tue", "wed", "fri", "sat", "sun", "thu"]
        .iter()
        .any(|w| run.eq_ignore_ascii_case(w))
}

fn classify(run: &str) -> Lex {
    let bytes = run.as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits > 0 {
        let value = bytes[..digits].iter().fold(0u32, |v, &b| {
            v.saturating_mul(10).saturating_add(u32::from(b - b'0'))
        });
        let ndigits = u8::try_from(digits).unwrap_or(u8::MAX);
        let suffix = &run[digits..];
        if suffix.is_empty() {
            return Lex::Num {
                value,
                digits: ndigits,
            };
        }
        let ordinal = ["st", "nd", "rd", "th"]
            .iter()
            .any(|s| suffix.eq_ignore_ascii_case(s));
        if ordinal && digits <= 2 {
            return Lex::Ordinal(value);
        }
        if suffix.eq_ignore_ascii_case("s") && (digits == 2 || digits == 4) && value % 10 == 0 {
            return Lex::Decade {
                value,
                digits: ndigits,
            };
        }
        return Lex::Word;
    }
    if bytes.len() == 2
        && (bytes[0] == b'Q' || bytes[0] == b'q')
        && (b'1'..=b'4').contains(&bytes[1])
    {
        return Lex::Quarter(bytes[1] - b'0');
    }
    let mut buf = [0u8; 12];
    if bytes.len() > buf.len() || !run.is_ascii() {
        return Lex::Word;
    }
    let lower = &mut buf[..bytes.len()];
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    let lower = std::str::from_utf8(lower).unwrap_or("");
    // One lookup for the calendar name and the keyword: both are long
    // chains of comparisons, and every word of every sentence is asked.
    let Some(&(calendar, keyword)) = words_index().get(lower) else {
        debug_assert!(
            calendar_name(lower).is_none() && keyword(lower).is_none(),
            "{lower:?} is a date word missing from WORDS"
        );
        return Lex::Word;
    };
    // Names of months and days are proper nouns, but chat and headlines
    // write them in lowercase too; the grammar asks more of a lowercase
    // name ("may" and "march" are verbs), and a lowercase abbreviation of
    // a weekday is a word ("sat", "sun", "wed").
    if let Some(lex) = calendar {
        let weak_lower = !bytes[0].is_ascii_uppercase() && is_weak_weekday(lower);
        if !weak_lower {
            return lex;
        }
    }
    keyword.map_or(Lex::Word, Lex::Kw)
}

/// Every word [`calendar_name`] or [`keyword`] knows. A word they learn
/// must be added here; debug builds check every word [`classify`] passes
/// over.
#[rustfmt::skip]
const WORDS: &[&str] = &[
    "january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun",
    "july", "jul", "august", "aug", "september", "sept", "sep", "october", "oct", "november",
    "nov", "december", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
    "the", "a", "an", "of", "in", "on", "by", "during", "throughout", "around", "about", "circa",
    "from", "to", "through", "thru", "until", "till", "til", "between", "and", "before", "after",
    "since", "prior", "early", "mid", "late", "earlier", "later", "end", "beginning", "start",
    "middle", "first", "second", "third", "fourth", "half", "quarter", "last", "this", "next",
    "following", "previous", "preceding", "same", "that", "day", "days", "week", "weeks", "month",
    "months", "year", "years", "decade", "decades", "today", "yesterday", "tomorrow", "tmrw",
    "ago", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "nearly", "almost", "than", "roughly", "approximately", "least", "most", "number",
    "no", "per", "percent", "square", "cubic", "meter", "metre", "kilometer", "kilometre", "km",
    "mile", "foot", "feet", "ton", "tonne", "kg", "kilogram", "pound", "dollar", "euro", "rupee",
    "yuan", "yen", "acre", "hectare", "barrel", "degree", "mph", "people", "police", "personnel",
    "staff", "children", "men", "women", "hundred", "thousand", "million", "billion", "trillion",
    "point", "its", "their", "his", "her", "our", "your", "whose", "spring", "summer", "autumn",
    "fall", "winter", "weekend", "rest", "remainder",
];

/// [`calendar_name`] and [`keyword`] of each of [`WORDS`].
type WordsIndex =
    std::collections::HashMap<&'static str, (Option<Lex>, Option<Kw>), foldhash::fast::FixedState>;

fn words_index() -> &'static WordsIndex {
    static INDEX: std::sync::OnceLock<WordsIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        WORDS
            .iter()
            .map(|&word| (word, (calendar_name(word), keyword(word))))
            .collect()
    })
}

pub(super) fn calendar_name(lower: &str) -> Option<Lex> {
    use MonthForm::{Ap, Full, Short};
    let (m, form) = match lower {
        "january" => (1, Full),
        "jan" => (1, Ap),
        "february" => (2, Full),
        "feb" => (2, Ap),
        "march" => (3, Full),
        "mar" => (3, Short),
        "april" => (4, Full),
        "apr" => (4, Short),
        "may" => (5, Full),
        "june" => (6, Full),
        "jun" => (6, Short),
        "july" => (7, Full),
        "jul" => (7, Short),
        "august" => (8, Full),
        "aug" => (8, Ap),
        "september" => (9, Full),
        "sept" => (9, Ap),
        "sep" => (9, Short),
        "october" => (10, Full),
        "oct" => (10, Ap),
        "november" => (11, Full),
        "nov" => (11, Ap),
        "december" => (12, Full),
        "dec" => (12, Ap),
        _ => {
            let wd = match lower {
                "monday" => Weekday::Monday,
                "tuesday" => Weekday::Tuesday,
                "wednesday" => Weekday::Wednesday,
                "thursday" => Weekday::Thursday,
                "friday" => Weekday::Friday,
                "saturday" => Weekday::Saturday,
                "sunday" => Weekday::Sunday,
                "mon" => Weekday::Monday,
                "tue" | "tues" => Weekday::Tuesday,
                "wed" | "weds" => Weekday::Wednesday,
                "thu" | "thur" | "thurs" => Weekday::Thursday,
                "fri" => Weekday::Friday,
                "sat" => Weekday::Saturday,
                "sun" => Weekday::Sunday,
                _ => return None,
            };
            return Some(Lex::Weekday(wd));
        }
    };
    Some(Lex::Month(m, form))
}

fn keyword(lower: &str) -> Option<Kw> {
    Some(match lower {
        "the" => Kw::The,
        "a" | "an" => Kw::A,
        "of" => Kw::Of,
        "in" => Kw::In,
        "on" => Kw::On,
        "by" => Kw::By,
        "during" | "throughout" => Kw::During,
        "around" | "about" | "circa" => Kw::Around,
        "from" => Kw::From,
        "to" => Kw::To,
        "through" | "thru" => Kw::Through,
        "until" | "till" | "til" => Kw::Until,
        "between" => Kw::Between,
        "and" => Kw::And,
        "before" => Kw::Before,
        "after" => Kw::After,
        "since" => Kw::Since,
        "prior" => Kw::Prior,
        "early" => Kw::Early,
        "mid" => Kw::Mid,
        "late" => Kw::Late,
        "earlier" => Kw::Earlier,
        "later" => Kw::Later,
        "end" => Kw::End,
        "beginning" => Kw::Beginning,
        "start" => Kw::Start,
        "middle" => Kw::Middle,
        "first" => Kw::Nth(1),
        "second" => Kw::Nth(2),
        "third" => Kw::Nth(3),
        "fourth" => Kw::Nth(4),
        "half" => Kw::Half,
        "quarter" => Kw::Quarter,
        "last" => Kw::Last,
        "this" => Kw::This,
        "next" => Kw::Next,
        "following" => Kw::Following,
        "previous" | "preceding" => Kw::Previous,
        "same" => Kw::Same,
        "that" => Kw::That,
        "day" | "days" => Kw::Unit(Unit::Day),
        "week" | "weeks" => Kw::Unit(Unit::Week),
        "month" | "months" => Kw::Unit(Unit::Month),
        "year" | "years" => Kw::Unit(Unit::Year),
        "decade" | "decades" => Kw::Unit(Unit::Decade),
        "today" => Kw::Today,
        "yesterday" => Kw::Yesterday,
        "tomorrow" | "tmrw" => Kw::Tomorrow,
        "ago" => Kw::Ago,
        "one" => Kw::Count(1),
        "two" => Kw::Count(2),
        "three" => Kw::Count(3),
        "four" => Kw::Count(4),
        "five" => Kw::Count(5),
        "six" => Kw::Count(6),
        "seven" => Kw::Count(7),
        "eight" => Kw::Count(8),
        "nine" => Kw::Count(9),
        "ten" => Kw::Count(10),
        "eleven" => Kw::Count(11),
        "twelve" => Kw::Count(12),
        "nearly" | "almost" | "than" | "roughly" | "approximately" | "least" | "most"
        | "number" | "no" => Kw::Approx,
        "per" | "percent" | "square" | "cubic" | "meter" | "metre" | "kilometer" | "kilometre"
        | "km" | "mile" | "foot" | "feet" | "ton" | "tonne" | "kg" | "kilogram" | "pound"
        | "dollar" | "euro" | "rupee" | "yuan" | "yen" | "acre" | "hectare" | "barrel"
        | "degree" | "mph" | "people" | "police" | "personnel" | "staff" | "children" | "men"
        | "women" | "hundred" | "thousand" | "million" | "billion" | "trillion" | "point" => {
            Kw::Measure
        }
        "its" | "their" | "his" | "her" | "our" | "your" | "whose" => Kw::Det,
        "spring" => Kw::Season(1),
        "summer" => Kw::Season(2),
        "autumn" | "fall" => Kw::Season(3),
        "winter" => Kw::Season(4),
        "weekend" => Kw::Weekend,
        "rest" | "remainder" => Kw::Rest,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_indexed_word_is_a_calendar_name_or_a_keyword() {
        for word in WORDS {
            assert!(
                calendar_name(word).is_some() || keyword(word).is_some(),
                "{word:?}"
            );
        }
    }
}
