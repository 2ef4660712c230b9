//! Words and punctuation of a stretch of prose, and what each word can be.
//!
//! The title and quote grammars reason about words ("is this a role?", "can
//! this be part of a name?"), not characters. The tokenizer keeps what news
//! prose glues together in one word: abbreviations with their period
//! ("Gen.", "U.S.", "J.D."), possessives ("country’s", "neighbors’"),
//! hyphenated and dotted compounds ("then-Prime", "U.S.-Pakistan", "2.0").
use super::countries::DEMONYM_WORDS;
use super::lexicon::{
    ADJECTIVES_ED_ING, CALENDAR_WORDS, DEMONYMS, NAME_PARTICLES, ORGANISATION_KINDS, PREPOSITIONS,
    ROLES, SPEECH_VERBS, STOP_WORDS, TIME_WORDS, TITLE_WORDS, VERBS,
};
use super::role_heads::ROLE_HEADS;
use crate::document::{abbreviation, is_abbreviated_title};
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
    let mut at = range.start;
    std::iter::from_fn(move || loop {
        let c = char_at(text, at, range.end)?;
        let start = at;
        at += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            at = word_end(text, start, at, range.end);
        }
        return Some(Token {
            span: Span::new(start, at),
            text: &text[start..at],
        });
    })
}

/// The character at byte `i` of `text`, if `i` is before `end`.
fn char_at(text: &str, i: usize, end: usize) -> Option<char> {
    if i >= end {
        return None;
    }
    // Most of a text is ASCII: a byte below 128 is a whole character, read
    // without slicing and decoding the rest of the text.
    match text.as_bytes()[i] {
        byte if byte.is_ascii() => Some(char::from(byte)),
        _ => text[i..end].chars().next(),
    }
}

fn alphanumeric_at(text: &str, i: usize, end: usize) -> bool {
    char_at(text, i, end).is_some_and(char::is_alphanumeric)
}

/// Where the word that starts at `start`, and has been read up to `at`,
/// ends.
fn word_end(text: &str, start: usize, mut at: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        // A run of ASCII letters and digits is read a byte at a time.
        while at < end && bytes[at].is_ascii_alphanumeric() {
            at += 1;
        }
        let Some(c) = char_at(text, at, end) else {
            break;
        };
        let next = at + c.len_utf8();
        let joiner = matches!(c, '’' | '\'' | '-' | '‑' | '.' | '&');
        if c.is_alphanumeric() || (joiner && alphanumeric_at(text, next, end)) {
            at = next;
        } else if c == '.' && abbreviation(&text[start..at]).is_some() {
            // "Gen." and "U.S." keep their period, and "U.S.-Pakistan" goes on;
            // a sentence's final period is no part of its last word.
            at = next;
            let hyphen = text[at..end].starts_with('-');
            if !(hyphen && alphanumeric_at(text, at + 1, end)) {
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

/// The word lists a word is looked up in, matched ignoring ASCII case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lexicon {
    Roles,
    OrganisationKinds,
    RoleHeads,
    DemonymWords,
    TitleWords,
    StopWords,
    Verbs,
    Prepositions,
    SpeechVerbs,
    AdjectivesEdIng,
    TimeWords,
    Demonyms,
    CalendarWords,
    NameParticles,
}

impl Lexicon {
    const ALL: [Lexicon; 14] = [
        Lexicon::Roles,
        Lexicon::OrganisationKinds,
        Lexicon::RoleHeads,
        Lexicon::DemonymWords,
        Lexicon::TitleWords,
        Lexicon::StopWords,
        Lexicon::Verbs,
        Lexicon::Prepositions,
        Lexicon::SpeechVerbs,
        Lexicon::AdjectivesEdIng,
        Lexicon::TimeWords,
        Lexicon::Demonyms,
        Lexicon::CalendarWords,
        Lexicon::NameParticles,
    ];

    fn words(self) -> &'static [&'static str] {
        match self {
            Lexicon::Roles => ROLES,
            Lexicon::OrganisationKinds => ORGANISATION_KINDS,
            Lexicon::RoleHeads => ROLE_HEADS,
            Lexicon::DemonymWords => DEMONYM_WORDS,
            Lexicon::TitleWords => TITLE_WORDS,
            Lexicon::StopWords => STOP_WORDS,
            Lexicon::Verbs => VERBS,
            Lexicon::Prepositions => PREPOSITIONS,
            Lexicon::SpeechVerbs => SPEECH_VERBS,
            Lexicon::AdjectivesEdIng => ADJECTIVES_ED_ING,
            Lexicon::TimeWords => TIME_WORDS,
            Lexicon::Demonyms => DEMONYMS,
            Lexicon::CalendarWords => CALENDAR_WORDS,
            Lexicon::NameParticles => NAME_PARTICLES,
        }
    }

    fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// Every word of every lexicon, lowercased, with one bit per lexicon that
/// holds it. Each word of a text is asked of up to a dozen lists (is it a
/// stop word, a demonym, a role, a role's plural...); one hash lookup of the
/// word lowercased once answers them all, where a binary search per list
/// compared it case by case against thirteen entries of each.
struct LexiconIndex {
    lists: std::collections::HashMap<Box<[u8]>, u16, foldhash::fast::FixedState>,
    /// The longest entry, in bytes: a longer word is in no list.
    longest: usize,
}

/// Longer entries than this would not fit the lowercasing buffer; none of
/// the lexicons comes near.
const LONGEST_ENTRY: usize = 64;

fn lexicon_index() -> &'static LexiconIndex {
    static INDEX: std::sync::OnceLock<LexiconIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut lists = std::collections::HashMap::default();
        let mut longest = 0;
        for lexicon in Lexicon::ALL {
            for word in lexicon.words() {
                let lower: Box<[u8]> = word.as_bytes().to_ascii_lowercase().into();
                longest = longest.max(lower.len());
                *lists.entry(lower).or_insert(0) |= lexicon.bit();
            }
        }
        assert!(longest <= LONGEST_ENTRY, "a lexicon entry is too long");
        LexiconIndex { lists, longest }
    })
}

