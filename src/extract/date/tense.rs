//! Where sentences end and where the future tense holds, per token: the
//! scanner counts anaphora only from dates in their own sentence, and reads
//! bare months and weekdays forward after a future-tense cue.

use super::lex::{Kw, Lex, Tok};

/// Per token: the index of its sentence, and whether a future-tense cue
/// comes before it in its clause.
pub(super) struct Clauses {
    pub sentence: Vec<u32>,
    pub future: Vec<bool>,
}

/// Forms of "to be" before "going/set/due/scheduled to"; "'s", "'re" and
/// "'m" are the contracted ones. "Is to" on its own is future too: "the
/// ministers are to meet on Monday", "the aim is to finish in June".
const BE: &[&str] = &["is", "are", "am", "s", "re", "m"];
/// Words that, between a form of "to be" and "to", put what follows in
/// the future: "is going to", "are set to", "is due to", "is scheduled
/// to", "is expected to", "is slated to", "is likely to", "is about to",
/// "is planning to".
const BE_ADJ: &[&str] = &[
    "going",
    "set",
    "due",
    "scheduled",
    "expected",
    "slated",
    "poised",
    "likely",
    "about",
    "planning",
    "preparing",
    "hoping",
];
/// Verbs of intent before "to": what they intend is still to come ("plans
/// to", "expects to", "aims to", "vowed to").
const INTEND: &[&str] = &[
    "plan", "plans", "planned", "expect", "expects", "intend", "intends", "intended", "aim",
    "aims", "hope", "hopes", "want", "wants", "vow", "vows", "vowed", "pledge", "pledges",
    "pledged", "promise", "promises", "promised",
];
/// Adjectives of what is still to come: "the upcoming vote on Thursday",
/// "the next round in March".
const COMING: &[&str] = &["upcoming", "forthcoming"];
/// Units that make "next" count from a narrated moment rather than from
/// now: "the next day", "the next week" after a date in the story.
const NARRATED_UNITS: &[&str] = &[
    "day",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "weekend",
    "month",
    "year",
];
/// Past-tense reporting verbs: "will be held in June, he said Tuesday"
/// goes back to the past at "said".
const REPORTED: &[&str] = &[
    "said",
    "told",
    "announced",
    "added",
    "wrote",
    "reported",
    "confirmed",
];

pub(super) fn clauses(text: &str, toks: &[Tok]) -> Clauses {
    let word = |i: usize| -> &str { toks.get(i).map_or("", |t| &text[t.start..t.end]) };
    let is = |i: usize, list: &[&str]| list.iter().any(|w| word(i).eq_ignore_ascii_case(w));
    let apostrophe = |i: usize| {
        toks.get(i)
            .is_some_and(|t| matches!(t.lex, Lex::Punct('\'' | '’')))
    };
    // "'ll", "'s": a word glued to an apostrophe.
    let contracted = |i: usize| i > 0 && apostrophe(i - 1) && !toks[i].space_before;
    let mut sentence = Vec::with_capacity(toks.len());
    let mut future = Vec::with_capacity(toks.len());
    let mut n = 0u32;
    let mut ahead = false;
    for (i, t) in toks.iter().enumerate() {
        if sentence_starts(text, toks, i) {
            n += 1;
            ahead = false;
        }
        sentence.push(n);
        future.push(ahead);
        let cue = match t.lex {
            Lex::Word => {
                let w = word(i);
                // "Will Smith" is a name; "Will the summit …?" a question.
                (w.eq_ignore_ascii_case("will")
                    && !(t.upper && toks.get(i + 1).is_some_and(|n| n.upper && n.is_plain_word())))
                    || w.eq_ignore_ascii_case("shall")
                    // A request asks for what has not happened yet:
                    // "please send it by Friday".
                    || w.eq_ignore_ascii_case("please")
                    || (contracted(i) && w.eq_ignore_ascii_case("ll"))
                    // "won't"
                    || (contracted(i) && w.eq_ignore_ascii_case("t") && i >= 2 && word(i - 2).eq_ignore_ascii_case("won"))
                    || is(i, COMING)
            }
            // "next" is a date word of its own ("next Tuesday"); before
            // another noun it puts the clause ahead, but not as the
            // preposition "next to" or in "next door".
            Lex::Kw(Kw::Next) => {
                !is(i + 1, NARRATED_UNITS)
                    && !matches!(toks.get(i + 1).map(|t| t.lex), Some(Lex::Kw(Kw::To)))
                    && !word(i + 1).eq_ignore_ascii_case("door")
            }
            Lex::Kw(Kw::To) if i >= 1 => {
                let be = |k: usize| is(k, BE) && (word(k).len() > 1 || contracted(k));
                is(i - 1, INTEND) || be(i - 1) || (i >= 2 && is(i - 1, BE_ADJ) && be(i - 2))
            }
            _ => false,
        };
        if cue {
            ahead = true;
        }
        if t.is_punct(';') || (t.lex == Lex::Word && is(i, REPORTED)) {
            ahead = false;
        }
    }
    Clauses { sentence, future }
}

/// Token `i` begins a new sentence: it is capitalized, a space comes
/// before it, and before that a ".", "!" or "?" (closing quotes and
/// brackets may follow the mark). A dot after a single letter is an
/// initial ("U.S. officials", "J. Smith"), not an end. A title such as
/// "Dr." also reads as an end; that only loses an anchor.
fn sentence_starts(text: &str, toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    if i == 0 || !t.space_before || !t.upper {
        return false;
    }
    let mut k = i - 1;
    while k > 0 && matches!(toks[k].lex, Lex::Punct('"' | '”' | '’' | '\'' | ')')) {
        k -= 1;
    }
    match toks[k].lex {
        Lex::Punct('!' | '?') => true,
        Lex::Punct('.') => {
            k == 0 || {
                let before = &toks[k - 1];
                let w = &text[before.start..before.end];
                !(w.chars().count() == 1 && before.upper)
            }
        }
        _ => false,
    }
}
