//! Writing a number the way a text writes its own, for replacements.
//!
//! A replacement is only useful if an editor can paste it over the old
//! value, so "$550m" must become "$500m", not "$500,000,000", and "four
//! times" must become "three times".

use super::scan::{Phrase, Style, Tokens};
use crate::extract::{Magnitude, Qualifier};

/// Number words from zero to nineteen, at their value's index.
pub(crate) const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
/// Number words of the tens, "twenty" at index 2.
pub(crate) const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const SCALES: [(f64, &str); 4] = [
    (1e12, "trillion"),
    (1e9, "billion"),
    (1e6, "million"),
    (1e3, "thousand"),
];

/// An integer in words: 170 -> "one hundred seventy" (or "one hundred and
/// seventy" with `and`), 21 -> "twenty-one".
pub(crate) fn words(n: u64, and: bool) -> String {
    fn below_thousand(n: u64, and: bool, out: &mut String) {
        let (h, r) = (n / 100, n % 100);
        if h > 0 {
            out.push_str(UNITS[h as usize]);
            out.push_str(" hundred");
            if r > 0 {
                out.push_str(if and { " and " } else { " " });
            }
        }
        if r >= 20 {
            out.push_str(TENS[(r / 10) as usize]);
            if r % 10 > 0 {
                out.push('-');
                out.push_str(UNITS[(r % 10) as usize]);
            }
        } else if r > 0 || h == 0 {
            out.push_str(UNITS[r as usize]);
        }
    }
    if n >= 1_000_000_000_000_000 {
        return n.to_string();
    }
    let mut out = String::new();
    let mut rest = n;
    for (scale, name) in SCALES {
        let s = scale as u64;
        if rest >= s {
            if !out.is_empty() {
                out.push(' ');
            }
            below_thousand(rest / s, and, &mut out);
            out.push(' ');
            out.push_str(name);
            rest %= s;
        }
    }
    if rest > 0 || out.is_empty() {
        if !out.is_empty() {
            out.push(' ');
        }
        below_thousand(rest, and, &mut out);
    }
    out
}

/// Digits with the fewest decimals (at most three, at least `min_decimals`)
/// and optional thousands separators.
pub(crate) fn digits(x: f64, commas: bool, min_decimals: u8) -> String {
    let neg = x < 0.0;
    let x = x.abs();
    let mut dec = 0usize;
    while dec < 3 {
        let scaled = x * 10f64.powi(dec as i32);
        if (scaled - scaled.round()).abs() <= 1e-6 * scaled.max(1.0) {
            break;
        }
        dec += 1;
    }
    let dec = dec.max(usize::from(min_decimals));
    let s = format!("{x:.dec$}");
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s.as_str(), None),
    };
    let mut out = String::with_capacity(s.len() + 4);
    if neg {
        out.push('-');
    }
    if commas && int.len() > 3 {
        for (n, ch) in int.chars().enumerate() {
            if n > 0 && (int.len() - n) % 3 == 0 {
                out.push(',');
            }
            out.push(ch);
        }
    } else {
        out.push_str(int);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

fn is_integer(x: f64) -> bool {
    x.fract() == 0.0 && x.abs() < 1e15
}

/// A number the way news copy writes it when there is no example to follow:
/// words below ten, "1.5 million" for large round amounts, digits with
/// separators otherwise.
pub(crate) fn plain(n: f64) -> String {
    if is_integer(n) && (0.0..10.0).contains(&n) {
        return UNITS[n as usize].to_string();
    }
    for (scale, name) in SCALES[..3].iter() {
        let q = n.abs() / scale;
        if (1.0..1000.0).contains(&q) && (q * 100.0).fract() == 0.0 {
            return format!("{} {name}", digits(n / scale, true, 0));
        }
    }
    digits(n, true, 0)
}

fn capitalize(s: String, yes: bool) -> String {
    if !yes {
        return s;
    }
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => s,
    }
}

fn scale_name(scale: f64) -> Option<&'static str> {
    match scale {
        100.0 => Some("hundred"),
        12.0 => Some("dozen"),
        _ => SCALES.iter().find(|(s, _)| *s == scale).map(|(_, n)| *n),
    }
}

