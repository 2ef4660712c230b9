//! Absolute dates in the less common shapes: years in words ("nineteen
//! seventy-eight", "two thousand and eighteen", "the year 247"), decades in
//! words or without the century ("the seventies", "the twenty-tens", "the
//! 70s"), halves ("H1 2016"), numbered weeks ("Week 31"), years and months
//! written with spaced separators or in year-first order ("2016 - 11",
//! "2016 june", "2015.3"), two-digit years after a month ("August '99"),
//! and a few spellings of days ("16. Nov. 2016", "October. 2",
//! "January12,2016", "on 15", "second Sunday").
//!
//! Each rule starts at a token and returns how far it reached, like the
//! rules in [`super`]; [`Scanner::absolute`] offers the longest of them to
//! the scanner.

use super::super::cal;
use super::{numeric_month, resolve_yearless, Found, Scanner, Yearless};
use crate::extract::date::lex::{Kw, Lex, Unit};
use crate::extract::numeric::format::{TENS, UNITS};
use crate::extract::DateMod;
use jiff::civil::{Date, ISOWeekDate};

/// Words before "the 70s" in its clause that make it a temperature or a
/// score, not a decade: "highs will be in the 70s", "scores in the 90s".
const MEASURED: &[&str] = &[
    "high",
    "highs",
    "low",
    "lows",
    "temperature",
    "temperatures",
    "temps",
    "degrees",
    "score",
    "scores",
    "scored",
    "rating",
    "ratings",
];

/// Words that put the number after them in the class of amounts, so that
/// "2015.3" after them is a decimal ("closed at 2015.3"), not a month.
const BEFORE_AMOUNT: &[&str] = &[
    "at", "to", "from", "by", "of", "was", "is", "were", "are", "be", "and", "or", "with", "hit",
    "reached",
];

