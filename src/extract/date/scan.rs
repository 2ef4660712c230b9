//! The date grammar: a recursive-descent matcher over the tokens of one
//! sentence. Every rule starts at a token and returns how far it reached;
//! the scanner keeps the longest match at the leftmost position.

use super::super::{DateMod, DateValue, Grain, Span};
use super::cal;
use super::lex::{tokenize, Kw, Lex, MonthForm, Tok, Unit};
use super::tense::{clauses, Clauses};
use jiff::civil::Date;

/// The longest of the matches, the first on a tie. A rule's `None` is
/// passed over and only a longer match is moved: folding the rules'
/// results two at a time copied each of them, mostly nothing, at the whole
/// size of a match, for every rule at every token.
macro_rules! longest {
    ($first:expr $(, $rest:expr)* $(,)?) => {{
        let mut best: Option<$crate::extract::date::scan::Found> = $first;
        $($crate::extract::date::scan::keep_longer(&mut best, $rest);)*
        best
    }};
}

mod absolute;
// Stretches counted from the reference: "the past three weeks", "within 5
// days". A child module, so it reads the tokens with the scanner's helpers.
#[path = "relative.rs"]
mod relative;

/// Where each piece of a date sits in the text, so `restyle` can rewrite
/// one piece and keep the rest of the wording.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Parts {
    /// The month name, with its dot when one follows ("Sept.").
    pub month: Option<(Span, MonthForm, bool)>,
    /// The day of the month; `true` when written as an ordinal ("25th").
    pub day: Option<(Span, bool)>,
    pub weekday: Option<Span>,
    /// Years as written, with their digit count ("2008–11": 4 then 2).
    pub years: [Option<(Span, u8)>; 2],
    /// "early ", "mid-", "the end of ": up to the word it qualifies.
    pub part: Option<(Span, DateMod)>,
    /// "last year", "this month", "yesterday": the whole relative phrase.
    pub rel: Option<(Span, Unit)>,
}

/// A date that depends on the reference only through its missing year;
/// ranges resolve their first end against the second.
#[derive(Clone, Copy, Debug)]
pub(super) enum Yearless {
    Day(i8, i8),
    Month(i8, Option<DateMod>),
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Found {
    /// Index of the first token after the match.
    pub end: usize,
    pub value: DateValue,
    pub parts: Parts,
    /// The value depends on the reference date or an earlier date in the text.
    pub relative: bool,
    pub yearless: Option<Yearless>,
    /// A day the month does not have ("Feb. 30", "Feb. 29, 2019", "the
    /// fifth Sunday" of a month with four): a date is stated, but no real
    /// day. `value` is then the month it would have fallen in, which only
    /// keeps the span comparable with other readings.
    pub no_such_day: bool,
}

impl Found {
    fn new(end: usize, value: DateValue) -> Found {
        Found {
            end,
            value,
            parts: Parts::default(),
            relative: false,
            yearless: None,
            no_such_day: false,
        }
    }

    /// A day missing from `month`: see [`Found::no_such_day`].
    fn no_such_day(end: usize, month: DateValue) -> Found {
        Found {
            no_such_day: true,
            ..Found::new(end, month)
        }
    }

    fn relative(mut self) -> Found {
        self.relative = true;
        self
    }
}

/// A year as the object of a part or quarter: "2024" or "last year".
struct YearIsh {
    year: i16,
    /// Index of the first token after it.
    next: usize,
    written: Option<(Span, u8)>,
    rel: Option<(Span, Unit)>,
}

pub(super) struct Hit {
    pub span: Span,
    pub found: Found,
}

pub(super) struct Scanner<'t> {
    text: &'t str,
    toks: Vec<Tok>,
    reference: Date,
    /// Claims spell dates out; any year from 1000 to 2999 counts there.
    lenient_years: bool,
    /// Sentences and future-tense stretches, per token.
    clauses: Clauses,
}