fn in_words(n: f64, s: &Style) -> Option<String> {
    if n < 0.0 || !n.is_finite() {
        return None;
    }
    if s.dozen {
        if n == 6.0 {
            return Some("half a dozen".into());
        }
        if n == 12.0 && s.article {
            return Some("a dozen".into());
        }
        if n > 0.0 && n % 12.0 == 0.0 && n < 1200.0 {
            return Some(format!("{} dozen", words((n / 12.0) as u64, s.and)));
        }
    }
    if s.couple && n == 2.0 {
        return Some("a couple".into());
    }
    if s.article && n == s.scale {
        return Some(format!("a {}", scale_name(n)?));
    }
    if s.half && n * 2.0 == s.scale {
        return Some(format!("half a {}", scale_name(s.scale)?));
    }
    if is_integer(n) {
        let u = n as u64;
        if u < 1000 {
            return Some(words(u, s.and));
        }
        for (scale, name) in SCALES {
            let sc = scale as u64;
            if u % sc == 0 && u / sc < 1000 {
                return Some(format!("{} {name}", words(u / sc, s.and)));
            }
        }
        return Some(plain(n));
    }
    if n.fract() == 0.5 && (1.0..100.0).contains(&n) {
        return Some(format!("{} and a half", words(n as u64, s.and)));
    }
    Some(plain(n))
}

/// Multipliers written the same way as `like` ("m" -> k/m/bn/tn).
fn family(like: &str) -> &'static [(f64, &'static str)] {
    match like {
        "m" | "bn" | "k" | "tn" => &[(1e3, "k"), (1e6, "m"), (1e9, "bn"), (1e12, "tn")],
        "mn" => &[(1e3, "k"), (1e6, "mn"), (1e9, "bn"), (1e12, "tn")],
        "mln" | "bln" => &[(1e6, "mln"), (1e9, "bln")],
        "b" => &[(1e3, "k"), (1e6, "m"), (1e9, "b"), (1e12, "t")],
        "M" | "B" | "K" | "T" => &[(1e3, "K"), (1e6, "M"), (1e9, "B"), (1e12, "T")],
        "Million" | "Billion" | "Thousand" | "Trillion" => &[
            (1e3, "Thousand"),
            (1e6, "Million"),
            (1e9, "Billion"),
            (1e12, "Trillion"),
        ],
        _ => &[
            (1e3, "thousand"),
            (1e6, "million"),
            (1e9, "billion"),
            (1e12, "trillion"),
        ],
    }
}

fn in_digits(n: f64, s: &Style, text: &str) -> String {
    let sign = if n < 0.0 {
        s.minus.unwrap_or('-').to_string()
    } else {
        String::new()
    };
    let a = n.abs();
    let commas = s.commas || !s.plain_thousands;
    if let (Some((ss, se)), true) = (s.scale_text, s.scale > 1.0) {
        let like = &text[ss..se];
        let sep = s.sep.map_or(" ", |(a, b)| &text[a..b]);
        let (scale, name): (f64, &str) = if (1.0..1000.0).contains(&(a / s.scale))
            && s.scale != 12.0
        {
            (s.scale, like)
        } else if let Some(&(sc, nm)) = family(like).iter().rev().find(|(sc, _)| a / sc >= 1.0) {
            (sc, nm)
        } else {
            return format!("{sign}{}", digits(a, commas, s.min_decimals));
        };
        return format!(
            "{sign}{}{sep}{name}",
            digits(a / scale, commas, s.min_decimals)
        );
    }
    format!("{sign}{}", digits(a, commas, s.min_decimals))
}

/// `n` written in the style of `p`, a phrase of `text`.
pub(crate) fn format_like(n: f64, p: &Phrase, text: &str) -> String {
    let s = &p.style;
    if s.vague {
        return plain(n);
    }
    if s.words {
        if let Some(w) = in_words(n, s) {
            return capitalize(w, s.capital);
        }
    }
    in_digits(n, s, text)
}

