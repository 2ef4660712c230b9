//! A text to check: its bytes as read, the prose factlint reads in them,
//! its line index, its sentences and its suppression comments.
//!
//! Findings point into the file by byte offset; people read them as
//! `line:column`, so the document keeps an index of line starts. The checker
//! reads prose — what a reader of the published text reads — which a reader
//! chosen by the file's extension makes from the file:
//!
//! | extension | reader |
//! |---|---|
//! | `.md`, `.markdown`, `.mdown`, `.mkd`, `.mkdn` | [`markdown`]: CommonMark with offsets |
//! | `.html`, `.htm`, `.xhtml` | [`html`]: a spanned tokenizer, entities decoded |
//! | anything else (`.txt`, `.rst`, `.adoc`, standard input) | [`plain`] |
//!
//! Every place in the prose maps back to the file's bytes ([`OffsetMap`]),
//! so reports, `--write` and the language server all speak of the file.

pub mod html;
pub mod markdown;
pub mod plain;
pub mod prose;
mod segment;
pub mod suppress;

pub use segment::sentences;
pub(crate) use segment::{abbreviation, is_abbreviated_title, segment, Paragraph, Segmentation};

use crate::extract::Span;
pub use prose::OffsetMap;
use std::path::Path;
pub use suppress::Suppressions;

/// Which reader makes a file's prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Plain,
    Markdown,
    Html,
}

impl Format {
    /// The reader for a path, by its extension (any case).
    pub fn of_path(path: &str) -> Format {
        let extension = Path::new(path)
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("md" | "markdown" | "mdown" | "mkd" | "mkdn") => Format::Markdown,
            Some("html" | "htm" | "xhtml") => Format::Html,
            _ => Format::Plain,
        }
    }
}

/// A text to check, with its prose, line index and sentences.
#[derive(Clone, Debug)]
pub struct Document {
    path: String,
    format: Format,
    /// The file as read.
    source: String,
    /// What factlint reads in it; `None` when that is the file itself,
    /// byte for byte (plain text with no hard-wrapped line and no factlint
    /// comment), so that a long text is held once rather than twice.
    prose: Option<String>,
    /// Boxed, so that a document moves cheaply between threads and queues.
    layout: Box<Layout>,
}

/// Where things are in a document.
#[derive(Clone, Debug)]
struct Layout {
    map: OffsetMap,
    /// Byte offset where each line of the file starts; the first is always 0.
    line_starts: Vec<usize>,
    /// The characters of the file before every `CHARS_EVERY`-th byte, so
    /// that a column far into a long line is found without counting from
    /// the line's start.
    chars_before: Vec<usize>,
    /// Sentences and paragraphs, in prose bytes.
    segmentation: Segmentation,
    /// In file bytes.
    front_matter_date: Option<Span>,
    suppressions: Suppressions,
}

/// How often `Layout::chars_before` holds a count, in bytes.
const CHARS_EVERY: usize = 4096;

/// The characters before every `CHARS_EVERY`-th byte of `text`.
fn chars_before(text: &str) -> Vec<usize> {
    let mut counts = vec![0];
    let mut total = 0;
    for block in text.as_bytes().chunks(CHARS_EVERY) {
        total += chars_in(block);
        counts.push(total);
    }
    counts
}

/// The characters that start in `bytes` (any slice of UTF-8 text): the
/// bytes that are not a continuation byte.
fn chars_in(bytes: &[u8]) -> usize {
    // Counted in runs of at most 255 bytes into a byte, which the compiler
    // does sixteen bytes at a time: a column far into a long line counts
    // up to two blocks for each value placed there, and a one-line text of
    // news spent a twentieth of `extract` counting them a byte at a time.
    bytes
        .chunks(255)
        .map(|run| {
            let starts = run
                .iter()
                .fold(0u8, |n, &b| n + u8::from((b as i8) >= -0x40));
            usize::from(starts)
        })
        .sum()
}

