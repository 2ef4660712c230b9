//! `annotate --reanchor`: annotations written by `--format w3c` for an
//! earlier version of a text, placed again in the text as it is now.
//!
//! Each annotation's target is looked for as Hypothesis looks for one:
//!
//! 1. **In place**: the quote still stands at its old position, and its
//!    context agrees there.
//! 2. **Moved**: the exact quote elsewhere, at the occurrence whose
//!    context (the `prefix` before it and the `suffix` after it) agrees
//!    best, the nearest to the old position on a tie.
//! 3. **Fuzzy**: an approximate match of the quote, within an edit
//!    distance of half its length (at most 256), scored on the quote's
//!    likeness (50), the agreement of the prefix (20) and the suffix (20)
//!    and the nearness to the old position (2), as Hypothesis scores its
//!    matches.
//! 4. **Orphaned**: none of these. The annotation is kept, with its old
//!    quote, no position, and `factlint:orphaned: true`.
//!
//! A place is taken only where the context supports it: the whole prefix
//! or the whole suffix agrees, or half of the context does. So an edit
//! inside an annotated quote leaves it fuzzy at the edited words or
//! orphaned, never silently on other words that happen to read the same.
//!
//! The approximate search is triple_accel's (a SIMD Levenshtein search over
//! UTF-8 bytes); matches are widened to whole code points.

use super::w3c::{
    context, position_selector, Annotation, CodePoints, Collection, Quote, Selector, Target,
    TextSelector, CONTEXT,
};
use crate::findings::FileError;
use crate::report::uri;
use crate::run::{self, Input, RunError, StdinKind};
use std::cmp::Reverse;
use std::fmt;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use triple_accel::levenshtein::{levenshtein_search_simd_with_opts, LEVENSHTEIN_COSTS};
use triple_accel::SearchType;

/// Where a quote was placed, in code points of the new text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchoring {
    InPlace(usize, usize),
    Moved(usize, usize),
    Fuzzy(usize, usize),
    Orphaned,
}

/// How many annotations went which way: the summary line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// The new text's path as given.
    pub text: String,
    pub in_place: usize,
    pub moved: usize,
    pub fuzzy: usize,
    pub orphaned: usize,
    /// Annotations whose target is the text as a whole (claims the text
    /// did not state): nothing to place.
    pub whole: usize,
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let placed = self.in_place + self.moved + self.fuzzy + self.orphaned;
        write!(
            f,
            "re-anchored {placed} annotations in {}: {} in place, {} moved, {} fuzzy, {} orphaned",
            self.text, self.in_place, self.moved, self.fuzzy, self.orphaned
        )?;
        if self.whole > 0 {
            write!(f, "; {} on the text as a whole", self.whole)?;
        }
        Ok(())
    }
}

/// How the context around a place agrees with a quote's.
struct Agreement {
    /// Code points that agree next to the place, before and after it.
    before: usize,
    after: usize,
    /// The whole prefix (suffix) agrees, and a short one stands where the
    /// text begins (ends), as a short one did.
    before_whole: bool,
    after_whole: bool,
    prefix_len: usize,
    suffix_len: usize,
}

impl Agreement {
    fn at(quote: &Quote, text: &CodePoints, start: usize, end: usize) -> Agreement {
        let before = quote
            .prefix
            .chars()
            .rev()
            .zip(text.slice(0, start).chars().rev())
            .take_while(|(a, b)| a == b)
            .count();
        let after = quote
            .suffix
            .chars()
            .zip(text.slice(end, text.len()).chars())
            .take_while(|(a, b)| a == b)
            .count();
        let prefix_len = quote.prefix.chars().count();
        let suffix_len = quote.suffix.chars().count();
        Agreement {
            before,
            after,
            before_whole: before == prefix_len && (prefix_len >= CONTEXT || start == prefix_len),
            after_whole: after == suffix_len
                && (suffix_len >= CONTEXT || text.len() - end == suffix_len),
            prefix_len,
            suffix_len,
        }
    }

