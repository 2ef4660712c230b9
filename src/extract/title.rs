//! Titles and descriptors of named people and organisations.
//!
//! A title claim ("Asim Munir holds the title Field Marshal") is checked
//! against what each sentence that names the person calls him. News prose
//! attaches those words in a handful of ways, and this module reads each of
//! them around one mention of a name, given by its span in one sentence:
//!
//! 1. **Run into the name**: "Prime Minister Shehbaz Sharif", "Pakistan Chief
//!    of the Army Staff Gen. Asim Munir", "Canadian mining company Barrick
//!    Gold", "then-Prime Minister Imran Khan". The run is read leftwards from
//!    the name and stops at punctuation, a function word ("with", "by",
//!    "and", "including"), a verb ("told", "hosted", "featuring"), a number
//!    or a month. "of", "for" and "on" (with an optional "the") stay in the
//!    run between capitalized words of a title ("Secretary of State",
//!    "Chief of the Army Staff"), and after a lowercase role before a
//!    lowercase complement ("founder of the company"). The word next to
//!    the name must be a title word ("Minister", "State", "Gen.",
//!    "company") or a complement of one noun ("minister for migration",
//!    "head of the mission"). A
//!    participle between a title word and the role is an attribute ("chief
//!    operating officer"), not a verb.
//! 2. **Set off by a comma before the name**: "the country’s powerful military
//!    chief, Asim Munir" and "Pakistan’s current ambassador to Washington,
//!    Rizwan Saeed Sheikh" (one trailing "to/at/for/of/in/from/on" phrase
//!    is allowed after the role: of capitalized words, or of lowercase ones
//!    when the words before the comma make no descriptor themselves, "the
//!    council's director of city development, Martin Reeve"). It may stand
//!    before a title run into the name ("The opposition leader, Councillor
//!    Priya Nandra"). Because "After meeting
//!    the president, Sharif said" has the same shape, the descriptor counts
//!    only when it opens its clause (sentence start or after punctuation) or
//!    when the name is itself closed by a comma, dash, bracket or the
//!    sentence end; never for a possessive name ("…company, Witkoff’s son").
//! 3. **In apposition after the name**: "Husain Haqqani, a senior fellow at
//!    the Hudson Institute who served…", "Sheikh, the Pakistani ambassador,".
//!    The phrase runs until punctuation, a relative pronoun ("who", "which",
//!    "that"), a verb, a clause word ("when", "from", "during", "with"), or
//!    a preposition that starts a date ("in May"). "and"/"or"/"but" stay
//!    inside only before a lowercase word ("a large gold and copper
//!    reserve"), so "Sharif, Munir and other officials" is no descriptor of
//!    Sharif. "from" before a capitalized word says where the holder comes
//!    from and stays ("a Democrat from Texas"). A participle after an
//!    article or before a role is an attribute ("the troubled start-up",
//!    "chief operating officer"), not a verb that ends the phrase. A
//!    lawmaker's party and state
//!    ("R-Kansas") may be followed by the post ("Sen. Tom Hale, R-Kansas,
//!    the committee's ranking Republican,").
//! 4. **Predicative**: "served as", "was named", "became", "is", a relative
//!    "who is now …", or a bare "as" ("… Sergio Gor as the new U.S.
//!    ambassador to New Delhi"), followed by a phrase read as in 3; or the
//!    other way round, a subject opening its clause with "the" and linked
//!    to the name by "is" or "was" ("The current speaker is Sinn Féin's MLA
//!    Mitchel McLaughlin").
//!
//! Every descriptor must contain a role word from a lexicon (president,
//! minister, chief, Gen., ambassador, envoy, fellow, company, branch,
//! reserve, province, …); in forms 3 and 4 the role word must come before
//! the phrase's first preposition, so "a friend of the envoy" is not one.
//! That keeps out bare possessives ("Pakistan’s Munir"), first names ("Zach"
//! before "Witkoff": capitalized words just before the name that are no
//! title word are read as part of the name) and verb phrases.
//!
//! The descriptor text is the words as written, minus a leading article.
//! Words that date a role stay in it for the judge to weigh: "then-Prime
//! Minister", "current ambassador", and in predicative form the adverb
//! before the phrase ("who is now his administration’s Middle East envoy"
//! gives "now his administration’s Middle East envoy").
pub(crate) mod countries;
pub(crate) mod lexicon;
pub(crate) mod role_heads;
pub(crate) mod words;

use super::Span;
use lexicon::{is_post_nominal, is_post_nominal_office};
use words::{
    is_acronym, is_article, is_calendar_word, is_capitalized, is_dash, is_lowercase, is_name_word,
    is_possessive, is_role, is_stop_word, is_time_word, is_title_word, is_verb_like, tokenize,
    Token,
};

/// A descriptor attached to a mention of a name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Descriptor {
    /// Where the descriptor is written, in the text given.
    pub span: Span,
    /// The descriptor as written, with leading articles removed.
    pub text: String,
    /// True when the sentence puts the descriptor in the past: "served as
    /// ambassador", "was his envoy", "then-Prime Minister". Such a title is
    /// right if the person held it at any time, not only now.
    pub past: bool,
}

/// Titles and descriptors attached to the name at `name` in `text` (one
/// sentence), in the order they are written.
pub fn descriptors(text: &str, name: Span) -> Vec<Descriptor> {
    SentenceWords::new(text).descriptors(name)
}

/// One sentence read into words once, for the descriptors of each of the
/// names it mentions: a sentence that names a person a thousand times is
/// not tokenized a thousand times.
pub struct SentenceWords<'a> {
    text: &'a str,
    sentence: Sentence<'a>,
}

impl<'a> SentenceWords<'a> {
    pub fn new(text: &'a str) -> SentenceWords<'a> {
        SentenceWords {
            text,
            sentence: Sentence {
                tokens: tokenize(text, Span::new(0, text.len())),
            },
        }
    }

    /// [`descriptors`] of the name at `name`.
    pub fn descriptors(&self, name: Span) -> Vec<Descriptor> {
        descriptors_in(self.text, &self.sentence, name)
    }
}

fn descriptors_in(text: &str, sentence: &Sentence, name: Span) -> Vec<Descriptor> {
    // Tokens are in text order: the name's first and last by halving.
    let tokens = &sentence.tokens;
    let first = tokens.partition_point(|t| t.span.end <= name.start);
    if first == tokens.len() {
        return Vec::new();
    }
    let Some(last) = tokens
        .partition_point(|t| t.span.start < name.end)
        .checked_sub(1)
    else {
        return Vec::new();
    };
    if first > last {
        return Vec::new();
    }
    let possessive = is_possessive(sentence.tokens[last].text);
    let first = sentence.extend_name_left(first);

    let mut found = Vec::new();
    // A plural role runs into a list of names ("cabinet ministers Ana Diaz
    // and Tom Reyes"); set off by a comma, it is another noun phrase.
    let run = sentence
        .run_into(first)
        .or_else(|| sentence.plural_over_list(first));
    let plural_allowed = run.clone();
    // "The opposition leader, Councillor Priya Nandra": a descriptor set
    // off before a title that runs into the name.
    let set_off = match &run {
        Some(run) => sentence.set_off_before(run.start, last, possessive),
        None => sentence.set_off_before(first, last, possessive),
    };
    found.extend(set_off);
    found.extend(
        run.as_ref()
            .and_then(|run| sentence.joined_before(run.start)),
    );
    let copular = if possessive {
        None
    } else {
        sentence.copular_subject(run.as_ref().map_or(first, |run| run.start))
    };
    found.extend(copular.clone());
    found.extend(run);
    if !possessive {
        sentence.after(first, last, &mut found);
    }
    found
        .retain(|tokens| sentence.is_post(tokens.clone(), plural_allowed.as_ref() == Some(tokens)));
    found
        .into_iter()
        .map(|tokens| {
            let span = Span::new(
                sentence.tokens[tokens.start].span.start,
                sentence.tokens[tokens.end - 1].span.end,
            );
            let written = &text[span.start..span.end];
            let then = written.get(..5).is_some_and(|w| {
                w.eq_ignore_ascii_case("then-") || w.eq_ignore_ascii_case("then ")
            });
            Descriptor {
                span,
                text: written.to_string(),
                past: then
                    || sentence.linked_in_past(tokens.start)
                    || (copular.as_ref() == Some(&tokens)
                        && sentence.word(tokens.end) == Some("was")),
            }
        })
        .collect()
}

/// Every run of name words in `text` (one sentence) that has at least one
/// descriptor, with its descriptors: the run's span (a possessive ending
/// included) and what [`descriptors`] reads around it. A run is a stretch of
/// name words ([`words::is_name_word`]) with nothing but spaces between
/// them, ended by a possessive. Whether the name is a person's is the
/// caller's to judge from the descriptors.
pub fn described_names(text: &str) -> Vec<(Span, Vec<Descriptor>)> {
    // Tokenized once for the whole sentence: the descriptors of every name
    // are read from the same tokens.
    let words = SentenceWords::new(text);
    let tokens = &words.sentence.tokens;
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !(tokens[i].is_word() && is_name_word(tokens[i].text)) {
            i += 1;
            continue;
        }
        let first = i;
        let mut end = i + 1;
        while !is_possessive(tokens[end - 1].text)
            && end < tokens.len()
            && tokens[end].is_word()
            && is_name_word(tokens[end].text)
            && text[tokens[end - 1].span.end..tokens[end].span.start]
                .chars()
                .all(|c| c == ' ')
        {
            end += 1;
        }
        i = end;
        // A sentence's first word is capitalized anyway: "Standing in for
        // …", "Besides …" name nobody.
        let lower = tokens[first].text.to_lowercase();
        if first == 0
            && end == 1
            && (is_verb_like(&lower) || is_stop_word(&lower) || words::is_preposition(&lower))
        {
            continue;
        }
        let span = Span::new(tokens[first].span.start, tokens[end - 1].span.end);
        let found = words.descriptors(span);
        if !found.is_empty() {
            out.push((span, found));
        }
    }
    out
}

/// A half-open range of token indices.
type Tokens = std::ops::Range<usize>;

struct Sentence<'a> {
    tokens: Vec<Token<'a>>,
}

/// Verbs and participles that link a name to what it is.
const LINKING_WORDS: &[&str] = &[
    "acted",
    "acts",
    "appointed",
    "are",
    "as",
    "be",
    "became",
    "become",
    "becomes",
    "been",
    "being",
    "chosen",
    "confirmed",
    "elected",
    "installed",
    "is",
    "named",
    "nominated",
    "picked",
    "promoted",
    "remain",
    "remained",
    "remains",
    "served",
    "serves",
    "serving",
    "sworn",
    "tapped",
    "was",
    "were",
];

/// Linking words that put what follows in the past, sorted.
const PAST_LINKING_WORDS: &[&str] = &[
    "became", "had", "remained", "served", "took", "was", "were", "worked",
];

/// Words that may stand between a name and a linking verb without linking
/// anything themselves: "has been", "was later named", "sworn in as",
/// "works as" ("works at a bank" links nothing), "took over as", "was
/// previously".
const AUXILIARIES: &[&str] = &[
    "also",
    "had",
    "has",
    "have",
    "in",
    "later",
    "over",
    "previously",
    "recently",
    "subsequently",
    "takes",
    "taking",
    "took",
    "will",
    "work",
    "worked",
    "working",
    "works",
    "would",
];

/// Words that end a descriptor phrase: they start a clause or an adjunct.
const CLAUSE_WORDS: &[&str] = &[
    "after",
    "alongside",
    "although",
    "amid",
    "as",
    "because",
    "before",
    "by",
    "despite",
    "during",
    "from",
    "if",
    "including",
    "like",
    "since",
    "than",
    "that",
    "though",
    "unless",
    "until",
    "when",
    "where",
    "whereas",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "with",
];

/// Prepositions that may follow a role inside a descriptor: "ambassador to
/// Washington", "fellow at the Hudson Institute", "minister for crypto".
const ROLE_PREPOSITIONS: &[&str] = &["at", "for", "from", "in", "of", "on", "to"];

/// Prepositions of two words whose first is also a noun of a role ("prior
/// to the election" names no prior).
const COMPOUND_PREPOSITIONS: &[(&str, &str)] = &[
    ("prior", "to"),
    ("subject", "to"),
    ("thanks", "to"),
    ("next", "to"),
    ("close", "to"),
    ("ahead", "of"),
    ("instead", "of"),
];

/// Function words allowed inside a descriptor phrase.
const PHRASE_FUNCTION_WORDS: &[&str] = &[
    "a", "an", "at", "for", "her", "his", "in", "its", "my", "of", "on", "our", "the", "their",
    "to", "your",
];

/// Adverbs that open an apposition of the post held today: "Geoff
/// Ambrose, now chairman of …", "currently head of …".
const PRESENT_ADVERBS: &[&str] = &["currently", "now"];

/// Words after "in"/"on"/"at" that make it a date, which ends a descriptor.
const DATE_STARTS: &[&str] = &["early", "last", "late", "mid", "next", "recent", "this"];

