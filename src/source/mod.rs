//! Source mode: one summary checked against its source text, no claims
//! file needed.
//!
//! Every value the summary states (money, counts, numbers, percents,
//! quantities, durations, dates, ordinals, titles, quotes), as the shared
//! extractors read it ([`crate::extract_run::values`]), is judged against
//! the source, read by the same extractors against the same date:
//!
//! - `match` (info) when a source value supports it ([`compare`]: the same
//!   value, or one the summary restates less precisely), or when it is the
//!   sum, difference or ratio of two source values of its unit ("derived");
//!   a count in a summary of a dialogue equal to the number of its distinct
//!   speakers is supported too.
//! - `mismatch` (error) when the source sentence that the value's clause
//!   restates ([`align`]) ties those words to another value of the same
//!   kind — whether the summary's value stands nowhere in the source, or
//!   stands elsewhere in it (a swap); a quote the source words otherwise or
//!   gives to another speaker; a title the source gives the person
//!   otherwise.
//! - `unsupported` (error) when nothing in the source supports it.
//!
//! Dates that lean on a relative word ("next week", "last quarter") and
//! that the source does not state are not judged: nothing pins them.
//! Numbers inside a quote are the quote's, judged with it, except a quote
//! that is only a number (a score: "rated it a “three”"), judged as that
//! number.
//!
//! [`Source`] reads a source once; [`check`] judges one summary against
//! it, so a pipeline checks many summaries of one article for the cost of
//! reading the article once.

pub mod align;
pub mod compare;
pub mod findings;
pub mod literal;
pub mod polarity;
pub mod run;

use crate::document::Document;
use crate::extract::{Kind, Span, Value};
use crate::extract_run::{self, Found};
use crate::findings::{FileError, Finding, SourcePlace, Status};
use crate::judge::{self, EntityNames, Holder, Likeness, QuoteWords};
use align::{content_words, Aligned, Index};
use compare::{class, same_sort, supports, Class, Stated};
use findings::{finding, Outcome, Why};
use jiff::civil::Date;
use literal::{Literal, Said, Written};

/// A source text read once: its values, its sentences indexed by content
/// word, its quotes' words.
pub struct Source {
    document: Document,
    published: Date,
    values: Vec<Found>,
    /// The sentence of each value.
    sentence_of: Vec<Option<usize>>,
    index: Index,
    /// The whole source's words, for quotes taken from anywhere in it.
    words: QuoteWords,
    /// Distinct speakers when the source is a dialogue ("Anna: …").
    speakers: Option<usize>,
    /// Its letters and digits, for the identifiers and placeholders a
    /// summary writes.
    written: Written,
}

impl Source {
    /// Reads `document`, its relative dates against `published` (the date
    /// the summaries checked against it are read against too).
    pub fn new(document: Document, published: Date) -> Source {
        let values = extract_run::values(&document, published);
        let sentence_of = values
            .iter()
            .map(|v| document.sentence_index_at(v.span.start))
            .collect();
        let index = Index::new(document.text(), document.sentences());
        let words = QuoteWords::new(document.text());
        let speakers = dialogue_speakers(document.text());
        let written = Written::new(document.text());
        Source {
            document,
            published,
            values,
            sentence_of,
            index,
            words,
            speakers,
            written,
        }
    }

    pub fn document(&self) -> &Document {
        &self.document
    }

    pub fn published(&self) -> Date {
        self.published
    }

    /// Where sentence `n` stands, for a finding.
    fn place(&self, n: usize) -> SourcePlace {
        let span = self.document.source_span(self.document.sentences()[n]);
        let (line, column) = self.document.line_col(span.start);
        SourcePlace {
            path: self.document.path().to_string(),
            span,
            line,
            column,
        }
    }
}

/// The date both texts are read against: `--published`, else the source's
/// own front matter date, else the summary's, else `as_of`.
pub fn publication_date(
    flag: Option<Date>,
    source: &Document,
    summary: Option<&Document>,
    as_of: Date,
) -> Result<Date, FileError> {
    if let Some(date) = flag {
        return Ok(date);
    }
    if let Some(date) = crate::run::front_matter_date(source)? {
        return Ok(date);
    }
    if let Some(summary) = summary {
        if let Some(date) = crate::run::front_matter_date(summary)? {
            return Ok(date);
        }
    }
    Ok(as_of)
}

