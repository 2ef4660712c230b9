//! The tokenizer and number-phrase grammar shared by every numeric extractor.
//!
//! A sentence is split once into words, digit runs and single punctuation
//! characters, each with its byte range. Adjacency (no whitespace between two
//! tokens) carries meaning in news prose — "$500m", "14-year", "B2B" — so the
//! grammar looks at it rather than at regexes over the raw string.

use crate::extract::{Magnitude, Qualifier, Span};
use std::cell::OnceCell;
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    Word,
    Num,
    Punct,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    pub kind: TokKind,
    pub start: usize,
    pub end: usize,
    /// Byte range of the ASCII-lowercased word in `Tokens::lower`.
    lower: (u32, u32),
    /// For `Num`: the value written, digits after the point, whether thousands
    /// separators were used, and whether it is part of a dotted identifier
    /// ("1.2.3").
    pub value: f64,
    pub decimals: u8,
    pub commas: bool,
    pub ident: bool,
}

/// A sentence as tokens.
pub(crate) struct Tokens<'a> {
    pub text: &'a str,
    toks: Vec<Token>,
    lower: String,
    /// [`parse_at`]'s answer per token, without and with a currency sign
    /// before it: the money, percent, quantity, duration, ordinal and
    /// number readers each ask it at every token of the sentence, and
    /// asked once it is read from here.
    phrases: [Vec<OnceCell<Option<Phrase>>>; 2],
    /// The money reader's currency prefix per token, for the same reason:
    /// every number asks whether a currency stands before it.
    pub(crate) prefixes: Vec<OnceCell<Option<CurrencyPrefix>>>,
}

/// A currency before an amount: its code (None when the sign does not say
/// which, as "Rs" does not), the token after it, and a factor ("MUSD 5" is
/// five million).
pub(crate) type CurrencyPrefix = (Option<&'static str>, usize, f64);

impl<'a> Tokens<'a> {
    pub fn new(text: &'a str) -> Tokens<'a> {
        let b = text.as_bytes();
        let mut toks = Vec::with_capacity(text.len() / 5 + 1);
        let mut lower = String::with_capacity(text.len() / 2);
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if c.is_ascii_whitespace() {
                i += 1;
            } else if c.is_ascii_digit() {
                let (tok, next) = number_token(b, i);
                toks.push(tok);
                i = next;
            } else if c.is_ascii_alphabetic() || c >= 0x80 {
                let ch = text[i..].chars().next().unwrap_or(' ');
                let len = ch.len_utf8();
                if ch.is_alphabetic() {
                    let start = i;
                    let ls = lower.len();
                    // A run of ASCII letters is read a byte at a time, and
                    // only other characters decoded.
                    loop {
                        while i < b.len() && b[i].is_ascii_alphabetic() {
                            i += 1;
                        }
                        match text[i..].chars().next() {
                            Some(ch) if !ch.is_ascii() && ch.is_alphabetic() => i += ch.len_utf8(),
                            _ => break,
                        }
                    }
                    // Lowercasing leaves other than ASCII letters as they are.
                    lower.push_str(&text[start..i]);
                    lower[ls..].make_ascii_lowercase();
                    toks.push(Token::new(
                        TokKind::Word,
                        start,
                        i,
                        (ls as u32, lower.len() as u32),
                    ));
                } else if ch.is_whitespace() {
                    i += len;
                } else {
                    toks.push(Token::new(TokKind::Punct, i, i + len, (0, 0)));
                    i += len;
                }
            } else {
                toks.push(Token::new(TokKind::Punct, i, i + 1, (0, 0)));
                i += 1;
            }
        }
        let phrases = [
            std::iter::repeat_with(OnceCell::new)
                .take(toks.len())
                .collect(),
            std::iter::repeat_with(OnceCell::new)
                .take(toks.len())
                .collect(),
        ];
        let prefixes = std::iter::repeat_with(OnceCell::new)
            .take(toks.len())
            .collect();
        Tokens {
            text,
            toks,
            lower,
            phrases,
            prefixes,
        }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn tok(&self, i: usize) -> &Token {
        &self.toks[i]
    }

    pub fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// The lowercased word at `i`, or "" when `i` is not a word.
    pub fn w(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if t.kind == TokKind::Word => {
                &self.lower[t.lower.0 as usize..t.lower.1 as usize]
            }
            _ => "",
        }
    }

    /// The token as written.
    pub fn raw(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) => &self.text[t.start..t.end],
            None => "",
        }
    }

    /// The punctuation character at `i`; the Unicode hyphens (U+2010,
    /// U+2011) read as '-'.
    pub fn punct(&self, i: usize) -> Option<char> {
        match self.toks.get(i) {
            Some(t) if t.kind == TokKind::Punct => match self.text[t.start..].chars().next() {
                Some('\u{2010}' | '\u{2011}') => Some('-'),
                c => c,
            },
            _ => None,
        }
    }

    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.punct(i) == Some(c)
    }

    /// Token `i` follows token `i - 1` with no space between.
    pub fn adj(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i - 1].end == self.toks[i].start
    }

    /// Byte span of tokens `a..b`.
    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].start, self.toks[b - 1].end)
    }

    /// Byte offset where token `i` starts, or the end of the text.
    pub fn start_of(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.start)
    }

    /// Byte offset where token `i - 1` ends.
    pub fn end_of(&self, i: usize) -> usize {
        if i == 0 {
            0
        } else {
            self.toks[i - 1].end
        }
    }

    pub fn capitalized(&self, i: usize) -> bool {
        self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }
}

impl Token {
    fn new(kind: TokKind, start: usize, end: usize, lower: (u32, u32)) -> Token {
        Token {
            kind,
            start,
            end,
            lower,
            value: 0.0,
            decimals: 0,
            commas: false,
            ident: false,
        }
    }
}

/// Length of the digit-group separator at `i` that may stand between groups
/// of three digits: a space, a no-break space or a narrow/thin space
/// ("40 000", "40\u{202f}000"). The bool says it is a plain space, which
/// also separates two numbers in prose.
fn group_space(b: &[u8], i: usize) -> Option<(usize, bool)> {
    match b.get(i..)? {
        [b' ', ..] => Some((1, true)),
        [0xC2, 0xA0, ..] => Some((2, false)),
        [0xE2, 0x80, 0xAF | 0x89, ..] => Some((3, false)),
        _ => None,
    }
}

fn number_token(b: &[u8], start: usize) -> (Token, usize) {
    let digit = |i: usize| i < b.len() && b[i].is_ascii_digit();
    let three = |i: usize| digit(i) && digit(i + 1) && digit(i + 2) && !digit(i + 3);
    let mut i = start;
    let mut mantissa = 0f64;
    while digit(i) {
        mantissa = mantissa * 10.0 + f64::from(b[i] - b'0');
        i += 1;
    }
    let lead = i - start;
    let push = |mantissa: &mut f64, digits: &[u8]| {
        for &d in digits {
            *mantissa = *mantissa * 10.0 + f64::from(d - b'0');
        }
    };
    let mut commas = false;
    // Indian grouping, "12,34,567": pairs of digits before the last three.
    let mut k = i;
    while lead <= 2 && b.get(k) == Some(&b',') && digit(k + 1) && digit(k + 2) {
        if b.get(k + 3) == Some(&b',') {
            k += 3;
        } else {
            break;
        }
    }
    if k > i && b.get(k) == Some(&b',') && three(k + 1) {
        for pair in (i..k).step_by(3) {
            push(&mut mantissa, &b[pair + 1..pair + 3]);
        }
        commas = true;
        i = k;
    }
    while b.get(i) == Some(&b',') && three(i + 1) {
        push(&mut mantissa, &b[i + 1..i + 4]);
        commas = true;
        i += 4;
    }
    // Groups of three set apart by spaces, as French and SI style write
    // them: "1 234 567", "40 000", "40\u{202f}000". Between plain spaces
    // only when two groups follow or the group starts with 0, which no
    // number written alone does: "chapter 3 100 pages" stays two numbers.
    if !commas && lead <= 3 {
        let mut groups = Vec::new();
        let mut k = i;
        let mut plain = true;
        while let Some((len, space)) = group_space(b, k) {
            if !three(k + len) {
                break;
            }
            plain &= space;
            groups.push(k + len);
            k += len + 3;
        }
        let zero_led = groups.first().is_some_and(|&g| b[g] == b'0');
        if !groups.is_empty() && (!plain || groups.len() >= 2 || zero_led) {
            for &g in &groups {
                push(&mut mantissa, &b[g..g + 3]);
            }
            commas = true;
            i = k;
        }
    }
    let mut decimals = 0u8;
    // Continental style, "1.111,11": full stops group thousands and a comma
    // of one or two decimals ends the number.
    let mut k = i;
    while !commas && lead <= 3 && b.get(k) == Some(&b'.') && three(k + 1) {
        k += 4;
    }
    let comma_decimals =
        |k: usize| b.get(k) == Some(&b',') && digit(k + 1) && (!digit(k + 2) || !digit(k + 3));
    if k > i && comma_decimals(k) {
        for group in (i..k).step_by(4) {
            push(&mut mantissa, &b[group + 1..group + 4]);
        }
        i = k + 1;
        while digit(i) {
            mantissa = mantissa * 10.0 + f64::from(b[i] - b'0');
            decimals += 1;
            i += 1;
        }
        commas = true;
    }
    if decimals == 0 && b.get(i) == Some(&b'.') && digit(i + 1) {
        i += 1;
        while digit(i) {
            mantissa = mantissa * 10.0 + f64::from(b[i] - b'0');
            decimals = decimals.saturating_add(1);
            i += 1;
        }
    }
    let mut ident = false;
    while b.get(i) == Some(&b'.') && digit(i + 1) {
        ident = true;
        i += 1;
        while digit(i) {
            i += 1;
        }
    }
    let mut tok = Token::new(TokKind::Num, start, i, (0, 0));
    tok.value = mantissa / 10f64.powi(i32::from(decimals));
    tok.decimals = decimals;
    tok.commas = commas;
    tok.ident = ident;
    (tok, i)
}

