//! Quantities with units: "more than 230,000 square miles", "230 thousand sq
//! mi", "a 500-mile border", "10km", "2 million barrels per day".
//!
//! A number phrase from [`super::numeric`] followed by a unit from one
//! table, which gives every alias ("sq mi", "square miles", "mi²") one
//! canonical singular name ("square mile") so that equivalent spellings
//! compare equal. Hand-written because the aliasing rules are editorial ones
//! a units crate does not know: "500m" after a currency sign is money, not
//! metres; single-letter units only count when glued to the digits, but for
//! a spaced "m" with no noun after it ("12 m 2 dm", not "1 m people");
//! "pounds" is a weight unless money words make it sterling ("lost 25
//! pounds", not "paid 25 pounds"); a straight double quote is an inch mark
//! only where it opens and closes no quotation ("a 55" TV"). Money,
//! percentages and time are other extractors' business. Fractions ("1/4
//! mile", "½ cup"), digits glued to a unit the number grammar does not know
//! ("256GB"), speeds built from a length and a time ("30 m/s") and feet with
//! inches ("5 ft 2 in", in feet) are read here.

use super::money::{currency_before, pounds_are_money, weighed};
use super::numeric::format;
use super::numeric::scan::{
    match_atoms, measures, parse_at, qualifier_before, ByFirstAtom, Measure, Phrase, TokKind,
    Tokens,
};
use super::{Extracted, Kind, Magnitude, Qualifier, Value};
use std::sync::OnceLock;

