//! Words and punctuation of a stretch of prose, and what each word can be.
//!
//! The title and quote grammars reason about words ("is this a role?", "can
//! this be part of a name?"), not characters. The tokenizer keeps what news
//! prose glues together in one word: abbreviations with their period
//! ("Gen.", "U.S.", "J.D."), possessives ("country’s", "neighbors’"),
//! hyphenated and dotted compounds ("then-Prime", "U.S.-Pakistan", "2.0").
use std::borrow::Cow;
use std::cmp::Ordering;

use super::countries::DEMONYM_WORDS;
use super::lexicon::{
    ADJECTIVES_ED_ING, CALENDAR_WORDS, DEMONYMS, LEGISLATURE_MEMBERS, NAME_PARTICLES,
    ORGANISATION_KINDS, PREPOSITIONS, ROLES, SPEECH_VERBS, STOP_WORDS, TIME_WORDS, TITLE_WORDS,
    VERBS,
};
use super::role_heads::ROLE_HEADS;
use crate::document::{abbreviation, Abbreviation};
use crate::extract::Span;

/// A word, or one punctuation character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token<'a> {
    pub span: Span,
    pub text: &'a str,
}

impl Token<'_> {
    pub fn is_word(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_alphanumeric)
    }

    /// Whether this is the punctuation character `c`.
    pub fn is(&self, c: char) -> bool {
        let mut chars = self.text.chars();
        chars.next() == Some(c) && chars.next().is_none()
    }
}

/// The tokens of `text` within `range`, with spans into `text`.
pub(crate) fn tokenize(text: &str, range: Span) -> Vec<Token<'_>> {
    tokens(text, range).collect()
}

/// The tokens of `text` within `range`, one at a time: a caller that wants
/// the first few words after a place reads no further than them, however
/// long the rest of the text is.
pub(crate) fn tokens(text: &str, range: Span) -> impl Iterator<Item = Token<'_>> {
    let char_at = move |i: usize| text[i..range.end].chars().next();
    let alphanumeric_at = move |i: usize| char_at(i).is_some_and(char::is_alphanumeric);
    let mut at = range.start;
    std::iter::from_fn(move || loop {
        let c = char_at(at)?;
        let start = at;
        at += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            at = word_end(text, at, range.end, &alphanumeric_at);
        }
        return Some(Token {
            span: Span::new(start, at),
            text: &text[start..at],
        });
    })
}

/// Where the word that starts before `at` ends.
fn word_end(
    text: &str,
    mut at: usize,
    end: usize,
    alphanumeric_at: &dyn Fn(usize) -> bool,
) -> usize {
    let start = text[..at].char_indices().next_back().map_or(at, |(i, _)| i);
    while let Some(c) = text[at..end].chars().next() {
        let next = at + c.len_utf8();
        let joiner = matches!(c, '’' | '\'' | '-' | '‑' | '.' | '&');
        if c.is_alphanumeric() || (joiner && alphanumeric_at(next)) {
            at = next;
        } else if c == '.' && abbreviation(&text[start..at]).is_some() {
            // "Gen." and "U.S." keep their period, and "U.S.-Pakistan" goes on;
            // a sentence's final period is no part of its last word.
            at = next;
            let hyphen = text[at..end].starts_with('-');
            if !(hyphen && alphanumeric_at(at + 1)) {
                break;
            }
        } else if matches!(c, '’' | '\'') && text[start..at].ends_with('s') {
            // A plural possessive: "neighbors’ biggest clash".
            at = next;
            break;
        } else {
            break;
        }
    }
    at
}

/// `word` without a possessive ending, and whether it had one.
pub(crate) fn strip_possessive(word: &str) -> (&str, bool) {
    for suffix in ["’s", "'s", "’", "'"] {
        if let Some(base) = word.strip_suffix(suffix) {
            if !base.is_empty() {
                return (base, true);
            }
        }
    }
    (word, false)
}

pub(crate) fn is_possessive(word: &str) -> bool {
    strip_possessive(word).1
}

/// `word` as looked up in the lexicons: no possessive, no final period.
fn bare(word: &str) -> &str {
    let (base, _) = strip_possessive(word);
    base.strip_suffix('.').unwrap_or(base)
}

