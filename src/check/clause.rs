//! Clauses: which words of a sentence a value is tied to.
//!
//! A sentence often states several facts of one kind ("revenue rose 5% to
//! £1bn, while costs fell 3%"), and a claim's words may share a sentence
//! with a value that says nothing about the claim. A value is *tied* to a
//! claim when it and every one of the claim's anchors sit in one clause.
//!
//! A clause runs between clause boundaries: `;`, `:`, a dash between words
//! (" — ", " – ", " - ", "--"), parentheses, and a comma before a
//! conjunction or a relative pronoun (", while", ", but", ", which", ",
//! who"). Some boundaries do not cut:
//!
//! - a boundary followed by a word that links a value to what came before
//!   ("worth", "totalling", "valued", "of", "or", "up", "down") continues
//!   the clause: "a deal — worth $500 million";
//! - a parenthesis that restates a value ("104.5m roubles (£1.1m; $1.6m)",
//!   "90km (55 miles)") belongs to the clause around it, as an apposition;
//! - ", and" and ", or" cut only before a new subject (a pronoun, or a
//!   determiner or name followed by a verb), not inside a list ("the US,
//!   India, and China signed a $5bn deal").
//!
//! No parser does this for news prose at the speed the checker needs (a
//! pass over a located sentence's bytes), so it is written by hand.

use crate::extract::Span;

/// Conjunctions and relative pronouns that start a clause after a comma.
/// "When" and "where" are not among them: after a date or a place they
/// describe it ("came in February, when it helped arrest him"), so the
/// date belongs with what follows.
const CLAUSE_STARTS: &[&str] = &[
    "but", "while", "whereas", "although", "though", "because", "which", "who", "whom", "whose",
    "whereby", "yet", "so", "unless", "whilst",
];

/// Relative pronouns: the clause they start after a comma or a dash closes
/// at the next one ("The firm, which employs 300 people, paid $5m"), and
/// describes the words before it.
const RELATIVES: &[&str] = &["which", "who", "whom", "whose"];

/// After a comma, "and"/"or" start a clause only before one of these, or a
/// word followed by a verb-like word (see [`starts_a_clause`]).
const SUBJECTS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "you", "there", "this", "that", "these", "those",
];

/// Words that tie what follows a boundary to what came before it.
const LINKS: &[&str] = &[
    "worth",
    "totalling",
    "totaling",
    "valued",
    "of",
    "or",
    "up",
    "down",
    "from",
    "to",
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "some",
];

/// The clauses of a sentence, each identified by a number; a clause may
/// be interrupted (by a parenthesis, a relative clause) and resume.
pub struct Clauses {
    /// `(start, clause)`: from byte `start` on, until the next entry, the
    /// text belongs to clause `clause`.
    starts: Vec<(usize, usize)>,
    /// Per relative clause, the words it describes: (clause, antecedent
    /// span) — "Asim Munir" for ", whom he hosted in June".
    antecedents: Vec<(usize, Span)>,
}

impl Clauses {
    /// The clause the byte at `at` belongs to.
    pub fn of(&self, at: usize) -> usize {
        let i = self.starts.partition_point(|&(start, _)| start <= at);
        self.starts[i.saturating_sub(1)].1
    }

    /// Whether `value` and every one of `anchors` (each a set of places,
    /// any of which will do) share a clause. A relative clause shares one
    /// with the words it describes: "Shehbaz Sharif, whom he has met three
    /// times" ties "three times" to "Shehbaz Sharif".
    pub fn ties(&self, value: Span, anchors: &[Vec<Span>]) -> bool {
        let clause = self.of(value.start);
        anchors.iter().all(|places| {
            places
                .iter()
                .any(|&place| self.same(clause, value, self.of(place.start), place))
        })
    }

    fn same(&self, a: usize, a_span: Span, b: usize, b_span: Span) -> bool {
        let describes = |relative: usize, words: Span| {
            self.antecedents.iter().any(|&(clause, antecedent)| {
                clause == relative && antecedent.start <= words.start && words.end <= antecedent.end
            })
        };
        a == b || describes(a, b_span) || describes(b, a_span)
    }
}

/// The clauses of sentence `index` of `document`: one for a block read whole
/// (a heading, a table row, whose cells and phrases state one record),
/// else as [`clauses`] cuts it.
pub fn of_sentence(document: &crate::document::Document, index: usize) -> Clauses {
    let span = document.sentences()[index];
    if document.is_whole_block(index) {
        return Clauses {
            starts: vec![(span.start, 0)],
            antecedents: Vec::new(),
        };
    }
    clauses(&document.text()[span.start..span.end], span.start)
}