/// How a number phrase was written, for restyling another number like it.
#[derive(Clone, Debug)]
pub(crate) struct Style {
    pub words: bool,
    pub commas: bool,
    /// Four or more integer digits without separators ("2000").
    pub plain_thousands: bool,
    /// Decimals to keep at least ("2.0" keeps one).
    pub min_decimals: u8,
    /// Multiplier applied to the digits or words (1 when none).
    pub scale: f64,
    /// Byte range of the multiplier as written ("million", "bn").
    pub scale_text: Option<(usize, usize)>,
    /// Byte range between the digits and the multiplier ("", " ", "-").
    pub sep: Option<(usize, usize)>,
    pub article: bool,
    pub half: bool,
    pub dozen: bool,
    pub couple: bool,
    pub and: bool,
    pub capital: bool,
    pub vague: bool,
    pub minus: Option<char>,
}

impl Style {
    fn new() -> Style {
        Style {
            words: false,
            commas: false,
            plain_thousands: false,
            min_decimals: 0,
            scale: 1.0,
            scale_text: None,
            sep: None,
            article: false,
            half: false,
            dozen: false,
            couple: false,
            and: false,
            capital: false,
            vague: false,
            minus: None,
        }
    }
}

/// A number written in words or digits, tokens `start..end`.
#[derive(Clone, Debug)]
pub(crate) struct Phrase {
    pub start: usize,
    pub end: usize,
    pub value: Magnitude,
    pub style: Style,
}

impl Phrase {
    pub fn exact(&self) -> Option<f64> {
        match self.value {
            Magnitude::Exact(v) => Some(v),
            Magnitude::Range { .. } | Magnitude::Vague { .. } => None,
        }
    }

    /// Token after the phrase, skipping the "of" of "a couple of", "millions of".
    pub fn after(&self, t: &Tokens) -> usize {
        if (self.style.couple || self.style.vague) && t.w(self.end) == "of" {
            self.end + 1
        } else {
            self.end
        }
    }
}

pub(crate) fn unit_value(w: &str) -> Option<f64> {
    Some(match w {
        "zero" | "nought" | "naught" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        _ => return None,
    })
}

pub(crate) fn tens_value(w: &str) -> Option<f64> {
    Some(match w {
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// "thousand" .. "trillion" (not "hundred", which binds tighter).
pub(crate) fn scale_value(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    })
}

/// A multiplier a number can carry: "hundred", "thousand" .. "trillion", "dozen".
fn multiplier_value(w: &str) -> Option<f64> {
    match w {
        "hundred" => Some(100.0),
        "dozen" => Some(12.0),
        // South Asian multipliers, common in Pakistani and Indian news.
        "lakh" => Some(1e5),
        "crore" => Some(1e7),
        _ => scale_value(w),
    }
}

/// Vague plural amounts, `min` inclusive and `max` exclusive. A plural
/// means at least two of its unit: "hundreds" is 200..1000, "millions"
/// 2e6..1e9 (up to the next named scale), "dozens" 24..144 (two dozen up
/// to a gross), "tens" 20..100 (only before "of"). So 170 is not
/// "hundreds", and $1.5 million is not "millions of dollars".
fn vague_value(w: &str) -> Option<(f64, f64)> {
    Some(match w {
        "tens" => (20.0, 100.0),
        "dozens" => (24.0, 144.0),
        "hundreds" => (200.0, 1e3),
        "thousands" => (2e3, 1e6),
        "millions" => (2e6, 1e9),
        "billions" => (2e9, 1e12),
        "trillions" => (2e12, 1e15),
        _ => return None,
    })
}

/// The scale a plural names after "of": "hundreds of *millions*".
fn plural_scale(w: &str) -> Option<f64> {
    Some(match w {
        "hundreds" => 100.0,
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        "trillions" => 1e12,
        _ => return None,
    })
}

/// Denominators of fractions; `true` when plural. "second" is left out: "one
/// second" is a time.
fn fraction_value(w: &str) -> Option<(f64, bool)> {
    Some(match w {
        "half" => (2.0, false),
        "halves" => (2.0, true),
        "third" => (3.0, false),
        "thirds" => (3.0, true),
        "quarter" | "fourth" => (4.0, false),
        "quarters" | "fourths" => (4.0, true),
        "fifth" => (5.0, false),
        "fifths" => (5.0, true),
        "sixth" => (6.0, false),
        "sixths" => (6.0, true),
        "seventh" => (7.0, false),
        "sevenths" => (7.0, true),
        "eighth" => (8.0, false),
        "eighths" => (8.0, true),
        "ninth" => (9.0, false),
        "ninths" => (9.0, true),
        "tenth" => (10.0, false),
        "tenths" => (10.0, true),
        _ => return None,
    })
}

/// A multiplier attached to digits: "500m", "1.2bn", "10k", "3M". Lowercase
/// "m" and "b" are only multipliers after a currency sign; elsewhere "500m"
/// is metres.
pub(crate) fn suffix_scale(raw: &str, money: bool) -> Option<f64> {
    match raw {
        "k" | "K" => Some(1e3),
        "mn" | "mln" | "Mn" => Some(1e6),
        "mil" | "MM" => Some(1e6),
        "bn" | "bln" | "Bn" => Some(1e9),
        "tn" | "trn" | "tln" | "Tn" => Some(1e12),
        "M" => Some(1e6),
        "B" => Some(1e9),
        "m" if money => Some(1e6),
        "b" if money => Some(1e9),
        "T" if money => Some(1e12),
        _ => None,
    }
}

/// Unit abbreviations that may be written against digits ("10km", "5kg",
/// "30C"); the number still stands. Single letters are case-sensitive: "5g"
/// is grams, "5G" a network.
fn attached_unit(raw: &str) -> bool {
    if raw.len() == 1 {
        return matches!(raw, "m" | "g" | "t" | "l" | "C" | "F");
    }
    matches!(
        raw.to_ascii_lowercase().as_str(),
        "km" | "kms"
            | "kg"
            | "kgs"
            | "g"
            | "mg"
            | "mm"
            | "cm"
            | "mi"
            | "ft"
            | "lb"
            | "lbs"
            | "oz"
            | "mph"
            | "kph"
            | "kmh"
            | "kw"
            | "mw"
            | "gw"
            | "kwh"
            | "mwh"
            | "gwh"
            | "twh"
            | "ha"
            | "bpd"
            | "pct"
            | "pc"
            | "am"
            | "pm"
            | "l"
            | "ml"
            | "yr"
            | "yrs"
            | "hr"
            | "hrs"
            | "min"
            | "mins"
            | "sec"
            | "secs"
    )
}

fn ordinal_suffix(w: &str) -> bool {
    matches!(w, "st" | "nd" | "rd" | "th")
}

/// Digits that belong to an identifier rather than state a number: "B2B",
/// "A320", "COVID-19", "F-16", "10:30". A lowercase word before the hyphen
/// ("mid-2025", "top-10") does not make one.
fn digits_in_identifier(t: &Tokens, i: usize) -> bool {
    if t.tok(i).ident {
        return true;
    }
    if t.adj(i) {
        match t.kind(i - 1) {
            Some(TokKind::Word) => return true,
            Some(TokKind::Punct) => {
                let c = t.punct(i - 1);
                if matches!(c, Some('-' | '/' | '_'))
                    && t.adj(i - 1)
                    && t.kind(i - 2) == Some(TokKind::Word)
                    && t.raw(i - 2).chars().any(char::is_uppercase)
                {
                    return true;
                }
                if c == Some(':') && t.adj(i - 1) && t.kind(i - 2) == Some(TokKind::Num) {
                    return true;
                }
            }
            _ => {}
        }
    }
    t.is_punct(i + 1, ':') && t.adj(i + 1) && t.adj(i + 2) && t.kind(i + 2) == Some(TokKind::Num)
}

/// One or two digits glued by a slash to one or two more that do not make
/// a fraction: "9/11", "24/7", "4/22", "50/50". Such a pair is an idiom, a
/// split or a day, which the date reader takes whole where it is one; it
/// never states two numbers. Longer chains ("5/17/2018", a phone number)
/// are left to be read part by part.
fn slashed(t: &Tokens, i: usize) -> bool {
    let short = |k: usize| t.kind(k) == Some(TokKind::Num) && t.raw(k).len() <= 2;
    let slash = |k: usize| t.is_punct(k, '/') && t.adj(k) && t.adj(k + 1);
    let pair_at = |a: usize| {
        short(a) && slash(a + 1) && short(a + 2) && !(a >= 1 && slash(a - 1)) && !slash(a + 3)
    };
    pair_at(i) || (i >= 2 && pair_at(i - 2))
}

/// The number phrase that starts exactly at token `i`, longest first.
/// `money` says a currency sign comes just before, which lets "m" and "b"
/// act as multipliers.
pub(crate) fn parse_at(t: &Tokens, i: usize, money: bool) -> Option<Phrase> {
    // A pure function of the tokens: remembered per token.
    t.phrases[usize::from(money)]
        .get(i)?
        .get_or_init(|| read_phrase(t, i, money))
        .clone()
}

/// [`parse_at`], read afresh.
fn read_phrase(t: &Tokens, i: usize, money: bool) -> Option<Phrase> {
    match t.kind(i)? {
        TokKind::Num => digits_at(t, i, money),
        TokKind::Punct => {
            let c = t.punct(i)?;
            let starts_clear =
                !(t.adj(i) && matches!(t.kind(i - 1), Some(TokKind::Word | TokKind::Num)));
            // ".5", ".08": a decimal without its leading zero.
            if c == '.' && starts_clear && t.kind(i + 1) == Some(TokKind::Num) && t.adj(i + 1) {
                let digits = t.raw(i + 1);
                if digits.bytes().all(|b| b.is_ascii_digit()) {
                    let v: f64 = format!("0.{digits}").parse().ok()?;
                    let mut p = digits_at(t, i + 1, money)?;
                    p.start = i;
                    p.value = Magnitude::Exact(v * p.style.scale);
                    return Some(p);
                }
            }
            if let Some(v) = vulgar_fraction(c) {
                let mut style = Style::new();
                style.words = false;
                return Some(Phrase {
                    start: i,
                    end: i + 1,
                    value: Magnitude::Exact(v),
                    style,
                });
            }
            if matches!(c, '-' | '−')
                && starts_clear
                && t.kind(i + 1) == Some(TokKind::Num)
                && t.adj(i + 1)
            {
                let mut p = digits_at(t, i + 1, money)?;
                p.start = i;
                p.value = Magnitude::Exact(-p.exact()?);
                p.style.minus = Some(c);
                Some(p)
            } else {
                None
            }
        }
        TokKind::Word => {
            // "minus five", "negative 3.5"
            if matches!(t.w(i), "minus" | "negative") {
                if let Some(mut p) = parse_at(t, i + 1, money).filter(|p| !p.style.vague) {
                    p.start = i;
                    p.value = Magnitude::Exact(-p.exact()?);
                    return Some(p);
                }
            }
            words_at(t, i)
        }
    }
}

/// The Unicode vulgar fractions: "½", "¾", "⅔".
fn vulgar_fraction(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => return None,
    })
}

