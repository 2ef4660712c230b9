//! Titles: the descriptors a text attaches to each mention of a person,
//! judged against all of that person's title claims together.

use super::quotes::same_name;
use super::{written_at, Checker, Extractions, Observation};
use crate::claims::{Claim, ClaimSet, Expected, Severity};
use crate::document::Document;
use crate::extract::{self, quote::QuoteFound, Kind, Span};
use crate::findings::{Reason, Status};
use crate::judge::{self, Verdict};
use crate::locate::{Anchors, GroupId, Hits};
use jiff::civil::Date;
use std::collections::{BTreeMap, BTreeSet};

/// The title claims of a claims file, read once for every text it checks:
/// reading each listed title into its parts does not depend on the text.
#[derive(Debug, Default)]
pub(super) struct TitleClaims {
    /// The claims file's `[entities]`, as titles read them.
    pub(super) entities: judge::EntityNames,
    /// In the order of the people's groups.
    people: Vec<PersonTitles>,
}

/// One person's title claims.
#[derive(Debug)]
struct PersonTitles {
    person: GroupId,
    /// That person's title claims.
    claim_indexes: Vec<usize>,
    /// Each listed title read into its parts: (part, claim, previous entry).
    parts: Vec<(judge::TitlePart, usize, Option<usize>)>,
    holder: judge::Holder,
}

