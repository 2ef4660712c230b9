//! Finding where a text talks about each claim.
//!
//! Every anchor of every claim — `about` phrases, entity names and their
//! aliases, counted nouns, persons — goes into one case-insensitive
//! Aho-Corasick automaton, so a text is scanned once however many claims
//! there are. Anchors that spell the same set of words (an entity and its
//! aliases) form one *group*; a claim needs every one of its groups in a
//! sentence for that sentence to state it.

use crate::claims::{ClaimSet, Expected};
use crate::document::Document;
use crate::extract::{Kind, Span};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;

/// Identifies a group of spellings that count as one anchor.
pub type GroupId = usize;

/// The anchors one claim needs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClaimAnchors {
    /// One group per `about` phrase.
    pub about: Vec<GroupId>,
    /// Per `about` phrase, whether it names an entity: one of `[entities]`,
    /// or a proper name of two words or more ([`is_proper_name`]). Names say whose fact it is; the other phrases are picked to sit next
    /// to the value ("hosted", "sentence"), so they weigh first.
    pub about_is_entity: Vec<bool>,
    /// The counted noun of a count claim.
    pub noun: Option<GroupId>,
    /// The holder of a title claim.
    pub person: Option<GroupId>,
    /// The speaker of a quote claim. Not required in a sentence (quotes are
    /// found by their words), but a quote near its speaker's name may be a
    /// misquote even when few of its words survive.
    pub speaker: Option<GroupId>,
}

impl ClaimAnchors {
    /// Every group that must occur in a sentence stating the claim.
    pub fn all(&self) -> impl Iterator<Item = GroupId> + '_ {
        self.about
            .iter()
            .copied()
            .chain(self.noun)
            .chain(self.person)
    }
}

/// The compiled anchors of a claims file.
pub struct Anchors {
    automaton: AhoCorasick,
    /// For each pattern of the automaton, the groups it belongs to.
    pattern_groups: Vec<Vec<GroupId>>,
    /// Per claim, in the claims file's order.
    claims: Vec<ClaimAnchors>,
    group_count: usize,
}

/// Where each anchor group occurs in a document, by sentence.
pub struct Hits {
    /// Every hit, `(group, span)`, sentence by sentence and in text order
    /// within one; spans are in document bytes. One list for the text
    /// rather than one per sentence: a long text has hundreds of thousands
    /// of sentences, and a list of its own for each weighed more than its
    /// hits.
    hits: Vec<(GroupId, Span)>,
    /// Sentence `s`'s hits are `hits[starts[s]..starts[s + 1]]`.
    starts: Vec<usize>,
    /// `by_group[g]`: the sentences where group `g` occurs, ascending, so
    /// that finding a claim's sentences costs the hits of its rarest anchor,
    /// not a pass over every sentence.
    by_group: Vec<Vec<usize>>,
}

impl Anchors {
    pub fn new(claims: &ClaimSet) -> Anchors {
        let mut groups: HashMap<Vec<String>, GroupId> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_ids: HashMap<String, usize> = HashMap::new();
        let mut pattern_groups: Vec<Vec<GroupId>> = Vec::new();

        let mut group_of = |spellings: Vec<String>| -> GroupId {
            let mut key: Vec<String> = spellings
                .iter()
                .map(|s| normalize_anchor(s))
                .filter(|s| !s.is_empty())
                .collect();
            key.sort();
            key.dedup();
            if let Some(&id) = groups.get(&key) {
                return id;
            }
            let id = groups.len();
            for spelling in &key {
                for variant in spelling_variants(spelling) {
                    let pattern = *pattern_ids.entry(variant.clone()).or_insert_with(|| {
                        patterns.push(variant);
                        pattern_groups.push(Vec::new());
                        patterns.len() - 1
                    });
                    if !pattern_groups[pattern].contains(&id) {
                        pattern_groups[pattern].push(id);
                    }
                }
            }
            groups.insert(key, id);
            id
        };

        let claim_anchors = claims
            .claims
            .iter()
            .map(|claim| {
                let about = claim
                    .about
                    .iter()
                    .map(|phrase| group_of(claims.spellings(phrase)))
                    .collect();
                let about_is_entity = claim
                    .about
                    .iter()
                    .map(|phrase| claims.entities.contains_key(phrase) || is_proper_name(phrase))
                    .collect();
                let noun = match &claim.expected {
                    Expected::Count { noun, .. } => {
                        let mut spellings = vec![noun.clone()];
                        if counts_occasions(noun) {
                            spellings.extend(OCCASION_WORDS.iter().map(|(w, _)| w.to_string()));
                        }
                        Some(group_of(spellings))
                    }
                    _ => None,
                };
                let person = match (&claim.kind, &claim.person) {
                    (Kind::Title, Some(person)) => Some(group_of(claims.spellings(person))),
                    _ => None,
                };
                let speaker = match (&claim.kind, &claim.speaker) {
                    (Kind::Quote, Some(speaker)) => Some(group_of(claims.spellings(speaker))),
                    _ => None,
                };
                ClaimAnchors {
                    about,
                    about_is_entity,
                    noun,
                    person,
                    speaker,
                }
            })
            .collect();

        let group_count = groups.len();
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .expect("anchor patterns are plain strings and always compile");
        Anchors {
            automaton,
            pattern_groups,
            claims: claim_anchors,
            group_count,
        }
    }

