//! The plain-text reader: every file that is neither Markdown nor HTML
//! (`.txt`, reStructuredText, AsciiDoc, …).
//!
//! Plain text is its own prose, byte for byte, with two changes of the same
//! length, so offsets need no map: a factlint comment line (`# …`, `// …`,
//! `.. …`) is blanked, and a line break inside a paragraph (a hard-wrapped
//! sentence) reads as a space. Paragraphs and sentences follow the rules of
//! [`super::segment`].

use super::markdown::Read;
use super::prose::ProseBuilder;
use super::segment;
use super::suppress;

pub(crate) fn read(source: &str) -> Read {
    let comments = suppress::plain_comments(source);
    let mut text: Vec<u8> = source.as_bytes().to_vec();
    for (span, _) in &comments {
        // Spaces over a comment's bytes keep the text UTF-8: every byte of
        // its characters becomes an ASCII space.
        text[span.start..span.end].fill(b' ');
    }
    let blanked = String::from_utf8(text).unwrap_or_else(|_| source.to_string());
    let blocks = segment::plain_blocks(&blanked);
    let mut text = blanked.into_bytes();
    for block in &blocks {
        for byte in &mut text[block.span.start..block.span.end] {
            if *byte == b'\n' || *byte == b'\r' {
                *byte = b' ';
            }
        }
    }
    let text = String::from_utf8(text).unwrap_or_else(|_| source.to_string());
    Read {
        prose: ProseBuilder::of_exact(text),
        blocks,
        comments,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_length_prose_with_wrapped_lines_as_spaces() {
        let source = "The minister met with the\r\nPrime Minister in June.\nA title line\n";
        let read = read(source);
        assert_eq!(read.prose.text().len(), source.len());
        assert_eq!(
            read.prose.text(),
            "The minister met with the  Prime Minister in June.\nA title line\n"
        );
    }

    #[test]
    fn comment_lines_are_blanked_and_collected() {
        let source = "# factlint-disable-next-line deal — “x”\nPaid $550 million.\n# Heading\n";
        let read = read(source);
        let text = read.prose.text();
        assert_eq!(text.len(), source.len());
        assert!(text.starts_with(&" ".repeat(10)));
        assert!(text.contains("Paid $550 million."));
        assert!(text.contains("# Heading"));
        assert_eq!(read.comments.len(), 1);
        let sentences: Vec<&str> = read
            .blocks
            .iter()
            .map(|b| &text[b.span.start..b.span.end])
            .collect();
        assert_eq!(sentences, ["Paid $550 million.", "Heading"]);
    }
}