fn one_of(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

/// Nouns of a relation to someone, not a post: "his predecessor, Tom
/// Hale", "Islamabad’s chief rival" give no title.
const RELATIONAL_NOUNS: &[&str] = &[
    "adversary",
    "ally",
    "aunt",
    "boyfriend",
    "brother",
    "colleague",
    "counterpart",
    "cousin",
    "daughter",
    "father",
    "fiance",
    "fiancee",
    "fiancé",
    "fiancée",
    "friend",
    "girlfriend",
    "granddaughter",
    "grandfather",
    "grandmother",
    "grandson",
    "husband",
    "mentor",
    "mother",
    "nemesis",
    "nephew",
    "niece",
    "neighbor",
    "neighbour",
    "opponent",
    "predecessor",
    "protege",
    "protégé",
    "rival",
    "sister",
    "son",
    "spouse",
    "successor",
    "uncle",
    "wife",
    "widow",
    "widower",
];

/// Words of quantity that open a noun phrase of several people ("few local
/// officials", "most observers"): never one person's title.
const QUANTIFIERS: &[&str] = &[
    "all",
    "any",
    "both",
    "countless",
    "each",
    "every",
    "few",
    "many",
    "most",
    "much",
    "no",
    "none",
    "numerous",
    "other",
    "others",
    "several",
    "some",
    "various",
];

impl<'a> Sentence<'a> {
    /// Whether the descriptor at `tokens` names a post: not a relation
    /// ("predecessor", "rival", "wife"), not a quantity of people ("few
    /// local officials"), and, unless `plural_allowed` (a run into a list
    /// of names), not a plural ("protesters in Kolkata").
    fn is_post(&self, tokens: Tokens, plural_allowed: bool) -> bool {
        let words: Vec<&str> = tokens
            .clone()
            .filter_map(|i| self.word(i))
            .filter(|w| !is_article(w))
            .collect();
        // "one of the founders": the person holds one of several posts of a
        // kind, named in the plural.
        let opens_one_of =
            words.len() > 2 && words[0].eq_ignore_ascii_case("one") && words[1] == "of";
        if opens_one_of && one_of(QUANTIFIERS, &words[2].to_lowercase()) {
            // "one of many officials": a quantity of people.
            return false;
        }
        let words = if opens_one_of {
            &words[2..]
        } else {
            &words[..]
        };
        let plural_allowed = plural_allowed || opens_one_of;
        let Some(first) = words.first() else {
            return false;
        };
        if one_of(QUANTIFIERS, &first.to_lowercase()) {
            return false;
        }
        let head = words
            .iter()
            .take_while(|w| !one_of(ROLE_PREPOSITIONS, w))
            .last()
            .copied()
            .unwrap_or(first);
        let bare = words::strip_possessive(head).0.to_lowercase();
        let singular = regular_singular(&bare);
        let relational = |w: &str| one_of(RELATIONAL_NOUNS, w);
        if relational(&bare) || singular.as_deref().is_some_and(relational) {
            return false;
        }
        let plural = !is_possessive(head)
            && !["ss", "us", "is"].iter().any(|e| bare.ends_with(e))
            && singular.as_deref().is_some_and(is_role);
        plural_allowed || !plural
    }

    /// The index after "one of" at `start` ("one of the founders", "one of
    /// five directors"), if it is there.
    fn after_one_of(&self, start: usize) -> Option<usize> {
        (self.word(start)?.eq_ignore_ascii_case("one") && self.word(start + 1)? == "of")
            .then_some(start + 2)
    }

    /// `index`, or the index after it when the word there is "the": where
    /// a complement's noun begins ("of migration", "of the mission").
    fn after_optional_the(&self, index: usize) -> usize {
        index + usize::from(self.word(index) == Some("the"))
    }

    fn word(&self, index: usize) -> Option<&'a str> {
        self.tokens
            .get(index)
            .filter(|t| t.is_word())
            .map(|t| t.text)
    }

    /// The first token of the full name, when the caller found only its last
    /// part ("Munir" in "Asim Munir"): up to three capitalized words that are
    /// no title word join the name, so "Zach" is not read as a title.
    fn extend_name_left(&self, mut first: usize) -> usize {
        for _ in 0..3 {
            match first.checked_sub(1).and_then(|i| self.word(i)) {
                Some(word)
                    if is_name_word(word)
                        && !is_possessive(word)
                        && !self.opens_with_role(first - 1) =>
                {
                    first -= 1
                }
                _ => break,
            }
        }
        first
    }

    /// Whether the capitalized word at `index` is a role that opens a run of
    /// capitalized words ("Photographer Jane Roe", "Sheikh Mohammed"): a
    /// title, not the first word of the name.
    fn opens_with_role(&self, index: usize) -> bool {
        let word = self.tokens[index].text;
        is_capitalized(word)
            && is_role(word)
            && !index
                .checked_sub(1)
                .and_then(|i| self.word(i))
                .is_some_and(|w| is_name_word(w) && !is_possessive(w))
    }

    /// Form 1: the descriptor run into the name from the left.
    fn run_into(&self, name: usize) -> Option<Tokens> {
        // "Chief Warrant Officer 3 Kyle Brenner": the grade of a rank
        // stands between it and the name.
        let grade = name >= 2
            && self
                .word(name - 1)
                .is_some_and(|w| w.len() == 1 && w.as_bytes()[0].is_ascii_digit())
            && self.word(name - 2).is_some_and(is_role);
        let end = name - usize::from(grade);
        let mut start = self.run_start(end);
        let next_to_name = self.word(end.checked_sub(1)?)?;
        // A role's complement may end the run when it is one noun
        // ("minister for migration", "head of the mission"); a longer one
        // may as well describe the name that follows ("founder of the
        // troubled digital start-up Ozy Media").
        let opens_complement = (start..end).rfind(|&i| self.role_with_complement(i));
        let one_noun_complement = opens_complement.is_some_and(|at| {
            let noun = self.after_optional_the(at + 1);
            noun + 1 == end
        });
        if let Some(at) = opens_complement
            .filter(|_| is_role(next_to_name) && !words::is_person_role(next_to_name))
        {
            // "director of the think-tank Curriculum for Cohesion": a kind
            // of organisation ending the complement describes the name that
            // follows, and the role before it is another's.
            start = at + 1;
            while start < end && is_stop_word(self.tokens[start].text) {
                start += 1;
            }
        }
        // "SNP MSP Fiona Hale", "Sinn Féin's MLA Mitchel McLaughlin": a
        // legislator's letters in capitals, after a word of the title,
        // end it ("at 10 AM John Smith" has none).
        let legislator = is_post_nominal_office(next_to_name) && start + 1 < end;
        if start == end
            || !(is_title_word(next_to_name)
                || is_role(next_to_name)
                || one_noun_complement
                || legislator)
            || !(legislator || (start..end).any(|i| is_role(self.tokens[i].text)))
        {
            return None;
        }
        Some(start..name)
    }

    /// Where a run of descriptor words ending just before `end` begins.
    fn run_start(&self, end: usize) -> usize {
        let mut start = end;
        while let Some(word) = start.checked_sub(1).and_then(|i| self.word(i)) {
            let index = start - 1;
            let lower = word.to_lowercase();
            let acronym = is_acronym(word);
            // "refused to support Plaid Cymru leader Dai Lloyd", "will back
            // party leader Tom Hale", "has learnt lock Joe Launchbury": a
            // plain lowercase word after "to", a modal or "has" that is no
            // role or title word is the verb they govern ("to ex-Oxford
            // United chairman" has none).
            let governed_verb = word.chars().all(char::is_lowercase)
                && !is_title_word(word)
                && !is_role(word)
                && index
                    .checked_sub(1)
                    .and_then(|i| self.word(i))
                    .is_some_and(|w| {
                        matches!(
                            w,
                            "to" | "will"
                                | "would"
                                | "can"
                                | "could"
                                | "should"
                                | "must"
                                | "may"
                                | "might"
                                | "shall"
                                | "did"
                                | "does"
                                | "not"
                                | "has"
                                | "have"
                                | "had"
                        )
                    });
            // "chief operating officer", "the managing director": an -ing
            // word between a title word, an article or a possessive and the
            // run is an attribute of the role, not a verb governing it.
            let attribute = word.ends_with("ing")
                && is_lowercase(word)
                && !one_of(CLAUSE_WORDS, word)
                && is_title_word(self.tokens[start].text) | is_role(self.tokens[start].text)
                && index
                    .checked_sub(1)
                    .and_then(|i| self.word(i))
                    .is_some_and(|w| {
                        is_article(w) || is_possessive(w) || is_title_word(w) || is_role(w)
                    });
            // "Deputy sports minister": after a rank modifier a word in -s
            // is the portfolio, not a verb.
            let after_rank_modifier = index
                .checked_sub(1)
                .and_then(|i| self.word(i))
                .is_some_and(crate::judge::is_rank_modifier);
            let stops = if governed_verb {
                true
            } else if attribute {
                false
            } else if is_stop_word(word) && !acronym {
                !(self.joins_title(index)
                    || self.joins_roles(index, end)
                    || (word == "and" && self.and_inside_a_name(index)))
            } else {
                // "who ran the authority during Ms Marsh's suspension".
                one_of(CLAUSE_WORDS, word)
                    || is_adverb(word)
                    || (is_capitalized(word)
                        && !acronym
                        && (is_stop_word(&lower) || words::is_preposition(&lower)))
                    || is_verb_like(word)
                    || (reads_as_present_verb(word) && !after_rank_modifier)
                    || is_calendar_word(word)
                    || word.bytes().all(|b| b.is_ascii_digit())
            };
            if stops {
                break;
            }
            start = index;
        }
        // A title's "of the" cannot begin it.
        while start < end && is_stop_word(self.tokens[start].text) {
            start += 1;
        }
        start
    }

    /// A plural title run into the first of several names, for a later
    /// name of the list: "cabinet ministers Ana Diaz and Tom Reyes" gives
    /// Reyes "cabinet ministers" too.
    fn plural_over_list(&self, name: usize) -> Option<Tokens> {
        let mut at = name;
        for _ in 0..4 {
            let joint = at.checked_sub(1)?;
            if !(self.tokens[joint].is(',') || self.word(joint) == Some("and")) {
                return None;
            }
            let mut start = joint;
            while start > 0 && self.word(start - 1).is_some_and(is_name_word) {
                start -= 1;
            }
            if start == joint {
                return None;
            }
            if let Some(run) = self.run_into(start) {
                let head = self.tokens[run.end - 1].text;
                let plural = head.ends_with('s')
                    && !head.ends_with("ss")
                    && words::is_person_role(&head[..head.len() - 1]);
                return plural.then_some(run);
            }
            at = start;
        }
        None
    }

    /// A subject linked to the name by "is" or "was" at `name` (where the
    /// name, or the title run into it, starts): "The current speaker is
    /// Sinn Féin's MLA Mitchel McLaughlin", "The company's chief executive
    /// was Tom Hale". The subject opens its clause with "the", so "the man
    /// who shot the president is …" and "the question for the chairman is
    /// …" give none, and it must end in a post of the project's lists
    /// before the verb, with no complement.
    fn copular_subject(&self, name: usize) -> Option<Tokens> {
        let copula = name.checked_sub(1)?;
        if !matches!(self.word(copula)?, "is" | "was") {
            return None;
        }
        let mut opening = copula;
        loop {
            opening = opening.checked_sub(1)?;
            let word = self.word(opening)?;
            if copula - opening > 8 || one_of(CLAUSE_WORDS, word) || is_verb_like(word) {
                return None;
            }
            let opens_clause = opening == 0 || !self.tokens[opening - 1].is_word();
            if word.eq_ignore_ascii_case("the") && opens_clause {
                break;
            }
        }
        let phrase = self.phrase(opening, false)?;
        // The post is the subject's last word, a role of the project's
        // lists, with no complement: "the fiercest critic of Acme's
        // chairman is …" names a critic, whatever the lexicon says of one.
        let plain =
            (phrase.start..phrase.end).all(|i| !one_of(ROLE_PREPOSITIONS, self.tokens[i].text));
        let head_is_post = self
            .word(copula - 1)
            .is_some_and(|w| is_title_word(w) || is_post_nominal_office(w));
        (phrase.end == copula && plain && head_is_post).then_some(phrase)
    }

    /// A bare title joined by "and" to the title run into a name at
    /// `run_start`: "Scottish First Minister and SNP leader Nicola
    /// Sturgeon", "former chancellor and Labour MP Ed Balls". With nothing
    /// before it, the first title stands for no one of its own, so both are
    /// the name's. After an article or a possessive it may be a person of
    /// its own ("met the president and Prime Minister Sharif"), and a
    /// name ("Mr Trump and Prime Minister Sharif") or a plural ("business
    /// leaders and Mayor Ruiz") before "and" is another person, and an
    /// organisation ("Senate and House Speaker Nancy Pelosi") no title.
    fn joined_before(&self, run_start: usize) -> Option<Tokens> {
        let and = run_start.checked_sub(1)?;
        if !matches!(self.word(and)?, "and" | "&") {
            return None;
        }
        let start = self.run_start(and);
        let head = self.word(and.checked_sub(1)?)?;
        let holds_role = words::is_person_role(head);
        let opens = start.checked_sub(1).and_then(|i| self.word(i));
        let bare = opens.is_none_or(|w| {
            !(is_article(w) || is_possessive(w) || is_name_word(w) || one_of(QUANTIFIERS, w))
        });
        (start < and
            && holds_role
            && !is_possessive(head)
            && bare
            && self.is_post(start..and, false))
        .then_some(start..and)
    }

    /// Whether "and" at `index` joins two titles run into one name
    /// ("Financial investor and former Ebay executive Hart-Hansen",
    /// "chairman and chief executive Jo Roe"): a role before it, and a
    /// lowercase word after it that begins a run holding a role before
    /// `end`. A capital after it is another person's title ("the president
    /// and Prime Minister Sharif").
    fn joins_roles(&self, index: usize, end: usize) -> bool {
        matches!(self.tokens[index].text, "and" | "&")
            && index
                .checked_sub(1)
                .and_then(|i| self.word(i))
                .is_some_and(|w| is_role(w) && !is_possessive(w))
            && self.word(index + 1).is_some_and(is_lowercase)
            && (index + 1..end).any(|i| is_role(self.tokens[i].text))
    }

    /// Whether the function word at `index` belongs to a capitalized title:
    /// "of" in "Secretary of State", "the" in "Chief of the Army Staff".
    fn joins_title(&self, index: usize) -> bool {
        let word = self.tokens[index].text;
        let capitalized_at =
            |i: Option<usize>| i.and_then(|i| self.word(i)).is_some_and(is_capitalized);
        let title_at = |i: Option<usize>| {
            i.and_then(|i| self.word(i))
                .is_some_and(|w| is_capitalized(w) && is_title_word(w))
        };
        match word {
            "of" | "for" | "on" => {
                let next = self.after_optional_the(index + 1);
                (title_at(index.checked_sub(1)) && capitalized_at(Some(next)))
                    || self.role_with_complement(index)
            }
            "the" => {
                let before = index.checked_sub(1).and_then(|i| self.word(i));
                matches!(before, Some("of" | "for" | "on"))
                    && ((title_at(index.checked_sub(2)) && capitalized_at(Some(index + 1)))
                        || self.role_with_complement(index - 1))
            }
            _ => false,
        }
    }

    /// Whether the "of", "for" or "on" at `index` opens a lowercase
    /// complement of a lowercase role before it: "minister for migration",
    /// "head of the mission". A relation ("wife of") is no role, and a
    /// plural role ("supporters of") heads no one person's title. A
    /// capitalized complement is left out: where it ends and a name begins
    /// cannot be told ("chief executive of Merlin Entertainments").
    fn role_with_complement(&self, index: usize) -> bool {
        let complement = self.after_optional_the(index + 1);
        matches!(self.tokens[index].text, "of" | "for" | "on")
            && index
                .checked_sub(1)
                .and_then(|i| self.word(i))
                .is_some_and(|w| {
                    is_lowercase(w)
                        && is_role(w)
                        && !is_possessive(w)
                        && self.is_post(index - 1..index, false)
                })
            && self.word(complement).is_some_and(is_lowercase)
    }

    /// Form 2: "DESCRIPTOR, NAME" with the descriptor before a comma.
    fn set_off_before(&self, first: usize, last: usize, possessive: bool) -> Option<Tokens> {
        if possessive {
            return None;
        }
        let mut before_name = first;
        if self.word(first.checked_sub(1)?).is_some_and(is_article) {
            before_name -= 1;
        }
        let comma = before_name.checked_sub(1)?;
        if !self.tokens[comma].is(',') {
            return None;
        }
        // An optional trailing phrase: "to Washington", "at the Hudson
        // Institute", read after a role. Of capitalized words, it is taken
        // whenever it follows a role; of lowercase ones ("director of city
        // development") only when the words before the comma make no
        // descriptor themselves ("Lee's personal representative" does).
        let role_before = |end: usize, lowercase: bool| {
            let mut tail = end;
            while end - tail < 7
                && tail.checked_sub(1).is_some_and(|i| {
                    self.word(i).is_some_and(|w| {
                        is_name_word(w)
                            || w == "the"
                            || (is_capitalized(w) && is_title_word(w))
                            // "head of UK equities", "director of European affairs".
                            || (lowercase && (is_acronym(w) || words::is_demonym(w)))
                            || (lowercase
                                && is_lowercase(w)
                                && !is_stop_word(w)
                                && (!is_verb_like(w) || self.is_attribute(i))
                                && !is_adverb(w)
                                && (!reads_as_present_verb(w) || self.is_plural_noun(i)))
                    })
                })
            {
                tail -= 1;
            }
            let preposition = tail.checked_sub(1).and_then(|i| self.word(i))?;
            let role = tail.checked_sub(2).and_then(|i| self.word(i))?;
            let opens_compound_preposition = COMPOUND_PREPOSITIONS
                .iter()
                .any(|(w, p)| role.eq_ignore_ascii_case(w) && preposition == *p);
            (tail < end
                && one_of(ROLE_PREPOSITIONS, preposition)
                && is_role(role)
                && !opens_compound_preposition)
                .then(|| self.run_into(tail - 1))
                .flatten()
                .filter(|run| self.is_post(run.clone(), false))
        };
        let role_before_phrase = |lowercase: bool| {
            // "the Supreme Council of the Armed Forces (Scaf), Field
            // Marshal …": a name's letters in brackets close it.
            let mut end = comma;
            if end >= 3
                && self.tokens[end - 1].is(')')
                && self.word(end - 2).is_some_and(is_acronym_like)
                && self.tokens[end - 3].is('(')
            {
                end -= 3;
            }
            let run = role_before(end, lowercase)?;
            // "the head of the Supreme Council of the Armed Forces": a
            // body's name is itself the complement of a post before it.
            let body = self.tokens[run.end - 1].text;
            if words::is_body_kind(body) {
                if let Some(post) = role_before(run.start, lowercase) {
                    return Some(post);
                }
            }
            Some(run)
        };
        // "The deputy leader of the council, Councillor Fatima Begum": a
        // run that is a role's complement ("council" after "leader of the")
        // is read with its role.
        // "Replacements: Dunn, Grant, Mercer, Homer": one capital that may
        // be a surname, with no article, is the next name of a list.
        let run = self.run_into(comma).filter(|run| {
            run.len() > 1
                || !is_name_word(self.tokens[run.start].text)
                || run.start > 0 && self.word(run.start - 1).is_some_and(is_article)
        });
        let complement = run.as_ref().is_some_and(|run| {
            let mut before = run.start;
            if before > 0 && self.word(before - 1).is_some_and(is_article) {
                before -= 1;
            }
            before
                .checked_sub(1)
                .and_then(|i| self.word(i))
                .is_some_and(|w| one_of(ROLE_PREPOSITIONS, w))
        });
        let head = role_before_phrase(false)
            .or_else(|| {
                if complement {
                    role_before_phrase(true)
                } else {
                    None
                }
            })
            .or(run)
            .or_else(|| role_before_phrase(true))?;
        let mut start = head.start;
        let before_run = start.saturating_sub(usize::from(
            start > 0 && self.word(start - 1).is_some_and(is_article),
        ));
        if let Some(one) = before_run.checked_sub(2) {
            if self.after_one_of(one) == Some(before_run) {
                // "One of the group's founders, Fiona Umetsu,".
                start = one;
            }
        }
        let mut clause = start;
        if clause > 0 && self.word(clause - 1).is_some_and(is_article) {
            clause -= 1;
        }
        let opens_clause = clause == 0 || !self.tokens[clause - 1].is_word();
        // Letters after the name are part of it: "her barrister, Clare
        // Dunmore KC, said".
        let mut after_name = last + 1;
        while self.word(after_name).is_some_and(is_post_nominal) {
            after_name += 1;
        }
        let name_closed = self
            .tokens
            .get(after_name)
            .is_none_or(|t| t.is(',') || t.is(')') || t.is(';') || t.is('.') || is_dash(t));
        (opens_clause || name_closed).then_some(start..comma)
    }

    /// Forms 3 and 4, after the last token of the name.
    fn after(&self, first: usize, last: usize, found: &mut Vec<Tokens>) {
        let Some(last) = self.post_nominal_offices(first, last, found) else {
            return;
        };
        // "Rep. Luis Paredes of California, the top Democrat on …": where
        // the person is from or works may stand between the name and the
        // apposition; a post there is the person's, a body's kind the
        // place's ("Tom Hale of Acme, the Leeds maker of …").
        let place_end = self.place_after_name(last);
        let last = place_end.unwrap_or(last);
        let next = last + 1;
        let Some(token) = self.tokens.get(next) else {
            return;
        };
        if token.is_word() {
            found.extend(self.predicative(next));
            return;
        }
        if !(token.is(',') || token.is('(') || is_dash(token)) {
            return;
        }
        let opening = next + 1;
        match self.word(opening) {
            Some("who" | "which") => found.extend(self.predicative(opening + 1)),
            Some(word) if one_of(LINKING_WORDS, word) || one_of(AUXILIARIES, word) => {
                found.extend(self.predicative(opening));
            }
            Some(_) => {
                // "According to Mr Malhotra, the council spent …": after
                // the object of an opening phrase the comma opens the main
                // clause; an apposition there is closed ("According to Tom
                // Hale, the chairman, …").
                // Closed by punctuation, or by an adjunct ("chairman of
                // Acme since 2015,"); an apposition closed before a name
                // is that name's ("Like Ruiz, the hospital's chief
                // executive, Mark Oduya, has warned").
                let closed = |phrase: &Tokens| match self.tokens.get(phrase.end) {
                    None => true,
                    Some(t) if t.is(',') => !self.word(phrase.end + 1).is_some_and(is_name_word),
                    Some(t) if t.is(')') || t.is('.') || is_dash(t) => true,
                    Some(_) => self
                        .word(phrase.end)
                        .is_some_and(|w| one_of(CLAUSE_WORDS, w)),
                };
                let object_of_opening = self.object_of_opening_phrase(first);
                let phrase = self.phrase(opening, true).filter(|phrase| {
                    (place_end.is_none() || self.names_a_post_held(phrase.clone()))
                        && (!object_of_opening || closed(phrase))
                });
                if phrase.is_none() {
                    // "Lena Lindqvist, a Swede who is also assistant
                    // conductor": a description that names no post, then
                    // a relative clause that does.
                    let who = (opening..opening + 5)
                        .take_while(|&i| self.tokens.get(i).is_some_and(|t| t.is_word()))
                        .find(|&i| self.word(i) == Some("who"));
                    if let Some(who) = who {
                        found.extend(self.predicative(who + 1));
                    }
                }
                if let Some(phrase) = phrase {
                    let end = phrase.end;
                    let party_state = phrase.len() == 1
                        && crate::judge::party_state(self.tokens[phrase.start].text).is_some();
                    found.push(phrase);
                    // "R-Ky.,": the period of the state's abbreviation.
                    let comma = if self.tokens.get(end).is_some_and(|t| t.is('.')) {
                        end + 1
                    } else {
                        end
                    };
                    if party_state && self.tokens.get(comma).is_some_and(|t| t.is(',')) {
                        // "Sen. Tom Hale, R-Kansas, the committee's ranking
                        // Republican,": a lawmaker's party and state, then
                        // the post.
                        found.extend(self.phrase(comma + 1, true));
                        return;
                    }
                    if let Some("who" | "which" | "that") = self.word(end) {
                        found.extend(self.predicative(end + 1));
                    }
                }
            }
            None => {}
        }
    }

    /// Whether the name at `first` (or the titles run into it) is the
    /// object of a phrase that opens its sentence or clause: "According
    /// to Mr Malhotra,", "For Tom Hale,".
    fn object_of_opening_phrase(&self, first: usize) -> bool {
        let mut start = first;
        while first - start < 4
            && start
                .checked_sub(1)
                .and_then(|i| self.word(i))
                .is_some_and(|w| is_capitalized(w) && is_title_word(w))
        {
            start -= 1;
        }
        let opens = |at: usize| at == 0 || !self.tokens[at - 1].is_word();
        match start.checked_sub(1).and_then(|i| self.word(i)) {
            Some(w) if w.eq_ignore_ascii_case("to") => start
                .checked_sub(2)
                .and_then(|i| self.word(i))
                .is_some_and(|a| a.eq_ignore_ascii_case("according") && opens(start - 2)),
            Some(w) => words::is_preposition(&w.to_lowercase()) && w != "of" && opens(start - 1),
            None => false,
        }
    }

    /// Whether the phrase `tokens` names a post a person holds, its head
    /// (the last word before a complement) no kind of body ("maker of
    /// ready meals" is a company).
    fn names_a_post_held(&self, tokens: Tokens) -> bool {
        let words: Vec<&str> = self.tokens[tokens].iter().map(|t| t.text).collect();
        let head = words
            .iter()
            .take_while(|w| !one_of(ROLE_PREPOSITIONS, w))
            .last();
        crate::judge::is_person_title(&words.join(" "))
            && !head.is_some_and(|w| words::is_organisation_kind(w))
    }

    /// The last word of "of" and a capitalized place or body after the
    /// name at `last`, closed by a comma ("Paredes of California,", "Hale
    /// of the Hudson Institute,").
    fn place_after_name(&self, last: usize) -> Option<usize> {
        if self.word(last + 1) != Some("of") {
            return None;
        }
        let mut at = last + 2;
        if self.word(at).is_some_and(is_article) {
            at += 1;
        }
        let run = (at..at + 4)
            .take_while(|&i| {
                self.word(i)
                    .is_some_and(|w| is_capitalized(w) && !is_possessive(w))
            })
            .count();
        let end = (at + run).checked_sub(1).filter(|_| run > 0)?;
        self.tokens
            .get(end + 1)
            .is_some_and(|t| t.is(','))
            .then_some(end)
    }

    /// Letters of office after a person's name are a title ("Fiona Hale
    /// MSP", "Judge Tom Reed QC"), and a descriptor may follow them ("Rhys
    /// Morgan AM, the party's economy spokesman,"); letters of honour
    /// ("OBE") are passed over. Pushes the titles and gives the last token
    /// of the name and its letters. `None` when the letters close a place's
    /// or a party's name instead: the head of a title before the next name
    /// ("Swansea East AM Mike Hedges", "North Wiltshire MP, James Gray") or
    /// of a description ("the Glasgow MSP"), or after a single word ("and
    /// Glasgow MSP"), since a person given letters is named in full.
    fn post_nominal_offices(
        &self,
        first: usize,
        last: usize,
        found: &mut Vec<Tokens>,
    ) -> Option<usize> {
        let mut end = last + 1;
        while self.word(end).is_some_and(is_post_nominal) {
            end += 1;
        }
        if end == last + 1 {
            return Some(last);
        }
        let name_at = |i: usize| self.word(i).is_some_and(is_name_word);
        let before_a_name =
            name_at(end) || (self.tokens.get(end).is_some_and(|t| t.is(',')) && name_at(end + 1));
        let determined = first
            .checked_sub(1)
            .and_then(|i| self.word(i))
            .is_some_and(|w| is_article(w) || is_possessive(w));
        if before_a_name || determined || first == last {
            return None;
        }
        found.extend(
            (last + 1..end)
                .filter(|&i| self.word(i).is_some_and(is_post_nominal_office))
                .map(|i| i..i + 1),
        );
        Some(end - 1)
    }

    /// Whether the linking words just before token `start` are in the past
    /// tense ("served as", "was later named", "had been").
    fn linked_in_past(&self, start: usize) -> bool {
        let mut index = start;
        // The phrase's article is left out of it ("served as an engineer").
        if index > 0 && self.word(index - 1).is_some_and(is_article) {
            index -= 1;
        }
        while index > 0 {
            index -= 1;
            let Some(word) = self.word(index) else {
                return false;
            };
            if one_of(PAST_LINKING_WORDS, word) {
                return true;
            }
            if !(one_of(LINKING_WORDS, word) || one_of(AUXILIARIES, word) || is_time_word(word)) {
                return false;
            }
        }
        false
    }

    /// Form 4: linking words, then a descriptor phrase.
    fn predicative(&self, start: usize) -> Option<Tokens> {
        let mut index = start;
        let mut linked = false;
        let mut dated_from = None;
        while let Some(word) = self.word(index) {
            if one_of(LINKING_WORDS, word) {
                linked = true;
            } else if is_time_word(word) {
                dated_from.get_or_insert(index);
            } else if !one_of(AUXILIARIES, word) {
                break;
            }
            index += 1;
        }
        // "have been in caretaker charge": "in" links only in "sworn in as".
        if !linked || self.word(index.wrapping_sub(1)) == Some("in") {
            return None;
        }
        let phrase = self.phrase(index, false)?;
        // Keep a time adverb that directly precedes the phrase ("now his envoy").
        let from = match dated_from {
            Some(at) if (at + 1..index).all(|i| !one_of(LINKING_WORDS, self.tokens[i].text)) => at,
            _ => phrase.start,
        };
        Some(from..phrase.end)
    }

    /// A descriptor phrase starting at `start` (an article there is skipped
    /// and left out). `apposition` is true after a comma or dash, where a
    /// phrase that opens with a bare name ("Sharif, Munir and …") is a list,
    /// one that opens with a capital "The" starts a sentence after a dateline
    /// ("NEW YORK - The founder …"), and one without an article that runs
    /// into a verb is the next clause ("… of Ukraine, U.K. activists dumped").
    fn phrase(&self, start: usize, apposition: bool) -> Option<Tokens> {
        self.phrase_of(start, apposition, false)
    }

    /// [`Self::phrase`], whose role may be `plural` ("one of the founders").
    fn phrase_of(&self, start: usize, apposition: bool, plural: bool) -> Option<Tokens> {
        if self
            .word(start)
            .is_some_and(|w| crate::judge::party_state(w).is_some())
        {
            // "Tom Hale, R-Texas,": the party and state of a lawmaker.
            return Some(start..start + 1);
        }
        if let Some(several) = self.after_one_of(start) {
            // "Tom Hale, one of the founders of Northwind,".
            let posts = self.phrase_of(several, false, true)?;
            return Some(start..posts.end);
        }
        let article = self.word(start).filter(|w| is_article(w));
        let start = start + usize::from(article.is_some());
        let first = self.word(start)?;
        if words::is_preposition(first) {
            // "had been without a manager": a state, not a post.
            return None;
        }
        let plain_name = is_name_word(first) && !is_possessive(first) && !is_role(first);
        // "Geoff Ambrose, now chairman of Infrastructure Victoria,": the
        // post held today, after one held before.
        let now_holds = one_of(PRESENT_ADVERBS, first)
            && self
                .word(start + 1)
                .is_some_and(|w| is_role(w) || is_title_word(w));
        if (plain_name && article.is_none() && !self.names_a_post(start))
            || (apposition && article.is_some_and(is_capitalized))
            || (apposition
                && is_stop_word(first)
                && !one_of(PHRASE_FUNCTION_WORDS, first)
                && !now_holds)
        {
            return None;
        }
        let start = start + usize::from(now_holds);
        let mut end = start;
        loop {
            // "the Harrisburg firm Whitaker & Lisle", "Procter & Gamble":
            // an ampersand between capitals is inside a firm's name.
            let ampersand = end > start
                && self.tokens.get(end).is_some_and(|t| t.is('&'))
                && self.word(end - 1).is_some_and(is_capitalized)
                && self.word(end + 1).is_some_and(is_capitalized);
            if ampersand {
                end += 1;
                continue;
            }
            let Some(word) = self.word(end) else {
                break;
            };
            if end > start && !self.continues_phrase(end, word) {
                break;
            }
            if end == start
                && (is_verb_like(word)
                    || one_of(CLAUSE_WORDS, word)
                    || is_participle_taking(word, self.word(end + 1)))
            {
                break;
            }
            end += 1;
            if end - start >= 16 {
                break;
            }
        }
        let runs_into_verb = self
            .word(end)
            .is_some_and(|w| is_verb_like(w) || reads_as_present_verb(w));
        if apposition && article.is_none() && runs_into_verb {
            return None;
        }
        // A trailing function word is cut ("Labour AM" ends in none).
        while end > start && is_stop_word(self.tokens[end - 1].text) {
            end -= 1;
        }
        if self.names_someone(start..end) {
            return None;
        }
        let head_end = (start..end)
            .find(|&i| one_of(ROLE_PREPOSITIONS, self.tokens[i].text))
            .unwrap_or(end);
        // "Mr Skates, Plaid Cymru AM,": a legislator's letters in capitals.
        let role = |word: &str| {
            is_role(word)
                || is_post_nominal_office(word)
                || (plural && regular_singular(word).is_some_and(|w| is_role(&w)))
        };
        (start..head_end)
            .any(|i| role(self.tokens[i].text))
            .then_some(start..end)
    }

    /// Whether the bare apposition at `start` ("Glasgow City Council
    /// leader") is a post, not the next name of a list ("Munir and other
    /// officials", "Rubio, and Munir"): capitalized words ending in a role,
    /// closed by a comma, a dash, a bracket, the sentence end or a clause
    /// word ("since", "that").
    fn names_a_post(&self, start: usize) -> bool {
        let mut end = start;
        while self.word(end).is_some_and(is_capitalized) {
            end += 1;
        }
        // One lowercase role may end it: "Acme chairman".
        if self
            .word(end)
            .is_some_and(|w| is_lowercase(w) && is_role(w))
        {
            end += 1;
        }
        let role_at_end = end >= start + 2
            && self
                .word(end - 1)
                .is_some_and(|w| is_role(w) || is_title_word(w) || is_post_nominal_office(w));
        let closed = self
            .tokens
            .get(end)
            .is_none_or(|t| t.is(',') || t.is(')') || t.is('.') || t.is(';') || is_dash(t))
            || self.word(end).is_some_and(|w| one_of(CLAUSE_WORDS, w));
        role_at_end && closed
    }

    /// Whether a phrase holds a title followed by a name ("Secretary of
    /// State Marco Rubio", "independent AM Nathan Gill", or lowercased,
    /// "secretary of state Marco Rubio"):
    /// that is another person, the next item of a list, not a descriptor.
    /// A titled person in the complement of a role is the one the post
    /// serves ("an aide to Senator Ana Ruiz", "a researcher in Prof
    /// Vance's laboratory"): the phrase still describes its own holder.
    fn names_someone(&self, phrase: Tokens) -> bool {
        let served = |title_index: usize| {
            let before = self.word(title_index - 1);
            let preposition = if before.is_some_and(is_article) {
                self.word(title_index.wrapping_sub(2))
            } else {
                before
            };
            preposition.is_some_and(|p| one_of(ROLE_PREPOSITIONS, p))
                && (phrase.start..title_index).any(|i| is_role(self.tokens[i].text))
                && is_capitalized(self.tokens[title_index].text)
                && words::is_person_role(self.tokens[title_index].text)
        };
        phrase
            .clone()
            .zip(phrase.start + 1..phrase.end)
            .filter(|&(title_index, _)| title_index == phrase.start || !served(title_index))
            .any(|(title_index, name)| {
                let title = self.tokens[title_index].text;
                // Lowercased ("secretary of state Marco Rubio"), only when
                // the name ends the phrase: "senior White House adviser"
                // and "former Middle East envoy" are one descriptor.
                // A lowercase role before a full name of two words is
                // another person too ("fitness coach Pedro Malta and …").
                let mut run_end = name;
                while run_end < phrase.end && is_name_word(self.tokens[run_end].text) {
                    run_end += 1;
                }
                let full_name = is_role(title)
                    && run_end - name >= 2
                    && self
                        .word(run_end)
                        .is_none_or(|w| !(is_role(w) || is_title_word(w)));
                // "at the Royal United Services Institute", "the Glasgow
                // Economic Leadership board": a name after an article, its
                // capitalized words that are no title words included, is an
                // organisation's, not a titled person's.
                let mut opens = title_index;
                while opens > phrase.start
                    && self
                        .word(opens - 1)
                        .is_some_and(|w| is_capitalized(w) && !is_title_word(w))
                {
                    opens -= 1;
                }
                let after_article = self.word(opens.wrapping_sub(1)).is_some_and(is_article);
                // "the National Transportation Safety Board": capitals that
                // end in a kind of body name the body, not a person.
                let names_a_body = (name..phrase.end)
                    .take_while(|&i| self.word(i).is_some_and(is_capitalized))
                    .last()
                    .is_some_and(|last| {
                        let word = self.tokens[last].text;
                        words::is_body_kind(word)
                    });
                // A field is a title word but titles no one alone: one
                // capital after it is a name's second word ("chairman of
                // Infrastructure Victoria", "Transport Scotland"); after
                // "Secretary of State" a person's full name follows.
                let titles_alone =
                    is_role(title) || words::is_honorific(title) || is_post_nominal_office(title);
                let field_then_surname = !titles_alone && run_end - name < 2;
                !after_article
                    && !names_a_body
                    && !field_then_surname
                    && (is_title_word(title) || is_post_nominal_office(title))
                    && (is_capitalized(title)
                        || full_name
                        || (name..phrase.end).all(|i| is_name_word(self.tokens[i].text)))
                    && !is_possessive(title)
                    && is_name_word(self.tokens[name].text)
            })
    }

    /// Whether the participle at `index` is an attribute, not the clause's
    /// verb: after an article ("the ruling party", "a leading economist",
    /// "the troubled digital start-up") or before a role it qualifies
    /// ("chief operating officer", "managing director").
    fn is_attribute(&self, index: usize) -> bool {
        index
            .checked_sub(1)
            .and_then(|i| self.word(i))
            .is_some_and(is_article)
            || self.word(index + 1).is_some_and(is_role)
    }

    /// Whether the word in -s at `index` is a plural noun, not a verb:
    /// after a preposition, an article or a capitalized word ("head of
    /// equities", "head of UK equities"), where no verb of the clause
    /// stands.
    fn is_plural_noun(&self, index: usize) -> bool {
        index
            .checked_sub(1)
            .and_then(|i| self.word(i))
            .is_some_and(|w| one_of(ROLE_PREPOSITIONS, w) || is_article(w) || is_capitalized(w))
    }

    /// Whether "and" at `index` stands inside the name of a body: between
    /// capitals, before a run of capitals that ends in a kind of body and
    /// holds no role ("the Food and Drink Federation", "the Competition and
    /// Markets Authority"). A name or a title after "and" ("Acme and Tom
    /// Hale", "Acme and Chief Executive Ana Ruiz") is another phrase.
    fn and_inside_a_name(&self, index: usize) -> bool {
        let before = index.checked_sub(1).and_then(|i| self.word(i));
        before.is_some_and(|w| is_capitalized(w) && !is_possessive(w))
            && self.capitals_name_a_body(index + 1)
    }

    /// Whether the words from `start`, after "and", are a second post of
    /// the same holder: "the shadow treasurer and Liberal member for Kew
    /// West", "and a Labor MP" (an article, capitals that say whose post
    /// it is, and a person's role), not another person ("and Acme
    /// chairman Tom Hale") nor the next name of a list ("and Tom Hale").
    fn opens_a_second_post(&self, start: usize) -> bool {
        let start = start + usize::from(self.word(start).is_some_and(is_article));
        let capitals = (start..start + 4)
            .take_while(|&i| {
                self.word(i)
                    .is_some_and(|w| is_capitalized(w) && !is_possessive(w))
            })
            .count();
        let is_post = |w: &str| words::is_person_role(w) || is_post_nominal_office(w);
        // The role ends the capitals ("Labor MP") or follows them
        // lowercased, after at most two words that qualify it ("Liberal
        // member", "England opening batter").
        let lowercase_role = (start + capitals..start + capitals + 3)
            .take_while(|&i| {
                self.word(i).is_some_and(|w| {
                    is_lowercase(w)
                        && !is_stop_word(w)
                        && (!is_verb_like(w) || self.is_attribute(i))
                })
            })
            .find(|&i| self.word(i).is_some_and(is_post));
        let role = if let Some(role) = lowercase_role {
            role
        } else if capitals >= 2 && self.word(start + capitals - 1).is_some_and(is_post) {
            start + capitals - 1
        } else {
            return false;
        };
        capitals > 0 && !self.word(role + 1).is_some_and(is_name_word)
    }

    /// Whether the capitals from `start` end in a kind of body and hold
    /// no role: "Drink Federation", "West Midlands Ambulance Service". The
    /// name ends before a post ("Food and Drink Federation Chairman"), or
    /// at its possessive ("Federation's chairman").
    fn capitals_name_a_body(&self, start: usize) -> bool {
        let name_word = |i: usize| {
            self.word(i)
                .is_some_and(|w| is_capitalized(w) && !words::is_person_role(w))
        };
        let mut run = (start..start + 5)
            .take_while(|&i| name_word(i) && !self.word(i).is_some_and(is_possessive))
            .count();
        if run < 5 && name_word(start + run) {
            run += 1;
        }
        let Some(last) = run.checked_sub(1).map(|n| start + n) else {
            return false;
        };
        let last_word = self.tokens[last].text;
        words::is_body_kind(last_word)
            && (start..last)
                .all(|i| !is_role(self.tokens[i].text) && !is_title_word(self.tokens[i].text))
    }

    /// Whether `word`, at `index` inside a descriptor phrase, continues it.
    fn continues_phrase(&self, index: usize, word: &str) -> bool {
        let next = self.word(index + 1);
        if word == "from" {
            // "a Democrat from Texas", "a diplomat from Pakistan": where the
            // holder comes from is part of the post; "from 2010", "from
            // May" dates it, and "from" before a lowercase word opens a
            // clause ("from there").
            return next.is_some_and(|n| {
                is_capitalized(n) && !is_calendar_word(n) && !is_stop_word(&n.to_lowercase())
            });
        }
        if word == "with" {
            // "a paramedic with West Midlands Ambulance Service": the body
            // the post is held with; "with Tom Hale", "with the deal" are
            // adjuncts.
            let body = index + 1 + usize::from(next.is_some_and(is_article));
            return self.capitals_name_a_body(body);
        }
        if one_of(CLAUSE_WORDS, word) {
            return false;
        }
        if matches!(word, "and" | "or" | "but" | "nor") {
            // "gold and copper reserve", but not "Munir and other officials".
            return next.is_some_and(|n| is_lowercase(n) && !is_stop_word(n) && !is_verb_like(n))
                || (word == "and"
                    && (self.and_inside_a_name(index) || self.opens_a_second_post(index + 1)));
        }
        if word == "The"
            && self
                .word(index.wrapping_sub(1))
                .is_some_and(|w| one_of(ROLE_PREPOSITIONS, w))
        {
            // "founder of The Drop Inn youth club": a body's name that
            // takes its article in capitals; "a judge at The Hague" is a
            // place.
            let capitals = (index + 1..index + 6)
                .take_while(|&i| self.word(i).is_some_and(is_capitalized))
                .count();
            let kind_at = (index + 1 + capitals..index + 3 + capitals)
                .take_while(|&i| self.word(i).is_some_and(is_lowercase))
                .last()
                .unwrap_or(index + capitals);
            return capitals > 0 && self.word(kind_at).is_some_and(words::is_body_kind);
        }
        if matches!(word, "in" | "on" | "at") {
            return !next.is_some_and(|n| {
                is_calendar_word(n)
                    || n.bytes().all(|b| b.is_ascii_digit())
                    || one_of(DATE_STARTS, n)
            });
        }
        if is_stop_word(word) {
            return one_of(PHRASE_FUNCTION_WORDS, word);
        }
        if is_participle_taking(word, next) {
            return false;
        }
        if is_verb_like(word) {
            if self.is_attribute(index) {
                return true;
            }
            // "a 2021 suicide bombing in Kabul": an -ing noun, not a verb taking an object.
            let followed_by_preposition = self.tokens.get(index + 1).is_none_or(|t| !t.is_word())
                || next.is_some_and(|n| one_of(ROLE_PREPOSITIONS, n));
            return word.ends_with("ing") && followed_by_preposition;
        }
        true
    }
}