/// The lexicons that hold `word` followed by `suffix` (ASCII case ignored),
/// as bits of [`Lexicon::bit`].
fn lexicons_of(word: &str, suffix: &str) -> u16 {
    let index = lexicon_index();
    let len = word.len() + suffix.len();
    if len > index.longest {
        return 0;
    }
    let mut buffer = [0u8; LONGEST_ENTRY];
    // Byte by byte: a copy of a few bytes of unknown length is a call.
    for (to, from) in buffer.iter_mut().zip(word.bytes().chain(suffix.bytes())) {
        *to = from.to_ascii_lowercase();
    }
    index.lists.get(&buffer[..len]).copied().unwrap_or(0)
}

fn listed(list: Lexicon, word: &str) -> bool {
    lexicons_of(word, "") & list.bit() != 0
}

/// The lexicons that hold the singular of `word`, if it looks like a
/// regular plural ("councils", "deputies").
fn singular_lexicons(word: &str) -> u16 {
    if let Some(stem) = word.strip_suffix("ies") {
        return lexicons_of(stem, "y");
    }
    match word.strip_suffix('s') {
        Some(stem) if !stem.ends_with('s') => lexicons_of(stem, ""),
        _ => 0,
    }
}

/// A word that names a role, rank, office or kind of organisation: "Minister",
/// "chief", "Gen.", "co-founders", "Council’s", "ex-president".
pub(crate) fn is_role(word: &str) -> bool {
    is_person_role(word) || in_lists(word, &[Lexicon::OrganisationKinds])
}

/// A role of the project's own lists, which no one bears as a name
/// ("President", "Minister", "company"). WordNet's role heads are not among
/// them: many are surnames too ("Sheikh", "Bishop", "Baker"), so whether one
/// is a title depends on where it stands (see [`is_name_word`]).
fn is_listed_role(word: &str) -> bool {
    if is_title_abbreviation(word) {
        return !is_honorific(word);
    }
    in_lists(word, &[Lexicon::Roles, Lexicon::OrganisationKinds])
}

/// A kind of organisation: "council", "ministry", "company".
pub(crate) fn is_organisation_kind(word: &str) -> bool {
    in_lists(word, &[Lexicon::OrganisationKinds])
}

/// A kind of organisation that is no role a person holds: "company",
/// "Institute", "Council's". A word of both lists ("Guard") is read as the
/// person's role, so that a title is never taken for a body's name.
pub(crate) fn is_body_kind(word: &str) -> bool {
    is_organisation_kind(word) && !is_person_role(word)
}

/// A word that names a role a person holds (not a kind of organisation):
/// one of WordNet's role heads or the project's own roles.
pub(crate) fn is_person_role(word: &str) -> bool {
    if is_title_abbreviation(word) {
        return !is_honorific(word);
    }
    in_lists(word, &[Lexicon::Roles, Lexicon::RoleHeads])
}

/// Whether `word`, or the last part of a hyphenated word, bare of time
/// prefixes, possessives and plural endings, is in one of `lists`.
fn in_lists(word: &str, lists: &[Lexicon]) -> bool {
    let base = bare(without_time_prefix(word));
    let wanted = lists.iter().fold(0, |bits, list| bits | list.bit());
    forms_lexicons(base, lexicons_of(base, "")) & wanted != 0
}