/// Cuts `text` into clauses. `offset` is added to every byte position, so
/// that a sentence cut out of a document keeps document positions.
pub fn clauses(text: &str, offset: usize) -> Clauses {
    let bytes = text.as_bytes();
    let mut starts = vec![(offset, 0usize)];
    let mut antecedents = Vec::new();
    let mut next_clause = 1;
    // Clauses interrupted by an open parenthesis, to resume after it.
    let mut resume: Vec<usize> = Vec::new();
    // The clause a relative clause (", which …,") interrupted, to resume at
    // the comma or dash that closes it.
    let mut inserted: Option<usize> = None;
    // Where the stretch since the last comma, dash or boundary starts.
    let mut last_break = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let after = at + c.len_utf8();
        let current = starts.last().map_or(0, |&(_, clause)| clause);
        let mut new_clause = |starts: &mut Vec<(usize, usize)>, from: usize| {
            starts.push((offset + from, next_clause));
            next_clause += 1;
            next_clause - 1
        };
        match c {
            ';' | ':' => {
                // "10:30", "3:1": a colon between digits is no boundary.
                let digits_around = at > 0
                    && bytes[at - 1].is_ascii_digit()
                    && bytes.get(after).is_some_and(u8::is_ascii_digit);
                if !digits_around && !linked(text, after) {
                    inserted = None;
                    new_clause(&mut starts, after);
                }
                last_break = after;
            }
            '—' | '–' | '-' | ',' => {
                let (end, is_break) = match c {
                    // "11,001": a digit group's comma is no mark.
                    ',' => (
                        after,
                        !(at > 0
                            && bytes[at - 1].is_ascii_digit()
                            && bytes.get(after).is_some_and(u8::is_ascii_digit)),
                    ),
                    _ => {
                        let spaced = at > 0
                            && text[..at].ends_with(char::is_whitespace)
                            && text[after..].starts_with(char::is_whitespace);
                        let double = c == '-' && text[after..].starts_with('-');
                        let between_words =
                            c == '—' && !text[after..].starts_with(char::is_numeric);
                        if double {
                            chars.next();
                        }
                        (
                            if double { after + 1 } else { after },
                            spaced || double || between_words,
                        )
                    }
                };
                if !is_break {
                    continue;
                }
                if let Some(clause) = inserted.take() {
                    // The comma or dash that closes ", which …," resumes the
                    // clause it interrupted.
                    starts.push((offset + end, clause));
                    last_break = end;
                    continue;
                }
                let word = next_word(text, end).to_ascii_lowercase();
                if RELATIVES.contains(&word.as_str()) {
                    let start = antecedent_start(text, last_break, at);
                    let antecedent = Span::new(offset + start, offset + at);
                    let relative = new_clause(&mut starts, end);
                    antecedents.push((relative, antecedent));
                    inserted = Some(current);
                } else if cuts(c, text, end, &word, &text[last_break..at]) {
                    new_clause(&mut starts, end);
                }
                last_break = end;
            }
            '(' => {
                let close = text[after..].find(')').map(|i| after + i);
                let restates = close.is_some_and(|close| restates_a_value(&text[after..close]));
                if !restates {
                    resume.push(current);
                    new_clause(&mut starts, after);
                } else if let Some(close) = close {
                    // Skip the restatement whole: its own ";" cuts nothing.
                    while chars.peek().is_some_and(|&(i, _)| i < close) {
                        chars.next();
                    }
                }
            }
            ')' => {
                if let Some(clause) = resume.pop() {
                    starts.push((offset + after, clause));
                }
            }
            _ => {}
        }
    }
    Clauses {
        starts,
        antecedents,
    }
}

/// Where the words a relative clause describes start: the noun phrase
/// that ends at byte `end`, back to a verb, a preposition, a conjunction or
/// the last break ("paid $5m to *Acme*, which"; "met *Prime Minister
/// Shehbaz Sharif*, whom").
fn antecedent_start(text: &str, last_break: usize, end: usize) -> usize {
    let mut start = end;
    for (at, word) in words_before(&text[last_break..end]) {
        let bare = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase();
        if verb_like(&bare) || NOT_IN_A_NAME.contains(&bare.as_str()) {
            break;
        }
        start = last_break + at;
    }
    start
}

/// Words that end a noun phrase read backwards: prepositions and
/// conjunctions ("of" is inside one: "the chief of staff").
const NOT_IN_A_NAME: &[&str] = &[
    "to",
    "with",
    "in",
    "on",
    "at",
    "for",
    "from",
    "by",
    "as",
    "than",
    "and",
    "or",
    "but",
    "including",
    "into",
    "over",
    "under",
    "after",
    "before",
    "against",
    "about",
];

