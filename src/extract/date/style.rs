//! Writing a claimed date the way the text wrote the date it got wrong.
//!
//! The text's date is scanned again to learn where its pieces sit (month,
//! day, year, part, relative phrase); each piece is rewritten with the
//! claimed value in the same form ("Sept." stays abbreviated, "25th" stays
//! ordinal, "last year" stays relative). Every candidate is read back with
//! [`super::dates`] and kept only if it states the claimed interval, so a
//! rewrite never changes meaning through the year a reader would infer.

use super::super::{DateMod, DateValue, Grain, Span, Value};
use super::lex::{MonthForm, Unit};
use super::scan::{Hit, Parts, Scanner};
use jiff::civil::{Date, Weekday};

/// Month names, January first.
pub(crate) const FULL: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// AP style: five months are never abbreviated.
const AP: [&str; 12] = [
    "Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec",
];
const SHORT: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

pub(super) fn restyle(claimed: &DateValue, found: &str, reference: Date) -> Option<String> {
    let hits = Scanner::new(found, reference, false).scan();
    let hit = hits.iter().max_by_key(|h| h.span.len())?;
    let substituted = substitute(claimed, found, hit, reference);
    substituted
        .into_iter()
        .chain(fallbacks(claimed, found, hit))
        .find(|candidate| states(candidate, claimed, reference))
}

/// `text` states exactly the claimed interval at the claimed grain.
fn states(text: &str, claimed: &DateValue, reference: Date) -> bool {
    super::dates(text, reference).iter().any(|e| {
        matches!(&e.value, Value::Date(v)
            if v.start == claimed.start && v.end == claimed.end && v.grain == claimed.grain)
    })
}

/// Rewrite the pieces of the found date in place.
fn substitute(claimed: &DateValue, found: &str, hit: &Hit, reference: Date) -> Option<String> {
    let p = &hit.found.parts;
    let was = hit.found.value;
    let mut edits: Vec<(Span, String)> = Vec::new();
    let d = claimed.start;
    match claimed.grain {
        Grain::Day if !claimed.range => {
            if was.grain != Grain::Day || was.range {
                return None;
            }
            if let Some((sp, _)) = p.rel {
                let word = match d.since(reference).ok()?.get_days() {
                    0 => "today",
                    -1 => "yesterday",
                    1 => "tomorrow",
                    _ => return None,
                };
                edits.push((sp, cased(&found[sp.start..sp.end], word)));
            }
            if p.month.is_none() && p.day.is_none() && p.weekday.is_none() && p.rel.is_none() {
                return None;
            }
            if let Some((sp, form, dotted)) = p.month {
                edits.push((sp, month_text(d.month(), form, dotted)));
            }
            if let Some((sp, ordinal)) = p.day {
                edits.push((sp, day_text(d.day(), ordinal)));
            }
            if let Some((sp, _)) = p.years[0] {
                edits.push((sp, d.year().to_string()));
            }
            if let Some(sp) = p.weekday {
                edits.push((sp, weekday_name(d.weekday()).to_string()));
            }
        }
        Grain::Month | Grain::PartOfMonth if !claimed.range => {
            if !matches!(was.grain, Grain::Month | Grain::PartOfMonth) || was.range {
                return None;
            }
            if let Some((sp, form, dotted)) = p.month {
                edits.push((sp, month_text(d.month(), form, dotted)));
            }
            if let Some((sp, _)) = p.years[0] {
                edits.push((sp, d.year().to_string()));
            }
            if let Some((sp, unit)) = p.rel {
                let word = match unit {
                    Unit::Year => relative_word(i32::from(d.year() - reference.year()), "year")?,
                    Unit::Month => relative_word(month_index(d) - month_index(reference), "month")?,
                    _ => return None,
                };
                edits.push((sp, cased(&found[sp.start..sp.end], &word)));
            }
            let wanted = match claimed.grain {
                Grain::PartOfMonth => claimed.modifier,
                _ => None,
            };
            match (p.part, wanted) {
                (Some((sp, had)), Some(want)) if had != want => {
                    let original = &found[sp.start..sp.end];
                    edits.push((sp, cased(original, part_text(want, original))));
                }
                (Some((sp, _)), None) => edits.push((sp, String::new())),
                (None, Some(want)) => {
                    let at = p.month.map(|m| m.0).or(p.rel.map(|r| r.0))?;
                    edits.push((
                        Span::new(at.start, at.start),
                        part_text(want, "").to_string(),
                    ));
                }
                _ => {}
            }
        }
        Grain::Year => {
            if was.grain != Grain::Year || was.range != claimed.range {
                return None;
            }
            if claimed.range {
                let (first, _) = p.years[0]?;
                let (second, digits) = p.years[1]?;
                let last = super::cal::last_day(claimed).year();
                edits.push((first, d.year().to_string()));
                let last = if digits == 2 {
                    format!("{:02}", last % 100)
                } else {
                    last.to_string()
                };
                edits.push((second, last));
            } else if let Some((sp, _)) = p.years[0] {
                edits.push((sp, d.year().to_string()));
            } else if let Some((sp, Unit::Year)) = p.rel {
                let word = relative_word(i32::from(d.year() - reference.year()), "year")?;
                edits.push((sp, cased(&found[sp.start..sp.end], &word)));
            } else {
                return None;
            }
        }
        _ => return None,
    }
    Some(apply(found, edits))
}