/// Unit aliases (lowercase words, or symbols as written) and their canonical
/// names; `true` marks abbreviations, which do not change in the plural.
static UNITS: &[(&[&str], &str, bool)] = &[
    // area
    (&["square", "miles"], "square mile", false),
    (&["square", "mile"], "square mile", false),
    (&["sq", "mi"], "square mile", true),
    (&["square", "mi"], "square mile", true),
    (&["sq", "miles"], "square mile", false),
    (&["sq", "mile"], "square mile", false),
    (&["mi", "²"], "square mile", true),
    (&["square", "kilometers"], "square kilometer", false),
    (&["square", "kilometres"], "square kilometer", false),
    (&["square", "kilometer"], "square kilometer", false),
    (&["square", "kilometre"], "square kilometer", false),
    (&["square", "km"], "square kilometer", true),
    (&["sq", "km"], "square kilometer", true),
    (&["sq", "kilometers"], "square kilometer", false),
    (&["sq", "kilometres"], "square kilometer", false),
    (&["km", "²"], "square kilometer", true),
    (&["km", "2"], "square kilometer", true),
    (&["square", "meters"], "square meter", false),
    (&["square", "metres"], "square meter", false),
    (&["square", "meter"], "square meter", false),
    (&["square", "metre"], "square meter", false),
    (&["sq", "m"], "square meter", true),
    (&["m", "²"], "square meter", true),
    (&["m", "2"], "square meter", true),
    (&["square", "feet"], "square foot", false),
    (&["square", "foot"], "square foot", false),
    (&["sq", "ft"], "square foot", true),
    (&["square", "ft"], "square foot", true),
    (&["sq", "feet"], "square foot", false),
    (&["square", "yards"], "square yard", false),
    (&["square", "yard"], "square yard", false),
    (&["square", "inches"], "square inch", false),
    (&["square", "inch"], "square inch", false),
    (&["square", "centimeters"], "square centimeter", false),
    (&["square", "centimetres"], "square centimeter", false),
    (&["square", "centimeter"], "square centimeter", false),
    (&["cm", "²"], "square centimeter", true),
    (&["cm", "2"], "square centimeter", true),
    (&["acres"], "acre", false),
    (&["acre"], "acre", false),
    (&["hectares"], "hectare", false),
    (&["hectare"], "hectare", false),
    (&["ha"], "hectare", true),
    // length
    (&["miles"], "mile", false),
    (&["mile"], "mile", false),
    (&["mi"], "mile", true),
    (&["nautical", "miles"], "nautical mile", false),
    (&["nautical", "mile"], "nautical mile", false),
    (&["kilometers"], "kilometer", false),
    (&["kilometres"], "kilometer", false),
    (&["kilometer"], "kilometer", false),
    (&["kilometre"], "kilometer", false),
    (&["km"], "kilometer", true),
    (&["kms"], "kilometer", true),
    (&["meters"], "meter", false),
    (&["metres"], "meter", false),
    (&["meter"], "meter", false),
    (&["metre"], "meter", false),
    (&["m"], "meter", true),
    (&["centimeters"], "centimeter", false),
    (&["centimetres"], "centimeter", false),
    (&["centimeter"], "centimeter", false),
    (&["cm"], "centimeter", true),
    (&["millimeters"], "millimeter", false),
    (&["millimetres"], "millimeter", false),
    (&["millimeter"], "millimeter", false),
    (&["mm"], "millimeter", true),
    (&["decimeters"], "decimeter", false),
    (&["decimetres"], "decimeter", false),
    (&["decimeter"], "decimeter", false),
    (&["decimetre"], "decimeter", false),
    (&["dm"], "decimeter", true),
    (&["micrometers"], "micrometer", false),
    (&["micrometres"], "micrometer", false),
    (&["micrometer"], "micrometer", false),
    (&["microns"], "micrometer", false),
    (&["micron"], "micrometer", false),
    (&["nanometers"], "nanometer", false),
    (&["nanometres"], "nanometer", false),
    (&["nanometer"], "nanometer", false),
    (&["picometers"], "picometer", false),
    (&["picometres"], "picometer", false),
    (&["picometer"], "picometer", false),
    (&["feet"], "foot", false),
    (&["foot"], "foot", false),
    (&["ft"], "foot", true),
    (&["inches"], "inch", false),
    (&["inch"], "inch", false),
    (&["yards"], "yard", false),
    (&["yard"], "yard", false),
    (&["yd"], "yard", true),
    // mass
    (&["tons"], "ton", false),
    (&["ton"], "ton", false),
    (&["short", "tons"], "ton", false),
    (&["tonnes"], "tonne", false),
    (&["tonne"], "tonne", false),
    (&["metric", "tons"], "tonne", false),
    (&["metric", "ton"], "tonne", false),
    (&["metric", "tonnes"], "tonne", false),
    (&["t"], "tonne", true),
    (&["kilograms"], "kilogram", false),
    (&["kilogrammes"], "kilogram", false),
    (&["kilogram"], "kilogram", false),
    (&["kilos"], "kilogram", false),
    (&["kilo"], "kilogram", false),
    (&["kg"], "kilogram", true),
    (&["kgs"], "kilogram", true),
    (&["grams"], "gram", false),
    (&["gramme"], "gram", false),
    (&["grammes"], "gram", false),
    (&["gram"], "gram", false),
    (&["g"], "gram", true),
    (&["milligrams"], "milligram", false),
    (&["milligrammes"], "milligram", false),
    (&["milligram"], "milligram", false),
    (&["mg"], "milligram", true),
    (&["micrograms"], "microgram", false),
    (&["microgrammes"], "microgram", false),
    (&["microgram"], "microgram", false),
    (&["μg"], "microgram", true),
    (&["µg"], "microgram", true),
    (&["mcg"], "microgram", true),
    (&["pounds"], "pound", false),
    (&["pound"], "pound", false),
    (&["lb"], "pound", true),
    (&["lbs"], "pound", true),
    (&["drams"], "dram", false),
    (&["dram"], "dram", false),
    (&["drachmas"], "dram", false),
    (&["drachma"], "dram", false),
    (&["ounces"], "ounce", false),
    (&["ounce"], "ounce", false),
    (&["oz"], "ounce", true),
    // volume
    (&["barrels"], "barrel", false),
    (&["barrel"], "barrel", false),
    (&["barrels", "per", "day"], "barrel per day", false),
    (&["barrels", "a", "day"], "barrel per day", false),
    (&["bpd"], "barrel per day", true),
    (&["liters"], "liter", false),
    (&["litres"], "liter", false),
    (&["liter"], "liter", false),
    (&["litre"], "liter", false),
    (&["l"], "liter", true),
    (&["milliliters"], "milliliter", false),
    (&["millilitres"], "milliliter", false),
    (&["milliliter"], "milliliter", false),
    (&["millilitre"], "milliliter", false),
    (&["ml"], "milliliter", true),
    (&["cups"], "cup", false),
    (&["cup"], "cup", false),
    (&["tablespoons"], "tablespoon", false),
    (&["tablespoon"], "tablespoon", false),
    (&["tbsp"], "tablespoon", true),
    (&["teaspoons"], "teaspoon", false),
    (&["teaspoon"], "teaspoon", false),
    (&["tsp"], "teaspoon", true),
    (&["m", "3"], "cubic meter", true),
    (&["gallons"], "gallon", false),
    (&["gallon"], "gallon", false),
    (&["cubic", "meters"], "cubic meter", false),
    (&["cubic", "metres"], "cubic meter", false),
    (&["cubic", "meter"], "cubic meter", false),
    (&["cubic", "metre"], "cubic meter", false),
    (&["m", "³"], "cubic meter", true),
    (&["cubic", "centimeters"], "cubic centimeter", false),
    (&["cubic", "centimetres"], "cubic centimeter", false),
    (&["cubic", "centimeter"], "cubic centimeter", false),
    (&["cc"], "cubic centimeter", true),
    (&["cubic", "inches"], "cubic inch", false),
    (&["cubic", "inch"], "cubic inch", false),
    (&["cubic", "yards"], "cubic yard", false),
    (&["cubic", "yard"], "cubic yard", false),
    (&["pints"], "pint", false),
    (&["pint"], "pint", false),
    (&["quarts"], "quart", false),
    (&["quart"], "quart", false),
    (&["fluid", "ounces"], "fluid ounce", false),
    (&["fluid", "ounce"], "fluid ounce", false),
    (&["fl", "oz"], "fluid ounce", true),
    (&["cubic", "feet"], "cubic foot", false),
    (&["cubic", "foot"], "cubic foot", false),
    // energy and power
    (&["watts"], "watt", false),
    (&["watt"], "watt", false),
    (&["kilowatts"], "kilowatt", false),
    (&["kilowatt"], "kilowatt", false),
    (&["kw"], "kilowatt", true),
    (&["megawatts"], "megawatt", false),
    (&["megawatt"], "megawatt", false),
    (&["mw"], "megawatt", true),
    (&["gigawatts"], "gigawatt", false),
    (&["gigawatt"], "gigawatt", false),
    (&["gw"], "gigawatt", true),
    (&["kilowatt", "hours"], "kilowatt-hour", false),
    (&["kilowatt", "hour"], "kilowatt-hour", false),
    (&["kwh"], "kilowatt-hour", true),
    (&["megawatt", "hours"], "megawatt-hour", false),
    (&["megawatt", "hour"], "megawatt-hour", false),
    (&["mwh"], "megawatt-hour", true),
    (&["gigawatt", "hours"], "gigawatt-hour", false),
    (&["gigawatt", "hour"], "gigawatt-hour", false),
    (&["gwh"], "gigawatt-hour", true),
    (&["terawatt", "hours"], "terawatt-hour", false),
    (&["terawatt", "hour"], "terawatt-hour", false),
    (&["twh"], "terawatt-hour", true),
    // speed
    (&["miles", "per", "hour"], "mile per hour", false),
    (&["miles", "an", "hour"], "mile per hour", false),
    (&["mph"], "mile per hour", true),
    (&["kilometers", "per", "hour"], "kilometer per hour", false),
    (&["kilometres", "per", "hour"], "kilometer per hour", false),
    (&["kilometers", "an", "hour"], "kilometer per hour", false),
    (&["kilometres", "an", "hour"], "kilometer per hour", false),
    (&["km", "/", "h"], "kilometer per hour", true),
    (&["km", "/", "hr"], "kilometer per hour", true),
    (&["kph"], "kilometer per hour", true),
    (&["kmh"], "kilometer per hour", true),
    (&["kmph"], "kilometer per hour", true),
    (&["knots"], "knot", false),
    (&["knot"], "knot", false),
    // information; "kb", "mb", "gb" and "tb" are bits or bytes by the case
    // of the "b", see `unit_at`
    (&["bits"], "bit", false),
    (&["bit"], "bit", false),
    (&["bytes"], "byte", false),
    (&["byte"], "byte", false),
    (&["kilobits"], "kilobit", false),
    (&["kilobit"], "kilobit", false),
    (&["megabits"], "megabit", false),
    (&["megabit"], "megabit", false),
    (&["gigabits"], "gigabit", false),
    (&["gigabit"], "gigabit", false),
    (&["kilobytes"], "kilobyte", false),
    (&["kilobyte"], "kilobyte", false),
    (&["megabytes"], "megabyte", false),
    (&["megabyte"], "megabyte", false),
    (&["gigabytes"], "gigabyte", false),
    (&["gigabyte"], "gigabyte", false),
    (&["terabytes"], "terabyte", false),
    (&["terabyte"], "terabyte", false),
    (&["petabytes"], "petabyte", false),
    (&["petabyte"], "petabyte", false),
    (&["kb"], "kilobit", true),
    (&["mb"], "megabit", true),
    (&["gb"], "gigabit", true),
    (&["tb"], "terabit", true),
    // angle
    (&["radians"], "radian", false),
    (&["radian"], "radian", false),
    (&["rad"], "radian", true),
    (&["turns"], "turn", false),
    (&["turn"], "turn", false),
    // temperature
    (&["degrees", "celsius"], "degree Celsius", false),
    (&["degrees", "centigrade"], "degree Celsius", false),
    (&["degrees", "fahrenheit"], "degree Fahrenheit", false),
    (&["°", "celsius"], "degree Celsius", false),
    (&["°", "fahrenheit"], "degree Fahrenheit", false),
    (&["°", "c"], "degree Celsius", true),
    (&["°", "f"], "degree Fahrenheit", true),
    (&["degrees"], "degree", false),
    (&["degree"], "degree", false),
    (&["°"], "degree", true),
];