/// A fraction in digits from token `i`: "3/4", "1/2" — a numerator below a
/// denominator of a usual size (up to 10, or 12, 16, 32, 64, 100), so that
/// "24/7", "9/11" and dates like "3/4/2021" stay apart. Returns its value
/// and the token after it.
fn digit_fraction(t: &Tokens, i: usize) -> Option<(f64, usize)> {
    if i + 2 >= t.len() {
        return None;
    }
    let (num, den) = (t.tok(i), t.tok(i + 2));
    let plain =
        |k: usize| t.kind(k) == Some(TokKind::Num) && t.raw(k).bytes().all(|b| b.is_ascii_digit());
    let ok = plain(i)
        && t.is_punct(i + 1, '/')
        && t.adj(i + 1)
        && t.adj(i + 2)
        && plain(i + 2)
        && !(t.is_punct(i + 3, '/') && t.adj(i + 3))
        && !(i > 0 && t.is_punct(i - 1, '/') && t.adj(i))
        && num.value < den.value
        && (den.value <= 10.0 || matches!(den.value as u32, 12 | 16 | 32 | 64 | 100));
    ok.then(|| (num.value / den.value, i + 3))
}

/// "five point five", "two hundred point zero three", "point seventy-one":
/// the decimals after "point" at token `j` — digit words one by one, or one
/// number below a hundred. Returns the fraction and the token after it.
fn point_decimals(t: &Tokens, j: usize) -> Option<(f64, usize)> {
    if t.w(j) != "point" {
        return None;
    }
    let mut digits = String::new();
    let mut k = j + 1;
    while let Some(u) = unit_value(t.w(k)).filter(|&u| u < 10.0) {
        digits.push(char::from(b'0' + u as u8));
        k += 1;
    }
    if digits.is_empty() {
        let (v, end, _) = cardinal(t, j + 1, false)?;
        if v >= 100.0 || v.fract() != 0.0 {
            return None;
        }
        digits = format!("{v}");
        k = end;
    }
    let v: f64 = format!("0.{digits}").parse().ok()?;
    Some((v, k))
}

