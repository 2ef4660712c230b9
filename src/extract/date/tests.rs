//! Table-driven tests for the date extractor: a line per phrase.
//!
//! The default reference is Monday 2025-11-24; 2025-10-02 is a Thursday.

use super::super::{DateMod, DateValue, Extracted, Grain, Value};
use super::{dates, parse_claim_date, restyle};
use jiff::civil::Date;
use DateMod::{After, Before, Early, Late, Mid, Since, Until};
use Grain::{Day, Decade, Month, PartOfMonth, PartOfYear, Quarter, Week, Year};

const REF: &str = "2025-11-24";

pub(super) fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn value(e: &Extracted) -> DateValue {
    match e.value {
        Value::Date(v) => v,
        ref other => panic!("not a date: {other:?}"),
    }
}

pub(super) fn wording<'a>(text: &'a str, found: &[Extracted]) -> Vec<&'a str> {
    found
        .iter()
        .map(|e| &text[e.span.start..e.span.end])
        .collect()
}

/// `text` states exactly one date, worded `span`, for `start..end`.
#[track_caller]
fn case(
    text: &str,
    reference: &str,
    span: &str,
    start: &str,
    end: &str,
    grain: Grain,
    modifier: Option<DateMod>,
) {
    let v = one(text, reference, span);
    assert_eq!(
        (v.start, v.end, v.grain, v.modifier, v.range),
        (d(start), d(end), grain, modifier, false),
        "{text:?}"
    );
}

/// Like [`case`], for a stretch between two stated dates.
#[track_caller]
fn range(text: &str, reference: &str, span: &str, start: &str, end: &str, grain: Grain) {
    let v = one(text, reference, span);
    assert_eq!(
        (v.start, v.end, v.grain, v.modifier, v.range),
        (d(start), d(end), grain, None, true),
        "{text:?}"
    );
}

/// `text`, read as of `reference`, states exactly one date, worded `span`:
/// that date. The date modules' own tables build on it.
#[track_caller]
pub(super) fn one(text: &str, reference: &str, span: &str) -> DateValue {
    let found = dates(text, d(reference));
    assert_eq!(wording(text, &found), [span], "{text:?}");
    value(&found[0])
}

/// The last date in `text` is worded `span`, for `start..end`; an offset
/// from the date before it.
#[track_caller]
fn then(text: &str, reference: &str, span: &str, start: &str, end: &str, grain: Grain) {
    let found = dates(text, d(reference));
    let words = wording(text, &found);
    assert!(found.len() >= 2, "{text:?}: {words:?}");
    assert_eq!(words.last(), Some(&span), "{text:?}");
    let v = value(found.last().unwrap());
    assert_eq!(
        (v.start, v.end, v.grain, v.modifier, v.range),
        (d(start), d(end), grain, None, false),
        "{text:?}"
    );
}

/// `text` states no date.
#[track_caller]
fn none(text: &str) {
    let found = dates(text, d(REF));
    assert!(found.is_empty(), "{text:?}: {:?}", wording(text, &found));
}

/// Every date in `text`, in order: its wording and first day.
#[track_caller]
fn all(text: &str, reference: &str, expected: &[(&str, &str)]) {
    let found = dates(text, d(reference));
    let got: Vec<(&str, Date)> = found
        .iter()
        .map(|e| (&text[e.span.start..e.span.end], value(e).start))
        .collect();
    let want: Vec<(&str, Date)> = expected.iter().map(|&(w, s)| (w, d(s))).collect();
    assert_eq!(got, want, "{text:?}");
}

#[test]
#[rustfmt::skip]
fn days() {
    case("on Sept. 25", REF, "Sept. 25", "2025-09-25", "2025-09-26", Day, None);
    case("on Sep 25", REF, "Sep 25", "2025-09-25", "2025-09-26", Day, None);
    case("on September 25", REF, "September 25", "2025-09-25", "2025-09-26", Day, None);
    case("on September 25, 2019,", REF, "September 25, 2019", "2019-09-25", "2019-09-26", Day, None);
    case("on 25 September 2025.", REF, "25 September 2025", "2025-09-25", "2025-09-26", Day, None);
    case("on 25 September", REF, "25 September", "2025-09-25", "2025-09-26", Day, None);
    case("on Sept. 25th", REF, "Sept. 25th", "2025-09-25", "2025-09-26", Day, None);
    case("the 3rd of March", REF, "the 3rd of March", "2025-03-03", "2025-03-04", Day, None);
    case("on Monday, Sept. 1", REF, "Monday, Sept. 1", "2025-09-01", "2025-09-02", Day, None);
    case("Jan. 3, 2024 was", REF, "Jan. 3, 2024", "2024-01-03", "2024-01-04", Day, None);
    case("filed 2025-09-25 in", REF, "2025-09-25", "2025-09-25", "2025-09-26", Day, None);
    case("filed 9/25/2025 in", REF, "9/25/2025", "2025-09-25", "2025-09-26", Day, None);
    case("filed 9/25/25 in", REF, "9/25/25", "2025-09-25", "2025-09-26", Day, None);
    case("on May 14, police said", REF, "May 14", "2025-05-14", "2025-05-15", Day, None);
    // Captions run the credit into the date.
    case("on Sept. 25.White House", REF, "Sept. 25", "2025-09-25", "2025-09-26", Day, None);
    range("from Sept. 1-5", REF, "Sept. 1-5", "2025-09-01", "2025-09-06", Day);
}

#[test]
#[rustfmt::skip]
fn days_without_a_year_lean_to_the_past() {
    case("on Nov. 24", REF, "Nov. 24", "2025-11-24", "2025-11-25", Day, None);
    case("on Nov. 30", REF, "Nov. 30", "2025-11-30", "2025-12-01", Day, None);
    case("on Dec. 1", REF, "Dec. 1", "2025-12-01", "2025-12-02", Day, None);
    case("on Dec. 20", REF, "Dec. 20", "2024-12-20", "2024-12-21", Day, None);
    case("on Feb. 29", REF, "Feb. 29", "2024-02-29", "2024-03-01", Day, None);
    case("on Jan. 2", "2026-01-05", "Jan. 2", "2026-01-02", "2026-01-03", Day, None);
}