/// The hash a baseline keys a source sentence by: the first 64 bits of the
/// SHA-256 of its words, whitespace collapsed, so that reflowing the source
/// keeps the key.
pub fn sentence_hash(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let normal = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let digest = Sha256::digest(normal.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// Judges every value `summary` states against `source`: one finding per
/// value, in text order, spans in the summary's file bytes. Suppression
/// comments naming `source` or the value's kind silence a finding.
pub fn check(summary: &Document, source: &Source) -> Vec<Finding> {
    let values = extract_run::values(summary, source.published);
    let text = summary.text();
    let sources: Vec<Stated> = source
        .values
        .iter()
        .map(|f| Stated::new(f, source.document.text()))
        .collect();
    let judge = Judge { source, sources };
    // A quote that is only a number ("rated it a “three”") states that
    // number, a score or a rating: it is judged as the number, not as
    // quoted words, which a long source holds somewhere whatever they are.
    let number_quotes: Vec<Span> = values
        .iter()
        .filter(|q| q.kind == Kind::Quote)
        .filter(|q| {
            let inner = text[q.span.start..q.span.end]
                .trim_matches(|c: char| !c.is_alphanumeric())
                .trim();
            values.iter().any(|v| {
                matches!(v.kind, Kind::Number | Kind::Count)
                    && q.span.start <= v.span.start
                    && v.span.end <= q.span.end
                    && text[v.span.start..v.span.end] == *inner
            })
        })
        .map(|q| q.span)
        .collect();
    let quotes: Vec<Span> = values
        .iter()
        .filter(|v| v.kind == Kind::Quote && !number_quotes.contains(&v.span))
        .map(|v| v.span)
        .collect();
    let stated: Vec<Stated> = values.iter().map(|f| Stated::new(f, text)).collect();
    let sentence_of: Vec<Option<usize>> = values
        .iter()
        .map(|v| summary.sentence_index_at(v.span.start))
        .collect();
    let mut out = Vec::new();
    for (n, found) in values.iter().enumerate() {
        let written = &text[found.span.start..found.span.end];
        let judged = match &found.value {
            Value::Quote { .. } if number_quotes.contains(&found.span) => None,
            Value::Quote { speaker, text } => Some(judge.quote(speaker.as_deref(), text)),
            Value::Title { person, title } => Some(judge.title(person, title)),
            _ if quotes.iter().any(|q| q.overlaps(found.span)) => None,
            _ => {
                let siblings: Vec<Stated> = (0..values.len())
                    .filter(|&m| m != n && sentence_of[m] == sentence_of[n])
                    .map(|m| stated[m].clone())
                    .collect();
                judge.value(&stated[n], &Clause::of(summary, found.span), &siblings)
            }
        };
        let Some((outcome, sentence)) = judged else {
            continue;
        };
        let span = summary.source_span(found.span);
        let mut f = finding(
            found.kind,
            written,
            span,
            outcome,
            sentence.map(|n| source.place(n)),
        );
        f.suppressed = f.status != Status::Match && summary.silences(&f.claim, Some(found.span));
        out.push(f);
    }
    let covered: Vec<Span> = values.iter().map(|v| v.span).collect();
    for literal in literal::literals(text, &covered) {
        let (outcome, sentence) = judge.literal(&literal);
        let span = summary.source_span(literal.span);
        let mut f = finding(
            literal.kind,
            &text[literal.span.start..literal.span.end],
            span,
            outcome,
            sentence.map(|n| source.place(n)),
        );
        f.suppressed = f.status != Status::Match && summary.silences(&f.claim, Some(literal.span));
        out.push(f);
    }
    out.sort_by_key(|f| f.span.map(|s| (s.start, s.end)));
    out
}

/// The hash of the source sentence a finding was compared with, or `""`.
pub fn finding_sentence_hash(finding: &Finding, source: &Source) -> String {
    finding.source.as_ref().map_or_else(String::new, |place| {
        let prose = source.document.prose_span(place.span);
        sentence_hash(&source.document.text()[prose.start..prose.end])
    })
}

struct Judge<'a> {
    source: &'a Source,
    sources: Vec<Stated<'a>>,
}

/// An outcome and the source sentence it was decided by.
type Judged = (Outcome, Option<usize>);

impl Judge<'_> {
    /// A value of a kind with an amount, a date or a position; `siblings`
    /// are the other values of its summary sentence.
    fn value(&self, stated: &Stated, clause: &Clause, siblings: &[Stated]) -> Option<Judged> {
        let sort = class(stated);
        if sort == Class::None || is_position_in_text(stated) {
            return None;
        }
        let aligned = self.source.index.align(&clause.words);
        // A window the source counts from its own time ("within the next
        // week", "the past year") is where something happens, not how long
        // it lasts: it supports a summary's window, never a length ("for
        // one week").
        let window = |s: &Stated| s.kind() == Kind::Duration && is_relative(s.text);
        let supporting: Vec<usize> = (0..self.sources.len())
            .filter(|&i| supports(stated, &self.sources[i]))
            .filter(|&i| !window(&self.sources[i]) || window(stated))
            .collect();
        let within = |i: usize, a: Aligned| {
            self.source.sentence_of[i].is_some_and(|n| a.sentence <= n && n <= a.last)
        };
        // The aligned sentence's values of the same sort, when none of
        // them is the summary's: the words are tied to another value.
        let other = aligned.and_then(|a| self.other_value(stated, &sort, a, siblings));
        if let Some(&first) = supporting.first() {
            let in_aligned =
                aligned.and_then(|a| supporting.iter().copied().find(|&i| within(i, a)));
            // A swap only where the aligned sentence outscores, by the
            // margin, every sentence that states the summary's value, and
            // shares at least twice as many of the clause's words as each:
            // a source that ties the value to the clause's words elsewhere
            // supports it.
            let swapped = in_aligned.is_none()
                && aligned.is_some_and(|a| {
                    let scores = self.source.index.scores(&clause.words);
                    supporting.iter().all(|&i| {
                        self.source.sentence_of[i].is_none_or(|n| {
                            let (score, shared) =
                                scores.get(&(n as u32)).copied().unwrap_or((0.0, 0));
                            score * align::MARGIN <= a.score && 2 * shared <= a.shared
                        })
                    })
                });
            if let (true, Some((expected, sentence))) = (swapped, &other) {
                return Some((
                    Outcome::Mismatch {
                        expected: expected.clone(),
                        why: Why::Swap,
                    },
                    Some(*sentence),
                ));
            }
            let by = in_aligned.unwrap_or(first);
            if let Some(judged) = self.polarity(clause, &supporting, by) {
                return Some(judged);
            }
            return Some((
                Outcome::Match {
                    expected: self.sources[by].text.to_string(),
                },
                self.source.sentence_of[by],
            ));
        }
        if let Some(judged) = self.derived(stated) {
            return Some(judged);
        }
        // A duration or quantity whose figure the sentence the clause
        // restates holds bare ("a 14-Day Pass" read as the number 14): the
        // sentence ties the figure to the clause's words.
        if matches!(sort, Class::Duration | Class::Quantity(_)) {
            let amount = stated.value().magnitude();
            let bare = aligned.and_then(|a| {
                (0..self.sources.len()).find(|&i| {
                    within(i, a)
                        && matches!(
                            (self.sources[i].value(), amount),
                            (Value::Number { number, .. }, Some(m)) if number.same_as(m)
                        )
                })
            });
            if let Some(i) = bare {
                // The sentence states the figure as the clause does, so it
                // answers for its negation and direction too.
                if let Some(judged) = self.polarity(clause, &[i], i) {
                    return Some(judged);
                }
                return Some((
                    Outcome::Match {
                        expected: self.sources[i].text.to_string(),
                    },
                    self.source.sentence_of[i],
                ));
            }
        }
        if matches!(sort, Class::Plain) && stated.kind() == Kind::Count {
            let n = stated.value().magnitude().map(|m| m.min());
            if self.source.speakers.is_some_and(|s| Some(s as f64) == n) {
                return Some((Outcome::Speakers, None));
            }
        }
        // Nothing pins a relative date or window the source does not
        // state ("last year's quarter", "the past month").
        if matches!(sort, Class::Date | Class::Duration) && is_relative(stated.text) {
            return None;
        }
        if let Some((expected, sentence)) = other {
            return Some((
                Outcome::Mismatch {
                    expected,
                    why: Why::Swap,
                },
                Some(sentence),
            ));
        }
        Some((Outcome::Unsupported, aligned.map(|a| a.sentence)))
    }

    /// A supported value whose clause denies it, or says it moved the other
    /// way, where the source sentence `by` that states it (sharing two of
    /// the clause's words, so that it speaks of the same thing) does not,
    /// nor any other sentence stating it ([`polarity`]).
    fn polarity(&self, clause: &Clause, supporting: &[usize], by: usize) -> Option<Judged> {
        let n = self.source.sentence_of[by]?;
        let document = &self.source.document;
        let sentence = |m: usize| {
            let span = document.sentences()[m];
            &document.text()[span.start..span.end]
        };
        let scores = self.source.index.scores(&clause.words);
        if scores.get(&(n as u32)).map_or(0, |s| s.1) < 2 {
            return None;
        }
        let stating: Vec<usize> = supporting
            .iter()
            .filter_map(|&i| self.source.sentence_of[i])
            .collect();
        let expected = self.sources[by].text.to_string();
        if polarity::negated(&clause.text)
            && !stating.iter().any(|&m| polarity::negated(sentence(m)))
        {
            return Some((
                Outcome::Mismatch {
                    expected,
                    why: Why::Negated,
                },
                Some(n),
            ));
        }
        let said = polarity::moves(&clause.text);
        let same_way = |m: usize| {
            let moves = polarity::moves(sentence(m));
            (said.up && moves.up) || (said.down && moves.down)
        };
        if said.opposes(polarity::moves(sentence(n))) && !stating.iter().any(|&m| same_way(m)) {
            return Some((
                Outcome::Mismatch {
                    expected,
                    why: Why::Direction { up: said.up },
                },
                Some(n),
            ));
        }
        None
    }

    /// An identifier or a placeholder: the source writes it, or only one
    /// other of its shape, or neither.
    fn literal(&self, literal: &Literal) -> Judged {
        let document = &self.source.document;
        let at = |span: Span| {
            (
                document.text()[span.start..span.end].to_string(),
                document.sentence_index_at(span.start),
            )
        };
        match self.source.written.said(literal) {
            Said::Same(span) => {
                let (expected, sentence) = at(span);
                (Outcome::Match { expected }, sentence)
            }
            Said::Other(span) => {
                let (expected, sentence) = at(span);
                (
                    Outcome::Mismatch {
                        expected,
                        why: Why::Swap,
                    },
                    sentence,
                )
            }
            Said::Nowhere => (Outcome::Unsupported, None),
        }
    }

    /// A value of the aligned sentence of the same sort as `stated` that
    /// does not support it, nor any other value of the summary's sentence
    /// (a summary that states both values relates them, it does not swap
    /// them): what the source ties the clause's words to.
    fn other_value(
        &self,
        stated: &Stated,
        sort: &Class,
        aligned: Aligned,
        siblings: &[Stated],
    ) -> Option<(String, usize)> {
        // A clause that shares a single word with the sentence says too
        // little to call a value swapped.
        if aligned.shared < 2 {
            return None;
        }
        let mut other = None;
        for i in 0..self.sources.len() {
            let Some(n) = self.source.sentence_of[i] else {
                continue;
            };
            if n < aligned.sentence || aligned.last < n {
                continue;
            }
            let candidate = &self.sources[i];
            if supports(stated, candidate) {
                return None;
            }
            let told = siblings.iter().any(|s| supports(s, candidate));
            if other.is_none() && !told && same_sort(sort, &class(candidate)) {
                other = Some((i, n));
            }
        }
        other.map(|(i, n)| (self.sources[i].text.to_string(), n))
    }

    /// A value worked out from two source values of its unit.
    fn derived(&self, stated: &Stated) -> Option<Judged> {
        let sort = class(stated);
        if !matches!(
            sort,
            Class::Money(_) | Class::Percent | Class::Plain | Class::Quantity(_)
        ) {
            return None;
        }
        let candidates: Vec<usize> = (0..self.sources.len())
            .filter(|&i| {
                let c = class(&self.sources[i]);
                same_sort(&sort, &c) || (sort == Class::Plain && c == Class::Plain)
            })
            .collect();
        for &a in &candidates {
            for &b in &candidates {
                // A total or a change is worked out from figures stated
                // together.
                if a == b || self.source.sentence_of[a] != self.source.sentence_of[b] {
                    continue;
                }
                if let Some(how) = compare::derived(stated, &self.sources[a], &self.sources[b]) {
                    let from = (
                        self.sources[a].text.to_string(),
                        self.sources[b].text.to_string(),
                    );
                    return Some((Outcome::Derived { how, from }, self.source.sentence_of[a]));
                }
            }
        }
        None
    }

    /// A direct quote: the source must hold its words, given to the same
    /// speaker where both name one.
    fn quote(&self, speaker: Option<&str>, text: &str) -> Judged {
        let words = QuoteWords::new(text);
        if words.is_empty() {
            return (Outcome::Unsupported, None);
        }
        let quotes: Vec<(usize, &Found)> = self
            .source
            .values
            .iter()
            .enumerate()
            .filter(|(_, v)| v.kind == Kind::Quote)
            .collect();
        // A source quote that states these words.
        for &(i, found) in &quotes {
            let Value::Quote {
                speaker: said_by,
                text: said,
            } = &found.value
            else {
                continue;
            };
            if words.states(&QuoteWords::new(said)) || QuoteWords::new(said).states(&words) {
                let sentence = self.source.sentence_of[i];
                if let (Some(a), Some(b)) = (speaker, said_by.as_deref()) {
                    if !same_person(a, b) {
                        return (
                            Outcome::Mismatch {
                                expected: b.to_string(),
                                why: Why::Speaker,
                            },
                            sentence,
                        );
                    }
                }
                return (
                    Outcome::Match {
                        expected: self.sources[i].text.to_string(),
                    },
                    sentence,
                );
            }
        }
        // Words the source says outside quotes (a transcript, a paraphrase
        // quoted back).
        if self.source.words.states(&words)
            || crate::locate::contains_words(&self.source.words.text, &words.text)
        {
            return (
                Outcome::Match {
                    expected: format!("“{text}”"),
                },
                None,
            );
        }
        // The closest source quote, when it shares most of the words.
        let closest = quotes
            .iter()
            .map(|&(i, found)| {
                let said = match &found.value {
                    Value::Quote { text, .. } => QuoteWords::new(text),
                    _ => QuoteWords::new(""),
                };
                let (same, shorter) = judge::quote_similarity(&words, &said);
                (i, same, shorter)
            })
            .filter(|&(_, same, shorter)| shorter >= 3 && same * 3 >= shorter * 2)
            .max_by_key(|&(_, same, _)| same);
        match closest {
            Some((i, _, _)) => (
                Outcome::Mismatch {
                    expected: self.sources[i].text.to_string(),
                    why: Why::Misquote,
                },
                self.source.sentence_of[i],
            ),
            None => (Outcome::Unsupported, None),
        }
    }

    /// A title the summary gives a person: the same title (or a less
    /// specific form of it) given anywhere in the source matches; one
    /// that contradicts a title the source gives that person is a
    /// mismatch.
    fn title(&self, person: &str, title: &str) -> Judged {
        let entities = EntityNames::default();
        let found = judge::read_title(title, &entities);
        let mut contradicted = None;
        for (i, value) in self.source.values.iter().enumerate() {
            let Value::Title {
                person: holder,
                title: given,
            } = &value.value
            else {
                continue;
            };
            if !same_person(person, holder) {
                continue;
            }
            let listed = judge::read_title(given, &entities);
            let holder = Holder::new(&listed);
            let likeness = found
                .iter()
                .flat_map(|f| listed.iter().map(move |l| (f, l)))
                .map(|(f, l)| judge::compare_titles(f, l, &holder))
                .max_by_key(|l| match l {
                    Likeness::Same => 2,
                    Likeness::Contradicts => 1,
                    Likeness::Unrelated => 0,
                });
            match likeness {
                Some(Likeness::Same) => {
                    return (
                        Outcome::Match {
                            expected: self.sources[i].text.to_string(),
                        },
                        self.source.sentence_of[i],
                    )
                }
                Some(Likeness::Contradicts) => contradicted = contradicted.or(Some(i)),
                _ => {}
            }
        }
        if let Some(i) = contradicted {
            return (
                Outcome::Mismatch {
                    expected: given_title(&self.source.values[i]),
                    why: Why::Title,
                },
                self.source.sentence_of[i],
            );
        }
        if crate::locate::contains_words(
            &judge::quote_text(self.source.document.text()),
            &judge::quote_text(title),
        ) || states_title_words(self.source.document.text(), title)
        {
            return (
                Outcome::Match {
                    expected: title.to_string(),
                },
                None,
            );
        }
        (Outcome::Unsupported, None)
    }
}

