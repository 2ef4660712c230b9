//! What a clause says of the value it states, besides the value: whether
//! it denies it, and which way it says the value moved.
//!
//! A summary can keep a figure and still get its fact wrong: "the company
//! did not offer a 30-day trial" of a source that offers one, "prices went
//! down 5%" of one where they went up. A value check alone calls both a
//! match. So a value the source supports is compared once more with the
//! source sentence that states it:
//!
//! - **Negation**: the summary's clause denies ("not", "never", "without",
//!   "n't", "neither", "nor", "cannot") where no source sentence stating
//!   the value does. "No" is left out: "at no cost" and "no later than"
//!   deny nothing of the value beside them.
//! - **Direction**: the clause says the value rose and the sentence only
//!   that it fell, or the other way round. The words are verbs and
//!   adjectives of change ("rose", "increase", "higher"; "fell", "cut",
//!   "lower"), and "up" or "down" after a verb of motion or before a
//!   figure ("went up", "down 70 basis points"); not "more than" or "over",
//!   which hedge a figure rather than move it, nor "up to", a ceiling.

/// Which way a clause says a value moved.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Moves {
    pub up: bool,
    pub down: bool,
}

impl Moves {
    /// One way only.
    pub fn one_way(self) -> bool {
        self.up != self.down
    }

    /// Whether `other` says only the opposite of this one way.
    pub fn opposes(self, other: Moves) -> bool {
        self.one_way() && other.one_way() && self.up == other.down
    }
}

/// The words of `text`, lowercased, apostrophes kept.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect()
}

/// Whether `text` holds a word of negation.
pub fn negated(text: &str) -> bool {
    words(text).iter().any(|w| {
        matches!(
            w.as_str(),
            "not" | "never" | "without" | "neither" | "nor" | "cannot"
        ) || w.ends_with("n't")
    })
}

/// Which way `text` says something moved.
pub fn moves(text: &str) -> Moves {
    let words = words(text);
    let mut moves = Moves::default();
    for (n, word) in words.iter().enumerate() {
        let way = match word.as_str() {
            "up" | "down" => {
                let before = n.checked_sub(1).map(|b| words[b].as_str());
                let motion = before.is_some_and(is_motion_verb);
                let figure = words
                    .get(n + 1)
                    .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
                if !(motion || figure) {
                    continue;
                }
                word == "up"
            }
            w if UP.contains(&w) => true,
            w if DOWN.contains(&w) => false,
            _ => continue,
        };
        if way {
            moves.up = true;
        } else {
            moves.down = true;
        }
    }
    moves
}

fn is_motion_verb(word: &str) -> bool {
    matches!(
        word,
        "go" | "goes"
            | "going"
            | "gone"
            | "went"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "move"
            | "moved"
            | "moves"
            | "come"
            | "came"
            | "comes"
            | "edged"
            | "ticked"
            | "shot"
            | "trended"
    )
}

const UP: &[&str] = &[
    "rise",
    "rises",
    "rising",
    "rose",
    "risen",
    "increase",
    "increases",
    "increased",
    "increasing",
    "grow",
    "grows",
    "grew",
    "grown",
    "growing",
    "higher",
    "gain",
    "gains",
    "gained",
    "jump",
    "jumps",
    "jumped",
    "climb",
    "climbs",
    "climbed",
    "surge",
    "surged",
    "soar",
    "soared",
    "raise",
    "raised",
    "raises",
    "boost",
    "boosted",
];

const DOWN: &[&str] = &[
    "fall",
    "falls",
    "falling",
    "fell",
    "fallen",
    "decrease",
    "decreases",
    "decreased",
    "decreasing",
    "decline",
    "declines",
    "declined",
    "declining",
    "drop",
    "drops",
    "dropped",
    "dropping",
    "shrink",
    "shrinks",
    "shrank",
    "shrunk",
    "lower",
    "lowered",
    "cut",
    "cuts",
    "reduce",
    "reduces",
    "reduced",
    "reducing",
    "slump",
    "slumped",
    "plunge",
    "plunged",
    "slid",
    "tumbled",
    "dipped",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_negation_deny() {
        for text in [
            "they did not offer a trial",
            "they don't offer a 30-day trial",
            "costs fell 30% without any layoffs",
            "he was never paid $5",
            "neither plan costs $10",
        ] {
            assert!(negated(text), "{text:?}");
        }
        // Negative rows: "no" before a noun, words holding "not".
        for text in [
            "a trial at no cost",
            "no later than May 5",
            "another 30 days",
            "a notable 5% rise",
        ] {
            assert!(!negated(text), "{text:?}");
        }
    }

    #[track_caller]
    fn way(text: &str, up: bool, down: bool) {
        assert_eq!(moves(text), Moves { up, down }, "{text:?}");
    }

    #[test]
    fn verbs_of_change_and_up_or_down_after_motion_say_which_way() {
        way("prices have gone up in the past year", true, false);
        way("the ratio was down 70 basis points", false, true);
        way("sales rose 5% while costs fell", true, true);
        way("the board cut the dividend to $1", false, true);
        way("revenue increased to $5 billion", true, false);
        // Negative rows: a ceiling, a hedge, phrasal verbs.
        way("costs fall by up to 30%", false, true);
        way("savings of up to 30%", false, false);
        way("more than 200 people signed up", false, false);
        way("they set up a fund of $5 million", false, false);
    }

    #[test]
    fn only_one_way_against_only_the_other_opposes() {
        let up = moves("prices went up");
        let down = moves("prices went down");
        let both = moves("prices rose, then fell");
        assert!(up.opposes(down) && down.opposes(up));
        assert!(!up.opposes(up));
        assert!(!up.opposes(both) && !both.opposes(down));
        assert!(!up.opposes(Moves::default()));
    }
}
