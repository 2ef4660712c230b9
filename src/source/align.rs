//! Which sentence of the source a clause of the summary restates.
//!
//! A summary says the source's facts in other words and other order, so
//! sentences are matched by the content words they share, weighted by how
//! rare each word is in the source (inverse document frequency): "dividend"
//! in two sentences of forty says more than "company" in thirty. The source
//! is indexed once (word -> sentences), and a clause is scored by walking
//! the postings of its own words, so aligning costs the length of the
//! clause's postings, never clauses x sentences.
//!
//! A clause aligns only where one sentence stands out: its score must be at
//! least [`MARGIN`] times the runner-up's. A summary clause that fuses two
//! source sentences aligns with neither, and is then judged by support
//! alone, never as a swap.

use crate::extract::Span;
use std::collections::HashMap;

/// How far the best sentence must outscore the second for a clause to
/// align with it. Lower finds more swaps and more false ones.
pub const MARGIN: f64 = 1.5;

/// The source's sentences by the content words they hold.
#[derive(Clone, Debug, Default)]
pub struct Index {
    postings: HashMap<String, Vec<u32>>,
    sentences: usize,
}

/// The sentence a clause restates, with its score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Aligned {
    /// The first sentence, and the last: the next one when the clause runs
    /// over two.
    pub sentence: usize,
    pub last: usize,
    pub score: f64,
    /// Content words the clause and the sentence share.
    pub shared: usize,
}

impl Index {
    /// Indexes `sentences` (spans of `text`).
    pub fn new(text: &str, sentences: &[Span]) -> Index {
        let mut postings: HashMap<String, Vec<u32>> = HashMap::new();
        for (n, sentence) in sentences.iter().enumerate() {
            let n = n as u32;
            for word in content_words(&text[sentence.start..sentence.end]) {
                let list = postings.entry(word).or_default();
                if list.last() != Some(&n) {
                    list.push(n);
                }
            }
        }
        Index {
            postings,
            sentences: sentences.len(),
        }
    }

    /// The sentence that `words` (a clause's content words) restate, when
    /// one outscores every other by [`MARGIN`].
    pub fn align(&self, words: &[String]) -> Option<Aligned> {
        self.align_with(words, MARGIN)
    }

    pub fn align_with(&self, words: &[String], margin: f64) -> Option<Aligned> {
        let scores = self.scores(words);
        let mut ranked: Vec<(u32, f64, usize)> = scores
            .iter()
            .map(|(&n, &(score, shared))| (n, score, shared))
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let (&(best, score, shared), rest) = ranked.split_first()?;
        let second = rest.first().map_or(0.0, |r| r.1);
        if score > 0.0 && score >= margin * second {
            return Some(Aligned {
                sentence: best as usize,
                last: best as usize,
                score,
                shared,
            });
        }
        // A clause that runs over two neighbouring sentences ("… for
        // $100/month. The offer is valid for the first 20 customers …")
        // aligns with the pair when together they stand out.
        let (other, _, _) = *rest.first()?;
        if best.abs_diff(other) != 1 {
            return None;
        }
        let (first, last) = (best.min(other), best.max(other));
        let (union, shared) = self.union_score(words, first, last);
        let third = rest.get(1).map_or(0.0, |r| r.1);
        (union >= margin * third).then_some(Aligned {
            sentence: first as usize,
            last: last as usize,
            score: union,
            shared,
        })
    }

    /// Each sentence's score for `words`: the weights of the words it
    /// holds, and how many.
    pub fn scores(&self, words: &[String]) -> HashMap<u32, (f64, usize)> {
        let mut scores: HashMap<u32, (f64, usize)> = HashMap::new();
        for (n, word) in words.iter().enumerate() {
            if words[..n].contains(word) {
                continue;
            }
            let Some(list) = self.postings.get(word) else {
                continue;
            };
            let weight = self.weight(list.len());
            for &sentence in list {
                let entry = scores.entry(sentence).or_insert((0.0, 0));
                entry.0 += weight;
                entry.1 += 1;
            }
        }
        scores
    }

    fn weight(&self, sentences_with_word: usize) -> f64 {
        (1.0 + self.sentences as f64 / sentences_with_word as f64).ln()
    }

    /// The score of two neighbouring sentences taken as one.
    fn union_score(&self, words: &[String], first: u32, last: u32) -> (f64, usize) {
        let mut score = 0.0;
        let mut shared = 0;
        for (n, word) in words.iter().enumerate() {
            if words[..n].contains(word) {
                continue;
            }
            let Some(list) = self.postings.get(word) else {
                continue;
            };
            if list.binary_search(&first).is_ok() || list.binary_search(&last).is_ok() {
                score += self.weight(list.len());
                shared += 1;
            }
        }
        (score, shared)
    }
}

/// The content words of `text`, lowercased and stemmed, in order: words of
/// two letters or more that are no function words and no numbers (a
/// clause's figures are what is being checked, not what locates it).
pub fn content_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .flat_map(|w| w.split('-'))
        .map(|w| w.trim_matches(|c: char| c == '\'' || c == '’'))
        .filter(|w| w.chars().count() >= 2 && w.chars().any(char::is_alphabetic))
        .filter(|w| !w.chars().any(|c| c.is_ascii_digit()))
        .map(|w| w.to_lowercase())
        .filter(|w| !is_function_word(w) && !is_amount_word(w))
        .map(|w| stem(&w))
        .collect()
}

