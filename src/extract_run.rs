//! `factlint extract`: every value factlint recognizes in one text.
//!
//! The same extractors `check` runs on located sentences run here on every
//! sentence, so what this prints is what `check` can see: a desk builds a
//! claims file from it, and other people's test suites measure the
//! extractors through it. Renderers live in [`crate::report::extract_json`]
//! and [`crate::report::claims_toml`]; this module only finds the values.
//!
//! # What is reported
//!
//! Per sentence, in text order: money, percents, quantities, durations,
//! dates (read against the publication date) and ordinals; then the numbers
//! that are not part of one of those ("$500 million" is money, not also the
//! number 500,000,000). Over the whole text: direct quotes with their
//! speakers, and the titles the text gives a quote's speaker where it names
//! him ("Husain Haqqani, a senior fellow at the Hudson Institute, said").
//! Other titles are not reported: a title belongs to a person, and telling
//! people from places and organisations in general text is not something
//! the title reader does well enough to print on its own.
//!
//! # Counts
//!
//! A number directly followed by a plural noun phrase is a `count` ("13 U.S.
//! service members", "three times"). The noun is read with one general rule:
//! the words after the number up to punctuation, a function word ("of",
//! "and", "this") or a verb ("killed", "led"), at most four, cut back to the
//! last plural noun (a lowercase word ending in -s, or "people", "men",
//! "women", "children", "police", "personnel"). No plural, no count: "one
//! thing" and "three of them" stay numbers.

use crate::cli::ExtractArgs;
use crate::document::Document;
use crate::extract::numeric::scan::Tokens;
use crate::extract::title::words::{
    is_lowercase, is_person_role, is_preposition, is_role, is_stop_word, is_verb_like,
    strip_possessive, tokens, Token,
};
use crate::extract::{self, Extracted, Kind, Span, Value};
use crate::run::{date_flag, front_matter_date, read_input, Input, RunError, StdinKind};
use jiff::civil::Date;
use std::io::Read;
use std::path::Path;

/// Settled options for `extract`.
#[derive(Clone, Debug)]
pub struct ExtractOptions {
    pub input: Input,
    /// `--published`; `None` reads the text's front matter `date:`.
    pub published: Option<Date>,
    /// The publication date when neither the flag nor the text gives one.
    pub today: Date,
    /// What standard input is; the binary detects it, a library caller
    /// handing in a reader leaves it `Readable`.
    pub stdin_kind: StdinKind,
    /// `-j`: how many threads read a long text.
    pub threads: usize,
}

impl ExtractOptions {
    /// Settles raw flags; `today` is the last-resort publication date.
    pub fn from_args(args: &ExtractArgs, today: Date) -> Result<ExtractOptions, RunError> {
        let published = date_flag("--published", args.published.as_deref())?;
        let input = match &args.file {
            Some(path) if path.as_os_str() != "-" => Input::File(path.clone()),
            _ => Input::Stdin,
        };
        Ok(ExtractOptions {
            input,
            published,
            today,
            stdin_kind: StdinKind::Readable,
            threads: crate::run::threads(args.threads),
        })
    }
}

/// One value found in the text, spans in document bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// `Count` for a number with its counted noun; otherwise the kind of
    /// `value`.
    pub kind: Kind,
    pub span: Span,
    pub value: Value,
    /// For a count: the counted noun as written ("U.S. service members").
    pub noun: Option<String>,
}

/// The values of one text.
#[derive(Clone, Debug)]
pub struct Extraction {
    pub document: Document,
    /// The date relative dates were read against.
    pub published: Date,
    /// In text order (by start, then end).
    pub values: Vec<Found>,
}

/// Runs `extract`: reads the text and finds its values.
pub fn extract(
    options: &ExtractOptions,
    cwd: &Path,
    stdin: &mut dyn Read,
) -> Result<Extraction, RunError> {
    let document = read_input(&options.input, cwd, stdin, options.stdin_kind)?;
    let published = match options.published {
        Some(date) => date,
        None => front_matter_date(&document)?.unwrap_or(options.today),
    };
    let values = values_on(&document, published, options.threads);
    Ok(Extraction {
        document,
        published,
        values,
    })
}

/// Every value in `document`, relative dates read against `published`; a
/// long text on every core.
pub fn values(document: &Document, published: Date) -> Vec<Found> {
    values_on(document, published, crate::parallel::all_cores())
}