#[test]
#[rustfmt::skip]
fn months() {
    case("in June", REF, "June", "2025-06-01", "2025-07-01", Month, None);
    case("again in September", REF, "September", "2025-09-01", "2025-10-01", Month, None);
    case("in November", REF, "November", "2025-11-01", "2025-12-01", Month, None);
    case("in December", REF, "December", "2024-12-01", "2025-01-01", Month, None);
    case("October was", REF, "October", "2025-10-01", "2025-11-01", Month, None);
    case("in May", REF, "May", "2025-05-01", "2025-06-01", Month, None);
    case("since then, in Sept.", REF, "Sept.", "2025-09-01", "2025-10-01", Month, None);
    case("in June 2024", REF, "June 2024", "2024-06-01", "2024-07-01", Month, None);
    case("in March of 2025", REF, "March of 2025", "2025-03-01", "2025-04-01", Month, None);
    case("in May, 2001", REF, "May, 2001", "2001-05-01", "2001-06-01", Month, None);
    case("In April this year", REF, "April this year", "2025-04-01", "2025-05-01", Month, None);
    case("in March last year", REF, "March last year", "2024-03-01", "2024-04-01", Month, None);
    // A day whose year is given relative to now.
    case("on 25 January last year", REF, "25 January last year", "2024-01-25", "2024-01-26", Day, None);
    case("on January 25 last year", REF, "January 25 last year", "2024-01-25", "2024-01-26", Day, None);
    case("on 3 May next year", REF, "3 May next year", "2026-05-03", "2026-05-04", Day, None);
    case("on the 3rd of May this year", REF, "the 3rd of May this year", "2025-05-03", "2025-05-04", Day, None);
    // "the last year" is a stretch, not the year before: the day stands alone.
    case("on 25 January the last year", REF, "25 January", "2025-01-25", "2025-01-26", Day, None);
}

#[test]
#[rustfmt::skip]
fn parts_of_months() {
    case("in early May", REF, "early May", "2025-05-01", "2025-05-16", PartOfMonth, Some(Early));
    case("in mid-May", REF, "mid-May", "2025-05-11", "2025-05-21", PartOfMonth, Some(Mid));
    case("by early-June", REF, "early-June", "2025-06-01", "2025-06-16", PartOfMonth, Some(Early));
    case("in late-2024", REF, "late-2024", "2024-07-01", "2025-01-01", PartOfYear, Some(Late));
    case("in mid May", REF, "mid May", "2025-05-11", "2025-05-21", PartOfMonth, Some(Mid));
    case("late May", REF, "late May", "2025-05-16", "2025-06-01", PartOfMonth, Some(Late));
    case("Mid-November", REF, "Mid-November", "2025-11-11", "2025-11-21", PartOfMonth, Some(Mid));
    case("by the end of May", REF, "the end of May", "2025-05-16", "2025-06-01", PartOfMonth, Some(Late));
    case("at end of March", REF, "end of March", "2025-03-16", "2025-04-01", PartOfMonth, Some(Late));
    case("the beginning of June", REF, "the beginning of June", "2025-06-01", "2025-06-16", PartOfMonth, Some(Early));
    case("the middle of March", REF, "the middle of March", "2025-03-11", "2025-03-21", PartOfMonth, Some(Mid));
    case("late February", "2024-12-01", "late February", "2024-02-16", "2024-03-01", PartOfMonth, Some(Late));
    case("early May 2024", REF, "early May 2024", "2024-05-01", "2024-05-16", PartOfMonth, Some(Early));
    case("said early last month", REF, "early last month", "2025-10-01", "2025-10-16", PartOfMonth, Some(Early));
    case("late next month", REF, "late next month", "2025-12-16", "2026-01-01", PartOfMonth, Some(Late));
}

#[test]
#[rustfmt::skip]
fn years() {
    case("in 2018 he", REF, "2018", "2018-01-01", "2019-01-01", Year, None);
    case("a 2021 suicide bombing", REF, "2021", "2021-01-01", "2022-01-01", Year, None);
    case("2019 was a turning point", REF, "2019", "2019-01-01", "2020-01-01", Year, None);
    case("the 2019 elections", REF, "2019", "2019-01-01", "2020-01-01", Year, None);
    case("Pakistan’s 2024 polls", REF, "2024", "2024-01-01", "2025-01-01", Year, None);
    case("a 2020-era policy", REF, "2020", "2020-01-01", "2021-01-01", Year, None);
    case("built in 1066", REF, "1066", "1066-01-01", "1067-01-01", Year, None);
    range("from 2008 to 2011", REF, "from 2008 to 2011", "2008-01-01", "2012-01-01", Year);
    range("between 2008 and 2011", REF, "between 2008 and 2011", "2008-01-01", "2012-01-01", Year);
    range("served 2008-2011", REF, "2008-2011", "2008-01-01", "2012-01-01", Year);
    range("served 2008–11", REF, "2008–11", "2008-01-01", "2012-01-01", Year);
    range("the 2008-09 season", REF, "2008-09", "2008-01-01", "2010-01-01", Year);
    range("served 2008 to 2011", REF, "2008 to 2011", "2008-01-01", "2012-01-01", Year);
    range("from June to August", REF, "from June to August", "2025-06-01", "2025-09-01", Month);
    range("from November to February", REF, "from November to February", "2024-11-01", "2025-03-01", Month);
    range("from May 2019 to June 2020", REF, "from May 2019 to June 2020", "2019-05-01", "2020-07-01", Month);
}

#[test]
#[rustfmt::skip]
fn decades_quarters_halves() {
    case("in the 1990s", REF, "the 1990s", "1990-01-01", "2000-01-01", Decade, None);
    case("in the late 1990s", REF, "the late 1990s", "1997-01-01", "2000-01-01", Decade, Some(Late));
    case("the mid-1980s", REF, "the mid-1980s", "1983-01-01", "1987-01-01", Decade, Some(Mid));
    case("early 2000s", REF, "early 2000s", "2000-01-01", "2004-01-01", Decade, Some(Early));
    case("1980s Britain", REF, "1980s", "1980-01-01", "1990-01-01", Decade, None);
    case("since the ’90s", REF, "since the ’90s", "1990-01-01", "2000-01-01", Decade, Some(Since));
    case("in the '20s", REF, "the '20s", "2020-01-01", "2030-01-01", Decade, None);
    case("in the '30s", REF, "the '30s", "1930-01-01", "1940-01-01", Decade, None);
    case("in Q3 2024", REF, "Q3 2024", "2024-07-01", "2024-10-01", Quarter, None);
    case("in the third quarter of 2024", REF, "the third quarter of 2024", "2024-07-01", "2024-10-01", Quarter, None);
    case("the fourth quarter of last year", REF, "the fourth quarter of last year", "2024-10-01", "2025-01-01", Quarter, None);
    case("in the first half of 2025", REF, "the first half of 2025", "2025-01-01", "2025-07-01", PartOfYear, None);
    case("the second half of 2025", REF, "the second half of 2025", "2025-07-01", "2026-01-01", PartOfYear, None);
    case("in early 2025", REF, "early 2025", "2025-01-01", "2025-07-01", PartOfYear, Some(Early));
    case("in mid-2024", REF, "mid-2024", "2024-05-01", "2024-09-01", PartOfYear, Some(Mid));
    case("by the end of last year", REF, "the end of last year", "2024-07-01", "2025-01-01", PartOfYear, Some(Late));
}