/// A unit as found: its canonical name, whether it was abbreviated, and
/// whether it was joined to the number by a hyphen ("a 500-mile border").
#[derive(Clone, Copy, Debug)]
struct Unit {
    name: &'static str,
    abbrev: bool,
    hyphen: bool,
}

impl PartialEq for Unit {
    fn eq(&self, other: &Unit) -> bool {
        self.name == other.name
    }
}

/// Lengths and times that make a speed with "per" or "/" between them
/// ("50 meters per second", "3 km/min"), and the speed's canonical name.
static SPEEDS: &[(&str, &str, &str)] = &[
    ("meter", "second", "meter per second"),
    ("meter", "millisecond", "meter per millisecond"),
    ("meter", "minute", "meter per minute"),
    ("kilometer", "second", "kilometer per second"),
    ("kilometer", "millisecond", "kilometer per millisecond"),
    ("kilometer", "minute", "kilometer per minute"),
    ("kilometer", "hour", "kilometer per hour"),
    ("centimeter", "second", "centimeter per second"),
    ("centimeter", "millisecond", "centimeter per millisecond"),
    ("millimeter", "second", "millimeter per second"),
    ("mile", "second", "mile per second"),
    ("mile", "minute", "mile per minute"),
    ("mile", "hour", "mile per hour"),
    ("foot", "second", "foot per second"),
    ("foot", "minute", "foot per minute"),
];

/// Time units after "per" or "/" in a speed.
static TIMES: &[(&[&str], &str)] = &[
    (&["milliseconds"], "millisecond"),
    (&["millisecond"], "millisecond"),
    (&["ms"], "millisecond"),
    (&["seconds"], "second"),
    (&["second"], "second"),
    (&["sec"], "second"),
    (&["s"], "second"),
    (&["minutes"], "minute"),
    (&["minute"], "minute"),
    (&["min"], "minute"),
    (&["hours"], "hour"),
    (&["hour"], "hour"),
    (&["hr"], "hour"),
    (&["h"], "hour"),
];

/// The speed a length unit ending before token `j` makes with "per second",
/// "/ms" after it: its name and the token after the time unit.
fn per_time(t: &Tokens, j: usize, length: &str) -> Option<(&'static str, usize)> {
    let slash = t.is_punct(j, '/');
    if !(slash || t.w(j) == "per") {
        return None;
    }
    TIMES.iter().find_map(|(atoms, time)| {
        let end = match_atoms(t, j + 1, atoms)?;
        // Spelled-out speeds take spelled-out times: "/s", "per second".
        if atoms[0].len() <= 3 && !slash {
            return None;
        }
        SPEEDS
            .iter()
            .find(|(l, tm, _)| *l == length && tm == time)
            .map(|s| (s.2, end))
    })
}

/// Bits or bytes: "mb" and "Mb" are megabits, "MB" and "kB" bytes.
fn bytes_by_case(name: &'static str, raw: &str) -> &'static str {
    if !raw.ends_with('B') {
        return name;
    }
    match name {
        "kilobit" => "kilobyte",
        "megabit" => "megabyte",
        "gigabit" => "gigabyte",
        "terabit" => "terabyte",
        other => other,
    }
}

fn unit_at(t: &Tokens, j: usize, p: &Phrase) -> Option<(Unit, usize)> {
    // "20 (kg)", "20 [kg]": a unit alone in brackets.
    let close = match t.punct(j) {
        Some('(') => Some(')'),
        Some('[') => Some(']'),
        Some('{') => Some('}'),
        Some('<') => Some('>'),
        _ => None,
    };
    if let Some(close) = close {
        let (unit, end) = unit_written(t, j + 1, p)?;
        return t.is_punct(end, close).then_some((unit, end + 1));
    }
    unit_written(t, j, p)
}

fn unit_written(t: &Tokens, j: usize, p: &Phrase) -> Option<(Unit, usize)> {
    let (mut unit, mut end) = unit_in_table(t, j, p)?;
    // "24703m212" is an identifier, not metres.
    if t.kind(end) == Some(TokKind::Num) && t.adj(end) {
        return None;
    }
    unit.name = bytes_by_case(unit.name, t.raw(end - 1));
    if let Some((speed, e)) = per_time(t, end, unit.name) {
        unit.name = speed;
        end = e;
    }
    Some((unit, end))
}

fn unit_in_table(t: &Tokens, j: usize, p: &Phrase) -> Option<(Unit, usize)> {
    if j == p.end && inch_mark(t, j) {
        let inch = Unit {
            name: "inch",
            abbrev: true,
            hyphen: false,
        };
        return Some((inch, j + 1));
    }
    let hyphen = t.is_punct(j, '-') && t.adj(j) && t.adj(j + 1);
    let k = if hyphen { j + 1 } else { j };
    let attached = !hyphen && k == p.end && t.adj(k);
    let mut best: Option<(Unit, usize)> = None;
    static UNITS_BY_FIRST: OnceLock<ByFirstAtom> = OnceLock::new();
    let units = UNITS_BY_FIRST.get_or_init(|| ByFirstAtom::new(UNITS.iter().map(|u| u.0[0])));
    for &(atoms, name, abbrev) in units.at(t, k).iter().map(|&n| &UNITS[n]) {
        let Some(end) = match_atoms(t, k, atoms) else {
            continue;
        };
        // Single letters ("m", "g", "t", "l") only glued to digits: "500m";
        // a spaced "m" is metres only where no noun follows ("1 m people"
        // is a million).
        if atoms.len() == 1
            && atoms[0].len() == 1
            && atoms[0].is_ascii()
            && !attached
            && !(atoms[0] == "m"
                && k == p.end
                && (ends_measure(t, end) || second_metre_dimension(t, p.start)))
        {
            continue;
        }
        if atoms.len() == 1
            && atoms[0].len() == 1
            && !t
                .raw(k)
                .chars()
                .all(|c| c.is_lowercase() || !c.is_alphabetic())
        {
            continue;
        }
        // "Pounds" are a weight unless money cues make them sterling.
        if matches!(atoms[0], "pounds" | "pound") && pounds_are_money(t, p, end) {
            continue;
        }
        // The drachma is Greece's old currency and an apothecary weight, the
        // dram: a weight only where something is weighed.
        if matches!(atoms[0], "drachma" | "drachmas") && !weighed(t, p.start) {
            continue;
        }
        // A digit in a unit is glued to it: "m2", not "m 2".
        if atoms.len() > 1
            && atoms
                .last()
                .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()))
            && !t.adj(end - 1)
        {
            continue;
        }
        if !matches!(best, Some((_, e)) if e >= end) {
            best = Some((
                Unit {
                    name,
                    abbrev,
                    hyphen,
                },
                end,
            ));
        }
    }
    best
}