/// [`values`] on at most `threads` threads.
pub fn values_on(document: &Document, published: Date, threads: usize) -> Vec<Found> {
    let text = document.text();
    let mut found = sentence_values_in_parallel(text, document.sentences(), published, threads);

    let quotes = extract::quote::quotes_in(text, document.segmentation());
    found.extend(person_titles(document, &quotes));
    for quote in &quotes {
        found.push(Found {
            kind: Kind::Quote,
            span: quote.span,
            value: Value::Quote {
                speaker: quote.speaker.clone(),
                text: text[quote.inner.start..quote.inner.end].to_string(),
            },
            noun: None,
        });
    }
    found.sort_by_key(|f| (f.span.start, f.span.end));
    found.dedup();
    found
}

/// Texts shorter than this are read on one thread: starting threads costs
/// more than it saves on an article.
const PARALLEL_FROM_BYTES: usize = 256 * 1024;

/// The values of `sentences`, in order. Sentences are read independently,
/// so a long text is cut into one run of consecutive sentences per thread
/// and the runs are read at once; their values are joined in text order.
fn sentence_values_in_parallel(
    text: &str,
    sentences: &[Span],
    published: Date,
    threads: usize,
) -> Vec<Found> {
    let threads = if text.len() < PARALLEL_FROM_BYTES {
        1
    } else {
        threads
    };
    if threads == 1 || sentences.len() < 2 {
        return sentence_values(text, sentences, published);
    }
    let per_thread = sentences.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let runs: Vec<_> = sentences
            .chunks(per_thread)
            .map(|run| scope.spawn(move || sentence_values(text, run, published)))
            .collect();
        runs.into_iter()
            .flat_map(|run| {
                run.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

/// The values of `sentences` of `text`, spans in `text`'s bytes: per
/// sentence the larger values, then the numbers that are not part of one.
fn sentence_values(text: &str, sentences: &[Span], published: Date) -> Vec<Found> {
    let mut found = Vec::new();
    for &sentence in sentences {
        let words = &text[sentence.start..sentence.end];
        let tokens = Tokens::new(words);
        let mut larger: Vec<Extracted> = Vec::new();
        larger.extend(extract::money::money_in(&tokens));
        larger.extend(extract::percent::percents_in(&tokens));
        larger.extend(extract::quantity::quantities_in(&tokens));
        larger.extend(extract::duration::durations_in(&tokens));
        larger.extend(extract::date::dates(words, published));
        larger.extend(extract::ordinal::ordinals_in(&tokens));
        // A number inside a larger value is part of it.
        let larger_spans = extract::SpanReach::new(larger.iter().map(|v| v.span));
        let numbers: Vec<Extracted> = extract::numeric::numbers_in(&tokens)
            .into_iter()
            .filter(|n| !larger_spans.overlaps(n.span))
            .collect();
        for value in larger {
            found.push(Found {
                kind: value.kind,
                span: value.span.shifted(sentence.start),
                value: value.value,
                noun: None,
            });
        }
        for number in numbers {
            let (kind, span, noun) = match counted_noun(words, number.span) {
                Some(noun) => (
                    Kind::Count,
                    Span::new(number.span.start, noun.end),
                    Some(words[noun.start..noun.end].to_string()),
                ),
                None => (Kind::Number, number.span, None),
            };
            found.push(Found {
                kind,
                span: span.shifted(sentence.start),
                value: number.value,
                noun,
            });
        }
    }
    found
}

/// The plural noun phrase that a number at `number` counts, in `text`.
pub(crate) fn counted_noun(text: &str, number: Span) -> Option<Span> {
    // "one-on-one deals" counts nothing.
    if text[..number.start].ends_with(['-', '‑']) || text[number.end..].starts_with(['-', '‑'])
    {
        return None;
    }
    let mut words: Vec<Span> = Vec::new();
    for token in tokens(text, Span::new(number.end, text.len())).take(4) {
        let word = token.text;
        if !token.is_word()
            || is_stop_word(word)
            || is_preposition(word)
            || is_verb_like(word)
            || word
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        {
            break;
        }
        words.push(token.span);
    }
    match words
        .iter()
        .rposition(|w| is_plural_noun(&text[w.start..w.end]))
    {
        Some(last) => Some(Span::new(words[0].start, words[last].end)),
        None => elided_noun(text, number),
    }
}

/// The noun a number leaves out because the number it is set against
/// names it: "by 51 votes to 38", "from 12 stores to 9", "3 goals against
/// 2" count votes, stores and goals twice. Only the few words before the
/// number are read.
fn elided_noun(text: &str, number: Span) -> Option<Span> {
    let mut from = number.start.saturating_sub(64);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before: Vec<Token> = tokens(text, Span::new(from, number.start)).collect();
    let [.., counted, noun, link] = before.as_slice() else {
        return None;
    };
    let number_word = counted
        .text
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.');
    (matches!(link.text, "to" | "against")
        && number_word
        && noun.is_word()
        && is_plural_noun(noun.text))
    .then_some(noun.span)
}

fn is_plural_noun(word: &str) -> bool {
    const IRREGULAR: [&str; 6] = ["people", "men", "women", "children", "police", "personnel"];
    if IRREGULAR.contains(&word) {
        return true;
    }
    is_lowercase(word)
        && word.chars().count() >= 3
        && word.ends_with('s')
        && !["ss", "us", "is", "’s", "'s"]
            .iter()
            .any(|ending| word.ends_with(ending))
}

/// The titles the text gives each person it names outside quotes: every
/// descriptor read around a name ([`extract::title::described_names`]),
/// for the names that at least one descriptor calls by a person's role
/// ("Prime Minister", "senior fellow"; not "mining company"). Each person
/// is named by the longest way the text writes the name: a mention that is
/// the last part of a longer name ("Sharif" after "Shehbaz Sharif") is that
/// person, and its descriptors are left out, since a title claim's person
/// is found by the name as written.
fn person_titles(document: &Document, quotes: &[extract::quote::QuoteFound]) -> Vec<Found> {
    let text = document.text();
    // (name as written, descriptor span in the document, descriptor text)
    let mut read: Vec<(String, Span, String)> = Vec::new();
    let quoted = extract::SpanReach::new(quotes.iter().map(|q| q.inner));
    for &sentence in document.sentences() {
        let words = &text[sentence.start..sentence.end];
        for (name, descriptors) in extract::title::described_names(words) {
            let absolute = name.shifted(sentence.start);
            if quoted.overlaps(absolute) {
                continue;
            }
            let person = strip_possessive(&words[name.start..name.end]).0.to_string();
            // "News Group", "the Breeders' Club": an organisation's name
            // ends in its kind.
            // The name's last word, or a capitalized word right after it
            // ("News Group": "Group" is no name word).
            let next = words[name.end..]
                .split_whitespace()
                .next()
                .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase));
            let last = person.rsplit(' ').next().unwrap_or(&person);
            let body = |w: &str| (is_role(w) && !is_person_role(w)) || is_place_or_body(w);
            if body(last) || next.is_some_and(body) {
                continue;
            }
            for descriptor in descriptors {
                read.push((
                    person.clone(),
                    descriptor.span.shifted(sentence.start),
                    descriptor.text,
                ));
            }
        }
    }
    let people: Vec<&str> = read
        .iter()
        .filter(|(_, _, title)| crate::judge::is_person_title(title))
        .map(|(person, _, _)| person.as_str())
        .collect();
    // Each name once: `people` holds one name per title read, and a long
    // text reads thousands, so asking each of them of every other made
    // this quadratic in the text.
    let people: std::collections::HashSet<&str> = people.into_iter().collect();
    // The last parts of every name, after each of its spaces ("Sharif" and
    // "Shehbaz Sharif" of "Mian Shehbaz Sharif"): a name among them is the
    // end of a longer one. Gathered once, so that each name is one lookup
    // rather than a test against every other name.
    let ends_of_longer: std::collections::HashSet<&str> = people
        .iter()
        .flat_map(|name| name.match_indices(' ').map(|(i, _)| &name[i + 1..]))
        .collect();
    read.iter()
        .filter(|(person, _, _)| {
            people.contains(person.as_str()) && !ends_of_longer.contains(person.as_str())
        })
        .map(|(person, span, title)| Found {
            kind: Kind::Title,
            span: *span,
            value: Value::Title {
                person: person.clone(),
                title: title.clone(),
            },
            noun: None,
        })
        .collect()
}

/// Last words of the names of places, buildings, events and bodies that
/// the title lexicon does not list as kinds of organisation: "Gatcombe
/// Park", "Drop Inn Club", "Confederations Cup".
fn is_place_or_body(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "airport",
        "avenue",
        "bridge",
        "championship",
        "church",
        "club",
        "college",
        "cup",
        "games",
        "hospital",
        "inn",
        "island",
        "lake",
        "museum",
        "olympics",
        "park",
        "river",
        "road",
        "school",
        "square",
        "stadium",
        "station",
        "street",
        "team",
        "theatre",
        "tournament",
        "trophy",
    ];
    WORDS.contains(&strip_possessive(word).0.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn count(text: &str, noun: Option<&str>) {
        let document = Document::new("t", text.to_string());
        let date = Date::constant(2025, 11, 24);
        let found = values(&document, date);
        let counted = found
            .iter()
            .find_map(|f| f.noun.as_deref())
            .map(str::to_string);
        assert_eq!(counted.as_deref(), noun, "{text:?}: {found:?}");
    }

    #[test]
    fn a_long_text_read_in_parallel_gives_every_value_in_order() {
        let paragraph = "The city spent $4.5 million on 12 new buses in March 2024. \
            Ridership rose 18 percent over two years, the third increase since 2019.\n\n";
        let date = Date::constant(2025, 11, 24);
        let one = values(&Document::new("t", paragraph.to_string()), date);
        assert!(one.len() >= 6, "{one:?}");
        let copies = PARALLEL_FROM_BYTES / paragraph.len() + 3;
        let long = values(&Document::new("t", paragraph.repeat(copies)), date);
        assert_eq!(long.len(), one.len() * copies);
        for (n, value) in long.iter().enumerate() {
            let like = &one[n % one.len()];
            let shift = paragraph.len() * (n / one.len());
            assert_eq!(value.span, like.span.shifted(shift), "value {n}");
            assert_eq!(
                (value.kind, &value.value),
                (like.kind, &like.value),
                "value {n}"
            );
        }
    }

    #[test]
    fn counts_are_numbers_before_a_plural_noun() {
        count(
            "It killed 13 U.S. service members.",
            Some("U.S. service members"),
        );
        count(
            "Around 170 Afghan civilians died.",
            Some("Afghan civilians"),
        );
        count("They met three times this year.", Some("times"));
        count(
            "Three lobbying firms led by allies.",
            Some("lobbying firms"),
        );
        count("He met 40 people in Rome.", Some("people"));
        count("Three of them left.", None);
        count("One thing is clear.", None);
        count("The vote was 52 to 48.", None);
        count("The 13 Americans arrived.", None);
        count("His taste for one-on-one deals.", None);
    }

    #[test]
    fn a_number_set_against_a_counted_one_counts_its_noun() {
        #[track_caller]
        fn case(text: &str, number: &str, noun: Option<&str>) {
            let start = text.rfind(number).unwrap();
            let span = Span::new(start, start + number.len());
            let found = counted_noun(text, span).map(|s| &text[s.start..s.end]);
            assert_eq!(found, noun, "{text:?}");
        }
        case("It passed by 51 votes to 38.", "38", Some("votes"));
        case(
            "Stores fell from 12 stores to 9 this year.",
            "9",
            Some("stores"),
        );
        case("They won by 3 goals against 2.", "2", Some("goals"));
        // Nothing counted before, or no number set against it.
        case("The vote was 52 to 48.", "48", None);
        case("It rose from many stores to 9.", "9", None);
        case("He gave votes to 38 people.", "38", Some("people"));
    }

    /// The `(person, title)` pairs `extract` reports for `text`.
    fn titles(text: &str) -> Vec<(String, String)> {
        let document = Document::new("t", text.to_string());
        values(&document, Date::constant(2025, 11, 24))
            .into_iter()
            .filter_map(|f| match f.value {
                Value::Title { person, title } => Some((person, title)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_titled_person_is_reported_with_the_titles_read() {
        let pair = |p: &str, t: &str| (p.to_string(), t.to_string());
        assert_eq!(
            titles("Prime Minister Tom Hale met Ana Ruiz, a senior fellow at Acme Institute."),
            [
                pair("Tom Hale", "Prime Minister"),
                pair("Ana Ruiz", "senior fellow at Acme Institute")
            ]
        );
        // A surname that ends a longer name is that person: left out.
        assert_eq!(
            titles("Prime Minister Tom Hale spoke. Hale, the leader, left."),
            [pair("Tom Hale", "Prime Minister")]
        );
        // Organisations, places and events are no people.
        assert!(titles("Canadian mining company Barrick Gold grew.").is_empty());
        assert!(titles("The paper's owner, News Group, appealed.").is_empty());
        assert!(titles("Its patron, the Drop Inn Club, paid.").is_empty());
        // Titles inside quotes are the speaker's words.
        assert!(titles("“Senator Tom Hale lied,” she said.").is_empty());
        // A quantity of people or a relation is no title.
        assert!(titles("Besides Ana Ruiz, few local officials came.").is_empty());
        assert!(titles("His predecessor, Tom Hale, left.").is_empty());
    }

    #[test]
    fn a_number_inside_a_larger_value_is_not_reported_again() {
        let document = Document::new("t", "A $500 million deal rose 50 percent.".into());
        let found = values(&document, Date::constant(2025, 11, 24));
        let kinds: Vec<Kind> = found.iter().map(|f| f.kind).collect();
        assert_eq!(kinds, [Kind::Money, Kind::Percent]);
    }
}
