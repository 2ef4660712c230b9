//! Checking one document against a claims file: locate, extract, judge.
//!
//! Data flows one way. The anchors find the sentences that may state each
//! claim; values are extracted only in those sentences, once per sentence
//! and kind however many claims point there; the judge compares; the result
//! is one [`Finding`] per claim. Titles are judged per person rather than
//! per claim, because a person's several title claims (a rank that changed,
//! an office) together say which descriptors are right.

use crate::claims::{Claim, ClaimSet, Expected, Severity};
use crate::document::Document;
use crate::extract::{self, DateValue, Extracted, Grain, Kind, Span, Value};
use crate::findings::{ClaimsFinding, Finding, MissReason, NearestMiss, Reason, Status};
use crate::judge::{self, Verdict};
use crate::locate::{self, Anchors, GroupId, Hits};

pub(crate) mod clause;
mod quotes;
mod titles;
use jiff::civil::Date;
use std::collections::BTreeMap;

/// A claims file compiled for checking texts; build once, check many.
pub struct Checker<'a> {
    claims: &'a ClaimSet,
    anchors: Anchors,
    titles: titles::TitleClaims,
}

/// One place where a text states (or contradicts) a claim.
#[derive(Clone, Debug)]
struct Observation {
    verdict: Verdict,
    span: Span,
    found: String,
    replacement: Option<String>,
    /// The value the text should state there, as the claims file writes it.
    expected: String,
    /// For a relative date ("the following year"), the date it is counted
    /// from, as written, when that date is wrong too: this error follows
    /// from that one.
    follows_from: Option<String>,
    /// For a quote, the speaker the text names when it is not the claim's.
    attributed_to: Option<String>,
    /// The most this place may weigh: a title the claims do not list is a
    /// warning ("not among the claimed titles"), whatever the claim's severity.
    /// A value beside the claim's words but in another clause is observed
    /// as `missing`, capped at a warning ("stated nearby as …").
    severity_cap: Option<Severity>,
}

impl<'a> Checker<'a> {
    pub fn new(claims: &'a ClaimSet) -> Checker<'a> {
        let anchors = Anchors::new(claims);
        Checker {
            claims,
            titles: titles::TitleClaims::new(claims, &anchors),
            anchors,
        }
    }

    /// Judges every claim against `document`, published on `published`.
    /// Each claim gets at least one finding, in the claims file's order: one
    /// for each place the text states it wrongly, else one `match` or
    /// `missing`. Whether a claim is due for review or expired belongs to
    /// the claims file, not the text: see [`Checker::claims_findings`].
    pub fn check(&self, document: &Document, published: Date) -> Vec<Finding> {
        let hits = self.anchors.scan(document);
        let mut cache = Extractions::new(document, published);
        let mut observations: Vec<Vec<Observation>> = vec![Vec::new(); self.claims.claims.len()];

        // Dates first: where the desk has curated a sentence's own date, that
        // date (not the text's, which may be the error) says when the
        // sentence's other facts held.
        let dates_first = self
            .claims
            .claims
            .iter()
            .enumerate()
            .filter(|(_, c)| c.kind == Kind::Date)
            .chain(
                self.claims
                    .claims
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| !matches!(c.kind, Kind::Date | Kind::Title | Kind::Quote)),
            );
        for (index, claim) in dates_first {
            observations[index] = self.observe_value(index, claim, &hits, &mut cache);
            if let Some(date) = claim.expected.as_date() {
                for seen in &observations[index] {
                    if let Some(sentence) = document.sentence_index_at(seen.span.start) {
                        cache.curated_date(sentence, seen.span, date);
                    }
                }
            }
        }
        mark_consequent_dates(self.claims, document, published, &mut observations);
        let quotes = extract::quote::quotes_in(document.text(), document.segmentation());
        let misattributed = self.observe_quotes(document, &hits, &quotes, &mut observations);
        self.observe_titles(
            &hits,
            &quotes,
            &misattributed,
            &mut cache,
            &mut observations,
        );

        let mut findings = Vec::new();
        for (index, (claim, seen)) in self.claims.claims.iter().zip(observations).enumerate() {
            for mut finding in self.conclude_silenced(claim, seen, document) {
                if finding.status == Status::Missing && finding.span.is_none() {
                    finding.nearest = self.nearest_miss(index, claim, &hits, &mut cache);
                }
                // Reports, fixes and editors speak of the file, not the prose.
                finding.span = finding.span.map(|span| document.source_span(span));
                if let Some(nearest) = &mut finding.nearest {
                    nearest.span = nearest.span.map(|span| document.source_span(span));
                }
                findings.push(finding);
            }
        }
        findings
    }

