//! Deciding whether a value found in a text states a claim.
//!
//! Pure functions over normalized values: the extractors have already turned
//! "$500m", "half a dozen" and "Sept. 25" into numbers and calendar
//! intervals, so equivalence here is arithmetic, not string comparison.
//! Facts change over time, so every decision is taken at a date: the
//! sentence's own date when it states one, else the publication date.

use crate::claims::{Claim, Expected, Previous};
use crate::extract::{DateValue, Magnitude, Qualifier, Value};
use crate::findings::{Reason, Status};
use jiff::civil::Date;

mod title;
mod us_states;
pub use title::{
    abbreviations_of, compare as compare_titles, is_count_attribute, is_party_member,
    is_person_title, is_rank_modifier, party_state, read_title, title_words, EntityNames, Holder,
    Likeness, TitlePart,
};

/// The outcome of comparing one found value with a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub status: Status,
    pub reason: Option<Reason>,
    /// For a superseded value, the day it stopped holding.
    pub stale_since: Option<Date>,
}

impl Verdict {
    pub const MATCH: Verdict = Verdict {
        status: Status::Match,
        reason: None,
        stale_since: None,
    };
    pub const MISMATCH: Verdict = Verdict {
        status: Status::Mismatch,
        reason: None,
        stale_since: None,
    };

    fn superseded(until: Option<Date>) -> Verdict {
        Verdict {
            status: Status::Stale,
            reason: Some(Reason::Superseded),
            stale_since: until,
        }
    }
}

/// The value a claim holds at `at`: its current value from `since` on, or
/// the `previously` entry that still held then.
pub fn expected_at(claim: &Claim, at: Date) -> &Expected {
    held_before_since(claim, at).map_or(&claim.expected, |p| &p.value)
}

/// When the claim's current value began to hold: `since`, else the last
/// `until` of its `previously` entries, else always.
pub fn held_from(claim: &Claim) -> Option<Date> {
    claim
        .since
        .or_else(|| claim.previously.iter().filter_map(|p| p.until).max())
}

/// The `previously` entry in force at `at`, when `at` is before the claim's `since`.
fn held_before_since(claim: &Claim, at: Date) -> Option<&Previous> {
    let since = held_from(claim)?;
    if at >= since {
        return None;
    }
    claim
        .previously
        .iter()
        .filter(|p| p.until.is_some_and(|until| at < until))
        .min_by_key(|p| p.until)
}

/// Judges a found value (money, count, number, percent, quantity, duration,
/// date or ordinal) against `claim` at `at`.
pub fn judge_value(claim: &Claim, found: &Value, at: Date) -> Verdict {
    if states(expected_at(claim, at), found) {
        return Verdict::MATCH;
    }
    for previous in &claim.previously {
        if states(&previous.value, found) {
            return match previous.until {
                Some(until) if at < until => Verdict::MATCH,
                until => Verdict::superseded(until),
            };
        }
    }
    Verdict::MISMATCH
}

/// Whether a found value can bear on `claim` at all, as a match or as a
/// mismatch. A value named without an amount ("a percentage") bears on no
/// claim. An ordinal counted from the end or the item at hand ("the last",
/// "next") says nothing about a numbered position ("third"), and the other
/// way round: each bears only on a claim of its own sort, so that "the last
/// time" near a claimed "third-largest" is not read as a wrong rank.
pub fn bears_on(claim: &Claim, found: &Value) -> bool {
    let comparable = |expected: &Expected| {
        !matches!(
            (expected, found),
            (_, Value::Unstated)
                | (
                    Expected::Value(Value::Ordinal { .. }),
                    Value::RelativeOrdinal { .. }
                )
                | (
                    Expected::Value(Value::RelativeOrdinal { .. }),
                    Value::Ordinal { .. }
                )
        )
    };
    comparable(&claim.expected) || claim.previously.iter().any(|p| comparable(&p.value))
}

/// True when `found` states the `expected` value.
pub fn states(expected: &Expected, found: &Value) -> bool {
    match (expected, found) {
        (Expected::Value(expected), found) => same_value(expected, found),
        (
            Expected::Count {
                number:
                    Value::Number {
                        number: expected,
                        qualifier: expected_qualifier,
                    },
                ..
            },
            Value::Number {
                number: found,
                qualifier,
            },
        ) => agree(*expected, *found) && compatible(*expected_qualifier, *qualifier),
        _ => false,
    }
}