#[test]
#[rustfmt::skip]
fn relative_to_the_reference() {
    case("said today", REF, "today", "2025-11-24", "2025-11-25", Day, None);
    case("said yesterday", REF, "yesterday", "2025-11-23", "2025-11-24", Day, None);
    case("Tomorrow, he", REF, "Tomorrow", "2025-11-25", "2025-11-26", Day, None);
    case("three times this year", REF, "this year", "2025-01-01", "2026-01-01", Year, None);
    case("Last year, he", REF, "Last year", "2024-01-01", "2025-01-01", Year, None);
    case("due next year", REF, "next year", "2026-01-01", "2027-01-01", Year, None);
    case("this month", REF, "this month", "2025-11-01", "2025-12-01", Month, None);
    case("last month", REF, "last month", "2025-10-01", "2025-11-01", Month, None);
    case("next month", REF, "next month", "2025-12-01", "2026-01-01", Month, None);
    case("this week", REF, "this week", "2025-11-24", "2025-12-01", Week, None);
    case("last week", REF, "last week", "2025-11-17", "2025-11-24", Week, None);
    case("two weeks ago", REF, "two weeks ago", "2025-11-10", "2025-11-17", Week, None);
    case("three years ago", REF, "three years ago", "2022-01-01", "2023-01-01", Year, None);
    case("5 days ago", REF, "5 days ago", "2025-11-19", "2025-11-20", Day, None);
    case("a month ago", REF, "a month ago", "2025-10-01", "2025-11-01", Month, None);
    case("Earlier this year,", REF, "Earlier this year", "2025-01-01", "2025-11-24", PartOfYear, Some(Before));
    case("later this year", REF, "later this year", "2025-11-24", "2026-01-01", PartOfYear, Some(After));
    case("the day before yesterday", REF, "the day before yesterday", "2025-11-22", "2025-11-23", Day, None);
    case("the day after tomorrow", REF, "the day after tomorrow", "2025-11-26", "2025-11-27", Day, None);
    case("earlier this month", REF, "earlier this month", "2025-11-01", "2025-11-24", PartOfMonth, Some(Before));
}

#[test]
#[rustfmt::skip]
fn weekdays() {
    let thu = "2025-10-02";
    case("said last Thursday", thu, "last Thursday", "2025-09-25", "2025-09-26", Day, None);
    case("said Thursday", thu, "Thursday", "2025-10-02", "2025-10-03", Day, None);
    case("said on Tuesday", thu, "Tuesday", "2025-09-30", "2025-10-01", Day, None);
    case("meets next Tuesday", thu, "next Tuesday", "2025-10-07", "2025-10-08", Day, None);
    case("meets next Thursday", thu, "next Thursday", "2025-10-09", "2025-10-10", Day, None);
    case("Tuesday’s vote", REF, "Tuesday", "2025-11-18", "2025-11-19", Day, None);
}

#[test]
#[rustfmt::skip]
fn anaphora() {
    all("ousted in 2022 and jailed the following year", REF, &[("2022", "2022-01-01"), ("the following year", "2023-01-01")]);
    all("in 2019, and the previous year", REF, &[("2019", "2019-01-01"), ("the previous year", "2018-01-01")]);
    all("from 2008 to 2011 and the next year", REF, &[("from 2008 to 2011", "2008-01-01"), ("the next year", "2012-01-01")]);
    all("on May 14 and the next day", REF, &[("May 14", "2025-05-14"), ("the next day", "2025-05-15")]);
    all("in March 2020, then again the same month", REF, &[("March 2020", "2020-03-01"), ("the same month", "2020-03-01")]);
    all("in 2015, and a year later", REF, &[("2015", "2015-01-01"), ("a year later", "2016-01-01")]);
    all("in 2015, and two years earlier", REF, &[("2015", "2015-01-01"), ("two years earlier", "2013-01-01")]);
    all("in 2015; that year", REF, &[("2015", "2015-01-01"), ("that year", "2015-01-01")]);
    // An anaphor without an anchor is not guessed; a month needs a month.
    none("jailed the following year");
    none("the next year");
    none("four days later");
    all("in 2019, the same month", REF, &[("2019", "2019-01-01")]);
    all("in 2019, the same month", REF, &[("2019", "2019-01-01")]);
}

#[test]
#[rustfmt::skip]
fn offsets_from_an_earlier_date() {
    then("a cease-fire on May 10 and talks four days later", REF, "four days later", "2025-05-14", "2025-05-15", Day);
    then("He was ousted in 2022 and jailed two years later", REF, "two years later", "2024-01-01", "2025-01-01", Year);
    then("on Sept. 25, 2019, and two weeks later", REF, "two weeks later", "2019-10-07", "2019-10-14", Week);
    then("in March 2020 and a month later", REF, "a month later", "2020-04-01", "2020-05-01", Month);
    then("in 2015, and three years later", REF, "three years later", "2018-01-01", "2019-01-01", Year);
    then("on Oct. 13, and a week earlier", REF, "a week earlier", "2025-10-06", "2025-10-13", Week);
    then("on Oct. 13 and two days before.", REF, "two days before", "2025-10-11", "2025-10-12", Day);
    then("on Oct. 13 and two days after, he left", REF, "two days after", "2025-10-15", "2025-10-16", Day);
    then("on May 14 and the next day", REF, "the next day", "2025-05-15", "2025-05-16", Day);
    then("on May 14 and the day after", REF, "the day after", "2025-05-15", "2025-05-16", Day);
    then("on May 14 and the day before,", REF, "the day before", "2025-05-13", "2025-05-14", Day);
    then("on May 14 and the following week", REF, "the following week", "2025-05-19", "2025-05-26", Week);
    then("in March 2020 and the following month", REF, "the following month", "2020-04-01", "2020-05-01", Month);
    // A part of a month moves both ends and keeps its grain.
    then("in early May, then four days later", REF, "four days later", "2025-05-05", "2025-05-20", PartOfMonth);
    then("in late May, and two weeks later", REF, "two weeks later", "2025-05-30", "2025-06-15", PartOfMonth);
    then("in mid-May and the next day", REF, "the next day", "2025-05-12", "2025-05-22", PartOfMonth);
    then("last week and two days later", REF, "two days later", "2025-11-19", "2025-11-26", Week);
    // "A year later" stays the calendar year after the anchor's.
    then("on May 10, 2020, and a year later", REF, "a year later", "2021-01-01", "2022-01-01", Year);
    then("in 2022 and the following year", REF, "the following year", "2023-01-01", "2024-01-01", Year);
    // Not counted from: nothing earlier, another sentence, a stretch, an
    // open date, an anchor too coarse; "before"/"after" with an object.
    none("four days later");
    none("the day after");
    none("a week earlier");
    all("He left in early May. A cease-fire came four days later.", REF, &[("early May", "2025-05-01")]);
    all("in early May. Four days later", REF, &[("early May", "2025-05-01")]);
    all("from May 1 to May 5 and two days later", REF, &[("from May 1 to May 5", "2025-05-01")]);
    all("since May 10 and four days later", REF, &[("since May 10", "2025-05-10")]);
    all("in May and four days later", REF, &[("May", "2025-05-01")]);
    all("in 2022 and four days later", REF, &[("2022", "2022-01-01")]);
    all("in 2022 and a month later", REF, &[("2022", "2022-01-01")]);
    all("on May 10 and two days before the vote", REF, &[("May 10", "2025-05-10")]);
    all("on May 10 and the day after the vote", REF, &[("May 10", "2025-05-10")]);
    all("on May 10 and the day after he left", REF, &[("May 10", "2025-05-10")]);
    // Initials do not end a sentence.
    then("in the U.S. on May 10 and four days later", REF, "four days later", "2025-05-14", "2025-05-15", Day);
    then("on May 10 in the U.S. Four days later", REF, "Four days later", "2025-05-14", "2025-05-15", Day);
}