    /// Whether the context supports the place.
    fn supports(&self) -> bool {
        self.before_whole
            || self.after_whole
            || 2 * (self.before + self.after) >= self.prefix_len + self.suffix_len
    }

    fn prefix_likeness(&self) -> f64 {
        likeness(self.before, self.prefix_len)
    }

    fn suffix_likeness(&self) -> f64 {
        likeness(self.after, self.suffix_len)
    }
}

fn likeness(agreeing: usize, of: usize) -> f64 {
    if of == 0 {
        1.0
    } else {
        agreeing as f64 / of as f64
    }
}

/// Places `quote` in `text`; `hint` is where it started before.
pub fn anchor(quote: &Quote, hint: Option<usize>, text: &CodePoints) -> Anchoring {
    let len = quote.exact.chars().count();
    if len == 0 {
        return Anchoring::Orphaned;
    }
    if let Some(start) = hint {
        let end = start + len;
        if end <= text.len()
            && text.slice(start, end) == quote.exact
            && Agreement::at(quote, text, start, end).supports()
        {
            return Anchoring::InPlace(start, end);
        }
    }
    let distance = |start: usize| hint.map_or(0, |hint| hint.abs_diff(start));
    let mut best: Option<((usize, Reverse<usize>), usize)> = None;
    let haystack = text.text();
    let mut from = 0;
    while let Some(found) = haystack[from..].find(&quote.exact) {
        let byte = from + found;
        let start = text.of_byte(byte);
        let end = start + len;
        let agreement = Agreement::at(quote, text, start, end);
        if agreement.supports() {
            let key = (agreement.before + agreement.after, Reverse(distance(start)));
            if best.is_none_or(|(best, _)| key > best) {
                best = Some((key, start));
            }
        }
        // Overlapping occurrences too: move on by one code point.
        from = text.byte(start + 1);
    }
    if let Some((_, start)) = best {
        return if Some(start) == hint {
            Anchoring::InPlace(start, start + len)
        } else {
            Anchoring::Moved(start, start + len)
        };
    }
    match fuzzy(quote, hint, text) {
        Some((start, end)) => Anchoring::Fuzzy(start, end),
        None => Anchoring::Orphaned,
    }
}

/// The edit distance a fuzzy match may have: half the quote, 1 to 256.
fn max_errors(len: usize) -> u32 {
    (len / 2).clamp(1, 256) as u32
}

/// The best approximate match of the quote that its context supports.
fn fuzzy(quote: &Quote, hint: Option<usize>, text: &CodePoints) -> Option<(usize, usize)> {
    let needle = quote.exact.as_bytes();
    let haystack = text.text();
    let matches = levenshtein_search_simd_with_opts(
        needle,
        haystack.as_bytes(),
        max_errors(needle.len()),
        SearchType::All,
        LEVENSHTEIN_COSTS,
        false,
    );
    let mut best: Option<(f64, (usize, usize))> = None;
    for found in matches {
        // Whole code points: the start back, the end forward.
        let start = text.of_byte(found.start);
        let end = text.of_byte(found.end);
        let end = if text.byte(end) < found.end {
            end + 1
        } else {
            end
        };
        if end <= start {
            continue;
        }
        let agreement = Agreement::at(quote, text, start, end);
        if !agreement.supports() {
            continue;
        }
        let quote_likeness = 1.0 - f64::from(found.k) / needle.len() as f64;
        let nearness = hint.map_or(1.0, |hint| {
            1.0 - hint.abs_diff(start) as f64 / text.len().max(1) as f64
        });
        let score = 50.0 * quote_likeness
            + 20.0 * agreement.prefix_likeness()
            + 20.0 * agreement.suffix_likeness()
            + 2.0 * nearness;
        if best.is_none_or(|(best, _)| score > best) {
            best = Some((score, (start, end)));
        }
    }
    best.map(|(_, place)| place)
}

