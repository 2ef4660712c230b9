//! Stretches counted from the reference date: "the past three weeks",
//! "next 3 days", "within 5 years", "4 weeks in the future", "a week
//! starting tomorrow", "the coming month", "the rest of my week", "between
//! now and Nov. 15", "the year to date", and days counted forward in the
//! future tense ("in 3 weeks", "two Sundays from now").
//!
//! A child of the scanner, so the rules read its tokens with its helpers;
//! [`Scanner::period`] is the one entry point the scanner calls at each
//! token.

use super::super::lex::{Kw, Lex, Unit};
use super::super::{cal, lex};
use super::{resolve_yearless, Found, Scanner};
use crate::extract::{DateMod, DateValue, Grain};
use jiff::civil::{Date, Weekday};

/// How many "few" and "several" count: Recognizers reads both as three,
/// and a stretch has to end somewhere.
const FEW: i64 = 3;

/// Words that stand for "next" before a unit: "the coming week", "the
/// upcoming month".
const COMING: &[&str] = &["coming", "upcoming"];

impl Scanner<'_> {
    /// Every rule of this module at token `i`; the longest match wins.
    /// `anchor` is the last date earlier in the sentence.
    pub(super) fn period(&self, i: usize, anchor: Option<&DateValue>) -> Option<Found> {
        longest![
            self.rolling(i, anchor),
            self.within(i),
            self.hence(i),
            self.starting(i),
            self.coming(i),
            self.now_range(i),
            self.year_to_date(i),
            self.forward_day(i, anchor),
            self.weekdays_counted(i, anchor),
            self.month_then_days(i),
            self.weekdays_of_week(i),
            self.weekend_more(i),
            self.more_than(i),
            self.part_of_season(i),
        ]
    }

    /// "more than 2 weeks before today", "more than 3 days after
    /// tomorrow": the day counted, marked `before` or `after`, as "before
    /// May 15" is.
    fn more_than(&self, i: usize) -> Option<Found> {
        if !self.text(i).eq_ignore_ascii_case("more")
            || !self.text(i + 1).eq_ignore_ascii_case("than")
        {
            return None;
        }
        let mut found = self.counted_from(i + 2)?;
        found.value.modifier = Some(match self.kw(i + 4)? {
            Kw::Before => DateMod::Before,
            _ => DateMod::After,
        });
        Some(found)
    }

    /// "mid summer", "by mid-winter", "early spring", "late fall": the
    /// season's first, middle or last month, of the season that has begun
    /// most recently (in the future tense, the next that has not ended).
    fn part_of_season(&self, i: usize) -> Option<Found> {
        let part = match self.kw(i)? {
            Kw::Early => 0,
            Kw::Mid => 1,
            Kw::Late => 2,
            _ => return None,
        };
        let j = if self.glued_punct(i + 1, '-') {
            i + 2
        } else {
            i + 1
        };
        let Some(Kw::Season(n)) = self.kw(j) else {
            return None;
        };
        // "late fall in prices", "early spring cleaning": words.
        if self.tok(j + 1).is_some_and(|t| t.is_plain_word()) {
            return None;
        }
        let r = self.reference;
        let mut start = Date::new(r.year(), i8::try_from(3 * n).ok()?, 1).ok()?;
        if start > r {
            start = cal::add_months(start, -12)?;
        }
        if self.ahead(i) && cal::add_months(start, 3)? <= r {
            start = cal::add_months(start, 12)?;
        }
        let month = cal::add_months(start, part)?;
        let mut value = cal::value(month, cal::add_months(month, 1)?, Grain::PartOfYear);
        value.modifier =
            Some([DateMod::Early, DateMod::Mid, DateMod::Late][usize::try_from(part).ok()?]);
        Some(Found::new(j + 1, value).relative())
    }

    /// "this month", "of next month", "in the previous month" after a day
    /// stretch: the token after it.
    pub(super) fn relative_month_after(&self, k: usize) -> Option<usize> {
        let k = if matches!(self.kw(k), Some(Kw::Of | Kw::In)) {
            k + 1
        } else {
            k
        };
        self.this_last_next_or_previous(k, Unit::Month)
            .map(|(_, next)| next)
    }

    // ---- counts ----

    /// A count and its unit, "3 weeks", "three weeks", "a week", "few
    /// days", "3year": the count, the unit and the token after it.
    fn count_unit(&self, i: usize) -> Option<(i64, Unit, usize)> {
        // "3year", "10days": one token.
        let w = self.text(i);
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && self.tok(i)?.is_plain_word() {
            if digits > 2 {
                return None;
            }
            let unit = unit_word(&w[digits..])?;
            let n: i64 = w[..digits].parse().ok()?;
            return (n > 0).then_some((n, unit, i + 1));
        }
        let (n, j) = if self.is_few(i) {
            (FEW, i + 1)
        } else if self.is_kw(i, Kw::A) && self.is_few(i + 1) {
            (FEW, i + 2)
        } else {
            (self.count(i)?, i + 1)
        };
        let Some(Kw::Unit(unit)) = self.kw(j) else {
            return None;
        };
        Some((n, unit, j + 1))
    }

    fn is_few(&self, i: usize) -> bool {
        ["few", "several"]
            .iter()
            .any(|w| self.text(i).eq_ignore_ascii_case(w))
    }

    /// "5 years 1 month 12 days", "1 month and 4 days": amounts of units,
    /// largest first or not, joined by nothing, commas or "and".
    fn amounts(&self, i: usize) -> Option<(Vec<(i64, Unit)>, usize)> {
        let (n, unit, mut k) = self.count_unit(i)?;
        let mut parts = vec![(n, unit)];
        loop {
            let joiner =
                usize::from(self.tok(k).is_some_and(|t| t.is_punct(',')) || self.is_kw(k, Kw::And));
            match self.count_unit(k + joiner) {
                Some((n, unit, next)) if !parts.iter().any(|&(_, u)| u == unit) => {
                    parts.push((n, unit));
                    k = next;
                }
                _ => break,
            }
        }
        Some((parts, k))
    }

    // ---- rules ----

    /// "the past three weeks", "last 3 years", "previous 3 weeks", "past
    /// few days", "the past month", "next 3 days", "the next 3 years":
    /// the stretch that ends at the reference (the past) or begins the day
    /// after it (the next). Decades are calendar decades ("the past 2
    /// decades" in 2016 are 1990-2009, "the next decade" the 2020s).
    /// "The next three days" after a date in the same sentence counts from
    /// that date and is not read here; neither is "the last three years of
    /// his life" nor "the last year" (of anything).
    fn rolling(&self, i: usize, anchor: Option<&DateValue>) -> Option<Found> {
        let the = self.is_kw(i, Kw::The);
        let j = if the { i + 1 } else { i };
        let forward = match self.kw(j) {
            Some(Kw::Next) => true,
            Some(Kw::Last | Kw::Previous) => false,
            _ if self.text(j).eq_ignore_ascii_case("past") => false,
            _ => return None,
        };
        if !the && i > 0 && self.is_kw(i - 1, Kw::The) {
            return None;
        }
        // "his last two years", "my past three weeks": someone's stretch.
        if i > 0 && (self.is_kw(i - 1, Kw::Det) || self.text(i - 1).eq_ignore_ascii_case("my")) {
            return None;
        }
        let past_word = self.text(j).eq_ignore_ascii_case("past");
        let (n, unit, end) = match self.count_unit(j + 1) {
            Some(counted) => counted,
            // "the past month", "past day": one unit back. Only "past":
            // "last month" is the calendar month, "the next day" an
            // anaphor.
            None if past_word => (1, self.single_unit(j + 1)?, j + 2),
            // "the next decade": the calendar decade.
            None if forward && self.single_unit(j + 1) == Some(Unit::Decade) => {
                (1, Unit::Decade, j + 2)
            }
            None => return None,
        };
        // "the last two years of the war": a stretch of something else.
        if self.is_kw(end, Kw::Of) {
            return None;
        }
        // "the next (previous) three days" after a date in the sentence
        // count from that date.
        let anaphoric = forward || self.is_kw(j, Kw::Previous);
        if anaphoric && anchor.is_some() && unit != Unit::Decade {
            return None;
        }
        let value = if unit == Unit::Decade {
            let this = self.reference.year() / 10 * 10;
            let n = i16::try_from(n).ok()?;
            let (first, last) = if forward {
                (this + 10, this + 10 * n)
            } else {
                (this - 10 * n, this - 10)
            };
            let mut v = cal::decade(first)?;
            v.end = cal::decade(last)?.end;
            v
        } else {
            let r = self.reference;
            if forward {
                let start = r.tomorrow().ok()?;
                cal::value(start, add(start, n, unit)?, grain(unit))
            } else {
                cal::value(add(r, -n, unit)?, r, grain(unit))
            }
        };
        Some(Found::new(end, value).relative())
    }

    /// "within 5 days", "within the next 3 years", "within 5 years 1 month
    /// 12 days", "within 2 weeks from today", "less than 2 weeks from
    /// today", "less than 3 days after tomorrow": from the reference (or
    /// tomorrow) to that far after it.
    fn within(&self, i: usize) -> Option<Found> {
        let mut k = if self.text(i).eq_ignore_ascii_case("within") {
            i + 1
        } else if self.text(i).eq_ignore_ascii_case("less")
            && self.text(i + 1).eq_ignore_ascii_case("than")
        {
            i + 2
        } else {
            return None;
        };
        let less = k == i + 2;
        if self.is_kw(k, Kw::The) {
            k += 1;
        }
        let next =
            self.is_kw(k, Kw::Next) || COMING.iter().any(|w| self.text(k).eq_ignore_ascii_case(w));
        if next {
            k += 1;
        }
        let (amounts, mut end) = self.amounts(k)?;
        let mut start = self.reference;
        match (self.kw(end), self.kw(end + 1)) {
            (Some(Kw::From), Some(Kw::Today)) => end += 2,
            (Some(Kw::After), Some(Kw::Tomorrow)) => {
                start = start.tomorrow().ok()?;
                end += 2;
            }
            // "less than 2 weeks" alone is a duration.
            _ if less => return None,
            // "police arrested him within two days": counted from the
            // events told, unless the future tense or "next" says now.
            _ if !next && !self.ahead(i) => return None,
            // "within 5 days of the attack": counted from something else.
            (Some(Kw::Of | Kw::After | Kw::Before | Kw::Since | Kw::From), _) => return None,
            _ => {}
        }
        let mut last = start;
        for &(n, unit) in &amounts {
            last = add(last, n, unit)?;
        }
        let finest = amounts.iter().map(|&(_, u)| u as u8).min()?;
        let value = cal::value(start, last, grain(unit_of(finest)));
        Some(Found::new(end, value).relative())
    }

    /// "2 days hence", "4 weeks in the future": from tomorrow to that far
    /// ahead of the reference.
    fn hence(&self, i: usize) -> Option<Found> {
        let (n, unit, k) = self.count_unit(i)?;
        let end = if self.text(k).eq_ignore_ascii_case("hence") {
            k + 1
        } else if self.is_kw(k, Kw::In)
            && self.is_kw(k + 1, Kw::The)
            && self.text(k + 2).eq_ignore_ascii_case("future")
        {
            k + 3
        } else {
            return None;
        };
        let start = self.reference.tomorrow().ok()?;
        let value = cal::value(
            start,
            add(self.reference, n, unit)?.tomorrow().ok()?,
            grain(unit),
        );
        Some(Found::new(end, value).relative())
    }

    /// "for 3 days from today", "for 1 week, from Dec. 20", "a week
    /// starting tomorrow", "2 weeks starting May 20th", "3 days starting
    /// from next Monday": that many units from the first day named.
    fn starting(&self, i: usize) -> Option<Found> {
        let for_ = self.text(i).eq_ignore_ascii_case("for");
        let (n, unit, mut k) = self.count_unit(if for_ { i + 1 } else { i })?;
        if for_ && self.tok(k).is_some_and(|t| t.is_punct(',')) {
            k += 1;
        }
        let starting = ["starting", "beginning", "commencing"]
            .iter()
            .any(|w| self.text(k).eq_ignore_ascii_case(w));
        if starting {
            k += 1;
            if self.is_kw(k, Kw::From) || self.is_kw(k, Kw::On) {
                k += 1;
            }
        } else if for_ && self.is_kw(k, Kw::From) {
            k += 1;
        } else {
            return None;
        }
        let day = self
            .core(k, true, None)
            .filter(|f| f.value.grain == Grain::Day && !f.value.range)?;
        let start = day.value.start;
        let value = cal::value(start, add(start, n, unit)?, grain(unit));
        let found = Found::new(day.end, value);
        Some(if day.relative {
            found.relative()
        } else {
            found
        })
    }

    /// "the coming week", "upcoming month", "the current year", "the
    /// coming weekend": next or this week, month, year or weekend.
    fn coming(&self, i: usize) -> Option<Found> {
        let j = if self.is_kw(i, Kw::The) { i + 1 } else { i };
        let word = self.text(j);
        let delta = if COMING.iter().any(|w| word.eq_ignore_ascii_case(w)) {
            1
        } else if word.eq_ignore_ascii_case("current") {
            0
        } else {
            return None;
        };
        let r = self.reference;
        let value = if self.is_kw(j + 1, Kw::Weekend) && !self.text(j + 1).ends_with(['s', 'S']) {
            let saturday = cal::add_days(cal::week(r)?.start, 5 + 7 * delta)?;
            cal::value(saturday, cal::add_days(saturday, 2)?, Grain::Week)
        } else {
            match self.single_unit(j + 1)? {
                Unit::Week => cal::week(cal::add_days(r, 7 * delta)?)?,
                Unit::Month => cal::month_of(cal::add_months(r, delta)?)?,
                Unit::Year => cal::year(r.year() + i16::try_from(delta).ok()?)?,
                _ => return None,
            }
        };
        Some(Found::new(j + 2, value).relative())
    }

    /// "the rest of the week/month/year", "rest of my week", "the rest of
    /// this month", "rest of current week": from the reference to the
    /// unit's last day, a stretch between the two.
    pub(super) fn rest_of(&self, i: usize) -> Option<Found> {
        let r = self.reference;
        if !self.is_kw(i, Kw::Rest) {
            return None;
        }
        let mut j = i + 1;
        let of = self.is_kw(j, Kw::Of);
        if of {
            j += 1;
        }
        let determined = matches!(self.kw(j), Some(Kw::The | Kw::This))
            || self.text(j).eq_ignore_ascii_case("my")
            || self.text(j).eq_ignore_ascii_case("current");
        if determined {
            j += 1;
        }
        // "they rest", "rest week": "of" or a determiner ties it to the unit.
        if !of && !determined {
            return None;
        }
        // "they rest the week", "to rest this week": the verb.
        let verb = i > 0
            && [
                "i", "we", "you", "he", "she", "they", "to", "will", "would", "can", "could",
                "must", "should",
            ]
            .iter()
            .any(|w| self.text(i - 1).eq_ignore_ascii_case(w));
        if !of && (verb || !self.phrase_ends(j + 1)) {
            return None;
        }
        let (whole, grain) = match self.single_unit(j)? {
            Unit::Week => (cal::week(r)?, Grain::Week),
            Unit::Month => (cal::month_of(r)?, Grain::PartOfMonth),
            Unit::Year => (cal::year(r.year())?, Grain::PartOfYear),
            _ => return None,
        };
        let mut value = cal::value(r, whole.end, grain);
        value.range = true;
        Some(Found::new(j + 1, value).relative())
    }

    /// "between now and Nov. 15", "between Jan. 22 and now", "from now
    /// until June": a stretch from the reference or up to it.
    fn now_range(&self, i: usize) -> Option<Found> {
        let lead = self.kw(i)?;
        // Only "between" and "from" lead one: checked before reading a
        // whole date after every other keyword of the text.
        if !matches!(lead, Kw::Between | Kw::From) {
            return None;
        }
        let to = |k: usize| match lead {
            Kw::Between => self.is_kw(k, Kw::And),
            Kw::From => matches!(self.kw(k), Some(Kw::To | Kw::Until | Kw::Through)),
            _ => false,
        };
        let is_now = |k: usize| self.text(k).eq_ignore_ascii_case("now");
        let r = self.reference;
        let (start, last, end) = if is_now(i + 1) && to(i + 2) {
            let second = self.core(i + 3, true, None)?;
            // A date without a year lies ahead of "now".
            let second_value = match second.yearless {
                Some(y) => resolve_yearless(y, r, true)?,
                None => second.value,
            };
            let last = cal::last_day(&second_value);
            (r, last, second.end)
        } else {
            let first = self.core(i + 1, true, None)?;
            if !to(first.end) || !is_now(first.end + 1) {
                return None;
            }
            (first.value.start, r, first.end + 2)
        };
        if last < start {
            return None;
        }
        let mut value = cal::value(start, last.tomorrow().ok()?, Grain::Day);
        value.range = true;
        Some(Found::new(end, value).relative())
    }

    /// "the year to date", "year to date": January 1 through the
    /// reference.
    fn year_to_date(&self, i: usize) -> Option<Found> {
        let j = if self.is_kw(i, Kw::The) { i + 1 } else { i };
        if self.single_unit(j) != Some(Unit::Year)
            || !self.is_kw(j + 1, Kw::To)
            || !self.text(j + 2).eq_ignore_ascii_case("date")
        {
            return None;
        }
        let r = self.reference;
        let value = cal::value(
            cal::year(r.year())?.start,
            r.tomorrow().ok()?,
            Grain::PartOfYear,
        );
        Some(Found::new(j + 3, value).relative())
    }

    /// In the future tense and with no date before it in the sentence,
    /// days counted forward from the reference: "will leave in 3 weeks",
    /// "will be back two days later", "will leave 2 years 21 days later",
    /// "will be back the next day", "next day". In the past tense "in 3
    /// weeks" is as often a stretch ("rose 5% in 3 weeks"), and "two days
    /// later" or "the next day" count from a date the story told of.
    fn forward_day(&self, i: usize, anchor: Option<&DateValue>) -> Option<Found> {
        if anchor.is_some() || !self.ahead(i) {
            return None;
        }
        let r = self.reference;
        // "the next day", "next day".
        let j = if self.is_kw(i, Kw::The) { i + 1 } else { i };
        if matches!(self.kw(j), Some(Kw::Next | Kw::Following))
            && self.single_unit(j + 1) == Some(Unit::Day)
        {
            return Some(Found::new(j + 2, cal::day(r.tomorrow().ok()?)?).relative());
        }
        if let Some(found) = self.business_days_ahead(i) {
            return Some(found);
        }
        let (amounts, end) = if self.is_kw(i, Kw::In) {
            // "in 3 weeks" names a day; "in 3 years" a time of a year,
            // not a day.
            let (amounts, end) = self.amounts(i + 1)?;
            if amounts
                .iter()
                .any(|&(_, u)| !matches!(u, Unit::Day | Unit::Week))
            {
                return None;
            }
            (amounts, end)
        } else {
            let (amounts, end) = self.amounts(i)?;
            if !self.is_kw(end, Kw::Later) {
                return None;
            }
            (amounts, end + 1)
        };
        let mut date = r;
        for &(n, unit) in &amounts {
            date = add(date, n, unit)?;
        }
        Some(Found::new(end, cal::day(date)?).relative())
    }

    /// "in four business days", "in 2 working days" (called by
    /// [`Scanner::forward_day`], so in the future tense only): that many
    /// weekdays after the reference, Saturdays and Sundays skipped. No
    /// holiday calendar: which days are holidays depends on the country
    /// and the trade, which the text rarely says.
    fn business_days_ahead(&self, i: usize) -> Option<Found> {
        if !self.is_kw(i, Kw::In) {
            return None;
        }
        let n = self.count(i + 1)?;
        if !matches!(
            self.text(i + 2).to_ascii_lowercase().as_str(),
            "business" | "working"
        ) || !matches!(self.kw(i + 3), Some(Kw::Unit(Unit::Day)))
        {
            return None;
        }
        let mut date = self.reference;
        let mut left = n;
        while left > 0 {
            date = date.tomorrow().ok()?;
            if !matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday) {
                left -= 1;
            }
        }
        Some(Found::new(i + 4, cal::day(date)?).relative())
    }

    /// "two Sundays from now", "two Mondays later" (in the future tense
    /// with no date before it): the nth such weekday after the reference.
    fn weekdays_counted(&self, i: usize, anchor: Option<&DateValue>) -> Option<Found> {
        let n = self.count(i)?;
        let wd = weekday_plural(self.text(i + 1))?;
        let end = if self.text(i + 2).eq_ignore_ascii_case("from")
            && self.text(i + 3).eq_ignore_ascii_case("now")
        {
            i + 4
        } else if self.is_kw(i + 2, Kw::Later) && anchor.is_none() && self.ahead(i) {
            i + 3
        } else {
            return None;
        };
        let first = cal::weekday_ahead(wd, self.reference)?;
        let date = cal::add_days(first, 7 * (n - 1))?;
        Some(Found::new(end, cal::day(date)?).relative())
    }

    /// "November between 19 and 20", "June from 3 to 9": a month, then
    /// days of it.
    fn month_then_days(&self, i: usize) -> Option<Found> {
        let month = self.month(i, true)?;
        let k = month.end;
        if !matches!(self.kw(k), Some(Kw::Between | Kw::From)) {
            return None;
        }
        let (d1, _) = self.day_number(k + 1)?;
        let joined = match self.kw(k) {
            Some(Kw::Between) => self.is_kw(k + 2, Kw::And),
            _ => matches!(self.kw(k + 2), Some(Kw::To | Kw::Until | Kw::Through)),
        };
        if !joined {
            return None;
        }
        let (d2, _) = self.day_number(k + 3)?;
        // "in November between 19 and 20 percent": amounts.
        if !self.phrase_ends(k + 4) {
            return None;
        }
        let m = month.value.start;
        let start = Date::new(m.year(), m.month(), d1).ok()?;
        let last = Date::new(m.year(), m.month(), d2).ok()?;
        if last <= start {
            return None;
        }
        let mut value = cal::value(start, last.tomorrow().ok()?, Grain::Day);
        value.range = true;
        let found = Found::new(k + 4, value);
        Some(if month.relative {
            found.relative()
        } else {
            found
        })
    }

    /// "next week between Wednesday and Friday", "this week from Tue to
    /// Thur": days of a named week.
    fn weekdays_of_week(&self, i: usize) -> Option<Found> {
        let (delta, k) = self.this_last_next(i, Unit::Week)?;
        let weekday = |t: usize| match self.tok(t)?.lex {
            Lex::Weekday(wd) => Some(wd),
            _ => None,
        };
        let (first, last) = match self.kw(k)? {
            Kw::Between if self.is_kw(k + 2, Kw::And) => (weekday(k + 1)?, weekday(k + 3)?),
            Kw::From if matches!(self.kw(k + 2), Some(Kw::To | Kw::Until | Kw::Through)) => {
                (weekday(k + 1)?, weekday(k + 3)?)
            }
            _ => return None,
        };
        let monday = cal::week(cal::add_days(self.reference, 7 * i64::from(delta))?)?.start;
        let start = cal::add_days(monday, i64::from(first.to_monday_zero_offset()))?;
        let last = cal::add_days(monday, i64::from(last.to_monday_zero_offset()))?;
        if last <= start {
            return None;
        }
        let mut value = cal::value(start, last.tomorrow().ok()?, Grain::Day);
        value.range = true;
        Some(Found::new(k + 4, value).relative())
    }

    /// "the weekend after (the) next": two weekends on; "my weekend", "on
    /// weekend": read like "the weekend".
    fn weekend_more(&self, i: usize) -> Option<Found> {
        let r = self.reference;
        // Tried at every token: the calendar only once the words match.
        let this_saturday = || cal::add_days(cal::week(r)?.start, 5);
        let weekend = |start: Date| Some(cal::value(start, cal::add_days(start, 2)?, Grain::Week));
        if self.is_kw(i, Kw::The) && self.is_kw(i + 1, Kw::Weekend) && self.is_kw(i + 2, Kw::After)
        {
            let saturday = this_saturday()?;
            let end = self.after_next_end(i + 2)?;
            let value = weekend(cal::add_days(saturday, 14)?)?;
            return Some(Found::new(end, value).relative());
        }
        let on_bare = self.is_kw(i, Kw::Weekend) && i > 0 && self.is_kw(i - 1, Kw::On);
        let mine = ["my", "our"]
            .iter()
            .any(|w| self.text(i).eq_ignore_ascii_case(w))
            && self.is_kw(i + 1, Kw::Weekend);
        if !(on_bare || mine)
            || self
                .text(if mine { i + 1 } else { i })
                .ends_with(['s', 'S'])
        {
            return None;
        }
        let saturday = this_saturday()?;
        let start = if self.ahead(i) || saturday <= r {
            saturday
        } else {
            cal::add_days(saturday, -7)?
        };
        Some(Found::new(if mine { i + 2 } else { i + 1 }, weekend(start)?).relative())
    }
}