#[test]
#[rustfmt::skip]
fn future_tense_reads_forward() {
    case("The summit will be held in June", REF, "June", "2026-06-01", "2026-07-01", Month, None);
    case("The vote will take place in December", REF, "December", "2025-12-01", "2026-01-01", Month, None);
    case("The vote will take place in November", REF, "November", "2025-11-01", "2025-12-01", Month, None);
    case("The minister is due to visit on Tuesday", REF, "Tuesday", "2025-11-25", "2025-11-26", Day, None);
    case("They'll meet in March", REF, "March", "2026-03-01", "2026-04-01", Month, None);
    case("The talks won’t resume until June", REF, "until June", "2026-06-01", "2026-07-01", Month, Some(Until));
    case("She is going to visit in June", REF, "June", "2026-06-01", "2026-07-01", Month, None);
    case("Talks are set to resume in February", REF, "February", "2026-02-01", "2026-03-01", Month, None);
    case("It's set to open in April", REF, "April", "2026-04-01", "2026-05-01", Month, None);
    case("The talks are scheduled to resume Friday", REF, "Friday", "2025-11-28", "2025-11-29", Day, None);
    case("Islamabad plans to hold polls in October", REF, "October", "2026-10-01", "2026-11-01", Month, None);
    case("He expects to return in September", REF, "September", "2026-09-01", "2026-10-01", Month, None);
    case("The report will be out in early June", REF, "early June", "2026-06-01", "2026-06-16", PartOfMonth, Some(Early));
    case("The vote will be held on Dec. 20", REF, "Dec. 20", "2025-12-20", "2025-12-21", Day, None);
    case("The vote will be held on Nov. 10", REF, "Nov. 10", "2026-11-10", "2026-11-11", Day, None);
    // Future without "will": expected, slated, to be to, intent, upcoming.
    case("The council is expected to vote again on Thursday", REF, "Thursday", "2025-11-27", "2025-11-28", Day, None);
    case("The plant is slated to open in March", REF, "March", "2026-03-01", "2026-04-01", Month, None);
    case("The ministers are to meet on Friday", REF, "Friday", "2025-11-28", "2025-11-29", Day, None);
    case("The union intends to strike in October", REF, "October", "2026-10-01", "2026-11-01", Month, None);
    case("She vowed to return in June", REF, "June", "2026-06-01", "2026-07-01", Month, None);
    case("The upcoming vote on Thursday is close", REF, "Thursday", "2025-11-27", "2025-11-28", Day, None);
    case("The next round of talks is in February", REF, "February", "2026-02-01", "2026-03-01", Month, None);
    // ... but "the next day" follows the story, and "was to" is past.
    all("He flew out in June and the next day he landed", REF, &[("June", "2025-06-01")]);
    all("The vote was to take place in June", REF, &[("June", "2025-06-01")]);
    all("She stood next to him at the summit on Oct. 13", REF, &[("Oct. 13", "2025-10-13")]);
    all("The shop next door opened in June", REF, &[("June", "2025-06-01")]);
    all("The report, expected in June, was delayed", REF, &[("June", "2025-06-01")]);
    // A request asks for what is still to come.
    case("Please send the figures on Friday", REF, "Friday", "2025-11-28", "2025-11-29", Day, None);
    case("“Please come back in June,” she told him", REF, "June", "2026-06-01", "2026-07-01", Month, None);
    // The reference's own weekday is that day, as in the past tense.
    case("The cabinet will meet Monday", REF, "Monday", "2025-11-24", "2025-11-25", Day, None);
    case("The cabinet will meet this Friday", REF, "this Friday", "2025-11-28", "2025-11-29", Day, None);
    range("The festival will run from June to August", REF, "from June to August", "2026-06-01", "2026-09-01", Month);
    // Past tense, or the date before the cue, or the cue in another
    // sentence or clause, or cancelled by "said": the most recent one.
    case("He visited in June", REF, "June", "2025-06-01", "2025-07-01", Month, None);
    case("in December", REF, "December", "2024-12-01", "2025-01-01", Month, None);
    case("The minister visited on Tuesday", REF, "Tuesday", "2025-11-18", "2025-11-19", Day, None);
    all("He visited in June and will return in December", REF, &[("June", "2025-06-01"), ("December", "2025-12-01")]);
    all("It will rain. He visited in June", REF, &[("June", "2025-06-01")]);
    all("It will rain; he visited in June", REF, &[("June", "2025-06-01")]);
    all("Talks will resume, the minister said Tuesday", REF, &[("Tuesday", "2025-11-18")]);
    all("Will Smith visited in June", REF, &[("June", "2025-06-01")]);
    all("“Please help us,” she said in June", REF, &[("June", "2025-06-01")]);
    all("the going rate in June", REF, &[("June", "2025-06-01")]);
    // Explicit years and "last"/"next" are not moved.
    case("The summit will be held in June 2025", REF, "June 2025", "2025-06-01", "2025-07-01", Month, None);
    case("He will say what happened last Tuesday", REF, "last Tuesday", "2025-11-18", "2025-11-19", Day, None);
}

#[test]
#[rustfmt::skip]
fn modifiers() {
    case("before 2020", REF, "before 2020", "2020-01-01", "2021-01-01", Year, Some(Before));
    case("prior to 2019", REF, "prior to 2019", "2019-01-01", "2020-01-01", Year, Some(Before));
    case("after March", REF, "after March", "2025-03-01", "2025-04-01", Month, Some(After));
    case("since 2019", REF, "since 2019", "2019-01-01", "2020-01-01", Year, Some(Since));
    case("until June", REF, "until June", "2025-06-01", "2025-07-01", Month, Some(Until));
    case("since early May", REF, "since early May", "2025-05-01", "2025-05-16", PartOfMonth, Some(Since));
}

#[test]
#[rustfmt::skip]
fn several_in_text_order() {
    all("in 2019 and again in 2020", REF, &[("2019", "2019-01-01"), ("2020", "2020-01-01")]);
    all("in June and again in September, then on Oct. 13", REF, &[("June", "2025-06-01"), ("September", "2025-09-01"), ("Oct. 13", "2025-10-13")]);
}