/// Places every annotation of `collection` (as `--format w3c` writes it)
/// in `text`, whose path as given is `path`; the annotations keep their
/// ids, their target's `source` becomes `path`.
pub fn reanchor(collection: &mut Collection, text: &CodePoints, path: &str) -> Tally {
    let with_prefix = collection
        .context
        .as_array()
        .is_some_and(|parts| parts.iter().any(|part| part.get("factlint").is_some()));
    if !with_prefix {
        collection.context = context();
    }
    let source = uri(path);
    let mut tally = Tally {
        text: path.to_string(),
        ..Tally::default()
    };
    for annotation in &mut collection.first.items {
        place(annotation, text, &source, &mut tally);
    }
    tally
}

fn place(annotation: &mut Annotation, text: &CodePoints, source: &str, tally: &mut Tally) {
    annotation.fuzzy = false;
    annotation.orphaned = false;
    let target = match &mut annotation.target {
        Target::Whole(whole) => {
            *whole = source.to_string();
            tally.whole += 1;
            return;
        }
        Target::Selected(target) => target,
    };
    target.source = source.to_string();
    let mut quote = None;
    let mut hint = None;
    for selector in &target.selector {
        match selector {
            Selector::Text(TextSelector::TextQuoteSelector {
                exact,
                prefix,
                suffix,
            }) => {
                quote = Some(Quote {
                    exact: exact.clone(),
                    prefix: prefix.clone(),
                    suffix: suffix.clone(),
                });
            }
            Selector::Text(TextSelector::TextPositionSelector { start, .. }) => hint = Some(*start),
            Selector::Other(_) => {}
        }
    }
    let anchoring = match &quote {
        Some(quote) => anchor(quote, hint, text),
        None => Anchoring::Orphaned,
    };
    let (start, end) = match anchoring {
        Anchoring::InPlace(start, end) => {
            tally.in_place += 1;
            (start, end)
        }
        Anchoring::Moved(start, end) => {
            tally.moved += 1;
            (start, end)
        }
        Anchoring::Fuzzy(start, end) => {
            tally.fuzzy += 1;
            annotation.fuzzy = true;
            (start, end)
        }
        Anchoring::Orphaned => {
            tally.orphaned += 1;
            annotation.orphaned = true;
            // The old quote, to show what was annotated; no position, since
            // none in the new text holds it.
            target.selector = quote.iter().map(Quote::selector).collect();
            return;
        }
    };
    target.selector = vec![
        text.quote(start, end).selector(),
        position_selector(start, end),
    ];
}

/// Settled options for `annotate --reanchor`.
#[derive(Clone, Debug)]
pub struct Options {
    /// The annotations written for the earlier text.
    pub annotations: PathBuf,
    /// The text as it is now.
    pub text: Input,
    /// `-o`: the file to write; standard output by default.
    pub output: Option<PathBuf>,
    pub stdin_kind: StdinKind,
}

impl Options {
    pub fn from_args(args: &crate::cli::AnnotateArgs) -> Result<Options, RunError> {
        let annotations = args.reanchor.clone().ok_or_else(|| {
            RunError::Usage("--reanchor names the annotations to re-anchor".into())
        })?;
        if args.format == Some(crate::cli::AnnotateFormat::Html) {
            return Err(RunError::Usage(
                "--reanchor writes W3C annotations: it cannot be combined with --format html"
                    .into(),
            ));
        }
        let mut inputs = run::inputs(&args.paths)?;
        if inputs.len() != 1 {
            return Err(RunError::Usage(
                "--reanchor takes one FILE: the text as it is now".into(),
            ));
        }
        Ok(Options {
            annotations,
            text: inputs.remove(0),
            output: args.output.clone(),
            stdin_kind: StdinKind::Readable,
        })
    }
}