/// Makes `candidate` the best match when it is longer (see [`longest!`]).
fn keep_longer(best: &mut Option<Found>, candidate: Option<Found>) {
    if let Some(candidate) = candidate {
        if best.as_ref().is_none_or(|best| candidate.end > best.end) {
            *best = Some(candidate);
        }
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’' || c == '‘'
}

/// Numbers joined by a slash that name something rather than a day: "24/7"
/// (around the clock) and "9/11" (the 2001 attacks, never a September 11
/// of the story's year).
const SLASH_IDIOMS: &[(u32, u32)] = &[(24, 7), (9, 11)];

/// Words ending in "s" that follow a year without making it a count.
const NOT_PLURAL: &[&str] = &[
    "was",
    "has",
    "is",
    "as",
    "its",
    "this",
    "his",
    "does",
    "says",
    "sees",
    "marks",
    "brings",
    "begins",
    "ends",
    "remains",
    "means",
    "looks",
    "promises",
    "represents",
    "starts",
    "makes",
    "becomes",
    "proves",
    "goes",
    "comes",
    "plus",
    "versus",
    "minus",
    "across",
    "towards",
];

impl<'t> Scanner<'t> {
    pub fn new(text: &'t str, reference: Date, lenient_years: bool) -> Scanner<'t> {
        let toks = tokenize(text);
        let clauses = clauses(text, &toks);
        Scanner {
            text,
            toks,
            reference,
            lenient_years,
            clauses,
        }
    }

    pub fn scan(&self) -> Vec<Hit> {
        let mut hits = Vec::new();
        // The last date found, and its sentence: anaphora count from it
        // only within that sentence.
        let mut anchor: Option<(DateValue, u32)> = None;
        let mut i = 0;
        while i < self.toks.len() {
            let sentence = self.clauses.sentence[i];
            let here = anchor
                .as_ref()
                .filter(|(_, s)| *s == sentence)
                .map(|(v, _)| v);
            match self.top(i, here) {
                Some(found) => {
                    // A day that does not exist is nothing to count from.
                    if !found.no_such_day {
                        anchor = Some((found.value, sentence));
                    }
                    hits.push(Hit {
                        span: self.span(i, found.end),
                        found,
                    });
                    i = found.end;
                }
                None => i += 1,
            }
        }
        hits
    }

    // ---- token helpers ----

    /// A future-tense cue comes before token `i` in its clause.
    fn ahead(&self, i: usize) -> bool {
        self.clauses.future.get(i).copied().unwrap_or(false)
    }

    /// A phrase that ends at token `i`: the text or a punctuation mark.
    fn phrase_ends(&self, i: usize) -> bool {
        self.tok(i)
            .is_none_or(|t| matches!(t.lex, Lex::Punct(c) if !is_apostrophe(c)))
    }

    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    fn kw(&self, i: usize) -> Option<Kw> {
        self.tok(i).and_then(Tok::kw)
    }

    fn is_kw(&self, i: usize, k: Kw) -> bool {
        self.kw(i) == Some(k)
    }

    /// Token `i` is the punctuation `c` written straight after the previous token.
    fn glued_punct(&self, i: usize, c: char) -> bool {
        self.tok(i)
            .is_some_and(|t| !t.space_before && t.is_punct(c))
    }

    fn glued_num(&self, i: usize) -> Option<(u32, u8)> {
        self.tok(i).filter(|t| !t.space_before).and_then(Tok::num)
    }

    fn text(&self, i: usize) -> &'t str {
        self.tok(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// Bytes of tokens `a..b`.
    fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].start, self.toks[b - 1].end)
    }

    /// From the start of token `a` to the start of token `b`: a prefix
    /// together with the space or hyphen after it.
    fn lead(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].start, self.toks[b].start)
    }

    /// A capitalized word that is not a calendar word: a name such as
    /// "Theresa" or "Black" that makes the next word part of a name.
    fn is_name(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.upper && t.is_plain_word())
    }

    /// The word before `i` introduces a date: "in June", "since May".
    fn cued(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1) else {
            return false;
        };
        matches!(
            self.kw(prev),
            Some(
                Kw::In
                    | Kw::On
                    | Kw::By
                    | Kw::During
                    | Kw::Around
                    | Kw::From
                    | Kw::To
                    | Kw::Through
                    | Kw::Until
                    | Kw::Between
                    | Kw::Before
                    | Kw::After
                    | Kw::Since
                    | Kw::Of
                    | Kw::Early
                    | Kw::Mid
                    | Kw::Late
                    | Kw::Last
                    | Kw::This
                    | Kw::Next
            )
        )
    }

    /// The word before `i` makes a number there a year: "in 1066", "since
    /// 1948". Narrower than [`Scanner::cued`]: "to", "of", "from" and
    /// "around" come before amounts as often as before years.
    fn year_cued(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1) else {
            return false;
        };
        matches!(
            self.kw(prev),
            Some(
                Kw::In
                    | Kw::During
                    | Kw::Since
                    | Kw::Until
                    | Kw::Before
                    | Kw::After
                    | Kw::By
                    | Kw::Through
                    | Kw::Early
                    | Kw::Mid
                    | Kw::Late
            )
        )
    }

    // ---- rules ----

    fn top(&self, i: usize, anchor: Option<&DateValue>) -> Option<Found> {
        // No date starts at a punctuation mark: the rules are pure, so the
        // mark is passed over before any of them runs.
        if matches!(self.toks[i].lex, Lex::Punct(c) if !is_apostrophe(c)) {
            return None;
        }
        // Nor at most plain words: a rule reads a plain word at its first
        // token only by its spelling (see [`may_open_date`]), and trying
        // every rule at every word was most of the scanner's time.
        if self.toks[i].lex == Lex::Word && !may_open_date(self.text(i)) {
            debug_assert!(
                self.period(i, anchor).is_none()
                    && self.spelled_day(i, false).is_none()
                    && self.absolute(i).is_none(),
                "a date opens at {:?}, which may_open_date passes over",
                self.text(i)
            );
            return None;
        }
        let period = self.period(i, anchor);
        if self.toks[i].lex == Lex::Word
            && self.spelled_day(i, false).is_none()
            && self.absolute(i).is_none()
        {
            return period;
        }
        let here = self.core(i, self.cued(i), anchor);
        // Without an anchor, a range with no leading word opens with the
        // very date read here: read once.
        let opening = anchor.is_none().then_some(here);
        longest![
            self.range(i, opening),
            self.modified(i, anchor),
            self.day_span(i),
            here,
            period,
        ]
    }

    /// One date, without a leading modifier or range.
    fn core(&self, i: usize, cued: bool, anchor: Option<&DateValue>) -> Option<Found> {
        let t = self.tok(i)?;
        let found = match t.lex {
            Lex::Word => self.day(i),
            Lex::Punct(c) if !is_apostrophe(c) => None,
            Lex::Weekday(_) => self.weekday(i),
            Lex::Month(..) => longest![self.day(i), self.month(i, cued)],
            Lex::Num { .. } => {
                longest![
                    self.day(i),
                    self.year(i),
                    self.numeric_month(i),
                    self.counted_from(i),
                    self.year_quarter(i),
                    self.decade(i),
                    self.ago(i),
                    self.anaphor(i, anchor),
                ]
            }
            Lex::Ordinal(_) => longest![self.day(i), self.century(i)],
            Lex::Quarter(_) => self.quarter(i),
            Lex::Decade { .. } | Lex::Punct(_) => self.decade(i),
            Lex::Kw(Kw::The) => {
                longest![
                    self.day(i),
                    self.decade(i),
                    self.relative(i),
                    self.part(i),
                    self.quarter(i),
                    self.week_of(i),
                    self.nth_weekday(i),
                    self.season(i),
                    self.weekend(i),
                    self.week_of_day(i),
                    self.century(i),
                    self.after_next(i),
                    self.anaphor(i, anchor),
                ]
            }
            Lex::Kw(Kw::Early | Kw::Mid | Kw::Late) => longest![self.part(i), self.decade(i)],
            Lex::Kw(Kw::End | Kw::Beginning | Kw::Start | Kw::Middle) => self.part(i),
            Lex::Kw(Kw::Nth(_)) => {
                longest![self.day(i), self.week_of(i), self.nth_weekday(i),]
            }
            Lex::Kw(_) => {
                longest![
                    self.relative(i),
                    self.ago(i),
                    self.season(i),
                    self.weekend(i),
                    self.rest_of(i),
                    self.week_of(i),
                    self.counted_from(i),
                    self.nth_weekday(i),
                    self.anaphor(i, anchor),
                ]
            }
        };
        longest![found, self.absolute(i)]
    }

    /// "before 2020", "since May", "until early June", "prior to 2019".
    fn modified(&self, i: usize, anchor: Option<&DateValue>) -> Option<Found> {
        let (modifier, j) = match self.kw(i)? {
            Kw::Before => (DateMod::Before, i + 1),
            Kw::After => (DateMod::After, i + 1),
            Kw::Since => (DateMod::Since, i + 1),
            Kw::Until => (DateMod::Until, i + 1),
            Kw::Prior if self.is_kw(i + 1, Kw::To) => (DateMod::Before, i + 2),
            _ => return None,
        };
        let mut found = self.core(j, true, anchor)?;
        found.value.modifier = Some(modifier);
        found.yearless = None;
        Some(found)
    }

    /// "from 2008 to 2011", "between June and August", "2008 to 2011".
    /// `opening` is, when known, what [`Scanner::core`] reads at `i` as
    /// cued by the word before and with no anchor.
    fn range(&self, i: usize, opening: Option<Option<Found>>) -> Option<Found> {
        let (j, lead) = match self.kw(i) {
            Some(Kw::From) => (i + 1, Some(Kw::From)),
            Some(Kw::Between) => (i + 1, Some(Kw::Between)),
            _ => (i, None),
        };
        let first = match (lead, opening) {
            (None, Some(opening)) => opening,
            _ => self.core(j, lead.is_some() || self.cued(i), None),
        }?;
        let c = first.end;
        if first.no_such_day {
            return None;
        }
        let connects = match (lead, self.tok(c)?.lex) {
            (Some(Kw::Between), Lex::Kw(Kw::And)) => true,
            (Some(Kw::Between), _) => false,
            (_, Lex::Kw(Kw::To | Kw::Through | Kw::Until)) => true,
            (_, Lex::Punct('-' | '–' | '—')) => true,
            _ => false,
        };
        if !connects {
            return None;
        }
        let second = self.core(c + 1, true, None).filter(|f| !f.no_such_day)?;
        let last = second.value;
        let start = match first.yearless {
            Some(y) => resolve_yearless(y, cal::last_day(&last), false)?,
            None => first.value,
        };
        let both_years = start.grain == Grain::Year && last.grain == Grain::Year;
        // "Oct. 2 to Oct. 22": two days, each with its month.
        let named_days = [&first, &second]
            .iter()
            .all(|f| f.value.grain == Grain::Day && f.parts.month.is_some() && !f.value.range);
        // "Jan. 12, 2016 - 01/22/2016": two days, each with its year.
        let dated_days = [&first, &second]
            .iter()
            .all(|f| f.value.grain == Grain::Day && !f.value.range && !f.relative);
        let absolute = !first.relative && !second.relative;
        let stated = both_years && absolute || named_days || dated_days;
        if lead.is_none() && !stated {
            return None;
        }
        if both_years && last.start.year() - start.start.year() > 100 {
            return None;
        }
        if start.start > last.start || start.end > last.end || start == last {
            return None;
        }
        let value = DateValue {
            start: start.start,
            end: last.end,
            grain: start.grain.max(last.grain),
            modifier: None,
            range: true,
        };
        let mut found = Found::new(second.end, value);
        found.parts = first.parts;
        found.parts.years[1] = second.parts.years[0];
        found.relative = first.relative || second.relative;
        Some(found)
    }

    /// Days of one month whose first names only the day: "from 4 to 22
    /// January, 1995", "between 3 and 12 of Sept", "4-22 January", "from 4
    /// to January 22", "from 4 to 22 this month". Without "from" or
    /// "between", only with a dash or a month name right after.
    fn day_span(&self, i: usize) -> Option<Found> {
        let (j, lead) = match self.kw(i) {
            Some(k @ (Kw::From | Kw::Between)) => (i + 1, Some(k)),
            _ => (i, None),
        };
        let (d1, _) = self.day_number(j)?;
        let c = j + 1;
        let dash = self.glued_punct(c, '-') || self.glued_punct(c, '–');
        let connects = match (lead, self.tok(c)?.lex) {
            (Some(Kw::Between), Lex::Kw(Kw::And)) => true,
            (_, Lex::Kw(Kw::To | Kw::Through | Kw::Until)) => {
                lead.is_some() || self.relative_month_after(c + 2).is_some()
            }
            _ => dash,
        };
        if !connects {
            return None;
        }
        // "from 4 to January 22, 1995".
        if let Some(second) = self.month_day(c + 1).filter(|_| lead.is_some() && !dash) {
            if second.value.range {
                return None;
            }
            let end = second.value;
            let start = Date::new(end.start.year(), end.start.month(), d1).ok()?;
            return self.day_span_found(start, end.start, second.end, second.relative);
        }
        let (d2, _) = self.day_number(c + 1)?;
        let mut k = c + 2;
        let of_in = matches!(self.kw(k), Some(Kw::Of | Kw::In));
        if of_in {
            k += 1;
        }
        let (month, end, relative) = if let Some(m) = self.month(k, true) {
            if self.is_kw(k - 1, Kw::In) {
                return None;
            }
            let v = match m.yearless {
                Some(y) => resolve_yearless(y, self.reference, self.ahead(i))?,
                None => m.value,
            };
            (v.start, m.end, m.relative)
        } else if lead.is_some() || !dash {
            let (delta, next) = self.this_last_next_or_previous(k, Unit::Month)?;
            (
                cal::add_months(self.reference.first_of_month(), i64::from(delta))?,
                next,
                true,
            )
        } else {
            return None;
        };
        let start = Date::new(month.year(), month.month(), d1).ok()?;
        let last = Date::new(month.year(), month.month(), d2).ok()?;
        self.day_span_found(start, last, end, relative)
    }

    fn day_span_found(&self, start: Date, last: Date, end: usize, relative: bool) -> Option<Found> {
        if last <= start {
            return None;
        }
        let mut value = cal::value(start, last.tomorrow().ok()?, Grain::Day);
        value.range = true;
        let found = Found::new(end, value);
        Some(if relative { found.relative() } else { found })
    }

    /// A month name with the dot that may follow an abbreviation.
    fn month_name(&self, i: usize) -> Option<(i8, usize, (Span, MonthForm, bool))> {
        let Lex::Month(m, form) = self.tok(i)?.lex else {
            return None;
        };
        let dotted = form != MonthForm::Full && self.glued_punct(i + 1, '.');
        let j = if dotted { i + 2 } else { i + 1 };
        Some((m, j, (self.span(i, j), form, dotted)))
    }

    /// A day of the month, 1 to 31, as digits or an ordinal, that is not the
    /// start of a time, decimal, or larger number ("5:30", "25.5", "5,000").
    fn day_number(&self, i: usize) -> Option<(i8, bool)> {
        let t = self.tok(i)?;
        let (value, ordinal) = match t.lex {
            Lex::Num { value, digits } if digits <= 2 => (value, false),
            Lex::Ordinal(value) => (value, true),
            _ => return None,
        };
        if !(1..=31).contains(&value) {
            return None;
        }
        // "6,107.31 August": the tail of a larger number.
        if i >= 2 && !t.space_before && !self.toks[i - 1].space_before {
            if let Lex::Punct('.' | ',') = self.toks[i - 1].lex {
                if self.toks[i - 2].num().is_some() {
                    return None;
                }
            }
        }
        let after = self.tok(i + 1).filter(|n| !n.space_before);
        if let Some(Lex::Punct(c)) = after.map(|n| n.lex) {
            if c == ':' || c == '%' || c == '/' {
                return None;
            }
            if (c == '.' || c == ',') && self.glued_num(i + 2).is_some() {
                return None;
            }
        }
        Some((i8::try_from(value).ok()?, ordinal))
    }

    /// An explicit year after a month or day: ", 2025" or " 2025".
    fn trailing_year(&self, i: usize) -> Option<(i16, usize, Span)> {
        let j = if self.tok(i)?.is_punct(',') { i + 1 } else { i };
        let (y, next) = self.year_at(j)?;
        Some((y, next, self.span(j, next)))
    }

    /// Days: "Sept. 25", "September 25, 2025", "25 September", "the 25th of
    /// September", "2025-09-25", "9/25/2025", "Sept. 1-5", "the 21st".
    fn day(&self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        match t.lex {
            Lex::Month(..) => self.month_day(i),
            Lex::Num { digits: 4, .. } => longest![self.iso_day(i), self.numeric_day(i)],
            Lex::Num { .. } => {
                longest![self.numeric_day(i), self.day_month(i), self.bare_day(i),]
            }
            Lex::Ordinal(_) | Lex::Kw(Kw::The) | Lex::Kw(Kw::Nth(_)) | Lex::Word => {
                longest![self.day_month(i), self.bare_day(i)]
            }
            _ => None,
        }
    }

    /// A day of the month as digits, an ordinal or spelled out ("first",
    /// "twenty-second"; with `cardinal` also "fifteen", "twenty one"), and
    /// the token after it.
    fn day_at(&self, i: usize, cardinal: bool) -> Option<(i8, bool, usize)> {
        if let Some((d, ordinal)) = self.day_number(i) {
            return Some((d, ordinal, i + 1));
        }
        let (d, next) = self.spelled_day(i, cardinal)?;
        Some((d, true, next))
    }

    /// "first" .. "thirty-first"; with `cardinal`, "thirteen" .. "thirty
    /// one" too (smaller spelled numbers after a month are too often
    /// counts: "May one day").
    fn spelled_day(&self, i: usize, cardinal: bool) -> Option<(i8, usize)> {
        // The rule is tried at every word of the text: lowercased on the
        // stack, not in a new String each time.
        let mut buf = [0u8; SPELLED_MAX];
        let w = lower_short(self.text(i), &mut buf)?;
        let tens = match w {
            "twenty" => Some(20),
            "thirty" => Some(30),
            _ => None,
        };
        if let Some(tens) = tens {
            let j = if self.glued_punct(i + 1, '-') {
                i + 2
            } else {
                i + 1
            };
            let mut buf = [0u8; SPELLED_MAX];
            let u = lower_short(self.text(j), &mut buf).and_then(|unit| {
                spelled_ordinal(unit).or_else(|| cardinal.then(|| spelled_cardinal(unit)).flatten())
            });
            if let Some(u) = u.filter(|u| (1..=9).contains(u) && tens + u <= 31) {
                return Some((tens + u, j + 1));
            }
            return cardinal.then_some((tens, i + 1));
        }
        let d = spelled_ordinal(w).or_else(|| {
            cardinal
                .then(|| spelled_cardinal(w).filter(|&n| n >= 13))
                .flatten()
        })?;
        Some((d, i + 1))
    }

    fn month_day(&self, i: usize) -> Option<Found> {
        let (m, mut j, month) = self.month_name(i)?;
        let lower = !self.tok(i)?.upper;
        // "Oct-2", "Oct/2"; "May the 11th"; "October, 1st".
        if (self.glued_punct(j, '-') || self.glued_punct(j, '/')) && self.glued_num(j + 1).is_some()
        {
            j += 1;
        } else if self.is_kw(j, Kw::The) {
            j += 1;
            let (_, ordinal, _) = self.day_at(j, true)?;
            if !ordinal && self.spelled_day(j, true).is_none() {
                return None;
            }
        } else if self.tok(j)?.is_punct(',') && matches!(self.tok(j + 1)?.lex, Lex::Ordinal(_)) {
            j += 1;
        }
        let (d, ordinal, after) = self.day_at(j, true)?;
        // "it may 5 …" is no date; "may 5, 2020" and "may 5." are.
        if lower
            && matches!(m, 3 | 5)
            && self
                .tok(after)
                .is_some_and(|t| matches!(t.lex, Lex::Word | Lex::Kw(Kw::Measure)))
        {
            return None;
        }
        let mut parts = Parts {
            month: Some(month),
            day: Some((self.span(j, after), ordinal)),
            ..Parts::default()
        };
        let mut k = after;
        // "Sept. 1-5": a stretch of days in one month.
        let mut last = d;
        if self.glued_punct(k, '-') || self.glued_punct(k, '–') {
            if let Some((d2, _)) = self.glued_num(k + 1).and(self.day_number(k + 1)) {
                if d2 > d {
                    last = d2;
                    k += 2;
                }
            }
        }
        let year = self.trailing_year(k);
        let (mut found, yearless) = match year {
            Some((y, next, span)) => {
                parts.years[0] = Some((span, 4));
                k = next;
                (dated_day(k, y, m, d)?, None)
            }
            // "January 25 last year": the year given relative to now.
            None if self.this_last_next(k, Unit::Year).is_some() => {
                let (delta, next) = self.this_last_next(k, Unit::Year)?;
                parts.rel = Some((self.span(k, next), Unit::Year));
                k = next;
                let y = self.reference.year() + delta;
                (dated_day(k, y, m, d)?.relative(), None)
            }
            None => match resolve_yearless(Yearless::Day(m, d), self.reference, self.ahead(i)) {
                Some(v) => (Found::new(k, v).relative(), Some(Yearless::Day(m, d))),
                None => (self.yearless_no_such_day(k, m, i)?, None),
            },
        };
        if found.no_such_day && last != d {
            return None;
        }
        if last != d {
            let end = cal::add_days(found.value.start, i64::from(last - d))?;
            found.value.end = end.tomorrow().ok()?;
            found.value.range = true;
        } else {
            found.yearless = yearless;
        }
        found.parts = parts;
        Some(found)
    }

    /// "25 September 2025", "25th September", "the 25th of September",
    /// "second of August", "1-Jan".
    fn day_month(&self, i: usize) -> Option<Found> {
        let the = self.is_kw(i, Kw::The);
        let j = if the { i + 1 } else { i };
        let (d, ordinal, after) = self.day_at(j, false)?;
        let spelled = after > j + 1
            || self.tok(j)?.num().is_none() && !matches!(self.tok(j)?.lex, Lex::Ordinal(_));
        let of = self.is_kw(after, Kw::Of);
        let dash = !of
            && self.glued_punct(after, '-')
            && self.tok(after + 1).is_some_and(|t| !t.space_before);
        if (the || spelled) && !of {
            return None;
        }
        let at = if of || dash { after + 1 } else { after };
        let (m, mut k, month) = self.month_name(at)?;
        // "15 may die"; "the fourth of may" and "15 may 2020" are dates.
        let weak = !self.tok(at)?.upper && matches!(m, 3 | 5);
        let mut parts = Parts {
            month: Some(month),
            day: Some((self.span(j, after), ordinal)),
            ..Parts::default()
        };
        let mut found = match self.trailing_year(k) {
            Some((y, next, span)) => {
                parts.years[0] = Some((span, 4));
                k = next;
                dated_day(k, y, m, d)?
            }
            // "25 January last year": the year given relative to now.
            None if self.this_last_next(k, Unit::Year).is_some() => {
                let (delta, next) = self.this_last_next(k, Unit::Year)?;
                parts.rel = Some((self.span(k, next), Unit::Year));
                k = next;
                dated_day(k, self.reference.year() + delta, m, d)?.relative()
            }
            None => {
                if weak && !(of && ordinal) {
                    return None;
                }
                let Some(v) = resolve_yearless(Yearless::Day(m, d), self.reference, self.ahead(i))
                else {
                    let mut f = self.yearless_no_such_day(k, m, i)?;
                    f.parts = parts;
                    return Some(f);
                };
                let mut f = Found::new(k, v);
                f.yearless = Some(Yearless::Day(m, d));
                f.relative()
            }
        };
        found.parts = parts;
        Some(found)
    }

    /// A day of the month alone: "the 21st", "on the 3rd", "on 22nd", "the
    /// 20th of next month"; resolved in the reference's month or the one
    /// before (after, in the future tense). Only after a preposition, and
    /// only where the phrase ends, so "the 21st century" and "the 3rd
    /// Battalion" are not days.
    fn bare_day(&self, i: usize) -> Option<Found> {
        let the = self.is_kw(i, Kw::The);
        let j = if the { i + 1 } else { i };
        let prep = |k: usize| {
            k.checked_sub(1).is_some_and(|p| {
                matches!(
                    self.kw(p),
                    Some(
                        Kw::On
                            | Kw::By
                            | Kw::Until
                            | Kw::Since
                            | Kw::From
                            | Kw::Through
                            | Kw::Before
                            | Kw::After
                            | Kw::To
                            | Kw::Between
                            | Kw::And
                    )
                ) || self.text(p).eq_ignore_ascii_case("for")
            })
        };
        let (d, ordinal, after) = self.day_at(j, false)?;
        // "the 9th of next month", wherever it stands.
        if ordinal && self.is_kw(after, Kw::Of) {
            let (delta, next) = self.this_last_next_or_previous(after + 1, Unit::Month)?;
            let m = cal::add_months(self.reference, i64::from(delta))?;
            return Some(dated_day(next, m.year(), m.month(), d)?.relative());
        }
        if !prep(i) {
            return None;
        }
        let digits = matches!(self.tok(j)?.lex, Lex::Ordinal(_) | Lex::Num { .. });
        // "twenty-second" is a day wherever the phrase ends; "second" only
        // after "on" ("on the second", not "for the second").
        let compound = !digits && after > j + 1;
        if !the && !compound && (!ordinal || !digits) {
            return None;
        }
        if !digits && !compound && !self.is_kw(i - 1, Kw::On) {
            return None;
        }
        if compound && !self.phrase_ends(after) {
            return None;
        }
        let ends = self.phrase_ends(after)
            || matches!(
                self.kw(after),
                Some(Kw::And | Kw::To | Kw::Through | Kw::Until)
            );
        if !ends || !ordinal && !self.phrase_ends(after) {
            return None;
        }
        let date = cal::day_of_month(d, self.reference, self.ahead(i))?;
        Some(Found::new(after, cal::day(date)?).relative())
    }

    /// "the first week of May", "the last week of 2015", "the third week
    /// of this month": weeks run Monday to Sunday and belong to the month
    /// or year that holds their Thursday, as ISO 8601 weeks do.
    fn week_of(&self, i: usize) -> Option<Found> {
        let j = if self.is_kw(i, Kw::The) { i + 1 } else { i };
        let nth = match self.kw(j)? {
            Kw::Nth(n) => i64::from(n),
            Kw::Last => 0,
            _ => return None,
        };
        if self.single_unit(j + 1) != Some(Unit::Week)
            || !matches!(self.kw(j + 2), Some(Kw::Of | Kw::In))
        {
            return None;
        }
        let k = j + 3;
        let (period, next, relative) = if let Some(m) = self.month(k, true) {
            (m.value, m.end, m.relative)
        } else if let Some((delta, next)) = self.this_last_next_or_previous(k, Unit::Month) {
            (
                cal::month_of(cal::add_months(self.reference, i64::from(delta))?)?,
                next,
                true,
            )
        } else {
            let y = self.year_ish(k)?;
            (cal::year(y.year)?, y.next, y.rel.is_some())
        };
        let monday = if nth == 0 {
            let last = cal::last_day(&period);
            let thursday = cal::weekday_back(jiff::civil::Weekday::Thursday, last, false)?;
            cal::add_days(thursday, -3)?
        } else {
            let thursday = cal::weekday_from(jiff::civil::Weekday::Thursday, period.start)?;
            cal::add_days(thursday, 7 * (nth - 1) - 3)?
        };
        let found = Found::new(next, cal::week(monday)?);
        Some(if relative { found.relative() } else { found })
    }

    /// Months written with numbers: "2016-11", "2016/11", "11/2016",
    /// "3-2015". "2008-09" stays a stretch of two years.
    fn numeric_month(&self, i: usize) -> Option<Found> {
        let (a, ad) = self.tok(i)?.num()?;
        if i > 0 && !self.toks[i].space_before && matches!(self.toks[i - 1].lex, Lex::Punct(_)) {
            return None;
        }
        let sep = match self.tok(i + 1).filter(|t| !t.space_before)?.lex {
            Lex::Punct(c @ ('/' | '-')) => c,
            _ => return None,
        };
        let (b, bd) = self.glued_num(i + 2)?;
        if self
            .tok(i + 3)
            .is_some_and(|t| !t.space_before && matches!(t.lex, Lex::Punct('/' | '-' | '.' | ',')))
        {
            return None;
        }
        Some(Found::new(i + 3, numeric_month(a, ad, b, bd, sep == '/')?))
    }

    /// "this/last/next month" and "previous month": -1, 0 or 1 months.
    fn this_last_next_or_previous(&self, i: usize, unit: Unit) -> Option<(i16, usize)> {
        if self.is_kw(i, Kw::Previous) && self.single_unit(i + 1) == Some(unit) {
            return Some((-1, i + 2));
        }
        self.this_last_next(i, unit)
    }

    /// "2025-09-25", "2019-sep-1", "2019/Sep/01".
    fn iso_day(&self, i: usize) -> Option<Found> {
        let (y, _) = self.tok(i)?.num()?;
        let sep = match self.tok(i + 1)?.lex {
            Lex::Punct(c @ ('-' | '/')) if !self.tok(i + 1)?.space_before => c,
            _ => return None,
        };
        if !self.glued_punct(i + 3, sep) {
            return None;
        }
        let (m, md) = match self.tok(i + 2).filter(|t| !t.space_before)?.lex {
            Lex::Month(m, _) => (u32::try_from(m).ok()?, 2),
            Lex::Num { value, digits } if sep == '-' => (value, digits),
            _ => return None,
        };
        let (d, dd) = self.glued_num(i + 4)?;
        if md > 2 || dd > 2 || self.glued_punct(i + 5, '-') || self.glued_num(i + 6).is_some() {
            return None;
        }
        let date = Date::new(
            i16::try_from(y).ok()?,
            i8::try_from(m).ok()?,
            i8::try_from(d).ok()?,
        )
        .ok()?;
        // No parts: restyle writes numeric dates whole.
        Some(Found::new(i + 5, cal::day(date)?))
    }

    /// Numeric dates: "9/25/2025", "9/25/25", "9-25-2025", "25.9.2025",
    /// "2025/9/25", "2025.9.25", "9/25, 2025", and "9/25" alone. Month
    /// first as American papers write it, unless the first number cannot
    /// be a month ("25/9/2025"). Without a year, only a slash reads as a
    /// date anywhere ("on 4/22"); "4-22" and "4.22" (a score, a decimal)
    /// only after "on" or a weekday. "3/4 of", "1/2 mile" and "24/7" are
    /// not dates.
    fn numeric_day(&self, i: usize) -> Option<Found> {
        let (a, ad) = self.tok(i)?.num()?;
        if i > 0 && !self.toks[i].space_before {
            if let Lex::Punct(c) = self.toks[i - 1].lex {
                if "$£€¥#/.-–,:".contains(c) {
                    return None;
                }
            }
        }
        let sep = match self.tok(i + 1).filter(|t| !t.space_before)?.lex {
            Lex::Punct(c @ ('/' | '-' | '.')) => c,
            _ => return None,
        };
        let (b, bd) = self.glued_num(i + 2)?;
        if bd > 2 {
            return None;
        }
        let third = self
            .glued_punct(i + 3, sep)
            .then(|| self.glued_num(i + 4))
            .flatten();
        let (y, m, d, end) = if let Some((c, cd)) = third {
            if self.glued_punct(i + 5, sep)
                || self.glued_num(i + 6).is_some() && self.glued_punct(i + 5, '.')
            {
                return None;
            }
            if ad == 4 {
                if sep == '-' {
                    return None;
                }
                (Some(self.expand_year(a, 4)?), b, c, i + 5)
            } else {
                let (m, d) = month_first(a, b)?;
                (Some(self.expand_year(c, cd)?), m, d, i + 5)
            }
        } else {
            if ad > 2 || self.glued_punct(i + 3, sep) {
                return None;
            }
            if self
                .tok(i + 3)
                .is_some_and(|t| !t.space_before && matches!(t.lex, Lex::Punct('.' | ',')))
                && self.glued_num(i + 4).is_some()
                && !(sep == '/' && self.tok(i + 3)?.is_punct(','))
            {
                return None;
            }
            let (m, d) = month_first(a, b)?;
            // "08/12,2015".
            if sep == '/' && self.glued_punct(i + 3, ',') {
                if let Some((c, cd)) = self.glued_num(i + 4) {
                    return self.numeric_found(Some(self.expand_year(c, cd)?), m, d, i, i + 5);
                }
            }
            let supported = i > 0
                && (self.is_kw(i - 1, Kw::On)
                    || matches!(self.toks[i - 1].lex, Lex::Weekday(_))
                    || self.toks[i - 1].is_punct('-')
                        && i > 1
                        && matches!(self.toks[i - 2].lex, Lex::Weekday(_)));
            if sep != '/' && !supported {
                return None;
            }
            // Fixed expressions ("24/7", "9/11" for the 2001 attacks);
            // "6 1/4%", "2 1/2 times": fractions.
            if SLASH_IDIOMS.contains(&(a, b))
                || self.glued_punct(i + 3, '%')
                || i > 0 && self.toks[i - 1].num().is_some()
            {
                return None;
            }
            if let Some(next) = self.tok(i + 3) {
                if matches!(
                    next.lex,
                    Lex::Word | Lex::Kw(Kw::Of | Kw::Measure | Kw::Unit(_))
                ) {
                    return None;
                }
            }
            (None, m, d, i + 3)
        };
        self.numeric_found(y, m, d, i, end)
    }

    /// A day without a year that no year has ("Feb. 30"), in month `m`
    /// resolved as a month alone would be.
    fn yearless_no_such_day(&self, end: usize, m: i8, i: usize) -> Option<Found> {
        let month = resolve_yearless(Yearless::Month(m, None), self.reference, self.ahead(i))?;
        Some(Found::no_such_day(end, month).relative())
    }

    fn numeric_found(&self, y: Option<i16>, m: u32, d: u32, i: usize, end: usize) -> Option<Found> {
        let (m, d) = (i8::try_from(m).ok()?, i8::try_from(d).ok()?);
        match y {
            Some(y) => dated_day(end, y, m, d),
            None => {
                Date::new(2000, m, d).ok()?;
                let v = resolve_yearless(Yearless::Day(m, d), self.reference, self.ahead(i))?;
                let mut found = Found::new(end, v).relative();
                found.yearless = Some(Yearless::Day(m, d));
                Some(found)
            }
        }
    }

    /// A year written with two or four digits; "25" is the nearest such
    /// year up to ten years ahead of the reference.
    fn expand_year(&self, y: u32, digits: u8) -> Option<i16> {
        match digits {
            4 if (1000..=2999).contains(&y) => i16::try_from(y).ok(),
            2 => {
                let y = 2000 + i16::try_from(y).ok()?;
                Some(if y > self.reference.year() + 10 {
                    y - 100
                } else {
                    y
                })
            }
            _ => None,
        }
    }

    /// "Tuesday", "Monday, Sept. 1", "Friday the 13th".
    fn weekday(&self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        let Lex::Weekday(wd) = t.lex else {
            return None;
        };
        let j = if self
            .tok(i + 1)
            .is_some_and(|t| t.is_punct(',') || (t.is_punct('-') && !t.space_before))
        {
            i + 2
        } else {
            i + 1
        };
        if let Some(mut found) = self.day(j) {
            found.parts.weekday = Some(self.span(i, i + 1));
            return Some(found);
        }
        // "Friday the 13th": the nearest month where that day is a Friday.
        if self.is_kw(i + 1, Kw::The) {
            if let Some((d, _, after)) = self.day_at(i + 2, true) {
                let date = cal::weekday_day_of_month(wd, d, self.reference, self.ahead(i))?;
                let mut found = Found::new(after, cal::day(date)?).relative();
                found.parts.weekday = Some(self.span(i, i + 1));
                return Some(found);
            }
        }
        // "Black Friday", "Super Tuesday": named days, not this week's.
        if i > 0 && self.is_name(i - 1) {
            return None;
        }
        // "Tuesday next week", "Sunday of last week".
        let k = if self.is_kw(i + 1, Kw::Of) {
            i + 2
        } else {
            i + 1
        };
        if let Some((delta, next)) = self.this_last_next(k, Unit::Week) {
            let found = self.day_of_week(wd, delta, next)?;
            return Some(found);
        }
        // "Sun", "Wed": a weekday after a preposition or with its dot.
        if t.weak && !(self.glued_punct(i + 1, '.') || self.cued(i)) {
            return None;
        }
        let date = if self.ahead(i) {
            cal::weekday_from(wd, self.reference)?
        } else {
            cal::weekday_back(wd, self.reference, false)?
        };
        let mut found = Found::new(i + 1, cal::day(date)?).relative();
        found.parts.weekday = Some(self.span(i, i + 1));
        Some(found)
    }

    /// Months: "June", "June 2025", "March of 2025", "April this year".
    fn month(&self, i: usize, cued: bool) -> Option<Found> {
        let (m, j, month) = self.month_name(i)?;
        let mut parts = Parts {
            month: Some(month),
            ..Parts::default()
        };
        let of = usize::from(self.is_kw(j, Kw::Of));
        if let Some((y, next, span)) = self.trailing_year(j + of) {
            if of == 1
                || self
                    .tok(j)
                    .is_some_and(|t| t.space_before || t.is_punct(','))
            {
                parts.years[0] = Some((span, 4));
                let mut found = Found::new(next, cal::month(y, m)?);
                found.parts = parts;
                return Some(found);
            }
        }
        if let Some((delta, next)) = self.this_last_next(j + of, Unit::Year) {
            parts.rel = Some((self.span(j + of, next), Unit::Year));
            let mut found = Found::new(next, cal::month(self.reference.year() + delta, m)?);
            found.parts = parts;
            return Some(found.relative());
        }
        let (_, form) = match self.tok(i)?.lex {
            Lex::Month(m, form) => (m, form),
            _ => return None,
        };
        let lower = !self.tok(i)?.upper;
        let bare_ok = if lower {
            // "in june", "last sept"; never "may" or "march" alone.
            cued && !matches!(m, 3 | 5)
        } else {
            cued || match (m, form) {
                (_, MonthForm::Ap | MonthForm::Short) => false,
                // Verbs and names: "may", "Theresa May", "March organizers".
                (3 | 5, _) => false,
                // First names: "April Ryan", "June Carter".
                (4 | 6 | 7 | 8, _) => !(self.is_name(j) || i > 0 && self.is_name(i - 1)),
                _ => true,
            }
        };
        // "Mar-a-Lago"; "Jan Smith".
        let compound = self.glued_punct(j, '-') && self.tok(j + 1).is_some_and(|t| !t.space_before);
        let named = form != MonthForm::Full && !month.2 && self.is_name(j);
        if !bare_ok || compound || named {
            return None;
        }
        let yearless = Yearless::Month(m, None);
        let value = resolve_yearless(yearless, self.reference, self.ahead(i))?;
        let mut found = Found::new(j, value).relative();
        found.yearless = Some(yearless);
        found.parts = parts;
        Some(found)
    }

    /// "this year" -> 0, "last year" -> -1, "next year" -> 1 for `unit`,
    /// unless "the" makes it anaphoric or a stretch ("the last year").
    fn this_last_next(&self, i: usize, unit: Unit) -> Option<(i16, usize)> {
        let delta = match self.kw(i)? {
            Kw::This => 0,
            Kw::Last => -1,
            Kw::Next => 1,
            _ => return None,
        };
        if i > 0 && self.is_kw(i - 1, Kw::The) {
            return None;
        }
        if self.kw(i + 1)? != Kw::Unit(unit) || self.text(i + 1).ends_with(['s', 'S']) {
            return None;
        }
        Some((delta, i + 2))
    }

    /// A four-digit number that reads as a year. See the module docs for
    /// the rule; `cued` says a preposition, date word or month comes before it.
    fn plausible_year(&self, i: usize, cued: bool) -> Option<i16> {
        let t = self.tok(i)?;
        let Lex::Num { value, digits: 4 } = t.lex else {
            return None;
        };
        if !(1000..=2999).contains(&value) {
            return None;
        }
        if !(cued || self.lenient_years || (1900..=2099).contains(&value)) {
            return None;
        }
        if i > 0 {
            let prev = &self.toks[i - 1];
            if !t.space_before {
                if let Lex::Punct(c) = prev.lex {
                    if "$£€¥#".contains(c) {
                        return None;
                    }
                    let after_digits =
                        i >= 2 && !prev.space_before && self.toks[i - 2].num().is_some();
                    if ",./:-–".contains(c) && after_digits {
                        return None;
                    }
                }
            }
            if prev.kw() == Some(Kw::Approx) {
                return None;
            }
        }
        if let Some(next) = self.tok(i + 1) {
            if !next.space_before {
                match next.lex {
                    Lex::Punct('%') => return None,
                    Lex::Punct(',' | '.' | '/' | ':' | '-' | '–')
                        if self.glued_num(i + 2).is_some() =>
                    {
                        return None
                    }
                    // "a 2000-year-old city", "the 1500-meter race"; but "2020-era".
                    Lex::Punct('-' | '–') => {
                        if let Some(w) = self.tok(i + 2).filter(|w| !w.space_before && !w.upper) {
                            if matches!(w.lex, Lex::Word | Lex::Kw(_))
                                && !self.text(i + 2).eq_ignore_ascii_case("era")
                            {
                                return None;
                            }
                        }
                    }
                    _ => {}
                }
            } else {
                if next.kw() == Some(Kw::Measure) {
                    return None;
                }
                // "between 2000 and 3000 people", "1500 to 2,500": amounts;
                // but "in 2019 to 2,300" keeps its year.
                let date_cue = i > 0
                    && matches!(
                        self.kw(i - 1),
                        Some(
                            Kw::In
                                | Kw::On
                                | Kw::By
                                | Kw::During
                                | Kw::Since
                                | Kw::Until
                                | Kw::Before
                                | Kw::After
                                | Kw::Of
                        )
                    );
                let joined =
                    matches!(next.kw(), Some(Kw::And | Kw::To | Kw::Through)) || next.is_punct('-');
                if joined && !date_cue {
                    if let Some((_, digits)) = self.tok(i + 2).and_then(Tok::num) {
                        let grouped =
                            self.glued_punct(i + 3, ',') && self.glued_num(i + 4).is_some();
                        if (digits == 4 || grouped) && self.plausible_year(i + 2, true).is_none() {
                            return None;
                        }
                    }
                }
                if !next.upper && self.plural_looking(i + 1) && !self.determined(i) {
                    return None;
                }
            }
        }
        i16::try_from(value).ok()
    }

    /// "troops", "meters": a lowercase word that looks like a plural noun.
    fn plural_looking(&self, i: usize) -> bool {
        let w = self.text(i);
        w.len() >= 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && !NOT_PLURAL.contains(&w)
    }

    /// A determiner or possessive before token `i`: "the 2019 elections",
    /// "Pakistan’s 2024 polls".
    fn determined(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1) else {
            return false;
        };
        if matches!(self.kw(prev), Some(Kw::The | Kw::Det)) {
            return true;
        }
        self.text(prev) == "s"
            && prev > 0
            && matches!(self.toks[prev - 1].lex, Lex::Punct(c) if is_apostrophe(c))
    }

    /// Years: "2021", and stretches written with a dash: "2008-2011", "2008–11".
    fn year(&self, i: usize) -> Option<Found> {
        if let Some(found) = self.year_dash_range(i) {
            return Some(found);
        }
        let y = self.plausible_year(i, self.year_cued(i))?;
        let mut found = Found::new(i + 1, cal::year(y)?);
        found.parts.years[0] = Some((self.span(i, i + 1), 4));
        Some(found)
    }

    fn year_dash_range(&self, i: usize) -> Option<Found> {
        let (y1, _) = self.tok(i)?.num().filter(|&(_, d)| d == 4)?;
        if !(self.glued_punct(i + 1, '-') || self.glued_punct(i + 1, '–')) {
            return None;
        }
        let (y2, d2) = self.glued_num(i + 2)?;
        if self.glued_num(i + 4).is_some() {
            return None;
        }
        if i > 0 && !self.toks[i].space_before && matches!(self.toks[i - 1].lex, Lex::Punct(_)) {
            return None;
        }
        let y2 = match d2 {
            4 => y2,
            2 => y1 / 100 * 100 + y2,
            _ => return None,
        };
        if !(1000..=2999).contains(&y1) || y2 <= y1 || y2 - y1 > 100 {
            return None;
        }
        let mut found = Found::new(
            i + 3,
            cal::years(i16::try_from(y1).ok()?, i16::try_from(y2).ok()?)?,
        );
        found.parts.years = [
            Some((self.span(i, i + 1), 4)),
            Some((self.span(i + 2, i + 3), d2)),
        ];
        Some(found)
    }

    /// Decades: "the 1990s", "1990s", "the ’90s", "the 1990’s", and their
    /// parts: "the late 1990s" (early = years 0-3, mid = 3-6, late = 7-9).
    fn decade(&self, i: usize) -> Option<Found> {
        let mut j = if self.is_kw(i, Kw::The) { i + 1 } else { i };
        let part = match self.kw(j) {
            Some(Kw::Early) => Some((DateMod::Early, 0, 4)),
            Some(Kw::Mid) => Some((DateMod::Mid, 3, 7)),
            Some(Kw::Late) => Some((DateMod::Late, 7, 10)),
            _ => None,
        };
        if part.is_some() {
            j += if self.glued_punct(j + 1, '-') { 2 } else { 1 };
        }
        let t = self.tok(j)?;
        let (first, end, relative) = match t.lex {
            Lex::Decade { value, digits: 4 } => (i16::try_from(value).ok()?, j + 1, false),
            Lex::Num { value, digits: 4 } if value % 10 == 0 => {
                let apostrophe = matches!(self.tok(j + 1)?.lex, Lex::Punct(c) if is_apostrophe(c));
                if !(apostrophe && !self.tok(j + 1)?.space_before && self.text(j + 2) == "s") {
                    return None;
                }
                if self.tok(j + 2)?.space_before {
                    return None;
                }
                (i16::try_from(value).ok()?, j + 3, false)
            }
            Lex::Punct(c) if is_apostrophe(c) => {
                let Lex::Decade { value, digits: 2 } = self.tok(j + 1)?.lex else {
                    return None;
                };
                if self.tok(j + 1)?.space_before {
                    return None;
                }
                // The most recent such decade that has begun.
                let value = i16::try_from(value).ok()?;
                let century = self.reference.year() / 100 * 100;
                let first = if century + value <= self.reference.year() {
                    century + value
                } else {
                    century - 100 + value
                };
                (first, j + 2, true)
            }
            _ => return None,
        };
        if !(1000..=2990).contains(&first) {
            return None;
        }
        let mut value = cal::decade(first)?;
        if let Some((modifier, from, to)) = part {
            value.start = cal::year(first + from)?.start;
            value.end = cal::year(first + to)?.start;
            value.modifier = Some(modifier);
        }
        let found = Found::new(end, value);
        Some(if relative { found.relative() } else { found })
    }

    /// Parts of months and years: "early May", "mid-November", "late 2024",
    /// "the end of May", "the beginning of last year", "early last month".
    fn part(&self, i: usize) -> Option<Found> {
        let (part, j) = match self.kw(i)? {
            // "early-March", "late-2024": hyphenated like "mid-May".
            Kw::Early if self.glued_punct(i + 1, '-') => (DateMod::Early, i + 2),
            Kw::Late if self.glued_punct(i + 1, '-') => (DateMod::Late, i + 2),
            Kw::Early => (DateMod::Early, i + 1),
            Kw::Late => (DateMod::Late, i + 1),
            Kw::Mid if self.glued_punct(i + 1, '-') => (DateMod::Mid, i + 2),
            Kw::Mid => (DateMod::Mid, i + 1),
            Kw::The if self.is_kw(i + 2, Kw::Of) => match self.kw(i + 1)? {
                Kw::End => (DateMod::Late, i + 3),
                Kw::Beginning | Kw::Start => (DateMod::Early, i + 3),
                Kw::Middle => (DateMod::Mid, i + 3),
                _ => return None,
            },
            // "at end of March", headline style.
            k @ (Kw::End | Kw::Beginning | Kw::Start | Kw::Middle) if self.is_kw(i + 1, Kw::Of) => {
                let part = match k {
                    Kw::End => DateMod::Late,
                    Kw::Middle => DateMod::Mid,
                    _ => DateMod::Early,
                };
                (part, i + 2)
            }
            _ => return None,
        };
        if self.tok(j)?.is_punct('-') {
            return None;
        }
        let lead = Some((self.lead(i, j), part));
        if let Some(month) = self.month(j, true) {
            let mut found = month;
            found.value = cal::part_of_month(month.value, part)?;
            found.parts.part = lead;
            if let Some(Yearless::Month(m, _)) = month.yearless {
                found.yearless = Some(Yearless::Month(m, Some(part)));
            }
            return Some(found);
        }
        // "early next week": Monday to Wednesday; "mid": Tuesday to
        // Friday; "late", "the end of": Thursday to Sunday.
        if let Some((delta, next)) = self.this_last_next(j, Unit::Week) {
            let week = cal::week(cal::add_days(self.reference, 7 * i64::from(delta))?)?;
            let (from, to) = match part {
                DateMod::Early => (0, 3),
                DateMod::Mid => (1, 5),
                _ => (3, 7),
            };
            let mut value = cal::value(
                cal::add_days(week.start, from)?,
                cal::add_days(week.start, to)?,
                Grain::Week,
            );
            value.modifier = Some(part);
            let mut found = Found::new(next, value).relative();
            found.parts.part = lead;
            found.parts.rel = Some((self.span(j, next), Unit::Week));
            return Some(found);
        }
        if let Some((delta, next)) = self.this_last_next(j, Unit::Month) {
            let m = cal::month_of(cal::add_months(self.reference, i64::from(delta))?)?;
            let mut found = Found::new(next, cal::part_of_month(m, part)?).relative();
            found.parts.part = lead;
            found.parts.rel = Some((self.span(j, next), Unit::Month));
            return Some(found);
        }
        let y = self.year_ish(j)?;
        let mut found = Found::new(y.next, cal::part_of_year(y.year, part)?);
        found.parts.part = lead;
        found.parts.years[0] = y.written;
        found.parts.rel = y.rel;
        found.relative = y.rel.is_some();
        Some(found)
    }

    /// A year written out or as "this/last/next year".
    fn year_ish(&self, i: usize) -> Option<YearIsh> {
        if let Some(year) = self.plausible_year(i, true) {
            return Some(YearIsh {
                year,
                next: i + 1,
                written: Some((self.span(i, i + 1), 4)),
                rel: None,
            });
        }
        if let Some((year, next)) = self.spelled_year(i) {
            return Some(YearIsh {
                year,
                next,
                written: Some((self.span(i, next), 4)),
                rel: None,
            });
        }
        let (delta, next) = self.this_last_next(i, Unit::Year)?;
        Some(YearIsh {
            year: self.reference.year() + delta,
            next,
            written: None,
            rel: Some((self.span(i, next), Unit::Year)),
        })
    }

    /// "Q3 2024", "the third quarter of 2024", "the first half of 2025".
    fn quarter(&self, i: usize) -> Option<Found> {
        let (value, j) = match self.tok(i)?.lex {
            Lex::Quarter(q) => {
                let j = if self.is_kw(i + 1, Kw::Of) {
                    i + 2
                } else {
                    i + 1
                };
                match self.year_ish(j) {
                    Some(y) => (cal::quarter(y.year, q)?, y.next),
                    // "Q3" alone: this year's.
                    None => {
                        let found = Found::new(i + 1, cal::quarter(self.reference.year(), q)?);
                        return Some(found.relative());
                    }
                }
            }
            Lex::Kw(Kw::The) => {
                let Some(Kw::Nth(n)) = self.kw(i + 1) else {
                    return None;
                };
                // "the third quarter of 2024", "the third quarter this year".
                let y = if self.is_kw(i + 3, Kw::Of) {
                    self.year_ish(i + 4)?
                } else {
                    self.year_ish(i + 3).filter(|y| y.rel.is_some())?
                };
                match self.kw(i + 2)? {
                    Kw::Quarter => (cal::quarter(y.year, n)?, y.next),
                    Kw::Half if n <= 2 => (cal::half(y.year, n)?, y.next),
                    _ => return None,
                }
            }
            _ => return None,
        };
        let relative = (i..j)
            .any(|k| self.is_kw(k, Kw::This) || self.is_kw(k, Kw::Last) || self.is_kw(k, Kw::Next));
        let found = Found::new(j, value);
        Some(if relative { found.relative() } else { found })
    }

    /// "this day" where the phrase ends ("we will remember this day."):
    /// the reference, as "today". Not "to (until, since) this day" (a
    /// stretch up to now), "on this day" (the anniversary idiom: "On this
    /// day, 80 years ago"), "of this day", "this day in 1945", "this day
    /// last year", nor "This Day" (a name, as of a newspaper).
    fn this_day(&self, i: usize) -> Option<Found> {
        let before = i.checked_sub(1).map(|p| (self.kw(p), self.text(p)));
        let stretch_or_idiom = before.is_some_and(|(kw, w)| {
            matches!(
                kw,
                Some(Kw::To | Kw::Until | Kw::Since | Kw::From | Kw::Of | Kw::On | Kw::The)
            ) || ["till", "til", "unto"]
                .iter()
                .any(|t| w.eq_ignore_ascii_case(t))
        });
        if stretch_or_idiom || self.tok(i + 1)?.upper || !self.phrase_ends(i + 2) {
            return None;
        }
        let mut found = Found::new(i + 2, cal::day(self.reference)?).relative();
        found.parts.rel = Some((self.span(i, i + 2), Unit::Day));
        Some(found)
    }

    /// Dates relative to the reference: "today", "last month", "next week",
    /// "last Thursday", "earlier this year".
    fn relative(&self, i: usize) -> Option<Found> {
        let r = self.reference;
        let (value, end, unit) = match self.kw(i)? {
            Kw::Today => (cal::day(r)?, i + 1, Unit::Day),
            Kw::Yesterday => (cal::day(r.yesterday().ok()?)?, i + 1, Unit::Day),
            Kw::Tomorrow => (cal::day(r.tomorrow().ok()?)?, i + 1, Unit::Day),
            // "the day before yesterday", "the day after tomorrow".
            Kw::The if self.single_unit(i + 1) == Some(Unit::Day) => {
                let days = match (self.kw(i + 2)?, self.kw(i + 3)?) {
                    (Kw::Before, Kw::Yesterday) => -2,
                    (Kw::After, Kw::Tomorrow) => 2,
                    _ => return None,
                };
                (cal::day(cal::add_days(r, days)?)?, i + 4, Unit::Day)
            }
            Kw::This | Kw::Last | Kw::Next => {
                // "this September", "last sept", "next June".
                if let Some((m, next, _)) = self.month_name(i + 1) {
                    if i > 0 && self.is_kw(i - 1, Kw::The) {
                        return None;
                    }
                    let year = match self.kw(i)? {
                        Kw::This => r.year(),
                        Kw::Last if m < r.month() => r.year(),
                        Kw::Last => r.year() - 1,
                        _ if m > r.month() => r.year(),
                        _ => r.year() + 1,
                    };
                    let mut found = Found::new(next, cal::month(year, m)?).relative();
                    found.parts.rel = Some((self.span(i, next), Unit::Month));
                    return Some(found);
                }
                if let Some(Lex::Weekday(wd)) = self.tok(i + 1).map(|t| t.lex) {
                    if i > 0 && self.is_kw(i - 1, Kw::The) {
                        return None;
                    }
                    let date = match self.kw(i)? {
                        Kw::Last => cal::weekday_back(wd, r, true)?,
                        // "next Friday" is Friday of next week.
                        Kw::Next => {
                            let monday = cal::add_days(cal::week(r)?.start, 7)?;
                            cal::weekday_from(wd, monday)?
                        }
                        _ if self.ahead(i) => cal::weekday_from(wd, r)?,
                        _ => cal::weekday_back(wd, r, false)?,
                    };
                    let mut found = Found::new(i + 2, cal::day(date)?).relative();
                    found.parts.weekday = Some(self.span(i + 1, i + 2));
                    return Some(found);
                }
                if self.is_kw(i, Kw::This) && self.single_unit(i + 1) == Some(Unit::Day) {
                    return self.this_day(i);
                }
                let unit = match self.kw(i + 1)? {
                    Kw::Unit(u @ (Unit::Week | Unit::Month | Unit::Year | Unit::Decade)) => u,
                    _ => return None,
                };
                let (delta, end) = self.this_last_next(i, unit)?;
                // "this decade": the calendar decade ("the 2020s").
                if unit == Unit::Decade {
                    let first = r.year() / 10 * 10 + 10 * delta;
                    let mut found = Found::new(end, cal::decade(first)?).relative();
                    found.parts.rel = Some((self.span(i, end), unit));
                    return Some(found);
                }
                // "next week Sunday", "last week on Friday".
                if unit == Unit::Week {
                    let w = if self.is_kw(end, Kw::On) {
                        end + 1
                    } else {
                        end
                    };
                    if let Some(&Tok {
                        lex: Lex::Weekday(wd),
                        weak: false,
                        ..
                    }) = self.tok(w)
                    {
                        return self.day_of_week(wd, delta, w + 1);
                    }
                }
                let delta = i64::from(delta);
                let value = match unit {
                    Unit::Week => cal::week(cal::add_days(r, 7 * delta)?)?,
                    Unit::Month => cal::month_of(cal::add_months(r, delta)?)?,
                    _ => cal::year(r.year() + i16::try_from(delta).ok()?)?,
                };
                (value, end, unit)
            }
            k @ (Kw::Earlier | Kw::Later) => {
                // "later this year", "earlier in the week".
                let u = if self.is_kw(i + 1, Kw::In) && self.is_kw(i + 2, Kw::The) {
                    i + 3
                } else {
                    i + 2
                };
                let unit = match self.kw(u) {
                    Some(Kw::Unit(u @ (Unit::Week | Unit::Month | Unit::Year)))
                        if self.is_kw(i + 1, Kw::This) || self.is_kw(i + 1, Kw::In) =>
                    {
                        u
                    }
                    _ => return None,
                };
                if self.text(u).ends_with(['s', 'S']) {
                    return None;
                }
                let whole = match unit {
                    Unit::Week => cal::week(r)?,
                    Unit::Month => cal::month_of(r)?,
                    _ => cal::year(r.year())?,
                };
                let grain = match unit {
                    Unit::Week => Grain::Week,
                    Unit::Month => Grain::PartOfMonth,
                    _ => Grain::PartOfYear,
                };
                // "Later this week" includes the rest of today.
                let (start, end, modifier) = if k == Kw::Earlier {
                    (whole.start, r, DateMod::Before)
                } else {
                    (r, whole.end, DateMod::After)
                };
                if start >= end {
                    return None;
                }
                let mut value = cal::value(start, end, grain);
                value.modifier = Some(modifier);
                let mut found = Found::new(u + 1, value).relative();
                found.parts.rel = Some((self.span(i + 1, u + 1), unit));
                return Some(found);
            }
            _ => return None,
        };
        let mut found = Found::new(end, value).relative();
        found.parts.rel = Some((self.span(i, end), unit));
        Some(found)
    }

    /// Weekday `wd` of the week `delta` weeks from the reference's.
    fn day_of_week(&self, wd: jiff::civil::Weekday, delta: i16, end: usize) -> Option<Found> {
        let week = cal::week(cal::add_days(self.reference, 7 * i64::from(delta))?)?;
        let date = cal::add_days(week.start, i64::from(wd.to_monday_zero_offset()))?;
        Some(Found::new(end, cal::day(date)?).relative())
    }

    /// "the first Friday of July", "the second Monday of next month",
    /// "the last Sunday in May".
    fn nth_weekday(&self, i: usize) -> Option<Found> {
        let j = if self.is_kw(i, Kw::The) { i + 1 } else { i };
        let n = match self.kw(j) {
            Some(Kw::Nth(n)) => i64::from(n),
            Some(Kw::Last) => 0,
            _ if self.text(j).eq_ignore_ascii_case("fifth") => 5,
            _ => return None,
        };
        let wd = match self.tok(j + 1)? {
            Tok {
                lex: Lex::Weekday(wd),
                weak: false,
                ..
            } => *wd,
            _ => return None,
        };
        if !matches!(self.kw(j + 2), Some(Kw::Of | Kw::In)) {
            return None;
        }
        let k = j + 3;
        let (month, end, relative) = if let Some(m) = self.month(k, true) {
            (m.value, m.end, m.relative)
        } else {
            let (delta, next) = self.this_last_next_or_previous(k, Unit::Month)?;
            (
                cal::month_of(cal::add_months(self.reference, i64::from(delta))?)?,
                next,
                true,
            )
        };
        let date = if n == 0 {
            cal::weekday_back(wd, cal::last_day(&month), false)?
        } else {
            cal::add_days(cal::weekday_from(wd, month.start)?, 7 * (n - 1))?
        };
        // Only a fifth weekday may be missing from a month; a sixth is
        // never a date.
        let found = if date >= month.end {
            if n != 5 {
                return None;
            }
            Found::no_such_day(end, month)
        } else {
            Found::new(end, cal::day(date)?)
        };
        Some(if relative { found.relative() } else { found })
    }

    /// A day counted from today, tomorrow or yesterday: "two weeks from
    /// now", "three days after tomorrow", "two days before yesterday".
    /// "In three weeks" is not one: it is as often a stretch ("rose 5% in
    /// three weeks").
    fn counted_from(&self, i: usize) -> Option<Found> {
        let r = self.reference;
        let j = i;
        let n = self.count(j)?;
        let Some(Kw::Unit(unit)) = self.kw(j + 1) else {
            return None;
        };
        let sign = match self.kw(j + 2)? {
            Kw::From | Kw::After => 1,
            Kw::Before => -1,
            _ => return None,
        };
        let base = match self.kw(j + 3) {
            Some(Kw::Today) => r,
            Some(Kw::Tomorrow) => r.tomorrow().ok()?,
            Some(Kw::Yesterday) => r.yesterday().ok()?,
            _ if sign == 1 && self.text(j + 3).eq_ignore_ascii_case("now") => r,
            _ => return None,
        };
        let end = j + 4;
        let n = sign * n;
        let date = match unit {
            Unit::Day => cal::add_days(base, n)?,
            Unit::Week => cal::add_days(base, 7 * n)?,
            Unit::Month => cal::add_months(base, n)?,
            Unit::Year => cal::add_months(base, 12 * n)?,
            Unit::Decade => cal::add_months(base, 120 * n)?,
        };
        Some(Found::new(end, cal::day(date)?).relative())
    }

    /// Seasons, northern and meteorological: spring = March-May, summer =
    /// June-August, autumn = September-November, winter = December to
    /// February. "this summer" is this year's, "last winter" the latest
    /// one that has ended, "next spring" the first that has not begun;
    /// "the summer" and "summer" alone the latest that has begun (in the
    /// future tense, the next that has not ended); "the spring of 1978",
    /// "summer 2019". "spring" and "fall" alone are words, so they need
    /// this/last/next, a year, or "in the".
    fn season(&self, i: usize) -> Option<Found> {
        let r = self.reference;
        let (rel, the, j) = match self.kw(i)? {
            k @ (Kw::This | Kw::Last | Kw::Next) => (Some(k), false, i + 1),
            Kw::The => (None, true, i + 1),
            _ => (None, false, i),
        };
        let Some(Kw::Season(n)) = self.kw(j) else {
            return None;
        };
        if rel.is_some() && i > 0 && self.is_kw(i - 1, Kw::The) {
            return None;
        }
        let start_of = |year: i16| Date::new(year, i8::try_from(3 * n).ok()?, 1).ok();
        let of = usize::from(self.is_kw(j + 1, Kw::Of));
        let stated_year = self.year_at(j + 1 + of);
        let (start, end) = if let Some((y, next)) = stated_year {
            (start_of(y)?, next)
        } else {
            if of == 1 {
                return None;
            }
            // The season that has begun most recently, on or before the reference.
            let mut latest = start_of(r.year())?;
            if latest > r {
                latest = cal::add_months(latest, -12)?;
            }
            let weak = ["spring", "fall"]
                .iter()
                .any(|w| self.text(j).eq_ignore_ascii_case(w));
            let start = match rel {
                Some(Kw::This) => start_of(r.year())?,
                Some(Kw::Last) => {
                    let ended = cal::add_months(latest, 3)? <= r;
                    cal::add_months(latest, if ended { 0 } else { -12 })?
                }
                Some(_) => cal::add_months(latest, 12)?,
                None => {
                    let cue = i > 0
                        && matches!(
                            self.kw(i - 1),
                            Some(
                                Kw::In | Kw::During | Kw::By | Kw::Since | Kw::Until | Kw::Through
                            )
                        );
                    if weak && !(the && cue) || !the && !cue {
                        return None;
                    }
                    // "the summer Olympics", "the winter storm": attributive.
                    if self.tok(j + 1).is_some_and(|t| t.is_plain_word()) {
                        return None;
                    }
                    if self.ahead(i) && cal::add_months(latest, 3)? <= r {
                        cal::add_months(latest, 12)?
                    } else {
                        latest
                    }
                }
            };
            (start, j + 1)
        };
        let value = cal::value(start, cal::add_months(start, 3)?, Grain::PartOfYear);
        // "summer 2019" names its year and stands alone, as a claims file
        // writes it; "this summer" needs the reference.
        let found = Found::new(end, value);
        Some(if stated_year.is_some() {
            found
        } else {
            found.relative()
        })
    }

    /// "this weekend", "last weekend", "next weekend", "the weekend" (the
    /// latest that has begun; ahead in the future tense): Saturday and
    /// Sunday.
    fn weekend(&self, i: usize) -> Option<Found> {
        let r = self.reference;
        let k = self.kw(i)?;
        if !self.is_kw(i + 1, Kw::Weekend) || self.text(i + 1).ends_with(['s', 'S']) {
            return None;
        }
        if matches!(k, Kw::This | Kw::Last | Kw::Next) && i > 0 && self.is_kw(i - 1, Kw::The) {
            return None;
        }
        let saturday = |d: Date| cal::add_days(cal::week(d)?.start, 5);
        let this = saturday(r)?;
        let start = match k {
            Kw::This => this,
            Kw::Last => cal::add_days(this, -7)?,
            Kw::Next => cal::add_days(this, 7)?,
            Kw::The | Kw::That => {
                if self.ahead(i) || this <= r {
                    this
                } else {
                    cal::add_days(this, -7)?
                }
            }
            _ => return None,
        };
        let value = cal::value(start, cal::add_days(start, 2)?, Grain::Week);
        Some(Found::new(i + 2, value).relative())
    }

    /// "the week of March 3", "the week of the 18th", "the week starting
    /// Feb. 4": the Monday-to-Sunday week that holds the day.
    fn week_of_day(&self, i: usize) -> Option<Found> {
        if self.single_unit(i + 1) != Some(Unit::Week) {
            return None;
        }
        // "the week starting (on) Feb. 4", "the week commencing Feb. 4":
        // like "the week of", the calendar week that holds the day, which
        // usually begins on it. "A week starting tomorrow" is seven days
        // (see `relative.rs`).
        let starting = ["starting", "beginning", "commencing"]
            .iter()
            .any(|w| self.text(i + 2).eq_ignore_ascii_case(w))
            || self.is_kw(i + 2, Kw::Beginning);
        if !starting && !self.is_kw(i + 2, Kw::Of) {
            return None;
        }
        let at = if starting && self.is_kw(i + 3, Kw::On) {
            i + 4
        } else {
            i + 3
        };
        let day = longest![self.day(at), self.bare_day_at(at)]
            .filter(|f| f.value.grain == Grain::Day && !f.value.range)?;
        let value = cal::week(day.value.start)?;
        let mut found = Found::new(day.end, value);
        found.relative = day.relative;
        Some(found)
    }

    /// "the 18th" as the object of "the week of": a day of the month
    /// after "of", which [`Scanner::bare_day`] does not take alone.
    fn bare_day_at(&self, i: usize) -> Option<Found> {
        if !self.is_kw(i, Kw::The) {
            return None;
        }
        let Lex::Ordinal(d) = self.tok(i + 1)?.lex else {
            return None;
        };
        let date = cal::day_of_month(i8::try_from(d).ok()?, self.reference, self.ahead(i))?;
        Some(Found::new(i + 2, cal::day(date)?).relative())
    }

    /// "2024 Q3": a year and its quarter.
    fn year_quarter(&self, i: usize) -> Option<Found> {
        let y = self.plausible_year(i, true)?;
        let Lex::Quarter(q) = self.tok(i + 1)?.lex else {
            return None;
        };
        Some(Found::new(i + 2, cal::quarter(y, q)?))
    }

    /// "the 19th century", "the 21st century".
    fn century(&self, i: usize) -> Option<Found> {
        let j = if self.is_kw(i, Kw::The) { i + 1 } else { i };
        let Lex::Ordinal(n) = self.tok(j)?.lex else {
            return None;
        };
        if !self.text(j + 1).eq_ignore_ascii_case("century") || !(1..=29).contains(&n) {
            return None;
        }
        let first = i16::try_from((n - 1) * 100).ok()?;
        let mut value = cal::decade(first)?;
        value.end = Date::new(first + 100, 1, 1).ok()?;
        Some(Found::new(j + 2, value))
    }

    /// "after next" or "after the next" from token `i`, where the phrase
    /// ends: the token after it.
    pub(super) fn after_next_end(&self, i: usize) -> Option<usize> {
        if !self.is_kw(i, Kw::After) {
            return None;
        }
        let k = if self.is_kw(i + 1, Kw::The) {
            i + 2
        } else {
            i + 1
        };
        (self.is_kw(k, Kw::Next) && self.phrase_ends(k + 1)).then_some(k + 1)
    }

    /// "the week after next", "the year after next": two from the
    /// reference's.
    fn after_next(&self, i: usize) -> Option<Found> {
        let unit = self.single_unit(i + 1)?;
        let end = self.after_next_end(i + 2)?;
        let r = self.reference;
        let value = match unit {
            Unit::Week => cal::week(cal::add_days(r, 14)?)?,
            Unit::Month => cal::month_of(cal::add_months(r, 2)?)?,
            Unit::Year => cal::year(r.year() + 2)?,
            _ => return None,
        };
        Some(Found::new(end, value).relative())
    }

    /// A small count: "two", "3", "a".
    fn count(&self, i: usize) -> Option<i64> {
        let t = self.tok(i)?;
        match t.lex {
            Lex::Kw(Kw::A) => Some(1),
            Lex::Kw(Kw::Count(n)) => Some(i64::from(n)),
            Lex::Num { value, digits } if digits <= 2 && value > 0 => Some(i64::from(value)),
            _ => None,
        }
    }

    /// "two weeks ago", "three years ago", "a month ago".
    fn ago(&self, i: usize) -> Option<Found> {
        longest![self.ago_one(i), self.ago_compound(i)]
    }

    /// "1 year, 2 months and 3 days ago": the reference moved back by each
    /// amount, as a day when days are counted, else the finest unit's
    /// calendar month or year.
    fn ago_compound(&self, i: usize) -> Option<Found> {
        let mut k = i;
        let mut parts: Vec<(i64, Unit)> = Vec::new();
        loop {
            let n = self.count(k)?;
            let Some(Kw::Unit(unit)) = self.kw(k + 1) else {
                return None;
            };
            parts.push((n, unit));
            k += 2;
            if self.is_kw(k, Kw::Ago) {
                break;
            }
            if self.tok(k)?.is_punct(',') || self.is_kw(k, Kw::And) {
                k += 1;
            }
        }
        if parts.len() < 2 {
            return None;
        }
        let mut date = self.reference;
        for &(n, unit) in &parts {
            date = match unit {
                Unit::Day => cal::add_days(date, -n)?,
                Unit::Week => cal::add_days(date, -7 * n)?,
                Unit::Month => cal::add_months(date, -n)?,
                Unit::Year => cal::add_months(date, -12 * n)?,
                Unit::Decade => cal::add_months(date, -120 * n)?,
            };
        }
        let finest = parts.iter().map(|&(_, u)| u as u8).min()?;
        let value = match finest {
            0 => cal::day(date)?,
            1 => cal::week(date)?,
            2 => cal::month_of(date)?,
            _ => cal::year(date.year())?,
        };
        Some(Found::new(k + 1, value).relative())
    }

    fn ago_one(&self, i: usize) -> Option<Found> {
        let n = self.count(i)?;
        let Some(Kw::Unit(unit)) = self.kw(i + 1) else {
            return None;
        };
        if !self.is_kw(i + 2, Kw::Ago) {
            return None;
        }
        let r = self.reference;
        let value = match unit {
            Unit::Day => cal::day(cal::add_days(r, -n)?)?,
            Unit::Week => cal::week(cal::add_days(r, -7 * n)?)?,
            Unit::Month => cal::month_of(cal::add_months(r, -n)?)?,
            Unit::Year => cal::year(r.year() - i16::try_from(n).ok()?)?,
            Unit::Decade => cal::year(r.year() - 10 * i16::try_from(n).ok()?)?,
        };
        let mut found = Found::new(i + 3, value).relative();
        found.parts.rel = Some((self.span(i, i + 3), unit));
        Some(found)
    }

    /// Dates relative to the previous date in the same sentence: "the
    /// following year", "the same month", "a year later", "two days
    /// earlier", "four days later", "the next day", "the day after", "two
    /// days before" (the last two only where the phrase ends).
    fn anaphor(&self, i: usize, anchor: Option<&DateValue>) -> Option<Found> {
        let anchor = anchor?;
        let (delta, unit, end) = match self.kw(i)? {
            Kw::The => {
                let (delta, unit) = match self.kw(i + 1)? {
                    Kw::Following | Kw::Next => (1, self.single_unit(i + 2)?),
                    Kw::Previous => (-1, self.single_unit(i + 2)?),
                    Kw::Same => (0, self.single_unit(i + 2)?),
                    // "the day after", "the week before"; not "the day
                    // after the vote" nor "the day before yesterday".
                    Kw::Unit(_) => {
                        let unit = self.single_unit(i + 1)?;
                        let delta = match self.kw(i + 2)? {
                            Kw::After => 1,
                            Kw::Before => -1,
                            _ => return None,
                        };
                        if !self.phrase_ends(i + 3) {
                            return None;
                        }
                        return self.shifted(anchor, delta, unit, i + 3);
                    }
                    _ => return None,
                };
                (delta, unit, i + 3)
            }
            Kw::That => {
                let j = if self.is_kw(i + 1, Kw::Same) {
                    i + 2
                } else {
                    i + 1
                };
                (0, self.single_unit(j)?, j + 1)
            }
            _ => {
                let n = self.count(i)?;
                let Some(Kw::Unit(unit)) = self.kw(i + 1) else {
                    return None;
                };
                let delta = match self.kw(i + 2)? {
                    Kw::Later => n,
                    Kw::Earlier => -n,
                    // "two days before." but not "two days before the vote".
                    Kw::After if self.phrase_ends(i + 3) => n,
                    Kw::Before if self.phrase_ends(i + 3) => -n,
                    _ => return None,
                };
                (delta, unit, i + 3)
            }
        };
        self.shifted(anchor, delta, unit, end)
    }

    /// `anchor` moved by `delta` of `unit`, ending at token `end`. Years
    /// and decades are calendar years counted from the anchor's last (or,
    /// going back, first) year. Months and weeks are the calendar month or
    /// week that holds the moved start of an anchor as fine as the unit.
    /// Days move a day; an anchor coarser than the unit but no coarser
    /// than a part of a month ("early May") moves both ends, keeps its
    /// grain and loses its modifier. Stretches ("from May 1 to 5") and
    /// open dates ("since May") are not counted from, nor are coarser
    /// anchors.
    fn shifted(&self, anchor: &DateValue, delta: i64, unit: Unit, end: usize) -> Option<Found> {
        let open = anchor.range
            || matches!(
                anchor.modifier,
                Some(DateMod::Before | DateMod::After | DateMod::Since | DateMod::Until)
            );
        let value = match unit {
            Unit::Year | Unit::Decade => {
                let base = if delta > 0 {
                    cal::last_day(anchor).year()
                } else {
                    anchor.start.year()
                };
                let step = if unit == Unit::Decade { 10 } else { 1 };
                cal::year(base + i16::try_from(delta * step).ok()?)?
            }
            _ if open && delta != 0 => return None,
            Unit::Month if anchor.grain <= Grain::Month => {
                cal::month_of(cal::add_months(anchor.start, delta)?)?
            }
            Unit::Week if anchor.grain <= Grain::Week => {
                cal::week(cal::add_days(anchor.start, 7 * delta)?)?
            }
            Unit::Week if anchor.grain == Grain::PartOfMonth && delta != 0 => {
                cal::shift_days(anchor, 7 * delta)?
            }
            Unit::Day if anchor.grain == Grain::Day && !anchor.range => {
                cal::day(cal::add_days(anchor.start, delta)?)?
            }
            Unit::Day if anchor.grain <= Grain::PartOfMonth && delta != 0 => {
                cal::shift_days(anchor, delta)?
            }
            _ => return None,
        };
        Some(Found::new(end, value).relative())
    }

    /// A singular unit word: "year" but not "years".
    fn single_unit(&self, i: usize) -> Option<Unit> {
        match self.kw(i)? {
            Kw::Unit(u) if !self.text(i).ends_with(['s', 'S']) => Some(u),
            _ => None,
        }
    }
}

