//! Titles: the descriptors a text attaches to each mention of a person,
//! judged against all of that person's title claims together.

use super::quotes::same_name;
use super::{written_at, Checker, Extractions, Observation};
use crate::claims::{Claim, Expected};
use crate::document::Document;
use crate::extract::{self, quote::QuoteFound, Kind, Span};
use crate::findings::{Reason, Status};
use crate::judge::{self, Verdict};
use crate::locate::{GroupId, Hits};
use jiff::civil::Date;
use std::collections::BTreeMap;

impl Checker<'_> {
    /// Descriptors attached to each mention of each person with title
    /// claims. Mentions inside direct quotes are the speaker's words, not the
    /// writer's, and are left to the quote claims.
    ///
    /// A name put next to another speaker's quote brings that speaker's
    /// descriptor along ("…,” said Younus, a senior fellow at the Hudson
    /// Institute"): the quote claim reports the wrong speaker, and the title
    /// that follows from it is a warning.
    pub(super) fn observe_titles(
        &self,
        hits: &Hits,
        quotes: &[QuoteFound],
        misattributed: &[(usize, String)],
        cache: &mut Extractions,
        observations: &mut [Vec<Observation>],
    ) {
        // person group -> indexes of that person's title claims
        let mut people: BTreeMap<GroupId, Vec<usize>> = BTreeMap::new();
        for (index, claim) in self.claims.claims.iter().enumerate() {
            if let (Kind::Title, Some(person)) = (claim.kind, self.anchors.claim(index).person) {
                people.entry(person).or_default().push(index);
            }
        }
        let document: &Document = cache.document;
        let text = document.text();
        for (person, claim_indexes) in people {
            // Every title any of the person's claims knows: (words, claim, previous entry).
            let mut known: Vec<(Vec<String>, usize, Option<usize>)> = Vec::new();
            for &index in &claim_indexes {
                let claim = &self.claims.claims[index];
                if let Expected::Titles(titles) = &claim.expected {
                    known.extend(titles.iter().map(|t| (judge::title_words(t), index, None)));
                }
                for (p, previous) in claim.previously.iter().enumerate() {
                    if let Expected::Titles(titles) = &previous.value {
                        known.extend(
                            titles
                                .iter()
                                .map(|t| (judge::title_words(t), index, Some(p))),
                        );
                    }
                }
            }
            let words: Vec<Vec<String>> = known.iter().map(|(w, _, _)| w.clone()).collect();
            for sentence in hits.sentences_with_all(&[person]) {
                let sentence_span = document.sentences()[sentence];
                let sentence_text = &text[sentence_span.start..sentence_span.end];
                let at = cache.sentence_date(sentence);
                for mention in hits.mentions(sentence, person) {
                    if quotes
                        .iter()
                        .any(|q| q.inner.start <= mention.start && mention.end <= q.inner.end)
                    {
                        continue;
                    }
                    let relative = Span::new(
                        mention.start - sentence_span.start,
                        mention.end - sentence_span.start,
                    );
                    let follows_from = misattributed
                        .iter()
                        .find(|(s, name)| {
                            *s == sentence && same_name(name, &text[mention.start..mention.end])
                        })
                        .map(|(_, name)| {
                            format!("{name} is named as the speaker of a quote the desk gives to someone else")
                        });
                    for descriptor in extract::title::descriptors(sentence_text, relative) {
                        let span = descriptor.span.shifted(sentence_span.start);
                        let written = text[span.start..span.end].to_string();
                        let mut descriptor_words = judge::title_words(&descriptor.text);
                        // "then-Prime Minister": a title held in the past.
                        let past = descriptor.past
                            || descriptor_words.first().is_some_and(|w| w == "then");
                        if descriptor_words.first().is_some_and(|w| w == "then") {
                            descriptor_words.remove(0);
                        }
                        if descriptor_words.is_empty() {
                            continue;
                        }
                        let claims_here: Vec<usize> = claim_indexes
                            .iter()
                            .copied()
                            .filter(|&i| {
                                let about = &self.anchors.claim(i).about;
                                about.is_empty()
                                    || hits.sentences_with_all(about).contains(&sentence)
                            })
                            .collect();
                        if claims_here.is_empty() {
                            continue;
                        }
                        match judge::match_title(&descriptor_words, &words) {
                            Some(parts) => {
                                for part in parts {
                                    let (_, index, previous) = &known[part];
                                    if !claims_here.contains(index) {
                                        continue;
                                    }
                                    let claim = &self.claims.claims[*index];
                                    let verdict = title_verdict(claim, *previous, at, past);
                                    let replacement = match verdict.status {
                                        Status::Match => None,
                                        _ => Some(current_title(claim, at)),
                                    };
                                    observations[*index].push(Observation {
                                        verdict,
                                        span,
                                        found: written.clone(),
                                        replacement,
                                        expected: written_at(claim, at),
                                        follows_from: follows_from.clone(),
                                        attributed_to: None,
                                    });
                                }
                            }
                            None => {
                                // Charge the claim whose titles are most like it.
                                let index = claims_here
                                    .iter()
                                    .copied()
                                    .max_by(|&a, &b| {
                                        let likeness = |i: usize| {
                                            title_likeness(&self.claims.claims[i], &descriptor.text)
                                                .1
                                        };
                                        likeness(a).total_cmp(&likeness(b)).then(b.cmp(&a))
                                    })
                                    .unwrap_or(claims_here[0]);
                                let claim = &self.claims.claims[index];
                                observations[index].push(Observation {
                                    verdict: Verdict::MISMATCH,
                                    span,
                                    found: written.clone(),
                                    replacement: Some(closest_title(claim, &descriptor.text)),
                                    expected: written_at(claim, at),
                                    follows_from: follows_from.clone(),
                                    attributed_to: None,
                                });
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A title the text gives a person, judged at `at`. A title the sentence
/// puts in the past (`past`: "served as", "then-") is right if the person
/// held it at any time before `at`.
fn title_verdict(claim: &Claim, previous: Option<usize>, at: Date, past: bool) -> Verdict {
    match previous {
        Some(_) if past => Verdict::MATCH,
        None => {
            // A current title before it became true is a mismatch.
            if judge::held_from(claim).is_some_and(|since| at < since)
                && claim
                    .previously
                    .iter()
                    .any(|p| p.until.is_some_and(|until| at < until))
            {
                Verdict::MISMATCH
            } else {
                Verdict::MATCH
            }
        }
        Some(p) => match claim.previously[p].until {
            Some(until) if at < until => Verdict::MATCH,
            until => Verdict {
                status: Status::Stale,
                reason: Some(Reason::Superseded),
                stale_since: until,
            },
        },
    }
}

fn current_title(claim: &Claim, at: Date) -> String {
    match judge::expected_at(claim, at) {
        Expected::Titles(titles) => titles[0].clone(),
        _ => claim.written.clone(),
    }
}

/// The listed title most like the one the text wrote, for a replacement.
fn closest_title(claim: &Claim, written: &str) -> String {
    title_likeness(claim, written).0
}

/// The claim's title most like `written`, and how alike they are (0 to 1).
fn title_likeness(claim: &Claim, written: &str) -> (String, f32) {
    let Expected::Titles(titles) = &claim.expected else {
        return (claim.written.clone(), 0.0);
    };
    let target = judge::title_words(written).join(" ");
    titles
        .iter()
        .map(|title| {
            let words = judge::title_words(title).join(" ");
            let ratio = similar::TextDiff::from_chars(words.as_str(), target.as_str()).ratio();
            (title.clone(), ratio)
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .unwrap_or_else(|| (claim.written.clone(), 0.0))
}