/// `d` moved by `n` units.
fn add(d: Date, n: i64, unit: Unit) -> Option<Date> {
    match unit {
        Unit::Day => cal::add_days(d, n),
        Unit::Week => cal::add_days(d, 7 * n),
        Unit::Month => cal::add_months(d, n),
        Unit::Year => cal::add_months(d, 12 * n),
        Unit::Decade => cal::add_months(d, 120 * n),
    }
}

fn grain(unit: Unit) -> Grain {
    match unit {
        Unit::Day => Grain::Day,
        Unit::Week => Grain::Week,
        Unit::Month => Grain::Month,
        Unit::Year => Grain::Year,
        Unit::Decade => Grain::Decade,
    }
}

/// The unit whose discriminant is `n` (finest first).
fn unit_of(n: u8) -> Unit {
    match n {
        0 => Unit::Day,
        1 => Unit::Week,
        2 => Unit::Month,
        3 => Unit::Year,
        _ => Unit::Decade,
    }
}

/// "year", "years", "days" glued to a count.
fn unit_word(w: &str) -> Option<Unit> {
    let w = w.to_ascii_lowercase();
    Some(match w.trim_end_matches('s') {
        "day" => Unit::Day,
        "week" => Unit::Week,
        "month" => Unit::Month,
        "year" => Unit::Year,
        _ => return None,
    })
}