fn digits_at(t: &Tokens, i: usize, money: bool) -> Option<Phrase> {
    if digits_in_identifier(t, i) {
        return None;
    }
    if let Some((v, end)) = digit_fraction(t, i) {
        return Some(Phrase {
            start: i,
            end,
            value: Magnitude::Exact(v),
            style: Style::new(),
        });
    }
    if slashed(t, i) {
        return None;
    }
    let tok = t.tok(i);
    if tok.decimals == 0 && !tok.commas {
        // "2 1/4", "2½": a whole number and a fraction.
        let frac = if t.adj(i + 1) {
            t.punct(i + 1).and_then(vulgar_fraction).map(|f| (f, i + 2))
        } else if t.kind(i + 1) == Some(TokKind::Num) {
            digit_fraction(t, i + 1)
        } else {
            None
        };
        if let Some((f, end)) = frac {
            return Some(Phrase {
                start: i,
                end,
                value: Magnitude::Exact(tok.value + f),
                style: Style::new(),
            });
        }
    }
    // "1e10", "1.3e6", "12.32e+14", "12e-1"
    if t.adj(i + 1) && matches!(t.raw(i + 1), "e" | "E") && t.adj(i + 2) {
        let (sign, k) = match t.punct(i + 2) {
            Some('+') if t.adj(i + 3) => (1.0, i + 3),
            Some('-' | '−') if t.adj(i + 3) => (-1.0, i + 3),
            _ => (1.0, i + 2),
        };
        if t.kind(k) == Some(TokKind::Num) && t.tok(k).decimals == 0 && !t.tok(k).ident {
            let exp = sign * t.tok(k).value;
            return Some(Phrase {
                start: i,
                end: k + 1,
                value: Magnitude::Exact(tok.value * 10f64.powf(exp)),
                style: Style::new(),
            });
        }
    }
    if let Some((v, end)) = power(t, i) {
        return Some(Phrase {
            start: i,
            end,
            value: Magnitude::Exact(v),
            style: Style::new(),
        });
    }
    let mut style = Style::new();
    style.commas = tok.commas;
    style.plain_thousands = !tok.commas && tok.value.abs() >= 1000.0;
    let raw = t.raw(i);
    if tok.decimals > 0 && raw.ends_with('0') {
        style.min_decimals = tok.decimals;
    }
    let mut value = tok.value;
    let mut end = i + 1;
    let next = i + 1;
    if t.kind(next) == Some(TokKind::Word) && t.adj(next) {
        if let Some(s) = suffix_scale(t.raw(next), money).or_else(|| glued_scale(t.raw(next), tok))
        {
            style.scale = s;
            style.scale_text = Some((t.tok(next).start, t.tok(next).end));
            style.sep = Some((tok.end, tok.end));
            value *= s;
            end = next + 1;
        } else if !attached_unit(t.raw(next)) || ordinal_suffix(t.w(next)) {
            // "B2B", "5G", "1990s", and ordinals like "2nd".
            return None;
        }
    } else {
        let (word, sep_ok) = if t.kind(next) == Some(TokKind::Word) {
            (next, true)
        } else if t.is_punct(next, '-') && t.adj(next) && t.adj(next + 1) {
            (next + 1, true)
        } else {
            (next, false)
        };
        if sep_ok {
            // "$500 million", and the spaced wire-style abbreviations
            // "$500 mln", "1.2 bn" (longer than one letter, so never
            // metres), "2.33 k", and "1,674.5 G" after a figure no label
            // would carry.
            let spaced_abbreviation = || {
                let raw = t.raw(word);
                let figure = tok.decimals > 0 || tok.commas;
                // "10-K" is a filing, "F-16 A" a model: a letter after a
                // hyphen names, it does not multiply.
                let spaced = word == next;
                match raw {
                    "k" | "K" if spaced => Some(1e3),
                    "M" if spaced && figure => Some(1e6),
                    "G" if spaced && figure => Some(1e9),
                    _ if raw.len() > 1 => suffix_scale(raw, money),
                    _ => None,
                }
            };
            // Digits and words in one number: "3 hundred and 21", "4
            // thousand 3 hundred", "6 crore and two hundred".
            if tok.decimals == 0 && !tok.commas {
                if let Some((v, e, and)) = cardinal(t, i, false).filter(|c| c.1 > word + 1) {
                    style.words = true;
                    style.and = and;
                    return Some(Phrase {
                        start: i,
                        end: e,
                        value: Magnitude::Exact(v),
                        style,
                    });
                }
            }
            let dozens = (t.w(word) == "dozens" || dozen_abbreviation(t.w(word))).then_some(12.0);
            if let Some(s) = cardinal_scale(t.w(word))
                .or(multiplier_value(t.w(word)))
                .or(dozens)
                .or_else(spaced_abbreviation)
            {
                style.scale = s;
                style.scale_text = Some((t.tok(word).start, t.tok(word).end));
                style.sep = Some((tok.end, t.tok(word).start));
                style.dozen = s == 12.0;
                value *= s;
                end = word + 1;
                // "3 million and a half" is 3.5 million.
                if s >= 1e3 && t.w(end) == "and" {
                    if let Some(f) = word_fraction(t, end + 1).filter(|f| !f.mixed) {
                        if f.scale.is_none() && f.whole < f.denominator {
                            value += tok.value.signum() * f.whole / f.denominator * s;
                            end = f.end;
                        }
                    }
                }
            }
        }
    }
    // "3 and a half years": a whole figure takes "and a half" (a quarter,
    // a third) as the words "three and a half" do, so the digits and the
    // words of one length read the same.
    if end == i + 1 && tok.decimals == 0 && !tok.commas && t.w(end) == "and" && t.w(end + 1) == "a"
    {
        // Not "2 and a half-time substitution".
        let compound = t.is_punct(end + 3, '-') && t.adj(end + 3);
        if let Some((den, false)) = fraction_value(t.w(end + 2)).filter(|_| !compound) {
            value += tok.value.signum() / den;
            end += 3;
        }
    }
    Some(Phrase {
        start: i,
        end,
        value: Magnitude::Exact(value),
        style,
    })
}

/// "dz", "dzs", "doz", "dozs": dozens as order forms and recipes shorten
/// them.
fn dozen_abbreviation(w: &str) -> bool {
    matches!(w, "dz" | "dzs" | "doz" | "dozs")
}

/// A multiplier letter glued to digits that is not a unit there: "10G",
/// "1.5G" (giga; "5G" is a network generation, so not after a whole number
/// below ten), and "1.2b" (a billion; "5b" is a subsection).
fn glued_scale(raw: &str, tok: &Token) -> Option<f64> {
    let whole = tok.decimals == 0 && !tok.commas;
    match raw {
        "G" if !(whole && tok.value < 10.0) => Some(1e9),
        "b" if !whole => Some(1e9),
        _ => None,
    }
}

/// A power written out from the digits at `i`: "1.1^23", "2.5^-1",
/// "1.3x10^6", "6.23×10^-4". Returns the value and the token after it.
fn power(t: &Tokens, i: usize) -> Option<(f64, usize)> {
    let base = t.tok(i).value;
    // "x10^", "×10^": scientific notation.
    let times = (t.raw(i + 1) == "x" || t.raw(i + 1) == "X" || t.is_punct(i + 1, '×'))
        && t.adj(i + 1)
        && t.kind(i + 2) == Some(TokKind::Num)
        && t.raw(i + 2) == "10"
        && t.adj(i + 2);
    let caret = if times { i + 3 } else { i + 1 };
    if !(t.is_punct(caret, '^') && t.adj(caret)) {
        return None;
    }
    let mut k = caret + 1;
    let mut sign = 1.0;
    while t.adj(k) && matches!(t.punct(k), Some('+' | '-' | '−')) {
        if t.punct(k) != Some('+') {
            sign = -sign;
        }
        k += 1;
    }
    if !(t.adj(k) && t.kind(k) == Some(TokKind::Num)) || t.tok(k).ident {
        return None;
    }
    let exp = sign * t.tok(k).value;
    let v = if times {
        base * 10f64.powf(exp)
    } else {
        base.powf(exp)
    };
    v.is_finite().then_some((v, k + 1))
}

/// A fraction in words, as [`word_fraction`] reads it: `whole` and, when
/// `mixed`, `numerator` over `denominator` ("two and three fifths"), else
/// `whole` over `denominator` ("three fifths").
#[derive(Clone, Debug)]
pub(crate) struct WordFraction {
    pub whole: f64,
    pub numerator: f64,
    pub denominator: f64,
    pub mixed: bool,
    /// The scale word that ends the whole part: "one million and a half".
    pub whole_scale: Option<f64>,
    /// A scale after the fraction: "three quarters billion", "two thirds
    /// of a million".
    pub scale: Option<f64>,
    /// Token after the fraction, its scale included.
    pub end: usize,
}

impl WordFraction {
    pub fn value(&self) -> f64 {
        let den = self.denominator;
        if !self.mixed {
            return self.whole / den * self.scale.unwrap_or(1.0);
        }
        if self.numerator >= den {
            // "one hundred and thirty fifths" is 130/5.
            return (self.whole + self.numerator) / den * self.scale.unwrap_or(1.0);
        }
        let part = self.numerator / den;
        match (self.whole_scale, self.scale) {
            // "one billion and a half million"
            (Some(ws), Some(s)) if ws > s => self.whole + part * s,
            // "one and a half million"
            (_, Some(s)) => (self.whole + part) * s,
            // "one million and a half"
            (Some(ws), None) => self.whole + part * ws,
            (None, None) => self.whole + part,
        }
    }
}

/// The denominator a word names: "fifth", "fifths", "hundredths",
/// "quarter", "halves", with whether it is plural. "second" is a time, and
/// "first" a denominator only after tens ("three twenty firsts").
fn denominator_word(w: &str, after_tens: bool) -> Option<(f64, bool)> {
    let (stem, plural) = match w {
        "half" => return Some((2.0, false)),
        "halves" => return Some((2.0, true)),
        "quarter" => return Some((4.0, false)),
        "quarters" => return Some((4.0, true)),
        _ => match w.strip_suffix('s') {
            Some(stem) if ordinal_value(stem).is_some() => (stem, true),
            _ => (w, false),
        },
    };
    if stem == "second" || stem == "nineth" || (stem == "first" && !after_tens) {
        return None;
    }
    Some((ordinal_value(stem)?, plural))
}