    /// For a claim no sentence states: the sentence that holds the most
    /// of its anchors (the first such), and why it does not state the
    /// claim. Quotes are found by their words, not their anchors, and get
    /// none.
    fn nearest_miss(
        &self,
        index: usize,
        claim: &Claim,
        hits: &Hits,
        cache: &mut Extractions,
    ) -> Option<NearestMiss> {
        if claim.kind == Kind::Quote {
            return None;
        }
        let anchors = self.anchors.claim(index);
        let mut named: Vec<(GroupId, &str)> = anchors
            .about
            .iter()
            .copied()
            .zip(claim.about.iter().map(String::as_str))
            .chain(anchors.noun.zip(match &claim.expected {
                Expected::Count { noun, .. } => Some(noun.as_str()),
                _ => None,
            }))
            .chain(anchors.person.zip(claim.person.as_deref()))
            .collect();
        // A phrase given twice (an `about` phrase that is also the counted
        // noun) is one anchor.
        let mut seen_groups = Vec::new();
        named.retain(|&(group, _)| {
            let first = !seen_groups.contains(&group);
            seen_groups.push(group);
            first
        });
        if named.is_empty() {
            return None;
        }
        let quoted = |phrases: &[&str]| {
            phrases
                .iter()
                .map(|p| format!("“{p}”"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut held: BTreeMap<usize, usize> = BTreeMap::new();
        for &(group, _) in &named {
            for &sentence in hits.sentences_with(group) {
                *held.entry(sentence).or_default() += 1;
            }
        }
        // The most anchors; the earliest sentence among equals.
        let Some((&sentence, &count)) = held
            .iter()
            .max_by_key(|&(&sentence, &count)| (count, std::cmp::Reverse(sentence)))
        else {
            let phrases: Vec<&str> = named.iter().map(|&(_, p)| p).collect();
            return Some(NearestMiss {
                span: None,
                reason: MissReason::AnchorAbsent,
                message: format!("no sentence holds any of {}", quoted(&phrases)),
            });
        };
        let span = Some(cache.document.sentences()[sentence]);
        if count < named.len() {
            let mut present: Vec<&str> = Vec::new();
            let mut absent: Vec<&str> = Vec::new();
            for &(group, phrase) in &named {
                if hits.sentences_with(group).binary_search(&sentence).is_ok() {
                    present.push(phrase);
                } else {
                    absent.push(phrase);
                }
            }
            return Some(NearestMiss {
                span,
                reason: MissReason::AnchorAbsent,
                message: format!(
                    "it holds {} but not {}, and no sentence holds them all",
                    quoted(&present),
                    quoted(&absent)
                ),
            });
        }
        let text = cache.document.text();
        if claim.kind == Kind::Title {
            return Some(NearestMiss {
                span,
                reason: MissReason::OtherKind,
                message: "it holds every anchor, but no title is read beside the name".to_string(),
            });
        }
        let candidates = sentence_candidates(claim, anchors, hits, sentence, cache);
        let anchor_places: Vec<Vec<Span>> = anchors
            .all()
            .map(|group| hits.spans(sentence, group).collect())
            .collect();
        let place = SentencePlace {
            hits,
            sentence,
            span: cache.document.sentences()[sentence],
            anchor_places: &anchor_places,
        };
        let written = |value: &Extracted| text[value.span.start..value.span.end].to_string();
        if let Some((value, why)) = candidates
            .iter()
            .find_map(|value| Some((value, passed_over(claim, text, anchors, &place, value)?)))
        {
            return Some(NearestMiss {
                span,
                reason: MissReason::NotTied,
                message: format!(
                    "it holds every anchor; its {} “{}” {why}",
                    value.kind,
                    written(value)
                ),
            });
        }
        if let Some(value) = candidates.first() {
            return Some(NearestMiss {
                span,
                reason: MissReason::NotTied,
                message: format!(
                    "it holds every anchor; its {} “{}” stands in another clause",
                    value.kind,
                    written(value)
                ),
            });
        }
        if let (Some(noun), false) = (
            named.iter().find(|&&(g, _)| Some(g) == anchors.noun),
            cache.values(sentence, Kind::Number).is_empty(),
        ) {
            return Some(NearestMiss {
                span,
                reason: MissReason::NotTied,
                message: format!(
                    "it holds every anchor, but none of its numbers counts “{}”",
                    noun.1
                ),
            });
        }
        let wanted = extract_kind(claim);
        let mut others: Vec<String> = Vec::new();
        for kind in [
            Kind::Money,
            Kind::Percent,
            Kind::Quantity,
            Kind::Duration,
            Kind::Date,
            Kind::Ordinal,
            Kind::Number,
        ] {
            if kind == wanted {
                continue;
            }
            // Three values are enough to show what the sentence is about.
            for value in cache.values(sentence, kind).iter().take(3 - others.len()) {
                others.push(format!("{} “{}”", value.kind, written(value)));
            }
        }
        let states = if others.is_empty() {
            "no value of any kind".to_string()
        } else {
            others.join(", ")
        };
        Some(NearestMiss {
            span,
            reason: MissReason::OtherKind,
            message: format!(
                "it holds every anchor but no {}; it states {states}",
                claim.kind
            ),
        })
    }

    /// [`Checker::conclude`] after the text's suppression comments: a
    /// silenced wrong place is reported, marked suppressed, and does not
    /// stand in the way of the claim's `match` elsewhere; a claim stated only
    /// in silenced places gets no `missing`.
    fn conclude_silenced(
        &self,
        claim: &Claim,
        seen: Vec<Observation>,
        document: &Document,
    ) -> Vec<Finding> {
        let (silenced, seen): (Vec<Observation>, Vec<Observation>) =
            seen.into_iter().partition(|o| {
                o.verdict.status != Status::Match && document.silences(&claim.id, Some(o.span))
            });
        let mut findings = if silenced.is_empty() || !seen.is_empty() {
            self.conclude(claim, seen)
        } else {
            Vec::new()
        };
        for finding in &mut findings {
            if finding.status == Status::Missing && document.silences(&claim.id, None) {
                finding.suppressed = true;
            }
        }
        let mut silenced: Vec<&Observation> = silenced.iter().collect();
        silenced.sort_by_key(|o| (o.span.start, o.follows_from.is_some()));
        silenced.dedup_by_key(|o| o.span);
        findings.extend(silenced.into_iter().map(|o| Finding {
            suppressed: true,
            ..observed(claim, o, claim.severity)
        }));
        findings.sort_by_key(|f| f.span.map_or(usize::MAX, |s| s.start));
        findings
    }

    /// Values of the claim's kind nearest its anchors, one per sentence that
    /// holds all the anchors.
    fn observe_value(
        &self,
        index: usize,
        claim: &Claim,
        hits: &Hits,
        cache: &mut Extractions,
    ) -> Vec<Observation> {
        let anchors = self.anchors.claim(index);
        let groups: Vec<GroupId> = anchors.all().collect();
        let document: &Document = cache.document;
        let text = document.text();
        let mut seen = Vec::new();
        // The nearest value of the kind in a sentence that holds every
        // anchor but ties none of its values to them, for a claim no
        // sentence states: (sentence, value).
        let mut nearby: Option<(usize, Extracted)> = None;
        for sentence in hits.sentences_with_all(&groups) {
            let clauses = clause::of_sentence(document, sentence);
            let anchor_places: Vec<Vec<Span>> = groups
                .iter()
                .map(|&group| hits.spans(sentence, group).collect())
                .collect();
            let candidates = sentence_candidates(claim, anchors, hits, sentence, cache);
            let by_distance = |value: &&Extracted| {
                (
                    locate::distance(hits, sentence, anchors, value.span),
                    value.span.start,
                )
            };
            let place = SentencePlace {
                hits,
                sentence,
                span: document.sentences()[sentence],
                anchor_places: &anchor_places,
            };
            let (tied, untied): (Vec<&Extracted>, Vec<&Extracted>) = candidates
                .iter()
                .filter(|value| passed_over(claim, text, anchors, &place, value).is_none())
                .partition(|value| clauses.ties(value.span, &anchor_places));
            let Some(found) = tied.into_iter().min_by_key(by_distance).cloned() else {
                if nearby.is_none() {
                    nearby = untied
                        .into_iter()
                        .min_by_key(by_distance)
                        .map(|value| (sentence, value.clone()));
                }
                continue;
            };
            let at = cache.sentence_date(sentence, found.span);
            let verdict = judge::judge_value(claim, &found.value, at);
            let found_text = text[found.span.start..found.span.end].to_string();
            let target = judge::expected_at(claim, at);
            let replacement = match verdict.status {
                Status::Match => None,
                _ => restyle(target, &found_text, cache.published),
            };
            seen.push(Observation {
                verdict,
                span: found.span,
                found: found_text,
                replacement,
                expected: written_at(claim, at),
                follows_from: None,
                attributed_to: None,
                severity_cap: None,
            });
        }
        // No sentence ties a value to the claim. A value of the kind beside
        // its words that agrees with it is taken as stating it; one that
        // does not is said, as a warning, without being judged a mismatch:
        // it may well be another fact of the same sentence.
        if let (true, Some((sentence, found))) = (seen.is_empty(), nearby) {
            let at = cache.sentence_date(sentence, found.span);
            let verdict = judge::judge_value(claim, &found.value, at);
            let agrees = verdict.status == Status::Match;
            seen.push(Observation {
                verdict: if agrees {
                    verdict
                } else {
                    Verdict {
                        status: Status::Missing,
                        reason: None,
                        stale_since: None,
                    }
                },
                span: found.span,
                found: text[found.span.start..found.span.end].to_string(),
                replacement: None,
                expected: written_at(claim, at),
                follows_from: None,
                attributed_to: None,
                severity_cap: Some(Severity::Warning),
            });
        }
        seen
    }

    /// Turns what was seen of a claim into its findings: one for each place
    /// the text states it wrongly, in text order (a value counted from
    /// another wrong one after its root); else one `match` at the first
    /// place that states it right; else one `missing`.
    fn conclude(&self, claim: &Claim, seen: Vec<Observation>) -> Vec<Finding> {
        let mut problems: Vec<&Observation> = seen
            .iter()
            .filter(|o| o.verdict.status != Status::Match)
            .collect();
        problems.sort_by_key(|o| (o.span.start, o.follows_from.is_some()));
        // One place, one finding: a descriptor read twice for the same
        // claim says the same thing twice.
        problems.dedup_by_key(|o| o.span);
        let first_match = seen
            .iter()
            .filter(|o| o.verdict.status == Status::Match)
            .min_by_key(|o| o.span.start);
        if !problems.is_empty() {
            // A capped finding (a title the claims do not list) is said
            // beside a match elsewhere, never in its place.
            let beside = first_match.filter(|_| problems.iter().all(|o| o.severity_cap.is_some()));
            let mut findings: Vec<Finding> = problems
                .into_iter()
                .map(|o| observed(claim, o, claim.severity))
                .collect();
            if let Some(o) = beside {
                findings.push(observed(claim, o, Severity::Info));
                findings.sort_by_key(|f| f.span.map(|s| s.start));
            }
            return findings;
        }
        if let Some(first) = first_match {
            return vec![observed(claim, first, Severity::Info)];
        }
        vec![Finding {
            claim: claim.id.clone(),
            kind: claim.kind,
            status: Status::Missing,
            severity: if claim.required {
                claim.severity
            } else {
                Severity::Info
            },
            reason: None,
            expected: claim.written.clone(),
            found: None,
            replacement: None,
            span: None,
            stale_since: None,
            message: format!("the text does not state {} `{}`", claim.kind, claim.written),
            suppressed: false,
            source: None,
            nearest: None,
        }]
    }

    /// Findings that belong to the claims file, judged at `as_of`: claims
    /// past their validity or due for review. `texts[i]` is how many checked
    /// texts state claim `i`; a claim no text states has nothing to fix in
    /// them and is left out.
    pub fn claims_findings(&self, as_of: Date, texts: &[usize]) -> Vec<ClaimsFinding> {
        let path = self.claims.path.display().to_string();
        self.claims
            .claims
            .iter()
            .zip(texts)
            .filter(|(_, &texts)| texts > 0)
            .filter_map(|(claim, &texts)| {
                let finding = self.claim_outdated(claim, as_of)?;
                Some(ClaimsFinding {
                    path: path.clone(),
                    line: claim.line,
                    column: claim.column,
                    texts,
                    finding,
                    text: None,
                })
            })
            .collect()
    }

    /// The claim's own staleness at `as_of`: outside `valid_from` ..
    /// `valid_until`, else verified longer ago than its review interval.
    fn claim_outdated(&self, claim: &Claim, as_of: Date) -> Option<Finding> {
        let stale = |reason: Reason, severity: Severity, since: Date, message: String| Finding {
            claim: claim.id.clone(),
            kind: claim.kind,
            status: Status::Stale,
            severity,
            reason: Some(reason),
            expected: claim.written.clone(),
            found: None,
            replacement: None,
            span: None,
            stale_since: Some(since),
            message,
            suppressed: false,
            source: None,
            nearest: None,
        };
        match (claim.valid_from, claim.valid_until) {
            (_, Some(until)) if as_of >= until => {
                return Some(stale(
                    Reason::Expired,
                    claim.severity,
                    until,
                    format!("the claim expired on {until}: check the fact again"),
                ))
            }
            (Some(from), _) if as_of < from => {
                return Some(stale(
                    Reason::Expired,
                    claim.severity,
                    from,
                    format!("the claim holds only from {from}, after {as_of}"),
                ))
            }
            _ => {}
        }
        let every = claim.review_every.or(self.claims.review.every)?;
        let verified = claim.verified?;
        let due = every.after(verified);
        (as_of >= due).then(|| {
            stale(
                Reason::Review,
                claim.given_severity.unwrap_or(self.claims.review.severity),
                due,
                format!(
                    "last verified {verified}, more than {every} before {as_of}: check the fact again"
                ),
            )
        })
    }
}

/// The finding for one observation of `claim`, at `severity` unless it
/// follows from another error (then a warning at most).
fn observed(claim: &Claim, o: &Observation, severity: Severity) -> Finding {
    let mut severity = severity;
    let mut message = message(claim, o);
    if let Some(cause) = &o.follows_from {
        severity = severity.min(Severity::Warning);
        message.push_str(&format!(" (follows from another error: {cause})"));
    }
    if let Some(cap) = o.severity_cap {
        severity = severity.min(cap);
    }
    Finding {
        claim: claim.id.clone(),
        kind: claim.kind,
        status: o.verdict.status,
        severity,
        reason: o.verdict.reason,
        expected: o.expected.clone(),
        found: Some(o.found.clone()),
        replacement: o.replacement.clone(),
        span: Some(o.span),
        stale_since: o.verdict.stale_since,
        message,
        suppressed: false,
        source: None,
        nearest: None,
    }
}

/// The values of a claim's kind in a sentence that holds its anchors,
/// read as the claim reads them: sums in "pounds" as weights for a weight
/// in pounds; for a count, only the numbers that count its noun (and
/// "twice" for a count of times).
fn sentence_candidates(
    claim: &Claim,
    anchors: &locate::ClaimAnchors,
    hits: &Hits,
    sentence: usize,
    cache: &mut Extractions,
) -> Vec<Extracted> {
    let text = cache.document.text();
    let mut values = cache.values(sentence, extract_kind(claim)).to_vec();
    if weighs_in_pounds(claim) {
        values.extend(cache.values(sentence, Kind::Money).iter().filter_map(|e| {
            let written = &text[e.span.start..e.span.end];
            let weight = extract::quantity::pounds_as_weight(written, &e.value)?;
            Some(Extracted {
                kind: Kind::Quantity,
                span: e.span,
                value: weight,
            })
        }));
    }
    match anchors.noun {
        Some(noun) => {
            let mut counted: Vec<Extracted> = values
                .into_iter()
                .filter(|value| {
                    hits.spans(sentence, noun)
                        .any(|noun_span| counts(text, value.span, noun_span))
                })
                .collect();
            counted.extend(
                hits.spans(sentence, noun)
                    .filter_map(|span| occasion_count(text, span)),
            );
            counted
        }
        None => values,
    }
}

/// The kind of value the extractors read for a claim: a count's number is
/// a number.
fn extract_kind(claim: &Claim) -> Kind {
    if claim.kind == Kind::Count {
        Kind::Number
    } else {
        claim.kind
    }
}

/// A sentence that holds a claim's anchors, with where they stand in it.
struct SentencePlace<'a> {
    hits: &'a Hits,
    sentence: usize,
    span: Span,
    /// Per anchor group of the claim, its places in the sentence.
    anchor_places: &'a [Vec<Span>],
}

/// Why a value of the claim's kind, in a sentence that holds its anchors,
/// is no candidate for it (said to a reader asking why a claim is
/// missing); `None` when it is one.
fn passed_over(
    claim: &Claim,
    text: &str,
    anchors: &locate::ClaimAnchors,
    place: &SentencePlace,
    value: &Extracted,
) -> Option<&'static str> {
    // "the last time" is no candidate for a claimed "third", nor "a
    // percentage" for a claimed "50 percent".
    if !judge::bears_on(claim, &value.value) {
        return Some("is not a value the claim can be compared with");
    }
    if counts_another_thing(claim, text, place.span, value.span) {
        return Some("counts something none of the `about` phrases names");
    }
    if inside_an_about_phrase(place.hits, place.sentence, anchors, value.span) {
        return Some("is part of an `about` phrase");
    }
    if apposed_to_another_name(claim, text, place.span, value.span, place.anchor_places) {
        return Some("is set beside another person's name");
    }
    None
}

/// Whether a value lies inside the words of one of the claim's `about`
/// phrases: the number of "one-under", for the round a golfer shot "a
/// one-under 71", names the fact, it does not state it. (A counted noun's
/// place may hold its own count, "twice", so it is not among them.)
fn inside_an_about_phrase(
    hits: &Hits,
    sentence: usize,
    anchors: &locate::ClaimAnchors,
    value: Span,
) -> bool {
    anchors.about.iter().any(|&group| {
        hits.spans(sentence, group)
            .any(|place| place.start <= value.start && value.end <= place.end)
    })
}

/// Whether a value is set beside a name as its apposition ("Thompson, 22,
/// carded", "to lead Pettersen (68)") where that name is none of the
/// claim's: such a value is that person's (an age, a score), whatever
/// else its clause holds. Only for a claim that names someone, so that the
/// value stays a candidate for claims about the clause's other words.
fn apposed_to_another_name(
    claim: &Claim,
    text: &str,
    sentence: Span,
    value: Span,
    anchor_places: &[Vec<Span>],
) -> bool {
    let names_someone = claim.person.is_some()
        || claim.about.iter().any(|phrase| {
            phrase
                .split_whitespace()
                .any(extract::title::words::is_name_word)
        });
    if !names_someone {
        return false;
    }
    let Some(name) = apposed_name(text, sentence, value) else {
        return false;
    };
    !anchor_places
        .iter()
        .flatten()
        .any(|place| place.start < name.end && name.start < place.end)
}

/// The capitalised word a value is set beside, between commas ("Thompson,
/// 22, carded"; a sentence's end closes it too) or in parentheses ("Pettersen (68)"): the word's span. Not
/// a sentence's first word, whose capital says nothing, nor a month or a
/// weekday ("in March (2.3%)").
fn apposed_name(text: &str, sentence: Span, value: Span) -> Option<Span> {
    let before = text[sentence.start..value.start].trim_end();
    let after = text[value.end..sentence.end].trim_start();
    let opener = before.chars().last()?;
    let closed = match opener {
        ',' => after.is_empty() || after.starts_with([',', '.', ';', ':', '!', '?']),
        '(' => after.starts_with(')'),
        _ => false,
    };
    if !closed {
        return None;
    }
    let head = before[..before.len() - opener.len_utf8()].trim_end();
    let word_start = head
        .rfind(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-' || c == '.'))
        .map_or(0, |i| {
            i + head[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &head[word_start..];
    let first_word = head[..word_start].trim().is_empty();
    let is_name =
        extract::title::words::is_name_word(word) && !extract::title::words::is_calendar_word(word);
    (is_name && !first_word).then(|| {
        let start = sentence.start + word_start;
        Span::new(start, start + word.len())
    })
}

/// Whether `claim` is a weight in pounds: then the sums a text writes as
/// "pounds", which money cues make sterling, are its candidates too, read
/// as weights ("shipped 12 million pounds last year").
fn weighs_in_pounds(claim: &Claim) -> bool {
    matches!(&claim.expected, Expected::Value(Value::Quantity { unit, .. }) if unit == "pound")
}

/// Whether the number at `number` counts things a number claim is not
/// about: "carded six birdies" states a count of birdies, never a golfer's
/// age or a round's score. A count stays a candidate when its counted noun
/// is one of the claim's `about` phrases ("300 arrests" for a number claim
/// about "arrests").
fn counts_another_thing(claim: &Claim, text: &str, sentence: Span, number: Span) -> bool {
    if claim.kind != Kind::Number {
        return false;
    }
    let words = &text[sentence.start..sentence.end];
    let relative = Span::new(number.start - sentence.start, number.end - sentence.start);
    let Some(noun) = crate::extract_run::counted_noun(words, relative) else {
        return false;
    };
    let noun = words[noun.start..noun.end].to_lowercase();
    // "votes" of a claim about "vote passed": the noun's singular is one
    // of the words the claim is about.
    let singular = noun.strip_suffix('s').unwrap_or(&noun);
    !claim.about.iter().any(|about| {
        let about = about.to_lowercase();
        noun == about
            || noun.ends_with(&format!(" {about}"))
            || about.ends_with(&noun)
            || about.split_whitespace().any(|word| word == singular)
    })
}

/// "twice" (or "once", "thrice") at `span` as a number of times; "once"
/// only where it is not the conjunction ("once the deal was signed").
fn occasion_count(text: &str, span: Span) -> Option<Extracted> {
    let word = text[span.start..span.end].to_ascii_lowercase();
    let &(_, number) = locate::OCCASION_WORDS.iter().find(|(w, _)| *w == word)?;
    if word == "once" {
        let mut after = text[span.end..].split_whitespace().map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        });
        let next = after.next().unwrap_or_default();
        let clause = [
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their",
            "again", "more", "upon",
        ];
        // "once this year" counts; "once this is done" is the conjunction.
        let periods = [
            "year", "month", "week", "day", "time", "season", "decade", "term",
        ];
        let demonstrative = matches!(next.as_str(), "this" | "that" | "these" | "those");
        if clause.contains(&next.as_str())
            || (demonstrative && !after.next().is_some_and(|w| periods.contains(&w.as_str())))
        {
            return None;
        }
    }
    Some(Extracted {
        kind: Kind::Number,
        span,
        value: Value::Number {
            number: crate::extract::Magnitude::Exact(number),
            qualifier: None,
        },
    })
}

/// Whether `number` counts the noun at `noun`: it comes before the noun
/// with at most three words between and no punctuation that ends a phrase.
fn counts(text: &str, number: Span, noun: Span) -> bool {
    if number.end > noun.start {
        return false;
    }
    let between = &text[number.end..noun.start];
    if between.chars().any(|c| ",;:()—–!?\"“”".contains(c)) {
        return false;
    }
    between.split_whitespace().count() <= 3
}

/// The claim's value at `at`, as the claims file writes it.
fn written_at(claim: &Claim, at: Date) -> String {
    let expected = judge::expected_at(claim, at);
    claim
        .previously
        .iter()
        .find(|p| std::ptr::eq(&p.value, expected))
        .map_or_else(|| claim.written.clone(), |p| p.written.clone())
}

/// The claimed value written in the style of the text's `found` wording.
fn restyle(expected: &Expected, found: &str, published: Date) -> Option<String> {
    if let Expected::Count {
        number:
            Value::Number {
                number: crate::extract::Magnitude::Exact(n),
                ..
            },
        ..
    } = expected
    {
        let occasions = locate::OCCASION_WORDS
            .iter()
            .any(|(w, _)| found.eq_ignore_ascii_case(w));
        if occasions {
            // "twice" -> "three times", "once" when one is claimed.
            return Some(match *n {
                1.0 => "once".to_string(),
                2.0 => "twice".to_string(),
                _ => format!("{} times", extract::numeric::restyle_number(*n, "three")),
            });
        }
    }
    match expected {
        Expected::Value(value @ Value::Money { .. }) => extract::money::restyle(value, found),
        Expected::Value(value @ Value::Percent { .. }) => extract::percent::restyle(value, found),
        Expected::Value(value @ Value::Quantity { .. }) => extract::quantity::restyle(value, found),
        Expected::Value(value @ Value::Duration { .. }) => extract::duration::restyle(value, found),
        Expected::Value(value @ Value::Ordinal { .. }) => extract::ordinal::restyle(value, found),
        Expected::Value(Value::Date(date)) => extract::date::restyle(date, found, published),
        Expected::Value(Value::Number {
            number: crate::extract::Magnitude::Exact(n),
            ..
        })
        | Expected::Count {
            number:
                Value::Number {
                    number: crate::extract::Magnitude::Exact(n),
                    ..
                },
            ..
        } => Some(extract::numeric::restyle_number(*n, found)),
        _ => None,
    }
}

fn message(claim: &Claim, o: &Observation) -> String {
    let (found, expected) = match claim.kind {
        Kind::Quote => (format!("“{}”", o.found), format!("“{}”", o.expected)),
        Kind::Title => (format!("“{}”", o.found), o.expected.clone()),
        _ => (o.found.clone(), o.expected.clone()),
    };
    if let Some(name) = &o.attributed_to {
        let speaker = claim.speaker.as_deref().unwrap_or("someone else");
        return format!(
            "the text gives the quote {found} to {name}; the claim's speaker is {speaker}"
        );
    }
    if o.verdict.status == Status::Missing {
        let words = claim
            .about
            .iter()
            .map(|a| format!("“{a}”"))
            .collect::<Vec<_>>()
            .join(" and ");
        return format!(
            "stated nearby as {found}, not tied to {words}: the value sits in another clause, so it is not judged"
        );
    }
    match (o.verdict.status, o.verdict.reason) {
        (Status::Match, _) => format!("the text states {} {found}", claim.kind),
        (Status::Stale, Some(Reason::Superseded)) => {
            let until = o
                .verdict
                .stale_since
                .map_or_else(String::new, |d| format!(" until {d}"));
            format!(
                "superseded {}: the text says {found}, which held{until}; now {expected}",
                claim.kind
            )
        }
        _ if claim.kind == Kind::Title && o.severity_cap.is_some() => {
            format!("title {found} is not among the claimed titles: {expected}")
        }
        _ if claim.kind == Kind::Title => {
            format!("title differs: the text says {found}, which is none of: {expected}")
        }
        _ => format!(
            "{} differs: the text says {found}, the claim {expected}",
            claim.kind
        ),
    }
}

/// A relative date ("the following year") counted from another date in its
/// sentence is wrong whenever that date is: report the root error, and the
/// relative one as a warning that follows from it.
fn mark_consequent_dates(
    claims: &ClaimSet,
    document: &Document,
    published: Date,
    observations: &mut [Vec<Observation>],
) {
    // Per sentence, its wrong dates in claims-file order: a long text has
    // wrong dates in thousands of sentences, and each relative date looks
    // only at its own sentence's.
    let mut wrong_dates: BTreeMap<usize, Vec<Span>> = BTreeMap::new();
    for (_, seen) in claims
        .claims
        .iter()
        .zip(observations.iter())
        .filter(|(c, _)| c.kind == Kind::Date)
    {
        for o in seen.iter().filter(|o| o.verdict.status != Status::Match) {
            let sentence = document
                .sentence_index_at(o.span.start)
                .unwrap_or(usize::MAX);
            wrong_dates.entry(sentence).or_default().push(o.span);
        }
    }
    for (claim, seen) in claims.claims.iter().zip(observations.iter_mut()) {
        if claim.kind != Kind::Date {
            continue;
        }
        for observation in seen.iter_mut() {
            if observation.verdict.status == Status::Match
                // Read on its own, a relative date has nothing to count from.
                || !extract::date::dates(&observation.found, published).is_empty()
            {
                continue;
            }
            let root = document
                .sentence_index_at(observation.span.start)
                .and_then(|sentence| wrong_dates.get(&sentence))
                .and_then(|spans| spans.iter().find(|span| span.end <= observation.span.start));
            if let Some(span) = root {
                let text = &document.text()[span.start..span.end];
                observation.follows_from =
                    Some(format!("it is counted from {text}, which is wrong too"));
            }
        }
    }
}

/// Values extracted per sentence and kind, computed on first use.
struct Extractions<'d> {
    document: &'d Document,
    published: Date,
    /// Per sentence, the values of each kind read so far. A short list
    /// rather than a map: a sentence is read for a few kinds at most, and
    /// a long text has hundreds of thousands of sentences, where a map's
    /// node per sentence would cost more than the values.
    by_sentence: Vec<Vec<(Kind, Box<[Extracted]>)>>,
    /// Per sentence, once read: its one stated date, where it stands and
    /// the day it dates the sentence to (see [`Extractions::sentence_date`]).
    dates: Vec<Option<Option<(Span, Date)>>>,
    /// Per sentence, the claimed date of the text's one date, where a date
    /// claim located it: (where the text wrote it, the claimed date).
    curated: BTreeMap<usize, (Span, DateValue)>,
}

impl<'d> Extractions<'d> {
    fn new(document: &'d Document, published: Date) -> Extractions<'d> {
        let sentences = document.sentences().len();
        Extractions {
            document,
            published,
            by_sentence: vec![Vec::new(); sentences],
            dates: vec![None; sentences],
            curated: BTreeMap::new(),
        }
    }

    /// Records that a date claim located the date at `span` of `sentence`.
    fn curated_date(&mut self, sentence: usize, span: Span, claimed: &DateValue) {
        self.curated.insert(sentence, (span, *claimed));
        self.dates[sentence] = None;
    }

    /// Values of `kind` in sentence `sentence`, spans in document bytes.
    fn values(&mut self, sentence: usize, kind: Kind) -> &[Extracted] {
        let span = self.document.sentences()[sentence];
        let text = &self.document.text()[span.start..span.end];
        let published = self.published;
        let read = &mut self.by_sentence[sentence];
        let at = match read.iter().position(|(k, _)| *k == kind) {
            Some(at) => at,
            None => {
                // Most sentences are read for one kind: no room for four.
                read.reserve_exact(1);
                read.push((kind, Self::read(text, span.start, kind, published)));
                read.len() - 1
            }
        };
        &read[at].1
    }

    /// Values of `kind` in `text`, a sentence that starts at document
    /// byte `start`: spans in document bytes, held without spare capacity
    /// (the extractors collect in place from larger hits).
    fn read(text: &str, start: usize, kind: Kind, published: Date) -> Box<[Extracted]> {
        let found = match kind {
            Kind::Money => extract::money::money(text),
            Kind::Number | Kind::Count => extract::numeric::numbers(text),
            Kind::Percent => extract::percent::percents(text),
            Kind::Quantity => extract::quantity::quantities(text),
            Kind::Duration => extract::duration::durations(text),
            Kind::Date => extract::date::dates(text, published),
            Kind::Ordinal => extract::ordinal::ordinals(text),
            Kind::Title | Kind::Quote | Kind::Identifier => Vec::new(),
        };
        found.into_iter().map(|e| e.shifted(start)).collect()
    }

    /// The date the value at `at` of a sentence speaks of: the sentence's
    /// one stated date when it states exactly one, on or before
    /// publication ("a photo taken on May 14"), and that date stands in the
    /// value's clause or in the sentence's first, main clause; else the
    /// publication date. A date in a side clause ("…, while rents rose in
    /// 2019") dates that clause's facts, not the main clause's. Where a
    /// date claim located the sentence's date, the claimed date stands for
    /// it, as long as it is as precise as a month: a claimed year would
    /// move a dated sentence to the year's first day.
    fn sentence_date(&mut self, sentence: usize, at: Span) -> Date {
        let stated = match self.dates[sentence] {
            Some(stated) => stated,
            None => {
                let stated = self.stated_date(sentence);
                self.dates[sentence] = Some(stated);
                stated
            }
        };
        let Some((span, date)) = stated else {
            return self.published;
        };
        let sentence_span = self.document.sentences()[sentence];
        let clauses = clause::of_sentence(self.document, sentence);
        let clause = clauses.of(span.start);
        if clause == clauses.of(at.start) || clause == clauses.of(sentence_span.start) {
            date
        } else {
            self.published
        }
    }

    /// The one date a sentence states, where it stands and the day it
    /// dates the sentence to; `None` when it states none or several.
    fn stated_date(&mut self, sentence: usize) -> Option<(Span, Date)> {
        let published = self.published;
        let stated: Vec<(Span, DateValue)> = self
            .values(sentence, Kind::Date)
            .iter()
            .filter_map(|e| match &e.value {
                Value::Date(d) => Some((e.span, *d)),
                _ => None,
            })
            .collect();
        match stated.as_slice() {
            [(span, one)] if !one.range && one.grain <= Grain::Month => {
                let one = match self.curated.get(&sentence) {
                    Some((curated_span, claimed))
                        if curated_span == span && claimed.grain <= Grain::Month =>
                    {
                        claimed
                    }
                    _ => one,
                };
                Some((*span, one.start.min(published)))
            }
            _ => None,
        }
    }
}

/// The findings of checking `text` against the claims file `claims`
/// (TOML), as of 2025-11-24: for the checkers' table tests.
#[cfg(test)]
pub(crate) fn findings_for(claims: &str, text: &str) -> Vec<Finding> {
    let claims = crate::claims::parse_claims(std::path::Path::new("claims.toml"), claims)
        .expect("test claims load");
    let document = Document::new("t", text.to_string());
    Checker::new(&claims).check(&document, Date::constant(2025, 11, 24))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn occasion_words_count_times() {
        #[track_caller]
        fn case(text: &str, word: &str, number: Option<f64>) {
            let start = text.find(word).unwrap();
            let found = occasion_count(text, Span::new(start, start + word.len()));
            let found = found.map(|e| match e.value {
                Value::Number { number, .. } => number.min(),
                _ => f64::NAN,
            });
            assert_eq!(found, number, "{text:?}");
        }
        case("They met twice this year.", "twice", Some(2.0));
        case("They met once this year.", "once", Some(1.0));
        case("He tried thrice.", "thrice", Some(3.0));
        case("Once the deal closed, they met.", "Once", None);
        case("Once this is done, they meet.", "Once", None);
        case("They met once again.", "once", None);
        case("They met once, in June.", "once", Some(1.0));
    }

    #[test]
    fn counted_things_follow_their_number_closely() {
        #[track_caller]
        fn case(text: &str, number: (usize, usize), noun: (usize, usize), counts_it: bool) {
            let result = counts(
                text,
                Span::new(number.0, number.1),
                Span::new(noun.0, noun.1),
            );
            assert_eq!(result, counts_it, "{text:?}");
        }
        case("13 U.S. service members", (0, 2), (3, 23), true);
        case("three other co-founders", (0, 5), (12, 23), true);
        case("three, and the co-founders", (0, 5), (15, 26), false);
        case(
            "three of the many other co-founders",
            (0, 5),
            (24, 35),
            false,
        );
        case("co-founders: three", (13, 18), (0, 11), false);
    }

    #[test]
    fn a_value_set_beside_a_name_is_that_names() {
        #[track_caller]
        fn case(text: &str, value: &str, name: Option<&str>) {
            let start = text.find(value).unwrap();
            let span = Span::new(start, start + value.len());
            let found =
                apposed_name(text, Span::new(0, text.len()), span).map(|s| &text[s.start..s.end]);
            assert_eq!(found, name, "{text:?}");
        }
        case(
            "World leader Thompson, 22, carded six birdies.",
            "22",
            Some("Thompson"),
        );
        case(
            "She trails Norway's Pettersen (68) by one.",
            "68",
            Some("Pettersen"),
        );
        case("The winner was Ana Ruiz, 31.", "31", Some("Ruiz"));
        // Not a name: a common word, a month, the sentence's first word.
        case(
            "Turnover rose to £1,089m, from £1,037m, in the year.",
            "£1,037m",
            None,
        );
        case("Prices rose in March (2.3%) and fell.", "2.3%", None);
        case("Thompson, 22, leads.", "22", None);
        // Not set off on both sides.
        case("Thompson, 22 years old, leads the field.", "22", None);
        case("Police arrested Smith (and 12 others).", "12", None);
    }

    #[test]
    fn a_quantity_claim_in_pounds_reads_pounds_as_a_weight() {
        let claims = crate::claims::parse_claims(
            std::path::Path::new("claims.toml"),
            "[[claim]]\nid = \"grain\"\nabout = [\"grain\"]\nquantity = \"12 million pounds\"\n",
        )
        .expect("a weight in pounds loads as a quantity");
        #[track_caller]
        fn case(claims: &crate::claims::ClaimSet, text: &str, want: Option<(Status, &str)>) {
            let document = Document::new("t.txt", text.to_string());
            let findings = Checker::new(claims).check(&document, Date::constant(2025, 1, 1));
            let got = findings
                .iter()
                .find(|f| f.status != Status::Missing)
                .map(|f| (f.status, f.found.as_deref().unwrap_or("")));
            assert_eq!(got, want, "{text:?}");
        }
        use Status::*;
        case(
            &claims,
            "Grain exports reached 12 million pounds.",
            Some((Match, "12 million pounds")),
        );
        case(
            &claims,
            "Grain exports reached 13 million pounds.",
            Some((Mismatch, "13 million pounds")),
        );
        case(
            &claims,
            "They shipped 13 million pounds of grain.",
            Some((Mismatch, "13 million pounds")),
        );
        // A sum written with the sign is sterling, never a weight.
        case(&claims, "Grain exports earned £13 million.", None);
        case(
            &claims,
            "Grain exports reached 5.4 million kilograms.",
            Some((Match, "5.4 million kilograms")),
        );
    }

    #[test]
    fn suppression_applies_before_a_claims_findings_are_chosen() {
        let claims = crate::claims::parse_claims(
            std::path::Path::new("claims.toml"),
            "[[claim]]\nid = \"deal\"\nabout = [\"Strategic Metals\"]\nmoney = \"$500 million\"\n\n\
             [[claim]]\nid = \"rate\"\nabout = [\"tariff\"]\npercent = \"50 percent\"\nrequired = true\n",
        )
        .expect("valid claims");
        let published = Date::constant(2025, 11, 24);
        let check = |text: &str| {
            let document = Document::new("t.md", text.to_string());
            let findings = Checker::new(&claims).check(&document, published);
            findings
                .into_iter()
                .map(|f| {
                    let place = f.span.map(|s| text[s.start..s.end].to_string());
                    (f.claim, f.status, f.suppressed, place)
                })
                .collect::<Vec<_>>()
        };
        use Status::*;
        let some = |s: &str| Some(s.to_string());
        // A silenced wrong place does not hide the right one.
        let text = "<!-- factlint-disable-next-line deal -->\nHe claimed a $550 million deal with Strategic Metals.\n\n\
                    The Strategic Metals deal was worth $500 million.\n";
        assert_eq!(
            check(text),
            [
                ("deal".into(), Mismatch, true, some("$550 million")),
                ("deal".into(), Match, false, some("$500 million")),
                ("rate".into(), Missing, false, None),
            ]
        );
        // Stated only where silenced: no `missing` besides.
        let text = "<!-- factlint-disable -->\nA $550 million deal with Strategic Metals.\n";
        assert_eq!(
            check(text)[0],
            ("deal".into(), Mismatch, true, some("$550 million"))
        );
        assert_eq!(check(text).len(), 2);
        // A disable naming a claim, never ended, silences its `missing`.
        let text = "Nothing here.\n<!-- factlint-disable rate -->\n";
        assert_eq!(check(text)[1], ("rate".into(), Missing, true, None));
        // Spans speak of the file, markup and all.
        let text = "# Deal\n\nA **big** $550 million deal with *Strategic Metals*.\n";
        assert_eq!(
            check(text)[0],
            ("deal".into(), Mismatch, false, some("$550 million"))
        );
    }

    /// The first finding of `claim` when `text` is checked against `claims`
    /// (TOML): its status, what it found, and its severity.
    #[track_caller]
    #[test]
    fn a_missing_claim_names_its_nearest_sentence_and_why() {
        #[track_caller]
        fn case(claim: &str, text: &str, want: Option<(&str, MissReason, &str)>) {
            let claims = format!("[[claim]]\nid = \"c\"\n{claim}\n");
            let finding = findings_for(&claims, text)
                .into_iter()
                .next()
                .expect("a finding");
            assert_eq!(finding.status, Status::Missing, "{text}");
            let got = finding.nearest.map(|n| {
                let sentence = n.span.map_or("", |s| &text[s.start..s.end]);
                (sentence.to_string(), n.reason, n.message)
            });
            match (got, want) {
                (Some((sentence, reason, message)), Some((want_sentence, want_reason, says))) => {
                    assert_eq!(
                        (sentence.as_str(), reason),
                        (want_sentence, want_reason),
                        "{text}"
                    );
                    assert!(message.contains(says), "{message:?} does not say {says:?}");
                }
                (got, want) => assert_eq!(got.is_none(), want.is_none(), "{text}: {got:?}"),
            }
        }
        let fare = "about = [\"council\", \"fare\"]\nmoney = \"$5\"";
        // The sentence with the most phrases; the one it lacks named.
        case(
            fare,
            "The fare is $5. The council met twice. The council set the fare on Monday.",
            Some((
                "The council set the fare on Monday.",
                MissReason::OtherKind,
                "no money; it states date “Monday”",
            )),
        );
        case(
            fare,
            "Riders paid more. The council met on Monday.",
            Some((
                "The council met on Monday.",
                MissReason::AnchorAbsent,
                "holds “council” but not “fare”",
            )),
        );
        case(
            fare,
            "Riders paid more.",
            Some((
                "",
                MissReason::AnchorAbsent,
                "no sentence holds any of “council”, “fare”",
            )),
        );
        // Every phrase, and a value the sentence gives to someone else.
        case(
            "about = [\"Ruiz\", \"age\"]\nnumber = \"41\"",
            "Ruiz spoke of the age gap with Ortiz, 38.",
            Some((
                "Ruiz spoke of the age gap with Ortiz, 38.",
                MissReason::NotTied,
                "“38” is set beside another person's name",
            )),
        );
        // A count whose noun no number counts.
        case(
            "about = [\"stranded\"]\ncount = \"120 riders\"",
            "Some riders were stranded for 3 hours.",
            Some((
                "Some riders were stranded for 3 hours.",
                MissReason::NotTied,
                "none of its numbers counts “riders”",
            )),
        );
        // A quote is found by its words: no nearest sentence.
        case(
            "speaker = \"Ana Ruiz\"\nquote = \"We will rebuild.\"",
            "Ana Ruiz spoke briefly.",
            None,
        );
    }

    #[test]
    fn a_date_dates_its_own_clause_and_the_main_one() {
        #[track_caller]
        fn case(text: &str, value: &str, want: Date) {
            let document = Document::new("t", text.to_string());
            let mut cache = Extractions::new(&document, Date::constant(2025, 11, 24));
            let start = text.find(value).expect("the value is in the text");
            let at = cache.sentence_date(0, Span::new(start, start + value.len()));
            assert_eq!(at, want, "{text:?} at {value:?}");
        }
        let published = Date::constant(2025, 11, 24);
        let march = Date::constant(2019, 3, 1);
        case("In March 2019 the firm employed 500 people.", "500", march);
        // A date in the main clause dates a side clause's value too.
        case(
            "In March 2019 the firm, which employed 500 people, grew.",
            "500",
            march,
        );
        // A side clause's date dates its own clause only.
        case(
            "The firm employs 500 people, while rents rose in March 2019.",
            "500",
            published,
        );
        case(
            "The firm employs 500 people, while rents rose 4% in March 2019.",
            "4%",
            march,
        );
    }

    #[test]
    fn a_claimed_year_does_not_move_a_dated_sentence() {
        let document = Document::new(
            "t",
            "On 4 May 2021 the plant employed 500 people.".to_string(),
        );
        let mut cache = Extractions::new(&document, Date::constant(2025, 11, 24));
        let text = document.text();
        let start = text.find("4 May 2021").unwrap();
        let date_span = Span::new(start, start + "4 May 2021".len());
        let year = crate::extract::date::parse_claim_date("2021").expect("a year");
        cache.curated_date(0, date_span, &year);
        let at = text.find("500").unwrap();
        assert_eq!(
            cache.sentence_date(0, Span::new(at, at + 3)),
            Date::constant(2021, 5, 4)
        );
        // A claimed day as precise as the text's stands for it.
        let day = crate::extract::date::parse_claim_date("2021-05-05").expect("a day");
        cache.curated_date(0, date_span, &day);
        assert_eq!(
            cache.sentence_date(0, Span::new(at, at + 3)),
            Date::constant(2021, 5, 5)
        );
    }

    fn first_finding(claims: &str, text: &str, claim: &str) -> (Status, Option<String>, Severity) {
        let finding = findings_for(claims, text)
            .into_iter()
            .find(|f| f.claim == claim)
            .expect("the claim has a finding");
        (finding.status, finding.found, finding.severity)
    }

    #[test]
    fn kinds_stay_apart_and_values_are_judged_where_tied() {
        use Status::*;
        let age = "[[claim]]\nid = \"age\"\nabout = [\"Thompson\"]\nnumber = \"22\"\n";
        #[track_caller]
        fn case(claims: &str, text: &str, status: Status, found: Option<&str>, severity: Severity) {
            let (got, got_found, got_severity) = first_finding(claims, text, claim_of(claims));
            assert_eq!(
                (got, got_found.as_deref(), got_severity),
                (status, found, severity),
                "{text:?}"
            );
        }
        fn claim_of(claims: &str) -> &str {
            let start = claims.find("id = \"").unwrap() + 6;
            &claims[start..start + claims[start..].find('"').unwrap()]
        }
        use Severity::*;
        // A count of birdies is not a golfer's number.
        case(
            age,
            "Thompson, 22, carded six birdies.",
            Match,
            Some("22"),
            Info,
        );
        case(
            age,
            "Thompson, 23, carded six birdies.",
            Mismatch,
            Some("23"),
            Error,
        );
        case(age, "Thompson carded six birdies.", Missing, None, Info);
        // ... unless the claim is about what is counted.
        let arrests = "[[claim]]\nid = \"arrests\"\nabout = [\"arrests\"]\nnumber = \"300\"\n";
        case(
            arrests,
            "Police made more than 300 arrests.",
            Match,
            Some("more than 300"),
            Info,
        );
        case(
            arrests,
            "Police made 400 arrests.",
            Mismatch,
            Some("400"),
            Error,
        );
        // A word of the claim's `about` names what is counted ("votes" of
        // a "vote"); the number set against it counts votes too.
        let tally = "[[claim]]\nid = \"tally\"\nabout = [\"vote passed\"]\nnumber = \"51\"\n";
        case(
            tally,
            "The vote passed by 51 votes to 38.",
            Match,
            Some("51"),
            Info,
        );
        case(
            tally,
            "The vote passed by 52 votes to 38.",
            Mismatch,
            Some("52"),
            Error,
        );
        // A value in another clause than the claim's words is no mismatch:
        // it agrees (match), or is reported beside them as a warning.
        let costs = "[[claim]]\nid = \"costs\"\nabout = [\"costs\"]\npercent = \"3%\"\n";
        case(
            costs,
            "Revenue rose 5%, while costs fell 3%.",
            Match,
            Some("3%"),
            Info,
        );
        case(
            costs,
            "Costs were flat, but revenue rose 5%.",
            Missing,
            Some("5%"),
            Warning,
        );
        case(
            costs,
            "Revenue rose 5%, while costs fell 4%.",
            Mismatch,
            Some("4%"),
            Error,
        );
    }

    #[test]
    fn relative_ordinals_and_unstated_percents_judge_only_their_own_sort() {
        let claims = crate::claims::parse_claims(
            std::path::Path::new("claims.toml"),
            "[[claim]]\nid = \"rank\"\nabout = [\"economy\"]\nordinal = \"third\"\n\n\
             [[claim]]\nid = \"stage\"\nabout = [\"Tour\"]\nordinal = \"penultimate\"\n\n\
             [[claim]]\nid = \"share\"\nabout = [\"tariff\"]\npercent = \"50 percent\"\n",
        )
        .expect("valid claims");
        #[track_caller]
        fn case(claims: &ClaimSet, text: &str, claim: &str, status: Status, found: Option<&str>) {
            let document = Document::new("t", text.to_string());
            let published = Date::constant(2025, 11, 24);
            let finding = Checker::new(claims)
                .check(&document, published)
                .into_iter()
                .find(|f| f.claim == claim)
                .unwrap();
            assert_eq!(
                (finding.status, finding.found.as_deref()),
                (status, found),
                "{claim} in {text:?}"
            );
        }
        use Status::*;
        // "last" sits nearer the anchor, but says nothing of a numbered rank.
        let rank = "The last time it grew, the economy was the world's third-largest.";
        case(&claims, rank, "rank", Match, Some("third"));
        let wrong = "The last time it grew, the economy was the world's fourth-largest.";
        case(&claims, wrong, "rank", Mismatch, Some("fourth"));
        case(
            &claims,
            "The last economy report came out.",
            "rank",
            Missing,
            None,
        );
        // A relative claim is judged by relative ordinals only.
        let stage = "He won the penultimate stage of the Tour, his third.";
        case(&claims, stage, "stage", Match, Some("penultimate"));
        let last = "He won the last stage of the Tour, his third.";
        case(&claims, last, "stage", Mismatch, Some("last"));
        // "the percentage" states no amount to compare.
        let share = "The tariff raised the percentage of imports taxed to 50 percent.";
        case(&claims, share, "share", Match, Some("50 percent"));
        let vague = "The tariff raised the percentage of imports taxed.";
        case(&claims, vague, "share", Missing, None);
    }
}