#[test]
#[rustfmt::skip]
fn spans_on_non_ascii_text() {
    all("Khan’s party — ousted in 2022 — was “jailed the following year,” Le Monde’s café said", REF, &[("2022", "2022-01-01"), ("the following year", "2023-01-01")]);
    all("Müller said on Sept. 25—after “Élysée” talks", REF, &[("Sept. 25", "2025-09-25")]);
    all("à Paris, 25 September 2025…", REF, &[("25 September 2025", "2025-09-25")]);
    all("日本 in mid-November 東京", REF, &[("mid-November", "2025-11-11")]);
}

#[test]
#[rustfmt::skip]
fn not_dates() {
    none("an interview with 60 Minutes");
    none("Pakistan’s Trump 2.0 game plan");
    none("call (202) 555-2019 now");
    none("call 555-1234");
    none("the 25 members");
    none("it may rain");
    none("come what may");
    none("Theresa May said");
    none("May God bless");
    none("they march on");
    none("March organizers said");
    none("the Sept. issue");
    none("sent 2000 troops");
    none("ran 1500 meters");
    none("cost $2000");
    none("about 1,500 people");
    none("nearly 2000");
    none("rose 2000%");
    none("a 2000-year-old city");
    none("1200 people");
    none("scored 1200 in the test");
    none("June Carter sang");
    none("Black Friday sales");
    none("the first prize and a second term");
    none("this time, an early-term win");
    none("a decades-long trend");
    none("a 14-year sentence and a 10-year pact");
    none("at 3000 feet");
    none("between 2000 and 3000 people");
    none("from 1500 to 2,500");
    none("scored 1200 to 1500");
    all("rose from 1,500 in 2019 to 2,300", REF, &[("2019", "2019-01-01")]);
    none("flew from Mar-a-Lago");
    none("a letter from Jan Smith");
    all("6,107.31 August 2019", REF, &[("August 2019", "2019-08-01")]);
    none("prices may 5 times higher");
    none("at least 15 may die");
    none("they march 3 miles");
    none("add 3/4 of the flour");
    none("a 1/2 mile walk");
    none("open 24/7.");
    none("its 6 1/4% notes");
    none("grew 2 1/2 times");
    none("won 4-2 at home");
    none("rose to 4.22 points");
    none("on the 3rd floor");
    none("the first time and the second");
    none("read the Sun daily");
    none("they sat down");
    none("since the first of them");
}

#[test]
#[rustfmt::skip]
fn lowercase_compact_and_numeric_days() {
    let thu = "2025-10-02";
    case("back on april 22", REF, "april 22", "2025-04-22", "2025-04-23", Day, None);
    case("on may 5, 2020", REF, "may 5, 2020", "2020-05-05", "2020-05-06", Day, None);
    case("due in june", REF, "june", "2025-06-01", "2025-07-01", Month, None);
    case("filed Oct2", REF, "Oct2", "2025-10-02", "2025-10-03", Day, None);
    case("filed 3june", REF, "3june", "2025-06-03", "2025-06-04", Day, None);
    case("filed Sep-3", REF, "Sep-3", "2025-09-03", "2025-09-04", Day, None);
    case("filed 7-Mar", REF, "7-Mar", "2025-03-07", "2025-03-08", Day, None);
    case("filed 2024-aug-9", REF, "2024-aug-9", "2024-08-09", "2024-08-10", Day, None);
    case("on 5/17", REF, "5/17", "2025-05-17", "2025-05-18", Day, None);
    case("on 17/5", REF, "17/5", "2025-05-17", "2025-05-18", Day, None);
    case("on 5-17", REF, "5-17", "2025-05-17", "2025-05-18", Day, None);
    case("on 5.17", REF, "5.17", "2025-05-17", "2025-05-18", Day, None);
    case("filed 17/05/2023", REF, "17/05/2023", "2023-05-17", "2023-05-18", Day, None);
    case("filed 5-17-23", REF, "5-17-23", "2023-05-17", "2023-05-18", Day, None);
    case("filed 17.5.2023", REF, "17.5.2023", "2023-05-17", "2023-05-18", Day, None);
    case("filed 2023/05/17", REF, "2023/05/17", "2023-05-17", "2023-05-18", Day, None);
    case("filed 05/17,2023", REF, "05/17,2023", "2023-05-17", "2023-05-18", Day, None);
    case("said on tuesday", thu, "tuesday", "2025-09-30", "2025-10-01", Day, None);
    case("said on Tues.", thu, "Tues", "2025-09-30", "2025-10-01", Day, None);
    case("said on Wed.", thu, "Wed", "2025-10-01", "2025-10-02", Day, None);
}

#[test]
#[rustfmt::skip]
fn weeks_quarters_and_numeric_months() {
    case("in the first week of March 2025", REF, "the first week of March 2025", "2025-03-03", "2025-03-10", Week, None);
    case("the second week of this month", REF, "the second week of this month", "2025-11-10", "2025-11-17", Week, None);
    case("the last week of 2020", REF, "the last week of 2020", "2020-12-28", "2021-01-04", Week, None);
    case("first week of 2021", REF, "first week of 2021", "2021-01-04", "2021-01-11", Week, None);
    case("sales in 2023 Q4", REF, "2023 Q4", "2023-10-01", "2024-01-01", Quarter, None);
    case("the second quarter last year", REF, "the second quarter last year", "2024-04-01", "2024-07-01", Quarter, None);
    case("sales in Q2 rose", REF, "Q2", "2025-04-01", "2025-07-01", Quarter, None);
    case("this October", REF, "this October", "2025-10-01", "2025-11-01", Month, None);
    case("last december", REF, "last december", "2024-12-01", "2025-01-01", Month, None);
    case("next April", REF, "next April", "2026-04-01", "2026-05-01", Month, None);
    case("filed 2019-11", REF, "2019-11", "2019-11-01", "2019-12-01", Month, None);
    case("filed 2019/4", REF, "2019/4", "2019-04-01", "2019-05-01", Month, None);
    case("filed 4/2019", REF, "4/2019", "2019-04-01", "2019-05-01", Month, None);
    range("the 2019-20 season", REF, "2019-20", "2019-01-01", "2021-01-01", Year);
}

#[test]
#[rustfmt::skip]
fn stretches_of_days_and_parts_of_weeks() {
    range("off from 3 to 9 March, 2021", REF, "from 3 to 9 March, 2021", "2021-03-03", "2021-03-10", Day);
    range("off between 5 and 8 of June", REF, "between 5 and 8 of June", "2025-06-05", "2025-06-09", Day);
    range("off 10-14 August 2019", REF, "10-14 August 2019", "2019-08-10", "2019-08-15", Day);
    range("off from 6 to July 9", REF, "from 6 to July 9", "2025-07-06", "2025-07-10", Day);
    range("off from 2 to 5 this month", REF, "from 2 to 5 this month", "2025-11-02", "2025-11-06", Day);
    range("off Aug. 4 to Aug. 9", REF, "Aug. 4 to Aug. 9", "2025-08-04", "2025-08-10", Day);
    case("early next week", REF, "early next week", "2025-12-01", "2025-12-04", Week, Some(Early));
    case("late last week", REF, "late last week", "2025-11-20", "2025-11-24", Week, Some(Late));
    case("the end of this week", REF, "the end of this week", "2025-11-27", "2025-12-01", Week, Some(Late));
    all("won 3-2 in January", REF, &[("January", "2025-01-01")]);
    all("rose from 4 to 22 in March", REF, &[("March", "2025-03-01")]);
}