/// A fraction in words from token `i`, ending in a denominator: "three
/// fifths", "twenty-three fifths", "a hundredth", "a hundred trillionths",
/// "three twenty-firsts", "two and fifty-four hundredths", "one million and
/// a half", "one billion and three quarters million".
///
/// Which words are the denominator follows Recognizers-Text's reading of
/// English: from the end, the denominator takes the words that compose
/// with it into one ordinal ("twenty fifths" is 25ths, "one hundred fifth"
/// 105th), keeping at least a numerator before it: "three twenty-firsts"
/// is 3/21, "twenty twenty fifths" 20/25, "one hundred thirty fifths"
/// 100/35 but "one hundred thirty two fifths" 132/5. An "and" before the
/// numerator makes a mixed number ("twenty and three fifths" is 20.6),
/// unless the numerator is the larger ("one hundred and thirty fifths" is
/// 130/5).
///
/// A singular denominator takes one ("a fifth", "one twenty-fifth"); a
/// lone "a fifth" or "one hundredth" is a fraction only before "of", a
/// scale or the end of a clause, as "a fifth term" and "one hundredth
/// game" are ordinals.
pub(crate) fn word_fraction(t: &Tokens, i: usize) -> Option<WordFraction> {
    #[derive(Clone, Copy, PartialEq)]
    enum Atom {
        Number(f64),
        And,
        Denominator(f64),
    }
    let value = |a: Atom| match a {
        Atom::Number(v) | Atom::Denominator(v) => v,
        Atom::And => 0.0,
    };
    // The value of number words without the grammar checks of `cardinal`:
    // the words were checked as they were collected.
    let sum = |atoms: &[Atom]| {
        let (mut total, mut cur) = (0.0, 0.0);
        for &a in atoms {
            let v = value(a);
            if a == Atom::And {
                continue;
            } else if v == 100.0 {
                cur = if cur == 0.0 { 100.0 } else { cur * 100.0 };
            } else if v >= 1000.0 {
                total += if cur == 0.0 { v } else { cur * v };
                cur = 0.0;
            } else {
                cur += v;
            }
        }
        total + cur
    };
    let hyphen = |k: usize| t.is_punct(k, '-') && t.adj(k) == t.adj(k + 1);
    let mut atoms: Vec<Atom> = Vec::new();
    let mut plural = false;
    let mut j = i;
    loop {
        let w = t.w(j);
        let after_number = matches!(atoms.last(), Some(Atom::Number(_)));
        if matches!(w, "a" | "an") && matches!(atoms.last(), None | Some(Atom::And)) {
            atoms.push(Atom::Number(1.0));
        } else if let Some(u) = unit_value(w) {
            atoms.push(Atom::Number(u));
        } else if let Some(tens) = tens_value(w) {
            if hyphen(j + 1) {
                if let Some(u) = unit_value(t.w(j + 2)).filter(|u| (1.0..10.0).contains(u)) {
                    atoms.push(Atom::Number(tens + u));
                    j += 3;
                    continue;
                }
                if let Some((o, pl)) = denominator_word(t.w(j + 2), true).filter(|d| d.0 < 10.0) {
                    atoms.push(Atom::Denominator(tens + o));
                    plural = pl;
                    j += 3;
                    break;
                }
            }
            atoms.push(Atom::Number(tens));
        } else if !(after_number
            || (atoms.last() == Some(&Atom::And) && denominator_word(w, false).is_some()))
        {
            break;
        } else if let Some(s) = (w == "hundred").then_some(100.0).or(cardinal_scale(w)) {
            atoms.push(Atom::Number(s));
        } else if let Some((d, pl)) = denominator_word(
            w,
            matches!(atoms.last(), Some(&Atom::Number(v)) if v % 10.0 == 0.0 && (20.0..100.0).contains(&v)),
        ) {
            atoms.push(Atom::Denominator(d));
            plural = pl;
            j += 1;
            break;
        } else if w == "and"
            && (unit_value(t.w(j + 1)).is_some()
                || tens_value(t.w(j + 1)).is_some()
                || matches!(t.w(j + 1), "a" | "an")
                || denominator_word(t.w(j + 1), false).is_some())
        {
            atoms.push(Atom::And);
        } else if hyphen(j) && denominator_word(t.w(j + 1), false).is_some() {
            // "one-fourth", "five - eighths", "hundred-fifths"
        } else {
            break;
        }
        j += 1;
    }
    let n = atoms.len();
    if n < 2 || !matches!(atoms[n - 1], Atom::Denominator(_)) {
        return None;
    }
    let composable = |big: f64, small: f64| {
        let base = if small > 10.0 { 100.0 } else { 10.0 };
        big % base == 0.0 && big >= base
    };
    // Where the denominator starts among `atoms`, the last one a
    // denominator.
    let denominator_start = |atoms: &[Atom]| {
        let n = atoms.len();
        let mut split = n - 1;
        let mut current = value(atoms[n - 1]);
        let mut round = 1.0;
        let mut k = n - 1;
        while k > 0 {
            k -= 1;
            if atoms[k] == Atom::And {
                continue;
            }
            let previous = current;
            current = value(atoms[k]);
            let composes = (previous >= 100.0 && previous > current)
                || (previous < 100.0 && composable(current, previous));
            if !composes || (previous < 100.0 && current < round) {
                split = k + 1;
                break;
            }
            if previous < 100.0 {
                round = current;
            }
            if k == 0 {
                // All the words would compose: the numerator ends after the
                // first multiplier followed by a smaller word.
                let mut s = 1;
                while s + 2 <= n {
                    if value(atoms[s]) >= 100.0
                        && atoms[s + 1] != Atom::And
                        && value(atoms[s + 1]) < 100.0
                    {
                        s += 1;
                        break;
                    }
                    s += 1;
                }
                split = s;
            }
        }
        split
    };
    let mut split = denominator_start(&atoms);
    if atoms[split] == Atom::And {
        // "two and fifty-four hundredths": the "and" ends the whole part,
        // and the words after it are read again as a fraction of their own.
        split += 1 + denominator_start(&atoms[split + 1..]);
    }
    let (numbers, denominator) = atoms.split_at(split);
    if numbers.is_empty() || numbers[0] == Atom::And {
        return None;
    }
    let denominator = sum(denominator);
    let last_and = (0..numbers.len().saturating_sub(1))
        .rev()
        .find(|&m| numbers[m] == Atom::And);
    let (whole, numerator, mixed, whole_scale) = match last_and {
        Some(m) => {
            let whole_scale = match numbers.get(m.wrapping_sub(1)) {
                Some(&Atom::Number(s)) if s >= 1000.0 => Some(s),
                _ => None,
            };
            (
                sum(&numbers[..m]),
                sum(&numbers[m + 1..]),
                true,
                whole_scale,
            )
        }
        None => (sum(numbers), 0.0, false, None),
    };
    // A scale after the fraction: "three quarters billion", "two thirds of
    // a million".
    let (scale, end) = if let Some(s) = cardinal_scale(t.w(j)) {
        (Some(s), j + 1)
    } else if t.w(j) == "of" && matches!(t.w(j + 1), "a" | "an") {
        match cardinal_scale(t.w(j + 2)) {
            Some(s) => (Some(s), j + 3),
            None => (None, j),
        }
    } else {
        (None, j)
    };
    if !plural {
        let counted = if mixed { numerator } else { whole };
        if counted != 1.0 {
            return None;
        }
        let simple = split == n - 1 && denominator <= 10.0 && !matches!(t.w(i), "a" | "an");
        let clause_ends = t.kind(j) != Some(TokKind::Word) || t.w(j) == "of" || scale.is_some();
        if !mixed && !simple && !clause_ends {
            return None;
        }
    }
    Some(WordFraction {
        whole,
        numerator,
        denominator,
        mixed,
        whole_scale,
        scale,
        end,
    })
}

fn words_at(t: &Tokens, i: usize) -> Option<Phrase> {
    // Every reading below opens with one of a few words: the phrase is
    // asked at every word of every sentence, and most words are none of
    // them.
    if !may_open_words(t.w(i)) {
        debug_assert!(
            read_words(t, i).is_none(),
            "a number in words opens at {:?}, which may_open_words passes over",
            t.w(i)
        );
        return None;
    }
    read_words(t, i)
}

/// Whether a number phrase in words may open with the lowercased word
/// `w`: what [`read_words`] and the readers it calls ([`word_fraction`],
/// [`cardinal`]) compare its first word with. A reading that opens with
/// another word must add it here; debug builds check every word passed
/// over.
fn may_open_words(w: &str) -> bool {
    matches!(w, "a" | "an" | "half" | "quarter" | "several")
        || unit_value(w).is_some()
        || tens_value(w).is_some()
        || vague_value(w).is_some()
}

