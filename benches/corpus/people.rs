//! People a text names, quote attributions, and the swaps made from them.
//!
//! The rules are the harness's own, kept simple and general:
//!
//! - A **name word** is a capitalised word with a lowercase letter, or a
//!   single capital (an initial), and not a function word ("The", "Who").
//!   At the start of a sentence, or right after an opening quote mark or a
//!   colon, a word is capitalised anyway, so there it counts only when the
//!   text also capitalises it elsewhere.
//! - A **name run** is a run of name words, joined by nothing but spaces,
//!   by a particle ("van", "bin") or by the dot of an initial or of a title
//!   ("Mr."). A possessive ends it. The name starts after the last title or
//!   honorific of the run ("Deputy Prime Minister", "Mr").
//! - A **person** is a name of two words or more, none of them a word of
//!   places or organisations ("Street", "Council", "United"), a month or a
//!   weekday, for which the text gives some sign of a person: a title in
//!   front, the last word used alone elsewhere ("Okafor" after "Ada
//!   Okafor"), or a speech verb next to it.
//! - The **attribution** of a quote is the name run or the pronoun ("he",
//!   "she") next to a speech verb in the quote's sentence, outside the
//!   quote: before the verb ("Smith said", "she also told"; not "a cousin
//!   of Smith said"), after it where it follows the quote or a comma
//!   ("…,” said Smith"), or after "according to"; the verb nearest the
//!   quote decides.

use super::edits::Edit;
use super::words::{
    is_capitalized, same_case, strip_possessive, tokens, Token, FUNCTION_WORDS, MONTHS,
    NAME_PARTICLES, NAME_TITLES, NOT_PERSON_WORDS, RANK_LADDERS, SPEECH_ADVERBS, SPEECH_VERBS,
    WEEKDAYS,
};
use std::collections::HashSet;

/// A run of name words.
#[derive(Clone, Debug)]
struct Run {
    /// First and one-past-last token, titles included.
    first: usize,
    last: usize,
    /// The first token of the name itself, after any titles.
    name_first: usize,
    /// Where the name ends, a possessive ending left out.
    name_end: usize,
    titled: bool,
}

/// The names and attributions of one text.
pub struct People<'t> {
    text: &'t str,
    tokens: Vec<Token>,
    /// For each token, whether it may be a name word.
    name_word: Vec<bool>,
    runs: Vec<Run>,
    /// Full names of the persons the text names, in order of first mention.
    persons: Vec<String>,
}

/// Words whose object a name is, never the subject of a speech verb.
const PREPOSITIONS: [&str; 11] = [
    "of", "for", "to", "with", "by", "from", "at", "in", "on", "about", "against",
];

fn is_pronoun(word: &str) -> bool {
    matches!(word, "he" | "she" | "He" | "She")
}

fn words_of(name: &str) -> HashSet<String> {
    name.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(|w| strip_possessive(w).to_lowercase())
        .collect()
}

impl<'t> People<'t> {
    pub fn new(text: &'t str, sentences: &[(usize, usize)]) -> People<'t> {
        let tokens = tokens(text, 0, text.len());
        let starts: HashSet<usize> = sentences.iter().map(|s| s.0).collect();
        // Where a capital says nothing: a sentence's or a line's first word,
        // or the first after an opening quote mark or a colon.
        let initial: Vec<bool> = (0..tokens.len())
            .map(|i| {
                starts.contains(&tokens[i].start)
                    || i.checked_sub(1).is_none_or(|p| {
                        let mark = !tokens[p].word
                            && matches!(tokens[p].text(text), "\"" | "“" | "‘" | ":");
                        mark || text[tokens[p].end..tokens[i].start].contains('\n')
                    })
            })
            .collect();
        let shaped = |token: &Token| {
            let word = strip_possessive(token.text(text));
            token.word
                && is_capitalized(word)
                && (word.chars().count() == 1 || word.chars().skip(1).any(char::is_lowercase))
                && !FUNCTION_WORDS.contains(&word.to_lowercase().as_str())
        };
        let capitalized_inside: HashSet<&str> = tokens
            .iter()
            .zip(&initial)
            .filter(|(t, initial)| !**initial && shaped(t))
            .map(|(t, _)| strip_possessive(t.text(text)))
            .collect();
        let name_word = tokens
            .iter()
            .zip(&initial)
            .map(|(t, initial)| {
                let word = strip_possessive(t.text(text));
                shaped(t)
                    && (!initial
                        || capitalized_inside.contains(word)
                        || NAME_TITLES.contains(&word))
            })
            .collect();
        let mut people = People {
            text,
            tokens,
            name_word,
            runs: Vec::new(),
            persons: Vec::new(),
        };
        people.runs = people.find_runs();
        people.persons = people.find_persons();
        people
    }

    fn word(&self, i: usize) -> &'t str {
        self.tokens[i].text(self.text)
    }

    /// Only spaces between tokens `i` and `i + 1`.
    fn joined(&self, i: usize) -> bool {
        let gap = &self.text[self.tokens[i].end..self.tokens[i + 1].start];
        !gap.contains('\n')
    }