/// The word after a "then-", "ex-" or "now-" prefix ("then-Prime" -> "Prime").
fn without_time_prefix(word: &str) -> &str {
    for prefix in ["then-", "ex-", "now-", "former-"] {
        if let Some(rest) = strip_prefix_ci(word, prefix) {
            if !rest.is_empty() {
                return rest;
            }
        }
    }
    word
}

pub(crate) fn has_time_prefix(word: &str) -> bool {
    without_time_prefix(word).len() != word.len()
}

fn strip_prefix_ci<'a>(word: &'a str, prefix: &str) -> Option<&'a str> {
    let head = word.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &word[prefix.len()..])
}

pub(crate) fn is_capitalized(word: &str) -> bool {
    without_time_prefix(word)
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

pub(crate) fn is_lowercase(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

fn compare_ignoring_case(a: &str, b: &str) -> Ordering {
    a.bytes()
        .map(|b| b.to_ascii_lowercase())
        .cmp(b.bytes().map(|b| b.to_ascii_lowercase()))
}

fn listed(list: &[&str], word: &str) -> bool {
    list.binary_search_by(|probe| compare_ignoring_case(probe, word))
        .is_ok()
}

/// The singular of a regular plural, if `word` looks like one.
/// Borrowed when it is a prefix of `word`: every word of a sentence goes
/// through here, and most plurals drop an "s".
fn singular(word: &str) -> Option<Cow<'_, str>> {
    if let Some(stem) = word.strip_suffix("ies") {
        return Some(Cow::Owned(format!("{stem}y")));
    }
    let stem = word.strip_suffix('s')?;
    (!stem.ends_with('s')).then_some(Cow::Borrowed(stem))
}

/// A word that names a role, rank, office or kind of organisation: "Minister",
/// "chief", "Gen.", "co-founders", "Council’s", "ex-president".
pub(crate) fn is_role(word: &str) -> bool {
    is_person_role(word) || in_lists(word, &[ORGANISATION_KINDS])
}

/// A role of the project's own lists, which no one bears as a name
/// ("President", "Minister", "company"). WordNet's role heads are not among
/// them: many are surnames too ("Sheikh", "Bishop", "Baker"), so whether one
/// is a title depends on where it stands (see [`is_name_word`]).
fn is_listed_role(word: &str) -> bool {
    if is_title_abbreviation(word) {
        return !is_honorific(word);
    }
    in_lists(word, &[ROLES, ORGANISATION_KINDS])
}

/// A kind of organisation: "council", "ministry", "company".
pub(crate) fn is_organisation_kind(word: &str) -> bool {
    in_lists(word, &[ORGANISATION_KINDS])
}

/// A word that names a role a person holds (not a kind of organisation):
/// one of WordNet's role heads or the project's own roles.
pub(crate) fn is_person_role(word: &str) -> bool {
    if is_title_abbreviation(word) {
        return !is_honorific(word);
    }
    is_legislature_member(word) || in_lists(word, &[ROLES, ROLE_HEADS])
}

/// A member of a legislature written short, in capitals: "AM", "MSPs",
/// "the MLA's". Only in capitals, since "am" and "td" are other words.
pub(crate) fn is_legislature_member(word: &str) -> bool {
    let base = bare(word);
    let one = base.strip_suffix('s').unwrap_or(base);
    one.len() >= 2
        && one.bytes().all(|b| b.is_ascii_uppercase())
        && listed(LEGISLATURE_MEMBERS, one)
}

/// Whether `word`, or the last part of a hyphenated word, bare of time
/// prefixes, possessives and plural endings, is in one of `lists`.
fn in_lists(word: &str, lists: &[&[&str]]) -> bool {
    let base = bare(without_time_prefix(word));
    let head = base.rsplit(['-', '‑']).next().unwrap_or(base);
    [base, head].into_iter().any(|w| {
        // The singular once per word, not once per list.
        let one = singular(w);
        lists
            .iter()
            .any(|list| listed(list, w) || one.as_deref().is_some_and(|s| listed(list, s)))
    })
}

/// An abbreviated title before a name, with its period ("Gen.", "Sen.")
/// or without it, as British style writes them ("Gen", "Col", "Supt").
fn is_title_abbreviation(word: &str) -> bool {
    let bare = word.trim_end_matches('.');
    abbreviation(bare) == Some(Abbreviation::BeforeName)
        && (word.ends_with('.') || bare.chars().next().is_some_and(char::is_uppercase))
}

/// "Mr.", "Mrs.", "Ms.": precede a name but are no title to check.
fn is_honorific(word: &str) -> bool {
    matches!(word.trim_end_matches('.'), "Mr" | "Mrs" | "Ms" | "Messrs")
}

/// A word that can stand in a capitalized title: a role, an honorific, or a
/// title word ("State", "Prime", "Field", "then-Prime").
pub(crate) fn is_title_word(word: &str) -> bool {
    is_listed_role(word)
        || is_honorific(word)
        || listed(TITLE_WORDS, bare(without_time_prefix(word)))
}

pub(crate) fn is_stop_word(word: &str) -> bool {
    listed(STOP_WORDS, word)
}

pub(crate) fn is_article(word: &str) -> bool {
    ["a", "an", "the"]
        .iter()
        .any(|a| a.eq_ignore_ascii_case(word))
}

pub(crate) fn is_preposition(word: &str) -> bool {
    is_lowercase(word) && listed(PREPOSITIONS, word)
}

pub(crate) fn is_speech_verb(word: &str) -> bool {
    is_lowercase(word) && listed(SPEECH_VERBS, word)
}

/// Words that stand before a name in a title without being part of the
/// name: titles, demonyms, time words ("former", "then-Prime").
pub(crate) fn is_title_prefix(word: &str) -> bool {
    is_title_word(word) || is_demonym(word) || has_time_prefix(word) || is_time_word(word)
}

pub(crate) fn is_time_word(word: &str) -> bool {
    listed(TIME_WORDS, word)
}

pub(crate) fn is_demonym(word: &str) -> bool {
    let base = bare(word);
    listed(DEMONYMS, base) || listed(DEMONYM_WORDS, base) || is_dotted_country(word)
}

/// "U.S.", "U.K.", "U.N.", "EU": written like names, used like adjectives.
pub(crate) fn is_dotted_country(word: &str) -> bool {
    let base = strip_possessive(word).0;
    matches!(
        base,
        "U.S." | "U.S" | "US" | "U.K." | "UK" | "U.N." | "UN" | "EU" | "E.U."
    )
}

pub(crate) fn is_calendar_word(word: &str) -> bool {
    listed(CALENDAR_WORDS, bare(word))
}

pub(crate) fn is_name_particle(word: &str) -> bool {
    listed(NAME_PARTICLES, word) || word.starts_with("al-") || word.starts_with("el-")
}

/// A lowercase word that reads as a verb: listed, or ending in -ed or -ing
/// without being a known adjective or role ("retired", "mining", "king").
pub(crate) fn is_verb_like(word: &str) -> bool {
    if !is_lowercase(word) {
        return false;
    }
    if listed(VERBS, word) || listed(SPEECH_VERBS, word) {
        return true;
    }
    let inflected = word.chars().count() >= 5 && (word.ends_with("ed") || word.ends_with("ing"));
    inflected && !word.contains(['-', '‑']) && !listed(ADJECTIVES_ED_ING, word) && !is_role(word)
}

/// A word that can be part of a person's or organisation's name: capitalized
/// and none of a function word, a demonym, a month, a listed title; or an
/// initial ("J.D."), or a particle ("bin"). A WordNet role head can be
/// ("Rizwan Saeed Sheikh"); it is a title only where it opens a run of
/// capitalized words before a name ("Sheikh Mohammed"), which the readers
/// decide.
pub(crate) fn is_name_word(word: &str) -> bool {
    if is_name_particle(word) {
        return true;
    }
    is_capitalized(word)
        && !has_time_prefix(word)
        && !is_stop_word(bare(word))
        && !is_time_word(bare(word))
        && !is_demonym(word)
        && !is_calendar_word(word)
        && !is_title_word(word)
}

pub(crate) fn is_dash(token: &Token) -> bool {
    token.is('—') || token.is('–') || token.is('-')
}

#[cfg(test)]
mod tests {
    use super::super::lexicon;
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len()))
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn tokenizer_keeps_abbreviations_possessives_and_compounds() {
        assert_eq!(
            words("Pakistan’s Gen. Asim Munir, the U.S. envoy."),
            [
                "Pakistan’s",
                "Gen.",
                "Asim",
                "Munir",
                ",",
                "the",
                "U.S.",
                "envoy",
                "."
            ]
        );
        assert_eq!(
            words("then-Prime Minister J.D. Vance"),
            ["then-Prime", "Minister", "J.D.", "Vance"]
        );
        assert_eq!(
            words("the neighbors’ clash"),
            ["the", "neighbors’", "clash"]
        );
        assert_eq!(
            words("‘generosity’ and 2.0"),
            ["‘", "generosity", "’", "and", "2.0"]
        );
        assert_eq!(
            words("U.S.-Pakistan ties—not"),
            ["U.S.-Pakistan", "ties", "—", "not"]
        );
        assert_eq!(words("it ended."), ["it", "ended", "."]);
        assert_eq!(
            words("“Hi,” said Ms. Roe"),
            ["“", "Hi", ",", "”", "said", "Ms.", "Roe"]
        );
    }

    #[test]
    fn word_classes() {
        for role in [
            "Minister",
            "chief",
            "Gen.",
            "co-founders",
            "Council’s",
            "ex-president",
            "CEO",
            "companies",
        ] {
            assert!(is_role(role), "{role} should be a role");
        }
        for not_role in ["Mr.", "Pakistan", "praise", "Zach", "associates", "son"] {
            assert!(!is_role(not_role), "{not_role} should not be a role");
        }
        for verb in ["told", "praised", "hosting", "says"] {
            assert!(is_verb_like(verb), "{verb} should read as a verb");
        }
        for not_verb in [
            "retired",
            "mining",
            "king",
            "Beijing",
            "engineering",
            "silver-tongued",
        ] {
            assert!(
                !is_verb_like(not_verb),
                "{not_verb} should not read as a verb"
            );
        }
        for name in ["Munir", "Haqqani", "J.D.", "bin", "Sharifullah"] {
            assert!(is_name_word(name), "{name} should be a name word");
        }
        for not_name in [
            "Also",
            "Now",
            "Ultimately",
            "The",
            "However",
            "Pakistani",
            "U.S.",
            "October",
            "President",
            "then-Prime",
            "I",
        ] {
            assert!(
                !is_name_word(not_name),
                "{not_name} should not be a name word"
            );
        }
    }

    /// "Swansea East AM Mike Hedges", "the MSPs", "an MLA's": members of a
    /// legislature in capitals are people's roles; the same letters in
    /// lowercase are other words ("I am", "10 am").
    #[test]
    fn legislature_members_are_roles_only_in_capitals() {
        for role in ["AM", "MSPs", "MLA's", "MEP", "TD"] {
            assert!(is_person_role(role), "{role} should be a role");
        }
        for not_role in ["am", "Am", "td", "A", "AMX", "MS"] {
            assert!(
                !is_legislature_member(not_role),
                "{not_role} should not be a legislature member"
            );
        }
    }

    #[test]
    fn lexicons_are_sorted_for_binary_search() {
        for list in [
            lexicon::ROLES,
            lexicon::ORGANISATION_KINDS,
            super::super::role_heads::ROLE_HEADS,
            super::super::countries::DEMONYM_WORDS,
            lexicon::TITLE_WORDS,
            lexicon::STOP_WORDS,
            lexicon::VERBS,
            lexicon::PREPOSITIONS,
            lexicon::SPEECH_VERBS,
            lexicon::ADJECTIVES_ED_ING,
            lexicon::TIME_WORDS,
            lexicon::DEMONYMS,
            lexicon::CALENDAR_WORDS,
            lexicon::NAME_PARTICLES,
            lexicon::LEGISLATURE_MEMBERS,
        ] {
            for pair in list.windows(2) {
                assert_eq!(
                    compare_ignoring_case(pair[0], pair[1]),
                    Ordering::Less,
                    "{pair:?}"
                );
            }
        }
    }
}