/// Equality of normalized values of the same kind.
pub fn same_value(expected: &Value, found: &Value) -> bool {
    use Value::*;
    match (expected, found) {
        (
            Money {
                amount: a,
                currency: ca,
                qualifier: qa,
            },
            Money {
                amount: b,
                currency: cb,
                qualifier: qb,
            },
        ) => {
            agree(*a, *b)
                && match (ca, cb) {
                    (Some(x), Some(y)) => x == y,
                    _ => true,
                }
                && compatible(*qa, *qb)
        }
        (
            Number {
                number: a,
                qualifier: qa,
            },
            Number {
                number: b,
                qualifier: qb,
            },
        )
        | (
            Percent {
                number: a,
                qualifier: qa,
            },
            Percent {
                number: b,
                qualifier: qb,
            },
        ) => agree(*a, *b) && compatible(*qa, *qb),
        (
            Quantity {
                number: a,
                unit: ua,
                qualifier: qa,
            },
            Quantity {
                number: b,
                unit: ub,
                qualifier: qb,
            },
        ) => quantities_agree(*a, ua, *b, ub) && compatible(*qa, *qb),
        (
            Duration {
                number: a,
                unit: ua,
                qualifier: qa,
            },
            Duration {
                number: b,
                unit: ub,
                qualifier: qb,
            },
        ) => agree(a.scaled(ua.seconds()), b.scaled(ub.seconds())) && compatible(*qa, *qb),
        (Date(a), Date(b)) => dates_agree(a, b),
        (Ordinal { number: a }, Ordinal { number: b }) => a == b,
        (
            RelativeOrdinal {
                relative_to: ra,
                offset: oa,
            },
            RelativeOrdinal {
                relative_to: rb,
                offset: ob,
            },
        ) => ra == rb && oa == ob,
        _ => false,
    }
}

/// Whether a claimed quantity (`a` in unit `ua`) and a stated one (`b` in
/// `ub`) can be the same fact. In one unit, as [`agree`]. In two units of
/// one dimension, the text has converted ("90km (55 miles)", "a
/// 2,000-pound bomb", "900kg"), and writers round a conversion to a
/// handy figure: the claim converted to the text's unit agrees within 3%,
/// or within half the text's last written digit up to 5% ("12 miles" for
/// 20km, which is 12.4). A wider gap is another amount.
pub fn quantities_agree(a: Magnitude, ua: &str, b: Magnitude, ub: &str) -> bool {
    if ua.eq_ignore_ascii_case(ub) {
        return agree(a, b);
    }
    let (Some((da, size_a)), Some((db, size_b))) = (
        crate::extract::quantity::unit_size(ua),
        crate::extract::quantity::unit_size(ub),
    ) else {
        return false;
    };
    if da != db || !a.is_finite() || !b.is_finite() {
        return false;
    }
    let converted = a.scaled(size_a / size_b);
    if agree(converted, b) {
        return true;
    }
    let close = |claimed: f64, stated: f64| {
        let gap = (claimed - stated).abs();
        let relative = gap / stated.abs().max(f64::MIN_POSITIVE);
        relative <= 0.03 || (gap <= last_digit(stated) / 2.0 && relative <= 0.05)
    };
    std::mem::discriminant(&converted) == std::mem::discriminant(&b)
        && close(converted.min(), b.min())
        && close(converted.max(), b.max())
}

/// The size of the last significant digit of an amount as written: 10 for
/// 20, 1 for 55, 0.1 for 5.4, 100,000 for 5.4 million.
fn last_digit(value: f64) -> f64 {
    let value = value.abs();
    if value == 0.0 || !value.is_finite() {
        return 1.0;
    }
    let mut step = 10f64.powi(value.log10().floor() as i32);
    // The smallest power of ten that divides the amount, to six figures.
    for _ in 0..6 {
        let remainder = (value / step - (value / step).round()).abs();
        if remainder < 1e-6 {
            return step;
        }
        step /= 10.0;
    }
    step
}

/// Whether two stated amounts can be the same fact. Exact values, and
/// ranges whose bounds the text states ("between 300 and 500"), must be
/// equal: "between 300 and 900" is not "300 to 500", nor is 400. A vague
/// amount agrees with a value or range inside it of the same order of
/// magnitude: "several billion dollars" with "billions of dollars", "$500
/// million" with "hundreds of millions" — but not "hundreds of millions"
/// with "millions", which are different orders of money although one
/// holds the other.
pub fn agree(a: Magnitude, b: Magnitude) -> bool {
    // An amount too large for a number (infinite) agrees with nothing, not
    // even another such amount: infinity minus anything is infinite, and
    // would otherwise pass every tolerance.
    if !a.is_finite() || !b.is_finite() {
        return false;
    }
    if a.same_as(b) {
        return true;
    }
    let within = |inner: Magnitude, outer: Magnitude| {
        matches!(outer, Magnitude::Vague { .. })
            && outer.min() <= inner.min()
            && inner.max() <= outer.max()
            && order(inner.min()) == order(outer.min())
    };
    within(a, b) || within(b, a)
}

/// The power of ten of a positive amount; amounts below one count as one.
fn order(value: f64) -> i32 {
    value.abs().max(1.0).log10().floor() as i32
}

/// Whether two hedges can describe the same amount: "about 170" and "170"
/// can, "at least 300" and "less than 300" cannot. A text that drops the
/// claim's hedge is less precise, not wrong.
pub fn compatible(a: Option<Qualifier>, b: Option<Qualifier>) -> bool {
    fn direction(q: Option<Qualifier>) -> i8 {
        match q {
            Some(Qualifier::AtLeast | Qualifier::MoreThan) => 1,
            Some(Qualifier::AtMost | Qualifier::LessThan) => -1,
            Some(Qualifier::About) | None => 0,
        }
    }
    direction(a) * direction(b) >= 0
}