#[test]
#[rustfmt::skip]
fn weekdays_of_weeks_and_months_and_counted_days() {
    case("the first Tuesday of March 2024", REF, "the first Tuesday of March 2024", "2024-03-05", "2024-03-06", Day, None);
    case("the last Friday of October", REF, "the last Friday of October", "2025-10-31", "2025-11-01", Day, None);
    case("the third Monday of next month", REF, "the third Monday of next month", "2025-12-15", "2025-12-16", Day, None);
    case("meets Thursday next week", REF, "Thursday next week", "2025-12-04", "2025-12-05", Day, None);
    case("met on Monday of last week", REF, "Monday of last week", "2025-11-17", "2025-11-18", Day, None);
    case("next week on Wednesday", REF, "next week on Wednesday", "2025-12-03", "2025-12-04", Day, None);
    case("1 month and 4 days ago", REF, "1 month and 4 days ago", "2025-10-20", "2025-10-21", Day, None);
    case("two years, three months ago", REF, "two years, three months ago", "2023-08-01", "2023-09-01", Month, None);
    case("ten days from now", REF, "ten days from now", "2025-12-04", "2025-12-05", Day, None);
    case("two weeks after tomorrow", REF, "two weeks after tomorrow", "2025-12-09", "2025-12-10", Day, None);
    case("three days before yesterday", REF, "three days before yesterday", "2025-11-20", "2025-11-21", Day, None);
    none("it fell 5% in three weeks");
}

#[test]
#[rustfmt::skip]
fn seasons_weekends_and_rests() {
    case("this summer", REF, "this summer", "2025-06-01", "2025-09-01", PartOfYear, None);
    case("last winter", REF, "last winter", "2024-12-01", "2025-03-01", PartOfYear, None);
    case("next spring", REF, "next spring", "2026-03-01", "2026-06-01", PartOfYear, None);
    case("during the summer", REF, "the summer", "2025-06-01", "2025-09-01", PartOfYear, None);
    case("in the fall of 2019", REF, "the fall of 2019", "2019-09-01", "2019-12-01", PartOfYear, None);
    case("in autumn", REF, "autumn", "2025-09-01", "2025-12-01", PartOfYear, None);
    case("summer 2021", REF, "summer 2021", "2021-06-01", "2021-09-01", PartOfYear, None);
    case("over the weekend", REF, "the weekend", "2025-11-22", "2025-11-24", Week, None);
    case("this weekend", REF, "this weekend", "2025-11-29", "2025-12-01", Week, None);
    case("last weekend", REF, "last weekend", "2025-11-22", "2025-11-24", Week, None);
    range("the rest of the year", REF, "rest of the year", "2025-11-24", "2026-01-01", PartOfYear);
    case("for the week of March 3, 2025", REF, "the week of March 3, 2025", "2025-03-03", "2025-03-10", Week, None);
    none("prices fall in spring cleaning");
    none("the spring water and a fall guy");
    none("they rest");
    none("The summer Olympics and the winter storm");
    case("earlier in the week", "2025-10-02", "earlier in the week", "2025-09-29", "2025-10-02", Week, Some(Before));
    case("later in the year", REF, "later in the year", "2025-11-24", "2026-01-01", PartOfYear, Some(After));
    case("the week starting Dec. 1", REF, "the week starting Dec. 1", "2025-12-01", "2025-12-08", Week, None);
    // Dec. 3, 2025 is a Wednesday: the week that holds it.
    case("the week commencing Dec. 3, 2025", REF, "the week commencing Dec. 3, 2025", "2025-12-01", "2025-12-08", Week, None);
    case("the week of the 10th", REF, "the week of the 10th", "2025-11-10", "2025-11-17", Week, None);
    case("in the 19th century", REF, "the 19th century", "1800-01-01", "1900-01-01", Decade, None);
    case("the year after next", REF, "the year after next", "2027-01-01", "2028-01-01", Year, None);
    case("this decade", REF, "this decade", "2020-01-01", "2030-01-01", Decade, None);
    none("a 21st-century idea");
}

#[test]
#[rustfmt::skip]
fn days_of_the_month_alone_and_spelled() {
    case("paid on the 21st.", REF, "the 21st", "2025-11-21", "2025-11-22", Day, None);
    case("paid on the 28th.", REF, "the 28th", "2025-10-28", "2025-10-29", Day, None);
    case("due by the 30", REF, "the 30", "2025-10-30", "2025-10-31", Day, None);
    case("paid on 3rd", REF, "3rd", "2025-11-03", "2025-11-04", Day, None);
    case("paid on twenty-first?", REF, "twenty-first", "2025-11-21", "2025-11-22", Day, None);
    case("paid on the third", REF, "the third", "2025-11-03", "2025-11-04", Day, None);
    case("paid the 9th of next month", REF, "the 9th of next month", "2025-12-09", "2025-12-10", Day, None);
    case("paid 12th of last month", REF, "12th of last month", "2025-10-12", "2025-10-13", Day, None);
    case("on June third", REF, "June third", "2025-06-03", "2025-06-04", Day, None);
    case("on June twenty-third", REF, "June twenty-third", "2025-06-23", "2025-06-24", Day, None);
    case("on june twenty three", REF, "june twenty three", "2025-06-23", "2025-06-24", Day, None);
    case("on the fifth of May", REF, "the fifth of May", "2025-05-05", "2025-05-06", Day, None);
    case("on sixth of june", REF, "sixth of june", "2025-06-06", "2025-06-07", Day, None);
    case("on July the ninth", REF, "July the ninth", "2025-07-09", "2025-07-10", Day, None);
    case("on the fourth of may", REF, "the fourth of may", "2025-05-04", "2025-05-05", Day, None);
    case("met Thursday the 13th", REF, "Thursday the 13th", "2025-11-13", "2025-11-14", Day, None);
    case("met Friday the 13th", REF, "Friday the 13th", "2025-06-13", "2025-06-14", Day, None);
}