/// [`words_at`], at any word.
fn read_words(t: &Tokens, i: usize) -> Option<Phrase> {
    let mut style = Style::new();
    style.words = true;
    style.capital = t.capitalized(i);
    let w = t.w(i);
    let phrase = |end: usize, value: Magnitude, style: Style| {
        Some(Phrase {
            start: i,
            end,
            value,
            style,
        })
    };
    // "a half", "half a dozen" and "two halves" are read below.
    if let Some(f) = word_fraction(t, i).filter(|f| f.mixed || f.denominator != 2.0) {
        if let Some(s) = f.scale {
            style.scale = s;
            style.scale_text = Some((t.tok(f.end - 1).start, t.tok(f.end - 1).end));
        }
        return phrase(f.end, Magnitude::Exact(f.value()), style);
    }
    match w {
        "a" | "an" => {
            let next = t.w(i + 1);
            if next == "couple" {
                style.couple = true;
                if let Some(s) = multiplier_value(t.w(i + 2)) {
                    style.scale = s;
                    style.scale_text = Some((t.tok(i + 2).start, t.tok(i + 2).end));
                    style.dozen = s == 12.0;
                    style.couple = false;
                    return phrase(i + 3, Magnitude::Exact(2.0 * s), style);
                }
                if t.w(i + 2) == "of" {
                    return phrase(i + 2, Magnitude::Exact(2.0), style);
                }
                return None;
            }
            if next == "few" {
                let s = multiplier_value(t.w(i + 2)).filter(|&s| s >= 100.0)?;
                style.vague = true;
                return phrase(
                    i + 3,
                    Magnitude::Vague {
                        min: 2.0 * s,
                        max: 10.0 * s,
                    },
                    style,
                );
            }
            // "a half dozen"
            if next == "half" && t.w(i + 2) == "dozen" {
                style.half = true;
                style.dozen = true;
                style.scale = 12.0;
                style.scale_text = Some((t.tok(i + 2).start, t.tok(i + 2).end));
                return phrase(i + 3, Magnitude::Exact(6.0), style);
            }
            // "a half", "a half hour"; not "a half-brother".
            if next == "half"
                && !(t.is_punct(i + 2, '-') && t.adj(i + 2))
                && multiplier_value(t.w(i + 2)).is_none()
            {
                return phrase(i + 2, Magnitude::Exact(0.5), style);
            }
            if let Some((den, false)) = fraction_value(next) {
                if den > 2.0 && t.w(i + 2) == "of" {
                    return phrase(i + 2, Magnitude::Exact(1.0 / den), style);
                }
                return None;
            }
            if next == "dozen" {
                style.article = true;
                style.dozen = true;
                style.scale = 12.0;
                style.scale_text = Some((t.tok(i + 1).start, t.tok(i + 1).end));
                return phrase(i + 2, Magnitude::Exact(12.0), style);
            }
            let s = multiplier_value(next)?;
            style.article = true;
            style.scale = s;
            style.scale_text = Some((t.tok(i + 1).start, t.tok(i + 1).end));
            let (v, end, and) = cardinal(t, i + 1, true)?;
            style.and = and;
            phrase(end, Magnitude::Exact(v), style)
        }
        "half" | "quarter" if scale_value(t.w(i + 1)).is_some() => {
            // "half million", "quarter million"
            let s = scale_value(t.w(i + 1))?;
            let f = if w == "half" { 0.5 } else { 0.25 };
            style.scale = s;
            style.scale_text = Some((t.tok(i + 1).start, t.tok(i + 1).end));
            phrase(i + 2, Magnitude::Exact(f * s), style)
        }
        "half" => {
            // "half a dozen", or hyphenated as a modifier: "half-a-dozen".
            let hyphen = |k: usize| t.is_punct(k, '-') && t.adj(k) && t.adj(k + 1);
            let (article, scale) = if hyphen(i + 1) && hyphen(i + 3) {
                (i + 2, i + 4)
            } else {
                (i + 1, i + 2)
            };
            if !matches!(t.w(article), "a" | "an") {
                return None;
            }
            let s = multiplier_value(t.w(scale))?;
            style.half = true;
            style.dozen = s == 12.0;
            style.scale = s;
            style.scale_text = Some((t.tok(scale).start, t.tok(scale).end));
            phrase(scale + 1, Magnitude::Exact(s / 2.0), style)
        }
        "several" => {
            let s = multiplier_value(t.w(i + 1)).filter(|&s| s >= 100.0)?;
            style.vague = true;
            phrase(
                i + 2,
                Magnitude::Vague {
                    min: 2.0 * s,
                    max: 10.0 * s,
                },
                style,
            )
        }
        _ => {
            if let Some((mut min, mut max)) = vague_value(w) {
                let mut end = i + 1;
                while t.w(end) == "of" {
                    match plural_scale(t.w(end + 1)) {
                        Some(s) => {
                            min *= s;
                            max *= s;
                            end += 2;
                        }
                        None => break,
                    }
                }
                if w == "tens" && end == i + 1 {
                    return None;
                }
                style.vague = true;
                return phrase(end, Magnitude::Vague { min, max }, style);
            }
            let (mut v, mut end, and) = cardinal(t, i, false)?;
            if compound_ordinal(t, i).is_some() {
                return None; // "twenty-first" is an ordinal
            }
            style.and = and;
            if w == "one" && end == i + 1 {
                // The pronoun: "no one", "the one who", "one another".
                let before = if i > 0 { t.w(i - 1) } else { "" };
                if matches!(
                    before,
                    "no" | "any" | "every" | "each" | "this" | "that" | "the" | "which"
                ) || t.w(i + 1) == "another"
                {
                    return None;
                }
            }
            let single = end == i + 1;
            let small = v.fract() == 0.0 && (1.0..=10.0).contains(&v);
            // "two thirds", "one-third", "three quarters"
            let den_at = if t.is_punct(end, '-') && t.adj(end) && t.adj(end + 1) {
                end + 1
            } else {
                end
            };
            if let (true, true, Some((den, plural))) = (single, small, fraction_value(t.w(den_at)))
            {
                if plural == (v > 1.0) && !(den == 2.0 && v > 1.0) {
                    return phrase(den_at + 1, Magnitude::Exact(v / den), style);
                }
            }
            let dozen = matches!(t.w(end), "dozen" | "dozens") || dozen_abbreviation(t.w(end));
            if dozen && v > 0.0 {
                // The dozens count the last group: "three hundred and two
                // dozens" is 300 + 2 dozen.
                let last_group =
                    unit_value(t.w(end - 1)).is_some() || tens_value(t.w(end - 1)).is_some();
                let counted = if v < 100.0 || !last_group {
                    v
                } else {
                    v % 100.0
                };
                style.dozen = true;
                style.scale = 12.0;
                style.scale_text = Some((t.tok(end).start, t.tok(end).end));
                return phrase(
                    end + 1,
                    Magnitude::Exact(v - counted + counted * 12.0),
                    style,
                );
            }
            if let Some((d, k)) = point_decimals(t, end) {
                return phrase(k, Magnitude::Exact(v + d), style);
            }
            // "two and a half", "five and a quarter", "three and a third"
            let and_a_part = match fraction_value(t.w(end + 2)) {
                Some((den, false)) if t.w(end) == "and" && t.w(end + 1) == "a" => Some(den),
                _ => None,
            };
            if let Some(den) = and_a_part {
                v += 1.0 / den;
                end += 3;
                if let Some(s) = scale_value(t.w(end)) {
                    v *= s;
                    style.scale = s;
                    style.scale_text = Some((t.tok(end).start, t.tok(end).end));
                    end += 1;
                }
            }
            phrase(end, Magnitude::Exact(v), style)
        }
    }
}

/// Ordinal words: "first" .. "nineteenth", "twentieth" .. "ninetieth",
/// "hundredth", "thousandth", "millionth", "billionth".
pub(crate) fn ordinal_value(w: &str) -> Option<f64> {
    Some(match w {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        "thousandth" => 1e3,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        // A common misspelling.
        "nineth" => 9.0,
        _ => return None,
    })
}

/// An ordinal written as cardinal words plus an ordinal word, from token
/// `i`: "twenty-first", "thirty first", "one hundred and first". Returns the
/// value and the token after it.
pub(crate) fn compound_ordinal(t: &Tokens, i: usize) -> Option<(f64, usize)> {
    let (v, end, _) = cardinal(t, i, false)?;
    let joined =
        (t.w(end) == "and" && v >= 100.0) || (t.is_punct(end, '-') && t.adj(end) && t.adj(end + 1));
    let k = if joined { end + 1 } else { end };
    let o = ordinal_value(t.w(k))?;
    if o >= 100.0 {
        // "two hundredth", "three trillionth"; "one hundredth" is a
        // fraction.
        let fits = !joined && v >= 2.0 && v < o.min(1000.0) && v.fract() == 0.0;
        return fits.then_some((v * o, k + 1));
    }
    // The ordinal names the last part: "twenty-first", "one hundred
    // twentieth", "three hundred twenty second", "one hundred and first".
    let fits = if o < 10.0 {
        v % 10.0 == 0.0 && v % 100.0 != 10.0 && v >= 20.0
    } else {
        v % 100.0 == 0.0 && v >= 100.0
    };
    fits.then_some((v + o, k + 1))
}

/// What the last word of a cardinal in words was, which decides what may
/// follow it.
#[derive(Clone, Copy, PartialEq)]
enum Last {
    Start,
    Unit,
    Tens,
    Hundred,
    Scale,
    And,
}

/// "thousand" .. "trillion" and the South Asian "lakh" (1e5) and "crore"
/// (1e7), the multipliers that close a group of three figures in words.
fn cardinal_scale(w: &str) -> Option<f64> {
    match w {
        "lakh" | "lakhs" => Some(1e5),
        "crore" | "crores" => Some(1e7),
        _ => scale_value(w),
    }
}