/// Whether `word`, before `next`, is a past participle opening a clause
/// after a post: "the former treasurer accused of steering money", "a
/// judge appointed by the governor", "a teacher known for his thrift". A
/// participle that stands as an adjective before a noun ("the accused
/// man") takes no preposition; after a post with one it says what was done
/// to the holder, which is no part of the post.
fn is_participle_taking(word: &str, next: Option<&str>) -> bool {
    /// Irregular participles that take a preposition after a post.
    const IRREGULAR: &[&str] = &[
        "born", "brought", "caught", "chosen", "found", "given", "held", "known", "seen", "sent",
        "taken", "thought",
    ];
    let participle = is_lowercase(word) && (word.ends_with("ed") || IRREGULAR.contains(&word));
    participle && next.is_some_and(words::is_preposition)
}

/// Letters that abbreviate a name in brackets: "(Scaf)", "(FDF)", "(UN)".
/// Looser than [`words::is_acronym`], which wants every letter in capitals:
/// inside brackets after a name, a short capitalized word is its
/// abbreviation however the paper writes it.
fn is_acronym_like(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().count() <= 6
        && word.chars().all(char::is_alphabetic)
}

/// The singular of `word` if it were a regular plural ("deputies" ->
/// "deputy", "founders" -> "founder"); the caller asks a lexicon whether
/// it is one.
fn regular_singular(word: &str) -> Option<String> {
    word.strip_suffix("ies")
        .map(|stem| format!("{stem}y"))
        .or_else(|| word.strip_suffix('s').map(str::to_string))
}