/// Resolve a date written without a year against `anchor`: the most
/// recent one, or with `ahead` (the future tense) the next one.
/// Day `d` of month `m` in year `y`; a day the month lacks (day 29 to 31
/// of a shorter month, Feb. 29 in a common year) is a date stated without
/// a real day. `None` for a month or day no calendar has.
fn dated_day(end: usize, y: i16, m: i8, d: i8) -> Option<Found> {
    match Date::new(y, m, d) {
        Ok(date) => Some(Found::new(end, cal::day(date)?)),
        Err(_) if (1..=31).contains(&d) => Some(Found::no_such_day(end, cal::month(y, m)?)),
        Err(_) => None,
    }
}

pub(super) fn resolve_yearless(y: Yearless, anchor: Date, ahead: bool) -> Option<DateValue> {
    match y {
        Yearless::Day(m, d) if ahead => cal::day(cal::yearless_day_ahead(m, d, anchor)?),
        Yearless::Day(m, d) => cal::day(cal::yearless_day(m, d, anchor)?),
        Yearless::Month(m, part) => {
            let year = if ahead {
                cal::year_of_month_ahead(m, anchor)
            } else {
                cal::year_of_month(m, anchor)
            };
            let month = cal::month(year, m)?;
            match part {
                Some(p) => cal::part_of_month(month, p),
                None => Some(month),
            }
        }
    }
}

