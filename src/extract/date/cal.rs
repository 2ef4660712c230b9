//! Calendar arithmetic on top of jiff: intervals for days, months, parts of
//! months and years, and the past-leaning resolution of dates written
//! without a year.

use super::super::{DateMod, DateValue, Grain};
use jiff::civil::{Date, Weekday};
use jiff::ToSpan;

pub(super) fn value(start: Date, end: Date, grain: Grain) -> DateValue {
    DateValue {
        start,
        end,
        grain,
        modifier: None,
        range: false,
    }
}

pub(super) fn day(d: Date) -> Option<DateValue> {
    Some(value(d, d.tomorrow().ok()?, Grain::Day))
}

pub(super) fn month(year: i16, month: i8) -> Option<DateValue> {
    let start = Date::new(year, month, 1).ok()?;
    Some(value(
        start,
        start.checked_add(1.month()).ok()?,
        Grain::Month,
    ))
}

/// The month that holds `d`.
pub(super) fn month_of(d: Date) -> Option<DateValue> {
    month(d.year(), d.month())
}

pub(super) fn year(year: i16) -> Option<DateValue> {
    let start = Date::new(year, 1, 1).ok()?;
    Some(value(
        start,
        Date::new(year.checked_add(1)?, 1, 1).ok()?,
        Grain::Year,
    ))
}

/// Years `first..=last` as one range.
pub(super) fn years(first: i16, last: i16) -> Option<DateValue> {
    let mut v = year(first)?;
    v.end = year(last)?.end;
    v.range = true;
    Some(v)
}

pub(super) fn decade(first: i16) -> Option<DateValue> {
    let mut v = year(first)?;
    v.end = Date::new(first.checked_add(10)?, 1, 1).ok()?;
    v.grain = Grain::Decade;
    Some(v)
}

pub(super) fn quarter(year: i16, q: u8) -> Option<DateValue> {
    let m = i8::try_from(q).ok()?.checked_mul(3)? - 2;
    let start = Date::new(year, m, 1).ok()?;
    Some(value(
        start,
        start.checked_add(3.months()).ok()?,
        Grain::Quarter,
    ))
}

/// "the first half of 2025": six months, no modifier.
pub(super) fn half(year: i16, h: u8) -> Option<DateValue> {
    let start = Date::new(year, if h == 1 { 1 } else { 7 }, 1).ok()?;
    Some(value(
        start,
        start.checked_add(6.months()).ok()?,
        Grain::PartOfYear,
    ))
}

/// The Monday-to-Sunday week that holds `d`.
pub(super) fn week(d: Date) -> Option<DateValue> {
    let monday = d
        .checked_sub(i64::from(d.weekday().to_monday_zero_offset()).days())
        .ok()?;
    Some(value(
        monday,
        monday.checked_add(1.week()).ok()?,
        Grain::Week,
    ))
}

/// Narrow a month to its early half (days 1-15), its late half (16 to the
/// end) or its middle (days 11-20, overlapping both halves).
pub(super) fn part_of_month(m: DateValue, part: DateMod) -> Option<DateValue> {
    let first = m.start.first_of_month();
    let (from, to) = match part {
        DateMod::Early => (1, 16),
        DateMod::Mid => (11, 21),
        _ => (16, 0),
    };
    let start = first.with().day(from).build().ok()?;
    let end = if to == 0 {
        first.checked_add(1.month()).ok()?
    } else {
        first.with().day(to).build().ok()?
    };
    let mut v = value(start, end, Grain::PartOfMonth);
    v.modifier = Some(part);
    Some(v)
}

/// Narrow a year to its early half (January-June), its late half
/// (July-December) or its middle (May-August, overlapping both halves).
pub(super) fn part_of_year(y: i16, part: DateMod) -> Option<DateValue> {
    let (from, months) = match part {
        DateMod::Early => (1, 6),
        DateMod::Mid => (5, 4),
        _ => (7, 6),
    };
    let start = Date::new(y, from, 1).ok()?;
    let mut v = value(
        start,
        start.checked_add(months.months()).ok()?,
        Grain::PartOfYear,
    );
    v.modifier = Some(part);
    Some(v)
}

/// The year of the most recent `month` on or before `anchor`; the anchor's
/// own month counts.
pub(super) fn year_of_month(month: i8, anchor: Date) -> i16 {
    if month <= anchor.month() {
        anchor.year()
    } else {
        anchor.year() - 1
    }
}