/// The lexicons that hold `base` (whose own are `base_lexicons`), its
/// singular, or the last part of it when hyphenated and that part's
/// singular.
fn forms_lexicons(base: &str, base_lexicons: u16) -> u16 {
    let mut lexicons = base_lexicons | singular_lexicons(base);
    let head = base.rsplit(['-', '‑']).next().unwrap_or(base);
    // Without a hyphen the head is the base itself.
    if head.len() != base.len() {
        lexicons |= lexicons_of(head, "") | singular_lexicons(head);
    }
    lexicons
}

/// An abbreviated title before a name, with its period ("Gen.", "Sen.")
/// or without it, as British style writes them ("Gen", "Col", "Supt").
fn is_title_abbreviation(word: &str) -> bool {
    let bare = word.trim_end_matches('.');
    is_abbreviated_title(bare)
        && (word.ends_with('.') || bare.chars().next().is_some_and(char::is_uppercase))
}

/// "Mr.", "Mrs.", "Ms.": precede a name but are no title to check.
pub(crate) fn is_honorific(word: &str) -> bool {
    matches!(word.trim_end_matches('.'), "Mr" | "Mrs" | "Ms" | "Messrs")
}

/// A word that can stand in a capitalized title: a role, an honorific, or a
/// title word ("State", "Prime", "Field", "then-Prime").
pub(crate) fn is_title_word(word: &str) -> bool {
    is_listed_role(word)
        || is_honorific(word)
        || listed(Lexicon::TitleWords, bare(without_time_prefix(word)))
}

/// A function word ("the", "us", "it"), not letters in capitals that
/// spell one ("the US ambassador", "Labour AM", "IT director").
pub(crate) fn is_stop_word(word: &str) -> bool {
    listed(Lexicon::StopWords, word) && !is_acronym(word)
}

/// Letters in capitals: "US", "UN", "AM", not the function word "us".
pub(crate) fn is_acronym(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(char::is_uppercase)
}

pub(crate) fn is_article(word: &str) -> bool {
    ["a", "an", "the"]
        .iter()
        .any(|a| a.eq_ignore_ascii_case(word))
}

pub(crate) fn is_preposition(word: &str) -> bool {
    is_lowercase(word) && listed(Lexicon::Prepositions, word)
}

pub(crate) fn is_speech_verb(word: &str) -> bool {
    is_lowercase(word) && listed(Lexicon::SpeechVerbs, word)
}

/// Words that stand before a name in a title without being part of the
/// name: titles, demonyms, time words ("former", "then-Prime").
pub(crate) fn is_title_prefix(word: &str) -> bool {
    is_title_word(word) || is_demonym(word) || has_time_prefix(word) || is_time_word(word)
}

pub(crate) fn is_time_word(word: &str) -> bool {
    listed(Lexicon::TimeWords, word)
}

pub(crate) fn is_demonym(word: &str) -> bool {
    let base = bare(word);
    listed(Lexicon::Demonyms, base)
        || listed(Lexicon::DemonymWords, base)
        || is_dotted_country(word)
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
    listed(Lexicon::CalendarWords, bare(word))
}

/// "bin", "van", "al-Sisi": a lowercase word that is part of a name.
fn is_name_particle(word: &str, word_lexicons: u16) -> bool {
    word_lexicons & Lexicon::NameParticles.bit() != 0
        || word.starts_with("al-")
        || word.starts_with("el-")
}

/// A lowercase word that reads as a verb: listed, or ending in -ed or -ing
/// without being a known adjective or role ("retired", "mining", "king").
pub(crate) fn is_verb_like(word: &str) -> bool {
    if !is_lowercase(word) {
        return false;
    }
    if listed(Lexicon::Verbs, word) || listed(Lexicon::SpeechVerbs, word) {
        return true;
    }
    let inflected = word.chars().count() >= 5 && (word.ends_with("ed") || word.ends_with("ing"));
    inflected
        && !word.contains(['-', '‑'])
        && !listed(Lexicon::AdjectivesEdIng, word)
        && !is_role(word)
}