#[test]
#[rustfmt::skip]
fn restyled() {
    #[track_caller]
    fn check(found: &str, claimed: &str, reference: &str, want: Option<&str>) {
        let claimed = parse_claim_date(claimed).unwrap();
        assert_eq!(
            restyle(&claimed, found, d(reference)).as_deref(),
            want,
            "{found:?}"
        );
    }
    check("Sept. 24", "2025-09-25", REF, Some("Sept. 25"));
    check("September 24, 2025", "2025-09-25", REF, Some("September 25, 2025"));
    check("24 September", "2025-09-25", REF, Some("25 September"));
    check("Sept. 24th", "2025-10-03", REF, Some("Oct. 3rd"));
    check("Sept. 24", "2025-06-03", REF, Some("June 3"));
    check("Sept. 24", "2024-09-25", REF, Some("Sept. 25, 2024"));
    check("Monday, Sept. 1", "2025-09-02", REF, Some("Tuesday, Sept. 2"));
    check("2025-09-24", "2025-09-25", REF, Some("2025-09-25"));
    check("9/24/2025", "2025-09-25", REF, Some("9/25/2025"));
    check("yesterday", "2025-11-24", REF, Some("today"));
    check("July", "2025-06", REF, Some("June"));
    check("In June", "2025-05", REF, Some("In May"));
    check("July", "2023-06", REF, Some("June 2023"));
    check("March 2024", "2023-03", REF, Some("March 2023"));
    check("2022", "2021", REF, Some("2021"));
    check("last year", "2025", REF, Some("this year"));
    check("Last year", "2023", REF, Some("In 2023"));
    check("early June", "early May 2025", REF, Some("early May"));
    check("mid-May", "early May 2025", REF, Some("early May"));
    check("the end of May", "early May 2025", REF, Some("the beginning of May"));
    check("from 2009 to 2011", "2008 to 2011", REF, Some("from 2008 to 2011"));
    check("2008–11", "2008-2012", REF, Some("2008–12"));
    check("Q2 2024", "Q3 2024", REF, Some("Q3 2024"));
    check("Tuesday", "2025-09-02", REF, Some("September 2"));
    check("2022", "2022-03", REF, Some("March 2022"));
    check("the summit", "2021", REF, None);
}

#[test]
#[rustfmt::skip]
fn claim_dates() {
    #[track_caller]
    fn check(
        s: &str,
        start: &str,
        end: &str,
        grain: Grain,
        modifier: Option<DateMod>,
        range: bool,
    ) {
        let v = parse_claim_date(s).unwrap_or_else(|| panic!("{s:?} did not parse"));
        assert_eq!(
            (v.start, v.end, v.grain, v.modifier, v.range),
            (d(start), d(end), grain, modifier, range),
            "{s:?}"
        );
    }
    check("2025-09-25", "2025-09-25", "2025-09-26", Day, None, false);
    check("2025-09", "2025-09-01", "2025-10-01", Month, None, false);
    check("2021", "2021-01-01", "2022-01-01", Year, None, false);
    check("1850", "1850-01-01", "1851-01-01", Year, None, false);
    check("September 2025", "2025-09-01", "2025-10-01", Month, None, false);
    check("Sept. 25, 2025", "2025-09-25", "2025-09-26", Day, None, false);
    check(" 25 September 2025 ", "2025-09-25", "2025-09-26", Day, None, false);
    check("2008 to 2011", "2008-01-01", "2012-01-01", Year, None, true);
    check("2008-2011", "2008-01-01", "2012-01-01", Year, None, true);
    check("early May 2025", "2025-05-01", "2025-05-16", PartOfMonth, Some(Early), false);
    check("mid-November 2025", "2025-11-11", "2025-11-21", PartOfMonth, Some(Mid), false);
    check("Q3 2024", "2024-07-01", "2024-10-01", Quarter, None, false);
    check("the 1990s", "1990-01-01", "2000-01-01", Decade, None, false);

    for relative in [
        "June",
        "May",
        "last year",
        "Tuesday",
        "yesterday",
        "the ’90s",
        "Sept. 25",
    ] {
        assert_eq!(parse_claim_date(relative), None, "{relative:?}");
    }
    for junk in [
        "",
        "soon",
        "2025-13",
        "2021 and 2022",
        "in 2021 or so",
        "the following year",
    ] {
        assert_eq!(parse_claim_date(junk), None, "{junk:?}");
    }
}

/// The article the product was specified from, published 2025-11-24: every
/// date in it, found and resolved. Phrases are looked up in the article;
/// an occurrence is checked when the dates found there lie inside it (so
/// "in March" is not checked against "in March 2025"). Every date found
/// must lie inside some listed phrase.
#[test]
fn seed_article() {
    let path = std::env::var("FACTLINT_SEED_ARTICLE").unwrap_or_else(|_| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seed/article.txt").to_string()
    });
    let Ok(article) = std::fs::read_to_string(&path) else {
        println!("note: {path} is absent; seed article test skipped");
        return;
    };
    let expected: &[(&str, &str, &str)] = &[
        ("in June", "2025-06-01", "2025-07-01"),
        ("again in September", "2025-09-01", "2025-10-01"),
        ("in September", "2025-09-01", "2025-10-01"),
        ("three times this year", "2025-01-01", "2026-01-01"),
        ("in October", "2025-10-01", "2025-11-01"),
        ("from 2008 to 2011", "2008-01-01", "2012-01-01"),
        ("on May 14", "2025-05-14", "2025-05-15"),
        ("Earlier this year", "2025-01-01", "2025-11-24"),
        ("earlier this year", "2025-01-01", "2025-11-24"),
        ("in February", "2025-02-01", "2025-03-01"),
        ("a 2021 suicide bombing", "2021-01-01", "2022-01-01"),
        ("in early March", "2025-03-01", "2025-03-16"),
        ("in 2018", "2018-01-01", "2019-01-01"),
        ("in 2019", "2019-01-01", "2020-01-01"),
        ("in 2020", "2020-01-01", "2021-01-01"),
        ("in 2022", "2022-01-01", "2023-01-01"),
        ("the following year", "2023-01-01", "2024-01-01"),
        ("in March 2025", "2025-03-01", "2025-04-01"),
        ("in March", "2025-03-01", "2025-04-01"),
        ("in 2011", "2011-01-01", "2012-01-01"),
        ("In April this year", "2025-04-01", "2025-05-01"),
        ("In April,", "2025-04-01", "2025-05-01"),
        ("on Sept. 25", "2025-09-25", "2025-09-26"),
        ("in September 2024", "2024-09-01", "2024-10-01"),
        ("in late October", "2025-10-16", "2025-11-01"),
        ("in May", "2025-05-01", "2025-06-01"),
        ("on Aug. 8", "2025-08-08", "2025-08-09"),
        ("in early May", "2025-05-01", "2025-05-16"),
        ("early last month", "2025-10-01", "2025-10-16"),
        ("in mid-November", "2025-11-11", "2025-11-21"),
        ("on Oct. 13", "2025-10-13", "2025-10-14"),
        ("over the past year", "2024-11-24", "2025-11-24"),
        ("over the last two decades", "2000-01-01", "2020-01-01"),
    ];
    let not_dates = [
        "60 Minutes",
        "Trump 2.0",
        "come what may",
        "may have",
        "14-year",
        "10-year",
        "early-term",
        "four days later",
        "second term",
    ];
    let reference = d(REF);
    let mut checked = vec![0; expected.len()];
    for line in article.lines() {
        let found = dates(line, reference);
        let mut covered = vec![false; found.len()];
        for (k, &(phrase, start, end)) in expected.iter().enumerate() {
            for (at, _) in line.match_indices(phrase) {
                let occurrence = at..at + phrase.len();
                let here: Vec<usize> = (0..found.len())
                    .filter(|&n| {
                        found[n].span.start < occurrence.end && occurrence.start < found[n].span.end
                    })
                    .collect();
                let inside = |n: &usize| {
                    occurrence.start <= found[*n].span.start && found[*n].span.end <= occurrence.end
                };
                if !here.iter().all(inside) {
                    continue;
                }
                assert_eq!(here.len(), 1, "{phrase:?}: {:?}", wording(line, &found));
                let v = value(&found[here[0]]);
                assert_eq!((v.start, v.end), (d(start), d(end)), "{phrase:?}");
                covered[here[0]] = true;
                checked[k] += 1;
            }
        }
        for (n, e) in found.iter().enumerate() {
            assert!(
                covered[n],
                "unexpected date {:?}",
                &line[e.span.start..e.span.end]
            );
        }
        for phrase in not_dates {
            for (at, _) in line.match_indices(phrase) {
                let hit = found
                    .iter()
                    .find(|e| e.span.start < at + phrase.len() && at < e.span.end);
                assert!(hit.is_none(), "{phrase:?} read as a date");
            }
        }
    }
    for (k, &(phrase, ..)) in expected.iter().enumerate() {
        assert!(checked[k] > 0, "{phrase:?} never checked");
    }
}