/// Runs `annotate --reanchor`: reads the annotations and the text, places
/// the annotations, and writes them to `-o` or `stdout`.
pub fn run(
    options: &Options,
    cwd: &Path,
    stdin: &mut dyn Read,
    stdout: &mut dyn Write,
) -> Result<Tally, RunError> {
    let name = options.annotations.display().to_string();
    let failed = |message: String| {
        RunError::Input(FileError {
            path: name.clone(),
            position: None,
            message,
        })
    };
    let written = std::fs::read_to_string(cwd.join(&options.annotations))
        .map_err(|err| failed(crate::io_reason(&err)))?;
    let mut collection: Collection = serde_json::from_str(&written).map_err(|err| {
        failed(format!(
            "not W3C annotations as annotate --format w3c writes them: {err}"
        ))
    })?;
    if collection.kind != "AnnotationCollection" {
        return Err(failed(format!(
            "an {}, not an AnnotationCollection",
            collection.kind
        )));
    }
    let document = run::read_input(&options.text, cwd, stdin, options.stdin_kind)?;
    let (text, _) = CodePoints::of_file(document.source());
    let tally = reanchor(&mut collection, &text, document.path());
    let mut bytes = serde_json::to_vec_pretty(&collection).expect("a JSON value serializes");
    bytes.push(b'\n');
    match &options.output {
        Some(path) => std::fs::write(cwd.join(path), bytes).map_err(|err| {
            RunError::Output(std::io::Error::new(
                err.kind(),
                format!("{}: {}", path.display(), crate::io_reason(&err)),
            ))
        })?,
        None => stdout.write_all(&bytes).map_err(RunError::Output)?,
    }
    Ok(tally)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote_in(text: &str, exact: &str) -> (Quote, usize) {
        let points = CodePoints::new(text);
        let start = points.of_byte(text.find(exact).unwrap());
        (points.quote(start, start + exact.chars().count()), start)
    }

    #[test]
    fn an_unchanged_text_keeps_every_place() {
        let text = "They paid $550 million in June. Later, $550 million more.";
        let points = CodePoints::new(text);
        let (quote, start) = quote_in(text, "$550 million");
        assert_eq!(
            anchor(&quote, Some(start), &points),
            Anchoring::InPlace(start, start + 12)
        );
    }

    #[test]
    fn a_moved_quote_is_found_by_its_context_among_its_twins() {
        let text = "They paid $550 million in June. Later, $550 million more.";
        let second = text.rfind("$550").unwrap();
        let points = CodePoints::new(text);
        let start = points.of_byte(second);
        let quote = points.quote(start, start + 12);
        let edited = format!("Yes: {text}");
        let new = CodePoints::new(&edited);
        assert_eq!(
            anchor(&quote, Some(start), &new),
            Anchoring::Moved(start + 5, start + 17)
        );
    }

    #[test]
    fn an_edited_quote_is_fuzzy_at_its_words_or_orphaned_never_elsewhere() {
        let text = "The deal was worth $550 million to the firm. A rival offered $550 million too.";
        let (quote, start) = quote_in(text, "$550 million");
        // The annotated words edited: the twin later on has other context.
        let edited = text.replacen("$550 million", "$560 million", 1);
        let new = CodePoints::new(&edited);
        match anchor(&quote, Some(start), &new) {
            Anchoring::Fuzzy(s, e) => assert_eq!(new.slice(s, e), "$560 million"),
            other => panic!("{other:?}"),
        }
        // Gone altogether: orphaned, though the twin still reads the same.
        let cut = text.replacen("worth $550 million to", "worth a lot to", 1);
        assert_eq!(
            anchor(&quote, Some(start), &CodePoints::new(&cut)),
            Anchoring::Orphaned
        );
    }

    #[test]
    fn the_summary_counts_each_way() {
        let tally = Tally {
            text: "draft.md".into(),
            in_place: 3,
            moved: 2,
            fuzzy: 1,
            orphaned: 1,
            whole: 40,
        };
        assert_eq!(
            tally.to_string(),
            "re-anchored 7 annotations in draft.md: 3 in place, 2 moved, 1 fuzzy, 1 orphaned; \
             40 on the text as a whole"
        );
    }
}