/// Nothing a number could count comes at token `j`, after a spaced unit
/// letter: the text or clause ends, or another measure or a dimension ("12 m
/// 2 dm", "1 m x 1 m", "2 m by 3 m") follows.
fn ends_measure(t: &Tokens, j: usize) -> bool {
    let number_at = |k: usize| t.kind(k) == Some(TokKind::Num);
    match t.kind(j) {
        None => true,
        Some(TokKind::Num) => true,
        Some(TokKind::Punct) => match t.punct(j) {
            Some('×') => number_at(j + 1),
            Some('.') => !number_at(j + 1) || !t.adj(j + 1),
            c => matches!(c, Some(',' | ';' | ')')),
        },
        Some(TokKind::Word) => matches!(t.w(j), "x" | "by") && number_at(j + 1),
    }
}

/// The number at token `i` is the second side of a size in metres: "1 m x
/// 2 m slab".
fn second_metre_dimension(t: &Tokens, i: usize) -> bool {
    i >= 2 && (matches!(t.w(i - 1), "x" | "by") || t.is_punct(i - 1, '×')) && t.raw(i - 2) == "m"
}

/// Size words after a measure: "10 " long", "6 ft tall".
fn size_word(w: &str) -> bool {
    matches!(
        w,
        "long" | "wide" | "tall" | "high" | "deep" | "thick" | "across" | "x" | "by"
    )
}

/// An inch mark at token `k` after a number: "″", or a straight double
/// quote that opens no quotation and closes none — no quotation is open
/// before it, and no word is glued after it — and that is glued to the
/// digits ("a 55" TV") or followed by a size ("10 " long").
fn inch_mark(t: &Tokens, k: usize) -> bool {
    match t.punct(k) {
        Some('″') => true,
        Some('"') => {
            let quotes_before = t.text[..t.start_of(k)].matches('"').count();
            let opens = t.adj(k + 1) && matches!(t.kind(k + 1), Some(TokKind::Word | TokKind::Num));
            quotes_before % 2 == 0 && !opens && (t.adj(k) || size_word(t.w(k + 1)))
        }
        _ => false,
    }
}

/// Digits glued by a hyphen to a word or code before them name a thing, not
/// an amount: "SCP-173m", "x2-40km".
fn after_identifier(t: &Tokens, i: usize) -> bool {
    i >= 2
        && t.is_punct(i - 1, '-')
        && t.adj(i)
        && t.adj(i - 1)
        && matches!(t.kind(i - 2), Some(TokKind::Word | TokKind::Num))
        && !(t.kind(i - 2) == Some(TokKind::Num) && !(i >= 3 && t.adj(i - 2)))
}

fn found(t: &Tokens) -> Vec<Measure<Unit>> {
    let mut ms = measures(t, unit_at, currency_before);
    ms.retain(|m| !after_identifier(t, m.first.start));
    ms
}

/// A quantity as `quantities` reports it, tokens `start..end`.
struct Quantity {
    start: usize,
    end: usize,
    number: Magnitude,
    unit: &'static str,
    qualifier: Option<Qualifier>,
}

/// A phrase for a number the grammar does not read itself ("½", glued
/// "100MB"), so that `unit_at` can look after it.
fn plain_phrase(start: usize, end: usize, value: f64) -> Option<Phrase> {
    let mut p = parse_at(&Tokens::new("1"), 0, false)?;
    p.start = start;
    p.end = end;
    p.value = Magnitude::Exact(value);
    Some(p)
}

fn vulgar_fraction(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => return None,
    })
}

/// A whole number written just before token `i`, for mixed fractions: "10
/// 1/2", "2½". Returns its value and token.
fn whole_before(t: &Tokens, i: usize) -> Option<(f64, usize)> {
    let k = i.checked_sub(1)?;
    let tok = t.tok(k);
    (tok.kind == TokKind::Num && tok.decimals == 0 && !tok.ident && !after_identifier(t, k))
        .then_some((tok.value, k))
}

/// Digits at `i` glued to a word after them that the number grammar
/// rejects, and standing alone before them: "256GB", not "x2GB" or "$5GB".
fn glued_to_unknown_word(t: &Tokens, i: usize) -> bool {
    let glued_before = t.adj(i) && matches!(t.kind(i - 1), Some(TokKind::Word | TokKind::Num));
    t.kind(i + 1) == Some(TokKind::Word)
        && t.adj(i + 1)
        && !t.tok(i).ident
        && !glued_before
        && !after_identifier(t, i)
        && !currency_before(t, i)
        && parse_at(t, i, false).is_none()
}