impl Document {
    /// A document read by the reader its path's extension calls for.
    pub fn new(path: impl Into<String>, text: String) -> Document {
        let path = path.into();
        let format = Format::of_path(&path);
        Document::with_format(path, text, format)
    }

    /// A document read by the given reader.
    pub fn with_format(path: impl Into<String>, text: String, format: Format) -> Document {
        let read = match format {
            Format::Plain => plain::read(&text),
            Format::Markdown => markdown::read(&text),
            Format::Html => html::read(&text),
        };
        let (prose, map) = read.prose.finish();
        let segmentation = segment::segment_blocks(&prose, &read.blocks);
        let suppressions = Suppressions::new(&text, read.comments);
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let chars_before = chars_before(&text);
        let front_matter_date = match format {
            Format::Html => None,
            Format::Plain | Format::Markdown => segment::front_matter(&text)
                .and_then(|fm| segment::front_matter_value(&text, fm.content, "date")),
        };
        Document {
            path: path.into(),
            format,
            prose: (prose != text).then_some(prose),
            source: text,
            layout: Box::new(Layout {
                map,
                line_starts,
                chars_before,
                segmentation,
                front_matter_date,
                suppressions,
            }),
        }
    }

    /// The path as given, for display.
    pub fn path(&self) -> &str {
        &self.path
    }

    pub fn format(&self) -> Format {
        self.format
    }

    /// The prose factlint reads: what the checker and the extractors see,
    /// and what sentences and spans from them index.
    pub fn text(&self) -> &str {
        self.prose.as_deref().unwrap_or(&self.source)
    }

    /// The file as read, byte for byte.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The sentences of the prose, in order.
    pub fn sentences(&self) -> &[Span] {
        &self.layout.segmentation.sentences
    }

    pub(crate) fn segmentation(&self) -> &Segmentation {
        &self.layout.segmentation
    }

    /// Whether sentence `index` is a block read whole (a heading, a table
    /// row), whose parts are one statement rather than clauses.
    pub fn is_whole_block(&self, index: usize) -> bool {
        self.layout.segmentation.whole.binary_search(&index).is_ok()
    }

    /// Prose offsets to file offsets and back.
    pub fn map(&self) -> &OffsetMap {
        &self.layout.map
    }

    /// A prose span in file bytes.
    pub fn source_span(&self, span: Span) -> Span {
        self.layout.map.to_source(span)
    }

    /// A file span in prose bytes.
    pub fn prose_span(&self, span: Span) -> Span {
        self.layout.map.span_to_prose(span)
    }

    /// The text's factlint comments.
    pub fn suppressions(&self) -> &Suppressions {
        &self.layout.suppressions
    }

    /// Whether a comment silences claim `claim` at prose span `at` (`None`
    /// for a claim the text does not state).
    pub fn silences(&self, claim: &str, at: Option<Span>) -> bool {
        self.layout
            .suppressions
            .silences(claim, at.map(|span| self.source_span(span)))
    }

    /// Warnings about the text's factlint comments once it is checked:
    /// comments that silenced none of `findings`, ids `claims` does not
    /// have, unknown `factlint-` words.
    pub fn notices(
        &self,
        findings: &[crate::findings::Finding],
        claims: &crate::claims::ClaimSet,
    ) -> Vec<crate::findings::Notice> {
        if self.layout.suppressions.is_empty() {
            return Vec::new();
        }
        let known = |id: &str| claims.claims.iter().any(|c| c.id == id);
        self.layout.suppressions.notices(findings, &known)
    }

    /// The 1-based line and 1-based column (counted in characters) of a
    /// byte offset of the file. Offsets past the end count as the end; an
    /// offset inside a multi-byte character counts as that character.
    pub fn line_col(&self, byte: usize) -> (usize, usize) {
        let text = &self.source;
        let byte = floor_char_boundary(text, byte.min(text.len()));
        let line = self
            .layout
            .line_starts
            .partition_point(|&start| start <= byte)
            - 1;
        let mut start = self.layout.line_starts[line];
        // A byte-order mark is not a column.
        if start == 0 && text.starts_with('\u{feff}') && byte >= 3 {
            start = 3;
        }
        let column = if byte - start <= CHARS_EVERY {
            text[start..byte].chars().count()
        } else {
            self.chars_to(byte) - self.chars_to(start)
        } + 1;
        (line + 1, column)
    }