    /// The anchors of the claim at `index` in the claims file.
    pub fn claim(&self, index: usize) -> &ClaimAnchors {
        &self.claims[index]
    }

    pub fn group_count(&self) -> usize {
        self.group_count
    }

    /// Scans `document` once and files every whole-word anchor hit under its sentence.
    pub fn scan(&self, document: &Document) -> Hits {
        let text = document.text();
        let mut placed: Vec<(usize, GroupId, Span)> = Vec::new();
        // Anchors are written with single spaces; a hard-wrapped or
        // double-spaced text is scanned with its whitespace runs collapsed,
        // and each hit mapped back to where it is written.
        let collapsed = CollapsedSpaces::new(text);
        let haystack = collapsed.as_ref().map_or(text, |c| c.text.as_str());
        for found in self.automaton.find_overlapping_iter(haystack) {
            let span = match &collapsed {
                Some(c) => c.original(found.start(), found.end()),
                None => Span::new(found.start(), found.end()),
            };
            if !is_whole_word(text, span) {
                continue;
            }
            let Some(sentence) = document.sentence_index_at(span.start) else {
                continue;
            };
            if span.end > document.sentences()[sentence].end {
                continue;
            }
            for &group in &self.pattern_groups[found.pattern().as_usize()] {
                placed.push((sentence, group, span));
            }
        }
        // Stable: hits at the same place keep the automaton's order.
        placed.sort_by_key(|&(sentence, group, span)| (sentence, span.start, group));
        let sentences = document.sentences().len();
        let mut hits = Vec::with_capacity(placed.len());
        let mut starts = Vec::with_capacity(sentences + 1);
        let mut by_group = vec![Vec::new(); self.group_count];
        let mut next = placed.iter().peekable();
        for sentence in 0..sentences {
            starts.push(hits.len());
            while let Some(&(_, group, span)) = next.next_if(|hit| hit.0 == sentence) {
                if by_group[group].last() != Some(&sentence) {
                    by_group[group].push(sentence);
                }
                hits.push((group, span));
            }
        }
        starts.push(hits.len());
        Hits {
            hits,
            starts,
            by_group,
        }
    }
}

impl Hits {
    /// Sentences in which every one of `groups` occurs.
    pub fn sentences_with_all(&self, groups: &[GroupId]) -> Vec<usize> {
        let Some(rarest) = groups.iter().min_by_key(|&&g| self.by_group[g].len()) else {
            return (0..self.starts.len() - 1).collect();
        };
        self.by_group[*rarest]
            .iter()
            .copied()
            .filter(|&sentence| {
                groups
                    .iter()
                    .all(|&group| self.by_group[group].binary_search(&sentence).is_ok())
            })
            .collect()
    }

    /// The sentences in which `group` occurs, ascending.
    pub fn sentences_with(&self, group: GroupId) -> &[usize] {
        &self.by_group[group]
    }

    /// Where `group` occurs in sentence `sentence`, in document bytes.
    pub fn spans(&self, sentence: usize, group: GroupId) -> impl Iterator<Item = Span> + '_ {
        self.hits[self.starts[sentence]..self.starts[sentence + 1]]
            .iter()
            .filter(move |(g, _)| *g == group)
            .map(|&(_, span)| span)
    }

    /// Mentions of `group` in `sentence`, merging overlapping hits ("Asim
    /// Munir" and "Munir") into the longest one.
    pub fn mentions(&self, sentence: usize, group: GroupId) -> Vec<Span> {
        let mut merged: Vec<Span> = Vec::new();
        for span in self.spans(sentence, group) {
            match merged.last_mut() {
                Some(last) if last.overlaps(span) => {
                    *last = Span::new(last.start.min(span.start), last.end.max(span.end))
                }
                _ => merged.push(span),
            }
        }
        merged
    }
}