/// Quantities whose number the grammar leaves alone: fractions ("1/4
/// mile", "10 1/2 miles", "½ teaspoon") and digits glued to a unit it does
/// not know ("100MB", "0.8rad").
fn extra_quantities(t: &Tokens, qs: &mut Vec<Quantity>) {
    for i in 0..t.len() {
        let (start, value, p_end) = match t.kind(i) {
            Some(TokKind::Punct) => {
                let Some(f) = t.punct(i).and_then(vulgar_fraction) else {
                    continue;
                };
                match whole_before(t, i).filter(|_| t.adj(i)) {
                    Some((w, k)) => (k, w + f, i + 1),
                    None => (i, f, i + 1),
                }
            }
            Some(TokKind::Num) => {
                let tok = t.tok(i);
                let over = t.is_punct(i + 1, '/') && t.adj(i + 1) && t.adj(i + 2);
                if over && t.kind(i + 2) == Some(TokKind::Num) && !after_identifier(t, i) {
                    let den = t.tok(i + 2);
                    if den.value == 0.0 || tok.decimals > 0 || den.decimals > 0 {
                        continue;
                    }
                    let f = tok.value / den.value;
                    match whole_before(t, i).filter(|_| !t.adj(i) && f < 1.0) {
                        Some((w, k)) => (k, w + f, i + 3),
                        None => (i, f, i + 3),
                    }
                } else if glued_to_unknown_word(t, i) {
                    (i, tok.value, i + 1)
                } else {
                    continue;
                }
            }
            // "that one mile", "the one kilometre stretch": the number
            // grammar leaves "one" after a determiner as the pronoun, but
            // the pronoun takes no unit after it.
            Some(TokKind::Word) if t.w(i) == "one" && parse_at(t, i, false).is_none() => {
                (i, 1.0, i + 1)
            }
            _ => continue,
        };
        let Some(p) = plain_phrase(start, p_end, value) else {
            continue;
        };
        let spelled = t.kind(start) == Some(TokKind::Word);
        if let Some((unit, end)) = unit_at(t, p_end, &p).filter(|u| !(spelled && u.0.abbrev)) {
            let floor = qs.iter().map(|q| q.end).filter(|&e| e <= start).max();
            let (qualifier, start) = match qualifier_before(t, start, floor.unwrap_or(0)) {
                Some((q, s)) => (Some(q), s),
                None => (None, start),
            };
            qs.push(Quantity {
                start,
                end,
                number: Magnitude::Exact(value),
                unit: unit.name,
                qualifier,
            });
        }
    }
}

/// Feet and inches as one length in feet: "5 ft 2 in", "6 feet and 1 inch".
fn feet_and_inches(t: &Tokens, q: &mut Quantity) {
    let Magnitude::Exact(feet) = q.number else {
        return;
    };
    if q.unit != "foot" || feet.fract() != 0.0 {
        return;
    }
    let k = if t.w(q.end) == "and" {
        q.end + 1
    } else {
        q.end
    };
    let Some(inches) = parse_at(t, k, false).filter(|p| p.style.scale == 1.0) else {
        return;
    };
    let Some(n) = inches.exact().filter(|n| (0.0..12.0).contains(n)) else {
        return;
    };
    let abbreviated = t.w(q.end - 1) == "ft";
    let named =
        matches!(t.w(inches.end), "inches" | "inch") || (abbreviated && t.w(inches.end) == "in");
    if named {
        q.number = Magnitude::Exact(feet + n / 12.0);
        q.end = inches.end + 1;
    }
}

/// Every quantity in `text`, as `Kind::Quantity` / `Value::Quantity` with a
/// canonical singular unit name ("square mile", "kilometer", "tonne",
/// "barrel per day", "degree Celsius"), spanning qualifier, number and unit.
pub fn quantities(text: &str) -> Vec<Extracted> {
    quantities_in(&Tokens::new(text))
}

/// [`quantities`] in a sentence already cut into tokens: `extract` cuts each
/// sentence once for every kind that reads numbers.
pub(crate) fn quantities_in(t: &Tokens) -> Vec<Extracted> {
    let mut qs: Vec<Quantity> = found(t)
        .into_iter()
        .map(|m| Quantity {
            start: m.start,
            end: m.end,
            number: m.value,
            unit: m.unit.name,
            qualifier: m.qualifier,
        })
        .collect();
    extra_quantities(t, &mut qs);
    for q in &mut qs {
        feet_and_inches(t, q);
    }
    // Longest first where two start together; then drop what overlaps an
    // earlier one ("1/4 mile" over the "4 mile" inside it).
    qs.sort_by_key(|q| (q.start, std::cmp::Reverse(q.end)));
    let mut kept: Vec<Quantity> = Vec::with_capacity(qs.len());
    for q in qs {
        match kept.last_mut() {
            Some(last) if q.start < last.end => {
                // A fraction that reaches back over a found number wins.
                if q.end > last.end {
                    *last = q;
                }
            }
            _ => kept.push(q),
        }
    }
    kept.into_iter()
        .map(|q| Extracted {
            kind: Kind::Quantity,
            span: t.span(q.start, q.end),
            value: Value::Quantity {
                number: q.number,
                unit: q.unit.to_string(),
                qualifier: q.qualifier,
            },
        })
        .collect()
}

/// A unit's dimension and its size in that dimension's base unit (metre,
/// kilogram, square metre, cubic metre, metre per second, watt), for the
/// canonical names of the unit table. Units whose size depends on a
/// country or a convention the text does not state are left out: the ton
/// (short, long or metric), the gallon, pint, quart, cup and fluid ounce
/// (US or imperial), the degree (angle or temperature) and data sizes
/// (decimal or binary); so are units nobody converts between (time,
/// angles).
pub fn unit_size(name: &str) -> Option<(&'static str, f64)> {
    const SIZES: &[(&str, &str, f64)] = &[
        ("meter", "length", 1.0),
        ("kilometer", "length", 1e3),
        ("decimeter", "length", 0.1),
        ("centimeter", "length", 0.01),
        ("millimeter", "length", 1e-3),
        ("micrometer", "length", 1e-6),
        ("nanometer", "length", 1e-9),
        ("picometer", "length", 1e-12),
        ("inch", "length", 0.0254),
        ("foot", "length", 0.3048),
        ("yard", "length", 0.9144),
        ("mile", "length", 1609.344),
        ("nautical mile", "length", 1852.0),
        ("kilogram", "mass", 1.0),
        ("gram", "mass", 1e-3),
        ("milligram", "mass", 1e-6),
        ("microgram", "mass", 1e-9),
        ("tonne", "mass", 1e3),
        ("pound", "mass", 0.453_592_37),
        ("ounce", "mass", 0.028_349_523_125),
        ("square meter", "area", 1.0),
        ("square kilometer", "area", 1e6),
        ("square centimeter", "area", 1e-4),
        ("square inch", "area", 0.000_645_16),
        ("square foot", "area", 0.092_903_04),
        ("square yard", "area", 0.836_127_36),
        ("square mile", "area", 2_589_988.110_336),
        ("acre", "area", 4_046.856_422_4),
        ("hectare", "area", 1e4),
        ("cubic meter", "volume", 1.0),
        ("liter", "volume", 1e-3),
        ("milliliter", "volume", 1e-6),
        ("cubic centimeter", "volume", 1e-6),
        ("cubic inch", "volume", 1.638_706_4e-5),
        ("cubic foot", "volume", 0.028_316_846_592),
        ("cubic yard", "volume", 0.764_554_857_984),
        ("barrel", "volume", 0.158_987_294_928),
        ("kilometer per hour", "speed", 1.0 / 3.6),
        ("mile per hour", "speed", 0.447_04),
        ("knot", "speed", 1852.0 / 3600.0),
        ("watt", "power", 1.0),
        ("kilowatt", "power", 1e3),
        ("megawatt", "power", 1e6),
        ("gigawatt", "power", 1e9),
    ];
    SIZES
        .iter()
        .find(|(unit, ..)| unit.eq_ignore_ascii_case(name))
        .map(|&(_, dimension, size)| (dimension, size))
}