/// The words of `text` from the last to the first, with their byte offsets.
fn words_before(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                words.push((s, &text[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, &text[s..]));
    }
    words.into_iter().rev()
}

/// Whether the comma or dash `mark`, followed by `word` at byte `end`,
/// starts a new clause; `since` is the stretch since the last break.
fn cuts(mark: char, text: &str, end: usize, word: &str, since: &str) -> bool {
    if mark == ',' {
        return CLAUSE_STARTS.contains(&word)
            || (matches!(word, "and" | "or")
                && has_verb(since)
                && starts_a_clause(
                    text,
                    end + text[end..].find(|c: char| !c.is_whitespace()).unwrap_or(0),
                ));
    }
    // A dash cuts, but not before what elaborates the clause it follows: a
    // word that links a value ("— worth $5m"), a participle ("—increasing
    // them to 50 percent"), or an apposition with no verb of its own ("—a
    // knowing reference to …").
    let participle = word.len() > 4 && word.ends_with("ing");
    let apposition = matches!(word, "a" | "an" | "the")
        && !text[end..].split_whitespace().take(4).any(|w| {
            verb_like(
                &w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_ascii_lowercase(),
            )
        });
    !(linked(text, end) || participle || apposition)
}

/// The first word at or after byte `at`, without punctuation.
fn next_word(text: &str, at: usize) -> &str {
    let rest = text[at..].trim_start();
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .unwrap_or(rest.len());
    &rest[..end]
}

/// Whether the word after a boundary at `at` ties what follows to what
/// came before ("— worth $500 million").
fn linked(text: &str, at: usize) -> bool {
    let word = next_word(text, at).to_ascii_lowercase();
    LINKS.contains(&word.as_str())
}

/// Whether "and"/"or" at byte `at` (the start of the conjunction) starts a
/// new clause: a subject pronoun follows, or a word and then a verb-like
/// word ("and the firm said", "and Smith paid").
fn starts_a_clause(text: &str, at: usize) -> bool {
    let conjunction = next_word(text, at);
    let rest = &text[at + conjunction.len()..];
    let mut words = rest.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase()
    });
    let Some(first) = words.next() else {
        return false;
    };
    if SUBJECTS.contains(&first.as_str()) {
        return true;
    }
    let determiner = matches!(
        first.as_str(),
        "the" | "a" | "an" | "its" | "his" | "her" | "their"
    );
    let mut following = words.take(3);
    if determiner {
        following.any(|w| verb_like(&w))
    } else {
        following.next().is_some_and(|w| verb_like(&w))
    }
}

/// Whether a stretch of text holds a verb: a list item ("India") does not,
/// a clause ("Smith paid $5m") does.
fn has_verb(stretch: &str) -> bool {
    stretch.split_whitespace().any(|w| {
        verb_like(
            &w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase(),
        )
    })
}

/// A word that reads as a finite verb in news prose: a past tense in -ed,
/// a reporting verb, or a form of "be", "have" or a modal.
fn verb_like(word: &str) -> bool {
    const VERBS: &[&str] = &[
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "said",
        "says", "told", "paid", "rose", "fell", "won", "lost", "made", "took", "gave", "got",
        "grew", "cut", "set", "hit", "may", "might", "must", "should", "did", "does",
    ];
    VERBS.contains(&word) || (word.len() > 4 && word.ends_with("ed"))
}