/// Words that are a number of times on their own: "met twice".
pub const OCCASION_WORDS: &[(&str, f64)] = &[("once", 1.0), ("twice", 2.0), ("thrice", 3.0)];

/// Whether a counted noun counts occasions ("three times"), so that
/// "twice" states the count without the noun.
pub fn counts_occasions(noun: &str) -> bool {
    matches!(noun.trim().to_ascii_lowercase().as_str(), "times" | "time")
}

/// Whether `words` stand in `text` as whole words (both written alike:
/// lowercased, or normalized the same way); never for empty `words`.
pub fn contains_words(text: &str, words: &str) -> bool {
    if words.is_empty() {
        return false;
    }
    text.match_indices(words).any(|(at, _)| {
        !text[..at].ends_with(char::is_alphanumeric)
            && !text[at + words.len()..].starts_with(char::is_alphanumeric)
    })
}

/// Whether an `about` phrase is a proper name written out: two words or
/// more, every one a name word ("Suzann Pettersen", "ANA Inspiration").
/// A single capitalised word may be a common word that opened the
/// editor's sentence ("Turnover"), so it stays a phrase.
fn is_proper_name(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    words.len() >= 2
        && words
            .iter()
            .all(|w| crate::extract::title::words::is_name_word(w))
}

/// How far `value` sits from the claim's anchors in sentence `sentence`:
/// the gap to the nearest phrase anchor (the counted noun and the `about`
/// phrases that are not entity names), then the gaps to every phrase
/// anchor summed, then the same for the entity names. Compared in that
/// order, so that a value right by one of its phrases ("from £1,089m",
/// "again in September") wins over one that is merely nearer the others,
/// or nearer a name mentioned at the start of a long sentence.
pub fn distance(
    hits: &Hits,
    sentence: usize,
    anchors: &ClaimAnchors,
    value: Span,
) -> (usize, usize, usize) {
    let gap = |group: GroupId| {
        hits.spans(sentence, group)
            .map(|span| span.gap(value))
            .min()
            .unwrap_or(usize::MAX / 64)
    };
    let mut nearest_phrase = usize::MAX / 64;
    let mut phrases = 0;
    let mut names = anchors.person.map_or(0, gap);
    for (group, entity) in anchors
        .about
        .iter()
        .copied()
        .zip(anchors.about_is_entity.iter().copied())
        .chain(anchors.noun.map(|noun| (noun, false)))
    {
        let g = gap(group);
        if entity {
            names += g;
        } else {
            phrases += g;
            nearest_phrase = nearest_phrase.min(g);
        }
    }
    (nearest_phrase, phrases, names)
}

/// Lowercases ASCII and folds typographic apostrophes, so that one pattern
/// serves "Pakistan’s" and "Pakistan's".
fn normalize_anchor(anchor: &str) -> String {
    anchor
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase()
        .replace('\u{2019}', "'")
}

/// A text with each run of whitespace collapsed to one space, and where
/// each of its bytes came from.
///
/// Between two collapsed runs, collapsed and original bytes advance
/// together, so the map keeps one shift per run rather than an original
/// offset per byte: eight bytes a byte would make a 100 MB text's map
/// 800 MB.
struct CollapsedSpaces {
    text: String,
    /// `(from, shift)`, ascending in `from`: collapsed byte `i` copies
    /// original byte `i + shift` of the last entry with `from <= i`.
    shifts: Vec<(usize, usize)>,
}

impl CollapsedSpaces {
    /// `None` when the text has no run to collapse (the common case: no copy).
    fn new(text: &str) -> Option<CollapsedSpaces> {
        let mut previous_space = false;
        let needs = text.chars().any(|c| {
            let collapse = c.is_whitespace() && (c != ' ' || previous_space);
            previous_space = c.is_whitespace();
            collapse
        });
        if !needs {
            return None;
        }
        let mut collapsed = String::with_capacity(text.len());
        let mut shifts = vec![(0, 0)];
        let mut in_space = false;
        for (at, c) in text.char_indices() {
            if c.is_whitespace() {
                if !in_space {
                    // The one space stands for the run's first byte, which
                    // the current shift already maps it to.
                    collapsed.push(' ');
                }
                in_space = true;
            } else {
                in_space = false;
                let shift = at - collapsed.len();
                if shifts.last().is_some_and(|&(_, last)| last != shift) {
                    shifts.push((collapsed.len(), shift));
                }
                collapsed.push(c);
            }
        }
        Some(CollapsedSpaces {
            text: collapsed,
            shifts,
        })
    }

