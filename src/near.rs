//! Near spellings of the words a claim is found by: an `about` phrase or a
//! person that occurs in no checked text, where a close spelling does.
//!
//! A claim whose `about` phrase has a typo ("JP Morgan" for "JPMorgan") is
//! never located, so it is `missing` at info: the run passes, and a wrong
//! value beside the real name goes unchecked. So, once per run, for every
//! claim that no text states, each of its phrases of five characters or
//! more that occurs in no text is looked for in a close spelling: the same
//! letters and digits once case, spaces, hyphens and other punctuation are
//! set aside ("JP Morgan", "J.P. Morgan", "jpmorgan", "e-mail"), or, for a
//! name (a phrase with a capital), up to one letter changed, added or
//! dropped (two for names of eight letters or more), unless one spelling
//! merely runs on from the other ("Pakistan", "Pakistani"). Common words one
//! letter apart are mostly other words or other forms of one ("strategies",
//! "strategic"), not typos, so they are matched by letters only.
//! The first such spelling is reported, as a warning of the claims file
//! pointing at the text that holds it.
//!
//! Written by hand: the comparison is a plain edit distance (`strsim`) over
//! runs of a text's words; what needed care is which runs and which
//! phrases, not the distance.

use crate::claims::ClaimSet;
use crate::claims::Severity;
use crate::document::Document;
use crate::extract::Span;
use crate::findings::{ClaimsFinding, Finding, Status, TextPlace};

/// A phrase of a claim that no text has shown so far, and what of it the
/// texts have shown.
struct Target {
    /// The claim's index in its claims file.
    claim: usize,
    /// The phrase as the claims file writes it.
    phrase: String,
    /// Every spelling the phrase stands for (its entity's aliases).
    spellings: Vec<String>,
    /// The phrase's letters and digits, lowercased.
    key: String,
    /// How many words the phrase has.
    words: usize,
    /// Edits allowed on the key.
    allowed: usize,
    /// Whether some text holds one of its spellings.
    occurs: bool,
    /// The first close spelling a text holds.
    near: Option<TextPlace>,
}

/// The near spellings of one claims file's unlocated phrases, gathered over
/// the texts that file judged.
pub struct NearSpellings<'c> {
    claims: &'c ClaimSet,
    targets: Vec<Target>,
}

/// Phrases shorter than this (in letters and digits) are not looked for:
/// too many short words are one letter apart.
const SHORTEST: usize = 5;