impl TitleClaims {
    pub(super) fn new(claims: &ClaimSet, anchors: &Anchors) -> TitleClaims {
        // person group -> indexes of that person's title claims
        let mut people: BTreeMap<GroupId, Vec<usize>> = BTreeMap::new();
        for (index, claim) in claims.claims.iter().enumerate() {
            if let (Kind::Title, Some(person)) = (claim.kind, anchors.claim(index).person) {
                people.entry(person).or_default().push(index);
            }
        }
        let named_people: BTreeSet<&str> = claims
            .claims
            .iter()
            .flat_map(|claim| claim.person.iter().chain(&claim.speaker))
            .map(String::as_str)
            .collect();
        let people_named = claims.entities.iter().filter_map(|(canonical, aliases)| {
            let person = std::iter::once(canonical)
                .chain(aliases)
                .any(|name| named_people.contains(name.as_str()));
            person.then_some(canonical)
        });
        let entities = judge::EntityNames::new(&claims.entities).with_people(people_named);
        let people = people
            .into_iter()
            .map(|(person, claim_indexes)| {
                // Every title any of the person's claims knows: (title,
                // claim, previous entry).
                let mut known: Vec<(String, usize, Option<usize>)> = Vec::new();
                for &index in &claim_indexes {
                    let claim = &claims.claims[index];
                    if let Expected::Titles(titles) = &claim.expected {
                        known.extend(titles.iter().map(|t| (t.clone(), index, None)));
                    }
                    for (p, previous) in claim.previously.iter().enumerate() {
                        if let Expected::Titles(titles) = &previous.value {
                            known.extend(titles.iter().map(|t| (t.clone(), index, Some(p))));
                        }
                    }
                }
                let parts: Vec<(judge::TitlePart, usize, Option<usize>)> = known
                    .iter()
                    .flat_map(|(title, index, previous)| {
                        judge::read_title(title, &entities)
                            .into_iter()
                            .map(move |part| (part, *index, *previous))
                    })
                    .collect();
                let holder = judge::Holder::new(parts.iter().map(|(p, _, _)| p));
                PersonTitles {
                    person,
                    claim_indexes,
                    parts,
                    holder,
                }
            })
            .collect();
        TitleClaims { entities, people }
    }
}

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
        let document: &Document = cache.document;
        let text = document.text();
        let entities = &self.titles.entities;
        // A mention inside a quote is the quote's words, not the text's.
        let quoted = extract::SpanReach::new(quotes.iter().map(|q| q.inner));
        for listed in &self.titles.people {
            let (person, claim_indexes) = (listed.person, &listed.claim_indexes);
            let (parts, holder) = (&listed.parts, &listed.holder);
            for sentence in hits.sentences_with_all(&[person]) {
                let sentence_span = document.sentences()[sentence];
                let sentence_text = &text[sentence_span.start..sentence_span.end];
                let at = cache.sentence_date(sentence, sentence_span);
                let claims_here: Vec<usize> = claim_indexes
                    .iter()
                    .copied()
                    .filter(|&i| {
                        let about = &self.anchors.claim(i).about;
                        about
                            .iter()
                            .all(|&g| hits.sentences_with(g).binary_search(&sentence).is_ok())
                    })
                    .collect();
                if claims_here.is_empty() {
                    continue;
                }
                let words = extract::title::SentenceWords::new(sentence_text);
                for mention in hits.mentions(sentence, person) {
                    if quoted.holds(mention) {
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
                    for descriptor in words.descriptors(relative) {
                        let span = descriptor.span.shifted(sentence_span.start);
                        let written = text[span.start..span.end].to_string();
                        let is_its = |w: &str| w.eq_ignore_ascii_case("its");
                        let owned_by_its = text[sentence_span.start..span.start]
                            .split_whitespace()
                            .next_back()
                            .is_some_and(is_its)
                            || descriptor
                                .text
                                .split_whitespace()
                                .next()
                                .is_some_and(is_its);
                        for mut part in judge::read_title(&descriptor.text, entities) {
                            if part.words.is_empty() {
                                continue;
                            }
                            if part.organisations.is_empty()
                                && owned_by_its
                                && holder.organisations.len() == 1
                            {
                                // "Its chairman": the body the text named
                                // just before, when it is the one the
                                // person's titles name (with two, "its" may
                                // mean either).
                                let before_from = sentence
                                    .checked_sub(1)
                                    .map_or(sentence_span.start, |s| document.sentences()[s].start);
                                part.organisations.extend(holder.organisation_named_in(
                                    &text[before_from..span.start],
                                    entities,
                                ));
                            }
                            let past = descriptor.past || part.then;
                            let observation = |index: usize, verdict: Verdict, replacement| {
                                let claim = &self.claims.claims[index];
                                Observation {
                                    verdict,
                                    span,
                                    found: written.clone(),
                                    replacement,
                                    expected: written_at(claim, at),
                                    follows_from: follows_from.clone(),
                                    attributed_to: None,
                                    severity_cap: None,
                                }
                            };
                            match judge_part(&part, past, parts, holder, &claims_here) {
                                Judged::Same(index, previous, formerly) => {
                                    let claim = &self.claims.claims[index];
                                    let verdict =
                                        title_verdict(claim, previous, at, past || formerly);
                                    let replacement = match verdict.status {
                                        Status::Match => None,
                                        _ => Some(current_title(claim, at)),
                                    };
                                    observations[index].push(observation(
                                        index,
                                        verdict,
                                        replacement,
                                    ));
                                }
                                Judged::Contradicts(index) => {
                                    let claim = &self.claims.claims[index];
                                    let replacement = Some(closest_title(claim, &descriptor.text));
                                    observations[index].push(observation(
                                        index,
                                        Verdict::MISMATCH,
                                        replacement,
                                    ));
                                }
                                Judged::Unlisted => {
                                    // Another office: an editor adds it or fixes it; a
                                    // warning on the person's first title claim.
                                    let index = claim_indexes[0];
                                    let mut seen = observation(index, Verdict::MISMATCH, None);
                                    seen.severity_cap = Some(Severity::Warning);
                                    observations[index].push(seen);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// What one part of a descriptor is, against all of a person's titles.
enum Judged {
    /// A title of claim `.0` (its `previously` entry `.1`, if any); `.2`:
    /// the text said "former" of a title held before.
    Same(usize, Option<usize>, bool),
    /// It contradicts a title of this claim.
    Contradicts(usize),
    /// No listed title speaks of it.
    Unlisted,
}

/// The best reading of `part` among the person's listed titles, looking
/// only at claims located in the sentence (`claims_here`): a current title
/// first, then one held before, then a contradiction. `past`: the sentence
/// puts the title in the past ("then-", "served as").
fn judge_part(
    part: &judge::TitlePart,
    past: bool,
    listed: &[(judge::TitlePart, usize, Option<usize>)],
    holder: &judge::Holder,
    claims_here: &[usize],
) -> Judged {
    let here = || {
        listed
            .iter()
            .filter(|(_, index, _)| claims_here.contains(index))
    };
    // A listed "then-Prime Minister" is a title for sentences set in the past.
    let same = |part: &judge::TitlePart, current: bool| {
        here()
            .filter(|(_, _, previous)| previous.is_none() == current)
            .filter(|(title, _, _)| past || !title.then)
            .find(|(title, _, _)| {
                judge::compare_titles(part, title, holder) == judge::Likeness::Same
            })
    };
    if let Some((_, index, previous)) = same(part, true).or_else(|| same(part, false)) {
        return Judged::Same(*index, *previous, false);
    }
    if part.former {
        // "former ambassador" of someone who was ambassador.
        let held = judge::TitlePart {
            former: false,
            ..part.clone()
        };
        if let Some((_, index, previous)) = same(&held, false) {
            return Judged::Same(*index, *previous, true);
        }
    }
    match here().find(|(title, _, _)| {
        judge::compare_titles(part, title, holder) == judge::Likeness::Contradicts
    }) {
        Some((_, index, _)) => Judged::Contradicts(*index),
        None => Judged::Unlisted,
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

#[cfg(test)]
mod tests {
    use crate::claims::Severity;
    use crate::findings::Status::{self, Match, Mismatch};

    /// The status and severity of the title claim `t` of `person` (titles
    /// `titles`) in `text`.
    fn title_finding(person: &str, titles: &str, text: &str) -> Vec<(Status, Severity)> {
        let claims = format!(
            "[entities]\n\"Halden Therapeutics\" = [\"Halden\"]\n\
             [[claim]]\nid = \"t\"\nperson = \"{person}\"\ntitle = \"{titles}\"\n"
        );
        findings_of_t(&claims, text)
    }

    /// The status and severity of each finding of claim `t` in `text`.
    fn findings_of_t(claims: &str, text: &str) -> Vec<(Status, Severity)> {
        super::super::findings_for(claims, text)
            .into_iter()
            .filter(|f| f.claim == "t")
            .map(|f| (f.status, f.severity))
            .collect()
    }

    #[test]
    fn its_and_the_company_s_stand_for_the_body_named_just_before() {
        // "The drug was developed by Halden Therapeutics, a Boston biotech
        // company. Its chief executive, Dr. Sunil Varma, said" (a blind
        // test article): "its" is the company named just before, so
        // another role there contradicts the claimed one.
        let (error, warning, info) = (Severity::Error, Severity::Warning, Severity::Info);
        let person = "Sunil Varma";
        let claimed = "chief executive of Halden Therapeutics";
        let rows: &[(&str, (Status, Severity))] = &[
            (
                "The drug was developed by Halden Therapeutics. Its chief executive, Sunil Varma, spoke.",
                (Match, info),
            ),
            (
                "The drug was developed by Halden Therapeutics. Its chairman, Sunil Varma, spoke.",
                (Mismatch, error),
            ),
            // Only "its", and only for a person of one organisation: "the
            // company's", "their" and a person of two bodies stay warnings
            // (review: "The charity is funded by Acme Corp. Its chairman").
            (
                "Halden, a biotech company, made the drug. The company's chairman, Sunil Varma, spoke.",
                (Mismatch, warning),
            ),
            (
                "Staff walked out at Halden Therapeutics. Their spokesman, Sunil Varma, spoke.",
                (Mismatch, warning),
            ),
            // Negative rows: the body named before is not the person's, or
            // none is named: another office, a warning.
            (
                "The drug was developed by Northwind Labs. Its chairman, Sunil Varma, spoke.",
                (Mismatch, warning),
            ),
            (
                "The trial ended well. Its chairman, Sunil Varma, spoke.",
                (Mismatch, warning),
            ),
        ];
        for (text, expected) in rows {
            assert_eq!(title_finding(person, claimed, text), [*expected], "{text}");
        }
    }

    #[test]
    fn a_person_named_in_a_title_is_no_organisation_of_the_post() {
        // A fresh article's "Mark Ellery, a postdoctoral researcher in
        // Prof Vance's laboratory": Vance is a claim's speaker, so her name
        // in the title says whom the post serves, not where it is held.
        let claims = "[entities]\n\"Eleanor Vance\" = [\"Vance\"]\n\
             \"Acme Labs\" = [\"Acme\"]\n\
             [[claim]]\nid = \"t\"\nperson = \"Mark Ellery\"\n\
             title = \"postdoctoral researcher at the Institute for Coastal Ecology\"\n\
             [[claim]]\nid = \"q\"\nspeaker = \"Eleanor Vance\"\nquote = \"We counted every shoot\"\n";
        let finding = |text: &str| findings_of_t(claims, text);
        let said = |descriptor: &str| format!("Mark Ellery, a {descriptor}, said it.");
        assert_eq!(
            finding(&said("postdoctoral researcher in Prof Vance's laboratory")),
            [(Status::Match, Severity::Info)]
        );
        assert_eq!(
            finding(&said("postdoctoral researcher in Vance's laboratory")),
            [(Status::Match, Severity::Info)]
        );
        // A body of the claims file is one.
        assert_eq!(
            finding(&said("postdoctoral researcher at Acme")),
            [(Status::Mismatch, Severity::Error)]
        );
    }
}
