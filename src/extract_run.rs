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
    is_lowercase, is_preposition, is_stop_word, is_verb_like, tokens,
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
    for quote in &quotes {
        if let Some(speaker) = &quote.speaker {
            found.extend(speaker_titles(document, &quotes, quote.span, speaker));
        }
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
        // The larger values by start, with how far those up to each reach:
        // a number overlaps one when one starting before its end reaches
        // past its start.
        let mut by_start: Vec<Span> = larger.iter().map(|v| v.span).collect();
        by_start.sort_unstable_by_key(|s| s.start);
        let reach: Vec<usize> = by_start
            .iter()
            .scan(0, |far, s| {
                *far = s.end.max(*far);
                Some(*far)
            })
            .collect();
        let numbers: Vec<Extracted> = extract::numeric::numbers_in(&tokens)
            .into_iter()
            .filter(|n| {
                let before = by_start.partition_point(|s| s.start < n.span.end);
                before == 0 || reach[before - 1] <= n.span.start
            })
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
    let last = words
        .iter()
        .rposition(|w| is_plural_noun(&text[w.start..w.end]))?;
    Some(Span::new(words[0].start, words[last].end))
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

/// The titles the quote's sentence gives its speaker, where it names him
/// outside quotes.
fn speaker_titles(
    document: &Document,
    quotes: &[extract::quote::QuoteFound],
    quote: Span,
    speaker: &str,
) -> Vec<Found> {
    let text = document.text();
    let Some(index) = document.sentence_index_at(quote.start) else {
        return Vec::new();
    };
    let sentence = document.sentences()[index];
    let words = &text[sentence.start..sentence.end];
    let mut found = Vec::new();
    let mut read = None;
    for (at, _) in words.match_indices(speaker) {
        let mention = Span::new(at, at + speaker.len());
        let absolute = mention.shifted(sentence.start);
        let whole_word = !words[..at].ends_with(char::is_alphanumeric)
            && !words[mention.end..].starts_with(char::is_alphanumeric);
        let quoted = quotes.iter().any(|q| q.span.overlaps(absolute));
        if !whole_word || quoted {
            continue;
        }
        let read = read.get_or_insert_with(|| extract::title::SentenceWords::new(words));
        for descriptor in read.descriptors(mention) {
            found.push(Found {
                kind: Kind::Title,
                span: descriptor.span.shifted(sentence.start),
                value: Value::Title {
                    person: speaker.to_string(),
                    title: descriptor.text,
                },
                noun: None,
            });
        }
    }
    found
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
    fn a_number_inside_a_larger_value_is_not_reported_again() {
        let document = Document::new("t", "A $500 million deal rose 50 percent.".into());
        let found = values(&document, Date::constant(2025, 11, 24));
        let kinds: Vec<Kind> = found.iter().map(|f| f.kind).collect();
        assert_eq!(kinds, [Kind::Money, Kind::Percent]);
    }
}