impl Scanner<'_> {
    /// The longest absolute reading at token `i`.
    pub(super) fn absolute(&self, i: usize) -> Option<Found> {
        longest![
            self.cued_spelled_year(i),
            self.spelled_year_range(i),
            self.year_numbered(i),
            self.decade_short(i),
            self.decade_words(i),
            self.half_year(i),
            self.numbered_week(i),
            self.spaced_numeric_month(i),
            self.year_month(i),
            self.dotted_year_month(i),
            self.month_short_year(i),
            self.dotted_day_month(i),
            self.month_dot_day(i),
            self.month_day_comma_year(i),
            self.on_day_number(i),
            self.nth_weekday_alone(i),
        ]
    }

    /// A year as digits or in words, and the token after it: the object of
    /// a month, a day, a week or a season ("June of nineteen ninety-nine").
    pub(super) fn year_at(&self, i: usize) -> Option<(i16, usize)> {
        if let Some(y) = self.plausible_year(i, true) {
            return Some((y, i + 1));
        }
        self.spelled_year(i)
    }

    // ---- numbers in words ----

    /// Where token `i` stands in `words`, ignoring case.
    fn word_in(&self, i: usize, words: &[&str]) -> Option<usize> {
        let t = self.text(i);
        words
            .iter()
            .position(|w| !w.is_empty() && t.eq_ignore_ascii_case(w))
    }

    fn is_word(&self, i: usize, w: &str) -> bool {
        self.text(i).eq_ignore_ascii_case(w)
    }

    /// "one" .. "ninety-nine" ("seventy eight", "seventy-eight"); not zero.
    fn words_below_hundred(&self, i: usize) -> Option<(u32, usize)> {
        if let Some(n) = self.word_in(i, &UNITS[1..]) {
            return Some((u32::try_from(n).ok()? + 1, i + 1));
        }
        let tens = u32::try_from(self.word_in(i, &TENS)?).ok()?;
        let j = if self.glued_punct(i + 1, '-') {
            i + 2
        } else {
            i + 1
        };
        match self.word_in(j, &UNITS[1..10]) {
            Some(u) => Some((tens * 10 + u32::try_from(u).ok()? + 1, j + 1)),
            None => Some((tens * 10, i + 1)),
        }
    }

    /// "and" followed by the rest of a number, as in "two thousand and
    /// eighteen"; not when a larger scale follows ("two thousand and three
    /// thousand" is two amounts).
    fn and_rest(&self, i: usize) -> Option<(u32, usize)> {
        let j = if self.is_kw(i, Kw::And) { i + 1 } else { i };
        let (n, next) = self.words_below_hundred(j)?;
        if self.is_word(next, "hundred") || self.is_word(next, "thousand") {
            return None;
        }
        Some((n, next))
    }

    /// "seven hundred and eighty-nine", "sixty-seven".
    fn words_below_thousand(&self, i: usize) -> Option<(u32, usize)> {
        let (n, next) = self.words_below_hundred(i)?;
        if n < 10 && self.is_word(next, "hundred") {
            let rest = self.and_rest(next + 1);
            return Some(match rest {
                Some((r, after)) => (n * 100 + r, after),
                None => (n * 100, next + 1),
            });
        }
        Some((n, next))
    }

    /// A whole number in words up to the thousands: "one thousand seven
    /// hundred and eighty-nine", "two thousand and eighteen", "two hundred
    /// and sixty-seven".
    fn words_number(&self, i: usize) -> Option<(u32, usize)> {
        let (n, next) = self.words_below_thousand(i)?;
        if n >= 10 || !self.is_word(next, "thousand") {
            return Some((n, next));
        }
        let thousands = n * 1000;
        let j = next + 1;
        let j_and = if self.is_kw(j, Kw::And) { j + 1 } else { j };
        if let Some((r, after)) = self.words_below_thousand(j_and) {
            let scaled = self.is_word(after, "thousand") || self.is_word(after, "hundred");
            if r >= 100 || self.and_rest(j).is_some() && !scaled {
                return Some((thousands + r, after));
            }
        }
        Some((thousands, j))
    }

    /// A year in words, 1000 to 2999: read in pairs ("nineteen seventy
    /// eight", "twenty eighteen", "nineteen oh one", "nineteen hundred") or
    /// whole ("two thousand and eighteen", "one thousand seven hundred and
    /// eighty nine"). Not when a unit or counted noun follows ("two
    /// thousand troops", "nineteen hundred people").
    pub(super) fn spelled_year(&self, i: usize) -> Option<(i16, usize)> {
        let found = longest_pair(self.paired_year(i), self.whole_year(i))?;
        let (_, next) = found;
        if let Some(t) = self.tok(next) {
            if t.kw() == Some(Kw::Measure)
                || !t.upper && self.plural_looking(next) && !self.determined(i)
                || self.glued_punct(next, '-')
            {
                return None;
            }
        }
        Some(found)
    }

    /// "nineteen seventy-eight", "twenty eighteen", "nineteen zero one".
    fn paired_year(&self, i: usize) -> Option<(i16, usize)> {
        let century = match self.word_in(i, &UNITS) {
            Some(n @ 10..=19) => n,
            _ if self.is_word(i, "twenty") && !self.glued_punct(i + 1, '-') => 20,
            _ => return None,
        };
        let century = u32::try_from(century).ok()?;
        let j = i + 1;
        let (rest, next) = if self.is_word(j, "hundred") {
            (0, j + 1)
        } else if self.word_in(j, &["oh", "o", "zero"]).is_some() {
            let u = self.word_in(j + 1, &UNITS[1..10])?;
            (u32::try_from(u).ok()? + 1, j + 2)
        } else {
            let (n, next) = self.words_below_hundred(j)?;
            if n < 10 {
                return None;
            }
            (n, next)
        };
        let year = century * 100 + rest;
        if !(1000..=2999).contains(&year) {
            return None;
        }
        Some((i16::try_from(year).ok()?, next))
    }

    /// "two thousand and eighteen", "one thousand seven hundred and
    /// eighty-nine".
    fn whole_year(&self, i: usize) -> Option<(i16, usize)> {
        let (n, next) = self.words_number(i)?;
        if !(1000..=2999).contains(&n) {
            return None;
        }
        Some((i16::try_from(n).ok()?, next))
    }

    /// A year in words after a word that makes it one: "in nineteen
    /// twenty-eight", "since two thousand and eight". "From", "to", "of"
    /// and "by" come before counts as often ("from two thousand to three
    /// thousand"), so only [`Scanner::spelled_year_range`] reads after them.
    fn cued_spelled_year(&self, i: usize) -> Option<Found> {
        let prev = i.checked_sub(1)?;
        if !matches!(
            self.kw(prev),
            Some(
                Kw::In | Kw::During | Kw::Since | Kw::Until | Kw::Before | Kw::After | Kw::Through
            )
        ) {
            return None;
        }
        let (y, next) = self.spelled_year(i)?;
        let mut found = Found::new(next, cal::year(y)?);
        found.parts.years[0] = Some((self.span(i, next), 4));
        Some(found)
    }

    /// "from two thousand until two thousand and fourteen", "between
    /// nineteen ninety and two thousand": years in words (or one of them
    /// in digits) on both sides.
    fn spelled_year_range(&self, i: usize) -> Option<Found> {
        let lead = self.kw(i)?;
        if !matches!(lead, Kw::From | Kw::Between) {
            return None;
        }
        let (first, c) = self.year_at(i + 1)?;
        let connects = match self.kw(c)? {
            Kw::And => lead == Kw::Between,
            Kw::To | Kw::Until | Kw::Through => lead == Kw::From,
            _ => false,
        };
        let (last, end) = self.year_at(c + 1).filter(|_| connects)?;
        let spelled = self.tok(i + 1)?.num().is_none() || self.tok(c + 1)?.num().is_none();
        if !spelled || last <= first || last - first > 100 {
            return None;
        }
        Some(Found::new(end, cal::years(first, last)?))
    }

    /// "the year 247", "Year two hundred and sixty-seven": a year of any
    /// size named as one. Numbers under 100 are left alone ("Year 10"
    /// pupils), and so is "last year 300 people".
    fn year_numbered(&self, i: usize) -> Option<Found> {
        if self.single_unit(i) != Some(Unit::Year) {
            return None;
        }
        if let Some(prev) = i.checked_sub(1) {
            let t = &self.toks[prev];
            if t.num().is_some()
                || !matches!(
                    t.lex,
                    Lex::Kw(Kw::The | Kw::In | Kw::Of | Kw::Since | Kw::Until | Kw::By)
                        | Lex::Word
                        | Lex::Punct(_)
                )
            {
                return None;
            }
        }
        let (n, next) = match self.tok(i + 1)?.num() {
            Some((n, 1..=4)) => (n, i + 2),
            Some(_) => return None,
            None => self.words_number(i + 1)?,
        };
        if !(100..=2999).contains(&n) {
            return None;
        }
        if let Some(t) = self.tok(next) {
            let grouped =
                matches!(t.lex, Lex::Punct(',' | '.' | ':')) && self.glued_num(next + 1).is_some();
            if grouped
                || t.kw() == Some(Kw::Measure)
                || !t.upper && self.plural_looking(next)
                || t.num().is_some()
            {
                return None;
            }
        }
        Some(Found::new(next, cal::year(i16::try_from(n).ok()?)?))
    }

    // ---- decades ----

    /// "the", then "early"/"mid"/"late" ("the late seventies"): the token
    /// after them and the part named.
    ///
    /// Whether a measurement comes before (see [`Scanner::measured`]) is
    /// left to the callers, to ask once a decade follows: "the" is the
    /// most common word of a text, and the look back costs more than the
    /// decade rules.
    fn decade_lead(&self, i: usize) -> Option<(usize, Option<DateMod>)> {
        if !self.is_kw(i, Kw::The) {
            return None;
        }
        let j = i + 1;
        let part = match self.kw(j) {
            Some(Kw::Early) => DateMod::Early,
            Some(Kw::Mid) => DateMod::Mid,
            Some(Kw::Late) => DateMod::Late,
            _ => return Some((j, None)),
        };
        let k = if self.glued_punct(j + 1, '-') {
            j + 2
        } else {
            j + 1
        };
        Some((k, Some(part)))
    }

    /// "highs will be in the 70s", "temperatures in the low 70s": a word
    /// for a measurement up to six words before `i`, within the clause.
    fn measured(&self, i: usize) -> bool {
        (i.saturating_sub(6)..i)
            .rev()
            .take_while(|&k| !matches!(self.toks[k].lex, Lex::Punct('.' | ';' | '!' | '?')))
            .any(|k| self.word_in(k, MEASURED).is_some())
    }

    /// The decade starting `first`, or its early, mid or late years.
    fn decade_found(&self, first: i16, part: Option<DateMod>, end: usize) -> Option<Found> {
        let mut value = cal::decade(first)?;
        if let Some(part) = part {
            let (from, to) = match part {
                DateMod::Early => (0, 4),
                DateMod::Mid => (3, 7),
                _ => (7, 10),
            };
            value.start = cal::year(first + from)?.start;
            value.end = cal::year(first + to)?.start;
            value.modifier = Some(part);
        }
        Some(Found::new(end, value))
    }

    /// The most recent decade ending in `tens` that has begun: "the 70s"
    /// in 2016 is the 1970s, "the 20s" the 2020s from 2020 on.
    fn recent_decade(&self, tens: i16) -> i16 {
        let year = self.reference.year();
        let century = year / 100 * 100;
        if century + tens <= year {
            century + tens
        } else {
            century - 100 + tens
        }
    }

    /// "the 70s", "the 70's", "the late 80s", and "70's" after "in" or
    /// "since". "In his 70s" is an age and "highs in the 70s" a
    /// temperature: both are left alone.
    fn decade_short(&self, i: usize) -> Option<Found> {
        // Either way a decade here needs no measurement before it.
        let found = self.decade_short_unmeasured(i)?;
        (!self.measured(i)).then_some(found)
    }

    /// [`Scanner::decade_short`] but for the measurement before it.
    fn decade_short_unmeasured(&self, i: usize) -> Option<Found> {
        let (j, part) = match self.decade_lead(i) {
            Some(lead) => lead,
            None if self.year_cued(i) => (i, None),
            None => return None,
        };
        let (tens, end) = match self.tok(j)?.lex {
            Lex::Decade { value, digits: 2 } if j > i => (value, j + 1),
            Lex::Num { value, digits: 2 } if value % 10 == 0 => {
                let apostrophe =
                    matches!(self.tok(j + 1)?.lex, Lex::Punct(c) if super::is_apostrophe(c));
                if !apostrophe
                    || self.tok(j + 1)?.space_before
                    || !self.text(j + 2).eq_ignore_ascii_case("s")
                    || self.tok(j + 2)?.space_before
                {
                    return None;
                }
                (value, j + 3)
            }
            _ => return None,
        };
        let first = self.recent_decade(i16::try_from(tens).ok()?);
        Some(self.decade_found(first, part, end)?.relative())
    }

    /// "the seventies", "the nineteen seventies", "the twenty-tens", "the
    /// two thousand and tens", "the two thousands", "the noughties", "the
    /// late eighties". Only after "the": "in her seventies" is an age.
    fn decade_words(&self, i: usize) -> Option<Found> {
        let found = self.decade_words_unmeasured(i)?;
        (!self.measured(i)).then_some(found)
    }

    /// [`Scanner::decade_words`] but for the measurement before it.
    fn decade_words_unmeasured(&self, i: usize) -> Option<Found> {
        let (j, part) = self.decade_lead(i)?;
        // "the noughties", "the aughts": 2000-2009.
        if self
            .word_in(j, &["noughties", "naughties", "aughts", "noughts"])
            .is_some()
        {
            return self.decade_found(2000, part, j + 1);
        }
        // "the two thousands": 2000-2009.
        if let Some(Kw::Count(n @ 1..=2)) = self.kw(j) {
            if self.is_word(j + 1, "thousands") && !self.is_kw(j + 2, Kw::Of) {
                return self.decade_found(i16::from(n) * 1000, part, j + 2);
            }
        }
        // A century before the decade: "nineteen", "twenty-", "two
        // thousand and".
        let (century, k) = match self.paired_century(j) {
            Some(c) => (Some(c), self.after_hyphen(j + 1)),
            None => match self.words_number(j) {
                Some((n @ (1000 | 2000), next)) => {
                    let k = if self.is_kw(next, Kw::And) {
                        next + 1
                    } else {
                        next
                    };
                    (Some(i16::try_from(n).ok()?), k)
                }
                _ => (None, j),
            },
        };
        let tens = decade_word(self.text(k))?;
        if tens == 10 && century.is_none() {
            return None;
        }
        if self.is_kw(k + 1, Kw::Of) {
            return None;
        }
        let tens = i16::from(tens);
        match century {
            Some(c) => self.decade_found(c + tens, part, k + 1),
            None => Some(
                self.decade_found(self.recent_decade(tens), part, k + 1)?
                    .relative(),
            ),
        }
    }

    /// "nineteen" or "twenty" before a decade word: its century.
    fn paired_century(&self, i: usize) -> Option<i16> {
        match self.word_in(i, &UNITS) {
            Some(n @ 10..=19) => Some(i16::try_from(n).ok()? * 100),
            _ if self.is_word(i, "twenty") => Some(2000),
            _ => None,
        }
    }

    /// Token `i`, or the one after it when `i` is a hyphen written between
    /// two words ("twenty-tens").
    fn after_hyphen(&self, i: usize) -> usize {
        if self.glued_punct(i, '-') {
            i + 1
        } else {
            i
        }
    }

    // ---- halves and weeks ----

    /// "H1 2016", "2016 H2", "2016H2": the first or second half of a year.
    fn half_year(&self, i: usize) -> Option<Found> {
        if let Some(h) = half_name(self.text(i)) {
            let j = if self.is_kw(i + 1, Kw::Of) {
                i + 2
            } else {
                i + 1
            };
            let y = self.plausible_year(j, true)?;
            return Some(Found::new(j + 1, cal::half(y, h)?));
        }
        if let Some(y) = self.plausible_year(i, true) {
            let h = half_name(self.text(i + 1))?;
            return Some(Found::new(i + 2, cal::half(y, h)?));
        }
        // "2016H2": one token.
        let t = self.text(i);
        let (y, h) = (t.get(..4)?, half_name(t.get(4..)?)?);
        if !y.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let y: i16 = y.parse().ok()?;
        if !(1900..=2099).contains(&y) {
            return None;
        }
        Some(Found::new(i + 1, cal::half(y, h)?))
    }

    /// "Week 31": the ISO week of the reference's year, Monday to Sunday.
    /// Only capitalized, not followed by "of" ("week 3 of the trial",
    /// "Week 10 of the season" count something else) and not part of a
    /// name ("the school's Week 3 schedule").
    fn numbered_week(&self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        if !t.upper || self.single_unit(i) != Some(Unit::Week) {
            return None;
        }
        let (n, digits) = self.tok(i + 1)?.num()?;
        if digits > 2 || !(1..=53).contains(&n) || self.is_kw(i + 2, Kw::Of) {
            return None;
        }
        // "the school's Week 3 schedule": a name.
        if self.determined(i) || self.tok(i + 2).is_some_and(|t| t.is_plain_word()) {
            return None;
        }
        if matches!(
            self.tok(i + 2).map(|t| t.lex),
            Some(Lex::Punct('.' | ',' | ':' | '-'))
        ) && self.glued_num(i + 3).is_some()
        {
            return None;
        }
        let week = ISOWeekDate::new(
            self.reference.year(),
            i8::try_from(n).ok()?,
            jiff::civil::Weekday::Monday,
        )
        .ok()?;
        Some(Found::new(i + 2, cal::week(week.date())?).relative())
    }

    // ---- years and months in numbers ----

    /// "2016 - 11", "2016 /11", "11 - 2016", "11 / 2016": a numeric month
    /// with a spaced separator, where the phrase ends after it. "2008 -
    /// 09" stays two years, as "2008-09" does.
    fn spaced_numeric_month(&self, i: usize) -> Option<Found> {
        let (a, ad) = self.tok(i)?.num()?;
        if i > 0 && self.toks[i - 1].num().is_some() {
            return None;
        }
        let sep = self.tok(i + 1)?;
        let sep_c = match sep.lex {
            Lex::Punct(c @ ('/' | '-')) => c,
            _ => return None,
        };
        let (b, bd) = self.tok(i + 2)?.num()?;
        if !sep.space_before && !self.tok(i + 2)?.space_before {
            return None;
        }
        let glued_after = self.tok(i + 3).is_some_and(|t| {
            !t.space_before && !matches!(t.lex, Lex::Punct('.' | ','))
                || self.glued_num(i + 4).is_some()
        });
        if !self.phrase_ends(i + 3) || glued_after {
            return None;
        }
        Some(Found::new(
            i + 3,
            numeric_month(a, ad, b, bd, sep_c == '/')?,
        ))
    }

    /// "2016 june", "2016, Nov": a year and then its month, where the
    /// phrase ends or a range goes on ("between 2015 June and 2018 May").
    fn year_month(&self, i: usize) -> Option<Found> {
        let y = self.plausible_year(i, self.year_cued(i))?;
        let j = if self.tok(i + 1)?.is_punct(',') {
            i + 2
        } else {
            i + 1
        };
        let (m, next, _) = self.month_name(j)?;
        if !self.tok(j)?.upper && matches!(m, 3 | 5) {
            return None;
        }
        let ends = self.phrase_ends(next)
            || matches!(
                self.kw(next),
                Some(Kw::And | Kw::To | Kw::Through | Kw::Until)
            );
        if !ends {
            return None;
        }
        Some(Found::new(next, cal::month(y, m)?))
    }

    /// "2015.3": a year and month written with a dot, where the phrase
    /// ends; not after words that introduce amounts ("closed at 2015.3").
    fn dotted_year_month(&self, i: usize) -> Option<Found> {
        let (y, 4) = self.tok(i)?.num()? else {
            return None;
        };
        if !self.glued_punct(i + 1, '.') {
            return None;
        }
        let (m, md) = self.glued_num(i + 2)?;
        if md > 2 || !(1..=12).contains(&m) || !(1900..=2099).contains(&y) {
            return None;
        }
        if !self.phrase_ends(i + 3)
            || self.glued_num(i + 4).is_some() && self.glued_punct(i + 3, '.')
        {
            return None;
        }
        if let Some(prev) = i.checked_sub(1) {
            let p = &self.toks[prev];
            if !self.toks[i].space_before
                || matches!(p.lex, Lex::Kw(Kw::Approx) | Lex::Num { .. })
                || self.word_in(prev, BEFORE_AMOUNT).is_some()
            {
                return None;
            }
        }
        let value = cal::month(i16::try_from(y).ok()?, i8::try_from(m).ok()?)?;
        Some(Found::new(i + 3, value))
    }

    /// "August '99", and "August 99" where the phrase ends: a month and a
    /// two-digit year (without the apostrophe, one that cannot be a day).
    fn month_short_year(&self, i: usize) -> Option<Found> {
        let (m, j, _) = self.month_name(i)?;
        if !self.tok(i)?.upper {
            return None;
        }
        let apostrophe = matches!(self.tok(j)?.lex, Lex::Punct(c) if super::is_apostrophe(c));
        let k = if apostrophe { j + 1 } else { j };
        let (y, 2) = self.tok(k)?.num()? else {
            return None;
        };
        if apostrophe && self.tok(k)?.space_before || !apostrophe && y <= 31 {
            return None;
        }
        if !apostrophe && !self.phrase_ends(k + 1) || self.glued_num(k + 2).is_some() {
            return None;
        }
        let year = self.expand_year(y, 2)?;
        Some(Found::new(k + 1, cal::month(year, m)?).relative())
    }

    // ---- days ----

    /// "16. Nov. 2016": a day with a dot, as German and Nordic writers
    /// put it, before a month and a year (without the year, "… aged 16.
    /// November …" would read as one).
    fn dotted_day_month(&self, i: usize) -> Option<Found> {
        let (d, 1..=2) = self.tok(i)?.num()? else {
            return None;
        };
        if !(1..=31).contains(&d) || !self.glued_punct(i + 1, '.') {
            return None;
        }
        let (m, j, _) = self.month_name(i + 2)?;
        let (y, next, _) = self.trailing_year(j)?;
        let date = Date::new(y, m, i8::try_from(d).ok()?).ok()?;
        Some(Found::new(next, cal::day(date)?))
    }

    /// "October. 2": a full month name with a stray dot before its day,
    /// where the phrase ends after the day.
    fn month_dot_day(&self, i: usize) -> Option<Found> {
        let Lex::Month(m, crate::extract::date::lex::MonthForm::Full) = self.tok(i)?.lex else {
            return None;
        };
        if !self.glued_punct(i + 1, '.') || !self.tok(i + 2)?.space_before {
            return None;
        }
        let (d, ordinal) = self.day_number(i + 2)?;
        if ordinal || !self.phrase_ends(i + 3) {
            return None;
        }
        let y = Yearless::Day(m, d);
        let mut found = Found::new(i + 3, resolve_yearless(y, self.reference, self.ahead(i))?);
        found.yearless = Some(y);
        Some(found.relative())
    }

    /// "January12,2016", "Jan 12,2016": a day and year run together with
    /// a comma, which [`Scanner::day_number`] takes for a thousands
    /// separator.
    fn month_day_comma_year(&self, i: usize) -> Option<Found> {
        let (m, j, _) = self.month_name(i)?;
        let (d, 1..=2) = self.tok(j)?.num()? else {
            return None;
        };
        let (y, 4) = self.glued_num(j + 2)? else {
            return None;
        };
        if !self.glued_punct(j + 1, ',') || !(1000..=2999).contains(&y) {
            return None;
        }
        if self.glued_punct(j + 3, ',')
            || self.glued_punct(j + 3, '.') && self.glued_num(j + 4).is_some()
        {
            return None;
        }
        let date = Date::new(i16::try_from(y).ok()?, m, i8::try_from(d).ok()?).ok()?;
        Some(Found::new(j + 3, cal::day(date)?))
    }

    /// "on 15": a day of the month as a bare number after "on", where the
    /// phrase ends; in the reference's month or the one before (after, in
    /// the future tense).
    fn on_day_number(&self, i: usize) -> Option<Found> {
        if i == 0 || !self.is_kw(i - 1, Kw::On) {
            return None;
        }
        let (d, ordinal) = self.day_number(i)?;
        if ordinal || self.tok(i)?.num()?.1 > 2 {
            return None;
        }
        let ends = self
            .tok(i + 1)
            .is_none_or(|t| matches!(t.lex, Lex::Punct('.' | ',' | ';' | '!' | '?' | ')')));
        if !ends || self.glued_num(i + 2).is_some() {
            return None;
        }
        let date = cal::day_of_month(d, self.reference, self.ahead(i))?;
        Some(Found::new(i + 1, cal::day(date)?).relative())
    }

    /// "second Sunday", "on the first Tuesday": the nth such weekday of the
    /// reference's month, where the phrase ends ("the first Sunday of
    /// May" is [`Scanner::nth_weekday`]'s; "the first Sunday since …",
    /// "his first Sunday" and "that was the second Sunday" are not
    /// dates).
    fn nth_weekday_alone(&self, i: usize) -> Option<Found> {
        let the = self.is_kw(i, Kw::The);
        let j = if the { i + 1 } else { i };
        let n = match self.kw(j) {
            Some(Kw::Nth(n)) => i64::from(n),
            _ if self.is_word(j, "fifth") => 5,
            _ => return None,
        };
        // "That was the second Sunday." counts Sundays of something else.
        let on = i > 0 && self.is_kw(i - 1, Kw::On);
        if i > 0 && matches!(self.kw(i - 1), Some(Kw::Det | Kw::The)) || the && !on {
            return None;
        }
        let t = self.tok(j + 1)?;
        let Lex::Weekday(wd) = t.lex else {
            return None;
        };
        if t.weak || !self.phrase_ends(j + 2) {
            return None;
        }
        let month = cal::month_of(self.reference)?;
        let date = cal::add_days(cal::weekday_from(wd, month.start)?, 7 * (n - 1))?;
        if date >= month.end {
            // "fifth Sunday" in a month with four: a day that does not exist.
            return (n == 5).then(|| Found::no_such_day(j + 2, month).relative());
        }
        Some(Found::new(j + 2, cal::day(date)?).relative())
    }
}

