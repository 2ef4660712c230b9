//! Dates in news prose, resolved to calendar intervals.
//!
//! A claim says "2025-09-25"; an article says "on Sept. 25", "in late
//! October", "earlier this year" or "the following year", and means a day,
//! a stretch of a month or a year that only the publication date (and the
//! dates earlier in the sentence) pin down. To compare the two, every date
//! in a sentence becomes a [`DateValue`]: a half-open interval of days with
//! the grain it was stated at.
//!
//! # Why by hand
//!
//! General date parsers read one date in a string made for machines, or
//! pull times out of chat messages; none keeps AP style ("Sept. 25",
//! "mid-November"), leans on the publication date the way a news reader
//! does, or tells "in May" from "may", "Theresa May" and "2000 troops".
//! The grammar is small, so it is written here as a word scanner: the text
//! is cut once into tokens (words, digit runs, single punctuation marks),
//! each classified once (month, weekday, number, keyword), and a handful of
//! recursive-descent rules run at each token. There are no regexes and no
//! allocation beyond the token list, so a sentence costs a few
//! microseconds.
//!
//! # What is recognized
//!
//! - Days: "Sept. 25", "Sep 25", "September 25, 2025", "25 September
//!   2025", "Sept. 25th", "Monday, Sept. 1", "the 25th of September",
//!   "2025-09-25", "9/25/2025" (month first), "Sept. 1-5" (a range);
//!   compact and numeric forms "Oct2", "22april", "Sep-3", "7-Mar",
//!   "2024-aug-9", "17/05/2023" and "17.5.2023" (day first when the first
//!   number cannot be a month), "5-17-23", "2023/05/17", "5/17" alone,
//!   "5-17" and "5.17" only after "on" or a weekday ("3/4 of", "1/2
//!   mile", "24/7", "won 4-2", "4.22 points" are not dates); spelled days
//!   "June third", "June twenty-third", "the fifth of May", "July the
//!   ninth"; a day alone after a preposition where the phrase ends ("on
//!   the 21st", "by the 30", "on 3rd", "on the third"), or "the 9th of
//!   next month", in the reference's month or the one before (after, in
//!   the future tense); "Friday the 13th" is the nearest month where that
//!   day is a Friday. Less tidy spellings: "16. Nov. 2016" (day with a dot,
//!   only with a year), "October. 2" and "on 15" (only where the phrase
//!   ends), "January12,2016"; "second Sunday", "the first Tuesday" alone
//!   (where the phrase ends, not after "his"/"the") are that weekday of the
//!   reference's month.
//! - Months: "June", "June 2025", "March of 2025", "April this year";
//!   year first where the phrase ends or a range goes on ("2016 june",
//!   "2016, Nov", "between 2015 June and 2018 May"); "August '99" and
//!   "August 99" (two digits that cannot be a day, where the phrase ends).
//! - Parts of months and years: "early May", "mid-May", "mid May", "late
//!   May", "the beginning/middle/end of May", "early last month", "late
//!   2024", "the end of last year", "end of March" (headline style).
//! - Years: "2021", "a 2021 bombing", "2008-2011", "2008–11"; decades "the
//!   1990s", "the ’90s", "the late 1990s" (early = years 0-3, mid = 3-6,
//!   late = 7-9, grain `Decade` with a modifier); quarters "Q3 2024", "the
//!   third quarter of 2024", "Q3" alone (this year's); weeks of a month
//!   or year, "the first week of May", "the last week of 2015", "the
//!   third week of this month" (Monday to Sunday, belonging where their
//!   Thursday falls, as ISO weeks do); numeric months "2016-11",
//!   "2016/11", "11/2016" ("2008-09" stays two years), and with spaced
//!   separators or a dot where the phrase ends ("2016 - 11", "11 / 2016",
//!   "2015.3", but not after "at", "to", "was" and other words before
//!   amounts); halves "the first half of 2025", "H1 2016", "2016 H2",
//!   "2016H2" (grain `PartOfYear`, no modifier); "Week 31", capitalized
//!   and not followed by "of", the ISO week of the reference's year.
//!   Years in words, after "in", "since", "during", "until", "before",
//!   "after", "through", a month or day, a week, quarter or season "of":
//!   "nineteen seventy-eight", "nineteen oh one", "twenty eighteen",
//!   "nineteen hundred", "two thousand and eighteen", "one thousand seven
//!   hundred and eighty-nine" (not before a unit or plural: "two thousand
//!   troops"); "from two thousand until two thousand and fourteen"; "the
//!   year 247", "Year two hundred and sixty-seven" (100 and up, not after
//!   "last", "this", "a"). Decades without the century or in words, only
//!   after "the" (or "in 70's"), and not after "highs", "temperatures" and
//!   the like: "the 70s", "the 70's", "the late 80s", "the seventies" (the
//!   latest such decade begun, like "the ’70s"), "the nineteen seventies",
//!   "the twenty-tens", "the two thousand and tens", "the two thousands",
//!   "the noughties"; "in her seventies" is an age.
//! - Ranges: "from X to Y", "between X and Y", and "X to Y" when both are
//!   years or both days with their months or years ("Aug. 4 to Aug. 9",
//!   "January 12, 2016 - 01/22/2016"); days of
//!   one month named once: "from 3 to 9 March, 2021", "between 5 and 8
//!   of June", "10-14 August", "from 6 to July 9", "from 2 to 5 this
//!   month" (without "from" or "between" only with a dash and a month
//!   name right after, so "won 3-2 in January" is not one); `range` is set and the interval runs from X's start to Y's end.
//! - Relative to the reference: "today", "this day" where the phrase ends
//!   (not "to this day", "on this day", "this day in 1945", "this day
//!   last year"), "yesterday", "tomorrow", "the day
//!   before yesterday", "the day after tomorrow",
//!   "this/last/next week/month/year", "this September" (this year's),
//!   "last June" (the latest before the reference's month), "next June"
//!   (the first after it), "earlier/later this
//!   week/month/year", "two weeks ago", "a year ago", "Tuesday", "last
//!   Thursday", "next Tuesday", a weekday of a named week ("Tuesday
//!   next week", "Monday of last week", "next week on Friday"), the nth
//!   or last weekday of a month ("the first Tuesday of March", "the last
//!   Friday of next month"), and days counted from today ("ten days from
//!   now", "two weeks after tomorrow", "three days before yesterday").
//!   "In three weeks" is read only in the future tense and only in days
//!   or weeks ("will leave in 3 weeks": that day): in the past it is as
//!   often a stretch ("rose 5% in three weeks"), and "in 3 years" is no
//!   day. "In four business days" (or "working days"), under the same
//!   cues, is the fourth weekday after the reference, Saturdays and
//!   Sundays skipped; there is no holiday calendar, as holidays depend on
//!   a country and trade the text seldom names. Compound offsets ("1 month and 4 days ago") move the reference
//!   back by each amount and give the finest unit's day, week, month or
//!   year.
//! - Stretches counted from the reference (`relative.rs`): "the past three
//!   weeks", "last 3 years", "previous 3 weeks", "past few days" ("few" and
//!   "several" count three), "the past year" end at the reference; "next 2
//!   days", "the next 3 months", "4 weeks in the future", "2 days hence"
//!   begin the day after it; "within 5 days", "within the next 3 years",
//!   "within 5 years 1 month 12 days", "less than 2 weeks from today" begin
//!   on it ("within" needs "next", "from today" or the future tense:
//!   "arrested within two days" counts from the events told). Decades are
//!   calendar decades, as "this decade" is ("the past 2 decades" in 2016:
//!   1990-2009). Not read: "his last two years", "the last two years of the
//!   war", "within 5 days of the attack", and "the next (previous) three
//!   years" after a date in the same sentence (counted from that date).
//!   "For 3 days from today", "a week starting tomorrow", "2 weeks starting
//!   May 20": that many units from the day. "The coming/upcoming week
//!   (month, year, weekend)" is the next one, "the current week" this one.
//!   "Between now and Dec. 15" (a day without a year lies ahead), "between
//!   Jan. 22 and now", "next week between Wednesday and Friday", "this week
//!   from Tue to Thur", "November between 19 and 20", "4 to 23 next month"
//!   are stretches. "The year to date" runs from January 1 through the
//!   reference. In the future tense with no date before it in the sentence,
//!   "two days later", "2 years 21 days later", "the next day" and "two
//!   Sundays from now" count forward from the reference. "More than 2 weeks
//!   before today" is that day marked `before` (`after` for "after").
//! - Parts of seasons: "mid summer", "by mid-winter", "early spring": the
//!   season's middle, first or last month (grain `PartOfYear` with the
//!   modifier), of the season resolved as "the summer" is.
//! - Seasons (northern, meteorological: spring = March-May, summer =
//!   June-August, autumn/fall = September-November, winter = December to
//!   February; grain `PartOfYear`): "this summer" (this year's), "last
//!   winter" (the latest that has ended), "next spring" (the first not
//!   begun), "the summer" or "in summer" (the latest begun; in the future
//!   tense the next not ended), "the fall of 2019", "summer 2021".
//!   "spring" and "fall" alone are words: they need this/last/next, a
//!   year, or a preposition and "the" ("in the spring").
//! - Weekends, Saturday and Sunday (grain `Week`): "this/last/next
//!   weekend", "the weekend" (the latest begun), "the weekend after the
//!   next", "on weekend" and "my weekend" (read like "the weekend"). "The
//!   rest of the week/month/year" ("rest of my week", "rest of current
//!   week", "rest this week" where the phrase ends) is a stretch from the
//!   reference to the unit's last day (`range`). "The week of
//!   March 3" (or "of the 3rd") and "the week starting (commencing) Dec.
//!   1" are the Monday-to-Sunday week that holds the day; "a week starting
//!   Dec. 1" is the seven days from it. "Earlier/later in the
//!   week/month/year" read like "earlier/later this week". "The week
//!   (month, year) after next" is two from the reference's; "this
//!   decade" the calendar decade; "the 19th century" 1800-1899 (grain
//!   `Decade`).
//! - Relative to the previous date in the same sentence: "the following
//!   year", "the next year", "the previous year", "the same month", "that
//!   year", "a year later", "two days earlier", "four days later", "two
//!   weeks later", "a month later", "a week earlier", "the next day",
//!   "the following week", and, only where the phrase ends (the text or a
//!   punctuation mark follows), "two days before", "two days after", "the
//!   day after", "the day before" ("two days before the vote" and "the day
//!   after he left" count from something else and are not dates). Without
//!   an earlier date in the sentence they are not reported.
//! - Modifiers: "before 2020", "prior to 2020", "after March", "since
//!   2019", "until June" keep the date's interval and set `modifier`.
//!
//! - Days that do not exist, in the forms above that would be dates if
//!   the day did: "Feb. 30", "30 February", "2/29/2019" (a common year),
//!   "the 31st of this month" in November, "the fifth Sunday of May" or
//!   "fifth Sunday" in a month with four. They are reported as a date
//!   stated without a real day ([`Value::Unstated`]): a slip worth
//!   pointing at, but nothing to compare with a claim. They start no
//!   range and anchor no "the next day".
//!
//! Spans leave out plain prepositions ("in June" -> "June") but keep the
//! words that change the meaning ("since 2019", "from 2008 to 2011", "the
//! 1990s", "early May").
//!
//! # Resolution rules
//!
//! - A day without a year is the most recent such day on or before the
//!   reference, unless that is most of a year back and the next one is at
//!   most 14 days ahead ("Dec. 1" in a story of Nov. 24 is the coming one).
//! - A month without a year is the most recent such month on or before the
//!   reference; the reference's own month counts. The same holds for parts
//!   of months ("mid-November" in a story of Nov. 24 is this November).
//! - Parts of a week: early = Monday to Wednesday, mid = Tuesday to
//!   Friday, late (or "the end of") = Thursday to Sunday ("early next
//!   week", "late last week"; grain `Week` with the modifier).
//! - Parts of months and years are halves, with a middle that overlaps
//!   both: early = days 1-15, late = 16 to the end, mid = 11-20 (grain
//!   `PartOfMonth`, modifier `Early`/`Mid`/`Late`); early = January-June,
//!   late = July-December, mid = May-August (grain `PartOfYear`). "The
//!   beginning of" is early, "the middle of" mid, "the end of" late.
//!   Halves because "early" and "late" split a month at its middle with
//!   no gap between them (May 14 is "early May" to most writers, and
//!   "mid-May" too), so a claim of May 14 is not flagged against "early
//!   May"; Recognizers-Text splits "early/late this month (next year)" the
//!   same way.
//! - "Earlier this year" runs from January 1 to the day before the
//!   reference (grain `PartOfYear`, modifier `Before`); "later this year"
//!   from the reference (later today counts) to December 31 (`After`); the same
//!   for "this month" (`PartOfMonth`) and "this week" (`Week`).
//! - Weeks run Monday to Sunday. "Two weeks ago" is the week holding the
//!   day 14 days back; "three years ago" is the calendar year.
//! - A bare weekday ("said Tuesday") is the most recent such day on or
//!   before the reference: a story published on a Tuesday that says
//!   "Tuesday" means that day. "Last Tuesday" is strictly before the
//!   reference; "next Tuesday" is the Tuesday of next week (as "Tuesday
//!   next week"); "this Tuesday" is read like
//!   a bare weekday.
//! - The future tense reads forward. After a cue earlier in the same
//!   clause — "will", "'ll", "won't", "shall", "is/are/'s/'re/am going
//!   to", "… set to", "… due to", "… scheduled to", "plan(s) to",
//!   "expect(s) to", and "please", since a request asks for what is still
//!   to come — a month without a year (and a part of one, "early
//!   June") is the next such month on or after the reference, the
//!   reference's own month counting ("will be held in June" in a story of
//!   Nov. 24, 2025 is June 2026, "in December" December 2025); a bare
//!   weekday (or "this Tuesday") is the first such day on or after the
//!   reference, the reference's own weekday counting as in the past tense;
//!   a day without a year is the first such day on or after the
//!   reference. The clause runs from the cue to the end of its sentence,
//!   a semicolon, or a past-tense reporting verb ("said", "told",
//!   "announced", "added", "wrote", "reported", "confirmed"), so "talks
//!   will resume, he said Tuesday" keeps Tuesday in the past. A
//!   capitalized "Will" before a capitalized word is a name ("Will
//!   Smith"). Explicit years and "last"/"next" are not moved.
//! - Anaphora count from the last date found earlier in the same
//!   sentence (a ".", "!" or "?" before a capitalized word ends one,
//!   unless the dot follows a single letter, as in "U.S."): "the
//!   following year", "a year later" and "two years later" are calendar
//!   years after the year of its last day, "the previous year" the year
//!   before its first; "the same month" needs a date of month grain or
//!   finer. Offsets in months and weeks ("a month later", "two weeks
//!   later", "the following week") are the calendar month or week holding
//!   the moved start of an anchor at most that coarse. Offsets in days
//!   ("four days later", "the next day") from a day are that day; from a
//!   week or a part of a month, both ends move by that many days and the
//!   grain stays, without the part's modifier ("in early May … four days
//!   later" is May 5-14, grain `PartOfMonth`); a part of a month moved by
//!   weeks likewise. Nothing is counted in days or weeks from a month or
//!   anything coarser, in days, weeks or months from a quarter, part of a
//!   year or year, nor (except in years) from a stretch ("from May 1 to
//!   5") or an open date ("since May 10"): those are not reported.
//!
//! # Which numbers are years
//!
//! A four-digit number is a year when it is 1000 to 2999 written without
//! separators, comes after a month or one of "in", "during", "since",
//! "until", "before", "after", "by", "through", "early", "mid", "late"
//! ("in 1066") or else lies in 1900-2099, and none of these holds:
//! it is glued to other digits or a currency sign ("1,500", "$2000",
//! "555-2019"), it is the first of two amounts ("between 2000 and 3000",
//! "1500 to 2,500", unless a preposition such as "in" comes before it),
//! it is followed by "%", by a unit or counted noun from a
//! short list ("meters", "people", "million"), by a hyphenated word ("a
//! 2000-year-old city"), or by a lowercase plural-looking word ("2000
//! troops") unless a determiner comes before ("the 2019 elections",
//! "Pakistan’s 2024 polls"), or it follows a word that makes it an amount
//! ("nearly", "than", "least"). This keeps attributive years ("a 2021
//! suicide bombing") and loses some plurals after bare years ("2019
//! elections" at the start of a clause).
//!
//! # Names and verbs
//!
//! Lowercase month names need a day or year, or a cue for a bare month
//! ("in june"), and lowercase "may" and "march" need a day not followed
//! by a word ("may 5," but not "may 5 times"), a year, or "the fourth of
//! may". Lowercase weekdays count; "Sun", "Sat", "Wed", "Mon", "Fri",
//! "Tue", "Thu" only capitalized and with a dot, a date or a preposition.
//! Capitalized, "March" and "May"
//! stand alone as months only after a preposition or date word ("in May",
//! "early March") or before a day or year ("May 14", "May 2025"), so "it
//! may rain", "Theresa May" and "March organizers said" are not dates.
//! "April", "June", "July" and "August" alone are months unless a
//! capitalized name touches them ("June Carter"). Abbreviations ("Sept.")
//! need a day, a year or a preposition, and an undotted one followed by a
//! name is a name ("Jan Smith"); a month joined by a hyphen to a word is
//! part of a name ("Mar-a-Lago"). A weekday right after a
//! capitalized word ("Black Friday", "Super Tuesday") is not resolved.
//!
//! # Known gaps
//!
//! Times of day, "in recent
//! weeks", "the end of the year", "the next three years" in a past
//! narrative with no date in its sentence (read from the reference), future
//! readings without one of the listed cues ("the summit in June", "talks
//! resume in June"), and offsets from a date in an earlier sentence. A
//! count from 1900 to 2099 with nothing after it that marks an amount
//! ("rose from 1950 to 1980.") reads as years; one from 1000 to 2999
//! after "in" does too ("in 1500 cases" is caught by the plural, "in 1500
//! of them" is not). "Week 10" in a sports story is the season's week, and
//! "the 90s" may be test scores: both read as dates. A numeric day
//! without a year that no year has ("2/30") is not read: unlike "Feb. 30"
//! it is as likely a fraction or a score.