/// A sum the money reader took for sterling, read again as a weight in
/// pounds, where something else says a weight is meant: a claim's
/// `quantity` key ("12 million pounds", which money cues alone would read
/// as sterling), or a quantity claim in pounds located in a text. Only a
/// sum written with the word ("pounds", "pound"), never with the sign "£",
/// which no weight is written with.
pub fn pounds_as_weight(written: &str, value: &Value) -> Option<Value> {
    let Value::Money {
        amount,
        currency: Some("GBP"),
        qualifier,
    } = value
    else {
        return None;
    };
    let names_pounds = written
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.eq_ignore_ascii_case("pound") || w.eq_ignore_ascii_case("pounds"));
    (names_pounds && !written.contains('£')).then(|| Value::Quantity {
        number: *amount,
        unit: "pound".to_string(),
        qualifier: *qualifier,
    })
}

/// A canonical unit name in the plural: "square mile" -> "square miles",
/// "foot" -> "feet", "mile per hour" -> "miles per hour".
fn plural(name: &str) -> String {
    fn word(w: &str) -> String {
        match w {
            "foot" => "feet".into(),
            "inch" => "inches".into(),
            _ => format!("{w}s"),
        }
    }
    if let Some((head, rest)) = name.split_once(" per ") {
        return format!("{} per {rest}", plural(head));
    }
    if let Some(rest) = name.strip_prefix("degree ") {
        return format!("degrees {rest}");
    }
    match name.rsplit_once(' ') {
        Some((head, last)) => format!("{head} {}", word(last)),
        None => word(name),
    }
}