/// "first" .. "twentieth" and "thirtieth" as a day of the month, with the
/// ordinal module's word lists.
/// Room for the longest spelled day ("seventeenth", "twentieth") with
/// bytes to spare.
const SPELLED_MAX: usize = 16;

/// `w` in ASCII lowercase, written into `buf`; `None` when `w` is longer
/// than `buf` or not ASCII, and so none of the spelled numbers.
fn lower_short<'b>(w: &str, buf: &'b mut [u8; SPELLED_MAX]) -> Option<&'b str> {
    let bytes = w.as_bytes();
    if bytes.len() > buf.len() || !w.is_ascii() {
        return None;
    }
    let lower = &mut buf[..bytes.len()];
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok()
}

/// Whether a plain word (one the lexer did not make a keyword, a
/// calendar name or a number) can be the first token of a date: the words
/// the rules compare token `i` with, by their spelling, when it is a plain
/// word. A word that starts with digits ("3year", "10days": one token),
/// a number or ordinal in words ("nineteen" of "nineteen ninety-nine",
/// "fifth", "twenty" of "twenty-first"), a half year ("H1"), and the
/// leads of the stretches of `relative.rs` ("past", "within", "less
/// than", "for", "few", "several", "coming", "upcoming", "current", "my
/// weekend", "more than"). A rule that starts reading a plain word any
/// other way must add it here; debug builds check every word passed over.
fn may_open_date(word: &str) -> bool {
    use crate::extract::numeric::format::{TENS, UNITS};
    use crate::extract::ordinal::{ORDINALS, TENTHS};
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    // The rules compare with ASCII words ignoring case: a longer or
    // non-ASCII word is none of them.
    let mut buf = [0u8; SPELLED_MAX];
    let Some(w) = lower_short(word, &mut buf) else {
        return false;
    };
    matches!(
        w,
        "past"
            | "within"
            | "less"
            | "for"
            | "few"
            | "several"
            | "coming"
            | "upcoming"
            | "current"
            | "my"
            | "more"
            | "h1"
            | "h2"
    ) || [&UNITS[..], &TENS, &ORDINALS, &TENTHS]
        .iter()
        .any(|words| words.contains(&w))
}

