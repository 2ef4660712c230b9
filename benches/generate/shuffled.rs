//! News prose made from the project's sample article: its paragraphs in a
//! seeded shuffle, as much as a bench asks for. Shared by `corpus_speed`
//! and `extract_speed` (included with `#[path]`), so both read the same
//! kind of text and every run reads the same bytes.

use std::fmt::Write as _;
use std::path::Path;

/// Stories of at least `story_bytes` each, `target` bytes in all: the
/// paragraphs of `articles/pakistan-pivot.md` (front matter left out) in a
/// shuffled order, a fresh shuffle whenever they run out, each followed by
/// a blank line. One at a time: a bench that held 100 MB of them would
/// pass that memory on to the peak RSS of every child it starts.
pub fn stories(root: &Path, target: usize, story_bytes: usize) -> impl Iterator<Item = String> {
    let article = std::fs::read_to_string(root.join("articles/pakistan-pivot.md"))
        .expect("the sample article is readable");
    // The front matter is the article's metadata, not its prose.
    let body = match article.strip_prefix("---\n") {
        Some(rest) => rest.split_once("\n---\n").map_or(rest, |(_, body)| body),
        None => &article,
    };
    let mut paragraphs: Vec<String> = body
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    let mut rng = Rng(0x5EED_C0A9_1500_2025);
    let mut order: Vec<String> = Vec::new();
    let mut total = 0;
    std::iter::from_fn(move || {
        if total >= target {
            return None;
        }
        let mut story = String::with_capacity(story_bytes + 2048);
        while story.len() < story_bytes {
            if order.is_empty() {
                rng.shuffle(&mut paragraphs);
                order = paragraphs.clone();
            }
            let _ = write!(story, "{}\n\n", order.pop().expect("refilled above"));
        }
        total += story.len();
        Some(story)
    })
}

/// A small deterministic generator (xorshift64*): the same text every run,
/// without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Fisher-Yates.
    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}