    fn is_possessive(&self, i: usize) -> bool {
        let word = self.word(i);
        strip_possessive(word).len() < word.len()
    }

    fn find_runs(&self) -> Vec<Run> {
        let mut runs = Vec::new();
        let mut i = 0;
        while i < self.tokens.len() {
            if !self.name_word[i] {
                i += 1;
                continue;
            }
            let first = i;
            let mut last = i + 1;
            while last < self.tokens.len() && !self.is_possessive(last - 1) && self.joined(last - 1)
            {
                let previous = self.word(last - 1);
                let next_is_name = |at: usize| at < self.tokens.len() && self.name_word[at];
                // The dot of an initial or a title, or a particle, joins two
                // name words.
                let dot = self.word(last) == "."
                    && (previous.chars().count() == 1 || NAME_TITLES.contains(&previous));
                let particle = NAME_PARTICLES.contains(&self.word(last));
                if self.name_word[last] {
                    last += 1;
                } else if (dot || particle)
                    && last + 1 < self.tokens.len()
                    && self.joined(last)
                    && next_is_name(last + 1)
                {
                    last += 2;
                } else {
                    break;
                }
            }
            // The name starts after the last title in the run: "Deputy
            // Mayor Tom Reyes", "Chilean President Ana Lima".
            let name_first = (first..last - 1)
                .rev()
                .find(|&k| NAME_TITLES.contains(&self.word(k)))
                .map_or(first, |k| {
                    let mut start = k + 1;
                    while start + 1 < last && self.word(start) == "." {
                        start += 1;
                    }
                    start
                });
            let end_token = self.tokens[last - 1];
            let name_end = end_token.start + strip_possessive(end_token.text(self.text)).len();
            runs.push(Run {
                first,
                last,
                name_first,
                name_end,
                titled: name_first > first,
            });
            i = last;
        }
        runs
    }