/// The claimed quantity written in the style of `found`: (230,000 square
/// mile, "240,000 square miles") -> "230,000 square miles". The unit as
/// written is kept when the claim uses the same unit and it still agrees in
/// number ("1 mile" -> "3 miles" changes it, "km" never does); otherwise the
/// claim's unit is written out.
pub fn restyle(claimed: &Value, found_text: &str) -> Option<String> {
    let Value::Quantity {
        number,
        unit,
        qualifier,
    } = claimed
    else {
        return None;
    };
    let t = Tokens::new(found_text);
    let m = found(&t).into_iter().next()?;
    let f = m.pieces();
    let numbers = format::rebuild(&t, &f, *number, *qualifier, "")?;
    let singular = |n: f64| n == 1.0;
    let keeps_number =
        m.unit.abbrev || m.unit.hyphen || singular(m.value.max()) == singular(number.max());
    if unit == m.unit.name && keeps_number {
        return Some(format::with_tail(numbers, &t, m.last(), m.end));
    }
    let (sep, name) = if m.unit.hyphen {
        ("-", unit.clone())
    } else if singular(number.max()) {
        (" ", unit.clone())
    } else {
        (" ", plural(unit))
    };
    Some(format!("{numbers}{sep}{name}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::exact;
    use crate::extract::{Magnitude, Qualifier};

    /// `text` yields exactly these quantities: (span, number, unit, qualifier).
    #[track_caller]
    fn case(text: &str, want: &[(&str, Magnitude, &str, Option<Qualifier>)]) {
        let got: Vec<_> = quantities(text)
            .into_iter()
            .map(|e| match e.value {
                Value::Quantity {
                    number,
                    unit,
                    qualifier,
                } => (&text[e.span.start..e.span.end], number, unit, qualifier),
                other => panic!("not a quantity: {other:?}"),
            })
            .collect();
        let got: Vec<_> = got
            .iter()
            .map(|g| (g.0, g.1, (g.2.as_str(), g.3)))
            .collect();
        let want: Vec<_> = want.iter().map(|w| (w.0, w.1, (w.2, w.3))).collect();
        crate::extract::testing::assert_found(text, &got, &want);
    }

    #[track_caller]
    fn one(text: &str, span: &str, n: f64, unit: &str) {
        case(text, &[(span, exact(n), unit, None)]);
    }

    #[test]
    fn areas() {
        one(
            "span 230,000 square miles",
            "230,000 square miles",
            230_000.0,
            "square mile",
        );
        one(
            "230 thousand square miles",
            "230 thousand square miles",
            230_000.0,
            "square mile",
        );
        one("230,000 sq mi", "230,000 sq mi", 230_000.0, "square mile");
        one(
            "95,000 square mi",
            "95,000 square mi",
            95_000.0,
            "square mile",
        );
        one(
            "9,000 sq kilometres",
            "9,000 sq kilometres",
            9_000.0,
            "square kilometer",
        );
        one(
            "a 2,500 square ft flat",
            "2,500 square ft",
            2_500.0,
            "square foot",
        );
        one(
            "230,000 sq. mi. of it",
            "230,000 sq. mi",
            230_000.0,
            "square mile",
        );
        one("881,913 km²", "881,913 km²", 881_913.0, "square kilometer");
        one("881,913 km2", "881,913 km2", 881_913.0, "square kilometer");
        one(
            "10 square kilometres",
            "10 square kilometres",
            10.0,
            "square kilometer",
        );
        one(
            "a 2,000-square-foot home",
            "2,000-square-foot",
            2000.0,
            "square foot",
        );
        one("500 acres", "500 acres", 500.0, "acre");
        one("40 hectares", "40 hectares", 40.0, "hectare");
        one("40 ha", "40 ha", 40.0, "hectare");
    }

    #[test]
    fn lengths_and_masses() {
        one("a 500-mile border", "500-mile", 500.0, "mile");
        one("ran 10km", "10km", 10.0, "kilometer");
        one("10 km away", "10 km", 10.0, "kilometer");
        one("a 500m race", "500m", 500.0, "meter");
        one("six feet", "six feet", 6.0, "foot");
        one("a 10-foot wall", "10-foot", 10.0, "foot");
        one("3 inches of rain", "3 inches", 3.0, "inch");
        one("100 yards", "100 yards", 100.0, "yard");
        one(
            "12 nautical miles",
            "12 nautical miles",
            12.0,
            "nautical mile",
        );
        one("2 million tons", "2 million tons", 2e6, "ton");
        one("5 metric tons", "5 metric tons", 5.0, "tonne");
        one("5 tonnes", "5 tonnes", 5.0, "tonne");
        one("5kg", "5kg", 5.0, "kilogram");
        one("5 kilos", "5 kilos", 5.0, "kilogram");
        one("200 grams", "200 grams", 200.0, "gram");
        one("300 pounds of explosives", "300 pounds", 300.0, "pound");
        one("a 2,000-pound bomb", "2,000-pound", 2000.0, "pound");
        one("it weighs 12 pounds", "12 pounds", 12.0, "pound");
        case(
            "weighing just over 3 pounds",
            &[(
                "just over 3 pounds",
                exact(3.0),
                "pound",
                Some(Qualifier::MoreThan),
            )],
        );
        one("200lbs", "200lbs", 200.0, "pound");
        one("8 ounces", "8 ounces", 8.0, "ounce");
    }

    #[test]
    fn volumes_energy_speed_temperature() {
        one(
            "2 million barrels per day",
            "2 million barrels per day",
            2e6,
            "barrel per day",
        );
        one(
            "1.2 million bpd",
            "1.2 million bpd",
            1.2e6,
            "barrel per day",
        );
        one("300 barrels", "300 barrels", 300.0, "barrel");
        one("5 liters", "5 liters", 5.0, "liter");
        one("5 litres", "5 litres", 5.0, "liter");
        one("5 gallons", "5 gallons", 5.0, "gallon");
        one(
            "38 billion cubic meters",
            "38 billion cubic meters",
            38e9,
            "cubic meter",
        );
        one(
            "a 1,200-megawatt plant",
            "1,200-megawatt",
            1200.0,
            "megawatt",
        );
        one("1,200 MW", "1,200 MW", 1200.0, "megawatt");
        one("3 gigawatts", "3 gigawatts", 3.0, "gigawatt");
        one(
            "40 kilowatt-hours",
            "40 kilowatt-hours",
            40.0,
            "kilowatt-hour",
        );
        one("40 kWh", "40 kWh", 40.0, "kilowatt-hour");
        one("at 70 mph", "70 mph", 70.0, "mile per hour");
        one(
            "70 miles per hour",
            "70 miles per hour",
            70.0,
            "mile per hour",
        );
        one("120 km/h", "120 km/h", 120.0, "kilometer per hour");
        one("40 knots", "40 knots", 40.0, "knot");
        one(
            "45 degrees Celsius",
            "45 degrees Celsius",
            45.0,
            "degree Celsius",
        );
        one("45°C", "45°C", 45.0, "degree Celsius");
        one("a 360-degree view", "360-degree", 360.0, "degree");
    }

    #[test]
    fn more_units() {
        one("a 330ml can", "330ml", 330.0, "milliliter");
        one("2 cups of flour", "2 cups", 2.0, "cup");
        one("4 tablespoons", "4 tablespoons", 4.0, "tablespoon");
        one("a tsp is 5 millilitres", "5 millilitres", 5.0, "milliliter");
        one("40 dm", "40 dm", 40.0, "decimeter");
        one("2 pints of milk", "2 pints", 2.0, "pint");
        one("a 12 fl oz bottle", "12 fl oz", 12.0, "fluid ounce");
        one("a 250cc engine", "250cc", 250.0, "cubic centimeter");
        one("600 square yards", "600 square yards", 600.0, "square yard");
        one("9 cubic yards", "9 cubic yards", 9.0, "cubic yard");
        one("250 micrograms", "250 micrograms", 250.0, "microgram");
        one("a 500 mcg dose", "500 mcg", 500.0, "microgram");
        one("80 μg", "80 μg", 80.0, "microgram");
        one("3 nanometres wide", "3 nanometres", 3.0, "nanometer");
        one("turned 1.5 radians", "1.5 radians", 1.5, "radian");
        one("a 64-bit chip", "64-bit", 64.0, "bit");
        one("500 megabytes", "500 megabytes", 500.0, "megabyte");
        one("an 8 GB card", "8 GB", 8.0, "gigabyte");
        one("a 100 Mb line", "100 Mb", 100.0, "megabit");
        one("a 24703m2 plot", "24703m2", 24703.0, "square meter");
    }

    #[test]
    fn digits_glued_to_units_the_grammar_leaves() {
        one("a 256GB phone", "256GB", 256.0, "gigabyte");
        one("turned 0.5rad", "0.5rad", 0.5, "radian");
        case("model AB-400km", &[]);
        case("rev x7-12km", &[]);
        case("code 500m21", &[]);
    }

    #[test]
    fn fractions() {
        one("a 3/4 mile loop", "3/4 mile", 0.75, "mile");
        one("ran 26 1/5 miles", "26 1/5 miles", 26.2, "mile");
        one("add ¼ cup", "¼ cup", 0.25, "cup");
        one("add 1½ cups", "1½ cups", 1.5, "cup");
        case(
            "about 2 1/2 miles",
            &[(
                "about 2 1/2 miles",
                exact(2.5),
                "mile",
                Some(Qualifier::About),
            )],
        );
    }

    #[test]
    fn speeds_from_length_and_time() {
        one(
            "at 30 meters per second",
            "30 meters per second",
            30.0,
            "meter per second",
        );
        one("3 km/s", "3 km/s", 3.0, "kilometer per second");
        one("12 ft/min", "12 ft/min", 12.0, "foot per minute");
        one("60 kmph", "60 kmph", 60.0, "kilometer per hour");
        // "per" takes the time written out.
        one("5 meters per s", "5 meters", 5.0, "meter");
    }

    #[test]
    fn units_in_brackets_and_feet_with_inches() {
        one("weighs 12 (kg)", "12 (kg)", 12.0, "kilogram");
        one("length 30 [cm]", "30 [cm]", 30.0, "centimeter");
        one("he is 6 ft 1 in", "6 ft 1 in", 6.0 + 1.0 / 12.0, "foot");
        one(
            "stood 5 feet and 11 inches",
            "5 feet and 11 inches",
            5.0 + 11.0 / 12.0,
            "foot",
        );
        // "in" after spelled-out feet is the preposition.
        one("6 feet 2 in the end", "6 feet", 6.0, "foot");
    }

    #[test]
    fn qualifiers_and_ranges() {
        use Qualifier::*;
        case(
            "deposits estimated to span more than 230,000 square miles",
            &[(
                "more than 230,000 square miles",
                exact(230_000.0),
                "square mile",
                Some(MoreThan),
            )],
        );
        case(
            "more than 230,000 sq mi",
            &[(
                "more than 230,000 sq mi",
                exact(230_000.0),
                "square mile",
                Some(MoreThan),
            )],
        );
        case(
            "about 5 km",
            &[("about 5 km", exact(5.0), "kilometer", Some(About))],
        );
        case(
            "10-20 km",
            &[(
                "10-20 km",
                Magnitude::Range {
                    min: 10.0,
                    max: 20.0,
                },
                "kilometer",
                None,
            )],
        );
        case(
            "between 5 and 10 miles",
            &[(
                "between 5 and 10 miles",
                Magnitude::Range {
                    min: 5.0,
                    max: 10.0,
                },
                "mile",
                None,
            )],
        );
        case(
            "thousands of square miles",
            &[(
                "thousands of square miles",
                Magnitude::Range { min: 2e3, max: 1e6 },
                "square mile",
                None,
            )],
        );
    }

    #[test]
    fn not_quantities() {
        case("a $500m deal", &[]);
        case("5 G", &[]);
        case("put in the long yards", &[]);
        case("50 percent", &[]);
        case("14 years", &[]);
        case("500 Miles", &[("500 Miles", exact(500.0), "mile", None)]);
    }

    #[test]
    fn pounds_are_a_weight_without_money_cues() {
        one("he lost 20 pounds", "20 pounds", 20.0, "pound");
        one("to drop 25 pounds.", "25 pounds", 25.0, "pound");
        case(
            "the baby is over two pounds.",
            &[(
                "over two pounds",
                exact(2.0),
                "pound",
                Some(Qualifier::MoreThan),
            )],
        );
        one("20 pounds of cocaine", "20 pounds", 20.0, "pound");
        one("eats 300 pounds a day", "300 pounds", 300.0, "pound");
        one("a 2,000-pound bomb", "2,000-pound", 2000.0, "pound");
        // Sterling, for the money extractor.
        case("paid 20 pounds", &[]);
        case("a fine of 200 pounds", &[]);
        case("earns 300 pounds a week", &[]);
        case("profit of 361 million pounds", &[]);
        case("a five-pound note", &[]);
    }

    #[test]
    fn spaced_metre_sign_inch_mark_and_dram() {
        case(
            "1 m 1 m",
            &[
                ("1 m", exact(1.0), "meter", None),
                ("1 m", exact(1.0), "meter", None),
            ],
        );
        case(
            "a 1 m x 2 m slab",
            &[
                ("1 m", exact(1.0), "meter", None),
                ("2 m", exact(2.0), "meter", None),
            ],
        );
        case(
            "it is 12 m 2 dm long",
            &[
                ("12 m", exact(12.0), "meter", None),
                ("2 dm", exact(2.0), "decimeter", None),
            ],
        );
        one("the wall is 3 m.", "3 m", 3.0, "meter");
        one("500 m", "500 m", 500.0, "meter");
        // A noun after a spaced "m" makes it a million.
        case("1 m people", &[]);
        case("a $1 m fine", &[]);
        case("5 M", &[]);
        one("a pen that is 10 \" long", "10 \"", 10.0, "inch");
        one("a 55\" TV", "55\"", 55.0, "inch");
        one("a 12″ pizza", "12″", 12.0, "inch");
        // Quotation marks are not inches.
        case("he said \"top 10\" and left", &[]);
        case("rated 10 \"excellent\"", &[]);
        case("scored 10 \" in the final", &[]);
        one("a coin weighing one drachma", "one drachma", 1.0, "dram");
        case("paid 500 drachmas", &[]);
        one("add 2 drams", "2 drams", 2.0, "dram");
    }

    #[test]
    fn one_after_a_determiner_with_a_unit() {
        one("that one mile can provide", "one mile", 1.0, "mile");
        one(
            "the one kilometre stretch",
            "one kilometre",
            1.0,
            "kilometer",
        );
        case("the one who ran", &[]);
        case("that one mi", &[]);
    }

    #[test]
    fn temperatures_named_after_the_degree_sign() {
        one(
            "water boils at 100° Celsius",
            "100° Celsius",
            100.0,
            "degree Celsius",
        );
        one(
            "it hit 90 ° Fahrenheit",
            "90 ° Fahrenheit",
            90.0,
            "degree Fahrenheit",
        );
    }

    #[test]
    fn spans_on_non_ascii_text() {
        let text = "Łódź — “20 km” from Kraków, 5 °C";
        let spans: Vec<&str> = quantities(text)
            .iter()
            .map(|e| &text[e.span.start..e.span.end])
            .collect();
        assert_eq!(spans, ["20 km", "5 °C"]);
    }

    fn quantity(n: f64, unit: &str, qualifier: Option<Qualifier>) -> Value {
        Value::Quantity {
            number: exact(n),
            unit: unit.into(),
            qualifier,
        }
    }

    #[track_caller]
    fn restyled(claimed: Value, found: &str, want: Option<&str>) {
        crate::extract::testing::assert_restyled(restyle, claimed, found, want);
    }

    #[test]
    fn restyle_in_the_text_style() {
        use Qualifier::*;
        let sq = |n| quantity(n, "square mile", None);
        restyled(
            sq(230_000.0),
            "240,000 square miles",
            Some("230,000 square miles"),
        );
        restyled(sq(230_000.0), "240,000 sq mi", Some("230,000 sq mi"));
        restyled(
            sq(230_000.0),
            "240 thousand square miles",
            Some("230 thousand square miles"),
        );
        restyled(
            quantity(230_000.0, "square mile", Some(MoreThan)),
            "more than 240,000 square miles",
            Some("more than 230,000 square miles"),
        );
        restyled(sq(1.0), "3 square miles", Some("1 square mile"));
        restyled(quantity(3.0, "mile", None), "one mile", Some("three miles"));
        restyled(quantity(3.0, "mile", None), "a 1-mile walk", Some("3-mile"));
        restyled(quantity(3.0, "foot", None), "one mile", Some("three feet"));
        restyled(quantity(5.0, "kilometer", None), "10km", Some("5km"));
        restyled(
            quantity(5e3, "square mile", None),
            "thousands of square miles",
            Some("5,000 square miles"),
        );
        restyled(sq(5.0), "no quantity", None);
        restyled(Value::Ordinal { number: 2 }, "5 miles", None);
    }
}