/// A word that can be part of a person's or organisation's name: capitalized
/// and none of a function word, a demonym, a month, a listed title; or an
/// initial ("J.D."), or a particle ("bin"). A WordNet role head can be
/// ("Rizwan Saeed Sheikh"); it is a title only where it opens a run of
/// capitalized words before a name ("Sheikh Mohammed"), which the readers
/// decide.
pub(crate) fn is_name_word(word: &str) -> bool {
    // Asked of every word of a text: each lexicon is looked up once for the
    // word as written and once bare, rather than once per test below.
    let word_lexicons = lexicons_of(word, "");
    if is_name_particle(word, word_lexicons) {
        return true;
    }
    if !is_capitalized(word) || has_time_prefix(word) || super::lexicon::is_post_nominal(word) {
        return false;
    }
    if crate::judge::party_state(word).is_some() {
        // "R-Kansas": a lawmaker's party and state, after the name.
        return false;
    }
    // Without a time prefix, `bare(word)` is what the title, stop word,
    // time word, demonym and calendar tests look up.
    let base = bare(word);
    let base_lexicons = if base.len() == word.len() {
        word_lexicons
    } else {
        lexicons_of(base, "")
    };
    let not_names = [
        Lexicon::StopWords,
        Lexicon::TimeWords,
        Lexicon::Demonyms,
        Lexicon::DemonymWords,
        Lexicon::CalendarWords,
        Lexicon::TitleWords,
    ]
    .iter()
    .fold(0, |bits, list| bits | list.bit());
    // The negation of `is_title_word`, `is_demonym` and the rest.
    let listed_role = if is_title_abbreviation(word) {
        !is_honorific(word)
    } else {
        forms_lexicons(base, base_lexicons)
            & (Lexicon::Roles.bit() | Lexicon::OrganisationKinds.bit())
            != 0
    };
    base_lexicons & not_names == 0
        && !is_dotted_country(word)
        && !listed_role
        && !is_honorific(word)
}

pub(crate) fn is_dash(token: &Token) -> bool {
    token.is('—') || token.is('–') || token.is('-')
}

#[cfg(test)]
mod tests {
    use super::super::lexicon;
    use super::*;
    use std::cmp::Ordering;

    fn compare_ignoring_case(a: &str, b: &str) -> Ordering {
        a.bytes()
            .map(|b| b.to_ascii_lowercase())
            .cmp(b.bytes().map(|b| b.to_ascii_lowercase()))
    }

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

    #[test]
    fn a_word_is_in_a_lexicon_when_it_equals_an_entry_ignoring_ascii_case() {
        for lexicon in Lexicon::ALL {
            let list = lexicon.words();
            let scan = |word: &str| list.iter().any(|w| w.eq_ignore_ascii_case(word));
            let mut words: Vec<String> = Vec::new();
            for entry in list {
                words.push(entry.to_string());
                words.push(entry.to_ascii_uppercase());
                words.push(format!("{entry}s"));
                let mut shorter = entry.to_string();
                shorter.pop();
                words.push(shorter);
            }
            words.extend(["", "Attaché", "ATTACHÉ", "x".repeat(80).as_str()].map(String::from));
            for word in &words {
                assert_eq!(listed(lexicon, word), scan(word), "{lexicon:?} {word:?}");
            }
        }
    }

    #[test]
    fn a_name_word_is_what_the_tests_it_combines_say() {
        let combined = |word: &str| {
            listed(Lexicon::NameParticles, word)
                || word.starts_with("al-")
                || word.starts_with("el-")
                || (is_capitalized(word)
                    && !has_time_prefix(word)
                    && !is_stop_word(bare(word))
                    && !is_time_word(bare(word))
                    && !is_demonym(word)
                    && !is_calendar_word(word)
                    && !is_title_word(word)
                    && !super::super::lexicon::is_post_nominal(word)
                    && crate::judge::party_state(word).is_none())
        };
        let mut words: Vec<String> = [
            "Mr.", "Gen.", "Gen", "gen.", "U.S.", "Sen.", "Ms", "MSP", "Msp", "OBE", "KC",
            "R-Kansas", "D-Calif.", "R-Texas,", "D-Day",
        ]
        .map(String::from)
        .to_vec();
        for lexicon in Lexicon::ALL {
            for entry in lexicon.words() {
                let mut chars = entry.chars();
                let first = chars.next().map(|c| c.to_uppercase().to_string());
                let capital = first.unwrap_or_default() + chars.as_str();
                for word in [
                    entry.to_string(),
                    capital.clone(),
                    format!("{capital}’s"),
                    format!("{capital}."),
                    format!("{capital}s"),
                    format!("then-{capital}"),
                    format!("Anti-{capital}"),
                    format!("Deputy-{entry}s"),
                ] {
                    words.push(word);
                }
            }
        }
        for word in &words {
            assert_eq!(is_name_word(word), combined(word), "{word:?}");
        }
    }

    #[test]
    fn lexicons_are_sorted_without_duplicates() {
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
            lexicon::POST_NOMINAL_OFFICES,
            lexicon::POST_NOMINAL_HONOURS,
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