/// Cardinal number words from token `j`: "one hundred and seventy",
/// "twenty-one", "fifty - two", "three million two hundred thousand",
/// "three lakh crore". Figures may stand for the words of a group when a
/// multiplier word follows or "hundred and" comes before: "4 thousand 3
/// hundred and 21". With `article`, the phrase began with "a"/"an" standing
/// for one ("a hundred thousand"). Returns the value, the token after the
/// last number word, and whether "and" was used.
fn cardinal(t: &Tokens, mut j: usize, article: bool) -> Option<(f64, usize, bool)> {
    // Without an article the phrase opens with a figure, a unit or a tens
    // word (the loop below breaks at once on anything else): the ordinal
    // and number readers ask this at every word.
    if !article
        && t.kind(j) != Some(TokKind::Num)
        && unit_value(t.w(j)).is_none()
        && tens_value(t.w(j)).is_none()
    {
        return None;
    }
    let mut last = if article { Last::Unit } else { Last::Start };
    let (mut total, mut cur) = (0.0, if article { 1.0 } else { 0.0 });
    let mut min_scale = f64::INFINITY;
    let mut end = None;
    let mut and = false;
    // The state before the last "and", to return to when the "and" turns
    // out to join two numbers: "two million and three million".
    let mut before_and = None;
    let mut last_before_and = Last::Start;
    loop {
        let w = t.w(j);
        if let Some(figure) = group_figure(t, j, last, last_before_and) {
            cur += figure;
            last = if figure < 100.0 {
                Last::Unit
            } else {
                Last::Hundred
            };
        } else if let Some(u) = unit_value(w) {
            let ok = match last {
                Last::Start | Last::Hundred | Last::Scale | Last::And => true,
                Last::Tens => (1.0..10.0).contains(&u),
                Last::Unit => false,
            };
            if !ok {
                break;
            }
            cur += u;
            last = Last::Unit;
        } else if let Some(v) = tens_value(w) {
            if !matches!(last, Last::Start | Last::Hundred | Last::Scale | Last::And) {
                break;
            }
            cur += v;
            last = Last::Tens;
        } else if matches!(w, "hundred" | "hundreds") {
            if !matches!(last, Last::Unit | Last::Tens) || cur >= 100.0 || cur == 0.0 {
                break;
            }
            // "five hundreds" is a learner's plural; "hundreds" alone is vague.
            cur *= 100.0;
            last = Last::Hundred;
        } else if let Some(s) = cardinal_scale(w) {
            if last == Last::Scale && s > min_scale && cur == 0.0 {
                // "lakh crore", "thousand million": a scale of scales.
                total *= s;
                min_scale *= s;
            } else {
                if !matches!(last, Last::Unit | Last::Tens | Last::Hundred) || s >= min_scale {
                    break;
                }
                total += cur * s;
                cur = 0.0;
                min_scale = s;
            }
            last = Last::Scale;
        } else if w == "and"
            && matches!(last, Last::Hundred | Last::Scale)
            && (unit_value(t.w(j + 1)).is_some()
                || tens_value(t.w(j + 1)).is_some()
                || group_figure(t, j + 1, Last::And, last).is_some())
        {
            before_and = Some((end, total, cur, and));
            last_before_and = last;
            and = true;
            last = Last::And;
            j += 1;
            continue;
        } else if t.is_punct(j, '-')
            && last == Last::Tens
            && t.adj(j) == t.adj(j + 1)
            && unit_value(t.w(j + 1)).is_some_and(|u| (1.0..10.0).contains(&u))
        {
            // "twenty-one", and spaced as some write it, "fifty - two".
            j += 1;
            continue;
        } else {
            break;
        }
        j += 1;
        end = Some(j);
    }
    // A multiplier that could not join means the "and" joined two numbers.
    let w = t.w(j);
    if let Some((e, tot, c, a)) = before_and {
        if last != Last::Scale && (cardinal_scale(w).is_some() || w == "hundred") {
            (end, total, cur, and) = (e, tot, c, a);
        }
    }
    end.map(|e| (total + cur, e, and))
}

/// A figure at token `j` standing for the number words of one group inside
/// a phrase in words: first before a multiplier ("3 hundred", "4
/// thousand"), after "hundred and" ("3 hundred and 21"), or after a scale
/// when "hundred" follows ("4 thousand 3 hundred"). Zero never joins: "4
/// thousand and 0" are two numbers.
fn group_figure(t: &Tokens, j: usize, last: Last, last_before_and: Last) -> Option<f64> {
    if t.kind(j) != Some(TokKind::Num) || digits_in_identifier(t, j) {
        return None;
    }
    let tok = t.tok(j);
    let v = tok.value;
    let whole = tok.decimals == 0 && !tok.commas && v.fract() == 0.0 && v >= 1.0;
    let glued = t.adj(j + 1) && t.kind(j + 1) != Some(TokKind::Punct);
    if !whole || glued {
        return None;
    }
    let next = t.w(j + 1);
    let ok = match last {
        Last::Start => {
            (next == "hundred" && v < 100.0) || (cardinal_scale(next).is_some() && v < 1000.0)
        }
        Last::And => last_before_and == Last::Hundred && v < 100.0,
        Last::Scale => next == "hundred" && v < 10.0,
        _ => false,
    };
    ok.then_some(v)
}

/// Hedge words before an amount, longest first.
static QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["less", "than", "or", "equal", "to"], Qualifier::AtMost),
    (&["fewer", "than", "or", "equal", "to"], Qualifier::AtMost),
    (&["more", "than", "or", "equal", "to"], Qualifier::AtLeast),
    (
        &["greater", "than", "or", "equal", "to"],
        Qualifier::AtLeast,
    ),
    (&["equal", "to", "or", "less", "than"], Qualifier::AtMost),
    (&["equal", "to", "or", "fewer", "than"], Qualifier::AtMost),
    (&["equal", "to", "or", "more", "than"], Qualifier::AtLeast),
    (
        &["equal", "to", "or", "greater", "than"],
        Qualifier::AtLeast,
    ),
    (&["at", "least", "or", "equal", "to"], Qualifier::AtLeast),
    (&["at", "most", "or", "equal", "to"], Qualifier::AtMost),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["not", "less", "than"], Qualifier::AtLeast),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["no", "more", "than"], Qualifier::AtMost),
    (&["not", "more", "than"], Qualifier::AtMost),
    (&["as", "many", "as"], Qualifier::AtMost),
    (&["as", "much", "as"], Qualifier::AtMost),
    (&["a", "maximum", "of"], Qualifier::AtMost),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["at", "least"], Qualifier::AtLeast),
    (&["up", "to"], Qualifier::AtMost),
    (&["at", "most"], Qualifier::AtMost),
    (&["more", "than"], Qualifier::MoreThan),
    (&["greater", "than"], Qualifier::MoreThan),
    (&["larger", "than"], Qualifier::MoreThan),
    (&["bigger", "than"], Qualifier::MoreThan),
    (&["higher", "than"], Qualifier::MoreThan),
    (&["smaller", "than"], Qualifier::LessThan),
    (&["lower", "than"], Qualifier::LessThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["upward", "of"], Qualifier::MoreThan),
    (&["less", "than"], Qualifier::LessThan),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["close", "to"], Qualifier::About),
    (&["an", "estimated"], Qualifier::About),
    (&["exceeding"], Qualifier::MoreThan),
    (&["exceed"], Qualifier::MoreThan),
    (&["exceeds"], Qualifier::MoreThan),
    (&["exceeded"], Qualifier::MoreThan),
    (&["surpassed"], Qualifier::MoreThan),
    (&["surpass"], Qualifier::MoreThan),
    (&["surpassing"], Qualifier::MoreThan),
    (&["over"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["under"], Qualifier::LessThan),
    (&["below"], Qualifier::LessThan),
    (&["about"], Qualifier::About),
    (&["around"], Qualifier::About),
    (&["roughly"], Qualifier::About),
    (&["approximately"], Qualifier::About),
    (&["some"], Qualifier::About),
    (&["nearly"], Qualifier::About),
    (&["almost"], Qualifier::About),
];

/// The qualifier written just before token `i` (words only, no punctuation
/// between), not reaching back before token `floor`: its quality and the
/// token it starts at. An adverb before a comparison ("just over", "well
/// under") belongs to the qualifier.
pub(crate) fn qualifier_before(t: &Tokens, i: usize, floor: usize) -> Option<(Qualifier, usize)> {
    if let Some(found) = comparison_sign_before(t, i, floor) {
        return Some(found);
    }
    // "higher or equal than 100", "less or equal to 5"
    if i >= floor + 4
        && matches!(t.w(i - 1), "than" | "to")
        && t.w(i - 2) == "equal"
        && t.w(i - 3) == "or"
    {
        let q = match t.w(i - 4) {
            "more" | "greater" | "larger" | "bigger" | "higher" => Some(Qualifier::AtLeast),
            "less" | "fewer" | "smaller" | "lower" => Some(Qualifier::AtMost),
            _ => None,
        };
        if let Some(q) = q {
            return Some((q, i - 4));
        }
    }
    for (words, q) in QUALIFIERS {
        let n = words.len();
        if i < floor + n {
            continue;
        }
        let k = i - n;
        if words.iter().enumerate().all(|(x, w)| t.w(k + x) == *w) {
            let comparison = !matches!(q, Qualifier::About);
            let start = if comparison
                && k > floor
                && matches!(t.w(k - 1), "just" | "well" | "slightly" | "far" | "much")
            {
                k - 1
            } else {
                k
            };
            return Some((*q, start));
        }
    }
    None
}