/// Whether a date in the text agrees with the claimed date.
///
/// The same interval agrees. So does a single calendar unit that contains
/// the other: a text saying "in September" of a claimed Sept. 25 is less
/// precise but not wrong, and a text saying "Sept. 25" of a claimed
/// "September 2025" is more precise than the desk recorded. Ranges
/// ("from 2008 to 2011") must agree exactly.
pub fn dates_agree(expected: &DateValue, found: &DateValue) -> bool {
    if expected.start == found.start && expected.end == found.end {
        return true;
    }
    let contains = |outer: &DateValue, inner: &DateValue| {
        !outer.range && outer.start <= inner.start && inner.end <= outer.end
    };
    contains(found, expected) || contains(expected, found)
}

/// Quoted words normalized for comparison: quote marks and apostrophes
/// folded, whitespace collapsed, case ignored, and the punctuation a quote
/// picks up at its edges ("I love Pakistan," -> "i love pakistan") dropped.
pub fn quote_text(text: &str) -> String {
    let folded: String = text
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '`' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' => '"',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    let collapsed = folded.split_whitespace().collect::<Vec<_>>().join(" ");
    collapsed
        .trim_matches(|c: char| c.is_whitespace() || ",.;:\"'…".contains(c))
        .to_string()
}

/// The words of a quote, bare of punctuation; for each word whether
/// punctuation (a comma, a dash, a full stop) stands before it; and for
/// each word whether an ellipsis ("…", "...", "[…]") stands before it, words
/// left out. Apostrophes and hyphens inside a word belong to it ("they've",
/// "co-founder"); dashes however typed ("—", "–", "--") and however spaced
/// separate words, so that the typing of a dash is not a changed word. A
/// number is one word however it is written ("three", "3"; "1,500",
/// "1500"), since house style, not the speaker, chooses between them; so
/// is "and" ("&").
fn quote_words(text: &str) -> (Vec<String>, Vec<bool>, Vec<bool>) {
    let text = text.replace("--", "\u{2014}").replace("...", "\u{2026}");
    let mut words = Vec::new();
    let mut breaks = Vec::new();
    let mut gaps = Vec::new();
    let mut current = String::new();
    let mut punctuation = false;
    let mut omitted = false;
    let mut flush = |current: &mut String, punctuation: &mut bool, omitted: &mut bool| {
        let word = current.trim_end_matches(['\'', '-']);
        if !word.is_empty() {
            breaks.push(*punctuation || words.is_empty());
            gaps.push(*omitted);
            words.push(number_as_digits(word).unwrap_or_else(|| word.to_string()));
            *punctuation = false;
            *omitted = false;
        }
        current.clear();
    };
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        // "1,500": a digit group's comma belongs to its number.
        let in_number = c == ','
            && current.ends_with(|d: char| d.is_ascii_digit())
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if in_number {
            continue;
        }
        if c == '&' {
            // "lies & deceit": the ampersand is the word "and".
            flush(&mut current, &mut punctuation, &mut omitted);
            current.push_str("and");
            flush(&mut current, &mut punctuation, &mut omitted);
        } else if c.is_alphanumeric() || (matches!(c, '\'' | '-') && !current.is_empty()) {
            current.push(c);
        } else {
            flush(&mut current, &mut punctuation, &mut omitted);
            if c == '\u{2026}' {
                omitted = true;
            }
            if !c.is_whitespace() {
                punctuation = true;
            }
        }
    }
    flush(&mut current, &mut punctuation, &mut omitted);
    (words, breaks, gaps)
}

/// A number word ("three", "twenty-five") as digits ("3", "25").
fn number_as_digits(word: &str) -> Option<String> {
    use crate::extract::numeric::scan::{tens_value, unit_value};
    let value = match word.split_once('-') {
        Some((tens, unit)) => tens_value(tens)? + unit_value(unit).filter(|u| *u < 10.0)?,
        None => unit_value(word).or_else(|| tens_value(word))?,
    };
    Some(format!("{value}"))
}

/// Pronouns, articles, conjunctions and contractions: words a partial
/// quote may leave out at its edge without changing what was said.
fn is_small_word(word: &str) -> bool {
    word.contains('\'')
        || matches!(
            word,
            "i" | "you"
                | "he"
                | "she"
                | "it"
                | "we"
                | "they"
                | "me"
                | "him"
                | "her"
                | "us"
                | "them"
                | "the"
                | "a"
                | "an"
                | "and"
                | "but"
                | "or"
                | "so"
                | "that"
                | "this"
                | "to"
                | "of"
                | "in"
                | "on"
                | "at"
                | "for"
                | "with"
                | "as"
                | "is"
                | "are"
                | "was"
                | "were"
                | "be"
        )
}

/// Quoted words normalized once for the many comparisons a text needs.
///
/// A check holds every quote of its text at once, so the words are kept
/// one after another in one string with where each ends, and the
/// vocabulary as indices into them: a string and a set entry per word made
/// the quotes of a long text weigh more than the text.
pub struct QuoteWords {
    /// As [`quote_text`] normalizes them.
    pub text: String,
    /// The words, bare of punctuation, one after another.
    joined: String,
    /// `ends[i]`: where word `i` ends in `joined`.
    ends: Vec<u32>,
    /// `hashes[i]`: [`word_hash`] of word `i`. Words are compared by hash
    /// before by bytes: most pairs differ, and the hashes tell them apart
    /// without reading the words.
    hashes: Vec<u64>,
    /// `breaks[i]`: punctuation stands before word `i` (or it is the
    /// first): a place where a quote may be cut.
    breaks: Vec<bool>,
    /// `gaps[i]`: an ellipsis stands before word `i`: words left out.
    gaps: Vec<bool>,
    /// The distinct words, to rule pairs out before comparing them in full:
    /// indices of words, ordered by hash (then by word).
    vocabulary: Vec<u32>,
}