impl<'c> NearSpellings<'c> {
    /// The phrases to look for: those of the claims that no text states
    /// (`stating[i]` is how many texts state claim `i`).
    pub fn new(claims: &'c ClaimSet, stating: &[usize]) -> NearSpellings<'c> {
        let mut targets = Vec::new();
        for (index, (claim, &texts)) in claims.claims.iter().zip(stating).enumerate() {
            if texts > 0 {
                continue;
            }
            let phrases = claim
                .about
                .iter()
                .chain(&claim.person)
                .chain(&claim.speaker);
            for phrase in phrases {
                let key = letters(phrase);
                if key.chars().count() < SHORTEST {
                    continue;
                }
                targets.push(Target {
                    claim: index,
                    phrase: phrase.clone(),
                    spellings: claims.spellings(phrase),
                    allowed: match key.chars().count() {
                        _ if !phrase.chars().any(char::is_uppercase) => 0,
                        0..8 => 1,
                        _ => 2,
                    },
                    words: phrase.split_whitespace().count(),
                    key,
                    occurs: false,
                    near: None,
                });
            }
        }
        NearSpellings { claims, targets }
    }

    /// Whether there is anything to look for.
    pub fn is_empty(&self) -> bool {
        self.targets.is_empty()
    }

    /// Whether every phrase has been settled: it occurs, or a close
    /// spelling was found (the texts left cannot change what is reported).
    pub fn settled(&self) -> bool {
        self.targets.iter().all(|t| t.occurs || t.near.is_some())
    }

    /// Reads one more text that this claims file judged.
    pub fn read(&mut self, document: &Document) {
        let text = document.text();
        let lower = text.to_lowercase();
        let words = word_spans(text);
        for target in &mut self.targets {
            if target.occurs {
                continue;
            }
            if target
                .spellings
                .iter()
                .any(|s| crate::locate::contains_words(&lower, &s.to_lowercase()))
            {
                target.occurs = true;
                continue;
            }
            if target.near.is_some() {
                continue;
            }
            if let Some(span) = nearest(text, &words, target) {
                let source = document.source_span(span);
                let (line, column) = document.line_col(source.start);
                let (end_line, end_column) = document.line_col(source.end);
                target.near = Some(TextPlace {
                    path: document.path().to_string(),
                    found: text[span.start..span.end].to_string(),
                    span: source,
                    line,
                    column,
                    end_line,
                    end_column,
                });
            }
        }
    }

    /// One warning per claim with a phrase that occurs in no text while a
    /// close spelling does (its first phrase so found).
    pub fn findings(self) -> Vec<ClaimsFinding> {
        let path = self.claims.path.display().to_string();
        let mut out: Vec<ClaimsFinding> = Vec::new();
        for target in self.targets {
            let Some(near) = target.near.filter(|_| !target.occurs) else {
                continue;
            };
            let claim = &self.claims.claims[target.claim];
            if out.iter().any(|f| f.finding.claim == claim.id) {
                continue;
            }
            let message = format!(
                "`about` phrase “{}” occurs nowhere; nearest: “{}” ({}:{}:{})",
                target.phrase, near.found, near.path, near.line, near.column
            );
            out.push(ClaimsFinding {
                path: path.clone(),
                line: claim.line,
                column: claim.column,
                texts: 0,
                finding: Finding {
                    claim: claim.id.clone(),
                    kind: claim.kind,
                    status: Status::Missing,
                    severity: Severity::Warning,
                    reason: None,
                    expected: claim.written.clone(),
                    found: Some(near.found.clone()),
                    replacement: None,
                    span: Some(near.span),
                    stale_since: None,
                    message,
                    suppressed: false,
                    source: None,
                    nearest: None,
                },
                text: Some(near),
            });
        }
        out
    }
}

/// The letters and digits of `phrase`, lowercased.
fn letters(phrase: &str) -> String {
    phrase
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The spans of the words of `text`: runs of letters, digits and the marks
/// inside names (apostrophes, hyphens, periods between letters).
fn word_spans(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let inner = matches!(c, '\'' | '’' | '-' | '.' | '&')
            && start.is_some()
            && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner {
            start.get_or_insert(at);
        } else if let Some(s) = start.take() {
            spans.push(Span::new(s, at));
        }
    }
    if let Some(s) = start {
        spans.push(Span::new(s, text.len()));
    }
    // A possessive is the word's, not part of its spelling.
    for span in &mut spans {
        let word = &text[span.start..span.end];
        for ending in ["'s", "’s"] {
            if word.len() > ending.len() && word.ends_with(ending) {
                span.end -= ending.len();
            }
        }
    }
    spans
}

/// The first run of one word more or fewer than the phrase has whose
/// letters are within the allowed edits of the phrase's.
fn nearest(text: &str, words: &[Span], target: &Target) -> Option<Span> {
    let key_len = target.key.chars().count();
    let lengths = target.words.saturating_sub(1).max(1)..=target.words + 1;
    for (i, first) in words.iter().enumerate() {
        for n in lengths.clone() {
            let Some(last) = words.get(i + n - 1) else {
                break;
            };
            let run = Span::new(first.start, last.end);
            let key = letters(&text[run.start..run.end]);
            let len = key.chars().count();
            if len > key_len + target.allowed {
                break;
            }
            if len + target.allowed < key_len {
                continue;
            }
            // One spelling that merely runs on from the other is another
            // form of the word ("Pakistan", "Pakistani"), not a slip.
            let another_form =
                key != target.key && (key.starts_with(&target.key) || target.key.starts_with(&key));
            if !another_form && strsim::levenshtein(&key, &target.key) <= target.allowed {
                return Some(run);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::parse_claims;
    use std::path::Path;

    fn claims(about: &str) -> ClaimSet {
        let text = format!("[[claim]]\nid = \"deal\"\nabout = [{about}]\nmoney = \"$5 million\"\n");
        parse_claims(Path::new("claims.toml"), &text).expect("valid claims")
    }

    #[test]
    fn a_phrase_found_nowhere_names_its_nearest_spelling() {
        #[track_caller]
        fn case(about: &str, text: &str, near: Option<&str>) {
            let set = claims(about);
            let mut spellings = NearSpellings::new(&set, &[0]);
            spellings.read(&Document::new("a.txt", text.to_string()));
            let found: Vec<String> = spellings
                .findings()
                .into_iter()
                .filter_map(|f| f.finding.found)
                .collect();
            assert_eq!(
                found.first().map(String::as_str),
                near,
                "{about} in {text:?}"
            );
        }
        // Case, spaces, hyphens and periods.
        case(
            "\"JP Morgan\"",
            "JPMorgan paid $6 million.",
            Some("JPMorgan"),
        );
        case(
            "\"JPMorgan\"",
            "J.P. Morgan paid $6 million.",
            Some("J.P. Morgan"),
        );
        case(
            "\"Coca Cola\"",
            "Coca-Cola paid $6 million.",
            Some("Coca-Cola"),
        );
        // One letter below eight letters, two from eight on.
        case("\"Pfizer\"", "Pfiser paid $6 million.", Some("Pfiser"));
        case("\"Pfizer\"", "Pfisr paid $6 million.", None);
        case(
            "\"Volkswagen\"",
            "Volkswagon paid $6 million.",
            Some("Volkswagon"),
        );
        case(
            "\"Volkswagen\"",
            "Volksvagon paid $6 million.",
            Some("Volksvagon"),
        );
        // A phrase that occurs is no typo, however close another word is.
        case("\"Pfizer\"", "Pfizer and Pfiser paid $6 million.", None);
        case("\"pfizer\"", "PFIZER paid $6 million.", None);
        // A common word is matched by its letters only: another form of it
        // is another word.
        case(
            "\"health care\"",
            "Healthcare paid $6 million.",
            Some("Healthcare"),
        );
        case("\"strategies\"", "Strategic paid $6 million.", None);
        // A name that runs on is another form of it.
        case("\"Pakistani\"", "Pakistan paid $6 million.", None);
        case("\"Pakistan\"", "Pakistani firms paid $6 million.", None);
        case("\"Pakistani\"", "Pakistan’s firms paid $6 million.", None);
        case(
            "\"J Morgan\"",
            "JPMorgan’s bank paid $6 million.",
            Some("JPMorgan"),
        );
        // Short phrases are not looked for; distant words are not near.
        case("\"Ford\"", "Fort paid $6 million.", None);
        case("\"JP Morgan\"", "Goldman paid $6 million.", None);
    }

    #[test]
    fn a_claim_some_text_states_is_not_looked_for() {
        let set = claims("\"JP Morgan\"");
        let spellings = NearSpellings::new(&set, &[1]);
        assert!(spellings.is_empty());
    }
}