/// "Sundays", "monday": a weekday name, plural or not (a count comes
/// before it: "two monday later" is written too).
fn weekday_plural(w: &str) -> Option<Weekday> {
    let lower = w.to_ascii_lowercase();
    let name = lower.strip_suffix('s').unwrap_or(&lower);
    if name.len() < 6 {
        return None;
    }
    match lex::calendar_name(name) {
        Some(Lex::Weekday(wd)) => Some(wd),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    //! A line per phrase; the reference is Monday 2025-11-24 unless a row
    //! names another.
    use crate::extract::date::dates;
    use crate::extract::date::tests::{d, one};
    use crate::extract::{Grain, Value};
    use Grain::{Day, Decade, Month, PartOfMonth, PartOfYear, Week, Year};

    const REF: &str = "2025-11-24";

    /// `text` states exactly one date, worded `span`, for `start..end`;
    /// `range` when it is a stretch between two stated days.
    #[track_caller]
    fn check(
        text: &str,
        reference: &str,
        span: &str,
        start: &str,
        end: &str,
        grain: Grain,
        range: bool,
    ) {
        let v = one(text, reference, span);
        assert_eq!(
            (v.start, v.end, v.grain, v.range),
            (d(start), d(end), grain, range),
            "{text:?}"
        );
    }

    /// `text` states no date counted from the reference (other dates may be
    /// found, but not `phrase`).
    #[track_caller]
    fn not_read(text: &str, phrase: &str) {
        let found = dates(text, d(REF));
        let hit = found
            .iter()
            .any(|e| text[e.span.start..e.span.end].contains(phrase));
        assert!(!hit, "{text:?} read {phrase:?}");
    }

    #[test]
    #[rustfmt::skip]
    fn stretches_back_and_ahead() {
        check("in the past three weeks", REF, "the past three weeks", "2025-11-03", "2025-11-24", Week, false);
        check("over the past year", REF, "the past year", "2024-11-24", "2025-11-24", Year, false);
        check("past few days", REF, "past few days", "2025-11-21", "2025-11-24", Day, false);
        check("the last 3 years", REF, "the last 3 years", "2022-11-24", "2025-11-24", Year, false);
        check("in the last 3year", REF, "the last 3year", "2022-11-24", "2025-11-24", Year, false);
        check("previous 3 weeks", REF, "previous 3 weeks", "2025-11-03", "2025-11-24", Week, false);
        check("over the next 3 months", REF, "the next 3 months", "2025-11-25", "2026-02-25", Month, false);
        check("next 2 days", REF, "next 2 days", "2025-11-25", "2025-11-27", Day, false);
        check("in the past 2 decades", REF, "the past 2 decades", "2000-01-01", "2020-01-01", Decade, false);
        check("the next decade", REF, "the next decade", "2030-01-01", "2040-01-01", Decade, false);
        check("will be back within 5 days", REF, "within 5 days", "2025-11-24", "2025-11-29", Day, false);
        check("within the next 3 years", REF, "within the next 3 years", "2025-11-24", "2028-11-24", Year, false);
        check("I will be back within 5 years 1 month 12 days", "2017-11-08", "within 5 years 1 month 12 days", "2017-11-08", "2022-12-20", Day, false);
        check("less than 2 weeks from today", REF, "less than 2 weeks from today", "2025-11-24", "2025-12-08", Week, false);
        check("less than 3 days after tomorrow", REF, "less than 3 days after tomorrow", "2025-11-25", "2025-11-28", Day, false);
        check("will happen 4 weeks in the future", REF, "4 weeks in the future", "2025-11-25", "2025-12-23", Week, false);
        check("2 days hence", REF, "2 days hence", "2025-11-25", "2025-11-27", Day, false);
        // Not counted from the reference.
        not_read("in his last two years in office", "last two years");
        not_read("the last two years of the war", "last two years");
        not_read("in 2019 he promised to build it over the next three years", "next three years");
        not_read("on May 4 he said he had slept little in the previous 3 days", "previous 3 days");
        // Two conventions of the main grammar that these stretches lean on.
        check("meets next Sunday", REF, "next Sunday", "2025-12-07", "2025-12-08", Day, false);
        check("later this week", REF, "later this week", "2025-11-24", "2025-12-01", Week, false);
        not_read("will come within 5 days of the attack", "within");
        not_read("police arrested him within two days", "within");
        not_read("less than 2 weeks", "less");
        not_read("the last day of the talks", "last day");
    }

    #[test]
    #[rustfmt::skip]
    fn counted_from_a_day() {
        check("for 3 days from today", REF, "for 3 days from today", "2025-11-24", "2025-11-27", Day, false);
        check("for 1 week, from Nov. 20", REF, "for 1 week, from Nov. 20", "2025-11-20", "2025-11-27", Week, false);
        check("for a week starting tomorrow", REF, "for a week starting tomorrow", "2025-11-25", "2025-12-02", Week, false);
        check("for 2 weeks starting May 20th", REF, "for 2 weeks starting May 20th", "2025-05-20", "2025-06-03", Week, false);
        check("3 days starting from next Monday", REF, "3 days starting from next Monday", "2025-12-01", "2025-12-04", Day, false);
        not_read("for 3 days", "for");
    }

    #[test]
    #[rustfmt::skip]
    fn named_stretches() {
        check("in the coming week", REF, "the coming week", "2025-12-01", "2025-12-08", Week, false);
        check("the upcoming month", REF, "the upcoming month", "2025-12-01", "2026-01-01", Month, false);
        check("the current year", REF, "the current year", "2025-01-01", "2026-01-01", Year, false);
        check("the rest of my week", REF, "rest of my week", "2025-11-24", "2025-12-01", Week, true);
        check("rest of current week", REF, "rest of current week", "2025-11-24", "2025-12-01", Week, true);
        check("rest of the month", REF, "rest of the month", "2025-11-24", "2025-12-01", PartOfMonth, true);
        check("down 20% in the year to date", REF, "the year to date", "2025-01-01", "2025-11-25", PartOfYear, false);
        check("between now and Dec. 15", REF, "between now and Dec. 15", "2025-11-24", "2025-12-16", Day, true);
        check("between Jan. 22 and now", REF, "between Jan. 22 and now", "2025-01-22", "2025-11-25", Day, true);
        check("the weekend after the next", REF, "the weekend after the next", "2025-12-13", "2025-12-15", Week, false);
        check("will be out on weekend", REF, "weekend", "2025-11-29", "2025-12-01", Week, false);
        check("next week between Wednesday and Friday", REF, "next week between Wednesday and Friday", "2025-12-03", "2025-12-06", Day, true);
        check("this week from Tue to Thur", REF, "this week from Tue to Thur", "2025-11-25", "2025-11-28", Day, true);
        check("November between 19 and 20", REF, "November between 19 and 20", "2025-11-19", "2025-11-21", Day, true);
        check("out 4 to 23 next month", REF, "4 to 23 next month", "2025-12-04", "2025-12-24", Day, true);
        check("Jan. 12, 2016 - 01/22/2016", REF, "Jan. 12, 2016 - 01/22/2016", "2016-01-12", "2016-01-23", Day, true);
        not_read("they rest the week", "rest");
        not_read("players will rest this week before the final", "rest");
        not_read("the coming weeks", "coming");
        not_read("in November between 19 and 20 percent", "between");
        let more = dates("finished more than 2 weeks before today", d(REF));
        let Value::Date(v) = more[0].value else { panic!() };
        assert_eq!((v.start, v.modifier), (d("2025-11-10"), Some(crate::extract::DateMod::Before)));
        check("by mid summer?", REF, "mid summer", "2025-07-01", "2025-08-01", PartOfYear, false);
        check("in late-winter", REF, "late-winter", "2025-02-01", "2025-03-01", PartOfYear, false);
        not_read("an early spring cleaning", "spring");
    }

    #[test]
    #[rustfmt::skip]
    fn days_ahead_in_the_future_tense() {
        check("I will leave in 3 weeks", REF, "in 3 weeks", "2025-12-15", "2025-12-16", Day, false);
        check("she will be back two days later", REF, "two days later", "2025-11-26", "2025-11-27", Day, false);
        check("I will leave 2 years 21 days later", "2017-11-23", "2 years 21 days later", "2019-12-14", "2019-12-15", Day, false);
        check("I'll go back the next day", REF, "the next day", "2025-11-25", "2025-11-26", Day, false);
        check("I'll go back the day after tmrw", REF, "the day after tmrw", "2025-11-26", "2025-11-27", Day, false);
        check("available two Sundays from now?", REF, "two Sundays from now", "2025-12-07", "2025-12-08", Day, false);
        // 2025-11-24 is a Monday; 2018-08-21 a Tuesday.
        check("it will close in four business days", "2018-08-21", "in four business days", "2018-08-27", "2018-08-28", Day, false);
        check("the court will rule in 5 working days.", REF, "in 5 working days", "2025-12-01", "2025-12-02", Day, false);
        check("will reply in one business day", "2025-11-28", "in one business day", "2025-12-01", "2025-12-02", Day, false);
        // A request asks for what is still to come.
        check("Please set up a call sometime in four business days.", "2018-08-21", "in four business days", "2018-08-27", "2018-08-28", Day, false);
        not_read("the deal closed in four business days", "business");
        not_read("it will take a business day", "business");
        not_read("prices rose 5% in 3 weeks", "in 3 weeks");
        not_read("it will be done in 3 years", "in 3 years");
        not_read("two days later, he resigned", "later");
        not_read("the next day, he resigned", "next day");
    }
}