/// Fresh renderings of the claimed date, put in place of the found date's
/// pieces; tried after the in-place rewrite, shortest first.
fn fallbacks(claimed: &DateValue, found: &str, hit: &Hit) -> Vec<String> {
    let p = &hit.found.parts;
    let region = region(p).unwrap_or(hit.span);
    let bodies = render(claimed, p, &found[hit.span.start..hit.span.end]);
    let mut prefix = found[..region.start].to_string();
    if p.rel.is_some() && region.start == 0 {
        prefix = if claimed.grain == Grain::Day {
            "on "
        } else {
            "in "
        }
        .to_string();
        if found.starts_with(char::is_uppercase) {
            prefix = cased("X", &prefix);
        }
    }
    bodies
        .into_iter()
        .map(|body| format!("{prefix}{body}{}", &found[region.end..]))
        .collect()
}

/// The stretch of text covered by the date's pieces.
fn region(p: &Parts) -> Option<Span> {
    let spans = [
        p.month.map(|m| m.0),
        p.day.map(|d| d.0),
        p.weekday,
        p.years[0].map(|y| y.0),
        p.years[1].map(|y| y.0),
        p.part.map(|x| x.0),
        p.rel.map(|r| r.0),
    ];
    spans
        .into_iter()
        .flatten()
        .reduce(|a, b| Span::new(a.start.min(b.start), a.end.max(b.end)))
}

/// The claimed date written from scratch, in the found date's month style
/// where it had one: without a year first, then with one.
fn render(claimed: &DateValue, p: &Parts, found: &str) -> Vec<String> {
    let d = claimed.start;
    let y = d.year();
    let (form, dotted) = p.month.map_or((MonthForm::Full, false), |m| (m.1, m.2));
    let month = month_text(d.month(), form, dotted);
    let numeric = p.month.is_none() && p.day.is_none() && p.rel.is_none() && p.weekday.is_none();
    match claimed.grain {
        Grain::Day if claimed.range => Vec::new(),
        Grain::Day if numeric && found.contains('/') => {
            vec![format!("{}/{}/{y}", d.month(), d.day())]
        }
        Grain::Day if numeric => vec![d.to_string()],
        Grain::Day => {
            let ordinal = p.day.is_some_and(|x| x.1);
            let day = day_text(d.day(), ordinal);
            let day_first = match (p.day, p.month) {
                (Some(dd), Some(m)) => dd.0.start < m.0.start,
                _ => false,
            };
            if day_first {
                vec![format!("{day} {month}"), format!("{day} {month} {y}")]
            } else {
                vec![format!("{month} {day}"), format!("{month} {day}, {y}")]
            }
        }
        Grain::Month => {
            let full = FULL[usize::try_from(d.month() - 1).unwrap_or(0)];
            vec![full.to_string(), format!("{full} {y}")]
        }
        Grain::PartOfMonth => {
            let full = FULL[usize::try_from(d.month() - 1).unwrap_or(0)];
            let part = part_text(claimed.modifier.unwrap_or(DateMod::Early), "");
            vec![format!("{part}{full}"), format!("{part}{full} {y}")]
        }
        Grain::Year if claimed.range => {
            vec![format!("{y} to {}", super::cal::last_day(claimed).year())]
        }
        Grain::Year => vec![y.to_string()],
        Grain::Quarter => vec![format!("Q{} {y}", (d.month() + 2) / 3)],
        Grain::Decade => vec![format!("the {y}s")],
        Grain::PartOfYear => match claimed.modifier {
            Some(m @ (DateMod::Early | DateMod::Mid | DateMod::Late)) => {
                vec![format!("{}{y}", part_text(m, ""))]
            }
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn apply(found: &str, mut edits: Vec<(Span, String)>) -> String {
    edits.sort_by_key(|e| std::cmp::Reverse(e.0.start));
    let mut out = found.to_string();
    for (sp, text) in edits {
        out.replace_range(sp.start..sp.end, &text);
    }
    out
}

fn month_index(d: Date) -> i32 {
    i32::from(d.year()) * 12 + i32::from(d.month())
}

fn relative_word(diff: i32, unit: &str) -> Option<String> {
    let word = match diff {
        0 => "this",
        -1 => "last",
        1 => "next",
        _ => return None,
    };
    Some(format!("{word} {unit}"))
}

fn month_text(m: i8, form: MonthForm, dotted: bool) -> String {
    let i = usize::try_from(m - 1).unwrap_or(0);
    match (form, dotted) {
        (MonthForm::Full, _) => FULL[i].to_string(),
        (_, true) if AP[i] == FULL[i] => FULL[i].to_string(),
        (_, true) => format!("{}.", AP[i]),
        (MonthForm::Ap, false) => AP[i].to_string(),
        (MonthForm::Short, false) => SHORT[i].to_string(),
    }
}

fn day_text(day: i8, ordinal: bool) -> String {
    if !ordinal {
        return day.to_string();
    }
    let suffix = match (day % 10, day % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{day}{suffix}")
}

/// The words for a part of a month, in the found wording's family:
/// "early " / "mid-" / "late ", or "the beginning of " / "the middle of " /
/// "the end of ".
fn part_text(part: DateMod, original: &str) -> &'static str {
    let phrase = original.len() > 3 && original[..3].eq_ignore_ascii_case("the");
    match (part, phrase) {
        (DateMod::Early, false) => "early ",
        (DateMod::Mid, false) => "mid-",
        (_, false) => "late ",
        (DateMod::Early, true) => "the beginning of ",
        (DateMod::Mid, true) => "the middle of ",
        (_, true) => "the end of ",
    }
}

fn weekday_name(wd: Weekday) -> &'static str {
    match wd {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}

/// `word` with the first letter's case of `original`.
fn cased(original: &str, word: &str) -> String {
    let mut chars = word.chars();
    match (original.chars().next(), chars.next()) {
        (Some(o), Some(w)) if o.is_uppercase() => w.to_uppercase().chain(chars).collect(),
        _ => word.to_string(),
    }
}