/// The year of the next `month` on or after `anchor`, for the future
/// tense; the anchor's own month counts.
pub(super) fn year_of_month_ahead(month: i8, anchor: Date) -> i16 {
    if month >= anchor.month() {
        anchor.year()
    } else {
        anchor.year() + 1
    }
}

/// A day written without a year in the future tense: the first such day
/// on or after `anchor` (Feb. 29 steps ahead to the next leap year).
pub(super) fn yearless_day_ahead(month: i8, day_of_month: i8, anchor: Date) -> Option<Date> {
    (0..=8)
        .filter_map(|ahead| Date::new(anchor.year() + ahead, month, day_of_month).ok())
        .find(|d| *d >= anchor)
}

/// A day written without a year: the most recent such day on or before
/// `anchor`, unless that is most of a year back while the next one is at
/// most [`FORWARD_DAYS`] ahead (a story published on Nov. 24 that mentions
/// "Dec. 1" means the coming one).
pub(super) fn yearless_day(month: i8, day_of_month: i8, anchor: Date) -> Option<Date> {
    let this_year = Date::new(anchor.year(), month, day_of_month);
    if let Ok(d) = this_year {
        if d <= anchor {
            return Some(d);
        }
        if d <= add_days(anchor, FORWARD_DAYS)? {
            return Some(d);
        }
    }
    // Feb. 29 steps back to the last leap year.
    (1..=8)
        .filter_map(|back| Date::new(anchor.year() - back, month, day_of_month).ok())
        .next()
}

/// How far ahead a yearless day may resolve; see [`yearless_day`].
pub(super) const FORWARD_DAYS: i64 = 14;

pub(super) fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(n.days()).ok()
}

pub(super) fn add_months(d: Date, n: i64) -> Option<Date> {
    d.checked_add(n.months()).ok()
}

/// The most recent `wd` on or before `anchor` (`strictly`: before it).
pub(super) fn weekday_back(wd: Weekday, anchor: Date, strictly: bool) -> Option<Date> {
    let mut back = i64::from(anchor.weekday().since(wd));
    if strictly && back == 0 {
        back = 7;
    }
    add_days(anchor, -back)
}

/// The first `wd` on or after `anchor`.
pub(super) fn weekday_from(wd: Weekday, anchor: Date) -> Option<Date> {
    add_days(anchor, i64::from(anchor.weekday().until(wd)))
}

/// The first `wd` after `anchor`.
pub(super) fn weekday_ahead(wd: Weekday, anchor: Date) -> Option<Date> {
    let mut ahead = i64::from(anchor.weekday().until(wd));
    if ahead == 0 {
        ahead = 7;
    }
    add_days(anchor, ahead)
}

/// `v` moved by `n` days, grain kept; a part's modifier no longer fits.
pub(super) fn shift_days(v: &DateValue, n: i64) -> Option<DateValue> {
    Some(value(add_days(v.start, n)?, add_days(v.end, n)?, v.grain))
}

/// The last day inside an interval.
pub(super) fn last_day(v: &DateValue) -> Date {
    v.end.yesterday().unwrap_or(v.start)
}

/// Day `d` of the reference's month if that is on or before `anchor`,
/// else of the month before (`ahead`: on or after, else the month after);
/// months too short for the day are skipped.
pub(super) fn day_of_month(d: i8, anchor: Date, ahead: bool) -> Option<Date> {
    let step: i64 = if ahead { 1 } else { -1 };
    (0..=3)
        .filter_map(|k| {
            let m = add_months(anchor.first_of_month(), step * k)?;
            Date::new(m.year(), m.month(), d).ok()
        })
        .find(|date| {
            if ahead {
                *date >= anchor
            } else {
                *date <= anchor
            }
        })
}

/// Day `d` of the nearest month, on or before `anchor` (`ahead`: on or
/// after), on which it falls on `wd`: "Friday the 13th". Within a year,
/// else as [`day_of_month`].
pub(super) fn weekday_day_of_month(wd: Weekday, d: i8, anchor: Date, ahead: bool) -> Option<Date> {
    let step: i64 = if ahead { 1 } else { -1 };
    (0..=12)
        .filter_map(|k| {
            let m = add_months(anchor.first_of_month(), step * k)?;
            Date::new(m.year(), m.month(), d).ok()
        })
        .find(|date| {
            date.weekday() == wd
                && if ahead {
                    *date >= anchor
                } else {
                    *date <= anchor
                }
        })
        .or_else(|| day_of_month(d, anchor, ahead))
}