    /// The characters of the file before byte `byte`: a checkpoint, then
    /// at most `CHARS_EVERY` bytes counted.
    fn chars_to(&self, byte: usize) -> usize {
        let block = byte / CHARS_EVERY;
        let from = block * CHARS_EVERY;
        self.layout.chars_before[block] + chars_in(&self.source.as_bytes()[from..byte])
    }

    /// The byte offset of the file where each line starts.
    pub fn line_starts(&self) -> &[usize] {
        &self.layout.line_starts
    }

    /// The index of the sentence that contains prose byte `byte`, if any
    /// (whitespace between sentences belongs to none).
    pub fn sentence_index_at(&self, byte: usize) -> Option<usize> {
        let sentences = self.sentences();
        let after = sentences.partition_point(|s| s.start <= byte);
        let index = after.checked_sub(1)?;
        (byte < sentences[index].end).then_some(index)
    }

    /// The raw value of the `date:` key of the YAML front matter, without
    /// surrounding quotes or a trailing comment; `None` when the text has no
    /// front matter or no such key.
    pub fn front_matter_date(&self) -> Option<&str> {
        self.layout
            .front_matter_date
            .map(|s| &self.source[s.start..s.end])
    }

    /// Where the front matter's `date:` value is written, in file bytes.
    pub fn front_matter_date_span(&self) -> Option<Span> {
        self.layout.front_matter_date
    }
}