/// Whether the source states a title's words in their order with nothing
/// but punctuation, line breaks or function words between them: a
/// signature block or a header writes the title and its organisation on
/// their own lines or after a comma ("Sales Manager, Acme" for "sales
/// manager at Acme").
fn states_title_words(text: &str, title: &str) -> bool {
    const FUNCTION_WORDS: &[&str] = &["a", "an", "the", "at", "of", "for", "in", "with", "from"];
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| {
            !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-' || c == '&')
        })
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !FUNCTION_WORDS.contains(&w.as_str()))
        .collect()
    };
    let title = words(title);
    !title.is_empty()
        && words(text)
            .windows(title.len())
            .any(|w| w == title.as_slice())
}

fn given_title(found: &Found) -> String {
    match &found.value {
        Value::Title { title, .. } => title.clone(),
        _ => String::new(),
    }
}

/// Whether two names name one person: the same last word ("Munir", "Asim
/// Munir").
fn same_person(a: &str, b: &str) -> bool {
    let last = |s: &str| {
        s.split_whitespace().last().map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
    };
    last(a).is_some() && last(a) == last(b)
}

/// Whether an ordinal places something in the text itself ("the second
/// half of the episode", "the first part"): no fact of the source.
fn is_position_in_text(stated: &Stated) -> bool {
    if stated.kind() != Kind::Ordinal {
        return false;
    }
    let text = stated.full_text;
    let after = text[stated.found.span.end..].trim_start();
    let word: String = after
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    ["half", "part", "section", "segment", "portion", "paragraph"].contains(&word.as_str())
}