/// A crude stem, enough for "shares", "shared", "sharing" and "share" to
/// meet: the possessive, a plural and a verb ending dropped.
fn stem(word: &str) -> String {
    let mut word = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
        .to_string();
    if let Some(base) = word.strip_suffix("ies").filter(|b| b.len() >= 2) {
        word = format!("{base}y");
    } else if word.ends_with('s') && !["ss", "us", "is"].iter().any(|e| word.ends_with(e)) {
        word.pop();
    }
    for ending in ["ing", "ed"] {
        if let Some(base) = word.strip_suffix(ending).filter(|b| b.chars().count() >= 3) {
            word = base.to_string();
            break;
        }
    }
    if word.chars().count() > 3 && word.ends_with('e') {
        word.pop();
    }
    word
}

/// Words that state a figure or belong to one ("three", "third", "$3
/// billion", "12 percent"): part of the value being checked, not of what
/// locates it.
fn is_amount_word(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "million",
        "billion",
        "trillion",
        "dozen",
        "bn",
        "mn",
        "percent",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "half",
        "twice",
    ];
    WORDS.contains(&word)
}

fn is_function_word(word: &str) -> bool {
    FUNCTION_WORDS.binary_search(&word).is_ok()
}

/// Sorted, for a binary search.
const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as",
    "at", "be", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
    "did", "do", "does", "down", "during", "each", "for", "from", "had", "has", "have", "he",
    "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just",
    "me", "more", "most", "my", "no", "nor", "not", "of", "off", "on", "once", "only", "or",
    "other", "our", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than",
    "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through",
    "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
    "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn index(sentences: &[&str]) -> (String, Index) {
        let mut text = String::new();
        let mut spans = Vec::new();
        for s in sentences {
            let start = text.len();
            text.push_str(s);
            spans.push(Span::new(start, text.len()));
            text.push(' ');
        }
        let index = Index::new(&text, &spans);
        (text, index)
    }

    #[track_caller]
    fn case(sentences: &[&str], clause: &str, expected: Option<usize>) {
        let (_, index) = index(sentences);
        let got = index.align(&content_words(clause)).map(|a| a.sentence);
        assert_eq!(got, expected, "{clause:?}");
    }

    #[test]
    fn function_words_are_sorted() {
        assert!(FUNCTION_WORDS.windows(2).all(|w| w[0] < w[1]));
        for w in ["a", "the", "with", "your"] {
            assert!(is_function_word(w), "{w}");
        }
        assert!(!is_function_word("dividend"));
    }

    #[test]
    fn a_clause_aligns_with_the_sentence_sharing_its_rare_words() {
        let source = [
            "The company raised its quarterly dividend to 13 cents a share.",
            "Net debt should fall below $25 billion by the end of the quarter.",
            "The company expects production to grow next year.",
        ];
        case(&source, "dividend raised to $0.15 per share", Some(0));
        case(&source, "reducing net debt below $30 billion", Some(1));
        case(&source, "production growth expected", Some(2));
        // Negative rows: nothing shared, or only a word every sentence has.
        case(&source, "the weather was fine", None);
        case(&source, "the company", None);
    }

    #[test]
    fn a_clause_fusing_two_sentences_aligns_with_neither() {
        let source = [
            "Revenue rose in Europe.",
            "Support is free.",
            "Margins fell in Asia.",
        ];
        case(&source, "revenue margins", None);
        case(&source, "margins Asia", Some(2));
    }

    #[test]
    fn a_clause_running_over_two_neighbouring_sentences_aligns_with_both() {
        let source = [
            "Members pay a fee.",
            "The premium bundle costs $100 a month.",
            "It is offered to the first 20 customers who sign up.",
            "Support is free.",
        ];
        let (_, first) = index(&source);
        let a = first
            .align(&content_words(
                "the premium bundle is offered for $50 a month to customers who sign up",
            ))
            .expect("aligned");
        assert_eq!((a.sentence, a.last), (1, 2));
        // Negative row: two sentences apart do not make a pair.
        let source = [
            "The premium bundle costs $100 a month.",
            "Support is free.",
            "It is offered to the first 20 customers who sign up.",
        ];
        let (_, apart) = index(&source);
        assert_eq!(
            apart.align(&content_words(
                "the premium bundle is offered for $50 a month to customers who sign up"
            )),
            None
        );
    }

    #[test]
    fn content_words_leave_out_numbers_and_function_words() {
        assert_eq!(
            content_words("The dividend rose to $0.13 per share in 2021's Q4"),
            ["dividend", "ros", "per", "shar"]
        );
        assert_eq!(content_words("the third of three tiers"), ["tier"]);
        assert_eq!(
            content_words("shares, sharing, shared, companies"),
            ["shar", "shar", "shar", "company"]
        );
    }
}