/// Whether the inside of a parenthesis only restates a value: it starts
/// with a figure or a currency sign and holds no verb ("£1.1m; $1.6m",
/// "55 miles", "about 90km").
fn restates_a_value(inside: &str) -> bool {
    let trimmed = inside.trim();
    let first = ["about ", "around ", "roughly ", "nearly ", "some "]
        .iter()
        .find_map(|hedge| trimmed.strip_prefix(hedge))
        .unwrap_or(trimmed);
    let starts_with_figure = first
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || "$£€¥₹".contains(c));
    starts_with_figure && trimmed.split_whitespace().count() <= 8 && !has_verb(trimmed)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `value` and every anchor of `anchors` share a clause of `text`.
    #[track_caller]
    fn case(text: &str, value: &str, anchors: &[&str], tied: bool) {
        let clauses = clauses(text, 0);
        let at = |word: &str| {
            let start = text
                .find(word)
                .unwrap_or_else(|| panic!("{word:?} in {text:?}"));
            Span::new(start, start + word.len())
        };
        let places: Vec<Vec<Span>> = anchors.iter().map(|a| vec![at(a)]).collect();
        assert_eq!(
            clauses.ties(at(value), &places),
            tied,
            "{value} / {anchors:?} in {text:?}"
        );
    }

    #[test]
    fn a_value_is_tied_to_words_of_its_own_clause() {
        let both = "Revenue rose 5% to £1bn, while costs fell 3% in the year.";
        case(both, "5%", &["Revenue"], true);
        case(both, "3%", &["costs"], true);
        case(both, "3%", &["Revenue"], false);
        case(both, "5%", &["costs"], false);
        let relative = "The firm, which employs 300 people, paid $5m to Acme.";
        case(relative, "$5m", &["paid", "Acme"], true);
        case(relative, "300", &["Acme"], false);
        let semicolon = "Sales were $4bn; profit was $1bn.";
        case(semicolon, "$1bn", &["profit"], true);
        case(semicolon, "$4bn", &["profit"], false);
        let dash = "The deal was signed in May — the talks had lasted 14 months.";
        case(dash, "May", &["deal"], true);
        case(dash, "14 months", &["deal"], false);
        let paren = "The index (which rose 2% last year) fell 3% in June.";
        case(paren, "3%", &["index", "June"], true);
        case(paren, "2%", &["June"], false);
        case(paren, "2%", &["index"], false);
        let closing = "He paid $5m to Acme, which employs 300 people.";
        case(closing, "300", &["paid"], false);
        case(closing, "$5m", &["paid", "Acme"], true);
        case(closing, "300", &["Acme"], true);
        // A relative clause describes the words before it, through a dash too.
        let whom = "He praised the army chief, Asim Munir—whom he hosted in June—and \
                    Prime Minister Shehbaz Sharif, whom he has met three times.";
        case(whom, "June", &["Asim Munir", "hosted"], true);
        case(whom, "three times", &["Shehbaz Sharif", "met"], true);
        case(whom, "three times", &["Asim Munir"], false);
        case(whom, "June", &["Shehbaz Sharif"], false);
        case(whom, "June", &["praised"], false);
        // A dash before an apposition or a participle elaborates the clause.
        let apposition =
            "He called him a marshal—a reference to the fact that he was the second one.";
        case(apposition, "second", &["marshal"], true);
        let participle =
            "He raised tariffs—increasing them to 50 percent over oil—and was critical.";
        case(participle, "50 percent", &["tariffs", "oil"], true);
        case(participle, "50 percent", &["critical"], false);
        let who = "Smith, who joined in 2010, said profit rose 4%.";
        case(who, "4%", &["Smith", "profit"], true);
        case(who, "2010", &["profit"], false);
        let when = "The win came in February, when it helped arrest Sharif.";
        case(when, "February", &["arrest", "Sharif"], true);
        let digits = "The epidemic, which has killed more than 11,000 people, spread.";
        case(digits, "11,000", &["killed", "people"], true);
        let but = "He won 52 votes, but his rival won 40.";
        case(but, "40", &["rival"], true);
        case(but, "52", &["rival"], false);
    }

    #[test]
    fn some_boundaries_do_not_cut() {
        // A link word after the boundary.
        case(
            "A new deal — worth $500 million — was signed.",
            "$500 million",
            &["deal"],
            true,
        );
        case(
            "The fund: totalling $3bn, it grew.",
            "$3bn",
            &["fund"],
            true,
        );
        // A parenthesis that restates a value, with its own semicolon.
        let roubles = "He stole 104.5m roubles (£1.1m; $1.6m), the court said.";
        case(roubles, "$1.6m", &["stole"], true);
        case(roubles, "£1.1m", &["stole"], true);
        case(
            "The town lies 90km (55 miles) from the capital.",
            "55 miles",
            &["capital"],
            true,
        );
        // A list with a serial comma, a score, a time, a hyphenated word.
        case(
            "The US, India, and China signed a $5bn deal.",
            "$5bn",
            &["US"],
            true,
        );
        case(
            "Wales won 3-1 at home, a club-record run.",
            "3-1",
            &["Wales"],
            true,
        );
        case(
            "The meeting at 10:30 lasted two hours.",
            "two hours",
            &["meeting"],
            true,
        );
        // "and" before a new subject cuts; inside a list it does not.
        let and = "Smith paid $5m, and the bank said it lost $2m.";
        case(and, "$2m", &["bank"], true);
        case(and, "$5m", &["bank"], false);
        case("It paid $5m, and he paid $2m.", "$5m", &["he"], false);
    }
}