/// A comparison sign just before token `i`: ">30", "<= 30", "< = 30",
/// "≥ 30". Returns the qualifier and the token the sign starts at.
fn comparison_sign_before(t: &Tokens, i: usize, floor: usize) -> Option<(Qualifier, usize)> {
    if i < floor + 1 {
        return None;
    }
    let sign = |k: usize| match t.punct(k) {
        Some('>') => Some(Qualifier::MoreThan),
        Some('<') => Some(Qualifier::LessThan),
        Some('≥') => Some(Qualifier::AtLeast),
        Some('≤') => Some(Qualifier::AtMost),
        _ => None,
    };
    // "<>30", "=>30" are no comparisons English writes.
    let sign_at = |k: usize| matches!(t.punct(k), Some('<' | '>' | '=' | '≥' | '≤'));
    let start = if t.is_punct(i - 1, '=') {
        i.checked_sub(2)?
    } else {
        i - 1
    };
    if start >= 1 && sign_at(start - 1) && t.adj(start) {
        return None;
    }
    if t.is_punct(i - 1, '=') && i >= floor + 2 {
        let q = match sign(i - 2)? {
            Qualifier::MoreThan => Qualifier::AtLeast,
            Qualifier::LessThan => Qualifier::AtMost,
            _ => return None,
        };
        return Some((q, i - 2));
    }
    sign(i - 1).map(|q| (q, i - 1))
}

/// A number with a unit after it (or two, for a range), as found by
/// [`measures`].
#[derive(Clone, Debug)]
pub(crate) struct Measure<U> {
    /// First token, including the qualifier or "between".
    pub start: usize,
    pub qualifier: Option<Qualifier>,
    /// Token after the qualifier words.
    pub core: usize,
    pub between: bool,
    pub first: Phrase,
    pub second: Option<Phrase>,
    pub unit: U,
    pub end: usize,
    pub value: Magnitude,
}

impl<U> Measure<U> {
    pub fn last(&self) -> &Phrase {
        self.second.as_ref().unwrap_or(&self.first)
    }

    /// The pieces `format::rebuild` needs to write another value in the
    /// place of this one.
    pub(crate) fn pieces(&self) -> super::format::Found<'_> {
        super::format::Found {
            start: self.start,
            qualifier: self.qualifier,
            core: self.core,
            between: self.between,
            first: &self.first,
            second: self.second.as_ref(),
        }
    }
}

/// Token where a range's second number starts after the connector at `j`:
/// "10-20", "10 to 20", "two or three", "between 10 and 20".
pub(crate) fn connector(t: &Tokens, j: usize, between: bool, from: bool) -> Option<usize> {
    if matches!(t.punct(j), Some('-' | '–')) {
        return Some(j + 1);
    }
    match t.w(j) {
        "and" if between => Some(j + 1),
        "to" if !from => Some(j + 1),
        "or" if !between => Some(j + 1),
        _ => None,
    }
}

/// Scale a bare first number by the second's multiplier: "10-20 million".
pub(crate) fn range_value(first: &Phrase, second: &Phrase) -> Option<Magnitude> {
    let mut min = first.value.min();
    let max = second.value.max();
    if first.style.scale == 1.0 && second.style.scale > 1.0 && !first.style.vague {
        let scaled = min * second.style.scale;
        if scaled <= max {
            min = scaled;
        }
    }
    (min < max).then_some(Magnitude::Range { min, max })
}

/// Every number followed by a unit that `unit_at` recognizes, with ranges and
/// qualifiers. `unit_at(t, j, phrase)` looks for a unit starting at token `j`
/// (just after the phrase) and returns it with the token after it. `skip`
/// says a phrase starting at a token must be left alone (a currency sign
/// before it, say).
pub(crate) fn measures<U: PartialEq + Clone>(
    t: &Tokens,
    unit_at: impl Fn(&Tokens, usize, &Phrase) -> Option<(U, usize)>,
    skip: impl Fn(&Tokens, usize) -> bool,
) -> Vec<Measure<U>> {
    let mut out = Vec::new();
    let (mut i, mut floor) = (0, 0);
    while i < t.len() {
        let between = t.w(i) == "between";
        let core = if between { i + 1 } else { i };
        let first = match parse_at(t, core, false) {
            Some(p) if !skip(t, core) => p,
            _ => {
                i += 1;
                continue;
            }
        };
        let from = core > 0 && t.w(core - 1) == "from";
        let unit1 = unit_at(t, first.after(t), &first);
        let after1 = unit1.as_ref().map_or(first.after(t), |u| u.1);
        let mut found: Option<Measure<U>> = None;
        if let Some(next) = connector(t, after1, between, from) {
            if let Some(second) = parse_at(t, next, false).filter(|_| !skip(t, next)) {
                if let Some((unit, end)) = unit_at(t, second.after(t), &second) {
                    let same = !matches!(&unit1, Some(u) if u.0 != unit);
                    if let (true, Some(value)) = (same, range_value(&first, &second)) {
                        found = Some(Measure {
                            start: i,
                            qualifier: None,
                            core: i,
                            between,
                            first: first.clone(),
                            second: Some(second),
                            unit,
                            end,
                            value,
                        });
                    }
                }
            }
        }
        if found.is_none() && !between {
            if let Some((unit, end)) = unit1 {
                found = Some(Measure {
                    start: i,
                    qualifier: None,
                    core: i,
                    between: false,
                    value: first.value,
                    first: first.clone(),
                    second: None,
                    unit,
                    end,
                });
            }
        }
        match found {
            Some(mut m) => {
                if !m.between {
                    if let Some((q, s)) = qualifier_before(t, m.start, floor) {
                        m.qualifier = Some(q);
                        m.start = s;
                    }
                }
                i = m.end;
                floor = m.end;
                out.push(m);
            }
            None => i = if between { i + 1 } else { first.end },
        }
    }
    out
}

/// A table of names made of atoms (["square", "miles"], ["US", "$"])
/// grouped by first atom: the entries that can match at a token are found
/// with one lookup. Money and quantities try their tables after every
/// number, and comparing a few hundred entries each time was a tenth of
/// `extract`'s time.
pub(crate) struct ByFirstAtom(HashMap<&'static str, Vec<usize>>);

impl ByFirstAtom {
    /// Groups the entries whose first atoms are `firsts`, in table order.
    pub(crate) fn new(firsts: impl IntoIterator<Item = &'static str>) -> ByFirstAtom {
        let mut by_first: HashMap<&'static str, Vec<usize>> = HashMap::new();
        for (n, first) in firsts.into_iter().enumerate() {
            by_first.entry(first).or_default().push(n);
        }
        ByFirstAtom(by_first)
    }

    /// The entries, in table order, whose first atom is token `j` as
    /// [`match_atoms`] compares it: a word lowercased, anything else as
    /// written.
    pub(crate) fn at(&self, t: &Tokens, j: usize) -> &[usize] {
        let first = match t.kind(j) {
            Some(TokKind::Word) => t.w(j),
            Some(_) => t.raw(j),
            None => return &[],
        };
        self.0.get(first).map_or(&[], Vec::as_slice)
    }
}

/// Match a unit written as `atoms` from token `j`: lowercase words, or
/// punctuation/digits compared as written. A hyphen may join words
/// ("kilowatt-hour"), and a full stop may follow an abbreviation inside the
/// unit ("sq. mi"). Returns the token after the match.
pub(crate) fn match_atoms(t: &Tokens, mut j: usize, atoms: &[&str]) -> Option<usize> {
    for (n, atom) in atoms.iter().enumerate() {
        if n > 0 {
            let abbreviation_dot =
                t.is_punct(j, '.') && t.adj(j) && t.kind(j + 1) == Some(TokKind::Word);
            let joining_hyphen = t.is_punct(j, '-') && t.adj(j) && t.adj(j + 1);
            if abbreviation_dot || joining_hyphen {
                j += 1;
            }
        }
        let ok = match t.kind(j)? {
            TokKind::Word => t.w(j) == *atom,
            _ => t.raw(j) == *atom,
        };
        if !ok {
            return None;
        }
        j += 1;
    }
    Some(j)
}