    fn name_of(&self, run: &Run) -> &'t str {
        &self.text[self.tokens[run.name_first].start..run.name_end]
    }

    /// The capitalised words of a run's name, particles and dots aside.
    fn name_words(&self, run: &Run) -> Vec<&'t str> {
        (run.name_first..run.last)
            .filter(|&i| self.name_word[i])
            .map(|i| strip_possessive(self.word(i)))
            .collect()
    }

    fn speech_verb_at(&self, i: usize) -> bool {
        i < self.tokens.len() && SPEECH_VERBS.contains(&self.word(i))
    }

    fn next_word(&self, mut i: usize) -> usize {
        while i < self.tokens.len() && SPEECH_ADVERBS.contains(&self.word(i)) {
            i += 1;
        }
        i
    }

    fn find_persons(&self) -> Vec<String> {
        let mut persons: Vec<String> = Vec::new();
        for run in &self.runs {
            let words = self.name_words(run);
            let excluded = words.iter().any(|w| {
                NOT_PERSON_WORDS.contains(w) || MONTHS.contains(w) || WEEKDAYS.contains(w)
            });
            if words.len() < 2 || excluded {
                continue;
            }
            let name = self.name_of(run);
            let surname = words[words.len() - 1];
            let alone = self
                .runs
                .iter()
                .filter(|other| {
                    let other_words = self.name_words(other);
                    other_words.last() == Some(&surname) && other_words.len() == 1
                })
                .count();
            let speaking = self.speech_verb_at(self.next_word(run.last))
                || run
                    .first
                    .checked_sub(1)
                    .is_some_and(|p| self.speech_verb_at(p))
                || (run.first >= 2
                    && self.word(run.first - 1) == "to"
                    && self.word(run.first - 2) == "according");
            if (run.titled || alone > 0 || speaking) && !persons.iter().any(|p| p == name) {
                persons.push(name.to_string());
            }
        }
        persons
    }

    /// The run that ends at token `i`, or starts there.
    fn run_ending_at(&self, i: usize) -> Option<&Run> {
        self.runs.iter().find(|r| r.last == i + 1)
    }

    fn run_starting_at(&self, i: usize) -> Option<&Run> {
        self.runs.iter().find(|r| r.first == i)
    }

    /// The attribution of the quote at `quote` (bytes), as a byte range:
    /// the name run (titles included) or pronoun next to the speech verb
    /// nearest the quote in its sentences.
    pub fn attribution(
        &self,
        quote: (usize, usize),
        sentences: &[(usize, usize)],
    ) -> Option<(usize, usize)> {
        let from = sentences
            .iter()
            .find(|s| s.0 <= quote.0 && quote.0 < s.1.max(s.0 + 1))
            .map_or(quote.0, |s| s.0);
        let to = sentences
            .iter()
            .find(|s| s.0 < quote.1 && quote.1 <= s.1)
            .map_or(quote.1, |s| s.1);
        let outside =
            |t: &Token| (t.end <= quote.0 || t.start >= quote.1) && t.start >= from && t.end <= to;
        let mut verbs: Vec<usize> = (0..self.tokens.len())
            .filter(|&i| outside(&self.tokens[i]))
            .filter(|&i| {
                self.speech_verb_at(i)
                    || (self.word(i) == "according"
                        && i + 1 < self.tokens.len()
                        && self.word(i + 1) == "to")
            })
            .collect();
        let distance = |i: usize| {
            let t = self.tokens[i];
            if t.end <= quote.0 {
                quote.0 - t.end
            } else {
                t.start.saturating_sub(quote.1)
            }
        };
        verbs.sort_by_key(|&i| distance(i));
        for verb in verbs {
            let span = |run: &Run| (self.tokens[run.first].start, run.name_end);
            if self.word(verb) == "according" {
                if let Some(run) = self.run_starting_at(verb + 2) {
                    return Some(span(run));
                }
                continue;
            }
            // Before the verb: "Smith said", "she also told".
            let mut before = verb;
            while before > 0 && SPEECH_ADVERBS.contains(&self.word(before - 1)) {
                before -= 1;
            }
            if before > 0 && outside(&self.tokens[before - 1]) {
                let subject = before - 1;
                if is_pronoun(self.word(subject)) {
                    let t = self.tokens[subject];
                    return Some((t.start, t.end));
                }
                if let Some(run) = self.run_ending_at(subject) {
                    // "a cousin of Smith said" is the cousin's quote.
                    let governed = run
                        .first
                        .checked_sub(1)
                        .is_some_and(|p| PREPOSITIONS.contains(&self.word(p)));
                    if !self.is_possessive(subject) && !governed {
                        return Some(span(run));
                    }
                }
            }
            // After the verb, where the verb follows the quote or a comma:
            // "…,” said Smith", "…, said he, …".
            let after = verb + 1;
            let inverted = verb > 0 && !self.tokens[verb - 1].word;
            if inverted && after < self.tokens.len() && outside(&self.tokens[after]) {
                if is_pronoun(self.word(after)) {
                    let t = self.tokens[after];
                    return Some((t.start, t.end));
                }
                if let Some(run) = self.run_starting_at(after) {
                    return Some(span(run));
                }
            }
        }
        None
    }

    /// The quote at `quote` given to another person the text names: its
    /// attribution replaced by the full name of the first person who shares
    /// no word with the attribution or with the claimed `speaker`.
    pub fn speaker_swap(
        &self,
        quote: (usize, usize),
        speaker: Option<&str>,
        sentences: &[(usize, usize)],
    ) -> Result<Edit, &'static str> {
        let (start, end) = self
            .attribution(quote, sentences)
            .ok_or("no name or pronoun next to a speech verb in the quote's sentence")?;
        let mut taken = words_of(&self.text[start..end]);
        taken.extend(speaker.map(words_of).unwrap_or_default());
        let other = self
            .persons
            .iter()
            .find(|p| words_of(p).is_disjoint(&taken))
            .ok_or("the text names no other person")?;
        let mut edit = Edit::new(start, end, other.clone());
        edit.also = Some(quote);
        Ok(edit)
    }
}

/// A title swap for the descriptor at `descriptor` (bytes), held by
/// `person`: the descriptor of another person of the same text (`others`:
/// each title's range and holder), else its head one step up a rank ladder
/// (one down from the top).
pub fn title_swap(
    text: &str,
    descriptor: (usize, usize),
    person: Option<&str>,
    others: &[((usize, usize), Option<String>)],
) -> Result<Edit, &'static str> {
    let written = &text[descriptor.0..descriptor.1];
    let holder = person.map(words_of).unwrap_or_default();
    for (range, other) in others {
        let other_text = &text[range.0..range.1];
        let other_holder = other.as_deref().map(words_of).unwrap_or_default();
        if !other_text.eq_ignore_ascii_case(written)
            && !other_holder.is_empty()
            && other_holder.is_disjoint(&holder)
        {
            return Ok(Edit::new(descriptor.0, descriptor.1, other_text));
        }
    }
    let lower = written.to_lowercase();
    for ladder in RANK_LADDERS {
        // Longer heads first, so that "field marshal" is not read as "marshal".
        let mut steps: Vec<(usize, &str)> = ladder.iter().copied().enumerate().collect();
        steps.sort_by_key(|(_, head)| std::cmp::Reverse(head.len()));
        for (step, head) in steps {
            let Some(at) = find_word(&lower, head) else {
                continue;
            };
            let next = if step + 1 < ladder.len() {
                ladder[step + 1]
            } else {
                ladder[step - 1]
            };
            let original = &written[at..at + head.len()];
            let start = descriptor.0 + at;
            return Ok(Edit::new(
                start,
                start + head.len(),
                same_case(next, original),
            ));
        }
    }
    Err("no other person's descriptor and no rank ladder head")
}

/// Where `word` occurs in `text` as whole words.
fn find_word(text: &str, word: &str) -> Option<usize> {
    text.match_indices(word).map(|(at, _)| at).find(|&at| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}