/// Whether a date leans on a word that needs a reference to pin it.
fn is_relative(written: &str) -> bool {
    const WORDS: [&str; 14] = [
        "next",
        "last",
        "previous",
        "this",
        "coming",
        "past",
        "ago",
        "earlier",
        "later",
        "yesterday",
        "today",
        "tomorrow",
        "prior",
        "following",
    ];
    written
        .split(|c: char| !c.is_alphabetic())
        .any(|w| WORDS.iter().any(|r| r.eq_ignore_ascii_case(w)))
}

/// The clause of a summary that states a value.
struct Clause {
    /// Its text: the sentence cut at commas, semicolons and the
    /// conjunctions that join clauses.
    text: String,
    /// Its content words, to align it by; the whole sentence's when the
    /// clause has fewer than two.
    words: Vec<String>,
}

impl Clause {
    /// The clause of `summary` that holds `span`.
    fn of(summary: &Document, span: Span) -> Clause {
        let text = summary.text();
        let sentence = summary
            .sentence_index_at(span.start)
            .map_or(span, |n| summary.sentences()[n]);
        let whole = &text[sentence.start..sentence.end];
        let at = span.start - sentence.start;
        let end = (span.end - sentence.start).min(whole.len());
        let cuts = clause_cuts(whole);
        let start = cuts.iter().rev().find(|c| c.1 <= at).map_or(0, |c| c.1);
        let stop = cuts
            .iter()
            .find(|c| c.0 >= end)
            .map_or(whole.len(), |c| c.0);
        let clause = &whole[start..stop];
        let words = content_words(clause);
        Clause {
            text: clause.to_string(),
            words: if words.len() >= 2 {
                words
            } else {
                content_words(whole)
            },
        }
    }
}