/// The words for a vague range, the inverse of the scanner's table:
/// (2e8, 1e9) -> "hundreds of millions".
pub(crate) fn vague_words(min: f64, max: f64) -> Option<String> {
    const BASES: [(&str, f64, f64); 7] = [
        ("tens", 20.0, 100.0),
        ("dozens", 24.0, 144.0),
        ("hundreds", 200.0, 1e3),
        ("thousands", 2e3, 1e6),
        ("millions", 2e6, 1e9),
        ("billions", 2e9, 1e12),
        ("trillions", 2e12, 1e15),
    ];
    const OF: [(&str, f64); 4] = [
        ("thousands", 1e3),
        ("millions", 1e6),
        ("billions", 1e9),
        ("trillions", 1e12),
    ];
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(b.abs());
    for (name, lo, hi) in BASES {
        if close(lo, min) && close(hi, max) {
            return Some(name.to_string());
        }
        for (of, scale) in OF {
            if close(lo * scale, min) && close(hi * scale, max) && lo < 1e3 {
                return Some(format!("{name} of {of}"));
            }
        }
    }
    None
}

/// The pieces of a found value, for writing the claimed value in its place.
pub(crate) struct Found<'p> {
    /// Token where the found value starts (its qualifier, if any).
    pub start: usize,
    pub qualifier: Option<Qualifier>,
    /// Token after the qualifier words.
    pub core: usize,
    pub between: bool,
    pub first: &'p Phrase,
    pub second: Option<&'p Phrase>,
}

/// The qualifier and number(s) of `claimed`, in the style of `found`;
/// `lead` goes before each number (a currency sign), and the unit that
/// follows is the caller's business. None for a vague claimed range the
/// caller has not handled.
pub(crate) fn rebuild(
    t: &Tokens,
    found: &Found,
    claimed: Magnitude,
    qualifier: Option<Qualifier>,
    lead: &str,
) -> Option<String> {
    let text = t.text;
    let mut out = String::new();
    match (qualifier, found.qualifier) {
        (Some(c), Some(f)) if c == f => {
            out.push_str(&text[t.start_of(found.start)..t.start_of(found.core)])
        }
        (Some(c), _) => {
            out.push_str(c.words());
            out.push(' ');
        }
        (None, _) => {}
    }
    let last = found.second.unwrap_or(found.first);
    match claimed {
        Magnitude::Exact(n) => {
            out.push_str(lead);
            out.push_str(&format_like(n, last, text));
        }
        Magnitude::Range { min, max } | Magnitude::Vague { min, max } => {
            if let Some(words) = vague_words(min, max) {
                out.push_str(&words);
                return Some(out);
            }
            let first = found.first;
            if let Some(second) = found.second {
                if found.between {
                    out.push_str(&text[t.start_of(found.core)..t.start_of(found.core + 1)]);
                }
                out.push_str(lead);
                let min_text =
                    if first.style.scale == 1.0 && second.style.scale > 1.0 && !first.style.words {
                        let s = &first.style;
                        digits(
                            min / second.style.scale,
                            s.commas || !s.plain_thousands,
                            s.min_decimals,
                        )
                    } else {
                        format_like(min, first, text)
                    };
                out.push_str(&min_text);
                out.push_str(&text[t.end_of(first.end)..t.start_of(second.start)]);
                out.push_str(&format_like(max, second, text));
            } else {
                let sep = if first.style.words || !lead.is_empty() {
                    " to "
                } else {
                    "-"
                };
                out.push_str(lead);
                out.push_str(&format_like(min, first, text));
                out.push_str(sep);
                out.push_str(lead);
                out.push_str(&format_like(max, first, text));
            }
        }
    }
    Some(out)
}

/// `numbers` (the claimed value written by [`rebuild`]) followed by the rest
/// of the found value after its last number phrase `last`, up to token
/// `end`. The "of" of "a couple of weeks" or "millions of dollars" stays only
/// if `numbers` still needs it.
pub(crate) fn with_tail(numbers: String, t: &Tokens, last: &Phrase, end: usize) -> String {
    let after = last.after(t);
    let needs_of = [
        "couple",
        "tens",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "trillions",
    ]
    .iter()
    .any(|w| numbers.ends_with(w));
    let tail = if after > last.end && !needs_of {
        if after >= end {
            String::new()
        } else {
            format!(" {}", &t.text[t.start_of(after)..t.end_of(end)])
        }
    } else {
        t.text[t.end_of(last.end)..t.end_of(end)].to_string()
    };
    numbers + &tail
}