fn floor_char_boundary(text: &str, mut byte: usize) -> usize {
    while !text.is_char_boundary(byte) {
        byte -= 1;
    }
    byte
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_far_into_a_long_line_count_characters() {
        // Lines longer than the checkpoints' stride, of 1- to 4-byte
        // characters, after a byte-order mark and a short line.
        let line: String = "a é 中 🦀 ".repeat(3000);
        let text = format!("\u{feff}short\n{line}\n{line}");
        let doc = Document::new("a.txt", text.clone());
        for byte in (0..=text.len()).step_by(997).chain([text.len()]) {
            let byte = floor_char_boundary(&text, byte);
            let before = &text[..byte];
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let from = if line_start == 0 && byte >= 3 {
                3
            } else {
                line_start
            };
            let expected = (
                before.matches('\n').count() + 1,
                text[from..byte].chars().count() + 1,
            );
            assert_eq!(doc.line_col(byte), expected, "byte {byte}");
        }
    }

    #[test]
    fn document_positions() {
        let doc = Document::new("a.txt", "ab\nç “x” é\n\nend".to_string());
        assert_eq!(doc.path(), "a.txt");
        assert_eq!(doc.line_col(0), (1, 1));
        assert_eq!(doc.line_col(2), (1, 3));
        assert_eq!(doc.line_col(3), (2, 1));
        let x = doc.text().find('x').unwrap();
        assert_eq!(doc.line_col(x), (2, 4));
        // Inside the multi-byte “: counts as that character.
        assert_eq!(doc.line_col(x - 1), (2, 3));
        assert_eq!(doc.line_col(1000), (4, 4));
        assert_eq!(doc.sentences().len(), 2);
        assert_eq!(doc.sentence_index_at(0), Some(0));
        assert_eq!(doc.sentence_index_at(x), Some(0));
        assert_eq!(doc.sentence_index_at(doc.text().len() - 1), Some(1));
        assert_eq!(
            doc.sentence_index_at(doc.text().find("\n\n").unwrap() + 1),
            None
        );
    }

    #[test]
    fn front_matter_date() {
        #[track_caller]
        fn date(text: &str, expected: Option<&str>) {
            let doc = Document::new("x.md", text.to_string());
            assert_eq!(
                doc.front_matter_date(),
                expected,
                "front matter of {text:?}"
            );
        }
        date(
            "---\ntitle: X\ndate: 2025-11-24\n---\nBody.",
            Some("2025-11-24"),
        );
        date(
            "\u{feff}---\r\ndate: \"2025-11-24\"\r\n---\r\nBody.",
            Some("2025-11-24"),
        );
        date(
            "---\ndate: '2025-11-24' # published\n...\nBody.",
            Some("2025-11-24"),
        );
        date(
            "---\ndate: 2025-11-24 # published\n---\n",
            Some("2025-11-24"),
        );
        date("---\nupdate: 2025-11-24\n---\nBody.", None);
        date("---\n  date: nested\n---\nBody.", None);
        date("---\ndate:\n---\nBody.", None);
        date("date: 2025-11-24\n", None);
        date("---\ndate: 2025-11-24\n", None);
        date("Body.\n---\ndate: 2025-11-24\n---\n", None);
    }

    #[test]
    fn front_matter_is_not_a_sentence() {
        let text = "---\ntitle: Sentences. Here.\n---\nBody one. Body two.";
        let plain = Document::new("x.txt", text.to_string());
        let body = text.find("Body").unwrap();
        assert!(plain.sentences().iter().all(|s| s.start >= body));
        assert_eq!(plain.sentences().len(), 2);
        let markdown = Document::new("x.md", text.to_string());
        assert!(!markdown.text().contains("Sentences"));
        assert_eq!(markdown.sentences().len(), 2);
    }

    #[test]
    fn the_reader_follows_the_extension() {
        assert_eq!(Format::of_path("a/b.md"), Format::Markdown);
        assert_eq!(Format::of_path("B.MARKDOWN"), Format::Markdown);
        assert_eq!(Format::of_path("x.htm"), Format::Html);
        assert_eq!(Format::of_path("x.xhtml"), Format::Html);
        assert_eq!(Format::of_path("x.txt"), Format::Plain);
        assert_eq!(Format::of_path("x.rst"), Format::Plain);
        assert_eq!(Format::of_path("<stdin>"), Format::Plain);
        assert_eq!(Format::of_path("md"), Format::Plain);
    }

    #[test]
    fn spans_map_between_prose_and_file() {
        let source = "Intro.\n\nThe fund paid\n**$550 million** to `x` [Acme](http://a).\n";
        let doc = Document::new("d.md", source.to_string());
        let prose = doc.text();
        assert_eq!(doc.sentences().len(), 2);
        let at = prose.find("$550 million").unwrap();
        let value = doc.source_span(Span::new(at, at + "$550 million".len()));
        assert_eq!(&source[value.start..value.end], "$550 million");
        assert_eq!(doc.line_col(value.start), (4, 3));
        assert_eq!(doc.prose_span(value), Span::new(at, at + 12));
        let sentence = doc.sentences()[1];
        assert_eq!(
            &prose[sentence.start..sentence.end],
            "The fund paid $550 million to  Acme."
        );
        assert!(doc.map().is_verbatim(value));
    }

    #[test]
    fn comments_silence_in_every_format() {
        let cases = [
            (
                "a.md",
                "<!-- factlint-disable-next-line deal -->\nPaid $550 million.\n",
            ),
            (
                "a.html",
                "<!-- factlint-disable-next-line deal -->\n<p>Paid $550 million.</p>\n",
            ),
            (
                "a.txt",
                "# factlint-disable-next-line deal\nPaid $550 million.\n",
            ),
            (
                "a.rst",
                ".. factlint-disable-next-line deal\nPaid $550 million.\n",
            ),
            (
                "a.adoc",
                "// factlint-disable-next-line deal\nPaid $550 million.\n",
            ),
        ];
        for (path, source) in cases {
            let doc = Document::new(path, source.to_string());
            let at = doc.text().find("$550").expect(path);
            let span = Some(Span::new(at, at + 4));
            assert!(doc.silences("deal", span), "{path}");
            assert!(!doc.silences("other", span), "{path}");
            assert!(
                !doc.text().contains("factlint"),
                "{path}: the comment is read"
            );
        }
    }
}