/// The longer of two readings of a year.
fn longest_pair(a: Option<(i16, usize)>, b: Option<(i16, usize)>) -> Option<(i16, usize)> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.1 > a.1 { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// "H1", "H2".
fn half_name(s: &str) -> Option<u8> {
    match s {
        "H1" => Some(1),
        "H2" => Some(2),
        _ => None,
    }
}

/// "tens" (10), "twenties" (20) .. "nineties" (90), in any case.
fn decade_word(w: &str) -> Option<u8> {
    if w.eq_ignore_ascii_case("tens") {
        return Some(10);
    }
    let cut = w.len().checked_sub(3)?;
    let (stem, ies) = (w.get(..cut)?, w.get(cut..)?);
    if !ies.eq_ignore_ascii_case("ies") {
        return None;
    }
    let tens = TENS.iter().position(|t| {
        t.strip_suffix('y')
            .is_some_and(|t| !t.is_empty() && t.eq_ignore_ascii_case(stem))
    })?;
    u8::try_from(tens * 10).ok()
}

#[cfg(test)]
mod tests {
    use crate::extract::date::dates;
    use crate::extract::date::tests::{d, one, wording};
    use crate::extract::{DateMod, Grain, Value};
    use DateMod::{Early, Late};
    use Grain::{Day, Decade, Month, PartOfYear, Week, Year};

    /// `text` as of `reference` states exactly one date, worded `span`,
    /// for `start..end`, with `grain` and `modifier`.
    #[track_caller]
    fn case(
        text: &str,
        reference: &str,
        span: &str,
        (start, end): (&str, &str),
        grain: Grain,
        modifier: Option<DateMod>,
    ) {
        let v = one(text, reference, span);
        assert_eq!(
            (v.start, v.end, v.grain, v.modifier),
            (d(start), d(end), grain, modifier),
            "{text:?}"
        );
    }

    /// `text` states no date, or only the ones worded `spans`.
    #[track_caller]
    fn only(text: &str, spans: &[&str]) {
        let found = dates(text, d(REF));
        assert_eq!(wording(text, &found), spans, "{text:?}");
    }

    const REF: &str = "2016-11-07";

    #[test]
    #[rustfmt::skip]
    fn years_in_words() {
        case("In nineteen twenty eight", REF, "nineteen twenty eight", ("1928-01-01", "1929-01-01"), Year, None);
        case("born in nineteen seventy-eight.", REF, "nineteen seventy-eight", ("1978-01-01", "1979-01-01"), Year, None);
        case("In one thousand seven hundred and eighty nine", REF, "one thousand seven hundred and eighty nine", ("1789-01-01", "1790-01-01"), Year, None);
        case("since two thousand and eight", REF, "since two thousand and eight", ("2008-01-01", "2009-01-01"), Year, Some(DateMod::Since));
        case("in twenty eighteen", REF, "twenty eighteen", ("2018-01-01", "2019-01-01"), Year, None);
        case("in nineteen hundred", REF, "nineteen hundred", ("1900-01-01", "1901-01-01"), Year, None);
        case("on September 10, nineteen zero one", REF, "September 10, nineteen zero one", ("1901-09-10", "1901-09-11"), Day, None);
        case("on September the twenty-first nineteen seventy eight", REF, "September the twenty-first nineteen seventy eight", ("1978-09-21", "1978-09-22"), Day, None);
        case("on sunday jan twenty one two thousand and eighteen", REF, "sunday jan twenty one two thousand and eighteen", ("2018-01-21", "2018-01-22"), Day, None);
        case("on the tenth of September, two thousand", REF, "the tenth of September, two thousand", ("2000-09-10", "2000-09-11"), Day, None);
        case("in June of nineteen ninety nine", REF, "June of nineteen ninety nine", ("1999-06-01", "1999-07-01"), Month, None);
        case("the third quarter of two thousand and twenty", REF, "the third quarter of two thousand and twenty", ("2020-07-01", "2020-10-01"), Grain::Quarter, None);
        case("the third week of two thousand and twenty seven", REF, "the third week of two thousand and twenty seven", ("2027-01-18", "2027-01-25"), Week, None);
        case("the spring of nineteen seventy eight", REF, "the spring of nineteen seventy eight", ("1978-03-01", "1978-06-01"), PartOfYear, None);
        case("from two thousand until two thousand and fourteen.", REF, "from two thousand until two thousand and fourteen", ("2000-01-01", "2015-01-01"), Year, None);
        case("Year two hundred and sixty seven,", REF, "Year two hundred and sixty seven", ("0267-01-01", "0268-01-01"), Year, None);
        case("in the year 247", REF, "year 247", ("0247-01-01", "0248-01-01"), Year, None);
    }

    #[test]
    fn counts_in_words_are_not_years() {
        only("sent in two thousand troops", &[]);
        only("in nineteen people", &[]);
        only("rose from two thousand to three thousand", &[]);
        only("a crowd of two thousand.", &[]);
        only("between two thousand and three thousand", &[]);
        only("nineteen seventy-eight", &[]);
        only("in two thousand-year-old ruins", &[]);
        only("Year 10 pupils", &[]);
        only("the year 300 people died", &[]);
        only("last year 500 were killed", &["last year"]);
        only("on June 3 nineteen people died", &["June 3"]);
    }

    #[test]
    #[rustfmt::skip]
    fn decades() {
        case("In the 70s", REF, "the 70s", ("1970-01-01", "1980-01-01"), Decade, None);
        case("In the 70's", REF, "the 70's", ("1970-01-01", "1980-01-01"), Decade, None);
        case("In 70's", REF, "70's", ("1970-01-01", "1980-01-01"), Decade, None);
        case("in the late 80s", REF, "the late 80s", ("1987-01-01", "1990-01-01"), Decade, Some(Late));
        case("In the seventies", REF, "the seventies", ("1970-01-01", "1980-01-01"), Decade, None);
        case("in the early seventies", REF, "the early seventies", ("1970-01-01", "1974-01-01"), Decade, Some(Early));
        case("In the twenties", "2025-11-24", "the twenties", ("2020-01-01", "2030-01-01"), Decade, None);
        case("In the nineteen seventies", REF, "the nineteen seventies", ("1970-01-01", "1980-01-01"), Decade, None);
        case("In the two thousand and tens", REF, "the two thousand and tens", ("2010-01-01", "2020-01-01"), Decade, None);
        case("In the twenty-tens", REF, "the twenty-tens", ("2010-01-01", "2020-01-01"), Decade, None);
        case("In the two thousands", REF, "the two thousands", ("2000-01-01", "2010-01-01"), Decade, None);
        case("In the noughties", REF, "the noughties", ("2000-01-01", "2010-01-01"), Decade, None);
    }

    #[test]
    fn ages_and_temperatures_are_not_decades() {
        only("a woman in her seventies", &[]);
        only("in their 70s", &[]);
        only("in his 70's", &[]);
        only("temperatures in 90's", &[]);
        only("highs in the 70s", &[]);
        only("temperatures in the low 70s", &[]);
        only("Highs will be in the 70s.", &[]);
        only("Scores in the 90s are rare", &[]);
        only("the tens of thousands", &[]);
        only("the two thousands of people", &[]);
    }

    #[test]
    #[rustfmt::skip]
    fn halves_weeks_and_numeric_months() {
        case("during H1 2016", REF, "H1 2016", ("2016-01-01", "2016-07-01"), PartOfYear, None);
        case("during 2016 H2", REF, "2016 H2", ("2016-07-01", "2017-01-01"), PartOfYear, None);
        case("during 2016H2", REF, "2016H2", ("2016-07-01", "2017-01-01"), PartOfYear, None);
        case("in Week 31", "2018-05-04", "Week 31", ("2018-07-30", "2018-08-06"), Week, None);
        case("out 2016 - 11", REF, "2016 - 11", ("2016-11-01", "2016-12-01"), Month, None);
        case("out 2016 /11", REF, "2016 /11", ("2016-11-01", "2016-12-01"), Month, None);
        case("out 11 - 2016", REF, "11 - 2016", ("2016-11-01", "2016-12-01"), Month, None);
        case("out 2016 june", REF, "2016 june", ("2016-06-01", "2016-07-01"), Month, None);
        case("out 2016, nov", REF, "2016, nov", ("2016-11-01", "2016-12-01"), Month, None);
        case("out 2015.3", REF, "2015.3", ("2015-03-01", "2015-04-01"), Month, None);
        case("records for August 99", REF, "August 99", ("1999-08-01", "1999-09-01"), Month, None);
        case("in May '45.", "2025-11-24", "May '45", ("1945-05-01", "1945-06-01"), Month, None);
        case("in August '99 and", "2025-11-24", "August '99", ("1999-08-01", "1999-09-01"), Month, None);
    }

    /// `text` states one stretch between two dates, worded `span`, for
    /// `start..end`.
    #[track_caller]
    fn stretch(text: &str, reference: &str, span: &str, (start, end): (&str, &str)) {
        let found = dates(text, d(reference));
        let words: Vec<&str> = found
            .iter()
            .map(|e| &text[e.span.start..e.span.end])
            .collect();
        assert_eq!(words, [span], "{text:?}");
        let Value::Date(v) = found[0].value else {
            panic!("{text:?}: not a date");
        };
        assert_eq!(
            (v.start, v.end, v.range),
            (d(start), d(end), true),
            "{text:?}"
        );
    }

    #[test]
    #[rustfmt::skip]
    fn stretches() {
        stretch("out between 2015 June and 2018 May", REF, "between 2015 June and 2018 May", ("2015-06-01", "2018-06-01"));
        stretch("out from Week 31 to Week 35", "2018-05-04", "from Week 31 to Week 35", ("2018-07-30", "2018-09-03"));
        stretch("out January 12, 2016 - 01/22/2016", REF, "January 12, 2016 - 01/22/2016", ("2016-01-12", "2016-01-23"));
        stretch("from 2 to 7 Feb, two thousand and eighteen", REF, "from 2 to 7 Feb, two thousand and eighteen", ("2018-02-02", "2018-02-08"));
        stretch("From nineteen eighty to nineteen ninety, output doubled", REF, "From nineteen eighty to nineteen ninety", ("1980-01-01", "1991-01-01"));
    }

    #[test]
    fn numbers_that_are_not_weeks_or_months() {
        only("in week 3 of the trial", &[]);
        only("Week 10 of the season", &[]);
        only("The school's Week 3 schedule", &[]);
        only("the index closed at 2015.3", &[]);
        only("it fell to 2015.3.", &[]);
        only("worth 2.5", &[]);
        only("won 2016 - 11 votes", &["2016"]);
        only("August 99 people", &["August"]);
        only("In 2016, March organizers said", &["2016"]);
    }

    #[test]
    #[rustfmt::skip]
    fn days() {
        case("16. Nov. 2016", "2016-11-14", "16. Nov. 2016", ("2016-11-16", "2016-11-17"), Day, None);
        case("I'll go back October. 2", REF, "October. 2", ("2017-10-02", "2017-10-03"), Day, None);
        case("back january12,2016", REF, "january12,2016", ("2016-01-12", "2016-01-13"), Day, None);
        case("I'll go back on 15", REF, "15", ("2016-11-15", "2016-11-16"), Day, None);
        case("I'll go back second Sunday", "2017-09-27", "second Sunday", ("2017-09-10", "2017-09-11"), Day, None);
        case("on the first Tuesday.", "2017-09-27", "the first Tuesday", ("2017-09-05", "2017-09-06"), Day, None);
    }

    #[test]
    fn days_that_are_not() {
        only("He was 16. November was cold", &["November"]);
        only("ended in October. 2 people died", &["October"]);
        only("voted on 15 amendments", &[]);
        only("on 15%", &[]);
        only("his first Sunday.", &["Sunday"]);
        only("That was the second Sunday.", &["Sunday"]);
        only("the first Sunday since the attack", &["Sunday"]);
    }
}