/// Word salad from the grammar's own vocabulary: no panics (overflow,
/// slicing), spans on char boundaries, in order and apart.
#[test]
fn word_salad_never_panics() {
    let words = [
        "in",
        "the",
        "May",
        "Sept",
        ".",
        "25",
        "2021",
        "-",
        "–",
        "’",
        "90s",
        "1990s",
        "early",
        "mid",
        "late",
        "of",
        "end",
        "from",
        "to",
        "between",
        "and",
        "last",
        "next",
        "this",
        "year",
        "month",
        "week",
        "day",
        "ago",
        "a",
        "two",
        "Tuesday",
        ",",
        "Q3",
        "first",
        "half",
        "quarter",
        "following",
        "same",
        "that",
        "later",
        "earlier",
        "/",
        "9",
        "12",
        "before",
        "since",
        "prior",
        "yesterday",
        "31st",
        "Feb",
        "29",
        "9999",
        "0",
        "1000",
        "2999",
        "é",
        "s",
        "'",
    ];
    let reference = d(REF);
    let claimed = parse_claim_date("2025-09-25").unwrap();
    let mut seed: u64 = 7;
    for _ in 0..20_000 {
        let mut text = String::new();
        for _ in 0..=seed % 9 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            if (seed >> 20) % 3 != 0 {
                text.push(' ');
            }
            text.push_str(words[(seed >> 33) as usize % words.len()]);
        }
        let found = dates(&text, reference);
        for e in &found {
            assert!(text.get(e.span.start..e.span.end).is_some(), "{text:?}");
        }
        for pair in found.windows(2) {
            assert!(pair[0].span.end <= pair[1].span.start, "{text:?}");
        }
        let _ = restyle(&claimed, &text, reference);
        let _ = parse_claim_date(&text);
    }
}

/// `text` states exactly one date, worded `span`, whose day does not exist.
#[track_caller]
fn no_such_day(text: &str, reference: &str, span: &str) {
    let found = dates(text, d(reference));
    assert_eq!(wording(text, &found), [span], "{text:?}");
    assert_eq!(found[0].value, Value::Unstated, "{text:?}");
}

#[test]
#[rustfmt::skip]
fn days_that_do_not_exist_are_dates_without_a_day() {
    no_such_day("on Feb. 30", REF, "Feb. 30");
    no_such_day("Feb 30", "2020-03-22", "Feb 30");
    no_such_day("on 30 February", REF, "30 February");
    no_such_day("the 31st of April", REF, "the 31st of April");
    no_such_day("on April 31, 2024,", REF, "April 31, 2024");
    no_such_day("on Feb. 29, 2019", REF, "Feb. 29, 2019");
    no_such_day("2/29/2019", "2020-03-22", "2/29/2019");
    no_such_day("on 9/31/2025 at", REF, "9/31/2025");
    no_such_day("I went back 31st of this month", "2016-11-07", "31st of this month");
    no_such_day("the fifth Sunday of February", REF, "the fifth Sunday of February");
    no_such_day("I'll go back fifth Sunday", "2017-09-27", "fifth Sunday");
    // Days that exist stay days: Feb. 29 of a leap year, a fifth Sunday
    // where a month has five.
    case("on Feb. 29, 2024", REF, "Feb. 29, 2024", "2024-02-29", "2024-03-01", Day, None);
    case("on Feb. 29", REF, "Feb. 29", "2024-02-29", "2024-03-01", Day, None);
    case("the fifth Sunday of November", REF, "the fifth Sunday of November", "2025-11-30", "2025-12-01", Day, None);
    // Not dates even if the day existed: amounts, fractions, scores, and
    // days no month has.
    none("scored 2/31 attempts");
    none("made 2/30 of the shots");
    none("he went 2/30.");
    let sixth = dates("the sixth Sunday of May", d(REF));
    assert!(sixth.iter().all(|e| e.value != Value::Unstated), "{sixth:?}");
    none("the team won 4-31.");
    // A missing day anchors nothing and starts no range.
    let text = "from Feb. 30 to March 3";
    let found = dates(text, d(REF));
    assert_eq!(wording(text, &found), ["Feb. 30", "March 3"], "{text:?}");
    assert_eq!(found[0].value, Value::Unstated, "{text:?}");
    assert_eq!(value(&found[1]).start, d("2025-03-03"), "{text:?}");
    let text = "on Feb. 30, and the next day";
    assert_eq!(wording(text, &dates(text, d(REF))), ["Feb. 30"], "{text:?}");
    assert!(parse_claim_date("Feb. 30, 2025").is_none());
    assert!(parse_claim_date("2019-02-29").is_none());
}

#[test]
#[rustfmt::skip]
fn this_day_where_the_phrase_ends_is_the_reference() {
    case("I'll go back this day", "2016-11-07", "this day", "2016-11-07", "2016-11-08", Day, None);
    case("\"We will remember this day,\" she said.", REF, "this day", "2025-11-24", "2025-11-25", Day, None);
    case("This day, the vote was held.", REF, "This day", "2025-11-24", "2025-11-25", Day, None);
    none("The town is divided to this day.");
    none("It remains unsolved until this day.");
    none("On this day, the war ended.");
    none("the events of this day.");
    none("this day of all days");
    none("He read This Day.");
    none("I have never seen this day before him");
    let text = "On this day in 1945, the war ended.";
    assert_eq!(wording(text, &dates(text, d(REF))), ["1945"], "{text:?}");
    let text = "this day last year";
    assert!(!wording(text, &dates(text, d(REF))).contains(&"this day"), "{text:?}");
}