fn spelled_ordinal(w: &str) -> Option<i8> {
    use crate::extract::ordinal::{ORDINALS, TENTHS};
    let n = match ORDINALS[1..].iter().position(|o| *o == w) {
        Some(i) => i + 1,
        None => match TENTHS.iter().position(|t| !t.is_empty() && *t == w)? {
            tens @ (2 | 3) => tens * 10,
            _ => return None,
        },
    };
    i8::try_from(n).ok()
}

/// "one" .. "nineteen".
fn spelled_cardinal(w: &str) -> Option<i8> {
    let units = &crate::extract::numeric::format::UNITS;
    let n = units[1..].iter().position(|o| *o == w)?;
    i8::try_from(n + 1).ok()
}

/// The month of "2016-11", "2016/11" or "11/2016": numbers `a` and `b`
/// with `ad` and `bd` digits, the year first or last. With the year first
/// and no slash, two digits after it that could end a span of years
/// starting there make a span ("2008-09"), not a month.
pub(super) fn numeric_month(a: u32, ad: u8, b: u32, bd: u8, slash: bool) -> Option<DateValue> {
    let (y, m) = match (ad, bd) {
        (4, 1 | 2) if slash || bd == 1 || a % 100 >= b => (a, b),
        (1 | 2, 4) => (b, a),
        _ => return None,
    };
    if !(1900..=2099).contains(&y) || !(1..=12).contains(&m) {
        return None;
    }
    cal::month(i16::try_from(y).ok()?, i8::try_from(m).ok()?)
}

/// Month and day of a numeric date: month first, unless the first number
/// cannot be a month and the second can.
fn month_first(a: u32, b: u32) -> Option<(u32, u32)> {
    match (a, b) {
        (1..=12, 1..=31) => Some((a, b)),
        (13..=31, 1..=12) => Some((b, a)),
        _ => None,
    }
}