impl QuoteWords {
    pub fn new(quote: &str) -> QuoteWords {
        let text = quote_text(quote);
        let (words, breaks, gaps) = quote_words(&text);
        let mut joined = String::with_capacity(words.iter().map(String::len).sum());
        let mut ends = Vec::with_capacity(words.len());
        for word in &words {
            joined.push_str(word);
            ends.push(joined.len() as u32);
        }
        let hashes: Vec<u64> = words.iter().map(|w| word_hash(w)).collect();
        let mut vocabulary: Vec<u32> = (0..words.len() as u32).collect();
        vocabulary.sort_by_key(|&i| (hashes[i as usize], &words[i as usize]));
        vocabulary.dedup_by(|a, b| words[*a as usize] == words[*b as usize]);
        QuoteWords {
            text,
            joined,
            ends,
            hashes,
            breaks,
            gaps,
            vocabulary,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Word `i`.
    fn word(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.joined[start..self.ends[i] as usize]
    }

    /// The words, in order.
    fn words(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).map(|i| self.word(i))
    }

    /// Whether `word`, whose [`word_hash`] is `hash`, is one of these words.
    fn holds(&self, word: &str, hash: u64) -> bool {
        let from = self
            .vocabulary
            .partition_point(|&i| self.hashes[i as usize] < hash);
        self.vocabulary[from..]
            .iter()
            .take_while(|&&i| self.hashes[i as usize] == hash)
            .any(|&i| self.word(i as usize) == word)
    }

    /// Whether word `i` is `other`'s word `j`.
    fn same_word(&self, i: usize, other: &QuoteWords, j: usize) -> bool {
        self.hashes[i] == other.hashes[j] && self.word(i) == other.word(j)
    }

    /// Whether `part`'s words `run` stand in these words from word `at` on.
    fn run_at(&self, at: usize, part: &QuoteWords, run: std::ops::Range<usize>) -> bool {
        at + run.len() <= self.len()
            && run
                .enumerate()
                .all(|(k, i)| self.same_word(at + k, part, i))
    }

    /// Whether a quote in the text (`self`) states these claimed words
    /// exactly. It may quote a part of them, cut where the claim has
    /// punctuation, or leaving out at least two words, or one small word
    /// ("the man this world needed" of "You're the man this world
    /// needed"); leaving out a single content word is a misquote ("clear
    /// signal" of "very clear signal"). Or the claimed words may be a part
    /// of it, set off by punctuation (a sentence of a longer quote).
    pub fn states(&self, claimed: &QuoteWords) -> bool {
        let gapped = |q: &QuoteWords| q.gaps.iter().skip(1).any(|g| *g);
        if gapped(self) {
            // The claim may quote the words between two ellipses of the
            // text, or leave out what the text leaves out.
            return self.sets_off(claimed) || self.omits_from(claimed);
        }
        if gapped(claimed) {
            return claimed.omits_from(self);
        }
        if self.len() <= claimed.len() {
            let n = claimed.len();
            let fair_cut = |at: usize, dropped: std::ops::Range<usize>| {
                at == 0
                    || at == n
                    || claimed.breaks[at]
                    || dropped.len() >= 2
                    || (dropped.len() == 1 && is_small_word(claimed.word(dropped.start)))
            };
            claimed.find(self).any(|start| {
                let end = start + self.len();
                fair_cut(start, 0..start) && fair_cut(end, end..n)
            })
        } else {
            self.sets_off(claimed)
        }
    }

    /// Whether `part`'s words stand in these words as a run set off by
    /// punctuation or an ellipsis at both ends (a sentence of a longer
    /// quote), across no ellipsis: words the text leaves out between two
    /// of them are no part of the claim's run.
    fn sets_off(&self, part: &QuoteWords) -> bool {
        let cut = |at: usize| at == 0 || at == self.len() || self.breaks[at] || self.gaps[at];
        self.find(part).any(|start| {
            let end = start + part.len();
            cut(start) && cut(end) && !self.gaps[start + 1..end].contains(&true)
        })
    }

    /// Whether these words, with ellipses for words left out ("We will …
    /// stand firm"), are `whole`'s words: each run between ellipses stands
    /// in `whole`, in order (an ellipsis may also mark a pause, leaving
    /// nothing out).
    fn omits_from(&self, whole: &QuoteWords) -> bool {
        let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
        for (i, gap) in self.gaps.iter().enumerate() {
            match runs.last_mut() {
                Some(run) if !gap => run.end = i + 1,
                _ => runs.push(i..i + 1),
            }
        }
        let mut from = 0;
        for run in &runs {
            let at = (from..=whole.len().saturating_sub(run.len()))
                .find(|&at| whole.run_at(at, self, run.clone()));
            let Some(at) = at else {
                return false;
            };
            from = at + run.len();
        }
        !runs.is_empty()
    }

    /// Where `part`'s words stand in these words, as a contiguous run.
    fn find<'a>(&'a self, part: &'a QuoteWords) -> impl Iterator<Item = usize> + 'a {
        let fits = !part.is_empty() && part.len() <= self.len();
        let last = if fits { self.len() - part.len() + 1 } else { 0 };
        (0..last).filter(move |&start| self.run_at(start, part, 0..part.len()))
    }

    /// A bound that [`quote_similarity`]'s count of words in the same order
    /// never exceeds: each word it counts is a word of either quote that
    /// the other holds somewhere. A linear look, against the diff's
    /// quadratic one: a pair whose bound already rules it out is not
    /// diffed.
    pub fn same_words_bound(&self, other: &QuoteWords) -> usize {
        let held = |a: &QuoteWords, b: &QuoteWords| {
            (0..a.len())
                .filter(|&i| b.holds(a.word(i), a.hashes[i]))
                .count()
        };
        held(self, other).min(held(other, self))
    }

    /// How many distinct words the two share.
    pub fn shared(&self, other: &QuoteWords) -> usize {
        other
            .vocabulary
            .iter()
            .filter(|&&i| self.holds(other.word(i as usize), other.hashes[i as usize]))
            .count()
    }
}

/// FNV-1a of a word: fixed, so that runs compare alike.
fn word_hash(word: &str) -> u64 {
    word.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Whether `found` is a run of the `claimed` words with one word put in
/// another's place, and nothing added or left out: a part of the claim
/// misquoted, not other words that share a few with it.
pub fn one_word_swapped_in(claimed: &QuoteWords, found: &QuoteWords) -> bool {
    let claimed: Vec<&str> = claimed.words().collect();
    let found: Vec<&str> = found.words().collect();
    !found.is_empty()
        && found.len() <= claimed.len()
        && claimed
            .windows(found.len())
            .any(|run| run.iter().zip(&found).filter(|(a, b)| a != b).count() == 1)
}

/// How closely a quote in the text follows the claimed words: how many
/// words the two share in the same order, and the length in words of the
/// shorter one.
pub fn quote_similarity(claimed: &QuoteWords, found: &QuoteWords) -> (usize, usize) {
    let (a, b): (Vec<&str>, Vec<&str>) = (claimed.words().collect(), found.words().collect());
    if a.is_empty() || b.is_empty() {
        return (0, 0);
    }
    let diff = similar::capture_diff_slices(similar::Algorithm::Myers, &a, &b);
    let same: usize = diff
        .iter()
        .filter_map(|op| match op {
            similar::DiffOp::Equal { len, .. } => Some(*len),
            _ => None,
        })
        .sum();
    (same, a.len().min(b.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_word_swapped_in_a_run_of_the_claim() {
        let claim = QuoteWords::new("I get more work when I'm thinner, so I can't put on weight.");
        for (found, swapped) in [
            ("can't put on umbrella", true),
            ("so I can't put on", false),
            ("so you can't put on", true),
            ("can't put on any weight", false),
            ("put can't on umbrella", false),
            ("can't take off umbrella", false),
            ("", false),
        ] {
            assert_eq!(
                one_word_swapped_in(&claim, &QuoteWords::new(found)),
                swapped,
                "{found:?}"
            );
        }
    }

    #[test]
    fn quantities_in_two_units_agree_when_one_converts_to_the_other() {
        use Magnitude::Exact;
        #[track_caller]
        fn case(claimed: (f64, &str), stated: (f64, &str), same: bool) {
            let got = quantities_agree(Exact(claimed.0), claimed.1, Exact(stated.0), stated.1);
            assert_eq!(got, same, "{claimed:?} vs {stated:?}");
        }
        case((90.0, "kilometer"), (55.0, "mile"), true);
        case((90.0, "kilometer"), (56.0, "mile"), true);
        case((90.0, "kilometer"), (60.0, "mile"), false);
        case((90.0, "kilometer"), (50.0, "mile"), false);
        case((20.0, "kilometer"), (12.0, "mile"), true);
        case((2000.0, "pound"), (900.0, "kilogram"), true);
        case((2000.0, "pound"), (1000.0, "kilogram"), false);
        case((12e6, "pound"), (5.4e6, "kilogram"), true);
        case((12e6, "pound"), (6e6, "kilogram"), false);
        case((100.0, "acre"), (40.0, "hectare"), true);
        case((100.0, "acre"), (50.0, "hectare"), false);
        // Another dimension, or a unit of uncertain size, never converts.
        case((90.0, "kilometer"), (90.0, "kilogram"), false);
        case((10.0, "ton"), (10.0, "tonne"), false);
        case((5.0, "gallon"), (19.0, "liter"), false);
        // One unit: as written.
        case((90.0, "kilometer"), (91.0, "kilometer"), false);
    }
    use crate::extract::{Grain, Kind};

    fn money(amount: f64, qualifier: Option<Qualifier>) -> Value {
        Value::Money {
            amount: Magnitude::Exact(amount),
            currency: Some("USD"),
            qualifier,
        }
    }

    fn day(y: i16, m: i8, d: i8) -> DateValue {
        let start = Date::new(y, m, d).unwrap();
        DateValue {
            start,
            end: start.tomorrow().unwrap(),
            grain: Grain::Day,
            modifier: None,
            range: false,
        }
    }

    fn period(start: (i16, i8, i8), end: (i16, i8, i8), grain: Grain, range: bool) -> DateValue {
        DateValue {
            start: Date::new(start.0, start.1, start.2).unwrap(),
            end: Date::new(end.0, end.1, end.2).unwrap(),
            grain,
            modifier: None,
            range,
        }
    }

    fn claim(expected: Value, previously: Vec<Previous>, since: Option<Date>) -> Claim {
        Claim {
            id: "c".into(),
            kind: Kind::Percent,
            written: String::new(),
            expected: Expected::Value(expected),
            about: vec![],
            person: None,
            speaker: None,
            severity: crate::claims::Severity::Error,
            given_severity: None,
            required: false,
            previously,
            since,
            valid_from: None,
            valid_until: None,
            verified: None,
            review_every: None,
            source: None,
            note: None,
            line: 1,
            column: 1,
        }
    }

    fn percent(n: f64) -> Value {
        Value::Percent {
            number: Magnitude::Exact(n),
            qualifier: None,
        }
    }

    #[test]
    fn values_compare_by_meaning() {
        #[track_caller]
        fn case(expected: Value, found: Value, same: bool) {
            assert_eq!(
                same_value(&expected, &found),
                same,
                "{expected:?} vs {found:?}"
            );
        }
        case(money(5e8, None), money(5e8, None), true);
        case(money(5e8, None), money(5.5e8, None), false);
        // Figures past f64 ("999…9" with 309+ digits) are infinite: they
        // agree with nothing, themselves included.
        case(percent(50.0), percent(f64::INFINITY), false);
        case(percent(f64::INFINITY), percent(f64::INFINITY), false);
        case(money(5e8, None), money(f64::INFINITY, None), false);
        case(
            money(5e8, None),
            Value::Money {
                amount: Magnitude::Range {
                    min: 1e8,
                    max: f64::INFINITY,
                },
                currency: None,
                qualifier: None,
            },
            false,
        );
        case(money(3e8, Some(Qualifier::AtLeast)), money(3e8, None), true);
        case(
            money(3e8, Some(Qualifier::AtLeast)),
            money(3e8, Some(Qualifier::MoreThan)),
            true,
        );
        case(
            money(3e8, Some(Qualifier::AtLeast)),
            money(3e8, Some(Qualifier::LessThan)),
            false,
        );
        case(
            money(5e8, None),
            Value::Money {
                amount: Magnitude::Exact(5e8),
                currency: Some("EUR"),
                qualifier: None,
            },
            false,
        );
        case(
            money(5e8, None),
            Value::Money {
                amount: Magnitude::Exact(5e8),
                currency: None,
                qualifier: None,
            },
            true,
        );
        case(
            Value::Money {
                amount: Magnitude::Range { min: 1e6, max: 1e9 },
                currency: Some("USD"),
                qualifier: None,
            },
            Value::Money {
                amount: Magnitude::Range {
                    min: 1e9,
                    max: 1e12,
                },
                currency: Some("USD"),
                qualifier: None,
            },
            false,
        );
        let vague = |min: f64, max: f64| Value::Money {
            amount: Magnitude::Vague { min, max },
            currency: Some("USD"),
            qualifier: None,
        };
        let stated = |min: f64, max: f64| Value::Number {
            number: Magnitude::Range { min, max },
            qualifier: None,
        };
        let number = |n: f64| Value::Number {
            number: Magnitude::Exact(n),
            qualifier: None,
        };
        // Stated bounds must agree: "between 300 and 900" is not "300 to
        // 500", nor is 400 or "between 350 and 450".
        case(stated(300.0, 500.0), stated(300.0, 500.0), true);
        case(stated(300.0, 500.0), stated(300.0, 900.0), false);
        case(stated(300.0, 500.0), stated(350.0, 450.0), false);
        case(stated(300.0, 500.0), number(400.0), false);
        case(number(400.0), stated(300.0, 500.0), false);
        // "billions" and "several billion"
        case(vague(2e9, 1e12), vague(2e9, 1e10), true);
        // "hundreds of millions" and $500 million
        case(vague(2e8, 1e9), money(5e8, None), true);
        // "millions" and $500 million, "millions" and "hundreds of millions"
        case(vague(2e6, 1e9), money(5e8, None), false);
        case(vague(2e6, 1e9), vague(2e8, 1e9), false);
        case(vague(2e6, 1e9), vague(2e9, 1e12), false);
        // "hundreds" and 170
        case(
            Value::Number {
                number: Magnitude::Exact(170.0),
                qualifier: None,
            },
            Value::Number {
                number: Magnitude::Vague {
                    min: 200.0,
                    max: 1e3,
                },
                qualifier: None,
            },
            false,
        );
        case(percent(50.0), percent(50.0), true);
        case(percent(50.0), percent(25.0), false);
        case(
            Value::Duration {
                number: Magnitude::Exact(2.0),
                unit: crate::extract::TimeUnit::Week,
                qualifier: None,
            },
            Value::Duration {
                number: Magnitude::Exact(14.0),
                unit: crate::extract::TimeUnit::Day,
                qualifier: None,
            },
            true,
        );
        case(
            Value::Duration {
                number: Magnitude::Exact(14.0),
                unit: crate::extract::TimeUnit::Year,
                qualifier: None,
            },
            Value::Duration {
                number: Magnitude::Exact(15.0),
                unit: crate::extract::TimeUnit::Year,
                qualifier: None,
            },
            false,
        );
        case(
            Value::Quantity {
                number: Magnitude::Exact(230_000.0),
                unit: "square mile".into(),
                qualifier: Some(Qualifier::MoreThan),
            },
            Value::Quantity {
                number: Magnitude::Exact(230_000.0),
                unit: "square mile".into(),
                qualifier: None,
            },
            true,
        );
        case(
            Value::Quantity {
                number: Magnitude::Exact(230_000.0),
                unit: "square mile".into(),
                qualifier: None,
            },
            Value::Quantity {
                number: Magnitude::Exact(230_000.0),
                unit: "square kilometer".into(),
                qualifier: None,
            },
            false,
        );
        case(
            Value::Ordinal { number: 2 },
            Value::Ordinal { number: 2 },
            true,
        );
        case(
            Value::Ordinal { number: 2 },
            Value::Ordinal { number: 3 },
            false,
        );
        let relative = |relative_to, offset| Value::RelativeOrdinal {
            relative_to,
            offset,
        };
        use crate::extract::Origin::{Current, End};
        case(relative(End, -1), relative(End, -1), true);
        case(relative(End, -1), relative(End, 0), false);
        case(relative(End, 1), relative(Current, 1), false);
        case(Value::Ordinal { number: 1 }, relative(End, 0), false);
        case(percent(50.0), Value::Unstated, false);
        case(Value::Unstated, Value::Unstated, false);
        case(
            percent(50.0),
            Value::Number {
                number: Magnitude::Exact(50.0),
                qualifier: None,
            },
            false,
        );
    }

    #[test]
    fn dates_agree_when_one_unit_contains_the_other() {
        #[track_caller]
        fn case(expected: DateValue, found: DateValue, agree: bool) {
            assert_eq!(
                dates_agree(&expected, &found),
                agree,
                "{expected:?} vs {found:?}"
            );
        }
        let sept = period((2025, 9, 1), (2025, 10, 1), Grain::Month, false);
        let year = period((2025, 1, 1), (2026, 1, 1), Grain::Year, false);
        let served = period((2008, 1, 1), (2012, 1, 1), Grain::Year, true);
        case(day(2025, 9, 25), day(2025, 9, 25), true);
        case(day(2025, 9, 25), day(2025, 9, 24), false);
        case(day(2025, 9, 25), sept, true);
        case(sept, day(2025, 9, 25), true);
        case(
            sept,
            period((2025, 10, 1), (2025, 11, 1), Grain::Month, false),
            false,
        );
        case(
            year,
            period((2025, 1, 1), (2025, 11, 24), Grain::PartOfYear, false),
            true,
        );
        case(
            year,
            period((2024, 1, 1), (2025, 1, 1), Grain::Year, false),
            false,
        );
        case(served, served, true);
        case(
            served,
            period((2009, 1, 1), (2012, 1, 1), Grain::Year, true),
            false,
        );
        case(
            served,
            period((2008, 1, 1), (2013, 1, 1), Grain::Year, true),
            false,
        );
    }

    #[test]
    fn superseded_values_are_stale_after_their_until() {
        let raised = Date::new(2025, 8, 27).unwrap();
        let tariff = claim(
            percent(50.0),
            vec![Previous {
                written: "25 percent".into(),
                value: Expected::Value(percent(25.0)),
                until: Some(raised),
            }],
            Some(raised),
        );
        #[track_caller]
        fn case(claim: &Claim, found: f64, at: Date, status: Status, reason: Option<Reason>) {
            let verdict = judge_value(claim, &percent(found), at);
            assert_eq!(
                (verdict.status, verdict.reason),
                (status, reason),
                "{found} at {at}"
            );
        }
        let before = Date::new(2025, 8, 1).unwrap();
        let after = Date::new(2025, 11, 24).unwrap();
        case(&tariff, 50.0, after, Status::Match, None);
        case(
            &tariff,
            25.0,
            after,
            Status::Stale,
            Some(Reason::Superseded),
        );
        case(&tariff, 25.0, before, Status::Match, None);
        case(&tariff, 50.0, before, Status::Mismatch, None);
        case(&tariff, 30.0, after, Status::Mismatch, None);
        let plain = claim(
            percent(50.0),
            vec![Previous {
                written: "40 percent".into(),
                value: Expected::Value(percent(40.0)),
                until: None,
            }],
            None,
        );
        case(
            &plain,
            40.0,
            before,
            Status::Stale,
            Some(Reason::Superseded),
        );
    }

    #[test]
    fn quotes_compare_by_words() {
        assert_eq!(quote_text("“I love Pakistan,”"), "i love pakistan");
        assert_eq!(
            quote_text(" They’ve  gamed Trump’s personality, "),
            "they've gamed trump's personality"
        );
        assert_eq!(
            quote_similarity(
                &QuoteWords::new("i love pakistan"),
                &QuoteWords::new("i like pakistan")
            ),
            (2, 3)
        );
        assert_eq!(
            quote_similarity(
                &QuoteWords::new("you're the man this world needed"),
                &QuoteWords::new("the man")
            ),
            (2, 2)
        );
        assert_eq!(
            quote_similarity(
                &QuoteWords::new("great people"),
                &QuoteWords::new("crypto capital")
            )
            .0,
            0
        );
        assert_eq!(
            QuoteWords::new("You’re the man this world")
                .shared(&QuoteWords::new("this man, this world")),
            3
        );
    }

    #[test]
    fn a_quote_states_the_claimed_words_or_a_fair_part_of_them() {
        #[track_caller]
        fn case(claimed: &str, found: &str, states: bool) {
            let result = QuoteWords::new(found).states(&QuoteWords::new(claimed));
            assert_eq!(result, states, "{found:?} for {claimed:?}");
        }
        let man = "You’re the man this world needed most at this point in time";
        case(
            man,
            "You’re the man this world needed most at this point in time,",
            true,
        );
        case(man, "the man this world needed most", true);
        case(man, "the man this world wanted most", false);
        case(man, "the ma", false);
        case("I love Pakistan", "I love Pakistan,", true);
        case("I love Pakistan", "\"I love  Pakistan\"", true);
        case("I love Pakistan", "love Pakistan", true);
        case("great people", "people", false);
        case("I love Pakistan", "I love Pakistanis", false);
        case("very clear signal", "clear signal", false);
        // Numbers in words or digits are the same words; another number is not.
        let left = "he has three years left on his contract";
        case(left, "he has 3 years left on his contract", true);
        case(left, "he has four years left on his contract", false);
        case(
            "twenty-five of them, 1,500 in all",
            "25 of them, 1500 in all",
            true,
        );
        case("25 of them", "twenty-six of them", false);
        case("very good friend.", "good friend.", false);
        case("great people", "very great people", false);
        case("great people", "great people and friends", false);
        case(
            "great people",
            "They are great people. We like them.",
            false,
        );
        case(
            "great people",
            "They were great. Great people, all of them.",
            true,
        );
        case(
            "It’s persona, priorities, policy—in that order.",
            "It’s persona, priorities, policy -- in that order.",
            true,
        );
        case(
            "It’s persona, priorities, policy—in that order.",
            "It’s persona, priorities, policy – in that order.",
            true,
        );
        case(
            "It’s persona, priorities, policy—in that order.",
            "policy—in that order",
            true,
        );
        // "&" is "and".
        case("lies & deceit", "lies & deceit", true);
        case("lies & deceit", "lies and deceit", true);
        case("lies and deceit", "lies & deceit", true);
        case("lies & deceit", "lies or deceit", false);
        case("R&D spending", "R and D spending", true);
        // An ellipsis marks words left out, however written.
        let firm = "We will, whatever they say, stand firm on the deal";
        case(firm, "We will … stand firm on the deal", true);
        case(firm, "We will ... stand firm on the deal", true);
        case(firm, "We will […] stand firm on the deal", true);
        case(firm, "We will [...] stand firm", true);
        case(firm, "We will … stand weak on the deal", false);
        case(firm, "stand firm … We will", false);
        case(firm, "We won't … stand firm", false);
        case("We will … stand firm", firm, true);
        case(
            "We will … stand firm",
            "We will, whatever they say, fold",
            false,
        );
        // The claim may quote the words of the text between its ellipses
        // (news-docs: "agreed a deal in principal for the purchase...
        // subject to the usual legal and financial due diligence"); not
        // across one, nor a cut part of a run.
        let deal = "agreed a deal for the purchase... subject to due diligence";
        case("agreed a deal for the purchase", deal, true);
        case("subject to due diligence", deal, true);
        case("agreed a deal for the sale", deal, false);
        case("the purchase subject to due diligence", deal, false);
        case("a deal for the purchase", deal, false);
        // An ellipsis of a pause leaves nothing out.
        case("I think we should go", "I think... we should go", true);
        case(
            "The intent had always been there, but the content was added",
            "The intent had always been there",
            true,
        );
    }

    #[test]
    fn valueless_and_relative_values_bear_only_on_their_own_sort() {
        use crate::extract::Origin::End;
        let last = Value::RelativeOrdinal {
            relative_to: End,
            offset: 0,
        };
        let third = Value::Ordinal { number: 3 };
        #[track_caller]
        fn case(claim: &Claim, found: &Value, bears: bool) {
            assert_eq!(bears_on(claim, found), bears, "{found:?}");
        }
        let numbered = claim(third.clone(), vec![], None);
        case(&numbered, &third, true);
        case(&numbered, &Value::Ordinal { number: 2 }, true);
        case(&numbered, &last, false);
        let relative = claim(last.clone(), vec![], None);
        case(&relative, &last, true);
        case(&relative, &third, false);
        // A claim that was relative before bears on both sorts.
        let changed = claim(
            third.clone(),
            vec![Previous {
                written: "last".into(),
                value: Expected::Value(last.clone()),
                until: None,
            }],
            None,
        );
        case(&changed, &last, true);
        let share = claim(percent(50.0), vec![], None);
        case(&share, &percent(40.0), true);
        case(&share, &Value::Unstated, false);
    }
}