mod cal;
mod lex;
mod scan;
mod style;
pub(crate) use style::FULL as MONTH_NAMES;
mod tense;
#[cfg(test)]
mod tests;

use super::{DateValue, Extracted, Kind, Value};
use jiff::civil::Date;
use scan::Scanner;

/// Every date stated in `text`, resolved against `reference` (the
/// publication date): in text order, not overlapping, the longest reading
/// at each position.
pub fn dates(text: &str, reference: Date) -> Vec<Extracted> {
    Scanner::new(text, reference, false)
        .scan()
        .into_iter()
        .map(|hit| Extracted {
            kind: Kind::Date,
            span: hit.span,
            // "Feb. 30" states a date but no day there is to compare.
            value: if hit.found.no_such_day {
                Value::Unstated
            } else {
                Value::Date(hit.found.value)
            },
        })
        .collect()
}

/// The claimed date written in the style of `found`, the text's own wording
/// of a date that does not match: ("Sept. 24", 2025-09-25) -> "Sept. 25",
/// ("last year", 2025 with a 2025 reference) -> "this year". `None` when no
/// rewrite states the claimed date.
pub fn restyle(claimed: &DateValue, found: &str, reference: Date) -> Option<String> {
    style::restyle(claimed, found, reference)
}

/// A date as written in a claims file: absolute only ("2025-09-25",
/// "2025-09", "2021", "September 2025", "Sept. 25, 2025", "2008 to 2011",
/// "2008-2011", "early May 2025", "mid-November 2025", "Q3 2024", "the
/// 1990s"). `None` for anything relative ("June", "last year") or
/// unparseable, and for more than one date.
///
/// "2025-09" is a month here, as in ISO 8601; in prose "2008-09" is read as
/// a stretch of two years.
pub fn parse_claim_date(s: &str) -> Option<DateValue> {
    let s = s.trim();
    if let Some(month) = iso_month(s) {
        return Some(month);
    }
    // Any reference will do: a value that depends on it is rejected.
    let reference = Date::constant(2000, 1, 1);
    let hits = Scanner::new(s, reference, true).scan();
    let [hit] = hits.as_slice() else {
        return None;
    };
    let rest = s[hit.span.end..].trim_end_matches('.').trim();
    if hit.span.start != 0 || !rest.is_empty() || hit.found.relative || hit.found.no_such_day {
        return None;
    }
    Some(hit.found.value)
}

/// "2025-09".
fn iso_month(s: &str) -> Option<DateValue> {
    let (y, m) = s.split_once('-')?;
    if y.len() != 4 || m.len() != 2 || !(y.bytes().chain(m.bytes())).all(|b| b.is_ascii_digit()) {
        return None;
    }
    cal::month(y.parse().ok()?, m.parse().ok()?)
}