/// Where `sentence` may be cut into clauses: (start, end) of each cut.
fn clause_cuts(sentence: &str) -> Vec<(usize, usize)> {
    const JOINS: [&str; 6] = [
        " and ",
        " but ",
        " while ",
        " whereas ",
        " although ",
        " as well as ",
    ];
    let mut cuts: Vec<(usize, usize)> = sentence
        .char_indices()
        .filter(|(_, c)| matches!(c, ',' | ';' | ':' | '—' | '(' | ')'))
        .map(|(i, c)| (i, i + c.len_utf8()))
        .filter(|&(i, e)| {
            // "1,500" is one number, not two clauses.
            !(sentence[..i].ends_with(|c: char| c.is_ascii_digit())
                && sentence[e..].starts_with(|c: char| c.is_ascii_digit()))
        })
        .collect();
    for join in JOINS {
        cuts.extend(
            sentence
                .match_indices(join)
                .map(|(i, _)| (i, i + join.len())),
        );
    }
    cuts.sort_unstable();
    cuts
}

/// The number of distinct speakers when `text` is a dialogue: most of its
/// lines open with a name and a colon ("Anna: …", "Mr. Brown: …").
fn dialogue_speakers(text: &str) -> Option<usize> {
    let mut lines = 0;
    let mut turns = 0;
    let mut speakers: Vec<String> = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        lines += 1;
        let Some((name, rest)) = line.split_once(':') else {
            continue;
        };
        let words: Vec<&str> = name.split_whitespace().collect();
        let is_name = !words.is_empty()
            && words.len() <= 3
            && !rest.is_empty()
            && words.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || c == '.' || c == '\'' || c == '-')
            });
        if is_name {
            turns += 1;
            if !speakers.iter().any(|s| s == name) {
                speakers.push(name.to_string());
            }
        }
    }
    (turns >= 2 && turns * 2 >= lines).then_some(speakers.len())
}

#[cfg(test)]
mod tests;