/// A lowercase adverb in -ly ("notably", "reportedly"): it stands before
/// a title, it is no part of it. Nouns and adjectives in -ly that do go
/// in titles ("family", "elderly") are no adverbs.
fn is_adverb(word: &str) -> bool {
    is_lowercase(word)
        && word.ends_with("ly")
        && word.chars().count() > 4
        && !is_role(word)
        && !matches!(
            word,
            "family"
                | "assembly"
                | "elderly"
                | "early"
                | "friendly"
                | "rally"
                | "supply"
                | "weekly"
                | "monthly"
                | "daily"
                | "quarterly"
                | "yearly"
                | "italy"
        )
}

/// A lowercase word ending in a plain -s ("shows", "meets") before a title
/// is a verb: the words that modify a title are singular ("mining company",
/// not "minings company"), and plural possessives keep their apostrophe.
fn reads_as_present_verb(word: &str) -> bool {
    is_lowercase(word)
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
        && !is_possessive(word)
        && !is_title_word(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The descriptors of the first occurrence of `name` in `sentence`.
    #[track_caller]
    fn case(sentence: &str, name: &str, expected: &[&str]) {
        let start = sentence
            .find(name)
            .unwrap_or_else(|| panic!("{name:?} not in {sentence:?}"));
        let found = descriptors(sentence, Span::new(start, start + name.len()));
        for d in &found {
            assert_eq!(
                &sentence[d.span.start..d.span.end],
                d.text,
                "span and text differ"
            );
        }
        let texts: Vec<&str> = found.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(texts, expected, "descriptors of {name:?} in {sentence:?}");
    }

    #[test]
    fn run_into_the_name() {
        // A rank's grade between it and the name; a position whose first
        // sense is no person.
        case(
            "Chief Warrant Officer 3 Kyle Brenner, 34, died.",
            "Kyle Brenner",
            &["Chief Warrant Officer 3"],
        );
        case("He said 3 Kyle Brenner left.", "Kyle Brenner", &[]);
        case(
            "Bristol lock Mark Sorensen scored.",
            "Mark Sorensen",
            &["Bristol lock"],
        );
        case(
            "The BBC has learnt lock Joe Launchbury is out.",
            "Joe Launchbury",
            &["lock"],
        );
        case(
            "Pakistan seamer Fahad Qureshi took four wickets.",
            "Fahad Qureshi",
            &["Pakistan seamer"],
        );
        case(
            "Prime Minister Shehbaz Sharif flew in.",
            "Shehbaz Sharif",
            &["Prime Minister"],
        );
        case(
            "Prime Minister Shehbaz Sharif flew in.",
            "Sharif",
            &["Prime Minister"],
        );
        case(
            "A mural shows Pakistan Chief of the Army Staff Gen. Asim Munir, in uniform.",
            "Asim Munir",
            &["Pakistan Chief of the Army Staff Gen."],
        );
        case(
            "“Field Marshal Munir is here,” he said.",
            "Munir",
            &["Field Marshal"],
        );
        case(
            "He met then-Prime Minister Imran Khan twice.",
            "Khan",
            &["then-Prime Minister"],
        );
        case(
            "President Joe Biden changed course.",
            "Biden",
            &["President"],
        );
        case(
            "They sat beside U.S. Vice President J.D. Vance and others.",
            "Vance",
            &["U.S. Vice President"],
        );
        case(
            "They met Secretary of State Marco Rubio on Monday.",
            "Marco Rubio",
            &["Secretary of State"],
        );
        case(
            "Critics included Indian Prime Minister Narendra Modi.",
            "Modi",
            &["Indian Prime Minister"],
        );
        case(
            "It settled with Canadian mining company Barrick Gold last year.",
            "Barrick Gold",
            &["Canadian mining company"],
        );
        case(
            "It bought trucks from Japanese conglomerate Komatsu.",
            "Komatsu",
            &["Japanese conglomerate"],
        );
        case(
            "The Senate confirmed prominent Trump acolyte Sergio Gor quickly.",
            "Gor",
            &["prominent Trump acolyte"],
        );
        case(
            "It hired the firm U.S. Strategic Metals.",
            "U.S. Strategic Metals",
            &["firm"],
        );
        case(
            "The Bank of America CEO Brian Moynihan spoke.",
            "Moynihan",
            &["Bank of America CEO"],
        );
        case("Former Gov. Jane Roe is running.", "Roe", &["Former Gov."]);
        case(
            "The army’s retired general John Doe spoke.",
            "John Doe",
            &["army’s retired general"],
        );
    }

    #[test]
    fn set_off_by_a_comma_before_the_name() {
        case(
            "He courted leaders, including the country’s powerful military chief, Asim Munir—whom he hosted twice.",
            "Asim Munir",
            &["country’s powerful military chief"],
        );
        case(
            "Pakistan’s current ambassador to Washington, Rizwan Saeed Sheikh, explained the plan.",
            "Rizwan Saeed Sheikh",
            &["Pakistan’s current ambassador to Washington"],
        );
        case(
            "The Pakistan Crypto Council’s CEO, Bilal Bin Saqib, spoke first.",
            "Bilal Bin Saqib",
            &["Pakistan Crypto Council’s CEO"],
        );
        case(
            "Later, the bank’s investment arm, the International Finance Corporation, joined.",
            "International Finance Corporation",
            &["bank’s investment arm"],
        );
        case(
            "As a private company, Witkoff’s son Zach signed.",
            "Witkoff",
            &[],
        );
        case(
            "After meeting the president, Sharif said little.",
            "Sharif",
            &[],
        );
        case("In October, Trump spoke.", "Trump", &[]);
    }

    /// A role's complement set off before the name may be lowercase, or
    /// end in a capitalized title word; a participle between a title word
    /// and the role is an attribute of it; a descriptor may stand before a
    /// title run into the name. Shapes of corpus sentences (news-docs 023,
    /// 065, 085, 101), invented words.
    #[test]
    fn descriptors_before_the_name_in_full() {
        case(
            "Acme's chief operating officer, Paul Whitaker, said the plant would close.",
            "Paul Whitaker",
            &["Acme's chief operating officer"],
        );
        case(
            "The managing director, Tom Hale, said no.",
            "Tom Hale",
            &["managing director"],
        );
        case(
            "The council's director of city development, Martin Reeve, said the plan was sound.",
            "Martin Reeve",
            &["council's director of city development"],
        );
        case(
            "The Conservative MP for Sunderland Central, Alan Brierley, welcomed the deal.",
            "Alan Brierley",
            &["Conservative MP for Sunderland Central"],
        );
        case(
            "The chairman of Leeds City, Tom Hale, dismissed the concerns.",
            "Tom Hale",
            &["chairman of Leeds City"],
        );
        case(
            "The opposition leader, Councillor Priya Nandra, said the budget was wrong.",
            "Priya Nandra",
            &["opposition leader", "Councillor"],
        );
        // Negative rows: a verb before a title, a plural role, a compound
        // preposition, a phrase that opens no clause, a capitalized
        // complement, a kind of organisation before another name.
        case(
            "After meeting Minister Tom Hale, she left.",
            "Tom Hale",
            &["Minister"],
        );
        case(
            "The order came after a request from lawyers for Ruiz's personal representative, Tonja Carter.",
            "Tonja Carter",
            &["Ruiz's personal representative"],
        );
        case(
            "Prior to the election, the Northern Ireland Secretary Tom Hale was under fire.",
            "Tom Hale",
            &["Northern Ireland Secretary"],
        );
        case(
            "After meeting the head of the mission, Mayor Tom Hale said little.",
            "Tom Hale",
            &["Mayor"],
        );
        case(
            "She is chief executive of Northwind Tom Hale said.",
            "Tom Hale",
            &[],
        );
        case(
            "Speaking later, Greek minister for migration Tom Hale said it was unreasonable.",
            "Tom Hale",
            &["Greek minister for migration"],
        );
        case(
            "The head of the mission Ana Ruiz says the base works.",
            "Ana Ruiz",
            &["head of the mission"],
        );
        case(
            "The founder of the troubled digital start-up Ozy Media was arrested.",
            "Ozy Media",
            &[],
        );
        case(
            "Dr Ana Ruiz, director of the think-tank Curriculum for Cohesion, spoke.",
            "Curriculum for Cohesion",
            &["think-tank"],
        );
        case(
            "She thanked the wife of the president Tom Hale.",
            "Tom Hale",
            &["president"],
        );
    }

    /// "one of" several holders of a post named in the plural.
    #[test]
    fn bare_titles_joined_before_the_name() {
        // Shapes of news-docs sentences: a title with nothing before it,
        // joined by "and" to the one run into the name, is the name's too.
        let rows: &[(&str, &str, &[&str])] = &[
            (
                "Scottish First Minister and SNP leader Nicola Sturgeon said the vote was clear.",
                "Nicola Sturgeon",
                &["Scottish First Minister", "SNP leader"],
            ),
            (
                "The cat found fame alongside his owner, busker and Big Issue seller James Bowen.",
                "James Bowen",
                &["busker", "Big Issue seller"],
            ),
            (
                "Former chancellor and Labour MP Ed Balls will dance.",
                "Ed Balls",
                &["Former chancellor", "Labour MP"],
            ),
            // Another person: after an article, a name, a plural or an
            // organisation before "and".
            (
                "He met the president and Prime Minister Sharif.",
                "Sharif",
                &["Prime Minister"],
            ),
            (
                "Mr Trump and Prime Minister Sharif met.",
                "Sharif",
                &["Prime Minister"],
            ),
            (
                "Business leaders and Mayor Ana Ruiz met.",
                "Ana Ruiz",
                &["Mayor"],
            ),
            (
                "Senate and House Speaker Nancy Pelosi spoke.",
                "Nancy Pelosi",
                &["House Speaker"],
            ),
            (
                "Under Labour and Prime Minister Tony Blair, it grew.",
                "Tony Blair",
                &["Prime Minister"],
            ),
        ];
        for (sentence, name, expected) in rows {
            case(sentence, name, expected);
        }
    }

    #[test]
    fn rank_modifiers_complements_and_clause_words_in_runs() {
        // Shapes from a new user's articles.
        let rows: &[(&str, &str, &[&str])] = &[
            // After a rank modifier a word in -s is a portfolio.
            (
                "Deputy sports minister Vitaly Mutko said no.",
                "Vitaly Mutko",
                &["Deputy sports minister"],
            ),
            // A run that is a role's complement is read with its role.
            (
                "The deputy leader of the council, Councillor Fatima Begum, said no.",
                "Fatima Begum",
                &["deputy leader of the council", "Councillor"],
            ),
            (
                "The leader of the opposition Liberal Democrat group, Councillor Gareth Lloyd, said no.",
                "Gareth Lloyd",
                &["leader of the opposition Liberal Democrat group", "Councillor"],
            ),
            // A plural noun or a country in the complement of a role set
            // off before the name.
            (
                "Its head of UK equities, James Corrigan, said the deal was fair.",
                "James Corrigan",
                &["head of UK equities"],
            ),
            (
                "The director of equities, James Corrigan, said the deal was fair.",
                "James Corrigan",
                &["director of equities"],
            ),
            // A police rank of two words.
            (
                "Detective Inspector Claire Dunne of Kent Police said no.",
                "Claire Dunne",
                &["Detective Inspector"],
            ),
            // Negative rows: a clause word ends a run; a word in -s after
            // no rank modifier is a verb.
            (
                "Begum ran the authority during Ms Marsh's suspension.",
                "Marsh",
                &[],
            ),
            (
                "The mayor thanks minister Ana Ruiz.",
                "Ana Ruiz",
                &["minister"],
            ),
        ];
        for (sentence, name, expected) in rows {
            case(sentence, name, expected);
        }
    }

    #[test]
    fn subjects_linked_by_is_name_a_post() {
        // "The current speaker is Sinn Féin's MLA Mitchel McLaughlin"
        // (news-docs): a subject that opens its clause with "the" and ends
        // in a post, linked to the name by "is" or "was".
        let rows: &[(&str, &str, &[&str])] = &[
            (
                "The company's chief executive is Tom Hale.",
                "Tom Hale",
                &["company's chief executive"],
            ),
            (
                "In 2019, the club's chairman was Ana Ruiz.",
                "Ana Ruiz",
                &["club's chairman"],
            ),
            // Negative rows: no post, a subject inside a clause, a
            // possessive name, no article.
            ("The problem is Tom Hale.", "Tom Hale", &[]),
            (
                "The man who shot the president is John Hinckley.",
                "John Hinckley",
                &[],
            ),
            (
                "The question for the chairman is Ana Ruiz's future.",
                "Ana Ruiz",
                &[],
            ),
            ("Its chairman is Tom Hale.", "Tom Hale", &[]),
            // The subject's head is no post (review).
            (
                "The chief target of the Prime Minister's anger is Tom Hale.",
                "Tom Hale",
                &[],
            ),
            (
                "The fiercest critic of Acme Corp's chairman is Tom Hale.",
                "Tom Hale",
                &[],
            ),
        ];
        for (sentence, name, expected) in rows {
            case(sentence, name, expected);
        }
        let was = "The club's chairman was Ana Ruiz.";
        let at = was.find("Ana Ruiz").unwrap();
        let found = descriptors(was, Span::new(at, at + "Ana Ruiz".len()));
        assert!(found.len() == 1 && found[0].past, "{found:?}");
    }

    #[test]
    fn participles_that_qualify_a_role_stay_in_the_descriptor() {
        let rows: &[(&str, &str, &[&str])] = &[
            (
                "Ana Diaz, a leading economist, spoke.",
                "Ana Diaz",
                &["leading economist"],
            ),
            // A participle after an article or before a role is an
            // attribute (news-docs: "Ozy's then-chief operating officer",
            // "owner of a logging operation").
            (
                "Watson, Ozy's then-chief operating officer, was arrested.",
                "Watson",
                &["Ozy's then-chief operating officer"],
            ),
            (
                "Two pleaded guilty, including founder of the troubled digital start-up Ozy Media, Samir Rao, who lied.",
                "Samir Rao",
                &["founder of the troubled digital start-up Ozy Media"],
            ),
            (
                "Tom Hale, owner of a logging operation, spoke.",
                "Tom Hale",
                &["owner of a logging operation"],
            ),
            // A participle with a preposition after the post opens a clause
            // (a blind test's "the former Easton Falls city treasurer
            // accused of steering $1.4 million"); one before a noun stays.
            (
                "Charges against Richard Vance, the former city treasurer accused of steering money, stand.",
                "Richard Vance",
                &["former city treasurer"],
            ),
            (
                "Tom Hale, a former treasurer known for his thrift, spoke.",
                "Tom Hale",
                &["former treasurer"],
            ),
            (
                "Tom Hale, the retired deputy chief, spoke.",
                "Tom Hale",
                &["retired deputy chief"],
            ),
            // A participle with a preposition opens no post ("had been
            // accused of"); "for" and a number may open a name ("a
            // spokeswoman for 38 Degrees", a review probe).
            (
                "Tom Hale, a spokeswoman for 38 Degrees, said no.",
                "Tom Hale",
                &["spokeswoman for 38 Degrees"],
            ),
            (
                "Councillor Helen Marsh had been accused of steering a contract.",
                "Helen Marsh",
                &["Councillor"],
            ),
            // An ampersand between capitals is inside a firm's name; one
            // after a lowercase word is not.
            (
                "Whitaker, a partner at the Harrisburg firm Whitaker & Lisle, said no.",
                "Whitaker",
                &["partner at the Harrisburg firm Whitaker & Lisle"],
            ),
            (
                "Tom Hale, a partner at the firm & its adviser, said no.",
                "Tom Hale",
                &["partner at the firm"],
            ),
            // A participle before a noun that is no role is a verb.
            (
                "Tom Hale, a senator hoping voters agree, spoke.",
                "Tom Hale",
                &["senator"],
            ),
            // Negative rows: "from the" names no origin, and a capitalized
            // title after "and" is another person's (review: "the chief
            // executive of Acme Corp and Secretary of State for Business Ana
            // Ruiz").
            (
                "Tom Hale, a Labour MP from the North East, said no.",
                "Tom Hale",
                &["Labour MP"],
            ),
            (
                "It was agreed by Tom Hale, the chief executive of Acme Corp and Secretary of State for Business Ana Ruiz.",
                "Tom Hale",
                &["chief executive of Acme Corp"],
            ),
        ];
        for (sentence, name, expected) in rows {
            case(sentence, name, expected);
        }
    }

    #[test]
    fn one_of_several_holders() {
        case(
            "Tom Hale, one of the founders of Northwind, said no.",
            "Tom Hale",
            &["one of the founders of Northwind"],
        );
        case(
            "One of the group's founders, Fiona Umetsu, said it began in 2009.",
            "Fiona Umetsu",
            &["One of the group's founders"],
        );
        case(
            "Jane Gill was one of five directors of Evans Estates.",
            "Jane Gill",
            &["one of five directors of Evans Estates"],
        );
        // Negative rows: a relation, a quantity, no role.
        case(
            "Tom Hale, one of the opponents of the plan, said no.",
            "Tom Hale",
            &[],
        );
        case("Tom Hale, one of many officials, said no.", "Tom Hale", &[]);
        case("Tom Hale, one of the reasons, said no.", "Tom Hale", &[]);
    }

    /// After a name: where a holder comes from is part of the post, and a
    /// lawmaker's party and state may be followed by the post.
    #[test]
    fn origin_and_party_state_after_the_name() {
        case(
            "Rep. Lena Ortiz, a Democrat from Texas, said yes.",
            "Lena Ortiz",
            &["Rep.", "Democrat from Texas"],
        );
        case(
            "Munir, a diplomat from Pakistan since 2010, spoke.",
            "Munir",
            &["diplomat from Pakistan"],
        );
        case(
            "Sen. Tom Tillis, R-Kansas, the committee's ranking Republican, said no.",
            "Tom Tillis",
            &["Sen.", "R-Kansas", "committee's ranking Republican"],
        );
        // Negative rows: "from" before a date or a lowercase word.
        case(
            "Hale, a lawyer from May to June, spoke.",
            "Hale",
            &["lawyer"],
        );
        case("Hale, a lawyer from there, spoke.", "Hale", &["lawyer"]);
        case(
            "Sen. Tom Tillis, R-Kansas, said no.",
            "Tom Tillis",
            &["Sen.", "R-Kansas"],
        );
    }

    #[test]
    fn letters_of_office_after_a_name() {
        case(
            "Fiona Hale MSP told the chamber it would pass.",
            "Fiona Hale",
            &["MSP"],
        );
        case("“It failed,” said Clare Dunn KC.", "Clare Dunn", &["KC"]);
        case(
            "Judge Tom Reed QC said the crash was grave.",
            "Tom Reed",
            &["Judge", "QC"],
        );
        case(
            "Rhys Owen AM, the economy spokesman for the party, said no.",
            "Rhys Owen",
            &["AM", "economy spokesman for the party"],
        );
        // Honours are no post, and do not hide the apposition after them.
        case(
            "Jane Ode OBE, the chief executive of Acme, spoke.",
            "Jane Ode",
            &["chief executive of Acme"],
        );
        // Letters that close a constituency's or party's name head a title
        // before the next name, or a description.
        case("Swansea North AM Tom Hale said no.", "Swansea North", &[]);
        case(
            "It led North Kent MP, Jo Bell, to write.",
            "North Kent",
            &[],
        );
        case(
            "The Leeds Central MSP said his words were general.",
            "Leeds Central",
            &[],
        );
        case(
            "Sheridan, a former party leader and Glasgow MSP, was paid.",
            "Glasgow",
            &[],
        );
        // The same letters after a party or a place, run into the next name
        // or set off after one, are that name's title (news-docs: "Sinn
        // Féin's MLA Mitchel McLaughlin", "Swansea East AM Mike Hedges",
        // "the suspended Plaid Cymru AM Neil McEvoy"); a time written in
        // capitals is none.
        case(
            "The current speaker is Sinn Féin's MLA Mitchel McLaughlin.",
            "Mitchel McLaughlin",
            &["current speaker", "Sinn Féin's MLA"],
        );
        // Set off before a name, the letters are part of the name the
        // comma closes (a blind test article).
        case(
            "Mitigating, her barrister, Clare Dunmore KC, said she had suffered.",
            "Clare Dunmore",
            &["barrister", "KC"],
        );
        case(
            "Swansea East AM Mike Hedges said no.",
            "Mike Hedges",
            &["Swansea East AM"],
        );
        case(
            "Mr Skates, Labour AM, told the chamber it would pass.",
            "Skates",
            &["Labour AM"],
        );
        case(
            "The suspended Plaid Cymru AM Neil McEvoy, independent AM Nathan Gill and others voted.",
            "Neil McEvoy",
            &["Plaid Cymru AM"],
        );
        case("At 10 AM John Smith arrived.", "John Smith", &[]);
    }

    #[test]
    fn apposition_after_the_name() {
        case(
            "Jo Doe, the former Middle East envoy, spoke.",
            "Jo Doe",
            &["former Middle East envoy"],
        );
        case(
            "“It worked,” said Husain Haqqani, a senior fellow at the Hudson Institute who writes often.",
            "Husain Haqqani",
            &["senior fellow at the Hudson Institute"],
        );
        case(
            "“It worked,” said Uzair Younus, a principal at the Asia Group in Washington, D.C.",
            "Uzair Younus",
            &["principal at the Asia Group in Washington"],
        );
        case(
            "Sheikh, the Pakistani ambassador, described the links.",
            "Sheikh",
            &["Pakistani ambassador"],
        );
        case(
            "The Frontier Works Organization, a key engineering branch of the Pakistani military, signed a deal.",
            "Frontier Works Organization",
            &["key engineering branch of the Pakistani military"],
        );
        case(
            "The prize was Reko Diq, a large gold and copper reserve that was contested.",
            "Reko Diq",
            &["large gold and copper reserve"],
        );
        case(
            "Balochistan, the country’s largest but most volatile province, is rich.",
            "Balochistan",
            &["country’s largest but most volatile province"],
        );
        case("He met Sharif, Munir and other officials.", "Sharif", &[]);
        case("He met Vance, Rubio, and Munir.", "Rubio", &[]);
        case(
            "They met Vice President J.D. Vance, Secretary of State Marco Rubio, and others.",
            "Vance",
            &["Vice President"],
        );
        case(
            "Munir, then army chief, visited.",
            "Munir",
            &["then army chief"],
        );
        case("Younus, however, disagreed.", "Younus", &[]);
        case(
            "Before the anniversary of the invasion of Ukraine, U.K. activists dumped paint.",
            "Ukraine",
            &[],
        );
        case(
            "NEW YORK - The founder of the startup was convicted.",
            "YORK",
            &[],
        );
        case("Acme, a company making chips, grew.", "Acme", &["company"]);
        case(
            "Rizwan Saeed Sheikh, Pakistan’s ambassador to Washington, said so.",
            "Sheikh",
            &["Pakistan’s ambassador to Washington"],
        );
        case(
            "They caught Mohammad Sharifullah, the mastermind of a 2021 suicide bombing in Kabul during the withdrawal.",
            "Sharifullah",
            &["mastermind of a 2021 suicide bombing in Kabul"],
        );
    }

    #[test]
    fn predicative() {
        case(
            "Husain Haqqani, a senior fellow at the Hudson Institute who served as Pakistan’s ambassador to the United States from 2008 to 2011, spoke.",
            "Husain Haqqani",
            &["senior fellow at the Hudson Institute", "Pakistan’s ambassador to the United States"],
        );
        case(
            "Haqqani served as Pakistan’s ambassador to the United States from 2008.",
            "Haqqani",
            &["Pakistan’s ambassador to the United States"],
        );
        case(
            "The Pakistan Crypto Council’s CEO, Bilal Bin Saqib, was named Pakistan’s minister for crypto and blockchain in May.",
            "Bilal Bin Saqib",
            &["Pakistan Crypto Council’s CEO", "Pakistan’s minister for crypto and blockchain"],
        );
        case(
            "They welcomed the confirmation of prominent Trump acolyte Sergio Gor as the new U.S. ambassador to New Delhi.",
            "Sergio Gor",
            &["prominent Trump acolyte", "new U.S. ambassador to New Delhi"],
        );
        case(
            "He launched it with Steve Witkoff, who is now his administration’s Middle East envoy.",
            "Steve Witkoff",
            &["now his administration’s Middle East envoy"],
        );
        case("Munir became army chief in 2022.", "Munir", &["army chief"]);
        case(
            "Gor was later sworn in as ambassador.",
            "Gor",
            &["ambassador"],
        );
        case("Trump is annoyed with India.", "Trump", &[]);
        case("Khan was ousted in 2022.", "Khan", &[]);
        case("Pakistan is willing to walk the talk.", "Pakistan", &[]);
    }

    #[test]
    fn not_descriptors() {
        case("Vance, Rubio, and Pakistan’s Munir sat down.", "Munir", &[]);
        case(
            "She met Jane Roe, finance minister Omar Doe, and two aides.",
            "Jane Roe",
            &[],
        );
        case(
            "He met Jane Roe, secretary of state Omar Doe, and two aides.",
            "Jane Roe",
            &[],
        );
        case("Zach Witkoff visits often.", "Witkoff", &[]);
        case(
            "When Zach Witkoff visits Pakistan, people talk.",
            "Witkoff",
            &[],
        );
        case("“We won,” Sharif told Trump in October.", "Trump", &[]);
        case("“We won,” Sharif told Trump in October.", "Sharif", &[]);
        case(
            "Firms run by some of Trump’s former associates lobbied.",
            "Trump",
            &[],
        );
        case(
            "Trump called Munir his “favorite field marshal.”",
            "Munir",
            &[],
        );
        case(
            "The Afghan foreign minister visited New Delhi.",
            "New Delhi",
            &[],
        );
        case("Trump hosted Munir in June.", "Munir", &[]);
        case("Munir’s visit to the White House went well.", "Munir", &[]);
    }

    #[test]
    fn any_name_span_is_safe() {
        let sentence =
            "“Ministre” Élodie Müller—the envoy, ex-Gen. J.D. Roe’s aide—said: ‘no’ (2.0).";
        let boundaries: Vec<usize> = sentence
            .char_indices()
            .map(|(i, _)| i)
            .chain([sentence.len()])
            .collect();
        for (n, &start) in boundaries.iter().enumerate() {
            for &end in &boundaries[n..] {
                for d in descriptors(sentence, Span::new(start, end)) {
                    assert!(
                        sentence.is_char_boundary(d.span.start)
                            && sentence.is_char_boundary(d.span.end)
                    );
                    assert_eq!(&sentence[d.span.start..d.span.end], d.text);
                }
            }
        }
        assert!(
            descriptors(sentence, Span::new(sentence.len() + 5, sentence.len() + 9)).is_empty()
        );
    }

    #[test]
    fn words_around_a_name_that_are_no_title() {
        // A clause after "NAME,": a quantity of people, not Ruiz's post.
        case(
            "Besides Mayor Ana Ruiz, few local officials have spoken out.",
            "Ana Ruiz",
            &["Mayor"],
        );
        case(
            "Apart from Ana Ruiz, many local officials stayed away.",
            "Ana Ruiz",
            &[],
        );
        case("Lima, most observers agree, is calm.", "Lima", &[]);
        // The verb after "to" or a modal stops the title (news-docs:
        // "refused to support Plaid Cymru leader Dai Lloyd's attempt"); an
        // adjective or a prefixed word there does not.
        case(
            "Ministers refused to support Plaid Cymru leader Dai Lloyd's attempt.",
            "Dai Lloyd",
            &["Plaid Cymru leader"],
        );
        case(
            "Everton will include Toffees defender Tom Hale.",
            "Tom Hale",
            &["Toffees defender"],
        );
        case(
            "Cardoza plans to sell the club to ex-Oxford United chairman Kelvin Thomas.",
            "Kelvin Thomas",
            &["ex-Oxford United chairman"],
        );
        case(
            "She spoke to deputy leader Tom Hale.",
            "Tom Hale",
            &["deputy leader"],
        );
        // An adverb in front stops the title.
        case(
            "The bill was opposed, notably Governor Tom Hale.",
            "Tom Hale",
            &["Governor"],
        );
        case(
            "It was reportedly Senator Ana Ruiz who asked.",
            "Ana Ruiz",
            &["Senator"],
        );
        // Relational nouns: a relation, not a post.
        case("His predecessor, Tom Hale, left.", "Tom Hale", &[]);
        case("Tom Hale, his predecessor, left.", "Tom Hale", &[]);
        case("Peru, Chile’s chief rival, won.", "Peru", &[]);
        case("She met Hale’s wife Ana Ruiz.", "Ana Ruiz", &[]);
        case("Ana Ruiz, a successor to Hale, spoke.", "Ana Ruiz", &[]);
        // A plural set off from one name is another noun phrase.
        case(
            "He toured Lima. Protesters in Lima, police said, left.",
            "Lima",
            &[],
        );
        case(
            "Ana Ruiz, protesters at the gate said, had left.",
            "Ana Ruiz",
            &[],
        );
        // But a plural title runs into the names it is given to.
        case(
            "They met cabinet ministers Ana Diaz and Tom Reyes.",
            "Ana Diaz",
            &["cabinet ministers"],
        );
        case(
            "They met cabinet ministers Ana Diaz and Tom Reyes.",
            "Tom Reyes",
            &["cabinet ministers"],
        );
        case(
            "They met senators Ana Diaz, Jo Lee and Tom Reyes.",
            "Tom Reyes",
            &["senators"],
        );
        // A singular title belongs to the first name only.
        case(
            "They met minister Ana Diaz and Tom Reyes.",
            "Tom Reyes",
            &[],
        );
        // A bare apposition of capitalized words ending in a role.
        case(
            "Tom Hale, Glasgow City Council leader, said so.",
            "Tom Hale",
            &["Glasgow City Council leader"],
        );
        case(
            "Tom Hale, BBC Middle East editor, said so.",
            "Tom Hale",
            &["BBC Middle East editor"],
        );
        case("He met Hale, Ruiz and Diaz.", "Hale", &[]);
        case("He met Hale, Ana Ruiz, and others.", "Hale", &[]);
        // A list of titled names is no descriptor of the first.
        case(
            "He joins aide Tom Hale, fitness coach Ana Ruiz and goalkeeper coach Jo Diaz on the staff.",
            "Tom Hale",
            &["aide"],
        );
        // A state or a charge after a linking verb is no post.
        case("Lima had been without a mayor since May.", "Lima", &[]);
        case(
            "Tom Hale has been in caretaker charge since May.",
            "Tom Hale",
            &[],
        );
        case(
            "Tom Hale, who had been Acme chairman since 2010, left.",
            "Tom Hale",
            &["Acme chairman"],
        );
        // A rank abbreviated without its period; a researcher at an
        // institution whose name holds a title word; two joined titles; a
        // country's capitals.
        case(
            "The ally, Gen Tom Hale told reporters.",
            "Tom Hale",
            &["Gen"],
        );
        case(
            "Tom Hale, a researcher at the Royal United Services Institute, said.",
            "Tom Hale",
            &["researcher at the Royal United Services Institute"],
        );
        // The capitalized words of a name after an article are the
        // organisation's ("Economic" is a title word, as in "Economic
        // Secretary"); a title after a title word still names someone.
        case(
            "Professor Jim McDonald, chair of the Glasgow Economic Leadership board, said.",
            "Jim McDonald",
            &[
                "Professor",
                "chair of the Glasgow Economic Leadership board",
            ],
        );
        case(
            "Tom Hale, the Prime Minister Imran Khan, and others met.",
            "Tom Hale",
            &[],
        );
        case(
            "Financial investor and former Acme executive Tom Hale was fined.",
            "Tom Hale",
            &["Financial investor and former Acme executive"],
        );
        case(
            "They met the president and Prime Minister Tom Hale.",
            "Tom Hale",
            &["Prime Minister"],
        );
        case(
            "Former US Open champion Ana Ruiz led.",
            "Ana Ruiz",
            &["Former US Open champion"],
        );
        case(
            "Ana Ruiz, the 2011 US Open champion, led.",
            "Ana Ruiz",
            &["2011 US Open champion"],
        );
        case("Gen is a name too, said Ana Ruiz.", "Ana Ruiz", &[]);
        // Party-state forms.
        case(
            "“No,” said Sen. Tom Hale, R-Texas, on Monday.",
            "Tom Hale",
            &["Sen.", "R-Texas"],
        );
        case(
            "Rep. Ana Ruiz (D-Calif.) voted no.",
            "Ana Ruiz",
            &["Rep.", "D-Calif"],
        );
        case(
            "Tom Hale, a Texas Republican, voted no.",
            "Tom Hale",
            &["Texas Republican"],
        );
        case(
            "House Republican Tom Hale voted no.",
            "Tom Hale",
            &["House Republican"],
        );
        case("Tom Hale, R-Texas said.", "Tom Hale", &["R-Texas"]);
        case("Tom Hale, Ruiz and others left.", "Tom Hale", &[]);
        // Not relational: posts that name a relation to an office.
        case(
            "Tom Hale, the deputy chief of staff, left.",
            "Tom Hale",
            &["deputy chief of staff"],
        );
    }

    #[test]
    fn possessive_name_keeps_its_title_before() {
        case(
            "Field Marshal Munir’s visit went well.",
            "Munir",
            &["Field Marshal"],
        );
    }

    #[test]
    fn spans_are_char_boundaries_in_unicode_prose() {
        case(
            "Ministre délégué Élodie Müller, a senior fellow at the Institut Européen, spoke.",
            "Élodie Müller",
            &["senior fellow at the Institut Européen"],
        );
    }

    /// Rows of a fresh set of articles whose claims were written blind
    /// (a Senate story, a lab, a diplomatic one, a football club), with
    /// the negative of each rule.
    #[test]
    fn bodies_places_and_people_inside_descriptors() {
        // A state's abbreviation in a party tag keeps its period; the post
        // after the tag is read.
        case(
            "Sen. Harold Boyce, R-Ky., a member of the Senate Armed Services Committee, said it.",
            "Harold Boyce",
            &[
                "Sen.",
                "R-Ky",
                "member of the Senate Armed Services Committee",
            ],
        );
        // The post held now, after "now".
        case(
            "Geoff Ambrose, now chairman of Infrastructure Victoria, said it.",
            "Geoff Ambrose",
            &["chairman of Infrastructure Victoria"],
        );
        case(
            "Geoff Ambrose, now in his seventies, said it.",
            "Geoff Ambrose",
            &[],
        );
        // A field before one capital is a body's name, not a titled
        // person; before a full name it is one.
        case(
            "Stephen Duncan, commercial director at Historic Environment Scotland, said it.",
            "Stephen Duncan",
            &["commercial director at Historic Environment Scotland"],
        );
        case(
            "Tom Hale, an aide to Secretary of State Marco Rubio, said it.",
            "Tom Hale",
            &[],
        );
        // A second post after "and"; not another person after it.
        case(
            "Belinda Ashworth, the shadow treasurer and Liberal member for Kew West, said it.",
            "Belinda Ashworth",
            &["shadow treasurer and Liberal member for Kew West"],
        );
        case(
            "Belinda Ashworth, the shadow treasurer and a Labor MP, said it.",
            "Belinda Ashworth",
            &["shadow treasurer and a Labor MP"],
        );
        case(
            "Ana Ruiz, the treasurer and Labor MP Tom Hale met.",
            "Ana Ruiz",
            &["treasurer"],
        );
        case(
            "Ana Ruiz, the treasurer and Tom Hale met.",
            "Ana Ruiz",
            &["treasurer"],
        );
        case(
            "Marsh, a former Durham and England opening batter, said it.",
            "Marsh",
            &["former Durham and England opening batter"],
        );
        case(
            "Ana Ruiz, a judge at The Hague, said the case would proceed.",
            "Ana Ruiz",
            &["judge"],
        );
        // A surname in a list before the name is no title.
        case(
            "Replacements: Dunn, Grant, Mercer, Homer, Hastings.",
            "Homer",
            &[],
        );
        case(
            "The chairman, Tom Hale, said it.",
            "Tom Hale",
            &["chairman"],
        );
        // A name that takes its article in capitals.
        case(
            "Andrea Fox, founder of The Drop Inn youth club, said it.",
            "Andrea Fox",
            &["founder of The Drop Inn youth club"],
        );
        // Capitals that spell a function word are letters.
        case(
            "Patricia Holloway, the US ambassador to Kenya, said on Monday.",
            "Patricia Holloway",
            &["US ambassador to Kenya"],
        );
        case(
            "Holloway, US ambassador to Kenya, spoke.",
            "Holloway",
            &["US ambassador to Kenya"],
        );
        case("He told us, Holloway said.", "Holloway", &[]);
        // "and" inside a body's name; a name or a title after it is
        // another phrase.
        case(
            "“We listened,” said Sir David, the chairman of the Food and Drink Federation.",
            "Sir David",
            &["chairman of the Food and Drink Federation"],
        );
        case(
            "Ana Ruiz, a director of the Competition and Markets Authority, said no.",
            "Ana Ruiz",
            &["director of the Competition and Markets Authority"],
        );
        case(
            "Food and Drink Federation chairman Tom Hale said it.",
            "Tom Hale",
            &["Food and Drink Federation chairman"],
        );
        case(
            "The Food and Drink Federation's chairman, Tom Hale, said it.",
            "Tom Hale",
            &["Food and Drink Federation's chairman"],
        );
        case(
            "Tom Hale, a director of the Victoria and Albert Museum, said it.",
            "Tom Hale",
            &["director of the Victoria and Albert Museum"],
        );
        case(
            "Acme and Beta chairman Tom Hale said it.",
            "Tom Hale",
            &["Beta chairman"],
        );
        case(
            "Ana Ruiz, the chairman of Acme and Tom Hale, its founder, met.",
            "Ana Ruiz",
            &["chairman of Acme"],
        );
        // A body's name that is the complement of a post before it, its
        // letters in brackets after it (news-docs factcc-18840168).
        case(
            "She would meet the head of the Supreme Council of the Armed Forces (Scaf), Field Marshal Mohammed Tantawi, on Sunday.",
            "Mohammed Tantawi",
            &["head of the Supreme Council of the Armed Forces (Scaf)", "Field Marshal"],
        );
        case(
            "She met the chief executive of the Food Standards Agency, Tom Hale, on Sunday.",
            "Tom Hale",
            &["chief executive of the Food Standards Agency"],
        );
        case(
            "After talks with the Board of Trade (BoT), Tom Hale left.",
            "Tom Hale",
            &[],
        );
        // After the object of an opening phrase, an apposition is closed.
        case(
            "According to Mr Malhotra, the council spent £3m.",
            "Malhotra",
            &[],
        );
        case(
            "According to Ms Costigan, the department is also looking at it.",
            "Costigan",
            &[],
        );
        case(
            "According to Tom Hale, the chairman of Acme, the deal is off.",
            "Tom Hale",
            &["chairman of Acme"],
        );
        case(
            "For Tom Hale, chairman of Acme since 2015, the deal is a vindication.",
            "Tom Hale",
            &["chairman of Acme"],
        );
        case(
            "Like Ruiz, the hospital's chief executive, Mark Oduya, has warned of shortages.",
            "Ruiz",
            &[],
        );
        // The body a post is held with; a person or a common noun after
        // "with" is an adjunct.
        case(
            "His father, Sanjay Bhatt, a paramedic with West Midlands Ambulance Service, said it.",
            "Sanjay Bhatt",
            &["paramedic with West Midlands Ambulance Service"],
        );
        case(
            "Tom Hale, an analyst with the Brookings Institution, said it.",
            "Tom Hale",
            &["analyst with the Brookings Institution"],
        );
        case(
            "Tom Hale, a lawyer with Tom Ruiz, said it.",
            "Tom Hale",
            &["lawyer"],
        );
        case(
            "Tom Hale, a lawyer with the firm, said it.",
            "Tom Hale",
            &["lawyer"],
        );
        // A relative clause after a description that names no post; "took
        // over as", "was previously".
        case(
            "Lena Lindqvist, a Swede who is also assistant conductor of the Gothenburg Symphony, said it.",
            "Lena Lindqvist",
            &["assistant conductor of the Gothenburg Symphony"],
        );
        case(
            "Tom Hale, a man who is rarely wrong, said it.",
            "Tom Hale",
            &[],
        );
        case(
            "Ann Whitlock, who took over as CEO in March, said it.",
            "Ann Whitlock",
            &["CEO"],
        );
        case(
            "Ann Whitlock, who took over the firm in March, said it.",
            "Ann Whitlock",
            &[],
        );
        case(
            "Lena Lindqvist, who was previously assistant conductor of the Gothenburg Symphony, said it.",
            "Lena Lindqvist",
            &["previously assistant conductor of the Gothenburg Symphony"],
        );
        case(
            "Declan Furey, a former Munster scrum-half, said it.",
            "Declan Furey",
            &["former Munster scrum-half"],
        );
        // Capitals that end in a kind of body name it, not a titled person.
        case(
            "Nadia Reyes, a former investigator at the National Transportation Safety Board who now advises councils, said it.",
            "Nadia Reyes",
            &["former investigator at the National Transportation Safety Board"],
        );
        // A titled person in the complement is whom the post serves.
        case(
            "The work was done by Mark Ellery, a postdoctoral researcher in Prof Vance's laboratory, who dived daily.",
            "Mark Ellery",
            &["postdoctoral researcher in Prof Vance's laboratory"],
        );
        case(
            "Tom Hale, an aide to Senator Ana Ruiz, said it.",
            "Tom Hale",
            &["aide to Senator Ana Ruiz"],
        );
        case(
            "They met Vice President J.D. Vance, Secretary of State Marco Rubio, and others.",
            "Vance",
            &["Vice President"],
        );
        // "works as" links a post; "works at" does not.
        case(
            "Carl Denholm, the former Town striker who now works as a pundit for BBC Radio Lancashire, said it.",
            "Carl Denholm",
            &["former Town striker", "pundit for BBC Radio Lancashire"],
        );
        case(
            "Carl Denholm, who works at a bank in Leeds, said it.",
            "Carl Denholm",
            &[],
        );
        // The phrase's article stands between the linking words and it:
        // "served as an engineer", "worked as a pundit" are in the past.
        for (sentence, past) in [
            (
                "Tom Hale, who worked as an engineer at Boeing, said it.",
                true,
            ),
            (
                "Tom Hale, who served as an engineer at Boeing, said it.",
                true,
            ),
            ("Tom Hale, who was an engineer at Boeing, said it.", true),
            (
                "Tom Hale, who works as an engineer at Boeing, said it.",
                false,
            ),
            ("Tom Hale, who is an engineer at Boeing, said it.", false),
        ] {
            let at = sentence.find("Tom Hale").unwrap();
            let found = descriptors(sentence, Span::new(at, at + "Tom Hale".len()));
            let pasts: Vec<bool> = found.iter().map(|d| d.past).collect();
            assert_eq!(pasts, [past], "{sentence}");
        }
        case(
            "Carl Denholm, who worked the president's campaign, said it.",
            "Carl Denholm",
            &[],
        );
        // Where a person is from may stand before the apposition; a kind
        // of body there describes the place.
        case(
            "Rep. Luis Paredes of California, the top Democrat on the House railroads subcommittee, said no.",
            "Luis Paredes",
            &["Rep.", "top Democrat on the House railroads subcommittee"],
        );
        case(
            "Tom Hale of the Hudson Institute, a senior fellow, said it.",
            "Tom Hale",
            &["senior fellow"],
        );
        case(
            "Tom Hale of Acme Corp, the Leeds-based maker of ready meals, said it.",
            "Tom Hale",
            &[],
        );
    }
}