    /// The original byte that collapsed byte `at` copies.
    fn origin(&self, at: usize) -> usize {
        let entry = self.shifts.partition_point(|&(from, _)| from <= at) - 1;
        at + self.shifts[entry].1
    }

    /// The original span of collapsed bytes `start..end`.
    fn original(&self, start: usize, end: usize) -> Span {
        Span::new(self.origin(start), self.origin(end - 1) + 1)
    }
}

/// The spellings of an anchor a text may use for it: each apostrophe
/// style, dotted acronyms with and without their dots ("U.S." and "US"),
/// and hyphenated words open and closed ("cease-fire", "cease fire",
/// "ceasefire").
fn spelling_variants(anchor: &str) -> Vec<String> {
    let mut variants = vec![anchor.to_string()];
    let undotted = undot_acronyms(anchor);
    if undotted != anchor {
        variants.push(undotted);
    }
    if anchor.contains('-') {
        for variant in variants.clone() {
            variants.push(variant.replace('-', " "));
            variants.push(variant.replace('-', ""));
        }
    }
    if anchor.contains('\'') {
        for variant in variants.clone() {
            variants.push(variant.replace('\'', "\u{2019}"));
        }
    }
    variants
}

/// "u.s. service members" -> "us service members": the dots of letters
/// written as an acronym go.
fn undot_acronyms(anchor: &str) -> String {
    anchor
        .split(' ')
        .map(|word| {
            let letters: Vec<&str> = word.split('.').collect();
            let acronym = letters.len() >= 3
                && letters.last() == Some(&"")
                && letters[..letters.len() - 1]
                    .iter()
                    .all(|l| l.chars().count() == 1 && l.chars().all(char::is_alphabetic));
            if acronym {
                letters.concat()
            } else {
                word.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// True when `span` neither starts nor ends inside a word.
fn is_whole_word(text: &str, span: Span) -> bool {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    let first = text[span.start..].chars().next();
    let last = text[..span.end].chars().next_back();
    let joins = |outside: Option<char>, inside: Option<char>| match (outside, inside) {
        (Some(o), Some(i)) => o.is_alphanumeric() && i.is_alphanumeric(),
        _ => false,
    };
    !joins(before, first) && !joins(after, last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proper_names_are_told_from_phrases() {
        for (phrase, name) in [
            ("Suzann Pettersen", true),
            ("ANA Inspiration", true),
            ("Ian Bailey", true),
            ("Turnover", false),
            ("Apple", false),
            ("on hold", false),
            ("The Treasury", false),
            ("Asim Munir again", false),
        ] {
            assert_eq!(is_proper_name(phrase), name, "{phrase:?}");
        }
    }
    use crate::claims::parse_claims;
    use std::path::Path;

    fn claims(toml: &str) -> ClaimSet {
        parse_claims(Path::new("claims.toml"), toml).expect("test claims are valid")
    }

    #[test]
    fn collapsed_bytes_map_back_to_where_they_are_written() {
        // Against the plain map of one original offset per collapsed byte.
        for text in [
            "a  b\n\nc d",
            "  lead and trail  ",
            "\u{a0}é\u{2009}中  🦀\r\nx",
            "one\ttab, one  double,\n\n\nand a wrap\nhere",
        ] {
            let collapsed = CollapsedSpaces::new(text).expect("each has a run to collapse");
            let mut origin = Vec::new();
            let mut in_space = false;
            for (at, c) in text.char_indices() {
                if c.is_whitespace() {
                    if !in_space {
                        origin.push(at);
                    }
                    in_space = true;
                } else {
                    in_space = false;
                    origin.extend(at..at + c.len_utf8());
                }
            }
            assert_eq!(origin.len(), collapsed.text.len(), "{text:?}");
            for (at, &want) in origin.iter().enumerate() {
                assert_eq!(collapsed.origin(at), want, "{text:?} byte {at}");
            }
        }
        assert!(CollapsedSpaces::new("single spaces only").is_none());
    }

    #[test]
    fn whole_words_only() {
        #[track_caller]
        fn case(text: &str, start: usize, end: usize, whole: bool) {
            assert_eq!(
                is_whole_word(text, Span::new(start, end)),
                whole,
                "{text:?}"
            );
        }
        case("Sharif met Trump", 0, 6, true);
        case("Sharifullah was arrested", 0, 6, false);
        case("Sharif’s visit", 0, 6, true);
        case("(Sharif)", 1, 7, true);
        case("ex-Sharif", 3, 9, true);
        case("aSharif", 1, 7, false);
    }

    #[test]
    fn aliases_form_one_group_and_hits_are_per_sentence() {
        let set = claims(
            r#"
[entities]
"Asim Munir" = ["Munir"]

[[claim]]
id = "a"
about = ["Asim Munir", "White House"]
date = "2025-06"
"#,
        );
        let anchors = Anchors::new(&set);
        let claim = anchors.claim(0);
        assert_eq!(claim.about.len(), 2);
        let doc = Document::new(
            "t",
            "Munir went to the white house in June.\nAsim Munir stayed home.\n".to_string(),
        );
        let hits = anchors.scan(&doc);
        let groups: Vec<GroupId> = claim.all().collect();
        assert_eq!(hits.sentences_with_all(&groups), vec![0]);
        // "Asim Munir" and the "Munir" inside it merge into one mention.
        let person = claim.about[0];
        let second = doc.sentence_index_at(40).expect("second sentence");
        assert_eq!(hits.mentions(second, person), vec![Span::new(39, 49)]);
    }

    #[test]
    fn a_value_next_to_its_phrase_beats_one_next_to_the_name() {
        let set = claims(
            r#"
[entities]
"Imran Khan" = ["Khan"]

[[claim]]
id = "sentence"
about = ["Imran Khan", "sentence"]
duration = "14 years"
"#,
        );
        let anchors = Anchors::new(&set);
        let text = "Khan was jailed two years later and is now serving a 14-year sentence.";
        let doc = Document::new("t", text.to_string());
        let hits = anchors.scan(&doc);
        let at = |phrase: &str| {
            let start = text.find(phrase).unwrap();
            Span::new(start, start + phrase.len())
        };
        let claim = anchors.claim(0);
        let near_name = distance(&hits, 0, claim, at("two years"));
        let near_phrase = distance(&hits, 0, claim, at("14-year"));
        assert!(near_phrase < near_name, "{near_phrase:?} vs {near_name:?}");
    }

    #[test]
    fn anchors_have_their_common_spellings() {
        #[track_caller]
        fn case(anchor: &str, variants: &[&str]) {
            assert_eq!(spelling_variants(anchor), variants, "{anchor:?}");
        }
        case(
            "u.s. service members",
            &["u.s. service members", "us service members"],
        );
        case("cease-fire", &["cease-fire", "cease fire", "ceasefire"]);
        case("sharif", &["sharif"]);
        case("d.c.", &["d.c.", "dc"]);
        case("no. 3", &["no. 3"]);
    }

    #[test]
    fn anchors_match_across_line_breaks_and_double_spaces() {
        let set = claims(
            r#"
[[claim]]
id = "a"
about = ["U.S. Strategic Metals"]
money = "$500 million"
"#,
        );
        let anchors = Anchors::new(&set);
        let text =
            "A $500 million deal with U.S.  Strategic\nMetals was signed.\n\nIt was the\nfirst.\n";
        let doc = Document::new("t", text.to_string());
        let hits = anchors.scan(&doc);
        let group = anchors.claim(0).about[0];
        let spans: Vec<Span> = hits.spans(0, group).collect();
        assert_eq!(spans, vec![Span::new(25, 47)]);
        assert_eq!(&text[25..47], "U.S.  Strategic\nMetals");
    }

    #[test]
    fn apostrophes_match_both_ways() {
        let set = claims(
            r#"
[[claim]]
id = "a"
about = ["Pakistan's envoy"]
number = "2"
"#,
        );
        let anchors = Anchors::new(&set);
        let doc = Document::new("t", "Pakistan’s envoy met 2 people.".to_string());
        let hits = anchors.scan(&doc);
        assert_eq!(hits.sentences_with_all(&anchors.claim(0).about), vec![0]);
    }
}
